//! Coordination (COORD001–COORD008): who coordinates the departments, countries and channels of
//! social media work, whether the declared organisation form fits, sponsor, guidelines, roles.

use super::{Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang, OrgForm, Role, SheetKind};
use crate::findings::{Facts, Figures, Finding, Severity, Who};
use crate::i18n;
use crate::model::key;
use crate::rules::figures::{Computed, GroupUnit};

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[
    &COORD001, &COORD002, &COORD003, &COORD004, &COORD005, &COORD006, &COORD007, &COORD008,
];

/// COORD008 `role-not-written-down`: its entry in the registry.
pub static COORD008: Rule = Rule {
    code: "COORD008",
    name: "role-not-written-down",
    severity: Severity::Info,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord008),
    group_check: None,
    message: message_coord008,
    texts: |t| t.coord008(),
};

/// `reason` of COORD008: the Staff sheet has no Role column.
const NO_ROLE_COLUMN: &str = "no-role-column";

/// COORD008: each person with allocated time and an empty Role cell; one finding a unit when
/// the Staff sheet has no Role column.
fn check_coord008(c: &Computed<'_>, out: &mut Vec<Finding>) {
    use crate::contract::SheetKind;
    let Some(staff) = c.plan.layout(SheetKind::Staff) else {
        return; // DATA001 says so.
    };
    let has_time = |p: usize| c.persons[p].primary && c.persons[p].hours > 0.0;
    if !staff.columns.contains_key(&Col::Role) {
        for u in &c.units {
            let people = u.staff.iter().filter(|&&p| has_time(p)).count();
            if people > 0 {
                out.push(Finding::of(
                    &COORD008,
                    c.unit_target(u.name(), Col::Unit),
                    RoleUnwritten::NoRoleColumn {
                        people: people as u64,
                    },
                ));
            }
        }
        return;
    }
    for (i, p) in c.plan.staff.iter().enumerate() {
        let unwritten =
            p.role.is_none() && p.role_text.as_deref().is_none_or(|t| t.trim().is_empty());
        if has_time(i) && unwritten {
            let figures = RoleUnwritten::Person {
                person: c.who(i),
                hours: c.persons[i].hours,
            };
            out.push(Finding::of(
                &COORD008,
                c.person_target(i, Col::Role),
                figures,
            ));
        }
    }
}

/// COORD001 `missing-coordinator`: its entry in the registry.
pub static COORD001: Rule = Rule {
    code: "COORD001",
    name: "missing-coordinator",
    severity: Severity::Error,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord001),
    group_check: None,
    message: message_coord001,
    texts: |t| t.coord001(),
};

/// COORD002 `coordinator-without-time`: its entry in the registry.
pub static COORD002: Rule = Rule {
    code: "COORD002",
    name: "coordinator-without-time",
    severity: Severity::Warning,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord002),
    group_check: None,
    message: message_coord002,
    texts: |t| t.coord002(),
};

/// COORD003 `no-group-coordination`: its entry in the registry.
pub static COORD003: Rule = Rule {
    code: "COORD003",
    name: "no-group-coordination",
    severity: Severity::Error,
    family: Family::Coordination,
    scope: Scope::Group,
    workbook_check: None,
    group_check: Some(check_coord003),
    message: message_coord003,
    texts: |t| t.coord003(),
};

/// COORD004 `org-form-mismatch`: its entry in the registry.
pub static COORD004: Rule = Rule {
    code: "COORD004",
    name: "org-form-mismatch",
    severity: Severity::Warning,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord004),
    group_check: Some(check_coord004_group),
    message: message_coord004,
    texts: |t| t.coord004(),
};

/// COORD005 `no-executive-sponsor`: its entry in the registry.
pub static COORD005: Rule = Rule {
    code: "COORD005",
    name: "no-executive-sponsor",
    severity: Severity::Info,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord005),
    group_check: None,
    message: message_coord005,
    texts: |t| t.coord005(),
};

/// COORD006 `no-guidelines`: its entry in the registry.
pub static COORD006: Rule = Rule {
    code: "COORD006",
    name: "no-guidelines",
    severity: Severity::Warning,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord006),
    group_check: None,
    message: message_coord006,
    texts: |t| t.coord006(),
};

fn named(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// COORD007 `no-multiplier`: its entry in the registry.
pub static COORD007: Rule = Rule {
    code: "COORD007",
    name: "no-multiplier",
    severity: Severity::Info,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord007),
    group_check: None,
    message: message_coord007,
    texts: |t| t.coord007(),
};

/// COORD001: each unit with time from several departments or many active channels and no
/// coordinator.
fn check_coord001(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let t = c.thresholds;
    for u in &c.units {
        let active = u.active_planned().count();
        let coordinated = named(&u.unit.coordinator).is_some()
            || c.unit_has_role(u, Role::Coordinator)
            || c.unit_has_role(u, Role::GroupCoordinator);
        let many_departments = u.departments.len() >= t.coordinator_departments as usize;
        let many_channels = active >= t.coordinator_channels as usize;
        if coordinated || !(many_departments || many_channels) {
            continue;
        }
        let figures = NoCoordinator {
            departments: many_departments.then(|| u.departments.clone()),
            active: many_channels.then_some(active as u64),
        };
        out.push(Finding::of(
            &COORD001,
            c.unit_target(u.name(), Col::Coordinator),
            figures,
        ));
    }
}

/// `reason` of COORD002 for the coordinator named on the Units sheet.
const NAMED_COORDINATOR: &str = "named-coordinator";
/// `reason` of COORD002 for a person with the coordinator role.
const COORDINATOR_ROLE: &str = "coordinator-role";

/// COORD002: each named coordinator (the Units column first, then everyone with the role) who
/// has no allocated time.
fn check_coord002(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let mut reported: Vec<usize> = Vec::new();
    for u in &c.units {
        let name = u.name();
        let mut candidates: Vec<(usize, bool)> = Vec::new();
        if let Some(p) = named(&u.unit.coordinator).and_then(|id| c.person_index(id)) {
            candidates.push((p, true));
        }
        for &p in &u.staff {
            if plan.staff[p].role == Some(Role::Coordinator) {
                candidates.push((p, false));
            }
        }
        for (p, from_units) in candidates {
            let pf = &c.persons[p];
            if reported.contains(&p) || pf.hours > 0.0 || pf.uncounted_rows > 0 {
                continue;
            }
            reported.push(p);
            let loc = if from_units {
                plan.unit_cell(name, Col::Coordinator)
            } else {
                c.person_cell(p, Col::Role)
            };
            let figures = IdleCoordinator {
                person: c.who(p),
                named: from_units,
            };
            out.push(Finding::of(
                &COORD002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(name),
                    loc,
                    subject: &plan.staff[p].id,
                    discriminator: "",
                },
                figures,
            ));
        }
    }
}

/// `reason` of COORD004: declared holistic with too many employees.
const HOLISTIC_TOO_LARGE: &str = "holistic-too-large";
/// `reason` of COORD004: declared decentralised with too many employees.
const DECENTRALISED_TOO_LARGE: &str = "decentralised-too-large";
/// `reason` of COORD004: declared coordinated or centralised, nobody dedicated to social media.
const NOBODY_DEDICATED: &str = "nobody-dedicated";
/// `reason` of COORD004: declared multi-coordinated, one country in the batch.
const ONE_COUNTRY: &str = "one-country";
/// `reason` of COORD004: declared multi-coordinated, no country named in the batch.
const NO_COUNTRY: &str = "no-country";

/// COORD004 within a workbook: a declared organisation form that the unit's size or people
/// contradict (the multi-coordinated part needs the whole batch: `check_coord004_group`).
fn check_coord004(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let t = c.thresholds;
    for u in &c.units {
        let Some(form) = u.unit.org_form else {
            continue;
        };
        let too_many = |limit: f64| {
            u.unit
                .employees
                .filter(|e| *e >= limit)
                .map(|employees| Mismatch::TooLarge { employees, limit })
        };
        let why = match form {
            OrgForm::Holistic => too_many(t.holistic_max_employees),
            OrgForm::Decentralised => too_many(t.decentralised_max_employees),
            OrgForm::Coordinated | OrgForm::Centralised => {
                let best = u
                    .staff
                    .iter()
                    .filter_map(|&p| c.share_of(p))
                    .fold(0.0_f64, f64::max);
                (best < t.dedicated_share - super::EPS).then_some(Mismatch::NobodyDedicated {
                    share: best,
                    minimum: t.dedicated_share,
                })
            }
            OrgForm::MultiCoordinated => None,
        };
        if let Some(why) = why {
            out.push(Finding::of(
                &COORD004,
                c.unit_target(u.name(), Col::OrgForm),
                FormMismatch { form, why },
            ));
        }
    }
}

/// COORD005: each unit without an executive sponsor.
fn check_coord005(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for u in &c.units {
        if named(&u.unit.sponsor).is_none() && !c.unit_has_role(u, Role::ExecutiveSponsor) {
            let column = c.header_as_written(SheetKind::Units, Col::Sponsor);
            out.push(Finding::of(
                &COORD005,
                c.unit_target(u.name(), Col::Sponsor),
                NoSponsor { column },
            ));
        }
    }
}

/// `reason` of COORD006: no Units row declares guidelines.
const NO_UNITS_ROW: &str = "no-units-row";
/// `reason` of COORD006: Guidelines is no.
const GUIDELINES_NO: &str = "guidelines-no";
/// `reason` of COORD006: Guidelines is empty.
const GUIDELINES_EMPTY: &str = "guidelines-empty";

/// COORD006: each unit whose Guidelines is not yes.
fn check_coord006(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for u in &c.units {
        let why = match (u.unit.row, u.unit.guidelines) {
            (_, Some(true)) => continue,
            (None, _) => NoGuidelines::NoUnitsRow,
            (Some(_), Some(false)) => NoGuidelines::No,
            (Some(_), None) => NoGuidelines::Empty,
        };
        out.push(Finding::of(
            &COORD006,
            c.unit_target(u.name(), Col::Guidelines),
            why,
        ));
    }
}

/// The countries of a batch (as first written, sorted by key) and its units in order.
fn batch_countries(units: &[GroupUnit]) -> Vec<String> {
    let mut countries: Vec<(String, String)> = Vec::new();
    for u in units {
        if let Some(c) = named(&u.country) {
            let k = key(c);
            if !countries.iter().any(|(ck, _)| *ck == k) {
                countries.push((k.into_owned(), c.to_string()));
            }
        }
    }
    countries.sort();
    countries.into_iter().map(|(_, c)| c).collect()
}

/// The units of a batch in workbook and unit order, and those declared multi-coordinated.
fn ordered_units(units: &[GroupUnit]) -> (Vec<&GroupUnit>, Vec<&GroupUnit>) {
    let mut ordered: Vec<&GroupUnit> = units.iter().collect();
    ordered.sort_by(|a, b| (&a.workbook, key(&a.unit)).cmp(&(&b.workbook, key(&b.unit))));
    let multi = ordered
        .iter()
        .copied()
        .filter(|u| u.org_form == Some(OrgForm::MultiCoordinated))
        .collect();
    (ordered, multi)
}

/// COORD003: units from two or more countries, or a multi-coordinated unit, and nobody in the
/// batch with the group coordinator role.
fn check_coord003(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let countries = batch_countries(units);
    let (ordered, multi) = ordered_units(units);
    if (countries.len() < 2 && multi.is_empty()) || units.iter().any(|u| u.has_group_coordinator) {
        return;
    }
    let at = multi.first().copied().or_else(|| {
        ordered
            .iter()
            .copied()
            .find(|u| named(&u.country).is_some())
    });
    let Some(at) = at else { return };
    let figures = NoGroupCoordination {
        spread: (countries.len() >= 2).then_some(CountrySpread {
            units: units.len() as u64,
            countries,
        }),
        multi: (!multi.is_empty()).then(|| multi.iter().map(|u| u.unit.clone()).collect()),
    };
    out.push(Finding::of(
        &COORD003,
        Target {
            workbook: &at.workbook,
            unit: Some(&at.unit),
            loc: at.unit_loc.clone(),
            subject: &at.unit,
            discriminator: "group",
        },
        figures,
    ));
}

/// COORD004 over the batch: a unit declared multi-coordinated in a batch of one country.
fn check_coord004_group(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let countries = batch_countries(units);
    if countries.len() >= 2 {
        return;
    }
    let (_, multi) = ordered_units(units);
    for u in multi {
        let why = match countries.first() {
            Some(c) => Mismatch::OneCountry { country: c.clone() },
            None => Mismatch::NoCountry,
        };
        let figures = FormMismatch {
            form: OrgForm::MultiCoordinated,
            why,
        };
        out.push(Finding::of(
            &COORD004,
            Target {
                workbook: &u.workbook,
                unit: Some(&u.unit),
                loc: u.unit_loc.clone(),
                subject: &u.unit,
                discriminator: "",
            },
            figures,
        ));
    }
}

/// COORD007: in a unit with staff from several departments, each department with neither a
/// multiplier nor a member of the social media team.
fn check_coord007(c: &Computed<'_>, out: &mut Vec<Finding>) {
    // The social media team needs no envoy, nor does the management the sponsor sits in.
    let team = [
        Role::SocialMediaManager,
        Role::Coordinator,
        Role::GroupCoordinator,
        Role::CommunityManager,
        Role::ExecutiveSponsor,
    ];
    for u in &c.units {
        // Department key → (name as first written, its first person, covered).
        let mut departments: Vec<(String, String, usize, bool)> = Vec::new();
        for &p in &u.staff {
            let person = &c.plan.staff[p];
            let Some(name) = named(&person.department) else {
                continue;
            };
            let k = key(name).into_owned();
            let covers = person
                .role
                .is_some_and(|r| r == Role::Ambassador || team.contains(&r));
            match departments.iter_mut().find(|d| d.0 == k) {
                Some(d) => d.3 |= covers,
                None => departments.push((k, name.to_string(), p, covers)),
            }
        }
        if departments.len() < c.thresholds.multiplier_departments as usize {
            continue;
        }
        for (k, name, first, covered) in &departments {
            if *covered {
                continue;
            }
            out.push(Finding::of(
                &COORD007,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.person_cell(*first, Col::Department),
                    subject: name,
                    discriminator: k,
                },
                NoAmbassador {
                    department: name.clone(),
                    departments: departments.len() as u64,
                },
            ));
        }
    }
}

/// COORD008's figures: someone with social media time and no role written down.
pub(crate) enum RoleUnwritten {
    /// The Staff sheet has no Role column; `people` of the unit have time.
    NoRoleColumn {
        /// People of the unit with social media time.
        people: u64,
    },
    /// The person's Role cell is empty.
    Person {
        /// The person.
        person: Who,
        /// Their hours per week on social media.
        hours: f64,
    },
}

impl Figures for RoleUnwritten {
    fn into_facts(self) -> Vec<Fact> {
        match self {
            RoleUnwritten::NoRoleColumn { people } => {
                vec![Fact::Reason(NO_ROLE_COLUMN), Fact::Count(people)]
            }
            RoleUnwritten::Person { person, hours } => {
                let mut facts = person.person_facts();
                facts.push(Fact::Hours(hours));
                facts
            }
        }
    }

    fn from_facts(data: &Facts) -> Option<RoleUnwritten> {
        Some(match data.reason() {
            Some(&NO_ROLE_COLUMN) => RoleUnwritten::NoRoleColumn {
                people: *data.count()?,
            },
            _ => RoleUnwritten::Person {
                person: Who::person_of(data)?,
                hours: *data.hours()?,
            },
        })
    }
}

/// COORD001's figures: why the unit needs a coordinator (one reason at least).
pub(crate) struct NoCoordinator {
    /// The departments its time comes from, when they are enough to need one.
    pub departments: Option<Vec<String>>,
    /// Its active channels, when they are enough to need one.
    pub active: Option<u64>,
}

impl Figures for NoCoordinator {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts: Vec<Fact> = self
            .departments
            .map(Fact::Departments)
            .into_iter()
            .collect();
        facts.extend(self.active.map(Fact::Count));
        facts
    }

    fn from_facts(data: &Facts) -> Option<NoCoordinator> {
        let figures = NoCoordinator {
            departments: data.departments().cloned(),
            active: data.count().copied(),
        };
        (figures.departments.is_some() || figures.active.is_some()).then_some(figures)
    }
}

/// COORD002's figures: a coordinator without time, named on the Units sheet or by role.
pub(crate) struct IdleCoordinator {
    /// The coordinator.
    pub person: Who,
    /// Named in the Units sheet's Coordinator column (else by the role).
    pub named: bool,
}

impl Figures for IdleCoordinator {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = self.person.person_facts();
        facts.push(Fact::Reason(if self.named {
            NAMED_COORDINATOR
        } else {
            COORDINATOR_ROLE
        }));
        facts
    }

    fn from_facts(data: &Facts) -> Option<IdleCoordinator> {
        Some(IdleCoordinator {
            person: Who::person_of(data)?,
            named: *data.reason()? == NAMED_COORDINATOR,
        })
    }
}

/// COORD003's countries: the batch's units and the countries they come from.
pub(crate) struct CountrySpread {
    /// Units of the batch.
    pub units: u64,
    /// The countries, sorted.
    pub countries: Vec<String>,
}

/// COORD003's figures: why the batch needs a group coordinator (one reason at least).
pub(crate) struct NoGroupCoordination {
    /// The countries, when there are two or more.
    pub spread: Option<CountrySpread>,
    /// The units declared multi-coordinated, when there are any.
    pub multi: Option<Vec<String>>,
}

impl Figures for NoGroupCoordination {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = Vec::new();
        if let Some(CountrySpread { units, countries }) = self.spread {
            facts.extend([Fact::Count(units), Fact::Countries(countries)]);
        }
        facts.extend(self.multi.map(Fact::Units));
        facts
    }

    fn from_facts(data: &Facts) -> Option<NoGroupCoordination> {
        let spread = match data.countries() {
            Some(countries) => Some(CountrySpread {
                units: *data.count()?,
                countries: countries.clone(),
            }),
            None => None,
        };
        let multi = data.units().cloned();
        (spread.is_some() || multi.is_some()).then_some(NoGroupCoordination { spread, multi })
    }
}

/// Why COORD004's declared form does not fit.
pub(crate) enum Mismatch {
    /// Holistic or decentralised with `employees` at or above `limit`.
    TooLarge {
        /// Employees of the unit.
        employees: f64,
        /// The size from which the form no longer fits.
        limit: f64,
    },
    /// Coordinated or centralised, and nobody's `share` reaches `minimum`.
    NobodyDedicated {
        /// The highest share of anyone's hours on social media, a fraction.
        share: f64,
        /// The share a dedicated person reaches (`dedicated_share`).
        minimum: f64,
    },
    /// Multi-coordinated in a batch of one `country`.
    OneCountry {
        /// The batch's only country.
        country: String,
    },
    /// Multi-coordinated in a batch that names no country.
    NoCountry,
}

/// COORD004's figures: the declared form and why it does not fit.
pub(crate) struct FormMismatch {
    /// The declared organisation form.
    pub form: OrgForm,
    /// Why it does not fit.
    pub why: Mismatch,
}

impl Figures for FormMismatch {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = match self.why {
            Mismatch::TooLarge { employees, limit } => vec![
                Fact::Reason(if self.form == OrgForm::Decentralised {
                    DECENTRALISED_TOO_LARGE
                } else {
                    HOLISTIC_TOO_LARGE
                }),
                Fact::Employees(employees),
                Fact::Threshold(limit),
            ],
            Mismatch::NobodyDedicated { share, minimum } => vec![
                Fact::Reason(NOBODY_DEDICATED),
                Fact::Share(share),
                Fact::Threshold(minimum),
            ],
            Mismatch::OneCountry { country } => {
                vec![Fact::Reason(ONE_COUNTRY), Fact::Countries(vec![country])]
            }
            Mismatch::NoCountry => vec![Fact::Reason(NO_COUNTRY)],
        };
        facts.push(Fact::OrgForm(self.form));
        facts
    }

    fn from_facts(data: &Facts) -> Option<FormMismatch> {
        let why = match *data.reason()? {
            HOLISTIC_TOO_LARGE | DECENTRALISED_TOO_LARGE => Mismatch::TooLarge {
                employees: *data.employees()?,
                limit: *data.threshold()?,
            },
            NOBODY_DEDICATED => Mismatch::NobodyDedicated {
                share: *data.share()?,
                minimum: *data.threshold()?,
            },
            ONE_COUNTRY => Mismatch::OneCountry {
                country: data.countries()?.first()?.clone(),
            },
            NO_COUNTRY => Mismatch::NoCountry,
            _ => return None,
        };
        Some(FormMismatch {
            form: *data.org_form()?,
            why,
        })
    }
}

/// COORD005's figures: the sponsor column's header as the workbook writes it, if it has one
/// (the unit is the subject).
pub(crate) struct NoSponsor {
    /// The header of the Executive sponsor column as written (`Vorstandssponsor`).
    pub column: Option<String>,
}

impl Figures for NoSponsor {
    fn into_facts(self) -> Vec<Fact> {
        self.column.map(Fact::Column).into_iter().collect()
    }

    fn from_facts(data: &Facts) -> Option<NoSponsor> {
        Some(NoSponsor {
            column: data.column().cloned(),
        })
    }
}

/// COORD006's figures: why the unit has no guidelines.
pub(crate) enum NoGuidelines {
    /// No Units row declares any.
    NoUnitsRow,
    /// Guidelines is no.
    No,
    /// Guidelines is empty.
    Empty,
}

impl Figures for NoGuidelines {
    fn into_facts(self) -> Vec<Fact> {
        vec![Fact::Reason(match self {
            NoGuidelines::NoUnitsRow => NO_UNITS_ROW,
            NoGuidelines::No => GUIDELINES_NO,
            NoGuidelines::Empty => GUIDELINES_EMPTY,
        })]
    }

    fn from_facts(data: &Facts) -> Option<NoGuidelines> {
        Some(match *data.reason()? {
            NO_UNITS_ROW => NoGuidelines::NoUnitsRow,
            GUIDELINES_NO => NoGuidelines::No,
            GUIDELINES_EMPTY => NoGuidelines::Empty,
            _ => return None,
        })
    }
}

/// COORD007's figures: a department without an ambassador.
pub(crate) struct NoAmbassador {
    /// The department.
    pub department: String,
    /// Departments of the unit.
    pub departments: u64,
}

impl Figures for NoAmbassador {
    fn into_facts(self) -> Vec<Fact> {
        vec![
            Fact::Department(self.department),
            Fact::Count(self.departments),
        ]
    }

    fn from_facts(data: &Facts) -> Option<NoAmbassador> {
        Some(NoAmbassador {
            department: data.department()?.clone(),
            departments: *data.count()?,
        })
    }
}

fn message_coord008(f: &Finding, lang: Lang) -> Option<String> {
    let t = i18n::texts(lang);
    Some(match RoleUnwritten::from_facts(&f.data)? {
        RoleUnwritten::NoRoleColumn { people } => {
            t.coord008_no_role_column(f.unit.as_deref().unwrap_or(""), people)
        }
        RoleUnwritten::Person { person, hours } => t.coord008_message(&person.to_string(), hours),
    })
}

fn message_coord001(f: &Finding, lang: Lang) -> Option<String> {
    let NoCoordinator {
        departments,
        active,
    } = NoCoordinator::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    let departments = departments.map(|list| t.coord001_departments(&list));
    let channels = active.map(|n| t.coord001_channels(n));
    let why: Vec<String> = departments.into_iter().chain(channels).collect();
    Some(t.coord001_message(f.unit.as_deref().unwrap_or(""), &why))
}

fn message_coord002(f: &Finding, lang: Lang) -> Option<String> {
    let IdleCoordinator { person, named } = IdleCoordinator::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    let how = if named {
        t.coord002_named(f.unit.as_deref().unwrap_or(""))
    } else {
        t.coord002_role()
    };
    Some(t.coord002_message(&person.to_string(), &how))
}

fn message_coord003(f: &Finding, lang: Lang) -> Option<String> {
    let NoGroupCoordination { spread, multi } = NoGroupCoordination::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    let mut why = Vec::new();
    if let Some(CountrySpread { units, countries }) = spread {
        why.push(t.coord003_countries(units, &countries));
    }
    if let Some(multi) = multi {
        why.push(t.coord003_multi(&multi));
    }
    Some(t.coord003_message(&why))
}

fn message_coord004(f: &Finding, lang: Lang) -> Option<String> {
    let FormMismatch { form, why } = FormMismatch::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    let unit = f.unit.as_deref().unwrap_or("");
    let form = form.label(lang);
    Some(match why {
        Mismatch::TooLarge { employees, limit } => {
            t.coord004_too_large(unit, form, employees, limit)
        }
        Mismatch::NobodyDedicated { share, minimum } => {
            t.coord004_nobody_dedicated(unit, form, minimum, share)
        }
        Mismatch::OneCountry { country } => t.coord004_one_country(unit, form, &country),
        Mismatch::NoCountry => t.coord004_no_country(unit, form),
    })
}

fn message_coord005(f: &Finding, lang: Lang) -> Option<String> {
    let NoSponsor { column } = NoSponsor::from_facts(&f.data)?;
    let contract = || {
        let def = SheetKind::Units.def().column(Col::Sponsor);
        def.map_or("", |c| c.header_in(lang)).to_string()
    };
    let column = column.unwrap_or_else(contract);
    Some(i18n::texts(lang).coord005_message(f.unit.as_deref().unwrap_or(""), &column))
}

fn message_coord006(f: &Finding, lang: Lang) -> Option<String> {
    let t = i18n::texts(lang);
    let why = match NoGuidelines::from_facts(&f.data)? {
        NoGuidelines::NoUnitsRow => t.coord006_no_units_row(),
        NoGuidelines::No => t.coord006_guidelines_no(),
        NoGuidelines::Empty => t.coord006_guidelines_empty(),
    };
    Some(t.coord006_message(f.unit.as_deref().unwrap_or(""), &why))
}

fn message_coord007(f: &Finding, lang: Lang) -> Option<String> {
    let NoAmbassador {
        department,
        departments: _,
    } = NoAmbassador::from_facts(&f.data)?;
    Some(i18n::texts(lang).coord007_message(f.unit.as_deref().unwrap_or(""), &department))
}

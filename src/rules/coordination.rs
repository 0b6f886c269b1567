//! Coordination (COORD001–COORD008): who coordinates the departments, countries and channels of
//! social media work, whether the declared organisation form fits, sponsor, guidelines, roles.

use super::{Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang, OrgForm, Role};
use crate::findings::{Facts, Finding, Severity};
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
    text: |t| t.coord008(),
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
                out.push(Finding::new(
                    &COORD008,
                    c.unit_target(u.name(), Col::Unit),
                    vec![Fact::Reason(NO_ROLE_COLUMN), Fact::Count(people as u64)],
                ));
            }
        }
        return;
    }
    for (i, p) in c.plan.staff.iter().enumerate() {
        let unwritten =
            p.role.is_none() && p.role_text.as_deref().is_none_or(|t| t.trim().is_empty());
        if has_time(i) && unwritten {
            let mut facts = c.person_facts(i);
            facts.push(Fact::Hours(c.persons[i].hours));
            out.push(Finding::new(
                &COORD008,
                c.person_target(i, Col::Role),
                facts,
            ));
        }
    }
}

fn message_coord008(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        if d.reason().is_some_and(|r| *r == NO_ROLE_COLUMN) {
            let unit = f.unit.as_deref().unwrap_or("");
            return Some(t.coord008_no_role_column(unit, d.count().copied().unwrap_or(0)));
        }
        t.coord008_message(&d.who(), d.num(Facts::hours))
    })
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
    text: |t| t.coord001(),
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
    text: |t| t.coord002(),
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
    text: |t| t.coord003(),
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
    text: |t| t.coord004(),
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
    text: |t| t.coord005(),
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
    text: |t| t.coord006(),
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
    text: |t| t.coord007(),
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
        let mut facts = Vec::new();
        if many_departments {
            facts.push(Fact::Departments(u.departments.clone()));
        }
        if many_channels {
            facts.push(Fact::Count(active as u64));
        }
        out.push(Finding::new(
            &COORD001,
            c.unit_target(u.name(), Col::Coordinator),
            facts,
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
            let (loc, reason) = if from_units {
                (plan.unit_cell(name, Col::Coordinator), NAMED_COORDINATOR)
            } else {
                (c.person_cell(p, Col::Role), COORDINATOR_ROLE)
            };
            let mut facts = c.person_facts(p);
            facts.push(Fact::Reason(reason));
            out.push(Finding::new(
                &COORD002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(name),
                    loc,
                    subject: &plan.staff[p].id,
                    discriminator: "",
                },
                facts,
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
        let too_many = |limit: f64, reason| {
            u.unit.employees.filter(|e| *e >= limit).map(|e| {
                vec![
                    Fact::Reason(reason),
                    Fact::Employees(e),
                    Fact::Threshold(limit),
                ]
            })
        };
        let facts = match form {
            OrgForm::Holistic => too_many(t.holistic_max_employees, HOLISTIC_TOO_LARGE),
            OrgForm::Decentralised => {
                too_many(t.decentralised_max_employees, DECENTRALISED_TOO_LARGE)
            }
            OrgForm::Coordinated | OrgForm::Centralised => {
                let best = u
                    .staff
                    .iter()
                    .filter_map(|&p| c.share_of(p))
                    .fold(0.0_f64, f64::max);
                (best < t.dedicated_share - super::EPS).then(|| {
                    vec![
                        Fact::Reason(NOBODY_DEDICATED),
                        Fact::Share(best),
                        Fact::Threshold(t.dedicated_share),
                    ]
                })
            }
            OrgForm::MultiCoordinated => None,
        };
        if let Some(mut facts) = facts {
            facts.push(Fact::OrgForm(form));
            out.push(Finding::new(
                &COORD004,
                c.unit_target(u.name(), Col::OrgForm),
                facts,
            ));
        }
    }
}

/// COORD005: each unit without an executive sponsor.
fn check_coord005(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for u in &c.units {
        if named(&u.unit.sponsor).is_none() && !c.unit_has_role(u, Role::ExecutiveSponsor) {
            out.push(Finding::new(
                &COORD005,
                c.unit_target(u.name(), Col::Sponsor),
                Vec::new(),
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
        let reason = match (u.unit.row, u.unit.guidelines) {
            (_, Some(true)) => continue,
            (None, _) => NO_UNITS_ROW,
            (Some(_), Some(false)) => GUIDELINES_NO,
            (Some(_), None) => GUIDELINES_EMPTY,
        };
        out.push(Finding::new(
            &COORD006,
            c.unit_target(u.name(), Col::Guidelines),
            vec![Fact::Reason(reason)],
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
    let mut facts = Vec::new();
    if countries.len() >= 2 {
        facts.push(Fact::Count(units.len() as u64));
        facts.push(Fact::Countries(countries));
    }
    if !multi.is_empty() {
        facts.push(Fact::Units(multi.iter().map(|u| u.unit.clone()).collect()));
    }
    out.push(Finding::new(
        &COORD003,
        Target {
            workbook: &at.workbook,
            unit: Some(&at.unit),
            loc: at.unit_loc.clone(),
            subject: &at.unit,
            discriminator: "group",
        },
        facts,
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
        let facts = match countries.first() {
            Some(c) => vec![Fact::Reason(ONE_COUNTRY), Fact::Countries(vec![c.clone()])],
            None => vec![Fact::Reason(NO_COUNTRY)],
        };
        let mut facts = facts;
        facts.push(Fact::OrgForm(OrgForm::MultiCoordinated));
        out.push(Finding::new(
            &COORD004,
            Target {
                workbook: &u.workbook,
                unit: Some(&u.unit),
                loc: u.unit_loc.clone(),
                subject: &u.unit,
                discriminator: "",
            },
            facts,
        ));
    }
}

fn message_coord001(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let departments = d.departments().map(|list| t.coord001_departments(list));
        let channels = d.count().map(|n| t.coord001_channels(*n));
        let why: Vec<String> = departments.into_iter().chain(channels).collect();
        t.coord001_message(f.unit.as_deref().unwrap_or(""), &why)
    })
}

fn message_coord002(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let how = match d.reason().copied() {
            Some(NAMED_COORDINATOR) => t.coord002_named(f.unit.as_deref().unwrap_or("")),
            _ => t.coord002_role(),
        };
        t.coord002_message(&d.who(), &how)
    })
}

fn message_coord003(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let mut why = Vec::new();
        if let Some(countries) = d.countries() {
            why.push(t.coord003_countries(d.count().copied().unwrap_or(0), countries));
        }
        if let Some(multi) = d.units() {
            why.push(t.coord003_multi(multi));
        }
        t.coord003_message(&why)
    })
}

fn message_coord004(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let unit = f.unit.as_deref().unwrap_or("");
        let form = d.org_form().map(|o| o.label(lang)).unwrap_or_default();
        let threshold = d.num(Facts::threshold);
        match d.reason().copied() {
            Some(HOLISTIC_TOO_LARGE | DECENTRALISED_TOO_LARGE) => {
                t.coord004_too_large(unit, form, d.num(Facts::employees), threshold)
            }
            Some(NOBODY_DEDICATED) => {
                t.coord004_nobody_dedicated(unit, form, threshold, d.num(Facts::share))
            }
            Some(ONE_COUNTRY) => {
                let country = d.countries().and_then(|c| c.first());
                t.coord004_one_country(unit, form, country.map(String::as_str).unwrap_or(""))
            }
            _ => t.coord004_no_country(unit, form),
        }
    })
}

fn message_coord005(f: &Finding, lang: Lang) -> Option<String> {
    Some(i18n::texts(lang).coord005_message(f.unit.as_deref().unwrap_or("")))
}

fn message_coord006(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let t = i18n::texts(lang);
        let why = match f.data.reason().copied() {
            Some(NO_UNITS_ROW) => t.coord006_no_units_row(),
            Some(GUIDELINES_NO) => t.coord006_guidelines_no(),
            _ => t.coord006_guidelines_empty(),
        };
        t.coord006_message(f.unit.as_deref().unwrap_or(""), &why)
    })
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
            out.push(Finding::new(
                &COORD007,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.person_cell(*first, Col::Department),
                    subject: name,
                    discriminator: k,
                },
                vec![
                    Fact::Department(name.clone()),
                    Fact::Count(departments.len() as u64),
                ],
            ));
        }
    }
}

fn message_coord007(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        i18n::texts(lang).coord007_message(
            f.unit.as_deref().unwrap_or(""),
            f.data.text(Facts::department),
        )
    })
}

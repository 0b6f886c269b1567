//! Single points of failure (SPOF001–SPOF004): channels that stop when one person is away, key
//! roles without a deputy, deputies in name only, deputies who stand in for too many.

use super::{Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang, Role};
use crate::findings::{Facts, Figures, Finding, Severity, Who};
use crate::i18n;
use crate::rules::figures::{Computed, DeputyProblem};

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[&SPOF001, &SPOF002, &SPOF003, &SPOF004];

/// SPOF001 `channel-single-person`: its entry in the registry.
pub static SPOF001: Rule = Rule {
    code: "SPOF001",
    name: "channel-single-person",
    severity: Severity::Error,
    family: Family::SinglePointOfFailure,
    scope: Scope::Workbook,
    workbook_check: Some(check_spof001),
    group_check: None,
    message: message_spof001,
    texts: |t| t.spof001(),
};

/// SPOF002 `role-without-deputy`: its entry in the registry.
pub static SPOF002: Rule = Rule {
    code: "SPOF002",
    name: "role-without-deputy",
    severity: Severity::Warning,
    family: Family::SinglePointOfFailure,
    scope: Scope::Workbook,
    workbook_check: Some(check_spof002),
    group_check: None,
    message: message_spof002,
    texts: |t| t.spof002(),
};

/// SPOF003 `deputy-not-on-channel`: its entry in the registry.
pub static SPOF003: Rule = Rule {
    code: "SPOF003",
    name: "deputy-not-on-channel",
    severity: Severity::Warning,
    family: Family::SinglePointOfFailure,
    scope: Scope::Workbook,
    workbook_check: Some(check_spof003),
    group_check: None,
    message: message_spof003,
    texts: |t| t.spof003(),
};

/// SPOF004 `deputy-overloaded`: its entry in the registry.
pub static SPOF004: Rule = Rule {
    code: "SPOF004",
    name: "deputy-overloaded",
    severity: Severity::Warning,
    family: Family::SinglePointOfFailure,
    scope: Scope::Workbook,
    workbook_check: Some(check_spof004),
    group_check: None,
    message: message_spof004,
    texts: |t| t.spof004(),
};

/// SPOF001's figures: a channel's only person and why they have no valid deputy.
pub(crate) struct ChannelAlone {
    /// The channel.
    pub channel: String,
    /// Its hours per week, all from the person.
    pub hours: f64,
    /// The person.
    pub person: Who,
    /// Why they have no valid deputy.
    pub problem: DeputyProblem,
}

impl Figures for ChannelAlone {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = vec![Fact::Channel(self.channel), Fact::Hours(self.hours)];
        facts.extend(self.person.person_facts());
        facts.extend(self.problem.into_facts());
        facts
    }

    fn from_facts(data: &Facts) -> Option<ChannelAlone> {
        Some(ChannelAlone {
            channel: data.channel()?.clone(),
            hours: *data.hours()?,
            person: Who::person_of(data)?,
            problem: DeputyProblem::from_facts(data)?,
        })
    }
}

/// SPOF002's figures: a person in a key role and why they have no valid deputy.
pub(crate) struct KeyRoleAlone {
    /// The person.
    pub person: Who,
    /// Their key role.
    pub role: Role,
    /// Why they have no valid deputy.
    pub problem: DeputyProblem,
}

impl Figures for KeyRoleAlone {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = self.person.person_facts();
        facts.push(Fact::Role(self.role));
        facts.extend(self.problem.into_facts());
        facts
    }

    fn from_facts(data: &Facts) -> Option<KeyRoleAlone> {
        Some(KeyRoleAlone {
            person: Who::person_of(data)?,
            role: *data.role()?,
            problem: DeputyProblem::from_facts(data)?,
        })
    }
}

/// SPOF003's figures: a channel's only person and their deputy, who has no time on it.
pub(crate) struct DeputyOffChannel {
    /// The channel.
    pub channel: String,
    /// Its hours per week, all from the person.
    pub hours: f64,
    /// The person.
    pub person: Who,
    /// Their deputy.
    pub deputy: Who,
}

impl Figures for DeputyOffChannel {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = vec![Fact::Channel(self.channel), Fact::Hours(self.hours)];
        facts.extend(self.person.person_facts());
        facts.extend(self.deputy.deputy_facts());
        facts
    }

    fn from_facts(data: &Facts) -> Option<DeputyOffChannel> {
        Some(DeputyOffChannel {
            channel: data.channel()?.clone(),
            hours: *data.hours()?,
            person: Who::person_of(data)?,
            deputy: Who::deputy_of(data)?,
        })
    }
}

/// SPOF004's figures: a deputy and the people they stand in for.
pub(crate) struct DeputyOverloaded {
    /// The deputy.
    pub person: Who,
    /// How many people name them.
    pub count: u64,
    /// The most that is allowed (`max_deputy_of`).
    pub limit: u64,
    /// The people they stand in for (Person IDs).
    pub people: Vec<String>,
}

impl Figures for DeputyOverloaded {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = self.person.person_facts();
        facts.extend([
            Fact::Count(self.count),
            Fact::Limit(self.limit),
            Fact::People(self.people),
        ]);
        facts
    }

    fn from_facts(data: &Facts) -> Option<DeputyOverloaded> {
        Some(DeputyOverloaded {
            person: Who::person_of(data)?,
            count: *data.count()?,
            limit: *data.limit()?,
            people: data.people()?.clone(),
        })
    }
}

/// SPOF001 and SPOF003: each active channel whose time comes from one person, who has no valid
/// deputy (SPOF001) or whose deputy has no time on it (SPOF003).
fn check_single_person(c: &Computed<'_>, out: &mut Vec<Finding>, deputy_named: bool) {
    let wb = c.plan.workbook.as_str();
    for u in &c.units {
        for ch in u.channels.iter().filter(|ch| ch.active) {
            let [(person, hours)] = ch.people.as_slice() else {
                continue;
            };
            let target = || Target {
                workbook: wb,
                unit: Some(u.name()),
                loc: c.channel_cell(ch, Col::Channel),
                subject: &ch.name,
                discriminator: "",
            };
            let (channel, hours) = (ch.name.clone(), *hours);
            match (&c.persons[*person].deputy, deputy_named) {
                (Err(problem), false) => {
                    let figures = ChannelAlone {
                        channel,
                        hours,
                        person: c.who(*person),
                        problem: problem.clone(),
                    };
                    out.push(Finding::of(&SPOF001, target(), figures));
                }
                (Ok(deputy), true) if ch.hours_of(*deputy) <= 0.0 => {
                    let figures = DeputyOffChannel {
                        channel,
                        hours,
                        person: c.who(*person),
                        deputy: c.who(*deputy),
                    };
                    out.push(Finding::of(&SPOF003, target(), figures));
                }
                _ => {}
            }
        }
    }
}

fn check_spof001(c: &Computed<'_>, out: &mut Vec<Finding>) {
    check_single_person(c, out, false);
}

fn check_spof003(c: &Computed<'_>, out: &mut Vec<Finding>) {
    check_single_person(c, out, true);
}

/// SPOF002: each person in a key role without a valid deputy.
fn check_spof002(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    for (i, p) in plan.staff.iter().enumerate() {
        let pf = &c.persons[i];
        let (Some(role), Err(problem)) = (p.role.filter(|r| r.is_key()), &pf.deputy) else {
            continue;
        };
        if !pf.primary {
            continue;
        }
        let figures = KeyRoleAlone {
            person: c.who(i),
            role,
            problem: problem.clone(),
        };
        out.push(Finding::of(
            &SPOF002,
            c.person_target(i, Col::Deputy),
            figures,
        ));
    }
}

/// SPOF004: each person who is the valid deputy of more people than `max_deputy_of`.
fn check_spof004(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let mut deputy_of: Vec<Vec<usize>> = vec![Vec::new(); plan.staff.len()];
    for (i, pf) in c.persons.iter().enumerate() {
        if let (true, Ok(d)) = (pf.primary, &pf.deputy) {
            deputy_of[*d].push(i);
        }
    }
    let max = c.thresholds.max_deputy_of as usize;
    for (d, stands_in_for) in deputy_of.iter().enumerate() {
        if stands_in_for.len() <= max {
            continue;
        }
        let figures = DeputyOverloaded {
            person: c.who(d),
            count: stands_in_for.len() as u64,
            limit: max as u64,
            people: stands_in_for
                .iter()
                .map(|&i| plan.staff[i].id.clone())
                .collect(),
        };
        out.push(Finding::of(
            &SPOF004,
            c.person_target(d, Col::PersonId),
            figures,
        ));
    }
}

/// Why a person has no valid deputy, as a clause of the message.
fn deputy_problem(problem: &DeputyProblem, lang: Lang) -> String {
    let t = i18n::texts(lang);
    match problem {
        DeputyProblem::NoneNamed => t.deputy_none(),
        DeputyProblem::Unknown(deputy) => t.deputy_unknown(deputy),
        DeputyProblem::Themself => t.deputy_themself(),
        DeputyProblem::OtherUnit { deputy, unit } => t.deputy_other_unit(deputy, unit),
    }
}

fn message_spof001(f: &Finding, lang: Lang) -> Option<String> {
    let ChannelAlone {
        channel,
        hours,
        person,
        problem,
    } = ChannelAlone::from_facts(&f.data)?;
    let why = deputy_problem(&problem, lang);
    Some(i18n::texts(lang).spof001_message(&channel, hours, &person.to_string(), &why))
}

fn message_spof002(f: &Finding, lang: Lang) -> Option<String> {
    let KeyRoleAlone {
        person,
        role,
        problem,
    } = KeyRoleAlone::from_facts(&f.data)?;
    let why = deputy_problem(&problem, lang);
    Some(i18n::texts(lang).spof002_message(&person.to_string(), role.label(lang), &why))
}

fn message_spof003(f: &Finding, lang: Lang) -> Option<String> {
    let DeputyOffChannel {
        channel,
        hours,
        person,
        deputy,
    } = DeputyOffChannel::from_facts(&f.data)?;
    let (person, deputy) = (person.to_string(), deputy.to_string());
    Some(i18n::texts(lang).spof003_message(&channel, hours, &person, &deputy))
}

fn message_spof004(f: &Finding, lang: Lang) -> Option<String> {
    let DeputyOverloaded {
        person,
        count,
        limit,
        people,
    } = DeputyOverloaded::from_facts(&f.data)?;
    Some(i18n::texts(lang).spof004_message(&person.to_string(), count, &people, limit))
}

//! Single points of failure (SPOF001–SPOF004): channels that stop when one person is away, key
//! roles without a deputy, deputies in name only, deputies who stand in for too many.

use super::{Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang};
use crate::findings::{Facts, Finding, Severity};
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
    text: |t| t.spof001(),
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
    text: |t| t.spof002(),
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
    text: |t| t.spof003(),
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
    text: |t| t.spof004(),
};

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
            let mut facts = vec![Fact::Channel(ch.name.clone()), Fact::Hours(*hours)];
            facts.extend(c.person_facts(*person));
            match (&c.persons[*person].deputy, deputy_named) {
                (Err(problem), false) => {
                    facts.extend(problem.facts());
                    out.push(Finding::new(&SPOF001, target(), facts));
                }
                (Ok(deputy), true) if ch.hours_of(*deputy) <= 0.0 => {
                    facts.extend(c.deputy_facts(*deputy));
                    out.push(Finding::new(&SPOF003, target(), facts));
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
        let mut facts = c.person_facts(i);
        facts.push(Fact::Role(role));
        facts.extend(problem.facts());
        out.push(Finding::new(
            &SPOF002,
            c.person_target(i, Col::Deputy),
            facts,
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
        let mut facts = c.person_facts(d);
        facts.push(Fact::Count(stands_in_for.len() as u64));
        facts.push(Fact::Limit(max as u64));
        facts.push(Fact::People(
            stands_in_for
                .iter()
                .map(|&i| plan.staff[i].id.clone())
                .collect(),
        ));
        out.push(Finding::new(
            &SPOF004,
            c.person_target(d, Col::PersonId),
            facts,
        ));
    }
}

/// Why a person has no valid deputy, from the finding's `reason`, `deputy` and `deputy_unit`.
fn deputy_problem(f: &Facts, lang: Lang) -> String {
    let t = i18n::texts(lang);
    let deputy = f.text(Facts::deputy);
    match f.reason().copied() {
        Some(DeputyProblem::UNKNOWN) => t.deputy_unknown(deputy),
        Some(DeputyProblem::THEMSELF) => t.deputy_themself(),
        Some(DeputyProblem::OTHER_UNIT) => t.deputy_other_unit(deputy, f.text(Facts::deputy_unit)),
        _ => t.deputy_none(),
    }
}

fn message_spof001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let why = deputy_problem(d, lang);
    i18n::texts(lang).spof001_message(d.text(Facts::channel), d.num(Facts::hours), &d.who(), &why)
}

fn message_spof002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let role = d.role().map(|r| r.label(lang)).unwrap_or_default();
    let why = deputy_problem(d, lang);
    i18n::texts(lang).spof002_message(&d.who(), role, &why)
}

fn message_spof003(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    i18n::texts(lang).spof003_message(
        d.text(Facts::channel),
        d.num(Facts::hours),
        &d.who(),
        &d.deputy_who(),
    )
}

fn message_spof004(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    i18n::texts(lang).spof004_message(
        &d.who(),
        d.count().copied().unwrap_or(0),
        d.people().map(Vec::as_slice).unwrap_or_default(),
        d.limit().copied().unwrap_or(0),
    )
}

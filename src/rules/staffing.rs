//! Staffing (STAFF001–STAFF009): whether the time people give social media matches what the
//! channels need and what the people have.

use super::{EPS, Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang, Role, SheetKind, Task};
use crate::findings::{Facts, Finding, Severity};
use crate::i18n;
use crate::rules::figures::Computed;

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[
    &STAFF001, &STAFF002, &STAFF003, &STAFF004, &STAFF005, &STAFF006, &STAFF007, &STAFF008,
    &STAFF009,
];

/// STAFF001 `understaffed-channel`: its entry in the registry.
pub static STAFF001: Rule = Rule {
    code: "STAFF001",
    name: "understaffed-channel",
    severity: Severity::Error,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff001),
    group_check: None,
    message: message_staff001,
    text: |t| t.staff001(),
};

/// STAFF002 `too-many-channels`: its entry in the registry.
pub static STAFF002: Rule = Rule {
    code: "STAFF002",
    name: "too-many-channels",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff002),
    group_check: None,
    message: message_staff002,
    text: |t| t.staff002(),
};

/// STAFF003 `side-job`: its entry in the registry.
pub static STAFF003: Rule = Rule {
    code: "STAFF003",
    name: "side-job",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff003),
    group_check: None,
    message: message_staff003,
    text: |t| t.staff003(),
};

/// STAFF004 `over-allocated`: its entry in the registry.
pub static STAFF004: Rule = Rule {
    code: "STAFF004",
    name: "over-allocated",
    severity: Severity::Error,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff004),
    group_check: None,
    message: message_staff004,
    text: |t| t.staff004(),
};

/// STAFF005 `unplanned-channel`: its entry in the registry.
pub static STAFF005: Rule = Rule {
    code: "STAFF005",
    name: "unplanned-channel",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff005),
    group_check: None,
    message: message_staff005,
    text: |t| t.staff005(),
};

/// STAFF006 `no-social-media-manager`: its entry in the registry.
pub static STAFF006: Rule = Rule {
    code: "STAFF006",
    name: "no-social-media-manager",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff006),
    group_check: None,
    message: message_staff006,
    text: |t| t.staff006(),
};

/// STAFF007 `broadcast-only`: its entry in the registry.
pub static STAFF007: Rule = Rule {
    code: "STAFF007",
    name: "broadcast-only",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff007),
    group_check: None,
    message: message_staff007,
    text: |t| t.staff007(),
};

/// STAFF008 `response-time-uncovered`: its entry in the registry.
pub static STAFF008: Rule = Rule {
    code: "STAFF008",
    name: "response-time-uncovered",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff008),
    group_check: None,
    message: message_staff008,
    text: |t| t.staff008(),
};

/// STAFF009 `team-too-small`: its entry in the registry.
pub static STAFF009: Rule = Rule {
    code: "STAFF009",
    name: "team-too-small",
    severity: Severity::Warning,
    family: Family::Staffing,
    scope: Scope::Workbook,
    workbook_check: Some(check_staff009),
    group_check: None,
    message: message_staff009,
    text: |t| t.staff009(),
};

/// STAFF001: each active planned channel allocated less than required less the tolerance.
fn check_staff001(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let t = c.thresholds;
    for u in &c.units {
        for ch in u.active_planned() {
            let minimum = ch.required * (1.0 - t.tolerance);
            if ch.allocated >= minimum - EPS {
                continue;
            }
            let row = &plan.channels[ch.planned.expect("planned")];
            let col = if row.required_hours.is_some() {
                Col::RequiredHours
            } else if row.posts_per_week.is_some() {
                Col::Posts
            } else {
                Col::Channel
            };
            let mut facts = vec![
                Fact::Channel(ch.name.clone()),
                Fact::Hours(ch.allocated),
                Fact::RequiredHours(ch.required),
                Fact::MinimumHours(minimum),
                Fact::Threshold(t.tolerance),
            ];
            if row.required_hours.is_none() {
                facts.push(Fact::PostsPerWeek(row.posts_per_week.unwrap_or(0.0)));
                facts.push(Fact::BaseHours(t.channel_base_hours));
                facts.push(Fact::HoursPerPost(t.hours_per_post));
            }
            out.push(Finding::new(
                &STAFF001,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, col),
                    subject: &ch.name,
                    discriminator: "",
                },
                facts,
            ));
        }
    }
}

/// STAFF002: each unit with more active channels than its social media FTE carry.
fn check_staff002(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let t = c.thresholds;
    for u in &c.units {
        let active = u.active_planned().count();
        let fte = u.total_hours / t.full_time_weekly_hours;
        let capacity = ((fte * t.channels_per_fte + EPS).floor() as usize).max(1);
        if active <= capacity {
            continue;
        }
        out.push(Finding::new(
            &STAFF002,
            c.unit_target(u.name(), Col::Unit),
            vec![
                Fact::Count(active as u64),
                Fact::Limit(capacity as u64),
                Fact::Hours(u.total_hours),
                Fact::Fte(fte),
            ],
        ));
    }
}

/// STAFF005: each channel with allocated time that is not in the unit's channel plan.
fn check_staff005(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    if plan.layout(SheetKind::Channels).is_none() {
        return;
    }
    for u in &c.units {
        for ch in u.channels.iter().filter(|ch| ch.planned.is_none()) {
            let Some(a) = ch.first_alloc else { continue };
            out.push(Finding::new(
                &STAFF005,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: plan.cell(SheetKind::Allocation, plan.allocations[a].row, Col::Channel),
                    subject: &ch.name,
                    discriminator: "",
                },
                vec![Fact::Channel(ch.name.clone()), Fact::Hours(ch.allocated)],
            ));
        }
    }
}

/// The people of a workbook with readable weekly hours (each ID once), for STAFF003/STAFF004.
fn people_with_hours<'c>(
    c: &'c Computed<'_>,
) -> impl Iterator<Item = (usize, &'c crate::model::Person, f64)> {
    c.plan.staff.iter().enumerate().filter_map(|(i, p)| {
        let weekly = p.weekly_hours.filter(|w| w.is_finite() && *w >= 0.0)?;
        c.persons[i].primary.then_some((i, p, weekly))
    })
}

/// STAFF003: each social media manager below the minimum share on social media.
fn check_staff003(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let min = c.thresholds.min_manager_share;
    for (i, p, weekly) in people_with_hours(c) {
        if p.role != Some(Role::SocialMediaManager) || weekly <= 0.0 {
            continue;
        }
        let hours = c.persons[i].hours;
        let share = hours / weekly;
        if share >= min - EPS {
            continue;
        }
        let mut facts = c.person_facts(i);
        facts.extend([
            Fact::Hours(hours),
            Fact::WeeklyHours(weekly),
            Fact::Share(share),
            Fact::Threshold(min),
        ]);
        out.push(Finding::new(
            &STAFF003,
            c.person_target(i, Col::Role),
            facts,
        ));
    }
}

/// STAFF004: each person whose allocations add up to more than their weekly hours.
fn check_staff004(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for (i, _, weekly) in people_with_hours(c) {
        let hours = c.persons[i].hours;
        if hours <= weekly + 1e-6 {
            continue;
        }
        let mut facts = c.person_facts(i);
        facts.extend([Fact::Hours(hours), Fact::WeeklyHours(weekly)]);
        out.push(Finding::new(
            &STAFF004,
            c.person_target(i, Col::WeeklyHours),
            facts,
        ));
    }
}

fn message_staff001(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let basis = match d.posts_per_week() {
            None => t.staff001_basis_column(),
            Some(posts) => t.staff001_basis_posts(
                d.num(Facts::base_hours),
                *posts,
                d.num(Facts::hours_per_post),
            ),
        };
        t.staff001_message(
            d.text(Facts::channel),
            d.num(Facts::hours),
            d.num(Facts::required_hours),
            &basis,
            d.num(Facts::minimum_hours),
            d.num(Facts::threshold),
        )
    })
}

fn message_staff002(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        i18n::texts(lang).staff002_message(
            f.unit.as_deref().unwrap_or(""),
            d.count().copied().unwrap_or(0),
            d.num(Facts::hours),
            d.num(Facts::fte),
            d.limit().copied().unwrap_or(0),
        )
    })
}

fn message_staff003(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        i18n::texts(lang).staff003_message(
            &d.who(),
            d.num(Facts::hours),
            d.num(Facts::weekly_hours),
            d.num(Facts::share),
            d.num(Facts::threshold),
        )
    })
}

fn message_staff004(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        i18n::texts(lang).staff004_message(
            &d.who(),
            d.num(Facts::hours),
            d.num(Facts::weekly_hours),
        )
    })
}

fn message_staff005(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        i18n::texts(lang).staff005_message(
            d.text(Facts::channel),
            d.num(Facts::hours),
            f.unit.as_deref().unwrap_or(""),
        )
    })
}

/// STAFF006: each unit with an active planned channel and nobody in the manager's role (or a
/// coordinator's, which holds it).
fn check_staff006(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for u in &c.units {
        let active = u.active_planned().count();
        let managed = [
            Role::SocialMediaManager,
            Role::Coordinator,
            Role::GroupCoordinator,
        ]
        .into_iter()
        .any(|role| c.unit_has_role(u, role));
        if active == 0 || managed {
            continue;
        }
        out.push(Finding::new(
            &STAFF006,
            c.unit_target(u.name(), Col::Unit),
            vec![Fact::Count(active as u64)],
        ));
    }
}

/// STAFF009: each unit with an active planned channel whose allocated time comes from at least
/// one and fewer than `min_team_people` people.
fn check_staff009(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let min = c.thresholds.min_team_people as usize;
    for (ui, u) in c.units.iter().enumerate() {
        let active = u.active_planned().count();
        if active == 0 || u.people == 0 || u.people >= min {
            continue;
        }
        // Who carries the time, in the order of their first allocation.
        let mut people: Vec<usize> = Vec::new();
        for a in &c.allocs {
            if let Some(p) = a.person
                && a.unit == ui
                && a.counted
                && a.hours > 0.0
                && !people.contains(&p)
            {
                people.push(p);
            }
        }
        let ids = people.iter().map(|&p| c.plan.staff[p].id.clone()).collect();
        out.push(Finding::new(
            &STAFF009,
            c.unit_target(u.name(), Col::Unit),
            vec![
                Fact::Count(u.people as u64),
                Fact::Limit(min as u64),
                Fact::People(ids),
                Fact::Hours(u.total_hours),
            ],
        ));
    }
}

fn message_staff009(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        i18n::texts(lang).staff009_message(
            f.unit.as_deref().unwrap_or(""),
            d.num(Facts::hours),
            d.count().copied().unwrap_or(0),
            d.people().map(Vec::as_slice).unwrap_or_default(),
            d.limit().copied().unwrap_or(0),
        )
    })
}

/// Whether a task is dialogue with the audience: community care, monitoring, support.
fn is_dialogue(task: Task) -> bool {
    matches!(task, Task::Community | Task::Monitoring | Task::Support)
}

/// The counted allocation rows of a channel: (task, hours).
fn channel_rows<'c>(
    c: &'c Computed<'_>,
    unit: usize,
    channel: usize,
) -> impl Iterator<Item = (Option<Task>, f64)> + 'c {
    c.allocs
        .iter()
        .zip(&c.plan.allocations)
        .filter(move |(a, _)| a.counted && a.unit == unit && a.channel == Some(channel))
        .map(|(a, row)| (row.task, a.hours))
}

/// Whether a channel's rows (task, hours) all name a task, each content or advertising.
fn broadcast_only(rows: &[(Option<Task>, f64)]) -> bool {
    !rows.is_empty()
        && rows
            .iter()
            .all(|(t, _)| matches!(t, Some(Task::Content | Task::Advertising)))
}

/// STAFF007: each active channel with time whose rows all name a task, none of them dialogue.
fn check_staff007(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for (ui, u) in c.units.iter().enumerate() {
        for (ci, ch) in u.channels.iter().enumerate() {
            if !ch.active || ch.allocated <= 0.0 {
                continue;
            }
            let rows: Vec<(Option<Task>, f64)> = channel_rows(c, ui, ci).collect();
            if !broadcast_only(&rows) {
                continue;
            }
            out.push(Finding::new(
                &STAFF007,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::Channel),
                    subject: &ch.name,
                    discriminator: "",
                },
                vec![Fact::Channel(ch.name.clone()), Fact::Hours(ch.allocated)],
            ));
        }
    }
}

/// `reason` of STAFF008: the channel has no dialogue time at all.
const NO_DIALOGUE: &str = "no-dialogue";
/// `reason` of STAFF008: the dialogue time is too thin for the promise.
const TOO_FEW_LOOKS: &str = "too-few-looks";
/// `reason` of STAFF008: a short promise rests on one person.
const ONE_PERSON: &str = "one-person";

/// STAFF008: each active planned channel whose promised response time its dialogue time, spread
/// evenly over the service week, or its number of people cannot keep.
fn check_staff008(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let t = c.thresholds;
    for (ui, u) in c.units.iter().enumerate() {
        for (ci, ch) in u.channels.iter().enumerate() {
            let Some(row) = ch.planned.filter(|_| ch.active) else {
                continue;
            };
            let Some(promise) = c.plan.channels[row]
                .response_time
                .filter(|h| h.is_finite() && *h > 0.0)
            else {
                continue;
            };
            let rows: Vec<(Option<Task>, f64)> = channel_rows(c, ui, ci).collect();
            if broadcast_only(&rows) {
                continue; // STAFF007 says it: one problem, one finding.
            }
            let dialogue: f64 = if rows.iter().any(|(t, _)| t.is_some()) {
                rows.iter()
                    .filter(|(t, _)| t.is_some_and(is_dialogue))
                    .map(|(_, h)| h)
                    .sum()
            } else {
                ch.allocated
            };
            let looks = (dialogue / t.dialogue_session_hours + EPS).floor();
            let longest_wait = (looks >= 1.0).then(|| t.service_week_hours / looks);
            let people = ch.people.len();
            let reason = match longest_wait {
                None => NO_DIALOGUE,
                Some(wait) if promise < wait - EPS => TOO_FEW_LOOKS,
                _ if people == 1 && promise < t.one_person_promise_hours - EPS => ONE_PERSON,
                _ => continue,
            };
            let mut facts = vec![
                Fact::Reason(reason),
                Fact::Channel(ch.name.clone()),
                Fact::ResponseHours(promise),
                Fact::Hours(dialogue),
                Fact::Count(people as u64),
            ];
            facts.extend(longest_wait.map(Fact::Threshold));
            out.push(Finding::new(
                &STAFF008,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::ResponseTime),
                    subject: &ch.name,
                    discriminator: "",
                },
                facts,
            ));
        }
    }
}

fn message_staff006(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        i18n::texts(lang).staff006_message(
            f.unit.as_deref().unwrap_or(""),
            f.data.count().copied().unwrap_or(0),
        )
    })
}

fn message_staff007(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        i18n::texts(lang).staff007_message(d.text(Facts::channel), d.num(Facts::hours))
    })
}

fn message_staff008(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let (channel, promise) = (d.text(Facts::channel), d.num(Facts::response_hours));
        match d.reason().copied() {
            Some(NO_DIALOGUE) => t.staff008_no_dialogue(channel, promise),
            Some(ONE_PERSON) => t.staff008_one_person(channel, promise),
            _ => t.staff008_too_slow(
                channel,
                promise,
                d.num(Facts::hours),
                d.num(Facts::threshold),
            ),
        }
    })
}

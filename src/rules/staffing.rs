//! Staffing (STAFF001–STAFF009): whether the time people give social media matches what the
//! channels need and what the people have.

use super::{EPS, Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang, Role, SheetKind, Task};
use crate::findings::{Facts, Figures, Finding, Severity, Who};
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
    texts: |t| t.staff001(),
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
    texts: |t| t.staff002(),
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
    texts: |t| t.staff003(),
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
    texts: |t| t.staff004(),
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
    texts: |t| t.staff005(),
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
    texts: |t| t.staff006(),
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
    texts: |t| t.staff007(),
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
    texts: |t| t.staff008(),
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
    texts: |t| t.staff009(),
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
            let basis = match row.required_hours {
                Some(_) => RequiredFrom::Column,
                None => RequiredFrom::Posts {
                    posts: row.posts_per_week.unwrap_or(0.0),
                    base: t.channel_base_hours,
                    per_post: t.hours_per_post,
                },
            };
            let figures = Understaffed {
                channel: ch.name.clone(),
                hours: ch.allocated,
                required: ch.required,
                minimum,
                tolerance: t.tolerance,
                basis,
            };
            out.push(Finding::of(
                &STAFF001,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, col),
                    subject: &ch.name,
                    discriminator: "",
                },
                figures,
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
        let figures = TooManyChannels {
            active: active as u64,
            capacity: capacity as u64,
            hours: u.total_hours,
            fte,
        };
        out.push(Finding::of(
            &STAFF002,
            c.unit_target(u.name(), Col::Unit),
            figures,
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
            out.push(Finding::of(
                &STAFF005,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: plan.cell(SheetKind::Allocation, plan.allocations[a].row, Col::Channel),
                    subject: &ch.name,
                    discriminator: "",
                },
                ChannelHours {
                    channel: ch.name.clone(),
                    hours: ch.allocated,
                },
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
        let figures = SideJob {
            person: c.who(i),
            hours,
            weekly,
            share,
            minimum: min,
        };
        out.push(Finding::of(
            &STAFF003,
            c.person_target(i, Col::Role),
            figures,
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
        let figures = OverAllocated {
            person: c.who(i),
            hours,
            weekly,
        };
        out.push(Finding::of(
            &STAFF004,
            c.person_target(i, Col::WeeklyHours),
            figures,
        ));
    }
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
        out.push(Finding::of(
            &STAFF006,
            c.unit_target(u.name(), Col::Unit),
            NoManager {
                active: active as u64,
            },
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
        let figures = SmallTeam {
            count: u.people as u64,
            minimum: min as u64,
            people: people.iter().map(|&p| c.plan.staff[p].id.clone()).collect(),
            hours: u.total_hours,
        };
        out.push(Finding::of(
            &STAFF009,
            c.unit_target(u.name(), Col::Unit),
            figures,
        ));
    }
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
            out.push(Finding::of(
                &STAFF007,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::Channel),
                    subject: &ch.name,
                    discriminator: "",
                },
                ChannelHours {
                    channel: ch.name.clone(),
                    hours: ch.allocated,
                },
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
            let uncovered = match longest_wait {
                None => Uncovered::NoDialogue,
                Some(wait) if promise < wait - EPS => Uncovered::TooFewLooks { wait },
                Some(wait) if people == 1 && promise < t.one_person_promise_hours - EPS => {
                    Uncovered::OnePerson { wait }
                }
                _ => continue,
            };
            let figures = PromiseUncovered {
                channel: ch.name.clone(),
                promise,
                dialogue,
                people: people as u64,
                uncovered,
            };
            out.push(Finding::of(
                &STAFF008,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::ResponseTime),
                    subject: &ch.name,
                    discriminator: "",
                },
                figures,
            ));
        }
    }
}

/// Where STAFF001's required hours come from.
pub(crate) enum RequiredFrom {
    /// The Required hours column.
    Column,
    /// The settings: `base` hours + `posts` a week × `per_post` hours.
    Posts {
        /// Posts per week of the channel.
        posts: f64,
        /// Base hours per week (`channel_base_hours`).
        base: f64,
        /// Hours per post (`hours_per_post`).
        per_post: f64,
    },
}

/// STAFF001's figures: a channel's hours against what it requires.
pub(crate) struct Understaffed {
    /// The channel.
    pub channel: String,
    /// Its hours per week.
    pub hours: f64,
    /// The hours per week it requires.
    pub required: f64,
    /// The fewest that pass: required less the tolerance.
    pub minimum: f64,
    /// The tolerance, a fraction.
    pub tolerance: f64,
    /// Where the required hours come from.
    pub basis: RequiredFrom,
}

impl Figures for Understaffed {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = vec![
            Fact::Channel(self.channel),
            Fact::Hours(self.hours),
            Fact::RequiredHours(self.required),
            Fact::MinimumHours(self.minimum),
            Fact::Threshold(self.tolerance),
        ];
        if let RequiredFrom::Posts {
            posts,
            base,
            per_post,
        } = self.basis
        {
            facts.extend([
                Fact::PostsPerWeek(posts),
                Fact::BaseHours(base),
                Fact::HoursPerPost(per_post),
            ]);
        }
        facts
    }

    fn from_facts(data: &Facts) -> Option<Understaffed> {
        Some(Understaffed {
            channel: data.channel()?.clone(),
            hours: *data.hours()?,
            required: *data.required_hours()?,
            minimum: *data.minimum_hours()?,
            tolerance: *data.threshold()?,
            basis: match data.posts_per_week() {
                None => RequiredFrom::Column,
                Some(posts) => RequiredFrom::Posts {
                    posts: *posts,
                    base: *data.base_hours()?,
                    per_post: *data.hours_per_post()?,
                },
            },
        })
    }
}

/// STAFF002's figures: a unit's active channels against what its time carries.
pub(crate) struct TooManyChannels {
    /// Active channels.
    pub active: u64,
    /// The channels its time carries.
    pub capacity: u64,
    /// Its social media hours per week.
    pub hours: f64,
    /// Those hours as full-time equivalents.
    pub fte: f64,
}

impl Figures for TooManyChannels {
    fn into_facts(self) -> Vec<Fact> {
        vec![
            Fact::Count(self.active),
            Fact::Limit(self.capacity),
            Fact::Hours(self.hours),
            Fact::Fte(self.fte),
        ]
    }

    fn from_facts(data: &Facts) -> Option<TooManyChannels> {
        Some(TooManyChannels {
            active: *data.count()?,
            capacity: *data.limit()?,
            hours: *data.hours()?,
            fte: *data.fte()?,
        })
    }
}

/// STAFF003's figures: a social media manager's share of their hours on social media.
pub(crate) struct SideJob {
    /// The manager.
    pub person: Who,
    /// Their hours per week on social media.
    pub hours: f64,
    /// Their weekly hours.
    pub weekly: f64,
    /// The share, a fraction.
    pub share: f64,
    /// The least share expected (`min_manager_share`).
    pub minimum: f64,
}

impl Figures for SideJob {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = self.person.person_facts();
        facts.extend([
            Fact::Hours(self.hours),
            Fact::WeeklyHours(self.weekly),
            Fact::Share(self.share),
            Fact::Threshold(self.minimum),
        ]);
        facts
    }

    fn from_facts(data: &Facts) -> Option<SideJob> {
        Some(SideJob {
            person: Who::person_of(data)?,
            hours: *data.hours()?,
            weekly: *data.weekly_hours()?,
            share: *data.share()?,
            minimum: *data.threshold()?,
        })
    }
}

/// STAFF004's figures: a person's allocated hours above their weekly hours.
pub(crate) struct OverAllocated {
    /// The person.
    pub person: Who,
    /// Their allocated hours per week.
    pub hours: f64,
    /// Their weekly hours.
    pub weekly: f64,
}

impl Figures for OverAllocated {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = self.person.person_facts();
        facts.extend([Fact::Hours(self.hours), Fact::WeeklyHours(self.weekly)]);
        facts
    }

    fn from_facts(data: &Facts) -> Option<OverAllocated> {
        Some(OverAllocated {
            person: Who::person_of(data)?,
            hours: *data.hours()?,
            weekly: *data.weekly_hours()?,
        })
    }
}

/// STAFF005's and STAFF007's figures: a channel and its hours per week.
pub(crate) struct ChannelHours {
    /// The channel.
    pub channel: String,
    /// Its hours per week.
    pub hours: f64,
}

impl Figures for ChannelHours {
    fn into_facts(self) -> Vec<Fact> {
        vec![Fact::Channel(self.channel), Fact::Hours(self.hours)]
    }

    fn from_facts(data: &Facts) -> Option<ChannelHours> {
        Some(ChannelHours {
            channel: data.channel()?.clone(),
            hours: *data.hours()?,
        })
    }
}

/// STAFF006's figures: a unit's active channels, with nobody managing them.
pub(crate) struct NoManager {
    /// Active channels.
    pub active: u64,
}

impl Figures for NoManager {
    fn into_facts(self) -> Vec<Fact> {
        vec![Fact::Count(self.active)]
    }

    fn from_facts(data: &Facts) -> Option<NoManager> {
        Some(NoManager {
            active: *data.count()?,
        })
    }
}

/// Why STAFF008's promise cannot be kept.
pub(crate) enum Uncovered {
    /// The channel has no dialogue time.
    NoDialogue,
    /// The dialogue time leaves up to `wait` hours between two looks, longer than the promise.
    TooFewLooks {
        /// The longest wait, in hours.
        wait: f64,
    },
    /// One person carries a short promise.
    OnePerson {
        /// The longest wait, in hours.
        wait: f64,
    },
}

/// STAFF008's figures: a channel's promised response time against its dialogue time.
pub(crate) struct PromiseUncovered {
    /// The channel.
    pub channel: String,
    /// The promised response time, in hours.
    pub promise: f64,
    /// Its dialogue hours per week.
    pub dialogue: f64,
    /// The people on it.
    pub people: u64,
    /// Why the promise cannot be kept.
    pub uncovered: Uncovered,
}

impl Figures for PromiseUncovered {
    fn into_facts(self) -> Vec<Fact> {
        let (reason, wait) = match self.uncovered {
            Uncovered::NoDialogue => (NO_DIALOGUE, None),
            Uncovered::TooFewLooks { wait } => (TOO_FEW_LOOKS, Some(wait)),
            Uncovered::OnePerson { wait } => (ONE_PERSON, Some(wait)),
        };
        let mut facts = vec![
            Fact::Reason(reason),
            Fact::Channel(self.channel),
            Fact::ResponseHours(self.promise),
            Fact::Hours(self.dialogue),
            Fact::Count(self.people),
        ];
        facts.extend(wait.map(Fact::Threshold));
        facts
    }

    fn from_facts(data: &Facts) -> Option<PromiseUncovered> {
        Some(PromiseUncovered {
            channel: data.channel()?.clone(),
            promise: *data.response_hours()?,
            dialogue: *data.hours()?,
            people: *data.count()?,
            uncovered: match *data.reason()? {
                NO_DIALOGUE => Uncovered::NoDialogue,
                TOO_FEW_LOOKS => Uncovered::TooFewLooks {
                    wait: *data.threshold()?,
                },
                ONE_PERSON => Uncovered::OnePerson {
                    wait: *data.threshold()?,
                },
                _ => return None,
            },
        })
    }
}

/// STAFF009's figures: the few people a unit's social media time comes from.
pub(crate) struct SmallTeam {
    /// How many people carry the time.
    pub count: u64,
    /// How many a team needs (`min_team_people`).
    pub minimum: u64,
    /// Who they are (Person IDs), in the order of their first allocation.
    pub people: Vec<String>,
    /// The unit's social media hours per week.
    pub hours: f64,
}

impl Figures for SmallTeam {
    fn into_facts(self) -> Vec<Fact> {
        vec![
            Fact::Count(self.count),
            Fact::Limit(self.minimum),
            Fact::People(self.people),
            Fact::Hours(self.hours),
        ]
    }

    fn from_facts(data: &Facts) -> Option<SmallTeam> {
        Some(SmallTeam {
            count: *data.count()?,
            minimum: *data.limit()?,
            people: data.people()?.clone(),
            hours: *data.hours()?,
        })
    }
}

fn message_staff001(f: &Finding, lang: Lang) -> Option<String> {
    let Understaffed {
        channel,
        hours,
        required,
        minimum,
        tolerance,
        basis,
    } = Understaffed::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    let basis = match basis {
        RequiredFrom::Column => t.staff001_basis_column(),
        RequiredFrom::Posts {
            posts,
            base,
            per_post,
        } => t.staff001_basis_posts(base, posts, per_post),
    };
    Some(t.staff001_message(&channel, hours, required, &basis, minimum, tolerance))
}

fn message_staff002(f: &Finding, lang: Lang) -> Option<String> {
    let TooManyChannels {
        active,
        capacity,
        hours,
        fte,
    } = TooManyChannels::from_facts(&f.data)?;
    let unit = f.unit.as_deref().unwrap_or("");
    Some(i18n::texts(lang).staff002_message(unit, active, hours, fte, capacity))
}

fn message_staff003(f: &Finding, lang: Lang) -> Option<String> {
    let SideJob {
        person,
        hours,
        weekly,
        share,
        minimum,
    } = SideJob::from_facts(&f.data)?;
    let person = person.to_string();
    Some(i18n::texts(lang).staff003_message(&person, hours, weekly, share, minimum))
}

fn message_staff004(f: &Finding, lang: Lang) -> Option<String> {
    let OverAllocated {
        person,
        hours,
        weekly,
    } = OverAllocated::from_facts(&f.data)?;
    Some(i18n::texts(lang).staff004_message(&person.to_string(), hours, weekly))
}

fn message_staff005(f: &Finding, lang: Lang) -> Option<String> {
    let ChannelHours { channel, hours } = ChannelHours::from_facts(&f.data)?;
    let unit = f.unit.as_deref().unwrap_or("");
    Some(i18n::texts(lang).staff005_message(&channel, hours, unit))
}

fn message_staff006(f: &Finding, lang: Lang) -> Option<String> {
    let NoManager { active } = NoManager::from_facts(&f.data)?;
    Some(i18n::texts(lang).staff006_message(f.unit.as_deref().unwrap_or(""), active))
}

fn message_staff007(f: &Finding, lang: Lang) -> Option<String> {
    let ChannelHours { channel, hours } = ChannelHours::from_facts(&f.data)?;
    Some(i18n::texts(lang).staff007_message(&channel, hours))
}

fn message_staff008(f: &Finding, lang: Lang) -> Option<String> {
    let PromiseUncovered {
        channel,
        promise,
        dialogue,
        people: _,
        uncovered,
    } = PromiseUncovered::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    Some(match uncovered {
        Uncovered::NoDialogue => t.staff008_no_dialogue(&channel, promise),
        Uncovered::OnePerson { wait: _ } => t.staff008_one_person(&channel, promise),
        Uncovered::TooFewLooks { wait } => t.staff008_too_slow(&channel, promise, dialogue, wait),
    })
}

fn message_staff009(f: &Finding, lang: Lang) -> Option<String> {
    let SmallTeam {
        count,
        minimum,
        people,
        hours,
    } = SmallTeam::from_facts(&f.data)?;
    let unit = f.unit.as_deref().unwrap_or("");
    Some(i18n::texts(lang).staff009_message(unit, hours, count, &people, minimum))
}

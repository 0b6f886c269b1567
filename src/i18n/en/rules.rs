//! The rules' titles, explanations and the message of each finding, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::contract::Lang;
use crate::i18n::rules::RuleText;
use crate::i18n::{self, RuleTexts};

crate::i18n::formats_of!(Lang::En);

/// Row numbers in running text: `3 and 7`.
fn rows_list(rows: &[u64]) -> String {
    i18n::list(&rows.iter().map(u64::to_string).collect::<Vec<_>>(), LANG)
}

impl RuleTexts for English {
    fn explain_what(&self) -> &'static str {
        "What it checks:"
    }
    fn explain_why(&self) -> &'static str {
        "Why it matters:"
    }
    fn explain_fix(&self) -> &'static str {
        "How to fix it:"
    }
    fn table_headers(&self) -> [&'static str; 4] {
        ["CODE", "NAME", "SEVERITY", "CHECKS"]
    }
    fn severity_info(&self) -> &'static str {
        "info"
    }
    fn severity_warning(&self) -> &'static str {
        "warning"
    }
    fn severity_error(&self) -> &'static str {
        "error"
    }

    fn deputy_none(&self) -> String {
        "no deputy named".into()
    }
    fn deputy_unknown(&self, deputy: &str) -> String {
        format!("deputy {deputy} is not in Staff")
    }
    fn deputy_themself(&self) -> String {
        "names themself as deputy".into()
    }
    fn deputy_other_unit(&self, deputy: &str, unit: &str) -> String {
        format!("deputy {deputy} works in another unit ({unit})")
    }

    fn spof001_message(&self, channel: &str, hours: f64, person: &str, why: &str) -> String {
        format!(
            "{channel}: all {} come from {person}, who has no valid deputy ({why}).",
            h(hours)
        )
    }
    fn spof002_message(&self, person: &str, role: &str, why: &str) -> String {
        format!("{person} is {role} but has no valid deputy: {why}.")
    }
    fn spof003_message(&self, channel: &str, hours: f64, person: &str, deputy: &str) -> String {
        format!(
            "{channel}: all {} come from {person}; their deputy {deputy} has no time on this \
             channel.",
            h(hours)
        )
    }
    fn spof004_message(&self, person: &str, count: u64, people: &[String], limit: u64) -> String {
        let people = people.join(", ");
        format!("{person} is the deputy of {count} people ({people}); at most {limit} are allowed.")
    }

    fn staff001_basis_column(&self) -> String {
        "Required hours column".into()
    }
    fn staff001_basis_posts(&self, base: f64, posts: f64, per_post: f64) -> String {
        format!(
            "{} h base + {} posts × {} h",
            n(base),
            n(posts),
            n(per_post)
        )
    }
    fn staff001_message(
        &self,
        channel: &str,
        allocated: f64,
        required: f64,
        basis: &str,
        minimum: f64,
        tolerance: f64,
    ) -> String {
        format!(
            "{channel}: {} allocated, {} required ({basis}); at least {} are needed with {} \
             tolerance.",
            h(allocated),
            h(required),
            h(minimum),
            pct(tolerance)
        )
    }
    fn staff002_message(
        &self,
        unit: &str,
        active: u64,
        hours: f64,
        fte: f64,
        capacity: u64,
    ) -> String {
        format!(
            "{unit}: {active} active channels, but {} of social media time ({} FTE) carry at \
             most {capacity}.",
            h(hours),
            i18n::number(fte, 2, LANG)
        )
    }
    fn staff003_message(
        &self,
        person: &str,
        hours: f64,
        weekly: f64,
        share: f64,
        minimum: f64,
    ) -> String {
        format!(
            "{person} is social media manager but spends {} of {} ({}) on social media; at \
             least {} is expected.",
            n(hours),
            h(weekly),
            pct(share),
            pct(minimum)
        )
    }
    fn staff004_message(&self, person: &str, hours: f64, weekly: f64) -> String {
        format!(
            "{person}: allocations add up to {}, but the weekly hours are {} ({} over).",
            h(hours),
            h(weekly),
            h(hours - weekly)
        )
    }
    fn staff005_message(&self, channel: &str, hours: f64, unit: &str) -> String {
        format!(
            "{channel}: {} allocated, but the channel is not in the channel plan of {unit}.",
            h(hours)
        )
    }
    fn staff006_message(&self, unit: &str, active: u64) -> String {
        format!(
            "{unit}: {active} active channels, but nobody has the social media manager role \
             (nor a coordinator's)."
        )
    }
    fn staff007_message(&self, channel: &str, hours: f64) -> String {
        format!(
            "{channel}: all {} are content and advertising; no time for community, monitoring \
             or support.",
            h(hours)
        )
    }
    fn staff008_no_dialogue(&self, channel: &str, promise: f64) -> String {
        format!(
            "{channel}: answers are promised within {} h, but the channel has no community, \
             monitoring or support time.",
            n(promise)
        )
    }
    fn staff008_one_person(&self, channel: &str, promise: f64) -> String {
        format!(
            "{channel}: answers are promised within {} h, and one person carries the channel: \
             when they are away, nobody answers.",
            n(promise)
        )
    }
    fn staff008_too_slow(&self, channel: &str, promise: f64, dialogue: f64, wait: f64) -> String {
        format!(
            "{channel}: answers are promised within {} h, but {} of dialogue time, spread over \
             the week, leave up to {} h between two looks at the channel.",
            n(promise),
            h(dialogue),
            n(wait)
        )
    }
    fn staff009_message(
        &self,
        unit: &str,
        hours: f64,
        count: u64,
        people: &[String],
        minimum: u64,
    ) -> String {
        let (hours, people) = (h(hours), i18n::list(people, LANG));
        if count == 1 {
            format!(
                "{unit}: all {hours} of social media come from one person ({people}); a team \
                 needs at least {minimum}: the manager, a deputy and at least one helper who \
                 supplies content or ideas or takes support requests."
            )
        } else {
            format!(
                "{unit}: the {hours} of social media come from {count} people ({people}); a team \
                 needs at least {minimum}: the manager, a deputy and at least one helper who \
                 supplies content or ideas or takes support requests."
            )
        }
    }

    fn coord001_departments(&self, departments: &[String]) -> String {
        format!(
            "social media time comes from {} departments ({})",
            departments.len(),
            departments.join(", ")
        )
    }
    fn coord001_channels(&self, active: u64) -> String {
        format!("it runs {active} active channels")
    }
    fn coord001_message(&self, unit: &str, reasons: &[String]) -> String {
        format!(
            "{unit}: {}, but no coordinator is named.",
            reasons.join(" and ")
        )
    }
    fn coord002_named(&self, unit: &str) -> String {
        format!("named coordinator of {unit}")
    }
    fn coord002_role(&self) -> String {
        "coordinator".into()
    }
    fn coord002_message(&self, person: &str, how: &str) -> String {
        format!("{person} is {how} but has no allocated time (0 h/week).")
    }
    fn coord003_countries(&self, units: u64, countries: &[String]) -> String {
        format!(
            "{units} units from {} countries ({}) are checked together",
            countries.len(),
            countries.join(", ")
        )
    }
    fn coord003_multi(&self, units: &[String]) -> String {
        format!("{} declared multi-coordinated", i18n::list(units, LANG))
    }
    fn coord003_message(&self, reasons: &[String]) -> String {
        i18n::capitalise(&format!(
            "{}, but nobody in the workbooks checked has the group coordinator role.",
            reasons.join("; ")
        ))
    }
    fn coord004_too_large(&self, unit: &str, form: &str, employees: f64, limit: f64) -> String {
        format!(
            "{unit}: declared {form}, but has {} employees ({form} fits below {}).",
            i18n::number(employees, 0, LANG),
            i18n::number(limit, 0, LANG)
        )
    }
    fn coord004_nobody_dedicated(
        &self,
        unit: &str,
        form: &str,
        minimum: f64,
        share: f64,
    ) -> String {
        format!(
            "{unit}: declared {form}, but nobody spends {} or more of their hours on social \
             media (highest: {}).",
            pct(minimum),
            pct(share)
        )
    }
    fn coord004_one_country(&self, unit: &str, form: &str, country: &str) -> String {
        format!(
            "{unit}: declared {form}, but the workbooks checked hold units from one country \
             only ({country})."
        )
    }
    fn coord004_no_country(&self, unit: &str, form: &str) -> String {
        format!("{unit}: declared {form}, but no unit of the workbooks checked names a country.")
    }
    fn coord005_message(&self, unit: &str, column: &str) -> String {
        format!(
            "{unit}: no executive sponsor (the {column} column is empty and nobody has the role \
             executive sponsor)."
        )
    }
    fn coord006_no_units_row(&self) -> String {
        "no Units row declares guidelines".into()
    }
    fn coord006_guidelines_no(&self) -> String {
        "Guidelines is no".into()
    }
    fn coord006_guidelines_empty(&self) -> String {
        "Guidelines is empty".into()
    }
    fn coord006_message(&self, unit: &str, why: &str) -> String {
        format!("{unit}: no social media guidelines ({why}).")
    }
    fn coord007_message(&self, unit: &str, department: &str) -> String {
        format!(
            "{unit}: the department {department} has no multiplier (nobody with the role \
             ambassador) to carry social media into it."
        )
    }
    fn coord008_no_role_column(&self, unit: &str, count: u64) -> String {
        format!(
            "{unit}: {count} people have social media time, but the Staff sheet has no Role \
             column; write the team's roles down so everyone knows what to do."
        )
    }
    fn coord008_message(&self, person: &str, hours: f64) -> String {
        format!(
            "{person} spends {} on social media but has no role on the Staff sheet; write the \
             team's roles down so everyone knows what to do.",
            h(hours)
        )
    }

    fn cost001_free_word(&self, word: &str) -> String {
        format!("budget \"{word}\"")
    }
    fn cost001_zero(&self) -> String {
        "budget 0".into()
    }
    fn cost001_no_budget(&self) -> String {
        "no budget".into()
    }
    fn cost001_message(
        &self,
        channel: &str,
        budget: &str,
        hours: f64,
        cost: f64,
        currency: &str,
    ) -> String {
        format!(
            "{channel}: {budget}, but {} of staff time cost {} a year.",
            h(hours),
            m(cost, currency)
        )
    }
    fn cost002_unit(
        &self,
        unit: &str,
        budget: f64,
        cost: f64,
        hours: f64,
        currency: &str,
    ) -> String {
        format!(
            "{unit}: unit budget {} a year, but its {} of staff time cost {} a year ({} more).",
            m(budget, currency),
            h(hours),
            m(cost, currency),
            m(cost - budget, currency)
        )
    }
    fn cost002_channel(
        &self,
        channel: &str,
        budget: f64,
        cost: f64,
        hours: f64,
        currency: &str,
    ) -> String {
        format!(
            "{channel}: budget {} a year, but {} of staff time cost {} a year ({} more).",
            m(budget, currency),
            h(hours),
            m(cost, currency),
            m(cost - budget, currency)
        )
    }

    fn data001_no_header_row(&self, sheet: &str, rows: u64, columns: &[&str]) -> String {
        format!(
            "Sheet '{sheet}' has no header row in its first {rows} rows (a row with at least two \
             known column names, such as {}).",
            columns.join(", ")
        )
    }
    fn data001_missing_column(&self, sheet: &str, column: &str, accepted: &[String]) -> String {
        format!(
            "Sheet '{sheet}' has no column '{column}' (also accepted: {}).",
            accepted.join(", ")
        )
    }
    fn data001_no_hours_or_share(&self, sheet: &str, columns: &[&str]) -> String {
        format!(
            "Sheet '{sheet}' has neither a column '{}': each row needs one of them.",
            columns.join("' nor '")
        )
    }
    fn data001_not_a_plan(&self) -> String {
        "Not a staffing plan: none of the sheets Staff, Allocation, Channels was found.".into()
    }
    fn data001_missing_sheet(&self, sheet: &str, accepted: &[String], found: &[String]) -> String {
        let has = match found {
            [] => String::new(),
            [one] => format!("; the workbook has one sheet, '{one}'"),
            _ => format!("; the workbook has the sheets '{}'", found.join("', '")),
        };
        format!(
            "The sheet '{sheet}' is missing (also accepted: {}){has}.",
            accepted.join(", ")
        )
    }
    fn vocabulary_org_form(&self) -> &'static str {
        "an organisation form (holistic, decentralised, coordinated, centralised, \
         multi-coordinated)"
    }
    fn vocabulary_status(&self) -> &'static str {
        "a status (active, planned, paused)"
    }
    fn vocabulary_employment(&self) -> &'static str {
        "a kind of employment (internal, external, agency, freelance)"
    }
    fn data002_required(&self, column: &str) -> String {
        format!("{column} is required but empty")
    }
    fn data002_unit_needed(&self, column: &str) -> String {
        format!("{column} is empty, and the workbook holds more than one unit")
    }
    fn data002_no_hours_or_share(&self) -> String {
        "the row needs hours per week or a share, and has neither".into()
    }
    fn data002_negative(&self, value: &str) -> String {
        format!("{value} is negative")
    }
    fn data002_not_whole(&self, value: &str) -> String {
        format!("{value} is not a whole number")
    }
    fn data002_not_a_share(&self, value: &str) -> String {
        format!("{value} is not a share")
    }
    fn data002_negative_share(&self, value: &str) -> String {
        format!("a share of {value} % is negative")
    }
    fn data002_share_above_100(&self, value: &str) -> String {
        format!("a share of {value} % is above 100 %")
    }
    fn data002_not_yes_no(&self, value: &str) -> String {
        format!("{value} is not yes or no")
    }
    fn data002_not_text(&self, value: &str) -> String {
        format!("{value} is not text")
    }
    fn data002_not_an_amount(&self, value: &str, free: &[&str]) -> String {
        format!(
            "{value} is neither an amount nor a word meaning free ({})",
            free.join(", ")
        )
    }
    fn data002_other_currency(&self, value: &str, currency: &str, unit: &str) -> String {
        format!(
            "{value} is in another currency than {currency}, the Currency of unit '{unit}' on \
             the Units sheet"
        )
    }
    fn data002_not_a_date(&self, value: &str) -> String {
        format!("{value} is not a date (write a date, 2026-12-31 or 31.12.2026)")
    }
    fn data002_unknown_rule(&self, value: &str) -> String {
        format!("{value} is no rule's code or name (see `teamlint rules`)")
    }
    fn data002_not_in(&self, value: &str, words: &str) -> String {
        format!("{value} is not {words}")
    }
    fn data002_unknown_word(&self, value: &str) -> String {
        format!("{value} is not a known word here")
    }
    fn data002_not_a_number(&self, value: &str) -> String {
        format!("{value} is not a number")
    }
    fn data002_message(&self, column: &str, at: &str, why: &str) -> String {
        format!("{column} in {at}: {why}.")
    }
    fn data003_unknown_unit(&self, value: &str, at: &str) -> String {
        format!("Unit '{value}' in {at} is not on the Units sheet.")
    }
    fn data003_name_not_unique(
        &self,
        column: &str,
        value: &str,
        at: &str,
        person: &str,
        count: u64,
    ) -> String {
        format!(
            "{column} '{value}' in {at} (deputy of {person}) is a name that {count} people of \
             the unit share on the Staff sheet; write the deputy's Person ID."
        )
    }
    fn data003_deputy_of(&self, person: &str) -> String {
        format!(" (deputy of {person})")
    }
    fn data003_channel(&self, channel: &str) -> String {
        format!(" (channel {channel})")
    }
    fn data003_message(&self, column: &str, value: &str, at: &str, whose: &str) -> String {
        format!("{column} '{value}' in {at}{whose} is not on the Staff sheet.")
    }
    fn data004_unit_in_workbooks(&self, value: &str, workbooks: &[String]) -> String {
        format!(
            "Unit {value} is also in {}; each unit belongs in one workbook.",
            workbooks.join(", ")
        )
    }
    fn data004_twice_in_units(&self, value: &str, sheet: &str, rows: &[u64]) -> String {
        format!(
            "Unit '{value}' is listed twice on '{sheet}' (rows {}).",
            rows_list(rows)
        )
    }
    fn data004_twice_in_channels(
        &self,
        value: &str,
        unit: &str,
        sheet: &str,
        rows: &[u64],
    ) -> String {
        format!(
            "Channel '{value}' of unit '{unit}' is planned twice on '{sheet}' (rows {}); the \
             second row is ignored.",
            rows_list(rows)
        )
    }
    fn data004_twice_in_staff(&self, value: &str, sheet: &str, rows: &[u64]) -> String {
        format!(
            "Person ID {value} appears twice on '{sheet}' (rows {}); the second row is ignored.",
            rows_list(rows)
        )
    }

    fn waive001_message(
        &self,
        what: &str,
        unit: Option<&str>,
        approved_by: &str,
        valid_until: &str,
    ) -> String {
        let unit = unit.map(|u| format!(" ({u})")).unwrap_or_default();
        format!(
            "The waiver for {what}{unit}, approved by {approved_by} until {valid_until}, matches \
             no finding: remove or correct it."
        )
    }

    fn spof001(&self) -> RuleText {
        RuleText {
            title: "Channel depends on one person",
            summary: "An active channel depends on one person who has no valid deputy.",
            what: "\
Every active channel (and every channel that gets time without being in the \
channel plan) whose allocated time comes from exactly one person, where that person has no valid \
deputy. A valid deputy is named in the Deputy column, is on the Staff sheet, is not the person \
themself and works in the same unit.",
            why: "\
A social media channel is a public conversation that does not pause for holidays, \
sick leave or a resignation. When one person carries a channel alone and nobody is named to step \
in, the channel goes silent or unanswered exactly when that person is away, and the know-how \
(logins, tone, running campaigns) leaves with them. This single point of failure is the most \
common weakness of social media teams.",
            fix: "\
Name a deputy for the person in the Staff sheet's Deputy column, someone of the \
same unit, and give that deputy some time on the channel in the Allocation sheet, so they know \
the channel before they must take it over. Better still, share the channel between two people.",
        }
    }

    fn spof002(&self) -> RuleText {
        RuleText {
            title: "Key role without a deputy",
            summary: "A person in a key social media role has no valid deputy.",
            what: "\
Every person whose role is a key role (social media manager, coordinator, group \
coordinator, community manager) has a valid deputy: named in the Deputy column, on the Staff \
sheet, not the person themself, and in the same unit.",
            why: "\
Key roles hold the strategy, the approvals, the escalation path and the community \
relationships. Without a named stand-in, decisions stall and crises go unanswered whenever the \
role holder is away. A deputy in another unit rarely knows the unit's channels and people, so \
teamlint does not count one.",
            fix: "\
Enter the Person ID of a colleague of the same unit in the Deputy column, and \
make sure that person is on the Staff sheet. Hand over the knowledge the deputy needs (logins, \
escalation rules, open topics).",
        }
    }

    fn spof003(&self) -> RuleText {
        RuleText {
            title: "Deputy without time on the channel",
            summary: "A channel's only person has a deputy who spends no time on that channel.",
            what: "\
Every active (or unplanned) channel whose time comes from one person who does \
have a valid deputy, where that deputy has no allocated time on the channel.",
            why: "\
A deputy in name only cannot step in. Someone who never works on the channel does \
not know its audience, its tone, its running conversations or even its login; when the channel \
owner is away, the channel still stops. Social media needs continuous presence, so the stand-in \
has to be practised.",
            fix: "\
Give the deputy regular time on the channel in the Allocation sheet (an hour or \
two a week is enough to stay in touch), or name as deputy someone who already works on it.",
        }
    }

    fn spof004(&self) -> RuleText {
        RuleText {
            title: "Deputy for too many people",
            summary: "One person is the deputy of more people than the setting allows (default 2).",
            what: "\
How many people name the same person as their valid deputy; more than \
`max_deputy_of` (default 2) is flagged.",
            why: "\
Absences cluster (holidays, a flu wave, a trade fair). A deputy who stands in for \
three or more people cannot cover them at once, so the single point of failure has only moved to \
the deputy. Social media work does not wait until the deputy is free.",
            fix: "\
Spread the deputy roles across more people of the unit, so that nobody covers \
more than the setting allows, or raise `thresholds.max_deputy_of` in teamlint.toml if your \
absence planning really guarantees it.",
        }
    }

    fn staff001(&self) -> RuleText {
        RuleText {
            title: "Understaffed channel",
            summary: "An active channel gets fewer hours than it requires, less the tolerance.",
            what: "\
For every active channel, the hours per week allocated to it (explicit hours, or \
share × the person's weekly hours) against its required hours: the Required hours column, else \
5 h base + 1 h per post per week (both settings). Allocated below required × (1 − tolerance, \
default 10 %) is flagged, including a channel with no time at all.",
            why: "\
A channel needs listening, answering and publishing, not just posting. An \
understaffed channel answers late or not at all, and an unanswered public question does more \
harm than no channel. Social media is not a side job that fits into left-over minutes.",
            fix: "\
Allocate more hours to the channel in the Allocation sheet, lower its posting \
frequency, set the status to paused or planned until there is time for it, or correct the \
Required hours if the estimate is too high.",
        }
    }

    fn staff002(&self) -> RuleText {
        RuleText {
            title: "Too many channels for the team",
            summary: "A unit runs more active channels than its social media FTE can carry.",
            what: "\
The unit's active channels against what its social media time can carry: \
channels > max(1, floor(allocated hours ÷ 38 × 2.5)). The 38 full-time hours and 2.5 channels \
per full-time person (about 16 h per channel per week) are settings.",
            why: "\
Every channel needs its own listening, answering and content, and spreading thin \
time over many channels leaves all of them half-served. Fewer, well-run channels serve the \
organisation better than many neglected ones.",
            fix: "\
Pause or close the channels that matter least (status paused or planned), or \
allocate more social media time in the unit, e.g. a dedicated person instead of many small \
shares.",
        }
    }

    fn staff003(&self) -> RuleText {
        RuleText {
            title: "Social media as a side job",
            summary: "A social media manager spends less than the minimum share of their hours on social media.",
            what: "\
Every person with the role social media manager: their allocated hours divided \
by their weekly hours must reach `min_manager_share` (default 50 %).",
            why: "\
Social media is not a side job. A manager who spends most of the week on other \
work cannot follow the conversations, react in time or develop the channels; the title promises \
a responsibility the time plan does not back.",
            fix: "\
Allocate at least half of the manager's hours to social media in the Allocation \
sheet and take other tasks off them, or change the role if the person really only helps out.",
        }
    }

    fn staff004(&self) -> RuleText {
        RuleText {
            title: "More hours allocated than worked",
            summary: "A person's allocations add up to more than their weekly hours.",
            what: "\
For every person, the sum of their allocated hours per week over all Allocation \
rows (explicit hours, or share × weekly hours) against their weekly hours.",
            why: "\
A plan that needs more hours than a person has is not a plan: the missing hours \
are silently dropped somewhere, usually in community answers and monitoring. It also hides \
overtime and burnout risk in a role that is always on.",
            fix: "\
Reduce the person's hours or shares in the Allocation sheet until they fit their \
weekly hours, move work to colleagues, or correct the weekly hours in the Staff sheet.",
        }
    }

    fn staff005(&self) -> RuleText {
        RuleText {
            title: "Channel not in the plan",
            summary: "Time is allocated to a channel that is not in the unit's channel plan.",
            what: "\
Every channel named on the Allocation sheet is in the unit's channel plan \
(matched case-insensitively, surrounding blanks ignored). One finding per unit and channel, at \
the first row that names it.",
            why: "\
A channel outside the plan has no status, no required hours and no budget, so \
nobody has decided that the organisation should run it, and its cost is invisible. Often it is \
a typo, and then the planned channel looks understaffed while the time goes nowhere.",
            fix: "\
Correct the channel name if it is a typo, or add the channel to the Channels sheet \
with its status, posts and budget.",
        }
    }

    fn staff006(&self) -> RuleText {
        RuleText {
            title: "No social media manager",
            summary: "A unit runs active channels and nobody has the social media manager role.",
            what: "\
Every unit with at least one active channel in its plan has someone on its Staff sheet whose \
role is social media manager, or a coordinator or group coordinator, who holds the manager's \
tasks in a coordinated organisation.",
            why: "\
The practice literature is plain about it: every company needs at least one social media \
manager, whether that is their only task or they look after the website on the side. Someone \
has to own the channels' strategy, tone, approvals and escalation; without that person every \
department posts on its own, nobody answers for the whole, and a crisis finds no one in charge.",
            fix: "\
Name one person of the unit as social media manager in the Staff sheet's Role column and give \
them time on the channels in the Allocation sheet, or name a coordinator who holds the task.",
        }
    }

    fn staff007(&self) -> RuleText {
        RuleText {
            title: "Publishing without answering",
            summary: "An active channel's time is all content and advertising, with nobody answering.",
            what: "\
Every active channel whose allocation rows all name a task, where those tasks are only content \
and advertising: no hour of community, monitoring or support. Rows without a task are not \
judged; a channel with any of them is left alone.",
            why: "\
Social media is a conversation, not a noticeboard. The practice literature names forum and \
community care as a large share of the work that plans underestimate: comments, questions and \
complaints arrive whether or not anyone is there to read them. A channel that only publishes \
leaves them unanswered in public, and what goes unanswered is what the audience remembers.",
            fix: "\
Allocate time for community care, monitoring or customer support on the channel in the \
Allocation sheet (Task column), even an hour or two a week, or reduce what is published to what \
the team can also answer.",
        }
    }

    fn staff008(&self) -> RuleText {
        RuleText {
            title: "Response time not covered",
            summary: "A channel promises a response time its people cannot keep.",
            what: "\
Every active channel with a Response time (h), against its dialogue time: the hours of \
community, monitoring and support (all its hours when no row names a task). Each \
`dialogue_session_hours` (default 1 h) is one look at the channel; spread evenly over the \
`service_week_hours` in which the promise runs (default 40: five working days of 8 hours), \
the longest wait is service hours ÷ looks. A promise shorter than that is flagged, and so is \
a promise on a channel with no dialogue time, and a promise under \
`one_person_promise_hours` (default 24 h) that rests on one person.",
            why: "\
A promised response time is a promise to be present. Customers commonly expect an answer on \
social media within 24 hours, and a channel that states a time is measured by it. An hour of \
community time a week means one look a week, and a short promise that one person carries \
breaks on every day of holiday or illness, as nobody else knows the channel.",
            fix: "\
Either give the channel more community, monitoring or support time, spread over the week, and \
a second person, or promise a response time that the staffing can keep (the message names the \
shortest one).",
        }
    }

    fn staff009(&self) -> RuleText {
        RuleText {
            title: "Team too small",
            summary: "A unit's social media time comes from fewer people than a team needs.",
            what: "\
Every unit with at least one active channel in its plan whose allocated social media time comes \
from at least one person but fewer than `min_team_people` people (default 3: the manager, a \
deputy and at least one helper). A unit with no allocated time at all is left to STAFF001.",
            why: "\
The seven-point plan the rules come from says: \"The social media manager needs … contacts and \
helpers in the team. The helpers regularly supply input, ideas or content … Or they are \
colleagues to whom he can forward support requests.\" A manager with a deputy but nobody else \
contributing is still a team of one in practice: ideas, content and answers all wait for the \
same person, and the deputy only takes over what stops when that person is away.",
            fix: "\
Name at least one helper in the unit (Staff sheet, role helper, content creator or community \
manager) and give them regular time on the channels in the Allocation sheet: content and ideas \
from their department, or the support requests the manager forwards.",
        }
    }

    fn coord008(&self) -> RuleText {
        RuleText {
            title: "Role not written down",
            summary: "Someone has social media time but no role in the team.",
            what: "\
Every person with allocated social media time whose Role cell on the Staff sheet is empty: one \
finding each, on that cell. A Staff sheet with no Role column at all gives one finding for the \
unit instead of one for each of its people.",
            why: "\
The seven-point plan the rules come from says: \"Every company therefore needs a social media \
team in which the roles are distributed and fixed. Define this team in writing …, so that \
everyone knows what they have to do.\" The plan is that written definition; a person who spends \
time on social media with no role in it is a gap: nobody knows whether they publish, answer, \
stand in or only help, and the rules for deputies and managers cannot see them.",
            fix: "\
Write each person's role in the Role column of the Staff sheet (social media manager, \
coordinator, community manager, content creator, helper, …), so the team is defined in writing \
and everyone knows what they have to do.",
        }
    }

    fn coord001(&self) -> RuleText {
        RuleText {
            title: "No coordinator",
            summary: "A unit with time from 2+ departments or 3+ active channels names no coordinator.",
            what: "\
A unit whose social media time comes from people of 2 or more departments, or \
that runs 3 or more active channels (both settings), must name a coordinator: a Person ID in the \
Units sheet's Coordinator column, or someone of the unit with the role coordinator. A group \
coordinator working in the unit counts as coordination too.",
            why: "\
When marketing, PR, HR and customer service all post, somebody has to agree the \
voice, the editorial calendar, the approvals and who answers what. Without a coordinator the \
departments duplicate work, contradict each other in public and leave questions that fall \
between them unanswered.",
            fix: "\
Enter the coordinator's Person ID in the Coordinator column of the Units sheet, \
or give that person the role coordinator in the Staff sheet, and allocate them time for \
coordination.",
        }
    }

    fn coord002(&self) -> RuleText {
        RuleText {
            title: "Coordinator without time",
            summary: "The named coordinator has no allocated time.",
            what: "\
Every coordinator (named in the Units sheet's Coordinator column, or with the \
role coordinator) has some allocated time on the Allocation sheet. A coordinator whose rows could \
not be read (flagged as invalid) is not judged.",
            why: "\
Coordination is work: meetings, the editorial calendar, approvals, escalations. \
A coordinator in name only, with no hours for it, coordinates nothing; the title hides that the \
departments are in fact on their own.",
            fix: "\
Allocate the coordinator time in the Allocation sheet (a task such as \
coordination on the channels they coordinate), or name someone who has that time.",
        }
    }

    fn coord003(&self) -> RuleText {
        RuleText {
            title: "No group coordination",
            summary: "Units from 2+ countries, or a multi-coordinated unit, and no group coordinator anywhere.",
            what: "\
Across the whole batch, when the units come from 2 or more countries or any unit \
declares the organisation form multi-coordinated, somebody in some unit must have the role group \
coordinator (global social media lead). The finding is raised once for the batch, at the first \
multi-coordinated unit, else the first unit with a country.",
            why: "\
Subsidiaries in several countries speak for one brand. Without someone who \
coordinates across them, the brand appears with contradicting messages, duplicated channels and \
crises that one country handles while another does not know about them.",
            fix: "\
Give one person the role group coordinator in the Staff sheet of their unit and \
allocate them time for the group-wide coordination.",
        }
    }

    fn coord004(&self) -> RuleText {
        RuleText {
            title: "Organisation form does not fit",
            summary: "The declared organisation form does not fit the unit's size, people or countries.",
            what: "\
The Organisation form of the Units sheet against the facts: holistic (everyone \
does a little) at 50 or more employees; decentralised (each department on its own) at 250 or \
more; coordinated or centralised without anyone in the unit spending 50 % or more of their \
weekly hours on social media; multi-coordinated when the batch holds units from only one country. \
The bounds are settings (EU SME size classes).",
            why: "\
The organisation form decides who posts, who approves and who answers. A form \
that does not match the organisation's size or staffing means the declared way of working is \
not the real one: a large company run holistically has no one in charge, a coordinated team \
without a dedicated person has no one to coordinate.",
            fix: "\
Declare the form that describes how the unit really works, or change the \
organisation: give a dedicated person at least half their hours for social media, or move from \
holistic or decentralised to a coordinated form as the unit grows.",
        }
    }

    fn coord005(&self) -> RuleText {
        RuleText {
            title: "No executive sponsor",
            summary: "A unit names no executive sponsor.",
            what: "\
Each unit names an executive sponsor: a Person ID in the Units sheet's Executive \
sponsor column, or someone of the unit with the role executive sponsor. Without a Units sheet the \
finding points to the unit's Summary row.",
            why: "\
Social media cuts across departments and needs budget, staff time and sometimes \
fast decisions in a crisis. A sponsor in management secures these and makes social media a part \
of the organisation's strategy rather than a side project.",
            fix: "\
Agree a member of management as sponsor and enter their Person ID in the Executive \
sponsor column (the person must be on the Staff sheet), or give them the role executive sponsor.",
        }
    }

    fn coord006(&self) -> RuleText {
        RuleText {
            title: "No social media guidelines",
            summary: "A unit's Guidelines is no or empty.",
            what: "\
The Guidelines column of the Units sheet says yes for each unit. No, an empty \
cell, or no Units sheet at all (then nothing declares guidelines) are flagged; without a Units \
sheet the finding points to the unit's Summary row.",
            why: "\
When many people from several departments speak for the organisation in public, \
social media guidelines tell them what they may say, how to handle criticism, what is \
confidential and whom to ask. Without them, every post is a judgment call and a crisis has no \
playbook.",
            fix: "\
Write social media guidelines (or adopt the group's), make them known to everyone \
who posts, and set Guidelines to yes in the Units sheet.",
        }
    }

    fn coord007(&self) -> RuleText {
        RuleText {
            title: "Department without ambassador",
            summary: "A department of the unit has no multiplier (ambassador) for social media.",
            what: "\
In a unit whose staff come from at least `multiplier_departments` departments (default 2), every \
department named in the Staff sheet has someone with the role ambassador (multiplier, \
Botschafter, Multiplikator, Abgesandter). A department where a social media manager, \
coordinator or community manager sits is the social media team itself and needs none, nor does \
the department of the executive sponsor, who carries social media into the management.",
            why: "\
The practice literature says the social media manager needs multipliers and should find, if at \
all possible, a kind of envoy in every department: someone who brings the department's topics \
and experts to the channels and carries the guidelines back. Without one, the channels hear \
nothing of what the department does, and the department posts past the team or not at all.",
            fix: "\
Ask one person of the department to act as its social media ambassador and enter ambassador \
(or Multiplikator) in their Role column; give them an hour a month in the Allocation sheet if \
they contribute content.",
        }
    }

    fn cost001(&self) -> RuleText {
        RuleText {
            title: "Free platform fallacy",
            summary: "An active channel with staff time has an empty, zero or \"free\" budget.",
            what: "\
Every active channel with allocated time whose Budget is empty, 0, or a word \
meaning free (free, kostenlos, gratis, umsonst, none, keine). The message states the real annual \
staff cost: hours per week × (1,640 h a year ÷ 38 h a week = 43.2 working weeks) × each person's hourly cost (Staff hourly \
cost, else annual cost ÷ annual hours, else the unit's hourly rate, else 43.40 per hour, \
Destatis 2024).",
            why: "\
The platforms cost nothing to join, but the people who run them do. Calling a \
channel free hides its largest cost, the staff time, so nobody weighs whether the channel is \
worth it, and the time is taken from other work without anyone deciding so.",
            fix: "\
Enter the channel's annual budget including the staff cost stated in the \
message, so the plan shows what the channel really costs; or reduce the time, or pause the \
channel.",
        }
    }

    fn cost002(&self) -> RuleText {
        RuleText {
            title: "Budget below staff cost",
            summary: "A channel's or unit's budget is positive but below the annual staff cost, less the tolerance.",
            what: "\
An active channel's Budget (Channels sheet) and a unit's Budget (Units sheet) \
that are positive but below the annual staff cost of the time allocated to the channel or unit, less the \
tolerance (default 10 %). The staff cost is computed as for COST001.",
            why: "\
A budget that covers only ads or tools, and not the people, understates what \
social media costs the organisation. Decisions on channels and staffing are then made on numbers \
that are too low, and the time keeps being taken from other work unbudgeted.",
            fix: "\
Raise the budget to include the staff cost named in the message, or reduce the \
time allocated to the channel or unit until the budget covers it.",
        }
    }

    fn data001(&self) -> RuleText {
        RuleText {
            title: "Missing sheet or column",
            summary: "A required sheet or column is missing.",
            what: "\
The workbook has the sheets Staff, Allocation and Channels (English or German \
names), and each has its required columns: Person ID and Weekly hours \
on Staff, Person ID and Channel on Allocation, Channel on Channels. The header row may be any of \
the first 10 rows.",
            why: "\
Without these, teamlint cannot tell who spends how much time on which channel, \
so every other rule would judge an incomplete picture and a single point of failure or a free \
platform could go unseen.",
            fix: "\
Rename the sheet or column to one of the accepted names (case, blanks and \
punctuation do not matter), or add it. The subject of the finding names what is missing.",
        }
    }

    fn data002(&self) -> RuleText {
        RuleText {
            title: "Invalid value",
            summary: "A cell cannot be read as its type, is negative, or is a share above 100 %.",
            what: "\
Every cell of a known column can be read as the column's type: numbers (1.5, \
1,5, 1.234,5, with h, Std, EUR or € after them), shares (50 %, 0.5, 50), yes/no words, the \
vocabularies of role, status, organisation form and employment. Negative numbers, shares above \
100 % and Excel errors (#REF!, #DIV/0!) are invalid. An invalid row is left out of the sums, \
never guessed.",
            why: "\
Hours, shares and costs are the base of every staffing and cost rule. A value \
teamlint had to guess would make a channel look staffed or a budget look sufficient when it is \
not.",
            fix: "\
Correct the flagged cell; the note on it says what was found and what is \
expected. For a formula, fix the formula so that its result is a valid value.",
        }
    }

    fn data003(&self) -> RuleText {
        RuleText {
            title: "Unknown person ID",
            summary: "A person ID (Allocation, Deputy, Coordinator, Executive sponsor, Owner) is not in Staff.",
            what: "\
Every person ID used on the Allocation sheet and in the Deputy, Coordinator, \
Executive sponsor and Owner columns is a Person ID on the Staff sheet (a numeric 1001 and the \
text \"1001\" are the same ID). The subject is the unknown ID.",
            why: "\
Time allocated to someone teamlint does not know has no weekly hours and no cost, \
so it drops out of the sums; a deputy or coordinator who is not on the staff list cannot step in. \
Often the person has left, or the ID has a typo, and the plan relies on someone who is not there.",
            fix: "\
Correct the ID, or add the person to the Staff sheet with their weekly hours and \
unit.",
        }
    }

    fn data004(&self) -> RuleText {
        RuleText {
            title: "Duplicate key",
            summary: "A Person ID twice in Staff, a channel twice in one unit's plan, or one unit in two workbooks.",
            what: "\
Keys that must be unique are: a Person ID appears once on the Staff sheet, a \
channel once in each unit's channel plan, a unit in one workbook of the batch (all compared \
case-insensitively, surrounding blanks ignored). The subject is the duplicated key.",
            why: "\
With a key twice, hours, deputies and budgets attach to one of the rows and the \
other is silently ignored (teamlint uses the first); a unit in two workbooks is counted twice in \
the group report, doubling its staff and cost.",
            fix: "\
Remove or merge the repeated row, give the second person or channel its own key, \
or keep each unit in one workbook only.",
        }
    }

    fn waive001(&self) -> RuleText {
        RuleText {
            title: "Unused waiver",
            summary: "A waiver in the config or a workbook's Waivers sheet matches no finding.",
            what: "\
Every `[[waiver]]` of the config and every row of a workbook's Waivers sheet (rule, and \
optionally unit, subject or a finding's id) is matched against the findings it can accept: the \
config's against the whole run, a sheet's against its own workbook. One that matches none is \
reported, on its row when it is written in a workbook.",
            why: "\
A waiver records a decision: a problem is known and accepted until a date. Once the problem \
is fixed, or the unit or channel renamed, the waiver no longer applies, and left in place it \
would silently accept a new problem that happens to match it later.",
            fix: "\
Remove the waiver (from teamlint.toml or the Waivers sheet) if the problem is solved, or \
correct its rule, unit or subject so that it names the finding it is meant for.",
        }
    }
}

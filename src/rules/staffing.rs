//! Staffing (STAFF001–STAFF005): whether the time people give social media matches what the
//! channels need and what the people have.

use super::{EPS, Family, Rule, finding, hours, percent};
use crate::contract::{Col, Role, SheetKind};
use crate::findings::{Finding, Severity};
use crate::rules::figures::Computed;

pub static STAFF001: Rule = Rule {
    code: "STAFF001",
    name: "understaffed-channel",
    severity: Severity::Error,
    family: Family::Staffing,
    summary_en: "An active channel gets fewer hours than it requires, less the tolerance.",
    summary_de: "Ein aktiver Kanal bekommt weniger Stunden als nötig, abzüglich der Toleranz.",
    explain_en: "\
What it checks: for every active channel, the hours per week allocated to it (explicit hours, or \
share × the person's weekly hours) against its required hours: the Required hours column, else \
5 h base + 1 h per post per week (both settings). Allocated below required × (1 − tolerance, \
default 10 %) is flagged, including a channel with no time at all.

Why it matters: a channel needs listening, answering and publishing, not just posting. An \
understaffed channel answers late or not at all, and an unanswered public question does more \
harm than no channel. Social media is not a side job that fits into left-over minutes.

How to fix it: allocate more hours to the channel in the Allocation sheet, lower its posting \
frequency, set the status to paused or planned until there is time for it, or correct the \
Required hours if the estimate is too high.",
    explain_de: "\
Was geprüft wird: für jeden aktiven Kanal die zugeteilten Wochenstunden (Stunden, oder Anteil × \
Wochenstunden der Person) gegen seine Soll-Stunden: die Spalte Soll-Stunden, sonst 5 h Grundbedarf \
+ 1 h je Beitrag pro Woche (beides Einstellungen). Weniger als Soll × (1 − Toleranz, Standard \
10 %) wird gemeldet, auch ein Kanal ganz ohne Zeit.

Warum es wichtig ist: ein Kanal braucht Zuhören, Antworten und Veröffentlichen, nicht nur Posten. \
Ein unterbesetzter Kanal antwortet spät oder gar nicht, und eine unbeantwortete öffentliche Frage \
schadet mehr als gar kein Kanal. Social Media ist kein Nebenjob für übrige Minuten.

So beheben Sie es: teilen Sie dem Kanal in der Zeitaufteilung mehr Stunden zu, senken Sie die \
Beitragsfrequenz, setzen Sie den Status auf pausiert oder geplant, bis Zeit dafür da ist, oder \
korrigieren Sie die Soll-Stunden, wenn die Schätzung zu hoch ist.",
};

pub static STAFF002: Rule = Rule {
    code: "STAFF002",
    name: "too-many-channels",
    severity: Severity::Warning,
    family: Family::Staffing,
    summary_en: "A unit runs more active channels than its social media FTE can carry.",
    summary_de: "Eine Einheit betreibt mehr aktive Kanäle, als ihre Social-Media-Stellen tragen.",
    explain_en: "\
What it checks: the unit's active channels against what its social media time can carry: \
channels > max(1, floor(allocated hours ÷ 38 × 2.5)). The 38 full-time hours and 2.5 channels \
per full-time person (about 16 h per channel per week) are settings.

Why it matters: every channel needs its own listening, answering and content, and spreading thin \
time over many channels leaves all of them half-served. Fewer, well-run channels serve the \
organisation better than many neglected ones.

How to fix it: pause or close the channels that matter least (status paused or planned), or \
allocate more social media time in the unit, e.g. a dedicated person instead of many small \
shares.",
    explain_de: "\
Was geprüft wird: die aktiven Kanäle der Einheit gegen das, was ihre Social-Media-Zeit tragen \
kann: Kanäle > max(1, abrunden(zugeteilte Stunden ÷ 38 × 2,5)). Die 38 Vollzeitstunden und 2,5 \
Kanäle je Vollzeitkraft (etwa 16 h je Kanal und Woche) sind Einstellungen.

Warum es wichtig ist: jeder Kanal braucht eigenes Zuhören, Antworten und eigene Inhalte; wenig \
Zeit auf viele Kanäle verteilt bedient alle nur halb. Wenige gut betreute Kanäle nützen mehr als \
viele vernachlässigte.

So beheben Sie es: pausieren oder schließen Sie die am wenigsten wichtigen Kanäle (Status \
pausiert oder geplant), oder geben Sie der Einheit mehr Social-Media-Zeit, etwa eine feste Stelle \
statt vieler kleiner Anteile.",
};

pub static STAFF003: Rule = Rule {
    code: "STAFF003",
    name: "side-job",
    severity: Severity::Warning,
    family: Family::Staffing,
    summary_en: "A social media manager spends less than the minimum share of their hours on social media.",
    summary_de: "Ein Social-Media-Manager verbringt weniger als den Mindestanteil seiner Zeit mit Social Media.",
    explain_en: "\
What it checks: every person with the role social media manager: their allocated hours divided \
by their weekly hours must reach `min_manager_share` (default 50 %).

Why it matters: social media is not a side job. A manager who spends most of the week on other \
work cannot follow the conversations, react in time or develop the channels; the title promises \
a responsibility the time plan does not back.

How to fix it: allocate at least half of the manager's hours to social media in the Allocation \
sheet and take other tasks off them, or change the role if the person really only helps out.",
    explain_de: "\
Was geprüft wird: jede Person mit der Rolle Social-Media-Manager: ihre zugeteilten Stunden geteilt \
durch ihre Wochenstunden müssen `min_manager_share` erreichen (Standard 50 %).

Warum es wichtig ist: Social Media ist kein Nebenjob. Wer den Großteil der Woche mit anderem \
verbringt, kann Gespräche nicht verfolgen, nicht rechtzeitig reagieren und die Kanäle nicht \
entwickeln; der Titel verspricht eine Verantwortung, die der Zeitplan nicht deckt.

So beheben Sie es: teilen Sie mindestens die Hälfte der Stunden in der Zeitaufteilung Social Media \
zu und nehmen Sie andere Aufgaben ab, oder ändern Sie die Rolle, wenn die Person nur mithilft.",
};

pub static STAFF004: Rule = Rule {
    code: "STAFF004",
    name: "over-allocated",
    severity: Severity::Error,
    family: Family::Staffing,
    summary_en: "A person's allocations add up to more than their weekly hours.",
    summary_de: "Die Zeitanteile einer Person ergeben mehr als ihre Wochenstunden.",
    explain_en: "\
What it checks: for every person, the sum of their allocated hours per week over all Allocation \
rows (explicit hours, or share × weekly hours) against their weekly hours.

Why it matters: a plan that needs more hours than a person has is not a plan: the missing hours \
are silently dropped somewhere, usually in community answers and monitoring. It also hides \
overtime and burnout risk in a role that is always on.

How to fix it: reduce the person's hours or shares in the Allocation sheet until they fit their \
weekly hours, move work to colleagues, or correct the weekly hours in the Staff sheet.",
    explain_de: "\
Was geprüft wird: für jede Person die Summe ihrer zugeteilten Wochenstunden über alle Zeilen der \
Zeitaufteilung (Stunden, oder Anteil × Wochenstunden) gegen ihre Wochenstunden.

Warum es wichtig ist: ein Plan, der mehr Stunden braucht, als eine Person hat, ist kein Plan: die \
fehlenden Stunden fallen still irgendwo weg, meist bei Antworten an die Community und beim \
Monitoring. Er verdeckt auch Überstunden und Überlastung in einer Aufgabe, die nie Pause hat.

So beheben Sie es: senken Sie Stunden oder Anteile der Person in der Zeitaufteilung, bis sie in \
die Wochenstunden passen, verteilen Sie Arbeit um, oder korrigieren Sie die Wochenstunden im \
Blatt Mitarbeiter.",
};

pub static STAFF005: Rule = Rule {
    code: "STAFF005",
    name: "unplanned-channel",
    severity: Severity::Warning,
    family: Family::Staffing,
    summary_en: "Time is allocated to a channel that is not in the unit's channel plan.",
    summary_de: "Zeit ist einem Kanal zugeteilt, der nicht im Kanalplan der Einheit steht.",
    explain_en: "\
What it checks: every channel named on the Allocation sheet is in the unit's channel plan \
(matched case-insensitively, surrounding blanks ignored). One finding per unit and channel, at \
the first row that names it.

Why it matters: a channel outside the plan has no status, no required hours and no budget, so \
nobody has decided that the organisation should run it, and its cost is invisible. Often it is \
a typo, and then the planned channel looks understaffed while the time goes nowhere.

How to fix it: correct the channel name if it is a typo, or add the channel to the Channels sheet \
with its status, posts and budget.",
    explain_de: "\
Was geprüft wird: jeder Kanal aus der Zeitaufteilung steht im Kanalplan der Einheit (Groß- und \
Kleinschreibung und Leerzeichen am Rand egal). Eine Meldung je Einheit und Kanal, an der ersten \
Zeile, die ihn nennt.

Warum es wichtig ist: ein Kanal außerhalb des Plans hat keinen Status, keine Soll-Stunden und \
kein Budget; niemand hat entschieden, dass die Organisation ihn betreibt, und seine Kosten sind \
unsichtbar. Oft ist es ein Tippfehler, und dann wirkt der geplante Kanal unterbesetzt, während die \
Zeit ins Leere geht.

So beheben Sie es: korrigieren Sie den Kanalnamen, wenn er vertippt ist, oder nehmen Sie den Kanal \
mit Status, Beiträgen und Budget ins Blatt Kanäle auf.",
};

/// Raises STAFF001–STAFF005 for one workbook.
pub fn check(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let t = c.thresholds;
    let wb = plan.workbook.as_str();

    for u in &c.units {
        let unit = Some(u.name());

        // STAFF001
        for ch in u.active_planned() {
            let limit = ch.required * (1.0 - t.tolerance);
            if ch.allocated < limit - EPS {
                let row = &plan.channels[ch.planned.expect("planned")];
                let col = if row.required_hours.is_some() {
                    Col::RequiredHours
                } else if row.posts_per_week.is_some() {
                    Col::Posts
                } else {
                    Col::Channel
                };
                let basis = if row.required_hours.is_some() {
                    "Required hours".to_string()
                } else {
                    format!(
                        "{} h base + {} posts × {} h",
                        hours(t.channel_base_hours),
                        hours(row.posts_per_week.unwrap_or(0.0)),
                        hours(t.hours_per_post)
                    )
                };
                out.push(finding(
                    "STAFF001",
                    wb,
                    unit,
                    c.channel_cell(ch, col),
                    &ch.name,
                    "",
                    format!(
                        "{}: {} h/week allocated, {} h/week required ({basis}); at least {} h/week \
                         needed with {} tolerance",
                        ch.name,
                        hours(ch.allocated),
                        hours(ch.required),
                        hours(limit),
                        percent(t.tolerance)
                    ),
                ));
            }
        }

        // STAFF002
        let active = u.active_planned().count();
        let fte = u.total_hours / t.full_time_weekly_hours;
        let capacity = ((fte * t.channels_per_fte + EPS).floor() as usize).max(1);
        if active > capacity {
            out.push(finding(
                "STAFF002",
                wb,
                unit,
                plan.unit_cell(u.name(), Col::Unit),
                u.name(),
                "",
                format!(
                    "{}: {active} active channels, but {} h/week of social media time ({:.2} FTE) \
                     carry at most {capacity}",
                    u.name(),
                    hours(u.total_hours),
                    fte
                ),
            ));
        }

        // STAFF005
        if plan.layout(SheetKind::Channels).is_some() {
            for ch in u.channels.iter().filter(|ch| ch.planned.is_none()) {
                let Some(a) = ch.first_alloc else { continue };
                let row = &plan.allocations[a];
                out.push(finding(
                    "STAFF005",
                    wb,
                    unit,
                    plan.cell(SheetKind::Allocation, row.row, Col::Channel),
                    &ch.name,
                    "",
                    format!(
                        "{}: {} h/week allocated, but the channel is not in the channel plan of {}",
                        ch.name,
                        hours(ch.allocated),
                        u.name()
                    ),
                ));
            }
        }
    }

    for (i, p) in plan.staff.iter().enumerate() {
        let pf = &c.persons[i];
        if !pf.primary {
            continue;
        }
        let Some(weekly) = p.weekly_hours.filter(|w| w.is_finite() && *w >= 0.0) else {
            continue;
        };

        // STAFF003
        if p.role == Some(Role::SocialMediaManager) && weekly > 0.0 {
            let share = pf.hours / weekly;
            if share < t.min_manager_share - EPS {
                out.push(finding(
                    "STAFF003",
                    wb,
                    Some(&p.unit),
                    c.person_cell(i, Col::Role),
                    &p.id,
                    "",
                    format!(
                        "{} is social media manager but spends {} of {} h/week ({}) on social \
                         media; at least {} expected",
                        c.who(i),
                        hours(pf.hours),
                        hours(weekly),
                        percent(share),
                        percent(t.min_manager_share)
                    ),
                ));
            }
        }

        // STAFF004
        if pf.hours > weekly + 1e-6 {
            out.push(finding(
                "STAFF004",
                wb,
                Some(&p.unit),
                c.person_cell(i, Col::WeeklyHours),
                &p.id,
                "",
                format!(
                    "{}: allocations add up to {} h/week, but the weekly hours are {} ({} h over)",
                    c.who(i),
                    hours(pf.hours),
                    hours(weekly),
                    hours(pf.hours - weekly)
                ),
            ));
        }
    }
}

//! Staffing (STAFF001–STAFF009): whether the time people give social media matches what the
//! channels need and what the people have.

use super::{EPS, Fact, Family, Rule, RuleText, Scope, Target};
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Ein aktiver Kanal bekommt weniger Stunden als nötig, abzüglich der Toleranz.",
        what: "\
Für jeden aktiven Kanal die zugeteilten Wochenstunden (Stunden, oder Anteil × \
Wochenstunden der Person) gegen seine Soll-Stunden: die Spalte Soll-Stunden, sonst 5 h Grundbedarf \
+ 1 h je Beitrag pro Woche (beides Einstellungen). Weniger als Soll × (1 − Toleranz, Standard \
10 %) wird gemeldet, auch ein Kanal ganz ohne Zeit.",
        why: "\
Ein Kanal braucht Zuhören, Antworten und Veröffentlichen, nicht nur Posten. \
Ein unterbesetzter Kanal antwortet spät oder gar nicht, und eine unbeantwortete öffentliche Frage \
schadet mehr als gar kein Kanal. Social Media ist kein Nebenjob für übrige Minuten.",
        fix: "\
Teilen Sie dem Kanal in der Zeitaufteilung mehr Stunden zu, senken Sie die \
Beitragsfrequenz, setzen Sie den Status auf pausiert oder geplant, bis Zeit dafür da ist, oder \
korrigieren Sie die Soll-Stunden, wenn die Schätzung zu hoch ist.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Einheit betreibt mehr aktive Kanäle, als ihre Social-Media-Stellen tragen.",
        what: "\
Die aktiven Kanäle der Einheit gegen das, was ihre Social-Media-Zeit tragen \
kann: Kanäle > max(1, abrunden(zugeteilte Stunden ÷ 38 × 2,5)). Die 38 Vollzeitstunden und 2,5 \
Kanäle je Vollzeitkraft (etwa 16 h je Kanal und Woche) sind Einstellungen.",
        why: "\
Jeder Kanal braucht eigenes Zuhören, Antworten und eigene Inhalte; wenig \
Zeit auf viele Kanäle verteilt bedient alle nur halb. Wenige gut betreute Kanäle nützen mehr als \
viele vernachlässigte.",
        fix: "\
Pausieren oder schließen Sie die am wenigsten wichtigen Kanäle (Status \
pausiert oder geplant), oder geben Sie der Einheit mehr Social-Media-Zeit, etwa eine feste Stelle \
statt vieler kleiner Anteile.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Ein Social-Media-Manager verbringt weniger als den Mindestanteil seiner Zeit mit Social Media.",
        what: "\
Jede Person mit der Rolle Social-Media-Manager: ihre zugeteilten Stunden geteilt \
durch ihre Wochenstunden müssen `min_manager_share` erreichen (Standard 50 %).",
        why: "\
Social Media ist kein Nebenjob. Wer den Großteil der Woche mit anderem \
verbringt, kann Gespräche nicht verfolgen, nicht rechtzeitig reagieren und die Kanäle nicht \
entwickeln; der Titel verspricht eine Verantwortung, die der Zeitplan nicht deckt.",
        fix: "\
Teilen Sie mindestens die Hälfte der Stunden in der Zeitaufteilung Social Media \
zu und nehmen Sie andere Aufgaben ab, oder ändern Sie die Rolle, wenn die Person nur mithilft.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die Zeitanteile einer Person ergeben mehr als ihre Wochenstunden.",
        what: "\
Für jede Person die Summe ihrer zugeteilten Wochenstunden über alle Zeilen der \
Zeitaufteilung (Stunden, oder Anteil × Wochenstunden) gegen ihre Wochenstunden.",
        why: "\
Ein Plan, der mehr Stunden braucht, als eine Person hat, ist kein Plan: die \
fehlenden Stunden fallen still irgendwo weg, meist bei Antworten an die Community und bei der \
Beobachtung der Kanäle. Er verdeckt auch Überstunden und Überlastung in einer Aufgabe, die nie Pause hat.",
        fix: "\
Senken Sie Stunden oder Anteile der Person in der Zeitaufteilung, bis sie in \
die Wochenstunden passen, verteilen Sie Arbeit um, oder korrigieren Sie die Wochenstunden im \
Blatt Mitarbeiter.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Zeit ist einem Kanal zugeteilt, der nicht im Kanalplan der Einheit steht.",
        what: "\
Jeder Kanal aus der Zeitaufteilung steht im Kanalplan der Einheit (Groß- und \
Kleinschreibung und Leerzeichen am Rand egal). Eine Meldung je Einheit und Kanal, an der ersten \
Zeile, die ihn nennt.",
        why: "\
Ein Kanal außerhalb des Plans hat keinen Status, keine Soll-Stunden und \
kein Budget; niemand hat entschieden, dass die Organisation ihn betreibt, und seine Kosten sind \
unsichtbar. Oft ist es ein Tippfehler, und dann wirkt der geplante Kanal unterbesetzt, während die \
Zeit ins Leere geht.",
        fix: "\
Korrigieren Sie den Kanalnamen, wenn er vertippt ist, oder nehmen Sie den Kanal \
mit Status, Beiträgen und Budget ins Blatt Kanäle auf.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Einheit betreibt aktive Kanäle, aber niemand hat die Rolle Social-Media-Manager.",
        what: "\
Jede Einheit mit mindestens einem aktiven Kanal im Kanalplan hat im Blatt Mitarbeiter jemanden \
in der Rolle Social-Media-Manager, oder einen Koordinator oder Konzernkoordinator, der die \
Aufgaben des Managers in einer koordinierten Organisation trägt.",
        why: "\
Die Praxisliteratur sagt es deutlich: Jedes Unternehmen braucht mindestens einen Social Media \
Manager – egal, ob er nur damit betraut ist oder nebenbei noch die Website pflegt. Jemand muss \
Strategie, Tonalität, Freigaben und Eskalation der Kanäle verantworten; ohne diese Person \
veröffentlicht jede Abteilung für sich, niemand steht für das Ganze ein, und eine Krise trifft \
auf niemanden, der zuständig ist.",
        fix: "\
Benennen Sie im Blatt Mitarbeiter in der Spalte Rolle eine Person der Einheit als \
Social-Media-Manager und geben Sie ihr in der Zeitaufteilung Zeit auf den Kanälen, oder \
benennen Sie einen Koordinator, der die Aufgabe übernimmt.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die Zeit eines aktiven Kanals ist nur Inhalte und Werbung, niemand antwortet.",
        what: "\
Jeder aktive Kanal, dessen Zeilen in der Zeitaufteilung alle eine Aufgabe nennen und nur \
Inhalte und Werbung sind: keine Stunde Moderation, Monitoring oder Kundenservice. Zeilen ohne \
Aufgabe werden nicht beurteilt; ein Kanal mit solchen Zeilen bleibt außen vor.",
        why: "\
Social Media ist ein Gespräch, kein schwarzes Brett. Die Praxisliteratur nennt Foren- und \
Community-Betreuung als großen, oft unterschätzten Teil der Arbeit: Kommentare, Fragen und \
Beschwerden kommen, ob jemand sie liest oder nicht. Ein Kanal, der nur sendet, lässt sie \
öffentlich unbeantwortet, und genau das bleibt dem Publikum in Erinnerung.",
        fix: "\
Teilen Sie in der Zeitaufteilung (Spalte Aufgabe) Zeit für Moderation, Monitoring oder \
Kundenservice auf dem Kanal zu, auch nur ein bis zwei Stunden pro Woche, oder veröffentlichen \
Sie nur so viel, wie das Team auch beantworten kann.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Ein Kanal verspricht eine Reaktionszeit, die seine Besetzung nicht halten kann.",
        what: "\
Jeder aktive Kanal mit Reaktionszeit (Std.), gemessen an seiner Dialogzeit: den Stunden für \
Moderation, Monitoring und Kundenservice (alle seine Stunden, wenn keine Zeile eine Aufgabe \
nennt). Je `dialogue_session_hours` (Standard 1 Std.) wird der Kanal einmal angesehen; \
gleichmäßig über die `service_week_hours` verteilt, in denen das Versprechen gilt (Standard 40: \
fünf Arbeitstage zu 8 Stunden), ist die längste Wartezeit Servicestunden ÷ Durchsichten. Ein \
kürzeres Versprechen wird gemeldet, ebenso ein Versprechen auf einem Kanal ohne Dialogzeit und \
ein Versprechen unter `one_person_promise_hours` (Standard 24 Std.), das an einer Person hängt.",
        why: "\
Eine versprochene Reaktionszeit ist ein Versprechen, da zu sein. Kundinnen und Kunden erwarten \
in sozialen Medien üblicherweise eine Antwort binnen 24 Stunden, und ein Kanal, der eine Zeit \
nennt, wird daran gemessen. Eine Stunde Community-Zeit pro Woche heißt ein Blick pro Woche, und \
ein kurzes Versprechen, das eine Person allein trägt, bricht an jedem Urlaubs- oder \
Krankheitstag, weil sonst niemand den Kanal kennt.",
        fix: "\
Geben Sie dem Kanal mehr Zeit für Moderation, Monitoring oder Kundenservice, über die Woche \
verteilt, und eine zweite Person, oder versprechen Sie eine Reaktionszeit, die die Besetzung \
halten kann (die Meldung nennt die kürzeste).",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die Social-Media-Zeit einer Einheit kommt von weniger Personen, als ein Team braucht.",
        what: "\
Jede Einheit mit mindestens einem aktiven Kanal im Kanalplan, deren zugeteilte \
Social-Media-Zeit von mindestens einer, aber weniger als `min_team_people` Personen kommt \
(Standard 3: der Manager, eine Vertretung und mindestens ein Helfer). Eine Einheit ganz ohne \
zugeteilte Zeit meldet STAFF001.",
        why: "\
Der Sieben-Punkte-Plan, aus dem die Regeln stammen, sagt: „Der Social Media Manager braucht … \
Ansprechpartner und Helfer im Team. Die Helfer liefern regelmäßig Input, Ideen oder Inhalte zu \
… Oder sie sind Kollegen, an die er Supportanfragen weiterleiten kann.“ Ein Manager mit \
Vertretung, aber ohne weitere Mitwirkende, ist in der Praxis noch immer ein Ein-Personen-Team: \
Ideen, Inhalte und Antworten warten alle auf dieselbe Person, und die Vertretung übernimmt nur, \
was liegen bleibt, wenn diese fehlt.",
        fix: "\
Benennen Sie in der Einheit mindestens einen Helfer (Blatt Mitarbeiter, Rolle Helfer, Redakteur \
oder Community-Manager) und geben Sie ihm in der Zeitaufteilung regelmäßig Zeit auf den \
Kanälen: Inhalte und Ideen aus seiner Abteilung oder die Supportanfragen, die der Manager \
weiterleitet.",
    },
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

fn message_staff001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let h = |x: f64| i18n::hours_per_week(x, lang);
    let basis = match (d.posts_per_week(), lang) {
        (None, Lang::En | Lang::Fr) => "Required hours column".to_string(),
        (None, Lang::De) => "Spalte Soll-Stunden".to_string(),
        (Some(posts), Lang::En | Lang::Fr) => format!(
            "{} h base + {} posts × {} h",
            i18n::hours(d.num(Facts::base_hours), lang),
            i18n::hours(*posts, lang),
            i18n::hours(d.num(Facts::hours_per_post), lang)
        ),
        (Some(posts), Lang::De) => format!(
            "{} Std. Grundaufwand + {} Beiträge × {} Std.",
            i18n::hours(d.num(Facts::base_hours), lang),
            i18n::hours(*posts, lang),
            i18n::hours(d.num(Facts::hours_per_post), lang)
        ),
    };
    let (channel, tolerance) = (
        d.text(Facts::channel),
        i18n::percent(d.num(Facts::threshold), lang),
    );
    let (allocated, required, minimum) = (
        h(d.num(Facts::hours)),
        h(d.num(Facts::required_hours)),
        h(d.num(Facts::minimum_hours)),
    );
    match lang {
        Lang::En | Lang::Fr => format!(
            "{channel}: {allocated} allocated, {required} required ({basis}); at least {minimum} \
             are needed with {tolerance} tolerance."
        ),
        Lang::De => format!(
            "{channel}: {allocated} zugeteilt, {required} benötigt ({basis}); mit {tolerance} \
             Toleranz sind mindestens {minimum} nötig."
        ),
    }
}

fn message_staff002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    let (active, capacity) = (
        d.count().copied().unwrap_or(0),
        d.limit().copied().unwrap_or(0),
    );
    let hours = i18n::hours_per_week(d.num(Facts::hours), lang);
    let fte = i18n::number(d.num(Facts::fte), 2, lang);
    match lang {
        Lang::En | Lang::Fr => format!(
            "{unit}: {active} active channels, but {hours} of social media time ({fte} FTE) \
             carry at most {capacity}."
        ),
        Lang::De => format!(
            "{unit}: {active} aktive Kanäle, aber {hours} Social-Media-Zeit ({fte} VZÄ) tragen \
             höchstens {capacity}."
        ),
    }
}

fn message_staff003(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (hours, weekly) = (
        i18n::hours(d.num(Facts::hours), lang),
        i18n::hours_per_week(d.num(Facts::weekly_hours), lang),
    );
    let (share, min) = (
        i18n::percent(d.num(Facts::share), lang),
        i18n::percent(d.num(Facts::threshold), lang),
    );
    match lang {
        Lang::En | Lang::Fr => format!(
            "{} is social media manager but spends {hours} of {weekly} ({share}) on social \
             media; at least {min} is expected.",
            d.who()
        ),
        Lang::De => format!(
            "{} ist Social-Media-Manager, verbringt aber nur {hours} von {weekly} ({share}) mit \
             Social Media; erwartet werden mindestens {min}.",
            d.who()
        ),
    }
}

fn message_staff004(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (hours, weekly) = (d.num(Facts::hours), d.num(Facts::weekly_hours));
    let h = |x: f64| i18n::hours_per_week(x, lang);
    match lang {
        Lang::En | Lang::Fr => format!(
            "{}: allocations add up to {}, but the weekly hours are {} ({} over).",
            d.who(),
            h(hours),
            h(weekly),
            h(hours - weekly)
        ),
        Lang::De => format!(
            "{}: die Zuteilungen ergeben {}, die Wochenstunden betragen aber {} ({} zu viel).",
            d.who(),
            h(hours),
            h(weekly),
            h(hours - weekly)
        ),
    }
}

fn message_staff005(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    let (channel, hours) = (
        d.text(Facts::channel),
        i18n::hours_per_week(d.num(Facts::hours), lang),
    );
    match lang {
        Lang::En | Lang::Fr => format!(
            "{channel}: {hours} allocated, but the channel is not in the channel plan of {unit}."
        ),
        Lang::De => format!(
            "{channel}: {hours} zugeteilt, aber der Kanal steht nicht im Kanalplan von {unit}."
        ),
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

fn message_staff009(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    let people = d.people().map(|p| i18n::list(p, lang)).unwrap_or_default();
    let count = d.count().copied().unwrap_or(0);
    let min = d.limit().copied().unwrap_or(0);
    let hours = i18n::hours_per_week(d.num(Facts::hours), lang);
    match (lang, count) {
        (Lang::En | Lang::Fr, 1) => format!(
            "{unit}: all {hours} of social media come from one person ({people}); a team needs \
             at least {min}: the manager, a deputy and at least one helper who supplies content \
             or ideas or takes support requests."
        ),
        (Lang::En | Lang::Fr, _) => format!(
            "{unit}: the {hours} of social media come from {count} people ({people}); a team \
             needs at least {min}: the manager, a deputy and at least one helper who supplies \
             content or ideas or takes support requests."
        ),
        (Lang::De, 1) => format!(
            "{unit}: Die gesamten {hours} Social Media kommen von einer Person ({people}); ein \
             Team braucht mindestens {min}: den Manager, eine Vertretung und mindestens einen \
             Helfer, der Inhalte oder Ideen liefert oder Supportanfragen übernimmt."
        ),
        (Lang::De, _) => format!(
            "{unit}: Die {hours} Social Media kommen von {count} Personen ({people}); ein Team \
             braucht mindestens {min}: den Manager, eine Vertretung und mindestens einen \
             Helfer, der Inhalte oder Ideen liefert oder Supportanfragen übernimmt."
        ),
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

fn message_staff006(f: &Finding, lang: Lang) -> String {
    let unit = f.unit.as_deref().unwrap_or("");
    let active = f.data.count().copied().unwrap_or(0);
    match lang {
        Lang::En | Lang::Fr => format!(
            "{unit}: {active} active channels, but nobody has the social media manager role \
             (nor a coordinator's)."
        ),
        Lang::De => format!(
            "{unit}: {active} aktive Kanäle, aber niemand hat die Rolle Social-Media-Manager \
             (auch keine Koordination)."
        ),
    }
}

fn message_staff007(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (channel, hours) = (
        d.text(Facts::channel),
        i18n::hours_per_week(d.num(Facts::hours), lang),
    );
    match lang {
        Lang::En | Lang::Fr => format!(
            "{channel}: all {hours} are content and advertising; no time for community, \
             monitoring or support."
        ),
        Lang::De => format!(
            "{channel}: alle {hours} sind Inhalte und Werbung; keine Zeit für Moderation, \
             Monitoring oder Kundenservice."
        ),
    }
}

fn message_staff008(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let channel = d.text(Facts::channel);
    let promise = i18n::hours(d.num(Facts::response_hours), lang);
    let dialogue = i18n::hours_per_week(d.num(Facts::hours), lang);
    let wait = i18n::hours(d.num(Facts::threshold), lang);
    match (d.reason().copied(), lang) {
        (Some(NO_DIALOGUE), Lang::En | Lang::Fr) => format!(
            "{channel}: answers are promised within {promise} h, but the channel has no \
             community, monitoring or support time."
        ),
        (Some(NO_DIALOGUE), Lang::De) => format!(
            "{channel}: Antworten sind binnen {promise} Std. versprochen, aber der Kanal hat \
             keine Zeit für Moderation, Monitoring oder Kundenservice."
        ),
        (Some(ONE_PERSON), Lang::En | Lang::Fr) => format!(
            "{channel}: answers are promised within {promise} h, and one person carries the \
             channel: when they are away, nobody answers."
        ),
        (Some(ONE_PERSON), Lang::De) => format!(
            "{channel}: Antworten sind binnen {promise} Std. versprochen, und eine Person trägt \
             den Kanal allein: fehlt sie, antwortet niemand."
        ),
        (_, Lang::En | Lang::Fr) => format!(
            "{channel}: answers are promised within {promise} h, but {dialogue} of dialogue \
             time, spread over the week, leave up to {wait} h between two looks at the channel."
        ),
        (_, Lang::De) => format!(
            "{channel}: Antworten sind binnen {promise} Std. versprochen, aber {dialogue} \
             Dialogzeit, über die Woche verteilt, lassen bis zu {wait} Std. zwischen zwei Blicken \
             auf den Kanal."
        ),
    }
}

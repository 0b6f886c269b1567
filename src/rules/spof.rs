//! Single points of failure (SPOF001–SPOF004): channels that stop when one person is away, key
//! roles without a deputy, deputies in name only, deputies who stand in for too many.

use super::{Fact, Family, Rule, RuleText, Scope, Target};
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Ein aktiver Kanal hängt an einer Person ohne gültige Vertretung.",
        what: "\
Jeder aktive Kanal (und jeder Kanal, der Zeit bekommt, ohne im Kanalplan zu \
stehen), dessen Zeit von genau einer Person kommt, die keine gültige Vertretung hat. Eine gültige \
Vertretung steht in der Spalte Vertretung, ist im Blatt Mitarbeiter, ist nicht die Person selbst \
und arbeitet in derselben Einheit.",
        why: "\
Ein Social-Media-Kanal ist ein öffentliches Gespräch, das bei Urlaub, \
Krankheit oder Kündigung nicht pausiert. Trägt eine Person einen Kanal allein und ist niemand \
benannt, der einspringt, verstummt der Kanal genau dann, wenn sie fehlt, und das Wissen \
(Zugänge, Tonalität, laufende Kampagnen) geht mit ihr. Dieses Schlüsselpersonenrisiko ist die \
häufigste Schwäche von Social-Media-Teams.",
        fix: "\
Tragen Sie im Blatt Mitarbeiter in der Spalte Vertretung eine Person derselben \
Einheit ein und geben Sie ihr in der Zeitaufteilung etwas Zeit auf dem Kanal, damit sie ihn \
kennt, bevor sie ihn übernehmen muss. Noch besser: verteilen Sie den Kanal auf zwei Personen.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Person in einer Schlüsselrolle hat keine gültige Vertretung.",
        what: "\
Jede Person in einer Schlüsselrolle (Social-Media-Manager, Koordinator, \
Konzernkoordinator, Community-Manager) hat eine gültige Vertretung: in der Spalte Vertretung \
benannt, im Blatt Mitarbeiter, nicht die Person selbst und in derselben Einheit.",
        why: "\
Schlüsselrollen tragen Strategie, Freigaben, Eskalationswege und die \
Beziehungen zur Community. Ohne benannte Vertretung stocken Entscheidungen und Krisen bleiben \
unbeantwortet, sobald die Rolleninhaber fehlen. Eine Vertretung aus einer anderen Einheit kennt \
deren Kanäle und Menschen selten, deshalb zählt teamlint sie nicht.",
        fix: "\
Tragen Sie in der Spalte Vertretung die Personalnummer einer Kollegin oder \
eines Kollegen derselben Einheit ein, die im Blatt Mitarbeiter steht, und übergeben Sie das \
nötige Wissen (Zugänge, Eskalationsregeln, offene Themen).",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die einzige Person eines Kanals hat eine Vertretung ohne Zeit auf diesem Kanal.",
        what: "\
Jeder aktive (oder nicht geplante) Kanal, dessen Zeit von einer Person kommt, \
die zwar eine gültige Vertretung hat, deren Vertretung aber keine Zeit auf dem Kanal hat.",
        why: "\
Eine Vertretung nur auf dem Papier kann nicht einspringen. Wer nie auf dem \
Kanal arbeitet, kennt weder Publikum noch Tonalität, laufende Gespräche oder den Zugang; fehlt die \
verantwortliche Person, steht der Kanal trotzdem still. Social Media braucht ständige Präsenz, \
also muss die Vertretung eingeübt sein.",
        fix: "\
Geben Sie der Vertretung in der Zeitaufteilung regelmäßig Zeit auf dem Kanal \
(ein bis zwei Stunden pro Woche genügen, um im Thema zu bleiben), oder benennen Sie jemanden als \
Vertretung, der schon auf dem Kanal arbeitet.",
    },
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
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Person vertritt mehr Menschen, als die Einstellung erlaubt (Standard 2).",
        what: "\
Wie viele Personen dieselbe Person als gültige Vertretung nennen; mehr als \
`max_deputy_of` (Standard 2) wird gemeldet.",
        why: "\
Abwesenheiten häufen sich (Ferien, Grippewelle, Messe). Wer drei oder mehr \
Menschen vertritt, kann sie nicht gleichzeitig ersetzen; das Schlüsselpersonenrisiko ist nur zur \
Vertretung gewandert. Social-Media-Arbeit wartet nicht, bis die Vertretung Zeit hat.",
        fix: "\
Verteilen Sie die Vertretungen auf mehr Personen der Einheit, sodass niemand \
mehr vertritt als erlaubt, oder erhöhen Sie `thresholds.max_deputy_of` in teamlint.toml, wenn \
Ihre Abwesenheitsplanung es wirklich sicherstellt.",
    },
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
    let deputy = f.text(Facts::deputy);
    let unit = f.text(Facts::deputy_unit);
    match (f.reason().copied(), lang) {
        (Some(DeputyProblem::UNKNOWN), Lang::En | Lang::Fr) => {
            format!("deputy {deputy} is not in Staff")
        }
        (Some(DeputyProblem::UNKNOWN), Lang::De) => {
            format!("die Vertretung {deputy} steht nicht im Blatt Mitarbeiter")
        }
        (Some(DeputyProblem::THEMSELF), Lang::En | Lang::Fr) => "names themself as deputy".into(),
        (Some(DeputyProblem::THEMSELF), Lang::De) => "nennt sich selbst als Vertretung".into(),
        (Some(DeputyProblem::OTHER_UNIT), Lang::En | Lang::Fr) => {
            format!("deputy {deputy} works in another unit ({unit})")
        }
        (Some(DeputyProblem::OTHER_UNIT), Lang::De) => {
            format!("die Vertretung {deputy} arbeitet in einer anderen Einheit ({unit})")
        }
        (_, Lang::En | Lang::Fr) => "no deputy named".into(),
        (_, Lang::De) => "keine Vertretung benannt".into(),
    }
}

fn message_spof001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (channel, hours, who) = (d.text(Facts::channel), d.num(Facts::hours), d.who());
    let why = deputy_problem(d, lang);
    match lang {
        Lang::En | Lang::Fr => format!(
            "{channel}: all {} come from {who}, who has no valid deputy ({why}).",
            i18n::hours_per_week(hours, lang)
        ),
        Lang::De => format!(
            "{channel}: alle {} kommen von {who}; es gibt keine gültige Vertretung ({why}).",
            i18n::hours_per_week(hours, lang)
        ),
    }
}

fn message_spof002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let role = d.role().map(|r| r.label(lang)).unwrap_or_default();
    let why = deputy_problem(d, lang);
    match lang {
        Lang::En | Lang::Fr => format!("{} is {role} but has no valid deputy: {why}.", d.who()),
        Lang::De => format!(
            "{} ist {role}, hat aber keine gültige Vertretung: {why}.",
            d.who()
        ),
    }
}

fn message_spof003(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (channel, hours) = (d.text(Facts::channel), d.num(Facts::hours));
    match lang {
        Lang::En | Lang::Fr => format!(
            "{channel}: all {} come from {}; their deputy {} has no time on this channel.",
            i18n::hours_per_week(hours, lang),
            d.who(),
            d.deputy_who()
        ),
        Lang::De => format!(
            "{channel}: alle {} kommen von {}; die Vertretung {} hat keine Zeit auf diesem Kanal.",
            i18n::hours_per_week(hours, lang),
            d.who(),
            d.deputy_who()
        ),
    }
}

fn message_spof004(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let count = d.count().copied().unwrap_or(0);
    let max = d.limit().copied().unwrap_or(0);
    let people = d.people().map(|p| p.join(", ")).unwrap_or_default();
    match lang {
        Lang::En | Lang::Fr => format!(
            "{} is the deputy of {count} people ({people}); at most {max} are allowed.",
            d.who()
        ),
        Lang::De => format!(
            "{} vertritt {count} Personen ({people}); erlaubt sind höchstens {max}.",
            d.who()
        ),
    }
}

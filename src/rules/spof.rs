//! Single points of failure (SPOF001–SPOF004): channels that stop when one person is away, key
//! roles without a deputy, deputies in name only, deputies who stand in for too many.

use super::{Family, Rule, finding};
use crate::contract::Col;
use crate::findings::{Finding, Severity};
use crate::rules::figures::Computed;

pub static SPOF001: Rule = Rule {
    code: "SPOF001",
    name: "channel-single-person",
    severity: Severity::Error,
    family: Family::SinglePointOfFailure,
    summary_en: "An active channel depends on one person who has no valid deputy.",
    summary_de: "Ein aktiver Kanal hängt an einer Person ohne gültige Vertretung.",
    explain_en: "\
What it checks: every active channel (and every channel that gets time without being in the \
channel plan) whose allocated time comes from exactly one person, where that person has no valid \
deputy. A valid deputy is named in the Deputy column, is on the Staff sheet, is not the person \
themself and works in the same unit.

Why it matters: a social media channel is a public conversation that does not pause for holidays, \
sick leave or a resignation. When one person carries a channel alone and nobody is named to step \
in, the channel goes silent or unanswered exactly when that person is away, and the know-how \
(logins, tone, running campaigns) leaves with them. This single point of failure is the most \
common weakness of social media teams.

How to fix it: name a deputy for the person in the Staff sheet's Deputy column, someone of the \
same unit, and give that deputy some time on the channel in the Allocation sheet, so they know \
the channel before they must take it over. Better still, share the channel between two people.",
    explain_de: "\
Was geprüft wird: jeder aktive Kanal (und jeder Kanal, der Zeit bekommt, ohne im Kanalplan zu \
stehen), dessen Zeit von genau einer Person kommt, die keine gültige Vertretung hat. Eine gültige \
Vertretung steht in der Spalte Vertretung, ist im Blatt Mitarbeiter, ist nicht die Person selbst \
und arbeitet in derselben Einheit.

Warum es wichtig ist: ein Social-Media-Kanal ist ein öffentliches Gespräch, das bei Urlaub, \
Krankheit oder Kündigung nicht pausiert. Trägt eine Person einen Kanal allein und ist niemand \
benannt, der einspringt, verstummt der Kanal genau dann, wenn sie fehlt, und das Wissen \
(Zugänge, Tonalität, laufende Kampagnen) geht mit ihr. Dieser Single Point of Failure ist die \
häufigste Schwäche von Social-Media-Teams.

So beheben Sie es: tragen Sie im Blatt Mitarbeiter in der Spalte Vertretung eine Person derselben \
Einheit ein und geben Sie ihr in der Zeitaufteilung etwas Zeit auf dem Kanal, damit sie ihn \
kennt, bevor sie ihn übernehmen muss. Noch besser: verteilen Sie den Kanal auf zwei Personen.",
};

pub static SPOF002: Rule = Rule {
    code: "SPOF002",
    name: "role-without-deputy",
    severity: Severity::Warning,
    family: Family::SinglePointOfFailure,
    summary_en: "A person in a key social media role has no valid deputy.",
    summary_de: "Eine Person in einer Schlüsselrolle hat keine gültige Vertretung.",
    explain_en: "\
What it checks: every person whose role is a key role (social media manager, coordinator, group \
coordinator, community manager) has a valid deputy: named in the Deputy column, on the Staff \
sheet, not the person themself, and in the same unit.

Why it matters: key roles hold the strategy, the approvals, the escalation path and the community \
relationships. Without a named stand-in, decisions stall and crises go unanswered whenever the \
role holder is away. A deputy in another unit rarely knows the unit's channels and people, so \
teamlint does not count one.

How to fix it: enter the Person ID of a colleague of the same unit in the Deputy column, and \
make sure that person is on the Staff sheet. Hand over the knowledge the deputy needs (logins, \
escalation rules, open topics).",
    explain_de: "\
Was geprüft wird: jede Person in einer Schlüsselrolle (Social-Media-Manager, Koordinator, \
Konzernkoordinator, Community-Manager) hat eine gültige Vertretung: in der Spalte Vertretung \
benannt, im Blatt Mitarbeiter, nicht die Person selbst und in derselben Einheit.

Warum es wichtig ist: Schlüsselrollen tragen Strategie, Freigaben, Eskalationswege und die \
Beziehungen zur Community. Ohne benannte Vertretung stocken Entscheidungen und Krisen bleiben \
unbeantwortet, sobald die Rolleninhaber fehlen. Eine Vertretung aus einer anderen Einheit kennt \
deren Kanäle und Menschen selten, deshalb zählt teamlint sie nicht.

So beheben Sie es: tragen Sie in der Spalte Vertretung die Personalnummer einer Kollegin oder \
eines Kollegen derselben Einheit ein, die im Blatt Mitarbeiter steht, und übergeben Sie das \
nötige Wissen (Zugänge, Eskalationsregeln, offene Themen).",
};

pub static SPOF003: Rule = Rule {
    code: "SPOF003",
    name: "deputy-not-on-channel",
    severity: Severity::Warning,
    family: Family::SinglePointOfFailure,
    summary_en: "A channel's only person has a deputy who spends no time on that channel.",
    summary_de: "Die einzige Person eines Kanals hat eine Vertretung ohne Zeit auf diesem Kanal.",
    explain_en: "\
What it checks: every active (or unplanned) channel whose time comes from one person who does \
have a valid deputy, where that deputy has no allocated time on the channel.

Why it matters: a deputy in name only cannot step in. Someone who never works on the channel does \
not know its audience, its tone, its running conversations or even its login; when the channel \
owner is away, the channel still stops. Social media needs continuous presence, so the stand-in \
has to be practised.

How to fix it: give the deputy regular time on the channel in the Allocation sheet (an hour or \
two a week is enough to stay in touch), or name as deputy someone who already works on it.",
    explain_de: "\
Was geprüft wird: jeder aktive (oder nicht geplante) Kanal, dessen Zeit von einer Person kommt, \
die zwar eine gültige Vertretung hat, deren Vertretung aber keine Zeit auf dem Kanal hat.

Warum es wichtig ist: eine Vertretung nur auf dem Papier kann nicht einspringen. Wer nie auf dem \
Kanal arbeitet, kennt weder Publikum noch Tonalität, laufende Gespräche oder den Zugang; fehlt die \
verantwortliche Person, steht der Kanal trotzdem still. Social Media braucht ständige Präsenz, \
also muss die Vertretung eingeübt sein.

So beheben Sie es: geben Sie der Vertretung in der Zeitaufteilung regelmäßig Zeit auf dem Kanal \
(ein bis zwei Stunden pro Woche genügen, um im Thema zu bleiben), oder benennen Sie jemanden als \
Vertretung, der schon auf dem Kanal arbeitet.",
};

pub static SPOF004: Rule = Rule {
    code: "SPOF004",
    name: "deputy-overloaded",
    severity: Severity::Warning,
    family: Family::SinglePointOfFailure,
    summary_en: "One person is the deputy of more people than the setting allows (default 2).",
    summary_de: "Eine Person vertritt mehr Menschen, als die Einstellung erlaubt (Standard 2).",
    explain_en: "\
What it checks: how many people name the same person as their valid deputy; more than \
`max_deputy_of` (default 2) is flagged.

Why it matters: absences cluster (holidays, a flu wave, a trade fair). A deputy who stands in for \
three or more people cannot cover them at once, so the single point of failure has only moved to \
the deputy. Social media work does not wait until the deputy is free.

How to fix it: spread the deputy roles across more people of the unit, so that nobody covers \
more than the setting allows, or raise `thresholds.max_deputy_of` in teamlint.toml if your \
absence planning really guarantees it.",
    explain_de: "\
Was geprüft wird: wie viele Personen dieselbe Person als gültige Vertretung nennen; mehr als \
`max_deputy_of` (Standard 2) wird gemeldet.

Warum es wichtig ist: Abwesenheiten häufen sich (Ferien, Grippewelle, Messe). Wer drei oder mehr \
Menschen vertritt, kann sie nicht gleichzeitig ersetzen; der Single Point of Failure ist nur zur \
Vertretung gewandert. Social-Media-Arbeit wartet nicht, bis die Vertretung Zeit hat.

So beheben Sie es: verteilen Sie die Vertretungen auf mehr Personen der Einheit, sodass niemand \
mehr vertritt als erlaubt, oder erhöhen Sie `thresholds.max_deputy_of` in teamlint.toml, wenn \
Ihre Abwesenheitsplanung es wirklich sicherstellt.",
};

/// Raises SPOF001–SPOF004 for one workbook.
pub fn check(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let wb = plan.workbook.as_str();

    for u in &c.units {
        let unit = Some(u.name());
        for ch in u.channels.iter().filter(|ch| ch.active) {
            let [(person, hours)] = ch.people.as_slice() else {
                continue;
            };
            match &c.persons[*person].deputy {
                Err(problem) => out.push(finding(
                    "SPOF001",
                    wb,
                    unit,
                    c.channel_cell(ch, Col::Channel),
                    &ch.name,
                    "",
                    format!(
                        "{}: all {} h/week come from {}, who has no valid deputy ({})",
                        ch.name,
                        super::hours(*hours),
                        c.who(*person),
                        problem.describe()
                    ),
                )),
                Ok(deputy) if ch.hours_of(*deputy) <= 0.0 => out.push(finding(
                    "SPOF003",
                    wb,
                    unit,
                    c.channel_cell(ch, Col::Channel),
                    &ch.name,
                    "",
                    format!(
                        "{}: all {} h/week come from {}; their deputy {} has no time on this channel",
                        ch.name,
                        super::hours(*hours),
                        c.who(*person),
                        c.who(*deputy)
                    ),
                )),
                Ok(_) => {}
            }
        }
    }

    let mut deputy_of: Vec<Vec<usize>> = vec![Vec::new(); plan.staff.len()];
    for (i, p) in plan.staff.iter().enumerate() {
        let pf = &c.persons[i];
        if !pf.primary {
            continue;
        }
        match &pf.deputy {
            Ok(d) => deputy_of[*d].push(i),
            Err(problem) => {
                if let Some(role) = p.role.filter(|r| r.is_key()) {
                    out.push(finding(
                        "SPOF002",
                        wb,
                        Some(&p.unit),
                        c.person_cell(i, Col::Deputy),
                        &p.id,
                        "",
                        format!(
                            "{} is {} but has no valid deputy: {}",
                            c.who(i),
                            role.label(crate::contract::Lang::En),
                            problem.describe()
                        ),
                    ));
                }
            }
        }
    }

    let max = c.thresholds.max_deputy_of as usize;
    for (d, stands_in_for) in deputy_of.iter().enumerate() {
        if stands_in_for.len() > max {
            let p = &plan.staff[d];
            let ids: Vec<&str> = stands_in_for
                .iter()
                .map(|&i| plan.staff[i].id.as_str())
                .collect();
            out.push(finding(
                "SPOF004",
                wb,
                Some(&p.unit),
                c.person_cell(d, Col::PersonId),
                &p.id,
                "",
                format!(
                    "{} is the deputy of {} people ({}); at most {max} allowed",
                    c.who(d),
                    stands_in_for.len(),
                    ids.join(", ")
                ),
            ));
        }
    }
}

//! Coordination (COORD001–COORD006): who coordinates the departments, countries and channels of
//! social media work, whether the declared organisation form fits, sponsor and guidelines.

use super::{Family, Rule, finding, hours, percent};
use crate::contract::{Col, OrgForm, Role};
use crate::findings::{Finding, Severity};
use crate::model::key;
use crate::rules::figures::{Computed, UnitFigures};

pub static COORD001: Rule = Rule {
    code: "COORD001",
    name: "missing-coordinator",
    severity: Severity::Error,
    family: Family::Coordination,
    summary_en: "A unit with time from 2+ departments or 3+ active channels names no coordinator.",
    summary_de: "Eine Einheit mit Zeit aus 2+ Abteilungen oder 3+ aktiven Kanälen nennt keine Koordination.",
    explain_en: "\
What it checks: a unit whose social media time comes from people of 2 or more departments, or \
that runs 3 or more active channels (both settings), must name a coordinator: a Person ID in the \
Units sheet's Coordinator column, or someone of the unit with the role coordinator. A group \
coordinator working in the unit counts as coordination too.

Why it matters: when marketing, PR, HR and customer service all post, somebody has to agree the \
voice, the editorial calendar, the approvals and who answers what. Without a coordinator the \
departments duplicate work, contradict each other in public and leave questions that fall \
between them unanswered.

How to fix it: enter the coordinator's Person ID in the Coordinator column of the Units sheet, \
or give that person the role coordinator in the Staff sheet, and allocate them time for \
coordination.",
    explain_de: "\
Was geprüft wird: eine Einheit, deren Social-Media-Zeit von Personen aus 2 oder mehr Abteilungen \
kommt oder die 3 oder mehr aktive Kanäle betreibt (beides Einstellungen), muss eine Koordination \
nennen: eine Personalnummer in der Spalte Koordinator des Blatts Einheiten, oder eine Person der \
Einheit mit der Rolle Koordinator. Ein Konzernkoordinator in der Einheit zählt ebenfalls.

Warum es wichtig ist: wenn Marketing, Presse, Personal und Kundenservice posten, muss jemand \
Tonalität, Redaktionsplan, Freigaben und Zuständigkeiten abstimmen. Ohne Koordination arbeiten \
Abteilungen doppelt, widersprechen sich öffentlich und lassen Fragen zwischen sich liegen.

So beheben Sie es: tragen Sie die Personalnummer der Koordination in der Spalte Koordinator des \
Blatts Einheiten ein oder geben Sie der Person im Blatt Mitarbeiter die Rolle Koordinator, und \
teilen Sie ihr Zeit für die Koordination zu.",
};

pub static COORD002: Rule = Rule {
    code: "COORD002",
    name: "coordinator-without-time",
    severity: Severity::Warning,
    family: Family::Coordination,
    summary_en: "The named coordinator has no allocated time.",
    summary_de: "Die benannte Koordination hat keine zugeteilte Zeit.",
    explain_en: "\
What it checks: every coordinator (named in the Units sheet's Coordinator column, or with the \
role coordinator) has some allocated time on the Allocation sheet. A coordinator whose rows could \
not be read (flagged as invalid) is not judged.

Why it matters: coordination is work: meetings, the editorial calendar, approvals, escalations. \
A coordinator in name only, with no hours for it, coordinates nothing; the title hides that the \
departments are in fact on their own.

How to fix it: allocate the coordinator time in the Allocation sheet (a task such as \
coordination on the channels they coordinate), or name someone who has that time.",
    explain_de: "\
Was geprüft wird: jede Koordination (in der Spalte Koordinator des Blatts Einheiten oder mit der \
Rolle Koordinator) hat Zeit in der Zeitaufteilung. Wessen Zeilen nicht gelesen werden konnten \
(als ungültig gemeldet), wird nicht beurteilt.

Warum es wichtig ist: Koordination ist Arbeit: Abstimmungen, Redaktionsplan, Freigaben, \
Eskalationen. Eine Koordination nur dem Namen nach, ohne Stunden dafür, koordiniert nichts; der \
Titel verdeckt, dass die Abteilungen in Wahrheit allein sind.

So beheben Sie es: teilen Sie der Koordination in der Zeitaufteilung Zeit zu (etwa die Aufgabe \
Koordination auf den koordinierten Kanälen), oder benennen Sie jemanden, der diese Zeit hat.",
};

pub static COORD003: Rule = Rule {
    code: "COORD003",
    name: "no-group-coordination",
    severity: Severity::Error,
    family: Family::Coordination,
    summary_en: "Units from 2+ countries, or a multi-coordinated unit, and no group coordinator anywhere.",
    summary_de: "Einheiten aus 2+ Ländern oder eine mehrfach koordinierte Einheit, aber nirgends ein Konzernkoordinator.",
    explain_en: "\
What it checks: across the whole batch, when the units come from 2 or more countries or any unit \
declares the organisation form multi-coordinated, somebody in some unit must have the role group \
coordinator (global social media lead). The finding is raised once for the batch, at the first \
multi-coordinated unit, else the first unit with a country.

Why it matters: subsidiaries in several countries speak for one brand. Without someone who \
coordinates across them, the brand appears with contradicting messages, duplicated channels and \
crises that one country handles while another does not know about them.

How to fix it: give one person the role group coordinator in the Staff sheet of their unit and \
allocate them time for the group-wide coordination.",
    explain_de: "\
Was geprüft wird: über den ganzen Lauf: stammen die Einheiten aus 2 oder mehr Ländern oder \
erklärt eine Einheit die Organisationsform mehrfach koordiniert, muss jemand in einer Einheit die \
Rolle Konzernkoordinator (Global Social Media Lead) haben. Die Meldung erscheint einmal für den \
Lauf, bei der ersten mehrfach koordinierten Einheit, sonst der ersten Einheit mit Land.

Warum es wichtig ist: Gesellschaften in mehreren Ländern sprechen für eine Marke. Ohne jemanden, \
der über sie hinweg koordiniert, erscheint die Marke mit widersprüchlichen Botschaften, doppelten \
Kanälen und Krisen, die ein Land bearbeitet, während das andere nichts davon weiß.

So beheben Sie es: geben Sie einer Person im Blatt Mitarbeiter ihrer Einheit die Rolle \
Konzernkoordinator und teilen Sie ihr Zeit für die konzernweite Koordination zu.",
};

pub static COORD004: Rule = Rule {
    code: "COORD004",
    name: "org-form-mismatch",
    severity: Severity::Warning,
    family: Family::Coordination,
    summary_en: "The declared organisation form does not fit the unit's size, people or countries.",
    summary_de: "Die angegebene Organisationsform passt nicht zu Größe, Personen oder Ländern der Einheit.",
    explain_en: "\
What it checks: the Organisation form of the Units sheet against the facts: holistic (everyone \
does a little) at 50 or more employees; decentralised (each department on its own) at 250 or \
more; coordinated or centralised without anyone in the unit spending 50 % or more of their \
weekly hours on social media; multi-coordinated when the batch holds units from only one country. \
The bounds are settings (EU SME size classes).

Why it matters: the organisation form decides who posts, who approves and who answers. A form \
that does not match the organisation's size or staffing means the declared way of working is \
not the real one: a large company run holistically has no one in charge, a coordinated team \
without a dedicated person has no one to coordinate.

How to fix it: declare the form that describes how the unit really works, or change the \
organisation: give a dedicated person at least half their hours for social media, or move from \
holistic or decentralised to a coordinated form as the unit grows.",
    explain_de: "\
Was geprüft wird: die Organisationsform im Blatt Einheiten gegen die Fakten: holistisch (alle \
machen ein wenig) ab 50 Beschäftigten; dezentral (jede Abteilung für sich) ab 250; koordiniert \
oder zentralisiert, ohne dass jemand der Einheit 50 % oder mehr seiner Wochenstunden mit Social \
Media verbringt; mehrfach koordiniert, wenn der Lauf nur Einheiten aus einem Land enthält. Die \
Grenzen sind Einstellungen (KMU-Größenklassen der EU).

Warum es wichtig ist: die Organisationsform bestimmt, wer postet, wer freigibt und wer antwortet. \
Passt sie nicht zu Größe oder Besetzung, ist die erklärte Arbeitsweise nicht die wirkliche: ein \
großes Unternehmen, holistisch geführt, hat niemanden, der verantwortlich ist; ein koordiniertes \
Team ohne feste Person hat niemanden, den es koordinieren könnte.

So beheben Sie es: geben Sie die Form an, die der wirklichen Arbeitsweise entspricht, oder ändern \
Sie die Organisation: eine feste Person mit mindestens der Hälfte ihrer Stunden für Social Media, \
oder der Wechsel von holistisch oder dezentral zu einer koordinierten Form, wenn die Einheit wächst.",
};

pub static COORD005: Rule = Rule {
    code: "COORD005",
    name: "no-executive-sponsor",
    severity: Severity::Info,
    family: Family::Coordination,
    summary_en: "A unit names no executive sponsor.",
    summary_de: "Eine Einheit nennt keinen Sponsor in der Geschäftsleitung.",
    explain_en: "\
What it checks: each unit names an executive sponsor: a Person ID in the Units sheet's Executive \
sponsor column, or someone of the unit with the role executive sponsor. Without a Units sheet the \
finding points to the unit's Summary row.

Why it matters: social media cuts across departments and needs budget, staff time and sometimes \
fast decisions in a crisis. A sponsor in management secures these and makes social media a part \
of the organisation's strategy rather than a side project.

How to fix it: agree a member of management as sponsor and enter their Person ID in the Executive \
sponsor column (the person must be on the Staff sheet), or give them the role executive sponsor.",
    explain_de: "\
Was geprüft wird: jede Einheit nennt einen Sponsor in der Geschäftsleitung: eine Personalnummer \
in der Spalte Vorstandssponsor des Blatts Einheiten, oder eine Person der Einheit mit der Rolle \
Sponsor. Ohne Blatt Einheiten zeigt die Meldung auf die Zeile der Einheit in der Übersicht.

Warum es wichtig ist: Social Media geht quer durch die Abteilungen und braucht Budget, \
Arbeitszeit und in der Krise schnelle Entscheidungen. Ein Sponsor in der Leitung sichert das und \
macht Social Media zum Teil der Strategie statt zum Nebenprojekt.

So beheben Sie es: vereinbaren Sie ein Mitglied der Geschäftsleitung als Sponsor und tragen Sie \
seine Personalnummer in der Spalte Vorstandssponsor ein (die Person muss im Blatt Mitarbeiter \
stehen), oder geben Sie ihm die Rolle Sponsor.",
};

pub static COORD006: Rule = Rule {
    code: "COORD006",
    name: "no-guidelines",
    severity: Severity::Warning,
    family: Family::Coordination,
    summary_en: "A unit's Guidelines is no or empty.",
    summary_de: "Die Richtlinien einer Einheit sind nein oder leer.",
    explain_en: "\
What it checks: the Guidelines column of the Units sheet says yes for each unit. No, an empty \
cell, or no Units sheet at all (then nothing declares guidelines) are flagged; without a Units \
sheet the finding points to the unit's Summary row.

Why it matters: when many people from several departments speak for the organisation in public, \
social media guidelines tell them what they may say, how to handle criticism, what is \
confidential and whom to ask. Without them, every post is a judgment call and a crisis has no \
playbook.

How to fix it: write social media guidelines (or adopt the group's), make them known to everyone \
who posts, and set Guidelines to yes in the Units sheet.",
    explain_de: "\
Was geprüft wird: die Spalte Richtlinien im Blatt Einheiten sagt für jede Einheit ja. Nein, eine \
leere Zelle oder gar kein Blatt Einheiten (dann erklärt nichts Richtlinien) werden gemeldet; ohne \
Blatt Einheiten zeigt die Meldung auf die Zeile der Einheit in der Übersicht.

Warum es wichtig ist: wenn viele Menschen aus mehreren Abteilungen öffentlich für die \
Organisation sprechen, sagen Social-Media-Richtlinien, was sie sagen dürfen, wie sie mit Kritik \
umgehen, was vertraulich ist und wen sie fragen. Ohne sie ist jeder Beitrag eine Ermessensfrage \
und eine Krise hat kein Drehbuch.

So beheben Sie es: schreiben Sie Social-Media-Richtlinien (oder übernehmen Sie die des Konzerns), \
machen Sie sie allen bekannt, die posten, und setzen Sie Richtlinien im Blatt Einheiten auf ja.",
};

fn named(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Raises COORD001, COORD002 and COORD004–COORD006 for one workbook.
pub fn check(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let t = c.thresholds;
    let wb = plan.workbook.as_str();
    let mut coordinators_reported: Vec<usize> = Vec::new();

    for u in &c.units {
        let name = u.name();
        let unit = Some(name);

        // COORD001
        let active = u.active_planned().count();
        let departments = u.departments.len();
        let coordinated = named(&u.unit.coordinator).is_some()
            || c.unit_has_role(u, Role::Coordinator)
            || c.unit_has_role(u, Role::GroupCoordinator);
        let many_departments = departments >= t.coordinator_departments as usize;
        let many_channels = active >= t.coordinator_channels as usize;
        if (many_departments || many_channels) && !coordinated {
            let why = match (many_departments, many_channels) {
                (true, true) => format!(
                    "social media time comes from {departments} departments ({}) and it runs \
                     {active} active channels",
                    u.departments.join(", ")
                ),
                (true, false) => format!(
                    "social media time comes from {departments} departments ({})",
                    u.departments.join(", ")
                ),
                _ => format!("it runs {active} active channels"),
            };
            out.push(finding(
                "COORD001",
                wb,
                unit,
                plan.unit_cell(name, Col::Coordinator),
                name,
                "",
                format!("{name}: {why}, but no coordinator is named"),
            ));
        }

        // COORD002: the Units column first, then everyone with the coordinator role.
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
            if coordinators_reported.contains(&p) || pf.hours > 0.0 || pf.uncounted_rows > 0 {
                continue;
            }
            coordinators_reported.push(p);
            let (loc, how) = if from_units {
                (
                    plan.unit_cell(name, Col::Coordinator),
                    format!("named coordinator of {name}"),
                )
            } else {
                (c.person_cell(p, Col::Role), "coordinator".to_string())
            };
            out.push(finding(
                "COORD002",
                wb,
                unit,
                loc,
                &plan.staff[p].id,
                "",
                format!("{} is {how} but has no allocated time (0 h/week)", c.who(p)),
            ));
        }

        // COORD004 (the multi-coordinated part needs the whole batch: `check_group`)
        if let Some(form) = u.unit.org_form {
            let employees = u.unit.employees;
            let mismatch = match form {
                OrgForm::Holistic => employees
                    .filter(|e| *e >= t.holistic_max_employees)
                    .map(|e| {
                        format!(
                            "declared holistic, but has {} employees (holistic fits below {})",
                            hours(e),
                            hours(t.holistic_max_employees)
                        )
                    }),
                OrgForm::Decentralised => employees
                    .filter(|e| *e >= t.decentralised_max_employees)
                    .map(|e| {
                        format!(
                            "declared decentralised, but has {} employees (decentralised fits below {})",
                            hours(e),
                            hours(t.decentralised_max_employees)
                        )
                    }),
                OrgForm::Coordinated | OrgForm::Centralised => {
                    let best = u
                        .staff
                        .iter()
                        .filter_map(|&p| c.share_of(p))
                        .fold(0.0_f64, f64::max);
                    (best < t.dedicated_share - super::EPS).then(|| {
                        format!(
                            "declared {}, but nobody spends {} or more of their hours on social \
                             media (highest: {})",
                            form.label(crate::contract::Lang::En),
                            percent(t.dedicated_share),
                            percent(best)
                        )
                    })
                }
                OrgForm::MultiCoordinated => None,
            };
            if let Some(why) = mismatch {
                out.push(finding(
                    "COORD004",
                    wb,
                    unit,
                    plan.unit_cell(name, Col::OrgForm),
                    name,
                    "",
                    format!("{name}: {why}"),
                ));
            }
        }

        // COORD005
        if named(&u.unit.sponsor).is_none() && !c.unit_has_role(u, Role::ExecutiveSponsor) {
            out.push(finding(
                "COORD005",
                wb,
                unit,
                plan.unit_cell(name, Col::Sponsor),
                name,
                "",
                format!(
                    "{name}: no executive sponsor (Executive sponsor column empty and nobody with \
                     the role executive sponsor)"
                ),
            ));
        }

        // COORD006
        if u.unit.guidelines != Some(true) {
            let why = match (u.unit.row, u.unit.guidelines) {
                (None, _) => "no Units row declares guidelines",
                (Some(_), Some(false)) => "Guidelines is no",
                (Some(_), _) => "Guidelines is empty",
            };
            out.push(finding(
                "COORD006",
                wb,
                unit,
                plan.unit_cell(name, Col::Guidelines),
                name,
                "",
                format!("{name}: no social media guidelines ({why})"),
            ));
        }
    }
}

/// Raises COORD003 and the multi-coordinated part of COORD004 over the units of a whole batch.
pub fn check_group(units: &[UnitFigures], out: &mut Vec<Finding>) {
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
    let country_list = countries
        .iter()
        .map(|(_, c)| c.as_str())
        .collect::<Vec<_>>()
        .join(", ");

    let mut ordered: Vec<&UnitFigures> = units.iter().collect();
    ordered.sort_by(|a, b| (&a.workbook, key(&a.unit)).cmp(&(&b.workbook, key(&b.unit))));
    let multi: Vec<&UnitFigures> = ordered
        .iter()
        .copied()
        .filter(|u| u.org_form == Some(OrgForm::MultiCoordinated))
        .collect();

    // COORD003
    let has_group_coordinator = units.iter().any(|u| u.has_group_coordinator);
    if (countries.len() >= 2 || !multi.is_empty()) && !has_group_coordinator {
        let at = multi.first().copied().or_else(|| {
            ordered
                .iter()
                .copied()
                .find(|u| named(&u.country).is_some())
        });
        if let Some(at) = at {
            let mut why = Vec::new();
            if countries.len() >= 2 {
                why.push(format!(
                    "the batch holds {} units from {} countries ({country_list})",
                    units.len(),
                    countries.len()
                ));
            }
            if !multi.is_empty() {
                let names: Vec<&str> = multi.iter().map(|u| u.unit.as_str()).collect();
                why.push(format!("{} declared multi-coordinated", names.join(", ")));
            }
            out.push(finding(
                "COORD003",
                &at.workbook,
                Some(&at.unit),
                at.unit_loc.clone(),
                &at.unit,
                "group",
                format!(
                    "{}, but nobody in the batch has the group coordinator role",
                    why.join("; ")
                ),
            ));
        }
    }

    // COORD004: multi-coordinated with one country in the batch
    if countries.len() < 2 {
        for u in multi {
            let why = match countries.first() {
                Some((_, c)) => format!("the batch holds units from one country only ({c})"),
                None => "no unit of the batch names a country".to_string(),
            };
            out.push(finding(
                "COORD004",
                &u.workbook,
                Some(&u.unit),
                u.unit_loc.clone(),
                &u.unit,
                "",
                format!("{}: declared multi-coordinated, but {why}", u.unit),
            ));
        }
    }
}

//! Coordination (COORD001–COORD008): who coordinates the departments, countries and channels of
//! social media work, whether the declared organisation form fits, sponsor, guidelines, roles.

use super::{Fact, Family, Rule, RuleText, Scope, Target};
use crate::contract::{Col, Lang, OrgForm, Role};
use crate::findings::{Facts, Finding, Severity};
use crate::i18n;
use crate::model::key;
use crate::rules::figures::{Computed, GroupUnit};

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[
    &COORD001, &COORD002, &COORD003, &COORD004, &COORD005, &COORD006, &COORD007, &COORD008,
];

/// COORD008 `role-not-written-down`: its entry in the registry.
pub static COORD008: Rule = Rule {
    code: "COORD008",
    name: "role-not-written-down",
    severity: Severity::Info,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord008),
    group_check: None,
    message: message_coord008,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Jemand hat Social-Media-Zeit, aber keine Rolle im Team.",
        what: "\
Jede Person mit zugeteilter Social-Media-Zeit, deren Zelle Rolle im Blatt Mitarbeiter leer ist: \
je ein Befund auf dieser Zelle. Hat das Blatt Mitarbeiter gar keine Spalte Rolle, gibt es einen \
Befund für die Einheit statt einen je Person.",
        why: "\
Der Sieben-Punkte-Plan, aus dem die Regeln stammen, sagt: „Jedes Unternehmen braucht also ein \
Social-Media-Team, in dem die Rollen verteilt und festgelegt werden. Definieren Sie dieses Team \
schriftlich …, damit jeder weiß, was er zu tun hat.“ Der Plan ist diese schriftliche \
Festlegung; wer Zeit für Social Media aufwendet, aber keine Rolle darin hat, ist eine Lücke: \
Niemand weiß, ob die Person veröffentlicht, antwortet, vertritt oder nur hilft, und die Regeln \
für Vertretung und Manager sehen sie nicht.",
        fix: "\
Tragen Sie die Rolle jeder Person in die Spalte Rolle des Blatts Mitarbeiter ein \
(Social-Media-Manager, Koordinator, Community-Manager, Redakteur, Helfer, …), damit das Team \
schriftlich festgelegt ist und jeder weiß, was er zu tun hat.",
    },
};

/// `reason` of COORD008: the Staff sheet has no Role column.
const NO_ROLE_COLUMN: &str = "no-role-column";

/// COORD008: each person with allocated time and an empty Role cell; one finding a unit when
/// the Staff sheet has no Role column.
fn check_coord008(c: &Computed<'_>, out: &mut Vec<Finding>) {
    use crate::contract::SheetKind;
    let Some(staff) = c.plan.layout(SheetKind::Staff) else {
        return; // DATA001 says so.
    };
    let has_time = |p: usize| c.persons[p].primary && c.persons[p].hours > 0.0;
    if !staff.columns.contains_key(&Col::Role) {
        for u in &c.units {
            let people = u.staff.iter().filter(|&&p| has_time(p)).count();
            if people > 0 {
                out.push(Finding::new(
                    &COORD008,
                    c.unit_target(u.name(), Col::Unit),
                    vec![Fact::Reason(NO_ROLE_COLUMN), Fact::Count(people as u64)],
                ));
            }
        }
        return;
    }
    for (i, p) in c.plan.staff.iter().enumerate() {
        let unwritten =
            p.role.is_none() && p.role_text.as_deref().is_none_or(|t| t.trim().is_empty());
        if has_time(i) && unwritten {
            let mut facts = c.person_facts(i);
            facts.push(Fact::Hours(c.persons[i].hours));
            out.push(Finding::new(
                &COORD008,
                c.person_target(i, Col::Role),
                facts,
            ));
        }
    }
}

fn message_coord008(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    if d.reason().is_some_and(|r| *r == NO_ROLE_COLUMN) {
        let count = d.count().copied().unwrap_or(0);
        return match lang {
            Lang::En | Lang::Fr => format!(
                "{unit}: {count} people have social media time, but the Staff sheet has no Role \
                 column; write the team's roles down so everyone knows what to do."
            ),
            Lang::De => format!(
                "{unit}: {count} Personen haben Social-Media-Zeit, aber das Blatt Mitarbeiter hat \
                 keine Spalte Rolle; legen Sie die Rollen des Teams schriftlich fest, damit jeder \
                 weiß, was er zu tun hat."
            ),
        };
    }
    let hours = i18n::hours_per_week(d.num(Facts::hours), lang);
    match lang {
        Lang::En | Lang::Fr => format!(
            "{} spends {hours} on social media but has no role on the Staff sheet; write the \
             team's roles down so everyone knows what to do.",
            d.who()
        ),
        Lang::De => format!(
            "{} verbringt {hours} mit Social Media, hat aber keine Rolle im Blatt Mitarbeiter; \
             legen Sie die Rollen des Teams schriftlich fest, damit jeder weiß, was er zu tun \
             hat.",
            d.who()
        ),
    }
}

/// COORD001 `missing-coordinator`: its entry in the registry.
pub static COORD001: Rule = Rule {
    code: "COORD001",
    name: "missing-coordinator",
    severity: Severity::Error,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord001),
    group_check: None,
    message: message_coord001,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Einheit mit Zeit aus 2+ Abteilungen oder 3+ aktiven Kanälen nennt keine Koordination.",
        what: "\
Eine Einheit, deren Social-Media-Zeit von Personen aus 2 oder mehr Abteilungen \
kommt oder die 3 oder mehr aktive Kanäle betreibt (beides Einstellungen), muss eine Koordination \
nennen: eine Personalnummer in der Spalte Koordinator des Blatts Einheiten, oder eine Person der \
Einheit mit der Rolle Koordinator. Ein Konzernkoordinator in der Einheit zählt ebenfalls.",
        why: "\
Wenn Marketing, Presse, Personal und Kundenservice posten, muss jemand \
Tonalität, Redaktionsplan, Freigaben und Zuständigkeiten abstimmen. Ohne Koordination arbeiten \
Abteilungen doppelt, widersprechen sich öffentlich und lassen Fragen zwischen sich liegen.",
        fix: "\
Tragen Sie die Personalnummer der Koordination in der Spalte Koordinator des \
Blatts Einheiten ein oder geben Sie der Person im Blatt Mitarbeiter die Rolle Koordinator, und \
teilen Sie ihr Zeit für die Koordination zu.",
    },
};

/// COORD002 `coordinator-without-time`: its entry in the registry.
pub static COORD002: Rule = Rule {
    code: "COORD002",
    name: "coordinator-without-time",
    severity: Severity::Warning,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord002),
    group_check: None,
    message: message_coord002,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die benannte Koordination hat keine zugeteilte Zeit.",
        what: "\
Jede Koordination (in der Spalte Koordinator des Blatts Einheiten oder mit der \
Rolle Koordinator) hat Zeit in der Zeitaufteilung. Wessen Zeilen nicht gelesen werden konnten \
(als ungültig gemeldet), wird nicht beurteilt.",
        why: "\
Koordination ist Arbeit: Abstimmungen, Redaktionsplan, Freigaben, \
Eskalationen. Eine Koordination nur dem Namen nach, ohne Stunden dafür, koordiniert nichts; der \
Titel verdeckt, dass die Abteilungen in Wahrheit allein sind.",
        fix: "\
Teilen Sie der Koordination in der Zeitaufteilung Zeit zu (etwa die Aufgabe \
Koordination auf den koordinierten Kanälen), oder benennen Sie jemanden, der diese Zeit hat.",
    },
};

/// COORD003 `no-group-coordination`: its entry in the registry.
pub static COORD003: Rule = Rule {
    code: "COORD003",
    name: "no-group-coordination",
    severity: Severity::Error,
    family: Family::Coordination,
    scope: Scope::Group,
    workbook_check: None,
    group_check: Some(check_coord003),
    message: message_coord003,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Einheiten aus 2+ Ländern oder eine mehrfach koordinierte Einheit, aber nirgends ein Konzernkoordinator.",
        what: "\
Über den ganzen Lauf: stammen die Einheiten aus 2 oder mehr Ländern oder \
erklärt eine Einheit die Organisationsform mehrfach koordiniert, muss jemand in einer Einheit die \
Rolle Konzernkoordinator (Global Social Media Lead) haben. Die Meldung erscheint einmal für den \
Lauf, bei der ersten mehrfach koordinierten Einheit, sonst der ersten Einheit mit Land.",
        why: "\
Gesellschaften in mehreren Ländern sprechen für eine Marke. Ohne jemanden, \
der über sie hinweg koordiniert, erscheint die Marke mit widersprüchlichen Botschaften, doppelten \
Kanälen und Krisen, die ein Land bearbeitet, während das andere nichts davon weiß.",
        fix: "\
Geben Sie einer Person im Blatt Mitarbeiter ihrer Einheit die Rolle \
Konzernkoordinator und teilen Sie ihr Zeit für die konzernweite Koordination zu.",
    },
};

/// COORD004 `org-form-mismatch`: its entry in the registry.
pub static COORD004: Rule = Rule {
    code: "COORD004",
    name: "org-form-mismatch",
    severity: Severity::Warning,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord004),
    group_check: Some(check_coord004_group),
    message: message_coord004,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die angegebene Organisationsform passt nicht zu Größe, Personen oder Ländern der Einheit.",
        what: "\
Die Organisationsform im Blatt Einheiten gegen die Fakten: holistisch (alle \
machen ein wenig) ab 50 Beschäftigten; dezentral (jede Abteilung für sich) ab 250; koordiniert \
oder zentralisiert, ohne dass jemand der Einheit 50 % oder mehr seiner Wochenstunden mit Social \
Media verbringt; mehrfach koordiniert, wenn der Lauf nur Einheiten aus einem Land enthält. Die \
Grenzen sind Einstellungen (KMU-Größenklassen der EU).",
        why: "\
Die Organisationsform bestimmt, wer postet, wer freigibt und wer antwortet. \
Passt sie nicht zu Größe oder Besetzung, ist die erklärte Arbeitsweise nicht die wirkliche: ein \
großes Unternehmen, holistisch geführt, hat niemanden, der verantwortlich ist; ein koordiniertes \
Team ohne feste Person hat niemanden, den es koordinieren könnte.",
        fix: "\
Geben Sie die Form an, die der wirklichen Arbeitsweise entspricht, oder ändern \
Sie die Organisation: eine feste Person mit mindestens der Hälfte ihrer Stunden für Social Media, \
oder der Wechsel von holistisch oder dezentral zu einer koordinierten Form, wenn die Einheit wächst.",
    },
};

/// COORD005 `no-executive-sponsor`: its entry in the registry.
pub static COORD005: Rule = Rule {
    code: "COORD005",
    name: "no-executive-sponsor",
    severity: Severity::Info,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord005),
    group_check: None,
    message: message_coord005,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Einheit nennt keinen Sponsor in der Geschäftsleitung.",
        what: "\
Jede Einheit nennt einen Sponsor in der Geschäftsleitung: eine Personalnummer \
in der Spalte Vorstandssponsor des Blatts Einheiten, oder eine Person der Einheit mit der Rolle \
Sponsor. Ohne Blatt Einheiten zeigt die Meldung auf die Zeile der Einheit in der Übersicht.",
        why: "\
Social Media geht quer durch die Abteilungen und braucht Budget, \
Arbeitszeit und in der Krise schnelle Entscheidungen. Ein Sponsor in der Leitung sichert das und \
macht Social Media zum Teil der Strategie statt zum Nebenprojekt.",
        fix: "\
Vereinbaren Sie ein Mitglied der Geschäftsleitung als Sponsor und tragen Sie \
seine Personalnummer in der Spalte Vorstandssponsor ein (die Person muss im Blatt Mitarbeiter \
stehen), oder geben Sie ihm die Rolle Sponsor.",
    },
};

/// COORD006 `no-guidelines`: its entry in the registry.
pub static COORD006: Rule = Rule {
    code: "COORD006",
    name: "no-guidelines",
    severity: Severity::Warning,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord006),
    group_check: None,
    message: message_coord006,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Die Richtlinien einer Einheit sind nein oder leer.",
        what: "\
Die Spalte Richtlinien im Blatt Einheiten sagt für jede Einheit ja. Nein, eine \
leere Zelle oder gar kein Blatt Einheiten (dann erklärt nichts Richtlinien) werden gemeldet; ohne \
Blatt Einheiten zeigt die Meldung auf die Zeile der Einheit in der Übersicht.",
        why: "\
Wenn viele Menschen aus mehreren Abteilungen öffentlich für die \
Organisation sprechen, sagen Social-Media-Richtlinien, was sie sagen dürfen, wie sie mit Kritik \
umgehen, was vertraulich ist und wen sie fragen. Ohne sie ist jeder Beitrag eine Ermessensfrage \
und eine Krise hat kein Drehbuch.",
        fix: "\
Schreiben Sie Social-Media-Richtlinien (oder übernehmen Sie die des Konzerns), \
machen Sie sie allen bekannt, die posten, und setzen Sie Richtlinien im Blatt Einheiten auf ja.",
    },
};

fn named(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// COORD007 `no-multiplier`: its entry in the registry.
pub static COORD007: Rule = Rule {
    code: "COORD007",
    name: "no-multiplier",
    severity: Severity::Info,
    family: Family::Coordination,
    scope: Scope::Workbook,
    workbook_check: Some(check_coord007),
    group_check: None,
    message: message_coord007,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Abteilung der Einheit hat keinen Multiplikator (Botschafter) für Social Media.",
        what: "\
In einer Einheit, deren Mitarbeiter aus mindestens `multiplier_departments` Abteilungen kommen \
(Standard 2), hat jede im Blatt Mitarbeiter genannte Abteilung jemanden mit der Rolle \
Botschafter (Multiplikator, Abgesandter, ambassador). Eine Abteilung, in der ein \
Social-Media-Manager, Koordinator oder Community-Manager sitzt, ist das Social-Media-Team \
selbst und braucht keinen, ebenso wenig die Abteilung des Sponsors, der Social Media in die \
Geschäftsleitung trägt.",
        why: "\
Die Praxisliteratur sagt: Der Social Media Manager benötigt Multiplikatoren und sollte nach \
Möglichkeit in jeder Abteilung eine Art Abgesandten finden, der die Themen und Fachleute der \
Abteilung auf die Kanäle bringt und die Richtlinien zurückträgt. Ohne ihn erfahren die Kanäle \
nichts von der Arbeit der Abteilung, und die Abteilung veröffentlicht am Team vorbei oder gar \
nicht.",
        fix: "\
Bitten Sie eine Person der Abteilung, als Social-Media-Botschafter zu wirken, und tragen Sie \
in ihrer Spalte Rolle Botschafter (oder Multiplikator) ein; geben Sie ihr in der Zeitaufteilung \
eine Stunde im Monat, wenn sie Inhalte beisteuert.",
    },
};

/// COORD001: each unit with time from several departments or many active channels and no
/// coordinator.
fn check_coord001(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let t = c.thresholds;
    for u in &c.units {
        let active = u.active_planned().count();
        let coordinated = named(&u.unit.coordinator).is_some()
            || c.unit_has_role(u, Role::Coordinator)
            || c.unit_has_role(u, Role::GroupCoordinator);
        let many_departments = u.departments.len() >= t.coordinator_departments as usize;
        let many_channels = active >= t.coordinator_channels as usize;
        if coordinated || !(many_departments || many_channels) {
            continue;
        }
        let mut facts = Vec::new();
        if many_departments {
            facts.push(Fact::Departments(u.departments.clone()));
        }
        if many_channels {
            facts.push(Fact::Count(active as u64));
        }
        out.push(Finding::new(
            &COORD001,
            c.unit_target(u.name(), Col::Coordinator),
            facts,
        ));
    }
}

/// `reason` of COORD002 for the coordinator named on the Units sheet.
const NAMED_COORDINATOR: &str = "named-coordinator";
/// `reason` of COORD002 for a person with the coordinator role.
const COORDINATOR_ROLE: &str = "coordinator-role";

/// COORD002: each named coordinator (the Units column first, then everyone with the role) who
/// has no allocated time.
fn check_coord002(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let mut reported: Vec<usize> = Vec::new();
    for u in &c.units {
        let name = u.name();
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
            if reported.contains(&p) || pf.hours > 0.0 || pf.uncounted_rows > 0 {
                continue;
            }
            reported.push(p);
            let (loc, reason) = if from_units {
                (plan.unit_cell(name, Col::Coordinator), NAMED_COORDINATOR)
            } else {
                (c.person_cell(p, Col::Role), COORDINATOR_ROLE)
            };
            let mut facts = c.person_facts(p);
            facts.push(Fact::Reason(reason));
            out.push(Finding::new(
                &COORD002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(name),
                    loc,
                    subject: &plan.staff[p].id,
                    discriminator: "",
                },
                facts,
            ));
        }
    }
}

/// `reason` of COORD004: declared holistic with too many employees.
const HOLISTIC_TOO_LARGE: &str = "holistic-too-large";
/// `reason` of COORD004: declared decentralised with too many employees.
const DECENTRALISED_TOO_LARGE: &str = "decentralised-too-large";
/// `reason` of COORD004: declared coordinated or centralised, nobody dedicated to social media.
const NOBODY_DEDICATED: &str = "nobody-dedicated";
/// `reason` of COORD004: declared multi-coordinated, one country in the batch.
const ONE_COUNTRY: &str = "one-country";
/// `reason` of COORD004: declared multi-coordinated, no country named in the batch.
const NO_COUNTRY: &str = "no-country";

/// COORD004 within a workbook: a declared organisation form that the unit's size or people
/// contradict (the multi-coordinated part needs the whole batch: `check_coord004_group`).
fn check_coord004(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let t = c.thresholds;
    for u in &c.units {
        let Some(form) = u.unit.org_form else {
            continue;
        };
        let too_many = |limit: f64, reason| {
            u.unit.employees.filter(|e| *e >= limit).map(|e| {
                vec![
                    Fact::Reason(reason),
                    Fact::Employees(e),
                    Fact::Threshold(limit),
                ]
            })
        };
        let facts = match form {
            OrgForm::Holistic => too_many(t.holistic_max_employees, HOLISTIC_TOO_LARGE),
            OrgForm::Decentralised => {
                too_many(t.decentralised_max_employees, DECENTRALISED_TOO_LARGE)
            }
            OrgForm::Coordinated | OrgForm::Centralised => {
                let best = u
                    .staff
                    .iter()
                    .filter_map(|&p| c.share_of(p))
                    .fold(0.0_f64, f64::max);
                (best < t.dedicated_share - super::EPS).then(|| {
                    vec![
                        Fact::Reason(NOBODY_DEDICATED),
                        Fact::Share(best),
                        Fact::Threshold(t.dedicated_share),
                    ]
                })
            }
            OrgForm::MultiCoordinated => None,
        };
        if let Some(mut facts) = facts {
            facts.push(Fact::OrgForm(form));
            out.push(Finding::new(
                &COORD004,
                c.unit_target(u.name(), Col::OrgForm),
                facts,
            ));
        }
    }
}

/// COORD005: each unit without an executive sponsor.
fn check_coord005(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for u in &c.units {
        if named(&u.unit.sponsor).is_none() && !c.unit_has_role(u, Role::ExecutiveSponsor) {
            out.push(Finding::new(
                &COORD005,
                c.unit_target(u.name(), Col::Sponsor),
                Vec::new(),
            ));
        }
    }
}

/// `reason` of COORD006: no Units row declares guidelines.
const NO_UNITS_ROW: &str = "no-units-row";
/// `reason` of COORD006: Guidelines is no.
const GUIDELINES_NO: &str = "guidelines-no";
/// `reason` of COORD006: Guidelines is empty.
const GUIDELINES_EMPTY: &str = "guidelines-empty";

/// COORD006: each unit whose Guidelines is not yes.
fn check_coord006(c: &Computed<'_>, out: &mut Vec<Finding>) {
    for u in &c.units {
        let reason = match (u.unit.row, u.unit.guidelines) {
            (_, Some(true)) => continue,
            (None, _) => NO_UNITS_ROW,
            (Some(_), Some(false)) => GUIDELINES_NO,
            (Some(_), None) => GUIDELINES_EMPTY,
        };
        out.push(Finding::new(
            &COORD006,
            c.unit_target(u.name(), Col::Guidelines),
            vec![Fact::Reason(reason)],
        ));
    }
}

/// The countries of a batch (as first written, sorted by key) and its units in order.
fn batch_countries(units: &[GroupUnit]) -> Vec<String> {
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
    countries.into_iter().map(|(_, c)| c).collect()
}

/// The units of a batch in workbook and unit order, and those declared multi-coordinated.
fn ordered_units(units: &[GroupUnit]) -> (Vec<&GroupUnit>, Vec<&GroupUnit>) {
    let mut ordered: Vec<&GroupUnit> = units.iter().collect();
    ordered.sort_by(|a, b| (&a.workbook, key(&a.unit)).cmp(&(&b.workbook, key(&b.unit))));
    let multi = ordered
        .iter()
        .copied()
        .filter(|u| u.org_form == Some(OrgForm::MultiCoordinated))
        .collect();
    (ordered, multi)
}

/// COORD003: units from two or more countries, or a multi-coordinated unit, and nobody in the
/// batch with the group coordinator role.
fn check_coord003(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let countries = batch_countries(units);
    let (ordered, multi) = ordered_units(units);
    if (countries.len() < 2 && multi.is_empty()) || units.iter().any(|u| u.has_group_coordinator) {
        return;
    }
    let at = multi.first().copied().or_else(|| {
        ordered
            .iter()
            .copied()
            .find(|u| named(&u.country).is_some())
    });
    let Some(at) = at else { return };
    let mut facts = Vec::new();
    if countries.len() >= 2 {
        facts.push(Fact::Count(units.len() as u64));
        facts.push(Fact::Countries(countries));
    }
    if !multi.is_empty() {
        facts.push(Fact::Units(multi.iter().map(|u| u.unit.clone()).collect()));
    }
    out.push(Finding::new(
        &COORD003,
        Target {
            workbook: &at.workbook,
            unit: Some(&at.unit),
            loc: at.unit_loc.clone(),
            subject: &at.unit,
            discriminator: "group",
        },
        facts,
    ));
}

/// COORD004 over the batch: a unit declared multi-coordinated in a batch of one country.
fn check_coord004_group(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let countries = batch_countries(units);
    if countries.len() >= 2 {
        return;
    }
    let (_, multi) = ordered_units(units);
    for u in multi {
        let facts = match countries.first() {
            Some(c) => vec![Fact::Reason(ONE_COUNTRY), Fact::Countries(vec![c.clone()])],
            None => vec![Fact::Reason(NO_COUNTRY)],
        };
        let mut facts = facts;
        facts.push(Fact::OrgForm(OrgForm::MultiCoordinated));
        out.push(Finding::new(
            &COORD004,
            Target {
                workbook: &u.workbook,
                unit: Some(&u.unit),
                loc: u.unit_loc.clone(),
                subject: &u.unit,
                discriminator: "",
            },
            facts,
        ));
    }
}

fn message_coord001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    let departments = d.departments().map(|list| {
        let n = list.len();
        let names = list.join(", ");
        match lang {
            Lang::En | Lang::Fr => {
                format!("social media time comes from {n} departments ({names})")
            }
            Lang::De => format!("Social-Media-Zeit kommt aus {n} Abteilungen ({names})"),
        }
    });
    let channels = d.count().map(|n| match lang {
        Lang::En | Lang::Fr => format!("it runs {n} active channels"),
        Lang::De => format!("sie betreibt {n} aktive Kanäle"),
    });
    let why: Vec<String> = departments.into_iter().chain(channels).collect();
    match lang {
        Lang::En | Lang::Fr => format!(
            "{unit}: {}, but no coordinator is named.",
            why.join(" and ")
        ),
        Lang::De => format!(
            "{unit}: {}, aber es ist keine Koordination benannt.",
            why.join(" und ")
        ),
    }
}

fn message_coord002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    let how = match (d.reason().copied(), lang) {
        (Some(NAMED_COORDINATOR), Lang::En | Lang::Fr) => format!("named coordinator of {unit}"),
        (Some(NAMED_COORDINATOR), Lang::De) => format!("als Koordination von {unit} benannt"),
        (_, Lang::En | Lang::Fr) => "coordinator".into(),
        (_, Lang::De) => "Koordinator".into(),
    };
    match lang {
        Lang::En | Lang::Fr => {
            format!("{} is {how} but has no allocated time (0 h/week).", d.who())
        }
        Lang::De => format!(
            "{} ist {how}, hat aber keine zugeteilte Zeit (0 Std./Woche).",
            d.who()
        ),
    }
}

fn message_coord003(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let mut why = Vec::new();
    if let Some(countries) = d.countries() {
        let (units, n, list) = (
            d.count().copied().unwrap_or(0),
            countries.len(),
            countries.join(", "),
        );
        why.push(match lang {
            Lang::En | Lang::Fr => {
                format!("the batch holds {units} units from {n} countries ({list})")
            }
            Lang::De => format!("der Lauf umfasst {units} Einheiten aus {n} Ländern ({list})"),
        });
    }
    if let Some(multi) = d.units() {
        let names = i18n::list(multi, lang);
        why.push(match (lang, multi.len()) {
            (Lang::En | Lang::Fr, _) => format!("{names} declared multi-coordinated"),
            (Lang::De, 1) => format!("{names} ist als mehrfach koordiniert angegeben"),
            (Lang::De, _) => format!("{names} sind als mehrfach koordiniert angegeben"),
        });
    }
    let text = match lang {
        Lang::En | Lang::Fr => format!(
            "{}, but nobody in the batch has the group coordinator role.",
            why.join("; ")
        ),
        Lang::De => format!(
            "{}, aber niemand im Lauf hat die Rolle Konzernkoordinator.",
            why.join("; ")
        ),
    };
    i18n::capitalise(&text)
}

fn message_coord004(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let unit = f.unit.as_deref().unwrap_or("");
    let form = d.org_form().map(|o| o.label(lang)).unwrap_or_default();
    let n = |x: f64| i18n::number(x, 0, lang);
    let pct = |x: f64| i18n::percent(x, lang);
    let (employees, threshold) = (d.num(Facts::employees), d.num(Facts::threshold));
    let country = d
        .countries()
        .and_then(|c| c.first())
        .map(String::as_str)
        .unwrap_or("");
    let why = match (d.reason().copied(), lang) {
        (Some(HOLISTIC_TOO_LARGE | DECENTRALISED_TOO_LARGE), Lang::En | Lang::Fr) => format!(
            "declared {form}, but has {} employees ({form} fits below {})",
            n(employees),
            n(threshold)
        ),
        (Some(HOLISTIC_TOO_LARGE | DECENTRALISED_TOO_LARGE), Lang::De) => format!(
            "als {form} angegeben, hat aber {} Beschäftigte ({form} passt unter {})",
            n(employees),
            n(threshold)
        ),
        (Some(NOBODY_DEDICATED), Lang::En | Lang::Fr) => format!(
            "declared {form}, but nobody spends {} or more of their hours on social media \
             (highest: {})",
            pct(threshold),
            pct(d.num(Facts::share))
        ),
        (Some(NOBODY_DEDICATED), Lang::De) => format!(
            "als {form} angegeben, aber niemand verbringt {} oder mehr der Arbeitszeit mit \
             Social Media (höchster Anteil: {})",
            pct(threshold),
            pct(d.num(Facts::share))
        ),
        (Some(ONE_COUNTRY), Lang::En | Lang::Fr) => {
            format!("declared {form}, but the batch holds units from one country only ({country})")
        }
        (Some(ONE_COUNTRY), Lang::De) => format!(
            "als {form} angegeben, aber der Lauf umfasst nur Einheiten aus einem Land ({country})"
        ),
        (_, Lang::En | Lang::Fr) => {
            format!("declared {form}, but no unit of the batch names a country")
        }
        (_, Lang::De) => {
            format!("als {form} angegeben, aber keine Einheit des Laufs nennt ein Land")
        }
    };
    format!("{unit}: {why}.")
}

fn message_coord005(f: &Finding, lang: Lang) -> String {
    let unit = f.unit.as_deref().unwrap_or("");
    match lang {
        Lang::En | Lang::Fr => format!(
            "{unit}: no executive sponsor (the Executive sponsor column is empty and nobody has \
             the role executive sponsor)."
        ),
        Lang::De => format!(
            "{unit}: kein Sponsor in der Geschäftsleitung (die Spalte Sponsor ist leer, und \
             niemand hat die Rolle Sponsor)."
        ),
    }
}

fn message_coord006(f: &Finding, lang: Lang) -> String {
    let unit = f.unit.as_deref().unwrap_or("");
    let why = match (f.data.reason().copied(), lang) {
        (Some(NO_UNITS_ROW), Lang::En | Lang::Fr) => "no Units row declares guidelines",
        (Some(NO_UNITS_ROW), Lang::De) => "keine Zeile im Blatt Einheiten nennt Richtlinien",
        (Some(GUIDELINES_NO), Lang::En | Lang::Fr) => "Guidelines is no",
        (Some(GUIDELINES_NO), Lang::De) => "Richtlinien ist nein",
        (_, Lang::En | Lang::Fr) => "Guidelines is empty",
        (_, Lang::De) => "Richtlinien ist leer",
    };
    match lang {
        Lang::En | Lang::Fr => format!("{unit}: no social media guidelines ({why})."),
        Lang::De => format!("{unit}: keine Social-Media-Richtlinien ({why})."),
    }
}

/// COORD007: in a unit with staff from several departments, each department with neither a
/// multiplier nor a member of the social media team.
fn check_coord007(c: &Computed<'_>, out: &mut Vec<Finding>) {
    // The social media team needs no envoy, nor does the management the sponsor sits in.
    let team = [
        Role::SocialMediaManager,
        Role::Coordinator,
        Role::GroupCoordinator,
        Role::CommunityManager,
        Role::ExecutiveSponsor,
    ];
    for u in &c.units {
        // Department key → (name as first written, its first person, covered).
        let mut departments: Vec<(String, String, usize, bool)> = Vec::new();
        for &p in &u.staff {
            let person = &c.plan.staff[p];
            let Some(name) = named(&person.department) else {
                continue;
            };
            let k = key(name).into_owned();
            let covers = person
                .role
                .is_some_and(|r| r == Role::Ambassador || team.contains(&r));
            match departments.iter_mut().find(|d| d.0 == k) {
                Some(d) => d.3 |= covers,
                None => departments.push((k, name.to_string(), p, covers)),
            }
        }
        if departments.len() < c.thresholds.multiplier_departments as usize {
            continue;
        }
        for (k, name, first, covered) in &departments {
            if *covered {
                continue;
            }
            out.push(Finding::new(
                &COORD007,
                Target {
                    workbook: &c.plan.workbook,
                    unit: Some(u.name()),
                    loc: c.person_cell(*first, Col::Department),
                    subject: name,
                    discriminator: k,
                },
                vec![
                    Fact::Department(name.clone()),
                    Fact::Count(departments.len() as u64),
                ],
            ));
        }
    }
}

fn message_coord007(f: &Finding, lang: Lang) -> String {
    let unit = f.unit.as_deref().unwrap_or("");
    let department = f.data.text(Facts::department);
    match lang {
        Lang::En | Lang::Fr => format!(
            "{unit}: the department {department} has no multiplier (nobody with the role \
             ambassador) to carry social media into it."
        ),
        Lang::De => format!(
            "{unit}: die Abteilung {department} hat keinen Multiplikator (niemanden mit der Rolle \
             Botschafter), der Social Media in sie trägt."
        ),
    }
}

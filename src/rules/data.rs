//! Data (DATA001–DATA004): whether the workbook can be read as the contract says. The reader
//! (`load`) raises these within a workbook; this module holds their registry entries and the
//! one check that needs the whole batch: a unit in two workbooks.

use super::{Family, Rule, finding};
use crate::findings::{Finding, Severity};
use crate::model::key;
use crate::rules::figures::UnitFigures;
use std::collections::HashMap;

pub static DATA001: Rule = Rule {
    code: "DATA001",
    name: "missing-sheet-or-column",
    severity: Severity::Error,
    family: Family::Data,
    summary_en: "A required sheet or column is missing.",
    summary_de: "Ein Pflichtblatt oder eine Pflichtspalte fehlt.",
    explain_en: "\
What it checks: the workbook has the sheets Staff, Allocation and Channels (English or German \
names), and each has its required columns: Person ID and Weekly hours \
on Staff, Person ID and Channel on Allocation, Channel on Channels. The header row may be any of \
the first 10 rows.

Why it matters: without these, teamlint cannot tell who spends how much time on which channel, \
so every other rule would judge an incomplete picture and a single point of failure or a free \
platform could go unseen.

How to fix it: rename the sheet or column to one of the accepted names (case, blanks and \
punctuation do not matter), or add it. The subject of the finding names what is missing.",
    explain_de: "\
Was geprüft wird: die Arbeitsmappe hat die Blätter Mitarbeiter, Zeitaufteilung und Kanäle \
(englische oder deutsche Namen), und jedes hat seine Pflichtspalten: \
Personalnummer und Wochenstunden bei Mitarbeiter, Personalnummer und Kanal bei Zeitaufteilung, \
Kanal bei Kanäle. Die Kopfzeile darf in einer der ersten 10 Zeilen stehen.

Warum es wichtig ist: ohne sie weiß teamlint nicht, wer wie viel Zeit auf welchem Kanal verbringt; \
alle anderen Regeln würden ein unvollständiges Bild beurteilen, und ein Single Point of Failure \
oder eine angeblich kostenlose Plattform bliebe unbemerkt.

So beheben Sie es: benennen Sie Blatt oder Spalte in einen der akzeptierten Namen um (Groß- und \
Kleinschreibung, Leerzeichen und Satzzeichen sind egal), oder fügen Sie sie hinzu. Der Betreff der \
Meldung nennt, was fehlt.",
};

pub static DATA002: Rule = Rule {
    code: "DATA002",
    name: "invalid-value",
    severity: Severity::Error,
    family: Family::Data,
    summary_en: "A cell cannot be read as its type, is negative, or is a share above 100 %.",
    summary_de: "Eine Zelle ist nicht als ihr Typ lesbar, negativ oder ein Anteil über 100 %.",
    explain_en: "\
What it checks: every cell of a known column can be read as the column's type: numbers (1.5, \
1,5, 1.234,5, with h, Std, EUR or € after them), shares (50 %, 0.5, 50), yes/no words, the \
vocabularies of role, status, organisation form and employment. Negative numbers, shares above \
100 % and Excel errors (#REF!, #DIV/0!) are invalid. An invalid row is left out of the sums, \
never guessed.

Why it matters: hours, shares and costs are the base of every staffing and cost rule. A value \
teamlint had to guess would make a channel look staffed or a budget look sufficient when it is \
not.

How to fix it: correct the flagged cell; the note on it says what was found and what is \
expected. For a formula, fix the formula so that its result is a valid value.",
    explain_de: "\
Was geprüft wird: jede Zelle einer bekannten Spalte ist als ihr Typ lesbar: Zahlen (1.5, 1,5, \
1.234,5, auch mit h, Std, EUR oder € dahinter), Anteile (50 %, 0,5, 50), Ja/Nein-Wörter, die \
Vokabulare für Rolle, Status, Organisationsform und Beschäftigungsart. Negative Zahlen, Anteile \
über 100 % und Excel-Fehler (#BEZUG!, #DIV/0!) sind ungültig. Eine ungültige Zeile bleibt aus den \
Summen heraus, nichts wird geraten.

Warum es wichtig ist: Stunden, Anteile und Kosten sind die Grundlage aller Besetzungs- und \
Kostenregeln. Ein geratener Wert ließe einen Kanal besetzt oder ein Budget ausreichend erscheinen, \
obwohl es nicht so ist.

So beheben Sie es: korrigieren Sie die markierte Zelle; ihre Notiz sagt, was gefunden und was \
erwartet wird. Bei einer Formel korrigieren Sie die Formel, sodass ihr Ergebnis gültig ist.",
};

pub static DATA003: Rule = Rule {
    code: "DATA003",
    name: "unknown-reference",
    severity: Severity::Error,
    family: Family::Data,
    summary_en: "A person ID (Allocation, Deputy, Coordinator, Executive sponsor, Owner) is not in Staff.",
    summary_de: "Eine Personalnummer (Zeitaufteilung, Vertretung, Koordinator, Sponsor, Verantwortlich) fehlt im Blatt Mitarbeiter.",
    explain_en: "\
What it checks: every person ID used on the Allocation sheet and in the Deputy, Coordinator, \
Executive sponsor and Owner columns is a Person ID on the Staff sheet (a numeric 1001 and the \
text \"1001\" are the same ID). The subject is the unknown ID.

Why it matters: time allocated to someone teamlint does not know has no weekly hours and no cost, \
so it drops out of the sums; a deputy or coordinator who is not on the staff list cannot step in. \
Often the person has left, or the ID has a typo, and the plan relies on someone who is not there.

How to fix it: correct the ID, or add the person to the Staff sheet with their weekly hours and \
unit.",
    explain_de: "\
Was geprüft wird: jede Personalnummer aus der Zeitaufteilung und aus den Spalten Vertretung, \
Koordinator, Vorstandssponsor und Verantwortlich steht im Blatt Mitarbeiter (die Zahl 1001 und der \
Text \"1001\" sind dieselbe Nummer). Der Betreff ist die unbekannte Nummer.

Warum es wichtig ist: Zeit für jemanden, den teamlint nicht kennt, hat keine Wochenstunden und \
keine Kosten und fällt aus den Summen; eine Vertretung oder Koordination, die nicht im \
Personalverzeichnis steht, kann nicht einspringen. Oft ist die Person ausgeschieden oder die Nummer \
vertippt, und der Plan verlässt sich auf jemanden, der nicht da ist.

So beheben Sie es: korrigieren Sie die Nummer, oder nehmen Sie die Person mit Wochenstunden und \
Einheit ins Blatt Mitarbeiter auf.",
};

pub static DATA004: Rule = Rule {
    code: "DATA004",
    name: "duplicate-key",
    severity: Severity::Error,
    family: Family::Data,
    summary_en: "A Person ID twice in Staff, a channel twice in one unit's plan, or one unit in two workbooks.",
    summary_de: "Eine Personalnummer doppelt, ein Kanal doppelt im Plan einer Einheit, oder eine Einheit in zwei Arbeitsmappen.",
    explain_en: "\
What it checks: keys that must be unique are: a Person ID appears once on the Staff sheet, a \
channel once in each unit's channel plan, a unit in one workbook of the batch (all compared \
case-insensitively, surrounding blanks ignored). The subject is the duplicated key.

Why it matters: with a key twice, hours, deputies and budgets attach to one of the rows and the \
other is silently ignored (teamlint uses the first); a unit in two workbooks is counted twice in \
the group report, doubling its staff and cost.

How to fix it: remove or merge the repeated row, give the second person or channel its own key, \
or keep each unit in one workbook only.",
    explain_de: "\
Was geprüft wird: Schlüssel, die eindeutig sein müssen, sind es: eine Personalnummer steht einmal \
im Blatt Mitarbeiter, ein Kanal einmal im Kanalplan jeder Einheit, eine Einheit in einer \
Arbeitsmappe des Laufs (jeweils ohne Beachtung von Groß- und Kleinschreibung und Leerzeichen am \
Rand). Der Betreff ist der doppelte Schlüssel.

Warum es wichtig ist: steht ein Schlüssel doppelt, hängen Stunden, Vertretungen und Budgets an \
einer Zeile und die andere wird still übergangen (teamlint nimmt die erste); eine Einheit in zwei \
Arbeitsmappen zählt im Konzernbericht doppelt, mit doppelter Besetzung und doppelten Kosten.

So beheben Sie es: entfernen oder vereinen Sie die doppelte Zeile, geben Sie der zweiten Person \
oder dem zweiten Kanal einen eigenen Schlüssel, oder führen Sie jede Einheit nur in einer \
Arbeitsmappe.",
};

/// Raises DATA004 for every unit whose name (trimmed, case-insensitive) appears in two or more
/// workbooks of the batch: one finding for each occurrence, naming the other workbooks.
pub fn check_group(units: &[UnitFigures], out: &mut Vec<Finding>) {
    let mut by_key: HashMap<String, Vec<&UnitFigures>> = HashMap::new();
    for u in units {
        let k = key(&u.unit);
        if !k.is_empty() {
            by_key.entry(k.into_owned()).or_default().push(u);
        }
    }
    for u in units {
        let Some(same) = by_key.get(key(&u.unit).as_ref()) else {
            continue;
        };
        let mut others: Vec<&str> = same
            .iter()
            .filter(|o| o.workbook != u.workbook)
            .map(|o| o.workbook.as_str())
            .collect();
        others.sort_unstable();
        others.dedup();
        if others.is_empty() {
            continue;
        }
        out.push(finding(
            "DATA004",
            &u.workbook,
            Some(&u.unit),
            u.unit_loc.clone(),
            &u.unit,
            "unit-in-workbooks",
            format!(
                "unit {} is also in {}; each unit belongs in one workbook",
                u.unit,
                others.join(", ")
            ),
        ));
    }
}

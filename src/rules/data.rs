//! Data (DATA001–DATA004): whether the workbook can be read as the contract says. The reader
//! (`load`) returns typed reading problems; this module turns them into these findings, and
//! holds their registry entries and the one check that needs the whole batch: a unit in two
//! workbooks.

use super::{Fact, Family, Rule, RuleText, Scope, Target};
use crate::contract::{self, Lang};
use crate::findings::{Facts, Finding, Severity};
use crate::i18n;
use crate::load::coerce::Invalid;
use crate::load::{Duplicated, LoadError, ReadingProblem, Reference, Shortfall};
use crate::model::Workbook;
use crate::model::key;
use crate::rules::figures::GroupUnit;
use std::collections::HashMap;

/// `reason` of DATA001: a required sheet is missing.
pub const MISSING_SHEET: &str = "missing-sheet";
/// `reason` of DATA001: a sheet has no header row.
pub const NO_HEADER_ROW: &str = "no-header-row";
/// `reason` of DATA001: none of the sheets Staff, Allocation, Channels (a canteen menu dropped
/// into the folder).
pub const NOT_A_PLAN: &str = "not-a-plan";
/// `reason` of DATA001: a required column is missing.
pub const MISSING_COLUMN: &str = "missing-column";
/// `reason` of DATA001 (the Allocation sheet) and DATA002 (an Allocation row): neither hours
/// nor a share.
pub const NO_HOURS_OR_SHARE: &str = Invalid::NO_HOURS_OR_SHARE;
/// `reason` of DATA003: a unit that is not on the Units sheet.
pub const UNKNOWN_UNIT: &str = "unknown-unit";
/// `reason` of DATA003: a deputy given by a name that several people of the unit bear.
pub const NAME_NOT_UNIQUE: &str = "name-not-unique";
/// `reason` of DATA004: a unit listed twice on the Units sheet.
pub const TWICE_IN_UNITS: &str = "unit-twice";
/// `reason` of DATA004: a Person ID twice on the Staff sheet.
pub const TWICE_IN_STAFF: &str = "person-twice";
/// `reason` of DATA004: a channel planned twice for one unit.
pub const TWICE_IN_CHANNELS: &str = "channel-twice";

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[&DATA001, &DATA002, &DATA003, &DATA004];

/// DATA001 `missing-sheet-or-column`: its entry in the registry.
pub static DATA001: Rule = Rule {
    code: "DATA001",
    name: "missing-sheet-or-column",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data001,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Ein Pflichtblatt oder eine Pflichtspalte fehlt.",
        what: "\
Die Arbeitsmappe hat die Blätter Mitarbeiter, Zeitaufteilung und Kanäle \
(englische oder deutsche Namen), und jedes hat seine Pflichtspalten: \
Personalnummer und Wochenstunden bei Mitarbeiter, Personalnummer und Kanal bei Zeitaufteilung, \
Kanal bei Kanäle. Die Kopfzeile darf in einer der ersten 10 Zeilen stehen.",
        why: "\
Ohne sie weiß teamlint nicht, wer wie viel Zeit auf welchem Kanal verbringt; \
alle anderen Regeln würden ein unvollständiges Bild beurteilen, und ein Schlüsselpersonenrisiko \
oder eine angeblich kostenlose Plattform bliebe unbemerkt.",
        fix: "\
Benennen Sie Blatt oder Spalte in einen der akzeptierten Namen um (Groß- und \
Kleinschreibung, Leerzeichen und Satzzeichen sind egal), oder fügen Sie sie hinzu. Der Betreff der \
Meldung nennt, was fehlt.",
    },
};

/// DATA002 `invalid-value`: its entry in the registry.
pub static DATA002: Rule = Rule {
    code: "DATA002",
    name: "invalid-value",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data002,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Zelle ist nicht als ihr Typ lesbar, negativ oder ein Anteil über 100 %.",
        what: "\
Jede Zelle einer bekannten Spalte ist als ihr Typ lesbar: Zahlen (1.5, 1,5, \
1.234,5, auch mit h, Std, EUR oder € dahinter), Anteile (50 %, 0,5, 50), Ja/Nein-Wörter, die \
Vokabulare für Rolle, Status, Organisationsform und Beschäftigungsart. Negative Zahlen, Anteile \
über 100 % und Excel-Fehler (#BEZUG!, #DIV/0!) sind ungültig. Eine ungültige Zeile bleibt aus den \
Summen heraus, nichts wird geraten.",
        why: "\
Stunden, Anteile und Kosten sind die Grundlage aller Besetzungs- und \
Kostenregeln. Ein geratener Wert ließe einen Kanal besetzt oder ein Budget ausreichend erscheinen, \
obwohl es nicht so ist.",
        fix: "\
Korrigieren Sie die markierte Zelle; ihre Notiz sagt, was gefunden und was \
erwartet wird. Bei einer Formel korrigieren Sie die Formel, sodass ihr Ergebnis gültig ist.",
    },
};

/// DATA003 `unknown-reference`: its entry in the registry.
pub static DATA003: Rule = Rule {
    code: "DATA003",
    name: "unknown-reference",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data003,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Personalnummer (Zeitaufteilung, Vertretung, Koordinator, Sponsor, Verantwortlich) fehlt im Blatt Mitarbeiter.",
        what: "\
Jede Personalnummer aus der Zeitaufteilung und aus den Spalten Vertretung, \
Koordinator, Vorstandssponsor und Verantwortlich steht im Blatt Mitarbeiter (die Zahl 1001 und der \
Text \"1001\" sind dieselbe Nummer). Der Betreff ist die unbekannte Nummer.",
        why: "\
Zeit für jemanden, den teamlint nicht kennt, hat keine Wochenstunden und \
keine Kosten und fällt aus den Summen; eine Vertretung oder Koordination, die nicht im \
Personalverzeichnis steht, kann nicht einspringen. Oft ist die Person ausgeschieden oder die Nummer \
vertippt, und der Plan verlässt sich auf jemanden, der nicht da ist.",
        fix: "\
Korrigieren Sie die Nummer, oder nehmen Sie die Person mit Wochenstunden und \
Einheit ins Blatt Mitarbeiter auf.",
    },
};

/// DATA004 `duplicate-key`: its entry in the registry.
pub static DATA004: Rule = Rule {
    code: "DATA004",
    name: "duplicate-key",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: Some(check_data004_group),
    message: message_data004,
    en: RuleText {
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
    },
    de: RuleText {
        summary: "Eine Personalnummer doppelt, ein Kanal doppelt im Plan einer Einheit, oder eine Einheit in zwei Arbeitsmappen.",
        what: "\
Schlüssel, die eindeutig sein müssen, sind es: eine Personalnummer steht einmal \
im Blatt Mitarbeiter, ein Kanal einmal im Kanalplan jeder Einheit, eine Einheit in einer \
Arbeitsmappe des Laufs (jeweils ohne Beachtung von Groß- und Kleinschreibung und Leerzeichen am \
Rand). Der Betreff ist der doppelte Schlüssel.",
        why: "\
Steht ein Schlüssel doppelt, hängen Stunden, Vertretungen und Budgets an \
einer Zeile und die andere wird still übergangen (teamlint nimmt die erste); eine Einheit in zwei \
Arbeitsmappen zählt im Konzernbericht doppelt, mit doppelter Besetzung und doppelten Kosten.",
        fix: "\
Entfernen oder vereinen Sie die doppelte Zeile, geben Sie der zweiten Person \
oder dem zweiten Kanal einen eigenen Schlüssel, oder führen Sie jede Einheit nur in einer \
Arbeitsmappe.",
    },
};

/// `reason` of DATA004 across the batch: a unit in two workbooks.
const UNIT_IN_WORKBOOKS: &str = "unit-in-workbooks";

/// DATA004 across the batch: every unit whose name (trimmed, case-insensitive) appears in two or
/// more workbooks: one finding for each occurrence, naming the other workbooks.
fn check_data004_group(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let mut by_key: HashMap<String, Vec<&GroupUnit>> = HashMap::new();
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
        let mut others: Vec<String> = same
            .iter()
            .filter(|o| o.workbook != u.workbook)
            .map(|o| o.workbook.clone())
            .collect();
        others.sort_unstable();
        others.dedup();
        if others.is_empty() {
            continue;
        }
        out.push(Finding::new(
            &DATA004,
            Target {
                workbook: &u.workbook,
                unit: Some(&u.unit),
                loc: u.unit_loc.clone(),
                subject: &u.unit,
                discriminator: UNIT_IN_WORKBOOKS,
            },
            vec![
                Fact::Reason(UNIT_IN_WORKBOOKS),
                Fact::Value(u.unit.clone()),
                Fact::Workbooks(others),
            ],
        ));
    }
}

/// The flagged cell as `Sheet!A1` for a message, or the sheet's contract name.
fn where_in(f: &Finding, lang: Lang) -> String {
    match &f.loc {
        Some(loc) => format!("{}!{}", loc.sheet, loc.a1()),
        None => contract::sheet_name(f.data.text(Facts::sheet), lang).to_string(),
    }
}

fn message_data001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let sheet = f
        .loc
        .as_ref()
        .map(|l| l.sheet.clone())
        .unwrap_or_else(|| contract::sheet_name(d.text(Facts::sheet), lang).to_string());
    let accepted = d.accepted().map(|a| a.join(", ")).unwrap_or_default();
    let columns: Vec<&str> = d
        .columns()
        .map(|c| c.iter().map(|h| contract::column_header(h, lang)).collect())
        .unwrap_or_default();
    let column = contract::column_header(d.text(Facts::column), lang);
    let rows = d.count().copied().unwrap_or(10);
    match (d.reason().copied(), lang) {
        (Some(NO_HEADER_ROW), Lang::En | Lang::Fr) => format!(
            "Sheet '{sheet}' has no header row in its first {rows} rows (a row with at least two \
             known column names, such as {}).",
            columns.join(", ")
        ),
        (Some(NO_HEADER_ROW), Lang::De) => format!(
            "Das Blatt '{sheet}' hat in seinen ersten {rows} Zeilen keine Kopfzeile (eine Zeile \
             mit mindestens zwei bekannten Spaltennamen, etwa {}).",
            columns.join(", ")
        ),
        (Some(MISSING_COLUMN), Lang::En | Lang::Fr) => {
            format!("Sheet '{sheet}' has no column '{column}' (also accepted: {accepted}).")
        }
        (Some(MISSING_COLUMN), Lang::De) => format!(
            "Das Blatt '{sheet}' hat keine Spalte '{column}' (ebenfalls erkannt: {accepted})."
        ),
        (Some(NO_HOURS_OR_SHARE), Lang::En | Lang::Fr) => format!(
            "Sheet '{sheet}' has neither a column '{}': each row needs one of them.",
            columns.join("' nor '")
        ),
        (Some(NO_HOURS_OR_SHARE), Lang::De) => format!(
            "Das Blatt '{sheet}' hat weder eine Spalte '{}': jede Zeile braucht eine davon.",
            columns.join("' noch '")
        ),
        (Some(NOT_A_PLAN), Lang::En | Lang::Fr) => {
            "Not a staffing plan: none of the sheets Staff, Allocation, Channels was found.".into()
        }
        (Some(NOT_A_PLAN), Lang::De) => "Kein Personalplan: keines der Blätter \
                                              Mitarbeiter, Zeitaufteilung, Kanäle wurde gefunden."
            .into(),
        (_, lang) => {
            let others = other_names(d, &sheet);
            match (workbook_sheets(d, lang), lang) {
                (Some(has), Lang::En | Lang::Fr) => format!(
                    "The sheet '{sheet}' is missing: the workbook has {has} (accepted for it: \
                     {others})."
                ),
                (Some(has), Lang::De) => format!(
                    "Das Blatt '{sheet}' fehlt: die Arbeitsmappe hat {has} (dafür ebenfalls \
                     erkannt: {others})."
                ),
                (None, Lang::En | Lang::Fr) => {
                    format!("The sheet '{sheet}' is missing (accepted for it: {others}).")
                }
                (None, Lang::De) => {
                    format!("Das Blatt '{sheet}' fehlt (dafür ebenfalls erkannt: {others}).")
                }
            }
        }
    }
}

/// The sheets a workbook has, for DATA001's missing sheet: `the sheets 'A' and 'B'`.
/// (`None` for a finding read back from a part written before the sheets were kept).
fn workbook_sheets(d: &Facts, lang: Lang) -> Option<String> {
    let quoted: Vec<String> = d.sheets()?.iter().map(|n| format!("'{n}'")).collect();
    Some(match (quoted.len(), lang) {
        (0, Lang::En | Lang::Fr) => "no sheet".into(),
        (0, Lang::De) => "kein Blatt".into(),
        (1, Lang::En | Lang::Fr) => format!("only the sheet {}", quoted[0]),
        (1, Lang::De) => format!("nur das Blatt {}", quoted[0]),
        (_, Lang::En | Lang::Fr) => format!("the sheets {}", i18n::list(&quoted, lang)),
        (_, Lang::De) => format!("die Blätter {}", i18n::list(&quoted, lang)),
    })
}

/// The names a missing sheet is also found by, without the one the message already shows.
fn other_names(d: &Facts, shown: &str) -> String {
    let english = d.text(Facts::sheet);
    let accepted = d.accepted().map(Vec::as_slice).unwrap_or_default();
    std::iter::once(english)
        .chain(accepted.iter().map(String::as_str))
        .filter(|name| !name.eq_ignore_ascii_case(shown))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words a vocabulary column accepts, for a DATA002 message.
fn vocabulary(column: &str, lang: Lang) -> Option<&'static str> {
    Some(match (column, lang) {
        ("Organisation form", Lang::En | Lang::Fr) => {
            "an organisation form (holistic, decentralised, coordinated, centralised, \
             multi-coordinated)"
        }
        ("Organisation form", Lang::De) => {
            "keine Organisationsform (holistisch, dezentral, koordiniert, zentralisiert, \
             mehrfach koordiniert)"
        }
        ("Status", Lang::En | Lang::Fr) => "a status (active, planned, paused)",
        ("Status", Lang::De) => "kein Status (aktiv, geplant, pausiert)",
        ("Employment", Lang::En | Lang::Fr) => {
            "a kind of employment (internal, external, agency, freelance)"
        }
        ("Employment", Lang::De) => {
            "keine Beschäftigungsart (intern, extern, Agentur, freiberuflich)"
        }
        _ => return None,
    })
}

fn message_data002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let english = d.text(Facts::column);
    let column = contract::column_header(english, lang);
    let value = d.text(Facts::value);
    let free = crate::contract::FREE_WORDS.join(", ");
    let why = match (d.reason().copied().unwrap_or(""), lang) {
        (Invalid::REQUIRED, Lang::En | Lang::Fr) => format!("{column} is required but empty"),
        (Invalid::REQUIRED, Lang::De) => format!("{column} ist Pflicht, aber leer"),
        (Invalid::UNIT_NEEDED, Lang::En | Lang::Fr) => {
            format!("{column} is empty, and the workbook holds more than one unit")
        }
        (Invalid::UNIT_NEEDED, Lang::De) => {
            format!("{column} ist leer, und die Arbeitsmappe enthält mehr als eine Einheit")
        }
        (NO_HOURS_OR_SHARE, Lang::En | Lang::Fr) => {
            "the row needs hours per week or a share, and has neither".into()
        }
        (NO_HOURS_OR_SHARE, Lang::De) => {
            "die Zeile braucht Stunden pro Woche oder einen Anteil und hat keins von beiden".into()
        }
        (Invalid::NEGATIVE, Lang::En | Lang::Fr) => format!("{value} is negative"),
        (Invalid::NEGATIVE, Lang::De) => format!("{value} ist negativ"),
        (Invalid::NOT_WHOLE, Lang::En | Lang::Fr) => format!("{value} is not a whole number"),
        (Invalid::NOT_WHOLE, Lang::De) => format!("{value} ist keine ganze Zahl"),
        (Invalid::NOT_A_SHARE, Lang::En | Lang::Fr) => format!("{value} is not a share"),
        (Invalid::NOT_A_SHARE, Lang::De) => format!("{value} ist kein Anteil"),
        (Invalid::NEGATIVE_SHARE, Lang::En | Lang::Fr) => {
            format!("a share of {value} % is negative")
        }
        (Invalid::NEGATIVE_SHARE, Lang::De) => format!("ein Anteil von {value} % ist negativ"),
        (Invalid::SHARE_ABOVE_100, Lang::En | Lang::Fr) => {
            format!("a share of {value} % is above 100 %")
        }
        (Invalid::SHARE_ABOVE_100, Lang::De) => {
            format!("ein Anteil von {value} % liegt über 100 %")
        }
        (Invalid::NOT_YES_NO, Lang::En | Lang::Fr) => format!("{value} is not yes or no"),
        (Invalid::NOT_YES_NO, Lang::De) => format!("{value} ist weder ja noch nein"),
        (Invalid::NOT_TEXT, Lang::En | Lang::Fr) => format!("{value} is not text"),
        (Invalid::NOT_TEXT, Lang::De) => format!("{value} ist kein Text"),
        (Invalid::NOT_AN_AMOUNT, Lang::En | Lang::Fr) => {
            format!("{value} is neither an amount nor a word meaning free ({free})")
        }
        (Invalid::NOT_AN_AMOUNT, Lang::De) => {
            format!("{value} ist weder ein Betrag noch ein Wort für kostenlos ({free})")
        }
        (Invalid::OTHER_CURRENCY, Lang::En | Lang::Fr) => format!(
            "{value} is in another currency than {}, the Currency of unit '{}' on the Units sheet",
            d.text(Facts::currency),
            f.unit.as_deref().unwrap_or_default()
        ),
        (Invalid::OTHER_CURRENCY, Lang::De) => format!(
            "{value} ist in einer anderen Währung als {}, der Währung der Einheit '{}' auf dem \
             Blatt Einheiten",
            d.text(Facts::currency),
            f.unit.as_deref().unwrap_or_default()
        ),
        (Invalid::NOT_A_DATE, Lang::En | Lang::Fr) => {
            format!("{value} is not a date (write a date, 2026-12-31 or 31.12.2026)")
        }
        (Invalid::NOT_A_DATE, Lang::De) => {
            format!("{value} ist kein Datum (schreiben Sie ein Datum, 31.12.2026 oder 2026-12-31)")
        }
        (Invalid::UNKNOWN_RULE, Lang::En | Lang::Fr) => {
            format!("{value} is no rule's code or name (see `teamlint rules`)")
        }
        (Invalid::UNKNOWN_RULE, Lang::De) => {
            format!("{value} ist weder Code noch Name einer Regel (siehe `teamlint rules`)")
        }
        (Invalid::NOT_IN_VOCABULARY, _) => match (vocabulary(english, lang), lang) {
            (Some(words), Lang::En | Lang::Fr) => format!("{value} is not {words}"),
            (Some(words), Lang::De) => format!("{value} ist {words}"),
            (None, Lang::En | Lang::Fr) => format!("{value} is not a known word here"),
            (None, Lang::De) => format!("{value} ist hier kein bekanntes Wort"),
        },
        (_, Lang::En | Lang::Fr) => format!("{value} is not a number"),
        (_, Lang::De) => format!("{value} ist keine Zahl"),
    };
    match lang {
        Lang::En | Lang::Fr => format!("{column} in {}: {why}.", where_in(f, lang)),
        Lang::De => format!("{column} in {}: {why}.", where_in(f, lang)),
    }
}

fn message_data003(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (value, at) = (d.text(Facts::value), where_in(f, lang));
    if d.reason().copied() == Some(UNKNOWN_UNIT) {
        return match lang {
            Lang::En | Lang::Fr => format!("Unit '{value}' in {at} is not on the Units sheet."),
            Lang::De => format!("Die Einheit '{value}' in {at} steht nicht im Blatt Einheiten."),
        };
    }
    let column = contract::column_header(d.text(Facts::column), lang);
    if d.reason().copied() == Some(NAME_NOT_UNIQUE) {
        let n = d.count().copied().unwrap_or(2);
        let person = d.person().map(String::as_str).unwrap_or("");
        return match lang {
            Lang::En | Lang::Fr => format!(
                "{column} '{value}' in {at} (deputy of {person}) is a name that {n} people of \
                 the unit share on the Staff sheet; write the deputy's Person ID."
            ),
            Lang::De => format!(
                "{column} '{value}' in {at} (Vertretung von {person}) ist ein Name, den {n} \
                 Personen der Einheit im Blatt Mitarbeiter tragen; tragen Sie die Personalnummer \
                 der Vertretung ein."
            ),
        };
    }
    let whose = match (d.person(), d.channel(), lang) {
        (Some(p), _, Lang::En | Lang::Fr) => format!(" (deputy of {p})"),
        (Some(p), _, Lang::De) => format!(" (Vertretung von {p})"),
        (None, Some(c), Lang::En | Lang::Fr) => format!(" (channel {c})"),
        (None, Some(c), Lang::De) => format!(" (Kanal {c})"),
        _ => String::new(),
    };
    match lang {
        Lang::En | Lang::Fr => {
            format!("{column} '{value}' in {at}{whose} is not on the Staff sheet.")
        }
        Lang::De => format!("{column} '{value}' in {at}{whose} steht nicht im Blatt Mitarbeiter."),
    }
}

fn message_data004(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let value = d.text(Facts::value);
    let sheet = f.sheet().unwrap_or("");
    let rows = d
        .rows()
        .map(|r| i18n::list(&r.iter().map(u64::to_string).collect::<Vec<_>>(), lang))
        .unwrap_or_default();
    let unit = f.unit.as_deref().unwrap_or("");
    match (d.reason().copied(), lang) {
        (Some(UNIT_IN_WORKBOOKS), _) => {
            let others = d.workbooks().map(|w| w.join(", ")).unwrap_or_default();
            match lang {
                Lang::En | Lang::Fr => {
                    format!("Unit {value} is also in {others}; each unit belongs in one workbook.")
                }
                Lang::De => format!(
                    "Die Einheit {value} steht auch in {others}; jede Einheit gehört in genau \
                     eine Arbeitsmappe."
                ),
            }
        }
        (Some(TWICE_IN_UNITS), Lang::En | Lang::Fr) => {
            format!("Unit '{value}' is listed twice on '{sheet}' (rows {rows}).")
        }
        (Some(TWICE_IN_UNITS), Lang::De) => {
            format!("Die Einheit '{value}' steht zweimal im Blatt '{sheet}' (Zeilen {rows}).")
        }
        (Some(TWICE_IN_CHANNELS), Lang::En | Lang::Fr) => format!(
            "Channel '{value}' of unit '{unit}' is planned twice on '{sheet}' (rows {rows}); the \
             second row is ignored."
        ),
        (Some(TWICE_IN_CHANNELS), Lang::De) => format!(
            "Der Kanal '{value}' der Einheit '{unit}' ist im Blatt '{sheet}' zweimal geplant \
             (Zeilen {rows}); die zweite Zeile wird nicht berücksichtigt."
        ),
        (_, Lang::En | Lang::Fr) => format!(
            "Person ID {value} appears twice on '{sheet}' (rows {rows}); the second row is \
             ignored."
        ),
        (_, Lang::De) => format!(
            "Die Personalnummer {value} steht zweimal im Blatt '{sheet}' (Zeilen {rows}); die \
             zweite Zeile wird nicht berücksichtigt."
        ),
    }
}

/// Reads one workbook (`load::load`) and turns its reading problems into DATA findings.
/// `display` is the workbook's path as findings name it.
pub fn load(path: &std::path::Path, display: &str) -> Result<(Workbook, Vec<Finding>), LoadError> {
    let rule_code = |key: &str| super::rule(key).map(|r| r.code);
    let (workbook, problems) = crate::load::load(path, display, &rule_code)?;
    let findings = findings(display, &problems);
    Ok((workbook, findings))
}

/// [`load`] guarded against panics in the readers: a panic becomes `LoadError::Internal` (its
/// message and place after the dash) and prints nothing. The batch guards each workbook's whole
/// work the same way; this is the loader alone, for callers and tests that only read.
pub fn load_guarded(
    path: &std::path::Path,
    display: &str,
) -> Result<(Workbook, Vec<Finding>), LoadError> {
    crate::guard::guarded(|| load(path, display)).unwrap_or_else(|panicked| {
        Err(LoadError::Internal {
            detail: panicked.detail,
        })
    })
}

/// The DATA findings of a workbook's reading problems, in the order the reader met them.
pub fn findings(workbook: &str, problems: &[ReadingProblem]) -> Vec<Finding> {
    problems.iter().map(|p| finding(workbook, p)).collect()
}

/// The finding of one reading problem: its rule, the key that tells it from others, its facts.
fn finding(workbook: &str, problem: &ReadingProblem) -> Finding {
    let sheet_name = problem.loc.as_ref().map_or("", |l| l.sheet.as_str());
    let (rule, discriminator, facts): (&'static Rule, String, Vec<Fact>) = match &problem.what {
        Shortfall::NotAPlan => (&DATA001, NOT_A_PLAN.into(), vec![Fact::Reason(NOT_A_PLAN)]),
        Shortfall::MissingSheet { sheet, found } => {
            let def = sheet.def();
            let mut names = vec![def.name_de.to_string()];
            names.extend(def.aliases.iter().map(|a| a.to_string()));
            let facts = vec![
                Fact::Reason(MISSING_SHEET),
                Fact::Sheet(def.name.to_string()),
                Fact::Accepted(names),
                Fact::Sheets(found.clone()),
            ];
            (&DATA001, "sheet".into(), facts)
        }
        Shortfall::NoHeaderRow {
            sheet,
            rows_searched,
        } => {
            let def = sheet.def();
            let expected = def
                .columns
                .iter()
                .filter(|c| c.required)
                .map(|c| c.header.to_string())
                .collect();
            let facts = vec![
                Fact::Reason(NO_HEADER_ROW),
                Fact::Sheet(def.name.to_string()),
                Fact::Count(u64::from(*rows_searched)),
                Fact::Columns(expected),
            ];
            (&DATA001, "header".into(), facts)
        }
        Shortfall::MissingColumn { sheet, col } => {
            let column = sheet.def().column(*col).expect("a column of the sheet");
            let mut names = vec![column.header_de.to_string()];
            names.extend(column.aliases.iter().map(|a| a.to_string()));
            let facts = vec![
                Fact::Reason(MISSING_COLUMN),
                Fact::Sheet(sheet.name().to_string()),
                Fact::Column(column.header.to_string()),
                Fact::Accepted(names),
            ];
            (&DATA001, sheet_name.into(), facts)
        }
        Shortfall::NoHoursOrShare { sheet } => {
            let facts = vec![
                Fact::Reason(NO_HOURS_OR_SHARE),
                Fact::Sheet(sheet.name().to_string()),
                Fact::Columns(vec![
                    sheet.header(contract::Col::Hours).to_string(),
                    sheet.header(contract::Col::Share).to_string(),
                ]),
            ];
            (&DATA001, sheet_name.into(), facts)
        }
        Shortfall::InvalidValue {
            sheet,
            col,
            reason,
            value,
        } => {
            let facts = vec![
                Fact::Sheet(sheet.name().to_string()),
                Fact::Column(sheet.header(*col).to_string()),
                Fact::Reason(reason),
                Fact::Value(value.clone()),
            ];
            (&DATA002, sheet.header(*col).into(), facts)
        }
        Shortfall::OtherCurrency {
            sheet,
            col,
            value,
            currency,
        } => {
            let facts = vec![
                Fact::Sheet(sheet.name().to_string()),
                Fact::Column(sheet.header(*col).to_string()),
                Fact::Reason(Invalid::OTHER_CURRENCY),
                Fact::Value(value.clone()),
                Fact::Currency(currency.clone()),
            ];
            (&DATA002, sheet.header(*col).into(), facts)
        }
        Shortfall::UnknownUnit { row_subject } => {
            let facts = vec![
                Fact::Reason(UNKNOWN_UNIT),
                Fact::Value(problem.subject.clone()),
            ];
            (&DATA003, row_subject.clone(), facts)
        }
        Shortfall::UnknownPerson {
            sheet,
            col,
            reference,
        } => {
            let column = sheet.header(*col);
            let mut facts = vec![
                Fact::Value(problem.subject.clone()),
                Fact::Column(column.to_string()),
            ];
            let what = match reference {
                Reference::Allocation { channel } => {
                    facts.push(Fact::Channel(channel.clone()));
                    format!("person (channel {channel})")
                }
                Reference::Deputy { of, namesakes } => {
                    facts.push(Fact::Person(of.clone()));
                    if *namesakes > 1 {
                        facts.push(Fact::Reason(NAME_NOT_UNIQUE));
                        facts.push(Fact::Count(*namesakes as u64));
                    }
                    format!("deputy of {of}")
                }
                Reference::Coordinator => "coordinator".into(),
                Reference::Sponsor => "executive sponsor".into(),
                Reference::Owner { channel } => {
                    facts.push(Fact::Channel(channel.clone()));
                    format!("owner of {channel}")
                }
            };
            let discriminator = format!("{}:{column}:{what}", sheet.name());
            (&DATA003, discriminator, facts)
        }
        Shortfall::Duplicate {
            key,
            first_row,
            second_row,
        } => {
            let (reason, discriminator) = match key {
                Duplicated::Unit => (TWICE_IN_UNITS, "unit"),
                Duplicated::Person => (TWICE_IN_STAFF, "person"),
                Duplicated::Channel => (TWICE_IN_CHANNELS, "channel"),
            };
            let facts = vec![
                Fact::Reason(reason),
                Fact::Value(problem.subject.clone()),
                Fact::Rows(vec![u64::from(*first_row) + 1, u64::from(*second_row) + 1]),
            ];
            (&DATA004, discriminator.into(), facts)
        }
    };
    let target = Target {
        workbook,
        unit: problem.unit.as_deref(),
        loc: problem.loc.clone(),
        subject: &problem.subject,
        discriminator: &discriminator,
    };
    Finding::new(rule, target, facts)
}

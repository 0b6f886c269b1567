//! The words of the outputs, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::OutputTexts;

impl OutputTexts for German {
    fn counted(&self, n: u64, severity: usize) -> String {
        let word = match (severity, n == 1) {
            (0, _) => "Fehler",
            (1, true) => "Warnung",
            (1, false) => "Warnungen",
            (_, true) => "Hinweis",
            (_, false) => "Hinweise",
        };
        format!("{n} {word}")
    }
    fn units(&self, n: u64) -> String {
        if n == 1 {
            "1 Einheit".into()
        } else {
            format!("{n} Einheiten")
        }
    }
    fn unreadable_word(&self) -> &'static str {
        "NICHT LESBAR"
    }
    fn no_copy_word(&self) -> &'static str {
        "KEINE KOPIE"
    }
    fn ok_word(&self) -> &'static str {
        "ok    "
    }
    fn could_not_be_read(&self) -> &'static str {
        "nicht lesbar"
    }
    fn results_unreadable(&self, detail: &str) -> String {
        format!("(die Ergebnisse des Laufs konnten nicht wieder gelesen werden: {detail})")
    }
    fn more_workbooks(&self, more: u64) -> String {
        format!(
            "... und {more} weitere Arbeitsmappen (alle in findings.json und im Konzernbericht)"
        )
    }
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String {
        format!(
            "Gesamt: {workbooks} Arbeitsmappe{} ({failed} nicht lesbar), {}: {counts}",
            if workbooks == 1 { "" } else { "n" },
            self.units(units)
        )
    }
    fn of_which_across(&self, counts: &str, codes: &str) -> String {
        format!("  davon {counts} arbeitsmappenübergreifend: {codes}")
    }
    fn waived(&self, accepted: u64, expired: u64) -> String {
        format!(
            "Ausnahmen: {accepted} akzeptiert (sie zählen für keinen Exit-Code), {expired} \
             abgelaufen (sie zählen wieder)"
        )
    }
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String {
        format!(
            "Gegenüber dem Vergleichslauf: {new} neu, {unchanged} unverändert, {resolved} behoben"
        )
    }
    fn annotated_copies(&self, n: u64) -> String {
        format!("{n} kommentierte Kopie{}", if n == 1 { "" } else { "n" })
    }
    fn written_to(&self, dir: &str, items: &str) -> String {
        format!("Geschrieben nach {dir}: {items}")
    }
}

//! Why an input has no copy or no findings, and what the reader of a copy should know, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::ProblemTexts;

impl ProblemTexts for German {
    fn not_found(&self) -> String {
        "Datei oder Ordner nicht gefunden".into()
    }
    fn folder_unreadable(&self, detail: &str) -> String {
        format!("Ordner nicht lesbar: {detail}")
    }
    fn through_link(&self, folder: &str) -> String {
        format!(
            "die Kopie wird nicht geschrieben: der Ordner {folder} im Ausgabeordner ist eine \
             symbolische Verknüpfung, und teamlint schreibt nicht durch Verknüpfungen"
        )
    }
    fn copy_too_large(&self, mb: u64) -> String {
        format!(
            "abgewiesen, zu viel Arbeit: die kommentierte Kopie bräuchte mehr als {mb} MB, mehr als \
             eine Arbeitsmappe dieser Größe mit ihren Befunden braucht; die übrigen Arbeitsmappen \
             werden geprüft"
        )
    }
    fn unwritten(&self, copy: &str, detail: &str) -> String {
        format!("die Kopie {copy} lässt sich nicht schreiben: {detail}")
    }
    fn rebuilt_strict(&self) -> String {
        format!(
            "neu aufgebaut: Die Arbeitsmappe ist als Strict Open XML gespeichert, das teamlint \
             nicht ändert; {TAIL}."
        )
    }
    fn rebuilt_missing_sheet(&self, sheet: &str) -> String {
        format!(
            "neu aufgebaut: Das Blatt '{sheet}' fehlt in der Blattliste der Arbeitsmappe; {TAIL}."
        )
    }
    fn rebuilt_unpatchable(&self, part: &str, detail: &str) -> String {
        format!("neu aufgebaut: teamlint konnte {part} nicht ändern ({detail}); {TAIL}.")
    }
    fn repaired(&self, parts: &str) -> String {
        format!(
            "repariert: Im Original hatte {parts} eine falsche Prüfsumme; die Kopie enthält \
             denselben Inhalt mit der richtigen."
        )
    }
}

/// What a rebuilt copy keeps.
const TAIL: &str = "die Kopie enthält Werte, Formeln, Markierungen und Notizen, nicht die ursprüngliche Formatierung";

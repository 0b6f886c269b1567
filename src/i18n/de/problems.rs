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
    fn nothing_to_check(&self, searched: &str, skipped: &[String]) -> String {
        let skipped = if skipped.is_empty() {
            String::new()
        } else {
            format!("; übersprungen: {}", skipped.join("; "))
        };
        format!(
            "keine Arbeitsmappe zu prüfen in {searched} (teamlint liest {}){skipped}; es wurde \
             nichts geschrieben, die Berichte eines früheren Laufs bleiben, wie sie sind",
            crate::contract::extension_list()
        )
    }
    fn skipped_csv(&self, name: &str) -> String {
        format!("{name}: ein CSV-Export, speichern Sie die Arbeitsmappe als .xlsx")
    }
    fn skipped_lock(&self, name: &str, workbook: &str) -> String {
        format!("{name}: die Sperrdatei von {workbook}, die in Excel geöffnet ist")
    }
    fn skipped_missing(&self, name: &str) -> String {
        format!("{name}: {}", self.not_found())
    }
    fn skipped_other(&self, name: &str) -> String {
        format!("{name}: keine Arbeitsmappe")
    }
    fn out_is_input(&self, folder: &str) -> String {
        format!(
            "--out {folder} ist der Ordner, aus dem die Arbeitsmappen gelesen werden: geben Sie \
             den Ergebnissen einen eigenen Ordner (ein Ordner darin geht)"
        )
    }
    fn out_is_file(&self, path: &str) -> String {
        format!(
            "--out {path} ist eine Datei, kein Ordner: geben Sie einen Ordner für die Ergebnisse an"
        )
    }
    fn out_unwritable(&self, path: &str, detail: &str) -> String {
        format!("die Ergebnisse lassen sich nicht nach --out {path} schreiben: {detail}")
    }
    fn reports_kept(&self, out: &str) -> String {
        format!(
            "kein Bericht geschrieben: keine Arbeitsmappe war lesbar; die Berichte eines \
             früheren Laufs in {out} bleiben, wie sie sind"
        )
    }
}

/// What a rebuilt copy keeps.
const TAIL: &str = "die Kopie enthält Werte, Formeln, Markierungen und Notizen, nicht die ursprüngliche Formatierung";

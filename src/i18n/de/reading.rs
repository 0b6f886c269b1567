//! What the reader says of a workbook it cannot read or reads in part, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::contract::Lang;
use crate::i18n::{ReadingTexts, number};

/// A count with its thousands grouped (`5.000.000`).
fn grouped(n: u64) -> String {
    number(n as f64, 0, Lang::De)
}

impl ReadingTexts for German {
    fn unknown_extension(&self, formats: &str) -> String {
        format!(
            "keine Arbeitsmappe: teamlint liest Dateien im Format {formats}; speichern Sie die \
             Datei in einem dieser Formate"
        )
    }
    fn lock_file(&self, workbook: &str) -> String {
        format!(
            "eine Sperrdatei von Excel, keine Arbeitsmappe: sie zeigt, dass {workbook} in Excel \
             geöffnet ist; teamlint liest {workbook} selbst, geben Sie also diese Datei \
             (gespeichert) an statt der Sperrdatei"
        )
    }
    fn cannot_open(&self, cause: &str) -> String {
        format!(
            "die Datei lässt sich nicht lesen: prüfen Sie, ob sie vorhanden ist und Sie sie \
             öffnen dürfen — {cause}"
        )
    }
    fn empty_file(&self) -> String {
        "die Datei ist leer (0 Byte): speichern Sie die Arbeitsmappe erneut und starten Sie die \
         Prüfung noch einmal"
            .into()
    }
    fn file_too_large(&self, megabytes: u64, limit: u64) -> String {
        format!(
            "die Datei ist {megabytes} MB groß, teamlint liest höchstens {limit} MB: entfernen \
             Sie, was der Plan nicht braucht, und speichern Sie sie als .xlsx"
        )
    }
    fn not_a_zip(&self, ext: &str) -> String {
        format!(
            "keine Arbeitsmappe: eine .{ext}-Datei ist ein ZIP-Archiv, diese Datei nicht; \
             öffnen Sie sie in Excel und speichern Sie sie als .xlsx"
        )
    }
    fn not_an_xls(&self) -> String {
        "keine Arbeitsmappe: diese .xls-Datei ist keine Excel-97–2003-Arbeitsmappe; öffnen Sie \
         sie in Excel und speichern Sie sie als .xlsx"
            .into()
    }
    fn encrypted(&self) -> String {
        "kennwortgeschützt: öffnen Sie die Datei in Excel, entfernen Sie das Kennwort zum \
         Öffnen, speichern Sie und starten Sie die Prüfung erneut"
            .into()
    }
    fn older_than_excel97(&self) -> String {
        "in einem Format vor Excel 97 gespeichert: öffnen Sie die Datei und speichern Sie sie \
         als .xlsx"
            .into()
    }
    fn xls_under_zip_name(&self, ext: &str) -> String {
        format!(
            "eine alte .xls-Datei unter dem Namen .{ext}: öffnen Sie sie in Excel und speichern \
             Sie sie als .xlsx"
        )
    }
    fn truncated(&self) -> String {
        "beschädigt oder unvollständig: die Datei endet vorzeitig (ein abgebrochener Download \
         oder eine abgebrochene Kopie?); kopieren Sie sie erneut von ihrer Quelle"
            .into()
    }
    fn damaged(&self, cause: &str) -> String {
        format!(
            "beschädigt: die Datei lässt sich nicht als Arbeitsmappe lesen; öffnen Sie sie in \
             Excel (das sie ggf. repariert) und speichern Sie sie erneut — {cause}"
        )
    }
    fn zip_bomb(&self, part: &str, megabytes: u64, limit: u64) -> String {
        format!(
            "als ZIP-Bombe abgewiesen: der Teil '{part}' entpackt sich auf {megabytes} MB, mehr \
             als die {limit} MB, die ein Teil einer Arbeitsmappe haben darf"
        )
    }
    fn too_much_data(&self, megabytes: u64, limit: u64) -> String {
        format!(
            "abgewiesen, zu viel Arbeit: die Teile der Datei entpacken sich auf {megabytes} MB \
             (höchstens {limit} MB für eine Datei dieser Größe); die übrigen Arbeitsmappen \
             werden geprüft"
        )
    }
    fn overlapping_parts(&self, first: &str, second: &str) -> String {
        format!(
            "abgewiesen: die Teile '{first}' und '{second}' teilen sich dieselben Daten im \
             Archiv, was kein Tabellenprogramm schreibt; speichern Sie die Arbeitsmappe in Excel \
             neu"
        )
    }
    fn shared_part(&self, part: &str, count: u64) -> String {
        format!(
            "abgewiesen: {count} Blätter oder Teile der Arbeitsmappe verweisen auf denselben \
             Teil '{part}', was kein Tabellenprogramm schreibt; speichern Sie die Arbeitsmappe \
             in Excel neu"
        )
    }
    fn too_many_parts(&self, count: u64) -> String {
        format!("abgewiesen: das Archiv enthält {count} Teile, mehr als eine Arbeitsmappe hat")
    }
    fn too_many_cells(&self, sheet: &str, limit: u64) -> String {
        format!(
            "zu groß: Blatt '{sheet}' bringt die Arbeitsmappe über {} gefüllte Zellen; \
             entfernen Sie, was der Plan nicht braucht, und speichern Sie erneut",
            grouped(limit)
        )
    }
    fn grid_too_large(&self, sheet: &str, rows: u64, cols: u64) -> String {
        format!(
            "zu groß für .xls: Blatt '{sheet}' reicht über {} Zeilen × {} Spalten; löschen Sie \
             die leeren Zeilen und Spalten nach den Daten oder speichern Sie die Datei als .xlsx",
            grouped(rows),
            grouped(cols)
        )
    }
    fn texts_too_large(&self, sheet: &str) -> String {
        format!(
            "zu groß: die Texte von Blatt '{sheet}' brauchen mehr Speicher, als teamlint für \
             eine Arbeitsmappe zulässt; entfernen Sie, was der Plan nicht braucht, und speichern \
             Sie erneut"
        )
    }
    fn unknown_code_page(&self, code_page: u64) -> String {
        format!(
            "in einem Zeichensatz gespeichert, den teamlint nicht lesen kann (Codepage \
             {code_page}): öffnen Sie die Datei in Excel und speichern Sie sie als .xlsx"
        )
    }
    fn internal_error(&self, detail: &str) -> String {
        format!(
            "teamlint konnte diese Datei nicht lesen (interner Fehler im Leseteil); bitte senden \
             Sie sie an die Entwickler — {detail}"
        )
    }
    fn totals_rows_note(&self, count: u64) -> String {
        format!("Als Summen- oder Zwischensummenzeilen gelesen, nicht als Daten: {count}.")
    }
    fn other_rows_note(&self, count: u64) -> String {
        format!(
            "Als Überschriften, Fußnoten, Legenden oder wiederholte Kopfzeilen gelesen, nicht \
             als Daten: {count}."
        )
    }
    fn column_choice_note(&self, sheet: &str, field: &str, used: &str, ignored: &str) -> String {
        format!("{sheet}: zwei Spalten bezeichnen {field}; gelesen wurde {used}, nicht {ignored}.")
    }
}

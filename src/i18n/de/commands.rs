//! The command line's help and errors, the template, watch, serve and merge, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::CommandTexts;

impl CommandTexts for German {
    fn template_written(&self, path: &str) -> String {
        format!("Vorlage {path} geschrieben")
    }
    fn template_exists(&self, path: &str) -> String {
        format!(
            "{path} gibt es schon und bleibt unverändert; wählen Sie einen anderen Namen oder \
             ersetzen Sie die Datei mit --force"
        )
    }
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String {
        let what = if extension.is_empty() {
            "einem Namen ohne Endung".to_string()
        } else {
            format!("der Endung .{extension}")
        };
        format!(
            "{path}: die Vorlage ist eine Excel-Arbeitsmappe und wird nur als .xlsx geschrieben, \
             nicht mit {what}; nennen Sie sie z. B. plan.xlsx"
        )
    }
    fn template_unwritten(&self, path: &str, detail: &str) -> String {
        format!("die Vorlage {path} lässt sich nicht schreiben: {detail}")
    }
}

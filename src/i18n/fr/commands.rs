//! The command line's help and errors, the template, watch, serve and merge, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::CommandTexts;

impl CommandTexts for French {
    fn template_written(&self, path: &str) -> String {
        format!("modèle {path} écrit")
    }
    fn template_exists(&self, path: &str) -> String {
        format!(
            "{path} existe déjà et reste inchangé\u{a0}; choisissez un autre nom ou remplacez le \
             fichier avec --force"
        )
    }
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String {
        let what = if extension.is_empty() {
            "un nom sans extension".to_string()
        } else {
            format!("l'extension .{extension}")
        };
        format!(
            "{path}\u{a0}: le modèle est un classeur Excel et s'écrit uniquement en .xlsx, pas \
             avec {what}\u{a0}; nommez-le par exemple plan.xlsx"
        )
    }
    fn template_unwritten(&self, path: &str, detail: &str) -> String {
        format!("impossible d'écrire le modèle {path}\u{a0}: {detail}")
    }
}

//! The command line's help and errors, the template, watch, serve and merge, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::CommandTexts;

impl CommandTexts for English {
    fn template_written(&self, path: &str) -> String {
        format!("wrote the template {path}")
    }
    fn template_exists(&self, path: &str) -> String {
        format!(
            "{path} already exists and is left as it is; choose another name, or give --force \
             to replace it"
        )
    }
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String {
        let what = if extension.is_empty() {
            "a name without an extension".to_string()
        } else {
            format!("a .{extension} name")
        };
        format!(
            "{path}: the template is an Excel workbook and is written as .xlsx only, not under \
             {what}; name it e.g. plan.xlsx"
        )
    }
    fn template_unwritten(&self, path: &str, detail: &str) -> String {
        format!("cannot write the template {path}: {detail}")
    }
}

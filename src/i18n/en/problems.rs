//! Why an input has no copy or no findings, and what the reader of a copy should know, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::ProblemTexts;

impl ProblemTexts for English {
    fn not_found(&self) -> String {
        "no such file or folder".into()
    }
    fn folder_unreadable(&self, detail: &str) -> String {
        format!("cannot read folder: {detail}")
    }
    fn through_link(&self, folder: &str) -> String {
        format!(
            "the copy is not written: the folder {folder} in the output folder is a symbolic \
             link, and teamlint does not write through links"
        )
    }
    fn copy_too_large(&self, mb: u64) -> String {
        format!(
            "refused, too much work: the annotated copy would take more than {mb} MB, the most a \
             workbook of this size and its findings may need; the rest of the batch is checked"
        )
    }
    fn unwritten(&self, copy: &str, detail: &str) -> String {
        format!("cannot write {copy}: {detail}")
    }
    fn rebuilt_strict(&self) -> String {
        format!(
            "rebuilt: the workbook is saved as Strict Open XML, which teamlint does not patch; {}.",
            TAIL
        )
    }
    fn rebuilt_missing_sheet(&self, sheet: &str) -> String {
        format!("rebuilt: the sheet '{sheet}' is missing from the workbook's sheet list; {TAIL}.")
    }
    fn rebuilt_unpatchable(&self, part: &str, detail: &str) -> String {
        format!("rebuilt: teamlint could not patch {part} ({detail}); {TAIL}.")
    }
    fn repaired(&self, parts: &str) -> String {
        format!(
            "repaired: in the original, {parts} had a wrong checksum; the copy carries the same \
             content with the right one."
        )
    }
    fn nothing_to_check(&self, searched: &str, skipped: &[String]) -> String {
        let skipped = if skipped.is_empty() {
            String::new()
        } else {
            format!("; skipped: {}", skipped.join("; "))
        };
        format!(
            "no workbook to check in {searched} (teamlint reads {}){skipped}; nothing was \
             written, the reports of an earlier run are left as they are",
            crate::contract::extension_list()
        )
    }
    fn skipped_csv(&self, name: &str) -> String {
        format!("{name}: a CSV export, save the workbook as .xlsx")
    }
    fn skipped_lock(&self, name: &str, workbook: &str) -> String {
        format!("{name}: the lock file of {workbook}, which is open in Excel")
    }
    fn skipped_missing(&self, name: &str) -> String {
        format!("{name}: {}", self.not_found())
    }
    fn skipped_other(&self, name: &str) -> String {
        format!("{name}: not a workbook")
    }
    fn out_is_input(&self, folder: &str) -> String {
        format!(
            "--out {folder} is the folder the workbooks are read from: give the results a \
             folder of their own (a folder inside it is fine)"
        )
    }
    fn out_is_file(&self, path: &str) -> String {
        format!("--out {path} is a file, not a folder: give a folder for the results")
    }
    fn out_unwritable(&self, path: &str, detail: &str) -> String {
        format!("the results cannot be written to --out {path}: {detail}")
    }
    fn reports_kept(&self, out: &str) -> String {
        format!(
            "no report written: no workbook could be read; the reports of an earlier run in \
             {out} are left as they are"
        )
    }
}

/// What a rebuilt copy keeps.
const TAIL: &str = "the copy keeps values, formulas, flags and notes, not the original formatting";

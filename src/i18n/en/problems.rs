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
}

/// What a rebuilt copy keeps.
const TAIL: &str = "the copy keeps values, formulas, flags and notes, not the original formatting";

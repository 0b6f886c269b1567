//! What the reader says of a workbook it cannot read or reads in part, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::contract::Lang;
use crate::i18n::{ReadingTexts, number};

/// A count with its thousands grouped (`5,000,000`).
fn grouped(n: u64) -> String {
    number(n as f64, 0, Lang::En)
}

impl ReadingTexts for English {
    fn unknown_extension(&self, formats: &str) -> String {
        format!("not a workbook: teamlint reads {formats} files; save it in one of these formats")
    }
    fn lock_file(&self, workbook: &str) -> String {
        format!(
            "an Excel lock file, not a workbook: it means that {workbook} is open in Excel; \
             teamlint reads {workbook} itself, so give that file (saved) instead of the lock file"
        )
    }
    fn cannot_open(&self, cause: &str) -> String {
        format!("the file cannot be read: check that it exists and that you may open it — {cause}")
    }
    fn empty_file(&self) -> String {
        "the file is empty (0 bytes): save the workbook again and run again".into()
    }
    fn file_too_large(&self, megabytes: u64, limit: u64) -> String {
        format!(
            "the file is {megabytes} MB, more than the {limit} MB teamlint reads: remove what the \
             plan does not need and save it as .xlsx"
        )
    }
    fn not_a_zip(&self, ext: &str) -> String {
        format!(
            "not a workbook: a .{ext} file is a zip archive and this file is not one; open it \
             in Excel and save it as .xlsx"
        )
    }
    fn not_an_xls(&self) -> String {
        "not a workbook: this .xls file is no Excel 97–2003 workbook; open it in Excel and save \
         it as .xlsx"
            .into()
    }
    fn encrypted(&self) -> String {
        "password-protected: open it in Excel, remove the password to open, save, and run again"
            .into()
    }
    fn older_than_excel97(&self) -> String {
        "saved in a format older than Excel 97: open it and save it as .xlsx".into()
    }
    fn xls_under_zip_name(&self, ext: &str) -> String {
        format!(
            "an old .xls file saved under the name .{ext}: open it in Excel and save it as .xlsx"
        )
    }
    fn truncated(&self) -> String {
        "damaged or truncated: the file ends early (an interrupted download or copy?); copy it \
         again from its source"
            .into()
    }
    fn damaged(&self, cause: &str) -> String {
        format!(
            "damaged: the file cannot be read as a workbook; open it in Excel (which may repair \
             it) and save it again — {cause}"
        )
    }
    fn zip_bomb(&self, part: &str, megabytes: u64, limit: u64) -> String {
        format!(
            "refused as a zip bomb: the part '{part}' unpacks to {megabytes} MB, more than the \
             {limit} MB one part of a workbook may have"
        )
    }
    fn too_much_data(&self, megabytes: u64, limit: u64) -> String {
        format!(
            "refused, too much work: the file's parts unpack to {megabytes} MB (at most {limit} \
             MB for a file of this size); the rest of the batch is checked"
        )
    }
    fn overlapping_parts(&self, first: &str, second: &str) -> String {
        format!(
            "refused: the parts '{first}' and '{second}' share the same data in the archive, \
             which no spreadsheet program writes; save the workbook again in Excel"
        )
    }
    fn shared_part(&self, part: &str, count: u64) -> String {
        format!(
            "refused: {count} sheets or parts of the workbook point at the same part '{part}', \
             which no spreadsheet program writes; save the workbook again in Excel"
        )
    }
    fn too_many_parts(&self, count: u64) -> String {
        format!("refused: the archive holds {count} parts, more than a workbook has")
    }
    fn too_many_cells(&self, sheet: &str, limit: u64) -> String {
        format!(
            "too large: sheet '{sheet}' brings the workbook above {} non-empty cells; remove \
             what the plan does not need and save it again",
            grouped(limit)
        )
    }
    fn grid_too_large(&self, sheet: &str, rows: u64, cols: u64) -> String {
        format!(
            "too large for .xls: sheet '{sheet}' spans {} rows × {} columns; delete the empty \
             rows and columns after the data, or save the file as .xlsx",
            grouped(rows),
            grouped(cols)
        )
    }
    fn texts_too_large(&self, sheet: &str) -> String {
        format!(
            "too large: the texts of sheet '{sheet}' take more memory than teamlint allows for \
             one workbook; remove what the plan does not need and save it again"
        )
    }
    fn unknown_code_page(&self, code_page: u64) -> String {
        format!(
            "saved in a character set teamlint cannot read (code page {code_page}): open it in \
             Excel and save it as .xlsx"
        )
    }
    fn internal_error(&self, detail: &str) -> String {
        format!(
            "teamlint could not read this file (internal error in the reader); please send it \
             to the maintainers — {detail}"
        )
    }
    fn totals_rows_note(&self, count: u64) -> String {
        format!("Rows read as totals or subtotals, not as data: {count}.")
    }
    fn other_rows_note(&self, count: u64) -> String {
        format!(
            "Rows read as headings, notes, legends or repeated header rows, not as data: {count}."
        )
    }
    fn column_choice_note(&self, sheet: &str, field: &str, used: &str, ignored: &str) -> String {
        format!("{sheet}: two columns name {field}; read {used}, not {ignored}.")
    }
}

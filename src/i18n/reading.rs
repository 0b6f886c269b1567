//! What the reader says of a workbook it cannot read or reads in part: refusals, reading problems, the notes on a copy.
//! One method a sentence; each language's `reading.rs` writes them all.

/// What the reader says of a workbook it cannot read or reads in part: refusals, reading problems, the notes on a copy.
///
/// A refusal is one line without the file name (the caller adds it): what is wrong, what to do,
/// and the technical cause (when there is one) after a dash. Sizes come in whole megabytes.
pub trait ReadingTexts {
    /// The file's extension is none that teamlint reads; `formats` lists those it reads
    /// (`.xlsx .xlsm …`).
    fn unknown_extension(&self, formats: &str) -> String;
    /// An Office lock file (`~$plan.xlsx`) given by name: `workbook` (`plan.xlsx`) is open in
    /// Excel, and teamlint reads the workbook itself.
    fn lock_file(&self, workbook: &str) -> String;
    /// The file system refused to open or read the file; `cause` is the system's words.
    fn cannot_open(&self, cause: &str) -> String;
    /// The file has no bytes.
    fn empty_file(&self) -> String;
    /// The file is `megabytes` large, more than the `limit` megabytes teamlint reads.
    fn file_too_large(&self, megabytes: u64, limit: u64) -> String;
    /// A file named `.ext` (a zip-based format) that is no zip archive.
    fn not_a_zip(&self, ext: &str) -> String;
    /// A file named `.xls` that is no Excel 97–2003 workbook.
    fn not_an_xls(&self) -> String;
    /// The workbook needs a password to open.
    fn encrypted(&self) -> String;
    /// An Excel 2.x to 95 file.
    fn older_than_excel97(&self) -> String;
    /// An Excel 97–2003 file named `.ext` (`xlsx`, `xlsm`, `xlsb`).
    fn xls_under_zip_name(&self, ext: &str) -> String;
    /// The archive or file ends early.
    fn truncated(&self) -> String;
    /// The file is damaged; `cause` is the reader's technical description.
    fn damaged(&self, cause: &str) -> String;
    /// A part of the archive unpacks to `megabytes`, more than the `limit` one part may have.
    fn zip_bomb(&self, part: &str, megabytes: u64, limit: u64) -> String;
    /// All parts unpack to `megabytes`, more than the `limit` for a file of this size.
    fn too_much_data(&self, megabytes: u64, limit: u64) -> String;
    /// Two entries of the archive share their data.
    fn overlapping_parts(&self, first: &str, second: &str) -> String;
    /// `count` sheets or parts point at one part.
    fn shared_part(&self, part: &str, count: u64) -> String;
    /// The archive holds `count` parts, more than a workbook has.
    fn too_many_parts(&self, count: u64) -> String;
    /// Sheet `sheet` brings the workbook above `limit` non-empty cells.
    fn too_many_cells(&self, sheet: &str, limit: u64) -> String;
    /// An `.xls` sheet spans `rows` × `cols`, more than teamlint reads from `.xls`.
    fn grid_too_large(&self, sheet: &str, rows: u64, cols: u64) -> String;
    /// The texts of an `.xls` sheet take more memory than teamlint allows.
    fn texts_too_large(&self, sheet: &str) -> String;
    /// An `.xls` in a code page without a decoder.
    fn unknown_code_page(&self, code_page: u64) -> String;
    /// A reader panicked on this file; `detail` is the panic message and place.
    fn internal_error(&self, detail: &str) -> String;

    /// The copy's Summary note: `count` rows read as totals or subtotals, not as data.
    fn totals_rows_note(&self, count: u64) -> String;
    /// The copy's Summary note: `count` rows read as headings, notes, legends or repeated
    /// header rows, not as data.
    fn other_rows_note(&self, count: u64) -> String;
    /// The copy's Summary note: two columns of `sheet` name `field`; `used` was read (its cell
    /// and text), not `ignored`.
    fn column_choice_note(&self, sheet: &str, field: &str, used: &str, ignored: &str) -> String;
}

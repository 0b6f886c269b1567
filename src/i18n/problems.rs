//! Why an input has no copy or no findings, and what the reader of a copy should know.
//! One method a sentence; each language's `problems.rs` writes them all.

/// Why an input has no copy or no findings, and what the reader of a copy should know.
pub trait ProblemTexts {
    /// A path given to the run that is neither a file nor a folder.
    fn not_found(&self) -> String;
    /// A folder that could not be searched, with the system's words for why.
    fn folder_unreadable(&self, detail: &str) -> String;
    /// The copy is not written through the linked folder `folder` inside the output folder.
    fn through_link(&self, folder: &str) -> String;
    /// The copy would take more than `mb` MB and is not written.
    fn copy_too_large(&self, mb: u64) -> String;
    /// The copy at `copy` could not be written, with the system's words for why.
    fn unwritten(&self, copy: &str, detail: &str) -> String;
    /// The copy was rebuilt: the workbook is Strict Open XML.
    fn rebuilt_strict(&self) -> String;
    /// The copy was rebuilt: the sheet `sheet` is not in the workbook's sheet list.
    fn rebuilt_missing_sheet(&self, sheet: &str) -> String;
    /// The copy was rebuilt: the part `part` could not be patched (`detail`).
    fn rebuilt_unpatchable(&self, part: &str, detail: &str) -> String;
    /// Entries of the original (`parts`, listed) had a wrong checksum; the copy has the right one.
    fn repaired(&self, parts: &str) -> String;
    /// No workbook was found under `searched` (the paths, listed); `skipped` lists files that
    /// were there and why each is not read (`plan.csv: a CSV export; …`). Nothing is written.
    fn nothing_to_check(&self, searched: &str, skipped: &[String]) -> String;
    /// Why a file was skipped: a CSV export (`name`).
    fn skipped_csv(&self, name: &str) -> String;
    /// Why a file was skipped: an Office lock file of the workbook `workbook`, which is open.
    fn skipped_lock(&self, name: &str, workbook: &str) -> String;
    /// Why a file was skipped: not a kind of file teamlint reads.
    fn skipped_other(&self, name: &str) -> String;
    /// A path given that is neither a file nor a folder (`name: no such file or folder`).
    fn skipped_missing(&self, name: &str) -> String;
    /// `--out` is one of the folders the workbooks are read from.
    fn out_is_input(&self, folder: &str) -> String;
    /// `--out` names a file, not a folder.
    fn out_is_file(&self, path: &str) -> String;
    /// `--out` cannot be made or written to (`detail`: the system's words).
    fn out_unwritable(&self, path: &str, detail: &str) -> String;
    /// No input could be read, so no report was written: an earlier run's in `out` stay.
    fn reports_kept(&self, out: &str) -> String;
}

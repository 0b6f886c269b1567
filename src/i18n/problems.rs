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
}

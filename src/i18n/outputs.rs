//! The words of the outputs: the annotated copy's sheets and notes, the group report,
//! report.html, the terminal summary. One method a sentence; each language writes them all.

/// How many findings of each severity (errors, warnings, infos).
pub type Counts = [u64; 3];

/// The words of the outputs: the annotated copy's sheets and notes, the group report,
/// report.html, the terminal summary.
pub trait OutputTexts {
    /// `n` findings of a severity (0 error, 1 warning, 2 info): `3 errors`, `1 Warnung`.
    fn counted(&self, n: u64, severity: usize) -> String;
    /// `n` units: `1 unit`, `2 Einheiten`.
    fn units(&self, n: u64) -> String;
    /// The word at the start of a terminal line for a workbook that could not be read
    /// (`UNREADABLE`), padded as the others.
    fn unreadable_word(&self) -> &'static str;
    /// The word at the start of a terminal line for a workbook read whose copy was not written.
    fn no_copy_word(&self) -> &'static str;
    /// The word at the start of a terminal line for a workbook read and written (`ok    `).
    fn ok_word(&self) -> &'static str;
    /// A failed workbook with no reason recorded.
    fn could_not_be_read(&self) -> &'static str;
    /// The run's results could not be read back (`detail`).
    fn results_unreadable(&self, detail: &str) -> String;
    /// `more` workbooks not listed in the summary.
    fn more_workbooks(&self, more: u64) -> String;
    /// The total line: workbooks, of them failed, units, and the findings counted.
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String;
    /// The line under the total: how many of those findings are across workbooks, and their
    /// rules' codes.
    fn of_which_across(&self, counts: &str, codes: &str) -> String;
    /// Waived findings: accepted, and expired.
    fn waived(&self, accepted: u64, expired: u64) -> String;
    /// Against a baseline: new, unchanged, resolved.
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String;
    /// `n` annotated copies.
    fn annotated_copies(&self, n: u64) -> String;
    /// Where the outputs were written: `Written to DIR: ITEMS`.
    fn written_to(&self, dir: &str, items: &str) -> String;
}

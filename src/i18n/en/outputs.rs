//! The words of the outputs, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::OutputTexts;

impl OutputTexts for English {
    fn counted(&self, n: u64, severity: usize) -> String {
        let word = match (severity, n == 1) {
            (0, true) => "error",
            (0, false) => "errors",
            (1, true) => "warning",
            (1, false) => "warnings",
            (_, true) => "info",
            (_, false) => "infos",
        };
        format!("{n} {word}")
    }
    fn units(&self, n: u64) -> String {
        if n == 1 {
            "1 unit".into()
        } else {
            format!("{n} units")
        }
    }
    fn unreadable_word(&self) -> &'static str {
        "UNREADABLE"
    }
    fn no_copy_word(&self) -> &'static str {
        "NO COPY"
    }
    fn ok_word(&self) -> &'static str {
        "ok    "
    }
    fn could_not_be_read(&self) -> &'static str {
        "could not be read"
    }
    fn results_unreadable(&self, detail: &str) -> String {
        format!("(the run's results could not be read back: {detail})")
    }
    fn more_workbooks(&self, more: u64) -> String {
        format!("... and {more} more workbooks (all listed in findings.json and the group report)")
    }
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String {
        format!(
            "Total: {workbooks} workbook{} ({failed} failed), {}: {counts}",
            if workbooks == 1 { "" } else { "s" },
            self.units(units)
        )
    }
    fn of_which_across(&self, counts: &str, codes: &str) -> String {
        format!("  of which {counts} across workbooks: {codes}")
    }
    fn waived(&self, accepted: u64, expired: u64) -> String {
        format!(
            "Waived: {accepted} accepted (they count for no exit code), {expired} expired (they \
             count again)"
        )
    }
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String {
        format!("Against the baseline: {new} new, {unchanged} unchanged, {resolved} resolved")
    }
    fn annotated_copies(&self, n: u64) -> String {
        format!("{n} annotated cop{}", if n == 1 { "y" } else { "ies" })
    }
    fn written_to(&self, dir: &str, items: &str) -> String {
        format!("Written to {dir}: {items}")
    }
}

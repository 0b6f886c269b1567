//! The words of the outputs: the annotated copy's sheets and notes, the group report, report.html, the terminal summary.
//! One method a sentence; each language's `outputs.rs` writes them all.

/// The words of the outputs: the annotated copy's sheets and notes, the group report, report.html, the terminal summary.
pub trait OutputTexts {}

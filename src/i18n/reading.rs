//! What the reader says of a workbook it cannot read or reads in part: refusals, reading problems, the notes on a copy.
//! One method a sentence; each language's `reading.rs` writes them all.

/// What the reader says of a workbook it cannot read or reads in part: refusals, reading problems, the notes on a copy.
pub trait ReadingTexts {}

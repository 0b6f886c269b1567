//! The rules' titles, explanations and the message of each finding.
//! One method a sentence; each language's `rules.rs` writes them all.

/// The rules' titles, explanations and the message of each finding.
pub trait RuleTexts {}

//! The command line's help and errors, the template, watch, serve and merge.
//! One method a sentence; each language's `commands.rs` writes them all.

/// The command line's help and errors, the template, watch, serve and merge.
pub trait CommandTexts {}

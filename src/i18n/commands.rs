//! The command line's help and errors, the template, watch, serve and merge.
//! One method a sentence; each language's `commands.rs` writes them all.

/// The command line's help and errors, the template, watch, serve and merge.
pub trait CommandTexts {
    /// `template` wrote the workbook at `path`.
    fn template_written(&self, path: &str) -> String;
    /// `template` refuses to overwrite the existing file `path` (without `--force`).
    fn template_exists(&self, path: &str) -> String;
    /// `template` refuses a name that does not end in `.xlsx`; `extension` is the name's own
    /// (empty when it has none).
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String;
    /// `template` could not write `path`, with the system's words for why.
    fn template_unwritten(&self, path: &str, detail: &str) -> String;
}

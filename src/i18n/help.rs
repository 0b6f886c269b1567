//! The command line's help (`teamlint --help`, `teamlint check --help`): what each command and
//! option does, and the headings and placeholders around them; each language's `help.rs`.

/// The help of the command line in one language. Commands are named as typed (`check`; the
/// program itself is `teamlint`), arguments by clap's id (`out`, `fail_on`, `help`); a test of
/// the binary asks every language for every command and argument, so none is missing.
pub trait HelpTexts {
    /// What a command does, in one line (the program's own line for `teamlint`), or `None` for
    /// a command this catalogue does not know.
    fn command_about(&self, command: &str) -> Option<&'static str>;
    /// What the help shows after a command's options (exit codes, notes, examples), if anything.
    fn command_after(&self, command: &str) -> Option<&'static str>;
    /// The help of argument `argument` of `command`, or `None` for one this catalogue does not
    /// know (`format` is [`HelpTexts::formats_help`]).
    fn argument_help(&self, command: &str, argument: &str) -> Option<&'static str>;
    /// The help of `--format`; `entries` are [`HelpTexts::format_entry`]'s, one a format.
    fn formats_help(&self, entries: &[String]) -> String;
    /// One format in `--format`'s help: `csv (findings.csv: one row per finding, …)`.
    fn format_entry(&self, format: &str, file: &str, purpose: OutputPurpose) -> String;
    /// What a group output is for (in `--format`'s help and docs/CONTRACT.md).
    fn output_purpose(&self, purpose: OutputPurpose) -> &'static str;
    /// A value's placeholder in the usage and option lines (`FILE`, `DATEI`, `FICHIER`), from its
    /// English name.
    fn placeholder(&self, english: &str) -> Option<&'static str>;
    /// The headings of the help: usage, commands, arguments, options (each with its colon).
    fn help_headings(&self) -> HelpHeadings;
    /// An option's default value, as the help adds it: `[default: teamlint-out]`.
    fn default_value(&self, value: &str) -> String;
    /// An option's possible values, listed: `[possible values: error, warning]`.
    fn possible_values(&self, values: &str) -> String;
}

/// Every placeholder the command line declares (`--out <DIR>`), in English: the keys of
/// [`HelpTexts::placeholder`].
pub const PLACEHOLDERS: &[&str] = &[
    "PATH", "FILE", "FILE|-", "I/N", "DIR", "SEVERITY", "PREVIOUS", "DATE", "FORMAT", "LANG", "N",
    "PARTS", "FOLDER", "SECONDS", "PORT", "ADDRESS", "TOKEN", "NAME", "MB", "MINUTES", "CODE",
    "COMMAND",
];

/// The fixed words of a help page in one language.
pub struct HelpHeadings {
    /// Before the usage line: `Usage:`.
    pub usage: &'static str,
    /// Above the commands: `Commands:`.
    pub commands: &'static str,
    /// Above the positional arguments: `Arguments:`.
    pub arguments: &'static str,
    /// Above the options: `Options:`.
    pub options: &'static str,
    /// In the usage line, where options may go: `[OPTIONS]`.
    pub options_token: &'static str,
}

/// Which group output a purpose describes (one variant a row of the outputs table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputPurpose {
    /// group-report.xlsx.
    GroupReport,
    /// findings.json.
    FindingsJson,
    /// findings.csv.
    FindingsCsv,
    /// findings.junit.xml.
    Junit,
    /// findings.parquet.
    Parquet,
    /// report.html.
    Page,
}

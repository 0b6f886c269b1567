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

/// The example rows' names in a template: one unit, four people, three departments.
pub struct TemplateExamples {
    /// The example unit's name.
    pub unit: &'static str,
    /// The four example people: coordinator, community manager, sponsor, helper.
    pub people: [&'static str; 4],
    /// Marketing, customer service, management.
    pub departments: [&'static str; 3],
}

/// The texts of the template workbook (`teamlint template`), beside the contract's own sheet
/// names, headers and hints.
pub trait TemplateTexts {
    /// The workbook's title and author properties.
    fn template_properties(&self) -> (&'static str, &'static str);
    /// The name of the Instructions sheet.
    fn instructions_sheet(&self) -> &'static str;
    /// The title of the warning on a value not in a drop-down list, and its message.
    fn unusual_value(&self) -> (&'static str, &'static str);
    /// The word added to the note of a required column (`Required.`).
    fn required_note(&self) -> &'static str;
    /// The number format of a date column, as Excel writes it (`yyyy-mm-dd`).
    fn date_format(&self) -> &'static str;
    /// The example rows' names.
    fn examples(&self) -> TemplateExamples;
    /// The Instructions sheet's title line and its two lines of introduction.
    fn instructions_intro(&self) -> [&'static str; 3];
    /// The headings of the Instructions sheet: the sheets, how they link, roles, values, the
    /// check, the columns, the rules.
    fn instructions_headings(&self) -> [&'static str; 7];
    /// One line of the sheet list: `name (required): purpose`.
    fn sheet_line(&self, name: &str, required: bool, purpose: &str) -> String;
    /// What a sheet (by its English contract name: Units, Staff, Allocation, Channels,
    /// Waivers) is for.
    fn sheet_purpose(&self, sheet: &str) -> &'static str;
    /// How the sheets link: three lines.
    fn sheet_links(&self) -> [&'static str; 3];
    /// One role's line: its word, whether it is a key role, the other words accepted.
    fn role_line(&self, role: &str, key: bool, also: &str) -> String;
    /// The line under the roles (other forms and free text).
    fn roles_note(&self) -> &'static str;
    /// How values are written: five lines.
    fn value_lines(&self) -> [&'static str; 5];
    /// How to run the check: four lines, the second a command line.
    fn run_lines(&self) -> [&'static str; 4];
    /// The heads of the column table: sheet, column, required, what to enter.
    fn column_heads(&self) -> [&'static str; 4];
    /// The word in the column table for a required column (`yes`).
    fn yes(&self) -> &'static str;
    /// The heads of the rule table: code, name, severity, what it checks.
    fn rule_heads(&self) -> [&'static str; 4];
}

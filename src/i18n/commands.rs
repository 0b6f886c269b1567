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

    /// The config file `path` cannot be read, with the system's words for why.
    fn config_unreadable(&self, path: &str, detail: &str) -> String;
    /// The config file has a key (`thresholds.tolerence`) its section does not have; `known`
    /// lists the section's keys.
    fn config_unknown_key(&self, path: &str, key: &str, known: &[String]) -> String;
    /// Line `line` of the config file (`text`) is not valid TOML or has a value of the wrong
    /// kind.
    fn config_syntax(&self, path: &str, line: u64, text: &str) -> String;
    /// The setting `key` must be above zero; `value` is what the file gives.
    fn config_not_positive(&self, path: &str, key: &str, value: &str) -> String;
    /// The setting `key` must be zero or more.
    fn config_negative(&self, path: &str, key: &str, value: &str) -> String;
    /// The setting `key` is a fraction from 0 to 1.
    fn config_not_fraction(&self, path: &str, key: &str, value: &str) -> String;
    /// Waiver number `n` names `rule`, which is no rule's code or name.
    fn config_waiver_rule(&self, path: &str, n: u64, rule: &str) -> String;
    /// Waiver number `n` (of `rule`) lacks `reason` or `approved_by`.
    fn config_waiver_incomplete(&self, path: &str, n: u64, rule: &str) -> String;
    /// Waiver number `n` (of `rule`) has `given` in `valid_until`, which is no date.
    fn config_waiver_date(&self, path: &str, n: u64, rule: &str, given: &str) -> String;
    /// `[rules.KEY]` names no rule.
    fn config_unknown_rule(&self, path: &str, key: &str) -> String;
    /// `[rules.A]` and `[rules.B]` both name the rule `code`.
    fn config_rule_twice(&self, path: &str, first: &str, second: &str, code: &str) -> String;
    /// A usage error: the required arguments `names` (listed) are missing.
    fn usage_missing_argument(&self, names: &str) -> String;
    /// A usage error: the option `name` does not exist; `suggested` is a close one, or empty.
    fn usage_unknown_argument(&self, name: &str, suggested: &str) -> String;
    /// A usage error: the command `name` does not exist; `suggested` is a close one, or empty.
    fn usage_unknown_command(&self, name: &str, suggested: &str) -> String;
    /// A usage error: `value` is not valid for `name`; `expected` lists or shows valid values
    /// (may be empty).
    fn usage_invalid_value(&self, name: &str, value: &str, expected: &str) -> String;
    /// A usage error: no command given; `commands` lists them.
    fn usage_missing_command(&self, commands: &str) -> String;
    /// A usage error: `name` cannot be used with `other`.
    fn usage_conflict(&self, name: &str, other: &str) -> String;
    /// A usage error of another kind.
    fn usage_other(&self) -> String;
    /// Where to read more: `help` is the command line to run (`teamlint check --help`).
    fn usage_more(&self, help: &str) -> String;
    /// `watch` was given `folder`, which is not a folder.
    fn watch_not_a_folder(&self, folder: &str) -> String;
    /// `watch` watches `folder` and writes to `out`; Ctrl-C stops it.
    fn watch_started(&self, folder: &str, out: &str) -> String;
    /// `watch`: the workbook `name` is gone and its copy removed.
    fn watch_removed(&self, name: &str) -> String;
    /// `watch` stopped.
    fn watch_stopped(&self) -> String;
    /// `watch`: the watched folder disappeared; the copies are kept.
    fn watch_folder_gone(&self, folder: &str) -> String;
    /// `watch`: the watched folder is back.
    fn watch_folder_back(&self, folder: &str) -> String;
    /// `explain` got `code`, which is no rule's code.
    fn unknown_rule(&self, code: &str) -> String;
    /// The `--files-from` list `list` cannot be read, with the system's words for why.
    fn list_unreadable(&self, list: &str, detail: &str) -> String;
    /// Half-written temporary files an interrupted run left were removed (`files`, listed).
    fn leftovers_removed(&self, files: &str) -> String;
    /// The working folder's config `file` is not read: the working folder lies in the input
    /// folder `folder`.
    fn config_not_read(&self, file: &str, folder: &str) -> String;
    /// Why `--out` cannot be written: the user may not write in the folder (or make it).
    fn out_no_permission(&self) -> String;
    /// Why `--out` cannot be written: it lies on a read-only drive or share.
    fn out_read_only(&self) -> String;
    /// Why `--out` cannot be made: a part of its path is a file, not a folder.
    fn out_below_a_file(&self) -> String;
}

/// What parts of one run must share, and a merge with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    /// The teamlint version and build.
    Build,
    /// The effective configuration (its hash).
    Config,
    /// The input list (its size and hash).
    Inputs,
    /// The number of shards.
    Split,
}

/// Why `merge` refuses its parts: one method a reason, each naming the part and what to do.
pub trait MergeTexts {
    /// No part file among the paths given (`paths`, listed).
    fn part_none(&self, paths: &str) -> String;
    /// A path given to the merge does not exist.
    fn part_not_found(&self, path: &str) -> String;
    /// A part cannot be read, with the system's words for why.
    fn part_unreadable(&self, path: &str, detail: &str) -> String;
    /// A file is not a teamlint part (`why`).
    fn part_not_a_part(&self, path: &str, why: &str) -> String;
    /// A part written by teamlint `theirs` in part format `their_format`; this is `ours`.
    fn part_version(
        &self,
        path: &str,
        theirs: &str,
        their_format: u64,
        ours: &str,
        our_format: u64,
    ) -> String;
    /// A shard given twice.
    fn part_duplicate(&self, shard: &str, first: &str, second: &str) -> String;
    /// The parts hold `held` workbooks, their input list `count`.
    fn part_incomplete(&self, held: u64, count: u64) -> String;
    /// A part changed after it was written: its digest is `actual`, its manifest says `recorded`.
    fn part_digest(&self, path: &str, shard: &str, recorded: &str, actual: &str) -> String;
    /// A part damaged at `line` (0: the file as a whole) for `reason`.
    fn part_damaged(&self, path: &str, line: u64, reason: &str) -> String;
    /// Shards `shards` (listed; `count` of them) have no part `files`; `again` runs them.
    fn part_missing(&self, shards: &str, count: u64, files: &str, again: &str) -> String;
    /// One stale part: `path` of `shard`, whose `input` and `more` others changed since.
    fn part_stale_entry(&self, path: &str, shard: &str, input: &str, more: u64) -> String;
    /// `count` parts (`listed`) are older than their inputs; `again` runs them.
    fn part_stale(&self, listed: &str, count: u64, again: &str) -> String;
    /// A value of a shared setting as a reader sees it (`raw` as the parts record it; for
    /// the inputs `COUNT HASH`).
    fn setting_value(&self, setting: Setting, raw: &str) -> String;
    /// All `agreeing` parts share `usual` in `setting`, the merge has `ours` (both shown).
    fn merge_differs(&self, setting: Setting, agreeing: u64, usual: &str, ours: &str) -> String;
    /// Parts `listed` (`odd` of them) differ in `setting` from the other `agreeing` parts
    /// (`usual`, shown); `ours` is the merge's own value when it differs too; `split` is the
    /// usual number of shards as recorded (for `--shard I/N`).
    #[allow(clippy::too_many_arguments)]
    fn parts_differ(
        &self,
        setting: Setting,
        listed: &str,
        odd: u64,
        agreeing: u64,
        usual: &str,
        ours: Option<&str>,
        split: &str,
    ) -> String;
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

/// Names in backticks joined as running text: `` `a`, `b` and `c` ``, with `and` the language's
/// word.
pub(crate) fn quoted_list(names: &[String], and: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The texts of `teamlint serve`: its terminal lines, pages and refusals.
pub trait ServeTexts {
    /// `serve` started: the address to open, with its token.
    fn serve_open(&self, url: &str) -> String;
    /// `serve` started: uploads are deleted `minutes` after their check; Ctrl-C stops.
    fn serve_kept(&self, minutes: u64) -> String;
    /// `serve` stops once the check under way is done.
    fn serve_stopping(&self) -> String;
    /// `serve --bind` to another address than loopback without `--token`.
    fn serve_token_required(&self, address: &str) -> String;
    /// `--token` shorter than 16 characters.
    fn serve_token_too_short(&self) -> String;
    /// The language's code for `<html lang>`.
    fn page_lang_code(&self) -> &'static str;
    /// The link back to the upload page.
    fn page_back(&self) -> &'static str;
    /// The upload page's title.
    fn upload_title(&self) -> &'static str;
    /// The upload page's heading.
    fn upload_heading(&self) -> &'static str;
    /// The upload page's introduction.
    fn upload_intro(&self) -> &'static str;
    /// The drop zone.
    fn upload_drop(&self) -> &'static str;
    /// Beside the file picker.
    fn upload_choose(&self) -> &'static str;
    /// The button that sends the upload.
    fn upload_check(&self) -> &'static str;
    /// While the upload runs.
    fn upload_uploading(&self) -> &'static str;
    /// While the check runs.
    fn upload_checking(&self) -> &'static str;
    /// The upload failed in the browser.
    fn upload_failed(&self) -> &'static str;
    /// The waiting page's title.
    fn waiting_title(&self) -> &'static str;
    /// The waiting page's note.
    fn waiting_note(&self) -> &'static str;
    /// The upload limits: the extensions, the most files, the largest file and upload.
    fn upload_limits(&self, extensions: &str, files: u64, file: &str, request: &str) -> String;
    /// `workbooks` are being checked.
    fn waiting_checking(&self, workbooks: u64) -> String;
    /// `ahead` uploads wait before this one.
    fn waiting_queue(&self, ahead: u64) -> String;
    /// The title of the page of a check that could not run.
    fn check_failed_title(&self) -> &'static str;
    /// The title of the page of a result that is gone.
    fn gone_title(&self) -> &'static str;
    /// The page of a result that is gone.
    fn gone_text(&self) -> &'static str;
    /// The upload is larger than `limit`.
    fn upload_too_large(&self, limit: &str) -> String;
    /// The request is not a form upload.
    fn upload_not_form(&self) -> String;
    /// The upload broke off, with the system's words for why.
    fn upload_broke(&self, detail: &str) -> String;
    /// The upload holds more than `files` files.
    fn upload_too_many(&self, files: u64) -> String;
    /// The file `name` is larger than `limit`.
    fn upload_file_too_large(&self, name: &str, limit: &str) -> String;
    /// No workbook in the upload; `extensions` are those read.
    fn upload_empty(&self, extensions: &str) -> String;
    /// A request under another host name.
    fn forbidden_host(&self) -> String;
    /// A request without the token.
    fn forbidden_token(&self) -> String;
    /// An upload from another site or port.
    fn forbidden_origin(&self) -> String;
    /// How long a result is kept: `minutes` after the check, until `hour`:`minute` UTC.
    fn result_kept(&self, minutes: &str, hour: u64, minute: u64) -> String;
}

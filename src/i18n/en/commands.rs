//! The command line's help and errors, the template, watch, serve and merge, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::commands::Setting;
use crate::i18n::commands::quoted_list;
use crate::i18n::{CommandTexts, MergeTexts, ServeTexts, TemplateExamples, TemplateTexts};

impl CommandTexts for English {
    fn template_written(&self, path: &str) -> String {
        format!("wrote the template {path}")
    }
    fn template_exists(&self, path: &str) -> String {
        format!(
            "{path} already exists and is left as it is; choose another name, or give --force \
             to replace it"
        )
    }
    fn template_not_xlsx(&self, path: &str, extension: &str) -> String {
        let what = if extension.is_empty() {
            "a name without an extension".to_string()
        } else {
            format!("a .{extension} name")
        };
        format!(
            "{path}: the template is an Excel workbook and is written as .xlsx only, not under \
             {what}; name it e.g. plan.xlsx"
        )
    }
    fn template_unwritten(&self, path: &str, detail: &str) -> String {
        format!("cannot write the template {path}: {detail}")
    }
    fn config_unreadable(&self, path: &str, detail: &str) -> String {
        format!("{path}: cannot read config: {detail}")
    }
    fn config_unknown_key(&self, path: &str, key: &str, known: &[String]) -> String {
        format!(
            "{path}: the setting `{key}` does not exist; the section has {}",
            quoted_list(known, "and")
        )
    }
    fn config_syntax(&self, path: &str, line: u64, text: &str) -> String {
        format!(
            "{path}, line {line} ({text}): not a setting teamlint can read; write key = value, \
             text in quotes, numbers with a decimal point"
        )
    }
    fn config_not_positive(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}: {key} must be a positive number, got {value}")
    }
    fn config_negative(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}: {key} must be zero or more, got {value}")
    }
    fn config_not_fraction(&self, path: &str, key: &str, value: &str) -> String {
        format!("{path}: {key} is a fraction from 0 to 1 (0.1 = 10 %), got {value}")
    }
    fn config_waiver_rule(&self, path: &str, n: u64, rule: &str) -> String {
        format!("{path}: waiver {n}: rule {rule} is no rule's code or name (see `teamlint rules`)")
    }
    fn config_waiver_incomplete(&self, path: &str, n: u64, rule: &str) -> String {
        format!("{path}: waiver {n} ({rule}): reason and approved_by are required")
    }
    fn config_waiver_date(&self, path: &str, n: u64, rule: &str, given: &str) -> String {
        format!(
            "{path}: waiver {n} ({rule}): valid_until must be a date like 2026-12-31, got \
             \"{given}\""
        )
    }
    fn config_unknown_rule(&self, path: &str, key: &str) -> String {
        format!("{path}: rules.{key}: no rule has this code or name (see `teamlint rules`)")
    }
    fn config_rule_twice(&self, path: &str, first: &str, second: &str, code: &str) -> String {
        format!("{path}: rules.{first} and rules.{second} both name {code}: keep one")
    }
    fn usage_missing_argument(&self, names: &str) -> String {
        format!("missing: {names}")
    }
    fn usage_unknown_argument(&self, name: &str, suggested: &str) -> String {
        match suggested {
            "" => format!("there is no option {name}"),
            s => format!("there is no option {name}; did you mean {s}?"),
        }
    }
    fn usage_unknown_command(&self, name: &str, suggested: &str) -> String {
        match suggested {
            "" => format!("there is no command {name}"),
            s => format!("there is no command {name}; did you mean {s}?"),
        }
    }
    fn usage_invalid_value(&self, name: &str, value: &str, expected: &str) -> String {
        match expected {
            "" => format!("'{value}' is not a valid value for {name}"),
            e => format!("'{value}' is not a valid value for {name} (possible: {e})"),
        }
    }
    fn usage_missing_command(&self, commands: &str) -> String {
        format!("give a command: {commands}")
    }
    fn usage_conflict(&self, name: &str, other: &str) -> String {
        format!("{name} cannot be used together with {other}")
    }
    fn usage_other(&self) -> String {
        "the command line is not valid".into()
    }
    fn usage_more(&self, help: &str) -> String {
        format!("more: {help}")
    }
    fn watch_not_a_folder(&self, folder: &str) -> String {
        format!("{folder} is not a folder")
    }
    fn watch_started(&self, folder: &str, out: &str) -> String {
        format!("watching {folder} → {out} (Ctrl-C stops)")
    }
    fn watch_removed(&self, name: &str) -> String {
        format!("removed  {name}")
    }
    fn watch_stopped(&self) -> String {
        "stopped".into()
    }
    fn watch_folder_gone(&self, folder: &str) -> String {
        format!(
            "the folder {folder} is gone; the copies are kept, and the watch goes on when it is \
             back"
        )
    }
    fn watch_folder_back(&self, folder: &str) -> String {
        format!("the folder {folder} is back; watching it again")
    }
    fn unknown_rule(&self, code: &str) -> String {
        format!("unknown rule code '{code}'; `teamlint rules` lists them")
    }
    fn list_unreadable(&self, list: &str, detail: &str) -> String {
        format!("--files-from {list}: cannot read it: {detail}")
    }
    fn leftovers_removed(&self, files: &str) -> String {
        format!("removed half-written temporary files an interrupted run left: {files}")
    }
    fn config_not_read(&self, file: &str, folder: &str) -> String {
        format!(
            "{file} in the working folder is not read: the working folder lies in the input \
             folder {folder}, where a dropped file must not change the rules (give it with \
             --config)"
        )
    }
    fn out_no_permission(&self) -> String {
        "you have no permission to write there".into()
    }
    fn out_read_only(&self) -> String {
        "it lies on a read-only drive or share".into()
    }
    fn out_below_a_file(&self) -> String {
        "a part of the path is a file, not a folder".into()
    }
}

impl TemplateTexts for English {
    fn template_properties(&self) -> (&'static str, &'static str) {
        ("Social media staffing", "teamlint template")
    }
    fn instructions_sheet(&self) -> &'static str {
        "Instructions"
    }
    fn unusual_value(&self) -> (&'static str, &'static str) {
        (
            "Unusual value",
            "This value is not in the list. teamlint may not understand it; see the Instructions \
             sheet.",
        )
    }
    fn required_note(&self) -> &'static str {
        "Required."
    }
    fn date_format(&self) -> &'static str {
        "yyyy-mm-dd"
    }
    fn examples(&self) -> TemplateExamples {
        TemplateExamples {
            unit: "Example Ltd",
            people: [
                "Alex Example",
                "Sam Sample",
                "Dr. Kim Board",
                "Robin Helper",
            ],
            departments: ["Marketing", "Customer service", "Management"],
        }
    }
    fn instructions_intro(&self) -> [&'static str; 3] {
        [
            "teamlint – social media staffing workbook",
            "Enter your unit, your team, the time allocation and the channel plan on the sheets \
             of this workbook and let teamlint check them.",
            "The example rows show how: overwrite or delete them. Every header has a comment \
             that explains the column.",
        ]
    }
    fn instructions_headings(&self) -> [&'static str; 7] {
        [
            "The sheets",
            "How the sheets link",
            "Roles (column Role)",
            "Values",
            "Run the check",
            "The columns",
            "The rules",
        ]
    }
    fn sheet_line(&self, name: &str, required: bool, purpose: &str) -> String {
        let needed = if required { "required" } else { "optional" };
        format!("{name} ({needed}): {purpose}")
    }
    fn sheet_purpose(&self, sheet: &str) -> &'static str {
        match sheet {
            "Units" => {
                "the business units or subsidiaries: country, size, organisation form, \
                 coordinator, sponsor, guidelines, budget (optional)"
            }
            "Staff" => {
                "everyone who works on social media: one row per person with a unique Person ID, \
                 role, weekly hours, cost and deputy"
            }
            "Allocation" => {
                "who spends how much time on which channel: one row per person and channel, in \
                 hours per week or as a share"
            }
            "Channels" => {
                "the channel plan: every channel with its status, posts per week, required \
                 hours, budget and owner"
            }
            _ => {
                "findings your unit has agreed to accept for a while (optional): rule, unit, \
                 subject, reason, who approved it and until when; the finding stays visible in \
                 grey and counts again the day after"
            }
        }
    }
    fn sheet_links(&self) -> [&'static str; 3] {
        [
            "The Person ID links the sheets: every Person ID in Allocation, Deputy, Coordinator, \
             Executive sponsor and Owner must be on the Staff sheet.",
            "The channel name links Allocation and the channel plan (case does not matter). Time \
             on a channel that is not in the channel plan is reported.",
            "The unit links all sheets. When the workbook holds one unit, the Unit column of the \
             other sheets may stay empty.",
        ]
    }
    fn role_line(&self, role: &str, key: bool, also: &str) -> String {
        let key = if key {
            " – key role: needs a deputy"
        } else {
            ""
        };
        format!("{role}{key}   (also: {also})")
    }
    fn roles_note(&self) -> &'static str {
        "Other roles may be entered as free text; German and French role names are understood too."
    }
    fn value_lines(&self) -> [&'static str; 5] {
        [
            "Numbers may use a decimal point or comma and a unit: 38.5 – 1,234.50 EUR – 12 h.",
            "Share (Allocation): share of the person's weekly hours, e.g. 50%, 50 %, 0.5 or 50. \
             Each row needs hours or a share; with both, hours win.",
            "Yes/no columns: yes/no, ja/nein, x or blank.",
            "Budget in the channel plan: money per year, or free/none – teamlint then shows what \
             the working time really costs.",
            "The drop-down lists suggest the usual words; German words (aktiv, geplant, …) are \
             understood as well.",
        ]
    }
    fn run_lines(&self) -> [&'static str; 4] {
        [
            "Put the filled workbooks (also of several subsidiaries) into one folder and run:",
            "teamlint check FOLDER --out teamlint-out",
            "You get an annotated copy of each workbook (NAME.checked.xlsx), a group report \
             (group-report.xlsx) and findings.json.",
            "teamlint rules lists every rule, teamlint explain CODE explains one (e.g. teamlint \
             explain SPOF001).",
        ]
    }
    fn column_heads(&self) -> [&'static str; 4] {
        ["Sheet", "Column", "Required", "What to enter"]
    }
    fn yes(&self) -> &'static str {
        "yes"
    }
    fn rule_heads(&self) -> [&'static str; 4] {
        ["Code", "Name", "Severity", "What it checks"]
    }
}

impl MergeTexts for English {
    fn part_none(&self, paths: &str) -> String {
        format!("no part files (teamlint-part-*.jsonl.gz) in {paths}")
    }
    fn part_not_found(&self, path: &str) -> String {
        format!(
            "part {path}: no such file or folder; give the part files, or the folder the shards \
             wrote them to"
        )
    }
    fn part_unreadable(&self, path: &str, detail: &str) -> String {
        format!("part {path}: cannot read it: check that you may open it — {detail}")
    }
    fn part_not_a_part(&self, path: &str, why: &str) -> String {
        format!("part {path}: not a teamlint part file ({why})")
    }
    fn part_version(
        &self,
        path: &str,
        theirs: &str,
        their_format: u64,
        ours: &str,
        our_format: u64,
    ) -> String {
        format!(
            "part {path}: written by teamlint {theirs} (part format {their_format}); this is \
             teamlint {ours} (part format {our_format}): check that shard again with this version"
        )
    }
    fn part_duplicate(&self, shard: &str, first: &str, second: &str) -> String {
        format!("shard {shard} is given twice: {first} and {second}; give each shard's part once")
    }
    fn part_incomplete(&self, held: u64, count: u64) -> String {
        format!(
            "the parts hold {held} workbooks, but their input list has {count}: a part was \
             changed after it was written; run every shard again"
        )
    }
    fn part_digest(&self, path: &str, shard: &str, recorded: &str, actual: &str) -> String {
        format!(
            "part {path} (shard {shard}) was changed after it was written: its contents' digest \
             is {actual}, its manifest says {recorded}; run that shard again"
        )
    }
    fn part_damaged(&self, path: &str, line: u64, reason: &str) -> String {
        format!("part {path} is damaged at line {line}: {reason}; run that shard again")
    }
    fn part_missing(&self, shards: &str, count: u64, files: &str, again: &str) -> String {
        if count == 1 {
            format!(
                "shard {shards} is missing: no {files} among the parts given; run that shard \
                 (again) before the merge: {again}"
            )
        } else {
            format!(
                "shards {shards} are missing: no {files} among the parts given; run them (again) \
                 before the merge: {again}"
            )
        }
    }
    fn part_stale_entry(&self, path: &str, shard: &str, input: &str, more: u64) -> String {
        let more = match more {
            0 => String::new(),
            n => format!(" and {n} more"),
        };
        format!("{path} (shard {shard}: {input}{more} changed since)")
    }
    fn part_stale(&self, listed: &str, count: u64, again: &str) -> String {
        if count == 1 {
            format!(
                "part {listed} is older than its inputs; run that shard again before the merge: \
                 {again}"
            )
        } else {
            format!(
                "{count} parts are older than their inputs: {listed}; run those shards again \
                 before the merge: {again}"
            )
        }
    }
    fn setting_value(&self, setting: Setting, raw: &str) -> String {
        match setting {
            Setting::Build => format!("teamlint {raw}"),
            Setting::Config => format!("config hash {raw}"),
            Setting::Inputs => {
                let (count, hash) = raw.split_once(' ').unwrap_or((raw, ""));
                format!("{count} workbooks, hash {hash}")
            }
            Setting::Split => format!("{raw} shards"),
        }
    }
    fn merge_differs(&self, setting: Setting, agreeing: u64, usual: &str, ours: &str) -> String {
        match setting {
            Setting::Build => format!(
                "all {agreeing} parts were written by {usual}, this merge is {ours}: merge with \
                 the shards' teamlint (the same image), or run every shard again with this one"
            ),
            Setting::Config => format!(
                "all {agreeing} parts were checked with {usual}, this merge's is {ours}: run the \
                 merge with the shards' teamlint.toml (in their folder, or --config), or every \
                 shard again with this one"
            ),
            _ => format!(
                "all {agreeing} parts are written in {usual}, this merge writes {ours}: merge \
                 with {usual} (or without --lang), or run every shard again with {ours}"
            ),
        }
    }
    fn parts_differ(
        &self,
        setting: Setting,
        listed: &str,
        odd: u64,
        agreeing: u64,
        usual: &str,
        ours: Option<&str>,
        split: &str,
    ) -> String {
        let one = odd == 1;
        let (noun, remedy) = match setting {
            Setting::Build => (
                "the teamlint build",
                "with the others' teamlint (pin the image by its digest)".to_string(),
            ),
            Setting::Config => (
                "configuration",
                "with the same teamlint.toml as the others".to_string(),
            ),
            Setting::Inputs => (
                "input list",
                "with the same input list as the others".to_string(),
            ),
            Setting::Split => ("split", format!("with --shard I/{split}")),
        };
        let who = if one { "part" } else { "parts" };
        let verb = if one { "differs" } else { "differ" };
        let others = if agreeing == 1 {
            "the other part".to_string()
        } else {
            format!("the other {agreeing} parts")
        };
        let merge = ours.map_or(String::new(), |o| format!(", and this merge has {o}"));
        let them = if one { "that shard" } else { "those shards" };
        format!(
            "{who} {listed} {verb} in {noun} from {others} ({usual}){merge}: run {them} again \
             {remedy}"
        )
    }
}

impl ServeTexts for English {
    fn serve_open(&self, url: &str) -> String {
        format!("teamlint serve: open {url} in your browser")
    }
    fn serve_kept(&self, minutes: u64) -> String {
        format!(
            "Uploads stay on this machine and are deleted {minutes} minutes after their check. Ctrl-C stops."
        )
    }
    fn serve_stopping(&self) -> String {
        "teamlint serve: stopping; waiting for the check under way".into()
    }
    fn serve_token_required(&self, address: &str) -> String {
        format!(
            "--bind {address} makes the page reachable from other machines: give a --token of at least 16 characters as well"
        )
    }
    fn serve_token_too_short(&self) -> String {
        "the --token must have at least 16 characters".into()
    }
    fn page_lang_code(&self) -> &'static str {
        "en"
    }
    fn page_back(&self) -> &'static str {
        "Check workbooks"
    }
    fn upload_title(&self) -> &'static str {
        "teamlint: check workbooks"
    }
    fn upload_heading(&self) -> &'static str {
        "teamlint: check staffing workbooks"
    }
    fn upload_intro(&self) -> &'static str {
        "Drop the workbooks of your units here, or choose them. teamlint checks them on this computer and shows the findings; then you can download the annotated copies and the group report."
    }
    fn upload_drop(&self) -> &'static str {
        "Drop workbooks here"
    }
    fn upload_choose(&self) -> &'static str {
        "or choose them:"
    }
    fn upload_check(&self) -> &'static str {
        "Check"
    }
    fn upload_uploading(&self) -> &'static str {
        "Uploading…"
    }
    fn upload_checking(&self) -> &'static str {
        "Checking…"
    }
    fn upload_failed(&self) -> &'static str {
        "The upload failed: is teamlint serve still running?"
    }
    fn waiting_title(&self) -> &'static str {
        "teamlint: checking"
    }
    fn waiting_note(&self) -> &'static str {
        "This page shows the report as soon as the check is done."
    }
    fn upload_limits(&self, extensions: &str, files: u64, file: &str, request: &str) -> String {
        format!(
            "{extensions}: up to {files} files, {file} each, {request} in all. The files stay on this computer and are deleted an hour after the check."
        )
    }
    fn waiting_checking(&self, workbooks: u64) -> String {
        format!(
            "Checking {workbooks} workbook{}…",
            if workbooks == 1 { "" } else { "s" }
        )
    }
    fn waiting_queue(&self, ahead: u64) -> String {
        format!(
            "Waiting: {ahead} upload{} before yours…",
            if ahead == 1 { "" } else { "s" }
        )
    }
    fn check_failed_title(&self) -> &'static str {
        "The check could not run"
    }
    fn gone_title(&self) -> &'static str {
        "No such result"
    }
    fn gone_text(&self) -> &'static str {
        "This result has been deleted (an hour after its check) or never existed. Upload the workbooks again."
    }
    fn upload_too_large(&self, limit: &str) -> String {
        format!(
            "The upload is larger than {limit}, the most one upload may have: upload fewer workbooks at a time."
        )
    }
    fn upload_not_form(&self) -> String {
        "Send the workbooks as a form upload (multipart/form-data).".into()
    }
    fn upload_broke(&self, detail: &str) -> String {
        format!("The upload broke off: {detail}. Please try again.")
    }
    fn upload_too_many(&self, files: u64) -> String {
        format!(
            "The upload holds more than {files} files, the most one upload may have: upload the rest separately."
        )
    }
    fn upload_file_too_large(&self, name: &str, limit: &str) -> String {
        format!(
            "{name} is larger than {limit}, the most one file may have: remove what the plan does not need and save it again."
        )
    }
    fn upload_empty(&self, extensions: &str) -> String {
        format!("No workbook in the upload: choose or drop {extensions} files.")
    }
    fn forbidden_host(&self) -> String {
        "Forbidden: this page answers only under the address teamlint serve printed.".into()
    }
    fn forbidden_token(&self) -> String {
        "Forbidden: open the address with the token that teamlint serve printed.".into()
    }
    fn forbidden_origin(&self) -> String {
        "Forbidden: workbooks are taken only from teamlint's own page, not from another site or port.".into()
    }
    fn result_kept(&self, minutes: &str, hour: u64, minute: u64) -> String {
        format!(
            "This page and its downloads are kept for {minutes} minutes after the check, until {hour:02}:{minute:02} UTC; then they are deleted. Download what you need, this page too (report.html)."
        )
    }
}

//! The English help of the command line.
//! Commands by name, arguments by clap's id, as `i18n::help` describes them.

use super::English;
use crate::i18n::help::{HelpHeadings, HelpTexts, OutputPurpose, PLACEHOLDERS};

impl HelpTexts for English {
    fn command_about(&self, command: &str) -> Option<&'static str> {
        Some(match command {
            "teamlint" => {
                "Checks social media staffing workbooks (staff, weekly time allocation, channel \
                 plans) for single points of failure, understaffing, missing coordination and \
                 \"free\" channels that cost staff time. Writes annotated copies, a group report \
                 and findings for scripts."
            }
            "check" => {
                "Check workbooks (.xlsx .xlsm .xlsb .xls .ods); folders are searched recursively"
            }
            "merge" => "Merge the parts of a sharded run into the group report and findings files",
            "rules" => "List every rule: code, name, default severity and what it checks",
            "template" => {
                "Write a ready-to-fill .xlsx workbook: an instruction sheet, the five sheets, \
                 drop-downs"
            }
            "watch" => {
                "Watch a drop folder: check every workbook in it, then each one that appears or \
                 changes"
            }
            "serve" => {
                "Open a page on this computer to drop workbooks on, read the report, download the \
                 copies"
            }
            "explain" => "Explain one rule: what it checks, why it matters, how to fix it",
            "help" => "Show this help, or the help of the command named",
            _ => return None,
        })
    }

    fn command_after(&self, command: &str) -> Option<&'static str> {
        Some(match command {
            "teamlint" => {
                "\
Examples:
  teamlint check samples
  teamlint check plans/ --out results --fail-on warning --format csv
  teamlint check --files-from list.txt --shard 2/8 --part --out shared/run
  teamlint merge shared/run --out shared/run
  teamlint rules --lang de
  teamlint explain SPOF001
  teamlint watch incoming --out results
  teamlint serve"
            }
            "check" => {
                "\
Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, or an input could not be read (the others are still checked)
  With --part: 0 once the part is written (whatever it holds; the merge judges the run),
  2 when it could not be written.

Configuration: --config FILE, else teamlint.toml in the working folder, else the defaults.
The working folder's file is not read when the working folder is, or lies in, a folder the
workbooks are read from (a dropped file must not switch rules off); a line says so.

Outputs in --out: NAME.checked.xlsx per input (flagged cells with notes, Findings and
Summary sheets), group-report.xlsx, findings.json (plus .csv/.parquet/.junit.xml with
--format), report.html (the whole run as one page for a browser); with --part,
teamlint-part-I-of-N.jsonl.gz instead of the group outputs. --out may lie inside an input
folder, not be one: a search skips the --out folder and teamlint's own outputs anywhere
(*.checked.xlsx, *.checked.xlsm, group-report.xlsx). A run that finds or reads no workbook
writes nothing (exit 2), so an earlier run's reports stay.

Examples:
  teamlint check plans/ --out results
  find plans -name '*.xlsx' | teamlint check --files-from - --out results
  teamlint check --files-from list.txt --shard 3/8 --part --out /shared/run-42
      (worker 3 of 8: checks its share of list.txt and writes its part)
  teamlint merge /shared/run-42 --out /shared/run-42
      (after all 8 workers: the group report and findings of the whole list)

Sharding: every worker gets the same list (paths relative to the folder it runs in) and its
index; a workbook belongs to shard (FNV-1a hash of its path as listed) mod N + 1. A rerun of
a shard replaces its part. See docs/SCALING.md for Kubernetes, Slurm and AWS Batch."
            }
            "merge" => {
                "\
Takes the part files of every shard of one run (files, or folders searched for
teamlint-part-*.jsonl.gz), checks that they belong together (same teamlint build,
configuration and input list, each part against most of the others and against the merge;
every shard once; each part's digest; no input changed since its shard read it), runs the
group rules over all of them (COORD003, DATA004 across workbooks) and writes
group-report.xlsx, findings.json (plus --format files) and report.html into --out, exactly as
one run over the whole list would, in the language of --lang (a part holds no sentences, so any language will do); with
--baseline, new and resolved findings against an earlier run or merge. The annotated copies
stay where the shards wrote them (give every shard the same --out).

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, a part that does not fit (another build, config or list; shards missing,
     named with the command to run them, or given twice; a damaged or altered part; a part
     older than its inputs: the reason names it), or an input of the run could not be read

Examples:
  teamlint merge /shared/run-42 --out /shared/run-42
  teamlint merge parts/teamlint-part-*.jsonl.gz --out report --format csv --fail-on warning"
            }
            "watch" => {
                "\
Examples:
  teamlint watch incoming --out results
  teamlint watch //fileserver/hr/plans --out results --poll 10 --lang de

A workbook is read once its size and time have held for --settle seconds and it can be
opened; Office lock files (~$...) and hidden or temporary files are skipped. After each change
the annotated copy, group-report.xlsx, findings.json and report.html are rewritten (each under
a temporary name, then renamed). One line per workbook. Ctrl-C or SIGTERM stops between two
checks, so no output is left half-written."
            }
            "serve" => {
                "\
Examples:
  teamlint serve                  then open the address it prints
  teamlint serve --port 9000 --lang de
  teamlint serve --bind 0.0.0.0 --token \"$(openssl rand -hex 24)\" --allow-host plans.intra

The page listens on 127.0.0.1 only and prints its address with a random token; requests
without the token, or naming another host (DNS rebinding), get 403. Uploads are kept in a
private temporary folder, checked one at a time, and deleted after download or after
--keep-minutes. Nothing is sent anywhere."
            }
            _ => return None,
        })
    }

    fn argument_help(&self, command: &str, argument: &str) -> Option<&'static str> {
        Some(match (command, argument) {
            (_, "help") => "Show this help",
            (_, "version") => "Show teamlint's version",
            ("help", "subcommand") => "The command whose help to show",
            ("check", "paths") => "Workbooks or folders to check",
            ("check", "files_from") => {
                "A list of workbooks (or folders) to check, one path per line, `-` for standard \
                 input; relative paths are relative to the working folder, and findings name \
                 each workbook as listed. Blank lines and lines starting with # are skipped"
            }
            ("check", "shard") => {
                "Check only shard I of N of the input list (counted from 1, e.g. 3/8): the \
                 workbooks whose path hashes to it. Needs --part"
            }
            ("check", "part") => {
                "Write this run's results as a part file (teamlint-part-I-of-N.jsonl.gz in \
                 --out) for `teamlint merge`, instead of the group report and findings files"
            }
            ("merge", "parts") => "Part files, or folders holding them (searched recursively)",
            ("check" | "merge", "out") => {
                "Folder for the outputs; input folders are mirrored below it"
            }
            ("watch", "out") => {
                "Folder for the outputs; input folders are mirrored below it. It may lie inside \
                 FOLDER"
            }
            ("check" | "merge" | "watch", "config") => {
                "Config file with thresholds and rule severities. Default: teamlint.toml in the \
                 working folder if present, unless the working folder is, or lies in, a folder \
                 the workbooks are read from (a file dropped there must not change the rules); \
                 then only --config"
            }
            ("serve", "config") => {
                "Config file with thresholds and rule severities (default: ./teamlint.toml if \
                 present)"
            }
            (_, "fail_on") => {
                "Lowest severity that makes the exit code 1; `never` exits 0 unless an input \
                 failed. With --baseline, only new findings count (see --fail-on-all)"
            }
            (_, "baseline") => {
                "A previous run to compare with: its --out folder or its findings.json. Each \
                 finding is marked new or unchanged, the previous findings that are gone are \
                 listed as resolved, and --fail-on counts new findings only"
            }
            (_, "fail_on_all") => {
                "With --baseline: count every finding for --fail-on, not only the new ones"
            }
            (_, "today") => {
                "The day waivers are judged on, YYYY-MM-DD (default: today), for tests and \
                 replays"
            }
            ("check" | "merge", "lang") => {
                "Language of notes, added sheets and the terminal summary: en, de or fr (any \
                 case; de-DE, fr_FR count too). Default: the language of LANG (de_*, fr_*), else \
                 en; a merge defaults to its parts' language"
            }
            ("watch", "lang") => {
                "Language of notes, reports and the lines printed: en, de or fr (any case; \
                 de-DE, fr_FR count too). Default: the language of LANG (de_*, fr_*), else en"
            }
            ("serve", "lang") => {
                "The language of the pages and reports: en, de or fr (any case; de-DE, fr_FR \
                 count too). Default: the browser's"
            }
            (_, "lang") => {
                "Language: en, de or fr (any case; de-DE, de_AT, fr-FR count too). Default: the \
                 language of LANG (de_*, fr_*), else en"
            }
            (_, "jobs") => "Worker threads (default: every core)",
            (_, "quiet") => "Print nothing but errors",
            ("template", "file") => "The workbook to write, e.g. plan.xlsx",
            ("template", "force") => {
                "Replace the file if it exists (without it, an existing file is left as it is)"
            }
            ("watch", "folder") => "The folder to watch (subfolders too)",
            ("watch", "poll") => {
                "Look at the folder every SECONDS instead of waiting for change events: for \
                 network drives (SMB, NFS), where events do not arrive"
            }
            ("watch", "settle") => {
                "How long a workbook's size and time must hold before it is read (a copy in \
                 progress is not read early)"
            }
            ("serve", "port") => "The port to listen on; 0 picks a free one",
            ("serve", "bind") => {
                "The address to listen on. Anything but 127.0.0.1/::1 makes the page reachable \
                 from other machines and needs --token"
            }
            ("serve", "token") => {
                "The token the address must carry (at least 16 characters); default: a random one"
            }
            ("serve", "allow_host") => {
                "A host name the page may be reached under besides localhost and the bound \
                 address (repeatable), e.g. the machine's name with --bind 0.0.0.0"
            }
            ("serve", "max_file_mb") => "The largest file an upload may hold, in MB",
            ("serve", "max_files") => "The most files one upload may hold",
            ("serve", "max_upload_mb") => "The largest upload (all files together), in MB",
            ("serve", "keep_minutes") => {
                "How long a result that nobody downloads is kept, in minutes"
            }
            ("explain", "code") => "A rule code such as SPOF001 (case does not matter)",
            _ => return None,
        })
    }

    fn formats_help(&self, entries: &[String]) -> String {
        format!(
            "Extra findings files besides findings.json (repeatable): {}",
            entries.join("; ")
        )
    }

    fn format_entry(&self, format: &str, file: &str, purpose: OutputPurpose) -> String {
        format!("{format} ({file}: {})", self.output_purpose(purpose))
    }

    fn output_purpose(&self, purpose: OutputPurpose) -> &'static str {
        match purpose {
            OutputPurpose::GroupReport => "every unit of every workbook side by side",
            OutputPurpose::FindingsJson => "every finding with its typed figures",
            OutputPurpose::FindingsCsv => "one row per finding, for a spreadsheet",
            OutputPurpose::Junit => {
                "for CI dashboards: a test suite per workbook, a test case per rule and unit, \
                 failing as --fail-on does"
            }
            OutputPurpose::Parquet => "one row per finding, for data tools",
            OutputPurpose::Page => "the whole run as one page for a browser",
        }
    }

    fn placeholder(&self, english: &str) -> Option<&'static str> {
        // English writes its placeholders as the command line declares them.
        PLACEHOLDERS.iter().find(|p| **p == english).copied()
    }

    fn help_headings(&self) -> HelpHeadings {
        HelpHeadings {
            usage: "Usage:",
            commands: "Commands:",
            arguments: "Arguments:",
            options: "Options:",
            options_token: "[OPTIONS]",
        }
    }

    fn default_value(&self, value: &str) -> String {
        format!("[default: {value}]")
    }

    fn possible_values(&self, values: &str) -> String {
        format!("[possible values: {values}]")
    }
}

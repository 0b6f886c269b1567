//! The teamlint command line: parses arguments, runs the library, and maps the result to the
//! contract's exit codes (0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input).

use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use teamlint::config::{Config, LOCAL_FILE as LOCAL};
use teamlint::contract::Lang;
use teamlint::findings::Severity;
use teamlint::visible;
use teamlint::{ExtraFormat, Options};

/// mimalloc instead of the system allocator: reading and writing cells makes millions of small
/// allocations; with glibc's malloc, they and the page faults after trimming took about a quarter
/// of teamlint's time, and with mimalloc the bench corpus runs about a quarter faster (see
/// docs/PERFORMANCE.md). The library imposes no allocator; tests and examples choose their own.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Returns the memory the workbooks freed to the system before the group stage allocates its
/// own: mimalloc holds freed pages back for a while, and the group stage of a large batch should
/// not come on top of them.
fn release_freed_memory() {
    // SAFETY: mi_collect only frees mimalloc's unused pages; it touches no live allocation.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Checks social media staffing workbooks (staff, weekly time allocation, channel plans) for
/// single points of failure, understaffing, missing coordination and "free" channels that
/// cost staff time. Writes annotated copies, a group report and findings for scripts.
#[derive(Parser, Debug)]
#[command(name = "teamlint", version, about, long_about = None)]
#[command(
    after_help = "Examples:\n  teamlint check samples\n  teamlint check plans/ --out results --fail-on warning --format csv\n  teamlint check --files-from list.txt --shard 2/8 --part --out shared/run\n  teamlint merge shared/run --out shared/run\n  teamlint rules --lang de\n  teamlint explain SPOF001\n  teamlint watch incoming --out results\n  teamlint serve"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Check workbooks (.xlsx .xlsm .xlsb .xls .ods); folders are searched recursively.
    #[command(after_help = CHECK_HELP)]
    Check(CheckArgs),
    /// Merge the parts of a sharded run into the group report and findings files.
    #[command(after_help = MERGE_HELP)]
    Merge(MergeArgs),
    /// List every rule: code, name, default severity and what it checks.
    Rules {
        #[arg(long, value_name = "LANG", value_parser = parse_lang, help = LANG_HELP)]
        lang: Option<Lang>,
    },
    /// Write a ready-to-fill .xlsx workbook: an instruction sheet, the five sheets, drop-downs.
    Template {
        /// The workbook to write, e.g. plan.xlsx.
        file: PathBuf,
        #[arg(long, value_name = "LANG", value_parser = parse_lang, help = LANG_HELP)]
        lang: Option<Lang>,
        /// Replace the file if it exists (without it, an existing file is left as it is).
        #[arg(long)]
        force: bool,
    },
    /// Watch a drop folder: check every workbook in it, then each one that appears or changes.
    #[command(
        after_help = "Examples:\n  teamlint watch incoming --out results\n  teamlint watch //fileserver/hr/plans --out results --poll 10 --lang de\n\nA workbook is read once its size and time have held for --settle seconds and it can be\nopened; Office lock files (~$...) and hidden or temporary files are skipped. After each change\nthe annotated copy, group-report.xlsx, findings.json and report.html are rewritten (each under\na temporary name, then renamed). One line per workbook. Ctrl-C or SIGTERM stops between two\nchecks, so no output is left half-written."
    )]
    Watch(WatchArgs),
    /// Open a page on this computer to drop workbooks on, read the report, download the copies.
    #[command(
        after_help = "Examples:\n  teamlint serve                  then open the address it prints\n  teamlint serve --port 9000 --lang de\n  teamlint serve --bind 0.0.0.0 --token \"$(openssl rand -hex 24)\" --allow-host plans.intra\n\nThe page listens on 127.0.0.1 only and prints its address with a random token; requests\nwithout the token, or naming another host (DNS rebinding), get 403. Uploads are kept in a\nprivate temporary folder, checked one at a time, and deleted after download or after\n--keep-minutes. Nothing is sent anywhere."
    )]
    Serve(ServeArgs),
    /// Explain one rule: what it checks, why it matters, how to fix it.
    Explain {
        /// A rule code such as SPOF001 (case does not matter).
        code: String,
        #[arg(long, value_name = "LANG", value_parser = parse_lang, help = LANG_HELP)]
        lang: Option<Lang>,
    },
}

const CHECK_HELP: &str = "\
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
a shard replaces its part. See docs/SCALING.md for Kubernetes, Slurm and AWS Batch.";

const MERGE_HELP: &str = "\
Takes the part files of every shard of one run (files, or folders searched for
teamlint-part-*.jsonl.gz), checks that they belong together (same teamlint build,
configuration, language and input list, each part against most of the others and against the
merge; every shard once; each part's digest; no input changed since its shard read it), runs the group rules over all
of them (COORD003, DATA004 across workbooks) and writes group-report.xlsx, findings.json
(plus --format files) and report.html into --out, exactly as one run over the whole list
would; with --baseline, new and resolved findings against an earlier run or merge. The
annotated copies stay where the shards wrote them (give every shard the same --out).

Exit codes:
  0  no finding at or above --fail-on
  1  findings at or above --fail-on
  2  usage error, a part that does not fit (another build, config, language or list; shards
     missing, named with the command to run them, or given twice; a damaged or altered part; a
     part older than its inputs: the reason names it), or an input of the run could not be read

Examples:
  teamlint merge /shared/run-42 --out /shared/run-42
  teamlint merge parts/teamlint-part-*.jsonl.gz --out report --format csv --fail-on warning";

/// Options of every run that writes group outputs (check and merge).
#[derive(clap::Args, Debug)]
struct RunArgs {
    /// Folder for the outputs; input folders are mirrored below it.
    #[arg(long, short, default_value = "teamlint-out", value_name = "DIR")]
    out: PathBuf,
    /// Config file with thresholds and rule severities. Default: teamlint.toml in the working
    /// folder if present, unless the working folder is, or lies in, a folder the workbooks are
    /// read from (a file dropped there must not change the rules); then only --config.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Lowest severity that makes the exit code 1; `never` exits 0 unless an input failed.
    /// With --baseline, only new findings count (see --fail-on-all).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// A previous run to compare with: its --out folder or its findings.json. Each finding is
    /// marked new or unchanged, the previous findings that are gone are listed as resolved,
    /// and --fail-on counts new findings only.
    #[arg(long, value_name = "PREVIOUS")]
    baseline: Option<PathBuf>,
    /// With --baseline: count every finding for --fail-on, not only the new ones.
    #[arg(long, requires = "baseline")]
    fail_on_all: bool,
    /// The day waivers are judged on, YYYY-MM-DD (default: today), for tests and replays.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    today: Option<(u16, u8, u8)>,
    #[arg(long, value_enum, value_name = "FORMAT", help = format_help(), hide_possible_values = true)]
    format: Vec<ExtraFormat>,
    /// Language of notes, added sheets and the terminal summary: en, de or fr (any case;
    /// de-DE, fr_FR count too). Default: the language of LANG (de_*, fr_*), else en; a merge
    /// defaults to its parts' language.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Worker threads (default: every core).
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Print nothing but errors.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    /// Workbooks or folders to check.
    #[arg(required_unless_present = "files_from", value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// A list of workbooks (or folders) to check, one path per line, `-` for standard input;
    /// relative paths are relative to the working folder, and findings name each workbook as
    /// listed. Blank lines and lines starting with # are skipped.
    #[arg(long, value_name = "FILE|-")]
    files_from: Option<PathBuf>,
    /// Check only shard I of N of the input list (counted from 1, e.g. 3/8): the workbooks
    /// whose path hashes to it. Needs --part.
    #[arg(long, value_name = "I/N", requires = "part")]
    shard: Option<teamlint::shard::Shard>,
    /// Write this run's results as a part file (teamlint-part-I-of-N.jsonl.gz in --out) for
    /// `teamlint merge`, instead of the group report and findings files.
    #[arg(long)]
    part: bool,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(clap::Args, Debug)]
struct MergeArgs {
    /// Part files, or folders holding them (searched recursively).
    #[arg(required = true, value_name = "PARTS")]
    parts: Vec<PathBuf>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(clap::Args, Debug)]
struct WatchArgs {
    /// The folder to watch (subfolders too).
    #[arg(value_name = "FOLDER")]
    folder: PathBuf,
    /// Folder for the outputs; input folders are mirrored below it. It may lie inside FOLDER.
    #[arg(long, short, default_value = "teamlint-out", value_name = "DIR")]
    out: PathBuf,
    /// Config file with thresholds and rule severities. Default: teamlint.toml in the working
    /// folder if present, unless the working folder is, or lies in, a folder the workbooks are
    /// read from (a file dropped there must not change the rules); then only --config.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Look at the folder every SECONDS instead of waiting for change events: for network
    /// drives (SMB, NFS), where events do not arrive.
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    poll: Option<std::time::Duration>,
    /// How long a workbook's size and time must hold before it is read (a copy in progress is
    /// not read early).
    #[arg(long, value_name = "SECONDS", default_value = "1", value_parser = parse_seconds)]
    settle: std::time::Duration,
    #[arg(long, value_enum, value_name = "FORMAT", help = format_help(), hide_possible_values = true)]
    format: Vec<ExtraFormat>,
    /// Language of notes, reports and the lines printed: en, de or fr (any case; de-DE, fr_FR
    /// count too). Default: the language of LANG (de_*, fr_*), else en.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
}

#[derive(clap::Args, Debug)]
struct ServeArgs {
    /// The port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 8765)]
    port: u16,
    /// The address to listen on. Anything but 127.0.0.1/::1 makes the page reachable from other
    /// machines and needs --token.
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// The token the address must carry (at least 16 characters); default: a random one.
    #[arg(long, value_name = "TOKEN")]
    token: Option<String>,
    /// A host name the page may be reached under besides localhost and the bound address
    /// (repeatable), e.g. the machine's name with --bind 0.0.0.0.
    #[arg(long, value_name = "NAME")]
    allow_host: Vec<String>,
    /// The language of the pages and reports: en, de or fr (any case; de-DE, fr_FR count too).
    /// Default: the browser's.
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    /// Config file with thresholds and rule severities (default: ./teamlint.toml if present).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The largest file an upload may hold, in MB.
    #[arg(long, value_name = "MB", default_value_t = 50)]
    max_file_mb: u64,
    /// The most files one upload may hold.
    #[arg(long, value_name = "N", default_value_t = 200)]
    max_files: usize,
    /// The largest upload (all files together), in MB.
    #[arg(long, value_name = "MB", default_value_t = 500)]
    max_upload_mb: u64,
    /// How long a result that nobody downloads is kept, in minutes.
    #[arg(long, value_name = "MINUTES", default_value_t = 60)]
    keep_minutes: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Info => Some(Severity::Info),
            FailOn::Never => None,
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match cli.command {
        Command::Check(args) => run_check(args),
        Command::Merge(args) => run_merge(args),
        Command::Rules { lang } => {
            print!("{}", teamlint::rules::text_table(or_environment(lang)));
            ExitCode::SUCCESS
        }
        Command::Template { file, lang, force } => run_template(&file, or_environment(lang), force),
        Command::Watch(args) => run_watch(args),
        Command::Serve(args) => run_serve(args),
        Command::Explain { code, lang } => run_explain(&code, or_environment(lang)),
    }
}

/// `explain`: the rule's code, stable name, title and severity, then its explanation.
fn run_explain(code: &str, lang: Lang) -> ExitCode {
    match teamlint::rules::rule(code) {
        Some(rule) => {
            println!(
                "{} {} – {} ({})\n",
                rule.code,
                rule.name,
                rule.title(lang),
                rule.severity.label(lang)
            );
            println!("{}", rule.explain(lang).trim_end());
            ExitCode::SUCCESS
        }
        None => {
            say(teamlint::i18n::texts(lang).unknown_rule(code));
            ExitCode::from(2)
        }
    }
}

/// `template`: writes the workbook unless [`teamlint::template::refusal`] says why not.
fn run_template(file: &std::path::Path, lang: Lang, force: bool) -> ExitCode {
    let texts = teamlint::i18n::texts(lang);
    if let Some(reason) = teamlint::template::refusal(file, force, lang) {
        say(reason);
        return ExitCode::from(2);
    }
    let shown = file.display().to_string();
    match teamlint::template::write_template(file, lang) {
        Ok(()) => {
            println!("{}", texts.template_written(&shown));
            ExitCode::SUCCESS
        }
        Err(e) => {
            say(texts.template_unwritten(&shown, &format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}

/// What `--format` says in help: the outputs table's formats and files.
fn format_help() -> String {
    format!(
        "Extra findings files besides findings.json (repeatable): {}",
        teamlint::report::outputs::format_help()
    )
}

/// What `--lang` says in help: the choices, plainly.
const LANG_HELP: &str = "Language: en, de or fr (any case; de-DE, de_AT, fr-FR count too). \
                         Default: the language of LANG (de_*, fr_*), else en.";

/// `--lang`: `en`, `de` or `fr` in any case, also as a locale (`de-DE`, `de_AT.UTF-8`).
fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::named(text).ok_or_else(|| "en, de, fr".to_string())
}

/// The language given, else the environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first
/// set), else English.
fn or_environment(lang: Option<Lang>) -> Lang {
    lang.unwrap_or_else(|| {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Lang::named(&v))
            .unwrap_or_default()
    })
}

/// A usage error, said in the language of `--lang` (or the environment's): clap's own words
/// in English, the catalogue's sentence for each kind of error otherwise; exit code 2 (0 for
/// `--help` and `--version`).
fn usage_error(error: &clap::Error) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let args: Vec<String> = std::env::args().skip(1).collect();
    let given = args
        .iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| Lang::named(v)),
            Some(rest) => rest.strip_prefix('=').and_then(Lang::named),
            None => None,
        });
    let lang = or_environment(given);
    let kind = error.kind();
    if lang == Lang::En || matches!(kind, ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        // --help stays in English.
        let _ = error.print();
        return ExitCode::from(error.exit_code() as u8);
    }
    let context = |key: ContextKind| -> Vec<String> {
        match error.get(key) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
            Some(ContextValue::StyledStrs(v)) => v.iter().map(|s| s.to_string()).collect(),
            Some(ContextValue::Number(n)) => vec![n.to_string()],
            _ => Vec::new(),
        }
    };
    let first = |key: ContextKind| context(key).into_iter().next().unwrap_or_default();
    let texts = teamlint::i18n::texts(lang);
    let suggested = first(ContextKind::SuggestedArg) + &first(ContextKind::SuggestedSubcommand);
    let sentence = match kind {
        ErrorKind::MissingRequiredArgument => {
            texts.usage_missing_argument(&context(ContextKind::InvalidArg).join(", "))
        }
        ErrorKind::UnknownArgument => {
            texts.usage_unknown_argument(&first(ContextKind::InvalidArg), &suggested)
        }
        ErrorKind::InvalidSubcommand => {
            texts.usage_unknown_command(&first(ContextKind::InvalidSubcommand), &suggested)
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let mut expected = context(ContextKind::ValidValue).join(", ");
            if expected.is_empty() {
                // A value parser's own text when it is a pattern or a list (`YYYY-MM-DD`,
                // `en, de, fr`); an English sentence (`--shard`'s) is left out, the option's
                // value name (`<I/N>`) shows the form.
                expected = std::error::Error::source(error)
                    .map(|s| s.to_string())
                    .filter(|s| s.chars().filter(char::is_ascii_lowercase).count() <= 8)
                    .unwrap_or_default();
            }
            texts.usage_invalid_value(
                &first(ContextKind::InvalidArg),
                &first(ContextKind::InvalidValue),
                &expected,
            )
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let names: Vec<String> = <Cli as clap::CommandFactory>::command()
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|n| n != "help")
                .collect();
            texts.usage_missing_command(&names.join(", "))
        }
        ErrorKind::ArgumentConflict => texts.usage_conflict(
            &first(ContextKind::InvalidArg),
            &first(ContextKind::PriorArg),
        ),
        _ => texts.usage_other(),
    };
    // `teamlint COMMAND --help` for the command given, if one is.
    let command = <Cli as clap::CommandFactory>::command();
    let named = args.iter().find(|a| {
        command
            .get_subcommands()
            .any(|c| c.get_name() == a.as_str())
    });
    let help = match named {
        Some(name) => format!("teamlint {name} --help"),
        None => "teamlint --help".to_string(),
    };
    say(format_args!("{sentence} ({})", texts.usage_more(&help)));
    ExitCode::from(2)
}

/// `--today`: a date `YYYY-MM-DD`.
fn parse_day(text: &str) -> Result<(u16, u8, u8), String> {
    teamlint::config::parse_date(text).ok_or_else(|| "YYYY-MM-DD (2026-12-31)".to_string())
}

impl RunArgs {
    /// The options of the run, in `lang`; `Err` with the exit code after printing why not.
    /// `input_folders`: where the run reads workbooks (see [`load_config`]).
    fn options(self, lang: Lang, input_folders: &[PathBuf]) -> Result<Options, ExitCode> {
        let config = load_config(self.config.as_deref(), input_folders, lang)?;
        let baseline = match self
            .baseline
            .as_deref()
            .map(teamlint::baseline::Baseline::load)
        {
            None => None,
            Some(Ok(b)) => Some(b),
            Some(Err(e)) => {
                say(e.message(lang));
                return Err(ExitCode::from(2));
            }
        };
        Ok(Options {
            fail_on: self.fail_on.threshold(),
            fail_on_all: self.fail_on_all,
            today: self.today,
            baseline,
            out_dir: self.out,
            config,
            lang,
            formats: self.format,
            jobs: self.jobs.map(usize::from),
            progress: !self.quiet && std::io::stderr().is_terminal(),
            release_memory: Some(release_freed_memory),
            ..Options::default()
        })
    }
}

/// `--poll`, `--settle`: seconds, fractions allowed.
fn parse_seconds(text: &str) -> Result<std::time::Duration, String> {
    text.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s > 0.0 && *s < 86_400.0)
        .map(std::time::Duration::from_secs_f64)
        .ok_or_else(|| "2, 0.5".to_string())
}

/// Prints a line of teamlint's own to stderr, the names in it shown as [`visible::name`] does.
fn say(line: impl std::fmt::Display) {
    eprintln!("teamlint: {}", visible::name(&line.to_string()));
}

/// The config of `--config` (or of the working folder when it is not inside one of
/// `input_folders`), or an exit code 2 with the reason printed.
fn load_config(
    path: Option<&std::path::Path>,
    input_folders: &[PathBuf],
    lang: Lang,
) -> Result<Config, ExitCode> {
    let (config, unread) = Config::discover(path, input_folders).map_err(|e| {
        say(e.message(lang));
        ExitCode::from(2)
    })?;
    if let Some(folder) = unread {
        let folder = folder.display().to_string();
        say(teamlint::i18n::texts(lang).config_not_read(LOCAL, &folder));
    }
    Ok(config)
}

fn run_watch(args: WatchArgs) -> ExitCode {
    let watched = [args.folder.clone()];
    let lang = or_environment(args.lang);
    let config = match load_config(args.config.as_deref(), &watched, lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let options = teamlint::watch::WatchOptions {
        folder: args.folder,
        poll: args.poll,
        settle: args.settle,
        check: Options {
            out_dir: args.out,
            config,
            lang,
            formats: args.format,
            fail_on: None,
            release_memory: Some(release_freed_memory),
            ..Options::default()
        },
    };
    match teamlint::watch::run_until_signal(&options, &mut std::io::stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match e.downcast_ref::<teamlint::problem::Refusal>() {
                Some(refused) => say(refused.sentence(lang)),
                None => say(format_args!("{e:#}")),
            }
            ExitCode::from(2)
        }
    }
}

fn run_serve(args: ServeArgs) -> ExitCode {
    use teamlint::serve::{Limits, MB, ServeOptions};
    let lang = or_environment(args.lang);
    let config = match load_config(args.config.as_deref(), &[], lang) {
        Ok(c) => c,
        Err(code) => return code,
    };
    let options = ServeOptions {
        bind: args.bind,
        port: args.port,
        token: args.token,
        allowed_hosts: args.allow_host,
        lang: args.lang,
        limits: Limits {
            file_bytes: args.max_file_mb.saturating_mul(MB),
            files: args.max_files,
            request_bytes: args.max_upload_mb.saturating_mul(MB),
        },
        keep: std::time::Duration::from_secs(args.keep_minutes.saturating_mul(60)),
        temp_parent: None,
        check: Options {
            config,
            lang,
            fail_on: None,
            release_memory: Some(release_freed_memory),
            ..Options::default()
        },
    };
    match teamlint::serve::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            match e.downcast_ref::<teamlint::serve::StartError>() {
                Some(refused) => say(refused.message(lang)),
                None => say(format_args!("{e:#}")),
            }
            ExitCode::from(2)
        }
    }
}

fn run_check(args: CheckArgs) -> ExitCode {
    let lang = or_environment(args.run.lang);
    let quiet = args.run.quiet;
    let listed = match &args.files_from {
        None => Vec::new(),
        Some(list) => match teamlint::shard::read_list(list) {
            Ok(entries) => entries,
            Err(e) => {
                let list = list.display().to_string();
                say(teamlint::i18n::texts(lang).list_unreadable(&list, &e.to_string()));
                return ExitCode::from(2);
            }
        },
    };
    let mut folders = teamlint::config::input_folders(&args.paths);
    folders.extend(teamlint::config::listed_input_folders(&listed));
    let mut options = match args.run.options(lang, &folders) {
        Ok(o) => o,
        Err(code) => return code,
    };
    options.listed = listed;
    options.shard = args.shard;
    options.part = args.part;
    options.command = command_without_shard();
    let report = match teamlint::check(&args.paths, &options) {
        Ok(r) => r,
        Err(e) => {
            match e.downcast_ref::<teamlint::problem::Refusal>() {
                Some(refused) => say(refused.sentence(lang)),
                None => say(format_args!("{e:#}")),
            }
            return ExitCode::from(2);
        }
    };
    print_summary(&report, quiet, lang);
    if report.reports_kept {
        let out = visible::path(&options.out_dir);
        say(teamlint::i18n::texts(lang).reports_kept(&out));
    }
    if options.part {
        // The part is written: the merge judges the run (a scheduler must not retry findings).
        return ExitCode::SUCCESS;
    }
    exit_code(&report)
}

fn run_merge(args: MergeArgs) -> ExitCode {
    // Without --lang, the language most shards were run with.
    let lang = args
        .run
        .lang
        .or_else(|| teamlint::part::usual_lang(&args.parts))
        .unwrap_or_else(|| or_environment(None));
    let quiet = args.run.quiet;
    // Parts are not dropped workbooks: the working folder's config is read as for a check.
    let options = match args.run.options(lang, &[]) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let report = match teamlint::merge(&args.parts, &options) {
        Ok(r) => r,
        Err(e) => {
            if let Some(refused) = e.downcast_ref::<teamlint::part::PartError>() {
                say(refused.message(lang));
            } else if let Some(refused) = e.downcast_ref::<teamlint::problem::Refusal>() {
                say(refused.sentence(lang));
            } else {
                say(format_args!("{e:#}"));
            }
            return ExitCode::from(2);
        }
    };
    print_summary(&report, quiet, lang);
    exit_code(&report)
}

/// This run's arguments after `teamlint`, without `--shard` and its value (a part records
/// them, so a merge can say how to run a missing shard again).
fn command_without_shard() -> Vec<String> {
    let mut words = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--shard" {
            args.next();
        } else if !arg.starts_with("--shard=") {
            words.push(arg);
        }
    }
    words
}

/// The terminal summary, or with --quiet the inputs that failed.
fn print_summary(report: &teamlint::Report, quiet: bool, lang: Lang) {
    let removed = &report.totals.leftovers_removed;
    if !quiet && !removed.is_empty() {
        let names: Vec<String> = removed.iter().map(|p| p.display().to_string()).collect();
        say(teamlint::i18n::texts(lang).leftovers_removed(&names.join(", ")));
    }
    if !quiet {
        print!("{}", teamlint::report::terminal::summary(report, lang));
        return;
    }
    if report.failed() == 0 {
        return;
    }
    for w in report.try_workbooks() {
        match w {
            Ok(w) => {
                if let Some(error) = w.error_sentence(lang) {
                    eprintln!("{}", visible::name(&format!("{}: {error}", w.path)));
                }
            }
            Err(e) => {
                say(format_args!("{e:#}"));
                return;
            }
        }
    }
}

/// 2 when an input could not be read, 1 when a finding fails the run, else 0.
fn exit_code(report: &teamlint::Report) -> ExitCode {
    if report.failed() > 0 {
        ExitCode::from(2)
    } else if report.totals.failing > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

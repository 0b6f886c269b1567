//! The teamlint command line: parses arguments, runs the library, and maps the result to the
//! contract's exit codes (0 clean, 1 findings at or above --fail-on, 2 usage or unreadable input).

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
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

/// The command line: its commands and options. What each does, as `--help` shows it, is the
/// catalogue's (`i18n/*/help.rs`), put in by [`teamlint::help::in_language`] before parsing.
#[derive(Parser, Debug)]
#[command(name = "teamlint", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Check(CheckArgs),
    Merge(MergeArgs),
    Rules {
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    Template {
        file: PathBuf,
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<Lang>,
        #[arg(long)]
        force: bool,
    },
    Watch(WatchArgs),
    Serve(ServeArgs),
    Explain {
        code: String,
        #[arg(long, value_name = "LANG", value_parser = parse_lang)]
        lang: Option<Lang>,
    },
}

/// Options of every run that writes group outputs (check and merge).
#[derive(clap::Args, Debug)]
struct RunArgs {
    #[arg(long, short, default_value = "teamlint-out", value_name = "DIR")]
    out: PathBuf,
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(long, value_enum, value_name = "SEVERITY", default_value_t = FailOn::Error)]
    fail_on: FailOn,
    #[arg(long, value_name = "PREVIOUS")]
    baseline: Option<PathBuf>,
    #[arg(long, requires = "baseline")]
    fail_on_all: bool,
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    today: Option<(u16, u8, u8)>,
    #[arg(long, value_enum, value_name = "FORMAT", hide_possible_values = true)]
    format: Vec<ExtraFormat>,
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    #[arg(long, short, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args, Debug)]
struct CheckArgs {
    #[arg(required_unless_present = "files_from", value_name = "PATH")]
    paths: Vec<PathBuf>,
    #[arg(long, value_name = "FILE|-")]
    files_from: Option<PathBuf>,
    #[arg(long, value_name = "I/N", requires = "part")]
    shard: Option<teamlint::shard::Shard>,
    #[arg(long)]
    part: bool,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(clap::Args, Debug)]
struct MergeArgs {
    #[arg(required = true, value_name = "PARTS")]
    parts: Vec<PathBuf>,
    #[command(flatten)]
    run: RunArgs,
}

#[derive(clap::Args, Debug)]
struct WatchArgs {
    #[arg(value_name = "FOLDER")]
    folder: PathBuf,
    #[arg(long, short, default_value = "teamlint-out", value_name = "DIR")]
    out: PathBuf,
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(long, value_name = "SECONDS", value_parser = parse_seconds)]
    poll: Option<std::time::Duration>,
    #[arg(long, value_name = "SECONDS", default_value = "1", value_parser = parse_seconds)]
    settle: std::time::Duration,
    #[arg(long, value_enum, value_name = "FORMAT", hide_possible_values = true)]
    format: Vec<ExtraFormat>,
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
}

#[derive(clap::Args, Debug)]
struct ServeArgs {
    #[arg(long, value_name = "PORT", default_value_t = 8765)]
    port: u16,
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    #[arg(long, value_name = "TOKEN")]
    token: Option<String>,
    #[arg(long, value_name = "NAME")]
    allow_host: Vec<String>,
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    lang: Option<Lang>,
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(long, value_name = "MB", default_value_t = 50)]
    max_file_mb: u64,
    #[arg(long, value_name = "N", default_value_t = 200)]
    max_files: usize,
    #[arg(long, value_name = "MB", default_value_t = 500)]
    max_upload_mb: u64,
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
    let lang = or_environment(lang_of_arguments());
    let command = teamlint::help::in_language(Cli::command(), lang);
    let cli = match command
        .try_get_matches()
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e, lang),
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

/// The language `--lang` names among the arguments, before they are parsed (the help and a
/// usage error are in it).
fn lang_of_arguments() -> Option<Lang> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, a)| match a.strip_prefix("--lang") {
            Some("") => args.get(i + 1).and_then(|v| Lang::named(v)),
            Some(rest) => rest.strip_prefix('=').and_then(Lang::named),
            None => None,
        })
}

/// A usage error in `lang`: clap's own words in English, the catalogue's sentence for each kind
/// of error otherwise; exit code 2 (0 for `--help` and `--version`, whose page is already in
/// `lang`).
fn usage_error(error: &clap::Error, lang: Lang) -> ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let kind = error.kind();
    if lang == Lang::En || matches!(kind, ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
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
            let names: Vec<String> = Cli::command()
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
    let command = Cli::command();
    let named = std::env::args().skip(1).find(|a| {
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

#[cfg(test)]
mod tests {
    use super::*;
    use teamlint::i18n::texts;

    /// Every command of the command line, with clap's own `help` command, and the command tree.
    fn every_command(command: &clap::Command) -> Vec<&clap::Command> {
        let mut all = vec![command];
        for sub in command.get_subcommands() {
            all.extend(every_command(sub));
        }
        all
    }

    /// Every language's catalogue words every command, every argument (clap's `--help` and
    /// `--version` too) and every placeholder of the command line; French and German in their
    /// own words, not English ones.
    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        let mut command = Cli::command();
        command.build();
        let english = texts(Lang::En);
        for lang in Lang::ALL {
            let texts = texts(lang);
            for placeholder in teamlint::i18n::help::PLACEHOLDERS {
                assert!(
                    texts.placeholder(placeholder).is_some(),
                    "{lang:?} {placeholder}"
                );
            }
            for sub in every_command(&command) {
                let name = sub.get_name();
                let about = texts.command_about(name);
                assert!(about.is_some_and(|a| !a.is_empty()), "{lang:?} {name}");
                if lang != Lang::En {
                    assert_ne!(about, english.command_about(name), "{lang:?} {name}");
                }
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    if id == "format" {
                        continue;
                    }
                    let help = texts.argument_help(name, id);
                    assert!(help.is_some_and(|h| !h.is_empty()), "{lang:?} {name} {id}");
                    if lang != Lang::En {
                        assert_ne!(
                            help,
                            english.argument_help(name, id),
                            "{lang:?} {name} {id}"
                        );
                    }
                    let names = match arg.get_action().takes_values() {
                        true => arg.get_value_names().map(|n| n.to_vec()),
                        false => None,
                    };
                    for placeholder in names.unwrap_or_default() {
                        assert!(
                            texts.placeholder(placeholder.as_str()).is_some(),
                            "{lang:?} {name} {id} {placeholder}"
                        );
                    }
                }
            }
        }
    }

    /// `--help` in German and French: the page of `check` has the catalogue's headings, help and
    /// placeholders, and no English heading or bracket of clap's.
    #[test]
    fn the_help_of_check_is_in_the_language_asked_for() {
        for (lang, words) in [
            (
                Lang::De,
                [
                    "Aufruf:",
                    "Optionen:",
                    "Arbeitsmappen prüfen",
                    "[Standard: teamlint-out]",
                ],
            ),
            (
                Lang::Fr,
                [
                    "Utilisation\u{a0}:",
                    "Options\u{a0}:",
                    "classeurs",
                    "[par défaut\u{a0}: teamlint-out]",
                ],
            ),
        ] {
            let mut command = teamlint::help::in_language(Cli::command(), lang);
            let page = command
                .find_subcommand_mut("check")
                .expect("check")
                .render_help()
                .to_string();
            let page = page.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
            for word in words {
                assert!(page.contains(word), "{word} in {page}");
            }
            for english in [
                "Usage:",
                "[default:",
                "possible values",
                "Print help",
                "Workbooks or folders",
            ] {
                assert!(!page.contains(english), "{english} in {page}");
            }
        }
    }
}

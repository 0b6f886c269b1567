//! A German run speaks German: every text teamlint writes for the samples under `--lang de`
//! (notes, Findings and Summary sheets, the group report, findings.json, the terminal) is free
//! of English sentences, and money reads in German format.

use calamine::{Data, Reader, Xlsx, open_workbook};
use std::io::Read;
use std::path::{Path, PathBuf};
use teamlint::contract::Lang;

/// English phrases that only an untranslated sentence would bring (matched case-sensitively,
/// after dropping kebab-case rule names such as `role-without-deputy`).
const ENGLISH: &[&str] = &[
    "come from",
    " but ",
    "h/week",
    "deputy",
    "a year",
    "allocated",
    "required",
    "What to do",
    " is not ",
    " has no ",
    "no valid",
    "staff time",
    "per week",
    " and ",
    " the ",
    "Findings",
    "Summary",
    "Unit ",
];

/// The text without identifiers, which are the same in every language: kebab-case rule names
/// and `quoted` config keys.
fn without_identifiers(text: &str) -> String {
    let unquoted: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    unquoted
        .split_whitespace()
        .filter(|word| {
            let w = word.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-');
            !(w.contains('-') && w.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_german(place: &str, text: &str) {
    let text = without_identifiers(text);
    for phrase in ENGLISH {
        assert!(
            !text.contains(phrase),
            "{place}: English \"{}\" in: {text}",
            phrase.trim()
        );
    }
}

/// Every string cell of the named sheets (all sheets when `names` is empty).
fn sheet_texts(path: &Path, names: &[&str]) -> Vec<(String, String)> {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let mut out = Vec::new();
    for name in book.sheet_names() {
        if !names.is_empty() && !names.contains(&name.as_str()) {
            continue;
        }
        let range = book.worksheet_range(&name).unwrap();
        for (r, c, cell) in range.used_cells() {
            if let Data::String(s) = cell {
                out.push((format!("{}!R{}C{}", name, r + 1, c + 1), s.clone()));
            }
        }
    }
    out
}

/// The text of every note of a workbook: the `<t>` elements of its `xl/comments*.xml` parts.
fn notes(path: &Path) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let names: Vec<String> = zip
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .filter(|n| n.starts_with("xl/comments"))
        .collect();
    names
        .into_iter()
        .flat_map(|n| {
            let mut xml = String::new();
            zip.by_name(&n).unwrap().read_to_string(&mut xml).unwrap();
            xml.split("<t")
                .skip(1)
                .map(|part| {
                    let text = part.split_once('>').map_or("", |(_, t)| t);
                    text.split("</t>").next().unwrap_or("").to_string()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// German money as a controller writes it: `44.884 CHF`, from the figure itself.
fn german_money(value: f64, currency: &str) -> String {
    let digits = format!("{:.0}", value.round());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(ch);
    }
    format!("{out} {currency}")
}

#[test]
fn a_german_run_over_the_samples_writes_no_english_sentence() {
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        lang: Lang::De,
        ..teamlint::Options::default()
    };
    let report = teamlint::check(&[samples], &options).unwrap();
    assert_eq!(report.failed(), 0);
    let mut checked = 0;
    for w in report.workbooks() {
        let copy = w.output.as_ref().expect("a copy");
        for note in notes(copy) {
            assert_german(&format!("{} note", w.path), &note);
            checked += 1;
        }
        for (at, text) in sheet_texts(copy, &["Befunde", "Übersicht"]) {
            assert_german(&format!("{} {at}", w.path), &text);
            checked += 1;
        }
    }
    for (at, text) in sheet_texts(&out.path().join("group-report.xlsx"), &[]) {
        assert_german(&format!("group report {at}"), &text);
        checked += 1;
    }
    for note in notes(&out.path().join("group-report.xlsx")) {
        assert_german("group report note", &note);
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("findings.json")).unwrap()).unwrap();
    let findings = json["findings"].as_array().unwrap();
    for f in findings {
        assert_german(
            &format!("findings.json {}", f["id"]),
            f["message"].as_str().unwrap(),
        );
        assert!(f["data"].is_object(), "{f}");
    }
    assert_german(
        "terminal",
        &teamlint::report::terminal::summary(&report, Lang::De),
    );
    assert!(checked > 100, "only {checked} texts checked");

    // A known cost reads in German format, from the figure the finding carries.
    let cost001 = findings
        .iter()
        .find(|f| f["rule"] == "COST001" && f["data"]["cost"].as_f64().unwrap_or(0.0) >= 1000.0)
        .expect("a COST001 with a cost in the thousands");
    let money = german_money(
        cost001["data"]["cost"].as_f64().unwrap(),
        cost001["data"]["currency"].as_str().unwrap(),
    );
    let message = cost001["message"].as_str().unwrap();
    assert!(message.contains(&money), "{money} in {message}");
    assert!(
        message.contains("Std./Woche") && message.contains(" im Jahr"),
        "{message}"
    );
}

/// English words and phrases a line of teamlint's own would show untranslated (issue 25): the
/// run's sentences, clap's usage frame, the TOML parser's text.
const ENGLISH_LINES: &[&str] = &[
    "wrote",
    "watching",
    "stopped",
    "removed",
    "required arguments",
    "Usage",
    "error:",
    "For more information",
    "unknown",
    "unexpected",
    "invalid value",
    "did you mean",
    "cannot",
    "is not read",
    "TOML",
    "parse error",
    "line ",
    "Total:",
    "workbooks",
    "Written to",
    "errors",
    "warnings",
    "already exists",
    "What it checks",
    "os error",
    "File exists",
    "How to fix",
    "Why it matters",
    "Print",
    "Show this",
    "[default",
    "possible values",
    "Options:",
    "Commands:",
    "Examples",
    "Exit codes",
    "<FILE>",
    "<DIR>",
];

/// `teamlint ARGS` in `dir` with no LANG from the environment: exit code and every line it
/// printed (standard output, then standard error).
fn teamlint(dir: &Path, args: &[&str]) -> (i32, Vec<String>) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("teamlint runs");
    let mut lines: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    lines.extend(
        String::from_utf8_lossy(&out.stderr)
            .lines()
            .map(str::to_string),
    );
    (out.status.code().unwrap_or(-1), lines)
}

/// Every line is free of the English of [`ENGLISH`] and [`ENGLISH_LINES`]; there is at least one.
fn assert_lines_in(lang: &str, place: &str, lines: &[String]) {
    assert!(!lines.is_empty(), "{lang} {place}: no line printed");
    for line in lines {
        let text = without_identifiers(line);
        for phrase in ENGLISH.iter().chain(ENGLISH_LINES) {
            assert!(
                !text.contains(phrase),
                "{lang} {place}: English \"{}\" in: {line}",
                phrase.trim()
            );
        }
    }
}

/// A folder with two sample workbooks, in a temporary folder that is also the working folder.
fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    for name in ["at-wien.xlsx", "fr-lyon.xlsx"] {
        std::fs::copy(samples.join(name), dir.path().join("plans").join(name)).unwrap();
    }
    dir
}

/// The lines of `template`, `explain`, `rules`, usage errors and config errors in `lang`.
fn command_lines_are_in(lang: &str) {
    let dir = workspace();
    let d = dir.path();
    let (code, lines) = teamlint(d, &["template", "plan.xlsx", "--lang", lang]);
    assert_eq!(code, 0);
    assert_lines_in(lang, "template", &lines);
    let (code, lines) = teamlint(d, &["template", "plan.xlsx", "--lang", lang]);
    assert_eq!(code, 2);
    assert_lines_in(lang, "template over a file", &lines);
    let (code, lines) = teamlint(d, &["template", "plan.ods", "--lang", lang]);
    assert_eq!(code, 2);
    assert_lines_in(lang, "template .ods", &lines);

    let (code, lines) = teamlint(d, &["explain", "SPOF001", "--lang", lang]);
    assert_eq!(code, 0);
    assert_lines_in(lang, "explain", &lines[1..]);
    let (code, lines) = teamlint(d, &["explain", "NOPE001", "--lang", lang]);
    assert_eq!(code, 2);
    assert_lines_in(lang, "explain an unknown code", &lines);
    let (code, lines) = teamlint(d, &["rules", "--lang", lang]);
    assert_eq!(code, 0);
    // The NAME column holds the stable kebab-case names, dropped as identifiers.
    assert_lines_in(lang, "rules", &lines);

    // Every command's --help: the catalogue's words, headings and placeholders.
    for command in [
        "", "check", "merge", "rules", "template", "watch", "serve", "explain",
    ] {
        let mut args: Vec<&str> = vec![command, "--lang", lang, "--help"];
        if command.is_empty() {
            args = vec!["--help", "--lang", lang];
        }
        let (code, lines) = teamlint(d, &args);
        assert_eq!(code, 0, "{args:?}: {lines:?}");
        assert!(lines.len() > 5, "{args:?}: {lines:?}");
        assert_lines_in(lang, &format!("teamlint {command} --help"), &lines);
    }

    // Usage errors: the language given in any case or as a locale.
    let upper = lang.to_uppercase();
    let locale = format!("{lang}_{upper}");
    for (what, args) in [
        ("missing argument", vec!["check", "--lang", &upper]),
        (
            "unknown option",
            vec!["check", "plans", "--lang", &locale, "--bogus"],
        ),
        (
            "invalid value",
            vec!["check", "plans", "--lang", lang, "--fail-on", "loud"],
        ),
        (
            "invalid date",
            vec!["check", "plans", "--lang", lang, "--today", "morgen"],
        ),
        ("unknown command", vec!["chekc", "--lang", lang]),
        (
            "missing --part",
            vec!["check", "plans", "--lang", lang, "--shard", "1/2"],
        ),
    ] {
        let (code, lines) = teamlint(d, &args);
        assert_eq!(code, 2, "{what}: {lines:?}");
        assert_eq!(lines.len(), 1, "{what}: one line: {lines:?}");
        assert_lines_in(lang, what, &lines);
    }

    // A watch whose --out is a file: one sentence naming it.
    std::fs::write(d.join("notes.txt"), "not a folder").unwrap();
    let (code, lines) = teamlint(d, &["watch", "plans", "--out", "notes.txt", "--lang", lang]);
    assert_eq!(code, 2, "{lines:?}");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].contains("notes.txt"), "{lines:?}");
    assert_lines_in(lang, "watch --out a file", &lines);

    // Config errors: an unknown key, a line that does not parse, a value out of range.
    for (what, toml) in [
        ("unknown key", "[thresholds]\ntolerence = 0.2\n"),
        ("bad line", "[thresholds]\ntolerance = \"zehn\"\n"),
        ("out of range", "[thresholds]\ntolerance = 5\n"),
        ("unknown rule", "[rules.SPOF999]\nseverity = \"off\"\n"),
    ] {
        std::fs::write(d.join("team.toml"), toml).unwrap();
        let (code, lines) = teamlint(
            d,
            &["check", "plans", "--config", "team.toml", "--lang", lang],
        );
        assert_eq!(code, 2, "{what}: {lines:?}");
        assert_lines_in(lang, what, &lines);
    }
    std::fs::write(d.join("team.toml"), "[thresholds]\ntolerence = 0.2\n").unwrap();
    let (_, lines) = teamlint(
        d,
        &["check", "plans", "--config", "team.toml", "--lang", lang],
    );
    assert!(
        lines[0].contains("`thresholds.tolerence`") && lines[0].contains("`tolerance`"),
        "names the unknown key and the keys there are: {lines:?}"
    );
}

#[test]
fn under_lang_de_template_explain_rules_usage_and_config_errors_print_no_english() {
    command_lines_are_in("de");
}

#[test]
fn under_lang_fr_template_explain_rules_usage_and_config_errors_print_no_english() {
    command_lines_are_in("fr");
}

/// A watch of `plans` in `lang` for one cycle (the first check and the start line), stopped
/// by SIGTERM: every line it printed.
fn watch_once(dir: &Path, lang: &str) -> Vec<String> {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(["watch", "plans", "--out", "out", "--lang", lang])
        .current_dir(dir)
        .env_remove("LANG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = send.send(line);
        }
    });
    let mut lines = Vec::new();
    // The start line carries the arrow in every language.
    while !lines.iter().any(|l: &String| l.contains('→')) {
        let line = receive
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("the watch prints its start line");
        lines.push(line);
    }
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    assert!(child.wait().unwrap().success());
    lines.extend(receive.iter());
    lines
}

/// The lines of `check`, `merge` and one cycle of `watch` in `lang`.
fn run_lines_are_in(lang: &str) {
    let dir = workspace();
    let d = dir.path();
    let (code, lines) = teamlint(d, &["check", "plans", "--out", "out", "--lang", lang]);
    assert!(code <= 1, "{lines:?}");
    assert_lines_in(lang, "check", &lines);
    let (_, lines) = teamlint(
        d,
        &["check", "plans", "--out", "run", "--part", "--lang", lang],
    );
    assert_lines_in(lang, "check --part", &lines);
    let (code, lines) = teamlint(d, &["merge", "run", "--out", "run", "--lang", lang]);
    assert!(code <= 1, "{lines:?}");
    assert_lines_in(lang, "merge", &lines);
    let (code, lines) = teamlint(d, &["merge", "nowhere", "--out", "run", "--lang", lang]);
    assert_eq!(code, 2);
    assert_lines_in(lang, "merge of nothing", &lines);
    let lines = watch_once(d, lang);
    assert!(
        lines.len() >= 3,
        "two workbooks, the start line, the stop: {lines:?}"
    );
    assert_lines_in(lang, "watch", &lines);
}

#[test]
fn under_lang_de_check_merge_and_watch_print_no_english() {
    run_lines_are_in("de");
}

#[test]
fn under_lang_fr_check_merge_and_watch_print_no_english() {
    run_lines_are_in("fr");
}

/// The start-up lines of `teamlint serve --lang LANG` (on a free port), then stopped.
fn serve_lines(lang: &str) -> Vec<String> {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(["serve", "--port", "0", "--lang", lang])
        .env_remove("LANG")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut lines = Vec::new();
    for _ in 0..2 {
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        lines.push(line.trim_end().to_string());
    }
    let _ = child.kill();
    let _ = child.wait();
    lines
}

#[test]
fn serve_starts_in_the_runs_language_and_a_shard_error_too() {
    for lang in ["de", "fr"] {
        let lines = serve_lines(lang);
        assert!(lines[0].contains("http://127.0.0.1:"), "{lines:?}");
        // The address carries the token, an identifier in every language.
        let without_address: Vec<String> = lines
            .iter()
            .map(|l| {
                l.split_whitespace()
                    .filter(|w| !w.starts_with("http"))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_lines_in(lang, "serve", &without_address);
        let dir = workspace();
        let (code, lines) = teamlint(
            dir.path(),
            &["check", "plans", "--part", "--shard", "9/8", "--lang", lang],
        );
        assert_eq!(code, 2);
        assert_lines_in(lang, "shard", &lines);
    }
}

#[test]
fn without_lang_the_environments_language_is_spoken() {
    let dir = tempfile::tempdir().unwrap();
    for (locale, line) in [
        ("de_AT.UTF-8", "Vorlage a.xlsx geschrieben"),
        ("fr_FR.UTF-8", "modèle b.xlsx écrit"),
        ("C.UTF-8", "wrote the template c.xlsx"),
    ] {
        let file = line
            .split_whitespace()
            .find(|w| w.ends_with(".xlsx"))
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_teamlint"))
            .args(["template", file])
            .current_dir(dir.path())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", locale)
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end(), line);
    }
    // --lang wins over the environment.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(["template", "d.xlsx", "--lang", "EN"])
        .current_dir(dir.path())
        .env("LANG", "de_DE.UTF-8")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim_end(),
        "wrote the template d.xlsx"
    );
}

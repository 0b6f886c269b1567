//! Hostile names and places, each built in the test: control and bidi characters in names never
//! reach a terminal, a page or an XML file raw; outputs never leave `--out` through a link or
//! `..`; a `teamlint.toml` dropped in an input folder never changes the rules.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A small plan: one unit named `unit`, two people on LinkedIn, whose budget is "free"
/// (COST001, an error).
fn plan(path: &Path, unit: &str) {
    let mut wb = rust_xlsxwriter::Workbook::new();
    common::text_sheet(
        &mut wb,
        "Units",
        &[vec!["Unit", "Country"], vec![unit, "DE"]],
    );
    common::text_sheet(
        &mut wb,
        "Staff",
        &[
            vec!["Person ID", "Name", "Weekly hours", "Deputy", "Role"],
            vec!["P1", "Anna", "40", "P2", "social media manager"],
            vec!["P2", "Ben", "40", "P1", "coordinator"],
        ],
    );
    common::text_sheet(
        &mut wb,
        "Allocation",
        &[
            vec!["Person ID", "Channel", "Hours per week"],
            vec!["P1", "LinkedIn", "10"],
            vec!["P2", "LinkedIn", "10"],
        ],
    );
    common::text_sheet(
        &mut wb,
        "Channels",
        &[
            vec!["Channel", "Posts per week", "Budget"],
            vec!["LinkedIn", "3", "free"],
        ],
    );
    wb.save(path).unwrap();
}

/// Runs the binary in `dir` with these arguments.
fn teamlint(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("teamlint runs")
}

/// `teamlint check in --out OUT --lang LANG` in `dir`.
fn check_in(dir: &Path, out: &Path, lang: &str) -> Output {
    let out = out.to_str().unwrap();
    teamlint(dir, &["check", "in", "--out", out, "--lang", lang])
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn findings(out: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(out.join("findings.json")).unwrap()).unwrap()
}

/// Whether a text holds a character that would act on a terminal or turn text around.
fn acts(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        (c.is_control() && c != '\n')
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

#[test]
fn names_with_control_and_bidi_characters_are_printed_as_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir_all(&folder).unwrap();
    // A name that retitles the window and turns the rest of the line around.
    plan(
        &folder.join("title\x1b]0;pwned\x07\u{202E}xslx.xlsx"),
        "Nord",
    );
    // A name that forges a line of its own.
    plan(
        &folder.join("a\nok    all-good.xlsx  1 unit: 0 errors, 0 warnings, 0 infos.xlsx"),
        "Sued",
    );
    // A file that fails, whose name clears the screen.
    std::fs::write(folder.join("clear\x1b[2J.xlsx"), b"not a workbook").unwrap();

    for (lang, failed) in [("en", "UNREADABLE"), ("de", "NICHT LESBAR")] {
        let out = dir.path().join(format!("out-{lang}"));
        let run = check_in(dir.path(), &out, lang);
        assert_eq!(run.status.code(), Some(2), "an input failed");
        let stdout = text(&run.stdout);
        assert_eq!(acts(&stdout), None, "{stdout}");
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("ok")).count(),
            2,
            "one line per workbook, none forged: {stdout}"
        );
        assert!(
            stdout.contains("title\\x1b]0;pwned\\x07\\u{202E}xslx.xlsx"),
            "{stdout}"
        );
        assert!(
            stdout.contains("a\\x0aok    all-good.xlsx  1 unit: 0 errors"),
            "{stdout}"
        );
        let failed_line = lines.iter().find(|l| l.starts_with(failed)).unwrap();
        assert!(failed_line.contains("clear\\x1b[2J.xlsx"), "{failed_line}");

        // The page names them the same way; findings.json keeps the true names.
        let html = std::fs::read_to_string(out.join("report.html")).unwrap();
        assert_eq!(acts(&html.replace(['\r', '\t'], "")), None);
        assert!(
            html.contains("clear\\x1b[2J.xlsx"),
            "the failed input on the page"
        );
        let json = findings(&out);
        assert!(
            json["workbooks"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w["path"] == "in/clear\x1b[2J.xlsx" || w["path"] == "clear\x1b[2J.xlsx")
        );
    }

    // --quiet prints the failed input alone, to stderr, the same way.
    let out = dir.path().join("out-quiet");
    let run = teamlint(
        dir.path(),
        &["check", "in", "--out", out.to_str().unwrap(), "--quiet"],
    );
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert_eq!(acts(&stderr), None, "{stderr}");
    assert!(stderr.contains("clear\\x1b[2J.xlsx"), "{stderr}");
}

#[test]
fn a_unit_name_with_a_control_character_gives_well_formed_junit() {
    // The parser used must refuse the raw character, or the test proves nothing.
    assert!(roxmltree::Document::parse("<a>\u{1}</a>").is_err());
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir_all(&folder).unwrap();
    // Written as Excel's `_x0001_` escape, read back as U+0001.
    plan(&folder.join("plan.xlsx"), "Hansa\u{1}Nord");
    let out = dir.path().join("out");
    let run = teamlint(
        dir.path(),
        &["check", "in", "--out", "out", "--format", "junit"],
    );
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
    let json = findings(&out);
    assert_eq!(
        json["units"][0]["unit"], "Hansa\u{1}Nord",
        "decoded from _x0001_"
    );

    let xml = std::fs::read_to_string(out.join("findings.junit.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("findings.junit.xml is well-formed");
    let failing: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .filter(|n| n.children().any(|c| c.has_tag_name("failure")))
        .collect();
    let cost = failing
        .iter()
        .find(|n| n.attribute("name").unwrap().starts_with("COST001"))
        .expect("COST001 fails");
    assert_eq!(
        cost.attribute("name"),
        Some("COST001 free-platform-fallacy (Hansa\\x01Nord)")
    );
    assert_eq!(cost.attribute("classname"), Some("plan.xlsx.COST001"));
}

/// Every annotated copy under `dir`.
fn copies(dir: &Path) -> Vec<PathBuf> {
    common::copies_under(dir)
}

#[cfg(unix)]
#[test]
fn a_link_inside_out_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir_all(folder.join("sub")).unwrap();
    plan(&folder.join("sub/linked.xlsx"), "Nord");
    plan(&folder.join("plain.xlsx"), "Sued");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    for (lang, failed, sentence) in [
        (
            "en",
            "NO COPY",
            "the copy is not written: the folder sub in the output folder is a symbolic link",
        ),
        (
            "de",
            "KEINE KOPIE",
            "die Kopie wird nicht geschrieben: der Ordner sub im Ausgabeordner ist eine \
             symbolische Verknüpfung",
        ),
    ] {
        let out = dir.path().join(format!("out-{lang}"));
        std::fs::create_dir_all(&out).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("sub")).unwrap();
        let run = check_in(dir.path(), &out, lang);
        assert_eq!(run.status.code(), Some(2), "{}", text(&run.stdout));
        let stdout = text(&run.stdout);
        let line = stdout
            .lines()
            .find(|l| l.contains("sub/linked.xlsx"))
            .unwrap();
        assert!(
            line.starts_with(failed) && line.contains(sentence),
            "{line}"
        );
        assert!(
            std::fs::read_dir(&elsewhere).unwrap().next().is_none(),
            "a copy went through the link"
        );
        // The rest goes on.
        assert_eq!(copies(&out), vec![out.join("plain.checked.xlsx")]);
        let json = findings(&out);
        let linked = json["workbooks"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["path"] == "sub/linked.xlsx")
            .unwrap();
        assert_eq!(linked["status"], "failed");
        assert!(linked["error"].as_str().unwrap().contains(sentence));
    }
}

#[test]
fn a_listed_path_with_dot_dot_keeps_its_copy_inside_out() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    let data = dir.path().join("data");
    std::fs::create_dir_all(&work).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    plan(&data.join("plan.xlsx"), "Nord");
    std::fs::write(work.join("list.txt"), "../data/plan.xlsx\n").unwrap();
    let run = teamlint(
        &work,
        &["check", "--files-from", "list.txt", "--out", "out"],
    );
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
    assert_eq!(
        copies(dir.path()),
        vec![work.join("out/data/plan.checked.xlsx")],
        "{}",
        text(&run.stdout)
    );
    // Findings name it as listed.
    assert_eq!(
        findings(&work.join("out"))["workbooks"][0]["path"],
        "../data/plan.xlsx"
    );
}

#[test]
fn a_config_dropped_in_the_input_folder_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let drop = dir.path().join("drop");
    std::fs::create_dir_all(&drop).unwrap();
    plan(&drop.join("plan.xlsx"), "Nord");
    let off = "[rules.COST001]\nseverity = \"off\"\n";
    std::fs::write(drop.join("teamlint.toml"), off).unwrap();
    let rules_of = |out: &Path| -> Vec<String> {
        findings(out)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_string())
            .collect()
    };

    // Run from inside the drop folder: the dropped file is left unread, and a line says so.
    for (lang, sentence) in [
        (
            "en",
            "teamlint.toml in the working folder is not read: the working folder lies in the \
             input folder",
        ),
        (
            "de",
            "teamlint.toml im Arbeitsordner wird nicht gelesen: der Arbeitsordner liegt im \
             Eingabeordner",
        ),
    ] {
        let out = dir.path().join(format!("out-{lang}"));
        let out_arg = out.to_str().unwrap();
        for args in [
            vec!["check", ".", "--out", out_arg, "--lang", lang],
            vec!["check", "plan.xlsx", "--out", out_arg, "--lang", lang],
        ] {
            let run = teamlint(&drop, &args);
            assert_eq!(run.status.code(), Some(1), "COST001 still counts");
            assert!(
                text(&run.stderr).contains(sentence),
                "{}",
                text(&run.stderr)
            );
            assert!(rules_of(&out).contains(&"COST001".to_string()));
        }
    }

    // From the folder above, the working folder's file is the user's own and is read; so is
    // one given with --config.
    std::fs::write(dir.path().join("teamlint.toml"), off).unwrap();
    let run = teamlint(dir.path(), &["check", "drop", "--out", "out-above"]);
    assert!(text(&run.stderr).is_empty(), "{}", text(&run.stderr));
    assert!(!rules_of(&dir.path().join("out-above")).contains(&"COST001".to_string()));
    let run = teamlint(
        &drop,
        &[
            "check",
            ".",
            "--out",
            "../out-explicit",
            "--config",
            "teamlint.toml",
        ],
    );
    assert!(text(&run.stderr).is_empty(), "{}", text(&run.stderr));
    assert!(!rules_of(&dir.path().join("out-explicit")).contains(&"COST001".to_string()));
}

/// The package at `path` with one part's text changed by `edit`, and `extra` entries added,
/// written back in place.
fn edit_part(path: &Path, part: &str, edit: impl Fn(&str) -> String, extra: &[&str]) {
    use std::io::{Read, Write};
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if name == part {
            data = edit(std::str::from_utf8(&data).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&data).unwrap();
    }
    for name in extra {
        out.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(b"ESCAPED").unwrap();
    }
    std::fs::write(path, out.finish().unwrap().into_inner()).unwrap();
}

#[test]
fn entities_in_a_package_are_never_expanded_nor_fetched() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir_all(&folder).unwrap();
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "TOP-SECRET-SALARY-LIST").unwrap();
    let path = folder.join("plan.xlsx");
    plan(&path, "UNITNAME");
    // A million-fold entity (harmless if it were expanded: 3 MB) and an external one.
    let mut doctype = String::from("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
    for i in 1..=6 {
        let prev = format!("&l{};", i - 1);
        doctype.push_str(&format!("<!ENTITY l{i} \"{}\">", prev.repeat(10)));
    }
    doctype.push_str(&format!(
        "<!ENTITY ext SYSTEM \"file://{}\">]>",
        secret.display()
    ));
    edit_part(
        &path,
        "xl/sharedStrings.xml",
        |xml| {
            let body = xml.find("<sst").unwrap();
            format!("{}{doctype}{}", &xml[..body], &xml[body..])
                .replace(">UNITNAME<", ">&l6;&ext;<")
        },
        &[],
    );
    // A sound workbook beside it, so that the run writes its reports even if this one fails
    // (a run whose every input fails keeps an earlier run's reports and writes none).
    plan(&folder.join("zz-sound.xlsx"), "Sound");
    let run = teamlint(dir.path(), &["check", "in", "--out", "out"]);
    assert!(matches!(run.status.code(), Some(1 | 2)), "{run:?}");
    let json = findings(&dir.path().join("out"));
    assert_eq!(json["workbooks"][0]["path"], "plan.xlsx");
    let status = &json["workbooks"][0]["status"];
    if status == "ok" {
        let unit = json["units"][0]["unit"].as_str().unwrap();
        assert!(
            unit.len() < 100,
            "an entity was expanded: {} bytes",
            unit.len()
        );
    } else {
        let error = json["workbooks"][0]["error"].as_str().unwrap();
        assert!(!error.contains('\n') && error.len() < 500, "{error}");
    }
    for entry in walkdir::WalkDir::new(dir.path().join("out")) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let bytes = std::fs::read(entry.path()).unwrap();
            let found = bytes.windows(10).any(|w| w == b"TOP-SECRET");
            assert!(!found, "{} holds the secret", entry.path().display());
        }
    }
    assert!(!text(&run.stdout).contains("TOP-SECRET"));
}

#[test]
fn entries_named_with_dot_dot_are_never_unpacked_to_disk() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("in");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("plan.xlsx");
    plan(&path, "Nord");
    let escaped = [
        "../../escaped.txt",
        "../escaped.txt",
        "out/../../escaped.txt",
    ];
    edit_part(&path, "xl/sharedStrings.xml", str::to_string, &escaped);
    let run = teamlint(&folder, &["check", ".", "--out", "out"]);
    assert!(matches!(run.status.code(), Some(1 | 2)), "{run:?}");
    for place in [dir.path(), &folder, &folder.join("out")] {
        assert!(!place.join("escaped.txt").exists(), "{}", place.display());
    }
    let everywhere: Vec<PathBuf> = walkdir::WalkDir::new(dir.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "escaped.txt")
        .map(|e| e.path().to_path_buf())
        .collect();
    assert!(everywhere.is_empty(), "{everywhere:?}");
}

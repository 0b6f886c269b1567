//! Every real workbook is read or refused in one plain sentence, and nothing takes the batch
//! down: a reader that panics fails its own workbook only (issue 15).

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn findings_json(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("findings.json")).unwrap()).unwrap()
}

fn workbook<'a>(json: &'a serde_json::Value, file: &str) -> &'a serde_json::Value {
    json["workbooks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["path"].as_str().unwrap().ends_with(file))
        .unwrap_or_else(|| panic!("{file} not in findings.json"))
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Runs the debug binary on a batch of one good workbook and one whose work panics at `stage`
/// (the test-only hook `TEAMLINT_TEST_PANIC`), and checks the batch went on.
fn batch_with_a_panic(stage: &str, lang: &str, reason_start: &str) {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::copy(fixtures().join("english.xlsx"), inputs.join("good.xlsx")).unwrap();
    std::fs::copy(fixtures().join("english.xlsx"), inputs.join("bad.xlsx")).unwrap();
    let out = dir.path().join("out");
    let assert = Command::cargo_bin("teamlint")
        .unwrap()
        .env("TEAMLINT_TEST_PANIC", format!("{stage}:bad.xlsx"))
        .args(["check", "--lang", lang, "--jobs", "2", "--out"])
        .arg(&out)
        .arg(&inputs)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "the panic prints nothing: {stderr}"
    );

    let json = findings_json(&out);
    let bad = workbook(&json, "bad.xlsx");
    assert_eq!(bad["status"], "failed");
    let reason = bad["error"].as_str().unwrap();
    assert!(reason.starts_with(reason_start), "{reason}");
    assert!(
        reason.contains("TEAMLINT_TEST_PANIC"),
        "cause after the dash: {reason}"
    );
    assert!(!reason.contains('\n'), "{reason}");
    assert!(
        stdout.contains("bad.xlsx"),
        "the summary names it: {stdout}"
    );

    let good = workbook(&json, "good.xlsx");
    assert_eq!(good["status"], "ok", "{good}");
    let copy = out.join("good.checked.xlsx");
    let sheets = teamlint::load::read_sheets(&copy).expect("the good copy reads back");
    assert!(sheets.iter().any(|s| s.name == "Staff"));
    assert!(
        sheets
            .iter()
            .any(|s| s.name.starts_with("Findings") || s.name.starts_with("Befunde"))
    );
    let good_findings = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["workbook"].as_str() == Some("good.xlsx"))
        .count();
    assert!(good_findings > 0, "the good workbook is fully checked");
    assert!(out.join("group-report.xlsx").is_file());

    let written: Vec<String> = files_under(&out)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(
        !written
            .iter()
            .any(|n| n.starts_with("bad") || n.contains(".bad")),
        "nothing of the failed workbook remains: {written:?}"
    );
    assert!(
        !written.iter().any(|n| n.ends_with(".tmp")),
        "no temporary file remains: {written:?}"
    );
}

#[test]
fn a_reader_panic_fails_that_workbook_and_the_batch_goes_on() {
    batch_with_a_panic(
        "read",
        "en",
        "teamlint could not read this file (internal error in the reader); please send it to \
         the maintainers — ",
    );
}

#[test]
fn a_panic_while_writing_the_copy_leaves_no_half_written_file() {
    batch_with_a_panic(
        "write",
        "de",
        "teamlint konnte diese Datei nicht lesen (interner Fehler im Leseteil); bitte senden Sie \
         sie an die Entwickler — ",
    );
}

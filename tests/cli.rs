//! The command line as scripts use it: exit codes, the terminal summary, rules and explain,
//! over the committed fixtures (English, German, .ods, .xls, random bytes, a truncated .xlsx).

use assert_cmd::Command;
use std::path::Path;

fn teamlint() -> Command {
    Command::cargo_bin("teamlint").unwrap()
}

fn fixtures() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .leak()
}

fn findings_json(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("findings.json")).unwrap()).unwrap()
}

#[test]
fn the_mixed_batch_loads_four_workbooks_fails_two_and_exits_2() {
    let out = tempfile::tempdir().unwrap();
    let assert = teamlint()
        .arg("check")
        .arg(fixtures().join("batch"))
        .arg("--out")
        .arg(out.path())
        .assert()
        .code(2);
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let json = findings_json(out.path());
    let workbooks = json["workbooks"].as_array().unwrap();
    let status = |file: &str| {
        workbooks
            .iter()
            .find(|w| w["path"].as_str().unwrap().ends_with(file))
            .unwrap_or_else(|| panic!("{file} missing from {workbooks:#?}"))
            .clone()
    };
    for ok in ["english.xlsx", "german.xlsx", "libre.ods", "legacy.xls"] {
        assert_eq!(status(ok)["status"], "ok", "{ok}: {}", status(ok));
    }
    for failed in ["random.xlsx", "truncated.xlsx"] {
        let w = status(failed);
        assert_eq!(w["status"], "failed", "{failed}");
        let reason = w["error"].as_str().unwrap();
        assert!(
            !reason.is_empty() && !reason.contains('\n'),
            "{failed}: {reason}"
        );
        assert!(
            stdout.contains(failed),
            "the terminal names {failed}:\n{stdout}"
        );
    }
    let data = |rule: &str| {
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == rule)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert!(
        data("DATA002").is_empty(),
        "no DATA002 on German text numbers: {:#?}",
        data("DATA002")
    );
    assert!(data("DATA001").is_empty(), "{:#?}", data("DATA001"));
    for ok in ["english", "german", "libre", "legacy"] {
        assert!(
            out.path().join(format!("{ok}.checked.xlsx")).is_file(),
            "{ok}.checked.xlsx"
        );
    }
}

#[test]
fn fail_on_decides_the_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let input = fixtures().join("english.xlsx");
    let run = |fail_on: &str| {
        teamlint()
            .args(["check", "--quiet", "--fail-on", fail_on, "--out"])
            .arg(dir.path().join(fail_on))
            .arg(&input)
            .output()
            .unwrap()
            .status
            .code()
            .unwrap()
    };
    let json = {
        run("never");
        findings_json(&dir.path().join("never"))
    };
    let has = |sev: &str| {
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["severity"] == sev)
    };
    assert_eq!(run("never"), 0);
    assert_eq!(run("error"), i32::from(has("error")));
    assert_eq!(run("warning"), i32::from(has("error") || has("warning")));
    assert!(
        has("warning") || has("error"),
        "the fixture has findings to fail on"
    );
}

#[test]
fn usage_errors_exit_2_with_a_reason() {
    teamlint().arg("check").assert().code(2);
    teamlint()
        .args(["check", "--fail-on", "sometimes", "x"])
        .assert()
        .code(2);
    let out = tempfile::tempdir().unwrap();
    let a = teamlint()
        .arg("check")
        .arg(out.path().join("nowhere"))
        .arg("--out")
        .arg(out.path().join("o"))
        .assert()
        .code(2);
    let text = String::from_utf8_lossy(&a.get_output().stdout).into_owned()
        + &String::from_utf8_lossy(&a.get_output().stderr);
    assert!(text.contains("no such file or folder"), "{text}");
    let bad = out.path().join("bad.toml");
    std::fs::write(&bad, "[thresholds]\ntolerence = 1\n").unwrap();
    let a = teamlint()
        .arg("check")
        .arg("--config")
        .arg(&bad)
        .arg(fixtures().join("english.xlsx"))
        .assert()
        .code(2);
    assert!(String::from_utf8_lossy(&a.get_output().stderr).contains("tolerence"));
}

#[test]
fn rules_lists_every_registered_code_and_explain_teaches() {
    let a = teamlint().arg("rules").assert().success();
    let out = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    let registry = teamlint::rules::all();
    for rule in registry {
        let line = out
            .lines()
            .find(|l| l.starts_with(rule.code))
            .unwrap_or_else(|| panic!("{} missing from:\n{out}", rule.code));
        assert!(
            line.contains(rule.name) && line.contains(rule.summary(teamlint::contract::Lang::En))
        );
    }
    assert_eq!(
        out.lines().count(),
        1 + registry.len(),
        "a header and a line per rule:\n{out}"
    );
    let a = teamlint().args(["explain", "spof001"]).assert().success();
    let text = String::from_utf8_lossy(&a.get_output().stdout).into_owned();
    assert!(text.starts_with("SPOF001 channel-single-person"), "{text}");
    assert!(
        text.contains("What it checks: ") && text.contains("How to fix it: "),
        "{text}"
    );
    let de = teamlint()
        .args(["explain", "COST001", "--lang", "de"])
        .assert()
        .success();
    assert_ne!(
        de.get_output().stdout,
        teamlint()
            .args(["explain", "COST001"])
            .output()
            .unwrap()
            .stdout
    );
    teamlint().args(["explain", "NOPE001"]).assert().code(2);
}

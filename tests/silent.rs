//! Runs that look fine and are not (issue 25): a run that finds no workbook, or reads none, or
//! has nowhere sound to write, exits 2 with one sentence and leaves an earlier run's reports
//! byte for byte as they were.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::folder_of_samples;

fn teamlint() -> Command {
    Command::new(env!("CARGO_BIN_EXE_teamlint"))
}

/// Runs teamlint with `args`: its exit code and its stderr.
fn run(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = teamlint().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap(), stderr)
}

/// `check INPUT --out OUT` with `extra` arguments.
fn check(input: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref(), input.as_os_str()];
    args.push("--out".as_ref());
    args.push(out.as_os_str());
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    run(&args)
}

/// The reports of a good run in `out`: each file and its bytes.
fn reports(out: &Path) -> Vec<(String, Vec<u8>)> {
    ["group-report.xlsx", "report.html", "findings.json"]
        .iter()
        .map(|f| (f.to_string(), std::fs::read(out.join(f)).unwrap()))
        .collect()
}

/// A folder with one good workbook checked into `out`: the reports an earlier run left.
fn earlier_run(dir: &Path) -> (PathBuf, Vec<(String, Vec<u8>)>) {
    let good = folder_of_samples(dir, "good", &["at-wien.xlsx"]);
    let out = dir.join("results");
    let (code, stderr) = check(&good, &out, &["--fail-on", "never"]);
    assert_eq!(code, 0, "{stderr}");
    let before = reports(&out);
    (out, before)
}

#[test]
fn a_folder_without_a_workbook_exits_2_naming_what_it_skipped_and_keeps_the_reports() {
    let dir = tempfile::tempdir().unwrap();
    let (out, before) = earlier_run(dir.path());
    let csv = dir.path().join("export");
    std::fs::create_dir_all(&csv).unwrap();
    std::fs::write(csv.join("plan.csv"), "Person ID;Name\n1;Ada\n").unwrap();
    let (code, stderr) = check(&csv, &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: no workbook to check in {} (teamlint reads .xlsx .xlsm .xlsb .xls .ods); \
             skipped: plan.csv: a CSV export, save the workbook as .xlsx; nothing was written, \
             the reports of an earlier run are left as they are",
            csv.display()
        )
    );
    assert_eq!(reports(&out), before, "the earlier reports, byte for byte");

    // An empty folder, in German.
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let (code, stderr) = check(&empty, &out, &["--lang", "de"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "teamlint: keine Arbeitsmappe zu prüfen in {}",
            empty.display()
        )),
        "{stderr}"
    );
    assert_eq!(reports(&out), before);

    // A typo, in French.
    let typo = dir.path().join("sampels");
    let (code, stderr) = check(&typo, &out, &["--lang", "fr"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("aucun classeur à contrôler")
            && stderr.contains(&format!(
                "{}\u{a0}: fichier ou dossier introuvable",
                typo.display()
            )),
        "{stderr}"
    );
    assert_eq!(reports(&out), before);
}

#[test]
fn a_run_where_every_input_fails_keeps_the_earlier_reports() {
    let dir = tempfile::tempdir().unwrap();
    let (out, before) = earlier_run(dir.path());
    let broken = dir.path().join("broken");
    std::fs::create_dir_all(&broken).unwrap();
    std::fs::write(broken.join("plan.xlsx"), b"this is not a workbook").unwrap();
    let (code, stderr) = check(&broken, &out, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "teamlint: no report written: no workbook could be read; the reports of an earlier \
             run in {} are left as they are",
            out.display()
        )),
        "{stderr}"
    );
    assert_eq!(reports(&out), before, "the earlier reports, byte for byte");
}

#[test]
fn an_output_folder_that_is_the_input_folder_or_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = folder_of_samples(dir.path(), "plans", &["at-wien.xlsx"]);
    let (code, stderr) = check(&input, &input, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: --out {} is the folder the workbooks are read from: give the results a \
             folder of their own (a folder inside it is fine)",
            input.display()
        )
    );
    let names: Vec<_> = std::fs::read_dir(&input).unwrap().flatten().collect();
    assert_eq!(names.len(), 1, "nothing written into the input folder");

    // A folder inside it is fine: teamlint skips its own outputs there.
    let inside = input.join("results");
    let (code, stderr) = check(&input, &inside, &["--fail-on", "never"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = check(&input, &inside, &["--fail-on", "never"]);
    assert_eq!(
        code, 0,
        "the second run reads no copy of the first: {stderr}"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(inside.join("findings.json")).unwrap()).unwrap();
    assert_eq!(json["workbooks"].as_array().unwrap().len(), 1);

    // --out naming a file, in German; the file stays as it was.
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "keep").unwrap();
    let (code, stderr) = check(&input, &file, &["--lang", "de"]);
    assert_eq!(code, 2, "{stderr}");
    assert_refused_as_a_file_in_german(&stderr, &file);

    // A folder below a file cannot be made: one sentence naming it.
    let below = file.join("out");
    let (code, stderr) = check(&input, &below, &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "teamlint: the results cannot be written to --out {}: ",
            below.display()
        )),
        "{stderr}"
    );
}

/// `--out` named a file (holding "keep"): the German sentence naming it, the file unchanged.
fn assert_refused_as_a_file_in_german(stderr: &str, file: &Path) {
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: --out {} ist eine Datei, kein Ordner: geben Sie einen Ordner für die \
             Ergebnisse an",
            file.display()
        )
    );
    assert_eq!(std::fs::read_to_string(file).unwrap(), "keep");
}

#[test]
fn a_merge_into_a_file_is_refused_with_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let input = folder_of_samples(dir.path(), "plans", &["at-wien.xlsx"]);
    let parts = dir.path().join("parts");
    let (code, stderr) = check(&input, &parts, &["--shard", "1/1", "--part"]);
    assert_eq!(code, 0, "{stderr}");
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "keep").unwrap();
    let (code, stderr) = run(&[
        "merge".as_ref(),
        parts.as_os_str(),
        "--out".as_ref(),
        file.as_os_str(),
        "--lang".as_ref(),
        "de".as_ref(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert_refused_as_a_file_in_german(&stderr, &file);
}

/// Whether this process runs as root, for whom no permission bit refuses a write.
fn running_as_root() -> bool {
    let id = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&id.stdout).trim() == "0"
}

#[test]
fn an_output_folder_without_write_permission_is_refused_and_keeps_the_reports() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let (out, before) = earlier_run(dir.path());
    let good = dir.path().join("good");
    for folder in [&good, &out] {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    // Root writes anywhere: as root, teamlint runs as nobody (a link to it where nobody can
    // reach it, since the build folder may lie in root's home).
    let mut cmd = if running_as_root() {
        let program = dir.path().join("teamlint");
        if std::fs::hard_link(env!("CARGO_BIN_EXE_teamlint"), &program).is_err() {
            std::fs::copy(env!("CARGO_BIN_EXE_teamlint"), &program).unwrap();
        }
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(program);
        cmd
    } else {
        teamlint()
    };
    let run = cmd
        .current_dir(dir.path())
        .arg("check")
        .arg(&good)
        .arg("--out")
        .arg(&out)
        .args(["--lang", "de"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: die Ergebnisse lassen sich nicht nach --out {} schreiben: Sie haben dort \
             keine Schreibrechte",
            out.display()
        )
    );
    assert_eq!(reports(&out), before, "the earlier reports, byte for byte");
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn an_output_folder_below_a_file_says_so_in_the_runs_language() {
    let dir = tempfile::tempdir().unwrap();
    let input = folder_of_samples(dir.path(), "plans", &["at-wien.xlsx"]);
    let file = dir.path().join("notes.txt");
    std::fs::write(&file, "keep").unwrap();
    let below = file.join("results");
    let (code, stderr) = check(&input, &below, &["--lang", "fr"]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: impossible d’écrire les résultats dans --out {}\u{a0}: une partie du \
             chemin est un fichier, pas un dossier",
            below.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep");
}

#[test]
fn outputs_inside_the_input_folder_are_never_read_back_whatever_their_folder() {
    let dir = tempfile::tempdir().unwrap();
    let plans = folder_of_samples(dir.path(), "plans", &["at-wien.xlsx"]);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(fixtures.join("macro.xlsm"), plans.join("macro.xlsm")).unwrap();
    // Monday's results in a folder whose parents do not exist yet: they are made.
    let monday = plans.join("runs/2026/monday");
    let (code, stderr) = check(&plans, &monday, &["--fail-on", "never"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(monday.join("macro.checked.xlsm").is_file());
    assert!(monday.join("at-wien.checked.xlsx").is_file());
    // Tuesday's run searches Monday's folder too, and reads none of its outputs.
    let tuesday = plans.join("runs/2026/tuesday");
    let (code, stderr) = check(&plans, &tuesday, &["--fail-on", "never"]);
    assert_eq!(code, 0, "{stderr}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tuesday.join("findings.json")).unwrap()).unwrap();
    let names: Vec<&str> = json["workbooks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["path"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["at-wien.xlsx", "macro.xlsm"]);
    // A folder holding only outputs holds no workbook to check: the copies and the group report
    // are not even named as skipped.
    let (code, stderr) = check(&monday, &dir.path().join("elsewhere"), &[]);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(
        stderr.trim(),
        format!(
            "teamlint: no workbook to check in {} (teamlint reads .xlsx .xlsm .xlsb .xls .ods); \
             skipped: findings.json: not a workbook; report.html: not a workbook; nothing was \
             written, the reports of an earlier run are left as they are",
            monday.display()
        )
    );
}

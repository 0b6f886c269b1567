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

/// What loading a fixture must give: read (with this many people in Staff), or refused with a
/// reason that starts with this text.
enum Expect {
    Read { staff: usize },
    Refused(&'static str),
}

/// Every class of issue 15, one fixture each or more (made by tests/fixtures/<class>/make.py).
const CLASSES: &[(&str, Expect)] = &[
    ("panic/plan.xlsb", Expect::Read { staff: 2 }),
    ("panic/prefixed-rels.xlsb", Expect::Read { staff: 2 }),
    (
        "reasons/xor.xls",
        Expect::Refused(
            "password-protected: open it in Excel, remove the password to open, save, and run again",
        ),
    ),
    (
        "encrypted.xlsx",
        Expect::Refused(
            "password-protected: open it in Excel, remove the password to open, save, and run again",
        ),
    ),
    (
        "reasons/codepage.xls",
        Expect::Refused(
            "saved in a character set teamlint cannot read (code page 55244): open it in Excel \
             and save it as .xlsx",
        ),
    ),
    (
        "reasons/excel95.xls",
        Expect::Refused("saved in a format older than Excel 97: open it and save it as .xlsx"),
    ),
    (
        "reasons/excel2.xls",
        Expect::Refused("saved in a format older than Excel 97: open it and save it as .xlsx"),
    ),
    (
        "reasons/old-xls.xlsx",
        Expect::Refused(
            "an old .xls file saved under the name .xlsx: open it in Excel and save it as .xlsx",
        ),
    ),
    (
        "reasons/crc.xlsx",
        Expect::Refused(
            "damaged: the file cannot be read as a workbook; open it in Excel (which may repair \
             it) and save it again — ",
        ),
    ),
    ("reasons/protected-sheet.xlsx", Expect::Read { staff: 2 }),
    (
        "truncated.xlsx",
        Expect::Refused("damaged or truncated: the file ends early"),
    ),
    (
        "random.xlsx",
        Expect::Refused(
            "not a workbook: a .xlsx file is a zip archive and this file is not one; open it in \
             Excel and save it as .xlsx",
        ),
    ),
    (
        "memory/fat-loop.xls",
        Expect::Refused(
            "damaged: the file cannot be read as a workbook; open it in Excel (which may repair \
             it) and save it again — compound file: ",
        ),
    ),
    (
        "memory/far-cell.xls",
        Expect::Refused(
            "too large for .xls: sheet 'Staff' spans 65,536 rows × 256 columns; delete the empty \
             rows and columns after the data, or save the file as .xlsx",
        ),
    ),
    ("memory/wide-sheet.xls", Expect::Read { staff: 2 }),
    (
        "memory/string-bomb.xls",
        Expect::Refused(
            "too large: the texts of sheet 'Notes' take more memory than teamlint allows for one \
             workbook; remove what the plan does not need and save it again",
        ),
    ),
    ("memory/lying-dimension.xls", Expect::Read { staff: 5 }),
    (
        "memory/huge-repeat.ods",
        Expect::Refused(
            "too large: sheet 'Huge' brings the workbook above 2,000,000 non-empty cells; remove \
             what the plan does not need and save it again",
        ),
    ),
    ("sheets/chart-sheet.xlsx", Expect::Read { staff: 2 }),
    ("sheets/dialog-sheet.xlsx", Expect::Read { staff: 2 }),
    ("sheets/macro-sheet.xlsm", Expect::Read { staff: 2 }),
    ("ods/no-mimetype.ods", Expect::Read { staff: 5 }),
    ("ods/pretty.ods", Expect::Read { staff: 5 }),
];

#[test]
fn every_class_of_fixture_is_read_or_refused_in_one_plain_sentence() {
    let mut wrong = Vec::new();
    for (file, expect) in CLASSES {
        let path = fixtures().join(file);
        match (teamlint::rules::data::load(&path, file), expect) {
            (Ok((wb, findings)), Expect::Read { staff }) => {
                if wb.plan.staff.len() != *staff {
                    wrong.push(format!(
                        "{file}: {} staff, not {staff}",
                        wb.plan.staff.len()
                    ));
                }
                let data: Vec<_> = findings.iter().map(|f| f.rule.to_string()).collect();
                if !data.is_empty() {
                    wrong.push(format!("{file}: loading findings {data:?}"));
                }
            }
            (Err(e), Expect::Refused(start)) => {
                let reason = e.to_string();
                if !reason.starts_with(start) || reason.contains('\n') {
                    wrong.push(format!("{file}: {reason}"));
                }
                let de = e.message(teamlint::contract::Lang::De);
                if de == reason || de.contains('\n') {
                    wrong.push(format!("{file}: German reason {de}"));
                }
            }
            (Ok(_), Expect::Refused(start)) => wrong.push(format!("{file}: read, not {start}")),
            (Err(e), Expect::Read { .. }) => wrong.push(format!("{file}: refused: {e}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn chart_dialog_and_macro_sheets_are_skipped_and_the_plan_found_among_them() {
    for file in [
        "sheets/chart-sheet.xlsx",
        "sheets/dialog-sheet.xlsx",
        "sheets/macro-sheet.xlsm",
    ] {
        let sheets = teamlint::load::read_sheets(&fixtures().join(file)).unwrap();
        let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Staff", "Allocation", "Channels"], "{file}");
    }
}

/// Each sheet's name and cells, comparable.
fn contents(sheets: &[teamlint::model::RawSheet]) -> Vec<(String, Vec<teamlint::model::RawCell>)> {
    sheets
        .iter()
        .map(|s| (s.name.clone(), s.cells.clone()))
        .collect()
}

#[test]
fn ods_variants_read_exactly_as_the_original() {
    let original = teamlint::load::read_sheets(&fixtures().join("libre.ods")).unwrap();
    assert!(original.iter().map(|s| s.cells.len()).sum::<usize>() > 50);
    for file in ["ods/no-mimetype.ods", "ods/pretty.ods"] {
        let variant = teamlint::load::read_sheets(&fixtures().join(file)).unwrap();
        assert_eq!(contents(&variant), contents(&original), "{file}");
    }
}

#[test]
fn the_ods_reader_reads_what_calamine_reads() {
    use calamine::Reader;
    let path = fixtures().join("libre.ods");
    let mine = teamlint::load::read_sheets(&path).unwrap();
    let mut theirs: calamine::Ods<_> = calamine::open_workbook(&path).unwrap();
    for sheet in &mine {
        let range = theirs.worksheet_range(&sheet.name).unwrap();
        let (r0, c0) = range.start().unwrap();
        let expected: Vec<(u32, u32, String)> = range
            .used_cells()
            .map(|(r, c, v)| (r0 + r as u32, c0 + c as u32, v.to_string()))
            .collect();
        let got: Vec<(u32, u32, String)> = sheet
            .cells
            .iter()
            .filter(|c| c.value != teamlint::model::RawValue::Empty)
            .map(|c| {
                let text = match &c.value {
                    teamlint::model::RawValue::Number(n) => n.to_string(),
                    teamlint::model::RawValue::Text(t) => t.clone(),
                    teamlint::model::RawValue::Bool(b) => b.to_string(),
                    other => format!("{other:?}"),
                };
                (c.row, c.col, text)
            })
            .collect();
        assert_eq!(got, expected, "{}", sheet.name);
    }
}

#[test]
fn an_old_xls_with_a_lying_dimension_reads_like_the_original() {
    let original = teamlint::load::read_sheets(&fixtures().join("legacy.xls")).unwrap();
    let lying =
        teamlint::load::read_sheets(&fixtures().join("memory/lying-dimension.xls")).unwrap();
    assert_eq!(contents(&lying), contents(&original));
}

#[test]
fn a_canteen_menu_gives_one_data001_no_unit_and_is_listed_in_the_inputs() {
    use calamine::Reader;
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    std::fs::copy(
        fixtures().join("notaplan/canteen-menu.xlsx"),
        inputs.join("canteen-menu.xlsx"),
    )
    .unwrap();
    std::fs::copy(fixtures().join("english.xlsx"), inputs.join("english.xlsx")).unwrap();
    let out = dir.path().join("out");
    let options = teamlint::Options {
        out_dir: out.clone(),
        ..teamlint::Options::default()
    };
    let report = teamlint::check(std::slice::from_ref(&inputs), &options).unwrap();
    let menu = report
        .workbooks()
        .find(|w| w.path == "canteen-menu.xlsx")
        .unwrap();
    assert_eq!(menu.status, teamlint::InputStatus::Ok);
    assert!(menu.units.is_empty(), "no unit: {:?}", menu.units);
    assert_eq!(menu.findings.len(), 1, "{:#?}", menu.findings);
    let f = &menu.findings[0];
    assert_eq!(f.rule, "DATA001");
    assert_eq!(f.subject, "workbook");
    assert_eq!(
        f.message(teamlint::contract::Lang::En),
        "Not a staffing plan: none of the sheets Staff, Allocation, Channels was found."
    );
    assert!(
        report
            .group_findings
            .iter()
            .all(|g| g.workbook != "canteen-menu.xlsx"
                && !g
                    .message(teamlint::contract::Lang::En)
                    .contains("canteen-menu")),
        "{:#?}",
        report.group_findings
    );
    let mut group: calamine::Xlsx<_> =
        calamine::open_workbook(out.join("group-report.xlsx")).unwrap();
    let inputs_sheet = group.worksheet_range("Inputs").unwrap();
    let listed = inputs_sheet.rows().any(|row| {
        row.iter()
            .any(|c| matches!(c, calamine::Data::String(s) if s == "canteen-menu.xlsx"))
    });
    assert!(listed, "the Inputs sheet lists the menu");
    let units_sheet = group.worksheet_range("Units").unwrap();
    assert!(
        !units_sheet
            .rows()
            .any(|row| row.iter().any(|c| c.to_string().contains("canteen"))),
        "no phantom unit in the group report"
    );
}

#[test]
fn xlsb_files_that_make_calamine_panic_fail_alone_with_the_internal_error_reason() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    for file in [
        "plan.xlsb",
        "bad-string-index.xlsb",
        "short-sheet-record.xlsb",
    ] {
        std::fs::copy(fixtures().join("panic").join(file), inputs.join(file)).unwrap();
    }
    let out = dir.path().join("out");
    let options = teamlint::Options {
        out_dir: out.clone(),
        lang: teamlint::contract::Lang::De,
        ..teamlint::Options::default()
    };
    let report = teamlint::check(std::slice::from_ref(&inputs), &options).unwrap();
    let status = |file: &str| report.workbooks().find(|w| w.path == file).unwrap();
    assert_eq!(status("plan.xlsb").status, teamlint::InputStatus::Ok);
    assert!(out.join("plan.checked.xlsx").is_file());
    for file in ["bad-string-index.xlsb", "short-sheet-record.xlsb"] {
        let w = status(file);
        assert_eq!(w.status, teamlint::InputStatus::Failed, "{file}");
        let reason = w.error_sentence(teamlint::contract::Lang::De).unwrap();
        assert!(
            reason.starts_with(
                "teamlint konnte diese Datei nicht lesen (interner Fehler im Leseteil); bitte \
                 senden Sie sie an die Entwickler — "
            ) && reason.contains("calamine"),
            "{file}: {reason}"
        );
        let stem = file.trim_end_matches(".xlsb");
        assert!(!out.join(format!("{stem}.checked.xlsx")).exists(), "{file}");
    }
    assert!(out.join("findings.json").is_file());
}

#[test]
fn a_chart_sheet_is_kept_byte_for_byte_in_the_copy() {
    let out = tempfile::tempdir().unwrap();
    let options = teamlint::Options {
        out_dir: out.path().to_path_buf(),
        ..teamlint::Options::default()
    };
    let input = fixtures().join("sheets/chart-sheet.xlsx");
    let report = teamlint::check(std::slice::from_ref(&input), &options).unwrap();
    let copy = report.workbooks().next().unwrap().output.expect("a copy");
    let open = |p: &std::path::Path| zip::ZipArchive::new(std::fs::File::open(p).unwrap()).unwrap();
    let (mut original, mut copied) = (open(&input), open(&copy));
    let charts: Vec<String> = original
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .filter(|n| n.starts_with("xl/chartsheets/") || n.starts_with("xl/charts/"))
        .collect();
    assert!(
        charts.iter().any(|n| n.starts_with("xl/chartsheets/sheet")),
        "{charts:?}"
    );
    for name in charts {
        let crc = original.by_name(&name).unwrap().crc32();
        let kept = copied
            .by_name(&name)
            .unwrap_or_else(|_| panic!("{name} dropped"));
        assert_eq!(kept.crc32(), crc, "{name}");
    }
}

/// An Office lock file given by name (`~$plan.xlsx`) is refused in one sentence that says the
/// workbook is open in Excel and that teamlint reads the workbook itself, in every language.
#[test]
fn a_lock_file_given_by_name_says_the_workbook_is_open_in_excel() {
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join("~$plan.xlsx");
    // What Excel writes: the user's name in a fixed-size record, 165 bytes.
    let mut bytes = vec![0u8; 165];
    bytes[0] = 5;
    bytes[1..6].copy_from_slice(b"Maria");
    std::fs::write(&lock, &bytes).unwrap();
    for (lang, expected) in [
        (
            "en",
            "an Excel lock file, not a workbook: it means that plan.xlsx is open in Excel; \
             teamlint reads plan.xlsx itself",
        ),
        (
            "de",
            "eine Sperrdatei von Excel, keine Arbeitsmappe: sie zeigt, dass plan.xlsx in Excel \
             geöffnet ist; teamlint liest plan.xlsx selbst",
        ),
        (
            "fr",
            "un fichier de verrouillage d’Excel, pas un classeur\u{a0}: il signale que plan.xlsx \
             est ouvert dans Excel\u{a0}; teamlint lit plan.xlsx lui-même",
        ),
    ] {
        let out = dir.path().join(format!("out-{lang}"));
        let output = Command::cargo_bin("teamlint")
            .unwrap()
            .args(["check", "--lang", lang, "--out"])
            .arg(&out)
            .arg(&lock)
            .output()
            .unwrap();
        let printed = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(output.status.code(), Some(2), "{lang}: {printed}");
        let line = printed
            .lines()
            .find(|l| l.contains("~$plan.xlsx"))
            .unwrap_or_else(|| panic!("{lang}: no line names the file: {printed}"));
        assert!(line.contains(expected), "{lang}: {line}");
        assert_eq!(
            std::fs::read(&lock).unwrap(),
            bytes,
            "the lock file is untouched"
        );
    }
}

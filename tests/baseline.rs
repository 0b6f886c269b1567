//! Between runs: a monthly plan renamed, one problem fixed and one added. Against the previous
//! run, exactly one finding is new and one resolved, and only the new one fails the run. A
//! waiver accepts a finding until its day; an unused one is WAIVE001. JUnit XML for CI.

use crate::common;

use assert_cmd::Command;
use calamine::Reader;
use common::package::{Package, fill_rgb, format_of};
use common::text_sheet as sheet;
use rust_xlsxwriter::Workbook as XlsxWriter;
use std::path::Path;

/// The unit Nord's plan: `instagram_budget` on Instagram, `weekly` hours for person 1.
fn plan(path: &Path, instagram_budget: &str, weekly: &str) {
    plan_book(instagram_budget, weekly).save(path).unwrap();
}

/// The unit Nord's plan, unsaved, for a test to add a sheet.
fn plan_book(instagram_budget: &str, weekly: &str) -> XlsxWriter {
    let mut wb = XlsxWriter::new();
    sheet(
        &mut wb,
        "Units",
        &[
            &["Unit", "Country", "Employees", "Guidelines"],
            &["Nord", "DE", "100", "no"],
        ],
    );
    sheet(
        &mut wb,
        "Staff",
        &[
            &["Person ID", "Department", "Role", "Weekly hours", "Deputy"],
            &["1", "Marketing", "social media manager", weekly, "2"],
            &["2", "Marketing", "community manager", "38", "1"],
        ],
    );
    sheet(
        &mut wb,
        "Allocation",
        &[
            &["Person ID", "Channel", "Task", "Hours per week"],
            &["1", "Instagram", "content", "10"],
            &["2", "Instagram", "community", "10"],
            &["1", "Facebook", "content", "10"],
            &["2", "Facebook", "community", "5"],
        ],
    );
    sheet(
        &mut wb,
        "Channels",
        &[
            &["Channel", "Required hours per week", "Budget"],
            &["Instagram", "20", instagram_budget],
            &["Facebook", "10", "50000"],
        ],
    );
    wb
}

fn teamlint() -> Command {
    Command::cargo_bin("teamlint").unwrap()
}

fn findings(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("findings.json")).unwrap()).unwrap()
}

#[test]
fn a_renamed_plan_with_one_fix_and_one_new_problem_shows_one_new_and_one_resolved() {
    let dir = tempfile::tempdir().unwrap();
    let (november, december) = (dir.path().join("nov"), dir.path().join("dec"));
    std::fs::create_dir_all(&november).unwrap();
    std::fs::create_dir_all(&december).unwrap();
    // November: Instagram is "free" (COST001).
    plan(&november.join("plan-2026-11.xlsx"), "free", "38");
    let first = dir.path().join("out-nov");
    teamlint()
        .arg("check")
        .arg(&november)
        .arg("--out")
        .arg(&first)
        .assert()
        .code(1);
    let before = findings(&first);
    assert!(
        before["resolved"].is_null(),
        "no baseline, no resolved list"
    );
    assert!(
        before["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "COST001")
    );

    // December, renamed: the budget is fixed, person 1 is now over-allocated (STAFF004).
    plan(&december.join("plan-2026-12.xlsx"), "50000", "10");
    let second = dir.path().join("out-dec");
    let run = teamlint()
        .arg("check")
        .arg(&december)
        .arg("--out")
        .arg(&second)
        .arg("--baseline")
        .arg(&first)
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&run.get_output().stdout).into_owned();
    let after = findings(&second);
    let list = after["findings"].as_array().unwrap();
    let new: Vec<&serde_json::Value> = list.iter().filter(|f| f["change"] == "new").collect();
    assert_eq!(new.len(), 1, "{new:#?}");
    assert_eq!(new[0]["rule"], "STAFF004");
    assert_eq!(new[0]["subject"], "1");
    assert_eq!(new[0]["cell"], "D2");
    let unchanged = list.iter().filter(|f| f["change"] == "unchanged").count();
    assert_eq!(
        unchanged,
        list.len() - 1,
        "every other finding is unchanged"
    );
    assert!(unchanged >= 2, "COORD005 and COORD006 stay");
    let resolved = after["resolved"].as_array().unwrap();
    assert_eq!(resolved.len(), 1, "{resolved:#?}");
    assert_eq!(resolved[0]["rule"], "COST001");
    assert_eq!(resolved[0]["workbook"], "plan-2026-11.xlsx");
    assert!(
        stdout.contains(&format!(
            "Against the baseline: 1 new, {unchanged} unchanged, 1 resolved"
        )),
        "{stdout}"
    );

    // The group report's Changes sheet says the same per unit.
    let mut report: calamine::Xlsx<_> =
        calamine::open_workbook(second.join("group-report.xlsx")).unwrap();
    let changes = report.worksheet_range("Changes").unwrap();
    let row: Vec<String> = (0..5)
        .map(|c| {
            changes
                .get((1, c))
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        row,
        [
            "Nord",
            "plan-2026-12.xlsx",
            "1",
            &unchanged.to_string(),
            "1"
        ],
        "Unit, Workbook, New, Unchanged, Resolved"
    );

    // The Units sheet counts the new findings, and the copy's Findings sheet marks them.
    let units = report.worksheet_range("Units").unwrap();
    let last = units.get_size().1 - 1;
    assert_eq!(
        units.get((0, last)).unwrap().to_string(),
        "New since last run"
    );
    assert_eq!(units.get((1, last)).unwrap().to_string(), "1");
    let mut copy: calamine::Xlsx<_> =
        calamine::open_workbook(second.join("plan-2026-12.checked.xlsx")).unwrap();
    let sheet = copy.worksheet_range("Findings").unwrap();
    let header: Vec<String> = (0..sheet.get_size().1)
        .map(|c| sheet.get((0, c)).unwrap().to_string())
        .collect();
    let change = header
        .iter()
        .position(|h| h == "Change")
        .expect("a Change column");
    let rule = header.iter().position(|h| h == "Code").unwrap();
    let staff004 = (1..sheet.get_size().0)
        .find(|&r| *sheet.get((r, rule)).unwrap() == "STAFF004")
        .unwrap();
    assert_eq!(sheet.get((staff004, change)).unwrap().to_string(), "new");

    // January, the same plan again: nothing new, so the unchanged error fails nothing...
    let january = dir.path().join("jan");
    std::fs::create_dir_all(&january).unwrap();
    plan(&january.join("plan-2027-01.xlsx"), "50000", "10");
    let third = dir.path().join("out-jan");
    let args = |out: &Path| {
        let mut c = teamlint();
        c.arg("check")
            .arg(&january)
            .arg("--out")
            .arg(out)
            .arg("--baseline")
            .arg(second.join("findings.json"));
        c
    };
    args(&third).assert().code(0);
    assert_eq!(findings(&third)["resolved"].as_array().unwrap().len(), 0);
    // ...unless every finding counts.
    args(&dir.path().join("out-jan-all"))
        .arg("--fail-on-all")
        .assert()
        .code(1);
    // A baseline that is not there is a usage error that names it.
    let missing = teamlint()
        .arg("check")
        .arg(&january)
        .arg("--out")
        .arg(dir.path().join("x"))
        .arg("--baseline")
        .arg(dir.path().join("nowhere"))
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&missing.get_output().stderr).into_owned();
    assert!(
        stderr.contains("nowhere") && stderr.contains("no findings.json"),
        "{stderr}"
    );
}

#[test]
fn a_waiver_accepts_a_finding_until_its_day_and_an_unused_one_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    // Instagram is "free": COST001, the only error.
    plan(&input.join("plan.xlsx"), "free", "38");
    let config = dir.path().join("teamlint.toml");
    std::fs::write(
        &config,
        r#"
[[waiver]]
rule = "free-platform-fallacy"
unit = "nord"
subject = "Instagram"
reason = "Budget follows with the 2027 plan"
approved_by = "CFO M. Weber"
valid_until = "2026-12-31"

[[waiver]]
rule = "SPOF001"
subject = "TikTok"
reason = "New hire starts in March"
approved_by = "HR"
valid_until = "2027-03-31"
"#,
    )
    .unwrap();
    let run = |today: &str, out: &str| {
        let out = dir.path().join(out);
        let assert = teamlint()
            .arg("check")
            .arg(&input)
            .arg("--out")
            .arg(&out)
            .arg("--config")
            .arg(&config)
            .arg("--today")
            .arg(today)
            .assert();
        (assert, findings(&out))
    };
    // On its last day the waiver holds: the error is visible, marked, and fails nothing.
    let (assert, json) = run("2026-12-31", "out-held");
    assert.code(0);
    let list = json["findings"].as_array().unwrap();
    let cost = list.iter().find(|f| f["rule"] == "COST001").unwrap();
    assert_eq!(cost["waiver"], "active");
    assert_eq!(cost["waiver_approved_by"], "CFO M. Weber");
    assert_eq!(cost["waiver_valid_until"], "2026-12-31");
    assert_eq!(cost["subject"], "Instagram");
    // The waiver that matches nothing is reported.
    let unused: Vec<_> = list.iter().filter(|f| f["rule"] == "WAIVE001").collect();
    assert_eq!(unused.len(), 1, "{unused:#?}");
    assert_eq!(unused[0]["severity"], "info");
    assert!(
        unused[0]["message"]
            .as_str()
            .unwrap()
            .contains("SPOF001 TikTok")
    );
    // The next day it has expired: the finding counts again, and the note says so.
    let (assert, json) = run("2027-01-01", "out-expired");
    assert.code(1);
    let list = json["findings"].as_array().unwrap();
    let cost = list.iter().find(|f| f["rule"] == "COST001").unwrap();
    assert_eq!(cost["waiver"], "expired");
    let copy = dir.path().join("out-expired").join("plan.checked.xlsx");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(copy).unwrap()).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    let mut notes = String::new();
    for n in names.iter().filter(|n| n.starts_with("xl/comments")) {
        use std::io::Read;
        zip.by_name(n).unwrap().read_to_string(&mut notes).unwrap();
    }
    assert!(notes.contains("expired on 2026-12-31"), "{notes}");
    // A waiver without a reason is an error that names it.
    std::fs::write(
        &config,
        "[[waiver]]\nrule = \"COST001\"\nreason = \"\"\napproved_by = \"HR\"\nvalid_until = \"2026-12-31\"\n",
    )
    .unwrap();
    let bad = teamlint()
        .arg("check")
        .arg(&input)
        .arg("--out")
        .arg(dir.path().join("x"))
        .arg("--config")
        .arg(&config)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&bad.get_output().stderr).into_owned();
    assert!(
        stderr.contains("waiver 1 (COST001): reason and approved_by are required"),
        "{stderr}"
    );
}

#[test]
fn findings_junit_xml_has_a_suite_per_workbook_and_a_case_per_rule_and_unit() {
    use quick_xml::events::Event;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    plan(&input.join("plan.xlsx"), "free", "38");
    std::fs::write(input.join("broken.xlsx"), b"not a workbook").unwrap();
    let out = dir.path().join("out");
    teamlint()
        .arg("check")
        .arg(&input)
        .arg("--out")
        .arg(&out)
        .args(["--format", "junit", "--fail-on", "warning"])
        .assert()
        .code(2);
    let xml = std::fs::read_to_string(out.join("findings.junit.xml")).unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<String> {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .map(|a| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .unwrap()
                    .into_owned()
            })
    };
    let (mut root, mut suites, mut cases, mut failures, mut errors) = (None, Vec::new(), 0, 0, 0);
    let mut failed_cases: Vec<(String, String)> = Vec::new();
    let mut current_case = String::new();
    loop {
        match reader.read_event().unwrap() {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => match e.name().as_ref() {
                "testsuites" => root = attr(&e, "failures"),
                "testsuite" => {
                    let name = attr(&e, "name").expect("a suite has a name");
                    let tests: usize = attr(&e, "tests").unwrap().parse().unwrap();
                    assert!(tests > 0, "{name}");
                    suites.push(name);
                }
                "testcase" => {
                    current_case = attr(&e, "name").expect("a case has a name");
                    assert!(attr(&e, "classname").is_some());
                    cases += 1;
                }
                "failure" => {
                    failures += 1;
                    failed_cases.push((current_case.clone(), attr(&e, "type").unwrap()));
                    assert!(attr(&e, "message").is_some_and(|m| !m.is_empty()));
                }
                "error" => errors += 1,
                _ => {}
            },
            _ => {}
        }
    }
    assert_eq!(suites, ["broken.xlsx", "plan.xlsx", "group"]);
    assert_eq!(
        root,
        Some(failures.to_string()),
        "the root counts the failures"
    );
    assert_eq!(errors, 1, "the unreadable workbook is an error");
    assert!(
        cases > teamlint::rules::all().len(),
        "a case per rule and unit"
    );
    assert!(
        failed_cases.contains(&(
            "COST001 free-platform-fallacy (Nord)".into(),
            "error".into()
        )),
        "{failed_cases:?}"
    );
    assert!(
        failed_cases.contains(&("COORD006 no-guidelines (Nord)".into(), "warning".into())),
        "{failed_cases:?}"
    );
    assert!(
        !failed_cases.iter().any(|(c, _)| c.starts_with("COORD005")),
        "an info is below --fail-on warning"
    );
}

/// The fill of a cell of a copy, as Excel's ARGB (`FFD9D9D9`), read back from the package.
fn fill_of(copy: &Path, sheet: &str, cell: &str) -> String {
    let pkg = Package::open(copy);
    let (xf, _) = format_of(&pkg, sheet, cell);
    fill_rgb(&pkg, &xf["fillId"]).unwrap_or_default()
}

fn finding<'a>(list: &'a [serde_json::Value], rule: &str) -> &'a serde_json::Value {
    list.iter()
        .find(|f| f["rule"] == rule)
        .unwrap_or_else(|| panic!("no {rule} in {list:#?}"))
}

#[test]
fn a_waivers_sheet_in_the_workbook_accepts_its_finding_in_grey_until_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    // Instagram is "free": COST001, the only error. The unit's own Ausnahmen sheet accepts it
    // until 31.12.2026 (a date cell) and holds one waiver that matches nothing.
    let mut wb = plan_book("free", "38");
    let ws = wb.add_worksheet();
    ws.set_name("Ausnahmen").unwrap();
    let head = [
        "Regel",
        "Gegenstand",
        "Begründung",
        "Genehmigt von",
        "Gültig bis",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    let date = rust_xlsxwriter::Format::new().set_num_format("dd.mm.yyyy");
    let last_day = rust_xlsxwriter::ExcelDateTime::from_ymd(2026, 12, 31).unwrap();
    for (c, text) in [
        "free-platform-fallacy",
        "Instagram",
        "Budget kommt 2027",
        "CFO",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(1, c as u16, *text).unwrap();
    }
    ws.write_datetime_with_format(1, 4, &last_day, &date)
        .unwrap();
    for (c, text) in [
        "SPOF001",
        "TikTok",
        "Neue Stelle ab März",
        "HR",
        "31.03.2027",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *text).unwrap();
    }
    wb.save(input.join("plan.xlsx")).unwrap();

    let run = |today: &str, out: &str| {
        let out = dir.path().join(out);
        let assert = teamlint()
            .args(["check", "--lang", "de", "--today", today, "--out"])
            .arg(&out)
            .arg(&input)
            .assert();
        (assert, findings(&out), out.join("plan.checked.xlsx"))
    };
    // On its last day the waiver holds: COST001 is visible, grey, and fails nothing.
    let (assert, json, copy) = run("2026-12-31", "held");
    assert.code(0);
    let list = json["findings"].as_array().unwrap();
    let cost = finding(list, "COST001");
    assert_eq!(cost["waiver"], "active");
    assert_eq!(cost["waiver_approved_by"], "CFO");
    assert_eq!(cost["waiver_valid_until"], "2026-12-31");
    assert_eq!(cost["subject"], "Instagram");
    let (sheet, cell) = (
        cost["sheet"].as_str().unwrap(),
        cost["cell"].as_str().unwrap(),
    );
    assert_eq!((sheet, cell), ("Channels", "C2"), "Instagram's Budget cell");
    assert_eq!(fill_of(&copy, sheet, cell), "FFD9D9D9", "grey while waived");
    // The waiver that matches nothing is WAIVE001 on its own row.
    let unused = finding(list, "WAIVE001");
    assert_eq!(unused["subject"], "SPOF001 TikTok");
    assert_eq!(
        (unused["sheet"].as_str(), unused["cell"].as_str()),
        (Some("Ausnahmen"), Some("A3"))
    );
    assert_eq!(unused["workbook"], "plan.xlsx");
    assert_eq!(
        fill_of(&copy, "Ausnahmen", "A3"),
        format!("FF{:06X}", teamlint::report::annotated::INFO_FILL)
    );

    // The next day it has expired: the error counts again, in the error's fill, and the note says so.
    let (assert, json, copy) = run("2027-01-01", "expired");
    assert.code(1);
    let list = json["findings"].as_array().unwrap();
    assert_eq!(finding(list, "COST001")["waiver"], "expired");
    assert_eq!(
        fill_of(&copy, "Channels", "C2"),
        format!("FF{:06X}", teamlint::report::annotated::ERROR_FILL)
    );
    let notes = Package::open(&copy).comments("Channels").unwrap();
    assert!(notes.contains("am 2026-12-31 abgelaufen"), "{notes}");
}

#[test]
fn a_waiver_row_without_reason_or_with_an_unknown_rule_is_data002_on_its_cell() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.xlsx");
    let mut wb = plan_book("free", "38");
    sheet(
        &mut wb,
        "Waivers",
        &[
            &["Rule", "Subject", "Reason", "Approved by", "Valid until"],
            &["COST001", "Instagram", "", "HR", "2026-12-31"],
            &["SPOF999", "Instagram", "Budget follows", "HR", "2026-12-31"],
            &[
                "COST001",
                "Instagram",
                "Budget follows",
                "HR",
                "end of year",
            ],
        ],
    );
    wb.save(&path).unwrap();
    let out = dir.path().join("out");
    teamlint()
        .args(["check", "--today", "2026-12-01", "--out"])
        .arg(&out)
        .arg(&path)
        .assert()
        .code(1);
    let json = findings(&out);
    let list = json["findings"].as_array().unwrap();
    let at = |cell: &str| {
        list.iter()
            .find(|f| f["sheet"] == "Waivers" && f["cell"] == cell)
            .unwrap_or_else(|| panic!("nothing at Waivers!{cell}: {list:#?}"))
    };
    let reason = at("C2");
    assert_eq!(reason["rule"], "DATA002");
    assert_eq!(reason["subject"], "COST001 Instagram");
    assert!(
        reason["message"]
            .as_str()
            .unwrap()
            .contains("Reason is required but empty")
    );
    let rule = at("A3");
    assert_eq!(rule["rule"], "DATA002");
    assert!(
        rule["message"]
            .as_str()
            .unwrap()
            .contains("\"SPOF999\" is no rule's code or name")
    );
    let date = at("E4");
    assert_eq!(date["rule"], "DATA002");
    assert!(
        date["message"]
            .as_str()
            .unwrap()
            .contains("\"end of year\" is not a date")
    );
    // None of the three rows accepts anything: COST001 counts.
    assert!(finding(list, "COST001")["waiver"].is_null());
}

#[test]
fn the_samples_twice_with_one_workbook_renamed_fixed_and_broken_show_one_new_and_one_resolved() {
    let Some(python) = common::python_with_openpyxl() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let samples = dir.path().join("samples");
    std::fs::create_dir_all(&samples).unwrap();
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    for entry in std::fs::read_dir(&bundled).unwrap() {
        let path = entry.unwrap().path();
        if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("xlsx" | "xls" | "ods")
        ) {
            std::fs::copy(&path, samples.join(path.file_name().unwrap())).unwrap();
        }
    }
    let run = |out: &str, baseline: Option<&str>| {
        let mut cmd = teamlint();
        cmd.arg("check")
            .arg(&samples)
            .arg("--out")
            .arg(dir.path().join(out));
        if let Some(b) = baseline {
            cmd.arg("--baseline").arg(dir.path().join(b));
        }
        let assert = cmd.assert();
        (assert, findings(&dir.path().join(out)))
    };
    let (_, first) = run("november", None);

    // December: the French plan is saved under a new name by another program (openpyxl), with
    // guidelines now in place (COORD006 fixed) and Instagram's budget "free" (COST001 added).
    let script = r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["Units"]["G2"] = "yes"
wb["Channels"]["E2"] = "free"
wb.save(sys.argv[2])
"#;
    let status = std::process::Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(samples.join("fr-lyon.xlsx"))
        .arg(samples.join("fr-lyon-2026-12.xlsx"))
        .status()
        .unwrap();
    assert!(status.success());
    std::fs::remove_file(samples.join("fr-lyon.xlsx")).unwrap();

    let (assert, second) = run("december", Some("november"));
    // Only the new error fails the run: the samples' other errors are unchanged.
    assert.code(1);
    let list = second["findings"].as_array().unwrap();
    let new: Vec<_> = list.iter().filter(|f| f["change"] == "new").collect();
    assert_eq!(new.len(), 1, "{new:#?}");
    assert_eq!(new[0]["rule"], "COST001");
    assert_eq!(new[0]["workbook"], "fr-lyon-2026-12.xlsx");
    assert_eq!(new[0]["subject"], "Instagram");
    assert_eq!(
        (new[0]["sheet"].as_str(), new[0]["cell"].as_str()),
        (Some("Channels"), Some("E2"))
    );
    let unchanged = list.iter().filter(|f| f["change"] == "unchanged").count();
    assert_eq!(unchanged, list.len() - 1);
    assert_eq!(unchanged, first["findings"].as_array().unwrap().len() - 1);
    let resolved = second["resolved"].as_array().unwrap();
    assert_eq!(resolved.len(), 1, "{resolved:#?}");
    assert_eq!(resolved[0]["rule"], "COORD006");
    assert_eq!(resolved[0]["workbook"], "fr-lyon.xlsx");
    assert_eq!(resolved[0]["cell"], "G2");
    // Against December, nothing is new: the same errors exit 0.
    let (assert, _) = run("january", Some("december"));
    assert.code(0);
}

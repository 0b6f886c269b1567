//! Between runs: a monthly plan renamed, one problem fixed and one added. Against the previous
//! run, exactly one finding is new and one resolved, and only the new one fails the run.

use assert_cmd::Command;
use calamine::Reader;
use rust_xlsxwriter::Workbook as XlsxWriter;
use std::path::Path;

fn sheet(wb: &mut XlsxWriter, name: &str, rows: &[&[&str]]) {
    let ws = wb.add_worksheet();
    ws.set_name(name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                ws.write_string(r as u32, c as u16, *text).unwrap();
            }
        }
    }
}

/// The unit Nord's plan: `instagram_budget` on Instagram, `weekly` hours for person 1.
fn plan(path: &Path, instagram_budget: &str, weekly: &str) {
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
    wb.save(path).unwrap();
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

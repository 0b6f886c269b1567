//! A run killed with SIGKILL halfway through 500 workbooks leaves only complete, openable files
//! under final names (outputs are written to a temporary name and renamed), and the next run
//! completes.

use rust_xlsxwriter::Workbook as XlsxWriter;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WORKBOOKS: usize = 500;

fn small_workbook(path: &Path, i: usize) {
    let mut wb = XlsxWriter::new();
    let staff = wb.add_worksheet();
    staff.set_name("Staff").unwrap();
    for (c, h) in ["Person ID", "Weekly hours", "Deputy"].iter().enumerate() {
        staff.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=20u32 {
        staff.write_number(r, 0, f64::from(r)).unwrap();
        staff.write_number(r, 1, 40.0).unwrap();
        staff.write_number(r, 2, f64::from(r % 20 + 1)).unwrap();
    }
    let alloc = wb.add_worksheet();
    alloc.set_name("Allocation").unwrap();
    for (c, h) in ["Person ID", "Channel", "Hours per week"]
        .iter()
        .enumerate()
    {
        alloc.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=40u32 {
        alloc.write_number(r, 0, f64::from(r % 20 + 1)).unwrap();
        alloc
            .write_string(r, 1, format!("Channel {}", r % 4))
            .unwrap();
        alloc.write_number(r, 2, 2.0 + (i % 3) as f64).unwrap();
    }
    let ch = wb.add_worksheet();
    ch.set_name("Channels").unwrap();
    ch.write_string(0, 0, "Channel").unwrap();
    ch.write_string(0, 1, "Budget").unwrap();
    for r in 1..=4u32 {
        ch.write_string(r, 0, format!("Channel {}", r - 1)).unwrap();
        ch.write_string(r, 1, "free").unwrap();
    }
    wb.save(path).unwrap();
}

/// Every file under a final name (not a hidden temporary) is a complete workbook.
fn final_outputs_are_complete(out: &Path) -> usize {
    let mut complete = 0;
    for entry in walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type().is_file() || name.starts_with('.') {
            continue;
        }
        if name.ends_with(".xlsx") {
            let sheets = teamlint::load::read_sheets(entry.path())
                .unwrap_or_else(|e| panic!("{name} under a final name is not complete: {e}"));
            assert!(!sheets.is_empty(), "{name}");
            complete += 1;
        } else if name.ends_with(".json") {
            serde_json::from_slice::<serde_json::Value>(&std::fs::read(entry.path()).unwrap())
                .unwrap_or_else(|e| panic!("{name} is not complete JSON: {e}"));
        }
    }
    complete
}

#[test]
fn a_sigkill_halfway_leaves_no_partial_file_and_the_next_run_completes() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    for i in 0..WORKBOOKS {
        small_workbook(&inputs.join(format!("unit-{i:03}.xlsx")), i);
    }
    let out = dir.path().join("out");
    let mut child = Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args([
            "check",
            "--quiet",
            "--fail-on",
            "never",
            "--jobs",
            "2",
            "--out",
        ])
        .arg(&out)
        .arg(&inputs)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let count = || {
        std::fs::read_dir(&out)
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter(|e| e.file_name().to_string_lossy().ends_with(".checked.xlsx"))
                    .count()
            })
            .unwrap_or(0)
    };
    while count() < WORKBOOKS / 4 && started.elapsed() < Duration::from_secs(300) {
        assert!(
            child.try_wait().unwrap().is_none(),
            "the run ended before it could be killed"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL on Unix: no cleanup runs
    child.wait().unwrap();
    let written = final_outputs_are_complete(&out);
    assert!(
        (WORKBOOKS / 4..WORKBOOKS).contains(&written),
        "killed halfway: {written} outputs"
    );
    assert!(
        !out.join("findings.json").exists(),
        "the run was killed before its group stage"
    );

    let next = Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(["check", "--quiet", "--fail-on", "never", "--out"])
        .arg(&out)
        .arg(&inputs)
        .output()
        .unwrap();
    assert_eq!(
        next.status.code(),
        Some(0),
        "the next run completes: {}",
        String::from_utf8_lossy(&next.stderr)
    );
    assert_eq!(
        final_outputs_are_complete(&out),
        WORKBOOKS + 1,
        "every copy plus the group report"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.join("findings.json")).unwrap()).unwrap();
    assert_eq!(json["workbooks"].as_array().unwrap().len(), WORKBOOKS);
}

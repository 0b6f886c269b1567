//! Peak memory of loading every committed fixture stays under 512 MB, whatever its bytes
//! (issue 15): measured by the test binary's counting allocator, alone in a child process.

use crate::common::peak;

use std::path::{Path, PathBuf};

/// The bound of issue 15 for any single workbook.
const MAX_PEAK_BYTES: usize = 512 * 1024 * 1024;

fn workbooks_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(workbooks_under(&path));
        } else if teamlint::load::Format::from_path(&path).is_some() {
            out.push(path);
        }
    }
    out.sort();
    out
}

#[test]
fn every_fixture_loads_under_512_mb() {
    if !peak::alone("memory::every_fixture_loads_under_512_mb") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let files = workbooks_under(&root);
    assert!(files.len() >= 25, "{} fixtures", files.len());
    let mut report = Vec::new();
    let mut over = Vec::new();
    for file in &files {
        let name = file.strip_prefix(&root).unwrap().display().to_string();
        let (result, peak) =
            peak::peak_of(|| teamlint::rules::data::load_guarded(file, &name).map(|_| ()));
        let outcome = match result {
            Ok(()) => "read".to_string(),
            Err(e) => e.to_string().chars().take(60).collect(),
        };
        report.push(format!(
            "{:>9.1} MB  {name}  ({outcome})",
            peak as f64 / 1_048_576.0
        ));
        if peak >= MAX_PEAK_BYTES {
            over.push(name);
        }
    }
    println!("{}", report.join("\n"));
    assert!(
        over.is_empty(),
        "over 512 MB: {over:?}\n{}",
        report.join("\n")
    );
}

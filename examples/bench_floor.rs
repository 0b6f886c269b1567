//! The floor of the benchmark: what reading and rewriting the same cells costs with the same
//! libraries and no checking at all. Every sheet of every `.xlsx` under DIR is read with
//! calamine's sparse cell reader (`worksheet_cells_reader` + `next_cell_with_formula`, as teamlint
//! reads) and written cell by cell with rust_xlsxwriter to OUT, one workbook per rayon task.
//!
//! ```text
//! cargo run --release --example bench_floor -- DIR --out OUT [--jobs N]
//! ```
//!
//! teamlint's end-to-end time on the same folder cannot be below this; `bench/run.sh` reports
//! the ratio.

use calamine::{DataRef, Reader, Xlsx};
use rayon::prelude::*;
use rust_xlsxwriter::{Formula, Workbook};
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The same allocator as teamlint, so the floor differs from it only in the work it skips.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Copies one workbook's cells; returns the number of cells copied.
fn copy(input: &Path, output: &Path) -> Result<u64, Box<dyn std::error::Error + Send + Sync>> {
    let mut wb: Xlsx<BufReader<File>> = calamine::open_workbook(input)?;
    let mut out = Workbook::new();
    let mut cells = 0u64;
    for name in wb.sheet_names() {
        let ws = out.add_worksheet();
        ws.set_name(&name)?;
        let mut reader = wb.worksheet_cells_reader(&name)?;
        while let Some(cell) = reader.next_cell_with_formula()? {
            let (row, col) = (cell.pos.0, cell.pos.1 as u16);
            if let Some(f) = cell.formula.filter(|f| !f.trim().is_empty()) {
                let result = match cell.value {
                    DataRef::Float(x) => x.to_string(),
                    DataRef::Int(i) => i.to_string(),
                    DataRef::String(s) => s,
                    DataRef::SharedString(s) => s.to_string(),
                    DataRef::Bool(b) => b.to_string().to_uppercase(),
                    _ => String::new(),
                };
                ws.write_formula(row, col, Formula::new(f).set_result(result))?;
                cells += 1;
                continue;
            }
            match cell.value {
                DataRef::Empty => continue,
                DataRef::Float(x) => ws.write_number(row, col, x)?,
                DataRef::Int(i) => ws.write_number(row, col, i as f64)?,
                DataRef::String(s) => ws.write_string(row, col, s)?,
                DataRef::SharedString(s) => ws.write_string(row, col, s)?,
                DataRef::Bool(b) => ws.write_boolean(row, col, b)?,
                DataRef::DateTime(d) => ws.write_number(row, col, d.as_f64())?,
                DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => {
                    ws.write_string(row, col, s)?
                }
                DataRef::Error(e) => ws.write_string(row, col, e.to_string())?,
            };
            cells += 1;
        }
    }
    out.save(output)?;
    Ok(cells)
}

/// Every `.xlsx` below `dir`, sorted.
fn workbooks(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn run() -> Result<(), String> {
    let usage = "usage: bench_floor DIR --out OUT [--jobs N]";
    let mut dir = None;
    let mut out = None;
    let mut jobs = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out" | "-o" => out = args.next().map(PathBuf::from),
            "--jobs" | "-j" => {
                jobs = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or(format!("--jobs needs a number\n{usage}"))?
            }
            "-h" | "--help" => return Err(usage.into()),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}\n{usage}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let (dir, out) = (dir.ok_or(usage)?, out.ok_or(usage)?);
    let inputs = workbooks(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    // The same pool set-up as teamlint: 0 means every core.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| e.to_string())?;
    let started = std::time::Instant::now();
    let results: Vec<Result<u64, String>> = pool.install(|| {
        inputs
            .par_iter()
            .map(|input| {
                let stem = input.file_stem().unwrap_or_default().to_string_lossy();
                let output = out.join(format!("{stem}.copy.xlsx"));
                copy(input, &output).map_err(|e| format!("{}: {e}", input.display()))
            })
            .collect()
    });
    let mut cells = 0;
    for r in results {
        cells += r?;
    }
    eprintln!(
        "floor: copied {} workbooks, {cells} cells in {:.2} s",
        inputs.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_floor: {e}");
            ExitCode::FAILURE
        }
    }
}

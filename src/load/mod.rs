//! Reads a workbook (xlsx, xlsm, xlsb, xls, ods) with calamine into raw sheets and a typed plan,
//! raising DATA001–DATA004 findings with the sheet and cell of every problem.

pub mod coerce;
pub(crate) mod plan;
mod preflight;

use crate::findings::Finding;
use crate::model::{RawCell, RawSheet, RawValue, Workbook};
use calamine::{Data, DataRef, Reader};
use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

pub use plan::build_plan;

/// Non-empty cells one workbook may hold; more is refused, so memory follows real data.
pub const MAX_CELLS: usize = 5_000_000;
/// Rows × columns an xls or ods sheet may span (their readers allocate the bounding box).
pub const MAX_GRID_CELLS: u64 = 50_000_000;
/// Largest input file read.
pub const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// Why a workbook could not be read at all: one line, without the file name (the caller adds it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct LoadError(pub String);

/// The file formats teamlint reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Xlsx.
    Xlsx,
    /// Xlsb.
    Xlsb,
    /// Xls.
    Xls,
    /// Ods.
    Ods,
}

impl Format {
    /// The format a file name's extension promises.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_string_lossy().to_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "xlsb" => Some(Format::Xlsb),
            "xls" => Some(Format::Xls),
            "ods" => Some(Format::Ods),
            _ => None,
        }
    }
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Loads one workbook: its raw sheets, its typed plan and the DATA findings of loading.
/// `display` is the workbook's path as findings name it.
pub fn load(path: &Path, display: &str) -> Result<(Workbook, Vec<Finding>), LoadError> {
    let sheets = read_sheets(path)?;
    let (plan, findings) = build_plan(display, &sheets);
    Ok((Workbook { sheets, plan }, findings))
}

/// Reads every sheet of a workbook into sparse raw cells, refusing what is not a workbook,
/// encrypted, truncated, or claims more than it holds.
pub fn read_sheets(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let format = Format::from_path(path).ok_or_else(|| {
        LoadError(format!(
            "not a workbook: teamlint reads {}",
            crate::discover::extension_list()
        ))
    })?;
    let meta = std::fs::metadata(path).map_err(|e| LoadError(format!("cannot read file: {e}")))?;
    if meta.len() == 0 {
        return Err(LoadError("empty file (0 bytes)".into()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError(format!(
            "file is {} MB, more than the {} MB teamlint reads",
            meta.len() / 1_048_576,
            MAX_FILE_BYTES / 1_048_576
        )));
    }
    let mut magic = [0u8; 8];
    {
        use std::io::Read;
        let mut f = File::open(path).map_err(|e| LoadError(format!("cannot open file: {e}")))?;
        let n = f
            .read(&mut magic)
            .map_err(|e| LoadError(format!("cannot read file: {e}")))?;
        if n < 4 {
            return Err(LoadError("not a workbook: the file is too short".into()));
        }
    }
    let is_zip = magic.starts_with(ZIP_MAGIC);
    let is_cfb = magic.starts_with(CFB_MAGIC);
    match format {
        Format::Xlsx | Format::Xlsb | Format::Ods if is_cfb => {
            return Err(LoadError(
                "the workbook is password-protected (encrypted): save it without a password".into(),
            ));
        }
        Format::Xlsx | Format::Xlsb | Format::Ods if !is_zip => {
            return Err(LoadError(format!(
                "not a workbook: a .{} file is a zip archive, this file is not one",
                path.extension().unwrap_or_default().to_string_lossy()
            )));
        }
        Format::Xls if is_zip => {
            // An xlsx saved under .xls: read it as what it is.
            return read_zip_workbook(path, Format::Xlsx);
        }
        Format::Xls if !is_cfb => {
            return Err(LoadError(
                "not a workbook: an .xls file starts with the OLE2 signature, this file does not"
                    .into(),
            ));
        }
        _ => {}
    }
    match format {
        Format::Xls => read_xls(path),
        f => read_zip_workbook(path, f),
    }
}

fn read_zip_workbook(path: &Path, format: Format) -> Result<Vec<RawSheet>, LoadError> {
    preflight::check_zip(path)?;
    match format {
        Format::Xlsx => read_xlsx(path),
        Format::Xlsb => read_xlsb(path),
        Format::Ods => read_ods(path),
        Format::Xls => read_xls(path),
    }
}

/// Turns a calamine error into a one-line reason a user understands.
fn reason(error: impl std::fmt::Display) -> LoadError {
    let text = error.to_string();
    let lower = text.to_lowercase();
    let line = if lower.contains("larger than its declared") {
        "a part of the archive inflates beyond the size its header declares: refused as a zip bomb"
            .to_string()
    } else if lower.contains("password") || lower.contains("encrypt") {
        "the workbook is password-protected (encrypted): save it without a password".to_string()
    } else if lower.contains("zip") || lower.contains("eof") || lower.contains("end of") {
        format!("damaged or truncated workbook ({})", first_line(&text))
    } else {
        format!("cannot read workbook: {}", first_line(&text))
    };
    LoadError(line)
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or("").trim()
}

/// Counts cells across the workbook and refuses more than `MAX_CELLS`.
struct CellBudget {
    used: usize,
}

impl CellBudget {
    fn take(&mut self, sheet: &str) -> Result<(), LoadError> {
        self.used += 1;
        if self.used > MAX_CELLS {
            return Err(LoadError(format!(
                "sheet '{sheet}' brings the workbook above {MAX_CELLS} non-empty cells; \
                 teamlint refuses workbooks that large"
            )));
        }
        Ok(())
    }
}

fn from_data_ref(value: DataRef<'_>) -> RawValue {
    match value {
        DataRef::Int(i) => RawValue::Number(i as f64),
        DataRef::Float(f) => RawValue::Number(f),
        DataRef::String(s) => RawValue::Text(s),
        DataRef::SharedString(s) => RawValue::Text(s.to_string()),
        DataRef::Bool(b) => RawValue::Bool(b),
        DataRef::DateTime(d) => RawValue::DateTime {
            serial: d.as_f64(),
            is_duration: d.is_duration(),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => RawValue::Text(s),
        DataRef::Error(e) => RawValue::Error(e.to_string()),
        DataRef::Empty => RawValue::Empty,
    }
}

fn from_data(value: &Data) -> RawValue {
    match value {
        Data::Int(i) => RawValue::Number(*i as f64),
        Data::Float(f) => RawValue::Number(*f),
        Data::String(s) => RawValue::Text(s.clone()),
        Data::Bool(b) => RawValue::Bool(*b),
        Data::DateTime(d) => RawValue::DateTime {
            serial: d.as_f64(),
            is_duration: d.is_duration(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => RawValue::Text(s.clone()),
        Data::Error(e) => RawValue::Error(e.to_string()),
        Data::Empty => RawValue::Empty,
    }
}

fn normalize_formula(text: String) -> Option<String> {
    let t = text.trim();
    if t.is_empty() {
        None
    } else {
        Some(t.strip_prefix('=').unwrap_or(t).to_string())
    }
}

fn finish_sheet(name: String, mut cells: Vec<RawCell>) -> RawSheet {
    cells.sort_by_key(|c| (c.row, c.col));
    cells.dedup_by_key(|c| (c.row, c.col));
    RawSheet {
        name,
        cells,
        merged: Vec::new(),
    }
}

/// Room to reserve for a sheet's cells: the cells its declared dimension spans, which saves
/// growing the vector while reading; at most `MAX_RESERVED_CELLS`, since a file may claim any size.
fn declared_cells(d: calamine::Dimensions) -> usize {
    /// Most cells reserved up front (a few MB); a larger sheet grows as it is read.
    const MAX_RESERVED_CELLS: u64 = 1 << 16;
    let rows = u64::from(d.end.0.saturating_sub(d.start.0)) + 1;
    let cols = u64::from(d.end.1.saturating_sub(d.start.1)) + 1;
    rows.saturating_mul(cols).min(MAX_RESERVED_CELLS) as usize
}

/// xlsx/xlsm: the sparse cell reader, values and formulas in one pass (never the bounding box).
fn read_xlsx(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let mut wb: calamine::Xlsx<BufReader<File>> = calamine::open_workbook(path).map_err(reason)?;
    let mut budget = CellBudget { used: 0 };
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let mut reader = wb.worksheet_cells_reader(&name).map_err(reason)?;
        let mut cells = Vec::with_capacity(declared_cells(reader.dimensions()));
        while let Some(cell) = reader.next_cell_with_formula().map_err(reason)? {
            let value = from_data_ref(cell.value);
            let formula = cell.formula.and_then(normalize_formula);
            if value == RawValue::Empty && formula.is_none() {
                continue;
            }
            budget.take(&name)?;
            cells.push(RawCell {
                row: cell.pos.0,
                col: cell.pos.1,
                value,
                formula,
            });
        }
        sheets.push(finish_sheet(name, cells));
    }
    Ok(sheets)
}

/// xlsb: the sparse cell reader; formulas in a second pass over the same sheet.
fn read_xlsb(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let mut wb: calamine::Xlsb<BufReader<File>> = calamine::open_workbook(path).map_err(reason)?;
    let mut budget = CellBudget { used: 0 };
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let mut cells;
        {
            let mut reader = wb.worksheet_cells_reader(&name).map_err(reason)?;
            cells = Vec::with_capacity(declared_cells(reader.dimensions()));
            while let Some(cell) = reader.next_cell().map_err(reason)? {
                let (row, col) = cell.get_position();
                let value = from_data_ref(cell.get_value().clone());
                if value == RawValue::Empty {
                    continue;
                }
                budget.take(&name)?;
                cells.push(RawCell {
                    row,
                    col,
                    value,
                    formula: None,
                });
            }
        }
        let mut formulas: HashMap<(u32, u32), String> = HashMap::new();
        {
            let mut reader = wb.worksheet_cells_reader(&name).map_err(reason)?;
            while let Some(cell) = reader.next_formula().map_err(reason)? {
                if let Some(f) = normalize_formula(cell.get_value().clone()) {
                    formulas.insert(cell.get_position(), f);
                }
            }
        }
        for cell in &mut cells {
            cell.formula = formulas.remove(&(cell.row, cell.col));
        }
        for ((row, col), f) in formulas {
            budget.take(&name)?;
            cells.push(RawCell {
                row,
                col,
                value: RawValue::Empty,
                formula: Some(f),
            });
        }
        sheets.push(finish_sheet(name, cells));
    }
    Ok(sheets)
}

/// Collects the used cells of a range-based reader (xls, ods) with their formulas.
fn cells_of_range(
    name: &str,
    range: &calamine::Range<Data>,
    formulas: Option<&calamine::Range<String>>,
    budget: &mut CellBudget,
) -> Result<Vec<RawCell>, LoadError> {
    let mut cells = Vec::new();
    let mut formula_at: HashMap<(u32, u32), String> = HashMap::new();
    if let Some(f) = formulas {
        let (r0, c0) = f.start().unwrap_or((0, 0));
        for (r, c, text) in f.used_cells() {
            if let Some(t) = normalize_formula(text.clone()) {
                formula_at.insert((r0 + r as u32, c0 + c as u32), t);
            }
        }
    }
    let (r0, c0) = range.start().unwrap_or((0, 0));
    for (r, c, value) in range.used_cells() {
        let pos = (r0 + r as u32, c0 + c as u32);
        budget.take(name)?;
        cells.push(RawCell {
            row: pos.0,
            col: pos.1,
            value: from_data(value),
            formula: formula_at.remove(&pos),
        });
    }
    for ((row, col), f) in formula_at {
        budget.take(name)?;
        cells.push(RawCell {
            row,
            col,
            value: RawValue::Empty,
            formula: Some(f),
        });
    }
    Ok(cells)
}

fn check_grid(name: &str, range: &calamine::Range<Data>) -> Result<(), LoadError> {
    let (h, w) = range.get_size();
    if (h as u64) * (w as u64) > MAX_GRID_CELLS {
        return Err(LoadError(format!(
            "sheet '{name}' spans {h} rows × {w} columns, more than teamlint reads"
        )));
    }
    Ok(())
}

/// xls: calamine parses the whole (size-limited) file at open; cells come from its ranges.
fn read_xls(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let mut wb: calamine::Xls<BufReader<File>> = calamine::open_workbook(path).map_err(reason)?;
    let mut sheets = read_ranges(&mut wb)?;
    // The merged ranges, for the rebuilt copy.
    for sheet in &mut sheets {
        sheet.merged = wb
            .merge_cells_by_sheet_name(&sheet.name)
            .unwrap_or_default()
            .iter()
            .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
            .collect();
    }
    Ok(sheets)
}

/// ods: calamine parses content.xml at open (caps repeated rows and columns itself).
fn read_ods(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let mut wb: calamine::Ods<BufReader<File>> = calamine::open_workbook(path).map_err(reason)?;
    read_ranges(&mut wb)
}

fn read_ranges<R: Reader<BufReader<File>>>(wb: &mut R) -> Result<Vec<RawSheet>, LoadError>
where
    R::Error: std::fmt::Display,
{
    let mut budget = CellBudget { used: 0 };
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(reason)?;
        check_grid(&name, &range)?;
        let formulas = wb.worksheet_formula(&name).ok();
        let cells = cells_of_range(&name, &range, formulas.as_ref(), &mut budget)?;
        sheets.push(finish_sheet(name, cells));
    }
    Ok(sheets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::Dimensions;

    #[test]
    fn reserved_cells_follow_the_declared_dimension_up_to_a_cap() {
        // A1:G301, as a Staff sheet of 300 people declares it.
        assert_eq!(declared_cells(Dimensions::new((0, 0), (300, 6))), 301 * 7);
        // A sheet that claims the whole grid (one stray cell at XFD1048576) reserves the cap only.
        assert_eq!(
            declared_cells(Dimensions::new((0, 0), (1_048_575, 16_383))),
            1 << 16
        );
        // A dimension whose end lies before its start reserves one cell, and never underflows.
        assert_eq!(declared_cells(Dimensions::new((9, 9), (0, 0))), 1);
    }
}

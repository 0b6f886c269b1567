//! Reads a workbook (xlsx, xlsm, xlsb, xls, ods) with calamine into raw sheets and a typed plan,
//! with the typed reading problems it met (sheet and cell of each; `rules::data` judges them).

pub(crate) mod coerce;
mod error;
mod extras;
mod ods;
mod package;
pub(crate) mod plan;
mod preflight;
mod problem;
mod xls;

use crate::model::{RawCell, RawSheet, RawValue, Workbook};
use calamine::{Data, DataRef, Reader, SheetType};
use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

pub use coerce::RuleCode;
pub use error::LoadError;
pub use plan::build_plan;
pub use problem::{Duplicated, ReadingProblem, Reference, Shortfall};
pub use xls::{MAX_GRID_BYTES, MAX_XLS_BYTES};

/// Non-empty cells one workbook may hold; more is refused, so memory follows real data.
/// (A cell takes 64 bytes and its vector grows by doubling: 2 million cells peak near 200 MB.)
pub(crate) const MAX_CELLS: usize = 2_000_000;
/// Bytes the cells of one workbook may take (cells, texts, formulas); more is refused, so one
/// workbook stays under 512 MB whatever it holds (measured by tests/memory.rs).
pub(crate) const MAX_CELL_BYTES: usize = 160 * 1024 * 1024;
/// Largest input file read.
pub(crate) const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

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

/// Whether `magic` opens a bare BIFF2–BIFF5 stream (Excel 2.x to 95 saved without OLE2): a BOF
/// record (0x0009, 0x0209, 0x0409, 0x0809) of a plausible length.
fn is_bare_biff(magic: &[u8]) -> bool {
    let [lo, hi, len_lo, len_hi, ..] = *magic else {
        return false;
    };
    let len = u16::from_le_bytes([len_lo, len_hi]);
    lo == 0x09 && matches!(hi, 0x00 | 0x02 | 0x04 | 0x08) && (4..=20).contains(&len)
}

/// A private copy of an input, made once by reading the input once: what is checked and what is
/// patched are the same bytes, whatever happens to the input meanwhile. It keeps the input's
/// file name, in a hidden folder of its own, removed when dropped.
pub struct PrivateCopy {
    path: PathBuf,
    _dir: tempfile::TempDir,
}

impl PrivateCopy {
    /// Copies `input` (at most `MAX_FILE_BYTES` and one byte more, so a larger file is still
    /// refused by its size) into a hidden folder in `dir`.
    pub fn of(input: &Path, dir: &Path) -> Result<PrivateCopy, LoadError> {
        use std::io::Read;
        let mut source = File::open(input).map_err(LoadError::io)?;
        std::fs::create_dir_all(dir).map_err(LoadError::io)?;
        let private = tempfile::Builder::new()
            .prefix(".teamlint-input.")
            .tempdir_in(dir)
            .map_err(LoadError::io)?;
        let path = private
            .path()
            .join(input.file_name().unwrap_or(std::ffi::OsStr::new("input")));
        let mut copy = File::create(&path).map_err(LoadError::io)?;
        std::io::copy(&mut (&mut source).take(MAX_FILE_BYTES + 1), &mut copy)
            .map_err(LoadError::io)?;
        Ok(PrivateCopy {
            path,
            _dir: private,
        })
    }

    /// Where the copy is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads one workbook: its raw sheets, its typed plan and the problems met while reading it.
/// `display` is the workbook's path as findings name it; `rule_code` knows the rules its
/// Waivers sheet may name.
pub fn load(
    path: &Path,
    display: &str,
    rule_code: RuleCode<'_>,
) -> Result<(Workbook, Vec<ReadingProblem>), LoadError> {
    let sheets = read_sheets(path)?;
    let (plan, problems) = build_plan(display, &sheets, rule_code);
    Ok((Workbook { sheets, plan }, problems))
}

/// Reads every worksheet of a workbook into sparse raw cells (chart, dialog and macro sheets are
/// skipped), refusing what is not a workbook, encrypted, damaged, or claims more than it holds.
pub fn read_sheets(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    crate::guard::inject_test_panic(crate::guard::Stage::Read, path);
    match sniff(path)? {
        Container::Zip(format) => read_zip_workbook(path, format),
        Container::Xls => xls::read(path),
    }
}

/// Refuses what cannot be a workbook before any cell is read (`teamlint serve` screens each
/// upload with it): an unknown extension, an empty or too large file, a file that is not the
/// container its extension promises, a zip bomb. A workbook that passes may still fail to read.
pub fn screen(path: &Path) -> Result<(), LoadError> {
    match sniff(path)? {
        Container::Zip(_) => preflight::check_zip(path),
        Container::Xls => Ok(()),
    }
}

/// The container a workbook's first bytes show, once its extension and size are acceptable.
enum Container {
    /// A zip package read as this format.
    Zip(Format),
    /// An Excel 97–2003 compound file.
    Xls,
}

/// Checks a workbook's extension, size and first bytes, and says how to read it.
fn sniff(path: &Path) -> Result<Container, LoadError> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    if let Some(workbook) = name.strip_prefix("~$") {
        // Excel's lock file beside an open workbook: a few bytes naming who has it open.
        return Err(LoadError::LockFile {
            workbook: workbook.to_string(),
        });
    }
    let format = Format::from_path(path).ok_or(LoadError::UnknownExtension)?;
    let ext = path
        .extension()
        .unwrap_or_default()
        .to_string_lossy()
        .to_lowercase();
    let meta = std::fs::metadata(path).map_err(LoadError::io)?;
    if meta.len() == 0 {
        return Err(LoadError::Empty);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(LoadError::FileTooLarge {
            bytes: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let mut magic = [0u8; 8];
    let n = {
        use std::io::Read;
        let mut f = File::open(path).map_err(LoadError::io)?;
        f.read(&mut magic).map_err(LoadError::io)?
    };
    let magic = &magic[..n];
    let is_zip = magic.starts_with(ZIP_MAGIC);
    let is_cfb = magic.starts_with(CFB_MAGIC);
    if is_bare_biff(magic) {
        return Err(LoadError::OlderThanExcel97);
    }
    match format {
        Format::Xlsx | Format::Xlsb | Format::Ods if is_cfb => {
            Err(xls::classify_compound_file(path, &ext))
        }
        Format::Xlsx | Format::Xlsb | Format::Ods if !is_zip => Err(LoadError::NotAZip { ext }),
        // An xlsx saved under .xls: read it as what it is.
        Format::Xls if is_zip => Ok(Container::Zip(Format::Xlsx)),
        Format::Xls if !is_cfb => Err(LoadError::NotAnXls),
        Format::Xls => Ok(Container::Xls),
        f => Ok(Container::Zip(f)),
    }
}

fn read_zip_workbook(path: &Path, format: Format) -> Result<Vec<RawSheet>, LoadError> {
    preflight::check_zip(path)?;
    match format {
        Format::Xlsx => read_xlsx(path),
        Format::Xlsb => read_xlsb(path),
        Format::Ods => ods::read(path),
        Format::Xls => xls::read(path),
    }
}

/// The names of a workbook's worksheets, in order: chart, dialog and macro sheets (and VBA
/// modules) hold no cells of the plan and are skipped.
fn worksheet_names<RS: std::io::Read + std::io::Seek, R: Reader<RS>>(wb: &R) -> Vec<String> {
    wb.sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect()
}

/// Counts the cells of a workbook and the bytes they take, refusing more than `MAX_CELLS` or
/// `MAX_CELL_BYTES`.
pub(crate) struct CellBudget {
    cells: usize,
    bytes: usize,
}

impl CellBudget {
    pub(crate) fn new() -> CellBudget {
        CellBudget { cells: 0, bytes: 0 }
    }

    /// Counts `cell` of sheet `sheet`.
    pub(crate) fn take(&mut self, sheet: &str, cell: &RawCell) -> Result<(), LoadError> {
        self.cells += 1;
        let text = match &cell.value {
            RawValue::Text(t) | RawValue::Error(t) => t.len(),
            _ => 0,
        };
        self.bytes +=
            std::mem::size_of::<RawCell>() + text + cell.formula.as_ref().map_or(0, String::len);
        if self.cells > MAX_CELLS || self.bytes > MAX_CELL_BYTES {
            return Err(LoadError::TooManyCells {
                sheet: sheet.to_string(),
                limit: MAX_CELLS,
            });
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

pub(crate) fn normalize_formula(text: String) -> Option<String> {
    let t = text.trim();
    if t.is_empty() {
        None
    } else {
        Some(t.strip_prefix('=').unwrap_or(t).to_string())
    }
}

/// Rows and columns of a sheet (Excel's grid, A1:XFD1048576).
const GRID_ROWS: u32 = 1_048_576;
const GRID_COLS: u32 = 16_384;

/// A sheet of `cells` in row-major order, each position once; cells outside Excel's grid (which
/// only a damaged xlsb or xlsx can claim) are dropped, so no later step sizes anything by them.
pub(crate) fn finish_sheet(name: String, mut cells: Vec<RawCell>) -> RawSheet {
    cells.retain(|c| c.row < GRID_ROWS && c.col < GRID_COLS);
    cells.sort_by_key(|c| (c.row, c.col));
    cells.dedup_by_key(|c| (c.row, c.col));
    RawSheet {
        name,
        cells,
        merged: Vec::new(),
        totals_rows: Vec::new(),
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
    let mut wb = calamine::Xlsx::new(package::open(path, false)?).map_err(LoadError::from_xlsx)?;
    // Merged ranges and tables' totals rows of the contract sheets.
    let is_contract_sheet = |name: &str| {
        crate::contract::SHEETS
            .iter()
            .any(|def| def.matches_name(name))
    };
    let mut extras = extras::read(path, is_contract_sheet);
    let mut budget = CellBudget::new();
    let mut sheets = Vec::new();
    for name in worksheet_names(&wb) {
        let mut reader = wb
            .worksheet_cells_reader(&name)
            .map_err(LoadError::from_xlsx)?;
        let mut cells = Vec::with_capacity(declared_cells(reader.dimensions()));
        while let Some(cell) = reader
            .next_cell_with_formula()
            .map_err(LoadError::from_xlsx)?
        {
            let value = from_data_ref(cell.value);
            let formula = cell.formula.and_then(normalize_formula);
            if value == RawValue::Empty && formula.is_none() {
                continue;
            }
            let cell = RawCell {
                row: cell.pos.0,
                col: cell.pos.1,
                value,
                formula,
            };
            budget.take(&name, &cell)?;
            cells.push(cell);
        }
        let mut sheet = finish_sheet(name, cells);
        if let Some(found) = extras.remove(&sheet.name) {
            sheet.merged = found.merged;
            sheet.totals_rows = found.totals_rows;
        }
        sheets.push(sheet);
    }
    Ok(sheets)
}

/// xlsb: the sparse cell reader; formulas in a second pass over the same sheet.
fn read_xlsb(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let mut wb = calamine::Xlsb::new(package::open(path, true)?).map_err(LoadError::from_xlsb)?;
    let mut budget = CellBudget::new();
    let mut sheets = Vec::new();
    for name in worksheet_names(&wb) {
        let mut cells;
        {
            let mut reader = wb
                .worksheet_cells_reader(&name)
                .map_err(LoadError::from_xlsb)?;
            cells = Vec::with_capacity(declared_cells(reader.dimensions()));
            while let Some(cell) = reader.next_cell().map_err(LoadError::from_xlsb)? {
                let (row, col) = cell.get_position();
                let value = from_data_ref(cell.get_value().clone());
                if value == RawValue::Empty {
                    continue;
                }
                let cell = RawCell {
                    row,
                    col,
                    value,
                    formula: None,
                };
                budget.take(&name, &cell)?;
                cells.push(cell);
            }
        }
        let mut formulas: HashMap<(u32, u32), String> = HashMap::new();
        {
            let mut reader = wb
                .worksheet_cells_reader(&name)
                .map_err(LoadError::from_xlsb)?;
            while let Some(cell) = reader.next_formula().map_err(LoadError::from_xlsb)? {
                if let Some(f) = normalize_formula(cell.get_value().clone()) {
                    formulas.insert(cell.get_position(), f);
                }
            }
        }
        for cell in &mut cells {
            cell.formula = formulas.remove(&(cell.row, cell.col));
        }
        for ((row, col), f) in formulas {
            let cell = RawCell {
                row,
                col,
                value: RawValue::Empty,
                formula: Some(f),
            };
            budget.take(&name, &cell)?;
            cells.push(cell);
        }
        sheets.push(finish_sheet(name, cells));
    }
    Ok(sheets)
}

/// Collects the used cells of a range-based reader (xls, ods) with their formulas.
pub(crate) fn cells_of_range(
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
        let cell = RawCell {
            row: pos.0,
            col: pos.1,
            value: from_data(value),
            formula: formula_at.remove(&pos),
        };
        budget.take(name, &cell)?;
        cells.push(cell);
    }
    for ((row, col), f) in formula_at {
        let cell = RawCell {
            row,
            col,
            value: RawValue::Empty,
            formula: Some(f),
        };
        budget.take(name, &cell)?;
        cells.push(cell);
    }
    Ok(cells)
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::Dimensions;

    #[test]
    fn cells_outside_the_grid_are_dropped() {
        // A damaged xlsb put a header cell at column 2^30: the plan would size a column
        // index by it (1 GB, found by tests/mutate.rs).
        let cell = |row, col| RawCell {
            row,
            col,
            value: RawValue::Text("Person ID".into()),
            formula: None,
        };
        let sheet = finish_sheet(
            "Staff".into(),
            vec![
                cell(0, 1 << 30),
                cell(1 << 21, 0),
                cell(0, 16_383),
                cell(0, 0),
            ],
        );
        let kept: Vec<(u32, u32)> = sheet.cells.iter().map(|c| (c.row, c.col)).collect();
        assert_eq!(kept, [(0, 0), (0, 16_383)]);
    }

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

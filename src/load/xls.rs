//! Reads an Excel 97–2003 `.xls` safely: the compound file is validated (cfb crate), its BIFF
//! records are scanned before calamine sees them, and calamine gets a clean copy to parse.
//!
//! The scan refuses what calamine would misread or over-allocate: Excel 2.x–95 files, any
//! FilePass (RC4 or XOR: a password), unknown code pages, and sheets whose used cells span more
//! than `MAX_GRID_BYTES` allow (calamine allocates each sheet's bounding box). Dimensions records, which
//! calamine reserves memory for whatever they claim, are blanked, so memory follows the cells.

use super::{CellBudget, LoadError};
use crate::model::RawSheet;
use calamine::Reader;
use std::io::{Cursor, Read, Write};
use std::path::Path;

/// Largest `.xls` file read (an Excel 97–2003 staffing plan is far smaller).
pub const MAX_XLS_BYTES: u64 = 64 * 1024 * 1024;
/// Bytes the sheets of one `.xls` may take in calamine: it holds every sheet's box of values
/// (32 bytes a cell) and of formulas (24 bytes a cell) from the start, with each cell's own copy
/// of its text, and copies one sheet's boxes when asked for it. A1:DZ32770 without formulas (4.3 million cells,
/// 272 MB) still reads.
pub const MAX_GRID_BYTES: u64 = 320 * 1024 * 1024;
/// What one cell of a sheet's box of values costs: calamine's copy and the copy it hands out.
const VALUE_CELL_BYTES: u64 = 2 * 32;
/// What one cell of a sheet's box of formulas costs, likewise.
const FORMULA_CELL_BYTES: u64 = 2 * 24;

/// A record type no reader knows, written over Dimensions records (same length, so every
/// offset stays valid).
const BLANKED: u16 = 0x7FF0;

/// Reads the sheets of the `.xls` at `path`.
pub(crate) fn read(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let bytes = std::fs::metadata(path).map_err(LoadError::io)?.len();
    if bytes > MAX_XLS_BYTES {
        return Err(LoadError::FileTooLarge {
            bytes,
            limit: MAX_XLS_BYTES,
        });
    }
    let mut stream = workbook_stream(path)?;
    prescan(&mut stream)?;
    let clean = rewrap(&stream)?;
    drop(stream);
    let mut wb = calamine::Xls::new(Cursor::new(clean)).map_err(LoadError::from_xls)?;
    let mut budget = CellBudget::new();
    let mut sheets = Vec::new();
    let names: Vec<String> = wb
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == calamine::SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    for name in names {
        let range = wb.worksheet_range(&name).map_err(LoadError::from_xls)?;
        let formulas = wb.worksheet_formula(&name).ok();
        let cells = super::cells_of_range(&name, &range, formulas.as_ref(), &mut budget)?;
        let mut sheet = super::finish_sheet(name, cells);
        // The merged ranges, for the rebuilt copy.
        sheet.merged = wb
            .merge_cells_by_sheet_name(&sheet.name)
            .unwrap_or_default()
            .iter()
            .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1))
            .collect();
        sheets.push(sheet);
    }
    Ok(sheets)
}

/// What kind of compound file this is, for files named `.xlsx`/`.xlsm`/`.xlsb`/`.ods` that are one.
pub(crate) fn classify_compound_file(path: &Path, ext: &str) -> LoadError {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return LoadError::io(e),
    };
    let cf = match cfb::CompoundFile::open(file) {
        Ok(cf) => cf,
        Err(e) => return compound_file_error(e),
    };
    if cf.is_stream("/EncryptionInfo") || cf.is_stream("/EncryptedPackage") {
        LoadError::Encrypted
    } else if cf.is_stream("/Workbook") || cf.is_stream("/Book") {
        LoadError::XlsUnderZipName { ext: ext.into() }
    } else {
        LoadError::NotAZip { ext: ext.into() }
    }
}

fn compound_file_error(e: std::io::Error) -> LoadError {
    match e.kind() {
        std::io::ErrorKind::UnexpectedEof => LoadError::Truncated,
        _ => LoadError::damaged(format!("compound file: {e}")),
    }
}

/// The BIFF stream of the workbook, read through the validated compound file.
fn workbook_stream(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = std::fs::File::open(path).map_err(LoadError::io)?;
    let mut cf = cfb::CompoundFile::open(file).map_err(compound_file_error)?;
    let name = if cf.is_stream("/Workbook") {
        "/Workbook"
    } else if cf.is_stream("/Book") {
        // Excel 5 and 95 name their stream Book.
        return Err(LoadError::OlderThanExcel97);
    } else if cf.is_stream("/EncryptionInfo") || cf.is_stream("/EncryptedPackage") {
        return Err(LoadError::Encrypted);
    } else {
        return Err(LoadError::damaged(
            "compound file without a Workbook stream (no Excel workbook inside)",
        ));
    };
    let mut stream = cf.open_stream(name).map_err(compound_file_error)?;
    let len = stream.len();
    if len > MAX_XLS_BYTES {
        return Err(LoadError::damaged(format!(
            "the Workbook stream claims {len} bytes, more than the file holds"
        )));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    Read::by_ref(&mut stream)
        .take(MAX_XLS_BYTES)
        .read_to_end(&mut bytes)
        .map_err(compound_file_error)?;
    Ok(bytes)
}

/// A compound file holding only `stream` as its Workbook, for calamine to parse.
fn rewrap(stream: &[u8]) -> Result<Vec<u8>, LoadError> {
    let internal = |e: std::io::Error| LoadError::Internal {
        detail: format!("rewriting the compound file: {e}"),
    };
    // Version 3 (512-byte sectors), as Excel writes: calamine refuses a version 4 file whose
    // root has no mini stream.
    let mut cf = cfb::CompoundFile::create_with_version(
        cfb::Version::V3,
        Cursor::new(Vec::with_capacity(stream.len() + 8192)),
    )
    .map_err(internal)?;
    {
        let mut s = cf.create_stream("/Workbook").map_err(internal)?;
        s.write_all(stream).map_err(internal)?;
    }
    cf.flush().map_err(internal)?;
    Ok(cf.into_inner().into_inner())
}

/// One BIFF record: its type, its offset in the stream and its data.
struct Record<'a> {
    typ: u16,
    offset: usize,
    data: &'a [u8],
}

/// The records from `offset` on; a record that runs past the stream's end ends it with an error.
fn records(
    stream: &[u8],
    mut offset: usize,
) -> impl Iterator<Item = Result<Record<'_>, LoadError>> {
    std::iter::from_fn(move || {
        if offset >= stream.len() {
            return None;
        }
        if stream.len() - offset < 4 {
            offset = stream.len();
            return Some(Err(LoadError::Truncated));
        }
        let typ = u16::from_le_bytes([stream[offset], stream[offset + 1]]);
        let len = u16::from_le_bytes([stream[offset + 2], stream[offset + 3]]) as usize;
        let start = offset + 4;
        if stream.len() - start < len {
            offset = stream.len();
            return Some(Err(LoadError::Truncated));
        }
        let record = Record {
            typ,
            offset,
            data: &stream[start..start + len],
        };
        offset = start + len;
        Some(Ok(record))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes([*data.get(at)?, *data.get(at + 1)?]))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// A sheet as BoundSheet8 lists it.
struct BoundSheet {
    name: String,
    offset: usize,
}

/// The bounding box of a sheet's cells.
#[derive(Default)]
struct Bounds {
    rows: Option<(u32, u32)>,
    cols: Option<(u32, u32)>,
}

impl Bounds {
    fn add(&mut self, row: u32, first_col: u32, last_col: u32) {
        let r = self.rows.get_or_insert((row, row));
        *r = (r.0.min(row), r.1.max(row));
        let c = self.cols.get_or_insert((first_col, last_col));
        *c = (c.0.min(first_col), c.1.max(last_col));
    }

    fn cells(&self) -> (u64, u64) {
        match (self.rows, self.cols) {
            (Some(r), Some(c)) => (
                u64::from(r.1 - r.0) + 1,
                u64::from(c.1.saturating_sub(c.0)) + 1,
            ),
            _ => (0, 0),
        }
    }
}

/// Checks the BIFF stream before calamine parses it (see the module's doc) and blanks its
/// Dimensions records.
fn prescan(stream: &mut [u8]) -> Result<(), LoadError> {
    let mut sheets = Vec::new();
    let mut first = true;
    // The SST record and its Continue records, as ranges of the stream.
    let mut sst: Vec<std::ops::Range<usize>> = Vec::new();
    let mut in_sst = false;
    for record in records(stream, 0) {
        let r = record?;
        let data_at = r.offset + 4..r.offset + 4 + r.data.len();
        match r.typ {
            0x00FC => {
                sst = vec![data_at];
                in_sst = true;
            }
            0x003C if in_sst => sst.push(data_at),
            _ => in_sst = false,
        }
        if first {
            first = false;
            match r.typ {
                0x0809 => {
                    let version = u16_at(r.data, 0).unwrap_or(0);
                    let dt = u16_at(r.data, 2).unwrap_or(0);
                    let old =
                        matches!(version, 0x0200 | 0x0002 | 0x0007 | 0x0300 | 0x0400 | 0x0500)
                            || (version == 0 && dt == 0x1000);
                    if old {
                        return Err(LoadError::OlderThanExcel97);
                    }
                }
                0x0009 | 0x0209 | 0x0409 => return Err(LoadError::OlderThanExcel97),
                _ => {
                    return Err(LoadError::damaged(
                        "the Workbook stream does not start with a BOF record",
                    ));
                }
            }
            continue;
        }
        match r.typ {
            // FilePass: RC4 or XOR obfuscation, both need a password to open.
            0x002F => return Err(LoadError::Encrypted),
            // CodePage
            0x0042 => {
                let code_page = u16_at(r.data, 0).unwrap_or(1200);
                if codepage::to_encoding(code_page).is_none() {
                    return Err(LoadError::UnknownCodePage { code_page });
                }
            }
            // BoundSheet8
            0x0085 => {
                let offset = u32_at(r.data, 0).unwrap_or(u32::MAX) as usize;
                sheets.push(BoundSheet {
                    name: short_string(r.data.get(6..).unwrap_or_default()),
                    offset,
                });
            }
            // EOF of the globals
            0x000A => break,
            _ => {}
        }
    }
    let parts: Vec<&[u8]> = sst.iter().map(|r| &stream[r.clone()]).collect();
    let shared = shared_string_bytes(&parts);
    let mut total = 0u64;
    for sheet in &sheets {
        if sheet.offset >= stream.len() {
            continue; // calamine reports what it cannot find
        }
        let (values, formulas, dimensions, strings) = scan_sheet(stream, sheet.offset, &shared)?;
        total = total.saturating_add(strings);
        if total > MAX_GRID_BYTES {
            return Err(LoadError::TextsTooLarge {
                sheet: sheet.name.clone(),
            });
        }
        for at in dimensions {
            stream[at..at + 2].copy_from_slice(&BLANKED.to_le_bytes());
        }
        let (rows, cols) = values.cells();
        let (f_rows, f_cols) = formulas.cells();
        total = total
            .saturating_add(rows.saturating_mul(cols).saturating_mul(VALUE_CELL_BYTES))
            .saturating_add(
                f_rows
                    .saturating_mul(f_cols)
                    .saturating_mul(FORMULA_CELL_BYTES),
            );
        if total > MAX_GRID_BYTES {
            return Err(LoadError::GridTooLarge {
                sheet: sheet.name.clone(),
                rows,
                cols,
            });
        }
    }
    Ok(())
}

/// The bounding boxes of one sheet substream's values and formulas (as calamine places them) and
/// the offsets of its Dimensions records; embedded substreams (charts) are skipped as calamine
/// skips them.
/// The fourth result is what its cells cost calamine besides the boxes: each cell while the
/// sheet is parsed (40 bytes) and each text a cell gets (its own copy of a shared string).
fn scan_sheet(
    stream: &[u8],
    offset: usize,
    shared: &[u64],
) -> Result<(Bounds, Bounds, Vec<usize>, u64), LoadError> {
    let mut bounds = Bounds::default();
    let mut formulas = Bounds::default();
    let mut cost = 0u64;
    let mut dimensions = Vec::new();
    let mut seen_bof = false;
    let mut depth = 0usize;
    for record in records(stream, offset) {
        let r = match record {
            Ok(r) => r,
            // calamine stops at the same place with its own error
            Err(_) => break,
        };
        if depth > 0 {
            match r.typ {
                0x0809 => depth += 1,
                0x000A => depth -= 1,
                _ => {}
            }
            continue;
        }
        let row = u16_at(r.data, 0).map(u32::from);
        let col = u16_at(r.data, 2).map(u32::from);
        cost = cost.saturating_add(match r.typ {
            // LabelSst: a copy of shared string isst
            0x00FD => {
                let isst = u32_at(r.data, 6).unwrap_or(0) as usize;
                CELL_BYTES + shared.get(isst).copied().unwrap_or(0)
            }
            // Label, RString, String (a formula's text): their text, at most 3 bytes a byte
            0x0204 | 0x00D6 | 0x0207 => CELL_BYTES + 3 * r.data.len() as u64,
            0x0203 | 0x0205 | 0x027E | 0x0006 => CELL_BYTES,
            0x00BD => CELL_BYTES * (r.data.len() as u64 / 6),
            _ => 0,
        });
        match r.typ {
            0x0809 if seen_bof => depth += 1,
            0x0809 => seen_bof = true,
            0x000A => break,
            0x0200 => dimensions.push(r.offset),
            // Number, Label, RString, BoolErr, Rk, LabelSst
            0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD => {
                if let (Some(row), Some(col)) = (row, col) {
                    bounds.add(row, col, col);
                }
            }
            // Formula: a formula, and a value (or one in the String record after it)
            0x0006 => {
                if let (Some(row), Some(col)) = (row, col) {
                    bounds.add(row, col, col);
                    formulas.add(row, col, col);
                }
            }
            // MulRk: first column, then 6 bytes a cell, then the last column
            0x00BD => {
                if let (Some(row), Some(first)) = (row, col) {
                    let n = r.data.len().saturating_sub(6) / 6;
                    let last = u16_at(r.data, r.data.len().saturating_sub(2))
                        .map(u32::from)
                        .unwrap_or(first);
                    let last = last.max(first + n.saturating_sub(1) as u32);
                    bounds.add(row, first, last);
                }
            }
            _ => {}
        }
    }
    Ok((bounds, formulas, dimensions, cost))
}

/// What one cell costs calamine while it parses a sheet (its `Cell<Data>`).
const CELL_BYTES: u64 = 40;

/// The UTF-8 bytes each shared string may take once decoded (3 a character, an upper bound),
/// from the SST record's parts (the record, then its Continue records); a string split across
/// parts continues after a one-byte flag. Stops where the data ends.
fn shared_string_bytes(parts: &[&[u8]]) -> Vec<u64> {
    struct Cursor<'a> {
        parts: &'a [&'a [u8]],
        part: usize,
        at: usize,
    }
    impl Cursor<'_> {
        fn left_in_part(&self) -> usize {
            self.parts
                .get(self.part)
                .map_or(0, |p| p.len() - self.at.min(p.len()))
        }
        fn next_part(&mut self) -> bool {
            self.part += 1;
            self.at = 0;
            self.part < self.parts.len()
        }
        fn byte(&mut self) -> Option<u8> {
            while self.left_in_part() == 0 {
                if !self.next_part() {
                    return None;
                }
            }
            let b = self.parts[self.part][self.at];
            self.at += 1;
            Some(b)
        }
        fn skip(&mut self, mut n: u64) -> Option<()> {
            while n > 0 {
                let left = self.left_in_part() as u64;
                if left == 0 {
                    if !self.next_part() {
                        return None;
                    }
                    continue;
                }
                let step = left.min(n);
                self.at += step as usize;
                n -= step;
            }
            Some(())
        }
    }
    let mut c = Cursor {
        parts,
        part: 0,
        at: 0,
    };
    let mut lengths = Vec::new();
    if c.skip(8).is_none() {
        return lengths; // cstTotal, cstUnique
    }
    let mut read = || -> Option<u64> {
        let cch = u64::from(u16::from_le_bytes([c.byte()?, c.byte()?]));
        let flags = c.byte()?;
        let runs = if flags & 0x08 != 0 {
            u64::from(u16::from_le_bytes([c.byte()?, c.byte()?]))
        } else {
            0
        };
        let ext = if flags & 0x04 != 0 {
            u64::from(u32::from_le_bytes([
                c.byte()?,
                c.byte()?,
                c.byte()?,
                c.byte()?,
            ]))
        } else {
            0
        };
        let mut high = flags & 0x01 != 0;
        let mut chars = cch;
        while chars > 0 {
            let width = if high { 2 } else { 1 };
            let here = (c.left_in_part() as u64 / width).min(chars);
            c.at += (here * width) as usize;
            chars -= here;
            if chars > 0 {
                if !c.next_part() {
                    return None;
                }
                high = c.byte()? & 0x01 != 0;
            }
        }
        c.skip(4 * runs + ext)?;
        Some(3 * cch)
    };
    while let Some(len) = read() {
        lengths.push(len);
    }
    lengths
}

/// A BIFF8 ShortXLUnicodeString (count, flags, characters), for sheet names in reasons.
fn short_string(data: &[u8]) -> String {
    let (Some(&count), Some(&flags)) = (data.first(), data.get(1)) else {
        return String::new();
    };
    let chars = data.get(2..).unwrap_or_default();
    if flags & 1 == 1 {
        let units: Vec<u16> = chars
            .chunks_exact(2)
            .take(count as usize)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        chars
            .iter()
            .take(count as usize)
            .map(|&b| b as char)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut r = typ.to_le_bytes().to_vec();
        r.extend((data.len() as u16).to_le_bytes());
        r.extend(data);
        r
    }

    #[test]
    fn shared_strings_split_across_continue_records_are_measured() {
        // cstTotal, cstUnique; "ab" compressed; then 5 UTF-16 chars split 2 + 3 with a flag byte.
        let mut sst = vec![0, 0, 0, 0, 2, 0, 0, 0];
        sst.extend([2, 0, 0, b'a', b'b']);
        sst.extend([5, 0, 1, b'c', 0, b'd', 0]);
        let cont = [1, b'e', 0, b'f', 0, b'g', 0];
        assert_eq!(shared_string_bytes(&[&sst, &cont]), [6, 15]);
        assert_eq!(shared_string_bytes(&[&sst]), [6]);
    }

    #[test]
    fn cells_copying_one_long_shared_string_are_refused_before_calamine_reads_them() {
        let bof8 = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
        // One shared string of 8000 characters, in an SST record.
        let mut sst = vec![0, 0, 0, 0, 1, 0, 0, 0];
        sst.extend(8000u16.to_le_bytes());
        sst.push(0);
        sst.extend(std::iter::repeat_n(b'x', 8000));
        let mut globals = bof8.clone();
        globals.extend(record(0x00FC, &sst));
        let sheet_at = globals.len() + 4 + 13 + 4;
        let mut bound = (sheet_at as u32).to_le_bytes().to_vec();
        bound.extend([0, 0, 5, 0]);
        bound.extend(b"Staff");
        globals.extend(record(0x0085, &bound));
        globals.extend(record(0x000A, &[]));
        assert_eq!(globals.len(), sheet_at);
        // 20,000 LabelSst cells in a 100 x 200 box, each a copy of the string: 480 MB.
        let mut stream = globals;
        stream.extend(record(0x0809, &[0x00, 0x06, 0x10, 0x00]));
        for i in 0..20_000u32 {
            let (row, col) = ((i / 200) as u16, (i % 200) as u16);
            let mut data = row.to_le_bytes().to_vec();
            data.extend(col.to_le_bytes());
            data.extend([0, 0, 0, 0, 0, 0]);
            stream.extend(record(0x00FD, &data));
        }
        stream.extend(record(0x000A, &[]));
        let err = prescan(&mut stream).unwrap_err();
        assert!(matches!(err, LoadError::TextsTooLarge { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            "too large: the texts of sheet 'Staff' take more memory than teamlint allows for one \
             workbook; remove what the plan does not need and save it again"
        );
    }

    #[test]
    fn the_prescan_refuses_old_versions_passwords_and_wide_sheets() {
        let bof8 = record(0x0809, &[0x00, 0x06, 0x05, 0x00, 0, 0, 0, 0]);
        let bof5 = record(0x0809, &[0x00, 0x05, 0x05, 0x00]);
        let mut old = bof5.clone();
        old.extend(record(0x000A, &[]));
        assert!(matches!(
            prescan(&mut old),
            Err(LoadError::OlderThanExcel97)
        ));

        let mut xor = bof8.clone();
        xor.extend(record(0x002F, &[0, 0, 1, 2, 3, 4]));
        assert!(matches!(prescan(&mut xor), Err(LoadError::Encrypted)));

        let mut cp = bof8.clone();
        cp.extend(record(0x0042, &0xD7CCu16.to_le_bytes()));
        assert!(matches!(
            prescan(&mut cp),
            Err(LoadError::UnknownCodePage { code_page: 0xD7CC })
        ));

        // One sheet with a cell at A1 and one at IV65536; its Dimensions claim the same.
        let mut globals = bof8.clone();
        let sheet_at = globals.len() + 4 + 13 + 4;
        let mut bound = (sheet_at as u32).to_le_bytes().to_vec();
        bound.extend([0, 0, 5, 0]);
        bound.extend(b"Staff");
        globals.extend(record(0x0085, &bound));
        globals.extend(record(0x000A, &[]));
        assert_eq!(globals.len(), sheet_at);
        let mut wide = globals.clone();
        wide.extend(record(0x0809, &[0x00, 0x06, 0x10, 0x00]));
        wide.extend(record(0x0200, &[0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0]));
        wide.extend(record(0x0203, &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        wide.extend(record(
            0x0203,
            &[0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        ));
        wide.extend(record(0x000A, &[]));
        let err = prescan(&mut wide).unwrap_err();
        assert_eq!(
            err.to_string(),
            "too large for .xls: sheet 'Staff' spans 65,536 rows × 256 columns; delete the \
             empty rows and columns after the data, or save the file as .xlsx"
        );

        // The same sheet with both cells near A1 passes, its Dimensions record blanked.
        let mut narrow = globals.clone();
        narrow.extend(record(0x0809, &[0x00, 0x06, 0x10, 0x00]));
        let dim_at = narrow.len();
        narrow.extend(record(0x0200, &[0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0]));
        narrow.extend(record(0x0203, &[3, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
        narrow.extend(record(0x000A, &[]));
        prescan(&mut narrow).unwrap();
        assert_eq!(u16_at(&narrow, dim_at), Some(BLANKED));
    }
}

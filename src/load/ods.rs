//! Reads an OpenDocument spreadsheet sparsely: only cells that hold something become cells, so
//! memory follows them, never the rows and columns a file claims to repeat.
//!
//! It reads `content.xml` with quick-xml as calamine does (values, texts, formulas as written),
//! but needs no `mimetype` entry (Google Docs exports lack one) and ignores whitespace between
//! elements (pretty-printed `content.xml`).

use super::{CellBudget, LoadError, normalize_formula};
use crate::model::{RawCell, RawSheet, RawValue};
use quick_xml::Reader as XmlReader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek};
use std::path::Path;

/// Rows and columns beyond a spreadsheet's grid are ignored (as LibreOffice and calamine do).
const MAX_ROWS: u64 = 1_048_576;
const MAX_COLS: u64 = 16_384;

/// Reads every table of the spreadsheet at `path`.
pub(crate) fn read(path: &Path) -> Result<Vec<RawSheet>, LoadError> {
    let file = File::open(path).map_err(LoadError::io)?;
    let mut zip = zip::ZipArchive::new(BufReader::new(file)).map_err(LoadError::from_zip)?;
    if is_encrypted(&mut zip)? {
        return Err(LoadError::Encrypted);
    }
    let content = match zip.by_name("content.xml") {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(LoadError::damaged("the spreadsheet has no content.xml"));
        }
        Err(e) => return Err(LoadError::from_zip(e)),
    };
    read_content(BufReader::new(content))
}

/// Whether the manifest lists encryption data for any part (a password to open).
fn is_encrypted<R: Read + Seek>(zip: &mut zip::ZipArchive<R>) -> Result<bool, LoadError> {
    let manifest = match zip.by_name("META-INF/manifest.xml") {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(false),
        Err(e) => return Err(LoadError::from_zip(e)),
    };
    let mut xml = XmlReader::from_reader(BufReader::new(manifest));
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e))
                if e.local_name().as_ref() == "encryption-data" =>
            {
                return Ok(true);
            }
            Ok(Event::Eof) => return Ok(false),
            Err(e) => return Err(xml_error("META-INF/manifest.xml", e)),
            _ => {}
        }
        buf.clear();
    }
}

fn xml_error(part: &str, e: quick_xml::Error) -> LoadError {
    match e {
        quick_xml::Error::Io(io) => {
            LoadError::from_io(std::io::Error::new(io.kind(), io.to_string()))
        }
        other => LoadError::damaged(format!("{part}: {other}")),
    }
}

/// One cell's attributes as written.
#[derive(Default)]
struct CellAttrs {
    value_type: Option<String>,
    value: Option<String>,
    string_value: Option<String>,
    date_value: Option<String>,
    time_value: Option<String>,
    boolean_value: Option<String>,
    formula: Option<String>,
    is_error: bool,
    repeat: u64,
    /// Rows and columns a merged cell spans (1 when it is not merged).
    rows_spanned: u64,
    cols_spanned: u64,
}

fn attrs_of(e: &BytesStart<'_>) -> Result<CellAttrs, LoadError> {
    let mut a = CellAttrs {
        repeat: 1,
        rows_spanned: 1,
        cols_spanned: 1,
        ..CellAttrs::default()
    };
    for attr in e.attributes().with_checks(false) {
        let attr = attr.map_err(|e| LoadError::damaged(format!("content.xml: {e}")))?;
        let value = || -> Result<String, LoadError> {
            attr.normalized_value(XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .map_err(|e| LoadError::damaged(format!("content.xml: {e}")))
        };
        match attr.key.as_ref() {
            "office:value-type" => a.value_type = Some(value()?),
            "calcext:value-type" => a.is_error = value()? == "error",
            "office:value" => a.value = Some(value()?),
            "office:string-value" => a.string_value = Some(value()?),
            "office:date-value" => a.date_value = Some(value()?),
            "office:time-value" => a.time_value = Some(value()?),
            "office:boolean-value" => a.boolean_value = Some(value()?),
            "table:formula" => a.formula = Some(value()?),
            "table:number-columns-repeated" => a.repeat = repeat_of(&value()?),
            "table:number-rows-spanned" => a.rows_spanned = repeat_of(&value()?),
            "table:number-columns-spanned" => a.cols_spanned = repeat_of(&value()?),
            _ => {}
        }
    }
    Ok(a)
}

/// A repeat count; unreadable counts are 1, absurd ones end at the grid's edge anyway.
fn repeat_of(text: &str) -> u64 {
    text.trim().parse::<u64>().unwrap_or(1).max(1)
}

/// The value of a cell from its attributes, or `None` when the text content decides.
fn typed_value(a: &CellAttrs) -> Option<RawValue> {
    if let Some(v) = &a.value {
        return Some(match v.trim().parse::<f64>() {
            Ok(n) => RawValue::Number(n),
            Err(_) => RawValue::Text(v.clone()),
        });
    }
    if let Some(s) = &a.string_value {
        return Some(RawValue::Text(s.clone()));
    }
    if let Some(d) = a.date_value.as_ref().or(a.time_value.as_ref()) {
        return Some(RawValue::Text(d.clone()));
    }
    if let Some(b) = &a.boolean_value {
        return Some(RawValue::Bool(b.eq_ignore_ascii_case("true")));
    }
    None
}

/// The text of a cell's paragraphs (`text:p`, with `text:s`, `text:tab`, `text:line-break`),
/// without annotations; reads up to the cell's end tag.
fn cell_text<R: BufRead>(xml: &mut XmlReader<R>, buf: &mut Vec<u8>) -> Result<String, LoadError> {
    let mut text = String::new();
    let mut paragraphs = 0;
    let mut in_paragraph = 0usize;
    let mut skip = 0usize;
    loop {
        buf.clear();
        match xml.read_event_into(buf) {
            Ok(Event::Start(e)) => match e.local_name().as_ref() {
                "annotation" => skip += 1,
                _ if skip > 0 => {}
                "p" | "h" => {
                    if paragraphs > 0 {
                        text.push('\n');
                    }
                    paragraphs += 1;
                    in_paragraph += 1;
                }
                _ => {}
            },
            Ok(Event::Empty(e)) if skip == 0 => match e.local_name().as_ref() {
                "s" => {
                    let n = e
                        .try_get_attribute("text:c")
                        .ok()
                        .flatten()
                        .and_then(|a| a.value.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .min(1024);
                    text.extend(std::iter::repeat_n(' ', n));
                }
                "tab" => text.push('\t'),
                "line-break" => text.push('\n'),
                "p" | "h" => {
                    if paragraphs > 0 {
                        text.push('\n');
                    }
                    paragraphs += 1;
                }
                _ => {}
            },
            Ok(Event::Text(t)) if skip == 0 && in_paragraph > 0 => {
                text.push_str(&t.xml10_content());
            }
            Ok(Event::GeneralRef(r)) if skip == 0 && in_paragraph > 0 => {
                match r.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    _ => {
                        if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                            text.push_str(s);
                        }
                    }
                }
            }
            Ok(Event::End(e)) => match e.local_name().as_ref() {
                "annotation" => skip = skip.saturating_sub(1),
                _ if skip > 0 => {}
                "p" | "h" => in_paragraph = in_paragraph.saturating_sub(1),
                "table-cell" | "covered-table-cell" => return Ok(text),
                _ => {}
            },
            Ok(Event::Eof) => return Err(LoadError::Truncated),
            Err(e) => return Err(xml_error("content.xml", e)),
            _ => {}
        }
    }
}

/// Where the reader stands in the current table.
struct Table {
    name: String,
    cells: Vec<RawCell>,
    row: u64,
    col: u64,
    row_repeat: u64,
    /// Cells of the current row, repeated `row_repeat` times at the row's end.
    row_cells: Vec<RawCell>,
    /// Merged ranges (first row, first column, last row, last column).
    merged: Vec<(u32, u32, u32, u32)>,
}

impl Table {
    /// The table as a sheet of its cells and merged ranges.
    fn finish(self) -> RawSheet {
        let mut sheet = super::finish_sheet(self.name, self.cells);
        sheet.merged = self.merged;
        sheet
    }
}

/// Parses `content.xml`: every top-level table becomes a sheet of its non-empty cells.
fn read_content<R: BufRead>(reader: R) -> Result<Vec<RawSheet>, LoadError> {
    let mut xml = XmlReader::from_reader(reader);
    xml.config_mut().check_end_names = false;
    let mut buf = Vec::with_capacity(1024);
    let mut text_buf = Vec::with_capacity(256);
    let mut sheets = Vec::new();
    let mut budget = CellBudget::new();
    let mut table: Option<Table> = None;
    // Tables nested in a table (sub-tables in cells) are read as part of their cell, never alone.
    let mut nested = 0usize;
    loop {
        buf.clear();
        let event = xml
            .read_event_into(&mut buf)
            .map_err(|e| xml_error("content.xml", e))?;
        let is_empty = matches!(event, Event::Empty(_));
        match &event {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "table" => {
                if table.is_some() {
                    nested += usize::from(!is_empty);
                    continue;
                }
                let name = e
                    .try_get_attribute("table:name")
                    .ok()
                    .flatten()
                    .and_then(|a| {
                        a.normalized_value(XmlVersion::Implicit1_0)
                            .ok()
                            .map(|v| v.into_owned())
                    })
                    .unwrap_or_else(|| format!("Sheet{}", sheets.len() + 1));
                let t = Table {
                    name,
                    cells: Vec::new(),
                    row: 0,
                    col: 0,
                    row_repeat: 1,
                    row_cells: Vec::new(),
                    merged: Vec::new(),
                };
                if is_empty {
                    sheets.push(t.finish());
                } else {
                    table = Some(t);
                }
            }
            Event::End(e) if e.local_name().as_ref() == "table" => {
                if nested > 0 {
                    nested -= 1;
                } else if let Some(t) = table.take() {
                    sheets.push(t.finish());
                }
            }
            Event::Start(e) | Event::Empty(e)
                if nested == 0 && e.local_name().as_ref() == "table-row" =>
            {
                let Some(t) = table.as_mut() else { continue };
                let repeat = e
                    .try_get_attribute("table:number-rows-repeated")
                    .ok()
                    .flatten()
                    .map(|a| repeat_of(&a.value))
                    .unwrap_or(1);
                t.col = 0;
                t.row_repeat = repeat;
                t.row_cells.clear();
                if is_empty {
                    t.row = t.row.saturating_add(repeat);
                }
            }
            Event::End(e) if nested == 0 && e.local_name().as_ref() == "table-row" => {
                let Some(t) = table.as_mut() else { continue };
                end_row(t, &mut budget)?;
            }
            Event::Start(e) | Event::Empty(e)
                if nested == 0
                    && matches!(e.local_name().as_ref(), "table-cell" | "covered-table-cell") =>
            {
                let attrs = attrs_of(e)?;
                let Some(t) = table.as_mut() else {
                    if !is_empty {
                        cell_text(&mut xml, &mut text_buf)?;
                    }
                    continue;
                };
                let mut value = typed_value(&attrs);
                let is_string = attrs.value_type.as_deref() == Some("string");
                let needs_text = !is_empty
                    && (value.is_none()
                        || (attrs.is_error && value == Some(RawValue::Text(String::new()))));
                if !is_empty {
                    let text = cell_text(&mut xml, &mut text_buf)?;
                    if needs_text && (is_string || attrs.is_error || attrs.value_type.is_none()) {
                        value = (!text.is_empty()).then_some(RawValue::Text(text));
                    }
                }
                if (attrs.rows_spanned > 1 || attrs.cols_spanned > 1)
                    && t.row < MAX_ROWS
                    && t.col < MAX_COLS
                {
                    let last_row = t
                        .row
                        .saturating_add(attrs.rows_spanned - 1)
                        .min(MAX_ROWS - 1);
                    let last_col = t
                        .col
                        .saturating_add(attrs.cols_spanned - 1)
                        .min(MAX_COLS - 1);
                    t.merged
                        .push((t.row as u32, t.col as u32, last_row as u32, last_col as u32));
                }
                let formula = attrs.formula.and_then(normalize_formula);
                let value = value.unwrap_or(RawValue::Empty);
                if value != RawValue::Empty || formula.is_some() {
                    let end = t.col.saturating_add(attrs.repeat).min(MAX_COLS);
                    for col in t.col..end {
                        let cell = RawCell {
                            row: 0,
                            col: col as u32,
                            value: value.clone(),
                            formula: formula.clone(),
                        };
                        budget.take(&t.name, &cell)?;
                        t.row_cells.push(cell);
                    }
                }
                t.col = t.col.saturating_add(attrs.repeat);
            }
            Event::Eof => {
                if table.is_some() {
                    return Err(LoadError::Truncated);
                }
                break;
            }
            _ => {}
        }
    }
    Ok(sheets)
}

/// Places the finished row's cells at each row it repeats over (within the grid).
fn end_row(t: &mut Table, budget: &mut CellBudget) -> Result<(), LoadError> {
    let end = t.row.saturating_add(t.row_repeat).min(MAX_ROWS);
    if !t.row_cells.is_empty() {
        // The row's cells were counted once already; each repeat beyond the first counts again.
        for (i, row) in (t.row..end).enumerate() {
            for cell in &t.row_cells {
                if i > 0 {
                    budget.take(&t.name, cell)?;
                }
                let mut c = cell.clone();
                c.row = row as u32;
                t.cells.push(c);
            }
        }
    }
    t.row_cells.clear();
    t.row = t.row.saturating_add(t.row_repeat);
    t.row_repeat = 1;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheets_of(content: &str) -> Vec<RawSheet> {
        read_content(std::io::Cursor::new(content.as_bytes())).unwrap()
    }

    #[test]
    fn pretty_printed_content_with_repeats_reads_only_the_filled_cells() {
        let xml = r#"<?xml version="1.0"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
  <office:body>
    <office:spreadsheet>
      <table:table table:name="Staff">
        <table:table-row>
          <table:table-cell office:value-type="string">
            <text:p>Person <text:s text:c="2"/>ID</text:p>
          </table:table-cell>
          <table:table-cell table:number-columns-repeated="16000"/>
          <table:table-cell office:value-type="float" office:value="40">
            <text:p>40</text:p>
          </table:table-cell>
        </table:table-row>
        <table:table-row table:number-rows-repeated="1048000">
          <table:table-cell table:number-columns-repeated="16384"/>
        </table:table-row>
        <table:table-row>
          <table:table-cell office:value-type="boolean" office:boolean-value="true"/>
          <table:table-cell table:formula="of:=[.A1]" office:value-type="float" office:value="2"/>
        </table:table-row>
      </table:table>
    </office:spreadsheet>
  </office:body>
</office:document-content>"#;
        let sheets = sheets_of(xml);
        assert_eq!(sheets.len(), 1);
        let cells = &sheets[0].cells;
        assert_eq!(cells.len(), 4, "{cells:?}");
        assert_eq!(cells[0].value, RawValue::Text("Person   ID".into()));
        assert_eq!((cells[1].row, cells[1].col), (0, 16001));
        assert_eq!(cells[1].value, RawValue::Number(40.0));
        assert_eq!((cells[2].row, cells[2].col), (1_048_001, 0));
        assert_eq!(cells[2].value, RawValue::Bool(true));
        assert_eq!(cells[3].formula.as_deref(), Some("of:=[.A1]"));
    }

    #[test]
    fn a_repeated_filled_cell_counts_against_the_cell_budget() {
        let xml = r#"<office:document-content><office:body><office:spreadsheet>
<table:table table:name="T"><table:table-row table:number-rows-repeated="1048576">
<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>
</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"#;
        let err = read_content(std::io::Cursor::new(xml.as_bytes())).unwrap_err();
        assert!(matches!(err, LoadError::TooManyCells { .. }), "{err}");
    }
}

//! One flagged worksheet, streamed: a first pass finds merged ranges and the notes drawing, a
//! second copies the part byte for byte except the flagged cells' `s`, inserted cells and rows.

use super::styles::Styles;
use super::xml::{REL_NS, attr, local, ns_prefix, parse_a1, prefix_of, reader, spanned, with_attr};
use crate::model::a1;
use crate::report::annotated::Mark;
use quick_xml::events::Event;
use std::collections::BTreeMap;
use std::io::Write;

/// Elements of a worksheet that come after `legacyDrawing` in the schema's order.
const AFTER_LEGACY_DRAWING: [&str; 9] = [
    "legacyDrawingHF",
    "drawingHF",
    "picture",
    "oleObjects",
    "controls",
    "webPublishItems",
    "tableParts",
    "extLst",
    "AlternateContent",
];

/// What the first pass learns about a worksheet.
#[derive(Debug, Default)]
pub(crate) struct SheetScan {
    /// The element prefix of the part (`x:` or empty).
    pub(crate) prefix: String,
    /// The prefix bound to the relationships namespace on the root, if any.
    pub(crate) rel_prefix: Option<String>,
    /// Merged ranges: first and last (row, column).
    pub(crate) merges: Vec<((u32, u32), (u32, u32))>,
    /// The relationship id of an existing `legacyDrawing` (notes or form controls).
    pub(crate) legacy_drawing: Option<String>,
}

impl SheetScan {
    /// The cell that carries a mark for `cell`: the top-left cell of its merged range.
    pub(crate) fn anchor(&self, cell: (u32, u32)) -> (u32, u32) {
        self.merges
            .iter()
            .find(|(a, b)| (a.0..=b.0).contains(&cell.0) && (a.1..=b.1).contains(&cell.1))
            .map_or(cell, |(a, _)| *a)
    }
}

/// The first pass over a worksheet part: its root element, then only what follows the cells
/// (merged ranges and `legacyDrawing` come after `sheetData`), so the cells are parsed once.
pub(crate) fn scan(xml: &[u8]) -> Result<SheetScan, String> {
    let mut out = SheetScan::default();
    let mut r = reader(xml);
    let root_end = loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => {
                let name = local(&e);
                if name != "worksheet" {
                    return Err(format!("root element {name}"));
                }
                out.prefix = prefix_of(&e);
                out.rel_prefix = ns_prefix(&e, REL_NS);
                break r.buffer_position() as usize;
            }
            Event::Eof | Event::Empty(_) => return Err("no worksheet element".into()),
            _ => {}
        }
    };
    let tail = after_sheet_data(xml)
        .filter(|&t| t >= root_end)
        .unwrap_or(root_end);
    let mut r = reader(&xml[tail..]);
    r.config_mut().check_end_names = false;
    r.config_mut().allow_unmatched_ends = true;
    let mut depth = 1usize;
    loop {
        let event = r.read_event().map_err(|e| e.to_string())?;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = local(e);
                if name == "mergeCell"
                    && let Some(range) = attr(e, "ref")
                {
                    let (first, last) = range.split_once(':').unwrap_or((&range, &range));
                    if let (Some(a), Some(b)) = (parse_a1(first), parse_a1(last)) {
                        out.merges.push((a, b));
                    }
                } else if depth == 1 && name == "legacyDrawing" {
                    // The relationships prefix may be declared on the element itself.
                    let key = match ns_prefix(e, REL_NS).or_else(|| out.rel_prefix.clone()) {
                        Some(p) => format!("{p}id"),
                        None => return Err("legacyDrawing without a relationship prefix".into()),
                    };
                    out.legacy_drawing = attr(e, &key);
                }
                if matches!(event, Event::Start(_)) {
                    depth += 1;
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(out)
}

/// Where the part continues after its `sheetData` (`</sheetData>` or `<sheetData/>`), found
/// from the end without parsing the cells; `None` when it cannot be told.
fn after_sheet_data(xml: &[u8]) -> Option<usize> {
    let at = memchr::memmem::rfind(xml, b"sheetData")?;
    let before = xml[..at]
        .iter()
        .rev()
        .find(|b| !b.is_ascii_alphanumeric())?;
    if !matches!(before, b'/' | b'<' | b':') {
        return None;
    }
    let rest = &xml[at + "sheetData".len()..];
    let close = rest.iter().position(|&b| b == b'>')?;
    rest[..close]
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b == b'/')
        .then_some(at + "sheetData".len() + close + 1)
}

/// Copies a worksheet part to `out` with each flagged cell (zero-based (row, column) → worst
/// severity) given its flagged format; missing cells and rows are inserted in order, and a
/// `legacyDrawing` with relationship `new_legacy_drawing` is put at its place in the schema.
/// Returns where in `out` the rows copied unparsed lie (each a whole `<row>` element, in order),
/// which the check of the copy need not read again.
pub(crate) fn patch(
    xml: &[u8],
    scan: &SheetScan,
    flagged: &BTreeMap<(u32, u32), Mark>,
    styles: &mut Styles,
    new_legacy_drawing: Option<&str>,
    out: &mut Vec<u8>,
) -> Result<Vec<(usize, usize)>, String> {
    let mut copied_rows: Vec<(usize, usize)> = Vec::new();
    let p = scan.prefix.as_str();
    let io = |e: std::io::Error| e.to_string();
    let mut pending = flagged.iter().map(|(&k, &v)| (k, v)).peekable();
    let mut r = reader(xml);
    // Where the reader's input starts in `xml`: rows without flagged cells are skipped unparsed,
    // and the reader restarts after them.
    let mut base = 0usize;
    let row_end = format!("</{p}row");
    let mut copied = 0usize;
    let mut depth = 0usize;
    let mut in_sheet_data = false;
    let mut row: Option<u32> = None;
    let mut last_row: Option<u32> = None;
    let mut last_col: Option<u32> = None;
    let mut legacy_done = new_legacy_drawing.is_none();
    let legacy = |rid: &str| match &scan.rel_prefix {
        Some(rp) => format!("<{p}legacyDrawing {rp}id=\"{rid}\"/>"),
        None => format!("<{p}legacyDrawing xmlns:r=\"{REL_NS}\" r:id=\"{rid}\"/>"),
    };
    loop {
        let (event, before, after) = spanned(&mut r)?;
        let (before, after) = (before + base, after + base);
        // What goes before this event, and what replaces it (None: the event as written).
        let mut insert = String::new();
        let mut replace: Option<String> = None;
        // Where to go on after a row with no flagged cell, copied as it is without parsing.
        let mut skip_to: Option<usize> = None;
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local(e);
                if depth == 1 && !legacy_done && AFTER_LEGACY_DRAWING.contains(&name) {
                    insert.push_str(&legacy(new_legacy_drawing.unwrap_or_default()));
                    legacy_done = true;
                }
                if depth == 1 && name == "sheetData" {
                    if empty {
                        let mut rows = String::new();
                        flush_rows(&mut pending, None, p, styles, &mut rows)?;
                        if !rows.is_empty() {
                            replace = Some(format!("<{p}sheetData>{rows}</{p}sheetData>"));
                        }
                    } else {
                        in_sheet_data = true;
                    }
                } else if in_sheet_data && depth == 2 && name == "row" {
                    let r_index = attr(e, "r")
                        .and_then(|v| v.parse::<u32>().ok())
                        .filter(|&n| n >= 1)
                        .map(|n| n - 1)
                        .unwrap_or_else(|| last_row.map_or(0, |l| l + 1));
                    last_row = Some(r_index);
                    last_col = None;
                    flush_rows(&mut pending, Some(r_index), p, styles, &mut insert)?;
                    let has_cells = pending.peek().is_some_and(|((pr, _), _)| *pr == r_index);
                    if has_cells {
                        // Cells are inserted: the optional `spans` hint is dropped.
                        let tag = with_attr(e, false, &[("spans", None)]);
                        if empty {
                            let mut cells = String::new();
                            while let Some(&((pr, pc), s)) = pending.peek()
                                && pr == r_index
                            {
                                cells.push_str(&new_cell(p, styles, (pr, pc), s)?);
                                pending.next();
                            }
                            replace = Some(format!("{tag}{cells}</{p}row>"));
                        } else {
                            replace = Some(tag);
                        }
                    }
                    row = (!empty).then_some(r_index);
                    if !empty && !has_cells {
                        skip_to = row_close(&xml[after..], &row_end).map(|end| after + end);
                    }
                } else if depth == 3
                    && name == "c"
                    && let Some(row_index) = row
                {
                    let col = attr(e, "r")
                        .and_then(|v| parse_a1(&v))
                        .map(|(_, c)| c)
                        .unwrap_or_else(|| last_col.map_or(0, |l| l + 1));
                    last_col = Some(col);
                    while let Some(&((pr, pc), s)) = pending.peek()
                        && pr == row_index
                        && pc < col
                    {
                        insert.push_str(&new_cell(p, styles, (pr, pc), s)?);
                        pending.next();
                    }
                    if let Some(&((pr, pc), s)) = pending.peek()
                        && (pr, pc) == (row_index, col)
                    {
                        let original: usize =
                            attr(e, "s").and_then(|v| v.parse().ok()).unwrap_or(0);
                        let style = styles.flagged(original, s)?.to_string();
                        replace = Some(with_attr(e, empty, &[("s", Some(&style))]));
                        pending.next();
                    }
                }
                if !empty && skip_to.is_none() {
                    depth += 1;
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                let name = e.local_name().as_ref().to_string();
                if depth == 2 && in_sheet_data && name == "row" {
                    if let Some(row_index) = row.take() {
                        while let Some(&((pr, pc), s)) = pending.peek()
                            && pr == row_index
                        {
                            insert.push_str(&new_cell(p, styles, (pr, pc), s)?);
                            pending.next();
                        }
                    }
                } else if depth == 1 && name == "sheetData" {
                    flush_rows(&mut pending, None, p, styles, &mut insert)?;
                    in_sheet_data = false;
                } else if depth == 0 && !legacy_done {
                    insert.push_str(&legacy(new_legacy_drawing.unwrap_or_default()));
                    legacy_done = true;
                }
            }
            _ => {}
        }
        if !insert.is_empty() || replace.is_some() {
            out.write_all(&xml[copied..before]).map_err(io)?;
            out.write_all(insert.as_bytes()).map_err(io)?;
            match replace {
                Some(text) => {
                    out.write_all(text.as_bytes()).map_err(io)?;
                    copied = after;
                }
                None => copied = before,
            }
        }
        if let Some(end) = skip_to {
            // Where the row's bytes land in `out` (copied lazily, from `copied` on).
            let at = out.len() + before - copied;
            copied_rows.push((at, at + end - before));
            // The row is done: back in sheetData, after its end tag.
            row = None;
            base = end;
            r = reader(&xml[end..]);
            r.config_mut().check_end_names = false;
            r.config_mut().allow_unmatched_ends = true;
        }
    }
    out.write_all(&xml[copied..]).map_err(io)?;
    if pending.peek().is_some() {
        return Err("flagged cells outside the sheet's data".into());
    }
    Ok(copied_rows)
}

/// The byte after the end tag (`</row>`, `</x:row >`) that closes a row whose content starts
/// `content`, found without parsing the cells: text and attribute values hold no `<`, so the
/// first `</row` followed by blanks and `>` ends the row. `None` (parse the row) when a CDATA
/// section, which may hold anything, comes first.
fn row_close(content: &[u8], row_end: &str) -> Option<usize> {
    let mut from = 0;
    loop {
        let at = from + memchr::memmem::find(&content[from..], row_end.as_bytes())?;
        if memchr::memmem::find(&content[..at], b"<![CDATA[").is_some() {
            return None;
        }
        let rest = &content[at + row_end.len()..];
        let blanks = rest.iter().take_while(|b| b.is_ascii_whitespace()).count();
        if rest.get(blanks) == Some(&b'>') {
            return Some(at + row_end.len() + blanks + 1);
        }
        // `</rowx`: another element's name; look further.
        from = at + row_end.len();
    }
}

/// A new empty cell at (row, column) with the default format plus the mark's fill.
fn new_cell(p: &str, styles: &mut Styles, (r, c): (u32, u32), s: Mark) -> Result<String, String> {
    let style = styles.flagged(0, s)?;
    Ok(format!("<{p}c r=\"{}\" s=\"{style}\"/>", a1(r, c)))
}

/// Writes new rows for the pending cells above row `until` (all when `None`).
fn flush_rows<I>(
    pending: &mut std::iter::Peekable<I>,
    until: Option<u32>,
    p: &str,
    styles: &mut Styles,
    out: &mut String,
) -> Result<(), String>
where
    I: Iterator<Item = ((u32, u32), Mark)>,
{
    while let Some(&((r, _), _)) = pending.peek()
        && until.is_none_or(|u| r < u)
    {
        out.push_str(&format!("<{p}row r=\"{}\">", r + 1));
        while let Some(&((pr, pc), s)) = pending.peek()
            && pr == r
        {
            out.push_str(&new_cell(p, styles, (pr, pc), s)?);
            pending.next();
        }
        out.push_str(&format!("</{p}row>"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::Severity;

    const STYLES: &str = r#"<styleSheet><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf fontId="0"/><xf fontId="0" numFmtId="4"/><xf fontId="0" numFmtId="9"/></cellXfs></styleSheet>"#;

    fn run(xml: &str, cells: &[((u32, u32), Severity)], legacy: Option<&str>) -> String {
        let cells: Vec<((u32, u32), Mark)> =
            cells.iter().map(|&(k, s)| (k, Mark::Flagged(s))).collect();
        let cells = cells.as_slice();
        let mut styles = Styles::parse(STYLES.to_string()).unwrap();
        let scan = scan(xml.as_bytes()).unwrap();
        let flagged: BTreeMap<(u32, u32), Mark> =
            cells.iter().map(|&(c, s)| (scan.anchor(c), s)).collect();
        let mut out = Vec::new();
        patch(
            xml.as_bytes(),
            &scan,
            &flagged,
            &mut styles,
            legacy,
            &mut out,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn only_flagged_cells_change_and_missing_cells_and_rows_are_inserted() {
        let xml = r#"<?xml version="1.0"?>
<worksheet xmlns="m" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14ac="a" xmlns:mc="b" mc:Ignorable="x14ac"><sheetData><row r="2" spans="1:3" x14ac:dyDescent="0.25"><c r="A2" s="1" cm="1"><v>5</v></c><c r="C2"><v>7</v></c></row><row r="5"/></sheetData><mergeCells count="1"><mergeCell ref="D7:E9"/></mergeCells><pageMargins left="0.7"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>"#;
        let out = run(
            xml,
            &[
                ((1, 0), Severity::Error),
                ((1, 1), Severity::Warning),
                ((4, 3), Severity::Info),
                ((0, 0), Severity::Info),
                ((7, 4), Severity::Error),
                ((20, 2), Severity::Warning),
            ],
            Some("rId2"),
        );
        // Formats in order of first use: (0, info) 3, (1, error) 4, (0, warning) 5, (0, error) 6.
        // A2 keeps its other attributes; B2 is inserted between A2 and C2; C2 is untouched.
        assert!(out.contains(r#"<row r="2" x14ac:dyDescent="0.25"><c r="A2" s="4" cm="1"><v>5</v></c><c r="B2" s="5"/><c r="C2"><v>7</v></c></row>"#), "{out}");
        // A new row 1 before row 2, an empty row 5 opened, the merged E8 marked on D7, row 21.
        assert!(
            out.contains(r#"<sheetData><row r="1"><c r="A1" s="3"/></row><row r="2""#),
            "{out}"
        );
        assert!(out.contains(r#"<row r="5"><c r="D5" s="3"/></row><row r="7"><c r="D7" s="6"/></row><row r="21"><c r="C21" s="5"/></row></sheetData>"#), "{out}");
        // legacyDrawing after pageMargins, before tableParts; the prolog and namespaces kept.
        assert!(
            out.contains(r#"<pageMargins left="0.7"/><legacyDrawing r:id="rId2"/><tableParts"#),
            "{out}"
        );
        assert!(out.starts_with("<?xml version=\"1.0\"?>\n<worksheet xmlns=\"m\""));
        assert!(out.contains(r#"mc:Ignorable="x14ac""#));
    }

    #[test]
    fn the_scan_reads_what_follows_the_cells() {
        let xml = br#"<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>mergeCell sheetData</t></is></c></row></sheetData><mergeCells><mergeCell ref="B2:C3"/></mergeCells><legacyDrawing r:id="rId4"/></worksheet>"#;
        let scan = scan(xml).unwrap();
        assert_eq!(scan.merges, vec![((1, 1), (2, 2))]);
        assert_eq!(scan.anchor((2, 2)), (1, 1));
        assert_eq!(scan.legacy_drawing.as_deref(), Some("rId4"));
        let empty = scan_of(br#"<worksheet><sheetData /><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>"#);
        assert_eq!(empty.merges.len(), 1);
    }

    fn scan_of(xml: &[u8]) -> SheetScan {
        scan(xml).unwrap()
    }

    #[test]
    fn a_prefixed_sheet_gets_prefixed_elements() {
        let xml = r#"<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>"#;
        let out = run(xml, &[((2, 1), Severity::Error)], Some("rId7"));
        assert_eq!(
            out,
            r#"<x:worksheet xmlns:x="m"><x:sheetData><x:row r="3"><x:c r="B3" s="3"/></x:row></x:sheetData><x:legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId7"/></x:worksheet>"#
        );
    }
}

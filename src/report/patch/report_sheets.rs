//! The Findings and Summary sheets of a patched copy, written straight as SpreadsheetML (inline
//! strings, the formats merged into the copy's stylesheet, a table, notes) by `annotated`'s one writer.

use super::notes::{NewNote, VmlIds};
use super::package::{
    COMMENTS_REL, COMMENTS_TYPE, Package, TABLE_REL, TABLE_TYPE, VML_REL, WORKSHEET_TYPE, add_rels,
};
use super::styles::Styles;
use super::xml::{attr, attr_text, esc_into, local, reader, relative, rels_path, spanned};
use crate::findings::Severity;
use crate::model::{a1, push_a1};
use crate::report::annotated::Mark;
use crate::report::sink::{Sink, Style, XlsxError};
use quick_xml::events::Event;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;

/// A part the patch adds to the package.
pub(crate) struct NewPart {
    pub(crate) name: String,
    pub(crate) bytes: Vec<u8>,
    /// Its content type override, when it needs one (VML parts go by extension).
    pub(crate) content_type: Option<&'static str>,
    /// Written whole by `XmlSheet` (a report sheet or its table: literal markup, every text
    /// through `esc`), so well-formed by construction and not parsed again before the copy is
    /// renamed into place (tests/patch.rs parses them).
    pub(crate) by_construction: bool,
}

/// The report sheets moved into the package: their parts and the sheet parts in order.
pub(crate) struct Moved {
    pub(crate) parts: Vec<NewPart>,
    pub(crate) sheets: Vec<String>,
    /// Whether a VML drawing was added.
    pub(crate) vml: bool,
}

/// The format of a cell of a report sheet: one of the report's styles, or a link's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum CellStyle {
    Style(Style),
    Link,
}

/// A value of a report sheet's cell.
enum CellValue {
    Text(String),
    Number(f64),
}

/// A report sheet as `annotated` writes it, held until it is rendered as a worksheet part.
#[derive(Default)]
pub(crate) struct XmlSheet {
    /// Cells by row and column, each with its format (a later write replaces an earlier one).
    rows: BTreeMap<u32, BTreeMap<u16, (CellValue, CellStyle)>>,
    /// Internal links: cell, location, text.
    links: Vec<(u32, u16, String, String)>,
    widths: BTreeMap<u16, f64>,
    heights: BTreeMap<u32, f64>,
    notes: Vec<NewNote>,
    /// The table: last row, last column, name, headers.
    table: Option<(u32, u16, String, Vec<String>)>,
    freeze: Option<(u32, u16)>,
}

impl XmlSheet {
    fn put(&mut self, row: u32, col: u16, value: CellValue, style: CellStyle) {
        self.rows
            .entry(row)
            .or_default()
            .insert(col, (value, style));
    }
}

impl Sink for XmlSheet {
    fn text(&mut self, row: u32, col: u16, text: &str, style: Style) -> Result<(), XlsxError> {
        self.put(
            row,
            col,
            CellValue::Text(text.to_string()),
            CellStyle::Style(style),
        );
        Ok(())
    }

    fn number(&mut self, row: u32, col: u16, n: f64, style: Style) -> Result<(), XlsxError> {
        if n.is_finite() {
            self.put(row, col, CellValue::Number(n), CellStyle::Style(style));
        }
        Ok(())
    }

    fn link(&mut self, row: u32, col: u16, location: &str, text: &str) -> Result<(), XlsxError> {
        self.put(row, col, CellValue::Text(text.to_string()), CellStyle::Link);
        self.links
            .push((row, col, location.to_string(), text.to_string()));
        Ok(())
    }

    fn column_width(&mut self, col: u16, width: f64) -> Result<(), XlsxError> {
        self.widths.insert(col, width);
        Ok(())
    }

    fn row_height(&mut self, row: u32, height: f64) -> Result<(), XlsxError> {
        self.heights.insert(row, height);
        Ok(())
    }

    fn note(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        self.notes.push(NewNote {
            row,
            col: u32::from(col),
            text: text.to_string(),
        });
        Ok(())
    }

    fn table(
        &mut self,
        last_row: u32,
        last_col: u16,
        headers: &[&str],
        name: &str,
    ) -> Result<(), XlsxError> {
        for (c, h) in headers.iter().enumerate() {
            self.text(0, c as u16, h, Style::Plain)?;
        }
        self.table = Some((
            last_row,
            last_col,
            name.to_string(),
            headers.iter().map(|h| h.to_string()).collect(),
        ));
        Ok(())
    }

    fn freeze(&mut self, row: u32, col: u16) -> Result<(), XlsxError> {
        self.freeze = Some((row, col));
        Ok(())
    }
}

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const FONT_TAIL: &str = "<name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>";

/// The font, fill, border, number format and attributes of a report cell format, as
/// rust_xlsxwriter writes the same format for the rebuilt copy.
fn format_parts(style: CellStyle) -> (String, Option<u32>, String, Option<&'static str>, String) {
    let font = |bold: bool, black: bool| {
        format!(
            "<font>{}<sz val=\"11\"/>{}{FONT_TAIL}",
            if bold { "<b/>" } else { "" },
            if black {
                "<color rgb=\"FF000000\"/>"
            } else {
                "<color theme=\"1\"/>"
            }
        )
    };
    const NO_BORDER: &str = "<border><left/><right/><top/><bottom/><diagonal/></border>";
    const HEADER_BORDER: &str = "<border><left/><right/><top/><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border>";
    const FLAGGED_BORDER: &str = "<border><left style=\"thin\"><color rgb=\"FF808080\"/></left><right style=\"thin\"><color rgb=\"FF808080\"/></right><top style=\"thin\"><color rgb=\"FF808080\"/></top><bottom style=\"thin\"><color rgb=\"FF808080\"/></bottom><diagonal/></border>";
    let severity_rgb = |s: Severity| Mark::Flagged(s).rgb();
    // (font, fill, border, number format, xf attributes and children)
    match style {
        CellStyle::Link => (
            "<font><u/><sz val=\"11\"/><color theme=\"10\"/><name val=\"Calibri\"/><family val=\"2\"/></font>".into(),
            None,
            NO_BORDER.into(),
            None,
            " applyFont=\"1\"/>".into(),
        ),
        CellStyle::Style(style) => match style {
            Style::Plain => (font(false, false), None, NO_BORDER.into(), None, "/>".into()),
            Style::Number(shape) => (
                font(false, false),
                None,
                NO_BORDER.into(),
                shape.num_format(),
                " applyNumberFormat=\"1\"/>".into(),
            ),
            Style::Severity(s) => (
                font(false, true),
                Some(severity_rgb(s)),
                NO_BORDER.into(),
                None,
                " applyFont=\"1\" applyFill=\"1\"/>".into(),
            ),
            Style::Count(s) => (
                font(false, false),
                Some(severity_rgb(s)),
                NO_BORDER.into(),
                None,
                " applyFill=\"1\"/>".into(),
            ),
            Style::Header => (
                font(true, false),
                Some(crate::report::annotated::WAIVED_FILL),
                HEADER_BORDER.into(),
                None,
                " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>".into(),
            ),
            Style::Flagged(m) => (
                font(false, true),
                Some(m.rgb()),
                FLAGGED_BORDER.into(),
                None,
                " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\"/>".into(),
            ),
            Style::FlaggedHeader(m) => (
                font(true, true),
                Some(m.rgb()),
                FLAGGED_BORDER.into(),
                None,
                " applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf>".into(),
            ),
            Style::Bold => (
                font(true, false),
                None,
                NO_BORDER.into(),
                None,
                " applyFont=\"1\"/>".into(),
            ),
        },
    }
}

/// A stylesheet holding just these formats (in this order), for `Styles::merge`.
fn stylesheet(styles: &[CellStyle]) -> String {
    let (mut num_fmts, mut fonts, mut fills, mut borders, mut xfs) = (
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    );
    let mut codes: Vec<&str> = Vec::new();
    let mut fill_count = 2;
    for (i, style) in styles.iter().enumerate() {
        let (font, fill, border, code, tail) = format_parts(*style);
        fonts.push_str(&font);
        borders.push_str(&border);
        let fill_id = match fill {
            Some(rgb) => {
                let _ = write!(
                    fills,
                    "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF{rgb:06X}\"/><bgColor indexed=\"64\"/></patternFill></fill>"
                );
                fill_count += 1;
                fill_count - 1
            }
            None => 0,
        };
        let num_fmt = match code {
            Some(code) => {
                let k = codes.iter().position(|c| *c == code).unwrap_or_else(|| {
                    codes.push(code);
                    let _ = write!(
                        num_fmts,
                        "<numFmt numFmtId=\"{}\" formatCode=\"{}\"/>",
                        164 + codes.len() - 1,
                        esc_attr(code)
                    );
                    codes.len() - 1
                });
                164 + k
            }
            None => 0,
        };
        let _ = write!(
            xfs,
            "<xf numFmtId=\"{num_fmt}\" fontId=\"{i}\" fillId=\"{fill_id}\" borderId=\"{i}\" xfId=\"0\"{tail}"
        );
    }
    format!(
        "<styleSheet xmlns=\"{MAIN_NS}\"><numFmts count=\"{}\">{num_fmts}</numFmts><fonts count=\"{}\">{fonts}</fonts><fills count=\"{fill_count}\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>{fills}</fills><borders count=\"{}\">{borders}</borders><cellXfs count=\"{}\">{xfs}</cellXfs></styleSheet>",
        codes.len(),
        styles.len(),
        styles.len(),
        styles.len()
    )
}

fn esc_attr(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    esc_into(&mut out, text);
    out
}

/// Excel's stored column width for a width in characters, as rust_xlsxwriter stores it
/// (Calibri 11: 7 pixels a digit and 5 of padding, in 1/256ths of a digit).
fn stored_width(chars: f64) -> f64 {
    let pixels = if chars < 1.0 {
        (chars * 12.0).round() as u32
    } else {
        (chars * 7.0).round() as u32 + 5
    };
    f64::from(pixels * 256 / 7) / 256.0
}

/// The rendering of one report sheet: the worksheet part and its table and notes.
struct Rendered {
    xml: String,
    /// The table part's markup without its id and name: (ref, columns, name).
    table: Option<(String, Vec<String>, String)>,
    notes: Vec<NewNote>,
}

impl XmlSheet {
    /// The formats this sheet's cells use.
    fn styles(&self, into: &mut BTreeSet<CellStyle>) {
        for cells in self.rows.values() {
            for (_, style) in cells.values() {
                if *style != CellStyle::Style(Style::Plain) {
                    into.insert(*style);
                }
            }
        }
    }

    /// The worksheet part, with `xf` the copy's format of each cell style, `legacy` the
    /// relationship of its notes' drawing and `table_rel` that of its table.
    fn render(
        self,
        xf: &BTreeMap<CellStyle, usize>,
        legacy: Option<&str>,
        table_rel: Option<&str>,
    ) -> Rendered {
        let mut out = String::with_capacity(64 * 1024);
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"{MAIN_NS}\" xmlns:r=\"{REL_NS}\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        );
        let last_row = self.rows.keys().next_back().copied().unwrap_or(0);
        let first_row = self.rows.keys().next().copied().unwrap_or(0);
        let (first_col, last_col) = self
            .rows
            .values()
            .flat_map(|cells| cells.keys().copied())
            .fold(None, |acc: Option<(u16, u16)>, c| {
                Some(acc.map_or((c, c), |(a, b)| (a.min(c), b.max(c))))
            })
            .unwrap_or((0, 0));
        if self.rows.is_empty() {
            out.push_str("<dimension ref=\"A1\"/>");
        } else {
            let _ = write!(
                out,
                "<dimension ref=\"{}:{}\"/>",
                a1(first_row, u32::from(first_col)),
                a1(last_row, u32::from(last_col))
            );
        }
        out.push_str("<sheetViews><sheetView workbookViewId=\"0\">");
        match self.freeze {
            Some((0, 0)) | None => {}
            Some((r, 0)) => {
                let _ = write!(
                    out,
                    "<pane ySplit=\"{r}\" topLeftCell=\"{}\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>",
                    a1(r, 0)
                );
            }
            Some((0, c)) => {
                let _ = write!(
                    out,
                    "<pane xSplit=\"{c}\" topLeftCell=\"{}\" activePane=\"topRight\" state=\"frozen\"/><selection pane=\"topRight\"/>",
                    a1(0, u32::from(c))
                );
            }
            Some((r, c)) => {
                let _ = write!(
                    out,
                    "<pane xSplit=\"{c}\" ySplit=\"{r}\" topLeftCell=\"{}\" activePane=\"bottomRight\" state=\"frozen\"/><selection pane=\"topRight\" activeCell=\"{}\" sqref=\"{}\"/><selection pane=\"bottomLeft\" activeCell=\"{}\" sqref=\"{}\"/><selection pane=\"bottomRight\"/>",
                    a1(r, u32::from(c)),
                    a1(0, u32::from(c)),
                    a1(0, u32::from(c)),
                    a1(r, 0),
                    a1(r, 0)
                );
            }
        }
        out.push_str("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
        if !self.widths.is_empty() {
            out.push_str("<cols>");
            for (&col, &width) in &self.widths {
                let _ = write!(
                    out,
                    "<col min=\"{n}\" max=\"{n}\" width=\"{}\" customWidth=\"1\"/>",
                    stored_width(width),
                    n = col + 1
                );
            }
            out.push_str("</cols>");
        }
        out.push_str("<sheetData>");
        let mut row_numbers: BTreeSet<u32> = self.rows.keys().copied().collect();
        row_numbers.extend(self.heights.keys().copied());
        let empty = BTreeMap::new();
        for r in row_numbers {
            let _ = write!(out, "<row r=\"{}\"", r + 1);
            if let Some(h) = self.heights.get(&r) {
                let _ = write!(
                    out,
                    " ht=\"{}\" customHeight=\"1\"",
                    (h * 4.0 / 3.0).round() * 0.75
                );
            }
            out.push('>');
            for (&c, (value, style)) in self.rows.get(&r).unwrap_or(&empty) {
                out.push_str("<c r=\"");
                push_a1(&mut out, r, u32::from(c));
                out.push('"');
                if let Some(s) = xf.get(style) {
                    let _ = write!(out, " s=\"{s}\"");
                }
                match value {
                    CellValue::Number(n) => {
                        let _ = write!(out, "><v>{n}</v></c>");
                    }
                    CellValue::Text(t) => {
                        let keep =
                            t.starts_with(char::is_whitespace) || t.ends_with(char::is_whitespace);
                        out.push_str(" t=\"inlineStr\"><is><t");
                        if keep {
                            out.push_str(" xml:space=\"preserve\"");
                        }
                        out.push('>');
                        esc_into(&mut out, t);
                        out.push_str("</t></is></c>");
                    }
                }
            }
            out.push_str("</row>");
        }
        out.push_str("</sheetData>");
        if !self.links.is_empty() {
            out.push_str("<hyperlinks>");
            for (r, c, location, text) in &self.links {
                out.push_str("<hyperlink ref=\"");
                push_a1(&mut out, *r, u32::from(*c));
                out.push_str("\" location=\"");
                esc_into(&mut out, location);
                out.push_str("\" display=\"");
                esc_into(&mut out, text);
                out.push_str("\"/>");
            }
            out.push_str("</hyperlinks>");
        }
        out.push_str("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><pageSetup fitToHeight=\"0\" orientation=\"landscape\"/>");
        if let Some(rid) = legacy {
            let _ = write!(out, "<legacyDrawing r:id=\"{rid}\"/>");
        }
        if let Some(rid) = table_rel {
            let _ = write!(
                out,
                "<tableParts count=\"1\"><tablePart r:id=\"{rid}\"/></tableParts>"
            );
        }
        out.push_str("</worksheet>");
        let table = self.table.map(|(last_row, last_col, name, headers)| {
            (
                format!("A1:{}", a1(last_row, u32::from(last_col))),
                headers,
                name,
            )
        });
        Rendered {
            xml: out,
            table,
            notes: self.notes,
        }
    }
}

/// Moves the report sheets (in order) into the package: new part names, formats merged into
/// `styles`, a table id and name no table or defined name of the package uses, notes in a new
/// comments part and VML drawing whose shape ids collide with none of the package's.
pub(crate) fn move_in(
    sheets: Vec<XmlSheet>,
    pkg: &mut Package,
    styles: &mut Styles,
    vml_ids: &mut VmlIds,
    used_table_ids: &mut HashSet<u32>,
    used_table_names: &mut HashSet<String>,
) -> Result<Moved, String> {
    let mut used: BTreeSet<CellStyle> = BTreeSet::new();
    for sheet in &sheets {
        sheet.styles(&mut used);
    }
    let used: Vec<CellStyle> = used.into_iter().collect();
    let xf: BTreeMap<CellStyle, usize> = if used.is_empty() {
        BTreeMap::new()
    } else {
        let map = styles.merge(&stylesheet(&used))?;
        used.iter().copied().zip(map).collect()
    };
    let mut moved = Moved {
        parts: Vec::new(),
        sheets: Vec::new(),
        vml: false,
    };
    for sheet in sheets {
        let name = pkg.fresh(|n| format!("xl/worksheets/sheet{n}.xml"));
        let (table_rel, legacy) = (
            sheet.table.is_some().then_some("rId1"),
            (!sheet.notes.is_empty()).then(|| {
                if sheet.table.is_some() {
                    "rId3"
                } else {
                    "rId2"
                }
            }),
        );
        let rendered = sheet.render(&xf, legacy, table_rel);
        let mut new_rels: Vec<(String, &'static str, String)> = Vec::new();
        if let Some((range, headers, base)) = rendered.table {
            let id = (1..).find(|i| used_table_ids.insert(*i)).unwrap_or(1);
            let mut table_name = base.clone();
            let mut n = 2;
            while !used_table_names.insert(table_name.to_lowercase()) {
                table_name = format!("{base}_{n}");
                n += 1;
            }
            let mut xml = format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<table xmlns=\"{MAIN_NS}\" id=\"{id}\" name=\"{n}\" displayName=\"{n}\" ref=\"{range}\" totalsRowShown=\"0\"><autoFilter ref=\"{range}\"/><tableColumns count=\"{}\">",
                headers.len(),
                n = esc_attr(&table_name)
            );
            for (i, h) in headers.iter().enumerate() {
                let _ = write!(
                    xml,
                    "<tableColumn id=\"{}\" name=\"{}\"/>",
                    i + 1,
                    esc_attr(h)
                );
            }
            xml.push_str("</tableColumns><tableStyleInfo name=\"TableStyleLight9\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>");
            let part = pkg.fresh(|n| format!("xl/tables/table{n}.xml"));
            new_rels.push(("rId1".into(), TABLE_REL, relative("xl/worksheets", &part)));
            moved.parts.push(NewPart {
                name: part,
                bytes: xml.into_bytes(),
                content_type: Some(TABLE_TYPE),
                by_construction: true,
            });
        }
        if let Some(vml_rel) = legacy {
            let (comments, fresh) = super::notes::comments(None, &rendered.notes)?;
            let vml = super::notes::vml(None, &rendered.notes, &fresh, vml_ids)?;
            let comments_part = pkg.fresh(|n| format!("xl/comments{n}.xml"));
            let vml_part = pkg.fresh(|n| format!("xl/drawings/vmlDrawing{n}.vml"));
            new_rels.push((
                if table_rel.is_some() { "rId2" } else { "rId1" }.into(),
                COMMENTS_REL,
                relative("xl/worksheets", &comments_part),
            ));
            new_rels.push((
                vml_rel.into(),
                VML_REL,
                relative("xl/worksheets", &vml_part),
            ));
            moved.parts.push(NewPart {
                name: comments_part,
                bytes: comments.into_bytes(),
                content_type: Some(COMMENTS_TYPE),
                by_construction: false,
            });
            moved.parts.push(NewPart {
                name: vml_part,
                bytes: vml.into_bytes(),
                content_type: None,
                by_construction: false,
            });
            moved.vml = true;
        }
        if !new_rels.is_empty() {
            moved.parts.push(NewPart {
                name: rels_path(&name),
                bytes: add_rels(None, &new_rels)?.into_bytes(),
                content_type: None,
                by_construction: false,
            });
        }
        moved.parts.push(NewPart {
            name: name.clone(),
            bytes: rendered.xml.into_bytes(),
            content_type: Some(WORKSHEET_TYPE),
            by_construction: true,
        });
        moved.sheets.push(name);
    }
    Ok(moved)
}

/// The ids and names (lower case) of the package's tables, and its defined names.
pub(crate) fn used_table_ids_and_names(
    pkg: &mut Package,
    book_xml: &str,
) -> Result<(HashSet<u32>, HashSet<String>), String> {
    let mut ids = HashSet::new();
    let mut names = HashSet::new();
    let tables: Vec<String> = pkg
        .names
        .iter()
        .filter(|n| n.to_lowercase().contains("tables/") && n.to_lowercase().ends_with(".xml"))
        .cloned()
        .collect();
    for t in tables {
        let Some(bytes) = pkg.bytes(&t)? else {
            continue;
        };
        let mut r = reader(&bytes);
        loop {
            match r.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) => {
                    if local(&e) == "table" {
                        if let Some(id) = attr(&e, "id").and_then(|v| v.parse().ok()) {
                            ids.insert(id);
                        }
                        for key in ["name", "displayName"] {
                            if let Some(n) = attr_text(&e, key) {
                                names.insert(n.to_lowercase());
                            }
                        }
                    }
                    break;
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    let mut r = reader(book_xml.as_bytes());
    loop {
        match r.read_event().map_err(|e| e.to_string())? {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if local(&e) == "definedName" => {
                if let Some(n) = attr_text(&e, "name") {
                    names.insert(n.to_lowercase());
                }
            }
            _ => {}
        }
    }
    Ok((ids, names))
}

/// The workbook part with print titles for the named sheets (their first row repeated on every
/// printed page): a `_xlnm.Print_Titles` defined name each, scoped to the sheet's position among
/// the workbook's sheets. The part comes back as it was when its shape is not the usual one.
pub(crate) fn with_print_titles(book_xml: &str, sheets: &[&str]) -> String {
    let mut r = reader(book_xml.as_bytes());
    let mut names: Vec<String> = Vec::new();
    let mut prefix = String::new();
    // Where the defined names go: before `</definedNames>`, or after the elements that precede
    // them (`</sheets>`, `</externalReferences>`) in a new `definedNames`.
    let (mut inside, mut after) = (None, None);
    loop {
        let Ok((event, before, end)) = spanned(&mut r) else {
            return book_xml.to_string();
        };
        match &event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if local(e) == "sheet" => {
                names.push(attr_text(e, "name").unwrap_or_default());
            }
            Event::End(e) => match e.local_name().as_ref() {
                "sheets" | "externalReferences" => {
                    let name = e.name().into_inner().to_string();
                    prefix = name.split_once(':').map_or("", |(p, _)| p).to_string();
                    if !prefix.is_empty() {
                        prefix.push(':');
                    }
                    after = Some(end);
                }
                "definedNames" => inside = Some(before),
                _ => {}
            },
            _ => {}
        }
    }
    let titles: String = sheets
        .iter()
        .filter_map(|sheet| {
            let i = names.iter().position(|n| n == sheet)?;
            Some(format!(
                "<{prefix}definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">{}!$1:$1</{prefix}definedName>",
                quick_xml::escape::partial_escape(super::super::annotated::quote_sheet(sheet))
            ))
        })
        .collect();
    match (inside, after) {
        (Some(at), _) => format!("{}{titles}{}", &book_xml[..at], &book_xml[at..]),
        (None, Some(at)) => format!(
            "{}<{prefix}definedNames>{titles}</{prefix}definedNames>{}",
            &book_xml[..at],
            &book_xml[at..]
        ),
        (None, None) => book_xml.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_titles_join_the_defined_names_or_come_after_the_sheets() {
        let plain = r#"<workbook><sheets><sheet name="Staff"/><sheet name="Befunde"/></sheets><calcPr/></workbook>"#;
        assert_eq!(
            with_print_titles(plain, &["Befunde"]),
            r#"<workbook><sheets><sheet name="Staff"/><sheet name="Befunde"/></sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">'Befunde'!$1:$1</definedName></definedNames><calcPr/></workbook>"#
        );
        let named = r#"<x:workbook><x:sheets><x:sheet name="A"/><x:sheet name="B&amp;C"/></x:sheets><x:definedNames><x:definedName name="n">A!$A$1</x:definedName></x:definedNames></x:workbook>"#;
        let out = with_print_titles(named, &["B&C"]);
        assert!(
            out.contains(r#"<x:definedName name="n">A!$A$1</x:definedName><x:definedName name="_xlnm.Print_Titles" localSheetId="1">'B&amp;C'!$1:$1</x:definedName></x:definedNames>"#),
            "{out}"
        );
    }
}

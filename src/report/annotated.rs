//! The annotated copy `NAME.checked.xlsx`: every original sheet with its values and formulas,
//! each flagged cell filled by severity with a note, plus a Findings table and a Summary sheet.

use super::sink::{Sink, Style};
use super::table::{self, SheetWriter};
use crate::contract::Lang;
use crate::findings::{self, Finding, Severity};
use crate::i18n::outputs::{Label, label};
use crate::model::{RawCell, RawSheet, RawValue, Reading, Workbook, a1, key};
use crate::rules::{Rule, UnitFigures};
use rust_xlsxwriter::{Color, Format, FormatBorder, Formula, Note, Worksheet, XlsxError};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// Fill of a cell with an error-level finding (light red; black text stays readable).
pub const ERROR_FILL: u32 = 0xFFC7CE;
/// Fill of a cell with a warning (light amber).
pub const WARNING_FILL: u32 = 0xFFE699;
/// Fill of a cell with an info (light blue).
pub const INFO_FILL: u32 = 0xBDD7EE;
/// Fill of a cell whose every finding a waiver accepts (light grey).
pub(crate) const WAIVED_FILL: u32 = 0xD9D9D9;

/// Excel's limit on a sheet name's length.
const MAX_SHEET_NAME: usize = 31;
/// Excel's limit on a cell's text, in UTF-16 code units.
const MAX_CELL_TEXT: usize = 32_767;
/// rust_xlsxwriter's limit on a note's text (Excel's cell limit less room for an author prefix).
const MAX_NOTE_TEXT: usize = 32_767 - 54;
/// Excel keeps at most 65,530 hyperlinks per sheet; beyond this the cell reference is plain text.
const MAX_LINKS: usize = 65_000;
/// Widest column the copy sets, in character widths.
const MAX_WIDTH: usize = 60;

/// The fill colour of a severity.
pub fn fill(severity: Severity) -> Color {
    Color::RGB(Mark::Flagged(severity).rgb())
}

/// How a flagged cell is filled: by the worst severity among its findings that count, or grey
/// when a waiver that still holds accepts every finding on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Mark {
    /// Every finding on the cell is waived (grey).
    Waived,
    /// The worst severity among the cell's findings that count.
    Flagged(Severity),
}

impl Mark {
    /// The mark of one finding: its severity, or `Waived` while a waiver accepts it.
    pub fn of(finding: &Finding) -> Mark {
        if finding.counts() {
            Mark::Flagged(finding.severity)
        } else {
            Mark::Waived
        }
    }

    /// The mark of a cell with these findings (a counting finding outranks a waived one).
    pub fn worst<'a>(findings: impl IntoIterator<Item = &'a Finding>) -> Option<Mark> {
        findings.into_iter().map(Mark::of).max()
    }

    /// The fill colour as `0xRRGGBB`.
    pub fn rgb(self) -> u32 {
        match self {
            Mark::Waived => WAIVED_FILL,
            Mark::Flagged(Severity::Error) => ERROR_FILL,
            Mark::Flagged(Severity::Warning) => WARNING_FILL,
            Mark::Flagged(Severity::Info) => INFO_FILL,
        }
    }
}

/// Cuts a text to what Excel accepts in a cell: 32,767 UTF-16 code units.
pub(crate) fn fit(text: &str) -> std::borrow::Cow<'_, str> {
    fit_to(text, MAX_CELL_TEXT)
}

/// `fit_to` for a text the caller owns: handed back as it is when it fits (no copy).
fn fit_owned(text: String, max: usize) -> String {
    if let std::borrow::Cow::Owned(cut) = fit_to(&text, max) {
        return cut;
    }
    text
}

/// Cuts a text to at most `max` UTF-16 code units, ending it with `…` when cut.
pub(crate) fn fit_to(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    // A char is at most 2 UTF-16 units, so short texts need no count.
    if text.len() <= max || text.encode_utf16().count() <= max {
        return text.into();
    }
    let mut cut = String::new();
    let mut units = 0;
    for c in text.chars() {
        units += c.len_utf16();
        if units > max - 1 {
            break;
        }
        cut.push(c);
    }
    cut.push('…');
    cut.into()
}

/// A sheet reference for a formula or internal link: always quoted, apostrophes doubled.
pub(crate) fn quote_sheet(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

/// A cell's place in the workbook, the target of an internal link, e.g. `'Staff'!C7`.
pub(crate) fn cell_location(sheet: &str, row: u32, col: u32) -> String {
    format!("{}!{}", quote_sheet(sheet), a1(row, col))
}

/// Makes a text a valid sheet name: no `[]:*?/\`, no apostrophe at either end, at most 31
/// characters, not empty.
pub(crate) fn clean_sheet_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_matches('\'').trim();
    let cut: String = cleaned.chars().take(MAX_SHEET_NAME).collect();
    let cut = cut.trim().trim_end_matches('\'').to_string();
    if cut.is_empty() { "Sheet".into() } else { cut }
}

/// Sheet names already given in one output workbook (Excel compares them case-insensitively).
#[derive(Default)]
pub(crate) struct SheetNames {
    used: HashSet<String>,
}

impl SheetNames {
    /// Returns `wanted` (cleaned) if free, else `wanted (2)`, `wanted (3)`... and reserves it.
    pub(crate) fn claim(&mut self, wanted: &str) -> String {
        let base = clean_sheet_name(wanted);
        let mut candidate = base.clone();
        let mut n = 2;
        while self.used.contains(&candidate.to_lowercase()) {
            let suffix = format!(" ({n})");
            let room = MAX_SHEET_NAME - suffix.chars().count();
            let stem: String = base.chars().take(room).collect();
            candidate = format!("{}{suffix}", stem.trim_end());
            n += 1;
        }
        self.used.insert(candidate.to_lowercase());
        candidate
    }

    /// Claims `wanted`, or `alternative` if `wanted` is taken (then numbered if needed).
    pub(crate) fn claim_or(&mut self, wanted: &str, alternative: &str) -> String {
        if self.used.contains(&clean_sheet_name(wanted).to_lowercase()) {
            self.claim(alternative)
        } else {
            self.claim(wanted)
        }
    }
}

/// Tracks the widest content of each column (indexed by column) and sets the widths at the end.
#[derive(Default)]
pub(crate) struct Widths(Vec<Option<usize>>);

impl Widths {
    pub(crate) fn see(&mut self, col: u16, chars: usize) {
        let col = usize::from(col);
        if col >= self.0.len() {
            self.0.resize(col + 1, None);
        }
        self.0[col] = Some(self.0[col].map_or(chars, |w| w.max(chars)));
    }

    pub(crate) fn see_text(&mut self, col: u16, text: &str) {
        // Columns stop growing at MAX_WIDTH, so longer lines need not be counted exactly.
        let longest = if text.len() <= MAX_WIDTH && !text.contains('\n') {
            text.chars().count()
        } else {
            text.lines()
                .map(|l| l.chars().take(MAX_WIDTH).count())
                .max()
                .unwrap_or(0)
        };
        self.see(col, longest);
    }

    pub(crate) fn apply<S: Sink + ?Sized>(&self, sheet: &mut S) -> Result<(), XlsxError> {
        for (col, chars) in self.0.iter().enumerate() {
            let Some(chars) = *chars else { continue };
            let width = (chars + 2).clamp(9, MAX_WIDTH);
            sheet.column_width(col as u16, width as f64)?;
        }
        Ok(())
    }
}

/// A number written for display: integers without decimals, others as Rust prints them.
fn number_text(x: f64) -> String {
    format!("{x}")
}

/// The characters a finite number takes as `number_text` writes it, capped at 14 (a column
/// need not be wider for a number): counted from the digits, without formatting the number.
fn number_width(x: f64) -> usize {
    const CAP: usize = 14;
    let sign = usize::from(x < 0.0);
    let a = x.abs();
    if a >= 1e14 || (a != 0.0 && a < 1e-4) {
        return CAP;
    }
    let digits = |n: u64| n.checked_ilog10().map_or(1, |d| d as usize + 1);
    if a.fract() == 0.0 {
        return (sign + digits(a as u64)).min(CAP);
    }
    // Up to six decimals counted exactly; anything longer fills the cap anyway.
    let mut scaled = a;
    for decimals in 1..=6 {
        scaled *= 10.0;
        if (scaled - scaled.round()).abs() < 1e-9 * scaled.max(1.0) {
            return (sign + digits(a as u64) + 1 + decimals).min(CAP);
        }
    }
    CAP
}

/// The number format of a date-time cell.
fn date_format(serial: f64, is_duration: bool) -> &'static str {
    if is_duration {
        "[h]:mm:ss"
    } else if serial.fract() == 0.0 {
        "yyyy-mm-dd"
    } else if serial < 1.0 {
        "hh:mm:ss"
    } else {
        "yyyy-mm-dd hh:mm"
    }
}

/// A formula as the copy can keep it: without `=`, and only in Excel syntax (OpenDocument
/// formulas such as `of:=[.A1]+1` are dropped and their cached value written instead).
fn usable_formula(formula: &str) -> Option<&str> {
    let f = formula.trim();
    let f = f.strip_prefix('=').unwrap_or(f).trim();
    if f.is_empty() || f.starts_with("of:") || f.contains("[.") || f.chars().count() > 8000 {
        None
    } else {
        Some(f)
    }
}

/// The note text of a cell: for each finding (worst first) its severity, code and name, what is
/// wrong and what to do, in the reader's language. The one place a finding becomes note text.
pub fn note_text(findings: &[&Finding], lang: Lang) -> String {
    let mut sorted: Vec<&Finding> = findings.to_vec();
    sorted.sort_by(|a, b| {
        (b.severity, a.code(), &a.subject, &a.id).cmp(&(a.severity, b.code(), &b.subject, &b.id))
    });
    sorted.dedup_by(|a, b| a.id == b.id && a.rule == b.rule);
    let parts: Vec<String> = sorted
        .iter()
        .map(|f| {
            let mut part = format!(
                "{} {} ({})\n{}\n{} {}",
                f.severity.label(lang).to_uppercase(),
                f.code(),
                f.rule.title(lang),
                f.message(lang),
                label(lang, Label::WhatToDo),
                f.rule.fix(lang)
            );
            if let Some(w) = &f.waiver {
                part.push('\n');
                part.push_str(&waiver_text(w, lang));
            }
            part
        })
        .collect();
    fit_owned(parts.join("\n\n"), MAX_NOTE_TEXT)
}

/// A finding's waiver in one sentence: accepted until when, by whom and why, or expired.
pub(crate) fn waiver_text(w: &crate::findings::Waived, lang: Lang) -> String {
    let t = crate::i18n::texts(lang);
    if w.expired {
        t.waiver_expired(&w.approved_by, &w.valid_until, &w.reason)
    } else {
        t.waiver_accepted(&w.valid_until, &w.approved_by, &w.reason)
    }
}

/// A note sized for its text.
pub(crate) fn make_note(text: &str) -> Note {
    let lines: usize = text
        .lines()
        .map(|l| l.chars().count().div_ceil(48).max(1))
        .sum();
    let height = (lines as u32 * 12 + 16).clamp(74, 600);
    Note::new(text)
        .set_author("teamlint")
        .add_author_prefix(false)
        .set_width(340)
        .set_height(height)
}

fn flagged_format(base: Format, mark: Option<Mark>) -> Format {
    match mark {
        Some(m) => base
            .set_background_color(Color::RGB(m.rgb()))
            .set_font_color(Color::Black)
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0x808080)),
        None => base,
    }
}

/// The formats of the original cells, made once per (mark, number format).
#[derive(Default)]
struct CellFormats(HashMap<(Option<Mark>, Option<&'static str>), Format>);

impl CellFormats {
    /// The format for a cell, or `None` for an unflagged cell without a number format.
    fn get(&mut self, mark: Option<Mark>, pattern: Option<&'static str>) -> Option<&Format> {
        if mark.is_none() && pattern.is_none() {
            return None;
        }
        Some(self.0.entry((mark, pattern)).or_insert_with(|| {
            let base = match pattern {
                Some(p) => Format::new().set_num_format(p),
                None => Format::new(),
            };
            flagged_format(base, mark)
        }))
    }
}

/// Writes one original cell with its value (and formula), filled when it is flagged.
fn write_cell(
    sheet: &mut Worksheet,
    cell: RawCell,
    mark: Option<Mark>,
    formats: &mut CellFormats,
    widths: &mut Widths,
) -> Result<(), XlsxError> {
    let (row, col) = (cell.row, cell.col as u16);
    let pattern = match &cell.value {
        RawValue::DateTime {
            serial,
            is_duration,
        } => Some(date_format(*serial, *is_duration)),
        _ => None,
    };
    let format = formats.get(mark, pattern);
    if let Some(f) = cell.formula.as_deref().and_then(usable_formula) {
        let result = match &cell.value {
            RawValue::Number(x) if x.is_finite() => number_text(*x),
            RawValue::Number(_) | RawValue::Empty => String::new(),
            RawValue::Text(t) => fit(t).into_owned(),
            RawValue::Bool(b) => (if *b { "TRUE" } else { "FALSE" }).to_string(),
            RawValue::DateTime { serial, .. } => number_text(*serial),
            RawValue::Error(e) => e.clone(),
        };
        widths.see_text(col, &result);
        let formula = Formula::new(f).set_result(result);
        match format {
            Some(format) => sheet.write_formula_with_format(row, col, formula, format)?,
            None => sheet.write_formula(row, col, formula)?,
        };
        return Ok(());
    }
    match (cell.value, format) {
        (RawValue::Number(x), format) if x.is_finite() => {
            widths.see(col, number_width(x));
            match format {
                Some(format) => sheet.write_number_with_format(row, col, x, format)?,
                None => sheet.write_number(row, col, x)?,
            };
        }
        (RawValue::DateTime { serial, .. }, format) => {
            widths.see(col, pattern.map_or(10, str::len));
            match format {
                Some(format) => sheet.write_number_with_format(row, col, serial, format)?,
                None => sheet.write_number(row, col, serial)?,
            };
        }
        (RawValue::Bool(b), format) => {
            widths.see(col, 5);
            match format {
                Some(format) => sheet.write_boolean_with_format(row, col, b, format)?,
                None => sheet.write_boolean(row, col, b)?,
            };
        }
        (RawValue::Empty, format) => {
            if let Some(format) = format {
                sheet.write_blank(row, col, format)?;
            }
        }
        (value, format) => {
            // Text, errors and non-finite numbers are written as text: a value such as
            // "=HYPERLINK(...)" must never become a formula. (Texts move into the copy.)
            let text: String = match value {
                RawValue::Text(t) => fit_owned(t, MAX_CELL_TEXT),
                RawValue::Error(e) => e,
                RawValue::Number(x) => x.to_string(),
                _ => String::new(),
            };
            widths.see_text(col, &text);
            match format {
                Some(format) => sheet.write_string_with_format(row, col, text, format)?,
                None => sheet.write_string(row, col, text)?,
            };
        }
    }
    Ok(())
}

/// Where a finding shows in the copy.
pub(crate) enum Place {
    /// An original cell: output sheet index, row, column.
    Cell(usize, u32, u32),
    /// A Summary row (zero-based).
    Summary(u32),
}

/// Excel's sheet limits: rows 0..1,048,576, columns 0..16,384.
pub(crate) fn in_grid(row: u32, col: u32) -> bool {
    row < 1_048_576 && col < 16_384
}

/// Writes the annotated copy of one workbook to `out` (atomically).
pub fn write(
    out: &Path,
    workbook: Workbook,
    findings: &[Finding],
    units: &[UnitFigures],
    lang: Lang,
) -> anyhow::Result<()> {
    let mut book = build(workbook, findings, units, lang)?;
    crate::paths::write_atomically(out, |tmp| Ok(book.save(tmp)?))
}

/// Builds the annotated copy in memory. It takes the workbook so that its texts move into the
/// copy instead of being copied.
pub fn build(
    mut workbook: Workbook,
    findings: &[Finding],
    units: &[UnitFigures],
    lang: Lang,
) -> anyhow::Result<rust_xlsxwriter::Workbook> {
    let mut names = SheetNames::default();
    let sheet_names: Vec<String> = workbook
        .sheets
        .iter()
        .map(|s| names.claim(&s.name))
        .collect();
    let (findings_name, summary_name) = report_sheet_names(&mut names, lang);
    let raw_names: Vec<String> = workbook.sheets.iter().map(|s| s.name.clone()).collect();
    let placement = Placement::new(&raw_names, units);
    let sorted = sorted_findings(findings);
    let mut on_cells: Vec<BTreeMap<(u32, u32), Vec<&Finding>>> =
        vec![BTreeMap::new(); workbook.sheets.len()];
    for f in &sorted {
        if let Place::Cell(i, r, c) = placement.place(f) {
            on_cells[i].entry((r, c)).or_default().push(f);
        }
    }

    let reading = std::mem::take(&mut workbook.plan.reading);
    let mut book = rust_xlsxwriter::Workbook::new();
    for (i, raw) in workbook.sheets.into_iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(&sheet_names[i])?;
        write_original(sheet, raw, &on_cells[i], lang)?;
    }
    let report_sheets = ReportSheets {
        findings_name: &findings_name,
        summary_name: &summary_name,
        sheet_names: &sheet_names,
        reading: &reading,
    };
    add_report_sheets(
        &mut book,
        &report_sheets,
        &placement,
        &sorted,
        findings,
        units,
        lang,
    )?;
    if !findings.is_empty()
        && let Ok(sheet) = book.worksheet_from_name(&findings_name)
    {
        sheet.set_active(true);
    }
    // A printout repeats the header row of the added sheets on every page.
    for name in [&findings_name, &summary_name] {
        book.worksheet_from_name(name)?.set_repeat_rows(0, 0)?;
    }
    super::print_setup(&mut book);
    Ok(book)
}

/// The names of the Findings and Summary sheets, claimed after the workbook's own sheets (a
/// name the workbook already uses gets the `(teamlint)` form, then a number).
pub(crate) fn report_sheet_names(names: &mut SheetNames, lang: Lang) -> (String, String) {
    let findings_name = names.claim_or(
        label(lang, Label::Findings),
        label(lang, Label::FindingsTeamlint),
    );
    let summary_name = names.claim_or(
        label(lang, Label::Summary),
        label(lang, Label::SummaryTeamlint),
    );
    (findings_name, summary_name)
}

/// Findings worst first, then in reading order (sorted by reference: no finding is copied).
pub(crate) fn sorted_findings(findings: &[Finding]) -> Vec<&Finding> {
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| findings::order(a, b))
    });
    sorted
}

/// Where each finding shows in a copy, the same for the rebuilt and the patched copy: its own
/// cell when its sheet exists and the cell is on Excel's grid, else its unit's Summary row.
pub(crate) struct Placement<'a> {
    /// The workbook's sheet names as read, in order.
    sheet_names: &'a [String],
    /// Summary rows by unit key: header at row 0, one row per unit from row 1.
    unit_rows: HashMap<String, u32>,
}

impl<'a> Placement<'a> {
    /// Placement over the workbook's sheets (names as read, in order) and its units.
    pub(crate) fn new(sheet_names: &'a [String], units: &[UnitFigures]) -> Self {
        let mut unit_rows: HashMap<String, u32> = HashMap::new();
        for (i, u) in units.iter().enumerate() {
            unit_rows
                .entry(key(&u.unit).into_owned())
                .or_insert(i as u32 + 1);
        }
        Placement {
            sheet_names,
            unit_rows,
        }
    }

    fn find_sheet(&self, name: &str) -> Option<usize> {
        self.sheet_names
            .iter()
            .position(|s| *s == name)
            .or_else(|| {
                let k = key(name);
                self.sheet_names.iter().position(|s| key(s) == k)
            })
    }

    /// Where `f` shows: a cell of sheet index `i`, or a Summary row.
    pub(crate) fn place(&self, f: &Finding) -> Place {
        if let Some(loc) = &f.loc
            && let Some(i) = self.find_sheet(&loc.sheet)
            && in_grid(loc.row, loc.col)
        {
            return Place::Cell(i, loc.row, loc.col);
        }
        let row = f
            .unit
            .as_deref()
            .and_then(|u| self.unit_rows.get(key(u).as_ref()).copied())
            .unwrap_or(0);
        Place::Summary(row)
    }
}

/// The names the Findings and Summary sheets link with: the two report sheets' names and the
/// name of each of the workbook's sheets in the copy (by sheet index).
pub(crate) struct ReportSheets<'a> {
    pub(crate) findings_name: &'a str,
    pub(crate) summary_name: &'a str,
    pub(crate) sheet_names: &'a [String],
    /// What the reader left out and chose (the Summary says it).
    pub(crate) reading: &'a Reading,
}

/// Adds the Findings and Summary sheets to `book` (the rebuilt copy); `sorted` is
/// `sorted_findings(findings)`.
pub(crate) fn add_report_sheets(
    book: &mut rust_xlsxwriter::Workbook,
    names: &ReportSheets<'_>,
    placement: &Placement<'_>,
    sorted: &[&Finding],
    findings: &[Finding],
    units: &[UnitFigures],
    lang: Lang,
) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet();
    sheet.set_name(names.findings_name)?;
    findings_sheet(sheet, names, placement, sorted, lang)?;
    let sheet = book.add_worksheet();
    sheet.set_name(names.summary_name)?;
    summary_sheet(sheet, names, placement, sorted, findings, units, lang)
}

/// Writes the Findings sheet into a sink: the one place that decides what it holds, for the
/// rebuilt and the patched copy (`sorted` is `sorted_findings(findings)`).
pub(crate) fn findings_sheet<S: Sink>(
    sheet: &mut S,
    names: &ReportSheets<'_>,
    placement: &Placement<'_>,
    sorted: &[&Finding],
    lang: Lang,
) -> Result<(), XlsxError> {
    let target = |f: &Finding| -> (String, String) {
        match placement.place(f) {
            Place::Cell(i, r, c) => (cell_location(&names.sheet_names[i], r, c), a1(r, c)),
            Place::Summary(r) => (
                cell_location(names.summary_name, r, 0),
                format!("{}!{}", names.summary_name, a1(r, 0)),
            ),
        }
    };
    write_findings_sheet(sheet, sorted, &target, names.findings_name, lang)
}

/// Writes the Summary sheet into a sink: the one place that decides what it holds, for the
/// rebuilt and the patched copy (`sorted` is `sorted_findings(findings)`).
pub(crate) fn summary_sheet<S: Sink>(
    sheet: &mut S,
    names: &ReportSheets<'_>,
    placement: &Placement<'_>,
    sorted: &[&Finding],
    findings: &[Finding],
    units: &[UnitFigures],
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut on_summary: BTreeMap<u32, Vec<&Finding>> = BTreeMap::new();
    for f in sorted {
        if let Place::Summary(r) = placement.place(f) {
            on_summary.entry(r).or_default().push(f);
        }
    }
    write_summary_sheet(sheet, units, findings, &on_summary, names.reading, lang)
}

fn write_original(
    sheet: &mut Worksheet,
    raw: RawSheet,
    flagged: &BTreeMap<(u32, u32), Vec<&Finding>>,
    lang: Lang,
) -> Result<(), XlsxError> {
    let mut widths = Widths::default();
    let mut formats = CellFormats::default();
    // Merged ranges the reader exposes (`.xls`), merged again before the cells are written
    // (a range that overlaps another is left unmerged).
    for &(r1, c1, r2, c2) in &raw.merged {
        if (r1, c1) != (r2, c2) && in_grid(r2, c2) {
            let _ = sheet.merge_range(r1, c1 as u16, r2, c2 as u16, "", &Format::new());
        }
    }
    // The flagged cells that hold a value (the others get a blank, filled cell).
    let mut written: HashSet<(u32, u32)> = HashSet::new();
    for cell in raw.cells {
        if !in_grid(cell.row, cell.col) {
            continue;
        }
        let findings = flagged.get(&(cell.row, cell.col));
        if findings.is_some() && (!matches!(cell.value, RawValue::Empty) || cell.formula.is_some())
        {
            written.insert((cell.row, cell.col));
        }
        let mark = findings.and_then(|fs| Mark::worst(fs.iter().copied()));
        write_cell(sheet, cell, mark, &mut formats, &mut widths)?;
    }
    for (&(row, col), fs) in flagged {
        let mark = Mark::worst(fs.iter().copied());
        if !written.contains(&(row, col)) {
            sheet.write_blank(row, col as u16, &flagged_format(Format::new(), mark))?;
        }
        sheet.insert_note(row, col as u16, &make_note(&note_text(fs, lang)))?;
    }
    widths.apply(sheet)?;
    Ok(())
}

pub(crate) fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_background_color(Color::RGB(0xD9D9D9))
        .set_border_bottom(FormatBorder::Thin)
}

/// The finding columns of a copy's Findings sheet (its workbook is the copy itself).
pub(crate) const FINDINGS_SHEET_COLUMNS: [&str; 8] = [
    "severity", "rule", "title", "unit", "sheet", "cell", "subject", "message",
];

fn write_findings_sheet<S: Sink>(
    sheet: &mut S,
    sorted: &[&Finding],
    target: &dyn Fn(&Finding) -> (String, String),
    table_sheet_name: &str,
    lang: Lang,
) -> Result<(), XlsxError> {
    // With a baseline or waivers, the sheet says which findings are new and which accepted.
    let mut keys: Vec<&str> = FINDINGS_SHEET_COLUMNS.to_vec();
    if sorted.iter().any(|f| f.change.is_some()) {
        keys.push("change");
    }
    if sorted.iter().any(|f| f.waiver.is_some()) {
        keys.extend([
            "waiver",
            "waiver_reason",
            "waiver_approved_by",
            "waiver_valid_until",
        ]);
    }
    keys.push("fix");
    let columns = table::pick_for_sheet(&keys);
    let link_col = keys
        .iter()
        .position(|k| *k == "cell")
        .expect("a cell column") as u16;
    let mut writer = SheetWriter::default();
    for (c, col) in columns.iter().enumerate() {
        writer.widths.see_text(c as u16, col.title(lang));
    }
    for (i, f) in sorted.iter().enumerate() {
        let row = i as u32 + 1;
        writer.row(sheet, row, 0, &columns, *f, lang)?;
        // The cell column links to the flagged cell (or the unit's Summary row).
        let (location, text) = target(f);
        if i < MAX_LINKS {
            sheet.link(row, link_col, &location, &text)?;
        } else {
            sheet.text(row, link_col, &text, Style::Plain)?;
        }
        writer.widths.see_text(link_col, &text);
    }
    if sorted.is_empty() {
        let last = columns.len() as u16 - 1;
        sheet.text(1, last, label(lang, Label::NoFindings), Style::Plain)?;
    }
    let last_row = sorted.len().max(1) as u32;
    let headers: Vec<&str> = columns.iter().map(|c| c.title(lang)).collect();
    let table_name: String = table_sheet_name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    sheet.table(
        last_row,
        columns.len() as u16 - 1,
        &headers,
        &format!("{}_{}", "teamlint", table_name),
    )?;
    sheet.freeze(1, 0)?;
    writer.finish(sheet)?;
    Ok(())
}

/// The unit columns of a copy's Summary sheet.
pub(crate) const SUMMARY_COLUMNS: [&str; 15] = [
    "unit",
    "country",
    "people",
    "fte",
    "active_channels",
    "required_hours",
    "allocated_hours",
    "coverage",
    "currency",
    "staff_cost",
    "budget",
    "budget_gap",
    "errors",
    "warnings",
    "infos",
];

fn write_summary_sheet<S: Sink>(
    sheet: &mut S,
    units: &[UnitFigures],
    findings: &[Finding],
    on_summary: &BTreeMap<u32, Vec<&Finding>>,
    reading: &Reading,
    lang: Lang,
) -> Result<(), XlsxError> {
    let columns = table::pick(table::UNIT_COLUMNS, &SUMMARY_COLUMNS);
    let mut writer = SheetWriter::default();
    writer.header(sheet, 0, 0, &columns, lang, 16)?;
    sheet.row_height(0, 32.0)?;
    let counts = [
        ("errors", Severity::Error),
        ("warnings", Severity::Warning),
        ("infos", Severity::Info),
    ];
    for (i, u) in units.iter().enumerate() {
        let r = i as u32 + 1;
        writer.row(sheet, r, 0, &columns, u, lang)?;
        // The unit's name carries the fill of its findings without a cell; counts above zero
        // carry their severity's fill.
        let worst_here = on_summary
            .get(&r)
            .and_then(|fs| Mark::worst(fs.iter().copied()));
        if let Some(mark) = worst_here {
            sheet.text(r, 0, &fit(&u.unit), Style::Flagged(mark))?;
        }
        for (key, severity) in counts {
            let col = SUMMARY_COLUMNS
                .iter()
                .position(|k| *k == key)
                .expect("count") as u16;
            let n = match severity {
                Severity::Error => u.errors,
                Severity::Warning => u.warnings,
                Severity::Info => u.infos,
            };
            if n > 0 {
                sheet.number(r, col, n as f64, Style::Count(severity))?;
            }
        }
    }
    let header_title = columns[0].title(lang);
    let mut widths = std::mem::take(&mut writer.widths);
    if units.is_empty() {
        sheet.text(1, 0, label(lang, Label::NoUnitsFound), Style::Plain)?;
    }
    // Findings with no cell of their own: a note on the unit's name (or on the header).
    for (&row, fs) in on_summary {
        if row == 0
            && let Some(mark) = Mark::worst(fs.iter().copied())
        {
            sheet.text(0, 0, header_title, Style::FlaggedHeader(mark))?;
        }
        sheet.note(row, 0, &note_text(fs, lang))?;
    }

    // Legend.
    let mut r = units.len().max(1) as u32 + 2;
    sheet.text(r, 0, label(lang, Label::Legend), Style::Bold)?;
    r += 1;
    for s in [Severity::Error, Severity::Warning, Severity::Info] {
        sheet.text(r, 0, s.label(lang), Style::Severity(s))?;
        sheet.text(
            r,
            1,
            label(
                lang,
                match s {
                    Severity::Error => Label::CellWithAnError,
                    Severity::Warning => Label::CellWorstAWarning,
                    Severity::Info => Label::CellWorstAnInfo,
                },
            ),
            Style::Plain,
        )?;
        r += 1;
    }
    sheet.text(r, 0, label(lang, Label::PointAtAColouredCell), Style::Plain)?;
    r += 2;
    let mut codes: BTreeMap<&str, (&Rule, Severity, usize)> = BTreeMap::new();
    for f in findings {
        let e = codes.entry(f.code()).or_insert((f.rule, f.severity, 0));
        e.1 = e.1.max(f.severity);
        e.2 += 1;
    }
    sheet.text(r, 0, label(lang, Label::RulesWithFindingsHere), Style::Bold)?;
    r += 1;
    if codes.is_empty() {
        sheet.text(r, 0, label(lang, Label::None), Style::Plain)?;
    }
    for (code, (rule, severity, count)) in codes {
        sheet.text(r, 0, code, Style::Severity(severity))?;
        let title = rule.title(lang);
        sheet.text(r, 1, title, Style::Plain)?;
        sheet.number(r, 2, count as f64, Style::Plain)?;
        sheet.text(r, 3, rule.summary(lang), Style::Plain)?;
        widths.see_text(1, title);
        r += 1;
    }
    r += 1;
    sheet.text(r, 0, label(lang, Label::HowTheSheetsWereRead), Style::Bold)?;
    for sentence in reading.sentences(lang) {
        r += 1;
        sheet.text(r, 0, &sentence, Style::Plain)?;
    }
    sheet.freeze(1, 1)?;
    widths.apply(sheet)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_is_grey_only_while_every_finding_on_it_is_waived() {
        let target = crate::findings::Target {
            workbook: "plan.xlsx",
            unit: Some("Nord"),
            loc: None,
            subject: "Instagram",
            discriminator: "",
        };
        let finding = |severity, waived: Option<bool>| {
            let mut f = Finding::new(&crate::rules::cost::COST001, target.clone(), Vec::new());
            f.severity = severity;
            f.waiver = waived.map(|expired| {
                Box::new(findings::Waived {
                    reason: "agreed".into(),
                    approved_by: "CFO".into(),
                    valid_until: "2026-12-31".into(),
                    expired,
                })
            });
            f
        };
        let waived_error = finding(Severity::Error, Some(false));
        let info = finding(Severity::Info, None);
        let expired_warning = finding(Severity::Warning, Some(true));
        assert_eq!(Mark::worst([&waived_error]), Some(Mark::Waived));
        assert_eq!(
            Mark::worst([&waived_error, &info]),
            Some(Mark::Flagged(Severity::Info))
        );
        assert_eq!(
            Mark::worst([&expired_warning, &waived_error]),
            Some(Mark::Flagged(Severity::Warning))
        );
        assert_eq!(Mark::worst([]), None);
        assert_eq!(Mark::Waived.rgb(), WAIVED_FILL);
    }

    #[test]
    fn number_width_counts_what_number_text_writes() {
        for x in [
            0.0, 1.0, 7.0, 10.0, 40.0, 99.5, 12.345, 0.125, 0.5, 1000.0, 48.5, -3.0, -0.25,
            123456.75, 38.333333, 1e13, 2.0e-3,
        ] {
            let text = number_text(x);
            assert_eq!(
                number_width(x),
                text.chars().count().min(14),
                "{x} is written {text}"
            );
        }
        // Long or tiny numbers fill the cap.
        assert_eq!(number_width(1.0 / 3.0), 14);
        assert_eq!(number_width(1e20), 14);
        assert_eq!(number_width(1e-7), 14);
    }
}

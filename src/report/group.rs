//! The group report `group-report.xlsx`: every unit of every workbook side by side (with money
//! converted to the group currency), charts, finding counts per unit and rule, the group-level
//! findings and the status of every input; written in one pass over the run's results.

use super::annotated::{Widths, fill, fit, header_format, make_note};
use super::table::{self, SheetWriter};
use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Change, Finding, Severity};
use crate::i18n::outputs::{Label, label};
use crate::model::key;
use crate::part::Want;
use crate::rules::{self, UnitFigures};
use crate::{InputStatus, Report, WorkbookResult};
use rust_xlsxwriter::{
    Chart, ChartSolidFill, ChartType, Color, ConditionalFormat3ColorScale, ConditionalFormatCell,
    ConditionalFormatCellRule, ConditionalFormatFormula, ConditionalFormatType, Format, Worksheet,
    XlsxError,
};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The file name of the group report.
pub(crate) const FILE_NAME: &str = "group-report.xlsx";

/// The sheet names of the group report, in the report's language.
pub(crate) struct SheetTitles {
    /// Units.
    pub units: &'static str,
    /// Charts.
    pub charts: &'static str,
    /// Counts.
    pub counts: &'static str,
    /// Group findings.
    pub group_findings: &'static str,
    /// Inputs.
    pub inputs: &'static str,
    /// Changes against the baseline (only with `--baseline`).
    pub changes: &'static str,
}

impl SheetTitles {
    /// The titles in a language.
    pub fn new(lang: Lang) -> Self {
        SheetTitles {
            units: label(lang, Label::Units),
            charts: label(lang, Label::Charts),
            counts: label(lang, Label::FindingsPerUnit),
            group_findings: label(lang, Label::GroupFindings),
            inputs: label(lang, Label::Inputs),
            changes: label(lang, Label::Changes),
        }
    }
}

/// The unit columns of the Units sheet before the three columns in the group currency.
const UNITS_COLUMNS_BEFORE: [&str; 15] = [
    "unit",
    "country",
    "workbook",
    "employees",
    "org_form",
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
];

// Columns of the Units sheet.
const C_UNIT: u16 = 0;
const C_REQUIRED: u16 = 8;
const C_ALLOCATED: u16 = 9;
const C_COVERAGE: u16 = 10;
const C_COST_GROUP: u16 = 15;
const C_BUDGET_GROUP: u16 = 16;
const C_GAP_GROUP: u16 = 17;
const C_ERRORS: u16 = 18;
const LAST_COL: u16 = 20;

/// Writes `OUT_DIR/group-report.xlsx` (atomically) and returns its path.
pub fn write(
    out_dir: &Path,
    report: &Report,
    config: &Config,
    lang: Lang,
) -> anyhow::Result<PathBuf> {
    let mut book = build(report, config, lang, out_dir)?;
    let path = out_dir.join(FILE_NAME);
    crate::paths::write_atomically(&path, |tmp| Ok(book.save(tmp)?))?;
    Ok(path)
}

/// Builds the group report in one pass over the run's results. The sheets with a row per unit
/// or workbook (Units, Counts, Inputs) are written row by row to unnamed temporary files in
/// `temp_dir` ("constant memory" mode), so the report's memory does not grow with the batch.
pub fn build(
    report: &Report,
    config: &Config,
    lang: Lang,
    temp_dir: &Path,
) -> anyhow::Result<rust_xlsxwriter::Workbook> {
    let titles = SheetTitles::new(lang);
    let mut book = rust_xlsxwriter::Workbook::new();
    book.set_tempdir(temp_dir)?;
    let mut units_sheet = book.new_worksheet_with_constant_memory()?;
    units_sheet.set_name(titles.units)?;
    let mut counts_sheet = book.new_worksheet_with_constant_memory()?;
    counts_sheet.set_name(titles.counts)?;
    let mut inputs_sheet = book.new_worksheet_with_constant_memory()?;
    inputs_sheet.set_name(titles.inputs)?;

    // The group findings by the workbook of their unit ("" for the group as a whole).
    let mut group_of: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for f in &report.group_findings {
        group_of.entry(f.workbook.as_str()).or_default().push(f);
    }
    let with_new = report.resolved.is_some();
    let mut units = UnitsSheet::begin(&mut units_sheet, with_new, config, lang)?;
    let mut counts = CountsSheet::begin(&mut counts_sheet, &report.totals.rules, lang)?;
    let mut inputs = InputsSheet::begin(&mut inputs_sheet, lang, temp_dir)?;
    for block in report.blocks(Want::ALL) {
        let block = block?;
        let w = &block.result;
        let group = group_of.get(w.path.as_str()).map_or(&[][..], Vec::as_slice);
        let whole = group_of.get("").map_or(&[][..], Vec::as_slice);
        let mut sorted: Vec<&UnitFigures> = w.units.iter().collect();
        sorted.sort_by(|a, b| a.unit.cmp(&b.unit));
        for u in &sorted {
            let k = key(&u.unit);
            let new = with_new.then(|| {
                w.findings
                    .iter()
                    .chain(group.iter().copied())
                    .chain(whole.iter().copied())
                    .filter(|f| f.change == Some(Change::New))
                    .filter(|f| f.unit.as_deref().is_some_and(|n| key(n) == k))
                    .count()
            });
            units.row(&mut units_sheet, u, new)?;
        }
        counts.workbook(&mut counts_sheet, w, &sorted, group)?;
        inputs.row(&mut inputs_sheet, &block)?;
    }
    let n = units.end(&mut units_sheet)?;
    if let Some(whole) = group_of.get("") {
        counts.rows_of(&mut counts_sheet, "", &[], whole.iter().copied())?;
    }
    counts.end(&mut counts_sheet)?;
    inputs.end(&mut inputs_sheet)?;

    book.push_worksheet(units_sheet);
    let sheet = book.add_worksheet();
    sheet.set_name(titles.charts)?;
    write_charts(sheet, titles.units, n, &config.currency.group, lang)?;
    book.push_worksheet(counts_sheet);
    let sheet = book.add_worksheet();
    sheet.set_name(titles.group_findings)?;
    write_group_findings(sheet, &report.group_findings, lang)?;
    book.push_worksheet(inputs_sheet);
    if let Some(resolved) = &report.resolved {
        let sheet = book.add_worksheet();
        sheet.set_name(titles.changes)?;
        write_changes(sheet, report, resolved, lang)?;
    }
    super::print_setup(&mut book);
    // A printout repeats the header row of every table on every page.
    for sheet in book.worksheets_mut() {
        if sheet.name() != titles.charts {
            sheet.set_repeat_rows(0, 0)?;
        }
    }
    Ok(book)
}

/// The Units sheet, written a row per unit as the results stream by.
struct UnitsSheet<'a> {
    config: &'a Config,
    lang: Lang,
    group: String,
    before: Vec<&'static table::Column<UnitFigures>>,
    after: Vec<&'static table::Column<UnitFigures>>,
    writer: SheetWriter,
    money: Format,
    amber_new: Format,
    missing_rates: Vec<String>,
    rows: u32,
}

impl<'a> UnitsSheet<'a> {
    /// The header row (with "New since last run" when the run has a baseline).
    fn begin(
        sheet: &mut Worksheet,
        with_new: bool,
        config: &'a Config,
        lang: Lang,
    ) -> Result<Self, XlsxError> {
        let group = config.currency.group.trim().to_uppercase();
        let before = table::pick(table::UNIT_COLUMNS, &UNITS_COLUMNS_BEFORE);
        let after = table::pick(table::UNIT_COLUMNS, &["errors", "warnings", "infos"]);
        let converted = [
            format!("{} ({group})", label(lang, Label::AnnualStaffCost)),
            format!("{} ({group})", label(lang, Label::Budget)),
            format!("{} ({group})", label(lang, Label::BudgetGap)),
        ];
        let mut writer = SheetWriter::default();
        writer.header(sheet, 0, 0, &before, lang, 14)?;
        let header = header_format();
        for (i, h) in converted.iter().enumerate() {
            let col = C_COST_GROUP + i as u16;
            sheet.write_string_with_format(0, col, h, &header)?;
            writer.widths.see(col, h.chars().count().min(14));
        }
        writer.header(sheet, 0, C_ERRORS, &after, lang, 14)?;
        // The sheet is written row by row (constant memory): the last column comes with each row.
        if with_new {
            let title = label(lang, Label::NewSinceLastRun);
            sheet.write_string_with_format(0, LAST_COL + 1, title, &header)?;
            writer.widths.see(LAST_COL + 1, 14);
        }
        sheet.set_row_height(0, 45)?;
        Ok(UnitsSheet {
            config,
            lang,
            group,
            before,
            after,
            writer,
            money: Format::new().set_num_format("#,##0"),
            amber_new: Format::new().set_background_color(fill(Severity::Warning)),
            missing_rates: Vec::new(),
            rows: 0,
        })
    }

    /// One unit's row; `new` its findings new since the baseline, when the run has one.
    fn row(
        &mut self,
        sheet: &mut Worksheet,
        u: &UnitFigures,
        new: Option<usize>,
    ) -> Result<(), XlsxError> {
        self.rows += 1;
        let (r, lang) = (self.rows, self.lang);
        self.writer.row(sheet, r, 0, &self.before, u, lang)?;
        self.writer.row(sheet, r, C_ERRORS, &self.after, u, lang)?;
        if let Some(new) = new {
            if new > 0 {
                sheet.write_number_with_format(r, LAST_COL + 1, new as f64, &self.amber_new)?;
            } else {
                sheet.write_number(r, LAST_COL + 1, 0.0)?;
            }
        }
        let money = &self.money;
        let num = |sheet: &mut Worksheet, c: u16, x: f64| -> Result<(), XlsxError> {
            if x.is_finite() {
                sheet.write_number_with_format(r, c, x, money)?;
            }
            Ok(())
        };
        match self.config.currency.rate(&u.currency) {
            Some(rate) => {
                num(sheet, C_COST_GROUP, u.staff_cost * rate)?;
                if let Some(b) = u.budget {
                    num(sheet, C_BUDGET_GROUP, b * rate)?;
                }
                num(sheet, C_GAP_GROUP, u.budget_gap * rate)?;
            }
            // The first unit without a rate for its currency gets a note saying so (one note
            // per currency: the footer lists them all).
            None if self
                .missing_rates
                .contains(&u.currency.trim().to_uppercase()) => {}
            None => {
                let currency = u.currency.trim().to_uppercase();
                let group = &self.group;
                let text = crate::i18n::texts(lang).no_rate_from(&currency, group);
                sheet.insert_note(r, C_COST_GROUP, &make_note(&text))?;
                self.missing_rates.push(currency);
            }
        }
        Ok(())
    }

    /// Formats, filter and notes below the rows; returns the number of units.
    fn end(mut self, sheet: &mut Worksheet) -> Result<usize, XlsxError> {
        let (n, lang, group) = (self.rows, self.lang, self.group.clone());
        if n == 0 {
            sheet.write_string(1, 0, label(lang, Label::NoUnits))?;
        } else {
            // Coverage: red below 50 %, amber at 90 %, green from 100 %.
            let scale = ConditionalFormat3ColorScale::new()
                .set_minimum(ConditionalFormatType::Number, 0.5)
                .set_midpoint(ConditionalFormatType::Number, 0.9)
                .set_maximum(ConditionalFormatType::Number, 1.0);
            sheet.add_conditional_format(1, C_COVERAGE, n, C_COVERAGE, &scale)?;
            let red = Format::new()
                .set_background_color(fill(Severity::Error))
                .set_font_color(Color::RGB(0x9C0006));
            let errors = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::GreaterThan(0))
                .set_format(&red);
            sheet.add_conditional_format(1, C_ERRORS, n, C_ERRORS, &errors)?;
            let worst_units = ConditionalFormatFormula::new()
                .set_rule("=$S2>0")
                .set_format(&red);
            sheet.add_conditional_format(1, C_UNIT, n, C_UNIT, &worst_units)?;
            let amber = Format::new().set_background_color(fill(Severity::Warning));
            let gap = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::GreaterThan(0))
                .set_format(&amber);
            sheet.add_conditional_format(1, C_GAP_GROUP, n, C_GAP_GROUP, &gap)?;
            sheet.autofilter(0, 0, n, LAST_COL)?;
        }
        let mut r = n.max(1) + 2;
        let note = crate::i18n::texts(lang).converted_columns(&group);
        sheet.write_string(r, 0, note)?;
        if !self.missing_rates.is_empty() {
            r += 1;
            self.missing_rates.sort();
            let missing = self.missing_rates.join(", ");
            let text = crate::i18n::texts(lang).no_rates_for(&missing, &group);
            sheet.write_string_with_format(
                r,
                0,
                text,
                &Format::new().set_background_color(fill(Severity::Warning)),
            )?;
        }
        sheet.set_freeze_panes(1, 1)?;
        self.writer.finish(sheet)?;
        Ok(n as usize)
    }
}

fn write_charts(
    sheet: &mut Worksheet,
    units_sheet: &str,
    n: usize,
    group_currency: &str,
    lang: Lang,
) -> Result<(), XlsxError> {
    let last = n.max(1) as u32;
    let width = (n as u32 * 60 + 240).clamp(720, 2400);
    let categories = (units_sheet, 1, C_UNIT, last, C_UNIT);

    let mut hours = Chart::new(ChartType::Column);
    hours
        .title()
        .set_name(label(lang, Label::RequiredVsAllocatedHoursPerWeek));
    hours
        .add_series()
        .set_name(label(lang, Label::RequiredHWeek))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_REQUIRED, last, C_REQUIRED))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0xA6A6A6)));
    hours
        .add_series()
        .set_name(label(lang, Label::AllocatedHWeek))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_ALLOCATED, last, C_ALLOCATED))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0x4472C4)));
    hours.y_axis().set_name(label(lang, Label::HoursPerWeek));
    hours.set_width(width).set_height(360);
    sheet.insert_chart(1, 1, &hours)?;

    let mut money = Chart::new(ChartType::Column);
    let title = crate::i18n::texts(lang).cost_vs_budget(group_currency);
    money.title().set_name(title.as_str());
    money
        .add_series()
        .set_name(label(lang, Label::AnnualStaffCost))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_COST_GROUP, last, C_COST_GROUP))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0xC00000)));
    money
        .add_series()
        .set_name(label(lang, Label::Budget))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_BUDGET_GROUP, last, C_BUDGET_GROUP))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0x70AD47)));
    money.y_axis().set_name(group_currency);
    money.set_width(width).set_height(360);
    sheet.insert_chart(21, 1, &money)?;
    Ok(())
}

/// The Counts sheet ("Findings per unit"): a row per unit with its findings per rule, then a
/// row for each unit that only findings name (or none: "(no unit)"), workbook by workbook; the
/// findings about the group as a whole last.
struct CountsSheet<'a> {
    rules: &'a [&'static str],
    lang: Lang,
    widths: Widths,
    total_col: u16,
    bold: Format,
    rows: u32,
}

impl<'a> CountsSheet<'a> {
    /// The header row: workbook, unit, a column per rule with findings, total.
    fn begin(
        sheet: &mut Worksheet,
        rules: &'a [&'static str],
        lang: Lang,
    ) -> Result<Self, XlsxError> {
        let header = header_format();
        let mut widths = Widths::default();
        let mut c = 0u16;
        for h in [label(lang, Label::Workbook), label(lang, Label::Unit)] {
            sheet.write_string_with_format(0, c, h, &header)?;
            widths.see_text(c, h);
            c += 1;
        }
        for code in rules {
            sheet.write_string_with_format(0, c, *code, &header)?;
            if let Some(rule) = rules::rule(code) {
                sheet.insert_note(
                    0,
                    c,
                    &make_note(&format!("{} — {}", rule.name, rule.summary(lang))),
                )?;
            }
            widths.see_text(c, code);
            c += 1;
        }
        sheet.write_string_with_format(0, c, label(lang, Label::Total), &header)?;
        widths.see(c, 6);
        Ok(CountsSheet {
            rules,
            lang,
            widths,
            total_col: c,
            bold: Format::new().set_bold(),
            rows: 0,
        })
    }

    /// A workbook's rows: its units (sorted), then the units only its findings and the group
    /// findings about it name.
    fn workbook(
        &mut self,
        sheet: &mut Worksheet,
        w: &WorkbookResult,
        units: &[&UnitFigures],
        group: &[&Finding],
    ) -> Result<(), XlsxError> {
        let findings = w.findings.iter().chain(group.iter().copied());
        self.rows_of(sheet, &w.path, units, findings)
    }

    /// The rows of one workbook (`""`: the group as a whole).
    fn rows_of<'f>(
        &mut self,
        sheet: &mut Worksheet,
        workbook: &str,
        units: &[&UnitFigures],
        findings: impl Iterator<Item = &'f Finding>,
    ) -> Result<(), XlsxError> {
        // unit key → (label, count per rule)
        let mut counts: BTreeMap<String, (String, Vec<u64>)> = BTreeMap::new();
        for f in findings {
            let unit = f.unit.as_deref().unwrap_or("");
            let entry = counts
                .entry(key(unit).into_owned())
                .or_insert_with(|| (unit.to_string(), vec![0; self.rules.len()]));
            if let Some(i) = self.rules.iter().position(|c| *c == f.rule.code) {
                entry.1[i] += 1;
            }
        }
        let zeros = vec![0u64; self.rules.len()];
        for u in units {
            let k = key(&u.unit);
            let values = counts.get(k.as_ref()).map_or(&zeros, |(_, v)| v);
            self.row(sheet, workbook, &u.unit, values)?;
        }
        for (k, (label, values)) in &counts {
            if !units.iter().any(|u| key(&u.unit) == k.as_str()) {
                self.row(sheet, workbook, label, values)?;
            }
        }
        Ok(())
    }

    fn row(
        &mut self,
        sheet: &mut Worksheet,
        workbook: &str,
        unit: &str,
        values: &[u64],
    ) -> Result<(), XlsxError> {
        self.rows += 1;
        let (r, lang) = (self.rows, self.lang);
        let workbook_label = if workbook.is_empty() {
            label(lang, Label::Group)
        } else {
            workbook
        };
        sheet.write_string(r, 0, fit(workbook_label))?;
        self.widths.see_text(0, workbook_label);
        let label = if unit.is_empty() {
            label(lang, Label::NoUnit)
        } else {
            unit
        };
        sheet.write_string(r, 1, fit(label))?;
        self.widths.see_text(1, label);
        for (j, v) in values.iter().enumerate() {
            sheet.write_number(r, 2 + j as u16, *v as f64)?;
        }
        let total = values.iter().sum::<u64>() as f64;
        sheet.write_number_with_format(r, self.total_col, total, &self.bold)?;
        Ok(())
    }

    /// Formats and filter below the rows.
    fn end(self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        let last = self.rows;
        if last > 0 {
            let amber = Format::new().set_background_color(fill(Severity::Warning));
            let positive = ConditionalFormatCell::new()
                .set_rule(ConditionalFormatCellRule::GreaterThan(0))
                .set_format(&amber);
            sheet.add_conditional_format(1, 2, last, self.total_col, &positive)?;
            sheet.autofilter(0, 0, last, self.total_col)?;
        } else {
            sheet.write_string(1, 0, label(self.lang, Label::NoFindings))?;
        }
        sheet.set_freeze_panes(1, 2)?;
        self.widths.apply(sheet)?;
        Ok(())
    }
}

fn write_group_findings(
    sheet: &mut Worksheet,
    findings: &[Finding],
    lang: Lang,
) -> Result<(), XlsxError> {
    let columns = table::pick_for_sheet(&[
        "severity", "rule", "title", "workbook", "unit", "sheet", "cell", "subject", "message",
        "fix",
    ]);
    let mut writer = SheetWriter::default();
    writer.header(sheet, 0, 0, &columns, lang, usize::MAX)?;
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by(|a, b| {
        (
            b.severity,
            a.code(),
            &a.workbook,
            &a.unit,
            &a.subject,
            &a.id,
        )
            .cmp(&(
                a.severity,
                b.code(),
                &b.workbook,
                &b.unit,
                &b.subject,
                &b.id,
            ))
    });
    for (i, f) in sorted.iter().enumerate() {
        writer.row(sheet, i as u32 + 1, 0, &columns, *f, lang)?;
    }
    if sorted.is_empty() {
        sheet.write_string(1, 0, label(lang, Label::NoFindingsAcrossWorkbooks))?;
    } else {
        sheet.autofilter(0, 0, sorted.len() as u32, columns.len() as u16 - 1)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    writer.finish(sheet)?;
    Ok(())
}

/// The Inputs sheet: every input with its status, reason, counts and copy.
struct InputsSheet {
    lang: Lang,
    /// The report's folder, which the copies' paths are relative to.
    out_dir: PathBuf,
    widths: Widths,
    red: Format,
    rows: u32,
    columns: u16,
}

impl InputsSheet {
    fn begin(sheet: &mut Worksheet, lang: Lang, out_dir: &Path) -> Result<Self, XlsxError> {
        let headers = [
            label(lang, Label::Workbook),
            label(lang, Label::Status),
            label(lang, Label::Reason),
            label(lang, Label::Units),
            label(lang, Label::Errors),
            label(lang, Label::Warnings),
            label(lang, Label::Infos),
            label(lang, Label::AnnotatedCopy),
        ];
        let header = header_format();
        let mut widths = Widths::default();
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &header)?;
            widths.see_text(c as u16, h);
        }
        Ok(InputsSheet {
            lang,
            out_dir: out_dir.to_path_buf(),
            widths,
            red: Format::new().set_background_color(fill(Severity::Error)),
            rows: 0,
            columns: headers.len() as u16,
        })
    }

    fn row(&mut self, sheet: &mut Worksheet, block: &crate::part::Block) -> Result<(), XlsxError> {
        self.rows += 1;
        let (r, w) = (self.rows, &block.result);
        sheet.write_string(r, 0, fit(&w.path))?;
        self.widths.see_text(0, &w.path);
        match w.status {
            InputStatus::Ok => {
                sheet.write_string(r, 1, "ok")?;
            }
            InputStatus::Failed => {
                let label = label(self.lang, Label::Failed);
                sheet.write_string_with_format(r, 1, label, &self.red)?;
                self.widths.see_text(1, label);
            }
        }
        // The reason it failed, or why its copy was rebuilt.
        let why = w.error_sentence(self.lang);
        if let Some(e) = why.or_else(|| w.copy_note_sentence(self.lang)) {
            sheet.write_string(r, 2, fit(&e))?;
            self.widths.see_text(2, &e);
        }
        sheet.write_number(r, 3, block.units as f64)?;
        for (i, n) in block.counts.iter().enumerate() {
            sheet.write_number(r, 4 + i as u16, *n as f64)?;
        }
        if let Some(out) = &w.output {
            // Relative to the report's folder: a server's temporary folder means nothing to
            // its reader.
            let text = crate::paths::relative_name(out, &self.out_dir);
            sheet.write_string(r, 7, fit(&text))?;
            self.widths.see_text(7, &text);
        }
        Ok(())
    }

    fn end(self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        if self.rows == 0 {
            sheet.write_string(1, 0, label(self.lang, Label::NoInputs))?;
        } else {
            sheet.autofilter(0, 0, self.rows, self.columns - 1)?;
        }
        sheet.set_freeze_panes(1, 1)?;
        self.widths.apply(sheet)?;
        Ok(())
    }
}

/// One unit's changes against the baseline.
#[derive(Default)]
struct UnitChanges {
    unit: String,
    workbook: String,
    new: usize,
    unchanged: usize,
    resolved: usize,
}

/// The Changes sheet: per unit, how many findings are new, unchanged and resolved against the
/// baseline, the units with the most new findings first. Units match by name, so a renamed
/// workbook's units meet their earlier selves (a row per unit name of the run: the results are
/// read twice, units first).
fn write_changes(
    sheet: &mut Worksheet,
    report: &Report,
    resolved: &[serde_json::Value],
    lang: Lang,
) -> anyhow::Result<()> {
    let mut rows: Vec<UnitChanges> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut row_of = |rows: &mut Vec<UnitChanges>, unit: &str, workbook: &str| -> usize {
        *at.entry(key(unit).into_owned()).or_insert_with(|| {
            rows.push(UnitChanges {
                unit: unit.to_string(),
                workbook: workbook.to_string(),
                ..UnitChanges::default()
            });
            rows.len() - 1
        })
    };
    for block in report.blocks(Want::UNITS) {
        for u in &block?.result.units {
            row_of(&mut rows, &u.unit, &u.workbook);
        }
    }
    for f in report.try_findings() {
        let f = f?;
        let i = row_of(&mut rows, f.unit.as_deref().unwrap_or(""), &f.workbook);
        match f.change {
            Some(Change::New) => rows[i].new += 1,
            Some(Change::Unchanged) => rows[i].unchanged += 1,
            None => {}
        }
    }
    for r in resolved {
        let text = |k: &str| r.get(k).and_then(|v| v.as_str()).unwrap_or("");
        let i = row_of(&mut rows, text("unit"), text("workbook"));
        rows[i].resolved += 1;
    }
    rows.sort_by(|a, b| {
        (b.new, b.resolved, &a.unit, &a.workbook).cmp(&(a.new, a.resolved, &b.unit, &b.workbook))
    });
    let headers = [
        label(lang, Label::Unit),
        label(lang, Label::Workbook),
        label(lang, Label::New),
        label(lang, Label::Unchanged),
        label(lang, Label::Resolved),
    ];
    let header = header_format();
    let mut widths = Widths::default();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &header)?;
        widths.see_text(c as u16, h);
    }
    let new_fill = Format::new().set_background_color(fill(Severity::Warning));
    for (i, r) in rows.iter().enumerate() {
        let row = i as u32 + 1;
        let unit = if r.unit.is_empty() {
            label(lang, Label::NoUnit)
        } else {
            &r.unit
        };
        sheet.write_string(row, 0, fit(unit))?;
        widths.see_text(0, unit);
        sheet.write_string(row, 1, fit(&r.workbook))?;
        widths.see_text(1, &r.workbook);
        if r.new > 0 {
            sheet.write_number_with_format(row, 2, r.new as f64, &new_fill)?;
        } else {
            sheet.write_number(row, 2, 0.0)?;
        }
        sheet.write_number(row, 3, r.unchanged as f64)?;
        sheet.write_number(row, 4, r.resolved as f64)?;
    }
    if !rows.is_empty() {
        sheet.autofilter(0, 0, rows.len() as u32, headers.len() as u16 - 1)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    widths.apply(sheet)?;
    Ok(())
}

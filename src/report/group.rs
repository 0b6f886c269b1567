//! The group report `group-report.xlsx`: every unit of every workbook side by side (with money
//! converted to the group currency), charts, finding counts per unit and rule (polars), the
//! group-level findings and the status of every input.

use super::annotated::{Widths, fill, fit, header_format, make_note, tr};
use super::table::{self, SheetWriter};
use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Finding, Severity};
use crate::model::key;
use crate::rules::{self, UnitFigures};
use crate::{InputStatus, Report};
use rust_xlsxwriter::{
    Chart, ChartSolidFill, ChartType, Color, ConditionalFormat3ColorScale, ConditionalFormatCell,
    ConditionalFormatCellRule, ConditionalFormatFormula, ConditionalFormatType, Format, Worksheet,
    XlsxError,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The file name of the group report.
pub const FILE_NAME: &str = "group-report.xlsx";

/// The sheet names of the group report, in the report's language.
pub struct SheetTitles {
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
            units: tr(lang, "Units", "Einheiten"),
            charts: tr(lang, "Charts", "Diagramme"),
            counts: tr(lang, "Findings per unit", "Befunde je Einheit"),
            group_findings: tr(lang, "Group findings", "Konzernbefunde"),
            inputs: tr(lang, "Inputs", "Eingaben"),
            changes: tr(lang, "Changes", "Änderungen"),
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

/// Every unit of a report in report order: by workbook path, then unit name.
fn sorted_units(report: &Report) -> Vec<&UnitFigures> {
    let mut units: Vec<&UnitFigures> = report.units().collect();
    units.sort_by(|a, b| (&a.workbook, &a.unit).cmp(&(&b.workbook, &b.unit)));
    units
}

/// Writes `OUT_DIR/group-report.xlsx` (atomically) and returns its path.
pub fn write(
    out_dir: &Path,
    report: &Report,
    config: &Config,
    lang: Lang,
) -> anyhow::Result<PathBuf> {
    let mut book = build(report, config, lang, out_dir)?;
    let path = out_dir.join(FILE_NAME);
    super::write_atomically(&path, |tmp| Ok(book.save(tmp)?))?;
    Ok(path)
}

/// Builds the group report. The sheets with a row per unit or workbook (Units, Counts, Inputs)
/// are written row by row to unnamed temporary files in `temp_dir` ("constant memory" mode), so
/// the report's memory does not grow with the batch.
pub fn build(
    report: &Report,
    config: &Config,
    lang: Lang,
    temp_dir: &Path,
) -> anyhow::Result<rust_xlsxwriter::Workbook> {
    let titles = SheetTitles::new(lang);
    let units = sorted_units(report);
    let mut book = rust_xlsxwriter::Workbook::new();
    book.set_tempdir(temp_dir)?;

    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(titles.units)?;
    let new = report
        .resolved
        .is_some()
        .then(|| new_since_last_run(&units, report));
    write_units(sheet, &units, new.as_deref(), config, lang)?;

    let sheet = book.add_worksheet();
    sheet.set_name(titles.charts)?;
    write_charts(
        sheet,
        titles.units,
        units.len(),
        &config.currency.group,
        lang,
    )?;

    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(titles.counts)?;
    let counts = count_findings(report)?;
    write_counts(sheet, &units, &counts, lang)?;

    let sheet = book.add_worksheet();
    sheet.set_name(titles.group_findings)?;
    write_group_findings(sheet, &report.group_findings, lang)?;

    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name(titles.inputs)?;
    write_inputs(sheet, report, lang)?;
    if let Some(resolved) = &report.resolved {
        let sheet = book.add_worksheet();
        sheet.set_name(titles.changes)?;
        write_changes(sheet, report, resolved, lang)?;
    }
    super::print_setup(&mut book);
    Ok(book)
}

fn write_units(
    sheet: &mut Worksheet,
    units: &[&UnitFigures],
    new_since_last_run: Option<&[usize]>,
    config: &Config,
    lang: Lang,
) -> Result<(), XlsxError> {
    let group = config.currency.group.trim().to_uppercase();
    let before = table::pick(table::UNIT_COLUMNS, &UNITS_COLUMNS_BEFORE);
    let after = table::pick(table::UNIT_COLUMNS, &["errors", "warnings", "infos"]);
    let converted = [
        format!(
            "{} ({group})",
            tr(lang, "Annual staff cost", "Personalkosten p.a.")
        ),
        format!("{} ({group})", tr(lang, "Budget", "Budget")),
        format!("{} ({group})", tr(lang, "Budget gap", "Budgetlücke")),
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
    let amber_new = Format::new().set_background_color(fill(Severity::Warning));
    if new_since_last_run.is_some() {
        let title = tr(lang, "New since last run", "Neu seit dem letzten Lauf");
        sheet.write_string_with_format(0, LAST_COL + 1, title, &header)?;
        writer.widths.see(LAST_COL + 1, 14);
    }
    sheet.set_row_height(0, 45)?;
    let money = Format::new().set_num_format("#,##0");
    let mut missing_rates: Vec<String> = Vec::new();
    let n = units.len() as u32;
    for (i, u) in units.iter().enumerate() {
        let r = i as u32 + 1;
        writer.row(sheet, r, 0, &before, *u, lang)?;
        writer.row(sheet, r, C_ERRORS, &after, *u, lang)?;
        if let Some(&new) = new_since_last_run.and_then(|n| n.get(i)) {
            if new > 0 {
                sheet.write_number_with_format(r, LAST_COL + 1, new as f64, &amber_new)?;
            } else {
                sheet.write_number(r, LAST_COL + 1, 0.0)?;
            }
        }
        let num = |sheet: &mut Worksheet, c: u16, x: f64, f: &Format| -> Result<(), XlsxError> {
            if x.is_finite() {
                sheet.write_number_with_format(r, c, x, f)?;
            }
            Ok(())
        };
        match config.currency.rate(&u.currency) {
            Some(rate) => {
                num(sheet, C_COST_GROUP, u.staff_cost * rate, &money)?;
                if let Some(b) = u.budget {
                    num(sheet, C_BUDGET_GROUP, b * rate, &money)?;
                }
                num(sheet, C_GAP_GROUP, u.budget_gap * rate, &money)?;
            }
            None => {
                let currency = u.currency.trim().to_uppercase();
                let text = match lang {
                    Lang::En => format!(
                        "No exchange rate from {currency} to {group}: add `{currency} = ...` under [currency.rates] in the config file to convert this unit's money."
                    ),
                    Lang::De => format!(
                        "Kein Wechselkurs von {currency} nach {group}: tragen Sie `{currency} = ...` unter [currency.rates] in der Konfigurationsdatei ein, um die Beträge dieser Einheit umzurechnen."
                    ),
                };
                sheet.insert_note(r, C_COST_GROUP, &make_note(&text))?;
                if !missing_rates.contains(&currency) {
                    missing_rates.push(currency);
                }
            }
        }
    }
    if n == 0 {
        sheet.write_string(1, 0, tr(lang, "(no units)", "(keine Einheiten)"))?;
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
    let note = match lang {
        Lang::En => format!(
            "Money in the three {group} columns is converted with the rates of the config file; the other money columns are in each unit's own currency."
        ),
        Lang::De => format!(
            "Die drei {group}-Spalten sind mit den Kursen der Konfigurationsdatei umgerechnet; die übrigen Beträge sind in der Währung der Einheit."
        ),
    };
    sheet.write_string(r, 0, note)?;
    if !missing_rates.is_empty() {
        r += 1;
        missing_rates.sort();
        let text = match lang {
            Lang::En => format!(
                "No exchange rate for {} → {group}: those cells are left empty. Add the rates under [currency.rates] in the config file.",
                missing_rates.join(", ")
            ),
            Lang::De => format!(
                "Kein Wechselkurs für {} → {group}: diese Zellen bleiben leer. Tragen Sie die Kurse unter [currency.rates] in der Konfigurationsdatei ein.",
                missing_rates.join(", ")
            ),
        };
        sheet.write_string_with_format(
            r,
            0,
            text,
            &Format::new().set_background_color(fill(Severity::Warning)),
        )?;
    }
    sheet.set_freeze_panes(1, 1)?;
    writer.finish(sheet)?;
    Ok(())
}

/// With a baseline: each unit's findings that are new since the baseline run, in unit order.
fn new_since_last_run(units: &[&UnitFigures], report: &Report) -> Vec<usize> {
    use crate::findings::Change;
    units
        .iter()
        .map(|u| {
            let k = key(&u.unit);
            report
                .findings()
                .filter(|f| f.change == Some(Change::New))
                .filter(|f| f.workbook == u.workbook || f.workbook.is_empty())
                .filter(|f| f.unit.as_deref().is_some_and(|n| key(n) == k))
                .count()
        })
        .collect()
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
    hours.title().set_name(tr(
        lang,
        "Required vs allocated hours per week",
        "Soll- und Ist-Stunden pro Woche",
    ));
    hours
        .add_series()
        .set_name(tr(lang, "Required h/week", "Soll Std./Woche"))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_REQUIRED, last, C_REQUIRED))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0xA6A6A6)));
    hours
        .add_series()
        .set_name(tr(lang, "Allocated h/week", "Ist Std./Woche"))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_ALLOCATED, last, C_ALLOCATED))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0x4472C4)));
    hours
        .y_axis()
        .set_name(tr(lang, "hours per week", "Stunden pro Woche"));
    hours.set_width(width).set_height(360);
    sheet.insert_chart(1, 1, &hours)?;

    let mut money = Chart::new(ChartType::Column);
    let title = match lang {
        Lang::En => format!("Annual staff cost vs budget ({group_currency})"),
        Lang::De => format!("Personalkosten p.a. und Budget ({group_currency})"),
    };
    money.title().set_name(title.as_str());
    money
        .add_series()
        .set_name(tr(lang, "Annual staff cost", "Personalkosten p.a."))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_COST_GROUP, last, C_COST_GROUP))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0xC00000)));
    money
        .add_series()
        .set_name(tr(lang, "Budget", "Budget"))
        .set_categories(categories)
        .set_values((units_sheet, 1, C_BUDGET_GROUP, last, C_BUDGET_GROUP))
        .set_format(ChartSolidFill::new().set_color(Color::RGB(0x70AD47)));
    money.y_axis().set_name(group_currency);
    money.set_width(width).set_height(360);
    sheet.insert_chart(21, 1, &money)?;
    Ok(())
}

/// Finding counts per (workbook, unit) and rule code.
pub struct Counts {
    /// Rule codes in column order: the catalogue's order, then any others alphabetically.
    pub rules: Vec<String>,
    /// (workbook, unit key) → count per rule (same order as `rules`); unit key is "" for
    /// findings without a unit.
    pub rows: BTreeMap<(String, String), Vec<u64>>,
    /// Display names of the rows (unit as written).
    pub labels: HashMap<(String, String), String>,
}

/// Counts every finding (workbook and group) per unit and rule, with polars: a long frame of
/// (workbook, unit, rule), grouped and counted, pivoted to one column per rule.
pub fn count_findings(report: &Report) -> anyhow::Result<Counts> {
    use polars::prelude::*;
    use std::sync::Arc;

    let all: Vec<&Finding> = report.findings().collect();
    let mut labels = HashMap::new();
    let mut present: Vec<String> = all.iter().map(|f| f.code().to_string()).collect();
    present.sort();
    present.dedup();
    let mut rule_order: Vec<String> = rules::all()
        .iter()
        .map(|r| r.code.to_string())
        .filter(|c| present.contains(c))
        .collect();
    for c in &present {
        if !rule_order.contains(c) {
            rule_order.push(c.clone());
        }
    }
    let mut rows: BTreeMap<(String, String), Vec<u64>> = BTreeMap::new();
    if all.is_empty() {
        return Ok(Counts {
            rules: rule_order,
            rows,
            labels,
        });
    }
    for f in &all {
        let unit = f.unit.clone().unwrap_or_default();
        labels
            .entry((f.workbook.clone(), key(&unit).into_owned()))
            .or_insert(unit);
    }
    let frame = DataFrame::new(
        all.len(),
        vec![
            Column::new(
                "workbook".into(),
                all.iter().map(|f| f.workbook.clone()).collect::<Vec<_>>(),
            ),
            Column::new(
                "unit".into(),
                all.iter()
                    .map(|f| key(f.unit.as_deref().unwrap_or("")))
                    .collect::<Vec<_>>(),
            ),
            Column::new(
                "rule".into(),
                all.iter().map(|f| f.code().to_string()).collect::<Vec<_>>(),
            ),
        ],
    )?;
    let on_columns = DataFrame::new(
        present.len(),
        vec![Column::new("rule".into(), present.clone())],
    )?;
    let wide = frame
        .lazy()
        .group_by([col("workbook"), col("unit"), col("rule")])
        .agg([len().cast(DataType::UInt64).alias("count")])
        .pivot(
            cols(["rule"]),
            Arc::new(on_columns),
            cols(["workbook", "unit"]),
            cols(["count"]),
            element().sum(),
            true,
            "_".into(),
            polars::frame::PivotColumnNaming::Auto,
        )
        .sort(["workbook", "unit"], SortMultipleOptions::default())
        .collect()?;
    let workbooks = wide.column("workbook")?.str()?.clone();
    let units = wide.column("unit")?.str()?.clone();
    let mut per_rule = Vec::new();
    for code in &rule_order {
        per_rule.push(wide.column(code)?.cast(&DataType::UInt64)?.u64()?.clone());
    }
    for i in 0..wide.height() {
        let k = (
            workbooks.get(i).unwrap_or("").to_string(),
            units.get(i).unwrap_or("").to_string(),
        );
        let counts = per_rule.iter().map(|c| c.get(i).unwrap_or(0)).collect();
        rows.insert(k, counts);
    }
    Ok(Counts {
        rules: rule_order,
        rows,
        labels,
    })
}

fn write_counts(
    sheet: &mut Worksheet,
    units: &[&UnitFigures],
    counts: &Counts,
    lang: Lang,
) -> Result<(), XlsxError> {
    let header = header_format();
    let mut widths = Widths::default();
    let mut c = 0u16;
    for h in [
        tr(lang, "Workbook", "Arbeitsmappe"),
        tr(lang, "Unit", "Einheit"),
    ] {
        sheet.write_string_with_format(0, c, h, &header)?;
        widths.see_text(c, h);
        c += 1;
    }
    for code in &counts.rules {
        sheet.write_string_with_format(0, c, code, &header)?;
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
    let total_col = c;
    sheet.write_string_with_format(0, total_col, tr(lang, "Total", "Summe"), &header)?;
    widths.see(total_col, 6);

    // Rows: every unit (zeros included), then any (workbook, unit) only findings name.
    let mut order: Vec<((String, String), String)> = units
        .iter()
        .map(|u| {
            (
                (u.workbook.clone(), key(&u.unit).into_owned()),
                u.unit.clone(),
            )
        })
        .collect();
    let listed: HashSet<(String, String)> = order.iter().map(|(k, _)| k.clone()).collect();
    for k in counts.rows.keys() {
        if !listed.contains(k) {
            let label = counts.labels.get(k).cloned().unwrap_or_default();
            order.push((k.clone(), label));
        }
    }
    let zeros = vec![0u64; counts.rules.len()];
    let mut r = 1u32;
    for ((workbook, unit_key), label) in &order {
        let values = counts
            .rows
            .get(&(workbook.clone(), unit_key.clone()))
            .unwrap_or(&zeros);
        let workbook_label = if workbook.is_empty() {
            tr(lang, "(group)", "(Konzern)")
        } else {
            workbook.as_str()
        };
        sheet.write_string(r, 0, fit(workbook_label))?;
        widths.see_text(0, workbook_label);
        let label = if label.is_empty() {
            tr(lang, "(no unit)", "(keine Einheit)").to_string()
        } else {
            label.clone()
        };
        sheet.write_string(r, 1, fit(&label))?;
        widths.see_text(1, &label);
        for (j, v) in values.iter().enumerate() {
            sheet.write_number(r, 2 + j as u16, *v as f64)?;
        }
        sheet.write_number_with_format(
            r,
            total_col,
            values.iter().sum::<u64>() as f64,
            &Format::new().set_bold(),
        )?;
        r += 1;
    }
    if r > 1 {
        let amber = Format::new().set_background_color(fill(Severity::Warning));
        let positive = ConditionalFormatCell::new()
            .set_rule(ConditionalFormatCellRule::GreaterThan(0))
            .set_format(&amber);
        sheet.add_conditional_format(1, 2, r - 1, total_col, &positive)?;
        sheet.autofilter(0, 0, r - 1, total_col)?;
    } else {
        sheet.write_string(1, 0, tr(lang, "No findings.", "Keine Befunde."))?;
    }
    sheet.set_freeze_panes(1, 2)?;
    widths.apply(sheet)?;
    Ok(())
}

fn write_group_findings(
    sheet: &mut Worksheet,
    findings: &[Finding],
    lang: Lang,
) -> Result<(), XlsxError> {
    let columns = table::pick(
        table::FINDING_COLUMNS,
        &[
            "severity", "rule", "name", "workbook", "unit", "sheet", "cell", "subject", "message",
        ],
    );
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
        sheet.write_string(
            1,
            0,
            tr(
                lang,
                "No findings across workbooks.",
                "Keine arbeitsmappenübergreifenden Befunde.",
            ),
        )?;
    } else {
        sheet.autofilter(0, 0, sorted.len() as u32, columns.len() as u16 - 1)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    writer.finish(sheet)?;
    Ok(())
}

fn write_inputs(sheet: &mut Worksheet, report: &Report, lang: Lang) -> Result<(), XlsxError> {
    let headers = [
        tr(lang, "Workbook", "Arbeitsmappe"),
        tr(lang, "Status", "Status"),
        tr(lang, "Reason", "Grund"),
        tr(lang, "Units", "Einheiten"),
        tr(lang, "Errors", "Fehler"),
        tr(lang, "Warnings", "Warnungen"),
        tr(lang, "Infos", "Hinweise"),
        tr(lang, "Annotated copy", "Kommentierte Kopie"),
    ];
    let header = header_format();
    let mut widths = Widths::default();
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &header)?;
        widths.see_text(c as u16, h);
    }
    let mut workbooks: Vec<_> = report.workbooks.iter().collect();
    workbooks.sort_by(|a, b| a.path.cmp(&b.path));
    let red = Format::new().set_background_color(fill(Severity::Error));
    for (i, w) in workbooks.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, fit(&w.path))?;
        widths.see_text(0, &w.path);
        match w.status {
            InputStatus::Ok => {
                sheet.write_string(r, 1, "ok")?;
            }
            InputStatus::Failed => {
                let label = tr(lang, "failed", "nicht lesbar");
                sheet.write_string_with_format(r, 1, label, &red)?;
                widths.see_text(1, label);
            }
        }
        // The reason it failed, or why its copy was rebuilt.
        if let Some(e) = w.error.as_ref().or(w.copy_note.as_ref()) {
            sheet.write_string(r, 2, fit(e))?;
            widths.see_text(2, e);
        }
        let count = |s: Severity| w.findings.iter().filter(|f| f.severity == s).count() as f64;
        sheet.write_number(r, 3, w.units.len() as f64)?;
        sheet.write_number(r, 4, count(Severity::Error))?;
        sheet.write_number(r, 5, count(Severity::Warning))?;
        sheet.write_number(r, 6, count(Severity::Info))?;
        if let Some(out) = &w.output {
            let text = out.display().to_string();
            sheet.write_string(r, 7, fit(&text))?;
            widths.see_text(7, &text);
        }
    }
    if workbooks.is_empty() {
        sheet.write_string(1, 0, tr(lang, "(no inputs)", "(keine Eingaben)"))?;
    } else {
        sheet.autofilter(0, 0, workbooks.len() as u32, headers.len() as u16 - 1)?;
    }
    sheet.set_freeze_panes(1, 1)?;
    widths.apply(sheet)?;
    Ok(())
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
/// workbook's units meet their earlier selves.
fn write_changes(
    sheet: &mut Worksheet,
    report: &Report,
    resolved: &[serde_json::Value],
    lang: Lang,
) -> Result<(), XlsxError> {
    use crate::findings::Change;
    let mut rows: Vec<UnitChanges> = Vec::new();
    let row_of = |rows: &mut Vec<UnitChanges>, unit: &str, workbook: &str| -> usize {
        let k = key(unit);
        match rows.iter().position(|r| key(&r.unit) == k) {
            Some(i) => i,
            None => {
                rows.push(UnitChanges {
                    unit: unit.to_string(),
                    workbook: workbook.to_string(),
                    ..UnitChanges::default()
                });
                rows.len() - 1
            }
        }
    };
    for u in report.units() {
        row_of(&mut rows, &u.unit, &u.workbook);
    }
    for f in report.findings() {
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
        tr(lang, "Unit", "Einheit"),
        tr(lang, "Workbook", "Arbeitsmappe"),
        tr(lang, "New", "Neu"),
        tr(lang, "Unchanged", "Unverändert"),
        tr(lang, "Resolved", "Behoben"),
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
            tr(lang, "(no unit)", "(keine Einheit)")
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

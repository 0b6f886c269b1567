//! Machine-readable findings (CONTRACT §4): `findings.json` always, `findings.csv` and
//! `findings.parquet` on request; one record layout, its JSON schema committed under `schemas/`.

use crate::findings::{self, Finding, Severity};
use crate::{InputStatus, Report};
use schemars::JsonSchema;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The version of the `findings.json` layout; bumped on any incompatible change.
pub const VERSION: u32 = 1;

/// The whole `findings.json` file.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
#[schemars(title = "teamlint findings")]
pub struct FindingsFile {
    /// Layout version, currently 1.
    pub version: u32,
    /// Every input workbook, sorted by path.
    pub workbooks: Vec<WorkbookRecord>,
    /// Every unit of every workbook that could be read, sorted by workbook and unit.
    pub units: Vec<UnitRecord>,
    /// Every finding: each workbook's (in workbook order), then the group-level ones.
    pub findings: Vec<FindingRecord>,
}

/// One input workbook.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct WorkbookRecord {
    /// Path relative to the input argument, `/`-separated.
    pub path: String,
    /// `ok` when the workbook was read and checked, `failed` when it could not be read.
    pub status: InputStatus,
    /// The one-line reason when the status is `failed`, else null.
    pub error: Option<String>,
    /// Why the annotated copy of an `.xlsx`/`.xlsm` was rebuilt instead of patched (a sentence
    /// starting "rebuilt:"), else null.
    pub copy_note: Option<String>,
    /// Number of units found in the workbook.
    pub units: usize,
    /// Number of findings of each severity in the workbook.
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// The figures of one unit (the annotated copy's Summary and the group report show the same).
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct UnitRecord {
    /// The workbook the unit comes from (path relative to the input argument).
    pub workbook: String,
    pub unit: String,
    /// Where the unit is defined: its sheet and cell on the Units sheet, or null.
    pub sheet: Option<String>,
    pub cell: Option<String>,
    pub country: Option<String>,
    pub employees: Option<f64>,
    /// Declared organisation form, or null.
    pub org_form: Option<crate::contract::OrgForm>,
    /// ISO currency code of the money figures.
    pub currency: String,
    /// People with allocated time on social media.
    pub people: usize,
    /// Allocated hours per week divided by full-time weekly hours.
    pub fte: f64,
    pub active_channels: usize,
    /// Required hours per week of the active channels.
    pub required_hours: f64,
    /// Allocated hours per week.
    pub allocated_hours: f64,
    /// Allocated divided by required hours (1.0 = 100 %); null when nothing is required.
    pub coverage: Option<f64>,
    /// Annual staff cost of all allocated time, in `currency`.
    pub staff_cost: f64,
    /// The unit's budget (its Budget, else the sum of its channels' budgets), or null.
    pub budget: Option<f64>,
    /// Staff cost minus budget: positive when the time costs more than the budget says.
    pub budget_gap: f64,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub struct FindingRecord {
    /// Stable across runs for the same problem.
    pub id: String,
    /// The rule code, e.g. `SPOF001`.
    pub rule: String,
    /// The rule's kebab-case name, e.g. `channel-single-person`.
    pub name: String,
    pub severity: Severity,
    /// The workbook path relative to the input argument.
    pub workbook: String,
    pub unit: Option<String>,
    /// The sheet of the flagged cell, or null.
    pub sheet: Option<String>,
    /// The flagged cell in A1 notation, or null.
    pub cell: Option<String>,
    /// What the finding is about: a channel, a person ID, a unit, a missing sheet or column.
    pub subject: String,
    pub message: String,
}

impl FindingRecord {
    pub fn from_finding(f: &Finding) -> Self {
        FindingRecord {
            id: f.id.clone(),
            rule: f.rule.to_string(),
            name: f.name.to_string(),
            severity: f.severity,
            workbook: f.workbook.clone(),
            unit: f.unit.clone(),
            sheet: f.sheet().map(str::to_string),
            cell: f.cell(),
            subject: f.subject.clone(),
            message: f.message.clone(),
        }
    }

    /// The record as strings in `CSV_HEADER` order (nulls as empty strings).
    fn fields(&self) -> [&str; 10] {
        [
            &self.id,
            &self.rule,
            &self.name,
            self.severity.as_str(),
            &self.workbook,
            self.unit.as_deref().unwrap_or(""),
            self.sheet.as_deref().unwrap_or(""),
            self.cell.as_deref().unwrap_or(""),
            &self.subject,
            &self.message,
        ]
    }
}

/// The column names of `findings.csv` and `findings.parquet`.
pub const CSV_HEADER: [&str; 10] = [
    "id", "rule", "name", "severity", "workbook", "unit", "sheet", "cell", "subject", "message",
];

fn round(x: f64, decimals: i32) -> f64 {
    if !x.is_finite() {
        return 0.0;
    }
    let f = 10f64.powi(decimals);
    let r = (x * f).round() / f;
    if r == 0.0 { 0.0 } else { r }
}

impl UnitRecord {
    pub fn from_figures(u: &crate::rules::UnitFigures) -> Self {
        UnitRecord {
            workbook: u.workbook.clone(),
            unit: u.unit.clone(),
            sheet: u.unit_loc.as_ref().map(|l| l.sheet.clone()),
            cell: u.unit_loc.as_ref().map(|l| l.a1()),
            country: u.country.clone(),
            employees: u.employees.filter(|e| e.is_finite()),
            org_form: u.org_form,
            currency: u.currency.clone(),
            people: u.people,
            fte: round(u.fte, 4),
            active_channels: u.active_channels,
            required_hours: round(u.required_hours, 4),
            allocated_hours: round(u.allocated_hours, 4),
            coverage: u.coverage.filter(|c| c.is_finite()).map(|c| round(c, 4)),
            staff_cost: round(u.staff_cost, 2),
            budget: u.budget.filter(|b| b.is_finite()).map(|b| round(b, 2)),
            budget_gap: round(u.budget_gap, 2),
            errors: u.errors,
            warnings: u.warnings,
            infos: u.infos,
        }
    }
}

/// Every finding of a report in output order: workbooks sorted by path, each workbook's
/// findings in reading order, then the group findings.
pub fn ordered_findings(report: &Report) -> Vec<&Finding> {
    let mut workbooks: Vec<_> = report.workbooks.iter().collect();
    workbooks.sort_by(|a, b| a.path.cmp(&b.path));
    let mut out = Vec::new();
    for w in workbooks {
        let start = out.len();
        out.extend(w.findings.iter());
        out[start..].sort_by(|a, b| findings::order(a, b));
    }
    let start = out.len();
    out.extend(report.group_findings.iter());
    out[start..].sort_by(|a, b| findings::order(a, b));
    out
}

/// Builds the `findings.json` document of a report; sorted, so the same input gives the same file.
pub fn findings_file(report: &Report) -> FindingsFile {
    let mut file = findings_file_without_findings(report);
    file.findings = ordered_findings(report)
        .into_iter()
        .map(FindingRecord::from_finding)
        .collect();
    file
}

/// `FindingsFile` serialised with its findings made one record at a time (same output).
struct Streamed<'a> {
    file: &'a mut FindingsFile,
    findings: &'a [&'a Finding],
}

impl Serialize for Streamed<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Records<'a>(&'a [&'a Finding]);
        impl Serialize for Records<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.iter().map(|f| FindingRecord::from_finding(f)))
            }
        }
        let mut out = serializer.serialize_struct("FindingsFile", 4)?;
        out.serialize_field("version", &self.file.version)?;
        out.serialize_field("workbooks", &self.file.workbooks)?;
        out.serialize_field("units", &self.file.units)?;
        out.serialize_field("findings", &Records(self.findings))?;
        out.end()
    }
}

/// The document's workbooks and units, with no findings yet.
fn findings_file_without_findings(report: &Report) -> FindingsFile {
    let mut workbooks: Vec<WorkbookRecord> = report
        .workbooks
        .iter()
        .map(|w| {
            let count = |s: Severity| w.findings.iter().filter(|f| f.severity == s).count();
            WorkbookRecord {
                path: w.path.clone(),
                status: w.status,
                error: w.error.clone(),
                copy_note: w.copy_note.clone(),
                units: w.units.len(),
                errors: count(Severity::Error),
                warnings: count(Severity::Warning),
                infos: count(Severity::Info),
            }
        })
        .collect();
    workbooks.sort_by(|a, b| (&a.path, &a.error).cmp(&(&b.path, &b.error)));
    let mut units: Vec<UnitRecord> = report.units().map(UnitRecord::from_figures).collect();
    units.sort_by(|a, b| {
        (&a.workbook, &a.unit, &a.sheet, &a.cell).cmp(&(&b.workbook, &b.unit, &b.sheet, &b.cell))
    });
    FindingsFile {
        version: VERSION,
        workbooks,
        units,
        findings: Vec::new(),
    }
}

/// The JSON schema of `findings.json`, pretty-printed, with a trailing newline (the text of
/// `schemas/findings.schema.json`).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(FindingsFile);
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

/// The `findings.json` text of a report (pretty-printed, trailing newline).
pub fn to_json(report: &Report) -> String {
    let mut text =
        serde_json::to_string_pretty(&findings_file(report)).expect("findings serialise");
    text.push('\n');
    text
}

/// Writes `OUT_DIR/findings.json` (atomically) and returns its path.
pub fn write_json(out_dir: &Path, report: &Report) -> anyhow::Result<PathBuf> {
    use std::io::Write;
    let path = out_dir.join("findings.json");
    // Streamed to the file, one finding record at a time: a batch's findings are never copied
    // whole, neither as records nor as one string.
    let mut file = findings_file_without_findings(report);
    let findings = ordered_findings(report);
    super::write_atomically(&path, |tmp| {
        let mut out = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        let streamed = Streamed {
            file: &mut file,
            findings: &findings,
        };
        serde_json::to_writer_pretty(&mut out, &streamed)?;
        out.write_all(b"\n")?;
        out.flush()?;
        Ok(())
    })?;
    Ok(path)
}

/// Makes a CSV field safe to open in a spreadsheet: a field that starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a leading apostrophe so it is never run as a formula.
pub fn neutralise(field: &str) -> std::borrow::Cow<'_, str> {
    match field.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{field}").into(),
        _ => field.into(),
    }
}

/// The `findings.csv` bytes of a report (header row, one row per finding, formulas neutralised).
pub fn to_csv(report: &Report) -> anyhow::Result<Vec<u8>> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER)?;
    for f in ordered_findings(report) {
        let record = FindingRecord::from_finding(f);
        writer.write_record(
            record
                .fields()
                .iter()
                .map(|s| neutralise(s))
                .map(|c| c.into_owned()),
        )?;
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// Writes `OUT_DIR/findings.csv` (atomically) and returns its path.
pub fn write_csv(out_dir: &Path, report: &Report) -> anyhow::Result<PathBuf> {
    let path = out_dir.join("findings.csv");
    let bytes = to_csv(report)?;
    super::write_atomically(&path, |tmp| Ok(std::fs::write(tmp, &bytes)?))?;
    Ok(path)
}

/// The findings of a report as a polars DataFrame of string columns (`CSV_HEADER`; unit, sheet
/// and cell are null when absent).
pub fn findings_frame(report: &Report) -> anyhow::Result<polars::prelude::DataFrame> {
    use polars::prelude::{Column, DataFrame};
    let records: Vec<FindingRecord> = ordered_findings(report)
        .into_iter()
        .map(FindingRecord::from_finding)
        .collect();
    let text = |name: &str, get: &dyn Fn(&FindingRecord) -> String| {
        Column::new(
            name.into(),
            records.iter().map(get).collect::<Vec<String>>(),
        )
    };
    let opt = |name: &str, get: &dyn Fn(&FindingRecord) -> Option<String>| {
        Column::new(
            name.into(),
            records.iter().map(get).collect::<Vec<Option<String>>>(),
        )
    };
    let columns = vec![
        text("id", &|r| r.id.clone()),
        text("rule", &|r| r.rule.clone()),
        text("name", &|r| r.name.clone()),
        text("severity", &|r| r.severity.as_str().to_string()),
        text("workbook", &|r| r.workbook.clone()),
        opt("unit", &|r| r.unit.clone()),
        opt("sheet", &|r| r.sheet.clone()),
        opt("cell", &|r| r.cell.clone()),
        text("subject", &|r| r.subject.clone()),
        text("message", &|r| r.message.clone()),
    ];
    Ok(DataFrame::new(records.len(), columns)?)
}

/// Writes `OUT_DIR/findings.parquet` (atomically) and returns its path.
pub fn write_parquet(out_dir: &Path, report: &Report) -> anyhow::Result<PathBuf> {
    use polars::prelude::{ParquetCompression, ParquetWriter};
    let path = out_dir.join("findings.parquet");
    let mut frame = findings_frame(report)?;
    super::write_atomically(&path, |tmp| {
        let mut file = std::fs::File::create(tmp)?;
        ParquetWriter::new(&mut file)
            .with_compression(ParquetCompression::Uncompressed)
            .finish(&mut frame)?;
        file.flush()?;
        Ok(())
    })?;
    Ok(path)
}

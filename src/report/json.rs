//! Machine-readable findings (docs/CONTRACT.md, "Output"): `findings.json` always, `findings.csv` and
//! `findings.parquet` on request; one record layout, its JSON schema committed under `schemas/`.

use super::table::{self, Column, FINDING_COLUMNS, Record, UNIT_COLUMNS, Value};
use crate::contract::Lang;
use crate::findings::{Facts, Finding};
use crate::part::{Block, Want};
use crate::{InputStatus, Report};
use schemars::JsonSchema;
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The version of the `findings.json` layout; bumped on any incompatible change.
pub(crate) const VERSION: u32 = 1;

/// One input workbook.
#[derive(Clone, Debug, PartialEq, Serialize, JsonSchema)]
pub(crate) struct WorkbookRecord {
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
    /// Findings of severity error in the workbook.
    pub errors: usize,
    /// Findings of severity warning in the workbook.
    pub warnings: usize,
    /// Findings of severity info in the workbook.
    pub infos: usize,
    /// How its sheets were read: rows read as totals (`totals_rows`) or as headings, notes,
    /// legends and repeated header rows (`other_rows`), never as data; and where two columns
    /// named one field, which one was read (`columns`).
    pub reading: crate::model::Reading,
}

/// The columns of `findings.csv` and `findings.parquet` (and of each finding in
/// `findings.json`, which adds `data`): every column of the finding table.
pub(crate) fn finding_columns() -> Vec<&'static Column<Finding>> {
    FINDING_COLUMNS.iter().collect()
}

/// The keys of the finding columns, in order (the CSV header).
pub fn csv_header() -> Vec<&'static str> {
    FINDING_COLUMNS.iter().map(|c| c.key).collect()
}

/// The `findings.json` record of a workbook's block.
fn workbook_record(b: &Block, lang: Lang) -> WorkbookRecord {
    let w = &b.result;
    WorkbookRecord {
        path: w.path.clone(),
        status: w.status,
        error: w.error_sentence(lang),
        copy_note: w.copy_note_sentence(lang),
        units: b.units as usize,
        errors: b.counts[0] as usize,
        warnings: b.counts[1] as usize,
        infos: b.counts[2] as usize,
        reading: w.reading.clone(),
    }
}

/// The `findings.json` document: version, workbooks, units and findings, each unit and finding
/// written from its column table; each list streamed from the report's results one record at
/// a time (a pass over the results per list).
struct Document<'a> {
    report: &'a Report,
    lang: Lang,
}

impl Serialize for Document<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeSeq, SerializeStruct};
        struct Workbooks<'a>(&'a Report, Lang);
        impl Serialize for Workbooks<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(None)?;
                for block in self.0.blocks(Want::HEADERS) {
                    let block = block.map_err(|e| S::Error::custom(format!("{e:#}")))?;
                    seq.serialize_element(&workbook_record(&block, self.1))?;
                }
                seq.end()
            }
        }
        struct Units<'a>(&'a Report);
        impl Serialize for Units<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let columns: Vec<_> = UNIT_COLUMNS.iter().collect();
                let mut seq = s.serialize_seq(None)?;
                for block in self.0.blocks(Want::UNITS) {
                    let block = block.map_err(|e| S::Error::custom(format!("{e:#}")))?;
                    let mut units = block.result.units;
                    units.sort_by(|a, b| {
                        let loc = |u: &crate::rules::UnitFigures| {
                            u.unit_loc.as_ref().map(|l| (l.sheet.clone(), l.a1()))
                        };
                        (&a.workbook, &a.unit, loc(a)).cmp(&(&b.workbook, &b.unit, loc(b)))
                    });
                    for u in &units {
                        seq.serialize_element(&Record::<_, ()> {
                            columns: &columns,
                            record: u,
                            lang: Lang::En,
                            extra: None,
                        })?;
                    }
                }
                seq.end()
            }
        }
        struct Findings<'a>(&'a Report, Lang);
        impl Serialize for Findings<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let columns = finding_columns();
                let mut seq = s.serialize_seq(None)?;
                for f in self.0.try_findings() {
                    let f = f.map_err(|e| S::Error::custom(format!("{e:#}")))?;
                    seq.serialize_element(&Record {
                        columns: &columns,
                        record: &f,
                        lang: self.1,
                        extra: Some(("data", &f.data)),
                    })?;
                }
                seq.end()
            }
        }
        let mut out = serializer.serialize_struct("FindingsFile", 5)?;
        out.serialize_field("version", &VERSION)?;
        out.serialize_field("workbooks", &Workbooks(self.report, self.lang))?;
        out.serialize_field("units", &Units(self.report))?;
        out.serialize_field("findings", &Findings(self.report, self.lang))?;
        out.serialize_field("resolved", &self.report.resolved)?;
        out.end()
    }
}

/// The JSON schema of `findings.json`, pretty-printed, with a trailing newline (the text of
/// `schemas/findings.schema.json`): the workbook record from its type, units and findings from
/// their column tables, and a finding's `data` from the registry of figures.
pub fn schema_json() -> String {
    let mut generator = schemars::SchemaGenerator::default();
    let workbook = generator.subschema_for::<WorkbookRecord>();
    let data = generator.subschema_for::<Facts>();
    let units: Vec<_> = UNIT_COLUMNS.iter().collect();
    let unit = table::record_schema(&units, "The figures of one unit.", None);
    let finding = table::record_schema(
        &finding_columns(),
        "One finding.",
        Some(("data", data.to_value())),
    );
    let mut defs = serde_json::Map::new();
    for (name, schema) in generator.take_definitions(true) {
        defs.insert(name, schema);
    }
    defs.insert("UnitRecord".into(), unit);
    defs.insert("FindingRecord".into(), finding);
    let schema = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "teamlint findings",
        "type": "object",
        "properties": {
            "version": { "type": "integer", "description": "Layout version, currently 1." },
            "workbooks": {
                "type": "array",
                "description": "Every input workbook, sorted by path.",
                "items": workbook.to_value()
            },
            "units": {
                "type": "array",
                "description": "Every unit of every workbook that could be read, sorted by workbook and unit.",
                "items": { "$ref": "#/$defs/UnitRecord" }
            },
            "findings": {
                "type": "array",
                "description": "Every finding: each workbook's (in workbook order), then the group-level ones.",
                "items": { "$ref": "#/$defs/FindingRecord" }
            },
            "resolved": {
                "type": ["array", "null"],
                "description": "With --baseline: the baseline's findings that this run no longer has, each as the baseline wrote it; null without a baseline.",
                "items": { "type": "object" }
            }
        },
        "required": ["version", "workbooks", "units", "findings", "resolved"],
        "$defs": defs
    });
    let mut text = serde_json::to_string_pretty(&schema).expect("a schema serialises");
    text.push('\n');
    text
}

/// The `findings.json` text of a report (pretty-printed, trailing newline).
pub fn to_json(report: &Report, lang: Lang) -> String {
    let mut text =
        serde_json::to_string_pretty(&Document { report, lang }).expect("findings serialise");
    text.push('\n');
    text
}

/// Writes `OUT_DIR/findings.json` (atomically) and returns its path. Streamed to the file one
/// record at a time: a batch's findings are never copied whole, neither as records nor as text.
pub fn write_json(out_dir: &Path, report: &Report, lang: Lang) -> anyhow::Result<PathBuf> {
    let path = out_dir.join("findings.json");
    crate::paths::write_atomically(&path, |tmp| {
        let mut out = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        serde_json::to_writer_pretty(&mut out, &Document { report, lang })?;
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

/// Writes the CSV of a report's findings to `out` (header row, one row per finding, formulas
/// neutralised), streaming them, and returns `out`.
fn csv_to<W: Write>(out: W, report: &Report, lang: Lang) -> anyhow::Result<W> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(csv_header())?;
    for f in report.try_findings() {
        let f = f?;
        writer.write_record(FINDING_COLUMNS.iter().map(|c| {
            let value = (c.value)(&f, lang);
            neutralise(&value.csv()).into_owned()
        }))?;
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("{e}"))
}

/// The `findings.csv` bytes of a report (header row, one row per finding, formulas neutralised).
pub fn to_csv(report: &Report, lang: Lang) -> anyhow::Result<Vec<u8>> {
    csv_to(Vec::new(), report, lang)
}

/// Writes `OUT_DIR/findings.csv` (atomically, streamed) and returns its path.
pub fn write_csv(out_dir: &Path, report: &Report, lang: Lang) -> anyhow::Result<PathBuf> {
    let path = out_dir.join("findings.csv");
    crate::paths::write_atomically(&path, |tmp| {
        let file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        csv_to(file, report, lang)?.flush()?;
        Ok(())
    })?;
    Ok(path)
}

/// Findings as a polars DataFrame, one column per finding column (text columns as strings,
/// null where a value is absent).
pub(crate) fn findings_frame(
    findings: &[Finding],
    lang: Lang,
) -> anyhow::Result<polars::prelude::DataFrame> {
    use polars::prelude::{Column as FrameColumn, DataFrame};
    let columns: Vec<FrameColumn> = FINDING_COLUMNS
        .iter()
        .map(|c| {
            let values: Vec<Option<String>> = findings
                .iter()
                .map(|f| match (c.value)(f, lang) {
                    Value::Null => None,
                    v => Some(v.csv().into_owned()),
                })
                .collect();
            FrameColumn::new(c.key.into(), values)
        })
        .collect();
    Ok(DataFrame::new(findings.len(), columns)?)
}

/// Findings per row group of `findings.parquet`: the frame of one group is what the writer
/// holds at a time.
const PARQUET_ROW_GROUP: usize = 4096;

/// Writes `OUT_DIR/findings.parquet` (atomically) and returns its path: the findings stream
/// through in row groups of `PARQUET_ROW_GROUP`.
pub fn write_parquet(out_dir: &Path, report: &Report, lang: Lang) -> anyhow::Result<PathBuf> {
    use polars::prelude::{ParquetCompression, ParquetWriter};
    let path = out_dir.join("findings.parquet");
    crate::paths::write_atomically(&path, |tmp| {
        let mut file = std::fs::File::create(tmp)?;
        let schema = findings_frame(&[], lang)?.schema().as_ref().clone();
        let mut writer = ParquetWriter::new(&mut file)
            .with_compression(ParquetCompression::Uncompressed)
            .batched(&schema)?;
        let mut group = Vec::with_capacity(PARQUET_ROW_GROUP);
        for f in report.try_findings() {
            group.push(f?);
            if group.len() == PARQUET_ROW_GROUP {
                writer.write_batch(&findings_frame(&group, lang)?)?;
                group.clear();
            }
        }
        if !group.is_empty() {
            writer.write_batch(&findings_frame(&group, lang)?)?;
        }
        writer.finish()?;
        file.flush()?;
        Ok(())
    })?;
    Ok(path)
}

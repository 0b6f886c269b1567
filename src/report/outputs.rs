//! The outputs of a run's group stage, one table: each file, the `--format` that asks for it
//! (or none: always written), its media type and its writer, all with one signature.
//!
//! `pipeline` writes what the table and `--format` ask for, `--help` lists the formats from it,
//! and `serve` names each download's media type by it. A new findings format is a writer module,
//! a row here and a variant of `ExtraFormat`.

use crate::contract::Lang;
use crate::i18n::OutputPurpose;
use crate::outcome::{ExtraFormat, Options};
use crate::results::Report;
use std::path::{Path, PathBuf};

/// Writes an output into the output folder (atomically) and returns its path.
pub type Write = fn(&Path, &Report, &Options) -> anyhow::Result<PathBuf>;

/// One output of the group stage.
pub struct Output {
    /// Its file in the output folder.
    pub file: &'static str,
    /// The `--format` that asks for it; `None`: every run writes it.
    pub format: Option<ExtraFormat>,
    /// Its media type, for a download.
    pub media_type: &'static str,
    /// What it is for (the catalogue words it, for `--help` and docs/CONTRACT.md).
    pub purpose: OutputPurpose,
    /// Its writer.
    pub write: Write,
}

/// Every output, in the order a run writes them and lists them.
pub(crate) const OUTPUTS: &[Output] = &[
    Output {
        file: super::group::FILE_NAME,
        format: None,
        media_type: XLSX,
        purpose: OutputPurpose::GroupReport,
        write: |dir, report, options| {
            super::group::write(dir, report, &options.config, options.lang)
        },
    },
    Output {
        file: "findings.json",
        format: None,
        media_type: "application/json",
        purpose: OutputPurpose::FindingsJson,
        write: |dir, report, options| super::json::write_json(dir, report, options.lang),
    },
    Output {
        file: "findings.csv",
        format: Some(ExtraFormat::Csv),
        media_type: "text/csv; charset=utf-8",
        purpose: OutputPurpose::FindingsCsv,
        write: |dir, report, options| super::json::write_csv(dir, report, options.lang),
    },
    Output {
        file: super::junit::FILE_NAME,
        format: Some(ExtraFormat::Junit),
        media_type: "application/xml",
        purpose: OutputPurpose::Junit,
        write: super::junit::write,
    },
    Output {
        file: "findings.parquet",
        format: Some(ExtraFormat::Parquet),
        media_type: "application/vnd.apache.parquet",
        purpose: OutputPurpose::Parquet,
        write: |dir, report, options| super::json::write_parquet(dir, report, options.lang),
    },
    Output {
        file: super::html::FILE_NAME,
        format: None,
        media_type: "text/html; charset=utf-8",
        purpose: OutputPurpose::Page,
        write: super::html::write,
    },
];

/// The media type of a spreadsheet.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The outputs a run with `options` writes, in order.
pub fn wanted(options: &Options) -> impl Iterator<Item = &'static Output> + '_ {
    OUTPUTS
        .iter()
        .filter(|o| o.format.is_none_or(|f| options.formats.contains(&f)))
}

/// The media type of a file a run writes or serves, by its name: an output of the table, an
/// annotated copy, the copies' zip.
pub(crate) fn media_type(name: &str) -> &'static str {
    if let Some(output) = OUTPUTS.iter().find(|o| o.file == name) {
        return output.media_type;
    }
    let extension = Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase());
    match extension.as_deref() {
        Some("xlsx") => XLSX,
        Some("xlsm") => "application/vnd.ms-excel.sheet.macroEnabled.12",
        Some("zip") => "application/zip",
        Some("html") => "text/html; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// The `--format` values and their files, for `--help` in `lang`: `csv (findings.csv: one row per …)`.
pub(crate) fn format_help(lang: Lang) -> String {
    let texts = crate::i18n::texts(lang);
    let entries: Vec<String> = OUTPUTS
        .iter()
        .filter_map(|o| {
            let format = o.format?;
            let name = clap::ValueEnum::to_possible_value(&format)?;
            Some(texts.format_entry(name.get_name(), o.file, o.purpose))
        })
        .collect();
    texts.formats_help(&entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_extra_format_has_one_output_and_every_file_one_row() {
        use clap::ValueEnum;
        for format in ExtraFormat::value_variants() {
            let rows = OUTPUTS.iter().filter(|o| o.format == Some(*format)).count();
            assert_eq!(rows, 1, "{format:?}");
        }
        let mut files: Vec<&str> = OUTPUTS.iter().map(|o| o.file).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), OUTPUTS.len());
        assert_eq!(media_type("findings.csv"), "text/csv; charset=utf-8");
        assert_eq!(
            media_type("Plan.checked.xlsm"),
            "application/vnd.ms-excel.sheet.macroEnabled.12"
        );
        assert!(format_help(Lang::En).contains("junit (findings.junit.xml: for CI dashboards"));
    }
}

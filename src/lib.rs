//! teamlint checks social media staffing workbooks against the rules of a sound social media
//! organisation and writes annotated copies, a group report and machine-readable findings.

pub mod config;
pub mod contract;
pub mod findings;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod discover;

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Finding, Severity};
use crate::rules::UnitFigures;
use std::path::{Path, PathBuf};

/// The machine-readable findings formats besides JSON (which is always written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtraFormat {
    Json,
    Csv,
    Parquet,
}

/// What a run is asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    pub out_dir: PathBuf,
    pub config: Config,
    pub lang: Lang,
    pub formats: Vec<ExtraFormat>,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Show a progress bar (only when stderr is a terminal).
    pub progress: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            out_dir: PathBuf::from("teamlint-out"),
            config: Config::default(),
            lang: Lang::En,
            formats: Vec::new(),
            jobs: None,
            progress: false,
        }
    }
}

/// Whether an input could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum InputStatus {
    Ok,
    Failed,
}

/// The result of one input workbook: its findings and unit figures (its cells are gone).
#[derive(Clone, Debug)]
pub struct WorkbookResult {
    /// Path relative to the input argument, `/`-separated (the `workbook` of its findings).
    pub path: String,
    pub source: PathBuf,
    /// The annotated copy, when it was written.
    pub output: Option<PathBuf>,
    pub status: InputStatus,
    /// The one-line reason when the workbook could not be read or written.
    pub error: Option<String>,
    pub units: Vec<UnitFigures>,
    pub findings: Vec<Finding>,
}

/// The result of a whole run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub workbooks: Vec<WorkbookResult>,
    /// Findings about units of several workbooks (COORD003, DATA004 across workbooks).
    pub group_findings: Vec<Finding>,
    /// Files written besides the annotated copies (group report, findings.json, ...).
    pub outputs: Vec<PathBuf>,
}

impl Report {
    /// Every finding: each workbook's, then the group's.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.workbooks
            .iter()
            .flat_map(|w| w.findings.iter())
            .chain(self.group_findings.iter())
    }

    /// Every unit of every workbook.
    pub fn units(&self) -> impl Iterator<Item = &UnitFigures> {
        self.workbooks.iter().flat_map(|w| w.units.iter())
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.findings().filter(|f| f.severity == severity).count()
    }

    pub fn failed(&self) -> usize {
        self.workbooks
            .iter()
            .filter(|w| w.status == InputStatus::Failed)
            .count()
    }
}

/// Relative path of an input as findings name it: relative to its input argument, `/`-separated.
pub fn display_path(path: &Path, root: &Path) -> String {
    let rel = if root.is_dir() {
        path.strip_prefix(root).unwrap_or(path)
    } else {
        Path::new(path.file_name().unwrap_or(path.as_os_str()))
    };
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

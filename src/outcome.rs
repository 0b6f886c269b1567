//! What a run is asked to do and what it found: `Options`, each input's `WorkbookResult`, the
//! run's `Totals`. Plain data below the part format, the results' store and the writers.

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{self, Finding, Severity};
use crate::problem::{CopyNote, Problem};
use crate::rules::{self, UnitFigures};
use crate::shard::Shard;
use std::path::PathBuf;

/// The machine-readable findings formats besides JSON (which is always written).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtraFormat {
    /// `findings.csv`.
    Csv,
    /// `findings.parquet`.
    Parquet,
    /// `findings.junit.xml`, for CI dashboards.
    Junit,
}

/// What a run is asked to do.
#[derive(Clone, Debug)]
pub struct Options {
    /// The folder the outputs are written to; input folders are mirrored below it.
    pub out_dir: PathBuf,
    /// Thresholds, rule severities and currency rates.
    pub config: Config,
    /// The language of every text a person reads.
    pub lang: Lang,
    /// Findings files to write besides `findings.json`.
    pub formats: Vec<ExtraFormat>,
    /// A previous run to compare with: each finding is marked new or unchanged, and the
    /// baseline's findings that are gone are listed as resolved.
    pub baseline: Option<crate::baseline::Baseline>,
    /// The day waivers are judged on (`--today`); `None`: the system's date.
    pub today: Option<(u16, u8, u8)>,
    /// The lowest severity that fails the run (`--fail-on`); `None`: nothing fails.
    pub fail_on: Option<Severity>,
    /// With a baseline, whether every finding fails the run, not only the new ones.
    pub fail_on_all: bool,
    /// Worker threads; `None` uses every core.
    pub jobs: Option<usize>,
    /// Show a progress bar (only when stderr is a terminal).
    pub progress: bool,
    /// Called where a run has freed much memory (after discovery; after the workbooks are
    /// checked, on every worker thread, before the group stage allocates its own): the binary
    /// returns its allocator's freed pages to the system here.
    pub release_memory: Option<fn()>,
    /// Workbooks listed by `--files-from`, checked besides the paths: files or folders
    /// relative to the working folder, named in findings as listed.
    pub listed: Vec<String>,
    /// Check only this shard of the input list (`--shard I/N`).
    pub shard: Option<Shard>,
    /// Write this run's part file (`--part`) instead of the group outputs, for `merge`.
    pub part: bool,
    /// The command line after `teamlint`, without `--shard`: a part records it, so that a merge
    /// can say how to run a missing shard again.
    pub command: Vec<String>,
}

impl Options {
    /// The day waivers are judged on.
    pub fn day(&self) -> (u16, u8, u8) {
        self.today.unwrap_or_else(rules::waivers::today)
    }

    /// Whether a finding fails the run (exit code 1, a JUnit failure): at or above `fail_on`,
    /// not accepted by a waiver that still holds, and new when a baseline says so.
    pub fn fails(&self, f: &Finding) -> bool {
        let new_only = self.baseline.is_some() && !self.fail_on_all;
        self.fail_on.is_some_and(|t| f.severity >= t)
            && f.counts()
            && (!new_only || f.change == Some(findings::Change::New))
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            out_dir: PathBuf::from("teamlint-out"),
            config: Config::default(),
            lang: Lang::En,
            formats: Vec::new(),
            baseline: None,
            today: None,
            fail_on: Some(Severity::Error),
            fail_on_all: false,
            jobs: None,
            progress: false,
            release_memory: None,
            listed: Vec::new(),
            shard: None,
            part: false,
            command: Vec::new(),
        }
    }
}

/// Whether an input could be read.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum InputStatus {
    /// Read and checked (its copy may still have failed: see `error`).
    Ok,
    /// Not read, or refused: `error` says why.
    Failed,
}

/// The result of one input workbook: its findings and unit figures (its cells are gone).
#[derive(Clone, Debug)]
pub struct WorkbookResult {
    /// Path relative to the input argument, `/`-separated (the `workbook` of its findings).
    pub path: String,
    /// The input file as found on disk.
    pub source: PathBuf,
    /// The annotated copy, when it was written.
    pub output: Option<PathBuf>,
    /// Whether it could be read.
    pub status: InputStatus,
    /// Why the workbook could not be read or its copy not written (put in words by the outputs).
    pub error: Option<Problem>,
    /// Why an `.xlsx`/`.xlsm` copy was rebuilt instead of patched, or what of it was repaired.
    pub copy_note: Option<CopyNote>,
    /// Its units' figures.
    pub units: Vec<UnitFigures>,
    /// Its findings.
    pub findings: Vec<Finding>,
    /// The rows the reader did not take for data, and the columns it chose.
    pub reading: crate::model::Reading,
}

impl WorkbookResult {
    /// Why it could not be read or its copy not written, in `lang`.
    pub fn error_sentence(&self, lang: Lang) -> Option<String> {
        self.error.as_ref().map(|e| e.sentence(lang))
    }

    /// What the reader of its copy should know (rebuilt, repaired), in `lang`.
    pub fn copy_note_sentence(&self, lang: Lang) -> Option<String> {
        self.copy_note.as_ref().map(|n| n.sentence(lang))
    }

    /// An input that could not be read or written, with the reason.
    pub fn failed(path: String, source: PathBuf, error: Problem) -> WorkbookResult {
        WorkbookResult {
            path,
            source,
            output: None,
            status: InputStatus::Failed,
            error: Some(error),
            copy_note: None,
            units: Vec::new(),
            findings: Vec::new(),
            reading: Default::default(),
        }
    }
}

/// Counts over a whole run, gathered while its results stream by: the terminal summary, the
/// group report's columns and the exit code read them instead of holding every finding.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Inputs, read or not.
    pub workbooks: usize,
    /// Inputs that could not be read.
    pub failed: usize,
    /// Units of every workbook.
    pub units: usize,
    /// Annotated copies written.
    pub copies: usize,
    /// Findings of severity error (each workbook's and the group's).
    pub errors: usize,
    /// Findings of severity warning.
    pub warnings: usize,
    /// Findings of severity info.
    pub infos: usize,
    /// Findings a waiver accepts that still holds.
    pub waived: usize,
    /// Findings whose waiver has expired.
    pub expired: usize,
    /// With a baseline: findings new since then.
    pub new: usize,
    /// With a baseline: findings the baseline had too.
    pub unchanged: usize,
    /// Findings that fail the run (`Options::fails`), counted by the run that made the report.
    pub failing: usize,
    /// The codes of the rules with at least one finding, in the catalogue's order.
    pub rules: Vec<&'static str>,
    /// Half-written temporary files of an interrupted earlier run, removed at the start.
    pub leftovers_removed: Vec<PathBuf>,
}

impl Totals {
    /// Adds a group finding.
    pub(crate) fn add_group(&mut self, f: &Finding) {
        match f.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
        self.note(f);
    }

    /// Notes what a finding adds besides its severity.
    pub(crate) fn note(&mut self, f: &Finding) {
        if let Some(w) = &f.waiver {
            if w.expired {
                self.expired += 1;
            } else {
                self.waived += 1;
            }
        }
        match f.change {
            Some(findings::Change::New) => self.new += 1,
            Some(findings::Change::Unchanged) => self.unchanged += 1,
            None => {}
        }
        if !self.rules.contains(&f.rule.code) {
            self.rules.push(f.rule.code);
            let order = |code: &str| rules::all().iter().position(|r| r.code == code);
            self.rules.sort_by_key(|c| order(c));
        }
    }
}

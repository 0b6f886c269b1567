//! The pipeline of a run: find the inputs, check each workbook in parallel (read, rules, annotated
//! copy), then the group rules and the group outputs; with the result types it returns.

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{self, Finding, Severity};
use crate::rules::{self, UnitFigures};
use crate::{discover, load, report};
use std::path::{Path, PathBuf};

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
    /// Called once after the workbooks are checked, before the group stage allocates its own
    /// memory: the binary returns its allocator's freed pages to the system here.
    pub release_memory: Option<fn()>,
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
        }
    }
}

/// Whether an input could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum InputStatus {
    /// Ok.
    Ok,
    /// Failed.
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
    /// The one-line reason when the workbook could not be read or written.
    pub error: Option<String>,
    /// Why an `.xlsx`/`.xlsm` copy was rebuilt instead of patched ("rebuilt: …"), if it was.
    pub copy_note: Option<String>,
    /// Its units' figures.
    pub units: Vec<UnitFigures>,
    /// Its findings.
    pub findings: Vec<Finding>,
}

impl WorkbookResult {
    /// An input that could not be read or written, with the reason.
    pub fn failed(path: String, source: PathBuf, error: String) -> WorkbookResult {
        WorkbookResult {
            path,
            source,
            output: None,
            status: InputStatus::Failed,
            error: Some(error),
            copy_note: None,
            units: Vec::new(),
            findings: Vec::new(),
        }
    }
}

/// The result of a whole run.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Every input, read or not.
    pub workbooks: Vec<WorkbookResult>,
    /// Findings about units of several workbooks (COORD003, DATA004 across workbooks).
    pub group_findings: Vec<Finding>,
    /// Files written besides the annotated copies (group report, findings.json, ...).
    pub outputs: Vec<PathBuf>,
    /// With a baseline: its findings that this run no longer has, as the baseline wrote them.
    pub resolved: Option<Vec<serde_json::Value>>,
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

    /// How many findings of a severity the run has.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings().filter(|f| f.severity == severity).count()
    }

    /// How many inputs could not be read.
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

/// Checks every workbook under `paths` in parallel, writes the annotated copies, the group report
/// and the findings files into `options.out_dir`, and returns what was found.
pub fn check(paths: &[PathBuf], options: &Options) -> anyhow::Result<Report> {
    use rayon::prelude::*;

    let (inputs, discover_errors) = discover::discover(paths, &options.out_dir, options.lang);
    let outputs = output_paths(&inputs, &options.out_dir);
    let mut workbooks: Vec<WorkbookResult> = discover_errors
        .into_iter()
        .map(|(path, error)| WorkbookResult::failed(path.display().to_string(), path, error))
        .collect();

    let bar = if options.progress {
        indicatif::ProgressBar::new(inputs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()?;
    let checked: Vec<WorkbookResult> = pool.install(|| {
        inputs
            .par_iter()
            .zip(outputs.par_iter())
            .map(|(input, out)| {
                let result = check_input(input, out, options);
                bar.set_message(result.path.clone());
                bar.inc(1);
                result
            })
            .collect()
    });
    bar.finish_and_clear();
    workbooks.extend(checked);

    if let Some(release) = options.release_memory {
        release();
    }
    group_stage(workbooks, options, &pool)
}

/// The group stage over workbooks already checked (`teamlint watch` keeps them between runs):
/// the group rules, waivers and baseline, then the group outputs in `options.out_dir`.
pub fn finish(workbooks: Vec<WorkbookResult>, options: &Options) -> anyhow::Result<Report> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()?;
    group_stage(workbooks, options, &pool)
}

/// Checks one workbook (read, rules, annotated copy at `out`), a panic failing it alone.
pub fn check_input(input: &discover::Input, out: &Path, options: &Options) -> WorkbookResult {
    crate::guard::check_guarded(input, out, options, check_one)
}

fn group_stage(
    workbooks: Vec<WorkbookResult>,
    options: &Options,
    pool: &rayon::ThreadPool,
) -> anyhow::Result<Report> {
    let units: Vec<UnitFigures> = workbooks
        .iter()
        .flat_map(|w| w.units.iter().cloned())
        .collect();
    let mut group_findings = rules::check_group(&units, &options.config);
    findings::sort(&mut group_findings);
    let mut report = Report {
        workbooks,
        group_findings,
        outputs: Vec::new(),
        resolved: None,
    };
    rules::waivers::apply(
        &mut report.group_findings,
        &options.config.waivers,
        options.day(),
    );
    let all: Vec<&Finding> = report.findings().collect();
    let unused = rules::waivers::unused(options.config.waivers.iter().map(|w| (w, None)), "", &all);
    drop(all);
    report
        .group_findings
        .extend(rules::apply_config(unused, &options.config));
    if let Some(baseline) = &options.baseline {
        baseline.mark(&mut report.group_findings);
        report.resolved = Some(baseline.resolved(report.findings()));
    }
    std::fs::create_dir_all(&options.out_dir)?;
    // The group report and findings.json are written side by side (on two of the pool's threads).
    let (group_report, json) = pool.install(|| {
        rayon::join(
            || report::group::write(&options.out_dir, &report, &options.config, options.lang),
            || report::json::write_json(&options.out_dir, &report, options.lang),
        )
    });
    report.outputs.push(group_report?);
    report.outputs.push(json?);
    if options.formats.contains(&ExtraFormat::Csv) {
        report.outputs.push(report::json::write_csv(
            &options.out_dir,
            &report,
            options.lang,
        )?);
    }
    if options.formats.contains(&ExtraFormat::Junit) {
        report
            .outputs
            .push(report::junit::write(&options.out_dir, &report, options)?);
    }
    if options.formats.contains(&ExtraFormat::Parquet) {
        report.outputs.push(report::json::write_parquet(
            &options.out_dir,
            &report,
            options.lang,
        )?);
    }
    report
        .outputs
        .push(report::html::write(&options.out_dir, &report, options)?);
    Ok(report)
}

/// Loads, checks and writes the annotated copy of one workbook; its cells are dropped on return.
fn check_one(input: &discover::Input, out: &Path, options: &Options) -> WorkbookResult {
    let path = input.display();
    let failed = |error: String| WorkbookResult::failed(path.clone(), input.path.clone(), error);
    let (workbook, load_findings) = match load::load(&input.path, &path) {
        Ok(loaded) => loaded,
        Err(e) => return failed(e.message(options.lang)),
    };
    let (mut findings, units) =
        rules::check_workbook(&workbook.plan, load_findings, &options.config);
    // The workbook's own waivers first (its Waivers sheet), then the group's.
    let own = workbook.plan.waivers.iter().map(|r| &r.waiver);
    rules::waivers::apply(&mut findings, own, options.day());
    rules::waivers::apply(&mut findings, &options.config.waivers, options.day());
    findings.shrink_to_fit();
    if let Some(baseline) = &options.baseline {
        baseline.mark(&mut findings);
    }
    // (A rebuilt copy takes the workbook and drops it sheet by sheet as it writes them.)
    let written =
        report::patch::write_copy(&input.path, out, workbook, &findings, &units, options.lang);
    let copy = match written {
        Ok(copy) => copy,
        Err(e) => {
            let mut result = failed(format!("cannot write {}: {e:#}", out.display()));
            result.findings = findings;
            result.units = units;
            return result;
        }
    };
    WorkbookResult {
        path,
        source: input.path.clone(),
        output: Some(copy.path),
        status: InputStatus::Ok,
        error: None,
        copy_note: copy.note,
        units,
        findings,
    }
}

/// `NAME.checked.xlsx` (`.xlsm` for a macro workbook) under `out_dir`, mirroring each input's
/// folder below its input argument; two inputs that would share a name get `NAME-2.checked.xlsx`,
/// in input order. An `.xlsm` also reserves the `.xlsx` name its copy takes if it is rebuilt.
pub fn output_paths(inputs: &[discover::Input], out_dir: &Path) -> Vec<PathBuf> {
    let mut taken = std::collections::HashSet::new();
    inputs
        .iter()
        .map(|input| {
            let display = input.display();
            let (folder, file) = display.rsplit_once('/').unwrap_or(("", &display));
            let stem = Path::new(file)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let dir = out_dir.join(folder);
            let macros = file.to_lowercase().ends_with(".xlsm");
            let mut n = 1;
            loop {
                let base = if n == 1 {
                    format!("{stem}.checked")
                } else {
                    format!("{stem}-{n}.checked")
                };
                let xlsx = dir
                    .join(format!("{base}.xlsx"))
                    .to_string_lossy()
                    .to_lowercase();
                let xlsm = dir
                    .join(format!("{base}.xlsm"))
                    .to_string_lossy()
                    .to_lowercase();
                let free = !(taken.contains(&xlsx) || macros && taken.contains(&xlsm));
                if free {
                    taken.insert(xlsx);
                    if macros {
                        taken.insert(xlsm);
                        return dir.join(format!("{base}.xlsm"));
                    }
                    return dir.join(format!("{base}.xlsx"));
                }
                n += 1;
            }
        })
        .collect()
}

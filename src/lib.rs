//! teamlint checks social media staffing workbooks against the rules of a sound social media
//! organisation and writes annotated copies, a group report and machine-readable findings.

pub mod config;
pub mod contract;
pub mod discover;
pub mod findings;
pub mod load;
pub mod model;
pub mod report;
pub mod rules;
pub mod schema;
pub mod template;

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
    /// Called once after the workbooks are checked, before the group stage allocates its own
    /// memory: the binary returns its allocator's freed pages to the system here.
    pub release_memory: Option<fn()>,
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
            release_memory: None,
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
    /// Why an `.xlsx`/`.xlsm` copy was rebuilt instead of patched ("rebuilt: …"), if it was.
    pub copy_note: Option<String>,
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

/// Checks every workbook under `paths` in parallel, writes the annotated copies, the group report
/// and the findings files into `options.out_dir`, and returns what was found.
pub fn check(paths: &[PathBuf], options: &Options) -> anyhow::Result<Report> {
    use rayon::prelude::*;

    let (inputs, discover_errors) = discover::discover(paths, &options.out_dir);
    let outputs = output_paths(&inputs, &options.out_dir);
    let mut workbooks: Vec<WorkbookResult> = discover_errors
        .into_iter()
        .map(|(path, error)| WorkbookResult {
            path: path.display().to_string(),
            source: path,
            output: None,
            status: InputStatus::Failed,
            error: Some(error),
            copy_note: None,
            units: Vec::new(),
            findings: Vec::new(),
        })
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
                let result = check_one(input, out, options);
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
    };
    std::fs::create_dir_all(&options.out_dir)?;
    // The group report and findings.json are written side by side (on two of the pool's threads).
    let (group_report, json) = pool.install(|| {
        rayon::join(
            || report::group::write(&options.out_dir, &report, &options.config, options.lang),
            || report::json::write_json(&options.out_dir, &report),
        )
    });
    report.outputs.push(group_report?);
    report.outputs.push(json?);
    if options.formats.contains(&ExtraFormat::Csv) {
        report
            .outputs
            .push(report::json::write_csv(&options.out_dir, &report)?);
    }
    if options.formats.contains(&ExtraFormat::Parquet) {
        report
            .outputs
            .push(report::json::write_parquet(&options.out_dir, &report)?);
    }
    Ok(report)
}

/// Loads, checks and writes the annotated copy of one workbook; its cells are dropped on return.
fn check_one(input: &discover::Input, out: &Path, options: &Options) -> WorkbookResult {
    let path = input.display();
    let failed = |error: String| WorkbookResult {
        path: path.clone(),
        source: input.path.clone(),
        output: None,
        status: InputStatus::Failed,
        error: Some(error),
        copy_note: None,
        units: Vec::new(),
        findings: Vec::new(),
    };
    let (workbook, load_findings) = match load::load(&input.path, &path) {
        Ok(loaded) => loaded,
        Err(e) => return failed(e.to_string()),
    };
    let (mut findings, units) =
        rules::check_workbook(&workbook.plan, load_findings, &options.config);
    findings.shrink_to_fit();
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
fn output_paths(inputs: &[discover::Input], out_dir: &Path) -> Vec<PathBuf> {
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

/// The rule catalogue as a Markdown table (the README's, kept current by a test).
pub fn rules_markdown() -> String {
    let mut out = String::from("| code | name | severity | checks |\n| --- | --- | --- | --- |\n");
    for r in rules::all() {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.name,
            r.severity.as_str(),
            r.summary(Lang::En).replace('|', "\\|")
        ));
    }
    out
}

/// The rule catalogue as a plain-text table (code, name, default severity, one line), as
/// `teamlint rules` prints it.
pub fn rules_table(lang: Lang) -> String {
    let (h_code, h_name, h_sev, h_what) = match lang {
        Lang::En => ("CODE", "NAME", "SEVERITY", "CHECKS"),
        Lang::De => ("CODE", "NAME", "SCHWERE", "PRÜFT"),
    };
    let all = rules::all();
    let name_w = all
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(4)
        .max(h_name.len());
    let mut out = format!("{h_code:<9}{h_name:<name_w$}  {h_sev:<9}{h_what}\n");
    for r in all {
        out.push_str(&format!(
            "{:<9}{:<name_w$}  {:<9}{}\n",
            r.code,
            r.name,
            r.severity.label(lang),
            r.summary(lang)
        ));
    }
    out
}

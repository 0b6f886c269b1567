//! The pipeline of a run: find the inputs, check each workbook in parallel (read, rules, annotated
//! copy), then the group rules and the group outputs; with the result types it returns.

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{self, Finding, Severity};
use crate::part::{self, Want};
use crate::results::{Marks, Results, SpoolWriter};
use crate::rules::{self, UnitFigures};
use crate::shard::{InputList, Shard, Work};
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
    /// The rows the reader did not take for data, and the columns it chose.
    pub reading: crate::model::Reading,
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
    /// Adds a workbook's block: its counts from its `workbook` line, and each finding read
    /// with it.
    fn add_block(&mut self, block: &crate::part::Block) {
        let w = &block.result;
        self.workbooks += 1;
        self.failed += usize::from(w.status == InputStatus::Failed);
        self.units += block.units as usize;
        self.copies += usize::from(w.output.is_some());
        self.errors += block.counts[0] as usize;
        self.warnings += block.counts[1] as usize;
        self.infos += block.counts[2] as usize;
        for f in &w.findings {
            self.note(f);
        }
    }

    /// Adds a group finding.
    fn add_group(&mut self, f: &Finding) {
        match f.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
        self.note(f);
    }

    /// Notes what a finding adds besides its severity.
    fn note(&mut self, f: &Finding) {
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

/// The result of a whole run: counts, the group's findings and the files written. Each
/// workbook's result (its units and findings) is not held here but streamed back on request
/// (`workbooks`, `findings`, `units`) from where the run keeps it: a temporary spool that lives
/// as long as the report, the parts of a merge, or memory for a report built with `new`.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// Findings about units of several workbooks (COORD003, DATA004 across workbooks, WAIVE001
    /// of the config's waivers).
    pub group_findings: Vec<Finding>,
    /// Files written besides the annotated copies (group report, findings.json, a part, ...).
    pub outputs: Vec<PathBuf>,
    /// With a baseline: its findings that this run no longer has, as the baseline wrote them.
    pub resolved: Option<Vec<serde_json::Value>>,
    /// Counts over the run.
    pub totals: Totals,
    /// Whether the report merges the parts of a sharded run (`merge`): its annotated copies were
    /// written by the shards, each beside its part.
    pub merged: bool,
    /// Where each workbook's result is kept.
    results: Results,
}

impl Report {
    /// A report of results held in memory (a library user's or a test's): workbooks and group
    /// findings as given, counts worked out from them (`failing` stays 0: no run judged them).
    pub fn new(workbooks: Vec<WorkbookResult>, group_findings: Vec<Finding>) -> Report {
        let results = Results::memory(workbooks);
        let mut totals = Totals::default();
        for block in results.blocks(Want::FINDINGS) {
            totals.add_block(&block.expect("results in memory read back"));
        }
        for f in &group_findings {
            totals.add_group(f);
        }
        Report {
            group_findings,
            outputs: Vec::new(),
            resolved: None,
            totals,
            merged: false,
            results,
        }
    }

    /// Every workbook's block in output order (by path), with what `want` asks for.
    pub(crate) fn blocks(&self, want: Want) -> crate::results::Blocks<'_> {
        self.results.blocks(want)
    }

    /// Every input, read or not, sorted by path, each with its units and findings (read back
    /// one at a time: the report holds none of them), or the error that stopped reading them.
    pub fn try_workbooks(&self) -> impl Iterator<Item = anyhow::Result<WorkbookResult>> + '_ {
        self.blocks(Want::ALL).map(|b| b.map(|b| b.result))
    }

    /// Every input, sorted by path, each with its units and findings. Panics if the run's
    /// results cannot be read back (use `try_workbooks` to handle that).
    pub fn workbooks(&self) -> impl Iterator<Item = WorkbookResult> + '_ {
        self.try_workbooks().map(read_back)
    }

    /// Every finding in output order: each workbook's in reading order (workbooks by path),
    /// then the group's; or the error that stopped reading them.
    pub fn try_findings(&self) -> impl Iterator<Item = anyhow::Result<Finding>> + '_ {
        let mut group: Vec<&Finding> = self.group_findings.iter().collect();
        group.sort_by(|a, b| findings::order(a, b));
        self.blocks(Want::FINDINGS)
            .flat_map(|b| -> Box<dyn Iterator<Item = anyhow::Result<Finding>>> {
                match b {
                    Ok(b) => {
                        let mut found = b.result.findings;
                        findings::sort(&mut found);
                        Box::new(found.into_iter().map(Ok))
                    }
                    Err(e) => Box::new(std::iter::once(Err(e))),
                }
            })
            .chain(group.into_iter().cloned().map(Ok))
    }

    /// Every finding in output order (see `try_findings`). Panics if the run's results cannot
    /// be read back.
    pub fn findings(&self) -> impl Iterator<Item = Finding> + '_ {
        self.try_findings().map(read_back)
    }

    /// Every unit of every workbook, workbooks by path. Panics if the run's results cannot be
    /// read back.
    pub fn units(&self) -> impl Iterator<Item = UnitFigures> + '_ {
        self.blocks(Want::UNITS)
            .map(read_back)
            .flat_map(|b| b.result.units)
    }

    /// How many findings of a severity the run has.
    pub fn count(&self, severity: Severity) -> usize {
        match severity {
            Severity::Error => self.totals.errors,
            Severity::Warning => self.totals.warnings,
            Severity::Info => self.totals.infos,
        }
    }

    /// How many inputs could not be read.
    pub fn failed(&self) -> usize {
        self.totals.failed
    }
}

/// A result read back, or a panic naming why it could not be.
fn read_back<T>(result: anyhow::Result<T>) -> T {
    result.unwrap_or_else(|e| panic!("teamlint: the run's results could not be read back: {e:#}"))
}

/// Relative path of an input as findings name it: relative to its input argument, `/`-separated.
pub fn display_path(path: &Path, root: &Path) -> String {
    if root.is_dir() {
        relative_name(path, root)
    } else {
        relative_name(
            Path::new(path.file_name().unwrap_or(path.as_os_str())),
            Path::new(""),
        )
    }
}

/// A path below `base` as a `/`-separated relative name (the whole path, `/`-separated, when it
/// is not below it): how parts, findings and downloads name a file.
pub(crate) fn relative_name(path: &Path, base: &Path) -> String {
    path.strip_prefix(base)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The worker pool of a run (`--jobs`, else every core).
fn pool(options: &Options) -> anyhow::Result<rayon::ThreadPool> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.unwrap_or(0))
        .build()?)
}

/// Checks every workbook under `paths` (and `options.listed`) in parallel, writes the annotated
/// copies, the group report and the findings files into `options.out_dir`, and returns what was
/// found. Each workbook's result goes to a temporary spool as it finishes; the group stage
/// reads them back one at a time. With `options.shard`, only that shard's workbooks are
/// checked; with `options.part`, the run writes its part file instead of the group outputs.
pub fn check(paths: &[PathBuf], options: &Options) -> anyhow::Result<Report> {
    use rayon::prelude::*;

    let started = std::time::SystemTime::now();
    let shard = options.shard.unwrap_or(Shard::WHOLE);
    let list = InputList::new(
        paths,
        &options.listed,
        &options.out_dir,
        shard,
        options.lang,
    );
    // What discovery allocated and freed goes back now, not after the workbooks.
    if let Some(release) = options.release_memory {
        release();
    }
    std::fs::create_dir_all(&options.out_dir)?;
    // What a killed earlier run left half-written where this one writes.
    // (A set: a large run has few folders.)
    let mut folders = std::collections::BTreeSet::from([options.out_dir.clone()]);
    for entry in &list.entries {
        if let Work::Check { path, root, copy } = &entry.work {
            let out = copy_path(&list.input(path, *root).display(), &options.out_dir, *copy);
            folders.extend(out.parent().map(Path::to_path_buf));
        }
    }
    let leftovers = report::remove_abandoned_temporaries(folders.into_iter().collect(), started);
    let spool = SpoolWriter::create(&options.out_dir, list.entries.len())?;
    let bar = if options.progress {
        indicatif::ProgressBar::new(list.entries.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let pool = pool(options)?;
    pool.install(|| {
        list.entries.par_iter().try_for_each(|entry| {
            let (result, read) = match &entry.work {
                Work::Check { path, root, copy } => {
                    let input = list.input(path, *root);
                    let out = copy_path(&input.display(), &options.out_dir, *copy);
                    // Stamped before it is read: a change while it is checked shows later.
                    let read = part::Stamp::of(&input.path);
                    (check_input(&input, &out, options), read)
                }
                Work::Refused { path, reason } => {
                    let name = path.display().to_string();
                    let failed = WorkbookResult::failed(name, path.clone(), reason.clone());
                    (failed, None)
                }
            };
            bar.set_message(crate::visible::name(&result.path).into_owned());
            bar.inc(1);
            spool.append(entry.rank, &result, read)
        })
    })?;
    bar.finish_and_clear();
    let spool = spool.finish()?;
    let results = Results::spool(spool, &options.out_dir, Marks::of(options));
    let mut report = if options.part {
        write_part(results, &list, shard, options)?
    } else {
        // The group stage needs no input list: its memory is the results'.
        drop(list);
        group_stage(results, options, &pool)?
    };
    report.totals.leftovers_removed = leftovers;
    Ok(report)
}

/// Merges the parts of a sharded run (part files, or folders holding them) and writes the group
/// report and findings files into `options.out_dir`, as one run over every shard's workbooks
/// would. Refuses, with a `part::PartError` naming the part, parts of another teamlint version,
/// configuration, language or input list, a missing or repeated shard, a damaged or altered
/// part, and a part older than its inputs (`part::verify`), before it writes anything.
pub fn merge(parts: &[PathBuf], options: &Options) -> anyhow::Result<Report> {
    let started = std::time::SystemTime::now();
    let found = part::find_parts(parts)?;
    let checked = part::check_parts(&found, &part::config_hash(&options.config), options.lang)?;
    let pool = pool(options)?;
    pool.install(|| part::verify(&checked))?;
    std::fs::create_dir_all(&options.out_dir)?;
    let leftovers = report::remove_abandoned_temporaries(vec![options.out_dir.clone()], started);
    let results = Results::parts(checked, Marks::of(options));
    let mut report = group_stage(results, options, &pool)?;
    report.merged = true;
    report.totals.leftovers_removed = leftovers;
    Ok(report)
}

impl Marks {
    /// The marks of a run with these options.
    fn of(options: &Options) -> Marks {
        Marks {
            waivers: options.config.waivers.clone(),
            day: options.day(),
            baseline: options.baseline.clone(),
        }
    }
}

/// Writes the part of a `--part` run and returns its report (no group stage).
fn write_part(
    results: Results,
    list: &InputList,
    shard: Shard,
    options: &Options,
) -> anyhow::Result<Report> {
    let mut totals = Totals::default();
    for block in results.blocks(Want::HEADERS) {
        totals.add_block(&block?);
    }
    let manifest = part::Manifest {
        format: part::FORMAT.into(),
        format_version: part::FORMAT_VERSION,
        teamlint: env!("CARGO_PKG_VERSION").into(),
        build: part::BUILD.into(),
        command: options.command.clone(),
        config: part::config_hash(&options.config),
        lang: options.lang,
        shard,
        inputs: part::ListOfInputs {
            count: list.total,
            hash: list.hash.clone(),
        },
        workbooks: totals.workbooks as u64,
        failed: totals.failed as u64,
        units: totals.units as u64,
        findings: (totals.errors + totals.warnings + totals.infos) as u64,
        digest: String::new(),
    };
    let path = options.out_dir.join(shard.part_file_name());
    let spool = results
        .spool_of_run()
        .expect("a run keeps its results in a spool");
    part::write_part(&path, manifest, || spool.raw_blocks())?;
    Ok(Report {
        group_findings: Vec::new(),
        outputs: vec![path],
        resolved: None,
        totals,
        merged: false,
        results,
    })
}

/// The group stage over workbooks already checked and held in memory (`teamlint watch` keeps
/// them between runs): the group rules, waivers and baseline, then the group outputs.
pub fn finish(workbooks: Vec<WorkbookResult>, options: &Options) -> anyhow::Result<Report> {
    let results = Results::memory(workbooks);
    group_stage(results, options, &pool(options)?)
}

/// Checks one workbook (read, rules, annotated copy at `out`), a panic failing it alone.
pub fn check_input(input: &discover::Input, out: &Path, options: &Options) -> WorkbookResult {
    crate::guard::check_guarded(input, out, options, check_one)
}

/// The group stage of a run or a merge: one pass over the results for the units, the waivers
/// used, the baseline's resolved findings and the counts; the group rules; then the group
/// report and the findings files, each streaming the results again.
fn group_stage(
    results: Results,
    options: &Options,
    pool: &rayon::ThreadPool,
) -> anyhow::Result<Report> {
    // Every worker's freed memory goes back (each thread's allocator keeps its own), so the
    // group stage does not come on top of it.
    if let Some(release) = options.release_memory {
        pool.broadcast(|_| release());
        release();
    }
    let config = &options.config;
    let mut totals = Totals::default();
    // Every unit of the run, for the group rules: reserved at its size (no doubling).
    let mut units: Vec<rules::GroupUnit> = Vec::with_capacity(results.unit_count());
    let mut usage = rules::waivers::Usage::new(config.waivers.iter().map(|w| (w, None)));
    let mut resolution = options.baseline.as_ref().map(|b| b.resolution());
    for block in results.blocks(Want::ALL) {
        let block = block?;
        totals.add_block(&block);
        for f in &block.result.findings {
            usage.see(f);
            if let Some(r) = resolution.as_mut() {
                r.see(f);
            }
            totals.failing += usize::from(options.fails(f));
        }
        units.extend(block.result.units.into_iter().map(rules::GroupUnit::from));
    }
    let mut group_findings = rules::check_group_units(&units, config);
    drop(units);
    rules::waivers::apply(&mut group_findings, &config.waivers, options.day());
    for f in &group_findings {
        usage.see(f);
    }
    group_findings.extend(rules::apply_config(usage.unused(""), config));
    findings::sort(&mut group_findings);
    if let Some(baseline) = &options.baseline {
        baseline.mark(&mut group_findings);
    }
    for f in &group_findings {
        if let Some(r) = resolution.as_mut() {
            r.see(f);
        }
        totals.add_group(f);
        totals.failing += usize::from(options.fails(f));
    }
    let mut report = Report {
        group_findings,
        outputs: Vec::new(),
        resolved: resolution.map(|r| r.resolved()),
        totals,
        merged: false,
        results,
    };
    // The group report and findings.json are written side by side (on two of the pool's threads).
    let (group_report, json) = pool.install(|| {
        rayon::join(
            || report::group::write(&options.out_dir, &report, config, options.lang),
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
    // The same bytes are checked and patched: a file replaced between the two (a drop folder, a
    // share) cannot slip into the copy unchecked.
    // (In the system's temporary folder: a run killed midway leaves nothing of it in --out.)
    let private = match load::PrivateCopy::of(&input.path, &std::env::temp_dir()) {
        Ok(private) => private,
        Err(e) => return failed(e.message(options.lang)),
    };
    let (workbook, load_findings) = match rules::data::load(private.path(), &path) {
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
    let reading = workbook.plan.reading.clone();
    if let Some(link) = linked_folder(&options.out_dir, out) {
        let mut result = failed(not_through_link(&link, &options.out_dir, options.lang));
        result.findings = findings;
        result.units = units;
        result.reading = reading;
        return result;
    }
    // (A rebuilt copy takes the workbook and drops it sheet by sheet as it writes them.)
    let written = report::patch::write_copy(
        private.path(),
        out,
        workbook,
        &findings,
        &units,
        options.lang,
    );
    drop(private);
    let copy = match written {
        Ok(copy) => copy,
        Err(e) => {
            let reason = match e.downcast_ref::<report::patch::CopyTooLarge>() {
                Some(too_large) => too_large.message(options.lang),
                None => format!("cannot write {}: {e:#}", out.display()),
            };
            let mut result = failed(reason);
            result.findings = findings;
            result.units = units;
            result.reading = reading;
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
        reading,
    }
}

/// The annotated copy of the input named `name` (its path relative to its input argument):
/// `NAME.checked.xlsx` (`.xlsm` for a macro workbook) under `out_dir`, mirroring its folder;
/// `NAME-N.checked.xlsx` for the `n`-th input of that name (`n` from 1; see `copy_numbers`).
pub(crate) fn copy_path(name: &str, out_dir: &Path, n: u32) -> PathBuf {
    let macros = name.to_lowercase().ends_with(".xlsm");
    copy_path_as(name, out_dir, n, if macros { "xlsm" } else { "xlsx" })
}

fn copy_path_as(name: &str, out_dir: &Path, n: u32, extension: &str) -> PathBuf {
    let (folder, file) = name.rsplit_once('/').unwrap_or(("", name));
    // Only the name's plain folders: a listed `../x.xlsx` or `/abs/x.xlsx` stays inside --out.
    let folder: PathBuf = Path::new(folder)
        .components()
        .filter(|c| matches!(c, std::path::Component::Normal(_)))
        .collect();
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = if n == 1 {
        format!("{stem}.checked.{extension}")
    } else {
        format!("{stem}-{n}.checked.{extension}")
    };
    out_dir.join(folder).join(file)
}

/// The first folder on the way from `out_dir` to `path` (below it) that is a symbolic link:
/// outputs are never written or removed through one, so a link placed in the output folder
/// cannot send a copy elsewhere.
pub(crate) fn linked_folder(out_dir: &Path, path: &Path) -> Option<PathBuf> {
    let below = path.strip_prefix(out_dir).ok()?.parent()?;
    let mut folder = out_dir.to_path_buf();
    for part in below.components() {
        folder.push(part);
        match std::fs::symlink_metadata(&folder) {
            Ok(meta) if meta.file_type().is_symlink() => return Some(folder),
            Ok(_) => {}
            // Not there yet: the folders below are made by teamlint.
            Err(_) => return None,
        }
    }
    None
}

/// Why a copy is not written through the linked folder `link` in `out_dir`: one sentence.
pub(crate) fn not_through_link(link: &Path, out_dir: &Path, lang: Lang) -> String {
    let shown = crate::visible::path(link.strip_prefix(out_dir).unwrap_or(link));
    match lang {
        Lang::En | Lang::Fr => format!(
            "the copy is not written: the folder {shown} in the output folder is a symbolic \
             link, and teamlint does not write through links"
        ),
        Lang::De => format!(
            "die Kopie wird nicht geschrieben: der Ordner {shown} im Ausgabeordner ist eine \
             symbolische Verknüpfung, und teamlint schreibt nicht durch Verknüpfungen"
        ),
    }
}

/// The `n` of each input's copy (`copy_path`): 1, unless an earlier input (in input order)
/// took that name, case aside. An `.xlsm` also reserves the `.xlsx` name its copy takes if it
/// is rebuilt.
pub(crate) fn copy_numbers(inputs: &[discover::Input], out_dir: &Path) -> Vec<u32> {
    let mut taken = std::collections::HashSet::new();
    inputs
        .iter()
        .map(|input| {
            let name = input.display();
            let macros = name.to_lowercase().ends_with(".xlsm");
            // (A hash of each name taken: the set stays small for a large run.)
            let lower = |n, ext| {
                let path = copy_path_as(&name, out_dir, n, ext);
                findings::stable_hash(&[&path.to_string_lossy().to_lowercase()])
            };
            let mut n = 1;
            loop {
                let (xlsx, xlsm) = (lower(n, "xlsx"), lower(n, "xlsm"));
                if !(taken.contains(&xlsx) || macros && taken.contains(&xlsm)) {
                    taken.insert(xlsx);
                    if macros {
                        taken.insert(xlsm);
                    }
                    return n;
                }
                n += 1;
            }
        })
        .collect()
}

/// The annotated copy of each input (`copy_path` with `copy_numbers`), in input order: what
/// `teamlint watch` writes for the workbooks it checks one by one.
pub fn output_paths(inputs: &[discover::Input], out_dir: &Path) -> Vec<PathBuf> {
    copy_numbers(inputs, out_dir)
        .into_iter()
        .zip(inputs)
        .map(|(n, input)| copy_path(&input.display(), out_dir, n))
        .collect()
}

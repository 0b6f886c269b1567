//! The pipeline of a run: find the inputs, check each workbook in parallel (read, rules, annotated
//! copy), then the group rules and the group outputs; with the result types it returns.

use crate::findings;
use crate::outcome::{InputStatus, Options, Totals, WorkbookResult};
use crate::part::{self, Want};
use crate::paths::{copy_path, linked_folder};
use crate::problem::{Problem, Refusal};
use crate::results::Report;
use crate::results::{Marks, Results, SpoolWriter};
use crate::rules;
use crate::shard::{InputList, Shard, Work};
use crate::{discover, load, report};
use std::path::{Path, PathBuf};

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
    prepare_out(&options.out_dir, paths)?;
    let list = InputList::new(paths, &options.listed, &options.out_dir, shard);
    if list.workbooks == 0 {
        return Err(nothing_to_check(paths, &options.listed, &options.out_dir).into());
    }
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
    let leftovers =
        crate::paths::remove_abandoned_temporaries(folders.into_iter().collect(), started);
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
    let checked = part::check_parts(&found, &part::config_hash(&options.config))?;
    let pool = pool(options)?;
    pool.install(|| part::verify(&checked))?;
    prepare_out(&options.out_dir, &[])?;
    let leftovers =
        crate::paths::remove_abandoned_temporaries(vec![options.out_dir.clone()], started);
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
        reports_kept: false,
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
pub(crate) fn check_input(
    input: &discover::Input,
    out: &Path,
    options: &Options,
) -> WorkbookResult {
    check_guarded(input, out, options, check_one)
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
    // On the pool's threads, so that the blocks are read ahead in parallel.
    pool.install(|| -> anyhow::Result<()> {
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
        Ok(())
    })?;
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
        reports_kept: false,
        results,
    };
    // No input could be read: the reports of an earlier run stay (a share that was not mounted
    // must not wipe last week's reports).
    if report.totals.workbooks == report.totals.failed {
        report.reports_kept = true;
        return Ok(report);
    }
    // Each output streams the results on its own; two at a time (on the pool's threads), in
    // the table's order.
    let wanted: Vec<&report::outputs::Output> = report::outputs::wanted(options).collect();
    let written: Vec<anyhow::Result<PathBuf>> = pool.install(|| {
        use rayon::prelude::*;
        wanted
            .par_iter()
            .with_max_len(1)
            .map(|o| (o.write)(&options.out_dir, &report, options))
            .collect()
    });
    for path in written {
        report.outputs.push(path?);
    }
    Ok(report)
}

/// Loads, checks and writes the annotated copy of one workbook; its cells are dropped on return.
fn check_one(input: &discover::Input, out: &Path, options: &Options) -> WorkbookResult {
    let path = input.display();
    let failed = |error: Problem| WorkbookResult::failed(path.clone(), input.path.clone(), error);
    // The same bytes are checked and patched: a file replaced between the two (a drop folder, a
    // share) cannot slip into the copy unchecked.
    // (In the system's temporary folder: a run killed midway leaves nothing of it in --out.)
    let private = match load::PrivateCopy::of(&input.path, &std::env::temp_dir()) {
        Ok(private) => private,
        Err(e) => return failed(e.into()),
    };
    let (workbook, load_findings) = match rules::data::load(private.path(), &path) {
        Ok(loaded) => loaded,
        Err(e) => return failed(e.into()),
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
        let shown = crate::visible::path(link.strip_prefix(&options.out_dir).unwrap_or(&link));
        let folder = shown;
        let mut result = failed(Problem::ThroughLink { folder });
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
                Some(too_large) => too_large.problem(),
                None => Problem::Unwritten {
                    copy: out.display().to_string(),
                    detail: format!("{e:#}"),
                },
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

/// Runs `check` (read, check and write one workbook) guarded: a panic anywhere in it fails the
/// workbook with the internal-error reason in the run's language, removes its copy if one was
/// renamed into place (a temporary copy removes itself), and lets the batch go on.
fn check_guarded(
    input: &crate::discover::Input,
    out: &Path,
    options: &crate::outcome::Options,
    check: fn(
        &crate::discover::Input,
        &Path,
        &crate::outcome::Options,
    ) -> crate::outcome::WorkbookResult,
) -> crate::outcome::WorkbookResult {
    match crate::guard::guarded(|| check(input, out, options)) {
        Ok(result) => result,
        Err(panicked) => {
            let _ = std::fs::remove_file(out);
            let reason = crate::load::LoadError::Internal {
                detail: panicked.detail,
            };
            crate::outcome::WorkbookResult::failed(
                input.display(),
                input.path.clone(),
                reason.into(),
            )
        }
    }
}

/// Makes sure the results can go to `out`: not one of the input folders, not a file, a folder
/// that exists (made with its parents) and can be written to. One sentence when not.
pub(crate) fn prepare_out(out: &Path, paths: &[PathBuf]) -> Result<(), Refusal> {
    let shown = || crate::visible::path(out);
    if out.exists() && !out.is_dir() {
        return Err(Refusal::OutIsFile { path: shown() });
    }
    let same = |p: &PathBuf| {
        p.is_dir()
            && std::fs::canonicalize(p)
                .ok()
                .is_some_and(|p| std::fs::canonicalize(out).ok().is_some_and(|o| o == p))
    };
    if paths.iter().any(same) {
        return Err(Refusal::OutIsInput { folder: shown() });
    }
    let unwritable = |e: std::io::Error| Refusal::OutUnwritable {
        path: shown(),
        why: crate::problem::WriteFailure::of(&e),
    };
    std::fs::create_dir_all(out).map_err(unwritable)?;
    // A folder that exists may still refuse new files (no permission, a read-only share).
    tempfile::Builder::new()
        .prefix(".teamlint-probe")
        .tempfile_in(out)
        .map_err(unwritable)?;
    Ok(())
}

/// The refusal of a run that found no workbook: the paths searched (those that do not exist
/// marked) and a few files that are there but not read, with why.
fn nothing_to_check(paths: &[PathBuf], listed: &[String], out: &Path) -> Refusal {
    let mut searched: Vec<PathBuf> = paths.to_vec();
    searched.extend(listed.iter().map(PathBuf::from));
    let missing = searched
        .iter()
        .filter(|p| !p.exists())
        .map(|p| (crate::visible::path(p), crate::problem::Skipped::Missing));
    let mut skipped: Vec<_> = missing.collect();
    skipped.extend(discover::skipped(&searched, out, 5));
    Refusal::NothingToCheck {
        searched: searched.iter().map(|p| crate::visible::path(p)).collect(),
        skipped,
    }
}

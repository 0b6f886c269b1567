//! The one-screen summary printed after a run: a line per workbook (or the failed and worst ones
//! when there are many), a total line and where the outputs went. Plain text, no colours.

use crate::contract::Lang;
use crate::findings::Severity;
use crate::i18n::texts;
use crate::part::{Block, Want};
use crate::visible;
use crate::{InputStatus, Report, WorkbookResult};
use std::path::{Path, PathBuf};

/// Above this many workbooks the summary lists only the failed and the worst ones.
pub const MAX_LINES: usize = 40;

/// "3 errors", "1 warning", "2 Hinweise" ...
fn counted(n: usize, severity: Severity, lang: Lang) -> String {
    let index = match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    };
    texts(lang).counted(n as u64, index)
}

/// One workbook's line: `ok    PATH  2 units: 3 errors, 1 warning, 0 infos`, or
/// `FAILED  PATH  reason`; the path padded to `width` (`teamlint watch` prints one per change).
/// Names in it show their control and bidi characters as escapes ([`crate::visible::name`]).
pub(crate) fn result_line(w: &WorkbookResult, width: usize, lang: Lang) -> String {
    workbook_line(&Block::of(0, w, Want::HEADERS), width, lang)
}

/// What a workbook's line shows: its `workbook` line's status, counts and copy note.
fn workbook_line(b: &Block, width: usize, lang: Lang) -> String {
    let w = &b.result;
    let path = format!("{:width$}", visible::name(&w.path), width = width);
    let t = texts(lang);
    let line = match w.status {
        InputStatus::Failed => {
            // A copy not written is no unreadable workbook: each has its own word.
            let word = match &w.error {
                Some(e) if e.is_about_the_copy() => t.no_copy_word(),
                _ => t.unreadable_word(),
            };
            let reason = w.error_sentence(lang);
            let reason = reason.unwrap_or_else(|| t.could_not_be_read().into());
            format!("{word}  {path}  {reason}")
        }
        InputStatus::Ok => {
            let [e, wa, i] = b.counts.map(|n| n as usize);
            let units = t.units(b.units);
            let line = format!(
                "{}  {path}  {units}: {}, {}, {}",
                t.ok_word(),
                counted(e, Severity::Error, lang),
                counted(wa, Severity::Warning, lang),
                counted(i, Severity::Info, lang)
            );
            match w.copy_note_sentence(lang) {
                Some(note) => format!("{line}; {note}"),
                None => line,
            }
        }
    };
    // The reason and the note quote entry and sheet names.
    visible::name(&line).into_owned()
}

/// How a workbook ranks for a line of its own when there are too many: failed first, then by
/// errors, warnings and infos, then by path.
fn worse_first(a: &Block, b: &Block) -> std::cmp::Ordering {
    let key = |w: &Block| (w.result.status == InputStatus::Failed, w.counts);
    key(b)
        .cmp(&key(a))
        .then_with(|| a.result.path.cmp(&b.result.path))
}

/// The summary text (ends with a newline). With more than `MAX_LINES` workbooks it lists the
/// failed ones first, then the ones with the most errors and warnings, and says how many more.
/// The workbooks stream by once; at most a few screens of them are held.
pub fn summary(report: &Report, lang: Lang) -> String {
    let total = report.totals.workbooks;
    let (shown, mut dir, unreadable) = worst_workbooks(report);
    for p in &report.outputs {
        shallowest(p, &mut dir);
    }
    let width = shown
        .iter()
        .map(|b| visible::name(&b.result.path).chars().count())
        .max()
        .unwrap_or(0)
        .min(60);
    let mut lines: Vec<String> = shown
        .iter()
        .map(|b| workbook_line(b, width, lang))
        .collect();
    let t = texts(lang);
    if let Some(e) = unreadable {
        lines.push(t.results_unreadable(&format!("{e:#}")));
    }
    if shown.len() < total {
        lines.push(t.more_workbooks((total - shown.len()) as u64));
    }
    let totals = &report.totals;
    let counts = format!(
        "{}, {}, {}",
        counted(report.count(Severity::Error), Severity::Error, lang),
        counted(report.count(Severity::Warning), Severity::Warning, lang),
        counted(report.count(Severity::Info), Severity::Info, lang)
    );
    let (workbooks, failed, units) = (total as u64, totals.failed as u64, totals.units as u64);
    lines.push(t.total(workbooks, failed, units, &counts));
    lines.extend(across_workbooks(report, lang));
    if totals.waived + totals.expired > 0 {
        lines.push(t.waived(totals.waived as u64, totals.expired as u64));
    }
    if let Some(resolved) = &report.resolved {
        let (new, unchanged) = (totals.new as u64, totals.unchanged as u64);
        lines.push(t.against_baseline(new, unchanged, resolved.len() as u64));
    }
    lines.extend(dir.map(|dir| written_to(report, &dir, lang)));
    lines.iter().map(|l| format!("{l}\n")).collect()
}

/// The workbooks the summary lists (all, or with more than `MAX_LINES` the worst of them), the
/// shallowest folder their copies went to, and the error that stopped reading the results.
fn worst_workbooks(report: &Report) -> (Vec<Block>, Option<PathBuf>, Option<anyhow::Error>) {
    let many = report.totals.workbooks > MAX_LINES;
    let mut shown: Vec<Block> = Vec::new();
    let mut dir: Option<PathBuf> = None;
    let mut unreadable = None;
    for block in report.blocks(Want::HEADERS) {
        let block = match block {
            Ok(b) => b,
            Err(e) => {
                unreadable = Some(e);
                break;
            }
        };
        if let Some(out) = block.result.output.as_ref().filter(|_| !report.merged) {
            shallowest(out, &mut dir);
        }
        shown.push(block);
        if many && shown.len() >= 4 * MAX_LINES {
            shown.sort_by(worse_first);
            shown.truncate(MAX_LINES - 1);
        }
    }
    if many {
        shown.sort_by(worse_first);
        shown.truncate(MAX_LINES - 1);
    }
    (shown, dir, unreadable)
}

/// Keeps in `dir` the shallowest folder of the files seen so far.
fn shallowest(file: &Path, dir: &mut Option<PathBuf>) {
    if let Some(parent) = file.parent() {
        let depth = parent.components().count();
        if dir.as_ref().is_none_or(|d| depth < d.components().count()) {
            *dir = Some(parent.to_path_buf());
        }
    }
}

/// The findings across workbooks on a line of their own (the workbooks' lines add up to the
/// total without them): how many of each severity, and each rule once in the catalogue's
/// order (the findings are sorted by place, not rule).
fn across_workbooks(report: &Report, lang: Lang) -> Option<String> {
    if report.group_findings.is_empty() {
        return None;
    }
    let across: Vec<String> = [Severity::Error, Severity::Warning, Severity::Info]
        .into_iter()
        .filter_map(|severity| {
            let n = report
                .group_findings
                .iter()
                .filter(|f| f.severity == severity)
                .count();
            (n > 0).then(|| counted(n, severity, lang))
        })
        .collect();
    let codes: Vec<&str> = crate::rules::all()
        .iter()
        .filter(|r| report.group_findings.iter().any(|f| f.rule == **r))
        .map(|r| r.code)
        .collect();
    Some(texts(lang).of_which_across(&across.join(", "), &codes.join(", ")))
}

/// Where the outputs went: the copies (a merge wrote none itself: its shards did) and each
/// group output, relative to `dir`.
fn written_to(report: &Report, dir: &Path, lang: Lang) -> String {
    let t = texts(lang);
    let copies = if report.merged {
        0
    } else {
        report.totals.copies
    };
    let mut items = Vec::new();
    if copies > 0 {
        items.push(t.annotated_copies(copies as u64));
    }
    for p in &report.outputs {
        items.push(visible::path(p.strip_prefix(dir).unwrap_or(p)));
    }
    let shown_dir = if dir.as_os_str().is_empty() {
        ".".to_string()
    } else {
        visible::path(dir)
    };
    t.written_to(&shown_dir, &items.join(", "))
}

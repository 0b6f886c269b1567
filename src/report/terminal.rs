//! The one-screen summary printed after a run: a line per workbook (or the failed and worst ones
//! when there are many), a total line and where the outputs went. Plain text, no colours.

use crate::contract::Lang;
use crate::findings::Severity;
use crate::part::{Block, Want};
use crate::visible;
use crate::{InputStatus, Report, WorkbookResult};

/// Above this many workbooks the summary lists only the failed and the worst ones.
pub const MAX_LINES: usize = 40;

fn tr(lang: Lang, en: &'static str, de: &'static str) -> &'static str {
    match lang {
        Lang::En | Lang::Fr => en,
        Lang::De => de,
    }
}

/// "3 errors", "1 warning", "2 Hinweise" ...
fn counted(n: usize, severity: Severity, lang: Lang) -> String {
    let word = match (lang, severity, n == 1) {
        (Lang::En | Lang::Fr, Severity::Error, true) => "error",
        (Lang::En | Lang::Fr, Severity::Error, false) => "errors",
        (Lang::En | Lang::Fr, Severity::Warning, true) => "warning",
        (Lang::En | Lang::Fr, Severity::Warning, false) => "warnings",
        (Lang::En | Lang::Fr, Severity::Info, true) => "info",
        (Lang::En | Lang::Fr, Severity::Info, false) => "infos",
        (Lang::De, Severity::Error, true) => "Fehler",
        (Lang::De, Severity::Error, false) => "Fehler",
        (Lang::De, Severity::Warning, true) => "Warnung",
        (Lang::De, Severity::Warning, false) => "Warnungen",
        (Lang::De, Severity::Info, true) => "Hinweis",
        (Lang::De, Severity::Info, false) => "Hinweise",
    };
    format!("{n} {word}")
}

/// One workbook's line: `ok    PATH  2 units: 3 errors, 1 warning, 0 infos`, or
/// `FAILED  PATH  reason`; the path padded to `width` (`teamlint watch` prints one per change).
/// Names in it show their control and bidi characters as escapes ([`crate::visible::name`]).
pub fn result_line(w: &WorkbookResult, width: usize, lang: Lang) -> String {
    workbook_line(&Block::of(0, w, Want::HEADERS), width, lang)
}

/// What a workbook's line shows: its `workbook` line's status, counts and copy note.
fn workbook_line(b: &Block, width: usize, lang: Lang) -> String {
    let w = &b.result;
    let path = format!("{:width$}", visible::name(&w.path), width = width);
    let line = match w.status {
        InputStatus::Failed => format!(
            "{}  {path}  {}",
            tr(lang, "FAILED", "FEHLER"),
            w.error_sentence(lang)
                .unwrap_or_else(|| tr(lang, "could not be read", "nicht lesbar").into())
        ),
        InputStatus::Ok => {
            let [e, wa, i] = b.counts.map(|n| n as usize);
            let units = match (lang, b.units) {
                (Lang::En | Lang::Fr, 1) => "1 unit".to_string(),
                (Lang::En | Lang::Fr, n) => format!("{n} units"),
                (Lang::De, 1) => "1 Einheit".to_string(),
                (Lang::De, n) => format!("{n} Einheiten"),
            };
            let line = format!(
                "{}  {path}  {units}: {}, {}, {}",
                tr(lang, "ok    ", "ok    "),
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
    let many = total > MAX_LINES;
    let mut shown: Vec<Block> = Vec::new();
    let mut dir: Option<std::path::PathBuf> = None;
    let mut unreadable = None;
    let shallowest = |p: &std::path::Path, dir: &mut Option<std::path::PathBuf>| {
        if let Some(parent) = p.parent() {
            let depth = parent.components().count();
            if dir.as_ref().is_none_or(|d| depth < d.components().count()) {
                *dir = Some(parent.to_path_buf());
            }
        }
    };
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
    for p in &report.outputs {
        shallowest(p, &mut dir);
    }
    let width = shown
        .iter()
        .map(|b| visible::name(&b.result.path).chars().count())
        .max()
        .unwrap_or(0)
        .min(60);
    let mut out = String::new();
    for b in &shown {
        out.push_str(&workbook_line(b, width, lang));
        out.push('\n');
    }
    if let Some(e) = unreadable {
        out.push_str(&match lang {
            Lang::En | Lang::Fr => format!("(the run's results could not be read back: {e:#})\n"),
            Lang::De => {
                format!("(die Ergebnisse des Laufs konnten nicht wieder gelesen werden: {e:#})\n")
            }
        });
    }
    if shown.len() < total {
        out.push_str(&match lang {
            Lang::En | Lang::Fr => format!(
                "... and {} more workbooks (all listed in findings.json and the group report)\n",
                total - shown.len()
            ),
            Lang::De => format!(
                "... und {} weitere Arbeitsmappen (alle in findings.json und im Konzernbericht)\n",
                total - shown.len()
            ),
        });
    }
    let t = &report.totals;
    let (units, failed, group) = (t.units, t.failed, report.group_findings.len());
    let counts = format!(
        "{}, {}, {}",
        counted(report.count(Severity::Error), Severity::Error, lang),
        counted(report.count(Severity::Warning), Severity::Warning, lang),
        counted(report.count(Severity::Info), Severity::Info, lang)
    );
    out.push_str(&match lang {
        Lang::En | Lang::Fr => format!(
            "Total: {total} workbook{} ({failed} failed), {units} unit{}: {counts}{}\n",
            if total == 1 { "" } else { "s" },
            if units == 1 { "" } else { "s" },
            if group > 0 {
                format!(" ({group} across workbooks)")
            } else {
                String::new()
            }
        ),
        Lang::De => format!(
            "Gesamt: {total} Arbeitsmappe{} ({failed} nicht lesbar), {units} Einheit{}: {counts}{}\n",
            if total == 1 { "" } else { "n" },
            if units == 1 { "" } else { "en" },
            if group > 0 {
                format!(" ({group} arbeitsmappenübergreifend)")
            } else {
                String::new()
            }
        ),
    });
    if t.waived + t.expired > 0 {
        let expired = t.expired;
        out.push_str(&match lang {
            Lang::En | Lang::Fr => format!(
                "Waived: {} accepted (they count for no exit code), {expired} expired (they \
                 count again)\n",
                t.waived
            ),
            Lang::De => format!(
                "Ausnahmen: {} akzeptiert (sie zählen für keinen Exit-Code), {expired} abgelaufen \
                 (sie zählen wieder)\n",
                t.waived
            ),
        });
    }
    if let Some(resolved) = &report.resolved {
        let (new, unchanged) = (t.new, t.unchanged);
        let resolved = resolved.len();
        out.push_str(&match lang {
            Lang::En | Lang::Fr => format!(
                "Against the baseline: {new} new, {unchanged} unchanged, {resolved} resolved\n"
            ),
            Lang::De => format!(
                "Gegenüber dem Vergleichslauf: {new} neu, {unchanged} unverändert, {resolved} \
                 behoben\n"
            ),
        });
    }
    // A merge wrote no copies itself (its shards did).
    let copies = if report.merged { 0 } else { t.copies };
    if let Some(dir) = dir {
        let mut items = Vec::new();
        if copies > 0 {
            items.push(match lang {
                Lang::En | Lang::Fr => format!(
                    "{copies} annotated cop{}",
                    if copies == 1 { "y" } else { "ies" }
                ),
                Lang::De => format!(
                    "{copies} kommentierte Kopie{}",
                    if copies == 1 { "" } else { "n" }
                ),
            });
        }
        for p in &report.outputs {
            items.push(visible::path(p.strip_prefix(&dir).unwrap_or(p)));
        }
        let shown_dir = if dir.as_os_str().is_empty() {
            ".".to_string()
        } else {
            visible::path(&dir)
        };
        out.push_str(&format!(
            "{} {shown_dir}: {}\n",
            tr(lang, "Written to", "Geschrieben nach"),
            items.join(", ")
        ));
    }
    out
}

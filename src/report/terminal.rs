//! The one-screen summary printed after a run: a line per workbook (or the failed and worst ones
//! when there are many), a total line and where the outputs went. Plain text, no colours.

use crate::contract::Lang;
use crate::findings::{Change, Severity};
use crate::{InputStatus, Report, WorkbookResult};

/// Above this many workbooks the summary lists only the failed and the worst ones.
pub const MAX_LINES: usize = 40;

fn tr(lang: Lang, en: &'static str, de: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// "3 errors", "1 warning", "2 Hinweise" ...
fn counted(n: usize, severity: Severity, lang: Lang) -> String {
    let word = match (lang, severity, n == 1) {
        (Lang::En, Severity::Error, true) => "error",
        (Lang::En, Severity::Error, false) => "errors",
        (Lang::En, Severity::Warning, true) => "warning",
        (Lang::En, Severity::Warning, false) => "warnings",
        (Lang::En, Severity::Info, true) => "info",
        (Lang::En, Severity::Info, false) => "infos",
        (Lang::De, Severity::Error, true) => "Fehler",
        (Lang::De, Severity::Error, false) => "Fehler",
        (Lang::De, Severity::Warning, true) => "Warnung",
        (Lang::De, Severity::Warning, false) => "Warnungen",
        (Lang::De, Severity::Info, true) => "Hinweis",
        (Lang::De, Severity::Info, false) => "Hinweise",
    };
    format!("{n} {word}")
}

fn counts(w: &WorkbookResult) -> (usize, usize, usize) {
    let c = |s: Severity| w.findings.iter().filter(|f| f.severity == s).count();
    (c(Severity::Error), c(Severity::Warning), c(Severity::Info))
}

/// One workbook's line: `ok    PATH  2 units: 3 errors, 1 warning, 0 infos`, or `FAILED  PATH  reason`;
/// the path padded to `width`.
pub fn workbook_line(w: &WorkbookResult, width: usize, lang: Lang) -> String {
    let path = format!("{:width$}", w.path, width = width);
    match w.status {
        InputStatus::Failed => format!(
            "{}  {path}  {}",
            tr(lang, "FAILED", "FEHLER"),
            w.error
                .as_deref()
                .unwrap_or(tr(lang, "could not be read", "nicht lesbar"))
        ),
        InputStatus::Ok => {
            let (e, wa, i) = counts(w);
            let units = match (lang, w.units.len()) {
                (Lang::En, 1) => "1 unit".to_string(),
                (Lang::En, n) => format!("{n} units"),
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
            match &w.copy_note {
                Some(note) => format!("{line}; {note}"),
                None => line,
            }
        }
    }
}

/// The summary text (ends with a newline). With more than `MAX_LINES` workbooks it lists the
/// failed ones first, then the ones with the most errors and warnings, and says how many more.
pub fn summary(report: &Report, lang: Lang) -> String {
    let mut workbooks: Vec<&WorkbookResult> = report.workbooks.iter().collect();
    workbooks.sort_by(|a, b| a.path.cmp(&b.path));
    let total = workbooks.len();
    let shown: Vec<&WorkbookResult> = if total > MAX_LINES {
        let mut ranked = workbooks.clone();
        ranked.sort_by(|a, b| {
            let key = |w: &WorkbookResult| {
                let (e, wa, i) = counts(w);
                (w.status == InputStatus::Failed, e, wa, i)
            };
            key(b).cmp(&key(a)).then_with(|| a.path.cmp(&b.path))
        });
        ranked.truncate(MAX_LINES - 1);
        ranked
    } else {
        workbooks
    };
    let width = shown
        .iter()
        .map(|w| w.path.chars().count())
        .max()
        .unwrap_or(0)
        .min(60);
    let mut out = String::new();
    for w in &shown {
        out.push_str(&workbook_line(w, width, lang));
        out.push('\n');
    }
    if shown.len() < total {
        out.push_str(&match lang {
            Lang::En => format!(
                "... and {} more workbooks (all listed in findings.json and the group report)\n",
                total - shown.len()
            ),
            Lang::De => format!(
                "... und {} weitere Arbeitsmappen (alle in findings.json und im Konzernbericht)\n",
                total - shown.len()
            ),
        });
    }
    let units = report.units().count();
    let failed = report.failed();
    let group = report.group_findings.len();
    let counts = format!(
        "{}, {}, {}",
        counted(report.count(Severity::Error), Severity::Error, lang),
        counted(report.count(Severity::Warning), Severity::Warning, lang),
        counted(report.count(Severity::Info), Severity::Info, lang)
    );
    out.push_str(&match lang {
        Lang::En => format!(
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
    let waived: Vec<bool> = report
        .findings()
        .filter_map(|f| f.waiver.as_ref().map(|w| w.expired))
        .collect();
    if !waived.is_empty() {
        let expired = waived.iter().filter(|e| **e).count();
        out.push_str(&match lang {
            Lang::En => format!(
                "Waived: {} accepted (they count for no exit code), {expired} expired (they \
                 count again)\n",
                waived.len() - expired
            ),
            Lang::De => format!(
                "Ausnahmen: {} akzeptiert (sie zählen für keinen Exit-Code), {expired} abgelaufen \
                 (sie zählen wieder)\n",
                waived.len() - expired
            ),
        });
    }
    if let Some(resolved) = &report.resolved {
        let changed = |c: Change| report.findings().filter(|f| f.change == Some(c)).count();
        let (new, unchanged) = (changed(Change::New), changed(Change::Unchanged));
        let resolved = resolved.len();
        out.push_str(&match lang {
            Lang::En => format!(
                "Against the baseline: {new} new, {unchanged} unchanged, {resolved} resolved\n"
            ),
            Lang::De => format!(
                "Gegenüber dem Vergleichslauf: {new} neu, {unchanged} unverändert, {resolved} \
                 behoben\n"
            ),
        });
    }
    let copies = report
        .workbooks
        .iter()
        .filter(|w| w.output.is_some())
        .count();
    // The output folder: the shallowest folder holding an output.
    let dir = report
        .workbooks
        .iter()
        .filter_map(|w| w.output.as_deref())
        .chain(report.outputs.iter().map(|p| p.as_path()))
        .filter_map(|p| p.parent())
        .min_by_key(|p| p.components().count());
    if let Some(dir) = dir {
        let mut items = Vec::new();
        if copies > 0 {
            items.push(match lang {
                Lang::En => format!(
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
            let shown = p.strip_prefix(dir).unwrap_or(p);
            items.push(shown.display().to_string());
        }
        let shown_dir = if dir.as_os_str().is_empty() {
            ".".to_string()
        } else {
            dir.display().to_string()
        };
        out.push_str(&format!(
            "{} {shown_dir}: {}\n",
            tr(lang, "Written to", "Geschrieben nach"),
            items.join(", ")
        ));
    }
    out
}

//! `report.html`: the run as one self-contained page (inline CSS, no script, no outside asset) in
//! the run's language: units worst first, each unit's findings by severity, links to the outputs.
//!
//! The page is an askama template (`templates/report.html`), which escapes every value it shows:
//! a cell that holds `<script>` is shown as text. `teamlint serve` renders the same view with
//! links to its download addresses ([`Links`]).

use super::table::{self, Shape, UNIT_COLUMNS, Value};
use crate::contract::Lang;
use crate::findings::{Change, Finding, Severity};
use crate::i18n;
use crate::model::key;
use crate::rules::UnitFigures;
use crate::{InputStatus, Options, Report, WorkbookResult};
use askama::Template;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The file name of the HTML report.
pub const FILE_NAME: &str = "report.html";

/// The unit columns the page shows, from the one unit table (`table::UNIT_COLUMNS`).
const UNIT_KEYS: [&str; 14] = [
    "unit",
    "country",
    "employees",
    "people",
    "fte",
    "active_channels",
    "required_hours",
    "allocated_hours",
    "coverage",
    "staff_cost",
    "budget_gap",
    "errors",
    "warnings",
    "infos",
];

/// Where the page's links go: the outputs beside `report.html` by default, or the download
/// addresses of `teamlint serve`.
#[derive(Clone, Debug, Default)]
pub struct Links {
    /// The link to the group report; `None`: `group-report.xlsx` beside the page.
    pub group_report: Option<String>,
    /// A link to one zip of every annotated copy (`teamlint serve` offers one).
    pub copies_zip: Option<String>,
    /// A link to start over (`teamlint serve`'s upload page).
    pub start_over: Option<String>,
    /// The prefix of each output's relative URL (`teamlint serve`: its files address).
    pub file_prefix: String,
}

/// A cell of the units table.
pub struct Cell {
    /// The value as the reader's language writes it.
    pub text: String,
    /// Its CSS classes: the column's key, `num` for a number, `hit` for a count above zero.
    pub class: String,
}

/// A unit's row in the units table.
pub struct UnitRow {
    /// The anchor of the unit's section.
    pub anchor: String,
    /// The cells, in the order of the headers.
    pub cells: Vec<Cell>,
    /// Whether the unit has errors (its row is marked).
    pub has_errors: bool,
    /// With a baseline: the unit's findings that are new.
    pub new: Option<usize>,
}

/// One finding as the page shows it.
pub struct FindingRow {
    /// Its severity, for the CSS class (`error`, `warning`, `info`).
    pub severity: &'static str,
    /// The rule code.
    pub code: &'static str,
    /// The rule's name.
    pub name: &'static str,
    /// The message in the reader's language.
    pub message: String,
    /// What to do, in the reader's language.
    pub fix: &'static str,
    /// The workbook, where the section does not say it (group findings).
    pub workbook: Option<String>,
    /// The sheet of the flagged cell.
    pub sheet: Option<String>,
    /// The flagged cell.
    pub cell: Option<String>,
    /// What it is about.
    pub subject: String,
    /// New since the baseline run.
    pub new: bool,
    /// The waiver that accepts it, in one line.
    pub waiver: Option<String>,
}

/// The findings of one severity in a section.
pub struct SeverityGroup {
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// The severity's heading in the reader's language with the count.
    pub title: String,
    /// The findings, in reading order.
    pub findings: Vec<FindingRow>,
}

/// A section of findings: one unit, one workbook's findings without a unit, or the group's.
pub struct Section {
    /// Its anchor.
    pub anchor: String,
    /// Its heading.
    pub title: String,
    /// The workbook it belongs to, if one.
    pub workbook: Option<String>,
    /// The link to the workbook's annotated copy.
    pub copy: Option<String>,
    /// Its findings by severity, worst first.
    pub groups: Vec<SeverityGroup>,
}

/// An input that could not be read.
pub struct FailedInput {
    /// Its path.
    pub path: String,
    /// Why.
    pub reason: String,
}

/// A finding of the baseline run that this run no longer has.
pub struct ResolvedRow {
    /// Rule code.
    pub code: String,
    /// Unit.
    pub unit: String,
    /// Subject.
    pub subject: String,
    /// The message as the baseline wrote it.
    pub message: String,
}

/// The page: everything the template shows, already in the reader's language.
#[derive(Template)]
#[template(path = "report.html")]
pub struct ReportPage {
    /// The language of the page.
    pub lang: Lang,
    /// The headers of the units table.
    pub unit_headers: Vec<&'static str>,
    /// Whether the headers end with a "new" column (with a baseline).
    pub with_baseline: bool,
    /// The units, worst first.
    pub units: Vec<UnitRow>,
    /// The sections of findings: units worst first, then workbooks, then the group.
    pub sections: Vec<Section>,
    /// The inputs that could not be read.
    pub failed: Vec<FailedInput>,
    /// With a baseline: the resolved findings.
    pub resolved: Vec<ResolvedRow>,
    /// The totals line.
    pub totals: String,
    /// The link to the group report.
    pub group_report: String,
    /// The link to the zip of the copies, if offered.
    pub copies_zip: Option<String>,
    /// The link to start over, if offered.
    pub start_over: Option<String>,
}

impl ReportPage {
    /// The English or German text, by the page's language (used by the template).
    pub fn tr(&self, en: &'static str, de: &'static str) -> &'static str {
        i18n::tr(self.lang, en, de)
    }

    /// The page's language code for `<html lang>`.
    pub fn lang_code(&self) -> &'static str {
        self.tr("en", "de")
    }
}

/// Writes `OUT_DIR/report.html` (atomically) and returns its path.
pub fn write(out_dir: &Path, report: &Report, options: &Options) -> anyhow::Result<PathBuf> {
    let page = build(report, out_dir, options.lang, &Links::default()).render()?;
    let path = out_dir.join(FILE_NAME);
    super::write_atomically(&path, |tmp| Ok(std::fs::write(tmp, page.as_bytes())?))?;
    Ok(path)
}

/// How many units, worst first, the page shows with their findings; the units table lists
/// every unit, and findings.json and the group report every finding. It bounds the page's
/// memory (and the reader's patience) on a run of thousands of workbooks.
pub const MAX_DETAILED_UNITS: usize = 500;

/// Units worst first: most errors, then warnings, then infos, then the lowest coverage; ties
/// by workbook and unit.
pub fn worst_first(units: &mut [UnitFigures]) {
    units.sort_by(|a, b| {
        (b.errors, b.warnings, b.infos)
            .cmp(&(a.errors, a.warnings, a.infos))
            .then_with(|| {
                let coverage = |u: &UnitFigures| u.coverage.unwrap_or(f64::INFINITY);
                coverage(a).total_cmp(&coverage(b))
            })
            .then_with(|| (&a.workbook, &a.unit).cmp(&(&b.workbook, &b.unit)))
    });
}

/// A value of the unit table as text in a language: hours with one decimal, FTE with two,
/// coverage as a percentage, money whole with the unit's currency.
fn cell_text(key: &str, value: Value<'_>, shape: Shape, currency: &str, lang: Lang) -> Cell {
    let mut class = key.to_string();
    if shape.is_number() {
        class.push_str(" num");
    }
    if shape == Shape::Count && matches!(value, Value::Number(n) if n > 0.0) {
        class.push_str(" hit");
    }
    let text = match (value, shape) {
        (Value::Null, _) => String::new(),
        (Value::Text(t), _) => t.into_owned(),
        (Value::Number(n), Shape::Hours) => i18n::number(n, 1, lang),
        (Value::Number(n), Shape::Fte) => i18n::number(n, 2, lang),
        (Value::Number(n), Shape::Percent) => i18n::percent(n, lang),
        (Value::Number(n), Shape::Money) => i18n::money(n, currency, lang),
        (Value::Number(n), _) => i18n::number(n, 0, lang),
    };
    Cell { text, class }
}

/// What a path segment of a link keeps as it is: letters, digits and `. - _ ~`.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'.')
    .remove(b'-')
    .remove(b'_')
    .remove(b'~');

/// A relative URL of an output under `out_dir`: each path segment percent-encoded.
fn output_link(path: &Path, out_dir: &Path, prefix: &str) -> String {
    let rel = path.strip_prefix(out_dir).unwrap_or(path);
    let segments: Vec<String> = rel
        .components()
        .map(|c| {
            percent_encoding::utf8_percent_encode(&c.as_os_str().to_string_lossy(), SEGMENT)
                .to_string()
        })
        .collect();
    format!("{prefix}{}", segments.join("/"))
}

fn finding_row(f: &Finding, lang: Lang, show_workbook: bool) -> FindingRow {
    FindingRow {
        severity: f.severity.as_str(),
        code: f.code(),
        name: f.rule.name,
        message: f.message(lang),
        fix: f.rule.fix(lang),
        workbook: (show_workbook && !f.workbook.is_empty()).then(|| f.workbook.clone()),
        sheet: f.sheet().map(str::to_string),
        cell: f.cell(),
        subject: f.subject.clone(),
        new: f.change == Some(Change::New),
        waiver: f
            .waiver
            .as_ref()
            .map(|w| super::annotated::waiver_text(w, lang)),
    }
}

/// Findings by severity, worst first, each group in reading order.
fn by_severity(findings: &[&Finding], lang: Lang, show_workbook: bool) -> Vec<SeverityGroup> {
    let mut sorted = findings.to_vec();
    sorted.sort_by(|a, b| crate::findings::order(a, b));
    Severity::WORST_FIRST
        .into_iter()
        .filter_map(|s| {
            let rows: Vec<FindingRow> = sorted
                .iter()
                .filter(|f| f.severity == s)
                .map(|f| finding_row(f, lang, show_workbook))
                .collect();
            if rows.is_empty() {
                return None;
            }
            let title = match (s, lang) {
                (Severity::Error, Lang::En) => "Errors",
                (Severity::Warning, Lang::En) => "Warnings",
                (Severity::Info, Lang::En) => "Infos",
                (Severity::Error, Lang::De) => "Fehler",
                (Severity::Warning, Lang::De) => "Warnungen",
                (Severity::Info, Lang::De) => "Hinweise",
            };
            Some(SeverityGroup {
                severity: s.as_str(),
                title: format!("{title} ({})", rows.len()),
                findings: rows,
            })
        })
        .collect()
}

/// The view of a report: `out_dir` is where its outputs were written (links are relative to it).
pub fn build(report: &Report, out_dir: &Path, lang: Lang, links: &Links) -> ReportPage {
    let columns = table::pick(UNIT_COLUMNS, &UNIT_KEYS);
    let with_baseline = report.resolved.is_some();
    let mut unit_headers: Vec<&'static str> = columns.iter().map(|c| c.title(lang)).collect();
    if with_baseline {
        unit_headers.push(i18n::tr(lang, "New", "Neu"));
    }
    let mut all_units: Vec<UnitFigures> = report.units().collect();
    worst_first(&mut all_units);
    // The workbooks of the units shown in detail keep their findings; the others only what
    // their line and the failed list need.
    let detailed: HashSet<&str> = all_units
        .iter()
        .take(MAX_DETAILED_UNITS)
        .map(|u| u.workbook.as_str())
        .collect();
    let mut workbooks: Vec<WorkbookResult> = report
        .workbooks()
        .map(|mut w| {
            if !detailed.contains(w.path.as_str()) {
                w.findings = Vec::new();
                w.units = Vec::new();
            }
            w
        })
        .collect();
    workbooks.sort_by(|a, b| a.path.cmp(&b.path));
    let by_path = |path: &str| workbooks.iter().find(|w| w.path == path);
    let copy_link = |w: Option<&WorkbookResult>| {
        w.and_then(|w| w.output.as_deref())
            .map(|p| output_link(p, out_dir, &links.file_prefix))
    };

    let mut units = Vec::new();
    let mut sections = Vec::new();
    // (workbook, unit key) of every unit, so the findings left over can be listed per workbook.
    let mut placed: HashSet<(String, String)> = HashSet::new();
    for (i, u) in all_units.iter().enumerate() {
        let detail = i < MAX_DETAILED_UNITS;
        let anchor = format!("unit-{}", i + 1);
        let unit_key = key(&u.unit).into_owned();
        let workbook = by_path(&u.workbook);
        let findings: Vec<&Finding> = workbook
            .map(|w| {
                w.findings
                    .iter()
                    .filter(|f| f.unit.as_deref().is_some_and(|n| key(n) == unit_key))
                    .collect()
            })
            .unwrap_or_default();
        let new = with_baseline.then(|| {
            findings
                .iter()
                .filter(|f| f.change == Some(Change::New))
                .count()
        });
        units.push(UnitRow {
            anchor: anchor.clone(),
            cells: columns
                .iter()
                .map(|c| cell_text(c.key, (c.value)(u, lang), c.shape, &u.currency, lang))
                .collect(),
            has_errors: u.errors > 0,
            new,
        });
        if !detail {
            placed.insert((u.workbook.clone(), unit_key));
            continue;
        }
        sections.push(Section {
            anchor,
            title: u.unit.clone(),
            workbook: Some(u.workbook.clone()),
            copy: copy_link(workbook),
            groups: by_severity(&findings, lang, false),
        });
        placed.insert((u.workbook.clone(), unit_key));
    }

    for (i, w) in workbooks.iter().enumerate() {
        let rest: Vec<&Finding> = w
            .findings
            .iter()
            .filter(|f| {
                let unit = key(f.unit.as_deref().unwrap_or("")).into_owned();
                !placed.contains(&(w.path.clone(), unit))
            })
            .collect();
        if rest.is_empty() {
            continue;
        }
        sections.push(Section {
            anchor: format!("workbook-{}", i + 1),
            title: w.path.clone(),
            workbook: None,
            copy: copy_link(Some(w)),
            groups: by_severity(&rest, lang, false),
        });
    }
    if !report.group_findings.is_empty() {
        let group: Vec<&Finding> = report.group_findings.iter().collect();
        sections.push(Section {
            anchor: "group".into(),
            title: i18n::tr(lang, "Across workbooks", "Arbeitsmappenübergreifend").into(),
            workbook: None,
            copy: None,
            groups: by_severity(&group, lang, true),
        });
    }

    let failed = workbooks
        .iter()
        .filter(|w| w.status == InputStatus::Failed)
        .map(|w| FailedInput {
            path: w.path.clone(),
            reason: w.error.clone().unwrap_or_default(),
        })
        .collect();
    let resolved = report
        .resolved
        .iter()
        .flatten()
        .map(|r| {
            let text = |k: &str| r.get(k).and_then(|v| v.as_str()).unwrap_or("").to_string();
            ResolvedRow {
                code: text("rule"),
                unit: text("unit"),
                subject: text("subject"),
                message: text("message"),
            }
        })
        .collect();
    ReportPage {
        lang,
        unit_headers,
        with_baseline,
        units,
        sections,
        failed,
        resolved,
        totals: {
            let mut text = totals(report, all_units.len(), lang);
            if all_units.len() > MAX_DETAILED_UNITS {
                text.push_str(&match lang {
                    Lang::En => format!(
                        ". The findings of the {MAX_DETAILED_UNITS} worst units are shown; \
                         findings.json and the group report hold all of them"
                    ),
                    Lang::De => format!(
                        ". Gezeigt werden die Befunde der {MAX_DETAILED_UNITS} schwächsten \
                         Einheiten; findings.json und der Gruppenbericht enthalten alle"
                    ),
                });
            }
            text
        },
        group_report: links.group_report.clone().unwrap_or_else(|| {
            output_link(
                &out_dir.join(super::group::FILE_NAME),
                out_dir,
                &links.file_prefix,
            )
        }),
        copies_zip: links.copies_zip.clone(),
        start_over: links.start_over.clone(),
    }
}

/// "3 workbooks, 9 units: 12 errors, 30 warnings, 4 infos" in the reader's language.
fn totals(report: &Report, units: usize, lang: Lang) -> String {
    let workbooks = report.totals.workbooks;
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    match lang {
        Lang::En => format!(
            "{workbooks} workbook{}, {units} unit{}: {e} error{}, {w} warning{}, {i} info{}",
            plural(workbooks, "s"),
            plural(units, "s"),
            plural(e, "s"),
            plural(w, "s"),
            plural(i, "s"),
        ),
        Lang::De => format!(
            "{workbooks} Arbeitsmappe{}, {units} Einheit{}: {e} Fehler, {w} Warnung{}, {i} Hinweis{}",
            plural(workbooks, "n"),
            plural(units, "en"),
            plural(w, "en"),
            plural(i, "e"),
        ),
    }
}

fn plural(n: usize, ending: &'static str) -> &'static str {
    if n == 1 { "" } else { ending }
}

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
use crate::part::Want;
use crate::results::{BlocksFile, TempBlocks};
use crate::rules::UnitFigures;
use crate::{InputStatus, Options, Report};
use askama::Template;
use std::collections::{HashMap, HashSet};
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
    pub sections: Sections,
    /// The inputs that could not be read (the first `MAX_LISTED`).
    pub failed: Vec<FailedInput>,
    /// How many more inputs could not be read than the page lists, as a sentence.
    pub failed_more: Option<String>,
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
    let path = out_dir.join(FILE_NAME);
    super::write_atomically(&path, |tmp| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        write_page(report, out_dir, options.lang, &Links::default(), &mut file)?;
        file.into_inner().map_err(|e| e.into_error())?;
        Ok(())
    })?;
    Ok(path)
}

/// The page of a report as text (`teamlint serve` keeps it to answer with).
pub fn render(
    report: &Report,
    out_dir: &Path,
    lang: Lang,
    links: &Links,
) -> anyhow::Result<String> {
    let mut page = Vec::new();
    write_page(report, out_dir, lang, links, &mut page)?;
    Ok(String::from_utf8(page)?)
}

/// Writes the page of a report to `out`, streaming: the sections of findings are rendered one
/// workbook at a time into a temporary file in `out_dir` and copied into the page from there,
/// so the page's memory is that of its largest workbook and the units it lists.
pub fn write_page(
    report: &Report,
    out_dir: &Path,
    lang: Lang,
    links: &Links,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let page = build(report, out_dir, lang, links)?;
    let written = page.write_into(out);
    if let Some(e) = page.sections.failed.take() {
        return Err(anyhow::Error::new(e).context("the page's sections could not be read back"));
    }
    Ok(written?)
}

/// How many units, worst first, the page shows with their findings. findings.json and the
/// group report hold every finding; the cut bounds the page (and the reader's patience).
pub const MAX_DETAILED_UNITS: usize = 500;

/// How many units, worst first, the units table lists, and how many workbooks' findings outside
/// a unit and inputs that could not be read the page shows. With these cuts a run's page takes
/// the same memory for ten thousand workbooks as for a thousand.
pub const MAX_LISTED: usize = 2_000;

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
        (Value::Text(t), _) => shown(&t),
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

/// A relative URL of an output from `out_dir`, each path segment percent-encoded: below it, or
/// `../…` for a copy a shard wrote beside its part in another folder than the merge's.
fn output_link(path: &Path, out_dir: &Path, prefix: &str) -> String {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let rel = path
        .strip_prefix(out_dir)
        .map(Path::to_path_buf)
        .ok()
        .or_else(|| pathdiff::diff_paths(absolute(path), absolute(out_dir)))
        .unwrap_or_else(|| path.to_path_buf());
    let segments: Vec<String> = rel
        .components()
        .map(|c| {
            percent_encoding::utf8_percent_encode(&c.as_os_str().to_string_lossy(), SEGMENT)
                .to_string()
        })
        .collect();
    format!("{prefix}{}", segments.join("/"))
}

/// A file, entry or sheet name as the page shows it (control and bidi characters as escapes).
fn shown(name: &str) -> String {
    crate::visible::name(name).into_owned()
}

fn finding_row(f: &Finding, lang: Lang, show_workbook: bool) -> FindingRow {
    FindingRow {
        severity: f.severity.as_str(),
        code: f.code(),
        name: f.rule.name,
        message: f.message(lang),
        fix: f.rule.fix(lang),
        workbook: (show_workbook && !f.workbook.is_empty()).then(|| shown(&f.workbook)),
        sheet: f.sheet().map(shown),
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

/// The sections of findings of a page, rendered into a temporary file and copied into the
/// page in page order as it is written (`{{ sections|safe }}` in the template).
pub struct Sections {
    /// The rendered sections.
    file: BlocksFile,
    /// Where each section lies in the file, in page order.
    order: Vec<(u64, u32)>,
    /// The error that stopped copying the sections into the page, if one did.
    failed: std::cell::Cell<Option<std::io::Error>>,
}

impl Sections {
    /// Whether the page has no section.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

impl std::fmt::Display for Sections {
    /// Copies the sections from their file, in page order.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut text = Vec::new();
        for &place in &self.order {
            if let Err(e) = self.file.read_into(place, &mut text) {
                self.failed.set(Some(e));
                return Err(std::fmt::Error);
            }
            // Written from a `String` below, so always UTF-8.
            f.write_str(&String::from_utf8_lossy(&text))?;
        }
        Ok(())
    }
}

/// Renders a section into the sections' file and returns where it lies.
fn render_section(
    file: &mut TempBlocks,
    section: &Section,
    lang: Lang,
) -> anyhow::Result<(u64, u32)> {
    let html = SectionView { lang, s: section }.render()?;
    Ok(file.append(html.as_bytes())?)
}

/// One section as HTML (the section part of the page, `templates/section.html`).
#[derive(Template)]
#[template(path = "section.html")]
struct SectionView<'a> {
    lang: Lang,
    s: &'a Section,
}

impl SectionView<'_> {
    /// The English or German text, by the page's language (used by the template).
    fn tr(&self, en: &'static str, de: &'static str) -> &'static str {
        i18n::tr(self.lang, en, de)
    }
}

/// The worst `limit` units of a report, worst first, and how many units it has: one pass,
/// holding at most twice `limit` units.
fn worst_units(report: &Report, limit: usize) -> anyhow::Result<(Vec<UnitFigures>, usize)> {
    let mut kept: Vec<UnitFigures> = Vec::new();
    let mut total = 0;
    for block in report.blocks(Want::UNITS) {
        for u in block?.result.units {
            total += 1;
            kept.push(u);
            if kept.len() >= 2 * limit.max(1) {
                worst_first(&mut kept);
                kept.truncate(limit);
            }
        }
    }
    worst_first(&mut kept);
    kept.truncate(limit);
    Ok((kept, total))
}

/// The view of a report: `out_dir` is where its outputs were written (links are relative to
/// it, and the sections are spooled there while the page is built).
fn build(report: &Report, out_dir: &Path, lang: Lang, links: &Links) -> anyhow::Result<ReportPage> {
    let columns = table::pick(UNIT_COLUMNS, &UNIT_KEYS);
    let with_baseline = report.resolved.is_some();
    let mut unit_headers: Vec<&'static str> = columns.iter().map(|c| c.title(lang)).collect();
    if with_baseline {
        unit_headers.push(i18n::tr(lang, "New", "Neu"));
    }
    let (listed, unit_count) = worst_units(report, MAX_LISTED)?;
    // The places in the table of each listed unit, by workbook, then by unit key (a unit named
    // twice in one workbook has two rows).
    let mut place: HashMap<&str, HashMap<String, Vec<usize>>> = HashMap::new();
    for (i, u) in listed.iter().enumerate() {
        place
            .entry(u.workbook.as_str())
            .or_default()
            .entry(key(&u.unit).into_owned())
            .or_default()
            .push(i);
    }
    let mut new_per_unit = vec![0; listed.len()];
    let mut file = TempBlocks::create(out_dir, 64 * 1024)?;
    let mut detailed: Vec<Option<(u64, u32)>> = vec![None; listed.len().min(MAX_DETAILED_UNITS)];
    let mut workbook_sections = Vec::new();
    let mut failed = Vec::new();
    let mut failed_more = 0;
    for (i, block) in report.blocks(Want::ALL).enumerate() {
        let w = block?.result;
        if w.status == InputStatus::Failed {
            if failed.len() < MAX_LISTED {
                failed.push(FailedInput {
                    path: shown(&w.path),
                    reason: shown(w.error.as_deref().unwrap_or_default()),
                });
            } else {
                failed_more += 1;
            }
        }
        // The link to the copy, for the workbook's sections only.
        let copy = || {
            w.output
                .as_deref()
                .map(|p| output_link(p, out_dir, &links.file_prefix))
        };
        let mut has_detail = false;
        for (unit_key, places) in place.get(w.path.as_str()).into_iter().flatten() {
            let findings: Vec<&Finding> = w
                .findings
                .iter()
                .filter(|f| f.unit.as_deref().is_some_and(|n| key(n) == *unit_key))
                .collect();
            let new = findings
                .iter()
                .filter(|f| f.change == Some(Change::New))
                .count();
            for &p in places {
                new_per_unit[p] = new;
                if p >= MAX_DETAILED_UNITS {
                    continue;
                }
                has_detail = true;
                let section = Section {
                    anchor: format!("unit-{}", p + 1),
                    title: listed[p].unit.clone(),
                    workbook: Some(shown(&w.path)),
                    copy: copy(),
                    groups: by_severity(&findings, lang, false),
                };
                detailed[p] = Some(render_section(&mut file, &section, lang)?);
            }
        }
        // The findings outside the workbook's units: shown for the workbooks whose units are
        // shown, and for those without units (a workbook that could not be read as a plan).
        let unit_keys: HashSet<String> =
            w.units.iter().map(|u| key(&u.unit).into_owned()).collect();
        let rest: Vec<&Finding> = w
            .findings
            .iter()
            .filter(|f| !unit_keys.contains(key(f.unit.as_deref().unwrap_or("")).as_ref()))
            .collect();
        if !rest.is_empty()
            && (has_detail || w.units.is_empty())
            && workbook_sections.len() < MAX_LISTED
        {
            let section = Section {
                anchor: format!("workbook-{}", i + 1),
                title: shown(&w.path),
                workbook: None,
                copy: copy(),
                groups: by_severity(&rest, lang, false),
            };
            workbook_sections.push(render_section(&mut file, &section, lang)?);
        }
    }
    let mut order: Vec<(u64, u32)> = detailed.into_iter().flatten().collect();
    order.extend(workbook_sections);
    if !report.group_findings.is_empty() {
        let group: Vec<&Finding> = report.group_findings.iter().collect();
        let section = Section {
            anchor: "group".into(),
            title: i18n::tr(lang, "Across workbooks", "Arbeitsmappenübergreifend").into(),
            workbook: None,
            copy: None,
            groups: by_severity(&group, lang, true),
        };
        order.push(render_section(&mut file, &section, lang)?);
    }
    let sections = Sections {
        file: file.finish()?,
        order,
        failed: std::cell::Cell::new(None),
    };

    let units = listed
        .iter()
        .zip(new_per_unit)
        .enumerate()
        .map(|(i, (u, new))| UnitRow {
            anchor: format!("unit-{}", i + 1),
            cells: columns
                .iter()
                .map(|c| cell_text(c.key, (c.value)(u, lang), c.shape, &u.currency, lang))
                .collect(),
            has_errors: u.errors > 0,
            new: with_baseline.then_some(new),
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
    Ok(ReportPage {
        lang,
        unit_headers,
        with_baseline,
        units,
        sections,
        failed,
        failed_more: (failed_more > 0).then(|| match lang {
            Lang::En => format!(
                "{failed_more} more inputs could not be read; findings.json lists every one."
            ),
            Lang::De => format!(
                "{failed_more} weitere Eingaben konnten nicht gelesen werden; findings.json nennt alle."
            ),
        }),
        resolved,
        totals: totals(report, unit_count, lang) + &cuts(unit_count, lang),
        group_report: links.group_report.clone().unwrap_or_else(|| {
            output_link(
                &out_dir.join(super::group::FILE_NAME),
                out_dir,
                &links.file_prefix,
            )
        }),
        copies_zip: links.copies_zip.clone(),
        start_over: links.start_over.clone(),
    })
}

/// What the page leaves out of a run with many units, in the reader's language ("" if nothing).
fn cuts(units: usize, lang: Lang) -> String {
    if units <= MAX_DETAILED_UNITS {
        return String::new();
    }
    let detailed = i18n::number(MAX_DETAILED_UNITS as f64, 0, lang);
    let listed = i18n::number(MAX_LISTED as f64, 0, lang);
    let table = units > MAX_LISTED;
    match lang {
        Lang::En => format!(
            ". The findings of the {detailed} worst units are shown{}; findings.json and the \
             group report hold all of them",
            if table {
                format!(", the table lists the {listed} worst")
            } else {
                String::new()
            }
        ),
        Lang::De => format!(
            ". Gezeigt werden die Befunde der {detailed} schwächsten Einheiten{}; findings.json \
             und der Gruppenbericht enthalten alle",
            if table {
                format!(", die Tabelle nennt die {listed} schwächsten")
            } else {
                String::new()
            }
        ),
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

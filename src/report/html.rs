//! `report.html`: the run as one self-contained page (inline CSS, no script, no outside asset) in
//! the run's language: units worst first, each unit's findings by severity, links to the outputs.
//!
//! The page is an askama template (`templates/report.html`), which escapes every value it shows:
//! a cell that holds `<script>` is shown as text. `teamlint serve` renders the same view with
//! links to its download addresses ([`Links`]).

use super::chart;
use super::table::{self, Shape, UNIT_COLUMNS, Value};
use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Change, Finding, Severity};
use crate::i18n;
use crate::i18n::outputs::{Label, label};
use crate::model::key;
use crate::part::Want;
use crate::results::{BlocksFile, TempBlocks};
use crate::rules::{Rule, UnitFigures};
use crate::{InputStatus, Options, Report};
use askama::Template;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The file name of the HTML report.
pub(crate) const FILE_NAME: &str = "report.html";

/// The unit columns the page shows, from the one unit table (`table::UNIT_COLUMNS`).
const UNIT_KEYS: [&str; 15] = [
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
    "budget",
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
    /// How long the page and its downloads stay available (`teamlint serve`), one sentence.
    pub kept: Option<String>,
    /// A link to download the page itself as `report.html` (`teamlint serve`).
    pub page_download: Option<String>,
}

/// A cell of the units table.
pub struct Cell {
    /// The value as the reader's language writes it.
    pub text: String,
    /// Its CSS classes: the column's key, `num` for a number, `hit` for a count above zero.
    pub class: String,
}

/// A unit's row in the units table.
pub(crate) struct UnitRow {
    /// The anchor of the unit's section.
    pub anchor: String,
    /// The cells, in the order of the headers.
    pub cells: Vec<Cell>,
    /// Whether the unit has errors (its row is marked).
    pub has_errors: bool,
    /// With a baseline: how many of the unit's findings are new, formatted.
    pub new: Option<String>,
}

/// One finding as the page shows it.
pub(crate) struct FindingRow {
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
pub(crate) struct SeverityGroup {
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// The severity's heading in the reader's language with the count.
    pub title: String,
    /// The findings, in reading order.
    pub findings: Vec<FindingRow>,
}

/// A section of findings: one unit, one workbook's findings without a unit, or the group's.
pub(crate) struct Section {
    /// Its anchor.
    pub anchor: String,
    /// Its heading.
    pub title: String,
    /// The workbook it belongs to, if one.
    pub workbook: Option<String>,
    /// The link to the workbook's annotated copy.
    pub copy: Option<String>,
    /// Whether it is folded (`<details>`): a unit past the worst `OPEN_UNITS`.
    pub folded: bool,
    /// Its findings by severity, worst first: the worst `MAX_FINDINGS_SHOWN` of them.
    pub groups: Vec<SeverityGroup>,
    /// The findings the section does not show in full, counted by rule.
    pub rest: Option<Rest>,
}

/// The findings of a section past the worst `MAX_FINDINGS_SHOWN`: a count by rule.
pub(crate) struct Rest {
    /// "12 more findings", in the reader's language.
    pub summary: String,
    /// The rules of those findings, worst first: severity, code, name and count.
    pub rules: Vec<(&'static str, &'static str, &'static str, String)>,
}

/// An input that could not be read.
pub(crate) struct FailedInput {
    /// Its path.
    pub path: String,
    /// Why.
    pub reason: String,
}

/// A finding of the baseline run that this run no longer has.
pub(crate) struct ResolvedRow {
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
pub(crate) struct ReportPage {
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
    /// The overview at the top: totals, findings per rule, charts.
    pub overview: Overview,
    /// The findings across workbooks as a link's text ("1 finding across workbooks"), if any.
    pub across: Option<String>,
    /// How long the page and its downloads stay available (`teamlint serve`).
    pub kept: Option<String>,
    /// A link to download the page as `report.html` (`teamlint serve`).
    pub page_download: Option<String>,
}

/// What a controller reads first: the group's totals, the findings per rule, the charts.
pub struct Overview {
    /// The totals: units, people, FTE, staff cost, budget, gap.
    pub figures: Vec<Figure>,
    /// What the sign of the gap means, for this group's gap.
    pub gap_meaning: String,
    /// The units whose money is left out of the totals (no exchange rate), as a sentence.
    pub unconverted: Option<String>,
    /// The rules with findings, worst first.
    pub rules: Vec<RuleRow>,
    /// The charts.
    pub charts: Vec<ChartView>,
}

/// One total of the overview.
pub struct Figure {
    /// Its id in the page (`total-units`, …).
    pub id: &'static str,
    /// Its label in the reader's language.
    pub label: &'static str,
    /// Its value as the reader's language writes it.
    pub value: String,
}

/// A rule's findings across the group.
pub struct RuleRow {
    /// The worst severity of its findings (`error`, `warning`, `info`).
    pub severity: &'static str,
    /// That severity in the reader's language.
    pub severity_label: &'static str,
    /// The rule code.
    pub code: &'static str,
    /// The rule's name.
    pub name: &'static str,
    /// What it checks, one line.
    pub summary: &'static str,
    /// How many findings, formatted.
    pub count: String,
    /// How many units they are about, formatted.
    pub units: String,
}

/// A chart of the overview.
pub struct ChartView {
    /// Its id in the page.
    pub id: &'static str,
    /// Its heading.
    pub title: String,
    /// The chart as inline SVG (drawn by `chart::bars`, escaped there).
    pub svg: String,
    /// What the chart leaves out, as a sentence.
    pub note: Option<String>,
}

impl ReportPage {
    /// A label in the page's language (used by the template).
    pub fn label(&self, l: Label) -> &'static str {
        label(self.lang, l)
    }

    /// The page's language code for `<html lang>`.
    pub(crate) fn lang_code(&self) -> &'static str {
        self.lang.code()
    }
}

/// Writes `OUT_DIR/report.html` (atomically) and returns its path.
pub fn write(out_dir: &Path, report: &Report, options: &Options) -> anyhow::Result<PathBuf> {
    let path = out_dir.join(FILE_NAME);
    crate::paths::write_atomically(&path, |tmp| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(tmp)?);
        write_page(report, out_dir, options, &Links::default(), &mut file)?;
        file.into_inner().map_err(|e| e.into_error())?;
        Ok(())
    })?;
    Ok(path)
}

/// The page of a report as text (`teamlint serve` keeps it to answer with).
pub fn render(
    report: &Report,
    out_dir: &Path,
    options: &Options,
    links: &Links,
) -> anyhow::Result<String> {
    let mut page = Vec::new();
    write_page(report, out_dir, options, links, &mut page)?;
    Ok(String::from_utf8(page)?)
}

/// Writes the page of a report to `out`, streaming: the sections of findings are rendered one
/// workbook at a time into a temporary file in `out_dir` and copied into the page from there,
/// so the page's memory is that of its largest workbook and the units it lists. The page is in
/// `options.lang`; its money totals are in the group currency of `options.config`.
pub(crate) fn write_page(
    report: &Report,
    out_dir: &Path,
    options: &Options,
    links: &Links,
    out: &mut dyn std::io::Write,
) -> anyhow::Result<()> {
    let page = build(report, out_dir, options.lang, &options.config, links)?;
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

/// How many findings a section shows in full (the worst); the rest are counted by rule.
pub const MAX_FINDINGS_SHOWN: usize = 5;

/// How many units, worst first, show their findings open; the next ones up to
/// `MAX_DETAILED_UNITS` are folded (`<details>`).
pub(crate) const OPEN_UNITS: usize = 50;

/// How many units a chart of units shows; a sentence counts the rest.
pub const CHART_UNITS: usize = 15;

/// Units worst first: most errors, then warnings, then infos, then the lowest coverage; ties
/// by workbook and unit.
pub fn worst_first(units: &mut [UnitFigures]) {
    units.sort_by(worse);
}

/// The order of `worst_first`.
fn worse(a: &UnitFigures, b: &UnitFigures) -> Ordering {
    (b.errors, b.warnings, b.infos)
        .cmp(&(a.errors, a.warnings, a.infos))
        .then_with(|| {
            let coverage = |u: &UnitFigures| u.coverage.unwrap_or(f64::INFINITY);
            coverage(a).total_cmp(&coverage(b))
        })
        .then_with(|| (&a.workbook, &a.unit).cmp(&(&b.workbook, &b.unit)))
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
    if let (Shape::Percent, Value::Number(n)) = (shape, &value) {
        class.push_str(coverage_class(*n));
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

/// The colour class of a coverage, the group report's scale: red below 50 %, amber below 90 %,
/// green from 100 %.
fn coverage_class(coverage: f64) -> &'static str {
    match coverage {
        c if c < 0.5 => " low",
        c if c < 0.9 => " short",
        c if c >= 1.0 => " full",
        _ => "",
    }
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

/// A section's findings: the worst `MAX_FINDINGS_SHOWN` by severity, each group in reading
/// order and titled with the count of its severity in the whole section; the rest by rule.
fn by_severity(
    findings: &[&Finding],
    lang: Lang,
    show_workbook: bool,
) -> (Vec<SeverityGroup>, Option<Rest>) {
    let mut sorted = findings.to_vec();
    sorted.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| crate::findings::order(a, b))
    });
    let (shown, rest) = sorted.split_at(sorted.len().min(MAX_FINDINGS_SHOWN));
    let groups = Severity::WORST_FIRST
        .into_iter()
        .filter_map(|s| {
            let rows: Vec<FindingRow> = shown
                .iter()
                .filter(|f| f.severity == s)
                .map(|f| finding_row(f, lang, show_workbook))
                .collect();
            if rows.is_empty() {
                return None;
            }
            let total = sorted.iter().filter(|f| f.severity == s).count();
            let title = label(
                lang,
                match s {
                    Severity::Error => Label::Errors,
                    Severity::Warning => Label::Warnings,
                    Severity::Info => Label::Infos,
                },
            );
            Some(SeverityGroup {
                severity: s.as_str(),
                title: format!("{title} ({})", count(total, lang)),
                findings: rows,
            })
        })
        .collect();
    (groups, rest_by_rule(rest, lang))
}

/// The findings a section does not show in full, counted by rule in the order given.
fn rest_by_rule(rest: &[&Finding], lang: Lang) -> Option<Rest> {
    if rest.is_empty() {
        return None;
    }
    let mut rules: Vec<(Severity, &'static Rule, usize)> = Vec::new();
    for f in rest {
        match rules.iter_mut().find(|(_, r, _)| r.code == f.rule.code) {
            Some(entry) => {
                entry.0 = entry.0.max(f.severity);
                entry.2 += 1;
            }
            None => rules.push((f.severity, f.rule, 1)),
        }
    }
    let n = count(rest.len(), lang);
    let summary = i18n::texts(lang).more_findings(&n, rest.len() as u64);
    Some(Rest {
        summary,
        rules: rules
            .into_iter()
            .map(|(s, r, n)| (s.as_str(), r.code, r.name, count(n, lang)))
            .collect(),
    })
}

/// A count as the reader's language writes it: `38,335` / `38.335`.
fn count(n: usize, lang: Lang) -> String {
    i18n::number(n as f64, 0, lang)
}

/// The sections of findings of a page, rendered into a temporary file and copied into the
/// page in page order as it is written (`{{ sections|safe }}` in the template).
pub(crate) struct Sections {
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
    /// A label in the page's language (used by the template).
    fn label(&self, l: Label) -> &'static str {
        label(self.lang, l)
    }
}

/// The first `limit` items of a stream in an order, holding at most twice `limit`.
struct Top<T> {
    items: Vec<T>,
    limit: usize,
    order: fn(&T, &T) -> Ordering,
}

impl<T> Top<T> {
    fn new(limit: usize, order: fn(&T, &T) -> Ordering) -> Self {
        Top {
            items: Vec::new(),
            limit,
            order,
        }
    }

    fn push(&mut self, item: T) {
        self.items.push(item);
        if self.items.len() >= 2 * self.limit.max(1) {
            self.cut();
        }
    }

    fn cut(&mut self) {
        self.items.sort_by(self.order);
        self.items.truncate(self.limit);
    }

    fn finish(mut self) -> Vec<T> {
        self.cut();
        self.items
    }
}

/// The sums of the overview over every unit; money in the group currency.
#[derive(Default)]
struct Sums {
    units: usize,
    people: usize,
    fte: f64,
    staff_cost: f64,
    budget: f64,
    gap: f64,
    /// Units with required or allocated hours.
    with_hours: usize,
    /// Units whose money is in the sums.
    converted: usize,
    /// Units left out of the money sums (no exchange rate), by currency.
    unconverted: BTreeMap<String, usize>,
}

/// A unit's money in the group currency (the cost chart's row).
struct Converted {
    unit: String,
    cost: f64,
    budget: Option<f64>,
    gap: f64,
}

/// What one pass over the units gathers: the worst `MAX_LISTED` for the table, the sums, and
/// the units the charts show (largest shortfall of hours, largest budget gap).
struct UnitPass {
    listed: Vec<UnitFigures>,
    sums: Sums,
    short: Vec<UnitFigures>,
    costly: Vec<Converted>,
}

fn shortfall(u: &UnitFigures) -> f64 {
    u.required_hours - u.allocated_hours
}

fn gather_units(report: &Report, config: &Config) -> anyhow::Result<UnitPass> {
    let mut listed = Top::new(MAX_LISTED, worse);
    let mut short = Top::new(CHART_UNITS, |a: &UnitFigures, b: &UnitFigures| {
        shortfall(b)
            .total_cmp(&shortfall(a))
            .then_with(|| worse(a, b))
    });
    let mut costly = Top::new(CHART_UNITS, |a: &Converted, b: &Converted| {
        b.gap.total_cmp(&a.gap).then_with(|| a.unit.cmp(&b.unit))
    });
    let mut sums = Sums::default();
    for block in report.blocks(Want::UNITS) {
        for u in block?.result.units {
            sums.units += 1;
            sums.people += u.people;
            sums.fte += finite(u.fte);
            match config.currency.rate(&u.currency) {
                Some(rate) => {
                    let row = Converted {
                        unit: u.unit.clone(),
                        cost: finite(u.staff_cost) * rate,
                        budget: u.budget.map(|b| finite(b) * rate),
                        gap: finite(u.budget_gap) * rate,
                    };
                    sums.staff_cost += row.cost;
                    sums.budget += row.budget.unwrap_or(0.0);
                    sums.gap += row.gap;
                    sums.converted += 1;
                    costly.push(row);
                }
                None => {
                    *sums
                        .unconverted
                        .entry(u.currency.trim().to_uppercase())
                        .or_default() += 1
                }
            }
            if u.required_hours > 0.0 || u.allocated_hours > 0.0 {
                sums.with_hours += 1;
                short.push(u.clone());
            }
            listed.push(u);
        }
    }
    Ok(UnitPass {
        listed: listed.finish(),
        sums,
        short: short.finish(),
        costly: costly.finish(),
    })
}

/// A figure, or 0 when it is not a number.
fn finite(x: f64) -> f64 {
    if x.is_finite() { x } else { 0.0 }
}

/// One rule's findings across the group.
struct RuleTally {
    rule: &'static Rule,
    severity: Severity,
    count: usize,
    /// The units named, as (workbook, unit key).
    units: HashSet<(String, String)>,
}

/// Counts a finding to its rule.
fn tally(rules: &mut HashMap<&'static str, RuleTally>, f: &Finding) {
    let t = rules.entry(f.rule.code).or_insert_with(|| RuleTally {
        rule: f.rule,
        severity: f.severity,
        count: 0,
        units: HashSet::new(),
    });
    t.severity = t.severity.max(f.severity);
    t.count += 1;
    if let Some(unit) = f.unit.as_deref() {
        t.units.insert((f.workbook.clone(), key(unit).into_owned()));
    }
}

/// The fill of a severity's bar in a chart (the ink of the page's severity colours).
fn severity_colour(s: Severity) -> &'static str {
    match s {
        Severity::Error => "#c00000",
        Severity::Warning => "#bf8700",
        Severity::Info => "#1f4e79",
    }
}

/// The overview of a run: totals, findings per rule worst first, and the charts.
fn overview(
    pass: &UnitPass,
    rules: HashMap<&'static str, RuleTally>,
    group: &str,
    lang: Lang,
) -> Overview {
    let sums = &pass.sums;
    let amount = i18n::money(sums.gap.abs(), group, lang);
    let gap_meaning = i18n::texts(lang).gap_meaning(&amount, sums.gap.round().total_cmp(&0.0));
    let unconverted = (!sums.unconverted.is_empty()).then(|| {
        let n: usize = sums.unconverted.values().sum();
        let currencies: Vec<&str> = sums.unconverted.keys().map(String::as_str).collect();
        let currencies = i18n::list(&currencies, lang);
        let units = count(n, lang);
        i18n::texts(lang).left_out_of_totals(&units, n as u64, &currencies, group)
    });
    let mut rules: Vec<RuleTally> = rules.into_values().collect();
    rules.sort_by(|a, b| {
        (b.severity, b.count, b.units.len())
            .cmp(&(a.severity, a.count, a.units.len()))
            .then_with(|| a.rule.code.cmp(b.rule.code))
    });
    let rule_rows: Vec<RuleRow> = rules
        .iter()
        .map(|t| RuleRow {
            severity: t.severity.as_str(),
            severity_label: t.severity.label(lang),
            code: t.rule.code,
            name: t.rule.name,
            summary: t.rule.summary(lang),
            count: count(t.count, lang),
            units: count(t.units.len(), lang),
        })
        .collect();
    let charts = [
        hours_chart(pass, lang),
        money_chart(pass, group, lang),
        rules_chart(&rules, lang),
    ];
    Overview {
        figures: total_figures(sums, group, lang),
        gap_meaning,
        unconverted,
        rules: rule_rows,
        charts: charts.into_iter().flatten().collect(),
    }
}

/// The run's totals: units, people, FTE, staff cost, budget and gap (money in `group`).
fn total_figures(sums: &Sums, group: &str, lang: Lang) -> Vec<Figure> {
    let money = |x: f64| i18n::money(x, group, lang);
    vec![
        Figure {
            id: "total-units",
            label: label(lang, Label::Units),
            value: count(sums.units, lang),
        },
        Figure {
            id: "total-people",
            label: label(lang, Label::PeopleOnSocialMedia),
            value: count(sums.people, lang),
        },
        Figure {
            id: "total-fte",
            label: label(lang, Label::SocialMediaFTE),
            value: i18n::number(sums.fte, 2, lang),
        },
        Figure {
            id: "total-staff-cost",
            label: label(lang, Label::AnnualStaffCost),
            value: money(sums.staff_cost),
        },
        Figure {
            id: "total-budget",
            label: label(lang, Label::Budget),
            value: money(sums.budget),
        },
        Figure {
            id: "total-gap",
            label: label(lang, Label::BudgetGap),
            value: money(sums.gap),
        },
    ]
}

/// Required against allocated hours a week of the units furthest short, if any is.
fn hours_chart(pass: &UnitPass, lang: Lang) -> Option<ChartView> {
    if pass.short.is_empty() {
        return None;
    }
    let sums = &pass.sums;
    let rows: Vec<chart::Row> = pass
        .short
        .iter()
        .map(|u| chart::Row {
            label: u.unit.clone(),
            values: vec![Some(u.required_hours), Some(u.allocated_hours)],
            texts: vec![
                i18n::number(u.required_hours, 1, lang),
                i18n::number(u.allocated_hours, 1, lang),
            ],
            colour: None,
        })
        .collect();
    let title = label(lang, Label::RequiredVsAllocatedHoursPerWeek);
    let series = [
        chart::Series {
            name: label(lang, Label::RequiredHWeek).into(),
            colour: "#a6a6a6",
        },
        chart::Series {
            name: label(lang, Label::AllocatedHWeek).into(),
            colour: "#4472c4",
        },
    ];
    Some(ChartView {
        id: "chart-hours",
        title: title.into(),
        svg: chart::bars(title, &series, &rows),
        note: chart_note(
            pass.short.len(),
            sums.with_hours,
            label(lang, Label::LargestShortfall),
            lang,
        ),
    })
}

/// Staff cost against budget of the units furthest over it (money in `group`), if any is.
fn money_chart(pass: &UnitPass, group: &str, lang: Lang) -> Option<ChartView> {
    if pass.costly.is_empty() {
        return None;
    }
    let sums = &pass.sums;
    let money = |x: f64| i18n::money(x, group, lang);
    let rows: Vec<chart::Row> = pass
        .costly
        .iter()
        .map(|c| chart::Row {
            label: c.unit.clone(),
            values: vec![Some(c.cost), c.budget],
            texts: vec![money(c.cost), c.budget.map(money).unwrap_or_default()],
            colour: None,
        })
        .collect();
    let title = i18n::texts(lang).cost_vs_budget(group);
    let series = [
        chart::Series {
            name: label(lang, Label::AnnualStaffCost).into(),
            colour: "#c00000",
        },
        chart::Series {
            name: label(lang, Label::Budget).into(),
            colour: "#70ad47",
        },
    ];
    Some(ChartView {
        id: "chart-money",
        svg: chart::bars(&title, &series, &rows),
        title,
        note: chart_note(
            pass.costly.len(),
            sums.converted,
            label(lang, Label::LargestBudgetGap),
            lang,
        ),
    })
}

/// Findings per rule, worst first, each in its severity's colour, if there are any.
fn rules_chart(rules: &[RuleTally], lang: Lang) -> Option<ChartView> {
    if rules.is_empty() {
        return None;
    }
    let rows: Vec<chart::Row> = rules
        .iter()
        .map(|t| chart::Row {
            label: format!("{} {}", t.rule.code, t.rule.name),
            values: vec![Some(t.count as f64)],
            texts: vec![count(t.count, lang)],
            colour: Some(severity_colour(t.severity)),
        })
        .collect();
    let title = label(lang, Label::FindingsByRule);
    let series = [chart::Series {
        name: label(lang, Label::Findings).into(),
        colour: severity_colour(Severity::Warning),
    }];
    Some(ChartView {
        id: "chart-rules",
        title: title.into(),
        svg: chart::bars(title, &series, &rows),
        note: None,
    })
}

/// What a chart of the `shown` units with the `what` leaves out of `all`, as a sentence.
fn chart_note(shown: usize, all: usize, what: &str, lang: Lang) -> Option<String> {
    if all <= shown {
        return None;
    }
    let (shown, rest) = (count(shown, lang), count(all - shown, lang));
    Some(i18n::texts(lang).units_shown(&shown, what, &rest))
}

/// The view of a report: `out_dir` is where its outputs were written (links are relative to
/// it, and the sections are spooled there while the page is built).
fn build(
    report: &Report,
    out_dir: &Path,
    lang: Lang,
    config: &Config,
    links: &Links,
) -> anyhow::Result<ReportPage> {
    let columns = table::pick(UNIT_COLUMNS, &UNIT_KEYS);
    let with_baseline = report.resolved.is_some();
    let mut unit_headers: Vec<&'static str> = columns.iter().map(|c| c.title(lang)).collect();
    if with_baseline {
        unit_headers.push(label(lang, Label::New));
    }
    let pass = gather_units(report, config)?;
    let unit_count = pass.sums.units;
    let mut pages = SectionPass::new(&pass.listed, out_dir, links, lang)?;
    for (i, block) in report.blocks(Want::ALL).enumerate() {
        pages.workbook(i, &block?.result)?;
    }
    pages.across_workbooks(&report.group_findings)?;
    let SectionPass {
        file,
        detailed,
        mut workbook_sections,
        new_per_unit,
        failed,
        failed_more,
        rules,
        ..
    } = pages;
    // In page order: the detailed units, the workbooks, those across workbooks.
    let mut order: Vec<(u64, u32)> = detailed.into_iter().flatten().collect();
    order.append(&mut workbook_sections);
    let sections = Sections {
        file: file.finish()?,
        order,
        failed: std::cell::Cell::new(None),
    };
    let units = pass
        .listed
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
            new: with_baseline.then(|| count(new, lang)),
        })
        .collect();
    Ok(ReportPage {
        lang,
        unit_headers,
        with_baseline,
        units,
        sections,
        failed,
        failed_more: (failed_more > 0).then(|| {
            let more = count(failed_more, lang);
            i18n::texts(lang).more_unreadable(&more)
        }),
        resolved: resolved_rows(report),
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
        overview: overview(&pass, rules, config.currency.group.trim(), lang),
        across: across(report.group_findings.len(), lang),
        kept: links.kept.clone(),
        page_download: links.page_download.clone(),
    })
}

/// The page's sections while the workbooks stream by: each listed unit's findings (the first
/// [`MAX_DETAILED_UNITS`]), each workbook's findings outside its units, then those across
/// workbooks, rendered into a spool file; and what the rest of the page counts on the way.
struct SectionPass<'a> {
    listed: &'a [UnitFigures],
    out_dir: &'a Path,
    links: &'a Links,
    lang: Lang,
    /// The places in the table of each listed unit, by workbook, then by unit key (a unit named
    /// twice in one workbook has two rows).
    place: HashMap<&'a str, HashMap<String, Vec<usize>>>,
    file: TempBlocks,
    /// Each detailed unit's section in the file.
    detailed: Vec<Option<(u64, u32)>>,
    /// The workbooks' sections in the file.
    workbook_sections: Vec<(u64, u32)>,
    /// New findings per listed unit (with a baseline).
    new_per_unit: Vec<usize>,
    /// The inputs that could not be read (the first [`MAX_LISTED`]), and how many more.
    failed: Vec<FailedInput>,
    failed_more: usize,
    /// Every finding counted to its rule, for the overview.
    rules: HashMap<&'static str, RuleTally>,
}

impl<'a> SectionPass<'a> {
    fn new(
        listed: &'a [UnitFigures],
        out_dir: &'a Path,
        links: &'a Links,
        lang: Lang,
    ) -> anyhow::Result<Self> {
        let mut place: HashMap<&str, HashMap<String, Vec<usize>>> = HashMap::new();
        for (i, u) in listed.iter().enumerate() {
            place
                .entry(u.workbook.as_str())
                .or_default()
                .entry(key(&u.unit).into_owned())
                .or_default()
                .push(i);
        }
        Ok(SectionPass {
            listed,
            out_dir,
            links,
            lang,
            place,
            file: TempBlocks::create(out_dir, 64 * 1024)?,
            detailed: vec![None; listed.len().min(MAX_DETAILED_UNITS)],
            workbook_sections: Vec::new(),
            new_per_unit: vec![0; listed.len()],
            failed: Vec::new(),
            failed_more: 0,
            rules: HashMap::new(),
        })
    }

    /// Workbook number `i`: its findings counted, its reason if it failed, the sections of its
    /// listed units, and of its findings outside them.
    fn workbook(&mut self, i: usize, w: &crate::outcome::WorkbookResult) -> anyhow::Result<()> {
        let lang = self.lang;
        for f in &w.findings {
            tally(&mut self.rules, f);
        }
        if w.status == InputStatus::Failed {
            if self.failed.len() < MAX_LISTED {
                self.failed.push(FailedInput {
                    path: shown(&w.path),
                    reason: shown(&w.error_sentence(lang).unwrap_or_default()),
                });
            } else {
                self.failed_more += 1;
            }
        }
        // The link to the copy, for the workbook's sections only.
        let copy = w
            .output
            .as_deref()
            .map(|p| output_link(p, self.out_dir, &self.links.file_prefix));
        let has_detail = self.unit_sections(w, &copy)?;
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
            && self.workbook_sections.len() < MAX_LISTED
        {
            let (groups, rest) = by_severity(&rest, lang, false);
            let section = Section {
                anchor: format!("workbook-{}", i + 1),
                title: shown(&w.path),
                workbook: None,
                copy,
                folded: false,
                groups,
                rest,
            };
            let at = render_section(&mut self.file, &section, lang)?;
            self.workbook_sections.push(at);
        }
        Ok(())
    }

    /// The sections of a workbook's listed units (their new findings counted for the table);
    /// whether one of them is detailed.
    fn unit_sections(
        &mut self,
        w: &crate::outcome::WorkbookResult,
        copy: &Option<String>,
    ) -> anyhow::Result<bool> {
        let lang = self.lang;
        let mut has_detail = false;
        let Some(units) = self.place.get(w.path.as_str()) else {
            return Ok(false);
        };
        for (unit_key, places) in units {
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
                self.new_per_unit[p] = new;
                if p >= MAX_DETAILED_UNITS {
                    continue;
                }
                has_detail = true;
                let (groups, rest) = by_severity(&findings, lang, false);
                let section = Section {
                    anchor: format!("unit-{}", p + 1),
                    title: self.listed[p].unit.clone(),
                    workbook: Some(shown(&w.path)),
                    copy: copy.clone(),
                    folded: p >= OPEN_UNITS,
                    groups,
                    rest,
                };
                self.detailed[p] = Some(render_section(&mut self.file, &section, lang)?);
            }
        }
        Ok(has_detail)
    }

    /// The findings across workbooks: counted, and their section last.
    fn across_workbooks(&mut self, findings: &[Finding]) -> anyhow::Result<()> {
        for f in findings {
            tally(&mut self.rules, f);
        }
        if findings.is_empty() {
            return Ok(());
        }
        let group: Vec<&Finding> = findings.iter().collect();
        let (groups, rest) = by_severity(&group, self.lang, true);
        let section = Section {
            anchor: "group".into(),
            title: label(self.lang, Label::AcrossWorkbooks).into(),
            workbook: None,
            copy: None,
            folded: false,
            groups,
            rest,
        };
        let at = render_section(&mut self.file, &section, self.lang)?;
        self.workbook_sections.push(at);
        Ok(())
    }
}

/// The findings a baseline had that are gone, as the page lists them.
fn resolved_rows(report: &Report) -> Vec<ResolvedRow> {
    report
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
        .collect()
}

/// "1 finding across workbooks" (a link to them), if the run has any.
fn across(n: usize, lang: Lang) -> Option<String> {
    (n > 0).then(|| {
        let findings = count(n, lang);
        i18n::texts(lang).of_them_across(&findings)
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
    let listed = table.then_some(listed.as_str());
    i18n::texts(lang).page_cuts(&detailed, listed)
}

/// "3 workbooks, 9 units: 12 errors, 30 warnings, 4 infos" in the reader's language, numbers
/// as it writes them (`38.335 Warnungen`).
fn totals(report: &Report, units: usize, lang: Lang) -> String {
    let workbooks = report.totals.workbooks;
    let (e, w, i) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Info),
    );
    let n = |x: usize| count(x, lang);
    i18n::texts(lang).page_totals(
        [&n(workbooks), &n(units), &n(e), &n(w), &n(i)],
        [workbooks, units, e, w, i].map(|x| x as u64),
    )
}

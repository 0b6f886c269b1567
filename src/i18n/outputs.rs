//! The words of the outputs: the annotated copy's sheets and notes, the group report,
//! report.html, the terminal summary. One method a sentence; each language writes them all.

/// How many findings of each severity (errors, warnings, infos).
pub type Counts = [u64; 3];

/// The words of the outputs: the annotated copy's sheets and notes, the group report,
/// report.html, the terminal summary.
pub trait OutputTexts {
    /// A label or short sentence of an output, in this language.
    fn label(&self, label: Label) -> &'static str;
    /// `n` findings of a severity (0 error, 1 warning, 2 info): `3 errors`, `1 Warnung`.
    fn counted(&self, n: u64, severity: usize) -> String;
    /// `n` units: `1 unit`, `2 Einheiten`.
    fn units(&self, n: u64) -> String;
    /// The word at the start of a terminal line for a workbook that could not be read
    /// (`UNREADABLE`), padded as the others.
    fn unreadable_word(&self) -> &'static str;
    /// The word at the start of a terminal line for a workbook read whose copy was not written.
    fn no_copy_word(&self) -> &'static str;
    /// The word at the start of a terminal line for a workbook read and written (`ok    `).
    fn ok_word(&self) -> &'static str;
    /// A failed workbook with no reason recorded.
    fn could_not_be_read(&self) -> &'static str;
    /// The run's results could not be read back (`detail`).
    fn results_unreadable(&self, detail: &str) -> String;
    /// `more` workbooks not listed in the summary.
    fn more_workbooks(&self, more: u64) -> String;
    /// The total line: workbooks, of them failed, units, and the findings counted.
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String;
    /// The line under the total: how many of those findings are across workbooks, and their
    /// rules' codes.
    fn of_which_across(&self, counts: &str, codes: &str) -> String;
    /// Waived findings: accepted, and expired.
    fn waived(&self, accepted: u64, expired: u64) -> String;
    /// Against a baseline: new, unchanged, resolved.
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String;
    /// `n` annotated copies.
    fn annotated_copies(&self, n: u64) -> String;
    /// Where the outputs were written: `Written to DIR: ITEMS`.
    fn written_to(&self, dir: &str, items: &str) -> String;
    /// The group report: no rate converts `currency` into the `group` currency (a cell's note).
    fn no_rate_from(&self, currency: &str, group: &str) -> String;
    /// The group report: the `group`-currency columns are converted, the others are not.
    fn converted_columns(&self, group: &str) -> String;
    /// The group report: no rates for the currencies `missing` into `group`.
    fn no_rates_for(&self, missing: &str, group: &str) -> String;
    /// A chart's title: annual staff cost against budget, in `group` currency.
    fn cost_vs_budget(&self, group: &str) -> String;
    /// report.html: `n` (as written) more findings of a unit, not shown (`count` of them).
    fn more_findings(&self, n: &str, count: u64) -> String;
    /// report.html: what a budget gap of `amount` means, by its sign.
    fn gap_meaning(&self, amount: &str, sign: std::cmp::Ordering) -> String;
    /// report.html: `units` (as written; `n` of them) in `currencies` are left out of the money
    /// totals: no rate to `group`.
    fn left_out_of_totals(&self, units: &str, n: u64, currencies: &str, group: &str) -> String;
    /// report.html: a chart shows the `shown` units with `what`; the `rest` are in the table.
    fn units_shown(&self, shown: &str, what: &str, rest: &str) -> String;
    /// report.html: `more` inputs that could not be read are not listed.
    fn more_unreadable(&self, more: &str) -> String;
    /// report.html: `findings` of the total are across workbooks.
    fn of_them_across(&self, findings: &str) -> String;
    /// report.html: what the page leaves out of a large run (starts with `. `): the findings of
    /// the `detailed` worst units are shown, and the table lists the `listed` worst, if it cuts.
    fn page_cuts(&self, detailed: &str, listed: Option<&str>) -> String;
    /// report.html: the run in one line: workbooks, units, errors, warnings, infos, each as
    /// written (`shown`) and counted (`n`, for the plural).
    fn page_totals(&self, shown: [&str; 5], n: [u64; 5]) -> String;
    /// `--baseline PATH`: no findings.json there.
    fn baseline_missing(&self, path: &str) -> String;
    /// `--baseline PATH`: it cannot be read (`detail`: the system's words).
    fn baseline_unreadable(&self, path: &str, detail: &str) -> String;
    /// `--baseline PATH`: not a teamlint findings.json (`why`).
    fn baseline_not_findings(&self, path: &str, why: &str) -> String;
    /// A finding accepted by a waiver until `until`, approved by `by`, for `reason`.
    fn waiver_accepted(&self, until: &str, by: &str, reason: &str) -> String;
    /// A finding whose waiver (by `by`) expired on `until`: it counts again.
    fn waiver_expired(&self, by: &str, until: &str, reason: &str) -> String;
}

/// A label or short sentence of an output (a sheet's name, a header, an axis): one catalogue
/// entry each, in every language (`OutputTexts::label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// `unchanged` (a finding's change against the baseline, in a cell)
    UnchangedWord,
    /// `the largest shortfall of hours` (what a chart shows)
    LargestShortfall,
    /// `the largest budget gap`
    LargestBudgetGap,
    /// `Findings by rule` (a chart's title)
    FindingsByRule,
    /// `a cell with at least one error` (the legend)
    CellWithAnError,
    /// `a cell whose worst finding is a warning`
    CellWorstAWarning,
    /// `a cell whose worst finding is an info`
    CellWorstAnInfo,
    /// `What to do` (a column)
    WhatToDoColumn,
    /// `Units`
    Units,
    /// `Charts`
    Charts,
    /// `Findings per unit`
    FindingsPerUnit,
    /// `Group findings`
    GroupFindings,
    /// `Inputs`
    Inputs,
    /// `Changes`
    Changes,
    /// `Annual staff cost`
    AnnualStaffCost,
    /// `Budget`
    Budget,
    /// `Budget gap`
    BudgetGap,
    /// `New since last run`
    NewSinceLastRun,
    /// `(no units)`
    NoUnits,
    /// `Required vs allocated hours per week`
    RequiredVsAllocatedHoursPerWeek,
    /// `Required h/week`
    RequiredHWeek,
    /// `Allocated h/week`
    AllocatedHWeek,
    /// `hours per week`
    HoursPerWeek,
    /// `Workbook`
    Workbook,
    /// `Unit`
    Unit,
    /// `Total`
    Total,
    /// `(group)`
    Group,
    /// `(no unit)`
    NoUnit,
    /// `No findings.`
    NoFindings,
    /// `No findings across workbooks.`
    NoFindingsAcrossWorkbooks,
    /// `Status`
    Status,
    /// `Reason`
    Reason,
    /// `Errors`
    Errors,
    /// `Warnings`
    Warnings,
    /// `Infos`
    Infos,
    /// `Annotated copy`
    AnnotatedCopy,
    /// `failed`
    Failed,
    /// `(no inputs)`
    NoInputs,
    /// `New`
    New,
    /// `Unchanged`
    Unchanged,
    /// `Resolved`
    Resolved,
    /// `Across workbooks`
    AcrossWorkbooks,
    /// `What to do:`
    WhatToDo,
    /// `Findings`
    Findings,
    /// `Findings (teamlint)`
    FindingsTeamlint,
    /// `Summary`
    Summary,
    /// `Summary (teamlint)`
    SummaryTeamlint,
    /// `(no units found)`
    NoUnitsFound,
    /// `Legend`
    Legend,
    /// `Point at a coloured cell to read its note: what is wrong and what to do. The Findings sheet links to every flagged cell.`
    PointAtAColouredCell,
    /// `Rules with findings here`
    RulesWithFindingsHere,
    /// `none`
    None,
    /// `How the sheets were read`
    HowTheSheetsWereRead,
    /// `ID`
    Id,
    /// `Key`
    Key,
    /// `Change`
    Change,
    /// `Waiver`
    Waiver,
    /// `Waiver reason`
    WaiverReason,
    /// `Approved by`
    ApprovedBy,
    /// `Valid until`
    ValidUntil,
    /// `Code`
    Code,
    /// `Name`
    Name,
    /// `Severity`
    Severity,
    /// `Sheet`
    Sheet,
    /// `Cell`
    Cell,
    /// `Subject`
    Subject,
    /// `Message`
    Message,
    /// `Country`
    Country,
    /// `Employees`
    Employees,
    /// `Organisation form`
    OrganisationForm,
    /// `People on social media`
    PeopleOnSocialMedia,
    /// `Social media FTE`
    SocialMediaFTE,
    /// `Active channels`
    ActiveChannels,
    /// `Coverage`
    Coverage,
    /// `Currency`
    Currency,

    /// `teamlint report`
    TeamlintReport,
    /// `Download annotated copies (zip)`
    DownloadAnnotatedCopiesZip,
    /// `Group report (Excel)`
    GroupReportExcel,
    /// `This page (report.html)`
    ThisPageReportHtml,
    /// `Check other workbooks`
    CheckOtherWorkbooks,
    /// `Overview`
    Overview,
    /// `Findings per rule across the group, worst first`
    FindingsPerRuleAcrossTheGroupWorst,
    /// `Rule`
    Rule,
    /// `Units affected`
    UnitsAffected,
    /// `What it checks`
    WhatItChecks,
    /// `Units, worst first`
    UnitsWorstFirst,
    /// `No units were found.`
    NoUnitsWereFound,
    /// `Workbooks that could not be read`
    WorkbooksThatCouldNotBeRead,
    /// `Resolved since the last run`
    ResolvedSinceTheLastRun,
    /// `None.`
    NonePage,
    /// `Written by teamlint. Nothing in this page is loaded from elsewhere.`
    WrittenByTeamlintNothingInThisPage,
    /// `annotated copy`
    AnnotatedCopyPage,
    /// `new`
    NewPage,
    /// `waived`
    Waived,
    /// `cell`
    CellPage,
}

/// A label in a language.
pub fn label(lang: crate::contract::Lang, label: Label) -> &'static str {
    crate::i18n::texts(lang).label(label)
}

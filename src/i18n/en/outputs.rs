//! The words of the outputs, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::OutputTexts;
use crate::i18n::outputs::Label;

impl OutputTexts for English {
    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::UnchangedWord => "unchanged",
            Label::LargestShortfall => "the largest shortfall of hours",
            Label::LargestBudgetGap => "the largest budget gap",
            Label::FindingsByRule => "Findings by rule",
            Label::TeamlintReport => "teamlint report",
            Label::DownloadAnnotatedCopiesZip => "Download annotated copies (zip)",
            Label::GroupReportExcel => "Group report (Excel)",
            Label::ThisPageReportHtml => "This page (report.html)",
            Label::CheckOtherWorkbooks => "Check other workbooks",
            Label::Overview => "Overview",
            Label::FindingsPerRuleAcrossTheGroupWorst => {
                "Findings per rule across the group, worst first"
            }
            Label::Rule => "Rule",
            Label::UnitsAffected => "Units affected",
            Label::WhatItChecks => "What it checks",
            Label::UnitsWorstFirst => "Units, worst first",
            Label::NoUnitsWereFound => "No units were found.",
            Label::WorkbooksThatCouldNotBeRead => "Workbooks that could not be read",
            Label::ResolvedSinceTheLastRun => "Resolved since the last run",
            Label::NonePage => "None.",
            Label::WrittenByTeamlintNothingInThisPage => {
                "Written by teamlint. Nothing in this page is loaded from elsewhere."
            }
            Label::AnnotatedCopyPage => "annotated copy",
            Label::NewPage => "new",
            Label::Waived => "waived",
            Label::CellPage => "cell",
            Label::CellWithAnError => "a cell with at least one error",
            Label::CellWorstAWarning => "a cell whose worst finding is a warning",
            Label::CellWorstAnInfo => "a cell whose worst finding is an info",
            Label::WhatToDoColumn => "What to do",
            Label::Id => "ID",
            Label::Key => "Key",
            Label::Change => "Change",
            Label::Waiver => "Waiver",
            Label::WaiverReason => "Waiver reason",
            Label::ApprovedBy => "Approved by",
            Label::ValidUntil => "Valid until",
            Label::Code => "Code",
            Label::Name => "Name",
            Label::Severity => "Severity",
            Label::Sheet => "Sheet",
            Label::Cell => "Cell",
            Label::Subject => "Subject",
            Label::Message => "Message",
            Label::Country => "Country",
            Label::Employees => "Employees",
            Label::OrganisationForm => "Organisation form",
            Label::PeopleOnSocialMedia => "People on social media",
            Label::SocialMediaFTE => "Social media FTE",
            Label::ActiveChannels => "Active channels",
            Label::Coverage => "Coverage",
            Label::Currency => "Currency",
            Label::Units => "Units",
            Label::Charts => "Charts",
            Label::FindingsPerUnit => "Findings per unit",
            Label::GroupFindings => "Group findings",
            Label::Inputs => "Inputs",
            Label::Changes => "Changes",
            Label::AnnualStaffCost => "Annual staff cost",
            Label::Budget => "Budget",
            Label::BudgetGap => "Budget gap",
            Label::NewSinceLastRun => "New since last run",
            Label::NoUnits => "(no units)",
            Label::RequiredVsAllocatedHoursPerWeek => "Required vs allocated hours per week",
            Label::RequiredHWeek => "Required h/week",
            Label::AllocatedHWeek => "Allocated h/week",
            Label::HoursPerWeek => "hours per week",
            Label::Workbook => "Workbook",
            Label::Unit => "Unit",
            Label::Total => "Total",
            Label::Group => "(group)",
            Label::NoUnit => "(no unit)",
            Label::NoFindings => "No findings.",
            Label::NoFindingsAcrossWorkbooks => "No findings across workbooks.",
            Label::Status => "Status",
            Label::Reason => "Reason",
            Label::Errors => "Errors",
            Label::Warnings => "Warnings",
            Label::Infos => "Infos",
            Label::AnnotatedCopy => "Annotated copy",
            Label::Failed => "failed",
            Label::NoInputs => "(no inputs)",
            Label::New => "New",
            Label::Unchanged => "Unchanged",
            Label::Resolved => "Resolved",
            Label::AcrossWorkbooks => "Across workbooks",
            Label::WhatToDo => "What to do:",
            Label::Findings => "Findings",
            Label::FindingsTeamlint => "Findings (teamlint)",
            Label::Summary => "Summary",
            Label::SummaryTeamlint => "Summary (teamlint)",
            Label::NoUnitsFound => "(no units found)",
            Label::Legend => "Legend",
            Label::PointAtAColouredCell => {
                "Point at a coloured cell to read its note: what is wrong and what to do. The Findings sheet links to every flagged cell."
            }
            Label::RulesWithFindingsHere => "Rules with findings here",
            Label::None => "none",
            Label::HowTheSheetsWereRead => "How the sheets were read",
        }
    }
    fn counted(&self, n: u64, severity: usize) -> String {
        let word = match (severity, n == 1) {
            (0, true) => "error",
            (0, false) => "errors",
            (1, true) => "warning",
            (1, false) => "warnings",
            (_, true) => "info",
            (_, false) => "infos",
        };
        format!("{n} {word}")
    }
    fn units(&self, n: u64) -> String {
        if n == 1 {
            "1 unit".into()
        } else {
            format!("{n} units")
        }
    }
    fn unreadable_word(&self) -> &'static str {
        "UNREADABLE"
    }
    fn no_copy_word(&self) -> &'static str {
        "NO COPY"
    }
    fn ok_word(&self) -> &'static str {
        "ok    "
    }
    fn could_not_be_read(&self) -> &'static str {
        "could not be read"
    }
    fn results_unreadable(&self, detail: &str) -> String {
        format!("(the run's results could not be read back: {detail})")
    }
    fn more_workbooks(&self, more: u64) -> String {
        format!("... and {more} more workbooks (all listed in findings.json and the group report)")
    }
    fn total(&self, workbooks: u64, failed: u64, units: u64, counts: &str) -> String {
        format!(
            "Total: {workbooks} workbook{} ({failed} failed), {}: {counts}",
            if workbooks == 1 { "" } else { "s" },
            self.units(units)
        )
    }
    fn of_which_across(&self, counts: &str, codes: &str) -> String {
        format!("  of which {counts} across workbooks: {codes}")
    }
    fn waived(&self, accepted: u64, expired: u64) -> String {
        format!(
            "Waived: {accepted} accepted (they count for no exit code), {expired} expired (they \
             count again)"
        )
    }
    fn against_baseline(&self, new: u64, unchanged: u64, resolved: u64) -> String {
        format!("Against the baseline: {new} new, {unchanged} unchanged, {resolved} resolved")
    }
    fn annotated_copies(&self, n: u64) -> String {
        format!("{n} annotated cop{}", if n == 1 { "y" } else { "ies" })
    }
    fn written_to(&self, dir: &str, items: &str) -> String {
        format!("Written to {dir}: {items}")
    }
    fn waiver_accepted(&self, until: &str, by: &str, reason: &str) -> String {
        format!("Accepted until {until} by {by}: {reason}")
    }
    fn waiver_expired(&self, by: &str, until: &str, reason: &str) -> String {
        format!("The waiver by {by} expired on {until}: this counts again ({reason}).")
    }
    fn no_rate_from(&self, currency: &str, group: &str) -> String {
        format!(
            "No exchange rate from {currency} to {group}: the money of the units in {currency} \
             (this one and those below) is not converted. Whoever runs teamlint adds \
             `{currency} = ...` under [currency.rates] in its config file; if you checked in the \
             browser, ask whoever runs the page."
        )
    }
    fn converted_columns(&self, group: &str) -> String {
        format!(
            "Money in the three {group} columns is converted with the rates of the config file; \
             the other money columns are in each unit's own currency."
        )
    }
    fn no_rates_for(&self, missing: &str, group: &str) -> String {
        format!(
            "No exchange rate for {missing} → {group}: those cells are left empty. Whoever runs \
             teamlint adds the rates under [currency.rates] in its config file; if you checked in \
             the browser, ask whoever runs the page."
        )
    }
    fn cost_vs_budget(&self, group: &str) -> String {
        format!("Annual staff cost vs budget ({group})")
    }
    fn baseline_missing(&self, path: &str) -> String {
        format!("baseline {path}: no findings.json there")
    }
    fn baseline_unreadable(&self, path: &str, detail: &str) -> String {
        format!("baseline {path}: cannot read it: {detail}")
    }
    fn baseline_not_findings(&self, path: &str, why: &str) -> String {
        format!("baseline {path}: not a teamlint findings.json ({why})")
    }
    fn more_findings(&self, n: &str, count: u64) -> String {
        format!(
            "{n} more finding{} (every one is in the annotated copy and in findings.json)",
            if count == 1 { "" } else { "s" }
        )
    }
    fn gap_meaning(&self, amount: &str, sign: std::cmp::Ordering) -> String {
        use std::cmp::Ordering;
        match sign {
            Ordering::Greater => format!(
                "Budget gap = staff cost − budget. Positive here: the staff time costs {amount} a \
                 year more than the budgets provide (underfunded)."
            ),
            Ordering::Less => format!(
                "Budget gap = staff cost − budget. Negative here: the budgets exceed the staff \
                 cost by {amount} a year (a surplus, not a shortfall)."
            ),
            Ordering::Equal => "Budget gap = staff cost − budget: positive means the time costs \
                                more than the budget provides, negative means budget is left \
                                over."
                .to_string(),
        }
    }
    fn left_out_of_totals(&self, units: &str, n: u64, currencies: &str, group: &str) -> String {
        format!(
            "{units} unit{} in {currencies} {} left out of the money totals and the cost chart: \
             no exchange rate to {group} is set. Whoever runs teamlint sets the rates under \
             [currency.rates] in its config file; on a page in the browser, ask whoever runs \
             the page.",
            if n == 1 { "" } else { "s" },
            if n == 1 { "is" } else { "are" }
        )
    }
    fn units_shown(&self, shown: &str, what: &str, rest: &str) -> String {
        format!(
            "The {shown} units with {what}; the other {rest} are in the units table and the \
             group report."
        )
    }
    fn more_unreadable(&self, more: &str) -> String {
        format!("{more} more inputs could not be read; findings.json lists every one.")
    }
    fn of_them_across(&self, findings: &str) -> String {
        format!("{findings} of them across workbooks")
    }
    fn page_cuts(&self, detailed: &str, listed: Option<&str>) -> String {
        let table = listed
            .map(|l| format!(", the table lists the {l} worst"))
            .unwrap_or_default();
        format!(
            ". The findings of the {detailed} worst units are shown{table}; findings.json and \
             the group report hold all of them"
        )
    }
    fn page_totals(&self, shown: [&str; 5], n: [u64; 5]) -> String {
        let s = |i: usize| if n[i] == 1 { "" } else { "s" };
        format!(
            "{} workbook{}, {} unit{}: {} error{}, {} warning{}, {} info{}",
            shown[0],
            s(0),
            shown[1],
            s(1),
            shown[2],
            s(2),
            shown[3],
            s(3),
            shown[4],
            s(4)
        )
    }
}

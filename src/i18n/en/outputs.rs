//! The words of the outputs, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::OutputTexts;
use crate::i18n::outputs::Label;

impl OutputTexts for English {
    fn label(&self, label: Label) -> &'static str {
        match label {
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
}

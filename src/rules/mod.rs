//! The rule catalogue (CONTRACT §3): a registry of every rule with its code, name, severity and
//! explanation, and the checks that turn a typed plan into findings and unit figures.

pub mod figures;

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Finding, Severity};
use crate::model::Plan;
pub use figures::UnitFigures;

/// A rule family; one module each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    SinglePointOfFailure,
    Staffing,
    Coordination,
    Cost,
    Data,
}

/// One rule of the catalogue. The explanation lives beside its check, in the family's module.
#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub family: Family,
    /// One line for `teamlint rules`.
    pub summary_en: &'static str,
    pub summary_de: &'static str,
    /// What it checks, why it matters, how to fix it (`teamlint explain CODE`).
    pub explain_en: &'static str,
    pub explain_de: &'static str,
}

impl Rule {
    pub fn summary(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.summary_en,
            Lang::De => self.summary_de,
        }
    }

    pub fn explain(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.explain_en,
            Lang::De => self.explain_de,
        }
    }
}

/// Every rule, in catalogue order.
pub fn all() -> &'static [Rule] {
    &[]
}

/// Looks a rule up by code, case-insensitively.
pub fn rule(code: &str) -> Option<&'static Rule> {
    all().iter().find(|r| r.code.eq_ignore_ascii_case(code.trim()))
}

/// Runs every workbook-level rule over one plan. `load_findings` are the DATA findings the reader
/// raised; the result holds them too, with the config's severities applied and rules turned off
/// removed, plus one `UnitFigures` per unit.
pub fn check_workbook(
    plan: &Plan,
    load_findings: Vec<Finding>,
    config: &Config,
) -> (Vec<Finding>, Vec<UnitFigures>) {
    let _ = (plan, config);
    (load_findings, Vec::new())
}

/// Runs the group rules (COORD003, DATA004 across workbooks) over the units of the whole batch.
pub fn check_group(units: &[UnitFigures], config: &Config) -> Vec<Finding> {
    let _ = (units, config);
    Vec::new()
}

/// Builds a finding of a registered rule with its name and default severity (the config's
/// severities are applied once, at the end of `check_workbook` / `check_group`).
#[allow(clippy::too_many_arguments)]
pub fn finding(
    code: &'static str,
    workbook: &str,
    unit: Option<&str>,
    loc: Option<crate::model::Loc>,
    subject: impl Into<String>,
    discriminator: &str,
    message: impl Into<String>,
) -> Finding {
    let rule = rule(code).unwrap_or_else(|| panic!("rule {code} is not registered"));
    Finding::new(
        rule.code,
        rule.name,
        rule.severity,
        workbook,
        unit,
        loc,
        subject,
        discriminator,
        message,
    )
}

//! The rule catalogue (CONTRACT §3): a registry of every rule with its code, name, severity and
//! explanation, and the checks that turn a typed plan into findings and unit figures.
//!
//! One module per family (`spof`, `staffing`, `coordination`, `cost`, `data`); each defines its
//! `Rule` statics beside the check that raises them. The shared figures (hours, costs, deputies)
//! are computed once per workbook in `figures` and handed to every check.

pub mod coordination;
pub mod cost;
pub mod data;
pub mod figures;
pub mod spof;
pub mod staffing;

use crate::config::Config;
use crate::contract::Lang;
use crate::findings::{Finding, Severity};
use crate::model::{Plan, key};
pub use figures::{Computed, UnitFigures};

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

static ALL: [&Rule; 21] = [
    &spof::SPOF001,
    &spof::SPOF002,
    &spof::SPOF003,
    &spof::SPOF004,
    &staffing::STAFF001,
    &staffing::STAFF002,
    &staffing::STAFF003,
    &staffing::STAFF004,
    &staffing::STAFF005,
    &coordination::COORD001,
    &coordination::COORD002,
    &coordination::COORD003,
    &coordination::COORD004,
    &coordination::COORD005,
    &coordination::COORD006,
    &cost::COST001,
    &cost::COST002,
    &data::DATA001,
    &data::DATA002,
    &data::DATA003,
    &data::DATA004,
];

/// Every rule, in catalogue order.
pub fn all() -> &'static [&'static Rule] {
    &ALL
}

/// Looks a rule up by code, case-insensitively.
pub fn rule(code: &str) -> Option<&'static Rule> {
    all()
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code.trim()))
}

/// Runs every workbook-level rule over one plan. `load_findings` are the DATA findings the reader
/// raised; the result holds them too, with the config's severities applied and rules turned off
/// removed, plus one `UnitFigures` per unit.
pub fn check_workbook(
    plan: &Plan,
    load_findings: Vec<Finding>,
    config: &Config,
) -> (Vec<Finding>, Vec<UnitFigures>) {
    let computed = Computed::new(plan, &config.thresholds);
    let mut findings = load_findings;
    spof::check(&computed, &mut findings);
    staffing::check(&computed, &mut findings);
    coordination::check(&computed, &mut findings);
    cost::check(&computed, &mut findings);
    let mut findings = apply_config(findings, config);
    crate::findings::sort(&mut findings);
    let mut units = computed.unit_figures();
    count_findings(&mut units, &findings);
    (findings, units)
}

/// Runs the group rules (COORD003, the multi-coordinated part of COORD004, DATA004 across
/// workbooks) over the units of the whole batch.
pub fn check_group(units: &[UnitFigures], config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    coordination::check_group(units, &mut findings);
    data::check_group(units, &mut findings);
    let mut findings = apply_config(findings, config);
    crate::findings::sort(&mut findings);
    findings
}

/// Applies the config to findings: rules turned off are dropped, overridden severities replaced.
pub fn apply_config(findings: Vec<Finding>, config: &Config) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            f.severity = config.severity_of(f.rule, f.severity)?;
            Some(f)
        })
        .collect()
}

/// Fills each unit's error/warning/info counts. A finding without a unit (a missing sheet)
/// counts for the unit when the workbook holds exactly one.
fn count_findings(units: &mut [UnitFigures], findings: &[Finding]) {
    let single = units.len() == 1;
    for u in units.iter_mut() {
        let k = key(&u.unit);
        for f in findings {
            let mine = match &f.unit {
                Some(name) => key(name) == k,
                None => single,
            };
            if mine {
                match f.severity {
                    Severity::Error => u.errors += 1,
                    Severity::Warning => u.warnings += 1,
                    Severity::Info => u.infos += 1,
                }
            }
        }
    }
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

/// Hours for a message: `12`, `12.5`, `0.25` (at most two decimals, no trailing zeros).
pub(crate) fn hours(value: f64) -> String {
    let s = format!("{:.2}", value);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" { "0".into() } else { s.to_string() }
}

/// Money for a message: whole units with thousands separators and the currency, `24,300 EUR`.
pub(crate) fn money(value: f64, currency: &str) -> String {
    let rounded = value.round();
    let negative = rounded < 0.0;
    let digits = format!("{:.0}", rounded.abs());
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let sign = if negative { "-" } else { "" };
    format!("{sign}{grouped} {}", currency.trim())
}

/// A fraction as a whole percentage: `0.213` → `21 %`.
pub(crate) fn percent(fraction: f64) -> String {
    format!("{:.0} %", fraction * 100.0)
}

/// Tolerance for comparing sums of hours and money.
pub(crate) const EPS: f64 = 1e-9;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_holds_the_catalogue_in_order() {
        let codes: Vec<&str> = all().iter().map(|r| r.code).collect();
        assert_eq!(codes.len(), 21);
        assert_eq!(codes[0], "SPOF001");
        assert_eq!(codes[20], "DATA004");
        for r in all() {
            assert!(r.explain_en.contains("What it checks"), "{}", r.code);
            assert!(r.explain_de.contains("Was geprüft wird"), "{}", r.code);
            assert!(!r.summary_en.contains('\n') && !r.summary_de.contains('\n'));
        }
        assert_eq!(rule(" spof001 ").unwrap().name, "channel-single-person");
    }

    #[test]
    fn numbers_format_for_messages() {
        assert_eq!(money(24_300.4, "EUR"), "24,300 EUR");
        assert_eq!(money(999.0, "CHF"), "999 CHF");
        assert_eq!(money(1_234_567.0, "EUR"), "1,234,567 EUR");
        assert_eq!(money(-1500.0, "EUR"), "-1,500 EUR");
        assert_eq!(hours(12.5), "12.5");
        assert_eq!(hours(12.0), "12");
        assert_eq!(hours(0.0), "0");
        assert_eq!(percent(0.213), "21 %");
    }
}

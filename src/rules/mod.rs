//! Judging a plan: the rule catalogue (docs/CONTRACT.md, "Rules"), a registry of every rule with
//! its code, name, severity and explanation, and the checks that turn a plan into findings.
//!
//! One module per family (`spof`, `staffing`, `coordination`, `cost`, `data`); each defines its
//! `Rule` statics beside the check that raises them. The shared figures (hours, costs, deputies)
//! are computed once per workbook in `figures` and handed to every check. The findings they raise
//! (`findings`) and the configuration that tunes them (`config`) are part of this layer: a finding
//! names its rule, the configuration names rules by code, and the rules read both, so the three
//! are one module (re-exported as `teamlint::findings` and `teamlint::config`).

pub mod config;
pub mod coordination;
pub mod cost;
pub mod data;
pub mod figures;
pub mod findings;
#[cfg(test)]
mod french;
pub mod spof;
pub mod staffing;
pub mod waivers;

use crate::config::Config;
use crate::contract::{Lang, SheetKind};
pub use crate::findings::{Fact, Target};
use crate::findings::{Finding, Severity};
use crate::i18n::{self, RuleTexts};
use crate::model::{Plan, key};
pub use figures::{Computed, GroupUnit, UnitFigures};

/// A rule family; one module each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// Single points of failure (`spof.rs`).
    SinglePointOfFailure,
    /// Staffing (`staffing.rs`).
    Staffing,
    /// Coordination (`coordination.rs`).
    Coordination,
    /// Cost (`cost.rs`).
    Cost,
    /// Data (`data.rs`, raised mostly by the reader).
    Data,
    /// Waivers (`waivers.rs`, raised over the whole run).
    Waiver,
}

pub use crate::i18n::rules::RuleText;

/// A check over the figures of one workbook.
pub type WorkbookCheck = fn(&Computed<'_>, &mut Vec<Finding>);
/// A check over the units of the whole batch.
pub type GroupCheck = fn(&[GroupUnit], &mut Vec<Finding>);
/// Renders a finding's message in a language from its typed figures; `None` when they cannot
/// be read back from its `data`.
pub type Render = fn(&Finding, Lang) -> Option<String>;

/// Where a rule looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// The reader raises it while it builds the plan of a workbook.
    Load,
    /// It looks at one workbook.
    Workbook,
    /// It looks at the units of the whole batch.
    Group,
    /// It looks at the whole run's findings (waivers that match none).
    Run,
}

/// One rule of the catalogue: everything about it, beside its check in its family's module.
pub struct Rule {
    /// Stable code, e.g. `SPOF001`.
    pub code: &'static str,
    /// Kebab-case name, e.g. `channel-single-person`.
    pub name: &'static str,
    /// Default severity (a config may change it or turn the rule off).
    pub severity: Severity,
    /// The family, one module each.
    pub family: Family,
    /// Where it looks (a rule may look at a workbook and at the batch: see the checks).
    pub scope: Scope,
    /// Its title, summary and explanation from a language's catalogue (`|t| t.spof001()`).
    pub texts: fn(&dyn RuleTexts) -> RuleText,
    /// The check over one workbook, if it has one.
    pub workbook_check: Option<WorkbookCheck>,
    /// The check over the batch, if it has one.
    pub group_check: Option<GroupCheck>,
    /// Renders a finding's message.
    pub message: Render,
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        self.code == other.code
    }
}

/// A rule equals its code: `finding.rule == "SPOF001"`.
impl PartialEq<str> for Rule {
    fn eq(&self, code: &str) -> bool {
        self.code == code
    }
}

impl Eq for Rule {}

/// Rules order by code.
impl PartialOrd for Rule {
    fn partial_cmp(&self, other: &Rule) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Rule {
    fn cmp(&self, other: &Rule) -> std::cmp::Ordering {
        self.code.cmp(other.code)
    }
}

/// A rule reads as its code.
impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

/// A rule shows as its code (findings are printed in test failures and logs).
impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code)
    }
}

impl Rule {
    /// The texts in a language.
    pub fn text(&self, lang: Lang) -> RuleText {
        (self.texts)(i18n::texts(lang))
    }

    /// A short title in a language for outputs a person reads (`Canal dépendant d'une seule
    /// personne`); `code` and `name` stay the stable ids of json and csv.
    pub fn title(&self, lang: Lang) -> &'static str {
        self.text(lang).title
    }

    /// One line for `teamlint rules`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        self.text(lang).summary
    }

    /// What to do about a finding of this rule.
    pub fn fix(&self, lang: Lang) -> &'static str {
        self.text(lang).fix
    }

    /// What it checks, why it matters, how to fix it: the text of `teamlint explain`.
    pub fn explain(&self, lang: Lang) -> String {
        let t = self.text(lang);
        let words = i18n::texts(lang);
        let (what, why, fix) = (
            words.explain_what(),
            words.explain_why(),
            words.explain_fix(),
        );
        format!("{what} {}\n\n{why} {}\n\n{fix} {}", t.what, t.why, t.fix)
    }

    /// Whether the config's key for a rule (`SPOF001`, `spof001`, `channel-single-person`)
    /// names this rule.
    pub fn is_named(&self, key: &str) -> bool {
        let key = key.trim();
        self.code.eq_ignore_ascii_case(key) || self.name.eq_ignore_ascii_case(key)
    }
}

/// The registry: every family's rules, in catalogue order. A family lists its rules in its
/// own `RULES`, so a new rule touches its family's file only.
static ALL: std::sync::LazyLock<Vec<&'static Rule>> = std::sync::LazyLock::new(|| {
    [
        spof::RULES,
        staffing::RULES,
        coordination::RULES,
        cost::RULES,
        data::RULES,
        waivers::RULES,
    ]
    .concat()
});

/// Every rule, in catalogue order.
pub fn all() -> &'static [&'static Rule] {
    &ALL
}

/// Looks a rule up by code or kebab name, case-insensitively.
pub fn rule(key: &str) -> Option<&'static Rule> {
    all().iter().copied().find(|r| r.is_named(key))
}

/// Runs every workbook-level rule over one plan. `load_findings` are the DATA findings the reader
/// raised; the result holds them too, and WAIVE001 for each of the workbook's own waivers that
/// matches none of its findings, with the config's severities applied and rules turned off
/// removed, plus one `UnitFigures` per unit. (Waivers are applied by the caller, on its day.)
pub fn check_workbook(
    plan: &Plan,
    load_findings: Vec<Finding>,
    config: &Config,
) -> (Vec<Finding>, Vec<UnitFigures>) {
    let computed = Computed::new(plan, &config.thresholds);
    let mut findings = load_findings;
    for rule in all().iter().filter(|r| config.enabled(r)) {
        // No cascades: a rule whose sheet is missing or unreadable (a DATA001 says so) does not
        // run, so one renamed Allocation sheet is one finding, not one per channel.
        if needs(rule.code).iter().any(|k| plan.unusable.contains(k)) {
            continue;
        }
        if let Some(check) = rule.workbook_check {
            check(&computed, &mut findings);
        }
    }
    // The workbook's own waivers that accept none of its findings (WAIVE001 on their rows).
    let all: Vec<&Finding> = findings.iter().collect();
    let own = plan.waivers.iter().map(|r| (&r.waiver, Some(&r.loc)));
    let unused = waivers::unused(own, &plan.workbook, &all);
    findings.extend(unused);
    let mut findings = apply_config(findings, config);
    crate::findings::sort(&mut findings);
    let mut units = computed.unit_figures();
    count_findings(&mut units, &findings);
    (findings, units)
}

/// The required sheets a workbook rule reads (the Units sheet is never required): when one of
/// them is missing or cannot be read, the rule does not run on the workbook.
pub fn needs(code: &str) -> &'static [SheetKind] {
    use SheetKind::{Allocation, Channels, Staff};
    match code {
        // Who holds which role, and who stands in for whom.
        "SPOF002" | "SPOF004" | "COORD005" | "COORD007" => &[Staff],
        // Active channels, and whether anyone has the role.
        "STAFF006" => &[Staff, Channels],
        // People's time (allocations count only for people on the Staff sheet).
        "STAFF003" | "STAFF004" | "COORD002" | "COORD004" | "COORD008" => &[Staff, Allocation],
        // Channels, their people and their time.
        "SPOF001" | "SPOF003" | "STAFF001" | "STAFF002" | "STAFF005" | "STAFF007" | "STAFF008"
        | "STAFF009" | "COORD001" | "COST001" | "COST002" => &[Staff, Allocation, Channels],
        _ => &[],
    }
}

/// Runs the group rules (COORD003, the multi-coordinated part of COORD004, DATA004 across
/// workbooks) over the units of the whole batch.
pub fn check_group(units: &[UnitFigures], config: &Config) -> Vec<Finding> {
    let units: Vec<GroupUnit> = units.iter().cloned().map(GroupUnit::from).collect();
    check_group_units(&units, config)
}

/// The group rules over what they read of each unit (`GroupUnit`): what a run keeps of every
/// unit until they have run.
pub fn check_group_units(units: &[GroupUnit], config: &Config) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in all().iter().filter(|r| config.enabled(r)) {
        if let Some(check) = rule.group_check {
            check(units, &mut findings);
        }
    }
    let mut findings = apply_config(findings, config);
    crate::findings::sort(&mut findings);
    findings
}

/// Applies the config to findings: rules turned off are dropped, overridden severities replaced.
pub fn apply_config(findings: Vec<Finding>, config: &Config) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            f.severity = config.severity_of(f.rule)?;
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

/// Tolerance for comparing sums of hours and money.
pub(crate) const EPS: f64 = 1e-9;

/// The rule catalogue as a Markdown table (the README's, kept current by a test).
pub fn markdown_table() -> String {
    let mut out = String::from("| code | name | severity | checks |\n| --- | --- | --- | --- |\n");
    for r in all() {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            r.code,
            r.name,
            r.severity.as_str(),
            r.summary(Lang::En).replace('|', "\\|")
        ));
    }
    out
}

/// The rule catalogue as a plain-text table (code, name, default severity, one line), as
/// `teamlint rules` prints it.
pub fn text_table(lang: Lang) -> String {
    let [h_code, h_name, h_sev, h_what] = i18n::texts(lang).table_headers();
    let all = all();
    let name_w = all
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(4)
        .max(h_name.len());
    // Nine columns as before, wider where a language's severity word is longer.
    let sev_w = Severity::WORST_FIRST
        .iter()
        .map(|s| s.label(lang).chars().count() + 2)
        .chain([h_sev.chars().count() + 1, 9])
        .max()
        .unwrap_or(9);
    let mut out = format!("{h_code:<9}{h_name:<name_w$}  {h_sev:<sev_w$}{h_what}\n");
    for r in all {
        out.push_str(&format!(
            "{:<9}{:<name_w$}  {:<sev_w$}{}\n",
            r.code,
            r.name,
            r.severity.label(lang),
            r.summary(lang)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_workbook_rule_but_the_units_own_says_which_sheets_it_needs() {
        // COORD006 reads the Units sheet only, which is never required; WAIVE001 the findings.
        for rule in all().iter().filter(|r| r.workbook_check.is_some()) {
            let needs = needs(rule.code);
            match rule.code {
                "COORD006" | "WAIVE001" => assert!(needs.is_empty(), "{}", rule.code),
                code => assert!(needs.contains(&SheetKind::Staff), "{code}"),
            }
        }
    }

    #[test]
    fn every_rule_is_registered_once_with_its_texts_and_a_way_to_fire() {
        let mut codes: Vec<&str> = all().iter().map(|r| r.code).collect();
        assert_eq!(codes.first(), Some(&"SPOF001"));
        codes.sort();
        let before = codes.len();
        codes.dedup();
        assert_eq!(codes.len(), before, "a code is registered twice");
        for r in all() {
            for lang in Lang::ALL {
                let t = r.text(lang);
                assert!(!t.title.is_empty() && !t.title.contains('\n'), "{}", r.code);
                assert!(!t.summary.contains('\n'), "{}", r.code);
                for part in [t.what, t.why, t.fix] {
                    assert!(part.len() > 40, "{} {lang:?}: {part}", r.code);
                    assert!(part.starts_with(char::is_uppercase), "{}: {part}", r.code);
                }
            }
            let fires = r.workbook_check.is_some() || r.group_check.is_some();
            let raised_elsewhere = matches!(r.scope, Scope::Load | Scope::Run);
            assert_eq!(
                fires,
                !raised_elsewhere || r.group_check.is_some(),
                "{}",
                r.code
            );
        }
        assert_eq!(rule(" spof001 ").unwrap().name, "channel-single-person");
        assert_eq!(rule("Channel-Single-Person").unwrap().code, "SPOF001");
        assert!(rule("spof999").is_none());
    }

    #[test]
    fn explain_puts_the_three_parts_under_their_labels() {
        let text = rule("SPOF001").unwrap().explain(Lang::De);
        assert!(
            text.starts_with("Was geprüft wird: Jeder aktive Kanal"),
            "{text}"
        );
        assert!(text.contains("\n\nWarum es wichtig ist: "), "{text}");
        assert!(text.contains("\n\nSo beheben Sie es: Tragen Sie"), "{text}");
    }

    #[test]
    fn typed_figures_write_data_key_by_key_and_read_back() {
        use crate::findings::{Facts, Figures, Who};
        let alone = spof::ChannelAlone {
            channel: "TikTok".into(),
            hours: 16.0,
            person: Who {
                id: "P1".into(),
                name: Some("Anna Schmidt".into()),
            },
            problem: figures::DeputyProblem::OtherUnit {
                deputy: "P7".into(),
                unit: "Nord".into(),
            },
        };
        let data = Facts(alone.into_facts());
        assert_eq!(
            serde_json::to_string(&data).unwrap(),
            r#"{"channel":"TikTok","hours":16.0,"person":"P1","person_name":"Anna Schmidt","reason":"deputy-in-other-unit","deputy":"P7","deputy_unit":"Nord"}"#
        );
        let spof::ChannelAlone {
            channel,
            hours,
            person,
            problem,
        } = spof::ChannelAlone::from_facts(&data).unwrap();
        assert_eq!((channel.as_str(), hours), ("TikTok", 16.0));
        assert_eq!(person.to_string(), "P1 (Anna Schmidt)");
        assert_eq!(
            problem,
            figures::DeputyProblem::OtherUnit {
                deputy: "P7".into(),
                unit: "Nord".into()
            }
        );
        // A figure missing from `data` is no figure: the message says the rule's summary.
        let mut short = data.clone();
        short.0.retain(|f| f.key() != "hours");
        assert!(spof::ChannelAlone::from_facts(&short).is_none());
        let unit_budget = cost::BudgetShort {
            channel: None,
            budget: 5000.0,
            hours: 10.0,
            cost: 20000.0,
            currency: "EUR".into(),
        };
        assert_eq!(
            serde_json::to_string(&Facts(unit_budget.into_facts())).unwrap(),
            r#"{"reason":"unit-budget","budget":5000.0,"hours":10.0,"cost":20000.0,"currency":"EUR"}"#
        );
    }
}

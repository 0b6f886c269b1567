//! Cost (COST001–COST002): free platforms are not free; the staff time a channel takes costs
//! money, and budgets must say so.

use super::{EPS, Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang};
use crate::findings::{Facts, Finding, Severity};
use crate::i18n;
use crate::model::Budget;
use crate::rules::figures::Computed;

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[&COST001, &COST002];

/// COST001 `free-platform-fallacy`: its entry in the registry.
pub static COST001: Rule = Rule {
    code: "COST001",
    name: "free-platform-fallacy",
    severity: Severity::Error,
    family: Family::Cost,
    scope: Scope::Workbook,
    workbook_check: Some(check_cost001),
    group_check: None,
    message: message_cost001,
    text: |t| t.cost001(),
};

/// COST002 `budget-below-staff-cost`: its entry in the registry.
pub static COST002: Rule = Rule {
    code: "COST002",
    name: "budget-below-staff-cost",
    severity: Severity::Warning,
    family: Family::Cost,
    scope: Scope::Workbook,
    workbook_check: Some(check_cost002),
    group_check: None,
    message: message_cost002,
    text: |t| t.cost002(),
};

/// `reason` of COST001: the Budget cell is empty.
const NO_BUDGET: &str = "no-budget";
/// `reason` of COST001: the Budget cell holds a word meaning free.
const FREE_WORD: &str = "budget-free";
/// `reason` of COST001: the Budget cell is 0.
const ZERO_BUDGET: &str = "budget-zero";
/// `reason` of COST002 on a channel's budget.
const CHANNEL_BUDGET: &str = "channel-budget";
/// `reason` of COST002 on a unit's budget.
const UNIT_BUDGET: &str = "unit-budget";

/// COST001: each active channel with staff time whose budget is empty, zero or "free".
fn check_cost001(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    for u in &c.units {
        for ch in u
            .channels
            .iter()
            .filter(|ch| ch.active && ch.allocated > 0.0)
        {
            let Some(i) = ch.planned else { continue };
            let reason = match &plan.channels[i].budget {
                Budget::Empty => Fact::Reason(NO_BUDGET),
                Budget::Free(word) => Fact::BudgetWord(word.trim().to_string()),
                Budget::Amount(a) if *a == 0.0 => Fact::Reason(ZERO_BUDGET),
                _ => continue,
            };
            let reason = match reason {
                Fact::BudgetWord(_) => vec![Fact::Reason(FREE_WORD), reason],
                other => vec![other],
            };
            let mut facts = vec![
                Fact::Channel(ch.name.clone()),
                Fact::Hours(ch.allocated),
                Fact::Cost(ch.cost),
                Fact::Currency(u.unit.currency.clone()),
            ];
            facts.extend(reason);
            out.push(Finding::new(
                &COST001,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::Budget),
                    subject: &ch.name,
                    discriminator: "",
                },
                facts,
            ));
        }
    }
}

/// COST002: each active channel's, and each unit's, positive budget below the annual staff
/// cost of its time, less the tolerance.
fn check_cost002(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let short = |budget: f64, cost: f64| {
        budget > 0.0 && budget < cost * (1.0 - c.thresholds.tolerance) - EPS
    };
    for u in &c.units {
        let currency = || Fact::Currency(u.unit.currency.clone());
        for ch in u.channels.iter().filter(|ch| ch.active) {
            let Some(i) = ch.planned else { continue };
            // Only running channels: a paused or planned channel's budget is a plan.
            let Budget::Amount(budget) = plan.channels[i].budget else {
                continue;
            };
            if !short(budget, ch.cost) {
                continue;
            }
            out.push(Finding::new(
                &COST002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::Budget),
                    subject: &ch.name,
                    discriminator: "channel",
                },
                vec![
                    Fact::Reason(CHANNEL_BUDGET),
                    Fact::Channel(ch.name.clone()),
                    Fact::Budget(budget),
                    Fact::Hours(ch.allocated),
                    Fact::Cost(ch.cost),
                    currency(),
                ],
            ));
        }
        if let Some(budget) = u.unit.budget.filter(|b| short(*b, u.staff_cost)) {
            out.push(Finding::new(
                &COST002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: plan.unit_cell(u.name(), Col::UnitBudget),
                    subject: u.name(),
                    discriminator: "unit",
                },
                vec![
                    Fact::Reason(UNIT_BUDGET),
                    Fact::Budget(budget),
                    Fact::Hours(u.total_hours),
                    Fact::Cost(u.staff_cost),
                    currency(),
                ],
            ));
        }
    }
}

fn message_cost001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let t = i18n::texts(lang);
    let budget = match d.reason().copied() {
        Some(FREE_WORD) => t.cost001_free_word(d.text(Facts::budget_word)),
        Some(ZERO_BUDGET) => t.cost001_zero(),
        _ => t.cost001_no_budget(),
    };
    t.cost001_message(
        d.text(Facts::channel),
        &budget,
        d.num(Facts::hours),
        d.num(Facts::cost),
        d.text(Facts::currency),
    )
}

fn message_cost002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let t = i18n::texts(lang);
    let (budget, cost, hours) = (
        d.num(Facts::budget),
        d.num(Facts::cost),
        d.num(Facts::hours),
    );
    let currency = d.text(Facts::currency);
    match d.reason().copied() {
        Some(UNIT_BUDGET) => {
            let unit = f.unit.as_deref().unwrap_or("");
            t.cost002_unit(unit, budget, cost, hours, currency)
        }
        _ => t.cost002_channel(d.text(Facts::channel), budget, cost, hours, currency),
    }
}

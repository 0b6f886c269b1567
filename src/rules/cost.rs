//! Cost (COST001–COST002): free platforms are not free; the staff time a channel takes costs
//! money, and budgets must say so.

use super::{EPS, Fact, Family, Rule, Scope, Target};
use crate::contract::{Col, Lang};
use crate::findings::{Facts, Figures, Finding, Severity};
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
    texts: |t| t.cost001(),
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
    texts: |t| t.cost002(),
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

/// What a channel's Budget cell says when COST001 finds it free.
pub(crate) enum FreeBudget {
    /// The cell is empty.
    Empty,
    /// The cell holds a word meaning free (`kostenlos`), as written.
    Word(String),
    /// The cell is 0.
    Zero,
}

/// COST001's figures: an active channel with staff time and a budget of nothing.
pub(crate) struct FreeChannel {
    /// The channel.
    pub channel: String,
    /// Its hours per week.
    pub hours: f64,
    /// The annual staff cost of those hours.
    pub cost: f64,
    /// The currency of the cost (ISO code).
    pub currency: String,
    /// What the Budget cell says.
    pub budget: FreeBudget,
}

impl Figures for FreeChannel {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = vec![
            Fact::Channel(self.channel),
            Fact::Hours(self.hours),
            Fact::Cost(self.cost),
            Fact::Currency(self.currency),
        ];
        facts.extend(match self.budget {
            FreeBudget::Empty => vec![Fact::Reason(NO_BUDGET)],
            FreeBudget::Word(word) => vec![Fact::Reason(FREE_WORD), Fact::BudgetWord(word)],
            FreeBudget::Zero => vec![Fact::Reason(ZERO_BUDGET)],
        });
        facts
    }

    fn from_facts(data: &Facts) -> Option<FreeChannel> {
        Some(FreeChannel {
            channel: data.channel()?.clone(),
            hours: *data.hours()?,
            cost: *data.cost()?,
            currency: data.currency()?.clone(),
            budget: match *data.reason()? {
                NO_BUDGET => FreeBudget::Empty,
                FREE_WORD => FreeBudget::Word(data.budget_word()?.clone()),
                ZERO_BUDGET => FreeBudget::Zero,
                _ => return None,
            },
        })
    }
}

/// COST002's figures: a budget below the staff cost of the time it should cover.
pub(crate) struct BudgetShort {
    /// The channel whose budget it is; `None` for the unit's own budget.
    pub channel: Option<String>,
    /// The budget a year.
    pub budget: f64,
    /// The hours per week of the channel or unit.
    pub hours: f64,
    /// Their annual staff cost.
    pub cost: f64,
    /// The currency of budget and cost (ISO code).
    pub currency: String,
}

impl Figures for BudgetShort {
    fn into_facts(self) -> Vec<Fact> {
        let mut facts = match self.channel {
            Some(channel) => vec![Fact::Reason(CHANNEL_BUDGET), Fact::Channel(channel)],
            None => vec![Fact::Reason(UNIT_BUDGET)],
        };
        facts.extend([
            Fact::Budget(self.budget),
            Fact::Hours(self.hours),
            Fact::Cost(self.cost),
            Fact::Currency(self.currency),
        ]);
        facts
    }

    fn from_facts(data: &Facts) -> Option<BudgetShort> {
        Some(BudgetShort {
            channel: match *data.reason()? {
                UNIT_BUDGET => None,
                _ => Some(data.channel()?.clone()),
            },
            budget: *data.budget()?,
            hours: *data.hours()?,
            cost: *data.cost()?,
            currency: data.currency()?.clone(),
        })
    }
}

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
            let budget = match &plan.channels[i].budget {
                Budget::Empty => FreeBudget::Empty,
                Budget::Free(word) => FreeBudget::Word(word.trim().to_string()),
                Budget::Amount(a) if *a == 0.0 => FreeBudget::Zero,
                _ => continue,
            };
            let figures = FreeChannel {
                channel: ch.name.clone(),
                hours: ch.allocated,
                cost: ch.cost,
                currency: u.unit.currency.clone(),
                budget,
            };
            out.push(Finding::of(
                &COST001,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::Budget),
                    subject: &ch.name,
                    discriminator: "",
                },
                figures,
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
        for ch in u.channels.iter().filter(|ch| ch.active) {
            let Some(i) = ch.planned else { continue };
            // Only running channels: a paused or planned channel's budget is a plan.
            let Budget::Amount(budget) = plan.channels[i].budget else {
                continue;
            };
            if !short(budget, ch.cost) {
                continue;
            }
            let figures = BudgetShort {
                channel: Some(ch.name.clone()),
                budget,
                hours: ch.allocated,
                cost: ch.cost,
                currency: u.unit.currency.clone(),
            };
            out.push(Finding::of(
                &COST002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: c.channel_cell(ch, Col::Budget),
                    subject: &ch.name,
                    discriminator: "channel",
                },
                figures,
            ));
        }
        if let Some(budget) = u.unit.budget.filter(|b| short(*b, u.staff_cost)) {
            let figures = BudgetShort {
                channel: None,
                budget,
                hours: u.total_hours,
                cost: u.staff_cost,
                currency: u.unit.currency.clone(),
            };
            out.push(Finding::of(
                &COST002,
                Target {
                    workbook: &plan.workbook,
                    unit: Some(u.name()),
                    loc: plan.unit_cell(u.name(), Col::UnitBudget),
                    subject: u.name(),
                    discriminator: "unit",
                },
                figures,
            ));
        }
    }
}

fn message_cost001(f: &Finding, lang: Lang) -> Option<String> {
    let FreeChannel {
        channel,
        hours,
        cost,
        currency,
        budget,
    } = FreeChannel::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    let budget = match budget {
        FreeBudget::Empty => t.cost001_no_budget(),
        FreeBudget::Word(word) => t.cost001_free_word(&word),
        FreeBudget::Zero => t.cost001_zero(),
    };
    Some(t.cost001_message(&channel, &budget, hours, cost, &currency))
}

fn message_cost002(f: &Finding, lang: Lang) -> Option<String> {
    let BudgetShort {
        channel,
        budget,
        hours,
        cost,
        currency,
    } = BudgetShort::from_facts(&f.data)?;
    let t = i18n::texts(lang);
    Some(match channel {
        Some(channel) => t.cost002_channel(&channel, budget, cost, hours, &currency),
        None => {
            let unit = f.unit.as_deref().unwrap_or("");
            t.cost002_unit(unit, budget, cost, hours, &currency)
        }
    })
}

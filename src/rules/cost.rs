//! Cost (COST001–COST002): free platforms are not free; the staff time a channel takes costs
//! money, and budgets must say so.

use super::{EPS, Fact, Family, Rule, RuleText, Scope, Target};
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
    en: RuleText {
        summary: "An active channel with staff time has an empty, zero or \"free\" budget.",
        what: "\
Every active channel with allocated time whose Budget is empty, 0, or a word \
meaning free (free, kostenlos, gratis, umsonst, none, keine). The message states the real annual \
staff cost: hours per week × 1,640 / 38 working weeks × each person's hourly cost (Staff hourly \
cost, else annual cost ÷ annual hours, else the unit's hourly rate, else 43.40 per hour, \
Destatis 2024).",
        why: "\
The platforms cost nothing to join, but the people who run them do. Calling a \
channel free hides its largest cost, the staff time, so nobody weighs whether the channel is \
worth it, and the time is taken from other work without anyone deciding so.",
        fix: "\
Enter the channel's annual budget including the staff cost stated in the \
message, so the plan shows what the channel really costs; or reduce the time, or pause the \
channel.",
    },
    de: RuleText {
        summary: "Ein aktiver Kanal mit Arbeitszeit hat ein leeres, null oder \"kostenloses\" Budget.",
        what: "\
Jeder aktive Kanal mit zugeteilter Zeit, dessen Budget leer, 0 oder ein Wort für \
kostenlos ist (free, kostenlos, gratis, umsonst, none, keine). Die Meldung nennt die echten \
jährlichen Personalkosten: Wochenstunden × 1.640 / 38 Arbeitswochen × Stundensatz jeder Person \
(Stundensatz im Blatt Mitarbeiter, sonst Jahreskosten ÷ Jahresstunden, sonst Stundensatz der \
Einheit, sonst 43,40 pro Stunde, Destatis 2024).",
        why: "\
Die Plattformen kosten keinen Eintritt, die Menschen, die sie betreuen, \
schon. Wer einen Kanal kostenlos nennt, verbirgt seinen größten Kostenblock, die Arbeitszeit; \
niemand wägt ab, ob der Kanal das wert ist, und die Zeit fehlt anderswo, ohne dass es jemand \
entschieden hat.",
        fix: "\
Tragen Sie das Jahresbudget des Kanals einschließlich der in der Meldung \
genannten Personalkosten ein, damit der Plan zeigt, was der Kanal wirklich kostet; oder senken Sie \
die Zeit, oder pausieren Sie den Kanal.",
    },
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
    en: RuleText {
        summary: "A channel's or unit's budget is positive but below the annual staff cost, less the tolerance.",
        what: "\
An active channel's Budget (Channels sheet) and a unit's Budget (Units sheet) \
that are positive but below the annual staff cost of the time allocated to the channel or unit, less the \
tolerance (default 10 %). The staff cost is computed as for COST001.",
        why: "\
A budget that covers only ads or tools, and not the people, understates what \
social media costs the organisation. Decisions on channels and staffing are then made on numbers \
that are too low, and the time keeps being taken from other work unbudgeted.",
        fix: "\
Raise the budget to include the staff cost named in the message, or reduce the \
time allocated to the channel or unit until the budget covers it.",
    },
    de: RuleText {
        summary: "Das Budget eines Kanals oder einer Einheit ist positiv, aber unter den jährlichen Personalkosten abzüglich Toleranz.",
        what: "\
Das Budget eines aktiven Kanals (Blatt Kanäle) und das Budget einer Einheit (Blatt \
Einheiten), die positiv sind, aber unter den jährlichen Personalkosten der zugeteilten Zeit liegen, \
abzüglich der Toleranz (Standard 10 %). Die Personalkosten werden wie bei COST001 berechnet.",
        why: "\
Ein Budget, das nur Werbung oder Werkzeuge deckt und nicht die Menschen, \
unterschätzt, was Social Media die Organisation kostet. Entscheidungen über Kanäle und Besetzung \
fallen dann auf zu niedrigen Zahlen, und die Zeit wird weiter ungeplant anderer Arbeit entzogen.",
        fix: "\
Erhöhen Sie das Budget um die in der Meldung genannten Personalkosten, oder \
senken Sie die zugeteilte Zeit, bis das Budget sie deckt.",
    },
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
    let currency = d.text(Facts::currency);
    let (channel, hours, cost) = (
        d.text(Facts::channel),
        i18n::hours_per_week(d.num(Facts::hours), lang),
        i18n::money(d.num(Facts::cost), currency, lang),
    );
    let word = d.text(Facts::budget_word);
    let what = match (d.reason().copied(), lang) {
        (Some(FREE_WORD), Lang::En | Lang::Fr) => format!("budget \"{word}\""),
        (Some(FREE_WORD), Lang::De) => format!("Budget „{word}“"),
        (Some(ZERO_BUDGET), Lang::En | Lang::Fr) => "budget 0".into(),
        (Some(ZERO_BUDGET), Lang::De) => "Budget 0".into(),
        (_, Lang::En | Lang::Fr) => "no budget".into(),
        (_, Lang::De) => "kein Budget".into(),
    };
    match lang {
        Lang::En | Lang::Fr => {
            format!("{channel}: {what}, but {hours} of staff time cost {cost} a year.")
        }
        Lang::De => format!("{channel}: {what}, aber {hours} Arbeitszeit kosten {cost} im Jahr."),
    }
}

fn message_cost002(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let currency = d.text(Facts::currency);
    let m = |x: f64| i18n::money(x, currency, lang);
    let (budget, cost) = (d.num(Facts::budget), d.num(Facts::cost));
    let hours = i18n::hours_per_week(d.num(Facts::hours), lang);
    let unit = f.unit.as_deref().unwrap_or("");
    match (d.reason().copied(), lang) {
        (Some(UNIT_BUDGET), Lang::En | Lang::Fr) => format!(
            "{unit}: unit budget {} a year, but its {hours} of staff time cost {} a year ({} \
             more).",
            m(budget),
            m(cost),
            m(cost - budget)
        ),
        (Some(UNIT_BUDGET), Lang::De) => format!(
            "{unit}: Budget der Einheit {} im Jahr, aber ihre {hours} Arbeitszeit kosten {} im \
             Jahr ({} mehr).",
            m(budget),
            m(cost),
            m(cost - budget)
        ),
        (_, Lang::En | Lang::Fr) => format!(
            "{}: budget {} a year, but {hours} of staff time cost {} a year ({} more).",
            d.text(Facts::channel),
            m(budget),
            m(cost),
            m(cost - budget)
        ),
        (_, Lang::De) => format!(
            "{}: Budget {} im Jahr, aber {hours} Arbeitszeit kosten {} im Jahr ({} mehr).",
            d.text(Facts::channel),
            m(budget),
            m(cost),
            m(cost - budget)
        ),
    }
}

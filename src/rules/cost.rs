//! Cost (COST001–COST002): free platforms are not free; the staff time a channel takes costs
//! money, and budgets must say so.

use super::{EPS, Family, Rule, finding, hours, money};
use crate::contract::Col;
use crate::findings::{Finding, Severity};
use crate::model::Budget;
use crate::rules::figures::Computed;

pub static COST001: Rule = Rule {
    code: "COST001",
    name: "free-platform-fallacy",
    severity: Severity::Error,
    family: Family::Cost,
    summary_en: "An active channel with staff time has an empty, zero or \"free\" budget.",
    summary_de: "Ein aktiver Kanal mit Arbeitszeit hat ein leeres, null oder \"kostenloses\" Budget.",
    explain_en: "\
What it checks: every active channel with allocated time whose Budget is empty, 0, or a word \
meaning free (free, kostenlos, gratis, umsonst, none, keine). The message states the real annual \
staff cost: hours per week × 1,640 / 38 working weeks × each person's hourly cost (Staff hourly \
cost, else annual cost ÷ annual hours, else the unit's hourly rate, else 43.40 per hour, \
Destatis 2024).

Why it matters: the platforms cost nothing to join, but the people who run them do. Calling a \
channel free hides its largest cost, the staff time, so nobody weighs whether the channel is \
worth it, and the time is taken from other work without anyone deciding so.

How to fix it: enter the channel's annual budget including the staff cost stated in the \
message, so the plan shows what the channel really costs; or reduce the time, or pause the \
channel.",
    explain_de: "\
Was geprüft wird: jeder aktive Kanal mit zugeteilter Zeit, dessen Budget leer, 0 oder ein Wort für \
kostenlos ist (free, kostenlos, gratis, umsonst, none, keine). Die Meldung nennt die echten \
jährlichen Personalkosten: Wochenstunden × 1.640 / 38 Arbeitswochen × Stundensatz jeder Person \
(Stundensatz im Blatt Mitarbeiter, sonst Jahreskosten ÷ Jahresstunden, sonst Stundensatz der \
Einheit, sonst 43,40 pro Stunde, Destatis 2024).

Warum es wichtig ist: die Plattformen kosten keinen Eintritt, die Menschen, die sie betreuen, \
schon. Wer einen Kanal kostenlos nennt, verbirgt seinen größten Kostenblock, die Arbeitszeit; \
niemand wägt ab, ob der Kanal das wert ist, und die Zeit fehlt anderswo, ohne dass es jemand \
entschieden hat.

So beheben Sie es: tragen Sie das Jahresbudget des Kanals einschließlich der in der Meldung \
genannten Personalkosten ein, damit der Plan zeigt, was der Kanal wirklich kostet; oder senken Sie \
die Zeit, oder pausieren Sie den Kanal.",
};

pub static COST002: Rule = Rule {
    code: "COST002",
    name: "budget-below-staff-cost",
    severity: Severity::Warning,
    family: Family::Cost,
    summary_en: "A channel's or unit's budget is positive but below the annual staff cost, less the tolerance.",
    summary_de: "Das Budget eines Kanals oder einer Einheit ist positiv, aber unter den jährlichen Personalkosten abzüglich Toleranz.",
    explain_en: "\
What it checks: an active channel's Budget (Channels sheet) and a unit's Budget (Units sheet) \
that are positive but below the annual staff cost of the time allocated to the channel or unit, less the \
tolerance (default 10 %). The staff cost is computed as for COST001.

Why it matters: a budget that covers only ads or tools, and not the people, understates what \
social media costs the organisation. Decisions on channels and staffing are then made on numbers \
that are too low, and the time keeps being taken from other work unbudgeted.

How to fix it: raise the budget to include the staff cost named in the message, or reduce the \
time allocated to the channel or unit until the budget covers it.",
    explain_de: "\
Was geprüft wird: das Budget eines aktiven Kanals (Blatt Kanäle) und das Budget einer Einheit (Blatt \
Einheiten), die positiv sind, aber unter den jährlichen Personalkosten der zugeteilten Zeit liegen, \
abzüglich der Toleranz (Standard 10 %). Die Personalkosten werden wie bei COST001 berechnet.

Warum es wichtig ist: ein Budget, das nur Werbung oder Werkzeuge deckt und nicht die Menschen, \
unterschätzt, was Social Media die Organisation kostet. Entscheidungen über Kanäle und Besetzung \
fallen dann auf zu niedrigen Zahlen, und die Zeit wird weiter ungeplant anderer Arbeit entzogen.

So beheben Sie es: erhöhen Sie das Budget um die in der Meldung genannten Personalkosten, oder \
senken Sie die zugeteilte Zeit, bis das Budget sie deckt.",
};

/// Raises COST001 and COST002 for one workbook.
pub fn check(c: &Computed<'_>, out: &mut Vec<Finding>) {
    let plan = c.plan;
    let tolerance = c.thresholds.tolerance;
    let wb = plan.workbook.as_str();

    for u in &c.units {
        let name = u.name();
        let currency = u.unit.currency.as_str();
        for ch in &u.channels {
            let Some(i) = ch.planned else { continue };
            let budget = &plan.channels[i].budget;
            let loc = c.channel_cell(ch, Col::Budget);
            let time = format!(
                "{} h/week of staff time cost {} a year",
                hours(ch.allocated),
                money(ch.cost, currency)
            );
            let free = match budget {
                Budget::Empty => Some("no budget".to_string()),
                Budget::Free(word) => Some(format!("budget \"{}\"", word.trim())),
                Budget::Amount(a) if *a == 0.0 => Some("budget 0".to_string()),
                _ => None,
            };
            if let Some(what) = free {
                if ch.active && ch.allocated > 0.0 {
                    out.push(finding(
                        "COST001",
                        wb,
                        Some(name),
                        loc,
                        &ch.name,
                        "",
                        format!("{}: {what}, but {time}", ch.name),
                    ));
                }
            } else if let Budget::Amount(a) = budget {
                // Like COST001, only running channels: a paused or planned channel's budget is a
                // plan, and a zero budget there is no finding that a raise could turn into one.
                if !ch.active || *a <= 0.0 || *a >= ch.cost * (1.0 - tolerance) - EPS {
                    continue;
                }
                out.push(finding(
                    "COST002",
                    wb,
                    Some(name),
                    loc,
                    &ch.name,
                    "channel",
                    format!(
                        "{}: budget {} a year, but {time} ({} more)",
                        ch.name,
                        money(*a, currency),
                        money(ch.cost - a, currency)
                    ),
                ));
            }
        }

        if let Some(b) = u
            .unit
            .budget
            .filter(|b| *b > 0.0 && *b < u.staff_cost * (1.0 - tolerance) - EPS)
        {
            out.push(finding(
                "COST002",
                wb,
                Some(name),
                plan.unit_cell(name, Col::UnitBudget),
                name,
                "unit",
                format!(
                    "{name}: unit budget {} a year, but its {} h/week of staff time cost {} a year \
                     ({} more)",
                    money(b, currency),
                    hours(u.total_hours),
                    money(u.staff_cost, currency),
                    money(u.staff_cost - b, currency)
                ),
            ));
        }
    }
}

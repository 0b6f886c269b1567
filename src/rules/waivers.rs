//! Waivers (WAIVE001): findings accepted until a date by the config's `[[waiver]]` list or a
//! workbook's Waivers sheet, and the info that a waiver matches no finding, so stale ones go.

use super::{Fact, Family, Rule, RuleText, Scope, Target};
use crate::config::Waiver;
use crate::contract::Lang;
use crate::findings::{Facts, Finding, Severity, Waived};
use crate::model::{Loc, key};

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[&WAIVE001];

/// WAIVE001 `unused-waiver`: its entry in the registry.
pub static WAIVE001: Rule = Rule {
    code: "WAIVE001",
    name: "unused-waiver",
    severity: Severity::Info,
    family: Family::Waiver,
    scope: Scope::Run,
    workbook_check: None,
    group_check: None,
    message: message_waive001,
    en: RuleText {
        summary: "A waiver in the config or a workbook's Waivers sheet matches no finding.",
        what: "\
Every `[[waiver]]` of the config and every row of a workbook's Waivers sheet (rule, and \
optionally unit, subject or a finding's id) is matched against the findings it can accept: the \
config's against the whole run, a sheet's against its own workbook. One that matches none is \
reported, on its row when it is written in a workbook.",
        why: "\
A waiver records a decision: a problem is known and accepted until a date. Once the problem \
is fixed, or the unit or channel renamed, the waiver no longer applies, and left in place it \
would silently accept a new problem that happens to match it later.",
        fix: "\
Remove the waiver (from teamlint.toml or the Waivers sheet) if the problem is solved, or \
correct its rule, unit or subject so that it names the finding it is meant for.",
    },
    de: RuleText {
        summary: "Eine Ausnahme in der Konfiguration oder im Blatt Ausnahmen passt auf keinen Befund.",
        what: "\
Jede `[[waiver]]`-Ausnahme der Konfiguration und jede Zeile des Blatts Ausnahmen einer Mappe \
(Regel, dazu wahlweise Einheit, Gegenstand oder die ID eines Befunds) wird mit den Befunden \
abgeglichen, die sie akzeptieren kann: die der Konfiguration mit dem ganzen Lauf, die eines \
Blatts mit ihrer eigenen Mappe. Eine, die auf keinen passt, wird gemeldet, bei einer Mappe an \
ihrer Zeile.",
        why: "\
Eine Ausnahme hält eine Entscheidung fest: ein Problem ist bekannt und bis zu einem Datum \
akzeptiert. Ist das Problem behoben oder die Einheit oder der Kanal umbenannt, greift die \
Ausnahme nicht mehr; bleibt sie stehen, akzeptiert sie später still ein neues Problem, das \
zufällig auf sie passt.",
        fix: "\
Entfernen Sie die Ausnahme (aus teamlint.toml oder dem Blatt Ausnahmen), wenn das Problem \
gelöst ist, oder korrigieren Sie Regel, Einheit oder Gegenstand, sodass sie den gemeinten \
Befund nennt.",
    },
};

/// Whether a waiver accepts a finding: same rule; the unit, subject and id when it names them.
fn matches(w: &Waiver, f: &Finding) -> bool {
    fn named(v: &Option<String>) -> Option<&str> {
        v.as_deref().map(str::trim).filter(|v| !v.is_empty())
    }
    f.rule.is_named(&w.rule)
        && named(&w.unit).is_none_or(|u| f.unit.as_deref().is_some_and(|fu| key(fu) == key(u)))
        && named(&w.subject).is_none_or(|s| key(&f.subject) == key(s))
        && named(&w.id).is_none_or(|id| f.id == id || f.key == id)
}

/// Marks each finding that a waiver accepts and no earlier one does with that waiver (the first
/// that matches), expired when `today` is after its last day.
pub fn apply<'a>(
    findings: &mut [Finding],
    waivers: impl IntoIterator<Item = &'a Waiver> + Clone,
    today: (u16, u8, u8),
) {
    for f in findings.iter_mut().filter(|f| f.waiver.is_none()) {
        if let Some(w) = waivers.clone().into_iter().find(|w| matches(w, f)) {
            f.waiver = Some(Box::new(Waived {
                reason: w.reason.trim().to_string(),
                approved_by: w.approved_by.trim().to_string(),
                valid_until: w.valid_until.trim().to_string(),
                expired: w.until().is_some_and(|until| today > until),
            }));
        }
    }
}

/// WAIVE001 for each waiver that matches none of `findings`: the config's (`at` is `None`,
/// `workbook` empty) or a workbook's (`at` its row's Rule cell).
pub fn unused<'a>(
    waivers: impl IntoIterator<Item = (&'a Waiver, Option<&'a Loc>)>,
    workbook: &str,
    findings: &[&Finding],
) -> Vec<Finding> {
    let mut usage = Usage::new(waivers);
    for f in findings {
        usage.see(f);
    }
    usage.unused(workbook)
}

/// Which waivers have matched a finding so far, the findings seen one at a time (a run's
/// findings stream by; only a flag per waiver is kept).
pub struct Usage<'a> {
    waivers: Vec<(&'a Waiver, Option<&'a Loc>)>,
    used: Vec<bool>,
}

impl<'a> Usage<'a> {
    /// No waiver used yet.
    pub fn new(waivers: impl IntoIterator<Item = (&'a Waiver, Option<&'a Loc>)>) -> Self {
        let waivers: Vec<_> = waivers.into_iter().collect();
        let used = vec![false; waivers.len()];
        Usage { waivers, used }
    }

    /// Notes the waivers that match `f`.
    pub fn see(&mut self, f: &Finding) {
        for ((w, _), used) in self.waivers.iter().zip(self.used.iter_mut()) {
            if !*used && matches(w, f) {
                *used = true;
            }
        }
    }

    /// WAIVE001 for each waiver that matched nothing (see `unused`).
    pub fn unused(self, workbook: &str) -> Vec<Finding> {
        self.waivers
            .into_iter()
            .zip(self.used)
            .filter(|(_, used)| !used)
            .map(|((w, at), _)| {
                let subject = [Some(&w.rule), w.subject.as_ref(), w.id.as_ref()]
                    .into_iter()
                    .flatten()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                let unit = w.unit.as_deref().map(str::trim).filter(|u| !u.is_empty());
                let target = Target {
                    workbook,
                    unit,
                    loc: at.cloned(),
                    subject: &subject,
                    discriminator: "waiver",
                };
                let facts = vec![
                    Fact::Value(subject.clone()),
                    Fact::ApprovedBy(w.approved_by.trim().to_string()),
                    Fact::ValidUntil(w.valid_until.trim().to_string()),
                ];
                Finding::new(&WAIVE001, target, facts)
            })
            .collect()
    }
}

fn message_waive001(f: &Finding, lang: Lang) -> String {
    let d = &f.data;
    let (what, by, until) = (
        d.text(Facts::value),
        d.text(Facts::approved_by),
        d.text(Facts::valid_until),
    );
    let unit = f
        .unit
        .as_deref()
        .map(|u| format!(" ({u})"))
        .unwrap_or_default();
    match lang {
        Lang::En | Lang::Fr => format!(
            "The waiver for {what}{unit}, approved by {by} until {until}, matches no finding: \
             remove or correct it."
        ),
        Lang::De => format!(
            "Die Ausnahme für {what}{unit}, genehmigt von {by} bis {until}, passt auf keinen \
             Befund: entfernen oder korrigieren Sie sie."
        ),
    }
}

pub use crate::dates::{civil_date, today};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(20_790), (2026, 12, 3));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
    }
}

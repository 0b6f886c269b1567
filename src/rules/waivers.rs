//! Waivers (WAIVE001): findings accepted until a date by the config's `[[waiver]]` list or a
//! workbook's Waivers sheet, and the info that a waiver matches no finding, so stale ones go.

use super::{Fact, Family, Rule, Scope, Target};
use crate::config::Waiver;
use crate::contract::Lang;
use crate::findings::{Facts, Figures, Finding, Severity, Waived};
use crate::i18n;
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
    texts: |t| t.waive001(),
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
                let figures = UnusedWaiver {
                    what: subject.clone(),
                    approved_by: w.approved_by.trim().to_string(),
                    valid_until: w.valid_until.trim().to_string(),
                };
                Finding::of(&WAIVE001, target, figures)
            })
            .collect()
    }
}

/// WAIVE001's figures: the waiver that accepts no finding.
pub(crate) struct UnusedWaiver {
    /// What it names: its rule, and the subject or finding id it is for.
    pub what: String,
    /// Who approved it.
    pub approved_by: String,
    /// The last day it holds, `YYYY-MM-DD`.
    pub valid_until: String,
}

impl Figures for UnusedWaiver {
    fn into_facts(self) -> Vec<Fact> {
        vec![
            Fact::Value(self.what),
            Fact::ApprovedBy(self.approved_by),
            Fact::ValidUntil(self.valid_until),
        ]
    }

    fn from_facts(data: &Facts) -> Option<UnusedWaiver> {
        Some(UnusedWaiver {
            what: data.value()?.clone(),
            approved_by: data.approved_by()?.clone(),
            valid_until: data.valid_until()?.clone(),
        })
    }
}

fn message_waive001(f: &Finding, lang: Lang) -> Option<String> {
    let UnusedWaiver {
        what,
        approved_by,
        valid_until,
    } = UnusedWaiver::from_facts(&f.data)?;
    let unit = f.unit.as_deref();
    Some(i18n::texts(lang).waive001_message(&what, unit, &approved_by, &valid_until))
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

//! A finding: one rule's verdict on one subject, pointing at the cell that shows it, with a
//! stable id so that the same problem keeps its id from run to run.

use crate::model::Loc;
use serde::{Deserialize, Serialize};

/// How serious a finding is; ordered so that `Error > Warning > Info`.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn label(self, lang: crate::contract::Lang) -> &'static str {
        match (self, lang) {
            (s, crate::contract::Lang::En) => s.as_str(),
            (Severity::Info, _) => "Hinweis",
            (Severity::Warning, _) => "Warnung",
            (Severity::Error, _) => "Fehler",
        }
    }
}

/// One finding. `loc` is the flagged cell; `None` when the finding has no cell of its own
/// (the annotated copy then points it at the unit's Summary row).
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub id: String,
    pub rule: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub workbook: String,
    pub unit: Option<String>,
    pub loc: Option<Loc>,
    pub subject: String,
    pub message: String,
}

impl Finding {
    /// Builds a finding; the id is derived from rule, workbook, unit, subject and `discriminator`
    /// (e.g. the column of an invalid value), never from the message or the row, so inserting a
    /// row above does not change it.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        rule: &'static str,
        name: &'static str,
        severity: Severity,
        workbook: &str,
        unit: Option<&str>,
        loc: Option<Loc>,
        subject: impl Into<String>,
        discriminator: &str,
        message: impl Into<String>,
    ) -> Finding {
        let subject = subject.into();
        let id = stable_id(&[
            rule,
            workbook,
            unit.unwrap_or(""),
            &subject.trim().to_lowercase(),
            discriminator,
        ]);
        Finding {
            id,
            rule,
            name,
            severity,
            workbook: workbook.to_string(),
            unit: unit.map(str::to_string),
            loc,
            subject,
            message: message.into(),
        }
    }

    pub fn sheet(&self) -> Option<&str> {
        self.loc.as_ref().map(|l| l.sheet.as_str())
    }

    pub fn cell(&self) -> Option<String> {
        self.loc.as_ref().map(Loc::a1)
    }
}

/// A short hex id from the parts: FNV-1a 64 (stable across runs, platforms and Rust versions).
pub fn stable_id(parts: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.bytes().chain(std::iter::once(0x1f)) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The reading order of findings: workbook, sheet, row, column, rule, subject, id.
pub fn order(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    fn pos(f: &Finding) -> Option<(&str, u32, u32)> {
        f.loc.as_ref().map(|l| (l.sheet.as_str(), l.row, l.col))
    }
    (&a.workbook, pos(a), a.rule, &a.subject, &a.id).cmp(&(
        &b.workbook,
        pos(b),
        b.rule,
        &b.subject,
        &b.id,
    ))
}

/// Sorts findings into their reading order (see `order`).
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(order);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_distinct() {
        let a = stable_id(&["SPOF001", "a.xlsx", "DE", "facebook", ""]);
        assert_eq!(a, stable_id(&["SPOF001", "a.xlsx", "DE", "facebook", ""]));
        assert_ne!(a, stable_id(&["SPOF001", "a.xlsx", "DE", "instagram", ""]));
        assert_ne!(stable_id(&["ab", "c"]), stable_id(&["a", "bc"]));
        assert_eq!(a.len(), 16);
    }
}

//! Data (DATA001–DATA004): whether the workbook can be read as the contract says. The reader
//! (`load`) raises these within a workbook; this module holds their registry entries and the
//! one check that needs the whole batch: a unit in two workbooks.

use super::{Fact, Family, Rule, Scope, Target};
use crate::contract::{self, Lang};
use crate::findings::{Facts, Finding, Severity};
use crate::i18n;
use crate::load::coerce::Invalid;
use crate::load::plan;
use crate::model::key;
use crate::rules::figures::GroupUnit;
use std::collections::HashMap;

/// The rules of this family, in catalogue order (the registry reads them from here).
pub(crate) static RULES: &[&Rule] = &[&DATA001, &DATA002, &DATA003, &DATA004];

/// DATA001 `missing-sheet-or-column`: its entry in the registry.
pub static DATA001: Rule = Rule {
    code: "DATA001",
    name: "missing-sheet-or-column",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data001,
    text: |t| t.data001(),
};

/// DATA002 `invalid-value`: its entry in the registry.
pub static DATA002: Rule = Rule {
    code: "DATA002",
    name: "invalid-value",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data002,
    text: |t| t.data002(),
};

/// DATA003 `unknown-reference`: its entry in the registry.
pub static DATA003: Rule = Rule {
    code: "DATA003",
    name: "unknown-reference",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: None,
    message: message_data003,
    text: |t| t.data003(),
};

/// DATA004 `duplicate-key`: its entry in the registry.
pub static DATA004: Rule = Rule {
    code: "DATA004",
    name: "duplicate-key",
    severity: Severity::Error,
    family: Family::Data,
    scope: Scope::Load,
    workbook_check: None,
    group_check: Some(check_data004_group),
    message: message_data004,
    text: |t| t.data004(),
};

/// `reason` of DATA004 across the batch: a unit in two workbooks.
const UNIT_IN_WORKBOOKS: &str = "unit-in-workbooks";

/// DATA004 across the batch: every unit whose name (trimmed, case-insensitive) appears in two or
/// more workbooks: one finding for each occurrence, naming the other workbooks.
fn check_data004_group(units: &[GroupUnit], out: &mut Vec<Finding>) {
    let mut by_key: HashMap<String, Vec<&GroupUnit>> = HashMap::new();
    for u in units {
        let k = key(&u.unit);
        if !k.is_empty() {
            by_key.entry(k.into_owned()).or_default().push(u);
        }
    }
    for u in units {
        let Some(same) = by_key.get(key(&u.unit).as_ref()) else {
            continue;
        };
        let mut others: Vec<String> = same
            .iter()
            .filter(|o| o.workbook != u.workbook)
            .map(|o| o.workbook.clone())
            .collect();
        others.sort_unstable();
        others.dedup();
        if others.is_empty() {
            continue;
        }
        out.push(Finding::new(
            &DATA004,
            Target {
                workbook: &u.workbook,
                unit: Some(&u.unit),
                loc: u.unit_loc.clone(),
                subject: &u.unit,
                discriminator: UNIT_IN_WORKBOOKS,
            },
            vec![
                Fact::Reason(UNIT_IN_WORKBOOKS),
                Fact::Value(u.unit.clone()),
                Fact::Workbooks(others),
            ],
        ));
    }
}

/// The flagged cell as `Sheet!A1` for a message, or the sheet's contract name.
fn where_in(f: &Finding, lang: Lang) -> String {
    match &f.loc {
        Some(loc) => format!("{}!{}", loc.sheet, loc.a1()),
        None => contract::sheet_name(f.data.text(Facts::sheet), lang).to_string(),
    }
}

fn message_data001(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let sheet = f
            .loc
            .as_ref()
            .map(|l| l.sheet.clone())
            .unwrap_or_else(|| contract::sheet_name(d.text(Facts::sheet), lang).to_string());
        let accepted = d.accepted().map(Vec::as_slice).unwrap_or_default();
        let columns: Vec<&str> = d
            .columns()
            .map(|c| c.iter().map(|h| contract::column_header(h, lang)).collect())
            .unwrap_or_default();
        match d.reason().copied() {
            Some(plan::NO_HEADER_ROW) => {
                t.data001_no_header_row(&sheet, d.count().copied().unwrap_or(10), &columns)
            }
            Some(plan::MISSING_COLUMN) => {
                let column = contract::column_header(d.text(Facts::column), lang);
                t.data001_missing_column(&sheet, column, accepted)
            }
            Some(plan::NO_HOURS_OR_SHARE) => t.data001_no_hours_or_share(&sheet, &columns),
            Some(plan::NOT_A_PLAN) => t.data001_not_a_plan(),
            _ => t.data001_missing_sheet(&sheet, accepted),
        }
    })
}

/// The words a vocabulary column accepts, for a DATA002 message.
fn vocabulary(column: &str, lang: Lang) -> Option<&'static str> {
    let t = i18n::texts(lang);
    Some(match column {
        "Organisation form" => t.vocabulary_org_form(),
        "Status" => t.vocabulary_status(),
        "Employment" => t.vocabulary_employment(),
        _ => return None,
    })
}

/// Why a DATA002 cell is invalid, from its `reason`, `value` and `column`.
fn invalid_because(f: &Finding, column: &str, lang: Lang) -> String {
    let d = &f.data;
    let t = i18n::texts(lang);
    let value = d.text(Facts::value);
    match d.reason().copied().unwrap_or("") {
        Invalid::REQUIRED => t.data002_required(column),
        Invalid::UNIT_NEEDED => t.data002_unit_needed(column),
        plan::NO_HOURS_OR_SHARE => t.data002_no_hours_or_share(),
        Invalid::NEGATIVE => t.data002_negative(value),
        Invalid::NOT_WHOLE => t.data002_not_whole(value),
        Invalid::NOT_A_SHARE => t.data002_not_a_share(value),
        Invalid::NEGATIVE_SHARE => t.data002_negative_share(value),
        Invalid::SHARE_ABOVE_100 => t.data002_share_above_100(value),
        Invalid::NOT_YES_NO => t.data002_not_yes_no(value),
        Invalid::NOT_TEXT => t.data002_not_text(value),
        Invalid::NOT_AN_AMOUNT => t.data002_not_an_amount(value, crate::contract::FREE_WORDS),
        Invalid::OTHER_CURRENCY => t.data002_other_currency(
            value,
            d.text(Facts::currency),
            f.unit.as_deref().unwrap_or_default(),
        ),
        Invalid::NOT_A_DATE => t.data002_not_a_date(value),
        Invalid::UNKNOWN_RULE => t.data002_unknown_rule(value),
        Invalid::NOT_IN_VOCABULARY => match vocabulary(d.text(Facts::column), lang) {
            Some(words) => t.data002_not_in(value, words),
            None => t.data002_unknown_word(value),
        },
        _ => t.data002_not_a_number(value),
    }
}

fn message_data002(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let column = contract::column_header(f.data.text(Facts::column), lang);
        let why = invalid_because(f, column, lang);
        i18n::texts(lang).data002_message(column, &where_in(f, lang), &why)
    })
}

fn message_data003(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let (value, at) = (d.text(Facts::value), where_in(f, lang));
        if d.reason().copied() == Some(plan::UNKNOWN_UNIT) {
            return Some(t.data003_unknown_unit(value, &at));
        }
        let column = contract::column_header(d.text(Facts::column), lang);
        if d.reason().copied() == Some(plan::NAME_NOT_UNIQUE) {
            let person = d.person().map(String::as_str).unwrap_or("");
            let n = d.count().copied().unwrap_or(2);
            return Some(t.data003_name_not_unique(column, value, &at, person, n));
        }
        let whose = match (d.person(), d.channel()) {
            (Some(p), _) => t.data003_deputy_of(p),
            (None, Some(c)) => t.data003_channel(c),
            _ => String::new(),
        };
        t.data003_message(column, value, &at, &whose)
    })
}

fn message_data004(f: &Finding, lang: Lang) -> Option<String> {
    Some({
        let d = &f.data;
        let t = i18n::texts(lang);
        let value = d.text(Facts::value);
        let sheet = f.sheet().unwrap_or("");
        let rows = d.rows().map(Vec::as_slice).unwrap_or_default();
        match d.reason().copied() {
            Some(UNIT_IN_WORKBOOKS) => t.data004_unit_in_workbooks(
                value,
                d.workbooks().map(Vec::as_slice).unwrap_or_default(),
            ),
            Some(plan::TWICE_IN_UNITS) => t.data004_twice_in_units(value, sheet, rows),
            Some(plan::TWICE_IN_CHANNELS) => {
                let unit = f.unit.as_deref().unwrap_or("");
                t.data004_twice_in_channels(value, unit, sheet, rows)
            }
            _ => t.data004_twice_in_staff(value, sheet, rows),
        }
    })
}

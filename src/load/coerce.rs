//! Cell values to typed values as docs/CONTRACT.md's column types say: German and English
//! number separators, trailing units, percent signs, shares, yes/no in any language, IDs as text.

use crate::contract::{self, FREE_WORDS};
use crate::model::{Budget, RawValue};
use std::borrow::Cow;

/// Why a cell could not be read as its type: a reason (one of the constants below, the
/// `reason` of the DATA002 finding) and the value as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Invalid {
    /// Why, e.g. [`Invalid::NOT_A_NUMBER`].
    pub reason: &'static str,
    /// The value as written (`"abc"`, `#REF!`, `-5`).
    pub value: String,
}

impl Invalid {
    /// The value is not a number.
    pub(crate) const NOT_A_NUMBER: &'static str = "not-a-number";
    /// The number is negative.
    pub(crate) const NEGATIVE: &'static str = "negative";
    /// The number is not whole.
    pub(crate) const NOT_WHOLE: &'static str = "not-whole";
    /// The value is not a share.
    pub(crate) const NOT_A_SHARE: &'static str = "not-a-share";
    /// The share is negative (value in percent).
    pub(crate) const NEGATIVE_SHARE: &'static str = "negative-share";
    /// The share is above 100 % (value in percent).
    pub(crate) const SHARE_ABOVE_100: &'static str = "share-above-100";
    /// The value is not yes or no.
    pub(crate) const NOT_YES_NO: &'static str = "not-yes-no";
    /// The value is not text.
    pub(crate) const NOT_TEXT: &'static str = "not-text";
    /// The value is neither an amount nor a word meaning free.
    pub(crate) const NOT_AN_AMOUNT: &'static str = "not-an-amount";
    /// The word is not one of the column's vocabulary (`expected` names which).
    pub(crate) const NOT_IN_VOCABULARY: &'static str = "not-in-vocabulary";
    /// An amount marked with another currency than its unit's (`currency` names the unit's).
    pub(crate) const OTHER_CURRENCY: &'static str = "other-currency";
    /// A required cell is empty.
    pub(crate) const REQUIRED: &'static str = "required";
    /// The Unit cell is empty, and the workbook holds more than one unit.
    pub(crate) const UNIT_NEEDED: &'static str = "unit-needed";
    /// An Allocation row with neither hours per week nor a share.
    pub(crate) const NO_HOURS_OR_SHARE: &'static str = "no-hours-or-share";
    /// The value is not a date.
    pub(crate) const NOT_A_DATE: &'static str = "not-a-date";
    /// The value is no rule's code or name.
    pub(crate) const UNKNOWN_RULE: &'static str = "unknown-rule";

    fn new(reason: &'static str, value: &RawValue) -> Invalid {
        Invalid {
            reason,
            value: describe(value),
        }
    }
}

/// A number as written: its value and whether it carried a percent sign.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// Value.
    pub value: f64,
    /// Percent.
    pub percent: bool,
}

/// Trailing (or leading) units that may accompany a number (longer marks before their
/// prefixes: `kr.` before `kr`).
const UNITS: &[&str] = &[
    "stunden", "std.", "std", "hours", "hrs", "h", "eur", "€", "euro", "usd", "$", "chf", "gbp",
    "£", "pln", "zł", "sek", "dkk", "nok", "kr.", "kr", "fr.", "fr", "czk", "huf",
];

/// Currency marks and ISO codes written beside amounts, lower-cased, with the ISO codes each
/// may stand for (`kr` is Swedish, Danish or Norwegian; `$` any dollar).
const CURRENCY_MARKS: &[(&str, &[&str])] = &[
    ("€", &["EUR"]),
    ("eur", &["EUR"]),
    ("euro", &["EUR"]),
    ("$", &["USD", "CAD", "AUD", "NZD", "SGD", "HKD"]),
    ("usd", &["USD"]),
    ("£", &["GBP"]),
    ("gbp", &["GBP"]),
    ("zł", &["PLN"]),
    ("pln", &["PLN"]),
    ("kr.", &["SEK", "DKK", "NOK"]),
    ("kr", &["SEK", "DKK", "NOK"]),
    ("sek", &["SEK"]),
    ("dkk", &["DKK"]),
    ("nok", &["NOK"]),
    ("fr.", &["CHF"]),
    ("fr", &["CHF"]),
    ("chf", &["CHF"]),
    ("czk", &["CZK"]),
    ("huf", &["HUF"]),
];

/// The currency mark written before or after an amount (`400 000 zł`, `€ 1.200`, `CHF 90`) and
/// the ISO codes it may stand for; `None` for a number without one or for no number at all.
pub(crate) fn currency_mark(value: &RawValue) -> Option<(String, &'static [&'static str])> {
    let RawValue::Text(text) = value else {
        return None;
    };
    parse_number_text(text).ok()?;
    let lower = text.trim().to_lowercase();
    let next_to_digit = |rest: &str, at_end: bool| {
        let rest = rest.trim();
        if at_end {
            rest.ends_with(|c: char| c.is_ascii_digit() || c == '%')
        } else {
            rest.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        }
    };
    CURRENCY_MARKS.iter().find_map(|(mark, codes)| {
        let suffix = lower
            .strip_suffix(mark)
            .is_some_and(|rest| next_to_digit(rest, true));
        let prefix = lower
            .strip_prefix(mark)
            .is_some_and(|rest| next_to_digit(rest, false));
        (suffix || prefix).then(|| {
            let len = mark.chars().count();
            let written: String = if suffix {
                let t = text.trim();
                t.chars().skip(t.chars().count() - len).collect()
            } else {
                text.trim().chars().take(len).collect()
            };
            (written, *codes)
        })
    })
}

/// Reads a number from text: `1.5`, `1,5`, `1.234,5`, `1,234.5`, `12 Std`, `40.000 €`, `87,5 %`.
/// A lone `.` or `,` followed by exactly three digits groups thousands (`1.000` = 1000), except
/// after a leading zero (`0,125` = 0.125), where grouping makes no sense.
pub(crate) fn parse_number_text(text: &str) -> Result<Number, Invalid> {
    // Works on slices of the text; it allocates only to drop blanks or lower the case, and to
    // rewrite separators.
    let dropped = |c: char| matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'');
    let cleaned: Cow<'_, str> = if text.chars().any(|c| dropped(c) || c.is_uppercase()) {
        Cow::Owned(
            text.chars()
                .filter(|&c| !dropped(c))
                .collect::<String>()
                .to_lowercase(),
        )
    } else {
        Cow::Borrowed(text)
    };
    let mut s: &str = cleaned.trim();
    let mut percent = false;
    // Strip units and percent signs at both ends, repeatedly ("40.000 €", "EUR 1.200", "50 %").
    loop {
        let before = s.len();
        if let Some(rest) = s.strip_suffix('%') {
            percent = true;
            s = rest.trim_end();
        }
        if let Some(rest) = s.strip_prefix('%') {
            percent = true;
            s = rest.trim_start();
        }
        for unit in UNITS {
            if let Some(rest) = s.strip_suffix(unit) {
                let rest = rest.trim_end();
                // Only a unit when it stands after a digit or a blank ("12h", "12 Std"), or
                // after a whole amount's dash ("40.000,- €").
                let dashed = [",-", ",–", ",—", ",--"].iter().any(|d| rest.ends_with(d));
                if rest.ends_with(|c: char| c.is_ascii_digit()) || dashed {
                    s = rest;
                    break;
                }
            }
            if let Some(rest) = s.strip_prefix(unit) {
                let rest = rest.trim_start();
                if rest.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
                    s = rest;
                    break;
                }
            }
        }
        // A whole amount written the German way: `40.000,-`, `40.000,–`, `40.000,--`.
        for dash in [",--", ",-", ",–", ",—", ".-", ".–"] {
            if let Some(rest) = s.strip_suffix(dash)
                && rest.ends_with(|c: char| c.is_ascii_digit())
            {
                s = rest;
                break;
            }
        }
        if s.len() == before {
            break;
        }
    }
    let invalid = || Invalid {
        reason: Invalid::NOT_A_NUMBER,
        value: format!("\"{}\"", text.trim()),
    };
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    // Blanks inside a number group thousands ("40 000").
    let body: Cow<'_, str> = if body.contains(char::is_whitespace) {
        Cow::Owned(body.chars().filter(|c| !c.is_whitespace()).collect())
    } else {
        Cow::Borrowed(body)
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(invalid());
    }
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let plain: Cow<'_, str> = match (dots, commas) {
        (0, 0) => Cow::Borrowed(&body),
        (_, _) if dots > 0 && commas > 0 => {
            // Both marks: the last one is the decimal mark, the other groups thousands.
            let last_dot = body.rfind('.').expect("has a dot");
            let last_comma = body.rfind(',').expect("has a comma");
            let (decimal, group) = if last_dot > last_comma {
                ('.', ',')
            } else {
                (',', '.')
            };
            if body.matches(decimal).count() != 1 {
                return Err(invalid());
            }
            let (int_part, frac) = body.split_once(decimal).expect("has the decimal mark");
            if !valid_groups(int_part, group) {
                return Err(invalid());
            }
            Cow::Owned(format!("{}.{}", int_part.replace(group, ""), frac))
        }
        (1, 0) => {
            // A lone dot: a decimal point, or a thousands mark before exactly three digits.
            let (int_part, frac) = body.split_once('.').expect("has the mark");
            if groups_thousands(int_part, frac) {
                Cow::Owned(format!("{int_part}{frac}"))
            } else {
                Cow::Borrowed(&body)
            }
        }
        (0, 1) => {
            let (int_part, frac) = body.split_once(',').expect("has the mark");
            if groups_thousands(int_part, frac) {
                Cow::Owned(format!("{int_part}{frac}"))
            } else {
                Cow::Owned(format!("{int_part}.{frac}"))
            }
        }
        (n, 0) | (0, n) if n > 1 => {
            // Several of one mark: all of them group thousands ("1.000.000").
            let mark = if dots > 0 { '.' } else { ',' };
            if !valid_groups(&body, mark) {
                return Err(invalid());
            }
            Cow::Owned(body.replace(mark, ""))
        }
        _ => return Err(invalid()),
    };
    let value: f64 = plain.parse().map_err(|_| invalid())?;
    if !value.is_finite() {
        return Err(invalid());
    }
    Ok(Number {
        value: if negative { -value } else { value },
        percent,
    })
}

/// Whether a lone mark between `int_part` and `frac` groups thousands: exactly three digits
/// follow, and the integer part is not just zeros (`0,125` is a decimal).
fn groups_thousands(int_part: &str, frac: &str) -> bool {
    let leading_zero = int_part.is_empty() || int_part.chars().all(|c| c == '0');
    frac.len() == 3 && !leading_zero
}

/// Whether `text` is digits grouped by `mark` in threes after the first group (1 to 3 digits).
fn valid_groups(text: &str, mark: char) -> bool {
    let mut groups = text.split(mark);
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_digit())
        && groups.all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()))
}

pub(crate) fn describe(value: &RawValue) -> String {
    match value {
        RawValue::Text(t) => format!("\"{}\"", t.trim()),
        RawValue::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        RawValue::Error(e) => e.clone(),
        RawValue::DateTime {
            serial,
            is_duration,
        } => {
            if *is_duration || *serial < 1.0 {
                format_duration(serial * 24.0)
            } else {
                match date(value) {
                    Ok(Some(d)) => d,
                    _ => fmt_num(*serial),
                }
            }
        }
        RawValue::Number(n) => format!("{n}"),
        RawValue::Empty => "empty".to_string(),
    }
}

/// Hours as `h:mm` (`38:30`), as a duration cell shows them.
fn format_duration(hours: f64) -> String {
    let minutes = (hours * 60.0).round() as i64;
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// A duration written as text: `38:30`, `7:45:00` (hours, minutes, seconds) or the ISO form
/// `PT38H30M` of an OpenDocument time cell, in hours.
fn duration_text(text: &str) -> Option<f64> {
    let t = text.trim();
    if let Some(iso) = t.strip_prefix("PT").or_else(|| t.strip_prefix("pt")) {
        let mut hours = 0.0;
        let mut number = String::new();
        for c in iso.chars() {
            match c {
                '0'..='9' | '.' | ',' => number.push(if c == ',' { '.' } else { c }),
                'H' | 'h' => hours += number.parse::<f64>().ok()?,
                'M' | 'm' => hours += number.parse::<f64>().ok()? / 60.0,
                'S' | 's' => hours += number.parse::<f64>().ok()? / 3600.0,
                _ => return None,
            }
            if c.is_ascii_alphabetic() {
                number.clear();
            }
        }
        return number.is_empty().then_some(hours);
    }
    let mut parts = t.split(':');
    let h = parts.next()?;
    let m = parts.next()?;
    let sec = parts.next();
    if parts.next().is_some()
        || h.is_empty()
        || !h.chars().all(|c| c.is_ascii_digit())
        || m.len() != 2
        || !m.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let minutes: f64 = m.parse().ok()?;
    if minutes >= 60.0 {
        return None;
    }
    let seconds: f64 = match sec {
        Some(sec) if sec.len() == 2 && sec.chars().all(|c| c.is_ascii_digit()) => {
            sec.parse().ok()?
        }
        Some(_) => return None,
        None => 0.0,
    };
    Some(h.parse::<f64>().ok()? + minutes / 60.0 + seconds / 3600.0)
}

/// Hours (weekly hours, hours per week, required hours, response time): a number as
/// [`number`] reads it, or a duration: a time cell (`38:30` is 38.5 hours) or the text `38:30`.
pub fn hours(value: &RawValue) -> Result<Option<f64>, Invalid> {
    match value {
        RawValue::DateTime { serial, .. } if *serial >= 0.0 => Ok(Some(serial * 24.0)),
        RawValue::Text(t) => match duration_text(t) {
            Some(h) => Ok(Some(h)),
            None => number(value),
        },
        _ => number(value),
    }
}

/// Whether a cell holds nothing (empty, or only blanks).
pub(crate) fn is_blank(value: &RawValue) -> bool {
    match value {
        RawValue::Empty => true,
        RawValue::Text(t) => t.trim().is_empty(),
        _ => false,
    }
}

/// A date cell, or a date written `2026-12-31` or `31.12.2026`, as `YYYY-MM-DD`. `Ok(None)` for
/// a blank cell.
pub fn date(value: &RawValue) -> Result<Option<String>, Invalid> {
    let ymd = match value {
        _ if is_blank(value) => return Ok(None),
        // Excel's day 25,569 is 1970-01-01 (the 1900 date system; any day after 1900-02-28).
        RawValue::DateTime { serial, .. } if *serial >= 61.0 => {
            Some(crate::dates::civil_date(serial.floor() as i64 - 25_569))
        }
        RawValue::Text(t) => crate::dates::parse_date(t),
        _ => None,
    };
    match ymd {
        Some((y, m, d)) => Ok(Some(format!("{y:04}-{m:02}-{d:02}"))),
        None => Err(Invalid::new(Invalid::NOT_A_DATE, value)),
    }
}

/// A rule named by its code or name, as its code (`rule_code` knows the rules). `Ok(None)` for
/// a blank cell.
pub fn rule(value: &RawValue, rule_code: RuleCode<'_>) -> Result<Option<String>, Invalid> {
    match text(value)? {
        None => Ok(None),
        Some(t) => match rule_code(&t) {
            Some(code) => Ok(Some(code.to_string())),
            None => Err(Invalid::new(Invalid::UNKNOWN_RULE, value)),
        },
    }
}

/// How the reader knows a rule named on a Waivers sheet: the rule's code, from its code or name
/// (`None` for no rule). The rules, a layer above, give it (`rules::data::load`).
pub type RuleCode<'a> = &'a dyn Fn(&str) -> Option<&'static str>;

/// A non-negative number (hours, money, counts). `Ok(None)` for a blank cell.
pub fn number(value: &RawValue) -> Result<Option<f64>, Invalid> {
    let n = match value {
        _ if is_blank(value) => return Ok(None),
        RawValue::Number(n) => *n,
        RawValue::Text(t) => parse_number_text(t)?.value,
        other => return Err(Invalid::new(Invalid::NOT_A_NUMBER, other)),
    };
    if n < 0.0 {
        return Err(Invalid {
            reason: Invalid::NEGATIVE,
            value: fmt_num(n),
        });
    }
    Ok(Some(n))
}

/// A whole, non-negative number (employees).
pub(crate) fn whole_number(value: &RawValue) -> Result<Option<f64>, Invalid> {
    match number(value)? {
        Some(n) if n.fract() != 0.0 => Err(Invalid {
            reason: Invalid::NOT_WHOLE,
            value: fmt_num(n),
        }),
        other => Ok(other),
    }
}

/// A share of weekly hours as a fraction: `50%`, `50 %`, `0.5`, `0,5`, `50` (above 1 is percent).
/// A share above 100 % is invalid.
pub fn share(value: &RawValue) -> Result<Option<f64>, Invalid> {
    let fraction = match value {
        _ if is_blank(value) => return Ok(None),
        RawValue::Number(n) => {
            if *n > 1.0 {
                n / 100.0
            } else {
                *n
            }
        }
        RawValue::Text(t) => {
            let n = parse_number_text(t)?;
            if n.percent || n.value > 1.0 {
                n.value / 100.0
            } else {
                n.value
            }
        }
        other => return Err(Invalid::new(Invalid::NOT_A_SHARE, other)),
    };
    if fraction < 0.0 {
        return Err(Invalid {
            reason: Invalid::NEGATIVE_SHARE,
            value: fmt_num(fraction * 100.0),
        });
    }
    if fraction > 1.0 + 1e-9 {
        return Err(Invalid {
            reason: Invalid::SHARE_ABOVE_100,
            value: fmt_num(fraction * 100.0),
        });
    }
    Ok(Some(fraction))
}

/// Yes/no: yes/no, ja/nein, true/false, wahr/falsch, x/blank, 1/0. A blank is `None`.
pub(crate) fn yes_no(value: &RawValue) -> Result<Option<bool>, Invalid> {
    match value {
        _ if is_blank(value) => Ok(None),
        RawValue::Bool(b) => Ok(Some(*b)),
        RawValue::Number(n) if *n == 1.0 => Ok(Some(true)),
        RawValue::Number(n) if *n == 0.0 => Ok(Some(false)),
        RawValue::Text(t) => contract::yes_no_word(t)
            .map(Some)
            .ok_or_else(|| Invalid::new(Invalid::NOT_YES_NO, value)),
        other => Err(Invalid::new(Invalid::NOT_YES_NO, other)),
    }
}

/// Text, trimmed; numbers are written without a trailing `.0`. A blank is `None`.
pub fn text(value: &RawValue) -> Result<Option<String>, Invalid> {
    match value {
        _ if is_blank(value) => Ok(None),
        RawValue::Text(t) => Ok(Some(t.trim().to_string())),
        RawValue::Number(n) => Ok(Some(fmt_num(*n))),
        RawValue::Bool(b) => Ok(Some(if *b { "TRUE" } else { "FALSE" }.to_string())),
        other => Err(Invalid::new(Invalid::NOT_TEXT, other)),
    }
}

/// A person ID as text: the number 1001 (stored 1001.0) and the text "1001" are one ID; a
/// placeholder (`-`, `keine`, `n/a`, `k. A.`: [`contract::PLACEHOLDER_WORDS`]) is no ID.
pub(crate) fn person_id(value: &RawValue) -> Result<Option<String>, Invalid> {
    match value {
        RawValue::Text(t) if contract::is_placeholder(t) => Ok(None),
        RawValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => {
            Ok(Some(format!("{}", *n as i64)))
        }
        RawValue::Text(t) => {
            let t = t.trim();
            // "1001.0" as text is the ID 1001 too.
            match t.strip_suffix(".0") {
                Some(int) if !int.is_empty() && int.chars().all(|c| c.is_ascii_digit()) => {
                    Ok(Some(int.to_string()))
                }
                _ if t.is_empty() => Ok(None),
                _ => Ok(Some(t.to_string())),
            }
        }
        other => text(other),
    }
}

/// The person IDs of a cell that may name more than one (a Deputy): `M-201 / M-205`,
/// `M-201; M-205` and `M-201, M-205` are two IDs when every part holds a digit (so a name
/// `Müller, Hans` stays one); otherwise the cell is one ID as [`person_id`] reads it.
pub(crate) fn person_ids(value: &RawValue) -> Result<Vec<String>, Invalid> {
    if let RawValue::Text(t) = value
        && let Some(sep) = [';', '/', ','].into_iter().find(|&c| t.contains(c))
    {
        let parts: Vec<&str> = t.split(sep).map(str::trim).collect();
        if parts.len() > 1
            && parts
                .iter()
                .all(|p| p.contains(|c: char| c.is_ascii_digit()))
        {
            return Ok(parts.into_iter().map(str::to_string).collect());
        }
    }
    Ok(person_id(value)?.into_iter().collect())
}

/// A channel budget: blank, a word meaning free, or a non-negative amount.
pub fn budget(value: &RawValue) -> Result<Budget, Invalid> {
    if is_blank(value) {
        return Ok(Budget::Empty);
    }
    if let RawValue::Text(t) = value {
        let w = t.trim().to_lowercase();
        if FREE_WORDS.contains(&w.as_str()) {
            return Ok(Budget::Free(t.trim().to_string()));
        }
    }
    match number(value) {
        Ok(Some(n)) => Ok(Budget::Amount(n)),
        Ok(None) => Ok(Budget::Empty),
        Err(_) => Err(Invalid::new(Invalid::NOT_AN_AMOUNT, value)),
    }
}

/// A number for messages: no trailing zeros, at most two decimals.
pub(crate) fn fmt_num(n: f64) -> String {
    let s = format!("{n:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> RawValue {
        RawValue::Text(s.to_string())
    }

    fn num(s: &str) -> f64 {
        number(&t(s))
            .unwrap_or_else(|e| panic!("{s}: {e:?}"))
            .unwrap()
    }

    #[test]
    fn decimal_marks_in_both_languages() {
        assert_eq!(num("1.5"), 1.5);
        assert_eq!(num("1,5"), 1.5);
        assert_eq!(num("48,50"), 48.5);
        assert_eq!(num("38,5"), 38.5);
        assert_eq!(num("12.25"), 12.25);
    }

    #[test]
    fn thousands_in_both_languages() {
        assert_eq!(num("1.234,5"), 1234.5);
        assert_eq!(num("1,234.5"), 1234.5);
        assert_eq!(num("1.000"), 1000.0);
        assert_eq!(num("1,000"), 1000.0);
        assert_eq!(num("1.000.000"), 1_000_000.0);
        assert_eq!(num("1,234,567.89"), 1_234_567.89);
        assert_eq!(num("40 000"), 40_000.0);
        assert!(number(&t("1.2.3")).is_err());
        assert!(number(&t("1.234.5")).is_err());
        assert!(number(&t("12,34,5")).is_err());
    }

    #[test]
    fn a_leading_zero_never_groups_thousands() {
        assert_eq!(num("0,125"), 0.125);
        assert_eq!(num("0.500"), 0.5);
    }

    #[test]
    fn trailing_units() {
        assert_eq!(num("12 Std"), 12.0);
        assert_eq!(num("12 Std."), 12.0);
        assert_eq!(num("12h"), 12.0);
        assert_eq!(num("7,5 h"), 7.5);
        assert_eq!(num("40.000 €"), 40_000.0);
        assert_eq!(num("€ 1.200,50"), 1200.5);
        assert_eq!(num("1200 EUR"), 1200.0);
        assert_eq!(num("87,5 %"), 87.5);
        assert!(number(&t("viel")).is_err());
        assert!(number(&t("h")).is_err());
    }

    #[test]
    fn currency_marks_before_or_after_amounts() {
        assert_eq!(num("400 000 zł"), 400_000.0);
        assert_eq!(num("400 000 ZŁ"), 400_000.0);
        assert_eq!(num("€ 1.200,50"), 1200.5);
        assert_eq!(num("$1,200.50"), 1200.5);
        assert_eq!(num("£ 90"), 90.0);
        assert_eq!(num("12 500 kr"), 12_500.0);
        assert_eq!(num("12.500 kr."), 12_500.0);
        assert_eq!(num("Fr. 1'200.50"), 1200.5);
        assert_eq!(num("CHF 900"), 900.0);
        for code in [
            "EUR", "PLN", "GBP", "USD", "SEK", "DKK", "NOK", "CZK", "HUF",
        ] {
            assert_eq!(num(&format!("1.000 {code}")), 1000.0, "{code}");
            assert_eq!(num(&format!("{code} 1.000")), 1000.0, "{code}");
        }
        assert_eq!(
            budget(&t("400 000 zł")),
            Ok(Budget::Amount(400_000.0)),
            "issue 15: an amount, not \"neither an amount nor a word meaning free\""
        );
        let mark = |s: &str| currency_mark(&t(s)).map(|(w, codes)| (w, codes.to_vec()));
        assert_eq!(mark("400 000 zł"), Some(("zł".into(), vec!["PLN"])));
        assert_eq!(mark("EUR 1.200"), Some(("EUR".into(), vec!["EUR"])));
        assert_eq!(mark("Fr. 90"), Some(("Fr.".into(), vec!["CHF"])));
        assert_eq!(
            mark("12 kr"),
            Some(("kr".into(), vec!["SEK", "DKK", "NOK"]))
        );
        assert_eq!(mark("12 h"), None);
        assert_eq!(mark("1200"), None);
        assert_eq!(mark("free"), None);
        assert_eq!(currency_mark(&RawValue::Number(5.0)), None);
    }

    #[test]
    fn negatives_errors_and_bools_are_invalid() {
        assert_eq!(number(&t("-5")).unwrap_err().reason, Invalid::NEGATIVE);
        assert!(number(&RawValue::Number(-1.0)).is_err());
        assert!(number(&RawValue::Error("#REF!".into())).unwrap_err().value == "#REF!");
        assert!(number(&RawValue::Bool(true)).is_err());
        assert_eq!(number(&RawValue::Empty), Ok(None));
        assert_eq!(number(&t("  ")), Ok(None));
    }

    #[test]
    fn shares_every_way_the_contract_writes_them() {
        let sh = |v: RawValue| share(&v).unwrap().unwrap();
        assert_eq!(sh(t("50%")), 0.5);
        assert_eq!(sh(t("50 %")), 0.5);
        assert_eq!(sh(t("0.5")), 0.5);
        assert_eq!(sh(t("0,5")), 0.5);
        assert_eq!(sh(t("50")), 0.5);
        assert_eq!(sh(t("87,5 %")), 0.875);
        assert_eq!(sh(RawValue::Number(0.5)), 0.5);
        assert_eq!(sh(RawValue::Number(50.0)), 0.5);
        assert_eq!(sh(RawValue::Number(1.0)), 1.0);
        assert_eq!(sh(t("0,5 %")), 0.005);
        assert_eq!(
            share(&t("150%")).unwrap_err().reason,
            Invalid::SHARE_ABOVE_100
        );
        assert!(share(&RawValue::Number(120.0)).is_err());
    }

    #[test]
    fn yes_no_in_both_languages() {
        for w in ["yes", "Ja", "TRUE", "wahr", "x", "X", "1"] {
            assert_eq!(yes_no(&t(w)), Ok(Some(true)), "{w}");
        }
        for w in ["no", "Nein", "false", "FALSCH", "0"] {
            assert_eq!(yes_no(&t(w)), Ok(Some(false)), "{w}");
        }
        assert_eq!(yes_no(&RawValue::Empty), Ok(None));
        assert_eq!(yes_no(&RawValue::Bool(true)), Ok(Some(true)));
        assert_eq!(yes_no(&RawValue::Number(0.0)), Ok(Some(false)));
        assert!(yes_no(&t("vielleicht")).is_err());
    }

    #[test]
    fn ids_are_text_whatever_the_cell_type() {
        assert_eq!(
            person_id(&RawValue::Number(1001.0)),
            Ok(Some("1001".into()))
        );
        assert_eq!(person_id(&t(" 1001 ")), Ok(Some("1001".into())));
        assert_eq!(person_id(&t("1001.0")), Ok(Some("1001".into())));
        assert_eq!(person_id(&t("A-17")), Ok(Some("A-17".into())));
        assert!(person_id(&RawValue::Error("#N/A".into())).is_err());
    }

    #[test]
    fn budgets_free_words_and_amounts() {
        assert_eq!(
            budget(&t("kostenlos")),
            Ok(Budget::Free("kostenlos".into()))
        );
        assert_eq!(budget(&t("Free")), Ok(Budget::Free("Free".into())));
        assert_eq!(budget(&t("40.000 €")), Ok(Budget::Amount(40_000.0)));
        assert_eq!(budget(&RawValue::Number(0.0)), Ok(Budget::Amount(0.0)));
        assert_eq!(budget(&RawValue::Empty), Ok(Budget::Empty));
        assert!(budget(&t("depends")).is_err());
    }

    #[test]
    fn durations_are_hours() {
        let h = |v: RawValue| hours(&v).unwrap().unwrap();
        assert_eq!(h(t("38:30")), 38.5);
        assert_eq!(h(t("7:45:00")), 7.75);
        assert_eq!(h(t("PT38H30M00S")), 38.5);
        assert_eq!(h(t("38,5")), 38.5);
        let cell = RawValue::DateTime {
            serial: 38.5 / 24.0,
            is_duration: true,
        };
        assert!((h(cell.clone()) - 38.5).abs() < 1e-9);
        assert_eq!(describe(&cell), "38:30");
        assert!(hours(&t("38:75")).is_err());
        assert!(hours(&t("-1:30")).is_err());
    }

    #[test]
    fn whole_amount_dashes() {
        assert_eq!(num("40.000,-"), 40_000.0);
        assert_eq!(num("40.000,- €"), 40_000.0);
        assert_eq!(num("40.000,–"), 40_000.0);
        assert_eq!(num("€ 1.200,--"), 1200.0);
        assert!(number(&t(",-")).is_err());
    }

    #[test]
    fn ids_placeholders_and_two_deputies() {
        for p in [
            "-", "–", "—", "/", "keine", "Kein", "none", "n/a", "N/A", "k. A.", "k.A.",
        ] {
            assert_eq!(person_id(&t(p)), Ok(None), "{p}");
        }
        let ids = |s: &str| person_ids(&t(s)).unwrap();
        assert_eq!(ids("M-201 / M-205"), ["M-201", "M-205"]);
        assert_eq!(ids("M-201; M-205"), ["M-201", "M-205"]);
        assert_eq!(ids("M-201, M-205"), ["M-201", "M-205"]);
        assert_eq!(ids("Müller, Hans"), ["Müller, Hans"]);
        assert_eq!(ids("keine"), Vec::<String>::new());
        assert_eq!(person_ids(&RawValue::Number(1001.0)).unwrap(), ["1001"]);
    }

    #[test]
    fn yes_no_in_the_subsidiaries_languages() {
        for w in ["oui", "sí", "si", "sì", "tak", "ja"] {
            assert_eq!(yes_no(&t(w)), Ok(Some(true)), "{w}");
        }
        for w in ["non", "no", "nie", "nee"] {
            assert_eq!(yes_no(&t(w)), Ok(Some(false)), "{w}");
        }
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(whole_number(&t("1.000")), Ok(Some(1000.0)));
        assert!(whole_number(&t("12,5")).is_err());
    }
}

//! Texts in the reader's language: one catalogue per language (`en/`, `de/`, `fr/`), each
//! implementing every trait of [`Catalogue`], so a sentence missing in one language fails to compile.
//!
//! A sentence a person reads is a method of one of the area traits below (`rules`, `reading`,
//! `outputs`, `commands`, `problems`, `help`); its arguments are the figures and names it shows, and each language
//! writes them as a controller of its country writes them (`12.345,5` / `12 345,5`). Adding a
//! language is one folder here, its words in `contract.rs` (the reader's word table) and its
//! entry in [`Lang`].

use crate::contract::Lang;

pub mod commands;
mod de;
mod en;
mod fr;
pub mod help;
pub mod outputs;
pub mod problems;
pub mod reading;
pub mod rules;

pub use commands::{CommandTexts, MergeTexts, ServeTexts, TemplateExamples, TemplateTexts};
pub use help::{HelpHeadings, HelpTexts, OutputPurpose};
pub use outputs::OutputTexts;
pub use problems::ProblemTexts;
pub use reading::ReadingTexts;
pub use rules::RuleTexts;

/// How a language writes numbers and joins words; the other traits build on it.
pub trait Words {
    /// The separator of thousands (`,` / `.` / a no-break space) and the decimal point.
    fn separators(&self) -> (char, char);
    /// The word before the last item of a list (`and`, `und`, `et`).
    fn and(&self) -> &'static str;
    /// The unit of hours per week (`h/week`, `Std./Woche`, `h/semaine`).
    fn hours_per_week_unit(&self) -> &'static str;
    /// What stands between a number and `%` (a space, a no-break space in French).
    fn percent_space(&self) -> &'static str;
    /// How a currency is written after an amount: its ISO code, unless the language writes a
    /// sign for it (French writes `€` for EUR).
    fn currency<'a>(&self, code: &'a str) -> &'a str {
        code
    }
}

/// The number formats of one language for its catalogue files, as short local functions:
/// `LANG`, `h` (hours per week), `n` (hours), `m` (money), `pct` (a fraction as a percentage).
macro_rules! formats_of {
    ($lang:expr) => {
        const LANG: $crate::contract::Lang = $lang;

        /// Hours per week: `12.5 h/week`, `12,5 Std./Woche`.
        fn h(hours: f64) -> String {
            $crate::i18n::hours_per_week(hours, LANG)
        }

        /// Hours without a unit: `12.5`, `12,5`.
        fn n(hours: f64) -> String {
            $crate::i18n::hours(hours, LANG)
        }

        /// Money in whole units with its currency: `24,300 EUR`, `24 300 €`.
        fn m(amount: f64, currency: &str) -> String {
            $crate::i18n::money(amount, currency, LANG)
        }

        /// A fraction as a percentage: `21 %`.
        fn pct(fraction: f64) -> String {
            $crate::i18n::percent(fraction, LANG)
        }
    };
}
pub(crate) use formats_of;

/// Every sentence teamlint shows a person, in one language.
pub trait Catalogue:
    Words
    + RuleTexts
    + ReadingTexts
    + OutputTexts
    + CommandTexts
    + TemplateTexts
    + MergeTexts
    + ServeTexts
    + ProblemTexts
    + HelpTexts
    + Sync
{
}

impl<T> Catalogue for T where
    T: Words
        + RuleTexts
        + ReadingTexts
        + OutputTexts
        + CommandTexts
        + TemplateTexts
        + MergeTexts
        + ServeTexts
        + ProblemTexts
        + HelpTexts
        + Sync
{
}

/// The catalogue of a language.
pub fn texts(lang: Lang) -> &'static dyn Catalogue {
    match lang {
        Lang::En => &en::English,
        Lang::De => &de::German,
        Lang::Fr => &fr::French,
    }
}

/// A number with at most `decimals` decimals, no trailing zeros, digits grouped by thousands:
/// `1,234.5` in English, `1.234,5` in German.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = fixed(value.abs(), decimals);
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (text.as_str(), ""),
    };
    let (group, point) = texts(lang).separators();
    let mut out = String::with_capacity(text.len() + int.len() / 3 + 1);
    let negative = value < 0.0 && (int != "0" || !frac.is_empty());
    if negative {
        out.push('-');
    }
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// `value` (not negative) with exactly `decimals` decimals, as `format!("{:.*}")` writes it.
/// Most figures (whole hours, rounded percentages and amounts, quarter hours) are whole numbers
/// of hundredths: those are written from integers, without the float formatter's slow exact path.
fn fixed(value: f64, decimals: usize) -> String {
    const SCALE: [u64; 3] = [1, 10, 100];
    if let Some(&scale) = SCALE.get(decimals) {
        let scaled = value * scale as f64;
        // Below 2^53 a float that is a whole number is that integer exactly; the float formatter
        // rounds the same value to the same digits.
        if scaled.fract() == 0.0 && scaled < 9.0e15 {
            let scaled = scaled as u64;
            let int = scaled / scale;
            return match decimals {
                0 => int.to_string(),
                _ => format!("{int}.{:0width$}", scaled % scale, width = decimals),
            };
        }
    }
    format!("{:.*}", decimals, value)
}

/// Hours per week: `12.5 h/week` / `12,5 Std./Woche`.
pub(crate) fn hours_per_week(value: f64, lang: Lang) -> String {
    format!(
        "{} {}",
        number(value, 2, lang),
        texts(lang).hours_per_week_unit()
    )
}

/// Hours without a unit: `12.5` / `12,5`.
pub fn hours(value: f64, lang: Lang) -> String {
    number(value, 2, lang)
}

/// Money in whole units with the currency: `24,300 EUR` / `24.300 EUR`.
pub fn money(value: f64, currency: &str, lang: Lang) -> String {
    let currency = texts(lang).currency(currency.trim());
    format!("{} {}", number(value.round(), 0, lang), currency)
}

/// A fraction as a whole percentage: `0.213` → `21 %` (every language keeps the space).
pub fn percent(fraction: f64, lang: Lang) -> String {
    format!(
        "{}{}%",
        number((fraction * 100.0).round(), 0, lang),
        texts(lang).percent_space()
    )
}

/// A list in running text: `A, B and C` / `A, B und C`.
pub fn list<S: AsRef<str>>(items: &[S], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => format!(
            "{} {} {}",
            rest.iter()
                .map(|s| s.as_ref())
                .collect::<Vec<_>>()
                .join(", "),
            texts(lang).and(),
            last.as_ref()
        ),
    }
}

pub(crate) use crate::contract::capitalise;

/// A person for running text: `P1 (Anna Schmidt)`, or the ID alone.
pub fn person(id: &str, name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) => format!("{id} ({n})"),
        None => id.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The integer path writes what the float formatter writes, for whole numbers, halves,
    /// quarters, hundredths and for values it leaves to the formatter.
    #[test]
    fn fixed_digits_are_the_float_formatters() {
        let mut values = vec![0.0, 0.5, 0.125, 0.005, 1.0 / 3.0, 2.675, 1e15, 8.9e15, 1e17];
        values.extend((0..20_000).map(|i| f64::from(i) * 0.01));
        values.extend((0..2_000).map(|i| f64::from(i) * 0.37 + 0.25));
        values.extend((0..2_000).map(|i| 1_000_000.0 + f64::from(i) * 0.125));
        for v in values {
            for d in 0..4 {
                assert_eq!(fixed(v, d), format!("{v:.d$}"), "{v} with {d} decimals");
            }
        }
    }

    #[test]
    fn numbers_read_as_each_language_writes_them() {
        assert_eq!(money(44_884.4, "CHF", Lang::De), "44.884 CHF");
        assert_eq!(money(44_884.4, "CHF", Lang::En), "44,884 CHF");
        assert_eq!(money(1_234_567.0, "EUR", Lang::De), "1.234.567 EUR");
        assert_eq!(money(999.0, "EUR", Lang::De), "999 EUR");
        assert_eq!(money(-1500.0, "EUR", Lang::En), "-1,500 EUR");
        assert_eq!(hours_per_week(12.5, Lang::De), "12,5 Std./Woche");
        assert_eq!(hours_per_week(12.5, Lang::En), "12.5 h/week");
        assert_eq!(hours(12.0, Lang::De), "12");
        assert_eq!(hours(0.25, Lang::De), "0,25");
        assert_eq!(hours(-0.0001, Lang::En), "0");
        assert_eq!(percent(0.2, Lang::De), "20 %");
        assert_eq!(percent(0.213, Lang::En), "21 %");
        assert_eq!(number(12_345.5, 2, Lang::De), "12.345,5");
        assert_eq!(list(&["A", "B", "C"], Lang::De), "A, B und C");
        assert_eq!(list(&["A"], Lang::En), "A");
        assert_eq!(money(12_345.5, "€", Lang::Fr), "12\u{a0}346 €");
        assert_eq!(number(12_345.5, 2, Lang::Fr), "12\u{a0}345,5");
        assert_eq!(percent(0.2, Lang::Fr), "20\u{a0}%");
        assert_eq!(list(&["A", "B", "C"], Lang::Fr), "A, B et C");
        assert_eq!(hours_per_week(12.5, Lang::Fr), "12,5 h/semaine");
    }
}

//! Texts in the reader's language: the English/German pick and the number, money, hours and
//! percent formats of each language (`12,5 Std./Woche`, `44.884 CHF`, `20 %` in German).

use crate::contract::Lang;

/// The English or the German text, by the run's language.
pub fn tr(lang: Lang, en: &'static str, de: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::De => de,
    }
}

/// A number with at most `decimals` decimals, no trailing zeros, digits grouped by thousands:
/// `1,234.5` in English, `1.234,5` in German.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".into();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, f.trim_end_matches('0')),
        None => (text.as_str(), ""),
    };
    let (group, point) = match lang {
        Lang::En => (',', '.'),
        Lang::De => ('.', ','),
    };
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

/// Hours per week: `12.5 h/week` / `12,5 Std./Woche`.
pub fn hours_per_week(value: f64, lang: Lang) -> String {
    format!(
        "{} {}",
        number(value, 2, lang),
        tr(lang, "h/week", "Std./Woche")
    )
}

/// Hours without a unit: `12.5` / `12,5`.
pub fn hours(value: f64, lang: Lang) -> String {
    number(value, 2, lang)
}

/// Money in whole units with the currency: `24,300 EUR` / `24.300 EUR`.
pub fn money(value: f64, currency: &str, lang: Lang) -> String {
    format!("{} {}", number(value.round(), 0, lang), currency.trim())
}

/// A fraction as a whole percentage: `0.213` → `21 %` (both languages keep the space).
pub fn percent(fraction: f64, lang: Lang) -> String {
    format!("{} %", number((fraction * 100.0).round(), 0, lang))
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
            tr(lang, "and", "und"),
            last.as_ref()
        ),
    }
}

/// The text with its first letter in upper case, to start a sentence.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

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
    }
}

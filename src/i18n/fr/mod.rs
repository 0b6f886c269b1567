//! The French catalogue: every sentence teamlint shows, in French (`vous`, no-break spaces as a French controller types them).
//! One file an area, as the traits of `i18n` divide them.

use super::Words;

mod commands;
mod help;
mod outputs;
mod problems;
mod reading;
mod rules;

/// The French catalogue.
pub struct French;

impl Words for French {
    fn separators(&self) -> (char, char) {
        ('\u{a0}', ',')
    }
    fn and(&self) -> &'static str {
        "et"
    }
    fn hours_per_week_unit(&self) -> &'static str {
        "h/semaine"
    }
    fn currency<'a>(&self, code: &'a str) -> &'a str {
        if code.eq_ignore_ascii_case("EUR") {
            "€"
        } else {
            code
        }
    }
    fn percent_space(&self) -> &'static str {
        "\u{a0}"
    }
}

//! The English catalogue: every sentence teamlint shows, in English.
//! One file an area, as the traits of `i18n` divide them.

use super::Words;

mod commands;
mod help;
mod outputs;
mod problems;
mod reading;
mod rules;

/// The English catalogue.
pub struct English;

impl Words for English {
    fn separators(&self) -> (char, char) {
        (',', '.')
    }
    fn and(&self) -> &'static str {
        "and"
    }
    fn hours_per_week_unit(&self) -> &'static str {
        "h/week"
    }
    fn percent_space(&self) -> &'static str {
        " "
    }
}

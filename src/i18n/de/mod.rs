//! The German catalogue: every sentence teamlint shows, in German (`Sie`).
//! One file an area, as the traits of `i18n` divide them.

use super::Words;

mod commands;
mod help;
mod outputs;
mod problems;
mod reading;
mod rules;

/// The German catalogue.
pub struct German;

impl Words for German {
    fn separators(&self) -> (char, char) {
        ('.', ',')
    }
    fn and(&self) -> &'static str {
        "und"
    }
    fn hours_per_week_unit(&self) -> &'static str {
        "Std./Woche"
    }
    fn percent_space(&self) -> &'static str {
        " "
    }
}

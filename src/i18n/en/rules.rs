//! The rules' titles, explanations and the message of each finding, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::RuleTexts;

impl RuleTexts for English {}

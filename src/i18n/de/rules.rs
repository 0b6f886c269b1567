//! The rules' titles, explanations and the message of each finding, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::RuleTexts;

impl RuleTexts for German {}

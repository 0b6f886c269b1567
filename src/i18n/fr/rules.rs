//! The rules' titles, explanations and the message of each finding, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::RuleTexts;

impl RuleTexts for French {}

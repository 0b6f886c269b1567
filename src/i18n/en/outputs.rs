//! The words of the outputs, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::OutputTexts;

impl OutputTexts for English {}

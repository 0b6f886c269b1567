//! The words of the outputs, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::OutputTexts;

impl OutputTexts for German {}

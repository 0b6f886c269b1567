//! The words of the outputs, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::OutputTexts;

impl OutputTexts for French {}

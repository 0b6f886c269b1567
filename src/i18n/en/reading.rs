//! What the reader says of a workbook it cannot read or reads in part, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::ReadingTexts;

impl ReadingTexts for English {}

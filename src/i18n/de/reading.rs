//! What the reader says of a workbook it cannot read or reads in part, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::ReadingTexts;

impl ReadingTexts for German {}

//! What the reader says of a workbook it cannot read or reads in part, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::ReadingTexts;

impl ReadingTexts for French {}

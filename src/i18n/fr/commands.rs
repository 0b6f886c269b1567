//! The command line's help and errors, the template, watch, serve and merge, in French.
//! Each method's documentation is on the trait.

use super::French;
use crate::i18n::CommandTexts;

impl CommandTexts for French {}

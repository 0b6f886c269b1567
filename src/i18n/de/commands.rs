//! The command line's help and errors, the template, watch, serve and merge, in German.
//! Each method's documentation is on the trait.

use super::German;
use crate::i18n::CommandTexts;

impl CommandTexts for German {}

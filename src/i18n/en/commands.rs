//! The command line's help and errors, the template, watch, serve and merge, in English.
//! Each method's documentation is on the trait.

use super::English;
use crate::i18n::CommandTexts;

impl CommandTexts for English {}

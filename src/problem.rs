//! Why an input has no copy or no findings, and what the reader of a copy should know: kept
//! typed in each result (and in parts), put in words only by the outputs, in the reader's language.

use crate::contract::Lang;
use crate::i18n::texts;
use crate::load::LoadError;
use serde::{Deserialize, Serialize};

/// Why an input could not be read, or its copy not written.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum Problem {
    /// The workbook could not be read, or was refused before it was read.
    Unreadable {
        /// Why.
        error: LoadError,
    },
    /// A path given to the run that is neither a file nor a folder.
    NotFound,
    /// A folder that could not be searched.
    FolderUnreadable {
        /// The system's words for why.
        detail: String,
    },
    /// The copy would go through a symbolic link inside the output folder.
    ThroughLink {
        /// The linked folder, relative to the output folder, as the user may read it.
        folder: String,
    },
    /// The copy would take more than a small multiple of its workbook's size.
    CopyTooLarge {
        /// The most the copy may take, in bytes.
        limit: u64,
    },
    /// The copy could not be written.
    Unwritten {
        /// Where it was to be written.
        copy: String,
        /// The system's words for why.
        detail: String,
    },
    /// A reason given as text by a library user who builds results by hand, shown as it is.
    Given {
        /// The reason.
        reason: String,
    },
}

impl From<&str> for Problem {
    fn from(reason: &str) -> Problem {
        Problem::Given {
            reason: reason.to_string(),
        }
    }
}

impl From<LoadError> for Problem {
    fn from(error: LoadError) -> Problem {
        Problem::Unreadable { error }
    }
}

impl Problem {
    /// Whether the workbook was read and only its copy could not be written.
    pub(crate) fn is_about_the_copy(&self) -> bool {
        matches!(
            self,
            Problem::ThroughLink { .. } | Problem::CopyTooLarge { .. } | Problem::Unwritten { .. }
        )
    }

    /// The one-line reason in `lang` (without the file's name, which the caller adds).
    pub fn sentence(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Problem::Unreadable { error } => error.message(lang),
            Problem::NotFound => t.not_found(),
            Problem::FolderUnreadable { detail } => t.folder_unreadable(detail),
            Problem::ThroughLink { folder } => t.through_link(folder),
            Problem::CopyTooLarge { limit } => t.copy_too_large(limit.div_ceil(1_048_576)),
            Problem::Unwritten { copy, detail } => t.unwritten(copy, detail),
            Problem::Given { reason } => reason.clone(),
        }
    }
}

/// What the reader of a copy should know about how it was written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum CopyNote {
    /// The copy was rebuilt from the cells instead of patched.
    Rebuilt {
        /// What made the patch give way to a rebuild.
        why: Rebuild,
    },
    /// Entries of the original had a wrong checksum; the copy carries them with the right one.
    Repaired {
        /// The entries, by name.
        parts: Vec<String>,
    },
}

/// Why an `.xlsx`/`.xlsm` copy was rebuilt instead of patched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "because", rename_all = "snake_case")]
pub enum Rebuild {
    /// The workbook is saved as Strict Open XML.
    Strict,
    /// A sheet with findings is not in the package's sheet list.
    MissingSheet {
        /// The sheet.
        sheet: String,
    },
    /// A part that could not be read or patched.
    Unpatchable {
        /// The part.
        part: String,
        /// What went wrong.
        detail: String,
    },
}

impl CopyNote {
    /// The sentence the terminal, the group report's Inputs sheet and findings.json show.
    pub fn sentence(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            CopyNote::Rebuilt { why } => match why {
                Rebuild::Strict => t.rebuilt_strict(),
                Rebuild::MissingSheet { sheet } => t.rebuilt_missing_sheet(sheet),
                Rebuild::Unpatchable { part, detail } => t.rebuilt_unpatchable(part, detail),
            },
            CopyNote::Repaired { parts } => t.repaired(&parts.join(", ")),
        }
    }
}

/// Why a run does nothing at all: exit 2 with one sentence, and nothing written, so the
/// reports of an earlier run stay as they are.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.sentence(Lang::En))]
pub enum Refusal {
    /// No workbook under the paths given.
    NothingToCheck {
        /// The paths searched, as given.
        searched: Vec<String>,
        /// Files found there that are not read, and why (at most a few).
        skipped: Vec<(String, Skipped)>,
    },
    /// `--out` is one of the input folders.
    OutIsInput {
        /// The folder.
        folder: String,
    },
    /// `--out` names a file.
    OutIsFile {
        /// The path.
        path: String,
    },
    /// `--out` cannot be made or written to.
    OutUnwritable {
        /// The path.
        path: String,
        /// Why.
        why: WriteFailure,
    },
}

/// Why a folder cannot be made or written to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteFailure {
    /// No permission to write there.
    NoPermission,
    /// A read-only drive or share.
    ReadOnly,
    /// A part of the path is a file.
    BelowAFile,
    /// Anything else, in the system's words.
    Other {
        /// The system's words.
        detail: String,
    },
}

impl WriteFailure {
    /// What the system's error says, as far as a person needs to know.
    pub fn of(error: &std::io::Error) -> WriteFailure {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::PermissionDenied => WriteFailure::NoPermission,
            ErrorKind::ReadOnlyFilesystem => WriteFailure::ReadOnly,
            ErrorKind::NotADirectory => WriteFailure::BelowAFile,
            _ => WriteFailure::Other {
                detail: error.to_string(),
            },
        }
    }

    /// The reason in `lang`.
    fn words(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            WriteFailure::NoPermission => t.out_no_permission(),
            WriteFailure::ReadOnly => t.out_read_only(),
            WriteFailure::BelowAFile => t.out_below_a_file(),
            WriteFailure::Other { detail } => detail.clone(),
        }
    }
}

/// Why a file in a searched folder is not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skipped {
    /// A CSV export.
    Csv,
    /// An Office lock file (`~$plan.xlsx`) of the workbook named.
    Lock {
        /// The workbook's name (`plan.xlsx`).
        workbook: String,
    },
    /// Any other file.
    Other,
    /// A path given that is neither a file nor a folder.
    Missing,
}

impl Refusal {
    /// The one-line reason in `lang`.
    pub fn sentence(&self, lang: Lang) -> String {
        let t = texts(lang);
        match self {
            Refusal::NothingToCheck { searched, skipped } => {
                let skipped: Vec<String> = skipped
                    .iter()
                    .map(|(name, why)| match why {
                        Skipped::Csv => t.skipped_csv(name),
                        Skipped::Lock { workbook } => t.skipped_lock(name, workbook),
                        Skipped::Other => t.skipped_other(name),
                        Skipped::Missing => t.skipped_missing(name),
                    })
                    .collect();
                t.nothing_to_check(&crate::i18n::list(searched, lang), &skipped)
            }
            Refusal::OutIsInput { folder } => t.out_is_input(folder),
            Refusal::OutIsFile { path } => t.out_is_file(path),
            Refusal::OutUnwritable { path, why } => t.out_unwritable(path, &why.words(lang)),
        }
    }
}

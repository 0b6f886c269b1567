//! Why a workbook could not be read: one variant per reason, classified from the readers' typed
//! errors (never their text); its sentence, naming what to do, is in the catalogue (`i18n`).

use crate::contract::Lang;

/// Why a workbook could not be read at all. `message` renders the one-line reason (without the
/// file name, which the caller adds); the technical cause, if any, follows after a dash.
#[derive(
    Clone,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    thiserror::Error,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum LoadError {
    /// The file's extension is none that teamlint reads.
    #[error("{}", self.message(Lang::En))]
    UnknownExtension,
    /// An Office lock file (`~$plan.xlsx`): the workbook it names is open in Excel.
    #[error("{}", self.message(Lang::En))]
    LockFile {
        /// The workbook's file name (the lock file's without `~$`).
        workbook: String,
    },
    /// The file system refused to open or read the file.
    #[error("{}", self.message(Lang::En))]
    Io {
        /// The system's words for it.
        detail: String,
    },
    /// The file has no bytes.
    #[error("{}", self.message(Lang::En))]
    Empty,
    /// The file is larger than teamlint reads.
    #[error("{}", self.message(Lang::En))]
    FileTooLarge {
        /// Its size.
        bytes: u64,
        /// The most teamlint reads of its format.
        limit: u64,
    },
    /// A file named `.xlsx`, `.xlsm`, `.xlsb` or `.ods` that is no zip archive (nor an OLE2 file).
    #[error("{}", self.message(Lang::En))]
    NotAZip {
        /// The extension it is named with.
        ext: String,
    },
    /// A file named `.xls` that is neither an OLE2 compound file nor a zip archive.
    #[error("{}", self.message(Lang::En))]
    NotAnXls,
    /// The workbook needs a password to open (encrypted, or XOR-obfuscated `.xls`).
    #[error("{}", self.message(Lang::En))]
    Encrypted,
    /// An Excel 2.x to 95 file (BIFF2 to BIFF5).
    #[error("{}", self.message(Lang::En))]
    OlderThanExcel97,
    /// An Excel 97–2003 file (OLE2 with a Workbook stream) named `.xlsx`, `.xlsm` or `.xlsb`.
    #[error("{}", self.message(Lang::En))]
    XlsUnderZipName {
        /// The extension it is named with.
        ext: String,
    },
    /// The archive or file ends early.
    #[error("{}", self.message(Lang::En))]
    Truncated,
    /// The file is damaged; `cause` is the reader's technical description.
    #[error("{}", self.message(Lang::En))]
    Damaged {
        /// The technical cause, one line.
        cause: String,
    },
    /// A part of the archive declares an uncompressed size beyond what a workbook part may have.
    #[error("{}", self.message(Lang::En))]
    ZipBomb {
        /// The part's name in the archive.
        part: String,
        /// The size it declares.
        bytes: u64,
        /// The most a part may have.
        limit: u64,
    },
    /// All parts together declare more bytes than a workbook of this size unpacks to.
    #[error("{}", self.message(Lang::En))]
    TooMuchData {
        /// The bytes all parts declare.
        bytes: u64,
        /// The most this file may unpack to.
        limit: u64,
    },
    /// Two entries of the archive share their data (one blob listed under several names).
    #[error("{}", self.message(Lang::En))]
    OverlappingParts {
        /// One entry's name.
        first: String,
        /// The other's.
        second: String,
    },
    /// The workbook names one part for several of its sheets or parts.
    #[error("{}", self.message(Lang::En))]
    SharedPart {
        /// The part (as its relationships name it).
        part: String,
        /// How many relationships name it.
        count: usize,
    },
    /// The archive holds more parts than a workbook has.
    #[error("{}", self.message(Lang::En))]
    TooManyParts {
        /// How many it holds.
        count: usize,
    },
    /// More non-empty cells than teamlint reads in one workbook.
    #[error("{}", self.message(Lang::En))]
    TooManyCells {
        /// The sheet that crossed the limit.
        sheet: String,
        /// The limit.
        limit: usize,
    },
    /// An `.xls` sheet spans (or declares) more rows × columns than teamlint reads from `.xls`.
    #[error("{}", self.message(Lang::En))]
    GridTooLarge {
        /// The sheet.
        sheet: String,
        /// Rows spanned.
        rows: u64,
        /// Columns spanned.
        cols: u64,
    },
    /// The texts of an `.xls` (each cell's own copy of its string) would take too much memory.
    #[error("{}", self.message(Lang::En))]
    TextsTooLarge {
        /// The sheet that crossed the limit.
        sheet: String,
    },
    /// An `.xls` written in a code page that has no decoder.
    #[error("{}", self.message(Lang::En))]
    UnknownCodePage {
        /// The code page number.
        code_page: u16,
    },
    /// A reader panicked on this file (a bug in teamlint or a library it uses).
    #[error("{}", self.message(Lang::En))]
    Internal {
        /// The panic message and place.
        detail: String,
    },
}

impl LoadError {
    /// The one-line reason in `lang`, for an HR user: what is wrong and what to do, with the
    /// technical cause (when there is one) after a dash.
    pub fn message(&self, lang: Lang) -> String {
        use LoadError::*;
        let t = crate::i18n::texts(lang);
        let mb = |bytes: &u64| bytes / 1_048_576;
        match self {
            UnknownExtension => t.unknown_extension(&crate::contract::extension_list()),
            LockFile { workbook } => t.lock_file(workbook),
            Io { detail } => t.cannot_open(detail),
            Empty => t.empty_file(),
            FileTooLarge { bytes, limit } => t.file_too_large(mb(bytes), mb(limit)),
            NotAZip { ext } => t.not_a_zip(ext),
            NotAnXls => t.not_an_xls(),
            Encrypted => t.encrypted(),
            OlderThanExcel97 => t.older_than_excel97(),
            XlsUnderZipName { ext } => t.xls_under_zip_name(ext),
            Truncated => t.truncated(),
            Damaged { cause } => t.damaged(cause),
            ZipBomb { part, bytes, limit } => t.zip_bomb(part, mb(bytes), mb(limit)),
            TooMuchData { bytes, limit } => t.too_much_data(mb(bytes), mb(limit)),
            OverlappingParts { first, second } => t.overlapping_parts(first, second),
            SharedPart { part, count } => t.shared_part(part, *count as u64),
            TooManyParts { count } => t.too_many_parts(*count as u64),
            TooManyCells { sheet, limit } => t.too_many_cells(sheet, *limit as u64),
            GridTooLarge { sheet, rows, cols } => t.grid_too_large(sheet, *rows, *cols),
            TextsTooLarge { sheet } => t.texts_too_large(sheet),
            UnknownCodePage { code_page } => t.unknown_code_page(u64::from(*code_page)),
            Internal { detail } => t.internal_error(detail),
        }
    }

    /// A damaged file whose technical cause is `cause` (its first line).
    pub(crate) fn damaged(cause: impl std::fmt::Display) -> LoadError {
        let text = cause.to_string();
        LoadError::Damaged {
            cause: text.lines().next().unwrap_or("").trim().to_string(),
        }
    }

    /// A file that could not be opened or read, with the system's words for why.
    pub(crate) fn io(error: std::io::Error) -> LoadError {
        LoadError::Io {
            detail: error.to_string(),
        }
    }

    /// Classifies an I/O error met while reading inside the file.
    pub(crate) fn from_io(error: std::io::Error) -> LoadError {
        match error.kind() {
            std::io::ErrorKind::UnexpectedEof => LoadError::Truncated,
            _ => LoadError::damaged(error),
        }
    }

    /// Classifies an error of the zip crate.
    pub(crate) fn from_zip(error: zip::result::ZipError) -> LoadError {
        use zip::result::ZipError;
        match error {
            ZipError::Io(e) => LoadError::from_io(e),
            ZipError::InvalidPassword => LoadError::Encrypted,
            other => LoadError::damaged(other),
        }
    }

    /// Classifies an error of calamine's xlsx/xlsm reader.
    pub(crate) fn from_xlsx(error: calamine::XlsxError) -> LoadError {
        use calamine::XlsxError as E;
        match error {
            E::Io(e) => LoadError::from_io(e),
            E::Zip(e) => LoadError::from_zip(e),
            E::Password => LoadError::Encrypted,
            E::Xml(quick_xml::Error::Io(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                LoadError::Truncated
            }
            other => LoadError::damaged(other),
        }
    }

    /// Classifies an error of calamine's xlsb reader.
    pub(crate) fn from_xlsb(error: calamine::XlsbError) -> LoadError {
        use calamine::XlsbError as E;
        match error {
            E::Io(e) => LoadError::from_io(e),
            E::Zip(e) => LoadError::from_zip(e),
            other => LoadError::damaged(other),
        }
    }

    /// Classifies an error of calamine's xls reader.
    pub(crate) fn from_xls(error: calamine::XlsError) -> LoadError {
        use calamine::XlsError as E;
        // (Code pages, BIFF versions and FilePass are classified before calamine opens the
        // file, by `xls::prescan`; calamine's compound-file error type is not public.)
        match error {
            E::Io(e) => LoadError::from_io(e),
            E::Password => LoadError::Encrypted,
            other => LoadError::damaged(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_one_line_in_every_language() {
        let all = [
            LoadError::UnknownExtension,
            LoadError::LockFile {
                workbook: "plan.xlsx".into(),
            },
            LoadError::Io { detail: "x".into() },
            LoadError::Empty,
            LoadError::FileTooLarge {
                bytes: 600 << 20,
                limit: 512 << 20,
            },
            LoadError::NotAZip { ext: "xlsx".into() },
            LoadError::NotAnXls,
            LoadError::Encrypted,
            LoadError::OlderThanExcel97,
            LoadError::XlsUnderZipName { ext: "xlsx".into() },
            LoadError::Truncated,
            LoadError::damaged("bad\nsecond line"),
            LoadError::ZipBomb {
                part: "xl/a.xml".into(),
                bytes: 1 << 30,
                limit: 256 << 20,
            },
            LoadError::TooMuchData {
                bytes: 3 << 30,
                limit: 1 << 30,
            },
            LoadError::OverlappingParts {
                first: "a".into(),
                second: "b".into(),
            },
            LoadError::SharedPart {
                part: "p".into(),
                count: 3,
            },
            LoadError::TooManyParts { count: 30_000 },
            LoadError::TooManyCells {
                sheet: "Staff".into(),
                limit: 5_000_000,
            },
            LoadError::GridTooLarge {
                sheet: "Staff".into(),
                rows: 65_536,
                cols: 256,
            },
            LoadError::TextsTooLarge {
                sheet: "Staff".into(),
            },
            LoadError::UnknownCodePage { code_page: 0xD7CC },
            LoadError::Internal {
                detail: "index out of bounds".into(),
            },
        ];
        for e in &all {
            let (en, de, fr) = (
                e.message(Lang::En),
                e.message(Lang::De),
                e.message(Lang::Fr),
            );
            for text in [&en, &de, &fr] {
                assert!(!text.contains('\n'), "{text}");
            }
            assert!(en != de && en != fr && de != fr, "{en} / {de} / {fr}");
            assert_eq!(e.to_string(), en);
        }
        assert_eq!(
            LoadError::TooManyCells {
                sheet: "S".into(),
                limit: 5_000_000
            }
            .message(Lang::Fr),
            "trop volumineux\u{a0}: la feuille «\u{a0}S\u{a0}» porte le classeur au-delà de \
             5\u{a0}000\u{a0}000 cellules remplies\u{a0}; supprimez ce dont le plan n’a pas besoin \
             et enregistrez de nouveau"
        );
        assert_eq!(
            LoadError::TooManyCells {
                sheet: "S".into(),
                limit: 5_000_000
            }
            .message(Lang::De),
            "zu groß: Blatt 'S' bringt die Arbeitsmappe über 5.000.000 gefüllte Zellen; \
             entfernen Sie, was der Plan nicht braucht, und speichern Sie erneut"
        );
    }
}

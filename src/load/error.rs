//! Why a workbook could not be read: one variant per reason, each one plain sentence in English
//! and German naming what to do, classified from the readers' typed errors (never their text).

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
        let de = lang == Lang::De;
        let exts = crate::contract::extension_list();
        match self {
            UnknownExtension if de => format!(
                "keine Arbeitsmappe: teamlint liest Dateien im Format {exts}; speichern Sie die \
                 Datei in einem dieser Formate"
            ),
            UnknownExtension => format!(
                "not a workbook: teamlint reads {exts} files; save it in one of these formats"
            ),
            Io { detail: e } if de => format!(
                "die Datei lässt sich nicht lesen: prüfen Sie, ob sie vorhanden ist und Sie sie \
                 öffnen dürfen — {e}"
            ),
            Io { detail: e } => format!(
                "the file cannot be read: check that it exists and that you may open it — {e}"
            ),
            Empty if de => "die Datei ist leer (0 Byte): speichern Sie die Arbeitsmappe erneut \
                            und starten Sie die Prüfung noch einmal"
                .into(),
            Empty => "the file is empty (0 bytes): save the workbook again and run again".into(),
            FileTooLarge { bytes, limit } if de => format!(
                "die Datei ist {} MB groß, teamlint liest höchstens {} MB: entfernen Sie, was der \
                 Plan nicht braucht, und speichern Sie sie als .xlsx",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            FileTooLarge { bytes, limit } => format!(
                "the file is {} MB, more than the {} MB teamlint reads: remove what the plan does \
                 not need and save it as .xlsx",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            NotAZip { ext } if de => format!(
                "keine Arbeitsmappe: eine .{ext}-Datei ist ein ZIP-Archiv, diese Datei nicht; \
                 öffnen Sie sie in Excel und speichern Sie sie als .xlsx"
            ),
            NotAZip { ext } => format!(
                "not a workbook: a .{ext} file is a zip archive and this file is not one; open it \
                 in Excel and save it as .xlsx"
            ),
            NotAnXls if de => "keine Arbeitsmappe: diese .xls-Datei ist keine Excel-97–2003-\
                               Arbeitsmappe; öffnen Sie sie in Excel und speichern Sie sie als \
                               .xlsx"
                .into(),
            NotAnXls => "not a workbook: this .xls file is no Excel 97–2003 workbook; open it in \
                         Excel and save it as .xlsx"
                .into(),
            Encrypted if de => "kennwortgeschützt: öffnen Sie die Datei in Excel, entfernen Sie \
                                das Kennwort zum Öffnen, speichern Sie und starten Sie die \
                                Prüfung erneut"
                .into(),
            Encrypted => "password-protected: open it in Excel, remove the password to open, \
                          save, and run again"
                .into(),
            OlderThanExcel97 if de => "in einem Format vor Excel 97 gespeichert: öffnen Sie die \
                                       Datei und speichern Sie sie als .xlsx"
                .into(),
            OlderThanExcel97 => {
                "saved in a format older than Excel 97: open it and save it as .xlsx".into()
            }
            XlsUnderZipName { ext } if de => format!(
                "eine alte .xls-Datei unter dem Namen .{ext}: öffnen Sie sie in Excel und \
                 speichern Sie sie als .xlsx"
            ),
            XlsUnderZipName { ext } => format!(
                "an old .xls file saved under the name .{ext}: open it in Excel and save it as \
                 .xlsx"
            ),
            Truncated if de => "beschädigt oder unvollständig: die Datei endet vorzeitig (ein \
                                abgebrochener Download oder eine abgebrochene Kopie?); kopieren \
                                Sie sie erneut von ihrer Quelle"
                .into(),
            Truncated => "damaged or truncated: the file ends early (an interrupted download or \
                          copy?); copy it again from its source"
                .into(),
            Damaged { cause } if de => format!(
                "beschädigt: die Datei lässt sich nicht als Arbeitsmappe lesen; öffnen Sie sie in \
                 Excel (das sie ggf. repariert) und speichern Sie sie erneut — {cause}"
            ),
            Damaged { cause } => format!(
                "damaged: the file cannot be read as a workbook; open it in Excel (which may \
                 repair it) and save it again — {cause}"
            ),
            ZipBomb { part, bytes, limit } if de => format!(
                "als ZIP-Bombe abgewiesen: der Teil '{part}' entpackt sich auf {} MB, mehr als \
                 die {} MB, die ein Teil einer Arbeitsmappe haben darf",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            ZipBomb { part, bytes, limit } => format!(
                "refused as a zip bomb: the part '{part}' unpacks to {} MB, more than the {} MB \
                 one part of a workbook may have",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            TooMuchData { bytes, limit } if de => format!(
                "abgewiesen, zu viel Arbeit: die Teile der Datei entpacken sich auf {} MB \
                 (höchstens {} MB für eine Datei dieser Größe); die übrigen Arbeitsmappen werden \
                 geprüft",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            TooMuchData { bytes, limit } => format!(
                "refused, too much work: the file's parts unpack to {} MB (at most {} MB \
                 for a file of this size); the rest of the batch is checked",
                bytes / 1_048_576,
                limit / 1_048_576
            ),
            OverlappingParts { first, second } if de => format!(
                "abgewiesen: die Teile '{first}' und '{second}' teilen sich dieselben Daten im \
                 Archiv, was kein Tabellenprogramm schreibt; speichern Sie die Arbeitsmappe in \
                 Excel neu"
            ),
            OverlappingParts { first, second } => format!(
                "refused: the parts '{first}' and '{second}' share the same data in the archive, \
                 which no spreadsheet program writes; save the workbook again in Excel"
            ),
            SharedPart { part, count } if de => format!(
                "abgewiesen: {count} Blätter oder Teile der Arbeitsmappe verweisen auf denselben \
                 Teil '{part}', was kein Tabellenprogramm schreibt; speichern Sie die \
                 Arbeitsmappe in Excel neu"
            ),
            SharedPart { part, count } => format!(
                "refused: {count} sheets or parts of the workbook point at the same part \
                 '{part}', which no spreadsheet program writes; save the workbook again in Excel"
            ),
            TooManyParts { count } if de => format!(
                "abgewiesen: das Archiv enthält {count} Teile, mehr als eine Arbeitsmappe hat"
            ),
            TooManyParts { count } => {
                format!("refused: the archive holds {count} parts, more than a workbook has")
            }
            TooManyCells { sheet, limit } if de => format!(
                "zu groß: Blatt '{sheet}' bringt die Arbeitsmappe über {} gefüllte Zellen; \
                 entfernen Sie, was der Plan nicht braucht, und speichern Sie erneut",
                thousands(*limit as u64, '.')
            ),
            TooManyCells { sheet, limit } => format!(
                "too large: sheet '{sheet}' brings the workbook above {} non-empty cells; remove \
                 what the plan does not need and save it again",
                thousands(*limit as u64, ',')
            ),
            GridTooLarge { sheet, rows, cols } if de => format!(
                "zu groß für .xls: Blatt '{sheet}' reicht über {} Zeilen × {} Spalten; löschen \
                 Sie die leeren Zeilen und Spalten nach den Daten oder speichern Sie die Datei \
                 als .xlsx",
                thousands(*rows, '.'),
                thousands(*cols, '.')
            ),
            GridTooLarge { sheet, rows, cols } => format!(
                "too large for .xls: sheet '{sheet}' spans {} rows × {} columns; delete the empty \
                 rows and columns after the data, or save the file as .xlsx",
                thousands(*rows, ','),
                thousands(*cols, ',')
            ),
            TextsTooLarge { sheet } if de => format!(
                "zu groß: die Texte von Blatt '{sheet}' brauchen mehr Speicher, als teamlint für \
                 eine Arbeitsmappe zulässt; entfernen Sie, was der Plan nicht braucht, und \
                 speichern Sie erneut"
            ),
            TextsTooLarge { sheet } => format!(
                "too large: the texts of sheet '{sheet}' take more memory than teamlint allows \
                 for one workbook; remove what the plan does not need and save it again"
            ),
            UnknownCodePage { code_page } if de => format!(
                "in einem Zeichensatz gespeichert, den teamlint nicht lesen kann (Codepage \
                 {code_page}): öffnen Sie die Datei in Excel und speichern Sie sie als .xlsx"
            ),
            UnknownCodePage { code_page } => format!(
                "saved in a character set teamlint cannot read (code page {code_page}): open it \
                 in Excel and save it as .xlsx"
            ),
            Internal { detail } if de => format!(
                "teamlint konnte diese Datei nicht lesen (interner Fehler im Leseteil); bitte \
                 senden Sie sie an die Entwickler — {detail}"
            ),
            Internal { detail } => format!(
                "teamlint could not read this file (internal error in the reader); please send \
                 it to the maintainers — {detail}"
            ),
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

/// `n` with a thousands separator, e.g. `5,000,000` (English) or `5.000.000` (German).
fn thousands(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_is_one_line_in_both_languages() {
        let all = [
            LoadError::UnknownExtension,
            LoadError::io(std::io::Error::other("x")),
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
            let (en, de) = (e.message(Lang::En), e.message(Lang::De));
            assert!(!en.contains('\n') && !de.contains('\n'), "{en} / {de}");
            assert_ne!(en, de);
            assert_eq!(e.to_string(), en);
        }
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

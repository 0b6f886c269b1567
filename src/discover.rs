//! Finds the workbooks to check under the paths given: folders recursively, skipping Office lock
//! files, hidden files, teamlint's own outputs and the output folder itself.

use crate::problem::{Problem, Skipped};
use std::path::{Path, PathBuf};

pub use crate::contract::{EXTENSIONS, extension_list};

/// One workbook to check and the input argument it was found under.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Input {
    /// The workbook's file.
    pub path: PathBuf,
    /// The input argument (file or folder) it was found under; its name is relative to it.
    pub root: PathBuf,
}

impl Input {
    /// Path relative to its input argument, `/`-separated.
    pub fn display(&self) -> String {
        crate::paths::display_path(&self.path, &self.root)
    }
}

/// Whether a file name is one of teamlint's own outputs that a search would otherwise read as a
/// workbook: an annotated copy (`NAME.checked.xlsx`, `NAME.checked.xlsm` of a macro workbook)
/// or `group-report.xlsx`. (Its other outputs have no workbook extension.)
pub(crate) fn is_own_output(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.ends_with(".checked.xlsx")
        || lower.ends_with(".checked.xlsm")
        || lower == "group-report.xlsx"
}

/// Whether a file name is a workbook to read (not a lock file, hidden file or own output).
pub fn is_candidate(name: &str) -> bool {
    if name.starts_with("~$") || name.starts_with('.') || is_own_output(name) {
        return false;
    }
    let lower = name.to_lowercase();
    EXTENSIONS
        .iter()
        .any(|ext| lower.ends_with(&format!(".{ext}")))
}

/// The files under `paths` (folders searched as `discover` does) that are not read, and why:
/// at most `limit`, for the sentence of a run that found no workbook.
pub fn skipped(paths: &[PathBuf], out_dir: &Path, limit: usize) -> Vec<(String, Skipped)> {
    let mut found = Vec::new();
    for root in paths {
        let files: Box<dyn Iterator<Item = PathBuf>> = if root.is_dir() {
            Box::new(
                searched(root, out_dir)
                    .flatten()
                    .filter(|e| e.file_type().is_file())
                    .map(|e| e.into_path()),
            )
        } else if root.is_file() {
            Box::new(std::iter::once(root.clone()))
        } else {
            Box::new(std::iter::empty())
        };
        for file in files {
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let lower = name.to_lowercase();
            let why = if let Some(workbook) = name.strip_prefix("~$") {
                Skipped::Lock {
                    workbook: workbook.to_string(),
                }
            } else if lower.ends_with(".csv") {
                Skipped::Csv
            } else if name.starts_with('.') || is_own_output(&name) {
                continue;
            } else {
                Skipped::Other
            };
            let shown = crate::paths::display_path(&file, root);
            found.push((crate::visible::name(&shown).into_owned(), why));
            if found.len() == limit {
                return found;
            }
        }
    }
    found
}

/// Every workbook under `paths`, sorted, each once. A path given explicitly as a file is taken
/// when its extension is known. Paths that do not exist are returned as errors.
pub fn discover(paths: &[PathBuf], out_dir: &Path) -> (Vec<Input>, Vec<(PathBuf, Problem)>) {
    let mut found = Found::default();
    for root in paths {
        found.take(root, root, root, out_dir);
    }
    found.sorted()
}

/// Workbooks and refused paths, as they are found.
#[derive(Default)]
struct Found {
    inputs: Vec<Input>,
    errors: Vec<(PathBuf, Problem)>,
}

impl Found {
    /// One path given to the run: a file with a known extension is a workbook named relative
    /// to `root`; a folder is searched, its workbooks named relative to `root`; anything else
    /// is refused under `name` (unknown extension, no such file or folder).
    fn take(&mut self, path: &Path, root: &Path, name: &Path, out_dir: &Path) {
        if path.is_file() {
            let file = path
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            if EXTENSIONS.iter().any(|e| file.ends_with(&format!(".{e}"))) {
                self.inputs.push(Input {
                    path: path.to_path_buf(),
                    root: root.to_path_buf(),
                });
            } else {
                let reason = crate::load::LoadError::UnknownExtension.into();
                self.errors.push((name.to_path_buf(), reason));
            }
        } else if path.is_dir() {
            let (found, failed) = walk(path, root, out_dir);
            self.inputs.extend(found);
            self.errors.extend(failed);
        } else {
            self.errors.push((name.to_path_buf(), Problem::NotFound));
        }
    }

    /// The workbooks sorted, each once, and the refused paths.
    fn sorted(mut self) -> (Vec<Input>, Vec<(PathBuf, Problem)>) {
        self.inputs.sort();
        self.inputs.dedup_by(|a, b| a.path == b.path);
        (self.inputs, self.errors)
    }
}

/// Every entry under the folder `start` a search looks at, sorted by name: hidden entries and
/// the output folder (however it is spelled) are left out with all they hold.
fn searched(
    start: &Path,
    out_dir: &Path,
) -> impl Iterator<Item = walkdir::Result<walkdir::DirEntry>> {
    let out_abs = std::fs::canonicalize(out_dir).ok();
    walkdir::WalkDir::new(start)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(move |e| {
            let hidden = e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
            let is_out = e.file_type().is_dir()
                && out_abs.is_some()
                && std::fs::canonicalize(e.path()).ok() == out_abs;
            !hidden && !is_out
        })
}

/// The workbooks under the folder `start` (recursively, skipping hidden entries and the output
/// folder), named relative to `root`.
fn walk(start: &Path, root: &Path, out_dir: &Path) -> (Vec<Input>, Vec<(PathBuf, Problem)>) {
    let mut inputs = Vec::new();
    let mut errors = Vec::new();
    for entry in searched(start, out_dir) {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if is_candidate(&e.file_name().to_string_lossy()) {
                    inputs.push(Input {
                        path: e.path().to_path_buf(),
                        root: root.to_path_buf(),
                    });
                }
            }
            Ok(_) => {}
            Err(err) => {
                let p = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| start.to_path_buf());
                let detail = err.to_string();
                errors.push((p, Problem::FolderUnreadable { detail }));
            }
        }
    }
    (inputs, errors)
}

/// The workbooks a list names (`--files-from`): each entry a file or folder relative to `base`
/// (the working folder) or absolute, named in findings as the list writes it (`de/berlin.xlsx`),
/// so that every machine given the same list names, and shards, the workbooks alike. A folder is
/// searched like a path argument; an entry that does not exist is returned as an error under
/// its name as listed.
pub fn listed(
    entries: &[String],
    base: &Path,
    out_dir: &Path,
) -> (Vec<Input>, Vec<(PathBuf, Problem)>) {
    let mut found = Found::default();
    for entry in entries {
        let entry = entry.trim_start_matches("./");
        let listed = Path::new(entry);
        // Named relative to the base, or (absolute) to the file system's root.
        let root = if listed.is_absolute() {
            listed
                .ancestors()
                .last()
                .map(Path::to_path_buf)
                .unwrap_or_default()
        } else {
            base.to_path_buf()
        };
        let path = root.join(listed.strip_prefix(&root).unwrap_or(listed));
        found.take(&path, &root, listed, out_dir);
    }
    found.sorted()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_lock_hidden_and_own_outputs() {
        assert!(is_candidate("Plan DE.xlsx"));
        assert!(is_candidate("plan.ODS"));
        assert!(!is_candidate("~$Plan DE.xlsx"));
        assert!(!is_candidate(".hidden.xlsx"));
        assert!(!is_candidate("Plan DE.checked.xlsx"));
        assert!(!is_candidate("Plan DE-2.checked.XLSM"));
        assert!(!is_candidate("group-report.xlsx"));
        assert!(!is_candidate("notes.txt"));
    }
}

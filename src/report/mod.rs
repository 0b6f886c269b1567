//! Everything teamlint writes: the annotated copy of each workbook, the group report,
//! machine-readable findings (JSON, CSV, Parquet) and the terminal summary.

pub mod annotated;
pub mod chart;
pub mod group;
pub mod html;
pub mod json;
pub mod junit;
pub mod patch;
pub mod table;
pub mod terminal;

use std::path::{Path, PathBuf};

/// Writes a file under a temporary name in the same folder and renames it into place, so an
/// interrupted run never leaves a half-written file under the final name.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&Path) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp: PathBuf = dir.join(format!(
        ".{file_name}.{}.{}{TMP_SUFFIX}",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    // The temporary name is made a new file of ours first: anything planted under it (a link
    // to a file elsewhere) is removed itself, never written through.
    if std::fs::symlink_metadata(&tmp).is_ok() {
        std::fs::remove_file(&tmp)?;
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)?;
    // Removed on error and on a panic alike (the guard drops while unwinding).
    let mut tmp = TempFile {
        path: tmp,
        renamed: false,
    };
    write(&tmp.path)?;
    crate::guard::inject_test_panic(crate::guard::Stage::Write, path);
    std::fs::rename(&tmp.path, path)?;
    tmp.renamed = true;
    Ok(())
}

/// The end of a temporary file's name: `.NAME.PID.N.tmp`.
const TMP_SUFFIX: &str = ".tmp";

/// A temporary file not written for this long is no live writer's (a writer appends as it goes).
pub const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(300);

/// The process that wrote a temporary file named as `write_atomically` names them
/// (`.NAME.PID.N.tmp`), or `None` for any other name.
fn temporary_writer(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(TMP_SUFFIX)?;
    let (rest, n) = rest.rsplit_once('.')?;
    let (file, pid) = rest.rsplit_once('.')?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    (!file.is_empty() && digits(n) && digits(pid)).then(|| pid.parse().ok())?
}

/// Removes from `folders` (each once, not their subfolders) the temporary files of teamlint's
/// naming that a killed run left: not this process's, and last written `ABANDONED_AFTER` before
/// `started` (a run writing into the same folder now keeps its own). Returns those removed.
pub fn remove_abandoned_temporaries(
    mut folders: Vec<PathBuf>,
    started: std::time::SystemTime,
) -> Vec<PathBuf> {
    folders.sort();
    folders.dedup();
    let before = started.checked_sub(ABANDONED_AFTER).unwrap_or(started);
    let mut removed = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(pid) = temporary_writer(&name) else {
                continue;
            };
            let old = entry
                .metadata()
                .ok()
                .filter(|m| m.is_file())
                .and_then(|m| m.modified().ok())
                .is_some_and(|t| t < before);
            if pid != std::process::id() && old && std::fs::remove_file(entry.path()).is_ok() {
                removed.push(entry.path());
            }
        }
    }
    removed.sort();
    removed
}

/// A temporary file that is removed when dropped, unless it was renamed into place.
struct TempFile {
    path: PathBuf,
    renamed: bool,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.renamed {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Prints every sheet landscape and one page wide, so a printout or PDF shows whole rows.
pub(crate) fn print_setup(book: &mut rust_xlsxwriter::Workbook) {
    for sheet in book.worksheets_mut() {
        sheet.set_landscape();
        sheet.set_print_fit_to_pages(1, 0);
    }
}

static TMP_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn a_link_planted_under_the_temporary_name_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere.txt");
        std::fs::write(&target, "keep").unwrap();
        let out = dir.path().join("out.txt");
        let next = super::TMP_COUNTER.load(std::sync::atomic::Ordering::Relaxed);
        // Links under the next few temporary names this process may use.
        for n in next..next + 64 {
            let name = format!(".out.txt.{}.{n}.tmp", std::process::id());
            std::os::unix::fs::symlink(&target, dir.path().join(name)).unwrap();
        }
        super::write_atomically(&out, |tmp| Ok(std::fs::write(tmp, "new")?)).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
    }
}

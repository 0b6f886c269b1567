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
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
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

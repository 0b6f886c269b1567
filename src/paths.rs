//! Where outputs go and how they are written: names of inputs and copies, atomic writes, the
//! temporary files a killed run leaves. Below the writers and the run, above nothing of theirs.

use std::path::{Path, PathBuf};

/// Relative path of an input as findings name it: relative to its input argument, `/`-separated.
pub(crate) fn display_path(path: &Path, root: &Path) -> String {
    if root.is_dir() {
        relative_name(path, root)
    } else {
        relative_name(
            Path::new(path.file_name().unwrap_or(path.as_os_str())),
            Path::new(""),
        )
    }
}

/// A path below `base` as a `/`-separated relative name (the whole path, `/`-separated, when it
/// is not below it): how parts, findings and downloads name a file.
pub(crate) fn relative_name(path: &Path, base: &Path) -> String {
    path.strip_prefix(base)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The annotated copy of the input named `name` (its path relative to its input argument):
/// `NAME.checked.xlsx` (`.xlsm` for a macro workbook) under `out_dir`, mirroring its folder;
/// `NAME-N.checked.xlsx` for the `n`-th input of that name (`n` from 1; see `copy_numbers`).
pub(crate) fn copy_path(name: &str, out_dir: &Path, n: u32) -> PathBuf {
    let macros = name.to_lowercase().ends_with(".xlsm");
    copy_path_as(name, out_dir, n, if macros { "xlsm" } else { "xlsx" })
}

fn copy_path_as(name: &str, out_dir: &Path, n: u32, extension: &str) -> PathBuf {
    let (folder, file) = name.rsplit_once('/').unwrap_or(("", name));
    // Only the name's plain folders: a listed `../x.xlsx` or `/abs/x.xlsx` stays inside --out.
    let folder: PathBuf = Path::new(folder)
        .components()
        .filter(|c| matches!(c, std::path::Component::Normal(_)))
        .collect();
    let stem = Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file = if n == 1 {
        format!("{stem}.checked.{extension}")
    } else {
        format!("{stem}-{n}.checked.{extension}")
    };
    out_dir.join(folder).join(file)
}

/// The first folder on the way from `out_dir` to `path` (below it) that is a symbolic link:
/// outputs are never written or removed through one, so a link placed in the output folder
/// cannot send a copy elsewhere.
pub(crate) fn linked_folder(out_dir: &Path, path: &Path) -> Option<PathBuf> {
    let below = path.strip_prefix(out_dir).ok()?.parent()?;
    let mut folder = out_dir.to_path_buf();
    for part in below.components() {
        folder.push(part);
        match std::fs::symlink_metadata(&folder) {
            Ok(meta) if meta.file_type().is_symlink() => return Some(folder),
            Ok(_) => {}
            // Not there yet: the folders below are made by teamlint.
            Err(_) => return None,
        }
    }
    None
}

/// The `n` of each input's copy (`copy_path`): 1, unless an earlier input (in input order)
/// took that name, case aside. An `.xlsm` also reserves the `.xlsx` name its copy takes if it
/// is rebuilt.
pub(crate) fn copy_numbers(names: &[String], out_dir: &Path) -> Vec<u32> {
    let mut taken = std::collections::HashSet::new();
    names
        .iter()
        .map(|name| {
            let macros = name.to_lowercase().ends_with(".xlsm");
            // (A hash of each name taken: the set stays small for a large run.)
            let lower = |n, ext| {
                let path = copy_path_as(name, out_dir, n, ext);
                crate::findings::stable_hash(&[&path.to_string_lossy().to_lowercase()])
            };
            let mut n = 1;
            loop {
                let (xlsx, xlsm) = (lower(n, "xlsx"), lower(n, "xlsm"));
                if !(taken.contains(&xlsx) || macros && taken.contains(&xlsm)) {
                    taken.insert(xlsx);
                    if macros {
                        taken.insert(xlsm);
                    }
                    return n;
                }
                n += 1;
            }
        })
        .collect()
}

/// The annotated copy of each input (`copy_path` with `copy_numbers`), in input order: what
/// `teamlint watch` writes for the workbooks it checks one by one.
pub(crate) fn output_paths(names: &[String], out_dir: &Path) -> Vec<PathBuf> {
    copy_numbers(names, out_dir)
        .into_iter()
        .zip(names)
        .map(|(n, name)| copy_path(name, out_dir, n))
        .collect()
}

/// Writes a file under a temporary name in the same folder and renames it into place, so an
/// interrupted run never leaves a half-written file under the final name.
pub(crate) fn write_atomically(
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
pub(crate) const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(300);

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
pub(crate) fn remove_abandoned_temporaries(
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

//! Helpers shared by the integration tests: the outside tools that read teamlint's outputs
//! independently (openpyxl, LibreOffice), installed on first use when they are missing.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// A Python interpreter that can import openpyxl, installing openpyxl with pip when missing;
/// `None` (and the reason printed) when it cannot be had.
pub fn python_with_openpyxl() -> Option<PathBuf> {
    static FOUND: OnceLock<Option<PathBuf>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let python = PathBuf::from("python3");
            let imports = || {
                Command::new(&python)
                    .args(["-c", "import openpyxl"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            };
            if imports() {
                return Some(python);
            }
            let _ = Command::new(&python)
                .args(["-m", "pip", "install", "--quiet", "openpyxl"])
                .stdout(Stdio::null())
                .status();
            if imports() {
                Some(python)
            } else {
                println!("skipped: python3 cannot import openpyxl and pip could not install it");
                None
            }
        })
        .clone()
}

/// LibreOffice's `soffice`, installing Debian's `libreoffice-calc-nogui` when missing (as root,
/// waiting for other installs); `None` (and the reason printed) when it cannot be had.
pub fn soffice() -> Option<PathBuf> {
    static FOUND: OnceLock<Option<PathBuf>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            if let Some(found) = on_path("soffice") {
                return Some(found);
            }
            let apt = |args: &[&str]| {
                Command::new("apt-get")
                    .args(["-o", "DPkg::Lock::Timeout=900", "-q", "-y"])
                    .args(args)
                    .env("DEBIAN_FRONTEND", "noninteractive")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            };
            let _ = apt(&["update"])
                && apt(&[
                    "install",
                    "--no-install-recommends",
                    "libreoffice-calc-nogui",
                ]);
            let found = on_path("soffice");
            if found.is_none() {
                println!(
                    "skipped: soffice is missing and libreoffice-calc-nogui could not be installed"
                );
            }
            found
        })
        .clone()
}

/// Converts `file` to PDF with LibreOffice into `out_dir` (a private profile under it) and returns
/// the PDF's bytes, or the reason it failed.
pub fn convert_to_pdf(soffice: &Path, file: &Path, out_dir: &Path) -> Result<Vec<u8>, String> {
    let profile = format!(
        "-env:UserInstallation=file://{}",
        out_dir.join("lo-profile").display()
    );
    let status = Command::new(soffice)
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(out_dir)
        .arg(file)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("soffice did not start: {e}"))?;
    if !status.success() {
        return Err(format!("soffice failed on {}", file.display()));
    }
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let pdf = out_dir.join(format!("{stem}.pdf"));
    let bytes = std::fs::read(&pdf).map_err(|_| format!("{} not rendered", pdf.display()))?;
    if bytes.starts_with(b"%PDF") {
        Ok(bytes)
    } else {
        Err(format!("{} is not a PDF", pdf.display()))
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

//! Helpers shared by the integration tests: the outside tools that read teamlint's outputs
//! independently (openpyxl, LibreOffice), installed on first use when they are missing.
#![allow(dead_code)]

pub mod bomb;
pub mod package;
pub mod peak;
pub mod variants;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// A bundled sample workbook (`samples/NAME`).
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("samples")
        .join(name)
}

/// The folder `parent/folder`, made, with a copy of each named sample in it.
pub fn folder_of_samples(parent: &Path, folder: &str, samples: &[&str]) -> PathBuf {
    let path = parent.join(folder);
    std::fs::create_dir_all(&path).unwrap();
    for name in samples {
        std::fs::copy(sample(name), path.join(name)).unwrap();
    }
    path
}

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
            apt_install(&["--no-install-recommends", "libreoffice-calc-nogui"]);
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
    convert_all(soffice, &[file.to_path_buf()], "pdf", out_dir)?;
    let stem = file.file_stem().unwrap_or_default().to_string_lossy();
    let pdf = out_dir.join(format!("{stem}.pdf"));
    let bytes = std::fs::read(&pdf).map_err(|_| format!("{} not rendered", pdf.display()))?;
    if bytes.starts_with(b"%PDF") {
        Ok(bytes)
    } else {
        Err(format!("{} is not a PDF", pdf.display()))
    }
}

/// Converts `files` to `format` (`xlsx`, `pdf`) with one LibreOffice process into `out_dir` (a
/// private profile under it); the reason when it failed or a file is missing afterwards.
pub fn convert_all(
    soffice: &Path,
    files: &[PathBuf],
    format: &str,
    out_dir: &Path,
) -> Result<(), String> {
    std::fs::create_dir_all(out_dir).map_err(|e| e.to_string())?;
    let profile = format!(
        "-env:UserInstallation=file://{}",
        out_dir.join("lo-profile").display()
    );
    let status = Command::new(soffice)
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            format,
            "--outdir",
        ])
        .arg(out_dir)
        .args(files)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("soffice did not start: {e}"))?;
    if !status.success() {
        return Err(format!("soffice failed ({status})"));
    }
    for f in files {
        let stem = f.file_stem().unwrap_or_default().to_string_lossy();
        let out = out_dir.join(format!("{stem}.{format}"));
        if !out.is_file() {
            return Err(format!("{} was not converted", f.display()));
        }
    }
    Ok(())
}

/// Installs Debian packages (`apt-get update`, then `install -y ARGS`), waiting up to 15 minutes
/// for another install's lock; whether it worked.
fn apt_install(args: &[&str]) -> bool {
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
    apt(&["update"]) && apt(&[&["install"], args].concat())
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// Every annotated copy (`*.checked.xlsx`, `*.checked.xlsm`) under `dir`, sorted.
pub fn copies_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            if p.is_dir() {
                stack.push(p);
            } else if name.ends_with(".checked.xlsx") || name.ends_with(".checked.xlsm") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Opens each file with openpyxl's `load_workbook` (keeping VBA for `.xlsm`) and converts it to
/// PDF with LibreOffice; panics naming the file and the error. Each tool is skipped, with the
/// reason printed, where it cannot be installed.
pub fn assert_open_in_openpyxl_and_libreoffice(files: &[PathBuf]) {
    assert!(!files.is_empty(), "no copies to open");
    if let Some(python) = python_with_openpyxl() {
        let script = "import sys, openpyxl\nfor f in sys.argv[1:]:\n    wb = openpyxl.load_workbook(f, keep_vba=f.endswith('.xlsm'))\n    assert wb.sheetnames, f\n    for ws in wb.worksheets:\n        ws.max_row\n";
        let out = Command::new(&python)
            .arg("-c")
            .arg(script)
            .args(files)
            .output()
            .expect("python runs");
        assert!(
            out.status.success(),
            "openpyxl cannot open a copy: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    if let Some(soffice) = soffice() {
        let pdf_dir = tempfile::tempdir().expect("a temporary folder");
        for f in files {
            if let Err(e) = convert_to_pdf(&soffice, f, pdf_dir.path()) {
                panic!("LibreOffice cannot open {}: {e}", f.display());
            }
        }
    }
}

/// Debian's Chromium and its WebDriver (`/usr/bin/chromium`, `/usr/bin/chromedriver`),
/// installing the packages `chromium` and `chromium-driver` when the driver is missing (as root,
/// waiting for other installs); never a browser or driver download of its own. `None` (and the
/// reason printed) when they cannot be had.
pub fn chromium() -> Option<(PathBuf, PathBuf)> {
    static FOUND: OnceLock<Option<(PathBuf, PathBuf)>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let browser = PathBuf::from("/usr/bin/chromium");
            let driver = PathBuf::from("/usr/bin/chromedriver");
            if !driver.is_file() || !browser.is_file() {
                apt_install(&["chromium", "chromium-driver"]);
            }
            if driver.is_file() && browser.is_file() {
                Some((browser, driver))
            } else {
                println!("skipped: chromium or chromedriver is missing and could not be installed");
                None
            }
        })
        .clone()
}

/// poppler's `pdftotext` (`/usr/bin/pdftotext`), installing `poppler-utils` when missing (as
/// root, waiting for other installs). `None` (and the reason printed) when it cannot be had.
pub fn pdftotext() -> Option<PathBuf> {
    let tool = PathBuf::from("/usr/bin/pdftotext");
    if !tool.is_file() {
        apt_install(&["poppler-utils"]);
    }
    if tool.is_file() {
        Some(tool)
    } else {
        println!("skipped: pdftotext is missing and could not be installed");
        None
    }
}

/// A port on 127.0.0.1 that was free a moment ago.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Adds a sheet named `name` to `wb` with these rows of text (empty strings leave the cell
/// empty): the test workbooks' sheets.
pub fn text_sheet<R: AsRef<[S]>, S: AsRef<str>>(
    wb: &mut rust_xlsxwriter::Workbook,
    name: &str,
    rows: &[R],
) {
    let ws = wb.add_worksheet();
    ws.set_name(name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.as_ref().iter().enumerate() {
            let text = text.as_ref();
            if !text.is_empty() {
                ws.write_string(r as u32, c as u16, text).unwrap();
            }
        }
    }
}

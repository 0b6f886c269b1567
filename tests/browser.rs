//! `teamlint serve` in a real browser: Debian's Chromium, headless, driven over WebDriver
//! (fantoccini). Two sample workbooks go in through the page's file input, the unit table and a
//! known finding come back with German labels, the zip of the copies is downloaded by the browser
//! and an annotated copy from it opens; the samples' `report.html` opens from disk with every
//! unit and finding. `UPDATE_PICTURES=1` also writes the README's screenshot. The samples'
//! `report.html` printed to PDF by Chromium keeps the units table whole (read back with
//! pdftotext).

use crate::common;

use fantoccini::{Client, ClientBuilder, Locator};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const PATIENCE: Duration = Duration::from_secs(120);

/// A child process that is killed when dropped.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts chromedriver on a free port and waits (bounded) until it answers.
fn start_driver(driver: &Path) -> (Running, u16) {
    let port = common::free_port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let running = Running(child);
    let end = Instant::now() + PATIENCE;
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < end, "chromedriver did not listen");
        std::thread::sleep(Duration::from_millis(100));
    }
    (running, port)
}

/// Starts `teamlint serve` on a free port and returns the address it prints (with the token).
fn start_serve() -> (Running, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(["serve", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("teamlint serve starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    // The rest of its output is read and dropped, so it never writes into a closed pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://127.0.0.1:"))
        .unwrap_or_else(|| panic!("no address in {first:?}"))
        .to_string();
    (Running(child), url)
}

async fn open_browser(browser: &Path, driver_port: u16, downloads: &Path) -> Client {
    let capabilities = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": browser,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,700", "--lang=de-DE", "--accept-lang=de-DE,de",
                "--no-first-run", "--disable-extensions"
            ],
            "prefs": {
                "intl.accept_languages": "de-DE,de",
                "download.default_directory": downloads,
                "download.prompt_for_download": false
            }
        }
    });
    let serde_json::Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .expect("a WebDriver session with Chromium")
}

/// Waits (bounded) for a complete file in the download folder.
fn wait_for_download(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let end = Instant::now() + PATIENCE;
    loop {
        let partial = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".crdownload"));
        if path.is_file() && !partial {
            return path;
        }
        assert!(Instant::now() < end, "{name} was not downloaded");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The README's screenshot of the page.
fn readme_picture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/img/serve-report.png")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_checks_two_workbooks_in_chromium_and_hands_out_the_copies() {
    let Some((browser, driver)) = common::chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the browser test: chromium could not be installed"
        );
        return;
    };
    let (_driver_process, driver_port) = start_driver(&driver);
    let (_serve, url) = start_serve();
    let downloads = tempfile::tempdir().unwrap();
    let client = open_browser(&browser, driver_port, downloads.path()).await;
    let result = drive(&client, &url, downloads.path()).await;
    let _ = client.close().await;
    result.unwrap();
}

async fn drive(client: &Client, url: &str, downloads: &Path) -> Result<(), String> {
    let fail = |e: fantoccini::error::CmdError| e.to_string();
    client.goto(url).await.map_err(fail)?;
    let heading = client
        .find(Locator::Css("h1"))
        .await
        .map_err(fail)?
        .text()
        .await
        .map_err(fail)?;
    assert_eq!(
        heading, "teamlint: Personalplanungen prüfen",
        "the upload page in German"
    );

    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let files = [samples.join("ch-zuerich.ods"), samples.join("at-wien.xlsx")];
    let paths = files
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    let input = client
        .find(Locator::Css("input[type=file]"))
        .await
        .map_err(fail)?;
    input.send_keys(&paths).await.map_err(fail)?;

    let table = wait_through_navigation(client, Locator::Css("table.units")).await?;
    let rows = table
        .find_all(Locator::Css("tbody tr"))
        .await
        .map_err(fail)?;
    assert_eq!(rows.len(), 2);
    let mut headers = Vec::new();
    for th in table.find_all(Locator::Css("th")).await.map_err(fail)? {
        headers.push(th.text().await.map_err(fail)?);
    }
    for label in ["Einheit", "Abdeckung", "Fehler", "Warnungen"] {
        assert!(
            headers.iter().any(|h| h == label),
            "{label} not in {headers:?}"
        );
    }
    let units_heading = client
        .find(Locator::Id("units"))
        .await
        .map_err(fail)?
        .text()
        .await
        .map_err(fail)?;
    assert_eq!(units_heading, "Einheiten, die kritischsten zuerst");

    // The known finding: SPOF001 on Facebook, Kanäle!A3 of the Swiss workbook.
    let mut found = false;
    for li in client
        .find_all(Locator::Css(r#"li[data-rule="SPOF001"]"#))
        .await
        .map_err(fail)?
    {
        let text = li.text().await.map_err(fail)?;
        if text.contains("Blatt Kanäle, Zelle A3") && text.contains("Gegenstand: Facebook") {
            assert!(text.contains("Was tun:"), "{text}");
            found = true;
        }
    }
    assert!(found, "SPOF001 on Facebook at Kanäle A3 is shown");

    if std::env::var_os("UPDATE_PICTURES").is_some() {
        let png = client.screenshot().await.map_err(fail)?;
        assert!(
            png.len() < 100_000,
            "the README's picture is {} bytes",
            png.len()
        );
        std::fs::write(readme_picture(), &png).unwrap();
    }
    let committed = std::fs::metadata(readme_picture()).expect("docs/img/serve-report.png");
    assert!(
        committed.len() < 100_000,
        "the README's picture stays under 100 KB"
    );
    let png = client.screenshot().await.map_err(fail)?;
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");

    // The browser downloads the zip of the copies; an annotated copy from it opens.
    client
        .find(Locator::Id("download-copies"))
        .await
        .map_err(fail)?
        .click()
        .await
        .map_err(fail)?;
    let zip_path = wait_for_download(downloads, "teamlint-copies.zip");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&zip_path).unwrap()).unwrap();
    assert_eq!(zip.len(), 2);
    let mut bytes = Vec::new();
    zip.by_name("ch-zuerich.checked.xlsx")
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    let copy = downloads.join("ch-zuerich.checked.xlsx");
    std::fs::write(&copy, bytes).unwrap();
    use calamine::Reader;
    let mut book = calamine::open_workbook_auto(&copy).expect("the copy opens");
    let channels = book.worksheet_range("Kanäle").expect("its Kanäle sheet");
    assert_eq!(
        channels.get_value((2, 0)).map(|v| v.to_string()).as_deref(),
        Some("Facebook"),
        "Kanäle!A3"
    );
    assert!(book.sheet_names().iter().any(|s| s == "Befunde"));

    // report.html of the samples opens from disk with every unit and finding.
    let out = downloads.join("samples-out");
    let options = teamlint::Options {
        out_dir: out.clone(),
        ..teamlint::Options::default()
    };
    let report = teamlint::check(&[samples], &options).unwrap();
    client
        .goto(&format!("file://{}", out.join("report.html").display()))
        .await
        .map_err(fail)?;
    let rows = client
        .find_all(Locator::Css("table.units tbody tr"))
        .await
        .map_err(fail)?;
    assert_eq!(rows.len(), report.units().count());
    // Every finding: the worst of each section in full, the rest counted by rule.
    let items = client
        .find_all(Locator::Css("li[data-rule]"))
        .await
        .map_err(fail)?;
    let mut counted = 0;
    for li in client
        .find_all(Locator::Css("li[data-rest-rule]"))
        .await
        .map_err(fail)?
    {
        let n = li
            .attr("data-count")
            .await
            .map_err(fail)?
            .unwrap_or_default();
        counted += n.replace([',', '.'], "").parse::<usize>().unwrap();
    }
    assert_eq!(items.len() + counted, report.findings().count());
    Ok(())
}

/// A word of a PDF as `pdftotext -tsv` reads it.
struct Word {
    page: u32,
    left: f64,
    top: f64,
    text: String,
}

/// The words of a PDF, in reading order.
fn pdf_words(pdftotext: &Path, pdf: &Path) -> Vec<Word> {
    let out = Command::new(pdftotext)
        .arg("-tsv")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (f.len() >= 12 && f[0] == "5").then(|| Word {
                page: f[1].parse().unwrap(),
                left: f[6].parse().unwrap(),
                top: f[7].parse().unwrap(),
                text: f[11].to_string(),
            })
        })
        .collect()
}

#[test]
fn report_html_prints_on_a4_landscape_with_the_units_table_whole() {
    let Some((browser, _)) = common::chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the browser test"
        );
        return;
    };
    let Some(pdftotext) = common::pdftotext() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must run the print test"
        );
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let options = teamlint::Options {
        out_dir: out.clone(),
        lang: teamlint::contract::Lang::De,
        ..teamlint::Options::default()
    };
    teamlint::check(
        &[Path::new(env!("CARGO_MANIFEST_DIR")).join("samples")],
        &options,
    )
    .unwrap();
    let page = std::fs::read_to_string(out.join("report.html")).unwrap();
    let html = scraper::Html::parse_document(&page);
    let sel = |css: &str| scraper::Selector::parse(css).unwrap();
    let headers: Vec<String> = html
        .select(&sel("table.units th"))
        .map(|h| h.text().collect())
        .collect();
    let last_values: Vec<String> = html
        .select(&sel("table.units tbody tr"))
        .map(|r| r.select(&sel("td")).last().unwrap().text().collect())
        .collect();
    assert!(headers.len() >= 15 && last_values.len() >= 5);

    // Chromium's own print to PDF, as a user's "Save as PDF" (the page's @page decides the size).
    let pdf = dir.path().join("report.pdf");
    let profile = dir.path().join("profile");
    let status = Command::new(&browser)
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", out.join("report.html").display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success() && pdf.is_file(), "chromium printed no PDF");
    let info = Command::new(pdftotext.with_file_name("pdfinfo"))
        .arg(&pdf)
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("a page size");
    let dims: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(
        (dims[0] - 841.9).abs() < 2.0 && (dims[1] - 595.3).abs() < 2.0,
        "A4 landscape: {size}"
    );

    let words = pdf_words(&pdftotext, &pdf);
    // The pages of the units table: those with its header line (Fehler, Warnungen, Hinweise
    // side by side; the thead repeats on each page).
    let last_header = headers.last().unwrap();
    let header_words: Vec<&Word> = words
        .iter()
        .filter(|w| &w.text == last_header)
        .filter(|h| {
            words
                .iter()
                .any(|w| w.page == h.page && (w.top - h.top).abs() < 2.0 && w.text == "Warnungen")
        })
        .collect();
    assert!(
        !header_words.is_empty(),
        "the units table's header is on no page"
    );
    // Every header on each of those pages: each word of it (Chromium breaks a wrapped header
    // at its blanks and hyphens) among the words of the header rows.
    let pieces = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    };
    for h in &header_words {
        let printed: Vec<String> = words
            .iter()
            .filter(|w| w.page == h.page && w.top > h.top - 60.0 && w.top < h.top + 1.0)
            .flat_map(|w| pieces(&w.text))
            .collect();
        for header in &headers {
            for piece in pieces(header) {
                assert!(
                    printed.contains(&piece),
                    "{header} ({piece}) is not on page {} of the PDF: {printed:?}",
                    h.page
                );
            }
        }
    }
    // The last column's values, top to bottom, page by page: nothing right of its header's left
    // edge is cut.
    let mut printed = Vec::new();
    for h in &header_words {
        let mut column: Vec<&Word> = words
            .iter()
            .filter(|w| w.page == h.page && w.top > h.top + 2.0 && w.left >= h.left - 3.0)
            .collect();
        column.sort_by(|a, b| a.top.total_cmp(&b.top));
        printed.extend(column.iter().map(|w| w.text.clone()));
    }
    assert_eq!(printed, last_values, "the last column as printed");
}

/// Waits (bounded) for an element while the page goes through the upload, the waiting page
/// (which reloads itself every second) and the result: a lookup that a reload cuts off
/// ("aborted by navigation") is tried again, as one that finds nothing yet is.
async fn wait_through_navigation(
    client: &Client,
    locator: Locator<'_>,
) -> Result<fantoccini::elements::Element, String> {
    let end = std::time::Instant::now() + PATIENCE;
    loop {
        match client.find(locator).await {
            Ok(element) => return Ok(element),
            Err(e) if std::time::Instant::now() < end => {
                let text = e.to_string();
                let passing = text.contains("aborted by navigation")
                    || text.contains("no such element")
                    || text.contains("stale element");
                if !passing {
                    return Err(text);
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => return Err(format!("not found within {PATIENCE:?}: {e}")),
        }
    }
}

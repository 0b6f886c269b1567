//! `teamlint serve` in a real browser: Debian's Chromium, headless, driven over WebDriver
//! (fantoccini). Two sample workbooks go in through the page's file input, the unit table and a
//! known finding come back with German labels, the zip of the copies is downloaded by the browser
//! and an annotated copy from it opens; the samples' `report.html` opens from disk with every
//! unit and finding. `UPDATE_PICTURES=1` also writes the README's screenshot.

mod common;

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

    let table = client
        .wait()
        .at_most(PATIENCE)
        .for_element(Locator::Css("table.units"))
        .await
        .map_err(fail)?;
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
    let items = client
        .find_all(Locator::Css("li[data-rule]"))
        .await
        .map_err(fail)?;
    assert_eq!(items.len(), report.findings().count());
    Ok(())
}

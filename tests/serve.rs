//! `teamlint serve` in process (no browser, no socket): the token, the Host check, every upload
//! limit, hostile uploads answered with one clear line and nothing left on disk, and an upload
//! checked, shown and downloaded, after which its files are gone.

use crate::common::bomb;

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use scraper::{Html, Selector};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use teamlint::serve::{self, App, Limits, ServeOptions};
use tower::ServiceExt;

const PORT: u16 = 8765;
const HOST: &str = "127.0.0.1:8765";

struct Page {
    app: Arc<App>,
    router: axum::Router,
    _parent: tempfile::TempDir,
}

fn page_with(limits: Limits, keep: Duration) -> Page {
    let parent = tempfile::tempdir().unwrap();
    let options = ServeOptions {
        limits,
        keep,
        temp_parent: Some(parent.path().to_path_buf()),
        ..ServeOptions::default()
    };
    let app = serve::app(&options, PORT).unwrap();
    Page {
        router: serve::router(app.clone()),
        app,
        _parent: parent,
    }
}

fn page() -> Page {
    page_with(Limits::default(), Duration::from_secs(3600))
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

impl Page {
    async fn send(&self, request: Request<Body>) -> Answer {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// A GET with the token as a bearer header, in a language.
    async fn get(&self, path: &str, lang: &str) -> Answer {
        let request = Request::get(path)
            .header(header::HOST, HOST)
            .header(header::AUTHORIZATION, format!("Bearer {}", self.app.token))
            .header(header::ACCEPT_LANGUAGE, lang)
            .body(Body::empty())
            .unwrap();
        self.send(request).await
    }

    /// Uploads files as the page's script does (asking for JSON).
    async fn upload(&self, files: &[(&str, Vec<u8>)], lang: &str) -> Answer {
        let (content_type, body) = multipart(files);
        let request = Request::post("/upload")
            .header(header::HOST, HOST)
            .header(header::AUTHORIZATION, format!("Bearer {}", self.app.token))
            .header(header::ACCEPT, "application/json")
            .header(header::ACCEPT_LANGUAGE, lang)
            .header(header::CONTENT_TYPE, content_type)
            .header(header::CONTENT_LENGTH, body.len())
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Every file left in the private temporary folder.
    fn files_left(&self) -> Vec<PathBuf> {
        walk(self.app.jobs.root())
    }

    /// Waits (bounded) until a job's check is over and returns its page.
    async fn wait_for(&self, job_url: &str, lang: &str) -> Answer {
        for _ in 0..1200 {
            let status = self.get(&format!("{job_url}/status"), lang).await;
            let state: serde_json::Value = serde_json::from_slice(&status.body).unwrap();
            if state["state"] != "queued" && state["state"] != "checking" {
                return self.get(job_url, lang).await;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the check of {job_url} did not end within two minutes");
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn multipart(files: &[(&str, Vec<u8>)]) -> (String, Vec<u8>) {
    let boundary = "teamlint-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, bytes) in files {
        body.extend(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"workbooks\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend(bytes);
        body.extend(b"\r\n");
    }
    body.extend(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("samples")
            .join(name),
    )
    .unwrap()
}

#[tokio::test]
async fn a_request_without_the_right_token_is_refused() {
    let page = page();
    let bare = |uri: &str| {
        Request::get(uri)
            .header(header::HOST, HOST)
            .body(Body::empty())
            .unwrap()
    };
    let none = page.send(bare("/")).await;
    assert_eq!(none.status, StatusCode::FORBIDDEN);
    assert!(none.text().contains("token"), "{}", none.text());
    let wrong = page.send(bare("/?token=0123456789abcdef0123")).await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let prefix = &page.app.token[..page.app.token.len() - 1];
    let almost = page.send(bare(&format!("/?token={prefix}"))).await;
    assert_eq!(almost.status, StatusCode::FORBIDDEN);

    // The right token in the address: the page, and a cookie for the next requests.
    let right = page
        .send(bare(&format!("/?token={}", page.app.token)))
        .await;
    assert_eq!(right.status, StatusCode::OK);
    let cookie = right.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let pair = cookie.split(';').next().unwrap().to_string();
    let with_cookie = page
        .send(
            Request::get("/")
                .header(header::HOST, HOST)
                .header(header::COOKIE, pair)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(with_cookie.status, StatusCode::OK);
    // An upload without the token is refused before its body is read.
    let (content_type, body) = multipart(&[("a.xlsx", sample("at-wien.xlsx"))]);
    let upload = page
        .send(
            Request::post("/upload")
                .header(header::HOST, HOST)
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
    assert_eq!(upload.status, StatusCode::FORBIDDEN);
    assert!(page.files_left().is_empty());
}

#[tokio::test]
async fn a_foreign_host_is_refused_even_with_the_token() {
    let page = page();
    for (host, status) in [
        ("evil.example", StatusCode::FORBIDDEN),
        ("evil.example:8765", StatusCode::FORBIDDEN),
        ("127.0.0.1.evil.example:8765", StatusCode::FORBIDDEN),
        ("localhost:8765", StatusCode::OK),
        ("127.0.0.1:8765", StatusCode::OK),
        ("[::1]:8765", StatusCode::OK),
    ] {
        let answer = page
            .send(
                Request::get(format!("/?token={}", page.app.token))
                    .header(header::HOST, host)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(answer.status, status, "{host}");
        if status == StatusCode::FORBIDDEN {
            assert!(answer.text().contains("address"), "{}", answer.text());
        }
    }
}

#[test]
fn another_address_than_loopback_needs_a_token() {
    let options = ServeOptions {
        bind: "0.0.0.0".parse().unwrap(),
        ..ServeOptions::default()
    };
    let refused = serve::app(&options, PORT).err().expect("refused");
    assert!(refused.to_string().contains("--token"), "{refused}");
    let short = ServeOptions {
        token: Some("short".into()),
        ..ServeOptions::default()
    };
    assert!(serve::app(&short, PORT).is_err());
    let given = ServeOptions {
        bind: "0.0.0.0".parse().unwrap(),
        token: Some("a-long-enough-token-1234".into()),
        ..ServeOptions::default()
    };
    assert_eq!(
        serve::app(&given, PORT).unwrap().token,
        "a-long-enough-token-1234"
    );
}

#[test]
fn the_command_refuses_another_address_without_a_token() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_teamlint"))
        .args(["serve", "--bind", "0.0.0.0", "--port", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--token"), "{stderr}");
    assert!(out.stdout.is_empty(), "no address printed");
}

#[tokio::test]
async fn a_file_over_the_limit_is_413_and_leaves_nothing() {
    let page = page();
    // 60 MB that starts like a workbook.
    let mut big = sample("at-wien.xlsx");
    big.resize(60 * 1024 * 1024, 0);
    let answer = page
        .upload(
            &[("small.xlsx", sample("at-wien.xlsx")), ("big.xlsx", big)],
            "en",
        )
        .await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        answer.text(),
        "big.xlsx is larger than 50 MB, the most one file may have: remove what the plan does not need and save it again."
    );
    assert!(page.files_left().is_empty(), "{:?}", page.files_left());
}

#[tokio::test]
async fn too_many_files_or_bytes_are_413() {
    let page = page_with(
        Limits {
            file_bytes: 1024 * 1024,
            files: 2,
            request_bytes: 200 * 1024,
        },
        Duration::from_secs(3600),
    );
    let small = sample("at-wien.xlsx");
    let three: Vec<(&str, Vec<u8>)> = ["a.xlsx", "b.xlsx", "c.xlsx"]
        .iter()
        .map(|n| (*n, small.clone()))
        .collect();
    let answer = page.upload(&three, "de").await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        answer.text().contains("mehr als 2 Dateien"),
        "{}",
        answer.text()
    );
    assert!(page.files_left().is_empty());

    // Declared over the request limit: refused before reading.
    let files = vec![("a.xlsx", vec![b'x'; 300 * 1024])];
    let answer = page.upload(&files, "en").await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        answer
            .text()
            .starts_with("The upload is larger than 0.2 MB"),
        "{}",
        answer.text()
    );

    // Sent without a declared length: cut at the limit.
    let (content_type, body) = multipart(&files);
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        body.chunks(16 * 1024).map(|c| Ok(c.to_vec())).collect();
    let answer = page
        .send(
            Request::post("/upload")
                .header(header::HOST, HOST)
                .header(header::AUTHORIZATION, format!("Bearer {}", page.app.token))
                .header(header::CONTENT_TYPE, content_type)
                .body(Body::from_stream(futures_stream(chunks)))
                .unwrap(),
        )
        .await;
    assert_eq!(
        answer.status,
        StatusCode::PAYLOAD_TOO_LARGE,
        "{}",
        answer.text()
    );
    assert!(
        answer.text().starts_with("The upload is larger than"),
        "{}",
        answer.text()
    );
    assert!(page.files_left().is_empty(), "{:?}", page.files_left());
}

/// A stream of chunks, as a browser sends a body without a declared length.
fn futures_stream(
    chunks: Vec<Result<Vec<u8>, std::io::Error>>,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send {
    futures_util::stream::iter(chunks)
}

#[tokio::test]
async fn hostile_uploads_get_one_clear_line_and_leave_nothing() {
    let page = page();
    let readme = b"# not a workbook\n".to_vec();
    let answer = page.upload(&[("notes.md", readme.clone())], "en").await;
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        answer.text(),
        "notes.md: not a workbook: teamlint reads .xlsx .xlsm .xlsb .xls .ods files; save it in one of these formats"
    );
    let answer = page.upload(&[("plan.xlsx", readme)], "en").await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        answer.text().starts_with("plan.xlsx: not a workbook"),
        "{}",
        answer.text()
    );

    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/at-wien.xlsx");
    let explosive = bomb::xlsx_with_bomb(
        &base,
        "xl/worksheets/sheet1.xml",
        &bomb::deflate_bomb(1024),
        1 << 30,
    );
    assert!(explosive.len() < 4 << 20);
    let answer = page
        .upload(
            &[
                ("good.xlsx", sample("fr-lyon.xlsx")),
                ("bomb.xlsx", explosive),
            ],
            "de",
        )
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY);
    let line = answer.text();
    assert!(
        line.starts_with("bomb.xlsx: als ZIP-Bombe abgewiesen"),
        "{line}"
    );
    assert!(!line.contains('\n'));
    assert!(page.files_left().is_empty(), "{:?}", page.files_left());

    let answer = page.upload(&[], "en").await;
    assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    assert!(answer.text().starts_with("No workbook in the upload"));
}

#[tokio::test]
async fn an_upload_is_checked_shown_downloaded_and_still_shown_until_it_expires() {
    let page = page();
    let answer = page
        .upload(
            &[
                ("ch-zuerich.ods", sample("ch-zuerich.ods")),
                ("at-wien.xlsx", sample("at-wien.xlsx")),
            ],
            "de-DE,de;q=0.9,en;q=0.5",
        )
        .await;
    assert_eq!(answer.status, StatusCode::ACCEPTED, "{}", answer.text());
    let job: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    let url = job["url"].as_str().unwrap().to_string();
    let shown = page.wait_for(&url, "de").await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.text());
    let csp = shown.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'none'") && !csp.contains("script-src"));

    let html = Html::parse_document(&shown.text());
    let sel = |css: &str| Selector::parse(css).unwrap();
    assert_eq!(html.select(&sel("table.units tbody tr")).count(), 2);
    let spof = html
        .select(&sel(r#"li[data-rule="SPOF001"]"#))
        .find(|li| li.text().collect::<String>().contains("Facebook"))
        .expect("SPOF001 on Facebook");
    let part = |css: &str| {
        spof.select(&sel(css))
            .next()
            .unwrap()
            .text()
            .collect::<String>()
    };
    assert_eq!(
        (part(".sheet"), part(".cell"), part(".subject")),
        ("Kanäle".into(), "A3".into(), "Facebook".into())
    );
    let headers: Vec<String> = html
        .select(&sel("table.units th"))
        .map(|h| h.text().collect())
        .collect();
    assert!(headers.contains(&"Einheit".to_string()), "{headers:?}");
    // The inputs are gone once checked.
    assert!(
        page.files_left()
            .iter()
            .all(|f| !f.components().any(|c| c.as_os_str() == "in")),
        "{:?}",
        page.files_left()
    );

    // The zip of the copies: both, each a workbook teamlint reads back.
    let href = |id: &str| {
        html.select(&sel(id))
            .next()
            .and_then(|a| a.value().attr("href"))
            .unwrap_or_else(|| panic!("no {id} link"))
            .to_string()
    };
    let zip_href = href("#download-copies");
    let zip = page.get(&zip_href, "de").await;
    assert_eq!(zip.status, StatusCode::OK);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.body)).unwrap();
    let mut names: Vec<String> = archive
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["at-wien.checked.xlsx", "ch-zuerich.checked.xlsx"]);
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("ch-zuerich.checked.xlsx");
    let mut bytes = Vec::new();
    archive
        .by_name("ch-zuerich.checked.xlsx")
        .unwrap()
        .read_to_end(&mut bytes)
        .unwrap();
    std::fs::write(&copy, bytes).unwrap();
    let sheets = teamlint::load::read_sheets(&copy).unwrap();
    assert!(
        sheets.iter().any(|s| s.name == "Befunde"),
        "the copy has its Findings sheet"
    );

    // The totals name the finding across workbooks (two countries, no group coordinator) and
    // link to it.
    let across = html.select(&sel("#across-link")).next().expect("a link");
    assert_eq!(across.value().attr("href"), Some("#group"));
    assert!(
        across
            .text()
            .collect::<String>()
            .contains("arbeitsmappenübergreifend")
    );
    assert!(html.select(&sel("section#group li[data-rule]")).count() > 0);
    // The page says how long it stays.
    let kept: String = html.select(&sel("#kept")).next().unwrap().text().collect();
    assert!(kept.contains("60 Minuten nach der Prüfung"), "{kept}");

    // The group report names the copies by their own names, not the server's folders.
    let report_href = href("#download-group-report");
    let group = page.get(&report_href, "de").await;
    assert_eq!(group.status, StatusCode::OK);
    assert!(group.body.starts_with(b"PK"));
    let group_path = dir.path().join("group-report.xlsx");
    std::fs::write(&group_path, &group.body).unwrap();
    {
        use calamine::Reader;
        let mut book = calamine::open_workbook_auto(&group_path).unwrap();
        let inputs = book.worksheet_range("Eingaben").unwrap();
        let copies: Vec<String> = inputs.rows().skip(1).map(|r| r[7].to_string()).collect();
        assert_eq!(copies, ["at-wien.checked.xlsx", "ch-zuerich.checked.xlsx"]);
    }

    // After both downloads the page is still there, and downloads as report.html.
    let again = page.get(&url, "de").await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.text().contains("Hansa Outdoor Schweiz AG"));
    let page_href = href("#download-page");
    let saved = page.get(&page_href, "de").await;
    assert_eq!(saved.status, StatusCode::OK);
    assert!(
        saved.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("report.html")
    );
    assert!(saved.text().contains("<table class=\"units\">"));
    assert!(!page.files_left().is_empty());
}

#[tokio::test]
async fn results_nobody_downloads_are_deleted_after_the_keep_time() {
    let page = page_with(Limits::default(), Duration::ZERO);
    let answer = page
        .upload(&[("fr-lyon.xlsx", sample("fr-lyon.xlsx"))], "en")
        .await;
    let job: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    let url = job["url"].as_str().unwrap().to_string();
    assert_eq!(page.wait_for(&url, "en").await.status, StatusCode::OK);
    assert!(!page.files_left().is_empty());
    page.app.jobs.sweep(std::time::Instant::now());
    assert!(page.files_left().is_empty(), "{:?}", page.files_left());
    assert_eq!(page.get(&url, "en").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn uploads_wait_their_turn_and_each_gets_its_own_report() {
    let page = page();
    let mut urls = Vec::new();
    for name in ["at-wien.xlsx", "fr-lyon.xlsx", "us-denver.xlsx"] {
        let answer = page.upload(&[(name, sample(name))], "en").await;
        assert_eq!(answer.status, StatusCode::ACCEPTED);
        let job: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
        urls.push((name, job["url"].as_str().unwrap().to_string()));
    }
    for (name, url) in urls {
        let shown = page.wait_for(&url, "en").await;
        let text = shown.text();
        assert!(text.contains(name), "{name} not in its report");
        assert_eq!(
            Html::parse_document(&text)
                .select(&Selector::parse("table.units tbody tr").unwrap())
                .count(),
            1
        );
    }
}

/// An upload as a browser sends it from a page: with the token cookie and the given `Origin`
/// and `Sec-Fetch-Site` headers.
async fn upload_from(page: &Page, origin: Option<&str>, site: Option<&str>, lang: &str) -> Answer {
    let (content_type, body) = multipart(&[("at-wien.xlsx", sample("at-wien.xlsx"))]);
    let mut request = Request::post("/upload")
        .header(header::HOST, HOST)
        .header(
            header::COOKIE,
            format!("{}={}", serve::access::cookie_name(PORT), page.app.token),
        )
        .header(header::ACCEPT, "application/json")
        .header(header::ACCEPT_LANGUAGE, lang)
        .header(header::CONTENT_TYPE, content_type)
        .header(header::CONTENT_LENGTH, body.len());
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    if let Some(site) = site {
        request = request.header("sec-fetch-site", site);
    }
    page.send(request.body(Body::from(body)).unwrap()).await
}

#[tokio::test]
async fn an_upload_from_another_origin_is_refused_even_with_the_cookie() {
    let page = page();
    // A page on another port of this machine is the same site, so the cookie goes along.
    for (origin, site, lang, sentence) in [
        (
            Some("http://127.0.0.1:9999"),
            Some("same-site"),
            "en",
            "only from teamlint's own page",
        ),
        (
            Some("http://127.0.0.1:9999"),
            None,
            "de",
            "nur von der eigenen Seite von teamlint",
        ),
        (
            None,
            Some("cross-site"),
            "en",
            "only from teamlint's own page",
        ),
        (Some("null"), None, "en", "only from teamlint's own page"),
    ] {
        let answer = upload_from(&page, origin, site, lang).await;
        assert_eq!(answer.status, StatusCode::FORBIDDEN, "{origin:?} {site:?}");
        assert!(answer.text().contains(sentence), "{}", answer.text());
        assert!(page.files_left().is_empty(), "{:?}", page.files_left());
    }
    // The page's own script, and a script without a browser, are taken.
    let own = upload_from(
        &page,
        Some("http://127.0.0.1:8765"),
        Some("same-origin"),
        "en",
    )
    .await;
    assert_eq!(own.status, StatusCode::ACCEPTED, "{}", own.text());
    let script = upload_from(&page, None, None, "en").await;
    assert_eq!(script.status, StatusCode::ACCEPTED, "{}", script.text());
    for answer in [own, script] {
        let job: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
        page.wait_for(job["url"].as_str().unwrap(), "en").await;
    }
}

#[tokio::test]
async fn a_right_to_left_override_in_a_name_reaches_neither_page_nor_download() {
    let page = page();
    // The override would show the name backwards from there on; it must not reach the reader.
    let name = "report\u{202E}xslx.xlsx";
    let answer = page.upload(&[(name, sample("at-wien.xlsx"))], "en").await;
    assert_eq!(answer.status, StatusCode::ACCEPTED, "{}", answer.text());
    let job: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
    let url = job["url"].as_str().unwrap().to_string();
    let shown = page.wait_for(&url, "en").await;
    assert_eq!(shown.status, StatusCode::OK, "{}", shown.text());
    let text = shown.text();
    assert!(!text.contains('\u{202E}'), "the override reached the page");
    assert!(text.contains("reportxslx.xlsx"), "{text}");
    let html = Html::parse_document(&text);
    let link = html
        .select(&Selector::parse("a[href*='checked.xlsx']").unwrap())
        .next()
        .expect("a link to the copy")
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    let download = page.get(&link, "en").await;
    assert_eq!(download.status, StatusCode::OK, "{link}");
    let disposition = download.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        !disposition.to_uppercase().contains("%E2%80%AE"),
        "{disposition}"
    );
    assert!(
        disposition.contains("reportxslx.checked.xlsx"),
        "{disposition}"
    );
}

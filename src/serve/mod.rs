//! `teamlint serve`: a page on this machine to drop workbooks on, read the report and download
//! the annotated copies; 127.0.0.1 and a random token by default, nothing leaves the machine.
//!
//! The parts: [`access`] (token, Host and origin check), [`upload`] (limits, screening, staging),
//! [`jobs`] (the queue: one check at a time, results deleted after download or an hour),
//! [`pages`] (the upload page, the progress page and the report view of `report.html`).

pub mod access;
pub mod jobs;
pub mod pages;
pub mod upload;

use crate::contract::Lang;
use crate::{Options, i18n};
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Upload limits; beyond any of them the upload is refused with 413 and nothing is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes one file may have (default 50 MB).
    pub file_bytes: u64,
    /// Files one upload may hold (default 200).
    pub files: usize,
    /// Bytes one request may have (default 500 MB).
    pub request_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            file_bytes: 50 * MB,
            files: 200,
            request_bytes: 500 * MB,
        }
    }
}

/// A megabyte as the limits count it (1,048,576 bytes).
pub const MB: u64 = 1024 * 1024;

/// How `teamlint serve` runs.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// The address to listen on (default 127.0.0.1).
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// The token every request must carry; `None`: a random one. Required when `bind` is not
    /// a loopback address.
    pub token: Option<String>,
    /// Host names besides localhost and the bound address that requests may name (`--allow-host`).
    pub allowed_hosts: Vec<String>,
    /// The language of every page; `None`: the browser's (Accept-Language), else English.
    pub lang: Option<Lang>,
    /// Upload limits.
    pub limits: Limits,
    /// How long a result is kept when it is not downloaded (default one hour).
    pub keep: Duration,
    /// The folder the private temporary folder is made in; `None`: the system's.
    pub temp_parent: Option<PathBuf>,
    /// How each upload is checked (config, waivers' day); `out_dir` and `lang` are set per upload.
    pub check: Options,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8765,
            token: None,
            allowed_hosts: Vec::new(),
            lang: None,
            limits: Limits::default(),
            keep: Duration::from_secs(3600),
            temp_parent: None,
            check: Options::default(),
        }
    }
}

/// The running page's shared state.
pub struct App {
    /// The token requests must carry.
    pub token: String,
    /// The port the cookie is named after (two servers on one machine keep apart).
    pub port: u16,
    access: access::HostRule,
    lang: Option<Lang>,
    limits: Limits,
    /// The uploads, their checks and results.
    pub jobs: jobs::Jobs,
}

impl App {
    /// The language of a request: the forced one, else the browser's first of German and
    /// English, else English.
    pub fn lang(&self, headers: &HeaderMap) -> Lang {
        self.lang
            .unwrap_or_else(|| pages::accept_language(headers).unwrap_or(Lang::En))
    }
}

/// Why `teamlint serve` refuses to start.
#[derive(Debug)]
pub enum StartError {
    /// Another address than loopback without a token.
    TokenRequired(IpAddr),
    /// A token too short to guess.
    TokenTooShort,
}

impl StartError {
    /// The reason in a language, one line.
    pub fn message(&self, lang: Lang) -> String {
        let texts = crate::i18n::texts(lang);
        match self {
            StartError::TokenRequired(address) => texts.serve_token_required(&address.to_string()),
            StartError::TokenTooShort => texts.serve_token_too_short(),
        }
    }
}

impl std::fmt::Display for StartError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StartError {}

/// A random token: 24 bytes from the system's random source, as 48 hex digits.
pub(crate) fn random_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no random source: {e}"))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The token of `--token`, or a random one; refused when too short, or missing while the page
/// listens on another address than loopback.
pub(crate) fn resolve_token(options: &ServeOptions) -> anyhow::Result<String> {
    match &options.token {
        Some(t) if t.chars().count() < 16 => Err(StartError::TokenTooShort.into()),
        Some(t) => Ok(t.clone()),
        None if !options.bind.is_loopback() => Err(StartError::TokenRequired(options.bind).into()),
        None => random_token(),
    }
}

/// Builds the page's state: the token (given or random), the private temporary folder and the
/// worker that runs one check at a time. `port` is the port actually bound.
pub fn app(options: &ServeOptions, port: u16) -> anyhow::Result<Arc<App>> {
    let token = resolve_token(options)?;
    let jobs = jobs::Jobs::start(
        options.temp_parent.as_deref(),
        options.check.clone(),
        options.keep,
    )?;
    Ok(Arc::new(App {
        token,
        port,
        access: access::HostRule::new(options.bind, &options.allowed_hosts),
        lang: options.lang,
        limits: options.limits,
        jobs,
    }))
}

/// The routes, behind the token and Host check, the request size limit and a timeout.
pub fn router(app: Arc<App>) -> Router {
    let limit = usize::try_from(app.limits.request_bytes).unwrap_or(usize::MAX);
    Router::new()
        .route("/", get(upload_page))
        .route("/upload", post(upload::receive))
        .route("/jobs/{id}", get(job_page))
        .route("/jobs/{id}/status", get(job_status))
        .route("/jobs/{id}/copies.zip", get(jobs::download_copies))
        .route("/jobs/{id}/files/{*path}", get(jobs::download_file))
        .layer(DefaultBodyLimit::disable())
        .layer(tower_http::limit::RequestBodyLimitLayer::new(limit))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            upload::declared_size,
        ))
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            access::check,
        ))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(600),
        ))
        .with_state(app)
}

/// Runs the page until Ctrl-C or SIGTERM: prints the address with its token, serves, then
/// waits for the check under way and deletes the temporary folder.
pub fn run(options: ServeOptions) -> anyhow::Result<()> {
    // Refused before anything listens.
    let options = ServeOptions {
        token: Some(resolve_token(&options)?),
        ..options
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(SocketAddr::new(options.bind, options.port))
            .await
            .map_err(|e| {
                anyhow::anyhow!(
                    "cannot listen on {}:{}: {e} (try another --port)",
                    options.bind,
                    options.port
                )
            })?;
        let port = listener.local_addr()?.port();
        let app = app(&options, port)?;
        let host = match options.bind {
            IpAddr::V6(ip) => format!("[{ip}]"),
            ip if ip.is_unspecified() => "127.0.0.1".into(),
            ip => ip.to_string(),
        };
        // (Printing never stops the page: a closed stdout is ignored.)
        let mut stdout = std::io::stdout();
        let texts = crate::i18n::texts(options.lang.unwrap_or(options.check.lang));
        let url = format!("http://{host}:{port}/?token={}", app.token);
        let _ = writeln!(stdout, "{}", texts.serve_open(&url));
        let _ = writeln!(stdout, "{}", texts.serve_kept(options.keep.as_secs() / 60));
        let _ = stdout.flush();
        let sweeper = tokio::spawn({
            let app = app.clone();
            async move {
                let mut tick = tokio::time::interval(Duration::from_secs(30));
                loop {
                    tick.tick().await;
                    app.jobs.sweep(std::time::Instant::now());
                }
            }
        });
        axum::serve(listener, router(app.clone()))
            .with_graceful_shutdown(stop_signal())
            .await?;
        sweeper.abort();
        let _ = sweeper.await;
        let _ = writeln!(std::io::stdout(), "{}", texts.serve_stopping());
        let app = Arc::try_unwrap(app).ok();
        if let Some(app) = app {
            tokio::task::spawn_blocking(move || app.jobs.shut_down()).await?;
        }
        anyhow::Ok(())
    })
}

/// Completes on Ctrl-C, or on SIGTERM where there is one.
pub async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// A one-line refusal in the reader's language, as plain text.
pub fn refuse(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message.into(),
    )
        .into_response()
}

async fn upload_page(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    let lang = app.lang(&headers);
    pages::upload(lang, &app.limits)
}

async fn job_page(
    State(app): State<Arc<App>>,
    UrlPath(id): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    let lang = app.lang(&headers);
    match app.jobs.view(&id) {
        Some(jobs::View::Done(page)) => pages::html(page.as_str(), false),
        Some(jobs::View::Waiting { ahead, workbooks }) => pages::waiting(lang, ahead, workbooks),
        Some(jobs::View::Failed(reason)) => pages::failed(lang, &reason),
        None => pages::gone(lang),
    }
}

async fn job_status(State(app): State<Arc<App>>, UrlPath(id): UrlPath<String>) -> Response {
    let body = match app.jobs.view(&id) {
        Some(jobs::View::Done(_)) => serde_json::json!({"state": "done"}),
        Some(jobs::View::Waiting { ahead, workbooks }) => serde_json::json!({
            "state": if ahead == 0 { "checking" } else { "queued" },
            "ahead": ahead,
            "workbooks": workbooks,
        }),
        Some(jobs::View::Failed(reason)) => serde_json::json!({"state": "failed", "error": reason}),
        None => return StatusCode::NOT_FOUND.into_response(),
    };
    (
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// Where the browser goes after an upload: the job's page.
pub(crate) fn job_address(id: &str) -> String {
    format!("/jobs/{id}")
}

/// The redirect after a form upload without script.
pub(crate) fn see_job(id: &str) -> Response {
    Redirect::to(&job_address(id)).into_response()
}

/// "12 MB" / "12 MB": a byte limit for a message.
pub(crate) fn megabytes(bytes: u64, lang: Lang) -> String {
    format!("{} MB", i18n::number(bytes as f64 / MB as f64, 1, lang))
}

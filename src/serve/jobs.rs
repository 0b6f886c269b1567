//! The uploads and their checks: a queue with one worker (one check at a time), each upload's
//! private folder, its rendered report, its downloads, and the deletion of what it left.
//!
//! An upload's inputs are deleted as soon as they are checked; its results `keep` after the
//! check (its page says until when), downloaded or not, so a reload still shows them.

use super::App;
use crate::contract::Lang;
use crate::report::html::{self, Links};
use crate::{Options, Report};
use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The file name of the zip of the annotated copies.
pub(crate) const COPIES_ZIP: &str = "copies.zip";

/// What a job's page shows.
pub(crate) enum View {
    /// Queued or being checked: how many uploads are before it (0: its check is under way).
    Waiting {
        /// Uploads checked or queued before this one.
        ahead: usize,
        /// Workbooks in this upload.
        workbooks: usize,
    },
    /// Checked: the report page.
    Done(Arc<String>),
    /// The check could not run (the reason, one line).
    Failed(String),
}

enum Stage {
    Queued,
    Checking,
    Done {
        page: Arc<String>,
        /// Every output a link may ask for, relative to the job's out folder, `/`-separated.
        files: Vec<String>,
    },
    Failed(String),
}

struct Job {
    seq: u64,
    dir: PathBuf,
    lang: Lang,
    workbooks: usize,
    state: Stage,
    finished: Option<Instant>,
}

struct Shared {
    jobs: Mutex<HashMap<String, Job>>,
    /// Folders whose removal failed (a file still open on some systems); the sweep retries.
    leftovers: Mutex<Vec<PathBuf>>,
    keep: Duration,
}

impl Shared {
    fn jobs(&self) -> MutexGuard<'_, HashMap<String, Job>> {
        self.jobs.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn remove_dir(&self, dir: PathBuf) {
        if dir.exists() && std::fs::remove_dir_all(&dir).is_err() {
            self.leftovers
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(dir);
        }
    }
}

/// The queue of uploads and the worker that checks them one at a time.
pub struct Jobs {
    shared: Arc<Shared>,
    sender: Mutex<Option<mpsc::Sender<String>>>,
    worker: Mutex<Option<JoinHandle<()>>>,
    next_seq: AtomicU64,
    /// The private temporary folder (owner only), removed when the page stops.
    root: tempfile::TempDir,
}

impl Jobs {
    /// Makes the private temporary folder (in `parent`, else the system's) and starts the
    /// worker, which checks with `options` (its `out_dir` and `lang` are set per upload).
    pub fn start(parent: Option<&Path>, options: Options, keep: Duration) -> anyhow::Result<Jobs> {
        let mut builder = tempfile::Builder::new();
        builder.prefix("teamlint-serve-");
        let root = match parent {
            Some(p) => builder.tempdir_in(p)?,
            None => builder.tempdir()?,
        };
        std::fs::create_dir(root.path().join("uploads"))?;
        std::fs::create_dir(root.path().join("jobs"))?;
        let shared = Arc::new(Shared {
            jobs: Mutex::new(HashMap::new()),
            leftovers: Mutex::new(Vec::new()),
            keep,
        });
        let (sender, receiver) = mpsc::channel::<String>();
        let worker = std::thread::Builder::new()
            .name("teamlint-check".into())
            .spawn({
                let shared = shared.clone();
                move || {
                    for id in receiver {
                        run_job(&shared, &id, &options);
                    }
                }
            })?;
        Ok(Jobs {
            shared,
            sender: Mutex::new(Some(sender)),
            worker: Mutex::new(Some(worker)),
            next_seq: AtomicU64::new(0),
            root,
        })
    }

    /// The private temporary folder.
    pub fn root(&self) -> &Path {
        self.root.path()
    }

    /// The folder uploads are streamed into under generated names.
    pub(crate) fn staging_dir(&self) -> PathBuf {
        self.root.path().join("uploads")
    }

    /// A new job's id and folder (with its empty `in` folder for the inputs).
    pub(crate) fn new_job_dir(&self) -> anyhow::Result<(String, PathBuf)> {
        let id = super::random_token()?[..32].to_string();
        let dir = self.root.path().join("jobs").join(&id);
        std::fs::create_dir_all(dir.join("in"))?;
        Ok((id, dir))
    }

    /// Queues a job whose inputs are in `DIR/in`.
    pub(crate) fn submit(&self, id: &str, dir: PathBuf, lang: Lang, workbooks: usize) {
        let seq = self.next_seq.fetch_add(1, Ordering::Relaxed);
        self.shared.jobs().insert(
            id.to_string(),
            Job {
                seq,
                dir,
                lang,
                workbooks,
                state: Stage::Queued,
                finished: None,
            },
        );
        let sender = self.sender.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(s) = sender.as_ref() {
            let _ = s.send(id.to_string());
        }
    }

    /// What a job's page shows, or `None` when there is no such job (or it was deleted).
    pub(crate) fn view(&self, id: &str) -> Option<View> {
        let jobs = self.shared.jobs();
        let job = jobs.get(id)?;
        Some(match &job.state {
            Stage::Queued | Stage::Checking => View::Waiting {
                ahead: jobs
                    .values()
                    .filter(|j| j.seq < job.seq)
                    .filter(|j| matches!(j.state, Stage::Queued | Stage::Checking))
                    .count(),
                workbooks: job.workbooks,
            },
            Stage::Done { page, .. } => View::Done(page.clone()),
            Stage::Failed(reason) => View::Failed(reason.clone()),
        })
    }

    /// Deletes the results checked more than `keep` before `now`, and retries folders whose
    /// removal failed.
    pub fn sweep(&self, now: Instant) {
        let expired: Vec<PathBuf> = {
            let mut jobs = self.shared.jobs();
            let old: Vec<String> = jobs
                .iter()
                .filter(|(_, j)| {
                    j.finished
                        .is_some_and(|t| now.saturating_duration_since(t) >= self.shared.keep)
                })
                .map(|(id, _)| id.clone())
                .collect();
            old.iter()
                .filter_map(|id| jobs.remove(id).map(|j| j.dir))
                .collect()
        };
        let retry = std::mem::take(
            &mut *self
                .shared
                .leftovers
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        );
        for dir in expired.into_iter().chain(retry) {
            self.shared.remove_dir(dir);
        }
    }

    /// Stops taking uploads, drops the queued ones, waits for the check under way; the private
    /// folder goes with `self`.
    pub(crate) fn shut_down(self) {
        self.sender.lock().unwrap_or_else(|e| e.into_inner()).take();
        self.shared
            .jobs()
            .retain(|_, j| !matches!(j.state, Stage::Queued));
        if let Some(worker) = self.worker.lock().unwrap_or_else(|e| e.into_inner()).take() {
            let _ = worker.join();
        }
    }

    /// The path of an output of a checked job, if the job has it.
    fn download(&self, id: &str, file: &str) -> Option<PathBuf> {
        let jobs = self.shared.jobs();
        let job = jobs.get(id)?;
        let Stage::Done { files, .. } = &job.state else {
            return None;
        };
        if file == COPIES_ZIP {
            return Some(job.dir.join(COPIES_ZIP));
        }
        files
            .iter()
            .any(|f| f == file)
            .then(|| job.dir.join("out").join(file))
    }
}

/// Runs one queued job: checks its inputs, deletes them, renders the report and zips the copies.
fn run_job(shared: &Shared, id: &str, options: &Options) {
    let (dir, lang) = {
        let mut jobs = shared.jobs();
        let Some(job) = jobs.get_mut(id) else {
            return;
        };
        job.state = Stage::Checking;
        (job.dir.clone(), job.lang)
    };
    let options = Options {
        out_dir: dir.join("out"),
        lang,
        progress: false,
        ..options.clone()
    };
    let result = crate::check(&[dir.join("in")], &options).and_then(|report| {
        let _ = std::fs::remove_dir_all(dir.join("in"));
        finish_job(id, &dir, &report, &options, shared.keep)
    });
    let _ = std::fs::remove_dir_all(dir.join("in"));
    let mut jobs = shared.jobs();
    match jobs.get_mut(id) {
        Some(job) => {
            job.finished = Some(Instant::now());
            job.state = match result {
                Ok((page, files)) => Stage::Done {
                    page: Arc::new(page),
                    files,
                },
                Err(e) => Stage::Failed(format!("{e:#}")),
            };
        }
        // Deleted meanwhile (the page stopped): leave nothing.
        None => {
            drop(jobs);
            shared.remove_dir(dir);
        }
    }
}

/// The report page of a checked job with its download links, and the outputs a link may ask
/// for; writes the zip of the copies.
fn finish_job(
    id: &str,
    dir: &Path,
    report: &Report,
    options: &Options,
    keep: Duration,
) -> anyhow::Result<(String, Vec<String>)> {
    let out = &options.out_dir;
    let base = super::job_address(id);
    let page_name = crate::report::html::FILE_NAME;
    let links = Links {
        group_report: None,
        copies_zip: Some(format!("{base}/{COPIES_ZIP}")),
        start_over: Some("/".into()),
        file_prefix: format!("{base}/files/"),
        kept: Some(kept(keep, std::time::SystemTime::now(), options.lang)),
        page_download: report
            .outputs
            .iter()
            .any(|p| p.file_name().is_some_and(|n| n == page_name))
            .then(|| format!("{base}/files/{page_name}")),
    };
    let page = html::render(report, out, options, &links)?;
    let outputs: Vec<PathBuf> = report.workbooks().filter_map(|w| w.output).collect();
    let copies: Vec<&Path> = outputs.iter().map(PathBuf::as_path).collect();
    let relative = |p: &Path| crate::paths::relative_name(p, out);
    write_zip(&dir.join(COPIES_ZIP), &copies, &relative)?;
    let files = copies
        .iter()
        .copied()
        .chain(report.outputs.iter().map(PathBuf::as_path))
        .map(relative)
        .collect();
    Ok((page, files))
}

/// "This page and its downloads are kept for 60 minutes after the check, until 16:05 UTC."
fn kept(keep: Duration, now: std::time::SystemTime, lang: Lang) -> String {
    let minutes = crate::i18n::number((keep.as_secs() / 60) as f64, 0, lang);
    let until = now
        .checked_add(keep)
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let (hour, minute) = (until / 3600 % 24, until / 60 % 60);
    crate::i18n::texts(lang).result_kept(&minutes, hour, minute)
}

/// One zip of the copies, stored as they are (an xlsx is already compressed).
fn write_zip(path: &Path, files: &[&Path], name: &dyn Fn(&Path) -> String) -> anyhow::Result<()> {
    crate::paths::write_atomically(path, |tmp| {
        let mut zip = zip::ZipWriter::new(std::fs::File::create(tmp)?);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored)
            .large_file(true);
        for file in files {
            zip.start_file(name(file), stored)?;
            std::io::copy(&mut std::fs::File::open(file)?, &mut zip)?;
        }
        zip.finish()?;
        Ok(())
    })
}

/// `GET /jobs/{id}/copies.zip`.
pub async fn download_copies(
    State(app): State<Arc<App>>,
    UrlPath(id): UrlPath<String>,
) -> Response {
    send(&app, &id, COPIES_ZIP, "teamlint-copies.zip").await
}

/// `GET /jobs/{id}/files/{path}`: an output of the job (copy, group report, findings).
pub async fn download_file(
    State(app): State<Arc<App>>,
    UrlPath((id, path)): UrlPath<(String, String)>,
) -> Response {
    let name = path.rsplit('/').next().unwrap_or("").to_string();
    send(&app, &id, &path, &name).await
}

async fn send(app: &App, id: &str, file: &str, download_name: &str) -> Response {
    let Some(path) = app.jobs.download(id, file) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(file) = tokio::fs::File::open(&path).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let kind = crate::report::outputs::media_type(download_name);
    // Control and bidi characters as visible escapes, then `_` for the backslash they bring.
    let download_name = crate::visible::name(download_name).replace('\\', "_");
    let ascii: String = download_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded =
        percent_encoding::utf8_percent_encode(&download_name, percent_encoding::NON_ALPHANUMERIC);
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(file));
    (
        [
            (header::CONTENT_TYPE, kind.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response()
}

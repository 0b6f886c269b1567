//! Receiving an upload: the size and count limits (413 beyond), each file streamed to a generated
//! name, screened as a workbook, then queued; a refused upload leaves nothing on disk.

use super::{App, megabytes, refuse};
use crate::contract::Lang;
use crate::discover;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tokio::io::AsyncWriteExt;

/// Files streamed in under generated names; removed when dropped unless moved to their job.
struct Staged {
    dir: PathBuf,
    /// (generated path, the name the user gave, cleaned)
    files: Vec<(PathBuf, String)>,
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (path, _) in &self.files {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl Staged {
    /// A new generated path in the staging folder (with the extension of the name given, which
    /// says how to read it), taken by this upload.
    fn take_path(&mut self, original: String) -> anyhow::Result<PathBuf> {
        let ext = Path::new(&original)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let path = self.dir.join(format!("{}.{ext}", super::random_token()?));
        self.files.push((path.clone(), original));
        Ok(path)
    }
}

/// A file name from a browser made safe: its last path part, without control or bidi characters
/// ([`crate::visible::is_hidden`]), a leading dot or `~$`, at most 120 characters, and never one
/// of teamlint's own output names.
pub(crate) fn clean_name(given: &str) -> String {
    let last = given.rsplit(['/', '\\']).next().unwrap_or("");
    let mut name: String = last
        .chars()
        .filter(|c| !crate::visible::is_hidden(*c))
        .collect();
    loop {
        let trimmed = name.trim().trim_start_matches('.').trim_start_matches("~$");
        if trimmed.len() == name.len() {
            break;
        }
        name = trimmed.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !e.is_empty() && e.len() <= 5 => (s.to_string(), format!(".{e}")),
        _ => (name.clone(), String::new()),
    };
    let mut stem: String = stem.chars().take(120).collect();
    if stem.trim().is_empty() {
        stem = "workbook".into();
    }
    let name = format!("{stem}{ext}");
    if discover::is_own_output(&name) {
        format!("{stem} (upload){ext}")
    } else {
        name
    }
}

/// Whether a file name has an extension teamlint reads.
fn readable(name: &str) -> bool {
    let lower = name.to_lowercase();
    discover::EXTENSIONS
        .iter()
        .any(|e| lower.ends_with(&format!(".{e}")))
}

fn too_large_request(lang: Lang, limit: u64) -> Response {
    let limit = megabytes(limit, lang);
    refuse(
        StatusCode::PAYLOAD_TOO_LARGE,
        crate::i18n::texts(lang).upload_too_large(&limit),
    )
}

/// The middleware before the body limit: refuses an upload whose declared size is over the
/// limit with the page's own message (a body without a declared size is cut at the limit).
pub async fn declared_size(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > app.limits.request_bytes) {
        return too_large_request(app.lang(request.headers()), app.limits.request_bytes);
    }
    next.run(request).await
}

/// Whether the client asked for JSON (the page's script) rather than a page (a plain form).
fn wants_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"))
}

/// `POST /upload`: a multipart form of workbooks. Answers 303 to the job's page (or its address
/// as JSON for the page's script); 400, 413, 415 or 422 with one line when refused.
pub async fn receive(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Response {
    let lang = app.lang(&headers);
    let staged = match stage(&app, lang, multipart).await {
        Ok(staged) => staged,
        Err(refused) => return refused,
    };
    let screened = tokio::task::spawn_blocking(move || {
        for (path, name) in &staged.files {
            if let Err(e) = crate::load::screen(path) {
                return Err(format!("{name}: {}", e.message(lang)));
            }
        }
        Ok(staged)
    })
    .await;
    let mut staged = match screened {
        Ok(Ok(staged)) => staged,
        Ok(Err(message)) => return refuse(StatusCode::UNPROCESSABLE_ENTITY, message),
        Err(e) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let (id, dir) = match app.jobs.new_job_dir() {
        Ok(made) => made,
        Err(e) => return refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")),
    };
    let count = staged.files.len();
    let mut taken: Vec<String> = Vec::new();
    for (path, name) in std::mem::take(&mut staged.files) {
        let target = unique(&dir.join("in"), &name, &mut taken);
        if let Err(e) = std::fs::rename(&path, &target) {
            let _ = std::fs::remove_file(&path);
            let _ = std::fs::remove_dir_all(&dir);
            return refuse(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
        }
    }
    app.jobs.submit(&id, dir, lang, count);
    if wants_json(&headers) {
        let body = serde_json::json!({"job": id, "url": super::job_address(&id)});
        (
            StatusCode::ACCEPTED,
            [(header::CONTENT_TYPE, "application/json")],
            body.to_string(),
        )
            .into_response()
    } else {
        super::see_job(&id)
    }
}

/// `NAME`, or `NAME (2)` and so on when an earlier file of the upload took it (case-insensitive).
fn unique(dir: &Path, name: &str, taken: &mut Vec<String>) -> PathBuf {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
    let mut n = 1;
    loop {
        let candidate = match n {
            1 => name.to_string(),
            _ => format!("{stem} ({n}).{ext}"),
        };
        if !taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
            taken.push(candidate.clone());
            return dir.join(candidate);
        }
        n += 1;
    }
}

/// Streams every file of the form to a generated name, within the limits.
async fn stage(
    app: &App,
    lang: Lang,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Staged, Response> {
    let limits = app.limits;
    let mut multipart = multipart.map_err(|_| {
        refuse(
            StatusCode::BAD_REQUEST,
            crate::i18n::texts(lang).upload_not_form(),
        )
    })?;
    let mut staged = Staged {
        dir: app.jobs.staging_dir(),
        files: Vec::new(),
    };
    let broken = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large_request(lang, limits.request_bytes)
        } else {
            refuse(
                StatusCode::BAD_REQUEST,
                crate::i18n::texts(lang).upload_broke(&e.to_string()),
            )
        }
    };
    while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
        let Some(given) = field.file_name().map(str::to_string) else {
            continue;
        };
        if given.is_empty() {
            continue;
        }
        let name = clean_name(&given);
        if staged.files.len() == limits.files {
            return Err(refuse(
                StatusCode::PAYLOAD_TOO_LARGE,
                crate::i18n::texts(lang).upload_too_many(limits.files as u64),
            ));
        }
        if !readable(&name) {
            return Err(refuse(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!(
                    "{name}: {}",
                    crate::load::LoadError::UnknownExtension.message(lang)
                ),
            ));
        }
        let path = staged
            .take_path(name.clone())
            .map_err(|e| refuse(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}")))?;
        let write_failed =
            |e: std::io::Error| refuse(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
        let mut file = tokio::fs::File::create(&path).await.map_err(write_failed)?;
        let mut size: u64 = 0;
        while let Some(chunk) = field.chunk().await.map_err(broken)? {
            size += chunk.len() as u64;
            if size > limits.file_bytes {
                let limit = megabytes(limits.file_bytes, lang);
                return Err(refuse(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    crate::i18n::texts(lang).upload_file_too_large(&name, &limit),
                ));
            }
            file.write_all(&chunk).await.map_err(write_failed)?;
        }
        file.flush().await.map_err(write_failed)?;
    }
    if staged.files.is_empty() {
        return Err(refuse(
            StatusCode::BAD_REQUEST,
            crate::i18n::texts(lang).upload_empty(&discover::extension_list()),
        ));
    }
    Ok(staged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_browsers_are_made_safe() {
        assert_eq!(clean_name("Plan DE.xlsx"), "Plan DE.xlsx");
        assert_eq!(clean_name("C:\\Users\\a\\Plan.xlsx"), "Plan.xlsx");
        assert_eq!(clean_name("../../etc/passwd.xlsx"), "passwd.xlsx");
        assert_eq!(clean_name("~$Plan.xlsx"), "Plan.xlsx");
        assert_eq!(clean_name(".hidden.xlsx"), "hidden.xlsx");
        assert_eq!(clean_name(".xlsx"), "xlsx");
        assert_eq!(clean_name("x.checked.xlsx"), "x.checked (upload).xlsx");
        assert_eq!(
            clean_name("group-report.xlsx"),
            "group-report (upload).xlsx"
        );
        assert_eq!(clean_name("a\u{0}b.xlsx"), "ab.xlsx");
    }
}

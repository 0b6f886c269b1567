//! The pages of `teamlint serve` besides the report view: the upload page (drop zone and file
//! picker), the page shown while a check waits or runs, and one-line notices; all self-contained.

use super::Limits;
use crate::contract::Lang;
use crate::discover;
use crate::i18n;
use askama::Template;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The browser's preferred language of German and English (`Accept-Language`, by weight).
pub(crate) fn accept_language(headers: &HeaderMap) -> Option<Lang> {
    let value = headers.get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut best: Option<(f32, usize, Lang)> = None;
    for (i, part) in value.split(',').enumerate() {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or("").trim().to_lowercase();
        let weight = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let Some(lang) = Lang::named(&tag) else {
            continue;
        };
        // The highest weight wins; among equal weights the first named.
        if weight > 0.0 && best.is_none_or(|(w, j, _)| weight > w || (weight == w && i < j)) {
            best = Some((weight, i, lang));
        }
    }
    best.map(|(_, _, lang)| lang)
}

/// The policy of every page: nothing from elsewhere; script only on the upload page.
fn policy(script: bool) -> HeaderValue {
    HeaderValue::from_static(if script {
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
         connect-src 'self'; form-action 'self'; img-src data:; base-uri 'none'; frame-ancestors 'none'"
    } else {
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; img-src data:; \
         base-uri 'none'; frame-ancestors 'none'"
    })
}

/// A rendered page as a response, with the content policy.
pub fn html(page: &str, script: bool) -> Response {
    html_with_status(StatusCode::OK, page.to_string(), script)
}

fn html_with_status(status: StatusCode, page: String, script: bool) -> Response {
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page,
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_SECURITY_POLICY, policy(script));
    response
}

fn render(page: impl Template, status: StatusCode, script: bool) -> Response {
    match page.render() {
        Ok(text) => html_with_status(status, text, script),
        Err(e) => super::refuse(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The upload page: a drop zone with a file picker, the limits, a progress bar.
#[derive(Template)]
#[template(path = "serve/upload.html")]
pub(crate) struct UploadPage {
    /// Its language.
    pub lang: Lang,
    /// The extensions accepted, for the file picker (`.xlsx,.xlsm,…`).
    pub accept: String,
    /// The limits in one sentence.
    pub limits: String,
}

/// The page shown while a check waits in the queue or runs; it reloads itself.
#[derive(Template)]
#[template(path = "serve/waiting.html")]
pub(crate) struct WaitingPage {
    /// Its language.
    pub lang: Lang,
    /// What is happening, one line.
    pub status: String,
}

/// A notice: a failed check or a result that is gone.
#[derive(Template)]
#[template(path = "serve/notice.html")]
pub(crate) struct NoticePage {
    /// Its language.
    pub lang: Lang,
    /// The heading.
    pub title: &'static str,
    /// The notice.
    pub text: String,
}

macro_rules! page_texts {
    ($($page:ident),+) => {$(
        impl $page {
            /// The page's texts, in its language (used by the template).
            pub fn t(&self) -> &'static dyn i18n::Catalogue {
                i18n::texts(self.lang)
            }
        }
    )+};
}
page_texts!(UploadPage, WaitingPage, NoticePage);

/// `GET /`: the upload page.
pub fn upload(lang: Lang, limits: &Limits) -> Response {
    let exts = discover::EXTENSIONS
        .iter()
        .map(|e| format!(".{e}"))
        .collect::<Vec<_>>();
    let (file, request) = (
        super::megabytes(limits.file_bytes, lang),
        super::megabytes(limits.request_bytes, lang),
    );
    let limits =
        i18n::texts(lang).upload_limits(&exts.join(" "), limits.files as u64, &file, &request);
    render(
        UploadPage {
            lang,
            accept: exts.join(","),
            limits,
        },
        StatusCode::OK,
        true,
    )
}

/// The page of a job that waits (`ahead` uploads before it) or is being checked.
pub fn waiting(lang: Lang, ahead: usize, workbooks: usize) -> Response {
    let texts = i18n::texts(lang);
    let status = match ahead {
        0 => texts.waiting_checking(workbooks as u64),
        n => texts.waiting_queue(n as u64),
    };
    render(WaitingPage { lang, status }, StatusCode::OK, false)
}

/// The page of a job whose check could not run.
pub fn failed(lang: Lang, reason: &str) -> Response {
    let title = i18n::texts(lang).check_failed_title();
    render(
        NoticePage {
            lang,
            title,
            text: reason.to_string(),
        },
        StatusCode::INTERNAL_SERVER_ERROR,
        false,
    )
}

/// The page of a job that is gone: never there, or checked longer ago than the keep time.
pub fn gone(lang: Lang) -> Response {
    render(
        NoticePage {
            lang,
            title: i18n::texts(lang).gone_title(),
            text: i18n::texts(lang).gone_text().to_string(),
        },
        StatusCode::NOT_FOUND,
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_str(value).unwrap(),
        );
        h
    }

    #[test]
    fn language_follows_the_browser() {
        assert_eq!(
            accept_language(&with("de-DE,de;q=0.9,en;q=0.8")),
            Some(Lang::De)
        );
        assert_eq!(
            accept_language(&with("en-GB,en;q=0.9,de;q=0.8")),
            Some(Lang::En)
        );
        assert_eq!(
            accept_language(&with("fr-FR,de;q=0.5,en;q=0.7")),
            Some(Lang::Fr)
        );
        assert_eq!(
            accept_language(&with("it-IT,de;q=0.5,en;q=0.7")),
            Some(Lang::En)
        );
        assert_eq!(accept_language(&with("it")), None);
        assert_eq!(accept_language(&HeaderMap::new()), None);
    }
}

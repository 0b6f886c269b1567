//! Who may use the page: every request carries the token (query, cookie or bearer header) and
//! names this machine as Host (no DNS rebinding); one that changes something comes from this page.

use super::App;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::net::IpAddr;
use std::sync::Arc;

/// The host names a request may name: localhost, the loopback addresses, the bound address and
/// the names allowed with `--allow-host`.
#[derive(Clone, Debug)]
pub(crate) struct HostRule {
    names: Vec<String>,
}

impl HostRule {
    /// The rule for a server bound to `bind`.
    pub fn new(bind: IpAddr, allowed: &[String]) -> HostRule {
        let mut names: Vec<String> = ["localhost", "127.0.0.1", "[::1]"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        if !bind.is_unspecified() {
            names.push(match bind {
                IpAddr::V6(ip) => format!("[{ip}]"),
                ip => ip.to_string(),
            });
        }
        names.extend(allowed.iter().map(|h| h.trim().to_lowercase()));
        HostRule { names }
    }

    /// Whether a Host header (`name` or `name:port`) names this machine.
    pub fn allows(&self, host: &str) -> bool {
        let host = host.trim().to_lowercase();
        let name = if host.starts_with('[') {
            host.split_once(']')
                .map(|(ip, _)| format!("{ip}]"))
                .unwrap_or(host.clone())
        } else {
            host.split(':').next().unwrap_or("").to_string()
        };
        self.names.contains(&name)
    }
}

/// The cookie that carries the token after the first visit; named after the port, since a
/// browser sends a host's cookies to every port.
pub fn cookie_name(port: u16) -> String {
    format!("teamlint_token_{port}")
}

/// The token a request carries, if any: `?token=`, the cookie, or `Authorization: Bearer`.
fn presented(request: &Request, port: u16) -> (Option<String>, bool) {
    let from_query = request.uri().query().and_then(|q| {
        url_pairs(q)
            .find(|(k, _)| *k == "token")
            .map(|(_, v)| v.to_string())
    });
    if from_query.is_some() {
        return (from_query, true);
    }
    let headers = request.headers();
    let cookie = cookie_name(port);
    let from_cookie = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == cookie)
        .map(|(_, v)| v.to_string());
    let from_header = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|v| v.trim().to_string());
    (from_cookie.or(from_header), false)
}

/// The `key=value` pairs of a query string (no percent-decoding: a token is hex).
fn url_pairs(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query.split('&').filter_map(|p| p.split_once('='))
}

/// Compares in time that does not depend on where the texts differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The middleware: 403 for a foreign Host or a missing or wrong token; sets the token cookie
/// when the token came in the address; adds the headers that keep the page to itself.
pub async fn check(State(app): State<Arc<App>>, request: Request, next: Next) -> Response {
    let lang = app.lang(request.headers());
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !app.access.allows(host) {
        return super::refuse(
            StatusCode::FORBIDDEN,
            crate::i18n::texts(lang).forbidden_host(),
        );
    }
    let (token, in_address) = presented(&request, app.port);
    if !token.as_deref().is_some_and(|t| same(t, &app.token)) {
        return super::refuse(
            StatusCode::FORBIDDEN,
            crate::i18n::texts(lang).forbidden_token(),
        );
    }
    if !request.method().is_safe() && !same_origin(request.headers(), host) {
        return super::refuse(
            StatusCode::FORBIDDEN,
            crate::i18n::texts(lang).forbidden_origin(),
        );
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if in_address {
        let cookie = format!(
            "{}={}; Path=/; HttpOnly; SameSite=Strict",
            cookie_name(app.port),
            app.token
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, v);
        }
    }
    secure_headers(headers);
    response
}

/// Whether a request that changes something comes from this page: `Sec-Fetch-Site`, when the
/// browser sends it, is `same-origin` (or `none`: typed by the user), and `Origin`, when sent, is
/// this page's own (`http://` or `https://` and the Host the request names). Another port of
/// 127.0.0.1 is the same site but another origin, and is refused. A client that sends neither (a
/// script with the token) passes.
fn same_origin(headers: &HeaderMap, host: &str) -> bool {
    let text = |name| {
        headers
            .get_all(name)
            .iter()
            .map(|v| v.to_str().unwrap_or("?").trim().to_ascii_lowercase())
            .collect::<Vec<_>>()
    };
    let site_ok = text("sec-fetch-site")
        .iter()
        .all(|site| site == "same-origin" || site == "none");
    let host = host.trim().to_ascii_lowercase();
    let origin_ok = text("origin").iter().all(|origin| {
        origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"))
            .is_some_and(|authority| authority == host)
    });
    site_ok && origin_ok
}

/// No framing, no sniffing, no referrer, no caching of results.
fn secure_headers(headers: &mut HeaderMap) {
    let fixed = [
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names_this_machine_or_is_refused() {
        let rule = HostRule::new(IpAddr::from([127, 0, 0, 1]), &[]);
        assert!(rule.allows("127.0.0.1:8765"));
        assert!(rule.allows("LOCALHOST:1"));
        assert!(rule.allows("[::1]:8765"));
        assert!(!rule.allows("evil.example:8765"));
        assert!(!rule.allows("127.0.0.1.evil.example"));
        assert!(!rule.allows(""));
        let rule = HostRule::new(IpAddr::from([0, 0, 0, 0]), &["Plans.Intra".into()]);
        assert!(rule.allows("plans.intra:80"));
        assert!(!rule.allows("0.0.0.0"));
    }

    #[test]
    fn only_this_page_may_change_something() {
        let headers = |pairs: &[(&'static str, &str)]| {
            let mut h = HeaderMap::new();
            for (k, v) in pairs {
                h.append(*k, HeaderValue::from_str(v).unwrap());
            }
            h
        };
        let host = "127.0.0.1:8765";
        assert!(same_origin(&headers(&[]), host));
        assert!(same_origin(
            &headers(&[
                ("origin", "http://127.0.0.1:8765"),
                ("sec-fetch-site", "same-origin")
            ]),
            host
        ));
        assert!(!same_origin(
            &headers(&[("origin", "http://127.0.0.1:9999")]),
            host
        ));
        assert!(!same_origin(&headers(&[("origin", "null")]), host));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "same-site")]),
            host
        ));
        assert!(!same_origin(
            &headers(&[("sec-fetch-site", "cross-site")]),
            host
        ));
        assert!(!same_origin(
            &headers(&[
                ("origin", "http://127.0.0.1:8765"),
                ("origin", "http://evil.example")
            ]),
            host
        ));
    }

    #[test]
    fn tokens_compare_whole() {
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
    }
}

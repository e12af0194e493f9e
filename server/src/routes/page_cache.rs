//! Rendered pages, cached. A page is a pure function of its URL, the snapshot, today's date
//! and the footer's "refreshed … ago" text, except for the CSP nonce; so the HTML is kept
//! split around the nonce, and every response gets a fresh one.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use chrono::NaiveDate;
use tracing::debug;

use crate::state::ServerState;

/// Entries kept before stale ones are dropped; canonical URLs are few, so this is generous.
const MAX_ENTRIES: usize = 512;
/// Rendered pages larger than this are served but not kept.
const MAX_BODY: usize = 4 * 1024 * 1024;

#[derive(Clone, PartialEq, Eq, Hash)]
struct Key {
    uri: String,
    snapshot: i64,
    today: NaiveDate,
    footer: String,
}

/// A rendered page with the nonce cut out: `segments` joined by a nonce give the body.
struct Page {
    segments: Vec<Bytes>,
    csp: Vec<String>,
    content_type: HeaderValue,
}

#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<RwLock<HashMap<Key, Arc<Page>>>>,
}

impl PageCache {
    /// How many pages are cached.
    pub fn len(&self) -> usize {
        self.pages.read().map_or(0, |pages| pages.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn get(&self, key: &Key) -> Option<Arc<Page>> {
        self.pages.read().ok()?.get(key).cloned()
    }

    fn insert(&self, key: Key, page: Page) {
        let Ok(mut pages) = self.pages.write() else {
            return;
        };
        if pages.len() >= MAX_ENTRIES {
            pages.retain(|old, _| old.snapshot == key.snapshot && old.today == key.today);
            if pages.len() >= MAX_ENTRIES {
                pages.clear();
            }
        }
        pages.insert(key, Arc::new(page));
    }
}

/// A fresh, unguessable nonce (128 random bits, base64).
fn new_nonce() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness there is no safe nonce; an all-zero one would be guessable.
    if getrandom::fill(&mut bytes).is_err() {
        return String::new();
    }
    base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes)
}

fn nonce_in(csp: &str) -> Option<&str> {
    csp.split("'nonce-")
        .nth(1)?
        .split('\'')
        .next()
        .filter(|n| !n.is_empty())
}

fn split_on(haystack: &[u8], needle: &[u8]) -> Vec<Bytes> {
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i + needle.len() <= haystack.len() {
        if &haystack[i..i + needle.len()] == needle {
            parts.push(Bytes::copy_from_slice(&haystack[start..i]));
            i += needle.len();
            start = i;
        } else {
            i += 1;
        }
    }
    parts.push(Bytes::copy_from_slice(&haystack[start..]));
    parts
}

fn respond(page: &Page) -> Response {
    let nonce = new_nonce();
    if nonce.is_empty() {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let size =
        page.segments.iter().map(Bytes::len).sum::<usize>() + nonce.len() * page.segments.len();
    let mut body = Vec::with_capacity(size);
    for (index, segment) in page.segments.iter().enumerate() {
        if index > 0 {
            body.extend_from_slice(nonce.as_bytes());
        }
        body.extend_from_slice(segment);
    }

    let mut response = Response::new(Body::from(body));
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, page.content_type.clone());
    if let Ok(csp) = HeaderValue::from_str(&page.csp.join(&nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    response
}

pub async fn page_cache(
    State(state): State<ServerState>,
    request: Request,
    next: Next,
) -> Response {
    let cacheable =
        request.method() == Method::GET && super::pages::is_page_path(request.uri().path());
    let snapshot = state.app.snapshots.current();
    let (true, Some(snapshot)) = (cacheable, snapshot) else {
        return next.run(request).await;
    };

    let seconds = (chrono::Utc::now() - snapshot.refreshed_at).num_seconds();
    let key = Key {
        uri: request.uri().to_string(),
        snapshot: snapshot.refreshed_at.timestamp_micros(),
        today: state.app.today(),
        footer: app::format::relative_time(seconds),
    };
    if let Some(page) = state.pages.get(&key) {
        return respond(&page);
    }

    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK || !is_html {
        return response;
    }

    let (parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let csp = parts
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok());
    if let (Some(csp), Some(content_type)) = (csp, parts.headers.get(header::CONTENT_TYPE)) {
        if let Some(nonce) = nonce_in(csp) {
            debug!(uri = %key.uri, bytes = bytes.len(), "page cached");
            let page = Page {
                segments: split_on(&bytes, nonce.as_bytes()),
                csp: csp.split(nonce).map(str::to_owned).collect(),
                content_type: content_type.clone(),
            };
            state.pages.insert(key, page);
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_split_around_every_nonce() {
        let parts = split_on(b"a N b N c", b"N");
        assert_eq!(
            parts,
            vec![Bytes::from("a "), Bytes::from(" b "), Bytes::from(" c")]
        );
        assert_eq!(split_on(b"none", b"N"), vec![Bytes::from("none")]);
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        let csp = "default-src 'self'; script-src 'self' 'nonce-abc123'; base-uri 'self'";
        assert_eq!(nonce_in(csp), Some("abc123"));
        assert_eq!(nonce_in("default-src 'self'"), None);
    }

    #[test]
    fn nonces_are_fresh_and_long() {
        let (a, b) = (new_nonce(), new_nonce());
        assert_ne!(a, b);
        assert!(a.len() >= 21);
    }
}

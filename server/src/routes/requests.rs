//! Per-request plumbing: a short request id in every log line of the request, one summary
//! line per request, and the themed 500 page that shows the id instead of any detail.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use axum::body::Body;
use axum::extract::Request;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::{info, info_span, warn, Instrument};

static NEXT: AtomicU64 = AtomicU64::new(0);

/// A short id, unique within the process and unlikely to repeat across restarts.
pub fn request_id() -> String {
    let seed = NEXT.fetch_add(1, Ordering::Relaxed)
        ^ std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
    // splitmix64 finaliser: spreads consecutive counters over the whole range.
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    format!("{:08x}", (z ^ (z >> 31)) as u32)
}

pub async fn observe(request: Request, next: Next) -> Response {
    let id = request_id();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let span = info_span!("request", id = %id, %method, %path);

    async move {
        let started = Instant::now();
        let mut response = next.run(request).await;
        let status = response.status();
        let millis = started.elapsed().as_secs_f64() * 1000.0;
        if status.is_server_error() {
            warn!(status = status.as_u16(), millis, "request failed");
        } else {
            info!(status = status.as_u16(), millis, "request");
        }

        let is_html = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html") || v.starts_with("text/plain"));
        if status == StatusCode::INTERNAL_SERVER_ERROR && is_html {
            response = error_page(&id);
        }
        if let Ok(value) = HeaderValue::from_str(&id) {
            response.headers_mut().insert("x-request-id", value);
        }
        response
    }
    .instrument(span)
    .await
}

/// The themed 500 page: no internals, only the id to quote when reporting the problem.
fn error_page(id: &str) -> Response {
    let html = format!(
        concat!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Something went wrong · NBA Dashboard</title>",
            "<link rel=\"stylesheet\" href=\"/pkg/{name}.css\"></head>",
            "<body><main id=\"main\"><div class=\"page-hero\"><h1>Something went wrong</h1>",
            "<p class=\"hero-meta\">The page could not be shown. Try again in a moment; if it ",
            "keeps happening, quote request id <code>{id}</code>.</p>",
            "<p><a href=\"/\">Go to the League Overview</a></p></div></main></body></html>"
        ),
        name = app::OUTPUT_NAME,
        id = id,
    );
    let mut response = (StatusCode::INTERNAL_SERVER_ERROR, Body::from(html)).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::request_id;

    #[test]
    fn ids_are_short_hex_and_distinct() {
        let a = request_id();
        let b = request_id();
        assert_eq!(a.len(), 8);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}

//! Middleware around every page: wait briefly for the first snapshot (503 after that),
//! redirect non-canonical URLs (see `canonical`), and set caching and security headers.

use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::canonical;
use crate::state::ServerState;

/// How long a page request waits for the first snapshot at cold start.
const COLD_START_WAIT: Duration = Duration::from_secs(10);

/// Paths served by the app's own machinery rather than page rendering.
pub fn is_page_path(path: &str) -> bool {
    !(path.starts_with("/pkg/")
        || path.starts_with("/api/")
        || path.starts_with("/internal/")
        || path.starts_with("/csv/")
        || path == "/healthz"
        || path == "/readyz"
        || path.contains('.'))
}

pub async fn page_guard(
    State(state): State<ServerState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    if !is_page_path(&path) || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }

    let Some(snapshot) = state.app.snapshots.wait_for_first(COLD_START_WAIT).await else {
        return data_loading_page();
    };

    let today = state.app.today();
    if let Some(redirect) = canonical::redirect_for(&path, request.uri().query(), &snapshot, today)
    {
        return redirect;
    }

    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    headers.remove(header::ETAG);
    headers.remove(header::LAST_MODIFIED);
    response
}

/// Headers every response carries; HSTS only in production (behind TLS).
pub async fn security_headers(
    State(state): State<ServerState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    if state.config.production {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// The themed cold-start page: 503 with `Retry-After`, and no partial data.
fn data_loading_page() -> Response {
    let html = format!(
        concat!(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Data is loading · NBA Dashboard</title>",
            "<link rel=\"stylesheet\" href=\"/pkg/{name}.css\"></head>",
            "<body><main id=\"main\"><div class=\"page-hero\"><h1>Data is loading</h1>",
            "<p class=\"hero-meta\">Data is loading. Try again in a moment.</p></div></main>",
            "</body></html>"
        ),
        name = app::OUTPUT_NAME
    );
    let mut response = (StatusCode::SERVICE_UNAVAILABLE, html).into_response();
    let headers = response.headers_mut();
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("10"));
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

#[cfg(test)]
mod tests {
    use super::is_page_path;

    #[test]
    fn assets_and_machine_endpoints_are_not_pages() {
        assert!(is_page_path("/"));
        assert!(is_page_path("/teams/BOS"));
        assert!(!is_page_path("/pkg/nba-dashboard.wasm"));
        assert!(!is_page_path("/echarts.min.js"));
        assert!(!is_page_path("/api/overview"));
        assert!(!is_page_path("/internal/health"));
        assert!(!is_page_path("/healthz"));
    }
}

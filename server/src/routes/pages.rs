//! Middleware around every page: wait briefly for the first snapshot (503 after that),
//! redirect non-canonical query strings (302), and set caching and security headers.

use std::time::Duration;

use app::gold::Snapshot;
use app::pages::games::state::GamesState;
use app::pages::overview::state::OverviewState;
use app::url::parse_query;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::debug;

use crate::state::ServerState;

/// How long a page request waits for the first snapshot at cold start.
const COLD_START_WAIT: Duration = Duration::from_secs(10);

/// Paths served by the app's own machinery rather than page rendering.
pub fn is_page_path(path: &str) -> bool {
    !(path.starts_with("/pkg/")
        || path.starts_with("/api/")
        || path.starts_with("/internal/")
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

    // An empty query is always canonical, so only a query needs checking.
    if path == "/" && request.uri().query().is_some_and(|q| !q.is_empty()) {
        let raw = parse_query(request.uri().query().unwrap_or(""));
        let data = snapshot.overview_on(state.app.today());
        let (view, invalid) = OverviewState::parse(&raw, &data);
        if view.needs_redirect(&raw, invalid, &data) {
            debug!(query = ?request.uri().query(), "redirecting to the canonical overview URL");
            return found(&view.href(&data));
        }
    }

    if let Some(redirect) = games_redirect(&path, request.uri().query(), &snapshot) {
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

/// `/games` and `/games/{slug}`: a slug in another case gets a 301 to its lower-case form,
/// and a non-canonical query a 302. An unknown slug is left to the app's 404 page.
fn games_redirect(path: &str, query: Option<&str>, snapshot: &Snapshot) -> Option<Response> {
    let slug = match path.strip_prefix("/games")? {
        "" => None,
        rest => Some(
            rest.strip_prefix('/')
                .filter(|s| !s.is_empty() && !s.contains('/'))?,
        ),
    };
    if let Some(slug) = slug {
        if slug.chars().any(char::is_uppercase) {
            let query = query.map_or_else(String::new, |q| format!("?{q}"));
            return Some(redirect(
                StatusCode::MOVED_PERMANENTLY,
                &format!("/games/{}{query}", slug.to_lowercase()),
            ));
        }
        snapshot.games.game(slug)?;
    }
    let raw = parse_query(query.filter(|q| !q.is_empty())?);
    let (view, invalid) = GamesState::parse(slug, &raw, &snapshot.games);
    view.needs_redirect(&raw, invalid).then(|| {
        debug!(%path, query = ?query, "redirecting to the canonical games URL");
        found(&view.href())
    })
}

/// A 302 to the canonical URL (axum's `Redirect::to` answers 303).
fn found(location: &str) -> Response {
    redirect(StatusCode::FOUND, location)
}

fn redirect(status: StatusCode, location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(value) => (status, [(header::LOCATION, value)]).into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
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

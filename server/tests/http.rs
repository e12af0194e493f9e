//! The real router over HTTP semantics: internal endpoints' statuses and bodies, the 404
//! page, canonical redirects and headers.

mod support;
#[path = "common/config.rs"]
mod test_config;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use chrono::NaiveDate;
use http_body_util::BodyExt;
use serde_json::Value;
use server::demo::{install, DemoOptions};
use server::refresh::Trigger;
use server::state::ServerState;
use tower::ServiceExt;

const TOKEN: &str = "test-token";

/// A server on a fresh database with demo data; loaded when `load` is true.
async fn server(token: Option<&str>, load: bool) -> (Router, ServerState) {
    let (pool, url) = support::fresh_database().await;
    let options = DemoOptions {
        schema: "gold".into(),
        seed: 11,
        today: NaiveDate::from_ymd_opt(2030, 1, 15).expect("date"),
        replace: false,
        playoffs: false,
    };
    install(&pool, &options).await.expect("demo data");
    let state = server::server_state(test_config::config(&url, token), pool);
    if load {
        assert!(state.refresher.refresh(Trigger::Startup).await.succeeded());
    }
    (server::router(state.clone()), state)
}

async fn send(
    app: &Router,
    method: Method,
    uri: &str,
    token: Option<&str>,
) -> axum::response::Response {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        request = request.header("x-refresh-token", token);
    }
    app.clone()
        .oneshot(request.body(Body::empty()).expect("request"))
        .await
        .expect("response")
}

async fn json(response: axum::response::Response) -> Value {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    serde_json::from_slice(&bytes).expect("JSON body")
}

async fn text(response: axum::response::Response) -> String {
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[tokio::test]
async fn internal_endpoints_need_a_configured_token() {
    let (app, _) = server(None, false).await;
    for (method, uri) in [
        (Method::POST, "/internal/refresh-data"),
        (Method::GET, "/internal/health"),
    ] {
        let response = send(&app, method, uri, Some("anything")).await;
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(response.headers()[header::CONTENT_TYPE], "application/json");
        assert_eq!(
            json(response).await,
            serde_json::json!({"error": "DATA_REFRESH_TOKEN is not configured"})
        );
    }
}

#[tokio::test]
async fn internal_endpoints_refuse_a_missing_or_wrong_token() {
    let (app, _) = server(Some(TOKEN), false).await;
    for token in [None, Some("wrong"), Some("test-token-but-longer")] {
        let response = send(&app, Method::POST, "/internal/refresh-data", token).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
        assert_eq!(
            json(response).await,
            serde_json::json!({"error": "unauthorized"})
        );
    }
}

#[tokio::test]
async fn refresh_reports_row_counts_and_health_follows_the_snapshot() {
    let (app, _) = server(Some(TOKEN), false).await;

    let before = send(&app, Method::GET, "/internal/health", Some(TOKEN)).await;
    assert_eq!(before.status(), StatusCode::SERVICE_UNAVAILABLE);
    let body = json(before).await;
    assert_eq!(body["status"], "unavailable");
    assert_eq!(body["has_snapshot"], false);
    assert_eq!(body["row_counts"], serde_json::json!({}));
    assert!(body["memory"]["process_rss_mb"].is_number());

    let readyz = send(&app, Method::GET, "/readyz", None).await;
    assert_eq!(readyz.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(json(readyz).await["status"], "not_ready");

    let refreshed = send(&app, Method::POST, "/internal/refresh-data", Some(TOKEN)).await;
    assert_eq!(refreshed.status(), StatusCode::OK);
    let body = json(refreshed).await;
    assert_eq!(body["status"], "ok");
    assert_eq!(body["row_counts"]["standings"], 30);
    assert!(
        body["row_counts"]["schedule"].as_i64() > Some(0),
        "the demo fills the optional whole-season schedule"
    );
    assert!(body["duration_seconds"].is_number());
    let stamp = body["refreshed_at"].as_str().unwrap_or_default();
    assert!(stamp.ends_with("+00:00") && stamp.contains('T'), "{stamp}");

    let after = json(send(&app, Method::GET, "/internal/health", Some(TOKEN)).await).await;
    assert_eq!(after["status"], "ok");
    assert_eq!(after["last_refreshed_at"], body["refreshed_at"]);
    assert_eq!(after["row_counts"]["standings"], 30);

    let readyz = send(&app, Method::GET, "/readyz", None).await;
    assert_eq!(readyz.status(), StatusCode::OK);
    let body = json(readyz).await;
    assert_eq!(
        (body["status"].as_str(), body["database"].as_str()),
        (Some("ready"), Some("ok"))
    );
}

#[tokio::test]
async fn liveness_needs_nothing_and_refresh_refuses_get() {
    let (app, _) = server(Some(TOKEN), false).await;
    let healthz = send(&app, Method::GET, "/healthz", None).await;
    assert_eq!(healthz.status(), StatusCode::OK);
    assert_eq!(json(healthz).await, serde_json::json!({"status": "ok"}));
    let get = send(&app, Method::GET, "/internal/refresh-data", Some(TOKEN)).await;
    assert_eq!(get.status(), StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn readiness_survives_a_database_outage_once_loaded() {
    let (app, state) = server(Some(TOKEN), true).await;
    state.refresher.pool().close().await;
    let readyz = send(&app, Method::GET, "/readyz", None).await;
    assert_eq!(readyz.status(), StatusCode::OK);
    assert_eq!(json(readyz).await["database"], "error");

    let failed = send(&app, Method::POST, "/internal/refresh-data", Some(TOKEN)).await;
    assert_eq!(failed.status(), StatusCode::INTERNAL_SERVER_ERROR);
    let body = json(failed).await;
    assert_eq!(body["error"], "refresh failed");
    assert!(body["detail"].as_str().is_some_and(|d| !d.is_empty()));
    assert!(state.refresher.store().current().is_some());
}

#[tokio::test]
async fn the_overview_renders_with_security_headers() {
    let (app, _) = server(Some(TOKEN), true).await;
    let response = send(&app, Method::GET, "/", None).await;
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers[header::CACHE_CONTROL], "no-cache");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(
        headers[header::REFERRER_POLICY],
        "strict-origin-when-cross-origin"
    );
    assert!(headers.get(header::ETAG).is_none());
    assert!(headers.get("x-request-id").is_some_and(|id| id.len() == 8));
    let csp = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        csp.contains("default-src 'self'") && csp.contains("'nonce-"),
        "{csp}"
    );

    let html = text(response).await;
    assert!(html.contains("League Overview"));
    assert!(html.contains("Western Conference") && html.contains("Eastern Conference"));
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .unwrap_or("?");
    assert!(
        html.contains(&format!("nonce=\"{nonce}\"")),
        "inline scripts carry the nonce"
    );
}

#[tokio::test]
async fn unknown_routes_get_the_404_page() {
    let (app, _) = server(Some(TOKEN), true).await;
    let response = send(&app, Method::GET, "/no/such/page", None).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    assert!(text(response).await.contains("Page not found"));
}

#[tokio::test]
async fn bad_query_parameters_redirect_to_the_canonical_url() {
    let (app, _) = server(Some(TOKEN), true).await;
    for (query, location) in [
        ("/?season=playoffs", "/"),
        ("/?season=bogus", "/"),
        ("/?west_sort=nope", "/"),
        ("/?east_page=9", "/"),
        ("/?utm_source=mail", "/"),
        ("/?value_team=zzz", "/"),
        ("/?scoring_dir=desc&west_sort=wins", "/?west_sort=wins"),
    ] {
        let response = send(&app, Method::GET, query, None).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{query}");
        assert_eq!(response.headers()[header::LOCATION], location, "{query}");
    }
    let canonical = send(&app, Method::GET, "/?west_sort=wins", None).await;
    assert_eq!(canonical.status(), StatusCode::OK);
}

#[tokio::test]
async fn pages_wait_then_answer_503_before_the_first_snapshot() {
    let (app, _) = server(Some(TOKEN), false).await;
    // The cold-start wait is ten seconds; let the paused clock jump through it.
    tokio::time::pause();
    let response = send(&app, Method::GET, "/", None).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers()[header::RETRY_AFTER], "10");
    assert!(text(response)
        .await
        .contains("Data is loading. Try again in a moment."));
}

fn nonce_of(response: &axum::response::Response) -> String {
    let csp = response.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap_or_default();
    csp.split("'nonce-")
        .nth(1)
        .and_then(|r| r.split('\'').next())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn cached_pages_are_identical_but_for_a_fresh_nonce() {
    let (app, state) = server(Some(TOKEN), true).await;
    let mut bodies = Vec::new();
    let mut nonces = Vec::new();
    for _ in 0..3 {
        let response = send(&app, Method::GET, "/?west_sort=wins", None).await;
        assert_eq!(response.status(), StatusCode::OK);
        let nonce = nonce_of(&response);
        let html = text(response).await;
        assert!(nonce.len() >= 16);
        assert!(
            html.contains(&format!("nonce=\"{nonce}\"")),
            "the body carries its header's nonce"
        );
        bodies.push(html.replace(&nonce, "NONCE"));
        nonces.push(nonce);
    }
    assert_eq!(bodies[0], bodies[1]);
    assert_eq!(bodies[1], bodies[2]);
    assert_ne!(nonces[0], nonces[1]);
    assert_ne!(nonces[1], nonces[2]);
    assert_eq!(
        state.pages.len(),
        1,
        "rendered once, then served from the cache"
    );
}

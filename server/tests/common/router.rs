//! The real router over a loaded snapshot, and plain GET requests through it.

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use server::refresh::Trigger;
use sqlx::PgPool;
use tower::ServiceExt;

/// The app's router once its first snapshot of `url`'s gold schema has loaded.
pub async fn loaded_router(pool: PgPool, url: &str) -> Router {
    let state = server::server_state(crate::test_config::config(url, None), pool);
    assert!(state.refresher.refresh(Trigger::Startup).await.succeeded());
    server::router(state)
}

/// A GET's status, `Location` header and body.
pub async fn get(app: &Router, uri: &str) -> (StatusCode, Option<String>, String) {
    let request = Request::builder()
        .method(Method::GET)
        .uri(uri)
        .body(Body::empty())
        .expect("request");
    let response = app.clone().oneshot(request).await.expect("response");
    let status = response.status();
    let location = response
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (
        status,
        location,
        String::from_utf8_lossy(&bytes).into_owned(),
    )
}

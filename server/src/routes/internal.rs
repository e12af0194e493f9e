//! Machine endpoints: `POST /internal/refresh-data`, `GET /internal/health`, `/healthz` and
//! `/readyz`. They answer JSON and never trigger a data load, except the refresh itself.

use std::time::Duration;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};
use subtle::ConstantTimeEq;
use tracing::warn;

use crate::memory;
use crate::refresh::Trigger;
use crate::state::ServerState;

pub fn routes() -> Router<ServerState> {
    Router::new()
        .route("/internal/refresh-data", post(refresh_data))
        .route("/internal/health", get(health))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
}

fn reply(status: StatusCode, body: Value) -> Response {
    (status, Json(body)).into_response()
}

/// Why an internal endpoint refused a request.
enum Denied {
    NotConfigured,
    Unauthorized,
}

impl IntoResponse for Denied {
    fn into_response(self) -> Response {
        match self {
            Self::NotConfigured => reply(
                StatusCode::INTERNAL_SERVER_ERROR,
                json!({ "error": "DATA_REFRESH_TOKEN is not configured" }),
            ),
            Self::Unauthorized => {
                reply(StatusCode::UNAUTHORIZED, json!({ "error": "unauthorized" }))
            }
        }
    }
}

/// Checks `X-Refresh-Token` against `DATA_REFRESH_TOKEN` in constant time.
fn authorize(state: &ServerState, headers: &HeaderMap) -> Result<(), Denied> {
    let expected = state
        .config
        .refresh_token
        .as_deref()
        .ok_or(Denied::NotConfigured)?;
    let given = headers
        .get("x-refresh-token")
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if bool::from(given.ct_eq(expected.as_bytes())) {
        Ok(())
    } else {
        warn!("internal endpoint called without a valid refresh token");
        Err(Denied::Unauthorized)
    }
}

fn iso(time: chrono::DateTime<chrono::Utc>) -> String {
    time.to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
}

async fn refresh_data(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    if let Err(denied) = authorize(&state, &headers) {
        return denied.into_response();
    }

    let outcome = state.refresher.refresh(Trigger::Endpoint).await;
    match &outcome.error {
        None => reply(
            StatusCode::OK,
            json!({
                "status": "ok",
                "refreshed_at": iso(outcome.finished_at),
                "duration_seconds": outcome.duration_seconds,
                "row_counts": outcome.row_counts,
            }),
        ),
        Some(detail) => reply(
            StatusCode::INTERNAL_SERVER_ERROR,
            json!({ "error": "refresh failed", "detail": detail }),
        ),
    }
}

async fn health(State(state): State<ServerState>, headers: HeaderMap) -> Response {
    if let Err(denied) = authorize(&state, &headers) {
        return denied.into_response();
    }

    let snapshot = state.refresher.store().current();
    let memory = json!({
        "process_rss_mb": memory::process_rss_mb(),
        "container_current_mb": memory::container_current_mb(),
        "container_limit_mb": memory::container_limit_mb(),
    });
    let status = status_for(snapshot.is_some());
    reply(
        status,
        json!({
            "status": if snapshot.is_some() { "ok" } else { "unavailable" },
            "has_snapshot": snapshot.is_some(),
            "last_refreshed_at": snapshot.as_ref().map(|s| iso(s.refreshed_at)),
            "duration_seconds": snapshot.as_ref().map(|s| crate::refresh::round3(s.duration.as_secs_f64())),
            "row_counts": snapshot.as_ref().map_or_else(|| json!({}), |s| json!(s.report.row_counts)),
            "memory": memory,
        }),
    )
}

/// Health and readiness answer 503 until a snapshot exists.
fn status_for(has_snapshot: bool) -> StatusCode {
    if has_snapshot {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    }
}

async fn healthz() -> Response {
    reply(StatusCode::OK, json!({ "status": "ok" }))
}

/// Ready whenever a snapshot is loaded, even while the database is down: pages are served
/// from memory, so an outage must not take every replica out of the load balancer.
async fn readyz(State(state): State<ServerState>) -> Response {
    let snapshot = state.refresher.store().current();
    let ping = sqlx::query("SELECT 1").execute(state.refresher.pool());
    let database = match tokio::time::timeout(Duration::from_secs(2), ping).await {
        Ok(Ok(_)) => "ok",
        _ => "error",
    };
    let status = status_for(snapshot.is_some());
    reply(
        status,
        json!({
            "status": if snapshot.is_some() { "ready" } else { "not_ready" },
            "database": database,
            "snapshot": snapshot.is_some(),
            "last_refreshed_at": snapshot.as_ref().map(|s| iso(s.refreshed_at)),
        }),
    )
}

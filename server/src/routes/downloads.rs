//! `GET /csv/{table}?{the page's query}`: a table's rows as a CSV download.

use axum::extract::{Path, RawQuery, State};
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tracing::debug;

use app::downloads::download;
use app::error::AppError;
use app::url::parse_query;

use crate::state::ServerState;

pub fn routes() -> Router<ServerState> {
    Router::new().route("/csv/{table}", get(table_csv))
}

async fn table_csv(
    State(state): State<ServerState>,
    Path(table): Path<String>,
    RawQuery(query): RawQuery,
) -> Response {
    let Some(snapshot) = state.app.snapshots.current() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::RETRY_AFTER, "10")],
            "Data is loading.",
        )
            .into_response();
    };
    let pairs = parse_query(query.as_deref().unwrap_or(""));
    match download(&snapshot, state.app.today(), &table, &pairs) {
        Ok(file) => {
            debug!(table, bytes = file.body.len(), "CSV download");
            let disposition =
                HeaderValue::from_str(&format!("attachment; filename=\"{}\"", file.filename))
                    .unwrap_or_else(|_| HeaderValue::from_static("attachment"));
            let mut response = file.body.into_response();
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/csv; charset=utf-8"),
            );
            headers.insert(header::CONTENT_DISPOSITION, disposition);
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
            response
        }
        Err(AppError::NotFound) => (StatusCode::NOT_FOUND, "No such table.").into_response(),
        Err(error) => (
            StatusCode::from_u16(error.status_code()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            error.to_string(),
        )
            .into_response(),
    }
}

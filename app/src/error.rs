//! The one error type every server function returns; each variant maps to an HTTP status.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("unauthorized")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    /// The data snapshot is not loaded yet.
    #[error("data is loading")]
    Unavailable,
    /// Details are logged on the server and never sent to the browser.
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn status_code(&self) -> u16 {
        match self {
            Self::NotFound => 404,
            Self::BadRequest(_) => 400,
            Self::Unauthorized => 401,
            Self::Forbidden => 403,
            Self::Unavailable => 503,
            Self::Internal => 500,
        }
    }

    /// Sets this error's status on the current server-function response (server functions
    /// otherwise answer every error with 500), and returns the error.
    #[cfg(feature = "ssr")]
    pub fn with_status(self) -> Self {
        if let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            if let Ok(status) = axum::http::StatusCode::from_u16(self.status_code()) {
                response.set_status(status);
            }
        }
        self
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(message) => Self::BadRequest(message),
            ServerFnErrorErr::MissingArg(message) => Self::BadRequest(message),
            _ => Self::Internal,
        }
    }
}

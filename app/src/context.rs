//! What the server hands every page render and server function (server only).

use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;

use crate::error::AppError;
use crate::gold::SnapshotStore;

#[derive(Clone)]
pub struct AppContext {
    pub snapshots: SnapshotStore,
    /// "Today" and "tonight" are dates in this zone.
    pub league_tz: Tz,
    /// A fixed "today", for demos and tests of date-dependent views.
    pub today_override: Option<NaiveDate>,
}

impl AppContext {
    /// Today's date in the league time zone, evaluated per request.
    pub fn today(&self) -> NaiveDate {
        self.today_override
            .unwrap_or_else(|| Utc::now().with_timezone(&self.league_tz).date_naive())
    }
}

/// The context of the current request, or an internal error when it is missing.
pub fn app_context() -> Result<AppContext, AppError> {
    leptos::prelude::use_context::<AppContext>().ok_or_else(|| {
        tracing::error!("AppContext was not provided to this request");
        AppError::Internal
    })
}

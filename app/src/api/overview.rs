//! The Overview page's data.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{OverviewData, ValuePoint};

#[server(endpoint = "overview")]
pub async fn get_overview() -> Result<OverviewData, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(OverviewData::clone(&snapshot.overview_on(context.today())))
}

/// The value scatter's points for one team option, or all teams when `team` is `None`.
#[server(endpoint = "overview_value")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_value_points(team: Option<String>) -> Result<Vec<ValuePoint>, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;

    if let Some(team) = team.as_deref() {
        if !snapshot
            .overview
            .value_teams
            .iter()
            .any(|option| option == team)
        {
            return Err(AppError::BadRequest(format!("unknown value_team {team:?}")).with_status());
        }
    }
    Ok(snapshot.value_points(team.as_deref()))
}

//! The Schedule page's data: tonight and, for the full view only, the remaining schedule on
//! the server; the selected analysis chart in the browser.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::schedule::{AnalysisChart, FullRow, ScheduleSummary};

#[server(endpoint = "schedule")]
pub async fn get_schedule() -> Result<ScheduleSummary, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(snapshot.schedule.summary())
}

/// The remaining season's rows in date order, for the full-schedule view.
#[server(endpoint = "full_schedule")]
pub async fn get_full_schedule() -> Result<Vec<FullRow>, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(snapshot.schedule.full.clone())
}

/// One analysis chart's bars, by its URL value (`strength-of-schedule`, …).
#[server(endpoint = "analysis_chart")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_analysis_chart(chart: String) -> Result<AnalysisChart, AppError> {
    use crate::model::schedule::AnalysisKind;

    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let kind = AnalysisKind::from_param(&chart)
        .ok_or_else(|| AppError::BadRequest(format!("unknown chart {chart:?}")).with_status())?;
    snapshot
        .analysis
        .get(&kind)
        .cloned()
        .ok_or_else(|| AppError::NotFound.with_status())
}

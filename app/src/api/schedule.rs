//! The Schedule page's data: tonight and the remaining schedule on the server, the selected
//! analysis chart in the browser.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::schedule::{AnalysisChart, ScheduleData};

#[server(endpoint = "schedule")]
pub async fn get_schedule() -> Result<ScheduleData, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(ScheduleData::clone(&snapshot.schedule))
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

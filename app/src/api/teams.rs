//! The Teams index and team pages' data.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::teams::{TeamPageData, TeamsIndex};

#[server(endpoint = "teams")]
pub async fn get_teams() -> Result<TeamsIndex, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(TeamsIndex::clone(&snapshot.teams))
}

/// One team's page; `abbr` may be any case or an alias. The upcoming games start today.
#[server(endpoint = "team")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_team(abbr: String) -> Result<TeamPageData, AppError> {
    use crate::gold::derive::teams::schedule::next_five;

    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let team = crate::teams::resolve(&abbr).ok_or_else(|| AppError::NotFound.with_status())?;
    let page = snapshot
        .team_pages
        .get(team.abbr)
        .ok_or_else(|| AppError::NotFound.with_status())?;

    let mut page = TeamPageData::clone(page);
    page.upcoming = next_five(&page.upcoming, context.today());
    Ok(page)
}

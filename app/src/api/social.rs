//! The Social page's data: cards and league charts, one team's timeline (fetched by the
//! browser), and the detail tables for the URL's sort, page and filters.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::social::{SocialData, SocialTables, TeamTimeline};

#[server(endpoint = "social")]
pub async fn get_social() -> Result<SocialData, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let social = &snapshot.social;
    Ok(SocialData {
        kpis: social.kpis.clone(),
        volume: social.volume.clone(),
        threads: social.threads.clone(),
        keywords: social.keywords.clone(),
        flairs: social.flairs.clone(),
        default_team: social.default_team.to_owned(),
    })
}

/// One team's comments by prior result; the data's default team when `team` is `None`.
#[server(endpoint = "social_team")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_team_timeline(team: Option<String>) -> Result<TeamTimeline, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let social = &snapshot.social;
    let abbr = match team.as_deref() {
        Some(raw) => crate::teams::resolve(raw)
            .map(|t| t.abbr)
            .ok_or_else(|| AppError::BadRequest(format!("unknown team {raw:?}")).with_status())?,
        None => social.default_team,
    };
    Ok(social.timelines.get(abbr).cloned().unwrap_or_default())
}

/// The detail tables for a raw query string, parsed exactly as the page's URL is.
#[server(endpoint = "social_tables")]
pub async fn get_social_tables(search: String) -> Result<SocialTables, AppError> {
    use crate::pages::social::state::SocialState;
    use crate::url::parse_query;

    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let (state, _) = SocialState::parse(&parse_query(&search));
    let tables = snapshot.social.tables(&state);
    if state.comments.table.page > tables.comment_pages
        || state.keywords.table.page > tables.keyword_pages
    {
        return Ok(snapshot.social.tables(&state.first_pages()));
    }
    Ok(tables)
}

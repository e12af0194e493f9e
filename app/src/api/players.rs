//! The Players index, player pages and the navigation search's suggestions.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::players::{PlayerLookup, PlayersPage, Suggestion};

/// One page of the index for a raw query string (`?q=…&team=…`), parsed exactly as the
/// page's URL is, so both always agree. Invalid values fall back to their defaults.
#[server(endpoint = "players")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_players(search: String) -> Result<PlayersPage, AppError> {
    use crate::pages::players::state::PlayersState;
    use crate::url::parse_query;

    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let directory = &snapshot.players;
    let (state, _) = PlayersState::parse(&parse_query(&search), directory.has_playoffs());
    let page = directory.page(&state);
    if state.table.page > page.pages {
        return Ok(directory.page(&state.first_page()));
    }
    Ok(page)
}

/// A player's page, or the list of players who share a bare slug.
#[server(endpoint = "player")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_player(slug: String) -> Result<PlayerLookup, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    snapshot
        .players
        .lookup(&slug)
        .ok_or_else(|| AppError::NotFound.with_status())
}

/// Players and teams whose names contain `q`, for the search box.
#[server(endpoint = "search")]
pub async fn search_suggestions(q: String) -> Result<Vec<Suggestion>, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(snapshot.players.suggest(&q))
}

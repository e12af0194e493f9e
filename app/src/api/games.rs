//! The Games page's data: the slate on the server, each game's chart points in the browser.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::games::{GamePlot, GamesData};

#[server(endpoint = "games")]
pub async fn get_games() -> Result<GamesData, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    Ok(GamesData::clone(&snapshot.games))
}

/// The chart data of one slate game, or of the first game when `game` is `None`.
#[server(endpoint = "game_plot")]
#[tracing::instrument(err(Debug, level = "debug"))]
pub async fn get_game_plot(game: Option<String>) -> Result<GamePlot, AppError> {
    let context = crate::context::app_context()?;
    let snapshot = context
        .snapshots
        .current()
        .ok_or_else(|| AppError::Unavailable.with_status())?;
    let slug = match game {
        Some(slug) => slug,
        None => snapshot
            .games
            .games
            .first()
            .map(|game| game.slug.clone())
            .ok_or_else(|| AppError::NotFound.with_status())?,
    };
    snapshot
        .plots
        .get(&slug)
        .cloned()
        .ok_or_else(|| AppError::NotFound.with_status())
}

//! The optional cards, shown only when their data exists: upcoming games and game types.

use std::sync::Arc;

use leptos::prelude::*;

use crate::format::pct1;
use crate::model::teams::{GameTypesCard, TeamPageData, UpcomingGame};

#[component]
pub fn ExtraCards(page: Arc<TeamPageData>) -> impl IntoView {
    let upcoming = (!page.upcoming.is_empty()).then(|| {
        let rows = page
            .upcoming
            .iter()
            .cloned()
            .map(|game| view! { <UpcomingRow game/> })
            .collect_view();
        view! {
            <section class="panel extra-card" aria-labelledby="upcoming-title">
                <h3 id="upcoming-title" class="stat-title">"Upcoming games"</h3>
                <ul class="upcoming-list">{rows}</ul>
            </section>
        }
    });
    let game_types = page.game_types.clone().map(|card| {
        let rows = match card {
            GameTypesCard::Records(rows) => rows
                .into_iter()
                .map(|(label, wins, losses)| {
                    view! { <div class="stat-row"><dt>{label}</dt><dd class="stat-value">{format!("{wins}-{losses}")}</dd></div> }
                })
                .collect_view()
                .into_any(),
            GameTypesCard::Shares(rows) => rows
                .into_iter()
                .map(|(label, games, share)| {
                    let games = games.map_or_else(|| "-".to_owned(), |n| n.to_string());
                    let share = share.map_or_else(|| "-".to_owned(), pct1);
                    view! { <div class="stat-row"><dt>{label}</dt><dd class="stat-value">{format!("{games} · {share}")}</dd></div> }
                })
                .collect_view()
                .into_any(),
        };
        view! {
            <section class="panel extra-card" aria-labelledby="game-types-title">
                <h3 id="game-types-title" class="stat-title">"Game types"</h3>
                <dl class="stat-list">{rows}</dl>
            </section>
        }
    });
    (upcoming.is_some() || game_types.is_some()).then(|| {
        view! { <div class="extra-cards">{upcoming}{game_types}</div> }
    })
}

#[component]
fn UpcomingRow(game: UpcomingGame) -> impl IntoView {
    let at = if game.home { "vs " } else { "@ " };
    let opponent = match game.opponent.href() {
        Some(href) => view! { <a href=href>{game.opponent.label.clone()}</a> }.into_any(),
        None => game.opponent.label.clone().into_any(),
    };
    view! { <li>{format!("{} · {at}", game.when)}{opponent}</li> }
}

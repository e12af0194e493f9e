//! The game-card strip: one link per game, keyboard operable (Tab, Enter, and the arrow keys
//! between cards), the selected card marked and kept in view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::badge::TeamBadge;
use crate::model::games::{GameSummary, GameTeam, GamesData, Side};

use super::state::GamesState;

/// More games than this scroll in one row instead of wrapping.
const WRAP_LIMIT: usize = 8;

fn name(team: &GameTeam) -> &str {
    team.name.as_deref().unwrap_or(&team.team.label)
}

/// "{away} at {home}, final {away pts} to {home pts}, {winner} by {margin}".
pub fn card_label(game: &GameSummary) -> String {
    format!(
        "{} at {}, final {} to {}, {} by {}",
        name(&game.away),
        name(&game.home),
        game.away.score,
        game.home.score,
        game.winner_team().team.label,
        game.margin
    )
}

#[component]
pub fn CardStrip(
    data: Arc<GamesData>,
    state: Memo<GamesState>,
    game: Memo<Option<GameSummary>>,
) -> impl IntoView {
    let scrolling = data.games.len() > WRAP_LIMIT;
    let strip = NodeRef::<leptos::html::Nav>::new();
    #[cfg(feature = "hydrate")]
    keep_selected_in_view(strip, game, scrolling);

    let cards = data
        .games
        .iter()
        .map(|summary| {
            let slug = summary.slug.clone();
            let href = {
                let slug = slug.clone();
                move || state.get().with_game(&slug).href()
            };
            let current = move || {
                game.with(|g| g.as_ref().is_some_and(|g| g.slug == slug))
                    .then_some("true")
            };
            view! {
                <li>
                    <a
                        class="game-card"
                        href=href
                        aria-current=current
                        aria-label=card_label(summary)
                        data-noscroll="true"
                    >
                        <GameCard game=summary.clone()/>
                    </a>
                </li>
            }
        })
        .collect_view();

    view! {
        <nav
            class="game-strip"
            class:scrolling=scrolling
            aria-label="Games on this slate"
            node_ref=strip
            on:keydown=move_focus
        >
            <ul>{cards}</ul>
        </nav>
    }
}

#[component]
fn GameCard(game: GameSummary) -> impl IntoView {
    let side_row = |side: Side| {
        let team = game.team(side).clone();
        let class = if game.winner == side {
            "card-score winner"
        } else {
            "card-score"
        };
        view! {
            <span class="card-side">
                <TeamBadge look=team.look.clone() size=40/>
                <span class="card-abbr">{team.team.label.clone()}</span>
                <span class=class>{team.score}</span>
            </span>
        }
    };
    view! {
        <span class="card-matchup">
            {format!("{} @ {}", game.away.team.label, game.home.team.label)}
        </span>
        {game.series.clone().map(|series| view! { <span class="chip series-chip">{series}</span> })}
        {side_row(Side::Away)}
        {side_row(Side::Home)}
        <span class="card-result">
            {format!("{} by {}", game.winner_team().team.label, game.margin)}
        </span>
    }
}

/// Left and Right move focus to the previous or next card.
fn move_focus(event: leptos::ev::KeyboardEvent) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let step = match event.key().as_str() {
            "ArrowLeft" => -1,
            "ArrowRight" => 1,
            _ => return,
        };
        let Some(item) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("li").ok().flatten())
        else {
            return;
        };
        let sibling = if step < 0 {
            item.previous_element_sibling()
        } else {
            item.next_element_sibling()
        };
        if let Some(link) = sibling
            .and_then(|li| li.query_selector("a").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
        {
            event.prevent_default();
            let _ = link.focus();
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = event;
}

/// In a scrolling strip, scrolls the selected card to the middle whenever the selection
/// changes (the page itself does not move).
#[cfg(feature = "hydrate")]
fn keep_selected_in_view(
    strip: NodeRef<leptos::html::Nav>,
    game: Memo<Option<GameSummary>>,
    scrolling: bool,
) {
    use wasm_bindgen::JsCast;
    Effect::new(move |_| {
        game.track();
        let Some(strip) = strip.get().filter(|_| scrolling) else {
            return;
        };
        let Some(card) = strip
            .query_selector("a[aria-current=\"true\"]")
            .ok()
            .flatten()
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let centre = card.offset_left() - (strip.client_width() - card.offset_width()) / 2;
        strip.set_scroll_left(centre.max(0));
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::TeamLook;
    use crate::model::games::FlowStats;
    use crate::model::TeamRef;

    fn team(abbr: &str, name: Option<&str>, score: i64) -> GameTeam {
        GameTeam {
            team: TeamRef {
                abbr: Some(abbr.into()),
                label: abbr.into(),
            },
            name: name.map(str::to_owned),
            score,
            look: TeamLook::new(abbr, abbr, None, None),
        }
    }

    #[test]
    fn the_card_reads_as_a_sentence() {
        let game = GameSummary {
            slug: "s".into(),
            home: team("LAL", Some("Los Angeles Lakers"), 98),
            away: team("BOS", None, 104),
            winner: Side::Away,
            margin: 6,
            series: None,
            description: None,
            lead: None,
            flow: FlowStats::default(),
        };
        assert_eq!(
            card_label(&game),
            "BOS at Los Angeles Lakers, final 104 to 98, BOS by 6"
        );
    }
}

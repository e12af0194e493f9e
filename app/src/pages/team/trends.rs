//! SEASON TRENDS: the margin-of-victory chart and the team's player scoring table.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::chart::Chart;
use crate::components::charts::mov::mov_chart;
use crate::components::data_table::{Cell, DataTable, Rows};
use crate::format::{fixed, int, pct1};
use crate::model::teams::{TeamPageData, TeamPlayerRow};
use crate::table::{SortKey, TableState};

use super::state::{TeamState, PLAYERS};

/// The player table's rows in its default order (PPG descending, then player).
pub fn player_rows(players: &[TeamPlayerRow]) -> Rows {
    let mut rows = Rows::default();
    let dash = || "-".to_owned();
    let text_key = |v: &Option<String>| v.as_deref().map_or(SortKey::Null, SortKey::text);
    for p in players {
        rows.push(
            vec![
                Cell::link(p.player.clone(), Some(format!("/players/{}", p.slug))),
                Cell::text(p.games_played.map_or_else(dash, int)),
                Cell::text(p.ppg.map_or_else(dash, |v| fixed(v, 1))),
                Cell::text(p.ts.map_or_else(dash, pct1)),
                Cell::text(p.plus_minus.map_or_else(dash, |v| fixed(v, 1))),
                Cell::text(p.player_type.clone().unwrap_or_else(dash)),
                Cell::text(p.ppg_rank.map_or_else(dash, int)),
                Cell::text(p.scoring_tier.clone().unwrap_or_else(dash)),
            ],
            vec![
                SortKey::text(&p.player),
                SortKey::opt_num(p.games_played.map(|v| v as f64)),
                SortKey::opt_num(p.ppg),
                SortKey::opt_num(p.ts),
                SortKey::opt_num(p.plus_minus),
                text_key(&p.player_type),
                SortKey::opt_num(p.ppg_rank.map(|v| v as f64)),
                text_key(&p.scoring_tier),
            ],
        );
    }
    rows
}

#[component]
pub fn SeasonTrends(page: Arc<TeamPageData>, state: Memo<TeamState>) -> impl IntoView {
    let bars = page.mov.clone();
    let available = !bars.is_empty();
    let spec = Signal::derive(move || mov_chart(&bars));
    let slate_games: Vec<(String, String)> = page
        .mov
        .iter()
        .filter_map(|bar| {
            let href = bar.game_href.clone()?;
            Some((
                href,
                format!("Last night vs {}: open the game", bar.opponent),
            ))
        })
        .collect();
    let game_links = (!slate_games.is_empty()).then(|| {
        let links = slate_games
            .into_iter()
            .map(|(href, text)| view! { <li><a href=href>{text}</a></li> })
            .collect_view();
        view! { <ul class="chart-links-inline">{links}</ul> }
    });

    let rows = player_rows(&page.players);
    let caption = format!("{} player scoring efficiency", page.name);
    let table = move || {
        let current = state.get();
        let download = crate::csv::csv_href(
            "team-players",
            &current.params(),
            &[("team", current.abbr.as_str())],
        );
        let base = current.clone();
        let href = move |next: &TableState| base.with_players(next.clone()).href();
        view! {
            <DataTable
                spec=&PLAYERS
                state=current.players.clone()
                rows=rows.clone()
                href
                caption=caption.clone()
                empty="No player efficiency rows for this team in the current dataset."
                download
            />
        }
    };

    view! {
        <section class="team-section" aria-labelledby="trends-kicker">
            <p id="trends-kicker" class="kicker">"SEASON TRENDS"</p>
            <div class="pair">
                <section class="panel" aria-labelledby="mov-title">
                    <h2 id="mov-title" class="section-title">"Game Margin of Victory"</h2>
                    <Chart
                        id="mov-chart"
                        title="Game Margin of Victory"
                        aria_label=format!("Bar chart: margin of victory by game for {}", page.name)
                        height=500
                        available
                        spec
                        placeholder="No margin-of-victory rows for this team in the current dataset.".to_owned()
                    />
                    {game_links}
                </section>
                <section class="panel" aria-labelledby="players-title">
                    <h2 id="players-title" class="section-title">"Player Scoring Efficiency"</h2>
                    {table}
                </section>
            </div>
        </section>
    }
}

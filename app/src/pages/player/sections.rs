//! The player page's sections that show only when their data exists: injury status, the
//! latest game line and the last-14-day trends.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::data_table::DataTable;
use crate::components::injury_list::InjuryList;
use crate::model::players::PlayerPageData;
use crate::pages::games::lines::line_rows;
use crate::pages::games::state::LINES;
use crate::table::TableState;

#[component]
pub fn InjurySection(page: Arc<PlayerPageData>) -> impl IntoView {
    (!page.injuries.is_empty()).then(|| {
        let streak = page.missed_streak.map(|n| {
            let games = if n == 1 { "game" } else { "games" };
            view! { <p class="helper">{format!("Missed {n} straight {games}")}</p> }
        });
        view! {
            <section class="panel" aria-labelledby="injury-title">
                <h2 id="injury-title" class="section-title">"Injury status"</h2>
                <InjuryList rows=page.injuries.clone()/>
                {streak}
            </section>
        }
    })
}

#[component]
pub fn LatestGameSection(page: Arc<PlayerPageData>) -> impl IntoView {
    page.latest.clone().map(|latest| {
        let rows = line_rows(&[&latest.line]);
        let open = latest
            .game_href
            .map(|href| view! { <p><a href=href class="open-game">"Open game"</a></p> });
        view! {
            <section class="panel" aria-labelledby="latest-title">
                <p id="latest-title" class="kicker">{format!("LATEST GAME · {}", latest.date)}</p>
                <DataTable
                    spec=&LINES
                    state=TableState::default_for(&LINES)
                    rows
                    href=|_: &TableState| String::new()
                    caption="Latest game line".to_owned()
                    empty=""
                    server_pages=1
                    static_headers=true
                />
                {open}
            </section>
        }
    })
}

#[component]
pub fn TrendsSection(page: Arc<PlayerPageData>) -> impl IntoView {
    (!page.trends.is_empty()).then(|| {
        let rows = page
            .trends
            .iter()
            .cloned()
            .map(|row| {
                let class = match row.direction {
                    Some(1) => "change-up",
                    Some(-1) => "change-down",
                    _ => "change-flat",
                };
                view! {
                    <tr>
                        <th scope="row" class="cell-text">{row.metric}</th>
                        <td class="cell-num">{row.season}</td>
                        <td class="cell-num">{row.recent}</td>
                        <td class=format!("cell-num {class}")>{row.change}</td>
                        <td class="cell-num">{row.rank}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="panel" aria-labelledby="trends-title">
                <h2 id="trends-title" class="section-title">"Last 14 days vs season"</h2>
                <div class="table-scroll">
                    <table class="data-table">
                        <caption class="table-caption">"Change rank: 1st = biggest improvement in the league."</caption>
                        <thead>
                            <tr>
                                <th scope="col" class="cell-text"><span class="th-label">"Metric"</span></th>
                                <th scope="col" class="cell-num"><span class="th-label">"Season"</span></th>
                                <th scope="col" class="cell-num"><span class="th-label">"Last 14 days"</span></th>
                                <th scope="col" class="cell-num"><span class="th-label">"Change"</span></th>
                                <th scope="col" class="cell-num"><span class="th-label">"Change rank"</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
        }
    })
}

//! Players (`/players`): every player in the data, searchable by name (accents ignored),
//! filterable by team and season type, sortable and paged, all in the URL.

mod controls;
pub mod state;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::players::get_players;
use crate::components::data_table::{Cell, DataTable, Rows};
use crate::components::hero::PageHero;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::error::AppError;
use crate::format::{fixed, int, money, pct1, signed};
use crate::model::players::{IndexRow, PlayersPage};
use crate::season::SeasonType;
use crate::table::{SortKey, TableState};
use crate::url::parse_query;

use self::controls::IndexControls;
use self::state::{PlayersState, INDEX};

/// The value category's chip classes.
pub fn category_chip(category: &str) -> &'static str {
    match category {
        "Superstars" => "chip value-superstars",
        "Great Value" => "chip value-great",
        "Normal" => "chip value-normal",
        "Bad Value" => "chip value-bad",
        _ => "chip",
    }
}

/// The page's rows as the server sorted and cut them; sort keys are not needed.
pub(crate) fn index_rows(rows: &[IndexRow], season: SeasonType) -> Rows {
    let mut table = Rows::default();
    let dash = || "-".to_owned();
    for row in rows {
        let line = row.season(season);
        table.push(
            vec![
                Cell::link(row.player.clone(), Some(format!("/players/{}", row.slug))),
                Cell::link(row.team.label.clone(), row.team.href()),
                Cell::text(line.and_then(|l| l.games_played).map_or_else(dash, int)),
                Cell::text(line.and_then(|l| l.ppg).map_or_else(dash, |v| fixed(v, 1))),
                Cell::text(line.and_then(|l| l.ts).map_or_else(dash, pct1)),
                Cell::text(
                    line.and_then(|l| l.plus_minus)
                        .map_or_else(dash, |v| signed(v, 1)),
                ),
                Cell::text(
                    line.and_then(|l| l.mvp_score)
                        .map_or_else(dash, |v| fixed(v, 1)),
                ),
                Cell::text(row.salary.map_or_else(dash, money)),
                Cell::text(row.category.clone().unwrap_or_default())
                    .pill(row.category.as_deref().map_or("chip", category_chip)),
                Cell::text(
                    row.status
                        .as_ref()
                        .map(|s| s.text.clone())
                        .unwrap_or_default(),
                )
                .pill(
                    row.status
                        .as_ref()
                        .map_or("status-badge", |s| s.class.css()),
                ),
            ],
            vec![SortKey::Null; INDEX.columns.len()],
        );
    }
    table
}

fn count_line(page: &PlayersPage, q: &str) -> String {
    let players = if page.matches == 1 {
        "player"
    } else {
        "players"
    };
    if q.is_empty() {
        format!("{} {players}", int(page.matches as i64))
    } else {
        format!(
            "{} {players} match \u{201c}{q}\u{201d}",
            int(page.matches as i64)
        )
    }
}

#[component]
pub fn PlayersIndexPage() -> impl IntoView {
    let location = use_location();
    let search = Memo::new(move |_| location.search.get());
    let data = Resource::new_blocking(move || search.get(), get_players);
    let state = Memo::new(move |_| PlayersState::parse(&parse_query(&search.get()), true).0);

    view! {
        <PageMeta
            title="Players"
            description="Search every NBA player in the current data: scoring, true shooting, plus/minus, MVP score, salary and injury status."
        />
        <PageHero title="Players".to_owned()>"Search every player in the current data."</PageHero>
        <section class="panel" aria-labelledby="players-index-title">
            <h2 id="players-index-title" class="visually-hidden">"All players"</h2>
            <IndexControls state data/>
            <Transition fallback=|| view! { <p class="loading" role="status">"Loading players…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(page) => view! { <IndexTable page state=state.get_untracked()/> }.into_any(),
                        Err(error) => view! { <LoadError error what="the players"/> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

/// The index page's data, keyed by the URL's query string.
pub type IndexResource = Resource<Result<PlayersPage, AppError>>;

#[component]
fn IndexTable(page: PlayersPage, state: PlayersState) -> impl IntoView {
    if page.matches == 0 {
        let message = if state.q.is_empty() {
            "No players match these filters.".to_owned()
        } else {
            format!("No players match \u{201c}{}\u{201d}.", state.q)
        };
        return view! {
            <p class="empty-state" role="status">{message}" "<a href="/players">"Clear filters"</a></p>
        }
        .into_any();
    }
    let count = count_line(&page, &state.q);
    let download = crate::csv::csv_href("players", &state.params(), &[]);
    let rows = index_rows(&page.rows, state.season);
    let base = state.clone();
    let href = move |next: &TableState| {
        PlayersState {
            table: next.clone(),
            ..base.clone()
        }
        .href()
    };
    view! {
        <p class="count-line" role="status">{count}</p>
        <DataTable
            spec=&INDEX
            state=state.table.clone()
            rows
            href
            caption="Players".to_owned()
            empty="No players match these filters."
            server_pages=page.pages
            download
        />
    }
    .into_any()
}

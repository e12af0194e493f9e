//! CSV downloads of the data tables (server only): every row the table's filters keep, in
//! its current sort, as the table shows it. The query is the page's own, plus `game` or
//! `team` where the page takes them from its path.

use chrono::NaiveDate;

use crate::components::data_table::Rows;
use crate::csv::table_csv;
use crate::error::AppError;
use crate::gold::Snapshot;
use crate::pages::games::lines::line_rows;
use crate::pages::games::state::{lines_in_scope, selected, GamesState, LINES};
use crate::pages::overview::state::{OverviewState, EAST, SCORING, WEST};
use crate::pages::overview::tables::{scoring_rows, standings_rows};
use crate::pages::players::index_rows;
use crate::pages::players::state::{PlayersState, INDEX};
use crate::pages::schedule::full::full_rows;
use crate::pages::schedule::state::{ScheduleState, FULL};
use crate::pages::social::state::{SocialState, COMMENTS, KEYWORDS};
use crate::pages::social::tables::{comment_rows, keyword_rows};
use crate::pages::team::state::{TeamState, PLAYERS};
use crate::pages::team::trends::player_rows;
use crate::table::{sort_and_page, TableSpec, TableState};
use crate::teams::Conference;
use crate::url::query_value;

/// The downloadable tables, by the name in `/csv/{name}`.
pub const TABLES: [&str; 9] = [
    "standings-west",
    "standings-east",
    "scoring",
    "lines",
    "team-players",
    "players",
    "full-schedule",
    "comments",
    "keywords",
];

/// A CSV file: its name and content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub filename: String,
    pub body: String,
}

/// Every row of `rows` in `state`'s sort.
fn sorted(spec: &TableSpec, state: &TableState, rows: &Rows) -> String {
    let everything = TableSpec {
        page_size: usize::MAX,
        ..*spec
    };
    let (order, _) = sort_and_page(&everything, &state.with_page(1), &rows.keys);
    table_csv(spec, rows, &order)
}

/// Rows a server already sorted: written in their order.
fn in_order(spec: &TableSpec, rows: &Rows) -> String {
    let order: Vec<usize> = (0..rows.cells.len()).collect();
    table_csv(spec, rows, &order)
}

fn file(name: &str, body: String) -> Download {
    Download {
        filename: format!("{name}.csv"),
        body,
    }
}

/// The CSV of table `name` for a page query; unknown tables, games and teams are not found.
pub fn download(
    snapshot: &Snapshot,
    today: NaiveDate,
    name: &str,
    pairs: &[(String, String)],
) -> Result<Download, AppError> {
    match name {
        "standings-west" | "standings-east" | "scoring" => {
            let data = snapshot.overview_on(today);
            let (state, _) = OverviewState::parse(pairs, &data);
            let body = match name {
                "standings-west" => {
                    sorted(&WEST, &state.west, &standings_rows(&data, Conference::West))
                }
                "standings-east" => {
                    sorted(&EAST, &state.east, &standings_rows(&data, Conference::East))
                }
                _ => sorted(&SCORING, &state.scoring, &scoring_rows(&data, state.season)),
            };
            Ok(file(name, body))
        }
        "lines" => {
            let games = &snapshot.games;
            let slug = query_value(pairs, "game");
            let game = selected(games, slug);
            if slug.is_some() && game.is_none() {
                return Err(AppError::NotFound);
            }
            let (state, _) = GamesState::parse(slug, pairs, games);
            let lines = lines_in_scope(games, game, state.players);
            let stem = game.map_or_else(|| "lines".to_owned(), |g| format!("lines-{}", g.slug));
            Ok(file(
                &stem,
                sorted(&LINES, &state.lines, &line_rows(&lines)),
            ))
        }
        "team-players" => {
            let team = query_value(pairs, "team")
                .and_then(crate::teams::resolve)
                .ok_or(AppError::NotFound)?;
            let page = snapshot
                .team_pages
                .get(team.abbr)
                .ok_or(AppError::NotFound)?;
            let (state, _) = TeamState::parse(team.abbr, pairs, page.players.len());
            let body = sorted(&PLAYERS, &state.players, &player_rows(&page.players));
            Ok(file(&format!("{}-players", team.abbr.to_lowercase()), body))
        }
        "players" => {
            let directory = &snapshot.players;
            let (state, _) = PlayersState::parse(pairs, directory.has_playoffs());
            let rows = index_rows(&directory.all_rows(&state), state.season);
            Ok(file(name, in_order(&INDEX, &rows)))
        }
        "full-schedule" => {
            let (state, _) = ScheduleState::parse(pairs, snapshot.schedule.full.len());
            Ok(file(
                name,
                sorted(&FULL, &state.full, &full_rows(&snapshot.schedule.full)),
            ))
        }
        "comments" | "keywords" => {
            let (state, _) = SocialState::parse(pairs);
            let social = &snapshot.social;
            let body = if name == "comments" {
                in_order(&COMMENTS, &comment_rows(&social.all_comments(&state)))
            } else {
                in_order(&KEYWORDS, &keyword_rows(&social.all_keywords(&state)))
            };
            Ok(file(name, body))
        }
        _ => Err(AppError::NotFound),
    }
}

//! The Games page, derived once per snapshot: the slate's games in order with their card,
//! heading and flow figures, the top player lines, and each game's chart points.

mod card;
mod events;
mod flow;
mod lead;
mod plot;
mod run;

use std::collections::{BTreeMap, HashSet};

use chrono::NaiveDate;

use crate::colour::TeamLook;
use crate::gold::slug::SlugIndex;
use crate::gold::tables::{Pbp, RecentGamePlayer, Tables};
use crate::model::games::{GamePlot, GameSummary, GameTeam, GamesData, PlayerLine};
use crate::model::Stamp;
use crate::teams;

use super::team_ref;
use plot::Sides;

/// The page's data and every game's chart, in game order.
pub fn games(
    tables: &Tables,
    looks: &[TeamLook],
    slugs: &SlugIndex,
    playoffs: bool,
) -> (GamesData, Vec<GamePlot>) {
    let slate = tables.pbp.iter().filter_map(|row| row.game_date).max();
    let mut taken = HashSet::new();
    let (games, plots): (Vec<GameSummary>, Vec<GamePlot>) = by_game(&tables.pbp)
        .into_iter()
        .map(|(description, rows)| {
            let slug = unique(game_slug(slate, rows[0]), &mut taken);
            game(GameInput {
                slug,
                description,
                rows: &rows,
                tables,
                looks,
                slate,
                playoffs,
            })
        })
        .unzip();

    let data = GamesData {
        slate: slate.map(|date| Stamp {
            iso: date.format("%Y-%m-%d").to_string(),
            text: date.format("%A, %b %d, %Y").to_string(),
        }),
        plays: games.iter().map(|game| game.flow.plays).sum(),
        games,
        lines: tables
            .recent_players
            .iter()
            .filter_map(|row| player_line(row, slugs))
            .collect(),
    };
    (data, plots)
}

/// Rows grouped by `game_description`, games in ascending description order, rows kept in
/// load (event) order.
fn by_game(pbp: &[Pbp]) -> BTreeMap<&str, Vec<&Pbp>> {
    let mut games: BTreeMap<&str, Vec<&Pbp>> = BTreeMap::new();
    for row in pbp {
        if let Some(description) = row.game_description.as_deref() {
            games.entry(description).or_default().push(row);
        }
    }
    games
}

fn slug_part(raw: Option<&str>) -> String {
    let raw = raw.map(str::trim).unwrap_or("");
    let canonical = teams::resolve(raw).map_or(raw, |team| team.abbr);
    let part: String = canonical
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let part = part.trim_matches('-');
    if part.is_empty() {
        "tbd".to_owned()
    } else {
        part.to_owned()
    }
}

/// `{slate date}-{away}-{home}`, lower case.
fn game_slug(slate: Option<NaiveDate>, first: &Pbp) -> String {
    let date = slate.map_or_else(
        || "undated".to_owned(),
        |d| d.format("%Y-%m-%d").to_string(),
    );
    format!(
        "{date}-{}-{}",
        slug_part(first.away_team.as_deref()),
        slug_part(first.home_team.as_deref())
    )
}

/// Slugs are unique within a slate; a repeated pairing gets a counter.
fn unique(slug: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = slug.clone();
    let mut n = 2;
    while !taken.insert(candidate.clone()) {
        candidate = format!("{slug}-{n}");
        n += 1;
    }
    candidate
}

fn side(
    abbr: Option<&str>,
    full: Option<&str>,
    colour: Option<&str>,
    looks: &[TeamLook],
) -> GameTeam {
    let team = team_ref(&[abbr, full], false);
    let name = full
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned);
    let look = team
        .abbr
        .as_deref()
        .and_then(|abbr| looks.iter().find(|look| look.abbr == abbr))
        .cloned()
        .unwrap_or_else(|| {
            let label = name.as_deref().unwrap_or(&team.label);
            TeamLook::new(&team.label, label, colour, None)
        });
    GameTeam {
        team,
        name,
        score: 0,
        look,
    }
}

struct GameInput<'a> {
    slug: String,
    description: &'a str,
    rows: &'a [&'a Pbp],
    tables: &'a Tables,
    looks: &'a [TeamLook],
    slate: Option<NaiveDate>,
    playoffs: bool,
}

fn game(input: GameInput) -> (GameSummary, GamePlot) {
    let rows = input.rows;
    let first = rows[0];
    let home_abbr = first.home_team.as_deref().unwrap_or("").trim();
    let away_abbr = first.away_team.as_deref().unwrap_or("").trim();
    let mut home = side(
        first.home_team.as_deref(),
        first.home_team_full.as_deref(),
        first.home_primary_color.as_deref(),
        input.looks,
    );
    let mut away = side(
        first.away_team.as_deref(),
        first.away_team_full.as_deref(),
        first.away_primary_color.as_deref(),
        input.looks,
    );

    let (final_row, home_points, away_points) = card::final_score(rows);
    (home.score, away.score) = (home_points, away_points);
    let points = (home_points, away_points);
    let result = card::matching_result(
        &input.tables.recent_teams,
        home_abbr,
        away_abbr,
        input.slate,
    );

    let end = events::end_boundary(rows);
    let plot_events = events::plot_events(rows, end);
    let scoring: Vec<&Pbp> = rows
        .iter()
        .copied()
        .filter(|row| events::is_scoring(row))
        .collect();
    let margins: Vec<f64> = scoring
        .iter()
        .filter_map(|row| events::margin(row))
        .collect();
    let mut flow = flow::flow_stats(&margins);
    flow.plays = scoring.len();
    let run = run::biggest_run(&plot_events, home_abbr);

    let home_name = home.name.clone().unwrap_or_else(|| home.team.label.clone());
    let away_name = away.name.clone().unwrap_or_else(|| away.team.label.clone());
    let sides = Sides {
        home: (home_abbr, &home_name, &home.look),
        away: (away_abbr, &away_name, &away.look),
    };
    let plot = plot::game_plot(&input.slug, end, &plot_events, run.as_ref(), &sides);

    let summary = GameSummary {
        slug: input.slug,
        winner: card::winner(final_row, home_abbr, away_abbr, points),
        margin: card::margin(result, points),
        series: card::series_line(result, input.playoffs),
        description: Some(input.description.replace(" Vs. ", " @ ")),
        lead: lead::lead_shares(rows, home_abbr, away_abbr, end),
        flow,
        home,
        away,
    };
    (summary, plot)
}

fn code(text: Option<&String>) -> Option<i64> {
    text?.trim().parse().ok()
}

fn player_line(row: &RecentGamePlayer, slugs: &SlugIndex) -> Option<PlayerLine> {
    let player = row.player.as_deref()?.trim();
    if player.is_empty() {
        return None;
    }
    let raw_team = row.team.as_deref().unwrap_or("");
    Some(PlayerLine {
        team: team_ref(&[row.team.as_deref()], false),
        player: player.to_owned(),
        slug: slugs.slug_for(player, raw_team),
        pts: row.pts,
        ts: row.game_ts_percent,
        plus_minus: row.plus_minus.clone(),
        outcome: row.outcome.clone(),
        pts_code: code(row.pts_color.as_ref()),
        ts_code: code(row.ts_color.as_ref()),
    })
}

#[cfg(test)]
mod tests;

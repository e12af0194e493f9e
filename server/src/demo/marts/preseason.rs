//! `preseason_odds`: the book's preseason win totals and title odds, against a projection
//! from the record so far.

use super::super::format::round_to;
use super::super::franchise::conference_long;
use super::super::rng::Rng;
use super::super::schedule::GAMES_PER_TEAM;
use super::super::season::Season;
use super::super::table::{col, num, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::{Summary, TeamTally};

pub const PRESEASON_ODDS: TableSpec = TableSpec {
    name: "preseason_odds",
    columns: &[
        col("team", Text),
        col("team_full", Text),
        col("conference", Text),
        col("predicted_wins", Numeric),
        col("predicted_losses", Double),
        col("projected_wins", Numeric),
        col("projected_losses", Numeric),
        col("championship_odds", Numeric),
        col("wins_differential", Numeric),
        col("predicted_stats", Text),
        col("projected_stats", Text),
        col("over_under", Text),
    ],
    constraints: &[],
};

/// The projection treats last season's record as this many games already played at its
/// pace, so a hot or cold first week moves it only so far.
const PRIOR_GAMES: f64 = 12.0;
/// The book's title prices add up to well over 100 %: its margin on a long-odds market.
const TITLE_OVERROUND: f64 = 1.3;

/// Each team's preseason win total, N.5, drawn once per seed: the same on every date.
pub fn preseason_lines(season: &Season) -> Vec<f64> {
    let mut rng = Rng::new(season.seed).fork("preseason");
    season
        .teams
        .iter()
        .map(|team| {
            let expected = 41.0 + 2.4 * (team.offense + team.defense) + rng.normal(0.0, 3.0);
            expected.floor().clamp(17.0, 64.0) + 0.5
        })
        .collect()
}

/// Full-season wins: the record so far plus the games left at a pace that blends the record
/// with last season's wins (not the book's line, so the two can disagree from day one).
fn projected_wins(tally: &TeamTally, last_season: u32) -> u32 {
    let games = f64::from(tally.games());
    let prior = PRIOR_GAMES * f64::from(last_season) / GAMES_PER_TEAM as f64;
    let pace = (f64::from(tally.wins) + prior) / (games + PRIOR_GAMES);
    let left = (GAMES_PER_TEAM as f64 - games).max(0.0);
    (f64::from(tally.wins) + left * pace).round() as u32
}

/// Positive American odds for the title from the preseason lines, rounded the way books
/// quote long prices.
fn title_odds(lines: &[f64]) -> Vec<f64> {
    let weights: Vec<f64> = lines
        .iter()
        .map(|line| (0.2 * (line - 41.0)).exp())
        .collect();
    let total: f64 = weights.iter().sum();
    weights
        .iter()
        .map(|weight| {
            let implied = (weight / total * TITLE_OVERROUND).min(0.45);
            let raw = (100.0 * (1.0 - implied) / implied).min(100_000.0);
            let step = match raw {
                r if r < 1_000.0 => 50.0,
                r if r < 10_000.0 => 500.0,
                _ => 5_000.0,
            };
            ((raw / step).round() * step).max(150.0)
        })
        .collect()
}

pub fn preseason_odds(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let lines = preseason_lines(season);
    let odds = title_odds(&lines);
    let games = GAMES_PER_TEAM as u32;

    season
        .teams
        .iter()
        .enumerate()
        .map(|(t, team)| {
            let line = lines[t];
            let wins = projected_wins(&summary.teams[t], team.previous_wins).min(games);
            let differential = round_to(f64::from(wins) - line, 1);
            vec![
                ("team", text(team.abbr)),
                ("team_full", text(team.name)),
                ("conference", text(conference_long(team.conference))),
                ("predicted_wins", num(line, 1)),
                ("predicted_losses", Value::Float(f64::from(games) - line)),
                ("projected_wins", num(f64::from(wins), 0)),
                ("projected_losses", num(f64::from(games - wins), 0)),
                ("championship_odds", num(odds[t], 0)),
                ("wins_differential", num(differential, 1)),
                (
                    "predicted_stats",
                    text(format!("{line:.1} - {:.1}", f64::from(games) - line)),
                ),
                (
                    "projected_stats",
                    text(format!("{wins} - {}", games - wins)),
                ),
                (
                    "over_under",
                    text(if differential > 0.0 { "Over" } else { "Under" }),
                ),
            ]
        })
        .collect()
}

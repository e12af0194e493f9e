//! `schedule` (the whole season), `schedule_season_remaining` and `schedule_tonights_games`:
//! the calendar with sportsbook lines and, for tonight, the model's win probabilities.

use std::collections::BTreeMap;

use chrono::NaiveTime;

use super::super::format::{clock_text, implied_probability, round_to, signed};
use super::super::franchise::logo_path;
use super::super::odds::{book_line, model_home};
use super::super::rng::Rng;
use super::super::season::{Game, Season};
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;
use super::recent_teams::{round, status};

/// A side is flagged as great value when the model beats the book's fair price by this much.
const VALUE_EDGE: f64 = 0.05;

/// "{Full name} (+N)", or the bare name when no line is posted.
fn odds_text(name: &str, line: Option<i64>) -> String {
    match line {
        Some(line) => format!("{name} ({})", signed(line)),
        None => name.to_string(),
    }
}

fn average_rank(summary: &Summary, game: &Game) -> f64 {
    (summary.conference_rank[game.home] + summary.conference_rank[game.away]) as f64 / 2.0
}

pub const SCHEDULE: TableSpec = TableSpec {
    name: "schedule",
    columns: &[
        col("game_date", Date),
        col("day_name", Text),
        col("game_ts", Timestamp),
        col("avg_team_rank", BigInt),
        col("start_time", Text),
        col("home_team", Text),
        col("away_team", Text),
        col("home_moneyline_raw", Numeric),
        col("away_moneyline_raw", Numeric),
        col("home_team_logo", Text),
        col("away_team_logo", Text),
        col("home_team_odds", Text),
        col("away_team_odds", Text),
    ],
    constraints: &[],
};

/// Every game of the season, played or not, with the line the book posted for it.
pub fn schedule(summary: &Summary) -> Vec<Row> {
    summary
        .season
        .games
        .iter()
        .map(|game| calendar_row(summary, game))
        .collect()
}

/// The columns `schedule` and `schedule_season_remaining` share.
fn calendar_row(summary: &Summary, game: &Game) -> Row {
    let season = summary.season;
    let (home, away) = (&season.teams[game.home], &season.teams[game.away]);
    let lines = book_line(season, game).moneylines();
    // Upstream writes the hour on a 12-hour clock without AM/PM, so 7:30 PM becomes 07:30;
    // the column is documented as unreliable and reproduced as such.
    let hour = u32::from(game.tip / 60 % 12);
    let clock = NaiveTime::from_hms_opt(hour, u32::from(game.tip % 60), 0).unwrap_or_default();
    vec![
        ("game_date", Value::Date(game.date)),
        ("day_name", text(game.date.format("%A").to_string())),
        ("game_ts", Value::Timestamp(game.date.and_time(clock))),
        (
            "avg_team_rank",
            int(average_rank(summary, game).round() as i64),
        ),
        ("start_time", text(clock_text(game.tip))),
        ("home_team", text(home.name)),
        ("away_team", text(away.name)),
        ("home_moneyline_raw", opt(lines, |(h, _)| num(h as f64, 0))),
        ("away_moneyline_raw", opt(lines, |(_, a)| num(a as f64, 0))),
        ("home_team_logo", text(logo_path(home.abbr))),
        ("away_team_logo", text(logo_path(away.abbr))),
        (
            "home_team_odds",
            text(odds_text(home.name, lines.map(|l| l.0))),
        ),
        (
            "away_team_odds",
            text(odds_text(away.name, lines.map(|l| l.1))),
        ),
    ]
}

pub const SCHEDULE_SEASON_REMAINING: TableSpec = TableSpec {
    name: "schedule_season_remaining",
    columns: &[
        col("game_date", Date),
        col("day_name", Text),
        col("game_ts", Timestamp),
        col("avg_team_rank", BigInt),
        col("start_time", Text),
        col("home_team", Text),
        col("away_team", Text),
        col("home_moneyline_raw", Numeric),
        col("away_moneyline_raw", Numeric),
        col("home_team_logo", Text),
        col("away_team_logo", Text),
        col("home_team_odds", Text),
        col("away_team_odds", Text),
        col("series_round", Text),
        col("series_game_number", Integer),
    ],
    constraints: &[],
};

/// Games from today on. In the playoffs variant tonight's games carry their series.
pub fn schedule_season_remaining(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let series = tonights_series(season);
    season
        .upcoming()
        .map(|game| {
            let mut row = calendar_row(summary, game);
            let series = series.get(&game.id);
            row.push(("series_round", opt(series, |s| text(s.round))));
            row.push(("series_game_number", opt(series, |s| int(s.game_number))));
            row
        })
        .collect()
}

pub const SCHEDULE_TONIGHTS_GAMES: TableSpec = TableSpec {
    name: "schedule_tonights_games",
    columns: &[
        col("home_team", Text),
        col("away_team", Text),
        col("avg_team_rank", Numeric),
        col("home_team_odds", Text),
        col("away_team_odds", Text),
        col("start_time", Text),
        col("game_date", Date),
        col("home_moneyline", Double),
        col("away_moneyline", Double),
        col("home_team_predicted_win_pct", Double),
        col("away_team_predicted_win_pct", Double),
        col("home_is_great_value", Integer),
        col("away_is_great_value", Integer),
        col("series_round", Text),
        col("series_status", Text),
        col("series_game_number", Integer),
    ],
    constraints: &[],
};

/// 1 when the model's probability beats the book's, with its margin taken out, by
/// [`VALUE_EDGE`].
fn great_value(model: f64, own: i64, other: i64) -> i64 {
    let (own_p, other_p) = (implied_probability(own), implied_probability(other));
    i64::from(model - own_p / (own_p + other_p) >= VALUE_EDGE)
}

pub fn schedule_tonights_games(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let series = tonights_series(season);
    season
        .games
        .iter()
        .filter(|g| g.date == season.today)
        .map(|game| {
            let (home, away) = (&season.teams[game.home], &season.teams[game.away]);
            let lines = book_line(season, game).moneylines();
            let model_home = model_home(summary, game);
            let model_away = round_to(1.0 - model_home, 3);
            let series = series.get(&game.id);
            vec![
                ("home_team", text(home.name)),
                ("away_team", text(away.name)),
                ("avg_team_rank", num(average_rank(summary, game), 1)),
                (
                    "home_team_odds",
                    text(odds_text(home.name, lines.map(|l| l.0))),
                ),
                (
                    "away_team_odds",
                    text(odds_text(away.name, lines.map(|l| l.1))),
                ),
                ("start_time", text(clock_text(game.tip))),
                ("game_date", Value::Date(game.date)),
                (
                    "home_moneyline",
                    opt(lines, |(h, _)| Value::Float(h as f64)),
                ),
                (
                    "away_moneyline",
                    opt(lines, |(_, a)| Value::Float(a as f64)),
                ),
                ("home_team_predicted_win_pct", Value::Float(model_home)),
                ("away_team_predicted_win_pct", Value::Float(model_away)),
                (
                    "home_is_great_value",
                    opt(lines, |(h, a)| int(great_value(model_home, h, a))),
                ),
                (
                    "away_is_great_value",
                    opt(lines, |(h, a)| int(great_value(model_away, a, h))),
                ),
                ("series_round", opt(series, |s| text(s.round))),
                ("series_status", opt(series, |s| text(s.status.as_str()))),
                ("series_game_number", opt(series, |s| int(s.game_number))),
            ]
        })
        .collect()
}

/// Where a playoff series stands before tonight's game.
struct Series {
    round: &'static str,
    status: String,
    game_number: u32,
}

/// In the playoffs variant, an invented series state for each of tonight's games, keyed by
/// game id; empty otherwise. No series is decided yet: each side has at most three wins.
fn tonights_series(season: &Season) -> BTreeMap<i64, Series> {
    if !season.playoffs {
        return BTreeMap::new();
    }
    let mut rng = Rng::new(season.seed).fork("tonights-series");
    let tonight: Vec<&Game> = season
        .games
        .iter()
        .filter(|game| game.date == season.today)
        .collect();
    tonight
        .iter()
        .map(|game| {
            let home_wins = rng.between(0, 3) as u32;
            let away_wins = rng.between(0, 3) as u32;
            let (home, away) = (season.teams[game.home].abbr, season.teams[game.away].abbr);
            let series = Series {
                round: round(tonight.len()),
                status: status(home, away, home_wins, away_wins),
                game_number: home_wins + away_wins + 1,
            };
            (game.id, series)
        })
        .collect()
}

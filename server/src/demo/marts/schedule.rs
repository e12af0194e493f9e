//! `schedule_season_remaining` and `schedule_tonights_games`: games from today on, with
//! sportsbook lines and the model's win probabilities.

use chrono::{Days, NaiveTime};

use super::super::format::{clock_text, implied_probability, moneyline, round_to, signed};
use super::super::franchise::logo_path;
use super::super::rng::Rng;
use super::super::season::Game;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

/// Points of expected margin per unit of log-odds: turns a margin into a win probability.
const MARGIN_SCALE: f64 = 7.5;
const HOME_MARGIN: f64 = 2.5;
/// A side is flagged as great value when the model beats the book's fair price by this much.
const VALUE_EDGE: f64 = 0.05;

/// One game's prices: the model's home win probability and the book's posted lines.
struct Pricing {
    model_home: f64,
    lines: Option<(i64, i64)>,
}

fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn price(summary: &Summary, game: &Game, posted: bool) -> Pricing {
    let season = summary.season;
    let net = |team: usize| {
        let tally = &summary.teams[team];
        tally.ortg().zip(tally.drtg()).map_or(0.0, |(o, d)| o - d)
    };
    let model_home = logistic((net(game.home) - net(game.away) + HOME_MARGIN) / MARGIN_SCALE);

    // The book prices from the teams' true strength, with its own noise and a margin.
    let mut rng = Rng::new(season.seed).fork(&format!("odds-{}", game.id));
    let strength = |team: usize| season.teams[team].offense + season.teams[team].defense;
    let book_margin =
        strength(game.home) - strength(game.away) + HOME_MARGIN + rng.normal(0.0, 1.5);
    let fair = logistic(book_margin / MARGIN_SCALE);
    let lines = posted.then(|| (moneyline(fair + 0.022), moneyline(1.0 - fair + 0.022)));
    Pricing {
        model_home: round_to(model_home, 3),
        lines,
    }
}

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

pub fn schedule_season_remaining(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let posting_horizon = season.today + Days::new(1);
    season
        .upcoming()
        .map(|game| {
            let (home, away) = (&season.teams[game.home], &season.teams[game.away]);
            let lines = price(summary, game, game.date <= posting_horizon).lines;
            // Upstream writes the hour on a 12-hour clock without AM/PM, so 7:30 PM becomes
            // 07:30; the column is documented as unreliable and reproduced as such.
            let hour = u32::from(game.tip / 60 % 12);
            let clock =
                NaiveTime::from_hms_opt(hour, u32::from(game.tip % 60), 0).unwrap_or_default();
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
                ("series_round", Value::Null),
                ("series_game_number", Value::Null),
            ]
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

pub fn schedule_tonights_games(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let tonight: Vec<&Game> = season
        .games
        .iter()
        .filter(|g| g.date == season.today)
        .collect();
    // On a big slate the last tip-off has no line yet, as happens upstream before books post.
    let unposted = (tonight.len() >= 6).then(|| tonight.len() - 1);

    tonight
        .iter()
        .enumerate()
        .map(|(index, game)| {
            let (home, away) = (&season.teams[game.home], &season.teams[game.away]);
            let pricing = price(summary, game, unposted != Some(index));
            let model_away = round_to(1.0 - pricing.model_home, 3);
            let value = |model: f64, own: i64, other: i64| {
                let (own_p, other_p) = (implied_probability(own), implied_probability(other));
                i64::from(model - own_p / (own_p + other_p) >= VALUE_EDGE)
            };
            let lines = pricing.lines;
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
                (
                    "home_team_predicted_win_pct",
                    Value::Float(pricing.model_home),
                ),
                ("away_team_predicted_win_pct", Value::Float(model_away)),
                (
                    "home_is_great_value",
                    opt(lines, |(h, a)| int(value(pricing.model_home, h, a))),
                ),
                (
                    "away_is_great_value",
                    opt(lines, |(h, a)| int(value(model_away, a, h))),
                ),
                ("series_round", Value::Null),
                ("series_status", Value::Null),
                ("series_game_number", Value::Null),
            ]
        })
        .collect()
}

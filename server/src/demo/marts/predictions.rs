//! `nba_predictions`: the model's run over today's games, the pick'em fallback for moneylines
//! and win probabilities.

use super::super::format::round_to;
use super::super::odds::{book_line, model_home, BookLine};
use super::super::table::{col, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const NBA_PREDICTIONS: TableSpec = TableSpec {
    name: "nba_predictions",
    columns: &[
        col("game_date", Date),
        col("home_team", Text),
        col("away_team", Text),
        col("home_team_odds", Double),
        col("away_team_odds", Double),
        col("home_team_predicted_win_pct", Numeric),
        col("away_team_predicted_win_pct", Numeric),
    ],
    constraints: &[],
};

/// The model runs after the book has priced the whole night, so even the game that
/// `schedule_tonights_games` shows without a line has its moneylines here: that is the game
/// the pick'em fallback exists for.
pub fn nba_predictions(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    season
        .games
        .iter()
        .filter(|game| game.date == season.today)
        .map(|game| {
            let priced = BookLine {
                posted: true,
                ..book_line(season, game)
            };
            let lines = priced.moneylines();
            let home = model_home(summary, game);
            vec![
                ("game_date", Value::Date(game.date)),
                ("home_team", text(season.teams[game.home].name)),
                ("away_team", text(season.teams[game.away].name)),
                (
                    "home_team_odds",
                    opt(lines, |(h, _)| Value::Float(h as f64)),
                ),
                (
                    "away_team_odds",
                    opt(lines, |(_, a)| Value::Float(a as f64)),
                ),
                ("home_team_predicted_win_pct", num(home, 3)),
                (
                    "away_team_predicted_win_pct",
                    num(round_to(1.0 - home, 3), 3),
                ),
            ]
        })
        .collect()
}

//! `mov`: every played game twice, once from each side.

use super::super::format::record_spaced;
use super::super::table::{col, int, num, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const MOV: TableSpec = TableSpec {
    name: "mov",
    columns: &[
        col("team", Text),
        col("full_team", Text),
        col("game_id", BigInt),
        col("game_date", Date),
        col("outcome", Text),
        col("opponent", Text),
        col("pts_scored", Numeric),
        col("pts_scored_opp", Numeric),
        col("mov", Numeric),
        col("record", Text),
    ],
    constraints: &[],
};

pub fn mov(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut rows = Vec::new();
    for (game, outcome) in season.played() {
        let sides = [
            (
                game.home,
                game.away,
                outcome.home_points,
                outcome.away_points,
            ),
            (
                game.away,
                game.home,
                outcome.away_points,
                outcome.home_points,
            ),
        ];
        for (team, opponent, scored, allowed) in sides {
            let tally = &summary.teams[team];
            let margin = f64::from(scored) - f64::from(allowed);
            rows.push(vec![
                ("team", text(season.teams[team].abbr)),
                ("full_team", text(season.teams[team].name)),
                ("game_id", int(game.id)),
                ("game_date", Value::Date(game.date)),
                ("outcome", text(if scored > allowed { "W" } else { "L" })),
                ("opponent", text(season.teams[opponent].abbr)),
                ("pts_scored", num(f64::from(scored), 0)),
                ("pts_scored_opp", num(f64::from(allowed), 0)),
                ("mov", num(margin, 0)),
                // Gold repeats the team's current record on every row, not the running one.
                ("record", text(record_spaced(tally.wins, tally.losses))),
            ]);
        }
    }
    rows
}

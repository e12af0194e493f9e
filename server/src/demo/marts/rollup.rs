//! `team_record_daily_rollup`: each team's running record after every day it played, with its
//! conference rank that night. Disabled upstream and not read by the app, but in the contract.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::super::format::{ordinal, record_tight};
use super::super::franchise::conference_long;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::{conference_ranks, Summary, TeamTally};

pub const TEAM_RECORD_DAILY_ROLLUP: TableSpec = TableSpec {
    name: "team_record_daily_rollup",
    columns: &[
        col("team", Text),
        col("date", Date),
        col("conference", Text),
        col("running_total_games_played", BigInt),
        col("running_total_wins", BigInt),
        col("running_total_losses", Numeric),
        col("running_total_win_pct", Numeric),
        col("record_as_of_date", Text),
        col("rank", Text),
    ],
    constraints: &[],
};

pub fn team_record_daily_rollup(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut by_date: BTreeMap<NaiveDate, Vec<(usize, bool)>> = BTreeMap::new();
    for (game, outcome) in season.played() {
        let home_won = outcome.home_points > outcome.away_points;
        let day = by_date.entry(game.date).or_default();
        day.extend([(game.home, home_won), (game.away, !home_won)]);
    }

    // Only wins and losses matter to the ranking, so the running tallies carry just those.
    let mut running = vec![TeamTally::default(); season.teams.len()];
    let mut rows = Vec::new();
    for (date, results) in by_date {
        for &(team, won) in &results {
            running[team].wins += u32::from(won);
            running[team].losses += u32::from(!won);
        }
        let ranks = conference_ranks(season, &running);
        for &(team, _) in &results {
            let tally = &running[team];
            let franchise = &season.teams[team];
            rows.push(vec![
                ("team", text(franchise.abbr)),
                ("date", Value::Date(date)),
                ("conference", text(conference_long(franchise.conference))),
                ("running_total_games_played", int(tally.games())),
                ("running_total_wins", int(tally.wins)),
                ("running_total_losses", num(f64::from(tally.losses), 0)),
                ("running_total_win_pct", opt(tally.win_pct(), |v| num(v, 3))),
                (
                    "record_as_of_date",
                    text(record_tight(tally.wins, tally.losses)),
                ),
                ("rank", text(ordinal(ranks[team]))),
            ]);
        }
    }
    rows
}

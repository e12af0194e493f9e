//! `standings` and `team_ratings`: records, conference ranks and per-100 ratings per team.

use super::super::format::{ordinal, record_tight, round_to};
use super::super::franchise::{conference_long, logo_path};
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec};
use super::super::tally::Summary;
use super::rank_by;

pub const STANDINGS: TableSpec = TableSpec {
    name: "standings",
    columns: &[
        col("rank", Text),
        col("team", Text),
        col("team_full", Text),
        col("conference", Text),
        col("wins", BigInt),
        col("losses", BigInt),
        col("games_played", BigInt),
        col("win_pct", Numeric),
        col("active_injuries", Numeric),
        col("active_protocols", Numeric),
        col("last_10", Text),
    ],
    constraints: &[],
};

pub fn standings(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    season
        .teams
        .iter()
        .enumerate()
        .map(|(index, team)| {
            let tally = &summary.teams[index];
            let (ten_won, ten_lost) = tally.last_ten();
            vec![
                ("rank", text(ordinal(summary.conference_rank[index]))),
                ("team", text(team.abbr)),
                ("team_full", text(team.name)),
                ("conference", text(conference_long(team.conference))),
                ("wins", int(tally.wins)),
                ("losses", int(tally.losses)),
                ("games_played", int(tally.games())),
                ("win_pct", opt(tally.win_pct(), |pct| num(pct, 3))),
                ("active_injuries", num(summary.injured[index] as f64, 0)),
                ("active_protocols", num(0.0, 0)),
                ("last_10", text(record_tight(ten_won, ten_lost))),
            ]
        })
        .collect()
}

pub const TEAM_RATINGS: TableSpec = TableSpec {
    name: "team_ratings",
    columns: &[
        col("team", Text),
        col("team_acronym", Text),
        col("wins", Integer),
        col("losses", Integer),
        col("ortg", Numeric),
        col("drtg", Numeric),
        col("nrtg", Numeric),
        col("team_logo", Text),
        col("nrtg_rank", Text),
        col("drtg_rank", Text),
        col("ortg_rank", Text),
    ],
    constraints: &[],
};

pub fn team_ratings(summary: &Summary) -> Vec<Row> {
    // Ranks are taken on the rounded figures, so equal-looking ratings never rank apart oddly.
    let ortg: Vec<Option<f64>> = summary
        .teams
        .iter()
        .map(|t| t.ortg().map(|v| round_to(v, 1)))
        .collect();
    let drtg: Vec<Option<f64>> = summary
        .teams
        .iter()
        .map(|t| t.drtg().map(|v| round_to(v, 1)))
        .collect();
    let nrtg: Vec<Option<f64>> = ortg
        .iter()
        .zip(&drtg)
        .map(|(o, d)| Some(round_to((*o)? - (*d)?, 1)))
        .collect();
    let ortg_rank = rank_by(&ortg, true);
    let drtg_rank = rank_by(&drtg, false);
    let nrtg_rank = rank_by(&nrtg, true);

    summary
        .season
        .teams
        .iter()
        .enumerate()
        .map(|(index, team)| {
            let tally = &summary.teams[index];
            vec![
                ("team", text(team.name)),
                ("team_acronym", text(team.abbr)),
                ("wins", int(tally.wins)),
                ("losses", int(tally.losses)),
                ("ortg", opt(ortg[index], |v| num(v, 1))),
                ("drtg", opt(drtg[index], |v| num(v, 1))),
                ("nrtg", opt(nrtg[index], |v| num(v, 1))),
                ("team_logo", text(logo_path(team.abbr))),
                ("nrtg_rank", opt(nrtg_rank[index], |r| text(ordinal(r)))),
                ("drtg_rank", opt(drtg_rank[index], |r| text(ordinal(r)))),
                ("ortg_rank", opt(ortg_rank[index], |r| text(ordinal(r)))),
            ]
        })
        .collect()
}

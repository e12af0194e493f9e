//! `contract_value_analysis` and `team_contracts_analysis`: salary against on-court value.

use super::super::format::{record_spaced, round_to};
use super::super::schedule::GAMES_PER_TEAM;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;
use super::rank_by;

pub const CONTRACT_VALUE_ANALYSIS: TableSpec = TableSpec {
    name: "contract_value_analysis",
    columns: &[
        col("player", Text),
        col("salary_rank", Text),
        col("team", Text),
        col("games_played", BigInt),
        col("avg_mvp_score", Numeric),
        col("salary", Numeric),
        col("team_games_played", BigInt),
        col("games_missed", BigInt),
        col("pvm_rank", Numeric),
        col("rankingish", Numeric),
        col("percentile_rank", Numeric),
        col("color_var", Text),
        col("adj_penalty_final", Numeric),
        col("pct_penalized", Numeric),
    ],
    constraints: &[],
};

/// Share of team games a player must play to keep his full value.
const FULL_VALUE_SHARE: f64 = 0.85;

/// One row per contract on the books; two-way deals are not in the salary table.
pub fn contract_value_analysis(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let books: Vec<usize> = (0..season.players.len())
        .filter(|&p| season.players[p].on_the_books())
        .collect();
    let penalty: Vec<f64> = books
        .iter()
        .map(|&p| match summary.players[p].team_games {
            0 => 0.0,
            games => {
                let played = f64::from(summary.players[p].games);
                (played / (FULL_VALUE_SHARE * f64::from(games))).min(1.0)
            }
        })
        .collect();
    let value: Vec<f64> = books
        .iter()
        .zip(&penalty)
        .map(|(&p, penalty)| summary.players[p].avg_mvp_score().unwrap_or(0.0) * penalty)
        .collect();
    let salaries: Vec<f64> = books.iter().map(|&p| season.players[p].salary).collect();
    let value_pct = percentiles(&value);
    let salary_pct = percentiles(&salaries);
    let per_million: Vec<Option<f64>> = value
        .iter()
        .zip(&salaries)
        .map(|(value, salary)| Some(value / (salary / 1e6)))
        .collect();
    let pvm_rank = rank_by(&per_million, true);
    let mut unattached = 0;

    books
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let player = &season.players[p];
            let tally = &summary.players[p];
            // Unattached contracts show up upstream with no team or a free-agent marker.
            let team = match player.team {
                Some(team) => text(season.teams[team].abbr),
                None => {
                    unattached += 1;
                    if unattached == 1 {
                        Value::Null
                    } else {
                        text("FA")
                    }
                }
            };
            vec![
                ("player", text(player.name.as_str())),
                ("salary_rank", text(salary_bracket(player.salary))),
                ("team", team),
                ("games_played", int(tally.games)),
                ("avg_mvp_score", opt(tally.avg_mvp_score(), |v| num(v, 2))),
                ("salary", num(player.salary, 0)),
                ("team_games_played", int(tally.team_games)),
                ("games_missed", int(tally.games_missed())),
                ("pvm_rank", opt(pvm_rank[i], |r| num(r as f64, 0))),
                ("rankingish", num(salary_pct[i], 3)),
                ("percentile_rank", num(round_to(100.0 * value_pct[i], 1), 1)),
                ("color_var", text(category(value_pct[i], salary_pct[i]))),
                ("adj_penalty_final", num(penalty[i], 3)),
                ("pct_penalized", num(1.0 - penalty[i], 3)),
            ]
        })
        .collect()
}

/// Each value's share of the other values below it, 0 (lowest) to 1 (highest).
fn percentiles(values: &[f64]) -> Vec<f64> {
    let others = (values.len().max(2) - 1) as f64;
    values
        .iter()
        .map(|v| values.iter().filter(|w| *w < v).count() as f64 / others)
        .collect()
}

/// The very best are stars whatever they earn; otherwise value is judged against pay.
fn category(value_pct: f64, salary_pct: f64) -> &'static str {
    match value_pct - salary_pct {
        _ if value_pct >= 0.95 => "Superstars",
        gap if gap >= 0.25 => "Great Value",
        gap if gap <= -0.25 => "Bad Value",
        _ => "Normal",
    }
}

fn salary_bracket(salary: f64) -> &'static str {
    match salary {
        s if s >= 40e6 => "$40+ M",
        s if s >= 30e6 => "$30-40 M",
        s if s >= 20e6 => "$20-30 M",
        s if s >= 10e6 => "$10-20 M",
        s if s >= 5e6 => "$5-10 M",
        s if s >= 2e6 => "$2-5 M",
        _ => "< $2 M",
    }
}

pub const TEAM_CONTRACTS_ANALYSIS: TableSpec = TableSpec {
    name: "team_contracts_analysis",
    columns: &[
        col("team", Text),
        col("win_percentage", Numeric),
        col("sum_salary_earned", Numeric),
        col("sum_salary_earned_max", Numeric),
        col("team_pct_salary_earned", Numeric),
        col("record", Text),
        col("value_lost_from_injury", Numeric),
        col("team_pct_salary_lost", Numeric),
    ],
    constraints: &[],
};

/// Salary is "earned" per game a player suits up; the maximum assumes he played them all.
pub fn team_contracts_analysis(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    season
        .teams
        .iter()
        .enumerate()
        .map(|(index, team)| {
            let tally = &summary.teams[index];
            let per_game = |salary: f64| salary / GAMES_PER_TEAM as f64;
            let (mut earned, mut max) = (0.0, 0.0);
            for (player, played) in season.players.iter().zip(&summary.players) {
                if player.team == Some(index) && player.on_the_books() {
                    earned += per_game(player.salary) * f64::from(played.games);
                    max += per_game(player.salary) * f64::from(tally.games());
                }
            }
            let pct = (max > 0.0).then(|| earned / max);
            vec![
                ("team", text(team.abbr)),
                ("win_percentage", opt(tally.win_pct(), |v| num(v, 3))),
                ("sum_salary_earned", num(earned, 0)),
                ("sum_salary_earned_max", num(max, 0)),
                ("team_pct_salary_earned", opt(pct, |v| num(v, 3))),
                ("record", text(record_spaced(tally.wins, tally.losses))),
                (
                    "value_lost_from_injury",
                    num(max.round() - earned.round(), 0),
                ),
                (
                    "team_pct_salary_lost",
                    opt(pct, |v| num(1.0 - round_to(v, 3), 3)),
                ),
            ]
        })
        .collect()
}

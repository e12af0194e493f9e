//! `opp_stats`: the shooting each team allows, per game. Points allowed and the opponents'
//! effective shooting come from the simulated games (and agree with `team_adv_stats`); how
//! that shooting splits between twos and threes, which the games do not track, is drawn per
//! team, with good defences allowing a lower three-point percentage.

use super::super::format::{ordinal, round_to};
use super::super::franchise::{conference_short, Franchise};
use super::super::rng::Rng;
use super::super::table::{col, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::{Summary, TeamTally};
use super::rank_by;
use super::team_stats::{opponent_efg, LEAGUE_FTR};

pub const OPP_STATS: TableSpec = TableSpec {
    name: "opp_stats",
    columns: &[
        col("team", Text),
        col("scrape_date", Date),
        col("fg_percent_opp", Double),
        col("threep_percent_opp", Double),
        col("threep_made_opp", Double),
        col("ppg_opp", Double),
        col("fg_percent_rank", Text),
        col("three_percent_rank", Text),
        col("three_pm_rank", Text),
        col("ppg_opp_rank", Text),
        col("conference", Text),
    ],
    constraints: &[],
};

/// What opponents managed per game, in column order: FG % and 3P % (fractions), threes made
/// and points, each rounded as written.
type Allowed = [Option<f64>; 4];

const DECIMALS: [i32; 4] = [3, 3, 1, 1];

/// The opponents' shot split is drawn before anything is known of the games, so each team's
/// draws are the same on every date.
fn allowed(rng: &mut Rng, team: &Franchise, tally: &TeamTally) -> Allowed {
    let three_rate = rng.range(0.36, 0.46);
    let three_pct = (0.362 - 0.002 * team.defense + rng.normal(0.0, 0.008)).clamp(0.31, 0.41);
    let games = f64::from(tally.games());
    let Some(efg) = opponent_efg(tally).filter(|_| games > 0.0) else {
        return [None; 4];
    };
    // eFG counts a made three as one and a half field goals; FTr turns attempts into FGA.
    let field_goals = tally.attempts_against / games / (1.0 + 0.44 * LEAGUE_FTR);
    let raw = [
        efg - 0.5 * three_rate * three_pct,
        three_pct,
        field_goals * three_rate * three_pct,
        tally.points_against as f64 / games,
    ];
    std::array::from_fn(|k| Some(round_to(raw[k], DECIMALS[k])))
}

pub fn opp_stats(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut rng = Rng::new(season.seed).fork("opp_stats");
    let allowed: Vec<Allowed> = season
        .teams
        .iter()
        .zip(&summary.teams)
        .map(|(team, tally)| allowed(&mut rng, team, tally))
        .collect();
    // 1st is the stingiest defence: the lowest value allowed.
    let ranks: [Vec<Option<usize>>; 4] = std::array::from_fn(|k| {
        let column: Vec<Option<f64>> = allowed.iter().map(|a| a[k]).collect();
        rank_by(&column, false)
    });

    let mut order: Vec<usize> = (0..season.teams.len()).collect();
    order.sort_by_key(|&t| season.teams[t].name);
    order
        .into_iter()
        .map(|t| {
            let team = &season.teams[t];
            let value = |k: usize| opt(allowed[t][k], Value::Float);
            let rank = |k: usize| opt(ranks[k][t], |r| text(ordinal(r)));
            vec![
                ("team", text(team.name)),
                ("scrape_date", Value::Date(season.today)),
                ("fg_percent_opp", value(0)),
                ("threep_percent_opp", value(1)),
                ("threep_made_opp", value(2)),
                ("ppg_opp", value(3)),
                ("fg_percent_rank", rank(0)),
                ("three_percent_rank", rank(1)),
                ("three_pm_rank", rank(2)),
                ("ppg_opp_rank", rank(3)),
                ("conference", text(conference_short(team.conference))),
            ]
        })
        .collect()
}

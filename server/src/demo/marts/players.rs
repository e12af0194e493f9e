//! `player_stats`: Regular Season averages for everyone who has played and, when the latest
//! slate is dressed as playoff games, Playoffs averages for everyone who played in it.

use std::collections::BTreeMap;

use super::super::format::round_to;
use super::super::season::Season;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::{PlayerTally, Summary};
use super::rank_by;

pub const PLAYER_STATS: TableSpec = TableSpec {
    name: "player_stats",
    columns: &[
        col("player", Text),
        col("player_logo", Text),
        col("season_type", Text),
        col("team", Text),
        col("full_team", Text),
        col("avg_ppg", Numeric),
        col("avg_ts_percent", Numeric),
        col("avg_mvp_score", Numeric),
        col("avg_plus_minus", Numeric),
        col("games_played", BigInt),
        col("ppg_rank", BigInt),
        col("scoring_category", Text),
        col("games_missed", BigInt),
        col("penalized_games_missed", Numeric),
        col("is_mvp_candidate", Text),
        col("mvp_rank", BigInt),
    ],
    constraints: &[],
};

/// Absences up to this many are forgiven before they count against MVP eligibility.
const FORGIVEN_ABSENCES: u32 = 3;

pub fn player_stats(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let regular: Vec<(usize, &PlayerTally)> = summary
        .players
        .iter()
        .enumerate()
        .filter(|(p, tally)| tally.games > 0 && season.players[*p].team.is_some())
        .collect();
    let mut rows = season_rows(season, "Regular Season", &regular);

    if season.playoffs {
        let playoffs = playoff_tallies(summary);
        let playoffs: Vec<(usize, &PlayerTally)> = playoffs.iter().map(|(p, t)| (*p, t)).collect();
        rows.extend(season_rows(season, "Playoffs", &playoffs));
    }
    rows
}

/// Each player's lines in the latest slate, which the playoffs variant dresses as playoff
/// games; his team's playoff games are the slate games it played.
fn playoff_tallies(summary: &Summary) -> BTreeMap<usize, PlayerTally> {
    let season = summary.season;
    let mut team_games = vec![0u32; season.teams.len()];
    let mut tallies: BTreeMap<usize, PlayerTally> = BTreeMap::new();
    for slate_game in &summary.slate {
        let (game, outcome) = (slate_game.game, slate_game.outcome);
        team_games[game.home] += 1;
        team_games[game.away] += 1;
        for line in outcome.home_lines.iter().chain(&outcome.away_lines) {
            tallies.entry(line.player).or_default().add(line);
        }
    }
    for (&p, tally) in &mut tallies {
        tally.team_games = season.players[p].team.map_or(0, |team| team_games[team]);
    }
    tallies
}

/// One season type's rows; ranks are taken among these rows only.
fn season_rows(
    season: &Season,
    season_type: &'static str,
    players: &[(usize, &PlayerTally)],
) -> Vec<Row> {
    let ppg: Vec<Option<f64>> = players
        .iter()
        .map(|(_, tally)| tally.ppg().map(|v| round_to(v, 2)))
        .collect();
    let mvp: Vec<Option<f64>> = players
        .iter()
        .map(|(_, tally)| tally.avg_mvp_score().map(|v| round_to(v, 2)))
        .collect();
    let ppg_rank = rank_by(&ppg, true);
    let mvp_rank = rank_by(&mvp, true);

    players
        .iter()
        .enumerate()
        .filter_map(|(row, &(p, tally))| {
            let player = &season.players[p];
            let team = &season.teams[player.team?];
            let missed = tally.games_missed();
            let top_scorer = ppg_rank[row].is_some_and(|rank| rank <= 20);
            let candidate = mvp_rank[row].is_some_and(|rank| rank <= 5);
            Some(vec![
                ("player", text(player.name.as_str())),
                ("player_logo", Value::Null),
                ("season_type", text(season_type)),
                ("team", text(team.abbr)),
                ("full_team", text(team.name)),
                ("avg_ppg", opt(ppg[row], |v| num(v, 2))),
                ("avg_ts_percent", opt(tally.true_shooting(), |v| num(v, 3))),
                ("avg_mvp_score", opt(mvp[row], |v| num(v, 2))),
                ("avg_plus_minus", opt(tally.avg_plus_minus(), |v| num(v, 2))),
                ("games_played", int(tally.games)),
                ("ppg_rank", opt(ppg_rank[row], |r| int(r as i64))),
                (
                    "scoring_category",
                    text(if top_scorer {
                        "Top 20 Scorers"
                    } else {
                        "Other"
                    }),
                ),
                ("games_missed", int(missed)),
                (
                    "penalized_games_missed",
                    num(f64::from(missed.saturating_sub(FORGIVEN_ABSENCES)), 0),
                ),
                (
                    "is_mvp_candidate",
                    text(if candidate {
                        "Top 5 MVP Candidate"
                    } else {
                        "Other"
                    }),
                ),
                ("mvp_rank", opt(mvp_rank[row], |r| int(r as i64))),
            ])
        })
        .collect()
}

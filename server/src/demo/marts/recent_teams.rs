//! `recent_games_teams`: one row per game of the latest slate, from the winner's side, with
//! series columns when the slate is dressed as playoff games.

use std::cmp::Ordering;

use super::super::format::round_to;
use super::super::franchise::logo_path;
use super::super::pbp::Side;
use super::super::rng::Rng;
use super::super::season::Season;
use super::super::slate::SlateGame;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;
use super::points_code;

pub const RECENT_GAMES_TEAMS: TableSpec = TableSpec {
    name: "recent_games_teams",
    columns: &[
        col("team", Text),
        col("opponent", Text),
        col("game_date", Date),
        col("outcome", Text),
        col("pts_scored", Numeric),
        col("pts_scored_opp", Numeric),
        col("mov", Numeric),
        col("max_team_lead", Numeric),
        col("max_opponent_lead", Numeric),
        col("team_max_score", Numeric),
        col("team_avg_score", Numeric),
        col("pts_color", Text),
        col("opp_pts_color", Text),
        col("team_logo", Text),
        col("opp_logo", Text),
        col("home_team", Text),
        col("new_loc", Text),
        col("series_round", Text),
        col("series_status", Text),
        col("series_game_number", Integer),
    ],
    constraints: &[],
};

pub fn recent_games_teams(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let scores = scores_by_team(season);
    let series = if season.playoffs {
        let mut rng = Rng::new(season.seed).fork("series");
        series(&mut rng, season, &summary.slate)
    } else {
        Vec::new()
    };

    summary
        .slate
        .iter()
        .enumerate()
        .map(|(index, slate_game)| {
            let (game, outcome) = (slate_game.game, slate_game.outcome);
            let side = slate_game.winner();
            let (winner, loser, scored, allowed) = match side {
                Side::Home => (
                    game.home,
                    game.away,
                    outcome.home_points,
                    outcome.away_points,
                ),
                Side::Away => (
                    game.away,
                    game.home,
                    outcome.away_points,
                    outcome.home_points,
                ),
            };
            let high = |team: usize| scores[team].iter().copied().max().unwrap_or(0);
            let average = |team: usize| {
                let games = scores[team].len().max(1) as f64;
                f64::from(scores[team].iter().sum::<u32>()) / games
            };
            let code = |team: usize, points: u32| {
                points_code(f64::from(points), f64::from(high(team)), average(team))
            };
            let series = series.get(index);
            let (winner_abbr, loser_abbr) = (season.teams[winner].abbr, season.teams[loser].abbr);

            vec![
                ("team", text(winner_abbr)),
                ("opponent", text(loser_abbr)),
                ("game_date", Value::Date(game.date)),
                ("outcome", text("W")),
                ("pts_scored", num(f64::from(scored), 0)),
                ("pts_scored_opp", num(f64::from(allowed), 0)),
                ("mov", num(f64::from(scored - allowed), 0)),
                (
                    "max_team_lead",
                    num(f64::from(slate_game.max_lead(side)), 0),
                ),
                (
                    "max_opponent_lead",
                    num(f64::from(slate_game.max_lead(side.other())), 0),
                ),
                ("team_max_score", num(f64::from(high(winner)), 0)),
                ("team_avg_score", num(round_to(average(winner), 2), 2)),
                ("pts_color", text(code(winner, scored))),
                ("opp_pts_color", text(code(loser, allowed))),
                ("team_logo", text(logo_path(winner_abbr))),
                ("opp_logo", text(logo_path(loser_abbr))),
                ("home_team", text(season.teams[game.home].abbr)),
                (
                    "new_loc",
                    text(if side == Side::Home { "Vs." } else { "@" }),
                ),
                ("series_round", opt(series, |s| text(s.round))),
                ("series_status", opt(series, |s| text(s.status.as_str()))),
                ("series_game_number", opt(series, |s| int(s.game_number))),
            ]
        })
        .collect()
}

/// Every team's points in each game it has played.
fn scores_by_team(season: &Season) -> Vec<Vec<u32>> {
    let mut scores = vec![Vec::new(); season.teams.len()];
    for (game, outcome) in season.played() {
        scores[game.home].push(outcome.home_points);
        scores[game.away].push(outcome.away_points);
    }
    scores
}

/// Where a playoff series stands after one of the slate's games.
#[derive(Debug, Clone, PartialEq)]
struct Series {
    round: &'static str,
    status: String,
    game_number: u32,
}

/// The round a slate of this many games belongs to: nights get smaller as teams go out.
pub fn round(games: usize) -> &'static str {
    match games {
        0..=1 => "NBA Finals",
        2 => "Conf. Finals",
        3..=4 => "Conf. Semifinals",
        _ => "First Round",
    }
}

/// An invented series state for each game of the slate, one round for all of them. No series
/// ends on the slate: the winner had at most two wins before it, the loser at most three.
fn series(rng: &mut Rng, season: &Season, slate: &[SlateGame]) -> Vec<Series> {
    slate
        .iter()
        .map(|game| {
            let (winner, loser) = match game.winner() {
                Side::Home => (game.game.home, game.game.away),
                Side::Away => (game.game.away, game.game.home),
            };
            let won_before = rng.between(0, 2) as u32;
            let lost = rng.between(0, 3) as u32;
            Series {
                round: round(slate.len()),
                status: status(
                    season.teams[winner].abbr,
                    season.teams[loser].abbr,
                    won_before + 1,
                    lost,
                ),
                game_number: won_before + lost + 1,
            }
        })
        .collect()
}

/// "{ABBR} leads N-M", leader first, or "Series tied N-N".
pub fn status(winner: &str, loser: &str, won: u32, lost: u32) -> String {
    match won.cmp(&lost) {
        Ordering::Greater => format!("{winner} leads {won}-{lost}"),
        Ordering::Less => format!("{loser} leads {lost}-{won}"),
        Ordering::Equal => format!("Series tied {won}-{lost}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_the_leader_first() {
        assert_eq!(status("BOS", "NYK", 3, 1), "BOS leads 3-1");
        assert_eq!(status("BOS", "NYK", 1, 3), "NYK leads 3-1");
        assert_eq!(status("BOS", "NYK", 2, 2), "Series tied 2-2");
    }

    #[test]
    fn later_rounds_have_fewer_games_a_night() {
        assert_eq!(round(8), "First Round");
        assert_eq!(round(4), "Conf. Semifinals");
        assert_eq!(round(2), "Conf. Finals");
        assert_eq!(round(1), "NBA Finals");
    }
}

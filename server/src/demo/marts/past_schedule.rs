//! `past_schedule_analysis`: the strength of each team's schedule so far, judged by its
//! opponents' records today (as upstream does), with the splits at home, on the road and
//! against teams above and below .500.

use super::super::format::record_spaced;
use super::super::table::{col, num, opt, text, Row, SqlType::*, TableSpec};
use super::super::tally::Summary;

pub const PAST_SCHEDULE_ANALYSIS: TableSpec = TableSpec {
    name: "past_schedule_analysis",
    columns: &[
        col("team", Text),
        col("win_pct", Numeric),
        col("avg_win_pct_opp", Numeric),
        col("home_record", Text),
        col("road_record", Text),
        col("above_record", Text),
        col("below_record", Text),
        col("pct_vs_above_500", Numeric),
        col("pct_vs_below_500", Numeric),
        col("record", Text),
    ],
    constraints: &[],
};

#[derive(Debug, Clone, Copy, Default)]
struct Record {
    wins: u32,
    losses: u32,
}

impl Record {
    fn add(&mut self, won: bool) {
        if won {
            self.wins += 1;
        } else {
            self.losses += 1;
        }
    }

    fn games(self) -> u32 {
        self.wins + self.losses
    }

    fn text(self) -> String {
        record_spaced(self.wins, self.losses)
    }
}

/// One team's splits: home, road, against teams above .500 and below it. An opponent at
/// exactly .500 (or without a game) is neither, so the two shares need not add up to 1.
#[derive(Debug, Clone, Copy, Default)]
struct Splits {
    home: Record,
    road: Record,
    above: Record,
    below: Record,
    opponent_pct_sum: f64,
}

pub fn past_schedule_analysis(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let pct: Vec<Option<f64>> = summary.teams.iter().map(|t| t.win_pct()).collect();
    let mut splits = vec![Splits::default(); season.teams.len()];
    for (game, outcome) in season.played() {
        let home_won = outcome.home_points > outcome.away_points;
        for (team, opponent, won, at_home) in [
            (game.home, game.away, home_won, true),
            (game.away, game.home, !home_won, false),
        ] {
            let split = &mut splits[team];
            if at_home {
                split.home.add(won);
            } else {
                split.road.add(won);
            }
            // Every opponent has played at least this game, so its percentage exists.
            let opponent_pct = pct[opponent].unwrap_or(0.5);
            split.opponent_pct_sum += opponent_pct;
            if opponent_pct > 0.5 {
                split.above.add(won);
            } else if opponent_pct < 0.5 {
                split.below.add(won);
            }
        }
    }

    season
        .teams
        .iter()
        .zip(&splits)
        .zip(&summary.teams)
        .map(|((team, split), tally)| {
            let games = tally.games();
            let share = |part: u32| (games > 0).then(|| f64::from(part) / f64::from(games));
            let average = (games > 0).then(|| split.opponent_pct_sum / f64::from(games));
            vec![
                ("team", text(team.abbr)),
                ("win_pct", opt(tally.win_pct(), |v| num(v, 3))),
                ("avg_win_pct_opp", opt(average, |v| num(v, 3))),
                ("home_record", text(split.home.text())),
                ("road_record", text(split.road.text())),
                ("above_record", text(split.above.text())),
                ("below_record", text(split.below.text())),
                (
                    "pct_vs_above_500",
                    opt(share(split.above.games()), |v| num(v, 3)),
                ),
                (
                    "pct_vs_below_500",
                    opt(share(split.below.games()), |v| num(v, 3)),
                ),
                ("record", text(record_spaced(tally.wins, tally.losses))),
            ]
        })
        .collect()
}

//! `team_game_types`, in the wide shape: each team's record split by final margin.

use super::super::table::{col, int, text, Row, SqlType::*, TableSpec};
use super::super::tally::Summary;

pub const TEAM_GAME_TYPES: TableSpec = TableSpec {
    name: "team_game_types",
    columns: &[
        col("team", Text),
        col("outcome_wins_count", BigInt),
        col("outcome_losses_count", BigInt),
        col("clutch_wins_count", BigInt),
        col("clutch_losses_count", BigInt),
        col("tenpt_wins_count", BigInt),
        col("tenpt_losses_count", BigInt),
        col("blowout_wins_count", BigInt),
        col("blowout_losses_count", BigInt),
    ],
    constraints: &[],
};

/// The margin bands the table counts; games decided by 11–20 points are left for the reader
/// to derive from the totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// Five points or fewer.
    Clutch,
    /// Six to ten.
    TenPoint,
    /// Eleven to twenty: not a column of its own.
    TwentyPoint,
    /// More than twenty.
    Blowout,
}

pub fn band(margin: u32) -> Band {
    match margin {
        0..=5 => Band::Clutch,
        6..=10 => Band::TenPoint,
        11..=20 => Band::TwentyPoint,
        _ => Band::Blowout,
    }
}

/// Wins and losses in one band, or overall.
#[derive(Debug, Clone, Copy, Default)]
struct Split {
    wins: u32,
    losses: u32,
}

impl Split {
    fn count(&mut self, won: bool) {
        if won {
            self.wins += 1;
        } else {
            self.losses += 1;
        }
    }
}

pub fn team_game_types(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    // Per team: overall, clutch, ten-point and blowout.
    let mut splits = vec![[Split::default(); 4]; season.teams.len()];
    for (game, outcome) in season.played() {
        let margin = outcome.home_points.abs_diff(outcome.away_points);
        let column = match band(margin) {
            Band::Clutch => Some(1),
            Band::TenPoint => Some(2),
            Band::TwentyPoint => None,
            Band::Blowout => Some(3),
        };
        let home_won = outcome.home_points > outcome.away_points;
        for (team, won) in [(game.home, home_won), (game.away, !home_won)] {
            splits[team][0].count(won);
            if let Some(column) = column {
                splits[team][column].count(won);
            }
        }
    }

    let mut order: Vec<usize> = (0..season.teams.len()).collect();
    order.sort_by_key(|&t| season.teams[t].abbr);
    order
        .into_iter()
        .map(|t| {
            let [all, clutch, ten, blowout] = splits[t];
            vec![
                ("team", text(season.teams[t].abbr)),
                ("outcome_wins_count", int(all.wins)),
                ("outcome_losses_count", int(all.losses)),
                ("clutch_wins_count", int(clutch.wins)),
                ("clutch_losses_count", int(clutch.losses)),
                ("tenpt_wins_count", int(ten.wins)),
                ("tenpt_losses_count", int(ten.losses)),
                ("blowout_wins_count", int(blowout.wins)),
                ("blowout_losses_count", int(blowout.losses)),
            ]
        })
        .collect()
}

//! Games by final margin: `game_types` league-wide per season type, and `team_game_types`,
//! in the wide shape, each team's record split by the same bands.

use super::super::games::Outcome;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec};
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

impl Band {
    pub const ALL: [Band; 4] = [
        Band::Clutch,
        Band::TenPoint,
        Band::TwentyPoint,
        Band::Blowout,
    ];

    /// The `game_type` label.
    pub fn label(self) -> &'static str {
        match self {
            Band::Clutch => "Clutch Game",
            Band::TenPoint => "10 pt Game",
            Band::TwentyPoint => "20 pt Game",
            Band::Blowout => "Blowout Game",
        }
    }

    /// The margin phrase the Schedule tooltip completes "the Margin of Victory is …" with.
    pub fn explanation(self) -> &'static str {
        match self {
            Band::Clutch => "5 points or less",
            Band::TenPoint => "between 6 and 10 points",
            Band::TwentyPoint => "between 11 and 20 points",
            Band::Blowout => "more than 20 points",
        }
    }
}

/// The band of a played game's final margin.
pub fn band_of(outcome: &Outcome) -> Band {
    band(outcome.home_points.abs_diff(outcome.away_points))
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

pub const GAME_TYPES: TableSpec = TableSpec {
    name: "game_types",
    columns: &[
        col("game_type", Text),
        col("season_type", Text),
        col("n", BigInt),
        col("explanation", Text),
        col("pct_of_total", Numeric),
    ],
    constraints: &[],
};

/// League-wide games per band. The Regular Season has a row for every band, even one no game
/// fell in yet; the Playoffs (the latest slate, in the playoffs variant) only for the bands
/// its few games reached, as upstream groups only the games it has.
pub fn game_types(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let regular: Vec<Band> = season.played().map(|(_, o)| band_of(o)).collect();
    let mut rows = band_rows("Regular Season", &regular, true);
    if season.playoffs {
        let playoffs: Vec<Band> = summary.slate.iter().map(|g| band_of(g.outcome)).collect();
        rows.extend(band_rows("Playoffs", &playoffs, false));
    }
    rows
}

fn band_rows(season_type: &str, games: &[Band], every_band: bool) -> Vec<Row> {
    Band::ALL
        .into_iter()
        .map(|band| (band, games.iter().filter(|b| **b == band).count()))
        .filter(|(_, n)| every_band || *n > 0)
        .map(|(band, n)| {
            let share = (!games.is_empty()).then(|| n as f64 / games.len() as f64);
            vec![
                ("game_type", text(band.label())),
                ("season_type", text(season_type)),
                ("n", int(n as i64)),
                ("explanation", text(band.explanation())),
                ("pct_of_total", opt(share, |s| num(s, 3))),
            ]
        })
        .collect()
}

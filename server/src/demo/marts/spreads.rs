//! `team_odds_outcomes`: how each team fared against the book's point spread, as favourite
//! and as underdog. The spreads are the lines `schedule` prices the same games with.

use std::collections::BTreeSet;

use super::super::games::Outcome;
use super::super::odds::book_line;
use super::super::season::Game;
use super::super::table::{col, int, num, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const TEAM_ODDS_OUTCOMES: TableSpec = TableSpec {
    name: "team_odds_outcomes",
    columns: &[
        col("team", Text),
        col("season_type", Text),
        col("games_played", BigInt),
        col("games_covered_spread", BigInt),
        col("games_favorite", BigInt),
        col("games_underdog", BigInt),
        col("games_favorite_covered", BigInt),
        col("games_underdog_covered", BigInt),
        col("pct_covered_spread", Numeric),
        col("pct_favorite_covered", Numeric),
        col("pct_underdog_covered", Numeric),
    ],
    constraints: &[],
};

/// One team's games against the spread.
#[derive(Debug, Clone, Copy, Default)]
struct AgainstTheSpread {
    games: u32,
    covered: u32,
    favourite: u32,
    underdog: u32,
    favourite_covered: u32,
    underdog_covered: u32,
}

impl AgainstTheSpread {
    /// One game from this team's side: `line` is the margin the book asks this team to win
    /// by (negative when it is getting points), `margin` the margin it won by. Landing on the
    /// line is a push, which covers for nobody; a line of zero has no favourite.
    fn add(&mut self, line: f64, margin: f64) {
        let covered = margin > line;
        self.games += 1;
        self.covered += u32::from(covered);
        if line > 0.0 {
            self.favourite += 1;
            self.favourite_covered += u32::from(covered);
        } else if line < 0.0 {
            self.underdog += 1;
            self.underdog_covered += u32::from(covered);
        }
    }
}

pub fn team_odds_outcomes(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let everyone: Vec<usize> = (0..season.teams.len()).collect();
    // The regular-season mart leaves a share with no games undefined; the playoff one, a
    // separate upstream query, writes 0 instead. Readers must take both.
    let mut rows = season_rows(summary, "Regular Season", &everyone, season.played(), None);
    if season.playoffs {
        let slate = summary.slate.iter().map(|g| (g.game, g.outcome));
        let teams: BTreeSet<usize> = summary
            .slate
            .iter()
            .flat_map(|g| [g.game.home, g.game.away])
            .collect();
        let teams: Vec<usize> = teams.into_iter().collect();
        rows.extend(season_rows(summary, "Playoffs", &teams, slate, Some(0.0)));
    }
    rows
}

fn season_rows<'s>(
    summary: &Summary,
    season_type: &str,
    teams: &[usize],
    games: impl Iterator<Item = (&'s Game, &'s Outcome)>,
    empty_share: Option<f64>,
) -> Vec<Row> {
    let season = summary.season;
    let mut records = vec![AgainstTheSpread::default(); season.teams.len()];
    for (game, outcome) in games {
        let Some(spread) = book_line(season, game).spread() else {
            continue;
        };
        let margin = f64::from(outcome.home_points) - f64::from(outcome.away_points);
        records[game.home].add(spread, margin);
        records[game.away].add(-spread, -margin);
    }

    let share = |part: u32, whole: u32| {
        let value = (whole > 0).then(|| f64::from(part) / f64::from(whole));
        value.or(empty_share).map_or(Value::Null, |v| num(v, 3))
    };
    teams
        .iter()
        .map(|&team| {
            let r = records[team];
            vec![
                ("team", text(season.teams[team].abbr)),
                ("season_type", text(season_type)),
                ("games_played", int(r.games)),
                ("games_covered_spread", int(r.covered)),
                ("games_favorite", int(r.favourite)),
                ("games_underdog", int(r.underdog)),
                ("games_favorite_covered", int(r.favourite_covered)),
                ("games_underdog_covered", int(r.underdog_covered)),
                ("pct_covered_spread", share(r.covered, r.games)),
                (
                    "pct_favorite_covered",
                    share(r.favourite_covered, r.favourite),
                ),
                (
                    "pct_underdog_covered",
                    share(r.underdog_covered, r.underdog),
                ),
            ]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_push_covers_for_nobody_and_a_pick_em_has_no_favourite() {
        let mut home = AgainstTheSpread::default();
        let mut away = AgainstTheSpread::default();
        for (line, margin) in [(4.5, 7.0), (4.5, 2.0), (3.0, 3.0), (0.0, -1.0)] {
            home.add(line, margin);
            away.add(-line, -margin);
        }
        assert_eq!((home.games, home.covered), (4, 1));
        assert_eq!((away.games, away.covered), (4, 2));
        assert_eq!((home.favourite, home.underdog), (3, 0));
        assert_eq!((away.favourite, away.underdog), (0, 3));
        assert_eq!((home.favourite_covered, away.underdog_covered), (1, 1));
    }
}

//! A game's prices: the sportsbook's lines (moneylines and point spread), which follow the
//! teams' true strength with the book's own noise, and the pipeline's model probability, which
//! only knows the results so far. Every table with odds reads them from here, so a game's
//! favourite is the same in all of them.

use chrono::Days;

use super::format::{moneyline, round_to};
use super::rng::Rng;
use super::season::{Game, Season};
use super::tally::Summary;

/// Points of expected margin per unit of log-odds: turns a margin into a win probability.
const MARGIN_SCALE: f64 = 7.5;
const HOME_MARGIN: f64 = 2.5;
/// The book's margin on each side's implied probability.
const VIG: f64 = 0.022;
/// The public backs the league's best team so heavily that the book never lists it as an
/// underdog: it is favoured by at least this many points.
const PUBLIC_SHADE: f64 = 1.5;
/// Share of past games whose line the feed missed.
const MISSED_LINES: f64 = 0.03;

pub fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// The team the book never makes an underdog: the strongest one by true strength.
pub fn public_team(season: &Season) -> Option<usize> {
    let strength = |t: usize| season.teams[t].offense + season.teams[t].defense;
    (0..season.teams.len()).max_by(|&a, &b| strength(a).total_cmp(&strength(b)))
}

/// The book's view of one game: its expected home margin, and whether it posted a line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BookLine {
    pub home_margin: f64,
    pub posted: bool,
}

impl BookLine {
    /// The fair home win probability behind the moneylines.
    pub fn fair_home(&self) -> f64 {
        logistic(self.home_margin / MARGIN_SCALE)
    }

    /// (home, away) American moneylines, or `None` before the book posts.
    pub fn moneylines(&self) -> Option<(i64, i64)> {
        let fair = self.fair_home();
        self.posted
            .then(|| (moneyline(fair + VIG), moneyline(1.0 - fair + VIG)))
    }

    /// The home margin the line asks for, in half points: the home side covers by winning
    /// by more, the away side by losing by less (or winning), and landing on it is a push.
    /// Zero is a pick'em, with no favourite.
    pub fn spread(&self) -> Option<f64> {
        self.posted.then(|| (self.home_margin * 2.0).round() / 2.0)
    }
}

/// The book's line for a game. Past games were posted unless the feed missed them; from today
/// on, lines are up for today and tomorrow, except the last tip-off of a night with several
/// games, which the book has not priced yet.
pub fn book_line(season: &Season, game: &Game) -> BookLine {
    let mut rng = Rng::new(season.seed).fork(&format!("odds-{}", game.id));
    let strength = |team: usize| season.teams[team].offense + season.teams[team].defense;
    let mut home_margin =
        strength(game.home) - strength(game.away) + HOME_MARGIN + rng.normal(0.0, 1.5);
    let public = public_team(season);
    if public == Some(game.home) {
        home_margin = home_margin.max(PUBLIC_SHADE);
    } else if public == Some(game.away) {
        home_margin = home_margin.min(-PUBLIC_SHADE);
    }

    let posted = if game.date < season.today {
        !rng.chance(MISSED_LINES)
    } else {
        game.date <= season.today + Days::new(1) && Some(game.id) != unpriced_tonight(season)
    };
    BookLine {
        home_margin,
        posted,
    }
}

/// Tonight's last tip-off when tonight has two games or more: the game without a line.
pub fn unpriced_tonight(season: &Season) -> Option<i64> {
    let tonight: Vec<&Game> = season
        .games
        .iter()
        .filter(|game| game.date == season.today)
        .collect();
    (tonight.len() >= 2)
        .then(|| tonight.last().map(|game| game.id))
        .flatten()
}

/// The model's home win probability from the teams' net ratings so far, to three decimals.
pub fn model_home(summary: &Summary, game: &Game) -> f64 {
    let net = |team: usize| {
        let tally = &summary.teams[team];
        tally.ortg().zip(tally.drtg()).map_or(0.0, |(o, d)| o - d)
    };
    round_to(
        logistic((net(game.home) - net(game.away) + HOME_MARGIN) / MARGIN_SCALE),
        3,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(home_margin: f64, posted: bool) -> BookLine {
        BookLine {
            home_margin,
            posted,
        }
    }

    #[test]
    fn spreads_are_half_points_and_vanish_with_the_line() {
        assert_eq!(line(4.3, true).spread(), Some(4.5));
        assert_eq!(line(-2.2, true).spread(), Some(-2.0));
        assert_eq!(line(0.1, true).spread(), Some(0.0));
        assert_eq!(line(4.3, false).spread(), None);
        assert_eq!(line(4.3, false).moneylines(), None);
    }

    #[test]
    fn the_favourite_by_spread_is_the_favourite_by_moneyline() {
        for tenths in -150..=150 {
            let book = line(f64::from(tenths) / 10.0, true);
            let (home, away) = book.moneylines().expect("posted");
            if book.spread() > Some(0.5) {
                assert!(home < 0 && away > 0, "{book:?}: {home} {away}");
            }
        }
    }
}

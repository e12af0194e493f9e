//! Play-by-play for one played game, told so that it agrees with the game's box score: each
//! player's baskets add up to his points and each side's to its final score, regulation and
//! every overtime but the last end level, and the clock runs from tip-off through any
//! overtime. Period markers and jump balls sit between the baskets.

mod clock;
mod order;
mod shots;
#[cfg(test)]
mod tests;

pub use clock::{clock_text, minutes_left, period_name};

use std::cmp::Ordering;

use super::games::{Line, Outcome};
use super::rng::Rng;
use super::roster::Player;
use clock::{interior_seconds, period_at, period_end, period_start, QUARTERS};
use shots::{by_stretch, rows, shots, Shot};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Home,
    Away,
}

impl Side {
    pub fn other(self) -> Self {
        match self {
            Self::Home => Self::Away,
            Self::Away => Self::Home,
        }
    }

    fn index(self) -> usize {
        match self {
            Self::Home => 0,
            Self::Away => 1,
        }
    }
}

/// What a game's story must show beyond its box score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    /// Whatever the draw gives.
    Free,
    /// The winner scores first and leads after every basket, so the score is never level
    /// after 0-0. Honoured only for a game decided in regulation, where it is possible.
    WireToWire,
}

/// Who scored on a play, and how much.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    pub side: Side,
    pub points: u32,
    /// Index into the season's players.
    pub player: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Play {
    /// 0 to 3 for the quarters, then one per overtime.
    pub period: u32,
    /// Seconds since tip-off.
    pub elapsed: u32,
    pub text: String,
    /// `None` on markers: period starts and ends, jump balls.
    pub scored: Option<Scored>,
    /// Running score after the play.
    pub home: u32,
    pub away: u32,
}

impl Play {
    /// Home minus away after the play.
    pub fn margin(&self) -> i64 {
        i64::from(self.home) - i64::from(self.away)
    }
}

/// One scoring trip placed in the game: when, by whom (a line of the side's box score), and
/// what shot.
#[derive(Debug, Clone, Copy)]
struct Basket {
    elapsed: u32,
    side: Side,
    line: usize,
    shot: Shot,
}

/// Every play of the game in the order it happened.
pub fn play_by_play(
    rng: &mut Rng,
    players: &[Player],
    outcome: &Outcome,
    script: Script,
) -> Vec<Play> {
    let baskets = baskets(rng, outcome, script);
    narrate(rng, players, outcome, &baskets)
}

/// The largest lead (home, away) each side held in the game its play-by-play would tell from
/// this stream: the same baskets as [`play_by_play`], without the narration. Free throws
/// split a basket into rows whose scores lie between its ends, so the leads are the same.
pub fn largest_leads(rng: &mut Rng, outcome: &Outcome, script: Script) -> (u32, u32) {
    let mut margin = 0i64;
    let (mut home, mut away) = (0i64, 0i64);
    for basket in baskets(rng, outcome, script) {
        let points = i64::from(basket.shot.points());
        margin += match basket.side {
            Side::Home => points,
            Side::Away => -points,
        };
        home = home.max(margin);
        away = away.max(-margin);
    }
    (home as u32, away as u32)
}

fn lines(outcome: &Outcome, side: Side) -> &[Line] {
    match side {
        Side::Home => &outcome.home_lines,
        Side::Away => &outcome.away_lines,
    }
}

/// Points (home, away) in regulation, then in each overtime.
fn stretches(outcome: &Outcome) -> Vec<(u32, u32)> {
    let extra = outcome
        .overtime_points
        .iter()
        .fold((0, 0), |sum, period| (sum.0 + period.0, sum.1 + period.1));
    let regulation = (
        outcome.home_points.saturating_sub(extra.0),
        outcome.away_points.saturating_sub(extra.1),
    );
    std::iter::once(regulation)
        .chain(outcome.overtime_points.iter().copied())
        .collect()
}

/// Every basket of the game, in time order: each stretch (regulation, then each overtime)
/// gets exactly its points, dealt to the players who scored them.
fn baskets(rng: &mut Rng, outcome: &Outcome, script: Script) -> Vec<Basket> {
    let stretches = stretches(outcome);
    let winner = if outcome.home_points > outcome.away_points {
        Side::Home
    } else {
        Side::Away
    };
    let cells = [Side::Home, Side::Away].map(|side| {
        let points: Vec<u32> = lines(outcome, side).iter().map(|l| l.points).collect();
        let totals: Vec<u32> = stretches
            .iter()
            .map(|s| if side == Side::Home { s.0 } else { s.1 })
            .collect();
        by_stretch(rng, &points, &totals)
    });

    let mut placed = Vec::new();
    for (stretch, &(home_points, away_points)) in stretches.iter().enumerate() {
        let trips = trips(rng, &cells, stretch);
        let points = |side: Side| -> Vec<u32> {
            trips[side.index()]
                .iter()
                .map(|(_, shot)| shot.points())
                .collect()
        };
        let favourite = match home_points.cmp(&away_points) {
            Ordering::Greater => Side::Home,
            Ordering::Less => Side::Away,
            Ordering::Equal => winner,
        };
        let guard = script == Script::WireToWire && stretches.len() == 1;
        let order = order::interleave(
            rng,
            &points(Side::Home),
            &points(Side::Away),
            favourite,
            guard,
        );

        let (first, last) = stretch_periods(stretch);
        let times = order::moments(rng, &interior_seconds(first, last), order.len());
        let mut next = [0usize; 2];
        for (side, elapsed) in order.into_iter().zip(times) {
            if let Some(&(line, shot)) = trips[side.index()].get(next[side.index()]) {
                placed.push(Basket {
                    elapsed,
                    side,
                    line,
                    shot,
                });
            }
            next[side.index()] += 1;
        }
    }
    placed
}

/// Each side's scoring trips in one stretch, as (box-score line, shot), in shuffled order.
fn trips(rng: &mut Rng, cells: &[Vec<Vec<u32>>; 2], stretch: usize) -> [Vec<(usize, Shot)>; 2] {
    let mut trips = [Vec::new(), Vec::new()];
    for (side, rows) in trips.iter_mut().zip(cells) {
        for (line, row) in rows.iter().enumerate() {
            let points = row.get(stretch).copied().unwrap_or(0);
            side.extend(shots(rng, points).into_iter().map(|shot| (line, shot)));
        }
        rng.shuffle(side);
    }
    trips
}

/// The first and last period of a stretch: regulation is the four quarters, then each
/// overtime is a stretch of its own.
fn stretch_periods(stretch: usize) -> (u32, u32) {
    if stretch == 0 {
        (0, QUARTERS - 1)
    } else {
        let overtime = QUARTERS - 1 + stretch as u32;
        (overtime, overtime)
    }
}

/// Turns the baskets into rows, with the running score, and adds each period's start and end
/// markers and the jump balls that open the game and every overtime.
fn narrate(rng: &mut Rng, players: &[Player], outcome: &Outcome, baskets: &[Basket]) -> Vec<Play> {
    let name = |player: usize| players.get(player).map_or("Unknown", |p| p.name.as_str());
    let periods = QUARTERS + outcome.overtime_points.len() as u32;
    let mut plays = Vec::new();
    let (mut home, mut away) = (0, 0);
    let marker = |period: u32, elapsed: u32, text: String, home: u32, away: u32| Play {
        period,
        elapsed,
        text,
        scored: None,
        home,
        away,
    };
    let mut pending = baskets.iter().peekable();

    for period in 0..periods {
        let start = period_start(period);
        let opening = format!("Start of {}", period_name(period));
        plays.push(marker(period, start, opening, home, away));
        if period == 0 || period >= QUARTERS {
            plays.push(marker(
                period,
                start,
                jump_ball(rng, players, outcome),
                home,
                away,
            ));
        }

        while let Some(basket) = pending.next_if(|b| period_at(b.elapsed) == period) {
            let team = lines(outcome, basket.side);
            let Some(scorer) = team.get(basket.line) else {
                continue;
            };
            let passer = passer(rng, team, basket.line).map(|line| name(line.player));
            for (points, text) in rows(rng, basket.shot, name(scorer.player), passer) {
                match basket.side {
                    Side::Home => home += points,
                    Side::Away => away += points,
                }
                plays.push(Play {
                    period,
                    elapsed: basket.elapsed,
                    text,
                    scored: Some(Scored {
                        side: basket.side,
                        points,
                        player: scorer.player,
                    }),
                    home,
                    away,
                });
            }
        }

        let closing = format!("End of {}", period_name(period));
        plays.push(marker(period, period_end(period), closing, home, away));
    }
    plays
}

/// A teammate who played real minutes; about half the field goals are assisted.
fn passer<'l>(rng: &mut Rng, team: &'l [Line], scorer: usize) -> Option<&'l Line> {
    if !rng.chance(0.55) {
        return None;
    }
    let mates: Vec<&Line> = team
        .iter()
        .enumerate()
        .filter(|(index, line)| *index != scorer && line.minutes >= 10.0)
        .map(|(_, line)| line)
        .collect();
    (!mates.is_empty()).then(|| *rng.pick(&mates))
}

/// The two players with the most minutes jump; either side may win the tip.
fn jump_ball(rng: &mut Rng, players: &[Player], outcome: &Outcome) -> String {
    let name = |line: Option<&Line>| {
        line.and_then(|line| players.get(line.player))
            .map_or("Unknown", |p| p.name.as_str())
    };
    let centres = [&outcome.home_lines, &outcome.away_lines]
        .map(|lines| name(lines.iter().max_by(|a, b| a.minutes.total_cmp(&b.minutes))));
    let winners = if rng.chance(0.5) {
        &outcome.home_lines
    } else {
        &outcome.away_lines
    };
    let gainer = if winners.is_empty() {
        "Unknown"
    } else {
        name(Some(rng.pick(winners)))
    };
    format!(
        "Jump ball: {} vs. {} ({gainer} gains possession)",
        centres[0], centres[1]
    )
}

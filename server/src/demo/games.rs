//! One simulated game: the score from team strengths and who dressed, then each player's line.

use chrono::NaiveDate;

use super::franchise::{Franchise, LEAGUE_RATING};
use super::injury::{keeps_out, Injury};
use super::rng::Rng;
use super::roster::{Player, Role};

/// Home teams score about this many more points per 100 possessions.
const HOME_EDGE: f64 = 1.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub player: usize,
    pub minutes: f64,
    pub points: u32,
    /// True-shooting attempts (FGA + 0.44 × FTA).
    pub attempts: f64,
    pub plus_minus: i32,
    pub mvp_score: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub home_points: u32,
    pub away_points: u32,
    pub overtimes: u32,
    /// Points (home, away) scored in each overtime period, in order; every period but the last
    /// ends level, which is why another one was played.
    pub overtime_points: Vec<(u32, u32)>,
    /// Possessions per team.
    pub possessions: f64,
    pub home_lines: Vec<Line>,
    pub away_lines: Vec<Line>,
}

/// Everything a game needs to know about the league, borrowed from the season being built.
pub struct League<'a> {
    pub teams: &'a [Franchise],
    pub players: &'a [Player],
    pub rosters: &'a [Vec<usize>],
    pub injuries: &'a [Injury],
}

/// Plays one game. `debut` lists the call-ups making their single appearance tonight.
/// `force_overtime` levels the regulation score, so the game is decided in overtime.
pub fn play(
    rng: &mut Rng,
    league: &League,
    date: NaiveDate,
    home: usize,
    away: usize,
    debut: &[usize],
    force_overtime: bool,
) -> Outcome {
    let home_dressed = dressed(rng, league, home, date, debut);
    let away_dressed = dressed(rng, league, away, date, debut);
    let possessions =
        (league.teams[home].pace + league.teams[away].pace) / 2.0 + rng.normal(0.0, 2.5);

    let home_rating = LEAGUE_RATING + league.teams[home].offense - league.teams[away].defense
        + HOME_EDGE
        - depletion(league, home, &home_dressed);
    let away_rating = LEAGUE_RATING + league.teams[away].offense
        - league.teams[home].defense
        - HOME_EDGE
        - depletion(league, away, &away_dressed);
    let mut home_points = points(rng, possessions, home_rating);
    let mut away_points = points(rng, possessions, away_rating);
    if force_overtime {
        let level = (home_points + away_points) / 2;
        (home_points, away_points) = (level, level);
    }

    // Ties go to overtime, five minutes at a time, until someone wins.
    let mut overtime_points = Vec::new();
    while home_points == away_points {
        let home_extra = rng.normal(10.5, 3.0).round().clamp(2.0, 20.0) as u32;
        let away_extra = rng.normal(10.5, 3.0).round().clamp(2.0, 20.0) as u32;
        home_points += home_extra;
        away_points += away_extra;
        overtime_points.push((home_extra, away_extra));
    }
    let overtimes = overtime_points.len() as u32;

    let margin = i64::from(home_points) - i64::from(away_points);
    let home_lines = lines(rng, league, &home_dressed, home_points, margin, overtimes);
    let away_lines = lines(rng, league, &away_dressed, away_points, -margin, overtimes);
    Outcome {
        home_points,
        away_points,
        overtimes,
        overtime_points,
        possessions: possessions + 10.0 * f64::from(overtimes),
        home_lines,
        away_lines,
    }
}

fn points(rng: &mut Rng, possessions: f64, rating: f64) -> u32 {
    (possessions * rating / 100.0 + rng.normal(0.0, 8.5))
        .round()
        .max(72.0) as u32
}

/// Who is in uniform: healthy rotation players nearly always, the bench now and then, and a
/// call-up only on his one night.
fn dressed(
    rng: &mut Rng,
    league: &League,
    team: usize,
    date: NaiveDate,
    debut: &[usize],
) -> Vec<usize> {
    league.rosters[team]
        .iter()
        .copied()
        .filter(|&p| {
            let hurt = league
                .injuries
                .iter()
                .any(|i| i.player == p && keeps_out(i, date));
            match league.players[p].role {
                Role::Cameo { .. } => debut.contains(&p),
                _ => !hurt && rng.chance(league.players[p].availability),
            }
        })
        .collect()
}

/// Points per 100 lost to absences: missing a star hurts far more than missing a reserve.
fn depletion(league: &League, team: usize, dressed: &[usize]) -> f64 {
    let usage = |p: &usize| league.players[*p].usage;
    let full: f64 = league.rosters[team].iter().map(usage).sum();
    let present: f64 = dressed.iter().map(usage).sum();
    if full <= 0.0 {
        return 0.0;
    }
    7.0 * (1.0 - present / full).max(0.0)
}

fn lines(
    rng: &mut Rng,
    league: &League,
    dressed: &[usize],
    team_points: u32,
    margin: i64,
    overtimes: u32,
) -> Vec<Line> {
    let total_minutes = 240.0 + 25.0 * f64::from(overtimes);
    let raw: Vec<f64> = dressed
        .iter()
        .map(|&p| league.players[p].minutes * rng.range(0.85, 1.15))
        .collect();
    let scale = total_minutes / raw.iter().sum::<f64>().max(1.0);
    let minutes: Vec<f64> = raw.iter().map(|m| (m * scale).min(46.0)).collect();

    // Call-ups get their scripted line; everyone else shares the rest of the team's points.
    let scripted = |p: usize| match league.players[p].role {
        Role::Cameo { perfect: true } => Some((4, 1.44)),
        Role::Cameo { perfect: false } => Some((0, 2.0)),
        _ => None,
    };
    let weights: Vec<f64> = dressed
        .iter()
        .zip(&minutes)
        .map(|(&p, m)| match scripted(p) {
            Some(_) => 0.0,
            None => league.players[p].usage * m * form(rng.unit()),
        })
        .collect();
    let reserved: u32 = dressed
        .iter()
        .filter_map(|&p| scripted(p))
        .map(|(pts, _)| pts)
        .sum();
    let shares = split_points(team_points.saturating_sub(reserved), &weights);

    dressed
        .iter()
        .zip(minutes)
        .zip(shares)
        .map(|((&p, minutes), share)| {
            let player = &league.players[p];
            let (points, attempts) = scripted(p).unwrap_or_else(|| {
                let efficiency = (player.shooting + rng.normal(0.0, 0.07)).clamp(0.3, 0.85);
                match share {
                    // Half the scoreless nights come with a couple of misses, half with no shot.
                    0 if rng.chance(0.5) => (0, rng.range(0.44, 2.5)),
                    0 => (0, 0.0),
                    pts => (pts, f64::from(pts) / (2.0 * efficiency)),
                }
            });
            let plus_minus = (margin as f64 * minutes / 48.0 + rng.normal(0.0, 4.0)).round() as i32;
            let misses = (attempts - f64::from(points) / 2.0).max(0.0);
            let mvp_score = 0.8 * f64::from(points)
                + 12.0 * player.skill * rng.range(0.6, 1.4) * minutes / 30.0
                + 0.3 * f64::from(plus_minus)
                + if margin > 0 { 2.0 } else { 0.0 }
                - 0.6 * misses;
            Line {
                player: p,
                minutes,
                points,
                attempts,
                plus_minus,
                mvp_score,
            }
        })
        .collect()
}

/// A player's form on the night, as a factor on his usual share of the points, from one
/// uniform draw: mostly 0.55 to 1.45, and one night in twenty a hot one at 1.45 to 2.2. Those
/// nights give the season highs and ten-points-above-average lines real box scores have.
fn form(draw: f64) -> f64 {
    if draw < HOT_NIGHTS {
        0.55 + 0.9 * draw / HOT_NIGHTS
    } else {
        1.45 + 0.75 * (draw - HOT_NIGHTS) / (1.0 - HOT_NIGHTS)
    }
}

/// The share of ordinary nights; the rest are hot ones.
const HOT_NIGHTS: f64 = 0.95;

/// Splits whole points in proportion to the weights (largest remainder), so a box score
/// always adds up to the final score.
fn split_points(total: u32, weights: &[f64]) -> Vec<u32> {
    let sum: f64 = weights.iter().sum();
    if sum <= 0.0 {
        return vec![0; weights.len()];
    }
    let exact: Vec<f64> = weights.iter().map(|w| f64::from(total) * w / sum).collect();
    let mut shares: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())));
    let missing = total - shares.iter().sum::<u32>();
    for &index in order.iter().take(missing as usize) {
        shares[index] += 1;
    }
    shares
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_is_continuous_and_rarely_hot() {
        assert!((form(0.0) - 0.55).abs() < 1e-12);
        assert!((form(HOT_NIGHTS) - 1.45).abs() < 1e-12);
        assert!((form(0.999_999) - 2.2).abs() < 1e-4);
        assert!(form(0.5) < form(0.9) && form(0.9) < form(0.97));
    }

    #[test]
    fn split_points_adds_up_and_follows_weights() {
        let shares = split_points(101, &[3.0, 2.0, 1.0, 0.0]);
        assert_eq!(shares.iter().sum::<u32>(), 101);
        assert!(shares[0] > shares[1] && shares[1] > shares[2]);
        assert_eq!(shares[3], 0);
        assert_eq!(split_points(10, &[0.0, 0.0]), vec![0, 0]);
    }
}

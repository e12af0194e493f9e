//! The latest slate, last night's games, told play by play. Built once and shared by the pbp
//! and recent-games marts, so the feed, the results and the top lines agree.

use super::games::Outcome;
use super::pbp::{play_by_play, Play, Script, Side};
use super::rng::Rng;
use super::season::{Game, Season};

pub struct SlateGame<'s> {
    pub game: &'s Game,
    pub outcome: &'s Outcome,
    /// Every play in the order it happened.
    pub plays: Vec<Play>,
}

impl SlateGame<'_> {
    pub fn winner(&self) -> Side {
        if self.outcome.home_points > self.outcome.away_points {
            Side::Home
        } else {
            Side::Away
        }
    }

    /// The largest lead `side` held at any point; 0 if it never led.
    pub fn max_lead(&self, side: Side) -> u32 {
        let lead = |play: &Play| match side {
            Side::Home => play.margin(),
            Side::Away => -play.margin(),
        };
        self.plays.iter().map(lead).max().unwrap_or(0).max(0) as u32
    }
}

/// Tells every game of the slate. The regulation game with the widest margin goes wire to
/// wire, so the slate always has a game that was never tied after the first basket (the
/// season makes sure another one went to overtime).
pub fn slate(season: &Season) -> Vec<SlateGame<'_>> {
    let games: Vec<(&Game, &Outcome)> = season.slate().collect();
    let wire_to_wire = games
        .iter()
        .enumerate()
        .filter(|(_, (_, outcome))| outcome.overtimes == 0)
        .max_by_key(|(index, (_, outcome))| {
            let margin = outcome.home_points.abs_diff(outcome.away_points);
            (margin, std::cmp::Reverse(*index))
        })
        .map(|(index, _)| index);

    games
        .into_iter()
        .enumerate()
        .map(|(index, (game, outcome))| {
            let mut rng = pbp_stream(season, game);
            let script = if Some(index) == wire_to_wire {
                Script::WireToWire
            } else {
                Script::Free
            };
            SlateGame {
                game,
                outcome,
                plays: play_by_play(&mut rng, &season.players, outcome, script),
            }
        })
        .collect()
}

/// The random stream a game's play-by-play is told from, so a game's flow can be recounted
/// elsewhere (the comebacks of the whole season) exactly as its feed would tell it.
pub fn pbp_stream(season: &Season, game: &Game) -> Rng {
    Rng::new(season.seed).fork(&format!("pbp-{}", game.id))
}

//! Player traps that gold is known for, planted on purpose so the app's matching and empty
//! values are exercised: two namesakes whose names differ only by an accent, one player spelled
//! without his accents in `rolling_avg_stats`, an injured two-way player who appears on the
//! injury report and nowhere else, and a call-up who played without taking a shot. Planted
//! after the games are played: a name never feeds a draw, the two-way player is on no game
//! roster, and a scoreless, shotless line changes no score.

use std::collections::BTreeSet;

use super::games::Line;
use super::injury::preseason_injury;
use super::rng::Rng;
use super::roster::{Player, Role};
use super::season::Season;

/// Two different players, on different teams, whose names share one slug.
pub const NAMESAKES: [&str; 2] = ["Tomas Erlund", "Tomás Erlund"];

/// A name with accents, and the plain spelling `rolling_avg_stats` gives it.
pub const PLAIN_SPELLING: (&str, &str) = ("Émile Quiñonez", "Emile Quinonez");

/// The injured two-way player. The apostrophe makes the tracker's markup carry an entity.
pub const TWO_WAY: &str = "Ke'Shawn Abernathy";

/// The ten-day call-up who played last night without a shot attempt.
pub const SHOTLESS: &str = "Darnell Okoro-Vance";

/// Which players carry the traps (indices into the season's players).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Quirks {
    pub namesakes: Option<[usize; 2]>,
    /// `None` when nobody played in the rolling window (opening night).
    pub plain_spelling: Option<usize>,
    pub two_way: Option<usize>,
    /// `None` when the rolling window has no game before last night.
    pub shotless: Option<usize>,
}

impl Quirks {
    /// A player's name as `rolling_avg_stats` writes it.
    pub fn rolling_name<'a>(&self, player: usize, name: &'a str) -> &'a str {
        if self.plain_spelling == Some(player) {
            PLAIN_SPELLING.1
        } else {
            name
        }
    }
}

/// Renames the chosen players and signs the two-way player, with his preseason injury.
pub fn plant(season: &mut Season) {
    let mut rng = Rng::new(season.seed).fork("identities");
    let appeared: BTreeSet<usize> = lines_of(season, false);
    let recent: BTreeSet<usize> = lines_of(season, true);

    let namesakes = namesakes(&mut rng, season, &appeared);
    for (&player, name) in namesakes.iter().zip(NAMESAKES) {
        season.players[player].name = name.to_string();
    }

    let plain_spelling = pick(
        &mut rng,
        season
            .players
            .iter()
            .enumerate()
            .filter(|(p, player)| {
                recent.contains(p) && player.role == Role::Rotation && !namesakes.contains(p)
            })
            .map(|(p, _)| p)
            .collect(),
    );
    if let Some(player) = plain_spelling {
        season.players[player].name = PLAIN_SPELLING.0.to_string();
    }

    let two_way = sign_two_way(&mut rng, season);
    let shotless = send_in_for_garbage_time(season);
    season.quirks = Quirks {
        namesakes: Some(namesakes),
        plain_spelling,
        two_way: Some(two_way),
        shotless,
    };
}

/// Players with a box-score line this season, or only in the rolling window.
fn lines_of(season: &Season, recent_only: bool) -> BTreeSet<usize> {
    let games: Vec<_> = if recent_only {
        season.recent().collect()
    } else {
        season.played().collect()
    };
    games
        .iter()
        .flat_map(|(_, outcome)| outcome.home_lines.iter().chain(&outcome.away_lines))
        .map(|line| line.player)
        .collect()
}

/// One rotation player from each of two different teams, preferring players who have played,
/// so both reach `player_stats` once the season is under way.
fn namesakes(rng: &mut Rng, season: &Season, appeared: &BTreeSet<usize>) -> [usize; 2] {
    let teams = season.teams.len();
    let first = rng.below(teams);
    let second = (first + 1 + rng.below(teams - 1)) % teams;
    [first, second].map(|team| {
        let rotation: Vec<usize> = (0..season.players.len())
            .filter(|&p| {
                let player = &season.players[p];
                player.team == Some(team) && player.role == Role::Rotation
            })
            .collect();
        let played: Vec<usize> = rotation
            .iter()
            .copied()
            .filter(|p| appeared.contains(p))
            .collect();
        pick(rng, played)
            .or_else(|| rotation.first().copied())
            .unwrap_or_default()
    })
}

fn pick(rng: &mut Rng, candidates: Vec<usize>) -> Option<usize> {
    (!candidates.is_empty()).then(|| candidates[rng.below(candidates.len())])
}

/// Adds the two-way player to a team's books (not its game roster) and to the injury report.
fn sign_two_way(rng: &mut Rng, season: &mut Season) -> usize {
    let index = season.players.len();
    season.players.push(Player {
        name: TWO_WAY.to_string(),
        team: Some(rng.below(season.teams.len())),
        skill: 0.2,
        usage: 0.32,
        minutes: 0.0,
        shooting: 0.52,
        salary: 636_000.0,
        age: 21,
        role: Role::TwoWay,
        availability: 0.0,
    });
    season
        .injuries
        .push(preseason_injury(index, season.start, season.today));
    index
}

/// Signs a call-up to the winner of the most lopsided game of the rolling window and gives
/// him a minute and a half there, without a shot. The game is before last night's slate, so
/// no play-by-play has to tell his minutes; `None` when the window has no such game.
fn send_in_for_garbage_time(season: &mut Season) -> Option<usize> {
    let slate = season.slate_date()?;
    let window: BTreeSet<i64> = season
        .recent()
        .filter(|(game, _)| game.date < slate)
        .map(|(game, _)| game.id)
        .collect();
    let game = season
        .games
        .iter()
        .enumerate()
        .filter(|(_, game)| window.contains(&game.id))
        .filter_map(|(index, game)| Some((index, game.outcome.as_ref()?)))
        .max_by_key(|(_, o)| o.home_points.abs_diff(o.away_points))
        .map(|(index, _)| index)?;

    let player = season.players.len();
    let line = Line {
        player,
        minutes: 1.5,
        points: 0,
        attempts: 0.0,
        plus_minus: 0,
        mvp_score: 0.3,
    };
    let (home, away) = (season.games[game].home, season.games[game].away);
    let outcome = season.games[game].outcome.as_mut()?;
    let team = if outcome.home_points > outcome.away_points {
        outcome.home_lines.push(line);
        home
    } else {
        outcome.away_lines.push(line);
        away
    };
    season.players.push(Player {
        name: SHOTLESS.to_string(),
        team: Some(team),
        skill: 0.1,
        usage: 0.12,
        minutes: 1.5,
        shooting: 0.5,
        salary: 1_160_000.0,
        age: 24,
        role: Role::TenDay,
        availability: 0.0,
    });
    Some(player)
}

//! The simulated season: teams, players, injuries and every game, played up to yesterday.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};

use super::franchise::{franchises, Franchise};
use super::games::{play, League, Outcome};
use super::identity::{plant, Quirks};
use super::injury::{injury_report, Injury};
use super::rng::Rng;
use super::roster::{players, Player, Role};
use super::schedule::{schedule, season_start};

#[derive(Debug, Clone, PartialEq)]
pub struct Game {
    /// NBA-style id: `2` + season year (two digits) + a running number.
    pub id: i64,
    pub date: NaiveDate,
    /// Tip-off in minutes after midnight, US Eastern.
    pub tip: u16,
    pub home: usize,
    pub away: usize,
    /// `None` for games on today or later.
    pub outcome: Option<Outcome>,
}

/// Everything the gold marts are derived from. Indices in games, players and injuries point
/// into `teams` and `players`.
#[derive(Debug, Clone)]
pub struct Season {
    pub seed: u64,
    pub today: NaiveDate,
    pub start: NaiveDate,
    pub teams: Vec<Franchise>,
    pub players: Vec<Player>,
    pub injuries: Vec<Injury>,
    /// Ordered by date, tip-off and home team.
    pub games: Vec<Game>,
    /// Dress the latest slate as playoff games: the `playoffs` flag is on and the slate's
    /// results carry series columns, and its players get Playoffs rows in `player_stats`. The
    /// games themselves are the same either way.
    pub playoffs: bool,
    /// The players planted to carry gold's identity and empty-value traps.
    pub quirks: Quirks,
}

/// `rolling_avg_stats` covers the games of this many days before today.
pub const ROLLING_DAYS: u64 = 14;

/// The pure simulation: the same seed and the same `today` always give the same season.
pub fn simulate(seed: u64, today: NaiveDate) -> Season {
    let rng = Rng::new(seed);
    let start = season_start(today);
    let teams = franchises(&rng);
    let players = players(&rng, &teams);
    let injuries = injury_report(&rng, &players, start, today);
    let slots = schedule(&rng, &teams, start, today);

    let mut rosters = vec![Vec::new(); teams.len()];
    for (index, player) in players.iter().enumerate() {
        if let Some(team) = player.team {
            rosters[team].push(index);
        }
    }
    let league = League {
        teams: &teams,
        players: &players,
        rosters: &rosters,
        injuries: &injuries,
    };

    let mut rng = rng.fork("games");
    let mut debuted = vec![false; players.len()];
    let id_base = 20_000_000 + i64::from(season_year(start) % 100) * 100_000;
    // The last game of the latest slate goes to overtime unless an earlier one on that night
    // already did, so the Games page always has an overtime game to show. It is the last game
    // played, so forcing it changes no other result.
    let last_of_slate = slots.iter().rposition(|slot| slot.date < today);
    let slate_date = last_of_slate.map(|index| slots[index].date);
    let mut slate_overtime = false;
    let games = slots
        .into_iter()
        .enumerate()
        .map(|(index, slot)| {
            let outcome = (slot.date < today).then(|| {
                let debut = call_ups(&players, &rosters, [slot.home, slot.away], &mut debuted);
                let force = Some(index) == last_of_slate && !slate_overtime;
                let outcome = play(
                    &mut rng, &league, slot.date, slot.home, slot.away, &debut, force,
                );
                slate_overtime |= Some(slot.date) == slate_date && outcome.overtimes > 0;
                outcome
            });
            Game {
                id: id_base + index as i64 + 1,
                date: slot.date,
                tip: slot.tip,
                home: slot.home,
                away: slot.away,
                outcome,
            }
        })
        .collect();

    let mut season = Season {
        seed,
        today,
        start,
        teams,
        players,
        injuries,
        games,
        playoffs: false,
        quirks: Quirks::default(),
    };
    plant(&mut season);
    season
}

/// Call-ups of these teams who have not played yet: each appears in his team's first game.
fn call_ups(
    players: &[Player],
    rosters: &[Vec<usize>],
    teams: [usize; 2],
    debuted: &mut [bool],
) -> Vec<usize> {
    let mut debut = Vec::new();
    for team in teams {
        for &p in &rosters[team] {
            if matches!(players[p].role, Role::Cameo { .. }) && !debuted[p] {
                debuted[p] = true;
                debut.push(p);
            }
        }
    }
    debut
}

/// The calendar year in which the season started (a season starting in January belongs to the
/// previous autumn's season).
pub fn season_year(start: NaiveDate) -> i32 {
    if start.month() >= 7 {
        start.year()
    } else {
        start.year() - 1
    }
}

impl Season {
    /// Games already played, with their outcomes.
    pub fn played(&self) -> impl Iterator<Item = (&Game, &Outcome)> {
        self.games
            .iter()
            .filter_map(|game| game.outcome.as_ref().map(|outcome| (game, outcome)))
    }

    /// Games played in the rolling window: the [`ROLLING_DAYS`] days before today.
    pub fn recent(&self) -> impl Iterator<Item = (&Game, &Outcome)> {
        let from = self.today - Days::new(ROLLING_DAYS);
        self.played().filter(move |(game, _)| game.date >= from)
    }

    /// The latest date before today with games played: last night, usually.
    pub fn slate_date(&self) -> Option<NaiveDate> {
        self.played().map(|(game, _)| game.date).max()
    }

    /// The games of the latest slate, in tip-off order.
    pub fn slate(&self) -> impl Iterator<Item = (&Game, &Outcome)> {
        let date = self.slate_date();
        self.played()
            .filter(move |(game, _)| Some(game.date) == date)
    }

    /// Games on today or later.
    pub fn upcoming(&self) -> impl Iterator<Item = &Game> {
        self.games.iter().filter(|game| game.date >= self.today)
    }

    /// The first day on or after today that has games.
    pub fn next_game_date(&self) -> Option<NaiveDate> {
        self.upcoming().map(|game| game.date).min()
    }

    /// When "upstream" scraped: 09:30 UTC today.
    pub fn scrape_time(&self) -> NaiveDateTime {
        self.today
            .and_time(NaiveTime::from_hms_opt(9, 30, 0).unwrap_or_default())
    }

    /// A time on today's date, for other audit columns.
    pub fn today_at(&self, hour: u32, minute: u32) -> NaiveDateTime {
        self.today
            .and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn simulation_is_deterministic() {
        let a = simulate(5, date(2025, 1, 20));
        let b = simulate(5, date(2025, 1, 20));
        assert_eq!(a.games, b.games);
        assert_ne!(a.games, simulate(6, date(2025, 1, 20)).games);
    }

    #[test]
    fn games_before_today_are_played_and_the_rest_are_not() {
        let today = date(2025, 1, 20);
        let season = simulate(5, today);
        assert!(season
            .games
            .iter()
            .all(|g| g.outcome.is_some() == (g.date < today)));
        for (_, outcome) in season.played() {
            assert_ne!(outcome.home_points, outcome.away_points);
            let box_home: u32 = outcome.home_lines.iter().map(|l| l.points).sum();
            assert_eq!(box_home, outcome.home_points);
        }
        assert_eq!(season.next_game_date(), Some(today));
    }

    #[test]
    fn the_latest_slate_always_has_an_overtime_game_decided_after_level_periods() {
        for (seed, today) in [
            (2030, date(2026, 12, 3)),
            (11, date(2030, 1, 15)),
            (5, date(2025, 1, 20)),
            (8, date(2025, 3, 2)),
        ] {
            let season = simulate(seed, today);
            let slate: Vec<_> = season.slate().collect();
            assert!(slate.len() >= 2, "seed {seed}: {} games", slate.len());
            assert!(slate.iter().all(|(game, _)| game.date < today));
            assert!(
                slate.iter().any(|(_, outcome)| outcome.overtimes > 0),
                "seed {seed}"
            );
            for (_, outcome) in season.played() {
                let periods = &outcome.overtime_points;
                assert_eq!(periods.len() as u32, outcome.overtimes);
                let extra_home: u32 = periods.iter().map(|p| p.0).sum();
                let extra_away: u32 = periods.iter().map(|p| p.1).sum();
                let regulation = (
                    outcome.home_points - extra_home,
                    outcome.away_points - extra_away,
                );
                assert_eq!(regulation.0 == regulation.1, outcome.overtimes > 0);
                for (index, (home, away)) in periods.iter().enumerate() {
                    assert_eq!(home == away, index + 1 < periods.len());
                }
            }
        }
    }

    #[test]
    fn call_ups_play_exactly_once() {
        let season = simulate(21, date(2025, 2, 10));
        for (index, player) in season.players.iter().enumerate() {
            if matches!(player.role, Role::Cameo { .. }) {
                let games = season
                    .played()
                    .flat_map(|(_, o)| o.home_lines.iter().chain(&o.away_lines))
                    .filter(|line| line.player == index)
                    .count();
                assert_eq!(games, 1, "{}", player.name);
            }
        }
    }
}

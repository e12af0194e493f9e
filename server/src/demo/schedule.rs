//! The season calendar: when it starts relative to today, who plays whom, and on which day.

use std::collections::BTreeSet;

use app::teams::Conference;
use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::franchise::Franchise;
use super::rng::Rng;

pub const GAMES_PER_TEAM: usize = 82;

/// Oct 21 plus this many days is the planned last day (about Apr 12), so a start moved to
/// 150 days before today still leaves games to come.
const PLANNED_LENGTH: u64 = 173;

/// No team plays twice on one day, so at most half the league plays.
const MAX_GAMES_PER_DAY: usize = 15;

/// A scheduled game: its day, the two teams (indices into the season's teams) and tip-off in
/// minutes after midnight, US Eastern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub date: NaiveDate,
    pub home: usize,
    pub away: usize,
    pub tip: u16,
}

/// The most recent Oct 21 on or before today, unless that is more than 150 days ago: then
/// 150 days before today, so the demo always looks like the middle of a season.
pub fn season_start(today: NaiveDate) -> NaiveDate {
    let this_year = NaiveDate::from_ymd_opt(today.year(), 10, 21);
    let opening = match this_year {
        Some(date) if date <= today => date,
        _ => NaiveDate::from_ymd_opt(today.year() - 1, 10, 21).unwrap_or(today),
    };
    opening.max(today - Days::new(150))
}

/// The full regular season, ordered by day, tip-off and home team.
pub fn schedule(rng: &Rng, teams: &[Franchise], start: NaiveDate, today: NaiveDate) -> Vec<Slot> {
    let mut rng = rng.fork("schedule");
    let pairs = matchups(&mut rng, teams);
    let breaks = off_days(start, today);
    let mut slots = assign_days(&mut rng, teams.len(), pairs, start, &breaks);

    for slot in &mut slots {
        slot.tip = tip_time(&mut rng, slot.date, teams[slot.home].conference);
    }
    slots.sort_by(|a, b| {
        (a.date, a.tip, teams[a.home].abbr).cmp(&(b.date, b.tip, teams[b.home].abbr))
    });
    slots
}

/// Every (home, away) game. Within a conference a team meets four opponents three times and
/// the other ten four times; it meets each team of the other conference twice. That is 82
/// games, 41 at home, for every team.
fn matchups(rng: &mut Rng, teams: &[Franchise]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::with_capacity(teams.len() * GAMES_PER_TEAM / 2);
    for conference in [Conference::East, Conference::West] {
        let mut members: Vec<usize> = (0..teams.len())
            .filter(|&t| teams[t].conference == conference)
            .collect();
        rng.shuffle(&mut members);
        let size = members.len();
        for (i, &team) in members.iter().enumerate() {
            for (j, &other) in members.iter().enumerate().skip(i + 1) {
                // A circulant pattern: neighbours one or two places apart meet three times,
                // with the earlier one hosting twice, which keeps home games at 41 each.
                match (j - i) % size {
                    1 | 2 => pairs.extend([(team, other), (team, other), (other, team)]),
                    d if d >= size - 2 => {
                        pairs.extend([(other, team), (other, team), (team, other)])
                    }
                    _ => pairs.extend([(team, other), (team, other), (other, team), (other, team)]),
                }
            }
        }
    }
    for east in (0..teams.len()).filter(|&t| teams[t].conference == Conference::East) {
        for west in (0..teams.len()).filter(|&t| teams[t].conference == Conference::West) {
            pairs.extend([(east, west), (west, east)]);
        }
    }
    pairs
}

/// Days without games: Thanksgiving, Christmas Eve and the All-Star break, except today, so
/// the demo always has a slate tonight.
fn off_days(start: NaiveDate, today: NaiveDate) -> BTreeSet<NaiveDate> {
    let season_year = if start.month() >= 7 {
        start.year()
    } else {
        start.year() - 1
    };
    let mut days = BTreeSet::new();
    if let Some(thanksgiving) =
        NaiveDate::from_weekday_of_month_opt(season_year, 11, Weekday::Thu, 4)
    {
        days.insert(thanksgiving);
    }
    if let Some(christmas_eve) = NaiveDate::from_ymd_opt(season_year, 12, 24) {
        days.insert(christmas_eve);
    }
    if let Some(all_star) =
        NaiveDate::from_weekday_of_month_opt(season_year + 1, 2, Weekday::Sun, 3)
    {
        for offset in 0..5 {
            days.insert(all_star - Days::new(2) + Days::new(offset));
        }
    }
    days.remove(&today);
    days
}

/// Relative slate size by weekday: big Wednesday and Friday nights, light Thursdays.
fn weekday_weight(date: NaiveDate) -> f64 {
    match date.weekday() {
        Weekday::Mon => 1.0,
        Weekday::Tue => 0.9,
        Weekday::Wed => 1.25,
        Weekday::Thu => 0.75,
        Weekday::Fri => 1.2,
        Weekday::Sat => 1.05,
        Weekday::Sun => 0.85,
    }
}

/// Places the games on days greedily. Teams with the most games left go first, nobody plays
/// twice a day or three days running, and each day takes about its weekday's share of what is
/// left. Should the plan run out of days, the season simply runs a few days longer.
fn assign_days(
    rng: &mut Rng,
    team_count: usize,
    pairs: Vec<(usize, usize)>,
    start: NaiveDate,
    breaks: &BTreeSet<NaiveDate>,
) -> Vec<Slot> {
    let planned: Vec<NaiveDate> = (0..=PLANNED_LENGTH)
        .map(|offset| start + Days::new(offset))
        .filter(|date| !breaks.contains(date))
        .collect();
    // Each game carries a random key, the tie-break between equally urgent games.
    let mut pending: Vec<Pending> = pairs
        .into_iter()
        .map(|(home, away)| (home, away, rng.next_u64()))
        .collect();
    let mut board = Board::new(team_count, &pending);
    let mut slots = Vec::with_capacity(pending.len());

    let mut day = 0;
    while !pending.is_empty() {
        let date = match planned.get(day) {
            Some(date) => *date,
            None => {
                planned.last().copied().unwrap_or(start)
                    + Days::new((day + 1 - planned.len()) as u64)
            }
        };
        let target = slate_size(&planned, day, pending.len());
        board.rank(&mut pending);
        for (home, away) in board.fill(date, target, &mut pending) {
            slots.push(Slot {
                date,
                home,
                away,
                tip: 0,
            });
        }
        day += 1;
    }
    slots
}

/// A game still to place: home, away and its tie-break key.
type Pending = (usize, usize, u64);

/// How many games a planned day should take: its weekday's share of the games left. Past the
/// planned days, as many as fit.
fn slate_size(planned: &[NaiveDate], day: usize, pending: usize) -> usize {
    match planned.get(day..) {
        Some(rest) if !rest.is_empty() => {
            let weights: f64 = rest.iter().map(|date| weekday_weight(*date)).sum();
            let share = pending as f64 * weekday_weight(rest[0]) / weights;
            (share.round() as usize).clamp(1, MAX_GAMES_PER_DAY)
        }
        _ => MAX_GAMES_PER_DAY,
    }
}

/// What the scheduler knows about each team so far.
struct Board {
    remaining: Vec<usize>,
    played_on: Vec<BTreeSet<NaiveDate>>,
}

impl Board {
    fn new(team_count: usize, pending: &[Pending]) -> Self {
        let mut remaining = vec![0; team_count];
        for &(home, away, _) in pending {
            remaining[home] += 1;
            remaining[away] += 1;
        }
        Self {
            remaining,
            played_on: vec![BTreeSet::new(); team_count],
        }
    }

    /// Most urgent first: the games of the teams with the most games left.
    fn rank(&self, pending: &mut [Pending]) {
        pending.sort_by_key(|&(home, away, key)| {
            let (h, a) = (self.remaining[home], self.remaining[away]);
            (std::cmp::Reverse((h.max(a), h + a)), key)
        });
    }

    fn tired(&self, team: usize, date: NaiveDate) -> bool {
        let played = &self.played_on[team];
        played.contains(&(date - Days::new(1))) && played.contains(&(date - Days::new(2)))
    }

    /// Takes up to `target` games for `date`, in ranked order, and removes them from `pending`.
    fn fill(
        &mut self,
        date: NaiveDate,
        target: usize,
        pending: &mut Vec<Pending>,
    ) -> Vec<(usize, usize)> {
        let mut busy = vec![false; self.remaining.len()];
        let mut taken = Vec::new();
        pending.retain(|&(home, away, _)| {
            let free =
                !busy[home] && !busy[away] && !self.tired(home, date) && !self.tired(away, date);
            if taken.len() == target || !free {
                return true;
            }
            busy[home] = true;
            busy[away] = true;
            taken.push((home, away));
            false
        });
        for &(home, away) in &taken {
            for team in [home, away] {
                self.remaining[team] -= 1;
                self.played_on[team].insert(date);
            }
        }
        taken
    }
}

/// East Coast homes tip at 7–8 PM, western ones late; some Sunday games are matinees.
fn tip_time(rng: &mut Rng, date: NaiveDate, home_conference: Conference) -> u16 {
    const EAST: [u16; 5] = [19 * 60, 19 * 60, 19 * 60 + 30, 19 * 60 + 30, 20 * 60];
    const WEST: [u16; 4] = [20 * 60 + 30, 21 * 60, 22 * 60, 22 * 60 + 30];
    const MATINEE: [u16; 3] = [13 * 60, 15 * 60 + 30, 18 * 60];
    if date.weekday() == Weekday::Sun && rng.chance(0.35) {
        return *rng.pick(&MATINEE);
    }
    match home_conference {
        Conference::East => *rng.pick(&EAST),
        Conference::West => *rng.pick(&WEST),
    }
}

#[cfg(test)]
#[path = "schedule_tests.rs"]
mod tests;

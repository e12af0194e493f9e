//! The injury report: who is hurt, since when, and whether they sit. How the report words
//! each entry lives in `injury/wording.rs`.

mod wording;

use chrono::{Days, NaiveDate};

use super::rng::Rng;
use super::roster::{Player, Role};
use wording::{cover_every_reading, describe, status_text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Out,
    OutForSeason,
    DayToDay,
    Questionable,
    Probable,
}

impl Status {
    /// The status in its usual spelling, as the injury tracker writes it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Out => "Out",
            Self::OutForSeason => "Out For Season",
            Self::DayToDay => "Day To Day",
            Self::Questionable => "Questionable",
            Self::Probable => "Probable",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Injury {
    pub player: usize,
    pub status: Status,
    /// The status as the report spells it; case and spacing vary, as they do upstream.
    pub status_text: String,
    pub label: &'static str,
    pub description: String,
    /// The day it happened.
    pub since: NaiveDate,
    /// The report date (`scrape_date`).
    pub reported: NaiveDate,
    /// Whether the player misses his team's games from `since` on.
    pub sits: bool,
}

const LABELS: &[&str] = &[
    "Left knee",
    "Right knee",
    "Right ankle",
    "Left ankle",
    "Hamstring",
    "Lower back",
    "Right wrist",
    "Left calf",
    "Groin",
    "Hip",
    "Left foot",
    "Right shoulder",
    "Left wrist",
    "Right thumb",
];

/// About thirty players, two of whom carry a second, older entry. Whatever the draw, the
/// report words its entries in every way the app reads a return estimate.
pub fn injury_report(
    rng: &Rng,
    players: &[Player],
    start: NaiveDate,
    today: NaiveDate,
) -> Vec<Injury> {
    let mut draw = rng.fork("injuries");
    let mut candidates: Vec<usize> = (0..players.len())
        .filter(|&p| players[p].team.is_some() && !matches!(players[p].role, Role::Cameo { .. }))
        .collect();
    draw.shuffle(&mut candidates);
    let count = draw.between(26, 34) as usize;

    let mut report: Vec<Injury> = candidates
        .iter()
        .take(count)
        .map(|&p| entry(&mut draw, p, start, today, 0))
        .collect();
    for &player in candidates.iter().take(2) {
        let age = draw.between(1, 3) as u64;
        report.push(entry(&mut draw, player, start, today, age));
    }

    // Its own stream, so rewording never changes who sits.
    cover_every_reading(&mut rng.fork("injury-wording"), &mut report, today);
    report
}

fn entry(rng: &mut Rng, player: usize, start: NaiveDate, today: NaiveDate, age: u64) -> Injury {
    let status = match rng.unit() {
        u if u < 0.38 => Status::Out,
        u if u < 0.47 => Status::OutForSeason,
        u if u < 0.72 => Status::DayToDay,
        u if u < 0.88 => Status::Questionable,
        _ => Status::Probable,
    };
    let days_ago = match status {
        Status::Out => rng.between(2, 45),
        Status::OutForSeason => rng.between(15, 90),
        _ => rng.between(0, 4),
    };
    // An older entry was reported `age` days ago, and its injury happened before that; near
    // opening night both dates can fall in the preseason, which changes no game.
    let reported = today - Days::new(age);
    let since = (reported - Days::new(days_ago as u64))
        .max(start)
        .min(reported);
    let sits = match status {
        Status::Out | Status::OutForSeason => true,
        Status::DayToDay => rng.chance(0.5),
        Status::Questionable => rng.chance(0.3),
        Status::Probable => false,
    };
    let label = *rng.pick(LABELS);

    Injury {
        player,
        status,
        status_text: status_text(rng, status),
        label,
        description: describe(rng, status, &label.to_lowercase(), today),
        since,
        reported,
        sits,
    }
}

/// A two-way player hurt in the preseason: out for every game so far, on today's report.
pub fn preseason_injury(player: usize, start: NaiveDate, today: NaiveDate) -> Injury {
    Injury {
        player,
        status: Status::Out,
        status_text: "Out".into(),
        label: "Left foot",
        description: "Still in a walking boot for a stress reaction in his left foot.".into(),
        since: start - Days::new(12),
        reported: today,
        sits: true,
    }
}

/// Whether an injury keeps the player out of a game on `date`.
pub fn keeps_out(injury: &Injury, date: NaiveDate) -> bool {
    injury.sits && date >= injury.since
}

#[cfg(test)]
mod tests {
    use super::super::franchise::franchises;
    use super::super::roster::players;
    use super::*;

    #[test]
    fn the_report_has_about_thirty_rows_and_two_repeat_players() {
        let rng = Rng::new(8);
        let teams = franchises(&rng);
        let roster = players(&rng, &teams);
        let today = NaiveDate::from_ymd_opt(2025, 1, 20).expect("valid date");
        let start = NaiveDate::from_ymd_opt(2024, 10, 21).expect("valid date");
        let report = injury_report(&rng, &roster, start, today);

        assert!((28..=36).contains(&report.len()), "{} rows", report.len());
        let mut players: Vec<usize> = report.iter().map(|i| i.player).collect();
        players.sort_unstable();
        players.dedup();
        assert_eq!(players.len(), report.len() - 2);
        assert!(report.iter().all(|i| start.min(i.reported) <= i.since
            && i.since <= i.reported
            && i.reported <= today));
        assert_eq!(
            report.iter().filter(|i| i.description.is_empty()).count(),
            1
        );
    }

    #[test]
    fn a_repeat_player_has_two_report_dates_even_on_opening_night() {
        let rng = Rng::new(3);
        let teams = franchises(&rng);
        let roster = players(&rng, &teams);
        let opening = NaiveDate::from_ymd_opt(2024, 10, 21).expect("valid date");
        let report = injury_report(&rng, &roster, opening, opening);
        let repeat = report[0].player;
        let dates: Vec<NaiveDate> = report
            .iter()
            .filter(|i| i.player == repeat)
            .map(|i| i.reported)
            .collect();
        assert_eq!(dates.len(), 2);
        assert_ne!(dates[0], dates[1]);
    }
}

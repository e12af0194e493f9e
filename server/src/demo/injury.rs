//! The injury report: who is hurt, since when, whether they sit, and how the report words it.

use chrono::{Days, NaiveDate};

use super::rng::Rng;
use super::roster::{Player, Role};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Out,
    OutForSeason,
    DayToDay,
    Questionable,
    Probable,
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

/// About thirty players, two of whom carry a second, older entry.
pub fn injury_report(
    rng: &Rng,
    players: &[Player],
    start: NaiveDate,
    today: NaiveDate,
) -> Vec<Injury> {
    let mut rng = rng.fork("injuries");
    let mut candidates: Vec<usize> = (0..players.len())
        .filter(|&p| players[p].team.is_some() && !matches!(players[p].role, Role::Cameo { .. }))
        .collect();
    rng.shuffle(&mut candidates);
    let count = rng.between(26, 34) as usize;

    let mut report: Vec<Injury> = candidates
        .iter()
        .take(count)
        .map(|&p| entry(&mut rng, p, start, today, 0))
        .collect();
    for &player in candidates.iter().take(2) {
        let age = rng.between(1, 3) as u64;
        report.push(entry(&mut rng, player, start, today, age));
    }
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
    // An older entry was reported `age` days ago, and its injury happened before that.
    let reported = (today - Days::new(age)).max(start);
    let since = (reported - Days::new(days_ago as u64)).max(start);
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

fn status_text(rng: &mut Rng, status: Status) -> String {
    let spellings: &[&str] = match status {
        Status::Out => &["Out", "Out", "Out", "out", "OUT "],
        Status::OutForSeason => &["Out For Season", "Out For Season", "Out for season"],
        Status::DayToDay => &[
            "Day To Day",
            "Day To Day",
            "day to day",
            "Day-To-Day",
            "Day  To Day",
        ],
        Status::Questionable => &["Questionable", "Questionable", " questionable"],
        Status::Probable => &["Probable", "Probable", "probable"],
    };
    (*rng.pick(spellings)).to_string()
}

/// A news blurb in the report's voice. The variety matters: the app derives a return estimate
/// from week ranges, day counts, re-evaluation dates and "today"/"day to day" wording.
fn describe(rng: &mut Rng, status: Status, part: &str, today: NaiveDate) -> String {
    let weeks = rng.between(2, 5);
    let days = rng.between(3, 12);
    let check_in = today + Days::new(rng.between(6, 24) as u64);
    match (status, rng.below(5)) {
        (Status::Out, 0) => format!("Expected to be sidelined {weeks}-{} weeks.", weeks + 2),
        (Status::Out, 1) => format!("Out at least {weeks} weeks after imaging on his {part}."),
        (Status::Out, 2) => format!(
            "He will be re-evaluated around {} once the {part} settles down.",
            check_in.format("%b. %-d")
        ),
        (Status::Out, 3) => format!(
            "Re-evaluation of the {part} is set for {}.",
            check_in.format("%-m/%-d")
        ),
        (Status::Out, _) => format!("Ruled out for the next {days} days ({part})."),
        (Status::OutForSeason, n) if n < 3 => {
            format!("Had surgery on his {part} and will miss the rest of the season.")
        }
        (Status::OutForSeason, _) => {
            "Done for the year; the club has not set a return date.".into()
        }
        (Status::DayToDay, n) if n < 3 => format!("Listed as day to day with {part} soreness."),
        (Status::DayToDay, _) => format!("Day-to-day after tweaking his {part} in practice."),
        (Status::Questionable, n) if n < 2 => {
            format!("Questionable with {part} tightness; a call comes before tip-off today.")
        }
        (Status::Questionable, _) => format!("Questionable; he will test the {part} in warmups."),
        (Status::Probable, n) if n < 3 => format!("Probable after a full practice ({part})."),
        (Status::Probable, _) => format!("Probable; the {part} issue is considered minor."),
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
        assert!(report
            .iter()
            .all(|i| start <= i.since && i.since <= i.reported && i.reported <= today));
        assert!(report.iter().all(|i| !i.description.is_empty()));
    }
}

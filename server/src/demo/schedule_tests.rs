//! Unit tests of the season calendar.

use std::collections::BTreeMap;

use super::super::franchise::franchises;
use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn build(seed: u64, today: NaiveDate) -> (Vec<Franchise>, NaiveDate, Vec<Slot>) {
    let rng = Rng::new(seed);
    let teams = franchises(&rng);
    let start = season_start(today);
    let slots = schedule(&rng, &teams, start, today);
    (teams, start, slots)
}

#[test]
fn season_starts_on_the_latest_october_21_within_150_days() {
    assert_eq!(season_start(date(2025, 1, 15)), date(2024, 10, 21));
    assert_eq!(season_start(date(2025, 10, 21)), date(2025, 10, 21));
    assert_eq!(season_start(date(2025, 12, 31)), date(2025, 10, 21));
    assert_eq!(season_start(date(2025, 3, 20)), date(2024, 10, 21));
    // Oct 21 last year is more than 150 days back: start 150 days before today.
    assert_eq!(season_start(date(2025, 6, 1)), date(2025, 1, 2));
    assert_eq!(season_start(date(2025, 10, 20)), date(2025, 5, 23));
}

#[test]
fn every_team_plays_82_games_41_at_home() {
    for (seed, today) in [(1, date(2025, 1, 15)), (99, date(2025, 8, 1))] {
        let (teams, _, slots) = build(seed, today);
        assert_eq!(slots.len(), teams.len() * GAMES_PER_TEAM / 2);
        for (team, franchise) in teams.iter().enumerate() {
            let home = slots.iter().filter(|s| s.home == team).count();
            let away = slots.iter().filter(|s| s.away == team).count();
            assert_eq!((home, away), (41, 41), "team {}", franchise.abbr);
        }
    }
}

#[test]
fn no_team_plays_twice_a_day_or_three_days_running() {
    let (teams, _, slots) = build(7, date(2025, 2, 3));
    let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for slot in &slots {
        assert_ne!(slot.home, slot.away);
        by_day
            .entry(slot.date)
            .or_default()
            .extend([slot.home, slot.away]);
    }
    for (day, playing) in &by_day {
        let mut unique = playing.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), playing.len(), "a team plays twice on {day}");
        assert!(playing.len() / 2 <= MAX_GAMES_PER_DAY);
    }
    for team in 0..teams.len() {
        let days: Vec<NaiveDate> = slots
            .iter()
            .filter(|s| s.home == team || s.away == team)
            .map(|s| s.date)
            .collect();
        for run in days.windows(3) {
            assert!(
                run[2] - run[0] > chrono::Duration::days(2),
                "three in a row: {run:?}"
            );
        }
    }
}

#[test]
fn dates_are_relative_to_today_and_today_has_games() {
    for today in [
        date(2024, 11, 5),
        date(2025, 1, 15),
        date(2025, 3, 19),
        date(2025, 7, 4),
    ] {
        let (_, start, slots) = build(3, today);
        let first = slots.first().map(|s| s.date);
        let last = slots.last().map(|s| s.date);
        assert_eq!(first, Some(start));
        assert!(
            last >= Some(start + Days::new(PLANNED_LENGTH - 5)),
            "ends {last:?}"
        );
        assert!(
            last <= Some(start + Days::new(PLANNED_LENGTH + 7)),
            "ends {last:?}"
        );
        assert!(slots.iter().any(|s| s.date == today), "no games on {today}");
        assert!(slots.iter().any(|s| s.date > today));
    }
}

#[test]
fn slates_are_a_realistic_size() {
    let (_, _, slots) = build(5, date(2025, 1, 15));
    let mut sizes: BTreeMap<NaiveDate, usize> = BTreeMap::new();
    for slot in &slots {
        *sizes.entry(slot.date).or_default() += 1;
    }
    let average = slots.len() as f64 / sizes.len() as f64;
    assert!((6.5..=9.5).contains(&average), "average slate {average}");
    assert!(sizes.values().filter(|&&n| n >= 5).count() * 10 >= sizes.len() * 8);
}

#[test]
fn the_same_seed_gives_the_same_schedule() {
    let today = date(2025, 1, 15);
    assert_eq!(build(11, today).2, build(11, today).2);
    assert_ne!(build(11, today).2, build(12, today).2);
}

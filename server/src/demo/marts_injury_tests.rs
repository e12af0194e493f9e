//! Unit tests of the injury marts: the report words every ETA rule and status spelling the
//! app must read, whatever the seed.

use std::collections::BTreeSet;

use super::super::franchise::franchises;
use super::super::injury::{injury_report, Status};
use super::super::rng::Rng;
use super::super::roster::players;
use super::super::schedule::season_start;
use super::super::season::simulate;
use super::reading::eta;
use super::tests::{cell, date, table, words};
use super::*;

/// Whether a description has a week range "a{dash}b" with this dash.
fn has_range(description: &str, dash: char) -> bool {
    let chars: Vec<char> = description.chars().collect();
    chars
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == dash && w[2].is_ascii_digit())
}

/// The ETA readings a report's descriptions fail to show between them.
fn missing_readings(descriptions: &[String]) -> Vec<&'static str> {
    let read: Vec<(String, String)> = descriptions
        .iter()
        .map(|d| (eta(d), d.to_lowercase()))
        .collect();
    let shown = |check: &dyn Fn(&str, &str) -> bool| read.iter().any(|(e, d)| check(e, d));
    let rest_of = |e: &str| e.strip_prefix("re-eval ").unwrap_or_default().to_string();
    let checks: [(&str, bool); 13] = [
        ("today", shown(&|e, _| e == "today")),
        (
            "day to day",
            shown(&|e, d| e == "day-to-day" && d.contains("day to day")),
        ),
        (
            "day-to-day",
            shown(&|e, d| e == "day-to-day" && d.contains("day-to-day")),
        ),
        (
            "re-evaluated",
            shown(&|e, d| e.starts_with("re-eval ") && d.contains("re-evaluat")),
        ),
        (
            "reevaluated",
            shown(&|e, d| e.starts_with("re-eval ") && d.contains("reevaluat")),
        ),
        (
            "a month date",
            shown(&|e, _| rest_of(e).starts_with(char::is_alphabetic)),
        ),
        ("a numeric date", shown(&|e, _| rest_of(e).contains('/'))),
        (
            "a range with a hyphen",
            shown(&|e, d| e.contains('\u{2013}') && has_range(d, '-')),
        ),
        (
            "a range with an en dash",
            shown(&|e, d| e.contains('\u{2013}') && has_range(d, '\u{2013}')),
        ),
        (
            "at least N weeks",
            shown(&|e, d| e.ends_with(" wks") && !e.contains('\u{2013}') && d.contains("at least")),
        ),
        (
            "N days",
            shown(&|e, _| e.starts_with("est. ") && e.ends_with(" days")),
        ),
        (
            "a number as a word",
            shown(&|e, d| e == "-" && d.contains("two weeks")),
        ),
        ("an empty description", shown(&|_, d| d.is_empty())),
    ];
    checks
        .into_iter()
        .filter(|(_, ok)| !ok)
        .map(|(name, _)| name)
        .collect()
}

#[test]
fn every_eta_rule_and_status_spelling_occurs_whatever_the_seed() {
    for seed in 1..=40 {
        for today in [date(2024, 10, 21), date(2025, 1, 22), date(2025, 4, 10)] {
            let rng = Rng::new(seed);
            let teams = franchises(&rng);
            let roster = players(&rng, &teams);
            let report = injury_report(&rng, &roster, season_start(today), today);

            let descriptions: Vec<String> = report.iter().map(|i| i.description.clone()).collect();
            let missing = missing_readings(&descriptions);
            assert!(missing.is_empty(), "seed {seed} on {today}: {missing:?}");

            let statuses: Vec<&str> = report.iter().map(|i| i.status_text.as_str()).collect();
            assert!(statuses.contains(&"Out For Season"), "seed {seed}");
            assert!(statuses.iter().any(|s| s.contains('\u{a0}')), "seed {seed}");
            // Only players who sit are ever called out.
            assert!(report
                .iter()
                .filter(|i| matches!(i.status, Status::Out | Status::OutForSeason))
                .all(|i| i.sits));
        }
    }
}

#[test]
fn the_injuries_table_spells_statuses_unevenly_and_dates_a_repeat_player_twice() {
    let season = simulate(7, date(2025, 1, 22));
    let rows = table(&Summary::new(&season), "injuries");
    let statuses: BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| words(r, "injury_status"))
        .collect();
    assert!(statuses.contains("Out For Season"));
    assert!(statuses.iter().any(|s| s.contains('\u{a0}')));
    assert!(statuses.iter().any(|s| s.trim() != *s || s.contains("  ")));
    assert!(statuses
        .iter()
        .any(|s| s.chars().next().is_some_and(char::is_lowercase) || *s == s.to_uppercase()));

    let twice = rows.iter().any(|a| {
        rows.iter().any(|b| {
            words(a, "player") == words(b, "player")
                && cell(a, "scrape_date") != cell(b, "scrape_date")
        })
    });
    assert!(twice, "a player with two report dates");
}

//! Unit tests of the injury marts: the report words every ETA rule and status spelling the
//! app must read, whatever the seed, and `injury_tracker` agrees with the report and with the
//! box scores.

use std::collections::BTreeSet;

use super::super::franchise::franchises;
use super::super::identity::TWO_WAY;
use super::super::injury::{injury_report, Status};
use super::super::rng::Rng;
use super::super::roster::players;
use super::super::schedule::season_start;
use super::super::season::{simulate, Season};
use super::super::table::Value;
use super::reading::eta;
use super::tests::{cell, date, number, table, words};
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

/// The name and the team abbreviation in the tracker's markup: the text of its two spans,
/// with entities decoded.
fn spans(markup: &str) -> Vec<String> {
    markup
        .split("</span>")
        .filter_map(|part| part.rsplit_once('>').map(|(_, text)| text))
        .filter(|text| !text.trim().is_empty())
        .map(|text| {
            text.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

fn player_index(season: &Season, name: &str) -> usize {
    season
        .players
        .iter()
        .position(|p| p.name == name)
        .expect("a simulated player")
}

#[test]
fn the_tracker_lists_each_injured_player_once_with_his_straight_absences() {
    for season in [
        simulate(7, date(2025, 1, 22)),
        simulate(2030, date(2026, 12, 3)),
    ] {
        let summary = Summary::new(&season);
        let injuries = table(&summary, "injuries");
        let tracker = table(&summary, "injury_tracker");

        let reported: BTreeSet<(String, String)> = injuries
            .iter()
            .map(|r| {
                let name = words(r, "player").unwrap_or_default().to_string();
                (
                    name,
                    words(r, "team_acronym").unwrap_or_default().to_string(),
                )
            })
            .collect();
        let tracked: Vec<(String, String)> = tracker
            .iter()
            .map(|r| {
                let parts = spans(words(r, "player").expect("markup"));
                assert_eq!(parts.len(), 2, "{parts:?}");
                (parts[0].clone(), parts[1].clone())
            })
            .collect();
        assert_eq!(tracked.len(), reported.len());
        assert_eq!(tracked.iter().cloned().collect::<BTreeSet<_>>(), reported);

        let missed: Vec<f64> = tracker
            .iter()
            .filter_map(|r| number(r, "continuous_games_missed"))
            .collect();
        assert!(missed.windows(2).all(|w| w[0] >= w[1]), "longest first");

        for (row, (name, _)) in tracker.iter().zip(&tracked) {
            let p = player_index(&season, name);
            let team = season.players[p].team.expect("a team");
            let missed = number(row, "continuous_games_missed").expect("missed") as usize;
            let games: Vec<bool> = season
                .played()
                .filter(|(g, _)| g.home == team || g.away == team)
                .map(|(_, o)| {
                    o.home_lines
                        .iter()
                        .chain(&o.away_lines)
                        .any(|l| l.player == p)
                })
                .collect();
            let streak = games.iter().rev().take_while(|played| !**played).count();
            assert_eq!(missed, streak, "{name}");
            if name == TWO_WAY {
                assert_eq!(missed, games.len(), "out all season");
                assert!(words(row, "player").is_some_and(|m| m.contains("Ke&#39;Shawn")));
            }
            let status = words(row, "status").expect("status");
            let newest = season
                .injuries
                .iter()
                .filter(|i| i.player == p)
                .max_by_key(|i| i.reported)
                .expect("on the report");
            assert_eq!(
                status,
                format!("{} - {}", newest.status.label(), newest.label)
            );
            assert_eq!(
                number(row, "games_played"),
                Some(summary.players[p].games as f64)
            );
        }
    }
}

#[test]
fn injured_players_sit_out_every_game_from_the_day_they_were_hurt() {
    let season = simulate(7, date(2025, 1, 22));
    let mut checked = 0;
    for injury in season.injuries.iter().filter(|i| i.sits) {
        let team = season.players[injury.player].team.expect("a team");
        for (game, outcome) in season.played() {
            if game.date < injury.since || (game.home != team && game.away != team) {
                continue;
            }
            checked += 1;
            assert!(
                !outcome
                    .home_lines
                    .iter()
                    .chain(&outcome.away_lines)
                    .any(|l| l.player == injury.player),
                "{} played on {}",
                season.players[injury.player].name,
                game.date
            );
        }
    }
    assert!(checked > 50);
    assert!(
        *cell(
            &table(&Summary::new(&season), "injury_tracker")[0],
            "continuous_games_missed"
        ) != Value::Int(0)
    );
}

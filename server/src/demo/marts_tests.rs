//! Unit tests of the marts: every table fits its contract and looks like a real season.

use chrono::NaiveDate;

use super::super::season::simulate;
use super::super::table::Value;
use super::*;

pub(super) fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub(super) fn table(summary: &Summary, name: &str) -> Vec<Row> {
    let mart = MARTS
        .iter()
        .find(|mart| mart.spec.name == name)
        .expect("known table");
    (mart.build)(summary)
}

pub(super) fn cell<'r>(row: &'r Row, name: &str) -> &'r Value {
    &row.iter()
        .find(|(column, _)| *column == name)
        .expect("known column")
        .1
}

pub(super) fn number(row: &Row, name: &str) -> Option<f64> {
    match cell(row, name) {
        Value::Num { value, .. } | Value::Float(value) => Some(*value),
        Value::Int(value) => Some(*value as f64),
        _ => None,
    }
}

pub(super) fn words<'r>(row: &'r Row, name: &str) -> Option<&'r str> {
    match cell(row, name) {
        Value::Text(text) => Some(text),
        _ => None,
    }
}

#[test]
fn every_mart_fits_its_contract_through_the_season() {
    for today in [
        date(2024, 10, 21),
        date(2024, 11, 2),
        date(2025, 2, 14),
        date(2025, 8, 30),
    ] {
        let mut season = simulate(17, today);
        for playoffs in [false, true] {
            season.playoffs = playoffs;
            let summary = Summary::new(&season);
            for mart in MARTS {
                let rows = (mart.build)(&summary);
                assert_eq!(
                    mart.spec.check(&rows),
                    Ok(()),
                    "{} on {today}",
                    mart.spec.name
                );
            }
        }
    }
}

#[test]
fn the_marts_are_listed_in_alphabetical_order() {
    let names: Vec<&str> = MARTS.iter().map(|mart| mart.spec.name).collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
}

#[test]
fn player_stats_has_a_realistic_scoring_table() {
    for seed in [1, 2, 3, 42, 2025] {
        let season = simulate(seed, date(2025, 2, 20));
        let rows = table(&Summary::new(&season), "player_stats");
        let twenty = rows
            .iter()
            .filter(|r| number(r, "avg_ppg") >= Some(20.0))
            .count();
        assert!(
            (20..=35).contains(&twenty),
            "seed {seed}: {twenty} players at 20+ PPG"
        );

        let candidates = rows
            .iter()
            .filter(|r| words(r, "is_mvp_candidate") == Some("Top 5 MVP Candidate"));
        assert_eq!(candidates.count(), 5);
        let top = rows
            .iter()
            .filter(|r| words(r, "scoring_category") == Some("Top 20 Scorers"));
        assert_eq!(top.count(), 20);

        let ts: Vec<f64> = rows
            .iter()
            .filter_map(|r| number(r, "avg_ts_percent"))
            .collect();
        assert!(
            ts.contains(&0.0) && ts.iter().any(|t| *t > 1.0),
            "seed {seed}"
        );
        let typical = ts.iter().filter(|t| (0.45..0.70).contains(*t)).count();
        assert!(
            typical * 10 >= ts.len() * 9,
            "seed {seed}: TS spread too wide"
        );
        assert!(rows
            .iter()
            .all(|r| words(r, "season_type") == Some("Regular Season")));
    }
}

#[test]
fn contract_values_cover_every_category_and_odd_teams() {
    let season = simulate(9, date(2025, 1, 10));
    let rows = table(&Summary::new(&season), "contract_value_analysis");
    let on_the_books = season.players.iter().filter(|p| p.on_the_books()).count();
    assert_eq!(rows.len(), on_the_books);
    assert_eq!(
        on_the_books,
        season.players.len() - 1,
        "all but the two-way deal"
    );
    for row in &rows {
        assert!(words(row, "salary_rank").is_some_and(|bracket| bracket.contains('$')));
        let percentile = number(row, "percentile_rank").expect("a percentile");
        assert!((0.0..=100.0).contains(&percentile), "{percentile}");
    }
    for category in ["Superstars", "Great Value", "Normal", "Bad Value"] {
        assert!(
            rows.iter().any(|r| words(r, "color_var") == Some(category)),
            "{category}"
        );
    }
    assert_eq!(
        rows.iter()
            .filter(|r| *cell(r, "team") == Value::Null)
            .count(),
        1
    );
    assert_eq!(
        rows.iter()
            .filter(|r| words(r, "team") == Some("FA"))
            .count(),
        1
    );
}

#[test]
fn standings_rank_each_conference_first_to_fifteenth() {
    let season = simulate(4, date(2025, 3, 1));
    let rows = table(&Summary::new(&season), "standings");
    for conference in ["Eastern", "Western"] {
        let mut ranks: Vec<&str> = rows
            .iter()
            .filter(|r| words(r, "conference") == Some(conference))
            .filter_map(|r| words(r, "rank"))
            .collect();
        ranks.sort_by_key(|rank| {
            rank.trim_end_matches(char::is_alphabetic)
                .parse::<u32>()
                .ok()
        });
        assert_eq!(ranks.first(), Some(&"1st"));
        assert_eq!(ranks.last(), Some(&"15th"));
        assert_eq!(ranks.len(), 15);
    }
}

#[test]
fn bans_shares_sum_to_one_and_tonight_has_prices() {
    let today = date(2025, 1, 22);
    let season = simulate(6, today);
    let summary = Summary::new(&season);
    let bans = table(&summary, "bans");
    let shares: f64 = bans.iter().filter_map(|r| number(r, "win_pct")).sum();
    assert!((shares - 1.0).abs() < 1e-9);

    let tonight = table(&summary, "schedule_tonights_games");
    assert!(!tonight.is_empty());
    for row in &tonight {
        let home = number(row, "home_team_predicted_win_pct").unwrap_or(0.0);
        let away = number(row, "away_team_predicted_win_pct").unwrap_or(0.0);
        assert!((home + away - 1.0).abs() < 1e-9);
        for side in ["home_moneyline", "away_moneyline"] {
            assert!(number(row, side).is_none_or(|line| line.abs() >= 100.0));
        }
    }
}

#[test]
fn injuries_report_has_repeat_players_and_varied_statuses() {
    let season = simulate(12, date(2025, 1, 5));
    let rows = table(&Summary::new(&season), "injuries");
    assert!((25..=40).contains(&rows.len()));
    let statuses: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| words(r, "injury_status"))
        .collect();
    assert!(statuses.len() >= 4, "{statuses:?}");
}

#[test]
fn rank_by_orders_and_skips_missing_values() {
    let values = [Some(3.0), None, Some(5.0), Some(3.0)];
    assert_eq!(
        rank_by(&values, true),
        vec![Some(2), None, Some(1), Some(3)]
    );
    assert_eq!(
        rank_by(&values, false),
        vec![Some(1), None, Some(3), Some(2)]
    );
}

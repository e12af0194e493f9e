//! Unit tests of the calendar tables: `schedule`, `schedule_season_remaining`,
//! `schedule_tonights_games` and `nba_predictions` price each game the same way.

use super::super::format::implied_probability;
use super::super::season::{simulate, Season};
use super::super::table::Value;
use super::tests::{cell, date, number, table, words};
use super::*;

/// Mid-season, early December, the HTTP tests' date and opening night.
fn samples() -> Vec<Season> {
    vec![
        simulate(7, date(2025, 1, 22)),
        simulate(2030, date(2026, 12, 3)),
        simulate(11, date(2030, 1, 15)),
        simulate(5, date(2024, 10, 21)),
    ]
}

#[test]
fn the_season_schedule_holds_every_game_and_the_remaining_tail_matches_it() {
    for season in samples() {
        let summary = Summary::new(&season);
        let full = table(&summary, "schedule");
        assert_eq!(full.len(), season.games.len());
        let remaining = table(&summary, "schedule_season_remaining");
        let tail: Vec<&Row> = full
            .iter()
            .filter(|r| matches!(cell(r, "game_date"), Value::Date(d) if *d >= season.today))
            .collect();
        assert_eq!(tail.len(), remaining.len());
        for (whole, rest) in tail.iter().zip(&remaining) {
            assert_eq!(whole.as_slice(), &rest[..whole.len()]);
        }
        let priced_past = full
            .iter()
            .filter(|r| matches!(cell(r, "game_date"), Value::Date(d) if *d < season.today))
            .filter(|r| number(r, "home_moneyline_raw").is_some())
            .count();
        assert!(priced_past * 100 >= season.played().count() * 90);
        for row in &full {
            let name = words(row, "home_team").expect("home");
            let odds = words(row, "home_team_odds").expect("odds text");
            match number(row, "home_moneyline_raw") {
                Some(line) => {
                    let sign = if line > 0.0 { "+" } else { "" };
                    assert_eq!(odds, format!("{name} ({sign}{line})"));
                }
                None => assert_eq!(odds, name),
            }
            assert!(
                words(row, "start_time").is_some_and(|t| t.ends_with(" PM") || t.ends_with(" AM"))
            );
        }
    }
}

#[test]
fn tonight_has_one_unpriced_game_probabilities_that_sum_to_one_and_value_most_nights() {
    let mut nights = 0;
    let mut valued = 0;
    for day in 0..40 {
        let season = simulate(3, date(2025, 1, 1) + chrono::Days::new(day));
        let summary = Summary::new(&season);
        let rows = table(&summary, "schedule_tonights_games");
        let predictions = table(&summary, "nba_predictions");
        assert_eq!(rows.len(), predictions.len());
        if rows.len() < 2 {
            continue;
        }
        nights += 1;
        let unpriced: Vec<&Row> = rows
            .iter()
            .filter(|r| *cell(r, "home_moneyline") == Value::Null)
            .collect();
        assert_eq!(unpriced.len(), 1, "{}", season.today);
        for row in &unpriced {
            assert_eq!(words(row, "home_team_odds"), words(row, "home_team"));
            assert_eq!(words(row, "away_team_odds"), words(row, "away_team"));
            assert_eq!(*cell(row, "home_is_great_value"), Value::Null);
        }
        let flags: f64 = rows
            .iter()
            .flat_map(|r| {
                [
                    number(r, "home_is_great_value"),
                    number(r, "away_is_great_value"),
                ]
            })
            .flatten()
            .sum();
        valued += usize::from(flags >= 1.0);
        // The About page's promise: a flagged side's model probability beats the one its
        // moneyline implies.
        for row in &rows {
            for side in ["home", "away"] {
                if number(row, &format!("{side}_is_great_value")) == Some(1.0) {
                    let line = number(row, &format!("{side}_moneyline")).expect("line");
                    let model = number(row, &format!("{side}_team_predicted_win_pct"));
                    let implied = implied_probability(line as i64);
                    assert!(model > Some(implied), "{side}: {model:?} vs {implied}");
                }
            }
        }
        for (row, prediction) in rows.iter().zip(&predictions) {
            let home = number(row, "home_team_predicted_win_pct").expect("home");
            let away = number(row, "away_team_predicted_win_pct").expect("away");
            assert!((home + away - 1.0).abs() < 1e-9);
            assert_eq!(words(row, "home_team"), words(prediction, "home_team"));
            assert_eq!(
                number(prediction, "home_team_predicted_win_pct"),
                Some(home)
            );
            assert!(
                number(prediction, "home_team_odds").is_some(),
                "the fallback has a line"
            );
            if let Some(line) = number(row, "home_moneyline") {
                assert_eq!(number(prediction, "home_team_odds"), Some(line));
            }
            for column in ["series_round", "series_status", "series_game_number"] {
                assert_eq!(*cell(row, column), Value::Null);
            }
        }
    }
    assert!(nights >= 35);
    assert!(
        valued * 10 >= nights * 7,
        "{valued} of {nights} nights flag a value side"
    );
}

#[test]
fn the_playoffs_variant_gives_tonights_games_their_series_in_both_tables() {
    let mut season = simulate(11, date(2030, 1, 15));
    season.playoffs = true;
    let summary = Summary::new(&season);
    let tonight = table(&summary, "schedule_tonights_games");
    let remaining = table(&summary, "schedule_season_remaining");
    assert!(!tonight.is_empty());
    for row in &tonight {
        let status = words(row, "series_status").expect("status");
        assert!(
            status.starts_with("Series tied ") || status.contains(" leads "),
            "{status}"
        );
        let game = number(row, "series_game_number").expect("game number");
        assert!((1.0..=7.0).contains(&game));
        let listed = remaining
            .iter()
            .find(|r| {
                words(r, "home_team") == words(row, "home_team")
                    && cell(r, "game_date") == cell(row, "game_date")
            })
            .expect("tonight's game is in the remaining schedule");
        assert_eq!(words(listed, "series_round"), words(row, "series_round"));
        assert_eq!(number(listed, "series_game_number"), Some(game));
    }
    let later = remaining
        .iter()
        .filter(|r| matches!(cell(r, "game_date"), Value::Date(d) if *d > season.today));
    assert!(later
        .into_iter()
        .all(|r| *cell(r, "series_round") == Value::Null));
}

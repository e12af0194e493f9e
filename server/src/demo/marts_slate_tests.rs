//! Unit tests of the slate's marts: `pbp`, `recent_games_teams` and `recent_games_players`
//! agree with each other and with the season, and follow gold's conventions.

use std::collections::BTreeMap;

use super::super::franchise::is_hex_colour;
use super::super::season::{simulate, Season};
use super::super::table::Value;
use super::tests::{cell, date, number, table, words};
use super::*;

/// The CLI's default seed on a December night, and the HTTP tests' seed and date.
fn samples() -> Vec<Season> {
    vec![
        simulate(2030, date(2026, 12, 3)),
        simulate(11, date(2030, 1, 15)),
    ]
}

/// `(game, minutes left, running total)` sort key of gold's load order, descending clock.
fn load_order(row: &Row) -> (String, i64, i64) {
    let game = words(row, "game_description")
        .unwrap_or_default()
        .to_string();
    let left = (number(row, "time_remaining_final").unwrap_or(0.0) * 100.0).round() as i64;
    let total = number(row, "score_home").unwrap_or(0.0) + number(row, "score_away").unwrap_or(0.0);
    (game, -left, total as i64)
}

#[test]
fn pbp_rows_follow_gold_conventions_for_scoring_and_marker_rows() {
    for season in samples() {
        let rows = table(&Summary::new(&season), "pbp");
        assert!(rows.len() > 100 * season.slate().count());
        for row in &rows {
            let play = words(row, "play").expect("play text");
            let margin = number(row, "margin_score").expect("margin");
            let home = number(row, "score_home").expect("home score");
            let away = number(row, "score_away").expect("away score");
            assert_eq!(margin, home - away);
            assert_eq!(
                *cell(row, "game_date"),
                Value::Date(season.slate_date().expect("slate"))
            );
            let leader = words(row, "leading_team").expect("leader");
            match margin {
                m if m > 0.0 => assert_eq!(Some(leader), words(row, "home_team")),
                m if m < 0.0 => assert_eq!(Some(leader), words(row, "away_team")),
                _ => assert_eq!(leader, "TIE"),
            }
            for colour in [
                "home_primary_color",
                "away_primary_color",
                "scoring_team_color",
            ] {
                assert!(
                    is_hex_colour(words(row, colour).unwrap_or("NA")),
                    "{colour}"
                );
            }
            assert!(number(row, "max_home_lead") >= Some(0.0));
            assert!(number(row, "max_away_lead") <= Some(0.0));

            if words(row, "scoring_team") == Some("TIE") {
                for column in ["score", "away_score", "home_score"] {
                    assert_eq!(words(row, column), Some(play), "{column}");
                }
                assert_eq!(words(row, "scoring_team_color"), Some("#808080"));
            } else {
                assert_eq!(words(row, "score"), Some(format!("{away}-{home}").as_str()));
                let gains = [cell(row, "away_score"), cell(row, "home_score")];
                assert_eq!(gains.iter().filter(|v| **v == &Value::Null).count(), 1);
                assert!(play.contains(" makes "), "{play}");
                let expected = if margin == 0.0 {
                    "TIE"
                } else if words(row, "scoring_team") == Some(leader) {
                    "Leading"
                } else {
                    "Trailing"
                };
                assert_eq!(words(row, "leading_team_text"), Some(expected));
            }
        }
    }
}

#[test]
fn pbp_in_load_order_replays_each_game_to_its_result() {
    for season in samples() {
        let summary = Summary::new(&season);
        let mut rows = table(&summary, "pbp");
        let inserted: Vec<(String, i64, i64)> = rows.iter().map(load_order).collect();
        let mut sorted = inserted.clone();
        sorted.sort();
        assert_ne!(inserted, sorted, "rows go in shuffled");

        rows.sort_by_key(load_order);
        let mut finals: BTreeMap<String, (f64, f64)> = BTreeMap::new();
        for row in &rows {
            let game = words(row, "game_description")
                .unwrap_or_default()
                .to_string();
            let score = (
                number(row, "score_home").unwrap_or(0.0),
                number(row, "score_away").unwrap_or(0.0),
            );
            if let Some(previous) = finals.get(&game) {
                assert!(score.0 >= previous.0 && score.1 >= previous.1, "{game}");
            }
            finals.insert(game, score);
        }

        let results = table(&summary, "recent_games_teams");
        assert_eq!(results.len(), finals.len());
        for result in &results {
            let (team, opponent) = (words(result, "team"), words(result, "opponent"));
            let home = words(result, "home_team");
            let away = if home == team { opponent } else { team };
            let game = rows
                .iter()
                .find(|row| words(row, "home_team") == home && words(row, "away_team") == away)
                .and_then(|row| words(row, "game_description"))
                .expect("the result's game is in the feed");
            let (home_pts, away_pts) = finals[game];
            let (won, lost) = if home == team {
                (home_pts, away_pts)
            } else {
                (away_pts, home_pts)
            };
            assert_eq!(number(result, "pts_scored"), Some(won));
            assert_eq!(number(result, "pts_scored_opp"), Some(lost));
            assert_eq!(number(result, "mov"), Some(won - lost));
            assert!(won > lost);
        }
    }
}

#[test]
fn recent_games_teams_speak_for_the_winner_and_fill_series_only_in_the_playoffs() {
    let mut season = simulate(11, date(2030, 1, 15));
    let rows = table(&Summary::new(&season), "recent_games_teams");
    assert_eq!(rows.len(), season.slate().count());
    for row in &rows {
        assert_eq!(words(row, "outcome"), Some("W"));
        let team = words(row, "team").expect("winner");
        assert_eq!(
            words(row, "team_logo"),
            Some(format!("logos/{}.png", team.to_lowercase()).as_str())
        );
        let at_home = words(row, "home_team") == Some(team);
        assert_eq!(
            words(row, "new_loc"),
            Some(if at_home { "Vs." } else { "@" })
        );
        assert!(number(row, "team_max_score") >= number(row, "pts_scored"));
        for column in ["series_round", "series_status", "series_game_number"] {
            assert_eq!(*cell(row, column), Value::Null, "{column}");
        }
    }
    let flags = table(&Summary::new(&season), "feature_flags");
    let playoffs = |flags: &[Row]| {
        flags
            .iter()
            .find(|row| words(row, "flag") == Some("playoffs"))
            .and_then(|row| number(row, "is_enabled"))
    };
    assert_eq!(playoffs(&flags), Some(0.0));

    season.playoffs = true;
    let summary = Summary::new(&season);
    assert_eq!(playoffs(&table(&summary, "feature_flags")), Some(1.0));
    for row in table(&summary, "recent_games_teams") {
        let status = words(&row, "series_status").expect("status");
        assert!(
            status.starts_with("Series tied ") || status.contains(" leads "),
            "{status}"
        );
        assert!(words(&row, "series_round").is_some());
        assert!((1.0..=6.0).contains(&number(&row, "series_game_number").unwrap_or(0.0)));
    }
}

#[test]
fn recent_games_players_keep_the_top_lines_with_every_highlight_code() {
    for season in samples() {
        let rows = table(&Summary::new(&season), "recent_games_players");
        assert_eq!(rows.len(), 15);
        let points: Vec<f64> = rows.iter().filter_map(|r| number(r, "pts")).collect();
        assert!(points.windows(2).all(|w| w[0] >= w[1]));
        let codes: Vec<&str> = rows.iter().filter_map(|r| words(r, "pts_color")).collect();
        assert!(codes.contains(&"1") && codes.contains(&"2"), "{codes:?}");
        for row in &rows {
            let plus_minus = words(row, "plus_minus").expect("plus-minus");
            let value: i64 = plus_minus.trim_start_matches('+').parse().expect("signed");
            assert_eq!(plus_minus.starts_with('+'), value > 0, "{plus_minus}");
            assert!(matches!(words(row, "outcome"), Some("W" | "L")));
            assert!(matches!(words(row, "ts_color"), Some("0" | "1")));
            assert!(words(row, "player_logo").is_some_and(|url| url.starts_with("https://")));
        }
    }
}

#[test]
fn the_highlight_code_ranks_a_season_high_first() {
    assert_eq!(points_code(40.0, 40.0, 22.0), "1");
    assert_eq!(points_code(33.0, 40.0, 22.0), "2");
    assert_eq!(points_code(12.0, 40.0, 22.0), "3");
    assert_eq!(points_code(25.0, 40.0, 22.0), "0");
}

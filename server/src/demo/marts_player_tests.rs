//! Unit tests of the player marts: `rolling_avg_stats` averages the last fourteen days of the
//! same box scores as `player_stats`, Playoffs rows exist only in the playoffs variant, and the
//! identity traps (namesakes, a plain spelling, an injury-only player) are in place.

use std::collections::BTreeMap;

use app::format::parse_ordinal;
use app::gold::slug::player_slug;
use chrono::Days;

use super::super::format::{ordinal_by_last_digit, round_to};
use super::super::identity::{NAMESAKES, PLAIN_SPELLING, SHOTLESS, TWO_WAY};
use super::super::season::{simulate, Season, ROLLING_DAYS};
use super::super::table::Value;
use super::tests::{cell, date, number, table, words};
use super::*;

fn samples() -> Vec<Season> {
    vec![
        simulate(7, date(2025, 1, 22)),
        simulate(2030, date(2026, 12, 3)),
        simulate(11, date(2030, 1, 15)),
    ]
}

/// Points, attempts, plus/minus, MVP score and games per player in the window, counted
/// straight from the box scores.
#[derive(Debug, Default)]
struct Window {
    points: f64,
    attempts: f64,
    plus_minus: f64,
    mvp: f64,
    games: f64,
}

fn window(season: &Season) -> BTreeMap<usize, Window> {
    let from = season.today - Days::new(ROLLING_DAYS);
    let mut players: BTreeMap<usize, Window> = BTreeMap::new();
    for (game, outcome) in season.played() {
        if game.date < from || game.date >= season.today {
            continue;
        }
        for line in outcome.home_lines.iter().chain(&outcome.away_lines) {
            let entry = players.entry(line.player).or_default();
            entry.points += f64::from(line.points);
            entry.attempts += line.attempts;
            entry.plus_minus += f64::from(line.plus_minus);
            entry.mvp += line.mvp_score;
            entry.games += 1.0;
        }
    }
    players
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn rolling_rows_average_the_last_fourteen_days_of_the_same_box_scores() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "rolling_avg_stats");
        let stats = table(&summary, "player_stats");
        let window = window(&season);
        assert_eq!(rows.len(), window.len());
        let names: Vec<&str> = rows.iter().filter_map(|r| words(r, "player")).collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "ordered by player");

        for row in &rows {
            let written = words(row, "player").expect("name");
            let name = if written == PLAIN_SPELLING.1 {
                PLAIN_SPELLING.0
            } else {
                written
            };
            let p = season
                .players
                .iter()
                .position(|p| p.name == name)
                .expect("a simulated player");
            let w = &window[&p];
            let ts = (w.attempts > 0.0).then(|| round_to(w.points / (2.0 * w.attempts), 3));
            assert_eq!(
                number(row, "rolling_avg_pts"),
                Some(round_to(w.points / w.games, 2))
            );
            assert!(close(number(row, "rolling_avg_ts_percent"), ts), "{name}");
            assert!(close(
                number(row, "rolling_avg_plus_minus"),
                Some(round_to(w.plus_minus / w.games, 2))
            ));
            assert!(close(
                number(row, "rolling_avg_mvp_score"),
                Some(round_to(w.mvp / w.games, 2))
            ));

            let season_row = stats
                .iter()
                .find(|r| words(r, "player") == Some(name))
                .expect("a player_stats row");
            assert_eq!(words(row, "team"), words(season_row, "team"));
            for (rolling, average, change, decimals) in [
                ("rolling_avg_pts", "avg_ppg", "ppg_differential", 2),
                (
                    "rolling_avg_ts_percent",
                    "avg_ts_percent",
                    "ts_differential",
                    3,
                ),
                (
                    "rolling_avg_plus_minus",
                    "avg_plus_minus",
                    "plus_minus_differential",
                    2,
                ),
                (
                    "rolling_avg_mvp_score",
                    "avg_mvp_score",
                    "mvp_calc_differential",
                    2,
                ),
            ] {
                // Compared as written: player_stats keeps TS unrounded until it is written.
                let written = number(season_row, average).map(|v| round_to(v, decimals));
                assert!(close(number(row, average), written), "{average}");
                let expected = number(row, rolling)
                    .zip(number(row, average))
                    .map(|(r, s)| round_to(r - s, decimals));
                assert!(close(number(row, change), expected), "{change}");
            }
        }
    }
}

#[test]
fn rolling_ranks_put_the_biggest_rise_first_and_keep_the_upstream_suffix_quirk() {
    let season = simulate(7, date(2025, 1, 22));
    let rows = table(&Summary::new(&season), "rolling_avg_stats");
    assert!(rows.len() > 113, "{} rows", rows.len());
    for (change, rank) in [
        ("ppg_differential", "ppg_diff_rank"),
        ("ts_differential", "ts_diff_rank"),
        ("plus_minus_differential", "plus_minus_diff_rank"),
        ("mvp_calc_differential", "mvp_calc_diff_rank"),
    ] {
        let mut ranked: Vec<(i64, f64, &str)> = rows
            .iter()
            .filter_map(|r| {
                let text = words(r, rank)?;
                Some((parse_ordinal(text)?, number(r, change)?, text))
            })
            .collect();
        let with_change = rows.iter().filter(|r| number(r, change).is_some()).count();
        assert_eq!(ranked.len(), with_change, "a rank for every change");
        ranked.sort_by_key(|(place, _, _)| *place);
        for (index, (place, _, text)) in ranked.iter().enumerate() {
            assert_eq!(*place, index as i64 + 1);
            assert_eq!(*text, ordinal_by_last_digit(index + 1));
        }
        assert!(ranked.windows(2).all(|w| w[0].1 >= w[1].1), "{rank}");
        assert!(ranked.iter().any(|(_, _, text)| *text == "112nd"));
    }
    // No shot in the window, no rolling true shooting, so no TS change or rank either.
    assert!(rows
        .iter()
        .any(|r| *cell(r, "rolling_avg_ts_percent") == Value::Null));
    for row in &rows {
        if *cell(row, "rolling_avg_ts_percent") == Value::Null {
            assert_eq!(*cell(row, "ts_differential"), Value::Null);
            assert_eq!(*cell(row, "ts_diff_rank"), Value::Null);
        }
    }
}

#[test]
fn playoffs_rows_exist_only_with_the_flag_and_come_from_the_slate() {
    let mut season = simulate(11, date(2030, 1, 15));
    let regular = table(&Summary::new(&season), "player_stats");
    assert!(regular
        .iter()
        .all(|r| words(r, "season_type") == Some("Regular Season")));

    season.playoffs = true;
    let summary = Summary::new(&season);
    let (playoffs, rest): (Vec<Row>, Vec<Row>) = table(&summary, "player_stats")
        .into_iter()
        .partition(|r| words(r, "season_type") == Some("Playoffs"));
    assert_eq!(rest, regular, "the Regular Season rows do not change");

    let mut lines: BTreeMap<&str, (f64, &str)> = BTreeMap::new();
    for slate_game in &summary.slate {
        let (game, outcome) = (slate_game.game, slate_game.outcome);
        for (team, side) in [
            (game.home, &outcome.home_lines),
            (game.away, &outcome.away_lines),
        ] {
            for line in side {
                let name = season.players[line.player].name.as_str();
                lines.insert(name, (f64::from(line.points), season.teams[team].abbr));
            }
        }
    }
    assert_eq!(playoffs.len(), lines.len());
    for row in &playoffs {
        let (points, team) = lines[words(row, "player").expect("name")];
        assert_eq!(number(row, "games_played"), Some(1.0));
        assert_eq!(number(row, "avg_ppg"), Some(points));
        assert_eq!(words(row, "team"), Some(team));
        assert_eq!(number(row, "games_missed"), Some(0.0));
    }
    let mut ranks: Vec<i64> = playoffs
        .iter()
        .filter_map(|r| number(r, "ppg_rank"))
        .map(|r| r as i64)
        .collect();
    ranks.sort_unstable();
    assert_eq!(ranks, (1..=playoffs.len() as i64).collect::<Vec<_>>());
    let candidates = playoffs
        .iter()
        .filter(|r| words(r, "is_mvp_candidate") == Some("Top 5 MVP Candidate"))
        .count();
    assert_eq!(candidates, 5);
}

#[test]
fn namesakes_share_a_slug_but_not_a_team() {
    for season in samples() {
        let stats = table(&Summary::new(&season), "player_stats");
        let rows: Vec<&Row> = stats
            .iter()
            .filter(|r| words(r, "player").is_some_and(|n| NAMESAKES.contains(&n)))
            .collect();
        assert_eq!(rows.len(), 2);
        assert_ne!(words(rows[0], "player"), words(rows[1], "player"));
        assert_ne!(words(rows[0], "team"), words(rows[1], "team"));
        assert_eq!(player_slug(NAMESAKES[0]), player_slug(NAMESAKES[1]));
    }
}

#[test]
fn one_player_is_spelled_without_his_accents_in_rolling_avg_stats_only() {
    for season in samples() {
        let summary = Summary::new(&season);
        let named = |table_name: &str, name: &str| {
            table(&summary, table_name)
                .iter()
                .filter(|r| words(r, "player") == Some(name))
                .filter_map(|r| words(r, "team").map(str::to_string))
                .collect::<Vec<_>>()
        };
        let (accented, plain) = PLAIN_SPELLING;
        assert_eq!(player_slug(accented), player_slug(plain));
        let rolling = named("rolling_avg_stats", plain);
        assert_eq!(rolling.len(), 1);
        assert!(named("rolling_avg_stats", accented).is_empty());
        assert_eq!(named("player_stats", accented), rolling, "the same team");
        assert!(named("player_stats", plain).is_empty());
    }
}

#[test]
fn the_two_way_player_is_only_on_the_injury_report() {
    for season in samples() {
        let summary = Summary::new(&season);
        for name in [
            "player_stats",
            "contract_value_analysis",
            "rolling_avg_stats",
            "recent_games_players",
        ] {
            let rows = table(&summary, name);
            assert!(
                rows.iter().all(|r| words(r, "player") != Some(TWO_WAY)),
                "{name}"
            );
        }
        let injuries = table(&summary, "injuries");
        assert!(injuries.iter().any(|r| words(r, "player") == Some(TWO_WAY)));
        let tracker = table(&summary, "injury_tracker");
        assert!(tracker
            .iter()
            .any(|r| words(r, "player").is_some_and(|m| m.contains("Ke&#39;Shawn Abernathy"))));
    }
}

#[test]
fn the_shotless_call_up_has_no_true_shooting_and_the_box_scores_still_add_up() {
    for season in samples() {
        let summary = Summary::new(&season);
        for (name, column) in [
            ("player_stats", "avg_ts_percent"),
            ("rolling_avg_stats", "rolling_avg_ts_percent"),
        ] {
            let rows = table(&summary, name);
            let row = rows
                .iter()
                .find(|r| words(r, "player") == Some(SHOTLESS))
                .expect(name);
            assert_eq!(*cell(row, column), Value::Null, "{name}");
            assert_eq!(
                number(
                    row,
                    if name == "player_stats" {
                        "avg_ppg"
                    } else {
                        "rolling_avg_pts"
                    }
                ),
                Some(0.0)
            );
        }
        // One line, in the window but before last night, so no play-by-play tells it.
        let games: Vec<_> = season
            .played()
            .filter(|(_, o)| {
                let mut lines = o.home_lines.iter().chain(&o.away_lines);
                lines.any(|line| season.players[line.player].name == SHOTLESS)
            })
            .map(|(game, _)| game.date)
            .collect();
        assert_eq!(games.len(), 1);
        assert!(games[0] < season.slate_date().expect("a slate"));
        assert!(games[0] >= season.today - Days::new(ROLLING_DAYS));
        for (_, outcome) in season.played() {
            let home: u32 = outcome.home_lines.iter().map(|l| l.points).sum();
            let away: u32 = outcome.away_lines.iter().map(|l| l.points).sum();
            assert_eq!((home, away), (outcome.home_points, outcome.away_points));
        }
    }
}

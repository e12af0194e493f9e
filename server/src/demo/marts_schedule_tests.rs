//! Unit tests of the Schedule page's analysis tables: strength of schedule, comebacks,
//! preseason lines, spreads and game types follow the simulated games, and the daily record
//! rollup runs to the standings.

use std::collections::{BTreeMap, BTreeSet};

use app::format::{parse_ordinal, parse_record};

use super::super::odds::{book_line, public_team};
use super::super::season::{simulate, Season};
use super::super::table::Value;
use super::game_types::{band_of, Band};
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

fn by_team<'r>(rows: &'r [Row], column: &str) -> BTreeMap<String, &'r Row> {
    rows.iter()
        .filter_map(|row| Some((words(row, column)?.to_string(), row)))
        .collect()
}

fn record(row: &Row, column: &str) -> (i64, i64) {
    words(row, column)
        .and_then(parse_record)
        .unwrap_or_else(|| panic!("{column} is not a record"))
}

#[test]
fn past_schedule_records_add_up_to_the_standings() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "past_schedule_analysis");
        let standings = table(&summary, "standings");
        let standings = by_team(&standings, "team");
        assert_eq!(rows.len(), 30);
        for row in &rows {
            let team = words(row, "team").expect("team");
            let standing = standings[team];
            let (wins, losses) = record(row, "record");
            assert_eq!(Some(wins as f64), number(standing, "wins"), "{team}");
            assert_eq!(Some(losses as f64), number(standing, "losses"), "{team}");
            let (home, road) = (record(row, "home_record"), record(row, "road_record"));
            assert_eq!((home.0 + road.0, home.1 + road.1), (wins, losses));

            let (above, below) = (record(row, "above_record"), record(row, "below_record"));
            let games = wins + losses;
            assert!(above.0 + above.1 + below.0 + below.1 <= games);
            let share = |(w, l): (i64, i64)| (games > 0).then(|| (w + l) as f64 / games as f64);
            assert_eq!(number(row, "pct_vs_above_500"), share(above), "{team}");
            assert_eq!(number(row, "pct_vs_below_500"), share(below), "{team}");
            assert_eq!(number(row, "win_pct"), number(standing, "win_pct"));
            if games == 0 {
                assert_eq!(*cell(row, "avg_win_pct_opp"), Value::Null);
            } else {
                let opponents = number(row, "avg_win_pct_opp").expect("average");
                assert!((0.0..=1.0).contains(&opponents), "{opponents}");
            }
        }
    }
}

#[test]
fn blown_leads_mirror_comebacks_and_rank_the_most_first() {
    let mut busy = 0;
    for season in samples() {
        let rows = table(&Summary::new(&season), "team_blown_leads");
        assert_eq!(rows.len(), 30);
        let blown: Vec<i64> = rows
            .iter()
            .map(|r| number(r, "blown_leads_10pt").expect("blown") as i64)
            .collect();
        let comebacks: Vec<i64> = rows
            .iter()
            .map(|r| number(r, "team_comebacks_10pt").expect("comebacks") as i64)
            .collect();
        assert_eq!(blown.iter().sum::<i64>(), comebacks.iter().sum::<i64>());
        busy += usize::from(blown.iter().sum::<i64>() >= 30);
        for (row, (b, c)) in rows.iter().zip(blown.iter().zip(&comebacks)) {
            assert_eq!(words(row, "season_type"), Some("Regular Season"));
            assert_eq!(number(row, "net_comebacks"), Some((c - b) as f64));
            for (column, rank_column) in [
                ("blown_leads_10pt", "blown_lead_rank"),
                ("team_comebacks_10pt", "comeback_rank"),
                ("net_comebacks", "net_rank"),
            ] {
                let value = number(row, column).expect("count");
                let ahead = rows
                    .iter()
                    .filter(|r| number(r, column) > Some(value))
                    .count();
                let rank = words(row, rank_column).and_then(parse_ordinal);
                assert_eq!(rank, Some(ahead as i64 + 1), "{rank_column}");
            }
        }
    }
    assert!(busy >= 2, "mid-season has plenty of comebacks");
}

#[test]
fn playoff_rows_come_only_with_the_flag_and_only_for_last_nights_teams() {
    let mut season = simulate(11, date(2030, 1, 15));
    for name in ["team_blown_leads", "team_odds_outcomes", "game_types"] {
        let rows = table(&Summary::new(&season), name);
        assert!(rows
            .iter()
            .all(|r| words(r, "season_type") == Some("Regular Season")));
    }
    season.playoffs = true;
    let summary = Summary::new(&season);
    let slate_teams: BTreeSet<&str> = season
        .slate()
        .flat_map(|(g, _)| [season.teams[g.home].abbr, season.teams[g.away].abbr])
        .collect();
    for name in ["team_blown_leads", "team_odds_outcomes"] {
        let rows = table(&summary, name);
        let playoff: BTreeSet<&str> = rows
            .iter()
            .filter(|r| words(r, "season_type") == Some("Playoffs"))
            .filter_map(|r| words(r, "team"))
            .collect();
        assert_eq!(playoff, slate_teams, "{name}");
    }
    let types = table(&summary, "game_types");
    let playoff_games: f64 = types
        .iter()
        .filter(|r| words(r, "season_type") == Some("Playoffs"))
        .filter_map(|r| number(r, "n"))
        .sum();
    assert_eq!(playoff_games as usize, season.slate().count());
    assert!(types
        .iter()
        .filter(|r| words(r, "season_type") == Some("Playoffs"))
        .all(|r| number(r, "n") > Some(0.0)));
}

#[test]
fn preseason_lines_are_half_points_and_teams_run_both_over_and_under() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "preseason_odds");
        let standings = table(&summary, "standings");
        let standings = by_team(&standings, "team");
        assert_eq!(rows.len(), 30);
        let mut signs = BTreeSet::new();
        for row in &rows {
            let line = number(row, "predicted_wins").expect("line");
            assert_eq!(line.fract(), 0.5, "{line}");
            assert_eq!(number(row, "predicted_losses"), Some(82.0 - line));
            assert_eq!(
                words(row, "predicted_stats"),
                Some(format!("{line:.1} - {:.1}", 82.0 - line).as_str())
            );
            let (wins, losses) = record(row, "projected_stats");
            assert_eq!(wins + losses, 82);
            assert_eq!(number(row, "projected_wins"), Some(wins as f64));
            assert_eq!(number(row, "projected_losses"), Some(losses as f64));
            let standing = standings[words(row, "team").expect("team")];
            assert!(Some(wins as f64) >= number(standing, "wins"));
            assert!(Some(losses as f64) >= number(standing, "losses"));

            let differential = number(row, "wins_differential").expect("differential");
            assert_eq!(differential, wins as f64 - line);
            signs.insert(differential > 0.0);
            let expected = if differential > 0.0 { "Over" } else { "Under" };
            assert_eq!(words(row, "over_under"), Some(expected));
            assert!(number(row, "championship_odds") >= Some(100.0));
        }
        assert_eq!(signs.len(), 2, "both signs on {}", season.today);
    }
}

#[test]
fn spreads_add_up_and_one_team_is_never_an_underdog() {
    for season in samples().into_iter().take(3) {
        let summary = Summary::new(&season);
        let rows = table(&summary, "team_odds_outcomes");
        let posted = season
            .played()
            .filter(|(g, _)| book_line(&season, g).spread().is_some())
            .count();
        assert!(
            posted < season.played().count(),
            "the feed missed some lines"
        );
        let count = |row: &Row, column: &str| number(row, column).expect(column);
        let games: f64 = rows.iter().map(|r| count(r, "games_played")).sum();
        assert_eq!(games as usize, 2 * posted);
        for row in &rows {
            let played = count(row, "games_played");
            assert!(count(row, "games_covered_spread") <= played);
            assert!(count(row, "games_favorite") + count(row, "games_underdog") <= played);
            assert!(count(row, "games_favorite_covered") <= count(row, "games_favorite"));
            assert!(count(row, "games_underdog_covered") <= count(row, "games_underdog"));
            let share = count(row, "games_covered_spread") / played;
            assert_eq!(number(row, "pct_covered_spread"), Some(share));
        }
        let public = season.teams[public_team(&season).expect("a best team")].abbr;
        let trap = by_team(&rows, "team")[public];
        assert_eq!(number(trap, "games_underdog"), Some(0.0));
        assert_eq!(*cell(trap, "pct_underdog_covered"), Value::Null);
        assert!(number(trap, "games_favorite") > Some(0.0));
    }
}

#[test]
fn game_types_count_every_played_game_once_and_agree_with_team_game_types() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "game_types");
        let labels: Vec<&str> = rows.iter().filter_map(|r| words(r, "game_type")).collect();
        assert_eq!(labels, Band::ALL.map(Band::label).to_vec());
        let total: f64 = rows.iter().filter_map(|r| number(r, "n")).sum();
        assert_eq!(total as usize, season.played().count());

        let teams = table(&summary, "team_game_types");
        let wins = |column: &str| -> f64 { teams.iter().filter_map(|r| number(r, column)).sum() };
        for (band, column) in [
            (Band::Clutch, "clutch_wins_count"),
            (Band::TenPoint, "tenpt_wins_count"),
            (Band::Blowout, "blowout_wins_count"),
        ] {
            let row = rows
                .iter()
                .find(|r| words(r, "game_type") == Some(band.label()))
                .expect("band row");
            assert_eq!(number(row, "n"), Some(wins(column)), "{column}");
            let n = season.played().filter(|(_, o)| band_of(o) == band).count();
            assert_eq!(number(row, "n"), Some(n as f64));
        }
        assert_eq!(
            words(&rows[0], "explanation"),
            Some("5 points or less"),
            "the tooltip completes a sentence with it"
        );
    }
}

#[test]
fn the_daily_rollup_ends_on_each_teams_standing() {
    let season = simulate(7, date(2025, 1, 22));
    let summary = Summary::new(&season);
    let rows = table(&summary, "team_record_daily_rollup");
    assert_eq!(rows.len(), 2 * season.played().count());
    let mut last: BTreeMap<&str, &Row> = BTreeMap::new();
    for row in &rows {
        let team = words(row, "team").expect("team");
        let games = number(row, "running_total_games_played").expect("games");
        let wins = number(row, "running_total_wins").expect("wins");
        let losses = number(row, "running_total_losses").expect("losses");
        assert_eq!(games, wins + losses);
        assert_eq!(
            words(row, "record_as_of_date"),
            Some(format!("{wins}-{losses}").as_str())
        );
        let rank = words(row, "rank").and_then(parse_ordinal).expect("rank");
        assert!((1..=15).contains(&rank));
        if last
            .get(team)
            .is_none_or(|previous| number(previous, "running_total_games_played") < Some(games))
        {
            last.insert(team, row);
        }
    }
    let standings = table(&summary, "standings");
    for standing in &standings {
        let team = words(standing, "team").expect("team");
        let row = last[team];
        assert_eq!(number(row, "running_total_wins"), number(standing, "wins"));
        assert_eq!(
            number(row, "running_total_losses"),
            number(standing, "losses")
        );
    }
}

//! Unit tests of the team marts: `transactions` exercise every rule of the team page's panel
//! without contradicting the rosters, `opp_stats` and `team_game_types` follow the games, and
//! `mov` holds both sides of every played game.

use std::collections::{BTreeMap, BTreeSet};

use app::format::parse_ordinal;
use chrono::{Days, NaiveDate};

use super::super::format::round_to;
use super::super::moves::{quiet_teams, OFFSEASON_DAYS, QUIET_DAYS};
use super::super::season::{simulate, Season};
use super::super::table::Value;
use super::reading::{tag, verbs, VERBS};
use super::tests::{cell, date, number, table, words};
use super::*;

/// Mid-season, early December, and the HTTP tests' date.
fn samples() -> Vec<Season> {
    vec![
        simulate(7, date(2025, 1, 22)),
        simulate(2030, date(2026, 12, 3)),
        simulate(11, date(2030, 1, 15)),
    ]
}

fn moves(summary: &Summary) -> Vec<(NaiveDate, String)> {
    table(summary, "transactions")
        .iter()
        .map(|row| match (cell(row, "date"), words(row, "transaction")) {
            (Value::Date(date), Some(text)) => (*date, text.to_string()),
            other => panic!("a transaction without date or text: {other:?}"),
        })
        .collect()
}

/// The teams a sentence names, as the team page matches them: full name or the alias,
/// case-insensitively.
fn teams_named(season: &Season, sentence: &str) -> Vec<usize> {
    let lower = sentence.to_lowercase();
    (0..season.teams.len())
        .filter(|&t| {
            let team = &season.teams[t];
            lower.contains(&team.name.to_lowercase())
                || (team.abbr == "LAC" && lower.contains("la clippers"))
        })
        .collect()
}

/// Whether a sentence names this player, and not merely someone whose name extends his.
fn names_player(sentence: &str, name: &str) -> bool {
    sentence.match_indices(name).any(|(at, _)| {
        let rest = &sentence[at + name.len()..];
        !rest.starts_with(char::is_alphanumeric)
            && !rest.starts_with(" Jr.")
            && !rest.starts_with(" II")
    })
}

#[test]
fn transactions_cover_every_tag_and_verb_and_name_teams_by_full_name() {
    for season in samples() {
        let rows = moves(&Summary::new(&season));
        let tags: BTreeSet<&str> = rows.iter().map(|(_, text)| tag(text)).collect();
        let every_tag = ["2-WAY", "CONVERT", "NOTE", "REL", "SIGN", "TRADE", "WAIVE"];
        assert_eq!(tags, every_tag.into_iter().collect());
        let used: BTreeSet<&str> = rows.iter().flat_map(|(_, text)| verbs(text)).collect();
        assert_eq!(used, VERBS.into_iter().collect());

        for phrase in [
            "two-way contract.",
            "two way deal",
            "from a two-way contract to a standard contract",
            "multi-year contract",
            "exercised",
            "declined",
            "fired head coach",
            "as head coach",
            "LA Clippers",
            "Los Angeles Clippers",
        ] {
            assert!(
                rows.iter().any(|(_, text)| text.contains(phrase)),
                "{phrase}"
            );
        }
        for (_, text) in &rows {
            assert!(!teams_named(&season, text).is_empty(), "{text}");
        }
        let trades: Vec<usize> = rows
            .iter()
            .filter(|(_, text)| text.starts_with("Trade:"))
            .map(|(_, text)| teams_named(&season, text).len())
            .collect();
        assert!(trades.contains(&2) && trades.contains(&3), "{trades:?}");
    }
}

#[test]
fn transactions_run_from_draft_night_to_today_in_load_order() {
    for season in samples() {
        let rows = moves(&Summary::new(&season));
        let draft = season.start - Days::new(OFFSEASON_DAYS);
        assert!(rows
            .iter()
            .all(|(date, _)| draft <= *date && *date <= season.today));
        assert!(rows.iter().any(|(date, _)| *date < season.start));
        assert!(rows.iter().any(|(date, _)| *date >= season.start));
        for pair in rows.windows(2) {
            let ((a_date, a_text), (b_date, b_text)) = (&pair[0], &pair[1]);
            assert!(a_date > b_date || (a_date == b_date && a_text < b_text));
        }
        let teams_with_rows: BTreeSet<usize> = rows
            .iter()
            .flat_map(|(_, text)| teams_named(&season, text))
            .collect();
        assert_eq!(teams_with_rows.len(), 30);
    }
}

#[test]
fn quiet_teams_have_old_news_so_the_window_anchored_on_the_newest_row_matters() {
    let season = simulate(7, date(2025, 1, 22));
    let rows = moves(&Summary::new(&season));
    let quiet = quiet_teams(&season);
    let mut by_team: BTreeMap<usize, Vec<NaiveDate>> = BTreeMap::new();
    for (date, text) in &rows {
        for team in teams_named(&season, text) {
            by_team.entry(team).or_default().push(*date);
        }
    }

    let today = season.today;
    let window = Days::new(90);
    let mut reaches_back = 0;
    for (team, dates) in &by_team {
        let newest = dates.iter().max().copied().expect("a team with rows");
        if quiet[*team] {
            assert!(newest <= today - Days::new(QUIET_DAYS), "team {team}");
            // Rows a window anchored on today would miss, but the team's own window keeps.
            reaches_back += usize::from(
                dates
                    .iter()
                    .any(|d| *d >= newest - window && *d < today - window),
            );
        }
    }
    assert_eq!(quiet.iter().filter(|q| **q).count(), 4);
    assert!(reaches_back > 0);
    let cut = by_team
        .values()
        .filter(|dates| {
            let newest = dates.iter().max().copied().unwrap_or(today);
            dates.iter().any(|d| *d < newest - window)
        })
        .count();
    assert!(cut > 20, "only {cut} teams have rows outside their window");
}

#[test]
fn transactions_never_contradict_the_rosters() {
    for season in samples() {
        for (_, text) in moves(&Summary::new(&season)) {
            let moves_away = text.starts_with("Trade:")
                || ["waived", "released", "declined", "traded", "acquired"]
                    .iter()
                    .any(|verb| verbs(&text).contains(verb));
            for player in &season.players {
                let Some(team) = player.team else {
                    continue;
                };
                if names_player(&text, &player.name) {
                    assert!(!moves_away, "{text} moves {} away", player.name);
                    assert!(teams_named(&season, &text).contains(&team), "{text}");
                }
            }
        }
    }
}

#[test]
fn opp_stats_follow_the_games_and_rank_the_stingiest_first() {
    let season = simulate(7, date(2025, 1, 22));
    let summary = Summary::new(&season);
    let rows = table(&summary, "opp_stats");
    let adv = table(&summary, "team_adv_stats");
    assert_eq!(rows.len(), 30);
    let names: Vec<&str> = rows.iter().filter_map(|r| words(r, "team")).collect();
    assert!(names.windows(2).all(|w| w[0] < w[1]), "ordered by team");

    for row in &rows {
        let name = words(row, "team").expect("team");
        let t = season
            .teams
            .iter()
            .position(|team| team.name == name)
            .expect("a full name");
        let tally = &summary.teams[t];
        let per_game = tally.points_against as f64 / f64::from(tally.games());
        assert_eq!(number(row, "ppg_opp"), Some(round_to(per_game, 1)));
        let fg = number(row, "fg_percent_opp").expect("fg");
        let three = number(row, "threep_percent_opp").expect("3p");
        let made = number(row, "threep_made_opp").expect("3pm");
        assert!((0.40..0.52).contains(&fg), "{fg}");
        assert!((0.31..=0.41).contains(&three), "{three}");
        assert!((8.0..20.0).contains(&made), "{made}");
        let efg = adv
            .iter()
            .find(|r| words(r, "team") == Some(name))
            .and_then(|r| number(r, "efg_percent_opp"))
            .expect("team_adv_stats row");
        assert!(fg < efg, "a made three counts extra in eFG");
        let conference = match season.teams[t].conference {
            app::teams::Conference::East => "East",
            app::teams::Conference::West => "West",
        };
        assert_eq!(words(row, "conference"), Some(conference));
    }

    for (value, rank) in [
        ("fg_percent_opp", "fg_percent_rank"),
        ("threep_percent_opp", "three_percent_rank"),
        ("threep_made_opp", "three_pm_rank"),
        ("ppg_opp", "ppg_opp_rank"),
    ] {
        let mut ranked: Vec<(i64, f64)> = rows
            .iter()
            .map(|r| {
                let place = words(r, rank).and_then(parse_ordinal).expect("rank");
                (place, number(r, value).expect("value"))
            })
            .collect();
        ranked.sort_by_key(|(place, _)| *place);
        assert_eq!(
            ranked.iter().map(|(p, _)| *p).collect::<Vec<_>>(),
            (1..=30).collect::<Vec<_>>()
        );
        assert!(ranked.windows(2).all(|w| w[0].1 <= w[1].1), "{rank}");
    }
}

#[test]
fn game_types_split_each_record_by_margin() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "team_game_types");
        let mov = table(&summary, "mov");
        let standings = table(&summary, "standings");
        assert_eq!(rows.len(), 30);
        let abbrs: Vec<&str> = rows.iter().filter_map(|r| words(r, "team")).collect();
        assert!(abbrs.windows(2).all(|w| w[0] < w[1]), "ordered by team");

        let mut clutch = (0.0, 0.0);
        for row in &rows {
            let team = words(row, "team");
            let games: Vec<(bool, f64)> = mov
                .iter()
                .filter(|r| words(r, "team") == team)
                .map(|r| {
                    let margin = number(r, "mov").expect("margin");
                    (words(r, "outcome") == Some("W"), margin.abs())
                })
                .collect();
            let count = |won: bool, low: f64, high: f64| {
                let n = games
                    .iter()
                    .filter(|(w, m)| *w == won && (low..=high).contains(m))
                    .count();
                Some(n as f64)
            };
            let record = standings
                .iter()
                .find(|r| words(r, "team") == team)
                .expect("standings row");
            for (won, side) in [(true, "wins"), (false, "losses")] {
                let all = number(row, &format!("outcome_{side}_count"));
                assert_eq!(all, number(record, side));
                assert_eq!(all, count(won, 0.0, f64::MAX));
                let close = number(row, &format!("clutch_{side}_count"));
                let ten = number(row, &format!("tenpt_{side}_count"));
                let blowout = number(row, &format!("blowout_{side}_count"));
                assert_eq!(close, count(won, 0.0, 5.0));
                assert_eq!(ten, count(won, 6.0, 10.0));
                assert_eq!(blowout, count(won, 21.0, f64::MAX));
                let derived = all
                    .zip(close)
                    .zip(ten)
                    .zip(blowout)
                    .map(|(((a, c), t), b)| a - c - t - b);
                assert_eq!(derived, count(won, 11.0, 20.0));
                if won {
                    clutch.0 += close.unwrap_or(0.0);
                } else {
                    clutch.1 += close.unwrap_or(0.0);
                }
            }
        }
        assert_eq!(clutch.0, clutch.1, "every close game has one winner");
    }
}

#[test]
fn mov_has_both_sides_of_every_played_game() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "mov");
        assert_eq!(rows.len(), 2 * season.played().count());
        let mut by_game: BTreeMap<i64, Vec<&Row>> = BTreeMap::new();
        for row in &rows {
            let id = number(row, "game_id").expect("game id") as i64;
            by_game.entry(id).or_default().push(row);
        }
        for (game, outcome) in season.played() {
            let sides = &by_game[&game.id];
            assert_eq!(sides.len(), 2);
            let teams: BTreeSet<&str> = sides.iter().filter_map(|r| words(r, "team")).collect();
            let expected = [season.teams[game.home].abbr, season.teams[game.away].abbr];
            assert_eq!(teams, expected.into_iter().collect());
            let margins: f64 = sides.iter().filter_map(|r| number(r, "mov")).sum();
            assert_eq!(margins, 0.0);
            assert!(sides
                .iter()
                .all(|r| *cell(r, "game_date") == Value::Date(game.date)));
            let points = sides
                .iter()
                .filter_map(|r| number(r, "pts_scored"))
                .sum::<f64>();
            assert_eq!(points, f64::from(outcome.home_points + outcome.away_points));
        }
        for (team, tally) in summary.teams.iter().enumerate() {
            let abbr = season.teams[team].abbr;
            let played = rows
                .iter()
                .filter(|r| words(r, "team") == Some(abbr))
                .count();
            assert_eq!(played as u32, tally.games(), "{abbr}");
        }
    }
}

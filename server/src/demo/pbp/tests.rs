//! The play-by-play generator on real simulated slates: it must agree with the box scores,
//! keep a sane clock, and give every slate its overtime and wire-to-wire games.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::super::season::{simulate, Season};
use super::super::slate::{slate, SlateGame};
use super::clock::{period_end, period_start, OVERTIME_SECONDS};
use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// The CLI's default seed on a December day, the HTTP tests' seed and date, and a few more.
fn seasons() -> Vec<Season> {
    [
        (2030, date(2026, 12, 3)),
        (11, date(2030, 1, 15)),
        (7, date(2025, 1, 22)),
        (3, date(2025, 3, 9)),
        (42, date(2024, 11, 20)),
    ]
    .into_iter()
    .map(|(seed, today)| simulate(seed, today))
    .collect()
}

fn scoring<'g>(game: &'g SlateGame) -> impl Iterator<Item = (&'g Play, Scored)> {
    game.plays
        .iter()
        .filter_map(|play| play.scored.map(|scored| (play, scored)))
}

#[test]
fn points_add_up_per_player_and_per_team() {
    for season in seasons() {
        for game in slate(&season) {
            let mut by_player: HashMap<usize, u32> = HashMap::new();
            let mut by_side = [0, 0];
            for (_, scored) in scoring(&game) {
                *by_player.entry(scored.player).or_default() += scored.points;
                by_side[scored.side.index()] += scored.points;
            }
            let outcome = game.outcome;
            for line in outcome.home_lines.iter().chain(&outcome.away_lines) {
                let scored = by_player.get(&line.player).copied().unwrap_or(0);
                assert_eq!(scored, line.points, "game {}", game.game.id);
            }
            assert_eq!(by_side, [outcome.home_points, outcome.away_points]);
            let last = game.plays.last().expect("plays");
            assert_eq!(
                (last.home, last.away),
                (outcome.home_points, outcome.away_points)
            );
        }
    }
}

#[test]
fn the_clock_runs_forward_and_the_running_total_orders_equal_clocks() {
    for season in seasons() {
        for game in slate(&season) {
            for pair in game.plays.windows(2) {
                let (before, after) = (&pair[0], &pair[1]);
                assert!(before.elapsed <= after.elapsed);
                assert!(minutes_left(before.elapsed) >= minutes_left(after.elapsed));
                assert!(before.home + before.away <= after.home + after.away);
                if before.elapsed == after.elapsed && after.scored.is_some() {
                    assert!(
                        before.home + before.away < after.home + after.away,
                        "game {}: {} then {}",
                        game.game.id,
                        before.text,
                        after.text
                    );
                }
            }
            for play in &game.plays {
                let (start, end) = (period_start(play.period), period_end(play.period));
                assert!((start..=end).contains(&play.elapsed));
                if play.scored.is_some() {
                    assert!(start < play.elapsed && play.elapsed < end, "{}", play.text);
                }
                let clock = clock_text(play.period, play.elapsed);
                let (minutes, seconds) = clock.split_once(':').expect("M:SS");
                assert_eq!(seconds.len(), 2, "{clock}");
                assert!(minutes.parse::<u32>().expect("minutes") <= 12);
            }
        }
    }
}

#[test]
fn overtime_runs_negative_in_five_minute_periods_after_level_periods() {
    let mut overtime_games = 0;
    for season in seasons() {
        for game in slate(&season) {
            let overtimes = game.outcome.overtimes;
            let lowest = game
                .plays
                .iter()
                .map(|play| minutes_left(play.elapsed))
                .fold(f64::INFINITY, f64::min);
            assert_eq!(lowest, -5.0 * f64::from(overtimes));
            for play in game.plays.iter().filter(|play| play.period >= 4) {
                let k = f64::from(play.period - 3);
                let left = minutes_left(play.elapsed);
                assert!((-5.0 * k..=-5.0 * (k - 1.0)).contains(&left), "{left}");
                assert_eq!(period_name(play.period), format!("{} OT", ordinal(k)));
            }
            // Regulation and every overtime but the last end level.
            for period in 3..3 + overtimes {
                let end = game
                    .plays
                    .iter()
                    .find(|play| play.period == period && play.text.starts_with("End of"))
                    .expect("end marker");
                assert_eq!(end.home, end.away, "game {} period {period}", game.game.id);
            }
            let overtime_seconds = game
                .plays
                .iter()
                .filter(|play| play.period >= 4)
                .map(|play| play.elapsed - period_start(play.period))
                .max();
            if overtimes > 0 {
                overtime_games += 1;
                assert_eq!(overtime_seconds, Some(OVERTIME_SECONDS));
            }
        }
    }
    assert!(overtime_games >= seasons().len());
}

fn ordinal(k: f64) -> String {
    super::super::format::ordinal(k as usize)
}

#[test]
fn every_slate_has_an_overtime_game_and_one_never_tied_after_the_first_basket() {
    for season in seasons() {
        let games = slate(&season);
        assert!(games.iter().any(|game| game.outcome.overtimes > 0));
        let never_tied = games.iter().filter(|game| {
            let winner = game.winner();
            let mut margins = scoring(game).map(|(play, _)| match winner {
                Side::Home => play.margin(),
                Side::Away => -play.margin(),
            });
            margins.all(|margin| margin > 0)
        });
        assert!(never_tied.count() >= 1, "seed {}", season.seed);
    }
}

#[test]
fn markers_open_and_close_every_period_without_scoring() {
    for season in seasons() {
        for game in slate(&season) {
            let periods = 4 + game.outcome.overtimes as usize;
            let markers: Vec<&Play> = game
                .plays
                .iter()
                .filter(|play| play.scored.is_none())
                .collect();
            let count = |prefix: &str| {
                markers
                    .iter()
                    .filter(|play| play.text.starts_with(prefix))
                    .count()
            };
            assert_eq!(count("Start of "), periods);
            assert_eq!(count("End of "), periods);
            assert_eq!(count("Jump ball: "), 1 + game.outcome.overtimes as usize);
            assert_eq!(markers.len(), 2 * periods + count("Jump ball: "));
            assert_eq!(game.plays[0].text, "Start of 1st Quarter");
            assert_eq!(minutes_left(game.plays[0].elapsed), 48.0);
            let last = game.plays.last().expect("plays");
            assert!(last.text.starts_with("End of ") && last.scored.is_none());
        }
    }
}

#[test]
fn play_text_names_the_scorer_and_free_throws_share_a_clock() {
    let season = simulate(7, date(2025, 1, 22));
    for game in slate(&season) {
        for (play, scored) in scoring(&game) {
            let name = &season.players[scored.player].name;
            assert!(
                play.text.starts_with(&format!("{name} makes ")),
                "{}",
                play.text
            );
            if play.text.contains("free throw 2 of 2") {
                assert_eq!(scored.points, 1);
            }
        }
        let shared = game.plays.windows(2).any(|pair| {
            pair[0].elapsed == pair[1].elapsed
                && pair[1].text.contains("free throw 2 of 2")
                && pair[0].text.contains("free throw 1 of 2")
        });
        assert!(shared, "game {} has no two-shot trip", game.game.id);
    }
}

#[test]
fn the_same_seed_tells_the_same_slate() {
    let plays = |seed: u64| -> Vec<Vec<Play>> {
        slate(&simulate(seed, date(2025, 1, 22)))
            .into_iter()
            .map(|game| game.plays)
            .collect()
    };
    assert_eq!(plays(5), plays(5));
    assert_ne!(plays(5), plays(6));
}

/// The Games page's biggest-run search, reduced to "is there a qualified run by the winner":
/// a window ending on a winner basket, within six minutes, net 8 or more and the loser held to
/// at most 40 % of the winner's points.
fn has_qualified_run(game: &SlateGame) -> bool {
    let winner = game.winner();
    let events: Vec<(f64, u32, u32)> = scoring(game)
        .map(|(play, scored)| {
            let ours = if scored.side == winner {
                scored.points
            } else {
                0
            };
            (minutes_left(play.elapsed), ours, scored.points - ours)
        })
        .collect();
    (0..events.len()).filter(|&i| events[i].1 > 0).any(|i| {
        let (mut won, mut lost) = (0, 0);
        for event in &events[i..] {
            won += event.1;
            lost += event.2;
            if won > 30 || lost > 30 || events[i].0 - event.0 > 6.0 {
                return false;
            }
            if event.1 > 0 && won >= lost + 8 && f64::from(lost) <= 0.4 * f64::from(won) {
                return true;
            }
        }
        false
    })
}

#[test]
fn most_games_have_a_decisive_run_by_the_winner() {
    let (mut games, mut with_run) = (0, 0);
    for seed in 0..12 {
        let season = simulate(seed, date(2025, 2, 4));
        for game in slate(&season) {
            games += 1;
            with_run += usize::from(has_qualified_run(&game));
        }
    }
    assert!(with_run * 10 >= games * 7, "{with_run} of {games}");
}

#[test]
fn largest_leads_recount_the_feed_without_telling_it() {
    use super::super::slate::pbp_stream;

    for season in seasons() {
        for game in slate(&season) {
            let told = (game.max_lead(Side::Home), game.max_lead(Side::Away));
            let recounted = [Script::Free, Script::WireToWire].map(|script| {
                largest_leads(&mut pbp_stream(&season, game.game), game.outcome, script)
            });
            assert!(recounted.contains(&told), "{told:?} vs {recounted:?}");
        }
    }
}

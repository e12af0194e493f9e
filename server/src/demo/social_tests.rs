//! Unit tests of the simulated r/nba: the scraper's calendar, the sample's size and variety,
//! and threads that name the simulated games.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};

use super::super::season::simulate;
use super::threads::slug;
use super::*;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn samples() -> Vec<Season> {
    vec![
        simulate(7, date(2025, 1, 22)),
        simulate(2030, date(2026, 12, 3)),
        simulate(11, date(2030, 1, 15)),
    ]
}

#[test]
fn the_scraper_ran_every_day_but_a_few_outages_and_always_today() {
    for season in samples() {
        let days = scrape_days(&season);
        assert_eq!(days.first(), Some(&season.start));
        assert_eq!(days.last(), Some(&season.today));
        assert!(days.contains(&(season.today - Days::new(1))));
        let calendar = (season.today - season.start).num_days() as usize + 1;
        assert!(
            (calendar - 9..calendar).contains(&days.len()),
            "{}",
            days.len()
        );
        // The week-long outage leaves a day whose 7-day window holds nothing before it.
        assert!(days
            .windows(2)
            .any(|pair| (pair[1] - pair[0]).num_days() >= 8));
        let sample_from = season.today - Days::new(SAMPLE_DAYS - 1);
        let recent = days.iter().filter(|d| **d >= sample_from).count();
        assert_eq!(
            recent,
            SAMPLE_DAYS as usize - 1,
            "one missed day in the sample"
        );
    }
    let opening = simulate(5, date(2024, 10, 21));
    assert_eq!(scrape_days(&opening), vec![opening.today]);
}

#[test]
fn the_sample_is_two_weeks_of_varied_comments_from_invented_handles() {
    for season in samples() {
        let chatter = chatter(&Summary::new(&season));
        let comments = &chatter.comments;
        assert!(
            (1_500..=2_000).contains(&comments.len()),
            "{}",
            comments.len()
        );
        let scraped: BTreeSet<NaiveDate> = chatter.scrape_days.iter().copied().collect();
        for comment in comments {
            assert!(scraped.contains(&comment.scrape_date));
            assert!(comment.scrape_date + Days::new(SAMPLE_DAYS) > season.today);
            assert!(comment.score >= 1);
            let s = comment.sentiment;
            assert!((-1.0..=1.0).contains(&s.compound));
            assert!((s.pos + s.neu + s.neg - 1.0).abs() < 0.0015);
            assert!(
                comment
                    .author
                    .chars()
                    .any(|c| c.is_ascii_digit() || c == '_' || c == '-'),
                "{} looks like a real name",
                comment.author
            );
        }
        let pairs: BTreeSet<(&str, &str)> = comments
            .iter()
            .map(|c| (c.author.as_str(), c.text.as_str()))
            .collect();
        assert_eq!(
            pairs.len(),
            comments.len(),
            "(author, comment) is the grain"
        );

        let any = |test: &dyn Fn(&Comment) -> bool| comments.iter().any(test);
        assert!(any(&|c| c.text.contains("<b>bold</b>")));
        assert!(any(&|c| c.text.contains("<script>")));
        assert!(any(&|c| c.text.contains("&amp;")));
        assert!(any(&|c| c.text.contains("**") && c.text.contains("\n\n> ")));
        assert!(any(&|c| c.text.contains('🔥')));
        assert!(any(
            &|c| c.text.chars().count() > 160 && c.text.chars().count() < 1_000
        ));
        assert!(any(&|c| c.text.chars().count() > 4_000));
        assert!(any(&|c| c.sentiment.compound > 0.5) && any(&|c| c.sentiment.compound < -0.5));
    }
}

#[test]
fn flairs_are_team_nicknames_defunct_teams_padded_empty_or_missing() {
    let season = simulate(7, date(2025, 1, 22));
    let comments = chatter(&Summary::new(&season)).comments;
    let flairs: BTreeMap<Option<&str>, usize> =
        comments.iter().fold(BTreeMap::new(), |mut counts, c| {
            *counts.entry(c.flair.as_deref()).or_default() += 1;
            counts
        });
    assert!(flairs.contains_key(&None));
    assert!(flairs.contains_key(&Some("")));
    assert!(flairs
        .keys()
        .flatten()
        .any(|f| f.starts_with(' ') || f.ends_with(' ')));
    assert!(flairs.contains_key(&Some("SuperSonics")) || flairs.contains_key(&Some("Bobcats")));
    for comment in &comments {
        let mapped = comment
            .flair
            .as_deref()
            .and_then(|f| fans::flair_team(&season, f));
        assert_eq!(mapped, comment.team, "{:?}", comment.flair);
    }
    let distinct = flairs
        .keys()
        .flatten()
        .filter(|f| !f.trim().is_empty())
        .count();
    assert!(distinct > 25, "{distinct} distinct flairs");
}

#[test]
fn thread_urls_have_reddit_shape_and_the_planted_oddities() {
    for season in samples() {
        let comments = chatter(&Summary::new(&season)).comments;
        let prefix = "https://www.reddit.com/r/nba/comments/";
        let mut outside = BTreeSet::new();
        let mut bare = BTreeSet::new();
        let mut ids_by_slug: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for comment in &comments {
            let Some(rest) = comment.url.strip_prefix(prefix) else {
                outside.insert(comment.url.as_str());
                continue;
            };
            let path = rest.split(['?', '#']).next().unwrap_or_default();
            match path.split_once('/') {
                Some((id, slug)) => {
                    assert_eq!(id.len(), 7, "{}", comment.url);
                    assert!(slug.ends_with('/') && slug.len() > 1, "{}", comment.url);
                    ids_by_slug.entry(slug).or_default().insert(id);
                }
                None => {
                    bare.insert(path);
                }
            }
        }
        assert_eq!(outside.len(), 1, "{outside:?}");
        assert_eq!(bare.len(), 1, "{bare:?}");
        assert!(
            ids_by_slug.values().any(|ids| ids.len() >= 2),
            "a repeated slug"
        );
        assert!(comments.iter().any(|c| c.url.contains("?utm_source=share")));
        assert!(comments.iter().any(|c| c.url.contains('#')));
    }
}

#[test]
fn post_game_threads_name_last_nights_real_results() {
    let season = simulate(7, date(2025, 1, 22));
    // Each played game's post game title, with both records after the game.
    let mut records = vec![(0u32, 0u32); season.teams.len()];
    let mut titles: BTreeMap<NaiveDate, Vec<String>> = BTreeMap::new();
    for (game, outcome) in season.played() {
        let (winner, loser, high, low) = if outcome.home_points > outcome.away_points {
            (
                game.home,
                game.away,
                outcome.home_points,
                outcome.away_points,
            )
        } else {
            (
                game.away,
                game.home,
                outcome.away_points,
                outcome.home_points,
            )
        };
        records[winner].0 += 1;
        records[loser].1 += 1;
        let (w, l) = (records[winner], records[loser]);
        let title = format!(
            "[Post Game Thread] The {} ({}-{}) defeat the {} ({}-{}), {high}-{low}",
            season.teams[winner].name, w.0, w.1, season.teams[loser].name, l.0, l.1
        );
        titles.entry(game.date).or_default().push(slug(&title));
    }

    let comments = chatter(&Summary::new(&season)).comments;
    let threads: BTreeSet<(NaiveDate, &str)> = comments
        .iter()
        .filter(|c| c.url.contains("/post_game_thread_"))
        .filter_map(|c| {
            Some((
                c.scrape_date,
                c.url.split(['?', '#']).next()?.rsplit('/').nth(1)?,
            ))
        })
        .collect();
    assert!(threads.len() > 40, "{} post game threads", threads.len());
    for (day, thread) in threads {
        let night = day - Days::new(1);
        let games = titles.get(&night).cloned().unwrap_or_default();
        assert!(
            games.iter().any(|title| title == thread),
            "{thread} is no game of {night}"
        );
    }
}

//! Unit tests of the Social page's tables: every chart and table has rows that exercise its
//! rules (thread labels, keyword counts, the calendar-window average, the flag that
//! contradicts the outcome), and the tables agree with the comments and the results.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};

use super::super::season::{simulate, Season};
use super::super::table::Value;
use super::keywords::tokens;
use super::tests::{cell, date, number, table, words};
use super::*;

fn samples() -> Vec<Season> {
    vec![
        simulate(7, date(2025, 1, 22)),
        simulate(2030, date(2026, 12, 3)),
        simulate(11, date(2030, 1, 15)),
    ]
}

fn day(row: &Row, column: &str) -> NaiveDate {
    match cell(row, column) {
        Value::Date(date) => *date,
        other => panic!("{column} is {other:?}"),
    }
}

/// The Social page's URL normalisation: trim, cut at `#`, cut at `?`, strip trailing `/`.
fn normalise(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or_default();
    let url = url.split('?').next().unwrap_or_default();
    url.trim_end_matches('/').to_string()
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = text
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The Social page's thread label (before the duplicate suffix), and the post id if any.
fn label(url: &str) -> (String, Option<String>) {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let segments: Vec<&str> = path.split('/').skip(1).filter(|s| !s.is_empty()).collect();
    let comments = segments.iter().position(|s| *s == "comments");
    let reddit = segments.len() >= 2
        && segments[0].eq_ignore_ascii_case("r")
        && segments[1].eq_ignore_ascii_case("nba");
    let (text, id) = match comments {
        Some(at) if reddit => match (segments.get(at + 2), segments.get(at + 1)) {
            (Some(slug), id) => (
                percent_decode(slug).replace('_', " "),
                id.map(|s| s.to_string()),
            ),
            (None, Some(id)) => (percent_decode(id), Some(id.to_string())),
            (None, None) => (url.to_string(), None),
        },
        _ => match segments.last() {
            Some(last) => (percent_decode(last).replace('_', " "), None),
            None => (url.to_string(), None),
        },
    };
    let text = text.trim().to_string();
    let text = if text.is_empty() {
        "thread".to_string()
    } else {
        text
    };
    (text, id)
}

#[test]
fn the_thread_chart_ranks_real_threads_and_exercises_every_label_rule() {
    for season in samples() {
        let rows = table(&Summary::new(&season), "reddit_comments");
        let mut groups: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for row in &rows {
            let url = words(row, "url").expect("url");
            groups.entry(normalise(url)).or_default().insert(url);
            *counts.entry(normalise(url)).or_default() += 1;
        }
        let mut ranked: Vec<(&String, &usize)> = counts.iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let top: Vec<&String> = ranked.iter().take(10).map(|(url, _)| *url).collect();
        assert_eq!(top.len(), 10);

        let labels: Vec<String> = top.iter().map(|url| label(url).0).collect();
        let repeated = labels
            .iter()
            .filter(|l| labels.iter().filter(|m| m == l).count() >= 2)
            .count();
        assert!(repeated >= 2, "two top threads share a label: {labels:?}");
        assert!(labels.iter().any(|l| l.chars().count() > 52), "{labels:?}");
        assert!(
            top.iter().any(|url| groups[*url].len() > 1),
            "shared links merge"
        );

        let all: Vec<(String, Option<String>)> = groups.keys().map(|url| label(url)).collect();
        assert!(all
            .iter()
            .any(|(text, id)| id.as_deref() == Some(text.as_str())));
        assert!(all
            .iter()
            .any(|(text, id)| id.is_none() && text.starts_with("power rankings")));
    }
}

#[test]
fn keywords_are_the_most_used_words_of_the_comments() {
    for season in samples() {
        let summary = Summary::new(&season);
        let comments = table(&summary, "reddit_comments");
        let keywords = table(&summary, "reddit_recent_keywords");
        assert_eq!(keywords.len(), 100);
        let texts: Vec<String> = comments
            .iter()
            .map(|r| words(r, "comment").unwrap_or_default().to_lowercase())
            .collect();
        let mut previous = f64::INFINITY;
        for (place, row) in keywords.iter().enumerate() {
            let word = words(row, "word").expect("word");
            assert_eq!(word, word.to_lowercase());
            assert_eq!(number(row, "frequency_rank"), Some(place as f64 + 1.0));
            // Counted again by whole-word matching, independently of the tokeniser.
            let mentions: usize = texts
                .iter()
                .map(|text| {
                    text.match_indices(word)
                        .filter(|(at, _)| {
                            let before = text[..*at].chars().next_back();
                            let after = text[at + word.len()..].chars().next();
                            !before.is_some_and(char::is_alphanumeric)
                                && !after.is_some_and(char::is_alphanumeric)
                        })
                        .count()
                })
                .sum();
            let frequency = number(row, "word_frequency").expect("frequency");
            assert_eq!(frequency, mentions as f64, "{word}");
            assert!(frequency <= previous);
            previous = frequency;
            let flairs = number(row, "nba_team_flairs_using_word").expect("flairs");
            assert!((0.0..=30.0).contains(&flairs));
            if flairs > 0.0 {
                let top = words(row, "top_nba_team_flair").expect("top flair");
                assert!(season.teams.iter().any(|t| t.abbr == top), "{top}");
            }
            let average = number(row, "avg_sentiment_when_used").expect("average");
            assert!((-1.0..=1.0).contains(&average));
            assert!(matches!(
                words(row, "most_common_sentiment"),
                Some("Positive" | "Neutral" | "Negative")
            ));
            assert_eq!(*cell(row, "analysis_date"), Value::Date(season.today));
        }
        let averages: Vec<f64> = keywords
            .iter()
            .filter_map(|r| number(r, "avg_sentiment_when_used"))
            .collect();
        assert!(averages.iter().any(|a| *a > 0.1), "a green cell");
        assert!(averages.iter().any(|a| *a < -0.1), "a red cell");
        assert!(tokens("The refs, the REFS! 2024 <b>ok</b>") == vec!["refs", "refs"]);
    }
}

#[test]
fn the_time_series_follows_the_results_with_one_contradicting_flag_and_real_gaps() {
    for season in samples() {
        let summary = Summary::new(&season);
        let rows = table(&summary, "reddit_sentiment_time_series");
        let mut results: BTreeMap<(&str, NaiveDate), &str> = BTreeMap::new();
        for (game, outcome) in season.played() {
            let home_won = outcome.home_points > outcome.away_points;
            let (home, away) = (season.teams[game.home].abbr, season.teams[game.away].abbr);
            results.insert((home, game.date), if home_won { "W" } else { "L" });
            results.insert((away, game.date), if home_won { "L" } else { "W" });
        }
        let mut contradictions = 0;
        let mut totals: BTreeMap<NaiveDate, f64> = BTreeMap::new();
        let mut by_team: BTreeMap<&str, f64> = BTreeMap::new();
        for row in &rows {
            let team = words(row, "team").expect("team");
            let scraped = day(row, "scrape_date");
            let night = day(row, "potential_game_date");
            assert_eq!(night, scraped - Days::new(1));
            let expected = results.get(&(team, night)).copied().unwrap_or("NO GAME");
            assert_eq!(
                words(row, "game_outcome"),
                Some(expected),
                "{team} {scraped}"
            );
            let flag = number(row, "game_date").expect("flag");
            contradictions += usize::from((flag == 1.0) != (expected != "NO GAME"));
            let comments = number(row, "num_comments").expect("comments");
            *totals.entry(scraped).or_default() += comments;
            *by_team.entry(team).or_default() += comments;
            let shares = ["avg_pos", "avg_neu", "avg_neg"]
                .map(|c| number(row, c).expect(c))
                .iter()
                .sum::<f64>();
            assert!((shares - 1.0).abs() < 0.0015);
        }
        assert_eq!(
            contradictions, 1,
            "exactly one flag disagrees with its outcome"
        );
        assert_eq!(rows.len(), 30 * totals.len());

        // The calendar window and a plain 7-row window disagree somewhere: the gaps matter.
        let days: Vec<(NaiveDate, f64)> = totals.into_iter().collect();
        let differs = (6..days.len()).any(|i| {
            let (d, _) = days[i];
            let window: Vec<f64> = days[..=i]
                .iter()
                .filter(|(e, _)| *e + Days::new(6) >= d)
                .map(|(_, v)| *v)
                .collect();
            let calendar = window.iter().sum::<f64>() / window.len() as f64;
            let rolling = days[i - 6..=i].iter().map(|(_, v)| v).sum::<f64>() / 7.0;
            (calendar - rolling).abs() > 1e-6
        });
        assert!(differs);
        let busiest = by_team
            .iter()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(team, _)| *team);
        assert!(busiest.is_some());

        // The sample never holds more of a team's comments than the day's volume.
        let comments = table(&summary, "reddit_comments");
        let mut sampled: BTreeMap<NaiveDate, f64> = BTreeMap::new();
        for row in &comments {
            *sampled.entry(day(row, "scrape_date")).or_default() += 1.0;
        }
        let volume: BTreeMap<NaiveDate, f64> = days.iter().copied().collect();
        for (date, n) in sampled {
            assert!(volume.get(&date).is_some_and(|v| *v >= n), "{date}");
        }
    }
}

#[test]
fn social_media_aggs_compare_the_latest_day_with_the_week_before() {
    for season in samples() {
        let summary = Summary::new(&season);
        let aggs = table(&summary, "social_media_aggs");
        assert_eq!(aggs.len(), 1);
        let row = &aggs[0];
        assert_eq!(day(row, "date"), season.today);
        let mut totals: BTreeMap<NaiveDate, f64> = BTreeMap::new();
        for r in table(&summary, "reddit_sentiment_time_series") {
            *totals.entry(day(&r, "scrape_date")).or_default() +=
                number(&r, "num_comments").unwrap_or(0.0);
        }
        let today = totals[&season.today];
        assert_eq!(number(row, "reddit_tot_comments"), Some(today));
        let week: Vec<f64> = totals
            .range(season.today - Days::new(7)..season.today)
            .map(|(_, v)| *v)
            .collect();
        let mean = week.iter().sum::<f64>() / week.len() as f64;
        let change = number(row, "reddit_pct_difference").expect("change");
        assert!(
            (change - (today - mean) / mean * 100.0).abs() < 0.006,
            "{change}"
        );
        assert_eq!(number(row, "twitter_tot_comments"), Some(0.0));
        assert_eq!(number(row, "twitter_pct_difference"), Some(0.0));
    }
}

#[test]
fn the_retired_feeds_hold_a_few_stale_rows() {
    let season = simulate(7, date(2025, 1, 22));
    let tweets = table(&Summary::new(&season), "twitter_comments");
    assert!((3..=10).contains(&tweets.len()));
    for row in &tweets {
        assert!(day(row, "created_at") < season.start);
        assert!(words(row, "url").is_some_and(|u| u.starts_with("https://")));
    }
}

//! The Social page, derived once per snapshot: the KPI cards, league comment volume with its
//! calendar moving average, top threads, keywords and flairs, every team's comments by prior
//! result, and the detail tables' rows.

mod tables;
pub mod threads;

use std::collections::{BTreeMap, HashMap};

use chrono::{Days, NaiveDate};

use crate::format::{fixed, int, signed};
use crate::gold::tables::{Keyword, RedditComment, SentimentDay, SocialAgg, Tables};
use crate::model::social::{
    CommentRow, Count, DayValue, KeywordRow, TeamDay, TeamTimeline, Thread, Volume,
};
use crate::model::Kpi;
use crate::teams::{self, TEAMS};

use self::threads::{is_web_link, normalise_url, thread_labels};

/// The moving average looks back this many days besides the day itself.
const AVERAGE_DAYS_BACK: u64 = 6;
const TOP_THREADS: usize = 10;
const TOP_KEYWORDS: usize = 14;
const TOP_FLAIRS: usize = 12;
const PREVIEW_CHARS: usize = 160;
const FULL_COMMENT_CHARS: usize = 4000;

fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// For each day with a value, the mean of the values dated within the seven calendar days
/// ending that day. Days without a value are not counted as zero.
pub fn moving_average(daily: &BTreeMap<NaiveDate, f64>) -> Vec<DayValue> {
    daily
        .keys()
        .map(|day| {
            let start = *day - Days::new(AVERAGE_DAYS_BACK);
            let window: Vec<f64> = daily.range(start..=*day).map(|(_, v)| *v).collect();
            DayValue {
                date: iso(*day),
                value: window.iter().sum::<f64>() / window.len() as f64,
            }
        })
        .collect()
}

fn volume_of(daily: &BTreeMap<NaiveDate, f64>) -> Volume {
    Volume {
        daily: daily
            .iter()
            .map(|(day, value)| DayValue {
                date: iso(*day),
                value: *value,
            })
            .collect(),
        average: moving_average(daily),
    }
}

/// League-wide comments per day from the time series, else counted from the sample.
fn league_volume(series: &[SentimentDay], comments: &[RedditComment]) -> Volume {
    let mut daily: BTreeMap<NaiveDate, f64> = BTreeMap::new();
    for row in series {
        if let (Some(day), Some(n)) = (row.scrape_date, row.num_comments) {
            *daily.entry(day).or_default() += n as f64;
        }
    }
    if series.is_empty() {
        for day in comments.iter().filter_map(|c| c.scrape_date) {
            *daily.entry(day).or_default() += 1.0;
        }
    }
    volume_of(&daily)
}

/// A flair as compared: trimmed, exact; empty means none.
fn flair(row: &RedditComment) -> Option<&str> {
    row.flair
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty())
}

/// Flairs by comment count, most first, ties alphabetical.
fn flair_counts(comments: &[RedditComment]) -> Vec<Count> {
    let mut counts: BTreeMap<&str, i64> = BTreeMap::new();
    for name in comments.iter().filter_map(flair) {
        *counts.entry(name).or_default() += 1;
    }
    let mut counts: Vec<Count> = counts
        .into_iter()
        .map(|(label, count)| Count {
            label: label.to_owned(),
            count,
        })
        .collect();
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    counts
}

fn kpi(value: String, title: &str, subline: Option<String>) -> Kpi {
    Kpi {
        value,
        title: title.to_owned(),
        subline,
        href: None,
    }
}

/// The four cards: comment volume, top flair share, top token, distinct flairs.
pub fn social_kpis(
    aggs: &[SocialAgg],
    comments: &[RedditComment],
    keywords: &[Keyword],
) -> Vec<Kpi> {
    let newest = aggs.iter().max_by_key(|row| row.date);
    let volume = kpi(
        newest
            .and_then(|r| r.reddit_tot_comments)
            .map_or_else(|| "-".to_owned(), int),
        "Reddit comments in latest scrape",
        newest
            .and_then(|r| r.reddit_pct_difference)
            .map(|d| format!("{}% vs rolling average snapshot", signed(d, 1))),
    );

    let flairs = flair_counts(comments);
    let share = match (flairs.first(), comments.len()) {
        (Some(top), total) if total > 0 => kpi(
            format!("{}%", fixed(top.count as f64 / total as f64 * 100.0, 1)),
            "Top flair share",
            Some(format!("{} - share of sampled comments", top.label)),
        ),
        _ => kpi("-".into(), "Top flair share", None),
    };

    let top_word = keywords.iter().min_by(|a, b| {
        let rank = |k: &Keyword| (k.frequency_rank.is_none(), k.frequency_rank);
        rank(a)
            .cmp(&rank(b))
            .then_with(|| b.word_frequency.cmp(&a.word_frequency))
            .then_with(|| a.word.cmp(&b.word))
    });
    let token = match top_word {
        Some(word) => kpi(
            word.word.clone().unwrap_or_else(|| "-".to_owned()),
            "Top trending token",
            word.word_frequency
                .map(|n| format!("{} mentions in ranked window", int(n))),
        ),
        None => kpi(
            "-".into(),
            "Top trending token",
            Some("No keyword table rows".into()),
        ),
    };

    let distinct = kpi(
        int(flairs.len() as i64),
        "Distinct flairs in sample",
        Some("Fan identity diversity in this pull".into()),
    );
    vec![volume, share, token, distinct]
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// A thread's sampled comments: how many, their scores and their sentiment.
#[derive(Default)]
struct ThreadSample {
    comments: i64,
    scores: Vec<f64>,
    compounds: Vec<f64>,
}

/// The ten threads with the most sampled comments (ties by URL), labelled.
pub fn top_threads(comments: &[RedditComment]) -> Vec<Thread> {
    let mut groups: BTreeMap<String, ThreadSample> = BTreeMap::new();
    for row in comments {
        let Some(url) = row.url.as_deref().and_then(normalise_url) else {
            continue;
        };
        let entry = groups.entry(url).or_default();
        entry.comments += 1;
        entry.scores.extend(row.score.map(|s| s as f64));
        entry.compounds.extend(row.compound);
    }
    let mut ranked: Vec<(String, ThreadSample)> = groups.into_iter().collect();
    ranked.sort_by(|a, b| b.1.comments.cmp(&a.1.comments).then_with(|| a.0.cmp(&b.0)));
    ranked.truncate(TOP_THREADS);
    let urls: Vec<String> = ranked.iter().map(|(url, _)| url.clone()).collect();
    thread_labels(&urls)
        .into_iter()
        .zip(ranked)
        .map(|(label, (url, sample))| Thread {
            label,
            href: is_web_link(&url).then(|| url.clone()),
            url,
            comments: sample.comments,
            avg_score: mean(&sample.scores),
            avg_compound: mean(&sample.compounds),
        })
        .collect()
}

/// The fourteen most mentioned keywords (ties by rank, then word).
pub fn top_keywords(keywords: &[Keyword]) -> Vec<Count> {
    let mut rows: Vec<&Keyword> = keywords
        .iter()
        .filter(|k| k.word.is_some() && k.word_frequency.is_some())
        .collect();
    rows.sort_by(|a, b| {
        b.word_frequency
            .cmp(&a.word_frequency)
            .then_with(|| {
                (a.frequency_rank.is_none(), a.frequency_rank)
                    .cmp(&(b.frequency_rank.is_none(), b.frequency_rank))
            })
            .then_with(|| a.word.cmp(&b.word))
    });
    rows.into_iter()
        .take(TOP_KEYWORDS)
        .map(|k| Count {
            label: k.word.clone().unwrap_or_default(),
            count: k.word_frequency.unwrap_or(0),
        })
        .collect()
}

/// Every team's days, in date order, with the 7-day average of its daily totals.
pub fn team_timelines(series: &[SentimentDay]) -> HashMap<&'static str, TeamTimeline> {
    let mut by_team: HashMap<&'static str, Vec<&SentimentDay>> = HashMap::new();
    for row in series {
        if let Some(team) = row.team.as_deref().and_then(teams::resolve) {
            by_team.entry(team.abbr).or_default().push(row);
        }
    }
    by_team
        .into_iter()
        .map(|(abbr, mut rows)| {
            rows.sort_by_key(|r| r.scrape_date);
            let mut totals: BTreeMap<NaiveDate, f64> = BTreeMap::new();
            for row in &rows {
                if let (Some(day), Some(n)) = (row.scrape_date, row.num_comments) {
                    *totals.entry(day).or_default() += n as f64;
                }
            }
            let days = rows
                .iter()
                .filter_map(|row| {
                    Some(TeamDay {
                        date: iso(row.scrape_date?),
                        comments: row.num_comments?,
                        outcome: row
                            .game_outcome
                            .as_deref()
                            .map(str::trim)
                            .filter(|o| !o.is_empty())
                            .unwrap_or("-")
                            .to_owned(),
                    })
                })
                .collect();
            (
                abbr,
                TeamTimeline {
                    days,
                    average: moving_average(&totals),
                },
            )
        })
        .collect()
}

/// The team with the most comments in the time series (ties alphabetical); the first team
/// when the table is empty.
pub fn busiest_team(series: &[SentimentDay]) -> &'static str {
    let mut totals: BTreeMap<&'static str, i64> = BTreeMap::new();
    for row in series {
        if let (Some(team), Some(n)) = (
            row.team.as_deref().and_then(teams::resolve),
            row.num_comments,
        ) {
            *totals.entry(team.abbr).or_default() += n;
        }
    }
    totals
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map_or(TEAMS[0].abbr, |(abbr, _)| abbr)
}

fn cut(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_owned()
    } else {
        let head: String = text.chars().take(limit - 1).collect();
        format!("{head}…")
    }
}

/// "Recent comments" rows in their default order (upvotes, most first).
pub fn comment_rows(comments: &[RedditComment]) -> Vec<CommentRow> {
    let mut rows: Vec<CommentRow> = comments
        .iter()
        .map(|row| {
            let text = row.comment.as_deref().unwrap_or("");
            CommentRow {
                date: row.scrape_date.map(iso),
                flair: flair(row).map(str::to_owned),
                score: row.score,
                compound: row.compound,
                preview: cut(text, PREVIEW_CHARS),
                full: text.chars().take(FULL_COMMENT_CHARS).collect(),
                url: row
                    .url
                    .as_deref()
                    .map(str::trim)
                    .filter(|u| is_web_link(u))
                    .map(str::to_owned),
            }
        })
        .collect();
    rows.sort_by_key(|row| std::cmp::Reverse((row.score.is_some(), row.score)));
    rows
}

/// "Trending keywords" rows in their default order (rank, NULL last, then word).
pub fn keyword_rows(keywords: &[Keyword]) -> Vec<KeywordRow> {
    let mut rows: Vec<KeywordRow> = keywords
        .iter()
        .filter_map(|k| {
            Some(KeywordRow {
                word: k.word.as_deref()?.trim().to_owned(),
                frequency: k.word_frequency,
                rank: k.frequency_rank,
                flairs: k.nba_team_flairs_using_word,
                top_flair: k.top_nba_team_flair.clone(),
                sentiment: k.avg_sentiment_when_used,
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        (a.rank.is_none(), a.rank, a.word.to_lowercase()).cmp(&(
            b.rank.is_none(),
            b.rank,
            b.word.to_lowercase(),
        ))
    });
    rows
}

/// Everything the page needs that does not depend on the request.
#[derive(Debug, Default)]
pub struct SocialSnapshot {
    pub kpis: Vec<Kpi>,
    pub volume: Volume,
    pub threads: Vec<Thread>,
    pub keywords: Vec<Count>,
    pub flairs: Vec<Count>,
    pub timelines: HashMap<&'static str, TeamTimeline>,
    pub default_team: &'static str,
    pub comments: Vec<CommentRow>,
    pub keyword_rows: Vec<KeywordRow>,
}

pub fn social(tables: &Tables) -> SocialSnapshot {
    let mut flairs = flair_counts(&tables.reddit_comments);
    flairs.truncate(TOP_FLAIRS);
    SocialSnapshot {
        kpis: social_kpis(
            &tables.social_aggs,
            &tables.reddit_comments,
            &tables.keywords,
        ),
        volume: league_volume(&tables.sentiment, &tables.reddit_comments),
        threads: top_threads(&tables.reddit_comments),
        keywords: top_keywords(&tables.keywords),
        flairs,
        timelines: team_timelines(&tables.sentiment),
        default_team: busiest_team(&tables.sentiment),
        comments: comment_rows(&tables.reddit_comments),
        keyword_rows: keyword_rows(&tables.keywords),
    }
}

#[cfg(test)]
mod tests;

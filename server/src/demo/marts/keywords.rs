//! `reddit_recent_keywords`: the most used words of the sampled comments, who used them and
//! in what mood.

use std::collections::BTreeMap;

use super::super::format::round_to;
use super::super::social::{chatter, Comment};
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const REDDIT_RECENT_KEYWORDS: TableSpec = TableSpec {
    name: "reddit_recent_keywords",
    columns: &[
        col("word", Text),
        col("word_frequency", BigInt),
        col("frequency_rank", BigInt),
        col("nba_team_flairs_using_word", BigInt),
        col("top_nba_team_flair", Text),
        col("most_common_sentiment", Text),
        col("avg_sentiment_when_used", Numeric),
        col("analysis_date", Date),
    ],
    constraints: &[],
};

/// How many words the ranking keeps.
pub const TOP_WORDS: usize = 100;

/// Words too common to trend, and the pieces of links.
const STOP_WORDS: &[&str] = &[
    "about", "after", "again", "all", "also", "and", "any", "are", "aren", "because", "been",
    "before", "being", "but", "can", "com", "could", "did", "didn", "does", "doesn", "doing",
    "don", "even", "every", "example", "for", "from", "get", "got", "had", "has", "have", "her",
    "here", "him", "his", "how", "https", "into", "isn", "its", "just", "let", "like", "made",
    "make", "maybe", "more", "most", "much", "not", "off", "once", "one", "only", "org", "our",
    "out", "over", "own", "really", "said", "same", "say", "she", "should", "some", "still",
    "such", "than", "that", "the", "their", "them", "then", "there", "they", "this", "too", "very",
    "was", "way", "were", "what", "when", "where", "which", "while", "who", "why", "will", "with",
    "won", "would", "www", "you", "your",
];

/// The words of a comment as the ranking counts them: lower case, split at anything that is
/// not a letter or digit, at least three characters, no bare numbers and no stop words.
pub fn tokens(comment: &str) -> Vec<String> {
    comment
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 3)
        .filter(|word| !word.chars().all(|c| c.is_ascii_digit()))
        .filter(|word| !STOP_WORDS.contains(word))
        .map(str::to_string)
        .collect()
}

/// The mood label of a compound score, with the analyser's usual ±0.05 neutral band.
pub fn mood_label(compound: f64) -> &'static str {
    if compound >= 0.05 {
        "Positive"
    } else if compound <= -0.05 {
        "Negative"
    } else {
        "Neutral"
    }
}

#[derive(Debug, Default)]
struct Usage {
    mentions: u64,
    by_team: BTreeMap<usize, u64>,
    comments: u32,
    compound_sum: f64,
    moods: BTreeMap<&'static str, u32>,
}

fn usage(comments: &[Comment]) -> BTreeMap<String, Usage> {
    let mut words: BTreeMap<String, Usage> = BTreeMap::new();
    for comment in comments {
        let mut counts: BTreeMap<String, u64> = BTreeMap::new();
        for token in tokens(&comment.text) {
            *counts.entry(token).or_default() += 1;
        }
        for (word, count) in counts {
            let usage = words.entry(word).or_default();
            usage.mentions += count;
            if let Some(team) = comment.team {
                *usage.by_team.entry(team).or_default() += count;
            }
            usage.comments += 1;
            usage.compound_sum += comment.sentiment.compound;
            *usage
                .moods
                .entry(mood_label(comment.sentiment.compound))
                .or_default() += 1;
        }
    }
    words
}

pub fn reddit_recent_keywords(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let words = usage(&chatter(summary).comments);
    let mut ranked: Vec<(&String, &Usage)> = words.iter().collect();
    ranked.sort_by(|a, b| b.1.mentions.cmp(&a.1.mentions).then(a.0.cmp(b.0)));

    ranked
        .into_iter()
        .take(TOP_WORDS)
        .enumerate()
        .map(|(place, (word, usage))| {
            // The team whose flairs used the word most; ties go to the earlier abbreviation.
            let top_team = usage
                .by_team
                .iter()
                .max_by(|a, b| {
                    let abbr = |t: &usize| season.teams[*t].abbr;
                    a.1.cmp(b.1).then(abbr(b.0).cmp(abbr(a.0)))
                })
                .map(|(team, _)| season.teams[*team].abbr);
            let mood = ["Positive", "Neutral", "Negative"]
                .into_iter()
                .max_by_key(|label| {
                    let order = match *label {
                        "Positive" => 2,
                        "Neutral" => 1,
                        _ => 0,
                    };
                    (usage.moods.get(label).copied().unwrap_or(0), order)
                })
                .unwrap_or("Neutral");
            let average = usage.compound_sum / f64::from(usage.comments.max(1));
            vec![
                ("word", text(word.as_str())),
                ("word_frequency", int(usage.mentions as i64)),
                ("frequency_rank", int(place as i64 + 1)),
                (
                    "nba_team_flairs_using_word",
                    int(usage.by_team.len() as i64),
                ),
                ("top_nba_team_flair", opt(top_team, text)),
                ("most_common_sentiment", text(mood)),
                ("avg_sentiment_when_used", num(round_to(average, 3), 3)),
                ("analysis_date", Value::Date(season.today)),
            ]
        })
        .collect()
}

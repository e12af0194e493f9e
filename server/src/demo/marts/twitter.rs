//! `twitter_comments`: the last tweets of a feed retired a season ago. Not read by the app,
//! but in the contract, so the table exists with a handful of stale rows.

use chrono::{Days, NaiveTime};

use super::super::format::round_to;
use super::super::rng::Rng;
use super::super::table::{col, num, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const TWITTER_COMMENTS: TableSpec = TableSpec {
    name: "twitter_comments",
    columns: &[
        col("created_at", Date),
        col("scrape_ts", Timestamp),
        col("username", Text),
        col("tweet", Text),
        col("url", Text),
        col("likes", Numeric),
        col("retweets", Numeric),
        col("compound", Numeric),
        col("neg", Numeric),
        col("neu", Numeric),
        col("pos", Numeric),
    ],
    constraints: &[],
};

/// Invented accounts and what they posted, with the compound score the analyser gave it.
const TWEETS: [(&str, &str, f64); 6] = [
    (
        "hoops_ledger",
        "Tip-off in ten minutes. Who you got tonight?",
        0.0,
    ),
    (
        "SplashStats",
        "Career high for the rookie, what a night 🔥",
        0.72,
    ),
    (
        "courtside_notes",
        "Another blown double-digit lead. Rough.",
        -0.51,
    ),
    (
        "FastBreakFeed",
        "Injury update expected after practice tomorrow.",
        0.0,
    ),
    (
        "midrange_maven",
        "This league is so much fun right now",
        0.61,
    ),
    (
        "BoxScoreBot",
        "Final score posted. Full recap in the thread.",
        0.0,
    ),
];

pub fn twitter_comments(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut rng = Rng::new(season.seed).fork("twitter");
    // The feed stopped the spring before this season began.
    let retired = season.start - Days::new(180);
    TWEETS
        .iter()
        .enumerate()
        .map(|(index, (user, tweet, compound))| {
            let day = retired - Days::new(index as u64 * 2);
            let scraped = (day + Days::new(1))
                .and_time(NaiveTime::from_hms_opt(9, 30, 0).unwrap_or_default());
            let strength = rng.range(0.2, 0.5);
            let pos = round_to(compound.max(0.0) * strength, 3);
            let neg = round_to((-compound).max(0.0) * strength, 3);
            vec![
                ("created_at", Value::Date(day)),
                ("scrape_ts", Value::Timestamp(scraped)),
                ("username", text(*user)),
                ("tweet", text(*tweet)),
                (
                    "url",
                    text(format!(
                        "https://twitter.com/{user}/status/{}",
                        rng.between(1_000_000_000, 9_999_999_999)
                    )),
                ),
                ("likes", num(rng.between(3, 2_400) as f64, 0)),
                ("retweets", num(rng.between(0, 300) as f64, 0)),
                ("compound", num(*compound, 3)),
                ("neg", num(neg, 3)),
                ("neu", num(round_to(1.0 - pos - neg, 3), 3)),
                ("pos", num(pos, 3)),
            ]
        })
        .collect()
}

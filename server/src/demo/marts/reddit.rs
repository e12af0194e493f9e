//! `reddit_comments`: the sampled top comments of the last two weeks of scrapes.

use super::super::social::chatter;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const REDDIT_COMMENTS: TableSpec = TableSpec {
    name: "reddit_comments",
    columns: &[
        col("scrape_date", Date),
        col("author", Text),
        col("comment", Text),
        col("flair", Text),
        col("score", BigInt),
        col("url", Text),
        col("compound", Numeric),
        col("pos", Numeric),
        col("neu", Numeric),
        col("neg", Numeric),
    ],
    constraints: &[],
};

pub fn reddit_comments(summary: &Summary) -> Vec<Row> {
    chatter(summary)
        .comments
        .into_iter()
        .map(|comment| {
            let sentiment = comment.sentiment;
            vec![
                ("scrape_date", Value::Date(comment.scrape_date)),
                ("author", text(comment.author)),
                ("comment", text(comment.text)),
                ("flair", opt(comment.flair, text)),
                ("score", int(comment.score)),
                ("url", text(comment.url)),
                ("compound", num(sentiment.compound, 3)),
                ("pos", num(sentiment.pos, 3)),
                ("neu", num(sentiment.neu, 3)),
                ("neg", num(sentiment.neg, 3)),
            ]
        })
        .collect()
}

//! `reddit_sentiment_time_series` (comment volume and mood per team flair and scrape day,
//! against the team's result the night before) and `social_media_aggs` (the latest day's
//! volume against the week before it). Both count the same simulated days.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::super::format::round_to;
use super::super::rng::Rng;
use super::super::social::{chatter, Chatter};
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const REDDIT_SENTIMENT_TIME_SERIES: TableSpec = TableSpec {
    name: "reddit_sentiment_time_series",
    columns: &[
        col("team", Text),
        col("scrape_date", Date),
        col("potential_game_date", Date),
        col("num_comments", BigInt),
        col("avg_score", Numeric),
        col("avg_neu", Numeric),
        col("avg_neg", Numeric),
        col("avg_pos", Numeric),
        col("avg_compound", Numeric),
        col("game_date", Integer),
        col("game_outcome", Text),
    ],
    constraints: &[],
};

/// Comments by one team's flairs on one scrape day.
#[derive(Debug, Clone)]
struct TeamDay {
    team: usize,
    day: NaiveDate,
    comments: u64,
    avg_score: f64,
    compound: f64,
    pos: f64,
    neg: f64,
    /// The 0/1 flag as written, which one row gets wrong.
    flag: i64,
    outcome: &'static str,
}

/// Every team on every day the scraper ran. A day's volume follows the team's following and
/// the night before (a loss stirs more than a win); it is never below what the sample alone
/// holds for that team and day.
fn team_days(summary: &Summary, chatter: &Chatter) -> Vec<TeamDay> {
    let season = summary.season;
    let mut results: BTreeMap<(usize, NaiveDate), bool> = BTreeMap::new();
    for (game, outcome) in season.played() {
        let home_won = outcome.home_points > outcome.away_points;
        results.insert((game.home, game.date), home_won);
        results.insert((game.away, game.date), !home_won);
    }
    let mut sampled: BTreeMap<(usize, NaiveDate), u64> = BTreeMap::new();
    for comment in &chatter.comments {
        if let Some(team) = comment.team {
            *sampled.entry((team, comment.scrape_date)).or_default() += 1;
        }
    }

    let mut rng = Rng::new(season.seed).fork("reddit-volume");
    let mut rows = Vec::new();
    for &day in &chatter.scrape_days {
        let night = day - Days::new(1);
        for team in 0..season.teams.len() {
            let result = results.get(&(team, night)).copied();
            let (stir, mood, outcome) = match result {
                Some(true) => (1.5, rng.normal(0.16, 0.05), "W"),
                Some(false) => (1.7, rng.normal(-0.03, 0.06), "L"),
                None => (1.0, rng.normal(0.06, 0.04), "NO GAME"),
            };
            let volume = 45.0 * chatter.popularity[team] * stir * rng.range(0.7, 1.35);
            let floor = sampled.get(&(team, day)).copied().unwrap_or(0);
            let compound = round_to(mood.clamp(-1.0, 1.0), 3);
            rows.push(TeamDay {
                team,
                day,
                comments: (volume.round() as u64).max(floor),
                avg_score: round_to(rng.range(6.0, 38.0), 2),
                compound,
                pos: round_to(0.12 + 0.4 * compound.max(0.0) + rng.range(0.0, 0.04), 3),
                neg: round_to(0.07 + 0.4 * (-compound).max(0.0) + rng.range(0.0, 0.04), 3),
                flag: i64::from(result.is_some()),
                outcome,
            });
        }
    }

    // Upstream's flag and outcome come from different joins and can disagree; one row here
    // says the team did not play although it did. The outcome is the one to trust.
    let played: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].flag == 1).collect();
    if !played.is_empty() {
        let mut trap = Rng::new(season.seed).fork("flag-trap");
        rows[played[trap.below(played.len())]].flag = 0;
    }
    rows
}

pub fn reddit_sentiment_time_series(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    team_days(summary, &chatter(summary))
        .into_iter()
        .map(|row| {
            vec![
                ("team", text(season.teams[row.team].abbr)),
                ("scrape_date", Value::Date(row.day)),
                ("potential_game_date", Value::Date(row.day - Days::new(1))),
                ("num_comments", int(row.comments as i64)),
                ("avg_score", num(row.avg_score, 2)),
                ("avg_neu", num(round_to(1.0 - row.pos - row.neg, 3), 3)),
                ("avg_neg", num(row.neg, 3)),
                ("avg_pos", num(row.pos, 3)),
                ("avg_compound", num(row.compound, 3)),
                ("game_date", int(row.flag)),
                ("game_outcome", text(row.outcome)),
            ]
        })
        .collect()
}

pub const SOCIAL_MEDIA_AGGS: TableSpec = TableSpec {
    name: "social_media_aggs",
    columns: &[
        col("date", Date),
        col("reddit_tot_comments", BigInt),
        col("reddit_pct_difference", Numeric),
        col("twitter_tot_comments", BigInt),
        col("twitter_pct_difference", Numeric),
    ],
    constraints: &[],
};

/// One row for the latest scrape: its comments over all teams, and the change against the
/// mean of the days scraped in the week before, in percent units. The retired Twitter feed
/// is all zeros.
pub fn social_media_aggs(summary: &Summary) -> Vec<Row> {
    let mut totals: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    for row in team_days(summary, &chatter(summary)) {
        *totals.entry(row.day).or_default() += row.comments;
    }
    let Some((&latest, &total)) = totals.iter().next_back() else {
        return Vec::new();
    };
    let week: Vec<f64> = totals
        .range(latest - Days::new(7)..latest)
        .map(|(_, n)| *n as f64)
        .collect();
    let average = (!week.is_empty()).then(|| week.iter().sum::<f64>() / week.len() as f64);
    let change = average.map(|a| round_to((total as f64 - a) / a * 100.0, 2));
    vec![vec![
        ("date", Value::Date(latest)),
        ("reddit_tot_comments", int(total as i64)),
        ("reddit_pct_difference", opt(change, |c| num(c, 2))),
        ("twitter_tot_comments", int(0)),
        ("twitter_pct_difference", num(0.0, 0)),
    ]]
}

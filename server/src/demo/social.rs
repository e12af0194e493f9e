//! The simulated r/nba: the days the scraper ran since the season began (with outages), and
//! the sample of top comments from the last two weeks of scrapes, posted in threads named
//! after the simulated games. Built from the season alone, so the social tables agree with
//! each other and with the results.

mod fans;
mod texts;
mod threads;

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};

use super::rng::Rng;
use super::season::Season;
use super::tally::Summary;
use fans::{fans, weighted, Fan};
use texts::{body, copypasta, fill, sentiment, Context, Mood, PLANTED};
use threads::{records_before, threads_of_day, Extras, Kind, Thread};

pub use fans::{nickname, popularity};
pub use texts::Sentiment;

/// The sample holds the scrapes of this many days up to today.
pub const SAMPLE_DAYS: u64 = 14;
/// About how many comments the sample holds; upstream keeps roughly the top 2,000 by score.
const SAMPLE_SIZE: f64 = 1_800.0;
const FAN_COUNT: usize = 700;
/// What a fan adds to words they already posted, to say something new.
const TAGS: [&str; 5] = [" 🔥", " lol", " fr", "!", " tbh"];

/// One sampled comment, as `reddit_comments` stores it.
#[derive(Debug, Clone)]
pub struct Comment {
    pub scrape_date: NaiveDate,
    pub author: String,
    pub text: String,
    /// As stored: `None`, empty, padded with spaces, or a defunct team.
    pub flair: Option<String>,
    /// The team the flair maps to upstream; `None` for no flair or a defunct team.
    pub team: Option<usize>,
    pub score: i64,
    pub url: String,
    pub sentiment: Sentiment,
}

pub struct Chatter {
    /// Every day from the season's start to today on which the scraper ran, in order.
    pub scrape_days: Vec<NaiveDate>,
    /// Relative attention per team.
    pub popularity: Vec<f64>,
    pub comments: Vec<Comment>,
}

pub fn chatter(summary: &Summary) -> Chatter {
    let season = summary.season;
    let win_pct: Vec<Option<f64>> = summary.teams.iter().map(|t| t.win_pct()).collect();
    let popularity = popularity(season, &win_pct);
    let scrape_days = scrape_days(season);
    let comments = sample(summary, &scrape_days, &popularity);
    Chatter {
        scrape_days,
        popularity,
        comments,
    }
}

/// Every day since the start but a few outages: a week-long one well before the sample (so
/// the app's calendar-window average has days with nothing before them), a missed day inside
/// the sample and one more earlier on. Today and yesterday are always scraped.
fn scrape_days(season: &Season) -> Vec<NaiveDate> {
    let mut rng = Rng::new(season.seed).fork("scraper");
    let days = (season.today - season.start).num_days().max(0) as u64;
    let mut outages = BTreeSet::new();
    if days >= 30 {
        let from = 5 + rng.below((days - 28).min(10) as usize) as u64;
        outages.extend((from..from + 7).map(|k| season.start + Days::new(k)));
    }
    if days >= 50 {
        let offset = 30 + rng.below((days - 46) as usize) as u64;
        outages.insert(season.start + Days::new(offset));
    }
    if days >= 3 {
        let back = 2 + rng.below(days.min(SAMPLE_DAYS - 2) as usize - 1) as u64;
        outages.insert(season.today - Days::new(back));
    }
    (0..=days)
        .map(|k| season.start + Days::new(k))
        .filter(|day| !outages.contains(day))
        .collect()
}

/// The sampled comments of the scrapes within [`SAMPLE_DAYS`] of today.
fn sample(summary: &Summary, scrape_days: &[NaiveDate], popularity: &[f64]) -> Vec<Comment> {
    let season = summary.season;
    let mut rng = Rng::new(season.seed).fork("reddit");
    let fans = fans(&mut rng, season, popularity, FAN_COUNT);
    let activity: Vec<f64> = fans.iter().map(|fan| fan.activity).collect();
    let activity_total: f64 = activity.iter().sum();
    let records = records_before(season);
    let from = season.today - Days::new(SAMPLE_DAYS - 1);
    let window: Vec<NaiveDate> = scrape_days.iter().copied().filter(|d| *d >= from).collect();
    // Nights with more games fill more of the sample.
    let weights: Vec<f64> = window
        .iter()
        .map(|day| {
            let night = *day - Days::new(1);
            1.0 + season.played().filter(|(g, _)| g.date == night).count() as f64 / 4.0
        })
        .collect();
    let weight_total: f64 = weights.iter().sum();
    let mvp = most_valuable(summary);

    let mut ids = BTreeSet::new();
    let mut written: BTreeSet<(usize, String)> = BTreeSet::new();
    let mut comments = Vec::new();
    for (index, day) in window.iter().enumerate() {
        let extras = Extras {
            removed: index + 3 == window.len(),
            outside: index + 5 == window.len(),
        };
        let threads = threads_of_day(
            &mut rng, season, *day, &records, popularity, extras, &mut ids,
        );
        let heat: Vec<f64> = threads.iter().map(|t| t.heat).collect();
        let heat_total: f64 = heat.iter().sum();
        let count = (SAMPLE_SIZE * weights[index] / weight_total).round() as usize;
        for _ in 0..count {
            let thread = &threads[weighted(&mut rng, &heat, heat_total)];
            let who = weighted(&mut rng, &activity, activity_total);
            let fan = &fans[who];
            let mood = mood(&mut rng, thread, fan.team);
            let context = context(&mut rng, season, thread, fan, &mvp);
            let mut text = body(&mut rng, thread.kind, mood, &context);
            // One fan never posts the same words twice: the table's grain is (author, comment).
            while written.contains(&(who, text.clone())) {
                text.push_str(rng.pick::<&str>(&TAGS));
            }
            written.insert((who, text.clone()));
            comments.push(Comment {
                scrape_date: *day,
                author: fan.handle.clone(),
                text,
                flair: fan.flair.clone(),
                team: fan.team,
                score: score(&mut rng),
                url: shared_url(&mut rng, thread),
                sentiment: sentiment(&mut rng, mood),
            });
        }
    }
    plant(&mut rng, &mut comments, season, &mvp);
    comments
}

/// Gives the latest day's first comments the planted bodies and a copypasta, so every sample
/// has markup to escape and a body past the tooltip's length.
fn plant(rng: &mut Rng, comments: &mut [Comment], season: &Season, mvp: &(String, u32)) {
    let Some(latest) = comments.iter().map(|c| c.scrape_date).max() else {
        return;
    };
    let context = Context {
        own: nickname(season.teams[0].abbr).to_string(),
        winner: nickname(season.teams[0].abbr).to_string(),
        star: mvp.0.clone(),
        points: mvp.1,
        ..Context::default()
    };
    let mut bodies: Vec<String> = PLANTED.iter().map(|t| fill(t, &context)).collect();
    bodies.push(copypasta(rng, &context));
    let targets = comments.iter_mut().filter(|c| c.scrape_date == latest);
    for (comment, text) in targets.zip(bodies) {
        comment.text = text;
    }
}

/// The season's MVP-score leader and his points per game, for the daily threads' talk.
fn most_valuable(summary: &Summary) -> (String, u32) {
    let season = summary.season;
    summary
        .players
        .iter()
        .enumerate()
        .filter(|(_, tally)| tally.games > 0)
        .max_by(|(_, a), (_, b)| {
            let score = |t: &super::tally::PlayerTally| t.avg_mvp_score().unwrap_or(0.0);
            score(a).total_cmp(&score(b))
        })
        .map(|(p, tally)| {
            let ppg = tally.ppg().unwrap_or(0.0).round() as u32;
            (season.players[p].name.clone(), ppg)
        })
        .unwrap_or_else(|| {
            let name = season.players.first().map(|p| p.name.clone());
            (name.unwrap_or_default(), 0)
        })
}

/// Fans of the winner are mostly happy, fans of the loser mostly not; everyone else is mixed.
fn mood(rng: &mut Rng, thread: &Thread, team: Option<usize>) -> Mood {
    let result = thread.result.filter(|_| thread.kind != Kind::Game);
    match (result, team) {
        (Some(r), Some(t)) if t == r.winner => {
            if rng.chance(0.8) {
                Mood::Happy
            } else {
                Mood::Neutral
            }
        }
        (Some(r), Some(t)) if t == r.loser => {
            if rng.chance(0.75) {
                Mood::Sad
            } else {
                Mood::Neutral
            }
        }
        _ => match rng.below(10) {
            0..=3 => Mood::Happy,
            4..=6 => Mood::Neutral,
            _ => Mood::Sad,
        },
    }
}

/// The names one comment may use: its thread's game, or the league at large.
fn context(
    rng: &mut Rng,
    season: &Season,
    thread: &Thread,
    fan: &Fan,
    mvp: &(String, u32),
) -> Context {
    let nick = |team: usize| nickname(season.teams[team].abbr).to_string();
    let other = rng.below(season.teams.len());
    let (winner, loser, score) = match thread.result {
        Some(r) => (
            nick(r.winner),
            nick(r.loser),
            format!("{}-{}", r.winner_points, r.loser_points),
        ),
        None => (
            nick(other),
            nick((other + 1) % season.teams.len()),
            String::new(),
        ),
    };
    let (star, points) = match thread.star {
        Some((player, points)) => (season.players[player].name.clone(), points),
        None => mvp.clone(),
    };
    Context {
        own: fan.team.map_or_else(|| winner.clone(), nick),
        winner,
        loser,
        star,
        points,
        score,
        mvp: mvp.0.clone(),
        other: nick(other),
    }
}

/// Upvotes: most top comments have a handful, a few thousands.
fn score(rng: &mut Rng) -> i64 {
    let raw = 4.0 * (1.6 * rng.normal(0.0, 1.0).abs()).exp();
    (raw.round() as i64 + 1).min(30_000)
}

/// The thread URL as the commenter's link carried it: now and then with a share query string
/// or a comment anchor, which the app must strip to group the thread.
fn shared_url(rng: &mut Rng, thread: &Thread) -> String {
    if matches!(thread.kind, Kind::Removed | Kind::Outside) {
        return thread.url.clone();
    }
    match rng.below(100) {
        0..=6 => format!("{}?utm_source=share&utm_medium=web2x&context=3", thread.url),
        7..=9 => format!("{}#t1_{}", thread.url, rng.between(100_000, 999_999)),
        _ => thread.url.clone(),
    }
}

#[cfg(test)]
#[path = "social_tests.rs"]
mod tests;

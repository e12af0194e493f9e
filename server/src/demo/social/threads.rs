//! The threads of one scrape day, named after the simulated games: a game thread and a post
//! game thread for each game of the night before, the daily discussion (the same title every
//! day, so its slug repeats under different post ids), a highlight of the night's best line,
//! and now and then an odd link: a removed post without a title slug, or an outside article.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};

use super::super::rng::Rng;
use super::super::season::Season;
use super::fans::nickname;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Game,
    PostGame,
    Daily,
    Highlight,
    Removed,
    Outside,
}

/// A finished game as its threads tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Result {
    pub winner: usize,
    pub loser: usize,
    pub winner_points: u32,
    pub loser_points: u32,
}

#[derive(Debug, Clone)]
pub struct Thread {
    pub kind: Kind,
    pub url: String,
    /// How many comments it draws, relatively.
    pub heat: f64,
    pub result: Option<Result>,
    /// The game's (or the night's) top scorer and his points.
    pub star: Option<(usize, u32)>,
}

/// Each team's record (wins, losses) before every game it played, by game id.
pub type Records = BTreeMap<i64, [(u32, u32); 2]>;

/// (home, away) records going into each played game.
pub fn records_before(season: &Season) -> Records {
    let mut running = vec![(0u32, 0u32); season.teams.len()];
    let mut records = Records::new();
    for (game, outcome) in season.played() {
        records.insert(game.id, [running[game.home], running[game.away]]);
        let home_won = outcome.home_points > outcome.away_points;
        for (team, won) in [(game.home, home_won), (game.away, !home_won)] {
            if won {
                running[team].0 += 1;
            } else {
                running[team].1 += 1;
            }
        }
    }
    records
}

/// What else a day's thread list carries besides the games.
#[derive(Debug, Clone, Copy, Default)]
pub struct Extras {
    pub removed: bool,
    pub outside: bool,
}

/// The threads of scrape day `day`, about the games of the day before.
pub fn threads_of_day(
    rng: &mut Rng,
    season: &Season,
    day: NaiveDate,
    records: &Records,
    popularity: &[f64],
    extras: Extras,
    ids: &mut BTreeSet<String>,
) -> Vec<Thread> {
    let night = day - Days::new(1);
    // The daily thread is busy on quiet nights and on news days alike.
    let daily_heat = rng.range(6.0, 20.0);
    let mut threads = vec![Thread {
        kind: Kind::Daily,
        url: reddit_url(
            &post_id(rng, ids),
            "Daily Discussion Thread + Game Thread Index",
        ),
        heat: daily_heat,
        result: None,
        star: None,
    }];

    let mut best: Option<(usize, u32, Result)> = None;
    for (game, outcome) in season.played().filter(|(game, _)| game.date == night) {
        let (home, away) = (&season.teams[game.home], &season.teams[game.away]);
        let [home_before, away_before] = records.get(&game.id).copied().unwrap_or_default();
        let home_won = outcome.home_points > outcome.away_points;
        let result = if home_won {
            Result {
                winner: game.home,
                loser: game.away,
                winner_points: outcome.home_points,
                loser_points: outcome.away_points,
            }
        } else {
            Result {
                winner: game.away,
                loser: game.home,
                winner_points: outcome.away_points,
                loser_points: outcome.home_points,
            }
        };
        let star = outcome
            .home_lines
            .iter()
            .chain(&outcome.away_lines)
            .max_by_key(|line| line.points)
            .map(|line| (line.player, line.points));
        if let Some((player, points)) = star {
            if best.is_none_or(|(_, top, _)| points > top) {
                best = Some((player, points, result));
            }
        }
        let attention = popularity[game.home] + popularity[game.away];
        let close = outcome.home_points.abs_diff(outcome.away_points) <= 5;

        let title = format!(
            "GAME THREAD: {} ({}-{}) @ {} ({}-{}) - ({})",
            away.name,
            away_before.0,
            away_before.1,
            home.name,
            home_before.0,
            home_before.1,
            night.format("%B %-d, %Y"),
        );
        threads.push(Thread {
            kind: Kind::Game,
            url: reddit_url(&post_id(rng, ids), &title),
            heat: 1.0 + attention,
            result: Some(result),
            star,
        });

        let after = |before: (u32, u32), won: bool| {
            if won {
                (before.0 + 1, before.1)
            } else {
                (before.0, before.1 + 1)
            }
        };
        let (winner_record, loser_record) = if home_won {
            (after(home_before, true), after(away_before, false))
        } else {
            (after(away_before, true), after(home_before, false))
        };
        let title = format!(
            "[Post Game Thread] The {} ({}-{}) defeat the {} ({}-{}), {}-{}",
            season.teams[result.winner].name,
            winner_record.0,
            winner_record.1,
            season.teams[result.loser].name,
            loser_record.0,
            loser_record.1,
            result.winner_points,
            result.loser_points,
        );
        threads.push(Thread {
            kind: Kind::PostGame,
            url: reddit_url(&post_id(rng, ids), &title),
            heat: 3.0
                + 2.0 * attention
                + if close { 2.0 } else { 0.0 }
                + 3.0 * f64::from(outcome.overtimes.min(1)),
            result: Some(result),
            star,
        });
    }

    if let Some((player, points, result)) = best {
        let scorer = &season.players[player].name;
        let title = format!(
            "[Highlight] {scorer} drops {points} as the {} beat the {}",
            nickname(season.teams[result.winner].abbr),
            nickname(season.teams[result.loser].abbr),
        );
        threads.push(Thread {
            kind: Kind::Highlight,
            url: reddit_url(&post_id(rng, ids), &title),
            heat: 3.0,
            result: Some(result),
            star: Some((player, points)),
        });
    }
    if extras.removed {
        threads.push(Thread {
            kind: Kind::Removed,
            url: format!(
                "https://www.reddit.com/r/nba/comments/{}",
                post_id(rng, ids)
            ),
            heat: 7.0,
            result: None,
            star: None,
        });
    }
    if extras.outside {
        let week = (day - season.start).num_days() / 7 + 1;
        threads.push(Thread {
            kind: Kind::Outside,
            url: format!("https://hoopsdigest.example/rankings/power_rankings_week_{week}"),
            heat: 2.0,
            result: None,
            star: None,
        });
    }
    threads
}

/// A thread URL in reddit's shape, with the title slug and the trailing slash.
fn reddit_url(id: &str, title: &str) -> String {
    format!(
        "https://www.reddit.com/r/nba/comments/{id}/{}/",
        slug(title)
    )
}

/// A unique reddit-style post id: seven base-36 characters starting with `1`.
fn post_id(rng: &mut Rng, taken: &mut BTreeSet<String>) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    loop {
        let tail: String = (0..6)
            .map(|_| char::from(DIGITS[rng.below(DIGITS.len())]))
            .collect();
        let id = format!("1{tail}");
        if taken.insert(id.clone()) {
            return id;
        }
    }
}

/// Reddit's title slug: lower case, spaces to underscores, punctuation dropped, letters
/// outside ASCII percent-encoded, cut at a word boundary within 80 characters.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if c.is_whitespace() {
            if !slug.is_empty() && !slug.ends_with('_') {
                slug.push('_');
            }
        } else if c.is_alphanumeric() {
            let mut buffer = [0u8; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                slug.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    let mut slug = slug.trim_end_matches('_').to_string();
    while slug.len() > 80 {
        match slug.rfind('_') {
            Some(cut) => slug.truncate(cut),
            None => slug.truncate(80),
        }
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_reddit() {
        assert_eq!(
            slug("[Post Game Thread] The Boston Celtics (21-10) defeat the Miami Heat (15-15), 112-104"),
            "post_game_thread_the_boston_celtics_2110_defeat_the_miami_heat_1515_112104"
        );
        assert_eq!(
            slug("[Highlight] Tomás drops 40"),
            "highlight_tom%C3%A1s_drops_40"
        );
        assert_eq!(
            slug("Daily Discussion Thread + Game Thread Index"),
            "daily_discussion_thread_game_thread_index"
        );
        assert!(slug(&"word ".repeat(40)).len() <= 80);
    }
}

//! The team page's schedule facts: tonight's game line and the coming games, in the
//! Schedule page's order (date, parsed tip-off time, home team).

use chrono::NaiveDate;

use crate::format::{parse_start_time, pct1};
use crate::gold::tables::{ScheduleGame, ScheduleRemaining, TonightGame};
use crate::model::teams::UpcomingGame;
use crate::teams::{self, Team};

use super::super::schedule::moneyline;
use super::super::team_ref;

fn is(team: &Team, raw: Option<&str>) -> bool {
    raw.and_then(teams::resolve)
        .is_some_and(|t| t.abbr == team.abbr)
}

fn abbr_or_raw(raw: Option<&str>) -> String {
    let raw = raw.map(str::trim).unwrap_or("");
    teams::resolve(raw).map_or_else(
        || {
            if raw.is_empty() {
                "TBD".to_owned()
            } else {
                raw.to_owned()
            }
        },
        |t| t.abbr.to_owned(),
    )
}

/// Sort key of a scheduled game: date, then tip-off (unparseable last), then home team.
fn order_key(date: Option<NaiveDate>, start: Option<&str>, home: Option<&str>) -> impl Ord {
    let minutes = start.and_then(parse_start_time);
    (
        date.is_none(),
        date,
        minutes.is_none(),
        minutes,
        home.unwrap_or("").to_lowercase(),
    )
}

/// "Tonight: {AWAY} @ {HOME} · {start} ET", then this team's moneyline and model win chance
/// when known. The first of the team's games in Schedule order.
pub fn tonight_line(games: &[TonightGame], team: &Team) -> Option<String> {
    let game = games
        .iter()
        .filter(|g| is(team, g.home_team.as_deref()) || is(team, g.away_team.as_deref()))
        .min_by_key(|g| order_key(g.game_date, g.start_time.as_deref(), g.home_team.as_deref()))?;
    let home = is(team, game.home_team.as_deref());
    let mut line = format!(
        "Tonight: {} @ {}",
        abbr_or_raw(game.away_team.as_deref()),
        abbr_or_raw(game.home_team.as_deref())
    );
    if let Some(start) = game
        .start_time
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        line.push_str(&format!(" · {start} ET"));
    }
    let (ml, win) = if home {
        (game.home_moneyline, game.home_team_predicted_win_pct)
    } else {
        (game.away_moneyline, game.away_team_predicted_win_pct)
    };
    if let Some(ml) = ml {
        line.push_str(&format!(" · {}", moneyline(ml)));
    }
    if let Some(win) = win {
        line.push_str(&format!(" · Model win {}", pct1(win)));
    }
    Some(line)
}

/// One candidate game in the shape both schedule tables share.
struct Scheduled<'a> {
    date: Option<NaiveDate>,
    start: Option<&'a str>,
    home: Option<&'a str>,
    away: Option<&'a str>,
}

/// The team's games from `schedule_season_remaining`, or from the whole-season `schedule`
/// when that table has none, in Schedule order. Filtering to today and on is per request.
pub fn upcoming_games<'a>(
    remaining: &'a [ScheduleRemaining],
    season: &'a [ScheduleGame],
    team: &Team,
) -> Vec<UpcomingGame> {
    let scheduled =
        |date, start: &'a Option<String>, home: &'a Option<String>, away: &'a Option<String>| {
            Scheduled {
                date,
                start: start.as_deref(),
                home: home.as_deref(),
                away: away.as_deref(),
            }
        };
    let mut games: Vec<Scheduled> = if remaining.is_empty() {
        season
            .iter()
            .map(|g| scheduled(g.game_date, &g.start_time, &g.home_team, &g.away_team))
            .collect()
    } else {
        remaining
            .iter()
            .map(|g| scheduled(g.game_date, &g.start_time, &g.home_team, &g.away_team))
            .collect()
    };
    games.retain(|g| g.date.is_some() && (is(team, g.home) || is(team, g.away)));
    games.sort_by_key(|g| order_key(g.date, g.start, g.home));

    games
        .into_iter()
        .filter_map(|g| {
            let date = g.date?;
            let home = is(team, g.home);
            let opponent = team_ref(&[if home { g.away } else { g.home }], false);
            let start = g
                .start
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .unwrap_or("TBD");
            Some(UpcomingGame {
                date: date.format("%Y-%m-%d").to_string(),
                when: format!("{} · {start} ET", date.format("%a %b %-d")),
                home,
                opponent,
            })
        })
        .collect()
}

/// The first five of `games` on or after `today` (ISO dates compare as text).
pub fn next_five(games: &[UpcomingGame], today: NaiveDate) -> Vec<UpcomingGame> {
    let today = today.format("%Y-%m-%d").to_string();
    games
        .iter()
        .filter(|g| g.date >= today)
        .take(5)
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::teams::by_abbr;

    fn date(day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2030, 3, day)
    }

    fn tonight(home: &str, away: &str, start: &str, ml: (Option<f64>, Option<f64>)) -> TonightGame {
        TonightGame {
            game_date: date(1),
            start_time: Some(start.into()),
            home_team: Some(home.into()),
            away_team: Some(away.into()),
            home_moneyline: ml.0,
            away_moneyline: ml.1,
            home_team_predicted_win_pct: Some(0.61),
            away_team_predicted_win_pct: Some(0.39),
            ..TonightGame::default()
        }
    }

    #[test]
    fn tonight_names_the_teams_first_game_with_its_own_line() {
        let games = [
            tonight(
                "Boston Celtics",
                "Miami Heat",
                "10:00 PM",
                (Some(-150.0), Some(130.0)),
            ),
            tonight(
                "Los Angeles Lakers",
                "Boston Celtics",
                "7:30 PM",
                (Some(-170.0), Some(140.0)),
            ),
        ];
        let boston = by_abbr("BOS").expect("BOS");
        assert_eq!(
            tonight_line(&games, boston).as_deref(),
            Some("Tonight: BOS @ LAL · 7:30 PM ET · +140 · Model win 39.0%")
        );
        let miami = by_abbr("MIA").expect("MIA");
        let no_line = [tonight("Boston Celtics", "Miami Heat", "", (None, None))];
        assert_eq!(
            tonight_line(&no_line, miami).as_deref(),
            Some("Tonight: MIA @ BOS · Model win 39.0%")
        );
        assert_eq!(tonight_line(&games, by_abbr("NYK").expect("NYK")), None);
    }

    fn remaining(day: u32, start: &str, home: &str, away: &str) -> ScheduleRemaining {
        ScheduleRemaining {
            game_date: date(day),
            start_time: Some(start.into()),
            home_team: Some(home.into()),
            away_team: Some(away.into()),
            avg_team_rank: None,
        }
    }

    #[test]
    fn upcoming_games_are_in_schedule_order_with_the_opponent() {
        let rows = [
            remaining(3, "7:00 PM", "Miami Heat", "Boston Celtics"),
            remaining(2, "TBD", "Boston Celtics", "New York Knicks"),
            remaining(2, "1:00 PM", "Chicago Bulls", "Boston Celtics"),
            remaining(2, "1:00 PM", "Chicago Bulls", "Detroit Pistons"),
        ];
        let boston = by_abbr("BOS").expect("BOS");
        let games = upcoming_games(&rows, &[], boston);
        let shown: Vec<(String, bool, String)> = games
            .iter()
            .map(|g| (g.when.clone(), g.home, g.opponent.label.clone()))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("Sat Mar 2 · 1:00 PM ET".to_owned(), false, "CHI".to_owned()),
                ("Sat Mar 2 · TBD ET".to_owned(), true, "NYK".to_owned()),
                ("Sun Mar 3 · 7:00 PM ET".to_owned(), false, "MIA".to_owned()),
            ]
        );
        let from_the_third = next_five(&games, date(3).expect("date"));
        assert_eq!(from_the_third.len(), 1);
    }

    #[test]
    fn the_whole_season_schedule_is_the_fallback() {
        let season = [ScheduleGame {
            game_date: date(9),
            start_time: Some("8:00 PM".into()),
            home_team: Some("Boston Celtics".into()),
            away_team: Some("LA Clippers".into()),
            ..ScheduleGame::default()
        }];
        let games = upcoming_games(&[], &season, by_abbr("BOS").expect("BOS"));
        assert_eq!(games[0].opponent.abbr.as_deref(), Some("LAC"));
        assert_eq!(next_five(&games, date(10).expect("date")), vec![]);
    }
}

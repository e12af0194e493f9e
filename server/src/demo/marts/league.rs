//! `bans` (league-wide KPIs, one row per home/road side) and `feature_flags`.

use chrono::{Days, NaiveTime};

use super::super::format::round_to;
use super::super::rng::Rng;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const BANS: TableSpec = TableSpec {
    name: "bans",
    columns: &[
        col("upcoming_games", Integer),
        col("upcoming_game_date", Date),
        col("location", Text),
        col("tot_wins", Integer),
        col("games_played", Integer),
        col("avg_pts", Numeric),
        col("last_yr_ppg", Numeric),
        col("scrape_time", Timestamp),
        col("win_pct", Numeric),
        col("league_ts_percent", Numeric),
        col("last_updated_at", Timestamp),
        col("run_type", Text),
        col("most_recent_game", Date),
        col("sum_active_protocols", Numeric),
        col("sum_active_protocols_lastwk", Numeric),
        col("protocols_differential", Numeric),
        col("protocols_pct_diff", Numeric),
        col("protocols_text", Text),
    ],
    constraints: &[],
};

pub fn bans(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut rng = Rng::new(season.seed).fork("bans");
    let next_date = season.next_game_date();
    let upcoming = next_date.map(|date| season.games.iter().filter(|g| g.date == date).count());
    let games_played = season.played().count();
    let home_wins: u32 = summary.teams.iter().map(|t| t.home_wins).sum();
    let road_wins: u32 = summary.teams.iter().map(|t| t.road_wins).sum();
    // Rounded once so the two shares add up to exactly 1.
    let home_share =
        (games_played > 0).then(|| round_to(f64::from(home_wins) / games_played as f64, 3));
    let league_ppg = summary.league_ppg().map(|v| round_to(v, 2));
    let last_year = round_to(league_ppg.unwrap_or(114.5) - 0.9 + rng.normal(0.0, 0.8), 1);
    let points: u32 = summary.players.iter().map(|p| p.points).sum();
    let attempts: f64 = summary.players.iter().map(|p| p.attempts).sum();
    let league_ts = (attempts > 0.0).then(|| f64::from(points) / (2.0 * attempts));
    let most_recent = season.played().map(|(game, _)| game.date).max();

    let side = |location: &str, wins: u32, share: Option<f64>| {
        vec![
            ("upcoming_games", opt(upcoming, |n| int(n as i64))),
            ("upcoming_game_date", opt(next_date, Value::Date)),
            ("location", text(location)),
            ("tot_wins", int(wins)),
            ("games_played", int(games_played as i64)),
            ("avg_pts", opt(league_ppg, |v| num(v, 2))),
            ("last_yr_ppg", num(last_year, 1)),
            ("scrape_time", Value::Timestamp(season.scrape_time())),
            ("win_pct", opt(share, |v| num(v, 3))),
            ("league_ts_percent", opt(league_ts, |v| num(v, 3))),
            ("last_updated_at", Value::Timestamp(season.today_at(9, 42))),
            ("run_type", text("daily")),
            ("most_recent_game", opt(most_recent, Value::Date)),
            ("sum_active_protocols", num(0.0, 0)),
            ("sum_active_protocols_lastwk", num(0.0, 0)),
            ("protocols_differential", num(0.0, 0)),
            ("protocols_pct_diff", num(0.0, 0)),
            ("protocols_text", Value::Null),
        ]
    };
    vec![
        side("H", home_wins, home_share),
        side("A", road_wins, home_share.map(|h| round_to(1.0 - h, 3))),
    ]
}

pub const FEATURE_FLAGS: TableSpec = TableSpec {
    name: "feature_flags",
    columns: &[
        col("id", Serial),
        col("flag", Text),
        col("is_enabled", Integer),
        col("created_at", Timestamp),
        col("modified_at", Timestamp),
    ],
    constraints: &["PRIMARY KEY (id)", "UNIQUE (flag)"],
};

/// `season` and `playoffs` drive the app's season-phase pill and playoff series chips; the
/// third belongs to the pipeline and must be ignored by the app.
pub fn feature_flags(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
    let created = (season.start - Days::new(30)).and_time(noon);
    let opened = season.start.and_time(noon);
    let playoffs = if season.playoffs {
        (1, season.today_at(8, 0))
    } else {
        (0, created)
    };
    [
        ("season", 1, opened),
        ("playoffs", playoffs.0, playoffs.1),
        ("odds_backfill", 0, created),
    ]
    .into_iter()
    .map(|(flag, enabled, modified)| {
        vec![
            ("flag", text(flag)),
            ("is_enabled", int(enabled)),
            ("created_at", Value::Timestamp(created)),
            ("modified_at", Value::Timestamp(modified)),
        ]
    })
    .collect()
}

//! The Schedule page, derived once per snapshot: tonight's cards in order with their labels
//! and value highlights, the remaining schedule, and the five analysis charts.

mod analysis;

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::format::{compact, parse_start_time, pct1};
use crate::gold::tables::{ScheduleRemaining, TonightGame};
use crate::model::schedule::{
    AnalysisChart, AnalysisKind, FullRow, ScheduleData, SideLabel, TonightCard, TonightSlate,
};
use crate::teams;

use super::team_ref;

pub use analysis::analysis_charts;

/// Tonight's order: date, then parsed tip-off (unparseable last within a date), then home.
fn tonight_key(game: &TonightGame) -> impl Ord + '_ {
    let minutes = game.start_time.as_deref().and_then(parse_start_time);
    (
        game.game_date.is_none(),
        game.game_date,
        minutes.is_none(),
        minutes,
        game.home_team.as_deref().unwrap_or("").to_lowercase(),
    )
}

/// A signed American moneyline as an integer: "+140", "-170".
pub fn moneyline(value: f64) -> String {
    let rounded = value.round() as i64;
    if rounded > 0 {
        format!("+{rounded}")
    } else {
        rounded.to_string()
    }
}

fn text(value: Option<&String>) -> Option<&str> {
    value.map(|v| v.trim()).filter(|v| !v.is_empty())
}

/// "{full name} ({moneyline})", else the stored odds text, else the name, else "-".
fn side(
    name: Option<&String>,
    moneyline_value: Option<f64>,
    odds: Option<&String>,
    value: Option<i64>,
) -> SideLabel {
    let raw = text(name);
    let team = raw.and_then(teams::resolve);
    let full = team.map(|t| t.name).or(raw);
    let label = match (full, moneyline_value) {
        (Some(full), Some(line)) => format!("{full} ({})", moneyline(line)),
        _ => text(odds).or(full).unwrap_or("-").to_owned(),
    };
    SideLabel {
        label,
        href: team.map(|t| format!("/teams/{}", t.abbr)),
        value: value == Some(1),
    }
}

fn slug_part(raw: Option<&String>) -> String {
    let raw = text(raw).unwrap_or("tbd");
    teams::resolve(raw).map_or_else(
        || crate::gold::slug::player_slug(raw),
        |t| t.abbr.to_lowercase(),
    )
}

/// "{round} · Game {n} · {status}", the parts that exist; only while the playoffs flag is on.
fn series_line(game: &TonightGame, playoffs: bool) -> Option<String> {
    let parts: Vec<String> = [
        text(game.series_round.as_ref()).map(str::to_owned),
        game.series_game_number.map(|n| format!("Game {n}")),
        text(game.series_status.as_ref()).map(str::to_owned),
    ]
    .into_iter()
    .flatten()
    .collect();
    let has_round_or_status =
        text(game.series_round.as_ref()).is_some() || text(game.series_status.as_ref()).is_some();
    (playoffs && has_round_or_status).then(|| parts.join(" · "))
}

fn day(date: NaiveDate) -> String {
    date.format("%a %b %-d").to_string()
}

/// Tonight's cards in order. When every game shares one date it is shown once above the
/// cards; otherwise each card names its own.
pub fn tonight_slate(games: &[TonightGame], playoffs: bool) -> TonightSlate {
    let mut ordered: Vec<&TonightGame> = games.iter().collect();
    ordered.sort_by(|a, b| tonight_key(a).cmp(&tonight_key(b)));
    let first_date = ordered.first().map(|g| g.game_date);
    let one_date = ordered.iter().all(|g| Some(g.game_date) == first_date);
    let pct = |v: Option<f64>| v.map_or_else(|| "-".to_owned(), pct1);

    let cards = ordered
        .iter()
        .map(|game| TonightCard {
            slug: format!(
                "{}-{}-{}",
                game.game_date.map_or_else(
                    || "undated".to_owned(),
                    |d| d.format("%Y-%m-%d").to_string()
                ),
                slug_part(game.away_team.as_ref()),
                slug_part(game.home_team.as_ref())
            ),
            date: (!one_date).then(|| game.game_date.map_or_else(|| "-".to_owned(), day)),
            time: text(game.start_time.as_ref()).unwrap_or("-").to_owned(),
            series: series_line(game, playoffs),
            away: side(
                game.away_team.as_ref(),
                game.away_moneyline,
                game.away_team_odds.as_ref(),
                game.away_is_great_value,
            ),
            home: side(
                game.home_team.as_ref(),
                game.home_moneyline,
                game.home_team_odds.as_ref(),
                game.home_is_great_value,
            ),
            avg_rank: game.avg_team_rank.map_or_else(|| "-".to_owned(), compact),
            home_win: pct(game.home_team_predicted_win_pct),
            road_win: pct(game.away_team_predicted_win_pct),
        })
        .collect();
    TonightSlate {
        date_line: one_date.then(|| first_date.flatten().map(day)).flatten(),
        cards,
    }
}

/// The remaining schedule in its default order: date, then tip-off.
pub fn full_rows(games: &[ScheduleRemaining]) -> Vec<FullRow> {
    let mut rows: Vec<FullRow> = games
        .iter()
        .map(|game| FullRow {
            date: game.game_date.map(|d| d.format("%Y-%m-%d").to_string()),
            start: text(game.start_time.as_ref()).map(str::to_owned),
            start_minutes: game.start_time.as_deref().and_then(parse_start_time),
            home: team_ref(&[game.home_team.as_deref()], true),
            away: team_ref(&[game.away_team.as_deref()], true),
            avg_rank: game.avg_team_rank,
        })
        .collect();
    rows.sort_by(|a, b| {
        let key = |r: &FullRow| {
            (
                r.date.is_none(),
                r.date.clone(),
                r.start_minutes.is_none(),
                r.start_minutes,
            )
        };
        key(a).cmp(&key(b))
    });
    rows
}

/// The page data and every analysis chart, by kind.
pub fn schedule(
    tables: &crate::gold::tables::Tables,
    playoffs: bool,
) -> (ScheduleData, HashMap<AnalysisKind, AnalysisChart>) {
    let charts = analysis_charts(tables);
    let data = ScheduleData {
        tonight: tonight_slate(&tables.tonight, playoffs),
        full: full_rows(&tables.schedule_remaining),
        charts_with_data: AnalysisKind::ALL
            .into_iter()
            .filter(|kind| charts.get(kind).is_some_and(|c| !c.bars.is_empty()))
            .collect(),
    };
    (data, charts)
}

#[cfg(test)]
mod tests;

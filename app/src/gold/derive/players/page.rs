//! One player's page from whatever tables know him: season lines, injury entries, the
//! latest game line, last-14-day trends and the contract card.

use chrono::NaiveDate;

use crate::colour::TeamLook;
use crate::format::{fixed, ordinal, pct1, round_half_away, signed};
use crate::gold::derive::injuries::{injury_row, sort_newest_first};
use crate::gold::tables::RollingAvg;
use crate::model::games::GamesData;
use crate::model::players::{ContractCard, LatestGame, PlayerPageData, PlayerTeam, TrendRow};
use crate::season::SeasonType;
use crate::teams;

use super::{first, season_line, Gathered, Joined};

/// What every player page is built from besides the player's own rows.
pub struct PageContext<'a> {
    pub joined: &'a Joined<'a>,
    pub looks: &'a [TeamLook],
    pub games: &'a GamesData,
    pub league_ts: Option<f64>,
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "-".to_owned())
}

fn direction(change: Option<f64>) -> Option<i8> {
    change.map(|c| match c.partial_cmp(&0.0) {
        Some(std::cmp::Ordering::Greater) => 1,
        Some(std::cmp::Ordering::Less) => -1,
        _ => 0,
    })
}

fn trend(
    metric: &str,
    season: Option<String>,
    recent: Option<String>,
    change: (Option<f64>, Option<String>),
    rank: Option<&String>,
) -> TrendRow {
    TrendRow {
        metric: metric.to_owned(),
        season: or_dash(season),
        recent: or_dash(recent),
        direction: direction(change.0),
        change: or_dash(change.1),
        rank: or_dash(rank.map(|r| r.trim().to_owned()).filter(|r| !r.is_empty())),
    }
}

/// "Last 14 days vs season": points, true shooting (change in percentage points), plus/minus
/// and MVP score.
pub fn trends(row: &RollingAvg) -> Vec<TrendRow> {
    let one = |v: Option<f64>| v.map(|v| fixed(v, 1));
    let change = |v: Option<f64>| (v, v.map(|v| signed(v, 1)));
    vec![
        trend(
            "Points",
            one(row.avg_ppg),
            one(row.rolling_avg_pts),
            change(row.ppg_differential),
            row.ppg_diff_rank.as_ref(),
        ),
        trend(
            "True shooting",
            row.avg_ts_percent.map(pct1),
            row.rolling_avg_ts_percent.map(pct1),
            (
                row.ts_differential,
                row.ts_differential
                    .map(|v| format!("{} pp", signed(v * 100.0, 1))),
            ),
            row.ts_diff_rank.as_ref(),
        ),
        trend(
            "Plus/minus",
            one(row.avg_plus_minus),
            one(row.rolling_avg_plus_minus),
            change(row.plus_minus_differential),
            row.plus_minus_diff_rank.as_ref(),
        ),
        trend(
            "MVP score",
            one(row.avg_mvp_score),
            one(row.rolling_avg_mvp_score),
            change(row.mvp_calc_differential),
            row.mvp_calc_diff_rank.as_ref(),
        ),
    ]
}

fn player_team(raw: Option<&str>, looks: &[TeamLook]) -> Option<PlayerTeam> {
    let team = teams::resolve(raw?)?;
    Some(PlayerTeam {
        team: crate::model::TeamRef {
            abbr: Some(team.abbr.to_owned()),
            label: team.abbr.to_owned(),
        },
        name: team.name.to_owned(),
        look: looks
            .iter()
            .find(|look| look.abbr == team.abbr)
            .cloned()
            .unwrap_or_else(|| TeamLook::new(team.abbr, team.name, None, None)),
    })
}

/// The player's line in the latest slate, and the slate game his team played.
fn latest_game(games: &GamesData, slug: &str) -> Option<LatestGame> {
    let line = games.lines.iter().find(|line| line.slug == slug)?.clone();
    let date = games
        .slate
        .as_ref()
        .and_then(|s| NaiveDate::parse_from_str(&s.iso, "%Y-%m-%d").ok())
        .map_or_else(|| "-".to_owned(), |d| d.format("%a %b %-d").to_string());
    let game_href = line.team.abbr.as_deref().and_then(|abbr| {
        games
            .games
            .iter()
            .find(|game| game.involves(abbr))
            .map(|game| format!("/games/{}", game.slug))
    });
    Some(LatestGame {
        date,
        line,
        game_href,
    })
}

pub fn player_page(context: &PageContext, player: &Gathered) -> PlayerPageData {
    let joined = context.joined;
    let slug = player.slug.as_str();
    let stats = joined
        .stats
        .get(slug)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let season = |kind: SeasonType| {
        stats
            .iter()
            .find(|row| row.season_type.as_deref().and_then(SeasonType::from_gold) == Some(kind))
            .map(|row| season_line(row))
    };

    let mut injuries = joined.injuries.get(slug).cloned().unwrap_or_default();
    sort_newest_first(&mut injuries);

    let team = player_team(player.team.as_deref(), context.looks);
    let contract = first(&joined.contracts, slug).map(|row| ContractCard {
        salary: row.salary,
        salary_rank: row.salary_rank.clone(),
        category: row.color_var.clone(),
        percentile: row
            .percentile_rank
            .map(|p| format!("{} percentile", ordinal(round_half_away(p, 0) as i64))),
        games_played: row.games_played,
        games_missed: row.games_missed,
        chart_team: row
            .team
            .as_deref()
            .and_then(teams::resolve)
            .map(|t| t.abbr.to_owned())
            .or_else(|| team.as_ref().and_then(|t| t.team.abbr.clone())),
    });

    PlayerPageData {
        name: player.name.clone(),
        slug: player.slug.clone(),
        team,
        regular: season(SeasonType::Regular),
        playoffs: season(SeasonType::Playoffs),
        league_ts: context.league_ts,
        injuries: injuries
            .into_iter()
            .map(|row| injury_row(row, None))
            .collect(),
        missed_streak: joined.streaks.get(slug).copied().filter(|n| *n > 0),
        latest: latest_game(context.games, slug),
        trends: first(&joined.rolling, slug).map(trends).unwrap_or_default(),
        contract,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trends_format_each_metric_with_its_change_colour() {
        let row = RollingAvg {
            avg_ppg: Some(20.04),
            rolling_avg_pts: Some(24.56),
            ppg_differential: Some(4.52),
            ppg_diff_rank: Some("3rd".into()),
            avg_ts_percent: Some(0.581),
            rolling_avg_ts_percent: None,
            ts_differential: Some(-0.0234),
            plus_minus_differential: Some(0.0),
            mvp_calc_diff_rank: Some("112nd".into()),
            ..RollingAvg::default()
        };
        let rows = trends(&row);
        let shown: Vec<(&str, &str, &str, Option<i8>, &str)> = rows
            .iter()
            .map(|r| {
                (
                    r.season.as_str(),
                    r.recent.as_str(),
                    r.change.as_str(),
                    r.direction,
                    r.rank.as_str(),
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                ("20.0", "24.6", "+4.5", Some(1), "3rd"),
                ("58.1%", "-", "-2.3 pp", Some(-1), "-"),
                ("-", "-", "+0.0", Some(0), "-"),
                ("-", "-", "-", None, "112nd"),
            ]
        );
    }
}

//! The Schedule page's five league-wide charts as bar data: which table, which rows, the
//! order (largest at the top, ties by team), the colour rule and each bar's tooltip lines.

use std::collections::HashMap;

use crate::format::{compact, pct1};
use crate::gold::tables::Tables;
use crate::model::schedule::{AnalysisBar, AnalysisChart, AnalysisKind, BarColour};
use crate::season::SeasonType;
use crate::teams;

const BAR_BLUE: &str = "#3fb7d9";
/// Game types top to bottom; unknown types follow alphabetically.
const GAME_TYPE_ORDER: [&str; 4] = ["Clutch Game", "10 pt Game", "20 pt Game", "Blowout Game"];

fn dash(value: Option<&String>) -> String {
    value
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| "-".to_owned())
}

fn pct(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), pct1)
}

fn count(value: Option<i64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// A team bar: the abbreviation as its label and link, the raw text when unknown.
fn team_bar(raw: Option<&str>, value: f64, lines: Vec<String>) -> AnalysisBar {
    let raw = raw.map(str::trim).unwrap_or("");
    let team = teams::resolve(raw);
    let label = team.map_or_else(|| raw.to_owned(), |t| t.abbr.to_owned());
    AnalysisBar {
        heading: Some(label.clone()),
        team: team.map(|t| t.abbr.to_owned()),
        label,
        value,
        lines,
    }
}

/// Ascending by value, ties by label, so the largest bar is drawn at the top.
fn ascending(mut bars: Vec<AnalysisBar>) -> Vec<AnalysisBar> {
    bars.sort_by(|a, b| {
        a.value
            .total_cmp(&b.value)
            .then_with(|| a.label.cmp(&b.label))
    });
    bars
}

fn regular(season: Option<&String>) -> bool {
    season.and_then(|s| SeasonType::from_gold(s)) == Some(SeasonType::Regular)
}

fn strength_of_schedule(tables: &Tables) -> AnalysisChart {
    let bars = tables
        .past_schedule
        .iter()
        .filter_map(|row| {
            let value = row.pct_vs_below_500?;
            Some(team_bar(
                row.team.as_deref(),
                value,
                vec![
                    format!("Record: {}", dash(row.record.as_ref())),
                    format!("Win %: {}", pct(row.win_pct)),
                    format!("AVG Win % Opp.: {}", pct(row.avg_win_pct_opp)),
                    format!("Home Record: {}", dash(row.home_record.as_ref())),
                    format!("Road Record: {}", dash(row.road_record.as_ref())),
                    format!("Record vs Above .500: {}", dash(row.above_record.as_ref())),
                    format!("Record vs Below .500: {}", dash(row.below_record.as_ref())),
                    format!("% Games vs Above .500: {}", pct(row.pct_vs_above_500)),
                    format!("% Games vs Below .500: {}", pct(row.pct_vs_below_500)),
                ],
            ))
        })
        .collect();
    AnalysisChart {
        kind: AnalysisKind::StrengthOfSchedule,
        title: "Strength of Schedule Analysis".into(),
        x_title: "% Games vs Below .500 Teams".into(),
        y_title: None,
        x_percent: true,
        colour: BarColour::Single(BAR_BLUE.into()),
        bars: ascending(bars),
    }
}

fn comebacks(tables: &Tables) -> AnalysisChart {
    let bars = tables
        .blown_leads
        .iter()
        .filter(|row| regular(row.season_type.as_ref()))
        .filter_map(|row| {
            let net = row.net_comebacks?;
            Some(team_bar(
                row.team.as_deref(),
                net as f64,
                vec![
                    format!("Comebacks: {}", count(row.team_comebacks_10pt)),
                    format!("Blown Leads: {}", count(row.blown_leads_10pt)),
                    format!("Net Comebacks: {net}"),
                    format!("Comeback Rank: {}", dash(row.comeback_rank.as_ref())),
                    format!("Blown Lead Rank: {}", dash(row.blown_lead_rank.as_ref())),
                ],
            ))
        })
        .collect();
    AnalysisChart {
        kind: AnalysisKind::Comebacks,
        title: "Team Comeback Performance".into(),
        x_title: "Net Comebacks (Comebacks - Blown Leads)".into(),
        y_title: None,
        x_percent: false,
        colour: BarColour::CentredOnZero("Net Comebacks".into()),
        bars: ascending(bars),
    }
}

fn preseason(tables: &Tables) -> AnalysisChart {
    let bars = tables
        .preseason
        .iter()
        .filter_map(|row| {
            let differential = row.wins_differential?;
            Some(team_bar(
                row.team.as_deref(),
                differential,
                vec![
                    format!("Wins Differential: {}", compact(differential)),
                    format!("Preseason O/U: {}", dash(row.predicted_stats.as_ref())),
                    format!("Projected Stats: {}", dash(row.projected_stats.as_ref())),
                    format!("Status: {}", dash(row.over_under.as_ref())),
                    format!(
                        "Championship Odds: {}",
                        row.championship_odds
                            .map_or_else(|| "-".to_owned(), compact)
                    ),
                ],
            ))
        })
        .collect();
    AnalysisChart {
        kind: AnalysisKind::Preseason,
        title: "Preseason Over/Under Performance".into(),
        x_title: "Wins vs Preseason Projection".into(),
        y_title: None,
        x_percent: false,
        colour: BarColour::CentredOnZero("Wins Differential".into()),
        bars: ascending(bars),
    }
}

fn spread(tables: &Tables) -> AnalysisChart {
    let bars = tables
        .odds_outcomes
        .iter()
        .filter(|row| regular(row.season_type.as_ref()))
        .filter_map(|row| {
            let covered = row.pct_covered_spread?;
            Some(team_bar(
                row.team.as_deref(),
                covered,
                vec![
                    format!("Games Played: {}", count(row.games_played)),
                    format!("Games Covered Spread: {}", count(row.games_covered_spread)),
                    format!("Games as Favorite: {}", count(row.games_favorite)),
                    format!("Games as Underdog: {}", count(row.games_underdog)),
                    format!(
                        "Favorite Games Covered: {}",
                        count(row.games_favorite_covered)
                    ),
                    format!(
                        "Underdog Games Covered: {}",
                        count(row.games_underdog_covered)
                    ),
                    format!("% Covered Spread: {}", pct(row.pct_covered_spread)),
                    format!("% Favorite Covered: {}", pct(row.pct_favorite_covered)),
                    format!("% Underdog Covered: {}", pct(row.pct_underdog_covered)),
                ],
            ))
        })
        .collect();
    AnalysisChart {
        kind: AnalysisKind::Spread,
        title: "Spread Coverage Performance".into(),
        x_title: "% Games Covered Spread".into(),
        y_title: None,
        x_percent: true,
        colour: BarColour::MinToMax("% Covered".into()),
        bars: ascending(bars),
    }
}

/// Where a game type stands top to bottom: the fixed four first, then the rest by name.
fn game_type_rank(name: &str) -> (usize, String) {
    let fixed = GAME_TYPE_ORDER.iter().position(|t| *t == name);
    (fixed.unwrap_or(GAME_TYPE_ORDER.len()), name.to_owned())
}

fn game_types(tables: &Tables) -> AnalysisChart {
    let mut bars: Vec<AnalysisBar> = tables
        .game_types
        .iter()
        .filter(|row| regular(row.season_type.as_ref()))
        .filter_map(|row| {
            let name = row.game_type.as_deref().map(str::trim).filter(|n| !n.is_empty())?;
            let n = row.n?;
            let explanation = dash(row.explanation.as_ref());
            Some(AnalysisBar {
                label: name.to_owned(),
                team: None,
                value: n as f64,
                heading: None,
                lines: vec![
                    format!("Game Type: {name}"),
                    format!("# Games: {n}"),
                    format!("Definition: {name}s are games where the Margin of Victory is {explanation}"),
                ],
            })
        })
        .collect();
    // Drawn bottom to top, so the fixed top-to-bottom order is reversed.
    bars.sort_by_key(|bar| std::cmp::Reverse(game_type_rank(&bar.label)));
    AnalysisChart {
        kind: AnalysisKind::GameTypes,
        title: "Distribution of Games by Margin".into(),
        x_title: "Number of Games".into(),
        y_title: Some("Game Type".into()),
        x_percent: false,
        colour: BarColour::Single(BAR_BLUE.into()),
        bars,
    }
}

/// Every analysis chart, by kind.
pub fn analysis_charts(tables: &Tables) -> HashMap<AnalysisKind, AnalysisChart> {
    [
        strength_of_schedule(tables),
        comebacks(tables),
        preseason(tables),
        spread(tables),
        game_types(tables),
    ]
    .into_iter()
    .map(|chart| (chart.kind, chart))
    .collect()
}

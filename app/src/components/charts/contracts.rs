//! "Team Contract Efficiency vs Win Percentage": horizontal bars coloured by win %.

use charming::component::Axis;
use charming::element::{AxisLabel, AxisType};
use charming::series::Bar;
use serde_json::{json, Value};

use crate::format::{money, pct1};
use crate::model::ContractBar;

use super::theme::{base, finish, value_axis, DIVERGING, TEXT};
use super::{tooltip_html, ChartSpec, TickFormat};

fn tooltip(bar: &ContractBar) -> String {
    let pct = |v: Option<f64>| v.map_or("-".to_owned(), pct1);
    let usd = |v: Option<f64>| v.map_or("-".to_owned(), money);
    tooltip_html(
        &bar.team.label,
        &[
            format!("Win Percentage: {}", pct(bar.win_pct)),
            format!("Salary Value Earned: {}", pct1(bar.pct_earned)),
            format!("Salary Lost to Injury: {}", pct(bar.pct_lost)),
            format!("Total Value Earned: {}", usd(bar.earned)),
            format!("Total Value Lost: {}", usd(bar.lost)),
        ],
        bar.team.abbr.is_some().then_some("Click to open team page"),
    )
}

/// The colour scale's range over the data; an empty range is widened so every bar takes the
/// middle colour.
pub fn colour_range(values: &[f64]) -> (f64, f64) {
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if !min.is_finite() || !max.is_finite() {
        (0.0, 1.0)
    } else if min == max {
        (min - 1.0, max + 1.0)
    } else {
        (min, max)
    }
}

/// Bars arrive in ascending order, so the largest is drawn at the top.
pub fn contracts_chart(bars: &[ContractBar]) -> Option<ChartSpec> {
    if bars.is_empty() {
        return None;
    }
    let labels: Vec<String> = bars.iter().map(|b| b.team.label.clone()).collect();
    let win_pcts: Vec<f64> = bars.iter().filter_map(|b| b.win_pct).collect();
    let (low, high) = colour_range(&win_pcts);

    let chart = base("Team Contract Efficiency vs Win Percentage")
        .x_axis(value_axis("% Salary Value Earned").min(0).name_gap(30))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(labels)
                .axis_label(AxisLabel::new().color(TEXT).font_size(11).interval(0)),
        )
        .series(Bar::new().name("Teams"));

    let mut option: Value = serde_json::from_str(&finish(chart)).unwrap_or(Value::Null);
    // Mixed-type data points ([x, category, win %]) and the continuous colour bar are written
    // as JSON: charming models neither.
    option["series"][0]["data"] = bars
        .iter()
        .map(|b| json!([b.pct_earned, b.team.label, b.win_pct]))
        .collect::<Vec<_>>()
        .into();
    option["series"][0]["encode"] = json!({ "x": 0, "y": 1 });
    option["visualMap"] = json!([{
        "type": "continuous",
        "dimension": 2,
        "min": low,
        "max": high,
        "inRange": { "color": DIVERGING },
        "right": 0,
        "top": "middle",
        "text": ["Win %", ""],
        "textStyle": { "color": TEXT, "fontSize": 12 },
        "calculable": false,
        "formatter": "",
    }]);
    option["grid"][0]["right"] = 90.into();

    Some(ChartSpec {
        option: option.to_string(),
        tooltips: vec![bars.iter().map(tooltip).collect()],
        links: vec![bars.iter().map(|b| b.team.href()).collect()],
        x_ticks: Some(TickFormat::Pct0),
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TeamRef;

    fn bar(abbr: &str, earned: f64, win: Option<f64>) -> ContractBar {
        ContractBar {
            team: TeamRef {
                abbr: Some(abbr.into()),
                label: abbr.into(),
            },
            win_pct: win,
            pct_earned: earned,
            pct_lost: Some(1.0 - earned),
            earned: Some(100_000_000.0),
            lost: None,
        }
    }

    #[test]
    fn bars_are_coloured_over_the_win_pct_range_and_link_to_teams() {
        let spec = contracts_chart(&[bar("BOS", 0.8, Some(0.3)), bar("LAL", 0.95, Some(0.7))]);
        let spec = spec.expect("bars draw a chart");
        let option: Value = serde_json::from_str(&spec.option).unwrap_or(Value::Null);
        assert_eq!(option["yAxis"][0]["data"], json!(["BOS", "LAL"]));
        assert_eq!(option["series"][0]["data"][1], json!([0.95, "LAL", 0.7]));
        assert_eq!(option["visualMap"][0]["min"], 0.3);
        assert_eq!(option["visualMap"][0]["max"], 0.7);
        assert_eq!(option["xAxis"][0]["min"], 0.0);
        assert_eq!(spec.link(0, 0), Some("/teams/BOS"));
        let tip = spec.tooltip(0, 1).unwrap_or_default();
        assert!(tip.contains("Win Percentage: 70.0%"));
        assert!(tip.contains("Salary Lost to Injury: 5.0%"));
        assert!(tip.contains("Total Value Earned: $100,000,000"));
        assert!(tip.contains("Total Value Lost: -"));
    }

    #[test]
    fn an_empty_colour_range_centres_every_bar() {
        assert_eq!(colour_range(&[0.5, 0.5]), (-0.5, 1.5));
        assert_eq!(colour_range(&[]), (0.0, 1.0));
    }
}

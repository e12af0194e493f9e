//! "Game Margin of Victory": one bar per game on a calendar axis, blue for wins and red for
//! losses; a bar of last night's slate opens that game.

use charming::component::Legend;
use charming::element::{AxisType, ItemStyle, TextStyle};
use charming::series::Bar;
use serde_json::{json, Value};

use crate::format::fixed;
use crate::model::teams::MovBar;

use super::theme::{base, finish, value_axis, TEXT};
use super::{tooltip_html, ChartSpec, TickFormat};

const WON: &str = "#3fb7d9";
const LOST: &str = "#e04848";
const DAY_MS: i64 = 86_400_000;

fn points(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| fixed(v, 0))
}

fn tooltip(bar: &MovBar) -> String {
    let outcome = if bar.won { "W" } else { "L" };
    tooltip_html(
        &format!("{} {outcome} vs {}", bar.date, bar.opponent),
        &[
            format!(
                "Score: {} - {}",
                points(bar.points),
                points(bar.opponent_points)
            ),
            format!("Margin of Victory: {}", fixed(bar.mov, 0)),
        ],
        bar.game_href.is_some().then_some("Click to open the game"),
    )
}

pub fn mov_chart(bars: &[MovBar]) -> Option<ChartSpec> {
    if bars.is_empty() {
        return None;
    }
    // The panel's heading names the chart; the option carries no title of its own.
    let mut chart = base("")
        .legend(
            Legend::new()
                .top(4)
                .data(vec!["W", "L"])
                .text_style(TextStyle::new().color(TEXT).font_size(12)),
        )
        .x_axis(value_axis("Date").type_(AxisType::Time).name_gap(30))
        .y_axis(value_axis("Margin of Victory").name_gap(40));
    let mut tooltips = Vec::new();
    let mut links = Vec::new();
    for (name, won, colour) in [("W", true, WON), ("L", false, LOST)] {
        let members: Vec<&MovBar> = bars.iter().filter(|b| b.won == won).collect();
        chart = chart.series(
            Bar::new()
                .name(name)
                .item_style(ItemStyle::new().color(colour)),
        );
        tooltips.push(members.iter().map(|b| tooltip(b)).collect());
        links.push(members.iter().map(|b| b.game_href.clone()).collect());
    }

    let mut option: Value = serde_json::from_str(&finish(chart)).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut option {
        map.remove("title");
    }
    option["grid"][0]["top"] = 40.into();
    option["xAxis"][0]["axisLabel"]["hideOverlap"] = true.into();
    // Calendar-day ticks: never finer than a day, labelled "Mar 3" by the client.
    option["xAxis"][0]["minInterval"] = DAY_MS.into();
    option["xAxis"][0]["splitLine"] = json!({ "show": false });
    for (index, won) in [true, false].into_iter().enumerate() {
        let series = &mut option["series"][index];
        series["data"] = bars
            .iter()
            .filter(|b| b.won == won)
            .map(|b| json!([b.date, b.mov]))
            .collect::<Vec<_>>()
            .into();
        // Wins and losses never share a day: overlap the two series' slots.
        series["barGap"] = "-100%".into();
        series["barMaxWidth"] = 14.into();
    }

    Some(ChartSpec {
        option: option.to_string(),
        tooltips,
        links,
        x_ticks: Some(TickFormat::Day),
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(date: &str, mov: f64, href: Option<&str>) -> MovBar {
        MovBar {
            date: date.into(),
            mov,
            won: mov > 0.0,
            opponent: "LAL".into(),
            points: Some(110.0),
            opponent_points: Some(110.0 - mov),
            game_href: href.map(str::to_owned),
        }
    }

    #[test]
    fn wins_and_losses_are_two_coloured_series_on_a_time_axis() {
        let bars = [
            bar("2030-03-01", 6.0, None),
            bar("2030-03-03", -4.0, None),
            bar("2030-03-05", 12.0, Some("/games/2030-03-05-bos-lal")),
        ];
        let spec = mov_chart(&bars).expect("bars draw");
        let option: Value = serde_json::from_str(&spec.option).unwrap_or(Value::Null);
        assert_eq!(option["xAxis"][0]["type"], "time");
        assert_eq!(option["xAxis"][0]["name"], "Date");
        assert_eq!(option["series"][0]["name"], "W");
        assert_eq!(option["series"][0]["itemStyle"]["color"], WON);
        assert_eq!(option["series"][1]["itemStyle"]["color"], LOST);
        assert_eq!(
            option["series"][0]["data"],
            json!([["2030-03-01", 6.0], ["2030-03-05", 12.0]])
        );
        assert_eq!(option["series"][1]["data"], json!([["2030-03-03", -4.0]]));
        let tip = spec.tooltip(1, 0).unwrap_or_default();
        assert!(tip.starts_with("<b>2030-03-03 L vs LAL</b><br/>Score: 110 - 114"));
        assert!(tip.contains("Margin of Victory: -4"));
        assert_eq!(spec.link(0, 1), Some("/games/2030-03-05-bos-lal"));
        assert_eq!(spec.link(0, 0), None);
        assert!(spec
            .tooltip(0, 1)
            .unwrap_or_default()
            .contains("Click to open the game"));
    }

    #[test]
    fn no_games_means_the_placeholder() {
        assert_eq!(mov_chart(&[]), None);
    }
}

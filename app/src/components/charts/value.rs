//! "Player Contract Value vs Performance": salary against MVP score, one series per category.

use charming::component::Legend;
use charming::element::{ItemStyle, TextStyle};
use charming::series::Scatter;

use crate::format::{fixed, money};
use crate::model::ValuePoint;

use super::theme::{base, finish, value_axis, ACCENT, MUTED, TEXT};
use super::{tooltip_html, ChartSpec, TickFormat};

/// Known categories in legend order, with their colours.
const CATEGORIES: [(&str, &str); 4] = [
    ("Superstars", "#9362DA"),
    ("Great Value", "#3fb7d9"),
    ("Normal", "#383b3d"),
    ("Bad Value", "#e04848"),
];

/// Category names in legend order: the known four first, then any other raw value.
fn categories(points: &[ValuePoint]) -> Vec<String> {
    let label = |p: &ValuePoint| p.category.clone().unwrap_or_else(|| "-".to_owned());
    let mut names: Vec<String> = CATEGORIES
        .iter()
        .map(|(name, _)| (*name).to_owned())
        .filter(|name| points.iter().any(|p| &label(p) == name))
        .collect();
    for point in points {
        let name = label(point);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

fn style(category: &str) -> ItemStyle {
    let colour = CATEGORIES
        .iter()
        .find(|(name, _)| *name == category)
        .map_or(MUTED, |(_, c)| c);
    let style = ItemStyle::new().color(colour).opacity(0.9);
    if category == "Normal" {
        // The grid-line grey would vanish on the card without an outline.
        style.border_color("#5e6063").border_width(1)
    } else {
        style
    }
}

fn tooltip(point: &ValuePoint) -> String {
    let count = |n: Option<i64>| n.map_or("-".to_owned(), |n| n.to_string());
    tooltip_html(
        &point.player,
        &[
            format!("Team: {}", point.team.as_deref().unwrap_or("-")),
            format!("Category: {}", point.category.as_deref().unwrap_or("-")),
            format!("MVP Score: {}", fixed(point.mvp_score, 2)),
            format!("Salary: {}", money(point.salary)),
            format!("Games Played: {}", count(point.games_played)),
            format!("Games Missed: {}", count(point.games_missed)),
        ],
        Some("Click to open player page"),
    )
}

pub fn value_chart(points: &[ValuePoint]) -> Option<ChartSpec> {
    build(points, "Player Contract Value vs Performance", None)
}

/// The same scatter for one team's players, with `slug`'s point enlarged, ringed in the
/// accent colour and labelled with his name; the other points still open their pages.
pub fn team_value_chart(points: &[ValuePoint], team: &str, slug: &str) -> Option<ChartSpec> {
    build(points, &format!("Contract value within {team}"), Some(slug))
}

/// The highlighted player's marker: larger, ringed, named.
fn highlight_point(point: &ValuePoint) -> serde_json::Value {
    serde_json::json!({
        "name": point.player,
        "value": [point.salary, point.mvp_score],
        "symbolSize": 16,
        "itemStyle": { "borderColor": ACCENT, "borderWidth": 2 },
        "label": {
            "show": true,
            "formatter": "{b}",
            "position": "top",
            "color": TEXT,
            "fontSize": 12,
            "fontWeight": 600,
        },
        "z": 10,
    })
}

fn build(points: &[ValuePoint], title: &str, highlight: Option<&str>) -> Option<ChartSpec> {
    if points.is_empty() {
        return None;
    }
    let names = categories(points);
    let mut chart = base(title)
        .legend(
            Legend::new()
                .top(36)
                .data(names.clone())
                .text_style(TextStyle::new().color(TEXT).font_size(12)),
        )
        .x_axis(value_axis("Annual Salary").name_gap(30))
        .y_axis(value_axis("Average MVP Score").name_gap(44));

    let mut tooltips = Vec::new();
    let mut links = Vec::new();
    for name in &names {
        let members: Vec<&ValuePoint> = points
            .iter()
            .filter(|p| p.category.as_deref().unwrap_or("-") == name)
            .collect();
        chart = chart.series(
            Scatter::new()
                .name(name.clone())
                .symbol_size(9)
                .item_style(style(name))
                .data(
                    members
                        .iter()
                        .map(|p| vec![p.salary, p.mvp_score])
                        .collect::<Vec<_>>(),
                ),
        );
        tooltips.push(members.iter().map(|p| tooltip(p)).collect());
        links.push(
            members
                .iter()
                .map(|p| {
                    (Some(p.slug.as_str()) != highlight).then(|| format!("/players/{}", p.slug))
                })
                .collect(),
        );
    }

    let mut option: serde_json::Value =
        serde_json::from_str(&finish(chart)).unwrap_or(serde_json::Value::Null);
    // The legend's title, which ECharts legends do not have: a small heading beside it.
    option["title"][0]["subtext"] = "Player Category".into();
    option["title"][0]["subtextStyle"] = serde_json::json!({ "color": MUTED, "fontSize": 12 });
    option["legend"]["top"] = 52.into();
    option["grid"][0]["top"] = 96.into();
    // Whole-dollar tick labels are long: let ECharts drop the ones that would collide.
    option["xAxis"][0]["axisLabel"]["hideOverlap"] = true.into();
    if let Some(slug) = highlight {
        for (series, name) in names.iter().enumerate() {
            let members = points
                .iter()
                .filter(|p| p.category.as_deref().unwrap_or("-") == name);
            for (index, point) in members.enumerate() {
                if point.slug == slug {
                    option["series"][series]["data"][index] = highlight_point(point);
                }
            }
        }
    }

    Some(ChartSpec {
        option: option.to_string(),
        tooltips,
        links,
        x_ticks: Some(TickFormat::Money),
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn point(player: &str, category: Option<&str>) -> ValuePoint {
        ValuePoint {
            player: player.into(),
            slug: player.to_lowercase(),
            team: Some("BOS".into()),
            category: category.map(Into::into),
            mvp_score: 12.345,
            salary: 30_000_000.0,
            games_played: Some(40),
            games_missed: None,
        }
    }

    #[test]
    fn series_follow_legend_order_and_unknown_categories_come_last() {
        let points = [
            point("a", Some("Bad Value")),
            point("b", Some("Mystery")),
            point("c", Some("Superstars")),
            point("d", Some("Normal")),
        ];
        let spec = value_chart(&points).expect("points draw a chart");
        let option: Value = serde_json::from_str(&spec.option).unwrap_or(Value::Null);
        let names: Vec<&str> = option["series"]
            .as_array()
            .map(|s| s.iter().filter_map(|x| x["name"].as_str()).collect())
            .unwrap_or_default();
        assert_eq!(names, vec!["Superstars", "Normal", "Bad Value", "Mystery"]);
        assert_eq!(option["series"][0]["itemStyle"]["color"], "#9362DA");
        assert_eq!(option["series"][1]["itemStyle"]["borderColor"], "#5e6063");
        assert_eq!(option["series"][3]["itemStyle"]["color"], MUTED);
        assert_eq!(option["series"][0]["symbolSize"], 9.0);
        assert_eq!(spec.link(0, 0), Some("/players/c"));
        assert_eq!(spec.x_ticks, Some(TickFormat::Money));

        let tip = spec.tooltip(0, 0).unwrap_or_default();
        assert!(tip.contains("MVP Score: 12.35"));
        assert!(tip.contains("Salary: $30,000,000"));
        assert!(tip.contains("Games Missed: -"));
    }

    #[test]
    fn the_team_chart_marks_its_player_and_links_the_others() {
        let points = [point("a", Some("Normal")), point("b", Some("Normal"))];
        let spec = team_value_chart(&points, "BOS", "b").expect("points draw a chart");
        let option: Value = serde_json::from_str(&spec.option).unwrap_or(Value::Null);
        assert_eq!(option["title"][0]["text"], "Contract value within BOS");
        let marked = &option["series"][0]["data"][1];
        assert_eq!(marked["symbolSize"], 16);
        assert_eq!(marked["itemStyle"]["borderColor"], ACCENT);
        assert_eq!(marked["label"]["formatter"], "{b}");
        assert_eq!(marked["name"], "b");
        assert_eq!(
            option["series"][0]["data"][0],
            serde_json::json!([30_000_000.0, 12.345])
        );
        assert_eq!(spec.link(0, 0), Some("/players/a"));
        assert_eq!(spec.link(0, 1), None, "his own point stays put");
    }
}

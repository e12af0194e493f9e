//! "Team Offensive vs Defensive Ratings": every team as its badge, with league-mean lines.

use charming::element::{
    Label, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol,
};
use charming::series::Scatter;

use crate::colour::TeamLook;
use crate::format::fixed;
use crate::model::RatingPoint;

use super::theme::{base, finish, value_axis, TEXT};
use super::{tooltip_html, ChartSpec};

/// Rating points of padding beyond the data on each axis.
const PADDING: f64 = 1.5;
const BADGE_SIZE: f64 = 36.0;

fn mean(values: impl Iterator<Item = f64>) -> f64 {
    let (sum, count) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    if count == 0 {
        0.0
    } else {
        sum / count as f64
    }
}

fn range(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let min = values.clone().fold(f64::INFINITY, f64::min);
    let max = values.fold(f64::NEG_INFINITY, f64::max);
    (min - PADDING, max + PADDING)
}

fn tooltip(point: &RatingPoint) -> String {
    let rank = |r: &Option<String>| r.as_deref().unwrap_or("-").to_owned();
    let net = point.nrtg.map_or("-".to_owned(), |n| fixed(n, 1));
    tooltip_html(
        &point.name,
        &[
            format!(
                "Offensive Rating: {} (Rank: {})",
                fixed(point.ortg, 1),
                rank(&point.ortg_rank)
            ),
            format!(
                "Defensive Rating: {} (Rank: {})",
                fixed(point.drtg, 1),
                rank(&point.drtg_rank)
            ),
            format!("Net Rating: {net} (Rank: {})", rank(&point.nrtg_rank)),
        ],
        point
            .team
            .abbr
            .is_some()
            .then_some("Click to open team page"),
    )
}

/// `None` when there is nothing to draw (the page shows its placeholder).
pub fn ratings_chart(points: &[RatingPoint], looks: &[TeamLook]) -> Option<ChartSpec> {
    if points.is_empty() {
        return None;
    }
    let (x_min, x_max) = range(points.iter().map(|p| p.ortg));
    let (y_min, y_max) = range(points.iter().map(|p| p.drtg));
    let mean_lines = MarkLine::new()
        .silent(true)
        .label(Label::new().show(false))
        .symbol(vec![Symbol::None, Symbol::None])
        .line_style(
            LineStyle::new()
                .color(TEXT)
                .width(2)
                .opacity(0.7)
                .type_(LineStyleType::Dashed),
        )
        .data(vec![
            MarkLineVariant::Simple(
                MarkLineData::new().x_axis(mean(points.iter().map(|p| p.ortg))),
            ),
            MarkLineVariant::Simple(
                MarkLineData::new().y_axis(mean(points.iter().map(|p| p.drtg))),
            ),
        ]);

    let mut chart = base("Team Offensive vs Defensive Ratings")
        .x_axis(value_axis("Offensive Rating").min(x_min).max(x_max))
        .y_axis(
            value_axis("Defensive Rating")
                .min(y_min)
                .max(y_max)
                .inverse(true)
                .name_gap(44),
        );
    for (index, point) in points.iter().enumerate() {
        let look = point
            .team
            .abbr
            .as_deref()
            .and_then(|abbr| looks.iter().find(|l| l.abbr == abbr));
        let fallback;
        let look = match look {
            Some(look) => look,
            None => {
                fallback = TeamLook::new(&point.team.label, &point.name, None, None);
                &fallback
            }
        };
        let mut series = Scatter::new()
            .name(point.team.label.clone())
            .symbol(Symbol::Custom(format!("image://{}", look.badge_data_url())))
            .symbol_size(BADGE_SIZE)
            .data(vec![vec![point.ortg, point.drtg]]);
        if index == 0 {
            series = series.mark_line(mean_lines.clone());
        }
        chart = chart.series(series);
    }

    // Padded bounds are not round numbers; their tick labels would only add noise.
    let mut option: serde_json::Value =
        serde_json::from_str(&finish(chart)).unwrap_or(serde_json::Value::Null);
    for axis in ["xAxis", "yAxis"] {
        option[axis][0]["axisLabel"]["showMinLabel"] = false.into();
        option[axis][0]["axisLabel"]["showMaxLabel"] = false.into();
    }

    Some(ChartSpec {
        option: option.to_string(),
        tooltips: points.iter().map(|p| vec![tooltip(p)]).collect(),
        links: points.iter().map(|p| vec![p.team.href()]).collect(),
        x_ticks: None,
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TeamRef;
    use serde_json::Value;

    fn point(abbr: &str, ortg: f64, drtg: f64) -> RatingPoint {
        RatingPoint {
            team: TeamRef {
                abbr: Some(abbr.into()),
                label: abbr.into(),
            },
            name: format!("{abbr} name"),
            ortg,
            drtg,
            nrtg: Some(ortg - drtg),
            ortg_rank: Some("1st".into()),
            drtg_rank: None,
            nrtg_rank: Some("2nd".into()),
        }
    }

    #[test]
    fn badges_mean_lines_padding_and_reversed_defence() {
        let looks = vec![TeamLook::new(
            "BOS",
            "Boston Celtics",
            Some("#007a33"),
            None,
        )];
        let spec = ratings_chart(
            &[point("BOS", 120.0, 110.0), point("LAL", 110.0, 114.0)],
            &looks,
        );
        let spec = spec.expect("two points draw a chart");
        let option: Value = serde_json::from_str(&spec.option).unwrap_or(Value::Null);

        assert_eq!(option["xAxis"][0]["min"], 108.5);
        assert_eq!(option["xAxis"][0]["max"], 121.5);
        assert_eq!(option["yAxis"][0]["inverse"], true);
        assert_eq!(option["series"].as_array().map(Vec::len), Some(2));
        assert!(option["series"][0]["symbol"]
            .as_str()
            .is_some_and(|s| s.starts_with("image://data:")));
        let lines = &option["series"][0]["markLine"]["data"];
        assert_eq!(lines[0]["xAxis"], 115.0);
        assert_eq!(lines[1]["yAxis"], 112.0);

        assert_eq!(spec.link(1, 0), Some("/teams/LAL"));
        let tip = spec.tooltip(0, 0).unwrap_or_default();
        assert!(tip.contains("Offensive Rating: 120.0 (Rank: 1st)"));
        assert!(tip.contains("Defensive Rating: 110.0 (Rank: -)"));
        assert!(tip.contains("Net Rating: 10.0 (Rank: 2nd)"));
        assert!(tip.contains("Click to open team page"));
    }

    #[test]
    fn no_points_means_no_chart() {
        assert_eq!(ratings_chart(&[], &[]), None);
    }
}

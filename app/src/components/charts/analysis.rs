//! The Schedule page's analysis charts: horizontal bars, one per team (or game type), in one
//! colour or on the diverging scale, with a team bar opening its team page.

use charming::component::Axis;
use charming::element::{AxisLabel, AxisType, NameLocation, TextStyle};
use charming::series::Bar;
use serde_json::{json, Value};

use crate::model::schedule::{AnalysisChart, BarColour};

use super::contracts::colour_range;
use super::theme::{base, finish, value_axis, DIVERGING, TEXT};
use super::{tooltip_html, ChartSpec, TickFormat};

/// The colour scale's range: −m…+m around zero, widened when every value is zero so all bars
/// take the middle colour.
pub fn centred_range(values: &[f64]) -> (f64, f64) {
    let m = values.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    if m == 0.0 {
        (-1.0, 1.0)
    } else {
        (-m, m)
    }
}

fn colour_bar(title: &str, (low, high): (f64, f64)) -> Value {
    json!([{
        "type": "continuous",
        "dimension": 0,
        "min": low,
        "max": high,
        "inRange": { "color": DIVERGING },
        "right": 0,
        "top": "middle",
        "text": [title, ""],
        "textStyle": { "color": TEXT, "fontSize": 12 },
        "calculable": false,
        "itemHeight": 160,
    }])
}

pub fn analysis_chart(chart: &AnalysisChart) -> Option<ChartSpec> {
    if chart.bars.is_empty() {
        return None;
    }
    let labels: Vec<String> = chart.bars.iter().map(|b| b.label.clone()).collect();
    let mut y_axis = Axis::new()
        .type_(AxisType::Category)
        .data(labels)
        .axis_label(AxisLabel::new().color(TEXT).font_size(11).interval(0));
    if let Some(title) = &chart.y_title {
        y_axis = y_axis
            .name(title.as_str())
            .name_location(NameLocation::Middle)
            .name_gap(110)
            .name_text_style(TextStyle::new().color(TEXT).font_size(13));
    }
    let option = base(&chart.title)
        .x_axis(value_axis(&chart.x_title).name_gap(30))
        .y_axis(y_axis)
        .series(Bar::new().name(chart.title.as_str()));

    let mut option: Value = serde_json::from_str(&finish(option)).unwrap_or(Value::Null);
    option["series"][0]["data"] = chart
        .bars
        .iter()
        .map(|b| json!([b.value, b.label]))
        .collect::<Vec<_>>()
        .into();
    option["series"][0]["encode"] = json!({ "x": 0, "y": 1 });
    option["series"][0]["barMaxWidth"] = 18.into();
    let values: Vec<f64> = chart.bars.iter().map(|b| b.value).collect();
    match &chart.colour {
        BarColour::Single(colour) => {
            option["series"][0]["itemStyle"] = json!({ "color": colour });
        }
        BarColour::CentredOnZero(title) => {
            option["visualMap"] = colour_bar(title, centred_range(&values));
            option["grid"][0]["right"] = 90.into();
        }
        BarColour::MinToMax(title) => {
            option["visualMap"] = colour_bar(title, colour_range(&values));
            option["grid"][0]["right"] = 90.into();
        }
    }
    if chart.y_title.is_some() {
        option["grid"][0]["left"] = 130.into();
    }

    let tooltips = chart
        .bars
        .iter()
        .map(|bar| {
            let hint = bar.team.is_some().then_some("Click to open team page");
            match &bar.heading {
                Some(heading) => tooltip_html(heading, &bar.lines, hint),
                None => bar
                    .lines
                    .iter()
                    .map(|line| crate::format::escape_html(line))
                    .collect::<Vec<_>>()
                    .join("<br/>"),
            }
        })
        .collect();
    let links = chart
        .bars
        .iter()
        .map(|bar| bar.team.as_ref().map(|abbr| format!("/teams/{abbr}")))
        .collect();
    Some(ChartSpec {
        option: option.to_string(),
        tooltips: vec![tooltips],
        links: vec![links],
        x_ticks: chart.x_percent.then_some(TickFormat::Pct0),
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::schedule::{AnalysisBar, AnalysisKind};

    fn chart(colour: BarColour, values: &[f64]) -> AnalysisChart {
        AnalysisChart {
            kind: AnalysisKind::Comebacks,
            title: "Team Comeback Performance".into(),
            x_title: "Net".into(),
            y_title: None,
            x_percent: false,
            colour,
            bars: values
                .iter()
                .enumerate()
                .map(|(i, v)| AnalysisBar {
                    label: format!("T{i}"),
                    team: (i == 0).then(|| "BOS".to_owned()),
                    value: *v,
                    heading: Some(format!("T{i}")),
                    lines: vec![format!("Net Comebacks: {v}")],
                })
                .collect(),
        }
    }

    fn option(spec: &ChartSpec) -> Value {
        serde_json::from_str(&spec.option).unwrap_or(Value::Null)
    }

    #[test]
    fn signed_metrics_centre_the_diverging_scale_on_zero() {
        assert_eq!(centred_range(&[-3.0, 7.0]), (-7.0, 7.0));
        assert_eq!(
            centred_range(&[0.0, 0.0]),
            (-1.0, 1.0),
            "all zero: all the middle colour"
        );
        let spec = analysis_chart(&chart(
            BarColour::CentredOnZero("Net Comebacks".into()),
            &[-3.0, 7.0],
        ))
        .expect("bars draw");
        let option = option(&spec);
        assert_eq!(option["visualMap"][0]["min"], -7.0);
        assert_eq!(option["visualMap"][0]["max"], 7.0);
        assert_eq!(option["visualMap"][0]["text"][0], "Net Comebacks");
        assert_eq!(option["visualMap"][0]["inRange"]["color"], json!(DIVERGING));
        assert_eq!(option["series"][0]["data"][1], json!([7.0, "T1"]));
        assert_eq!(option["yAxis"][0]["data"], json!(["T0", "T1"]));
    }

    #[test]
    fn other_scales_span_the_data_or_use_one_colour() {
        let spec = analysis_chart(&chart(BarColour::MinToMax("% Covered".into()), &[0.4, 0.6]))
            .expect("bars");
        let option = option(&spec);
        assert_eq!(
            (
                option["visualMap"][0]["min"].clone(),
                option["visualMap"][0]["max"].clone()
            ),
            (json!(0.4), json!(0.6))
        );
        let single =
            analysis_chart(&chart(BarColour::Single("#3fb7d9".into()), &[1.0])).expect("bars");
        let option = self::option(&single);
        assert_eq!(option["series"][0]["itemStyle"]["color"], "#3fb7d9");
        assert!(option.get("visualMap").is_none());
    }

    #[test]
    fn team_bars_link_and_say_so_and_game_types_do_not() {
        let spec =
            analysis_chart(&chart(BarColour::Single("#3fb7d9".into()), &[1.0, 2.0])).expect("bars");
        assert_eq!(spec.link(0, 0), Some("/teams/BOS"));
        assert_eq!(spec.link(0, 1), None);
        assert!(spec
            .tooltip(0, 0)
            .unwrap_or_default()
            .ends_with("Click to open team page</span>"));
        assert!(spec
            .tooltip(0, 0)
            .unwrap_or_default()
            .starts_with("<b>T0</b><br/>Net Comebacks: 1"));
        let mut types = chart(BarColour::Single("#3fb7d9".into()), &[5.0]);
        types.bars[0].team = None;
        types.bars[0].heading = None;
        let spec = analysis_chart(&types).expect("bars");
        assert_eq!(
            spec.tooltip(0, 0),
            Some("Net Comebacks: 5"),
            "no bold team line"
        );
        assert_eq!(
            analysis_chart(&chart(BarColour::Single("#3fb7d9".into()), &[])),
            None
        );
    }
}

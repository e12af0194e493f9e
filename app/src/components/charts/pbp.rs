//! The play-by-play chart: the score differential after every scoring play on a reversed
//! clock axis, markers in the scoring team's colour, period lines, and the biggest-run band.

use charming::component::Axis;
use serde_json::{json, Value};

use crate::format::escape_html;
use crate::model::games::{GamePlot, PlotPoint, ScoringRun};

use super::theme::{base, finish, value_axis, TEXT};
use super::{ChartSpec, TickFormat};

/// Faint lines at period ends.
const PERIOD_LINE: &str = "rgba(230,224,224,.14)";
const CONNECTOR: &str = "rgba(230,224,224,.35)";
/// The band is drawn at least this many minutes wide, so a quick run stays visible.
const MIN_BAND_MINUTES: f64 = 0.2;
/// Overtime ticks beyond this many periods are left out.
const MAX_OT_TICKS: u32 = 12;
const QUARTER_MIDPOINTS: [f64; 4] = [42.0, 30.0, 18.0, 6.0];

/// Quarter midpoints, then one per overtime (−5k + 2.5): the only labelled ticks.
pub fn period_ticks(overtimes: u32) -> Vec<f64> {
    let mut ticks = QUARTER_MIDPOINTS.to_vec();
    ticks.extend((1..=overtimes.min(MAX_OT_TICKS)).map(|k| -5.0 * f64::from(k) + 2.5));
    ticks
}

/// The label of a period midpoint: "Q1" … "Q4", "OT1" …; nothing elsewhere.
pub fn period_label(value: f64) -> String {
    if let Some(q) = QUARTER_MIDPOINTS
        .iter()
        .position(|m| (m - value).abs() < 1e-6)
    {
        return format!("Q{}", q + 1);
    }
    let k = (2.5 - value) / 5.0;
    if value < 0.0 && (k - k.round()).abs() < 1e-6 {
        format!("OT{}", k.round() as u32)
    } else {
        String::new()
    }
}

fn period_ends(overtimes: u32) -> Vec<f64> {
    let mut ends = vec![48.0, 36.0, 24.0, 12.0, 0.0];
    ends.extend((1..=overtimes).map(|k| -5.0 * f64::from(k)));
    ends
}

fn tooltip(point: &PlotPoint) -> String {
    format!(
        "Time: {} in {}<br/>Scoring Team: <span style=\"color:{};font-weight:600\">{}</span>\
         <br/>Score: {} ({})<br/>Play: {}",
        escape_html(&point.clock),
        escape_html(&point.quarter),
        escape_html(&point.scorer_colour),
        escape_html(&point.scorer),
        escape_html(&point.score),
        escape_html(&point.leading),
        escape_html(&point.play),
    )
}

/// `#rrggbb` at `alpha`, as CSS rgba().
fn with_alpha(hex: &str, alpha: f64) -> String {
    let rgb = crate::colour::Rgb::parse(hex).unwrap_or(crate::colour::Rgb(0x5e, 0x60, 0x63));
    format!("rgba({},{},{},{alpha})", rgb.0, rgb.1, rgb.2)
}

fn run_area(run: &ScoringRun) -> Value {
    let (mut start, mut end) = (run.start, run.end);
    if start - end < MIN_BAND_MINUTES {
        let centre = (start + end) / 2.0;
        (start, end) = (
            centre + MIN_BAND_MINUTES / 2.0,
            centre - MIN_BAND_MINUTES / 2.0,
        );
    }
    json!({
        "silent": true,
        "itemStyle": { "color": with_alpha(&run.colour, 0.12) },
        "label": {
            "show": true,
            "position": "insideTop",
            "color": TEXT,
            "fontSize": 12,
            "fontWeight": 900,
            "backgroundColor": "rgba(0,0,0,.55)",
            "borderColor": "rgba(230,224,224,.45)",
            "borderWidth": 1,
            "padding": 4,
        },
        "data": [[{ "name": run.label(), "xAxis": start }, { "xAxis": end }]],
    })
}

fn axis_lines(axis: Axis) -> Axis {
    axis.split_line(charming::element::SplitLine::new().show(false))
}

/// `None` when the game has no scoring plays (the page shows its placeholder).
pub fn pbp_chart(plot: &GamePlot) -> Option<ChartSpec> {
    if plot.points.is_empty() {
        return None;
    }
    let chart = base("")
        .x_axis(
            axis_lines(value_axis("Quarter"))
                .min(plot.end)
                .max(48.0)
                .inverse(true)
                .name_gap(30),
        )
        .y_axis(axis_lines(value_axis("Score Differential")).name_gap(40));
    let mut option: Value = serde_json::from_str(&finish(chart)).unwrap_or(Value::Null);

    if let Value::Object(map) = &mut option {
        map.remove("title");
        map.insert(
            "grid".into(),
            json!([{
                "left": 48, "right": 28, "top": 36, "bottom": 48, "containLabel": true,
                "show": true, "borderColor": TEXT, "borderWidth": 1,
                "backgroundColor": "transparent",
            }]),
        );
    }
    let ticks = period_ticks(plot.overtimes);
    let x = &mut option["xAxis"][0];
    x["axisTick"]["customValues"] = json!(ticks);
    x["axisTick"]["lineStyle"] = json!({ "color": TEXT });
    x["axisLabel"]["customValues"] = json!(ticks);
    // The frame's edges, not the zero line: the grid border draws the other two sides.
    for axis in ["xAxis", "yAxis"] {
        option[axis][0]["axisLine"] =
            json!({ "show": true, "onZero": false, "lineStyle": { "color": TEXT, "width": 1 } });
    }

    let data: Vec<Value> = plot
        .points
        .iter()
        .map(|p| json!({ "value": [p.t, p.margin], "itemStyle": { "color": p.fill } }))
        .collect();
    let period_lines: Vec<Value> = period_ends(plot.overtimes)
        .into_iter()
        .map(|x| json!({ "xAxis": x }))
        .collect();
    let mut series = json!({
        "type": "line",
        "name": "Score differential",
        "data": data,
        "symbol": "circle",
        "symbolSize": 8,
        "itemStyle": { "borderColor": TEXT, "borderWidth": 1 },
        "lineStyle": { "color": CONNECTOR, "width": 1.5 },
        "emphasis": { "scale": 1.5 },
        "animation": false,
        "markLine": {
            "silent": true,
            "symbol": ["none", "none"],
            "label": { "show": false },
            "lineStyle": { "color": PERIOD_LINE, "width": 1, "type": "solid" },
            "data": period_lines,
        },
    });
    if let Some(run) = &plot.run {
        series["markArea"] = run_area(run);
    }
    option["series"] = json!([series]);

    Some(ChartSpec {
        option: option.to_string(),
        tooltips: vec![plot.points.iter().map(tooltip).collect()],
        links: Vec::new(),
        x_ticks: Some(TickFormat::Period),
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(t: f64, margin: f64) -> PlotPoint {
        PlotPoint {
            t,
            margin,
            fill: "#007a33".into(),
            clock: "5:32".into(),
            quarter: "2nd Quarter".into(),
            scorer: "<Boston>".into(),
            scorer_colour: "#2f9e5f".into(),
            score: "45-50".into(),
            leading: "Leading".into(),
            play: "Tatum makes a jumper".into(),
        }
    }

    fn plot(overtimes: u32, run: Option<ScoringRun>) -> GamePlot {
        let end = -5.0 * f64::from(overtimes);
        GamePlot {
            slug: "g".into(),
            end,
            overtimes,
            points: vec![point(47.0, 2.0), point(end, 5.0)],
            run,
        }
    }

    fn option(plot: &GamePlot) -> (ChartSpec, Value) {
        let spec = pbp_chart(plot).expect("points draw a chart");
        let option = serde_json::from_str(&spec.option).unwrap_or(Value::Null);
        (spec, option)
    }

    #[test]
    fn the_clock_axis_runs_from_48_to_the_game_end_with_period_ticks() {
        let (spec, option) = option(&plot(2, None));
        let x = &option["xAxis"][0];
        assert_eq!(
            (x["min"].clone(), x["max"].clone()),
            (json!(-10.0), json!(48.0))
        );
        assert_eq!(x["inverse"], true);
        assert_eq!(x["name"], "Quarter");
        assert_eq!(
            x["axisLabel"]["customValues"],
            json!([42.0, 30.0, 18.0, 6.0, -2.5, -7.5])
        );
        assert_eq!(x["splitLine"]["show"], false);
        assert_eq!(option["grid"][0]["show"], true);
        assert!(option.get("title").is_none());
        let lines: Vec<f64> = option["series"][0]["markLine"]["data"]
            .as_array()
            .map(|a| a.iter().filter_map(|d| d["xAxis"].as_f64()).collect())
            .unwrap_or_default();
        assert_eq!(lines, vec![48.0, 36.0, 24.0, 12.0, 0.0, -5.0, -10.0]);
        assert_eq!(spec.x_ticks, Some(TickFormat::Period));
    }

    #[test]
    fn period_labels_name_quarters_and_overtimes_only() {
        let labels: Vec<String> = period_ticks(13).into_iter().map(period_label).collect();
        assert_eq!(&labels[..6], ["Q1", "Q2", "Q3", "Q4", "OT1", "OT2"]);
        assert_eq!(labels.len(), 4 + 12, "at most 12 overtime ticks");
        assert_eq!(period_label(40.0), "");
        assert_eq!(period_label(0.0), "");
    }

    #[test]
    fn markers_take_the_scorer_colour_and_tooltips_escape_text() {
        let (spec, option) = option(&plot(0, None));
        let series = &option["series"][0];
        assert_eq!(series["data"][0]["itemStyle"]["color"], "#007a33");
        assert_eq!(series["data"][1]["value"], json!([0.0, 5.0]));
        assert_eq!(series["symbolSize"], 8);
        assert_eq!(series["lineStyle"]["color"], CONNECTOR);
        assert!(series.get("markArea").is_none());
        let tip = spec.tooltip(0, 0).unwrap_or_default();
        assert!(tip.starts_with("Time: 5:32 in 2nd Quarter<br/>Scoring Team: <span"));
        assert!(tip.contains("&lt;Boston&gt;</span>"));
        assert!(tip.contains("Score: 45-50 (Leading)<br/>Play: Tatum makes a jumper"));
        assert_eq!(spec.link(0, 0), None, "plays are not links");
    }

    #[test]
    fn the_run_band_is_labelled_and_at_least_a_fifth_of_a_minute_wide() {
        let run = ScoringRun {
            winner: "BOS".into(),
            winner_points: 12,
            loser_points: 2,
            start: 45.0,
            end: 44.95,
            start_at: "1st Quarter 9:00".into(),
            end_at: "1st Quarter 8:57".into(),
            qualified: true,
            colour: "#2f9e5f".into(),
        };
        let (_, option) = option(&plot(0, Some(run)));
        let area = &option["series"][0]["markArea"];
        assert_eq!(area["data"][0][0]["name"], "Biggest run: BOS 12-2");
        let start = area["data"][0][0]["xAxis"].as_f64().unwrap_or_default();
        let end = area["data"][0][1]["xAxis"].as_f64().unwrap_or_default();
        assert!((start - end - MIN_BAND_MINUTES).abs() < 1e-9);
        assert_eq!(area["itemStyle"]["color"], "rgba(47,158,95,0.12)");
        assert_eq!(area["label"]["fontWeight"], 900);
    }

    #[test]
    fn no_points_means_no_chart() {
        let empty = GamePlot {
            points: vec![],
            ..plot(0, None)
        };
        assert_eq!(pbp_chart(&empty), None);
    }
}

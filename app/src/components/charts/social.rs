//! The Social page's charts: league comment volume with its moving average, top threads
//! (which open on r/nba), top keywords, top flairs, and one team's comments by prior result.

use serde_json::{json, Value};

use crate::format::{fixed, int};
use crate::model::social::{Count, DayValue, TeamTimeline, Thread, Volume};

use super::theme::{base, finish, value_axis, GRID_LINE, TEXT};
use super::{tooltip_html, ChartSpec, TickFormat};

const VOLUME_LINE: &str = "#7ac6f2";
const VOLUME_FILL: &str = "rgba(122,198,242,.18)";
const AVERAGE_LINE: &str = "rgba(255,159,67,.95)";
const BAR_BLUE: &str = "#3fb7d9";
const DAY_MS: i64 = 86_400_000;

/// A theme chart with the title removed or kept, as JSON to extend.
fn option(title: &str) -> Value {
    let mut option: Value = serde_json::from_str(&finish(base(title))).unwrap_or(Value::Null);
    if title.is_empty() {
        if let Value::Object(map) = &mut option {
            map.remove("title");
        }
    }
    option
}

/// Axis and tick lines in the grid colour, as the theme gives every chart.
fn themed(mut axis: Value) -> Value {
    let line = json!({ "lineStyle": { "color": GRID_LINE } });
    axis["axisLine"] = line.clone();
    axis["axisTick"] = line;
    axis
}

fn date_axis(title: &str) -> Value {
    let mut axis =
        themed(serde_json::to_value(value_axis(title).name_gap(30)).unwrap_or(Value::Null));
    axis["type"] = "time".into();
    axis["minInterval"] = DAY_MS.into();
    axis["splitLine"] = json!({ "show": false });
    axis["axisLabel"]["hideOverlap"] = true.into();
    axis
}

fn number_axis(title: &str, gap: i32) -> Value {
    themed(serde_json::to_value(value_axis(title).name_gap(gap)).unwrap_or(Value::Null))
}

/// The amber "━ 7-day …" label at the top right of the plot, as a boxed second title.
fn direct_label(text: &str) -> Value {
    json!({
        "text": text,
        "right": 16,
        "top": 8,
        "textStyle": { "color": "#ff9f43", "fontSize": 12, "fontWeight": 600 },
        "backgroundColor": "rgba(21,23,26,.72)",
        "borderColor": "rgba(255,159,67,.35)",
        "borderWidth": 1,
        "padding": [4, 8],
    })
}

fn average_series(points: &[DayValue]) -> Value {
    json!({
        "type": "line",
        "name": "7-day moving average",
        "data": points.iter().map(|p| json!([p.date, p.value])).collect::<Vec<_>>(),
        "symbol": "none",
        "lineStyle": { "color": AVERAGE_LINE, "width": 2.75 },
        "itemStyle": { "color": AVERAGE_LINE },
        "z": 5,
    })
}

fn average_tooltips(points: &[DayValue]) -> Vec<String> {
    points
        .iter()
        .map(|p| {
            tooltip_html(
                &p.date,
                &[format!("7-day moving avg: {}", int(p.value.round() as i64))],
                None,
            )
        })
        .collect()
}

fn spec(
    option: Value,
    tooltips: Vec<Vec<String>>,
    links: Vec<Vec<Option<String>>>,
    x_ticks: Option<TickFormat>,
) -> ChartSpec {
    ChartSpec {
        option: option.to_string(),
        tooltips,
        links,
        x_ticks,
        y_ticks: None,
        new_tab: false,
        axis_links: Vec::new(),
    }
}

/// League-wide comments per day as an area, and the amber 7-day moving average over it.
pub fn volume_chart(volume: &Volume) -> Option<ChartSpec> {
    if volume.daily.is_empty() {
        return None;
    }
    let mut option = option("");
    option["grid"] =
        json!([{ "left": 70, "right": 24, "top": 44, "bottom": 56, "containLabel": true }]);
    option["xAxis"] = json!([date_axis("Date")]);
    option["yAxis"] = json!([number_axis("Comments", 52)]);
    option["title"] = json!([direct_label("━ 7-day moving avg")]);
    option["series"] = json!([
        {
            "type": "line",
            "name": "Daily volume",
            "data": volume.daily.iter().map(|p| json!([p.date, p.value])).collect::<Vec<_>>(),
            "symbol": "circle",
            "symbolSize": 5,
            "lineStyle": { "color": VOLUME_LINE, "width": 2 },
            "itemStyle": { "color": VOLUME_LINE },
            "areaStyle": { "color": VOLUME_FILL },
        },
        average_series(&volume.average),
    ]);
    let daily_tips = volume
        .daily
        .iter()
        .map(|p| {
            tooltip_html(
                &p.date,
                &[format!("{} comments", int(p.value.round() as i64))],
                None,
            )
        })
        .collect();
    Some(spec(
        option,
        vec![daily_tips, average_tooltips(&volume.average)],
        Vec::new(),
        Some(TickFormat::Day),
    ))
}

/// Horizontal bars, largest at the top, one colour.
fn count_bars(counts: &[(String, f64)], x_title: &str, left: u32) -> Value {
    let mut option = option("");
    let labels: Vec<&str> = counts.iter().map(|(label, _)| label.as_str()).collect();
    option["grid"] =
        json!([{ "left": left, "right": 24, "top": 16, "bottom": 56, "containLabel": false }]);
    option["xAxis"] = json!([number_axis(x_title, 30)]);
    option["yAxis"] = json!([{
        "type": "category",
        "data": labels,
        "axisLabel": { "color": TEXT, "fontSize": 11, "interval": 0, "width": left.saturating_sub(16), "overflow": "truncate" },
        "axisLine": { "lineStyle": { "color": GRID_LINE } },
    }]);
    option["series"] = json!([{
        "type": "bar",
        "name": x_title,
        "data": counts.iter().map(|(_, v)| *v).collect::<Vec<_>>(),
        "itemStyle": { "color": BAR_BLUE },
        "barMaxWidth": 18,
    }]);
    option
}

/// The most commented threads, largest at the top; a bar or its label opens the thread.
pub fn threads_chart(threads: &[Thread]) -> Option<ChartSpec> {
    if threads.is_empty() {
        return None;
    }
    // Bars are drawn bottom to top, so the list (most comments first) is reversed.
    let ordered: Vec<&Thread> = threads.iter().rev().collect();
    let counts: Vec<(String, f64)> = ordered
        .iter()
        .map(|t| (t.label.clone(), t.comments as f64))
        .collect();
    let mut option = count_bars(&counts, "Comment rows (sample)", 280);
    option["series"][0]["itemStyle"]["color"] = VOLUME_LINE.into();
    option["yAxis"][0]["triggerEvent"] = true.into();
    let tooltips = ordered
        .iter()
        .map(|t| {
            let mut html = tooltip_html(
                &t.label,
                &[
                    format!("Comments in sample: {}", int(t.comments)),
                    format!("Avg upvotes: {}", t.avg_score.map_or_else(|| "-".to_owned(), |v| fixed(v, 1))),
                    format!("Avg compound: {}", t.avg_compound.map_or_else(|| "-".to_owned(), |v| fixed(v, 3))),
                ],
                None,
            );
            html.push_str(&format!(
                r#"<br/><span style="font-size:10px;color:#8d9694">{}</span>"#,
                crate::format::escape_html(&t.url)
            ));
            if t.href.is_some() {
                html.push_str(r#"<br/><span style="color:#8d9694;font-size:11px">Click near the title or bar to open thread</span>"#);
            }
            html
        })
        .collect();
    let links = ordered.iter().map(|t| t.href.clone()).collect();
    let mut chart = spec(option, vec![tooltips], vec![links], None);
    chart.new_tab = true;
    chart.axis_links = ordered
        .iter()
        .filter_map(|t| Some((t.label.clone(), t.href.clone()?)))
        .collect();
    Some(chart)
}

/// Keywords or flairs: labelled counts, largest at the top.
pub fn counts_chart(counts: &[Count], x_title: &str, unit: &str) -> Option<ChartSpec> {
    if counts.is_empty() {
        return None;
    }
    let ordered: Vec<&Count> = counts.iter().rev().collect();
    let values: Vec<(String, f64)> = ordered
        .iter()
        .map(|c| (c.label.clone(), c.count as f64))
        .collect();
    let option = count_bars(&values, x_title, 120);
    let tooltips = ordered
        .iter()
        .map(|c| tooltip_html(&c.label, &[format!("{} {unit}", int(c.count))], None))
        .collect();
    Some(spec(option, vec![tooltips], Vec::new(), None))
}

/// A game outcome's bar colour and legend name.
fn outcome_colour(outcome: &str) -> &'static str {
    match outcome {
        "W" => "#45c2e6",
        "L" => "#e85c5c",
        "NO GAME" => "#7a8a9c",
        _ => "#8d9694",
    }
}

/// One team's daily comments as bars coloured by the previous day's result, with the
/// amber 7-day average of its daily totals.
pub fn team_chart(abbr: &str, timeline: &TeamTimeline) -> Option<ChartSpec> {
    if timeline.days.is_empty() {
        return None;
    }
    let mut outcomes: Vec<String> = ["W", "L", "NO GAME"]
        .iter()
        .filter(|o| timeline.days.iter().any(|d| d.outcome == **o))
        .map(|o| (*o).to_owned())
        .collect();
    for day in &timeline.days {
        if !outcomes.contains(&day.outcome) {
            outcomes.push(day.outcome.clone());
        }
    }

    let mut option = option(&format!("{abbr} - comments by prior game outcome"));
    option["grid"] =
        json!([{ "left": 70, "right": 24, "top": 84, "bottom": 56, "containLabel": true }]);
    option["xAxis"] = json!([date_axis("Date")]);
    option["yAxis"] = json!([number_axis("Number of Comments", 52)]);
    option["legend"] = json!({
        "top": 40,
        "data": outcomes,
        "textStyle": { "color": TEXT, "fontSize": 12 },
    });
    // The legend's title, which ECharts legends lack: a small heading beside it.
    option["title"][0]["subtext"] = "Game Outcome".into();
    option["title"][0]["subtextStyle"] = json!({ "color": "#8d9694", "fontSize": 12 });
    if let Some(titles) = option["title"].as_array_mut() {
        let mut label = direct_label("━ 7-day avg (daily total)");
        label["top"] = 40.into();
        titles.push(label);
    }

    let mut series = Vec::new();
    let mut tooltips = Vec::new();
    for outcome in &outcomes {
        let days: Vec<_> = timeline
            .days
            .iter()
            .filter(|d| &d.outcome == outcome)
            .collect();
        series.push(json!({
            "type": "bar",
            "name": outcome,
            "data": days.iter().map(|d| json!([d.date, d.comments])).collect::<Vec<_>>(),
            "itemStyle": { "color": outcome_colour(outcome) },
            "barGap": "-100%",
            "barMaxWidth": 14,
        }));
        tooltips.push(
            days.iter()
                .map(|d| {
                    [
                        format!("Date: {}", d.date),
                        format!("Comments: {}", int(d.comments)),
                        format!("Game Outcome: {}", d.outcome),
                    ]
                    .iter()
                    .map(|line| crate::format::escape_html(line))
                    .collect::<Vec<_>>()
                    .join("<br/>")
                })
                .collect(),
        );
    }
    let mut average = average_series(&timeline.average);
    average["name"] = "7-day avg (daily total)".into();
    series.push(average);
    tooltips.push(average_tooltips(&timeline.average));
    option["series"] = Value::Array(series);
    Some(spec(option, tooltips, Vec::new(), Some(TickFormat::Day)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::social::TeamDay;

    fn day(date: &str, value: f64) -> DayValue {
        DayValue {
            date: date.into(),
            value,
        }
    }

    fn parsed(spec: &ChartSpec) -> Value {
        serde_json::from_str(&spec.option).unwrap_or(Value::Null)
    }

    #[test]
    fn volume_draws_the_area_and_the_moving_average_with_its_label() {
        let volume = Volume {
            daily: vec![day("2030-03-01", 100.0), day("2030-03-02", 200.0)],
            average: vec![day("2030-03-01", 100.0), day("2030-03-02", 150.0)],
        };
        let spec = volume_chart(&volume).expect("a chart");
        let option = parsed(&spec);
        assert_eq!(option["series"][0]["areaStyle"]["color"], VOLUME_FILL);
        assert_eq!(option["series"][1]["lineStyle"]["width"], 2.75);
        assert_eq!(option["xAxis"][0]["type"], "time");
        assert_eq!(option["xAxis"][0]["minInterval"], DAY_MS);
        assert_eq!(option["title"][0]["text"], "━ 7-day moving avg");
        assert!(
            option.get("legend").is_none(),
            "no legend entry for the average"
        );
        assert_eq!(
            spec.tooltip(1, 1),
            Some("<b>2030-03-02</b><br/>7-day moving avg: 150")
        );
        assert_eq!(
            spec.tooltip(0, 0),
            Some("<b>2030-03-01</b><br/>100 comments")
        );
        assert_eq!(volume_chart(&Volume::default()), None);
    }

    #[test]
    fn threads_open_in_a_new_tab_from_bar_or_label() {
        let thread = |label: &str, n: i64, href: Option<&str>| Thread {
            label: label.into(),
            url: href.unwrap_or("javascript:x").into(),
            href: href.map(str::to_owned),
            comments: n,
            avg_score: Some(12.34),
            avg_compound: Some(0.1234),
        };
        let threads = [
            thread(
                "game thread",
                9,
                Some("https://www.reddit.com/r/nba/comments/a1/game_thread"),
            ),
            thread("<odd>", 3, None),
        ];
        let spec = threads_chart(&threads).expect("a chart");
        let option = parsed(&spec);
        assert_eq!(
            option["yAxis"][0]["data"],
            json!(["<odd>", "game thread"]),
            "largest at the top"
        );
        assert_eq!(option["yAxis"][0]["triggerEvent"], true);
        assert!(spec.new_tab);
        assert_eq!(
            spec.link(0, 1),
            Some("https://www.reddit.com/r/nba/comments/a1/game_thread")
        );
        assert_eq!(spec.link(0, 0), None);
        assert_eq!(
            spec.axis_link("game thread"),
            Some("https://www.reddit.com/r/nba/comments/a1/game_thread")
        );
        assert_eq!(spec.axis_link("<odd>"), None);
        let tip = spec.tooltip(0, 1).unwrap_or_default();
        assert!(tip.contains("Avg upvotes: 12.3") && tip.contains("Avg compound: 0.123"));
        assert!(tip.ends_with("Click near the title or bar to open thread</span>"));
        assert!(spec
            .tooltip(0, 0)
            .unwrap_or_default()
            .starts_with("<b>&lt;odd&gt;</b>"));
    }

    #[test]
    fn team_bars_take_their_outcome_colours_and_the_average_its_label() {
        let timeline = TeamTimeline {
            days: vec![
                TeamDay {
                    date: "2030-03-01".into(),
                    comments: 10,
                    outcome: "L".into(),
                },
                TeamDay {
                    date: "2030-03-02".into(),
                    comments: 30,
                    outcome: "W".into(),
                },
                TeamDay {
                    date: "2030-03-03".into(),
                    comments: 5,
                    outcome: "POSTPONED".into(),
                },
            ],
            average: vec![day("2030-03-03", 15.0)],
        };
        let spec = team_chart("BOS", &timeline).expect("a chart");
        let option = parsed(&spec);
        assert_eq!(
            option["title"][0]["text"],
            "BOS - comments by prior game outcome"
        );
        assert_eq!(option["legend"]["data"], json!(["W", "L", "POSTPONED"]));
        assert_eq!(option["series"][0]["itemStyle"]["color"], "#45c2e6");
        assert_eq!(option["series"][1]["itemStyle"]["color"], "#e85c5c");
        assert_eq!(option["series"][2]["itemStyle"]["color"], "#8d9694");
        assert_eq!(option["title"][1]["text"], "━ 7-day avg (daily total)");
        assert_eq!(
            spec.tooltip(0, 0),
            Some("Date: 2030-03-02<br/>Comments: 30<br/>Game Outcome: W")
        );
        assert_eq!(team_chart("BOS", &TeamTimeline::default()), None);
    }

    #[test]
    fn counts_are_bars_largest_at_the_top() {
        let counts = [
            Count {
                label: "mvp".into(),
                count: 90,
            },
            Count {
                label: "refs".into(),
                count: 40,
            },
        ];
        let spec = counts_chart(&counts, "Mentions", "mentions").expect("a chart");
        let option = parsed(&spec);
        assert_eq!(option["yAxis"][0]["data"], json!(["refs", "mvp"]));
        assert_eq!(option["series"][0]["itemStyle"]["color"], BAR_BLUE);
        assert_eq!(option["xAxis"][0]["name"], "Mentions");
        assert_eq!(spec.tooltip(0, 1), Some("<b>mvp</b><br/>90 mentions"));
    }
}

//! The one chart theme: dark, transparent on a raised card, the app's palette, no toolbox.

use charming::component::{Axis, Grid, Title};
use charming::element::{
    AxisLabel, Color, LineStyle, NameLocation, SplitLine, TextStyle, Tooltip, Trigger,
};
use charming::Chart;
use serde_json::{json, Value};

pub const TEXT: &str = "#e6e0e0";
pub const GRID_LINE: &str = "#383b3d";
pub const MUTED: &str = "#8d9694";
/// Focus, selection and highlight rings.
pub const ACCENT: &str = "#4fd1c5";
pub const FONT: &str =
    "Inter, system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";
/// The categorical palette, in order; no chart falls back to library colours.
pub const PALETTE: [&str; 7] = [
    "#3fb7d9", "#4fd1c5", "#9362DA", "#ff9f43", "#e04848", "#7ac6f2", "#8d9694",
];
/// Diverging scale: negative, middle, positive.
pub const DIVERGING: [&str; 3] = ["#e04848", "#383b3d", "#3fb7d9"];

/// A chart with the theme's title, palette, grid and tooltip applied.
pub fn base(title: &str) -> Chart {
    Chart::new()
        .title(
            Title::new().text(title).left("center").top(8).text_style(
                TextStyle::new()
                    .color(TEXT)
                    .font_size(16)
                    .font_weight("600"),
            ),
        )
        .color(PALETTE.iter().map(|c| Color::from(*c)).collect::<Vec<_>>())
        .grid(
            Grid::new()
                .left(80)
                .right(40)
                .top(80)
                .bottom(60)
                .contain_label(true),
        )
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .background_color("#222222")
                .border_color(GRID_LINE),
        )
}

/// A value axis with a centred title and theme lines.
pub fn value_axis(name: &str) -> Axis {
    Axis::new()
        .name(name)
        .name_location(NameLocation::Middle)
        .name_gap(36)
        .name_text_style(TextStyle::new().color(TEXT).font_size(13))
        .axis_label(AxisLabel::new().color(TEXT).font_size(12))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(GRID_LINE)))
}

/// Finishes a chart as JSON, adding what charming does not model: the text font and colour,
/// the tooltip text style, axis and tick line colours and a transparent background.
pub fn finish(chart: Chart) -> String {
    let mut option = serde_json::to_value(&chart).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut option {
        // charming writes a single component as an object; arrays keep indexing uniform.
        for key in ["title", "grid", "xAxis", "yAxis"] {
            if let Some(single) = map.get_mut(key).filter(|v| v.is_object()) {
                *single = Value::Array(vec![single.take()]);
            }
        }
        map.insert("backgroundColor".into(), json!("transparent"));
        map.insert(
            "textStyle".into(),
            json!({ "color": TEXT, "fontFamily": FONT }),
        );
        if let Some(Value::Object(tooltip)) = map.get_mut("tooltip") {
            tooltip.insert("textStyle".into(), json!({ "color": TEXT, "fontSize": 12 }));
            tooltip.insert("confine".into(), json!(true));
        }
        for axis_kind in ["xAxis", "yAxis"] {
            if let Some(Value::Array(axes)) = map.get_mut(axis_kind) {
                for axis in axes.iter_mut().filter_map(Value::as_object_mut) {
                    let line = json!({ "lineStyle": { "color": GRID_LINE } });
                    axis.insert("axisLine".into(), line.clone());
                    axis.insert("axisTick".into(), line);
                }
            }
        }
    }
    option.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finished_options_carry_the_theme_and_no_toolbox() {
        let json: Value = serde_json::from_str(&finish(base("T"))).unwrap_or(Value::Null);
        assert_eq!(json["title"][0]["text"], "T");
        assert_eq!(json["color"][0], PALETTE[0]);
        assert_eq!(json["tooltip"]["backgroundColor"], "#222222");
        assert_eq!(json["tooltip"]["textStyle"]["fontSize"], 12);
        assert_eq!(json["backgroundColor"], "transparent");
        assert!(json.get("toolbox").is_none());
    }
}

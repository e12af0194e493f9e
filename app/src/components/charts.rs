//! Chart options built by pure functions from typed data, one module per chart, sharing one
//! theme. They run on the host in tests and in the browser when drawing.

pub mod analysis;
pub mod contracts;
pub mod mov;
pub mod pbp;
pub mod ratings;
pub mod social;
pub mod theme;
pub mod value;

use serde::{Deserialize, Serialize};

/// How an axis's tick labels are formatted. ECharts would need a JavaScript function for
/// these, which the CSP forbids, so the client attaches a Rust closure instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TickFormat {
    Money,
    Pct0,
    /// Period midpoints on the play-by-play clock axis: "Q1" … "Q4", "OT1" ….
    Period,
    /// Calendar days on a time axis (milliseconds since the epoch, UTC): "Mar 3".
    Day,
}

impl TickFormat {
    pub fn apply(self, value: f64) -> String {
        match self {
            Self::Money => crate::format::money(value),
            Self::Pct0 => crate::format::pct0(value),
            Self::Period => pbp::period_label(value),
            Self::Day => crate::format::day_label(value),
        }
    }
}

/// A drawable chart: the ECharts option plus what the option cannot carry as plain data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartSpec {
    /// The ECharts option as JSON.
    pub option: String,
    /// Escaped tooltip HTML per series and data index.
    pub tooltips: Vec<Vec<String>>,
    /// Where a click on a mark goes, per series and data index.
    pub links: Vec<Vec<Option<String>>>,
    pub x_ticks: Option<TickFormat>,
    pub y_ticks: Option<TickFormat>,
    /// Links leave the app: they open in a new tab without an opener.
    #[serde(default)]
    pub new_tab: bool,
    /// Category-axis labels that are links too: (label, where it goes).
    #[serde(default)]
    pub axis_links: Vec<(String, String)>,
}

impl ChartSpec {
    pub fn tooltip(&self, series: usize, index: usize) -> Option<&str> {
        self.tooltips.get(series)?.get(index).map(String::as_str)
    }

    pub fn link(&self, series: usize, index: usize) -> Option<&str> {
        self.links.get(series)?.get(index)?.as_deref()
    }

    /// Where a click on a category-axis label goes.
    pub fn axis_link(&self, label: &str) -> Option<&str> {
        self.axis_links
            .iter()
            .find(|(text, _)| text == label)
            .map(|(_, href)| href.as_str())
    }
}

/// Tooltip HTML from escaped lines: the first in bold, an optional muted hint last.
pub fn tooltip_html(title: &str, lines: &[String], hint: Option<&str>) -> String {
    use crate::format::escape_html;
    let mut html = format!("<b>{}</b>", escape_html(title));
    for line in lines {
        html.push_str("<br/>");
        html.push_str(&escape_html(line));
    }
    if let Some(hint) = hint {
        html.push_str(&format!(
            r#"<br/><span style="color:#8d9694;font-size:11px">{}</span>"#,
            escape_html(hint)
        ));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tooltips_escape_gold_text() {
        let html = tooltip_html("<script>", &["a & b".to_owned()], Some("Click"));
        assert!(html.starts_with("<b>&lt;script&gt;</b><br/>a &amp; b"));
        assert!(html.ends_with("Click</span>"));
    }

    #[test]
    fn tick_formats_use_the_shared_number_formats() {
        assert_eq!(TickFormat::Money.apply(30_000_000.0), "$30,000,000");
        assert_eq!(TickFormat::Pct0.apply(0.875), "88%");
        assert_eq!(TickFormat::Day.apply(1_900_000_000_000.0), "Mar 17");
    }
}

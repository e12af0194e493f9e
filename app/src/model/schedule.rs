//! What the Schedule page shows: tonight's game cards, the remaining schedule, and the five
//! league-wide analysis charts as bar data.

use serde::{Deserialize, Serialize};

use super::TeamRef;

/// One side of tonight's game as the card labels it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SideLabel {
    /// "Boston Celtics (+140)", the stored odds text, the full name, or "-".
    pub label: String,
    pub href: Option<String>,
    /// The pipeline flags this side as strong moneyline value.
    pub value: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TonightCard {
    /// `{date}-{away}-{home}`, the game's anchor.
    pub slug: String,
    /// "Fri Mar 7", shown on the card only when tonight spans several dates.
    pub date: Option<String>,
    /// The tip-off as stored, or "-".
    pub time: String,
    /// "{round} · Game {n} · {status}", only while the playoffs flag is on.
    pub series: Option<String>,
    pub away: SideLabel,
    pub home: SideLabel,
    pub avg_rank: String,
    pub home_win: String,
    pub road_win: String,
}

/// Tonight's cards in Schedule order, with the one date line when all share a date.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TonightSlate {
    pub date_line: Option<String>,
    pub cards: Vec<TonightCard>,
}

/// One row of the remaining schedule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FullRow {
    /// YYYY-MM-DD.
    pub date: Option<String>,
    pub start: Option<String>,
    /// Minutes after midnight, for sorting; `None` when the time does not parse.
    pub start_minutes: Option<u32>,
    pub home: TeamRef,
    pub away: TeamRef,
    pub avg_rank: Option<f64>,
}

/// The analysis charts, by their URL value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AnalysisKind {
    StrengthOfSchedule,
    Comebacks,
    Preseason,
    Spread,
    GameTypes,
}

impl AnalysisKind {
    pub const ALL: [Self; 5] = [
        Self::StrengthOfSchedule,
        Self::Comebacks,
        Self::Preseason,
        Self::Spread,
        Self::GameTypes,
    ];

    pub fn param(self) -> &'static str {
        match self {
            Self::StrengthOfSchedule => "strength-of-schedule",
            Self::Comebacks => "team-comebacks",
            Self::Preseason => "preseason-odds",
            Self::Spread => "spread",
            Self::GameTypes => "game-types",
        }
    }

    pub fn from_param(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.param() == value)
    }

    /// The chart's title.
    pub fn title(self) -> &'static str {
        match self {
            Self::StrengthOfSchedule => "Strength of Schedule Analysis",
            Self::Comebacks => "Team Comeback Performance",
            Self::Preseason => "Preseason Over/Under Performance",
            Self::Spread => "Spread Coverage Performance",
            Self::GameTypes => "Distribution of Games by Margin",
        }
    }

    /// The option's label in the chart select.
    pub fn label(self) -> &'static str {
        match self {
            Self::StrengthOfSchedule => "Strength of Schedule (as of Today)",
            Self::Comebacks => "Team Comebacks Analysis (Regular Season)",
            Self::Preseason => "Preseason Over / Under Trajectory",
            Self::Spread => "Covering the Spread Metrics",
            Self::GameTypes => "Game Types by Margin of Victory",
        }
    }
}

/// How an analysis chart colours its bars.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum BarColour {
    Single(String),
    /// The diverging scale centred on zero (−m…+m), with its colour bar's title.
    CentredOnZero(String),
    /// The diverging scale over the data's min…max, with its colour bar's title.
    MinToMax(String),
}

/// One bar: its y label, the team it opens (if any), its value and tooltip lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisBar {
    pub label: String,
    pub team: Option<String>,
    pub value: f64,
    /// The tooltip's bold first line (the team abbr; absent on the game-types chart).
    pub heading: Option<String>,
    pub lines: Vec<String>,
}

/// A horizontal bar chart, bars already in drawing order (bottom to top).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysisChart {
    pub kind: AnalysisKind,
    pub title: String,
    pub x_title: String,
    pub y_title: Option<String>,
    /// Tick labels as whole percentages (the value is a fraction).
    pub x_percent: bool,
    pub colour: BarColour,
    pub bars: Vec<AnalysisBar>,
}

/// The Schedule page's data as the snapshot keeps it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScheduleData {
    pub tonight: TonightSlate,
    pub full: Vec<FullRow>,
    /// Whether each chart has bars, in `AnalysisKind::ALL` order.
    pub charts_with_data: Vec<AnalysisKind>,
}

impl ScheduleData {
    pub fn summary(&self) -> ScheduleSummary {
        ScheduleSummary {
            tonight: self.tonight.clone(),
            full_count: self.full.len(),
            charts_with_data: self.charts_with_data.clone(),
        }
    }
}

/// What every view of the Schedule page renders. The remaining season's rows are most of the
/// page's data and only the full view shows them, so they are fetched separately; the analysis
/// chart itself is fetched by the browser.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ScheduleSummary {
    pub tonight: TonightSlate,
    /// How many rows the full schedule has, for its paging.
    pub full_count: usize,
    /// Whether each chart has bars, in `AnalysisKind::ALL` order.
    pub charts_with_data: Vec<AnalysisKind>,
}

//! What the Social page shows: the KPI cards, the four charts, the team's comments by prior
//! result, and the two detail tables.

use serde::{Deserialize, Serialize};

use super::Kpi;

/// A day's value on a date axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayValue {
    /// YYYY-MM-DD.
    pub date: String,
    pub value: f64,
}

/// A daily series and its 7-calendar-day moving average.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    pub daily: Vec<DayValue>,
    pub average: Vec<DayValue>,
}

/// One thread of the top-threads chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Thread {
    pub label: String,
    /// The normalised URL, shown in the tooltip.
    pub url: String,
    /// Where a click opens the thread: only http and https URLs.
    pub href: Option<String>,
    pub comments: i64,
    pub avg_score: Option<f64>,
    pub avg_compound: Option<f64>,
}

/// A labelled count (a keyword's mentions, a flair's comments).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Count {
    pub label: String,
    pub count: i64,
}

/// One day of a team's comments, coloured by its previous-day result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamDay {
    pub date: String,
    pub comments: i64,
    /// "W", "L", "NO GAME" or the raw value.
    pub outcome: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamTimeline {
    pub days: Vec<TeamDay>,
    /// The 7-day average of the team's daily totals.
    pub average: Vec<DayValue>,
}

/// The page's cards and league charts; the team chart is fetched per team.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SocialData {
    pub kpis: Vec<Kpi>,
    pub volume: Volume,
    pub threads: Vec<Thread>,
    pub keywords: Vec<Count>,
    pub flairs: Vec<Count>,
    /// The busiest team in the data, the default of `team`.
    pub default_team: String,
}

/// One row of "Recent comments".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommentRow {
    pub date: Option<String>,
    pub flair: Option<String>,
    pub score: Option<i64>,
    pub compound: Option<f64>,
    /// At most 160 characters: the whole comment, or 159 and "…".
    pub preview: String,
    /// The whole comment (up to 4,000 characters) for the hover text.
    pub full: String,
    /// The thread, only when it is an http or https URL.
    pub url: Option<String>,
}

/// One row of "Trending keywords".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeywordRow {
    pub word: String,
    pub frequency: Option<i64>,
    pub rank: Option<i64>,
    pub flairs: Option<i64>,
    pub top_flair: Option<String>,
    pub sentiment: Option<f64>,
}

/// The page of each detail table the URL asks for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SocialTables {
    pub comments: Vec<CommentRow>,
    pub comment_matches: usize,
    pub comment_pages: usize,
    pub keywords: Vec<KeywordRow>,
    pub keyword_matches: usize,
    pub keyword_pages: usize,
}

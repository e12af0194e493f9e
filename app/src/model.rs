//! Typed data the server sends to pages: display-ready where a value is only shown, raw
//! numbers where the client sorts or charts it.

use serde::{Deserialize, Serialize};

use crate::colour::TeamLook;
use crate::season::{SeasonChoice, SeasonType};
use crate::teams::Conference;

/// A point in time as shown to people, with its machine-readable form for `<time>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// ISO-8601 in UTC.
    pub iso: String,
    pub text: String,
}

/// A team mentioned in data: linked when it resolves to one of the 30 teams.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamRef {
    /// The canonical abbreviation, or `None` when gold held something unknown.
    pub abbr: Option<String>,
    /// What to show: the abbreviation or full name, or the raw value when unresolved.
    pub label: String,
}

impl TeamRef {
    pub fn href(&self) -> Option<String> {
        self.abbr.as_ref().map(|abbr| format!("/teams/{abbr}"))
    }
}

/// Data every page's frame needs: the phase pill and the footer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShellData {
    pub phase: String,
    pub refreshed: Option<Stamp>,
    /// "2 hours ago", computed at render time.
    pub refreshed_ago: Option<String>,
    pub version: String,
    /// Games in the play-by-play feed, for the navigation badge; `None` when there are none.
    pub games: Option<usize>,
    /// Rows of tonight's schedule, for the Schedule badge; `None` when there are none.
    pub tonight: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kpi {
    pub value: String,
    pub title: String,
    pub subline: Option<String>,
    pub href: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StandingRow {
    pub conference: Conference,
    pub rank: Option<String>,
    pub team: TeamRef,
    pub wins: Option<i64>,
    pub losses: Option<i64>,
    pub games_played: Option<i64>,
    pub win_pct: Option<f64>,
    pub active_injuries: Option<f64>,
    pub last_10: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoringRow {
    pub season: SeasonType,
    pub player: String,
    pub slug: String,
    pub team: TeamRef,
    pub ppg: f64,
    pub ts: Option<f64>,
    pub games: Option<i64>,
    pub player_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatingPoint {
    pub team: TeamRef,
    /// The full name for the tooltip.
    pub name: String,
    pub ortg: f64,
    pub drtg: f64,
    pub nrtg: Option<f64>,
    pub ortg_rank: Option<String>,
    pub drtg_rank: Option<String>,
    pub nrtg_rank: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValuePoint {
    pub player: String,
    pub slug: String,
    pub team: Option<String>,
    pub category: Option<String>,
    pub mvp_score: f64,
    pub salary: f64,
    pub games_played: Option<i64>,
    pub games_missed: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContractBar {
    pub team: TeamRef,
    pub win_pct: Option<f64>,
    pub pct_earned: f64,
    pub pct_lost: Option<f64>,
    pub earned: Option<f64>,
    pub lost: Option<f64>,
}

/// Everything the Overview page shows, for one request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverviewData {
    pub updated: Option<Stamp>,
    pub kpis: Vec<Kpi>,
    pub standings: Vec<StandingRow>,
    /// Rows with at least 20 PPG, both season types, in the table's default order.
    pub scoring: Vec<ScoringRow>,
    pub league_ts: Option<f64>,
    pub season: SeasonChoice,
    pub has_playoff_rows: bool,
    pub ratings: Vec<RatingPoint>,
    /// The value chart's team filter options, after "All Teams".
    pub value_teams: Vec<String>,
    /// Rows the value chart can draw; its points are fetched by the browser.
    pub value_rows: usize,
    pub contracts: Vec<ContractBar>,
    pub looks: Vec<TeamLook>,
}

impl OverviewData {
    pub fn look(&self, abbr: &str) -> Option<&TeamLook> {
        self.looks.iter().find(|look| look.abbr == abbr)
    }

    pub fn scoring_rows(&self, season: SeasonType) -> impl Iterator<Item = &ScoringRow> {
        self.scoring.iter().filter(move |row| row.season == season)
    }

    pub fn standings_of(&self, conference: Conference) -> impl Iterator<Item = &StandingRow> {
        self.standings
            .iter()
            .filter(move |row| row.conference == conference)
    }
}

pub mod about;
pub mod games;
pub mod players;
pub mod schedule;
pub mod social;
pub mod teams;

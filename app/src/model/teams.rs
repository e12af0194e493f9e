//! What the Teams index and the team pages show, derived once per snapshot. Text that is only
//! shown arrives formatted; values a table sorts or a chart draws arrive as numbers.

use serde::{Deserialize, Serialize};

use crate::colour::TeamLook;
use crate::teams::Conference;

use super::{Stamp, TeamRef};

/// One card of the Teams index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamCard {
    pub abbr: String,
    pub name: String,
    pub look: TeamLook,
    pub conference: Conference,
    /// "{wins}-{losses} · {rank} in {West|East}", or what of it exists.
    pub record: Option<String>,
    /// "Net rating +4.2".
    pub net_rating: Option<String>,
    pub last_10: Option<String>,
    /// Players on the injury report, when more than zero.
    pub injured: Option<i64>,
}

/// The Teams index: both conferences, each in standings order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TeamsIndex {
    pub west: Vec<TeamCard>,
    pub east: Vec<TeamCard>,
}

impl TeamsIndex {
    pub fn conference(&self, conference: Conference) -> &[TeamCard] {
        match conference {
            Conference::West => &self.west,
            Conference::East => &self.east,
        }
    }
}

/// A stat-list card: an upper-case title and label/value rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatCard {
    pub title: String,
    /// Empty when the card's source row is missing ("No data available").
    pub rows: Vec<StatRow>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatRow {
    pub label: String,
    pub value: String,
    pub accent: bool,
    /// A muted note after the value, such as a league rank.
    pub note: Option<String>,
}

/// The colour class of an injury status badge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatusClass {
    Out,
    Questionable,
    Probable,
    Other,
}

impl StatusClass {
    pub fn css(self) -> &'static str {
        match self {
            Self::Out => "status-badge status-out",
            Self::Questionable => "status-badge status-questionable",
            Self::Probable => "status-badge status-probable",
            Self::Other => "status-badge",
        }
    }
}

/// A normalised injury status ("DAY-TO-DAY") and its badge colour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InjuryStatus {
    pub text: String,
    pub class: StatusClass,
}

/// One entry of an injury report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InjuryRow {
    pub player: String,
    /// The player page, when the name resolves to a known player.
    pub href: Option<String>,
    pub status: Option<InjuryStatus>,
    /// "today", "est. 4–6 wks", … or "-".
    pub eta: String,
    /// "{injury} · {description}", or whichever exists.
    pub detail: Option<String>,
}

/// A piece of a transaction sentence; verbs are highlighted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPart {
    pub text: String,
    pub verb: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TransactionRow {
    /// "Jul 2", with the ISO date for `<time>`.
    pub date: Stamp,
    pub parts: Vec<TextPart>,
    pub tag: String,
}

/// One bar of the margin-of-victory chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MovBar {
    /// YYYY-MM-DD.
    pub date: String,
    pub mov: f64,
    pub won: bool,
    pub opponent: String,
    pub points: Option<f64>,
    pub opponent_points: Option<f64>,
    /// The game's page, when the game is on the recent-games slate.
    pub game_href: Option<String>,
}

/// One row of the team's player scoring table (Regular Season).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamPlayerRow {
    pub player: String,
    pub slug: String,
    pub games_played: Option<i64>,
    pub ppg: Option<f64>,
    pub ts: Option<f64>,
    pub plus_minus: Option<f64>,
    pub player_type: Option<String>,
    pub ppg_rank: Option<i64>,
    pub scoring_tier: Option<String>,
}

/// A future game of the team, for the "Upcoming games" card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UpcomingGame {
    /// YYYY-MM-DD, for the per-request "from today" filter.
    pub date: String,
    /// "Fri Mar 7 · 7:30 PM ET".
    pub when: String,
    pub home: bool,
    pub opponent: TeamRef,
}

/// The "Game types" card in either upstream shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum GameTypesCard {
    /// (label, wins, losses) per margin band.
    Records(Vec<(String, i64, i64)>),
    /// (label, games, share of all games) per margin band.
    Shares(Vec<(String, Option<i64>, Option<f64>)>),
}

/// Everything a team page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamPageData {
    pub abbr: String,
    pub name: String,
    pub look: TeamLook,
    /// "Western Conference · 3rd · 30-12 · Last 10: 7-3", missing parts left out.
    pub meta: String,
    pub arena: Option<String>,
    /// "Tonight: BOS @ LAL · 7:30 PM ET · -150 · Model win 61.0%".
    pub tonight: Option<String>,
    pub cards: Vec<StatCard>,
    pub injuries: Vec<InjuryRow>,
    pub transactions: Vec<TransactionRow>,
    pub mov: Vec<MovBar>,
    pub players: Vec<TeamPlayerRow>,
    /// The next games from today on; trimmed to five per request.
    pub upcoming: Vec<UpcomingGame>,
    pub game_types: Option<GameTypesCard>,
}

/// The team switcher's options: (abbr, full name), alphabetical by name.
pub fn switcher_options() -> Vec<(&'static str, &'static str)> {
    let mut teams: Vec<(&str, &str)> = crate::teams::TEAMS
        .iter()
        .map(|team| (team.abbr, team.name))
        .collect();
    teams.sort_by_key(|(_, name)| *name);
    teams
}

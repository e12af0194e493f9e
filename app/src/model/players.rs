//! What the Players index, the player pages and the navigation search show.

use serde::{Deserialize, Serialize};

use crate::colour::TeamLook;
use crate::season::SeasonType;

use super::games::PlayerLine;
use super::teams::{InjuryRow, InjuryStatus};
use super::TeamRef;

/// A player's season averages for one season type (`player_stats`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SeasonLine {
    pub games_played: Option<i64>,
    pub ppg: Option<f64>,
    pub ppg_rank: Option<i64>,
    pub scoring_category: Option<String>,
    pub ts: Option<f64>,
    pub plus_minus: Option<f64>,
    pub mvp_score: Option<f64>,
    pub mvp_rank: Option<i64>,
    pub games_missed: Option<i64>,
    pub penalized_missed: Option<f64>,
    pub mvp_candidate: Option<String>,
}

/// One player of the index; the universe spans every table that names players.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexRow {
    pub player: String,
    pub slug: String,
    pub team: TeamRef,
    pub regular: Option<SeasonLine>,
    pub playoffs: Option<SeasonLine>,
    pub salary: Option<f64>,
    pub category: Option<String>,
    pub status: Option<InjuryStatus>,
}

impl IndexRow {
    pub fn season(&self, season: SeasonType) -> Option<&SeasonLine> {
        match season {
            SeasonType::Regular => self.regular.as_ref(),
            SeasonType::Playoffs => self.playoffs.as_ref(),
        }
    }
}

/// One page of the index as the URL asks for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayersPage {
    /// The page's rows, already filtered, sorted and cut.
    pub rows: Vec<IndexRow>,
    /// Rows matching the filters, across all pages.
    pub matches: usize,
    pub pages: usize,
    /// Whether `player_stats` has Playoffs rows, so the season control offers them.
    pub has_playoffs: bool,
}

/// A search suggestion: a player or a team, with where it leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub label: String,
    /// "Player · BOS" or "Team".
    pub kind: String,
    pub href: String,
}

/// The player's team as the header shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerTeam {
    pub team: TeamRef,
    pub name: String,
    pub look: TeamLook,
}

/// "Last 14 days vs season": one metric's row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendRow {
    pub metric: String,
    pub season: String,
    pub recent: String,
    /// Formatted change, and its sign for the colour (−1, 0, 1; `None` when unknown).
    pub change: String,
    pub direction: Option<i8>,
    pub rank: String,
}

/// The player's line in the latest slate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LatestGame {
    /// "Tue Mar 4".
    pub date: String,
    pub line: PlayerLine,
    /// The slate game his team played, when there is one.
    pub game_href: Option<String>,
}

/// The contract card (`contract_value_analysis`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContractCard {
    pub salary: Option<f64>,
    pub salary_rank: Option<String>,
    pub category: Option<String>,
    /// "87th percentile".
    pub percentile: Option<String>,
    pub games_played: Option<i64>,
    pub games_missed: Option<i64>,
    /// The team whose players the value chart shows, when known.
    pub chart_team: Option<String>,
}

/// Everything a player page shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerPageData {
    pub name: String,
    pub slug: String,
    pub team: Option<PlayerTeam>,
    pub regular: Option<SeasonLine>,
    pub playoffs: Option<SeasonLine>,
    /// The league's Regular Season TS average, the accent threshold for this player's TS.
    pub league_ts: Option<f64>,
    /// Newest first.
    pub injuries: Vec<InjuryRow>,
    /// Consecutive games missed, when more than zero.
    pub missed_streak: Option<i64>,
    pub latest: Option<LatestGame>,
    pub trends: Vec<TrendRow>,
    pub contract: Option<ContractCard>,
}

impl PlayerPageData {
    pub fn season(&self, season: SeasonType) -> Option<&SeasonLine> {
        match season {
            SeasonType::Regular => self.regular.as_ref(),
            SeasonType::Playoffs => self.playoffs.as_ref(),
        }
    }

    /// The status of the newest injury entry.
    pub fn status(&self) -> Option<&InjuryStatus> {
        self.injuries.first()?.status.as_ref()
    }
}

/// A bare slug that two players share: the disambiguation page lists them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedSlug {
    pub slug: String,
    /// (name, team, page slug) of each player.
    pub players: Vec<(String, TeamRef, String)>,
}

/// What a player URL shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PlayerLookup {
    Player(Box<PlayerPageData>),
    Shared(SharedSlug),
}

//! What the Games page shows: the slate's cards with their per-game heading figures, the
//! top player lines, and (fetched per game by the browser) the play-by-play chart's points.

use serde::{Deserialize, Serialize};

use crate::colour::TeamLook;

use super::{Stamp, TeamRef};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    Home,
    Away,
}

/// One side of a game as the card and heading show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameTeam {
    /// Linked when the abbreviation is one of the 30 teams; the label is the abbreviation.
    pub team: TeamRef,
    /// The full name, or the abbreviation when gold has none.
    pub name: Option<String>,
    pub score: i64,
    pub look: TeamLook,
}

/// Share of the game's clock each side spent ahead, and tied (fractions, 3 decimals).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LeadShares {
    pub home: f64,
    pub away: f64,
    pub tie: f64,
}

/// Counted over scoring plays only; the synthetic end point is never counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowStats {
    pub max_lead: i64,
    pub lead_changes: usize,
    pub ties: usize,
    pub plays: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GameSummary {
    /// `{date}-{away}-{home}`, lower case.
    pub slug: String,
    pub home: GameTeam,
    pub away: GameTeam,
    pub winner: Side,
    pub margin: i64,
    /// "{round} · {status}", only while the `playoffs` flag is on.
    pub series: Option<String>,
    /// `game_description` as "{home} @ {away}", the heading's last fallback.
    pub description: Option<String>,
    pub lead: Option<LeadShares>,
    pub flow: FlowStats,
}

impl GameSummary {
    pub fn team(&self, side: Side) -> &GameTeam {
        match side {
            Side::Home => &self.home,
            Side::Away => &self.away,
        }
    }

    pub fn winner_team(&self) -> &GameTeam {
        self.team(self.winner)
    }

    /// Whether a player line's team played in this game.
    pub fn involves(&self, abbr: &str) -> bool {
        [&self.home, &self.away]
            .iter()
            .any(|side| side.team.abbr.as_deref().unwrap_or(&side.team.label) == abbr)
    }
}

/// One row of "Top player lines".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlayerLine {
    pub team: TeamRef,
    pub player: String,
    pub slug: String,
    pub pts: Option<f64>,
    pub ts: Option<f64>,
    /// As stored, e.g. "+16"; sorted by its integer value.
    pub plus_minus: Option<String>,
    pub outcome: Option<String>,
    /// 1 season high, 2 ten or more above average, 3 ten or more below.
    pub pts_code: Option<i64>,
    /// 1 when this is the player's season-high true shooting.
    pub ts_code: Option<i64>,
}

/// Everything the Games page renders on the server.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GamesData {
    /// The slate date ("Tuesday, Jan 14, 2030"), `None` when the feed is empty.
    pub slate: Option<Stamp>,
    /// Scoring plays across the slate.
    pub plays: usize,
    /// In game order; the first is the default selection.
    pub games: Vec<GameSummary>,
    pub lines: Vec<PlayerLine>,
}

impl GamesData {
    pub fn game(&self, slug: &str) -> Option<&GameSummary> {
        self.games.iter().find(|game| game.slug == slug)
    }
}

/// One marker of the play-by-play chart, with its tooltip's facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlotPoint {
    /// Minutes left in regulation (negative in overtime).
    pub t: f64,
    /// Home minus away.
    pub margin: f64,
    /// The marker colour (hex).
    pub fill: String,
    pub clock: String,
    pub quarter: String,
    pub scorer: String,
    /// The scorer's readable team colour, for the tooltip text.
    pub scorer_colour: String,
    /// "away-home".
    pub score: String,
    pub leading: String,
    pub play: String,
}

/// The winner's biggest scoring run: a band on the chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScoringRun {
    pub winner: String,
    pub winner_points: i64,
    pub loser_points: i64,
    pub start: f64,
    pub end: f64,
    pub start_at: String,
    pub end_at: String,
    /// Whether it met the strict thresholds (net ≥ 8, loser ≤ 40 % of the winner's points).
    pub qualified: bool,
    /// The band's colour: the winner's readable primary.
    pub colour: String,
}

impl ScoringRun {
    pub fn label(&self) -> String {
        format!(
            "Biggest run: {} {}-{}",
            self.winner, self.winner_points, self.loser_points
        )
    }
}

/// The chart's data for one game.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GamePlot {
    pub slug: String,
    /// The game's end on the clock axis: 0, or −5 per overtime.
    pub end: f64,
    pub overtimes: u32,
    /// Scoring plays in event order, then the synthetic end point.
    pub points: Vec<PlotPoint>,
    pub run: Option<ScoringRun>,
}

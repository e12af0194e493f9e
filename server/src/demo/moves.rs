//! League transactions from draft night to today, told so that they never contradict the
//! simulated rosters: a roster player is only ever signed, extended, converted or given an
//! option by his own team, while waivers, releases, declined options and trades move only
//! people on no roster, draft picks and cash.

mod wording;

use std::collections::BTreeSet;

use chrono::{Days, NaiveDate};

use super::names::NameGenerator;
use super::rng::Rng;
use super::roster::Role;
use super::season::{season_year, Season};
use wording::sentences;

/// One transaction sentence and its date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub date: NaiveDate,
    pub text: String,
}

/// Draft night, when the off-season's moves begin, is about four months before opening night.
pub const OFFSEASON_DAYS: u64 = 120;

/// Teams whose newest transaction is months old: the team page's window is anchored on a
/// team's newest row, not on today, and these teams are where that matters.
const QUIET_TEAMS: usize = 4;

/// A quiet team's newest move is at least this many days before today.
pub const QUIET_DAYS: u64 = 75;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    TwoWay,
    TwoWaySpaced,
    TwoWayConversion,
    StandardConversion,
    Waiver,
    Release,
    Extension,
    OptionExercised,
    OptionDeclined,
    AssistantHired,
    /// A head coach fired, and his successor hired a few days later.
    CoachChange,
    Trade,
    ThreeTeamTrade,
    Traded,
    Acquired,
}

impl Kind {
    /// How many teams the sentence names.
    fn teams(self) -> usize {
        match self {
            Self::Trade | Self::Traded | Self::Acquired => 2,
            Self::ThreeTeamTrade => 3,
            _ => 1,
        }
    }
}

/// Each kind once, so that every tag and highlighted verb of the team page occurs.
const EVERY_KIND: [Kind; 15] = [
    Kind::TwoWay,
    Kind::TwoWaySpaced,
    Kind::TwoWayConversion,
    Kind::StandardConversion,
    Kind::Waiver,
    Kind::Release,
    Kind::Extension,
    Kind::OptionExercised,
    Kind::OptionDeclined,
    Kind::AssistantHired,
    Kind::CoachChange,
    Kind::Trade,
    Kind::ThreeTeamTrade,
    Kind::Traded,
    Kind::Acquired,
];

/// What a team does on its own in an ordinary year; repeats weight the draw.
const ROUTINE: [Kind; 11] = [
    Kind::TwoWay,
    Kind::TwoWay,
    Kind::Waiver,
    Kind::Waiver,
    Kind::Release,
    Kind::Extension,
    Kind::OptionExercised,
    Kind::OptionDeclined,
    Kind::AssistantHired,
    Kind::TwoWayConversion,
    Kind::StandardConversion,
];

/// When a move may happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Period {
    Offseason,
    Anytime,
}

/// Every transaction up to today, in the contract's load order: newest first, then by text.
pub fn transactions(season: &Season) -> Vec<Move> {
    let mut writer = Writer::new(season);
    let teams = season.teams.len();

    for kind in EVERY_KIND {
        let team = writer.rng.below(teams);
        writer.write(kind, team, Period::Anytime);
    }
    for team in 0..teams {
        for _ in 0..writer.rng.between(3, 5) {
            let kind = *writer.rng.pick(&ROUTINE);
            writer.write(kind, team, Period::Offseason);
        }
        for _ in 0..writer.rng.between(1, 4) {
            let kind = *writer.rng.pick(&ROUTINE);
            writer.write(kind, team, Period::Anytime);
        }
    }
    for kind in [
        Kind::Trade,
        Kind::Trade,
        Kind::Trade,
        Kind::Traded,
        Kind::Acquired,
    ] {
        let team = writer.rng.below(teams);
        writer.write(kind, team, Period::Anytime);
    }
    writer.sign_the_two_way_player();
    writer.sign_the_ten_day_player();

    let mut moves = writer.moves;
    moves.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.text.cmp(&b.text)));
    moves.dedup();
    moves
}

/// The teams whose newest move is months old.
pub fn quiet_teams(season: &Season) -> Vec<bool> {
    let mut rng = Rng::new(season.seed).fork("quiet-teams");
    let mut order: Vec<usize> = (0..season.teams.len()).collect();
    rng.shuffle(&mut order);
    let mut quiet = vec![false; season.teams.len()];
    for &team in order.iter().take(QUIET_TEAMS) {
        quiet[team] = true;
    }
    quiet
}

/// Draws the moves, their dates and the people in them.
struct Writer<'s> {
    season: &'s Season,
    rng: Rng,
    /// People on no roster: prospects, free agents, coaches.
    outsiders: NameGenerator,
    /// Roster players already named in a move; each is named at most once.
    named: BTreeSet<usize>,
    quiet: Vec<bool>,
    moves: Vec<Move>,
    clippers_mentions: usize,
}

impl<'s> Writer<'s> {
    fn new(season: &'s Season) -> Self {
        let root = Rng::new(season.seed);
        let mut outsiders = NameGenerator::new(root.fork("transaction-names"));
        for player in &season.players {
            outsiders.reserve(&player.name);
        }
        Self {
            season,
            rng: root.fork("transactions"),
            outsiders,
            named: BTreeSet::new(),
            quiet: quiet_teams(season),
            moves: Vec::new(),
            clippers_mentions: 0,
        }
    }

    /// Writes one move of `kind` led by `team`, with partners drawn for trades. A move that
    /// needs a roster player the team no longer has to offer is skipped.
    fn write(&mut self, kind: Kind, team: usize, period: Period) {
        let mut teams = vec![team];
        while teams.len() < kind.teams() {
            let partner = self.rng.below(self.season.teams.len());
            if !teams.contains(&partner) {
                teams.push(partner);
            }
        }
        let date = self.date(&teams, period);
        let names: Vec<String> = teams.iter().map(|&t| self.team_name(t)).collect();
        let Some(texts) = sentences(self, kind, team, &names) else {
            return;
        };
        let latest = self.latest(&teams, period);
        for (offset, text) in texts.into_iter().enumerate() {
            // A successor is hired a few days after the firing, never past the team's window.
            let later = date + Days::new(offset as u64 * self.rng.between(2, 9) as u64);
            self.moves.push(Move {
                date: later.min(latest),
                text,
            });
        }
    }

    fn sign_the_two_way_player(&mut self) {
        let season = self.season;
        let Some(player) = season.quirks.two_way.map(|p| &season.players[p]) else {
            return;
        };
        let Some(team) = player.team else {
            return;
        };
        let date = self.date(&[team], Period::Offseason);
        let text = format!(
            "The {} signed {} to a two-way contract.",
            self.team_name(team),
            player.name
        );
        self.moves.push(Move { date, text });
    }

    /// The call-up signed on the morning of the one game he played; a quiet team's news
    /// stays old, so it signs him without a line on the wire.
    fn sign_the_ten_day_player(&mut self) {
        let season = self.season;
        let Some(index) = season.quirks.shotless else {
            return;
        };
        let player = &season.players[index];
        let debut = season.played().find(|(_, outcome)| {
            let mut lines = outcome.home_lines.iter().chain(&outcome.away_lines);
            lines.any(|line| line.player == index)
        });
        let (Some(team), Some((game, _))) = (player.team, debut) else {
            return;
        };
        let date = game.date;
        if self.quiet[team] {
            return;
        }
        let text = format!(
            "The {} signed {} to a 10-day contract.",
            self.team_name(team),
            player.name
        );
        self.moves.push(Move { date, text });
    }

    /// The latest day a move of these teams may carry.
    fn latest(&self, teams: &[usize], period: Period) -> NaiveDate {
        let season = self.season;
        let mut latest = season.today;
        if teams.iter().any(|&team| self.quiet[team]) {
            latest = latest - Days::new(QUIET_DAYS);
        }
        if period == Period::Offseason {
            latest = latest.min(season.start - Days::new(1));
        }
        latest
    }

    fn date(&mut self, teams: &[usize], period: Period) -> NaiveDate {
        let draft = self.season.start - Days::new(OFFSEASON_DAYS);
        let span = (self.latest(teams, period) - draft).num_days().max(0) as usize;
        draft + Days::new(self.rng.below(span + 1) as u64)
    }

    /// The team's full name; every third mention of the Clippers uses the "LA Clippers" alias.
    fn team_name(&mut self, team: usize) -> String {
        let franchise = &self.season.teams[team];
        if franchise.abbr == "LAC" {
            self.clippers_mentions += 1;
            if self.clippers_mentions % 3 == 1 {
                return "LA Clippers".to_string();
            }
        }
        franchise.name.to_string()
    }

    /// A roster player of `team` not yet named, of the given role, preferring those `prefer`
    /// picks out.
    fn roster_player(
        &mut self,
        team: usize,
        role: Role,
        prefer: impl Fn(u32) -> bool,
    ) -> Option<String> {
        let season = self.season;
        let free: Vec<usize> = (0..season.players.len())
            .filter(|p| !self.named.contains(p))
            .filter(|&p| season.players[p].team == Some(team) && season.players[p].role == role)
            .collect();
        let preferred: Vec<usize> = free
            .iter()
            .copied()
            .filter(|&p| prefer(season.players[p].age))
            .collect();
        let pool = if preferred.is_empty() {
            free
        } else {
            preferred
        };
        if pool.is_empty() {
            return None;
        }
        let player = pool[self.rng.below(pool.len())];
        self.named.insert(player);
        Some(season.players[player].name.clone())
    }

    /// Someone on no roster. "X" and "X Jr." would read as one man, so neither may be taken.
    fn outsider(&mut self) -> String {
        loop {
            let name = self.outsiders.next_name();
            let clashes = self
                .season
                .players
                .iter()
                .any(|p| p.name.starts_with(&name) || name.starts_with(&p.name));
            if !clashes {
                return name;
            }
        }
    }

    /// A future draft year, for picks.
    fn draft_year(&mut self) -> i32 {
        season_year(self.season.start) + 1 + self.rng.between(0, 3) as i32
    }
}

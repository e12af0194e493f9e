//! The player universe: every player any gold table names, grouped by slug, with the index
//! rows, each player's page and the pages of shared slugs. Built once per snapshot.

pub mod markup;
mod page;
mod search;

use std::collections::HashMap;
use std::sync::Arc;

use crate::colour::TeamLook;
use crate::gold::slug::{fold_name, SlugIndex};
use crate::gold::tables::{
    ContractValue, Injury, PlayerStat, RecentGamePlayer, RollingAvg, Tables,
};
use crate::model::games::GamesData;
use crate::model::players::{IndexRow, PlayerLookup, PlayerPageData, SeasonLine, SharedSlug};
use crate::model::TeamRef;
use crate::season::SeasonType;

use super::team_ref;

/// Every (name, raw team) the gold tables mention, in universe order: player_stats,
/// contracts, rolling averages, recent lines, injuries, the injury tracker. That order
/// decides which team a player is shown with.
fn sightings(tables: &Tables) -> Vec<(String, Option<String>)> {
    let mut seen = Vec::new();
    let mut add = |name: Option<&str>, team: Option<&str>| {
        if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
            let team = team.map(str::trim).filter(|t| !t.is_empty());
            seen.push((name.to_owned(), team.map(str::to_owned)));
        }
    };
    for row in &tables.player_stats {
        add(row.player.as_deref(), row.team.as_deref());
    }
    for row in &tables.contract_value {
        add(row.player.as_deref(), row.team.as_deref());
    }
    for row in &tables.rolling {
        add(row.player.as_deref(), row.team.as_deref());
    }
    for row in &tables.recent_players {
        add(row.player.as_deref(), row.team.as_deref());
    }
    for row in &tables.injuries {
        let team = row.team_acronym.as_deref().or(row.team.as_deref());
        add(row.player.as_deref(), team);
    }
    for row in &tables.injury_tracker {
        if let Some((name, team)) = row.player.as_deref().and_then(markup::tracker_player) {
            add(Some(&name), team.as_deref());
        }
    }
    seen
}

/// One player as gathered: the first spelling seen and the team by universe order.
#[derive(Debug, Clone)]
pub struct Gathered {
    pub name: String,
    pub slug: String,
    pub team: Option<String>,
}

fn gather(tables: &Tables, slugs: &SlugIndex) -> Vec<Gathered> {
    let mut order: Vec<Gathered> = Vec::new();
    let mut by_slug: HashMap<String, usize> = HashMap::new();
    for (name, team) in sightings(tables) {
        let slug = slugs.slug_for(&name, team.as_deref().unwrap_or(""));
        if slug.is_empty() {
            continue;
        }
        let index = *by_slug.entry(slug.clone()).or_insert_with(|| {
            order.push(Gathered {
                name: name.clone(),
                slug,
                team: None,
            });
            order.len() - 1
        });
        let entry = &mut order[index];
        if entry.team.is_none() {
            entry.team = team;
        }
    }
    order
}

fn season_line(row: &PlayerStat) -> SeasonLine {
    SeasonLine {
        games_played: row.games_played,
        ppg: row.avg_ppg,
        ppg_rank: row.ppg_rank,
        scoring_category: row.scoring_category.clone(),
        ts: row.avg_ts_percent,
        plus_minus: row.avg_plus_minus,
        mvp_score: row.avg_mvp_score,
        mvp_rank: row.mvp_rank,
        games_missed: row.games_missed,
        penalized_missed: row.penalized_games_missed,
        mvp_candidate: row.is_mvp_candidate.clone(),
    }
}

/// Row references grouped by player slug.
type BySlug<'a, T> = HashMap<String, Vec<&'a T>>;

fn group<'a, T>(
    rows: &'a [T],
    slugs: &SlugIndex,
    name_team: impl Fn(&T) -> (Option<&str>, Option<&str>),
) -> BySlug<'a, T> {
    let mut groups: BySlug<'a, T> = HashMap::new();
    for row in rows {
        let (name, team) = name_team(row);
        if let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) {
            let slug = slugs.slug_for(name, team.unwrap_or(""));
            groups.entry(slug).or_default().push(row);
        }
    }
    groups
}

/// Every player-level table's rows, joined to players: by exact name first, then by slug.
pub struct Joined<'a> {
    pub stats: BySlug<'a, PlayerStat>,
    pub contracts: BySlug<'a, ContractValue>,
    pub rolling: BySlug<'a, RollingAvg>,
    pub recent: BySlug<'a, RecentGamePlayer>,
    pub injuries: BySlug<'a, Injury>,
    /// Consecutive games missed, by slug.
    pub streaks: HashMap<String, i64>,
}

impl<'a> Joined<'a> {
    fn new(tables: &'a Tables, slugs: &SlugIndex) -> Self {
        let mut streaks = HashMap::new();
        for row in &tables.injury_tracker {
            let Some((name, team)) = row.player.as_deref().and_then(markup::tracker_player) else {
                continue;
            };
            let slug = slugs.slug_for(&name, team.as_deref().unwrap_or(""));
            if let Some(games) = row.continuous_games_missed {
                streaks.entry(slug).or_insert(games);
            }
        }
        Self {
            stats: group(&tables.player_stats, slugs, |r| {
                (r.player.as_deref(), r.team.as_deref())
            }),
            contracts: group(&tables.contract_value, slugs, |r| {
                (r.player.as_deref(), r.team.as_deref())
            }),
            rolling: group(&tables.rolling, slugs, |r| {
                (r.player.as_deref(), r.team.as_deref())
            }),
            recent: group(&tables.recent_players, slugs, |r| {
                (r.player.as_deref(), r.team.as_deref())
            }),
            injuries: group(&tables.injuries, slugs, |r| {
                (
                    r.player.as_deref(),
                    r.team_acronym.as_deref().or(r.team.as_deref()),
                )
            }),
            streaks,
        }
    }
}

fn first<'a, T>(groups: &BySlug<'a, T>, slug: &str) -> Option<&'a T> {
    groups.get(slug).and_then(|rows| rows.first().copied())
}

/// The player universe and everything built from it.
#[derive(Debug, Default)]
pub struct PlayerDirectory {
    /// Index rows by name (the base order of every sort).
    rows: Vec<IndexRow>,
    /// Each row's name folded for search.
    folded: Vec<String>,
    pages: HashMap<String, Arc<PlayerPageData>>,
    shared: HashMap<String, SharedSlug>,
    has_playoffs: bool,
}

impl PlayerDirectory {
    pub fn build(
        tables: &Tables,
        slugs: &SlugIndex,
        looks: &[TeamLook],
        games: &GamesData,
        league_ts: Option<f64>,
    ) -> Self {
        let gathered = gather(tables, slugs);
        let joined = Joined::new(tables, slugs);
        let context = page::PageContext {
            joined: &joined,
            looks,
            games,
            league_ts,
        };
        let mut rows = Vec::with_capacity(gathered.len());
        let mut pages = HashMap::with_capacity(gathered.len());
        for player in &gathered {
            let page = page::player_page(&context, player);
            rows.push(index_row(&page, player, &joined));
            pages.insert(player.slug.clone(), Arc::new(page));
        }
        rows.sort_by(|a: &IndexRow, b: &IndexRow| {
            a.player
                .to_lowercase()
                .cmp(&b.player.to_lowercase())
                .then_with(|| a.slug.cmp(&b.slug))
        });
        let folded = rows.iter().map(|row| fold_name(&row.player)).collect();

        let shared = slugs
            .shared()
            .iter()
            .map(|(base, owners)| {
                let players = owners
                    .iter()
                    .map(|(team, slug)| {
                        let name = pages
                            .get(slug)
                            .map_or_else(|| slug.clone(), |p| p.name.clone());
                        (name, team_ref(&[Some(team.as_str())], true), slug.clone())
                    })
                    .collect();
                (
                    base.clone(),
                    SharedSlug {
                        slug: base.clone(),
                        players,
                    },
                )
            })
            .collect();

        Self {
            rows,
            folded,
            pages,
            shared,
            has_playoffs: tables.player_stats.iter().any(|row| {
                row.season_type.as_deref().and_then(SeasonType::from_gold)
                    == Some(SeasonType::Playoffs)
            }),
        }
    }

    /// What `/players/{slug}` shows, if anything.
    pub fn lookup(&self, slug: &str) -> Option<PlayerLookup> {
        if let Some(page) = self.pages.get(slug) {
            return Some(PlayerLookup::Player(Box::new(PlayerPageData::clone(page))));
        }
        self.shared.get(slug).cloned().map(PlayerLookup::Shared)
    }

    pub fn player(&self, slug: &str) -> Option<&Arc<PlayerPageData>> {
        self.pages.get(slug)
    }

    pub fn is_shared(&self, slug: &str) -> bool {
        self.shared.contains_key(slug)
    }

    pub fn has_playoffs(&self) -> bool {
        self.has_playoffs
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

fn index_row(page: &PlayerPageData, player: &Gathered, joined: &Joined) -> IndexRow {
    let contract = first(&joined.contracts, &player.slug);
    let team: TeamRef = page
        .team
        .as_ref()
        .map(|t| t.team.clone())
        .unwrap_or_else(|| team_ref(&[player.team.as_deref()], false));
    IndexRow {
        player: page.name.clone(),
        slug: page.slug.clone(),
        team,
        regular: page.regular.clone(),
        playoffs: page.playoffs.clone(),
        salary: contract.and_then(|c| c.salary),
        category: contract.and_then(|c| c.color_var.clone()),
        status: page.injuries.first().and_then(|row| row.status.clone()),
    }
}

#[cfg(test)]
mod tests;

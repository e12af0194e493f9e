//! The Teams index and every team page, derived once per snapshot for all 30 teams.

mod cards;
mod game_types;
pub mod schedule;

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::colour::TeamLook;
use crate::format::{parse_ordinal, signed};
use crate::gold::slug::SlugIndex;
use crate::gold::tables::{Standing, Tables};
use crate::model::games::GamesData;
use crate::model::teams::{MovBar, TeamCard, TeamPageData, TeamPlayerRow, TeamsIndex};
use crate::season::SeasonType;
use crate::teams::{self, Conference, Team, TEAMS};

use super::injuries::{injury_row, sort_newest_first};
use super::transactions::team_transactions;

/// Whether any of a row's identifiers names `team`.
fn names(team: &Team, ids: &[Option<&str>]) -> bool {
    ids.iter()
        .flatten()
        .any(|id| teams::resolve(id).is_some_and(|t| t.abbr == team.abbr))
}

fn look(looks: &[TeamLook], team: &Team) -> TeamLook {
    looks
        .iter()
        .find(|look| look.abbr == team.abbr)
        .cloned()
        .unwrap_or_else(|| TeamLook::new(team.abbr, team.name, None, None))
}

fn standing<'a>(tables: &'a Tables, team: &Team) -> Option<&'a Standing> {
    tables
        .standings
        .iter()
        .find(|row| names(team, &[row.team.as_deref(), row.team_full.as_deref()]))
}

fn short_conference(conference: Conference) -> &'static str {
    match conference {
        Conference::East => "East",
        Conference::West => "West",
    }
}

fn text(value: Option<&String>) -> Option<&str> {
    value.map(|v| v.trim()).filter(|v| !v.is_empty())
}

fn team_card(tables: &Tables, looks: &[TeamLook], team: &Team) -> TeamCard {
    let row = standing(tables, team);
    let conference = row
        .and_then(|r| r.conference.as_deref())
        .and_then(Conference::parse)
        .unwrap_or(team.conference);
    let record = row.and_then(|r| {
        let wins_losses = match (r.wins, r.losses) {
            (Some(w), Some(l)) => Some(format!("{w}-{l}")),
            _ => None,
        };
        let rank =
            text(r.rank.as_ref()).map(|rank| format!("{rank} in {}", short_conference(conference)));
        let parts: Vec<String> = [wins_losses, rank].into_iter().flatten().collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    });
    let nrtg = tables
        .team_ratings
        .iter()
        .find(|r| names(team, &[r.team_acronym.as_deref(), r.team.as_deref()]))
        .and_then(|r| r.nrtg);
    TeamCard {
        abbr: team.abbr.to_owned(),
        name: team.name.to_owned(),
        look: look(looks, team),
        conference,
        record,
        net_rating: nrtg.map(|n| format!("Net rating {}", signed(n, 1))),
        last_10: row
            .and_then(|r| text(r.last_10.as_ref()))
            .map(str::to_owned),
        injured: row
            .and_then(|r| r.active_injuries)
            .map(|n| n.round() as i64)
            .filter(|n| *n > 0),
    }
}

/// All 30 teams by conference, in standings order; teams without a standings row follow,
/// alphabetically.
pub fn teams_index(tables: &Tables, looks: &[TeamLook]) -> TeamsIndex {
    let mut cards: Vec<(Option<i64>, TeamCard)> = TEAMS
        .iter()
        .map(|team| {
            let rank = standing(tables, team)
                .and_then(|r| r.rank.as_deref())
                .and_then(parse_ordinal);
            (rank, team_card(tables, looks, team))
        })
        .collect();
    cards.sort_by(|(ra, a), (rb, b)| {
        (ra.is_none(), ra, a.name.as_str()).cmp(&(rb.is_none(), rb, b.name.as_str()))
    });
    let mut index = TeamsIndex::default();
    for (_, card) in cards {
        match card.conference {
            Conference::West => index.west.push(card),
            Conference::East => index.east.push(card),
        }
    }
    index
}

/// "Western Conference · 3rd · 30-12 · Last 10: 7-3", leaving out whatever is missing.
fn meta_line(row: Option<&Standing>, team: &Team) -> String {
    let conference = row
        .and_then(|r| r.conference.as_deref())
        .and_then(Conference::parse)
        .unwrap_or(team.conference);
    let mut parts = vec![conference.label().to_owned()];
    if let Some(row) = row {
        parts.extend(text(row.rank.as_ref()).map(str::to_owned));
        if let (Some(w), Some(l)) = (row.wins, row.losses) {
            parts.push(format!("{w}-{l}"));
        }
        parts.extend(text(row.last_10.as_ref()).map(|l| format!("Last 10: {l}")));
    }
    parts.join(" · ")
}

/// The team's results in date order, each linked to its game when that game is on the
/// recent-games slate.
fn mov_bars(tables: &Tables, team: &Team, games: &GamesData) -> Vec<MovBar> {
    let slate = games.slate.as_ref().map(|s| s.iso.as_str());
    let mut rows: Vec<_> = tables
        .mov
        .iter()
        .filter(|row| names(team, &[row.team.as_deref()]))
        .filter_map(|row| Some((row.game_date?, row.game_id, row)))
        .collect();
    rows.sort_by_key(|(date, id, _)| (*date, *id));
    rows.into_iter()
        .filter_map(|(date, _, row)| {
            let date = date.format("%Y-%m-%d").to_string();
            let opponent = super::team_ref(&[row.opponent.as_deref()], false);
            let game_href = opponent
                .abbr
                .as_deref()
                .filter(|_| slate == Some(date.as_str()))
                .and_then(|opp| {
                    games
                        .games
                        .iter()
                        .find(|g| g.involves(team.abbr) && g.involves(opp))
                })
                .map(|g| format!("/games/{}", g.slug));
            Some(MovBar {
                mov: row.mov?,
                won: row.outcome.as_deref().map(str::trim) == Some("W"),
                opponent: opponent.label,
                points: row.pts_scored,
                opponent_points: row.pts_scored_opp,
                date,
                game_href,
            })
        })
        .collect()
}

/// The team's Regular Season rows, PPG descending (NULLs last), then player.
fn player_rows(tables: &Tables, team: &Team, slugs: &SlugIndex) -> Vec<TeamPlayerRow> {
    let mut rows: Vec<TeamPlayerRow> = tables
        .player_stats
        .iter()
        .filter(|row| {
            row.season_type.as_deref().and_then(SeasonType::from_gold) == Some(SeasonType::Regular)
                && names(team, &[row.team.as_deref(), row.full_team.as_deref()])
        })
        .filter_map(|row| {
            let player = text(row.player.as_ref())?.to_owned();
            Some(TeamPlayerRow {
                slug: slugs.slug_for(&player, team.abbr),
                player,
                games_played: row.games_played,
                ppg: row.avg_ppg,
                ts: row.avg_ts_percent,
                plus_minus: row.avg_plus_minus,
                player_type: row.is_mvp_candidate.clone(),
                ppg_rank: row.ppg_rank,
                scoring_tier: row.scoring_category.clone(),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        let key = |r: &TeamPlayerRow| (r.ppg.is_none(), r.ppg.map(|p| -p));
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.player.to_lowercase().cmp(&b.player.to_lowercase()))
    });
    rows
}

fn team_page(
    tables: &Tables,
    looks: &[TeamLook],
    slugs: &SlugIndex,
    games: &GamesData,
    team: &Team,
) -> TeamPageData {
    let adv = tables
        .team_adv_stats
        .iter()
        .find(|r| names(team, &[r.team_acronym.as_deref(), r.team.as_deref()]));
    let opp = tables
        .opp_stats
        .iter()
        .find(|r| names(team, &[r.team.as_deref()]));

    let mut injuries: Vec<_> = tables
        .injuries
        .iter()
        .filter(|row| names(team, &[row.team_acronym.as_deref(), row.team.as_deref()]))
        .collect();
    sort_newest_first(&mut injuries);
    let injuries = injuries
        .into_iter()
        .map(|row| {
            let href = text(row.player.as_ref())
                .map(|name| format!("/players/{}", slugs.slug_for(name, team.abbr)));
            injury_row(row, href)
        })
        .collect();

    TeamPageData {
        abbr: team.abbr.to_owned(),
        name: team.name.to_owned(),
        look: look(looks, team),
        meta: meta_line(standing(tables, team), team),
        arena: adv.and_then(|a| text(a.arena.as_ref())).map(str::to_owned),
        tonight: schedule::tonight_line(&tables.tonight, team),
        cards: cards::stat_cards(adv, opp),
        injuries,
        transactions: team_transactions(&tables.transactions, team),
        mov: mov_bars(tables, team, games),
        players: player_rows(tables, team, slugs),
        upcoming: schedule::upcoming_games(&tables.schedule_remaining, &tables.schedule, team),
        game_types: game_types::game_types_card(&tables.team_game_types, team),
    }
}

/// Every team's page, by abbreviation.
pub fn team_pages(
    tables: &Tables,
    looks: &[TeamLook],
    slugs: &SlugIndex,
    games: &GamesData,
) -> BTreeMap<&'static str, Arc<TeamPageData>> {
    TEAMS
        .iter()
        .map(|team| {
            (
                team.abbr,
                Arc::new(team_page(tables, looks, slugs, games, team)),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests;

//! The date-independent part of the Overview page, built once per snapshot.

use std::collections::BTreeSet;

use crate::colour::TeamLook;
use crate::gold::slug::SlugIndex;
use crate::gold::tables::Tables;
use crate::model::{ContractBar, OverviewData, RatingPoint, ScoringRow, StandingRow, ValuePoint};
use crate::season::{SeasonChoice, SeasonType};
use crate::teams::Conference;

use super::kpis::{last_updated, overview_kpis};
use super::team_ref;

/// Players at or above this many points per game appear in the scoring table.
pub const SCORING_THRESHOLD_PPG: f64 = 20.0;

/// Builds the page data; `season` is filled in per request (it depends on the date).
pub fn overview(tables: &Tables, looks: Vec<TeamLook>, slugs: &SlugIndex) -> OverviewData {
    OverviewData {
        updated: last_updated(&tables.bans),
        kpis: overview_kpis(&tables.bans, &tables.injuries),
        standings: standings(tables),
        scoring: scoring(tables, slugs),
        league_ts: league_ts_average(tables),
        season: SeasonChoice::for_date(1, 1),
        has_playoff_rows: tables.player_stats.iter().any(|row| {
            row.season_type.as_deref().and_then(SeasonType::from_gold) == Some(SeasonType::Playoffs)
        }),
        ratings: ratings(tables),
        value_teams: value_teams(tables),
        value_rows: value_points(tables, slugs, None).len(),
        contracts: contracts(tables),
        looks,
    }
}

fn standings(tables: &Tables) -> Vec<StandingRow> {
    let mut rows: Vec<StandingRow> = tables
        .standings
        .iter()
        .filter_map(|row| {
            let conference = Conference::parse(row.conference.as_deref()?)?;
            let mut team = team_ref(&[row.team.as_deref(), row.team_full.as_deref()], true);
            if let Some(full) = row.team_full.as_deref().filter(|f| !f.trim().is_empty()) {
                team.label = full.to_owned();
            }
            Some(StandingRow {
                conference,
                rank: row.rank.clone(),
                team,
                wins: row.wins,
                losses: row.losses,
                games_played: row.games_played,
                win_pct: row.win_pct,
                active_injuries: row.active_injuries,
                last_10: row.last_10.clone(),
            })
        })
        .collect();
    // The table's default order: rank ascending (by number), then team name.
    rows.sort_by(|a, b| {
        let rank = |r: &StandingRow| r.rank.as_deref().and_then(crate::format::parse_ordinal);
        let key = |r: &StandingRow| (rank(r).is_none(), rank(r), r.team.label.to_lowercase());
        key(a).cmp(&key(b))
    });
    rows
}

fn scoring(tables: &Tables, slugs: &SlugIndex) -> Vec<ScoringRow> {
    let mut rows: Vec<ScoringRow> = tables
        .player_stats
        .iter()
        .filter_map(|row| {
            let season = SeasonType::from_gold(row.season_type.as_deref()?)?;
            let ppg = row.avg_ppg.filter(|ppg| *ppg >= SCORING_THRESHOLD_PPG)?;
            let player = row.player.clone()?;
            let team = team_ref(&[row.team.as_deref(), row.full_team.as_deref()], false);
            let slug = slugs.slug_for(&player, team.abbr.as_deref().unwrap_or(""));
            Some(ScoringRow {
                season,
                player,
                slug,
                team,
                ppg,
                ts: row.avg_ts_percent,
                games: row.games_played,
                player_type: row.is_mvp_candidate.clone(),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        b.ppg
            .total_cmp(&a.ppg)
            .then_with(|| a.player.to_lowercase().cmp(&b.player.to_lowercase()))
    });
    rows
}

/// The unweighted mean TS% over every Regular Season row (outliers included, NULLs not).
pub fn league_ts_average(tables: &Tables) -> Option<f64> {
    let values: Vec<f64> = tables
        .player_stats
        .iter()
        .filter(|row| {
            row.season_type.as_deref().and_then(SeasonType::from_gold) == Some(SeasonType::Regular)
        })
        .filter_map(|row| row.avg_ts_percent)
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

fn ratings(tables: &Tables) -> Vec<RatingPoint> {
    tables
        .team_ratings
        .iter()
        .filter_map(|row| {
            let team = team_ref(&[row.team_acronym.as_deref(), row.team.as_deref()], false);
            let name = team
                .abbr
                .as_deref()
                .and_then(crate::teams::by_abbr)
                .map_or_else(
                    || row.team.clone().unwrap_or_else(|| team.label.clone()),
                    |t| t.name.to_owned(),
                );
            Some(RatingPoint {
                team,
                name,
                ortg: row.ortg?,
                drtg: row.drtg?,
                nrtg: row.nrtg,
                ortg_rank: row.ortg_rank.clone(),
                drtg_rank: row.drtg_rank.clone(),
                nrtg_rank: row.nrtg_rank.clone(),
            })
        })
        .collect()
}

fn value_teams(tables: &Tables) -> Vec<String> {
    let teams: BTreeSet<String> = tables
        .contract_value
        .iter()
        .filter_map(|row| row.team.clone())
        .collect();
    teams.into_iter().collect()
}

/// Points of the value scatter, for one team option or all (`None`).
pub fn value_points(tables: &Tables, slugs: &SlugIndex, team: Option<&str>) -> Vec<ValuePoint> {
    tables
        .contract_value
        .iter()
        .filter(|row| team.is_none() || row.team.as_deref() == team)
        .filter_map(|row| {
            let player = row.player.clone()?;
            let resolved = team_ref(&[row.team.as_deref()], false);
            Some(ValuePoint {
                slug: slugs.slug_for(&player, resolved.abbr.as_deref().unwrap_or("")),
                player,
                team: row.team.clone(),
                category: row.color_var.clone(),
                // Shown with two decimals; more only weighs down the page.
                mvp_score: crate::format::round_half_away(row.avg_mvp_score?, 2),
                salary: row.salary?,
                games_played: row.games_played,
                games_missed: row.games_missed,
            })
        })
        .collect()
}

fn contracts(tables: &Tables) -> Vec<ContractBar> {
    let mut bars: Vec<ContractBar> = tables
        .team_contracts
        .iter()
        .filter_map(|row| {
            Some(ContractBar {
                team: team_ref(&[row.team.as_deref()], false),
                win_pct: row.win_percentage,
                pct_earned: row.team_pct_salary_earned?,
                pct_lost: row.team_pct_salary_lost,
                earned: row.sum_salary_earned,
                lost: row.value_lost_from_injury,
            })
        })
        .collect();
    // Ascending, so the largest bar is drawn at the top of a category axis.
    bars.sort_by(|a, b| {
        a.pct_earned
            .total_cmp(&b.pct_earned)
            .then_with(|| a.team.label.cmp(&b.team.label))
    });
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::tables::{PlayerStat, Standing};

    fn stat(player: &str, season: &str, ppg: Option<f64>, ts: Option<f64>) -> PlayerStat {
        PlayerStat {
            player: Some(player.into()),
            season_type: Some(season.into()),
            team: Some("BOS".into()),
            avg_ppg: ppg,
            avg_ts_percent: ts,
            ..PlayerStat::default()
        }
    }

    #[test]
    fn league_ts_is_the_plain_mean_of_every_regular_season_row() {
        let tables = Tables {
            player_stats: vec![
                stat("A", "Regular Season", Some(30.0), Some(0.6)),
                stat("B", "Regular Season", Some(2.0), Some(0.0)),
                stat("C", "Regular Season", Some(1.0), Some(1.5)),
                stat("D", "Regular Season", Some(25.0), None),
                stat("A", "Playoffs", Some(31.0), Some(0.9)),
            ],
            ..Tables::default()
        };
        let average = league_ts_average(&tables).unwrap_or_default();
        assert!((average - 0.7).abs() < 1e-12);
        assert_eq!(league_ts_average(&Tables::default()), None);
    }

    #[test]
    fn scoring_keeps_20_ppg_and_up_sorted_by_ppg_then_name() {
        let tables = Tables {
            player_stats: vec![
                stat("zed", "Regular Season", Some(25.0), None),
                stat("Amy", "Regular Season", Some(25.0), None),
                stat("Bo", "Regular Season", Some(19.999), None),
                stat("Cy", "Regular Season", Some(20.0), None),
                stat("Di", "Playoffs", Some(28.0), None),
                stat("Ed", "Preseason", Some(40.0), None),
            ],
            ..Tables::default()
        };
        let rows = scoring(&tables, &SlugIndex::default());
        let names: Vec<(&str, SeasonType)> =
            rows.iter().map(|r| (r.player.as_str(), r.season)).collect();
        assert_eq!(
            names,
            vec![
                ("Di", SeasonType::Playoffs),
                ("Amy", SeasonType::Regular),
                ("zed", SeasonType::Regular),
                ("Cy", SeasonType::Regular)
            ]
        );
    }

    #[test]
    fn standings_sort_by_rank_number_and_accept_both_conference_spellings() {
        let row = |rank: &str, team: &str, conference: &str| Standing {
            rank: Some(rank.into()),
            team: Some(team.into()),
            conference: Some(conference.into()),
            ..Standing::default()
        };
        let tables = Tables {
            standings: vec![
                row("10th", "BOS", "Eastern"),
                row("2nd", "MIA", "East"),
                row("1st", "LAL", "Western"),
            ],
            ..Tables::default()
        };
        let rows = standings(&tables);
        let east: Vec<&str> = rows
            .iter()
            .filter(|r| r.conference == Conference::East)
            .filter_map(|r| r.team.abbr.as_deref())
            .collect();
        assert_eq!(east, vec!["MIA", "BOS"]);
        assert_eq!(
            rows.iter()
                .filter(|r| r.conference == Conference::West)
                .count(),
            1
        );
    }
}

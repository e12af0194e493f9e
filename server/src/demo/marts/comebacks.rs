//! `team_blown_leads`: games lost after leading by ten or more, and games won after trailing
//! by as much. Each game's flow is recounted from the baskets its play-by-play would tell, so
//! last night's comebacks are the ones its feed shows.

use std::collections::BTreeMap;

use super::super::format::ordinal;
use super::super::pbp::{largest_leads, Script, Side};
use super::super::slate::pbp_stream;
use super::super::table::{col, int, text, Row, SqlType::*, TableSpec};
use super::super::tally::Summary;
use super::shared_rank;

/// A lead this large, lost, is a blown lead; the same deficit overcome is a comeback.
pub const COMEBACK_LEAD: u32 = 10;

pub const TEAM_BLOWN_LEADS: TableSpec = TableSpec {
    name: "team_blown_leads",
    columns: &[
        col("team", Text),
        col("season_type", Text),
        col("blown_leads_10pt", BigInt),
        col("blown_lead_rank", Text),
        col("team_comebacks_10pt", BigInt),
        col("comeback_rank", Text),
        col("net_comebacks", BigInt),
        col("net_rank", Text),
    ],
    constraints: &[],
};

/// One game's sides and the largest lead the loser held.
struct Decided {
    winner: usize,
    loser: usize,
    loser_lead: u32,
}

pub fn team_blown_leads(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let slate: BTreeMap<i64, (u32, u32)> = summary
        .slate
        .iter()
        .map(|g| (g.game.id, (g.max_lead(Side::Home), g.max_lead(Side::Away))))
        .collect();
    let decided: Vec<(i64, Decided)> = season
        .played()
        .map(|(game, outcome)| {
            let (home_lead, away_lead) = slate.get(&game.id).copied().unwrap_or_else(|| {
                largest_leads(&mut pbp_stream(season, game), outcome, Script::Free)
            });
            let decided = if outcome.home_points > outcome.away_points {
                Decided {
                    winner: game.home,
                    loser: game.away,
                    loser_lead: away_lead,
                }
            } else {
                Decided {
                    winner: game.away,
                    loser: game.home,
                    loser_lead: home_lead,
                }
            };
            (game.id, decided)
        })
        .collect();

    let everyone: Vec<usize> = (0..season.teams.len()).collect();
    let all: Vec<&Decided> = decided.iter().map(|(_, d)| d).collect();
    let mut rows = season_rows(summary, "Regular Season", &everyone, &all);
    if season.playoffs {
        let playoffs: Vec<&Decided> = decided
            .iter()
            .filter(|(id, _)| slate.contains_key(id))
            .map(|(_, d)| d)
            .collect();
        let mut teams: Vec<usize> = playoffs.iter().flat_map(|d| [d.winner, d.loser]).collect();
        teams.sort_unstable();
        rows.extend(season_rows(summary, "Playoffs", &teams, &playoffs));
    }
    rows
}

/// Rows for `teams`, counted over `games`, ranked among those teams.
fn season_rows(
    summary: &Summary,
    season_type: &str,
    teams: &[usize],
    games: &[&Decided],
) -> Vec<Row> {
    let count = |team: usize, blown: bool| {
        games
            .iter()
            .filter(|d| d.loser_lead >= COMEBACK_LEAD)
            .filter(|d| {
                if blown {
                    d.loser == team
                } else {
                    d.winner == team
                }
            })
            .count() as i64
    };
    let blown: Vec<i64> = teams.iter().map(|&t| count(t, true)).collect();
    let comebacks: Vec<i64> = teams.iter().map(|&t| count(t, false)).collect();
    let net: Vec<i64> = comebacks.iter().zip(&blown).map(|(c, b)| c - b).collect();
    let ranks = [&blown, &comebacks, &net].map(|values| shared_rank(values));

    teams
        .iter()
        .enumerate()
        .map(|(i, &team)| {
            vec![
                ("team", text(summary.season.teams[team].abbr)),
                ("season_type", text(season_type)),
                ("blown_leads_10pt", int(blown[i])),
                ("blown_lead_rank", text(ordinal(ranks[0][i]))),
                ("team_comebacks_10pt", int(comebacks[i])),
                ("comeback_rank", text(ordinal(ranks[1][i]))),
                ("net_comebacks", int(net[i])),
                ("net_rank", text(ordinal(ranks[2][i]))),
            ]
        })
        .collect()
}

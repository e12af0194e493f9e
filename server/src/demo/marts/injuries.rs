//! `injuries`: the league injury report, one row per player and entry.

use super::super::rng::hash64;
use super::super::table::{col, int, num, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const INJURIES: TableSpec = TableSpec {
    name: "injuries",
    columns: &[
        col("injury_pk", Text),
        col("player", Text),
        col("team_acronym", Text),
        col("team", Text),
        col("injury_date", Text),
        col("injury_status", Text),
        col("injury", Text),
        col("injury_description", Text),
        col("total_injuries", BigInt),
        col("team_active_injuries", Numeric),
        col("team_active_protocols", Numeric),
        col("scrape_date", Date),
    ],
    constraints: &[],
};

pub fn injuries(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut entries_per_team = vec![0i64; season.teams.len()];
    for injury in &season.injuries {
        if let Some(team) = season.players[injury.player].team {
            entries_per_team[team] += 1;
        }
    }

    season
        .injuries
        .iter()
        .filter_map(|injury| {
            let player = &season.players[injury.player];
            let team_index = player.team?;
            let team = &season.teams[team_index];
            let key = format!("{}|{}|{}", player.name, injury.label, injury.description);
            Some(vec![
                ("injury_pk", text(pseudo_md5(&key))),
                ("player", text(player.name.as_str())),
                ("team_acronym", text(team.abbr)),
                ("team", text(team.name)),
                (
                    "injury_date",
                    text(injury.since.format("%a, %b %-d, %Y").to_string()),
                ),
                ("injury_status", text(injury.status_text.as_str())),
                ("injury", text(injury.label)),
                ("injury_description", text(injury.description.as_str())),
                ("total_injuries", int(entries_per_team[team_index])),
                (
                    "team_active_injuries",
                    num(summary.injured[team_index] as f64, 0),
                ),
                ("team_active_protocols", num(0.0, 0)),
                ("scrape_date", Value::Date(injury.reported)),
            ])
        })
        .collect()
}

/// 32 hex characters, shaped like the upstream hash id (which is not used by the app).
fn pseudo_md5(key: &str) -> String {
    let high = hash64(key.as_bytes());
    let low = hash64(format!("{key}#").as_bytes());
    format!("{high:016x}{low:016x}")
}

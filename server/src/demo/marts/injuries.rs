//! `injuries`, the league injury report with one row per player and entry, and
//! `injury_tracker`, one row per injured player with the games he has missed in a row.

use std::collections::BTreeMap;

use app::format::escape_html;

use super::super::format::round_to;
use super::super::injury::Injury;
use super::super::rng::hash64;
use super::super::season::Season;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
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

pub const INJURY_TRACKER: TableSpec = TableSpec {
    name: "injury_tracker",
    columns: &[
        col("player_logo", Text),
        col("player", Text),
        col("status", Text),
        col("continuous_games_missed", BigInt),
        col("games_played", BigInt),
        col("avg_ppg", Numeric),
        col("avg_ts_percent", Numeric),
        col("avg_plus_minus", Numeric),
        col("avg_mvp_score", Numeric),
    ],
    constraints: &[],
};

/// Every player on the report once, described by his newest entry, in the contract's load
/// order: the longest absences first (then by name).
pub fn injury_tracker(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut newest: BTreeMap<usize, &Injury> = BTreeMap::new();
    for injury in &season.injuries {
        let entry = newest.entry(injury.player).or_insert(injury);
        if injury.reported > entry.reported {
            *entry = injury;
        }
    }

    let mut tracked: Vec<(u32, &str, Row)> = newest
        .into_iter()
        .filter_map(|(p, injury)| {
            let player = &season.players[p];
            let abbr = season.teams[player.team?].abbr;
            let missed = straight_games_missed(season, p, player.team?);
            let tally = &summary.players[p];
            let row = vec![
                (
                    "player_logo",
                    text(format!(
                        "https://example.com/headshots/{}.png",
                        1_630_000 + p
                    )),
                ),
                ("player", text(markup(&player.name, abbr))),
                (
                    "status",
                    text(format!("{} - {}", injury.status.label(), injury.label)),
                ),
                ("continuous_games_missed", int(missed)),
                ("games_played", int(tally.games)),
                ("avg_ppg", opt(tally.ppg(), |v| num(round_to(v, 2), 2))),
                (
                    "avg_ts_percent",
                    opt(tally.true_shooting(), |v| num(round_to(v, 3), 3)),
                ),
                (
                    "avg_plus_minus",
                    opt(tally.avg_plus_minus(), |v| num(round_to(v, 2), 2)),
                ),
                (
                    "avg_mvp_score",
                    opt(tally.avg_mvp_score(), |v| num(round_to(v, 2), 2)),
                ),
            ];
            Some((missed, player.name.as_str(), row))
        })
        .collect();
    tracked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    tracked.into_iter().map(|(_, _, row)| row).collect()
}

/// Two styled spans, the (escaped) name and then the team, as the upstream tracker writes it.
fn markup(name: &str, abbr: &str) -> String {
    format!(
        "<span class=\"tracker-name\" style=\"font-weight:600\">{}</span> \
         <span class=\"tracker-team\" style=\"color:#8b949e\">{abbr}</span>",
        escape_html(name)
    )
}

/// His team's games in a row, back from the latest, in which he had no line.
pub fn straight_games_missed(season: &Season, player: usize, team: usize) -> u32 {
    let mut missed = 0;
    for game in season.games.iter().rev() {
        let Some(outcome) = &game.outcome else {
            continue;
        };
        let lines = match team {
            t if t == game.home => &outcome.home_lines,
            t if t == game.away => &outcome.away_lines,
            _ => continue,
        };
        if lines.iter().any(|line| line.player == player) {
            break;
        }
        missed += 1;
    }
    missed
}

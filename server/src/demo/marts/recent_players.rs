//! `recent_games_players`: the best scoring lines of the latest slate, coloured against each
//! player's season.

use app::format::escape_html;

use super::super::format::{round_to, signed};
use super::super::games::Line;
use super::super::season::Season;
use super::super::table::{col, num, opt, text, Row, SqlType::*, TableSpec};
use super::super::tally::Summary;
use super::points_code;

pub const RECENT_GAMES_PLAYERS: TableSpec = TableSpec {
    name: "recent_games_players",
    columns: &[
        col("player", Text),
        col("player_new", Text),
        col("player_logo", Text),
        col("outcome", Text),
        col("team", Text),
        col("salary", Numeric),
        col("pts", Numeric),
        col("game_ts_percent", Numeric),
        col("pts_color", Text),
        col("ts_color", Text),
        col("plus_minus", Text),
    ],
    constraints: &[],
};

/// Gold keeps only this many lines of the whole slate.
const TOP_LINES: usize = 15;

/// A line of the slate with its side: the team and whether it won.
struct SlateLine<'s> {
    line: &'s Line,
    team: usize,
    won: bool,
}

pub fn recent_games_players(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut lines: Vec<SlateLine> = summary
        .slate
        .iter()
        .flat_map(|slate_game| {
            let (game, outcome) = (slate_game.game, slate_game.outcome);
            let home_won = outcome.home_points > outcome.away_points;
            let home = outcome.home_lines.iter().map(move |line| SlateLine {
                line,
                team: game.home,
                won: home_won,
            });
            let away = outcome.away_lines.iter().map(move |line| SlateLine {
                line,
                team: game.away,
                won: !home_won,
            });
            home.chain(away)
        })
        .collect();
    let name = |line: &SlateLine| season.players[line.line.player].name.as_str();
    lines.sort_by(|a, b| {
        b.line
            .points
            .cmp(&a.line.points)
            .then_with(|| name(a).cmp(name(b)))
    });
    lines.truncate(TOP_LINES);

    let bests = season_bests(season);
    lines
        .iter()
        .map(|entry| {
            let (line, p) = (entry.line, entry.line.player);
            let player = &season.players[p];
            let abbr = season.teams[entry.team].abbr;
            let points = f64::from(line.points);
            let average = summary.players[p].ppg().unwrap_or(points);
            let ts = true_shooting(line);
            let ts_high = ts.is_some() && ts == bests[p].true_shooting;
            vec![
                ("player", text(player.name.as_str())),
                (
                    "player_new",
                    text(format!(
                        "<span class=\"player\">{}</span> <span class=\"team\">{abbr}</span>",
                        escape_html(&player.name)
                    )),
                ),
                (
                    "player_logo",
                    text(format!(
                        "https://example.com/headshots/{}.png",
                        1_630_000 + p
                    )),
                ),
                ("outcome", text(if entry.won { "W" } else { "L" })),
                ("team", text(abbr)),
                ("salary", num(player.salary, 0)),
                ("pts", num(points, 0)),
                ("game_ts_percent", opt(ts, |v| num(round_to(v, 3), 3))),
                (
                    "pts_color",
                    text(points_code(points, f64::from(bests[p].points), average)),
                ),
                ("ts_color", text(if ts_high { "1" } else { "0" })),
                ("plus_minus", text(signed(i64::from(line.plus_minus)))),
            ]
        })
        .collect()
}

/// True shooting in one game, as a fraction; none without a shot.
fn true_shooting(line: &Line) -> Option<f64> {
    (line.attempts > 0.0).then(|| f64::from(line.points) / (2.0 * line.attempts))
}

/// A player's best single games of the season so far.
#[derive(Debug, Clone, Default)]
struct Bests {
    points: u32,
    true_shooting: Option<f64>,
}

fn season_bests(season: &Season) -> Vec<Bests> {
    let mut bests = vec![Bests::default(); season.players.len()];
    for (_, outcome) in season.played() {
        for line in outcome.home_lines.iter().chain(&outcome.away_lines) {
            let best = &mut bests[line.player];
            best.points = best.points.max(line.points);
            if let Some(ts) = true_shooting(line) {
                best.true_shooting = Some(best.true_shooting.map_or(ts, |b| b.max(ts)));
            }
        }
    }
    bests
}

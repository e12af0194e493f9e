//! `pbp`: every play of the latest slate, scoring rows and period markers alike.

use app::format::escape_html;

use super::super::franchise::Franchise;
use super::super::pbp::{clock_text, minutes_left, period_name, Play, Side};
use super::super::rng::Rng;
use super::super::slate::SlateGame;
use super::super::table::{col, num, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const PBP: TableSpec = TableSpec {
    name: "pbp",
    columns: &[
        col("time_quarter", Text),
        col("play", Text),
        col("time_remaining_final", Numeric),
        col("quarter", Text),
        col("away_score", Text),
        col("score", Text),
        col("home_score", Text),
        col("home_team", Text),
        col("away_team", Text),
        col("score_away", Numeric),
        col("score_home", Numeric),
        col("margin_score", Numeric),
        col("game_date", Date),
        col("leading_team", Text),
        col("home_team_full", Text),
        col("away_team_full", Text),
        col("home_primary_color", Text),
        col("away_primary_color", Text),
        col("game_description", Text),
        col("away_fill", Text),
        col("home_fill", Text),
        col("scoring_team_color", Text),
        col("scoring_team", Text),
        col("max_home_lead", Numeric),
        col("max_away_lead", Numeric),
        col("winning_team", Text),
        col("losing_team", Text),
        col("leading_team_text", Text),
    ],
    constraints: &[],
};

/// What gold writes in `scoring_team` on rows where nobody scored.
const NO_SCORE: &str = "TIE";
/// `scoring_team_color` on rows where nobody scored.
const NO_SCORE_COLOUR: &str = "#808080";

/// The rows go in shuffled, as gold promises no order: readers sort by the contract's ORDER BY
/// (clock descending, then running total), which the plays satisfy in the order they happened.
pub fn pbp(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut rows: Vec<Row> = summary
        .slate
        .iter()
        .flat_map(|game| {
            let home = &season.teams[game.game.home];
            let away = &season.teams[game.game.away];
            game.plays
                .iter()
                .map(move |play| row(game, home, away, play))
        })
        .collect();
    Rng::new(season.seed).fork("pbp-rows").shuffle(&mut rows);
    rows
}

fn row(game: &SlateGame, home: &Franchise, away: &Franchise, play: &Play) -> Row {
    let margin = play.margin();
    let leader = match margin {
        m if m > 0 => home.abbr,
        m if m < 0 => away.abbr,
        _ => NO_SCORE,
    };
    let scorer = play.scored.map(|scored| match scored.side {
        Side::Home => home,
        Side::Away => away,
    });
    let scoring_team = scorer.map_or(NO_SCORE, |team| team.abbr);
    // From the scorer's view; on markers the rule still runs and says nothing useful, as
    // upstream's does.
    let leading_text = match margin {
        0 => "TIE",
        _ if leader == scoring_team => "Leading",
        _ => "Trailing",
    };
    let gained = |side: Side| match play.scored {
        Some(scored) if scored.side == side => text(format!("+{}", scored.points)),
        Some(_) => Value::Null,
        None => text(play.text.as_str()),
    };
    let score = match play.scored {
        Some(_) => format!("{}-{}", play.away, play.home),
        None => play.text.clone(),
    };
    let (winner, loser) = match game.winner() {
        Side::Home => (home, away),
        Side::Away => (away, home),
    };

    vec![
        ("time_quarter", text(clock_text(play.period, play.elapsed))),
        ("play", text(play.text.as_str())),
        ("time_remaining_final", num(minutes_left(play.elapsed), 2)),
        ("quarter", text(period_name(play.period))),
        ("away_score", gained(Side::Away)),
        ("score", text(score)),
        ("home_score", gained(Side::Home)),
        ("home_team", text(home.abbr)),
        ("away_team", text(away.abbr)),
        ("score_away", num(f64::from(play.away), 0)),
        ("score_home", num(f64::from(play.home), 0)),
        ("margin_score", num(margin as f64, 0)),
        ("game_date", Value::Date(game.game.date)),
        ("leading_team", text(leader)),
        ("home_team_full", text(home.name)),
        ("away_team_full", text(away.name)),
        ("home_primary_color", text(home.primary_hex())),
        ("away_primary_color", text(away.primary_hex())),
        (
            "game_description",
            text(format!("{} Vs. {}", home.name, away.name)),
        ),
        ("away_fill", text(fill(away))),
        ("home_fill", text(fill(home))),
        (
            "scoring_team_color",
            text(scorer.map_or(NO_SCORE_COLOUR, Franchise::primary_hex)),
        ),
        ("scoring_team", text(scoring_team)),
        (
            "max_home_lead",
            num(f64::from(game.max_lead(Side::Home)), 0),
        ),
        // A margin, so negative: the away side's best lead as home minus away.
        (
            "max_away_lead",
            num(-i64::from(game.max_lead(Side::Away)) as f64, 0),
        ),
        ("winning_team", text(winner.abbr)),
        ("losing_team", text(loser.abbr)),
        ("leading_team_text", text(leading_text)),
    ]
}

/// The pipeline's coloured team name, markup the app must never render.
fn fill(team: &Franchise) -> String {
    format!(
        "<span style=\"color: {}; font-weight: bold;\">{}</span>",
        team.primary_hex(),
        escape_html(team.name)
    )
}

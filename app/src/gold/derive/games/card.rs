//! A game card's facts: the final score, the winner and margin, and the playoff series line
//! from the slate's matching `recent_games_teams` row.

use chrono::NaiveDate;

use crate::gold::tables::{Pbp, RecentGameTeam};
use crate::model::games::Side;
use crate::teams;

/// (home, away) points: from the row with the highest combined score, the last such row in
/// event order when several tie. A NULL score counts as 0.
pub fn final_score<'a>(rows: &[&'a Pbp]) -> (Option<&'a Pbp>, i64, i64) {
    let score = |row: &Pbp| {
        (
            row.score_home.unwrap_or(0.0).round() as i64,
            row.score_away.unwrap_or(0.0).round() as i64,
        )
    };
    let mut best: Option<&Pbp> = None;
    for row in rows {
        let (home, away) = score(row);
        if best.is_none_or(|b| {
            let (bh, ba) = score(b);
            home + away >= bh + ba
        }) {
            best = Some(row);
        }
    }
    let (home, away) = best.map_or((0, 0), score);
    (best, home, away)
}

/// The final row's `winning_team` when it names a side; otherwise the higher score, and the
/// away side when the scores are equal.
pub fn winner(final_row: Option<&Pbp>, home: &str, away: &str, points: (i64, i64)) -> Side {
    let named = final_row
        .and_then(|row| row.winning_team.as_deref())
        .map(str::trim)
        .filter(|team| !team.is_empty() && !team.eq_ignore_ascii_case("TIE"));
    match named {
        Some(team) if same_team(team, home) => Side::Home,
        Some(team) if same_team(team, away) => Side::Away,
        _ if points.0 > points.1 => Side::Home,
        _ => Side::Away,
    }
}

/// Two identifiers name the same team: equal after resolution, or equal as raw text.
pub fn same_team(a: &str, b: &str) -> bool {
    match (teams::resolve(a), teams::resolve(b)) {
        (Some(x), Some(y)) => x.abbr == y.abbr,
        _ => a.trim().eq_ignore_ascii_case(b.trim()),
    }
}

/// The slate's row for this pairing, in either order, on the slate date.
pub fn matching_result<'a>(
    results: &'a [RecentGameTeam],
    home: &str,
    away: &str,
    slate: Option<NaiveDate>,
) -> Option<&'a RecentGameTeam> {
    results.iter().find(|row| {
        let (Some(team), Some(opponent)) = (row.team.as_deref(), row.opponent.as_deref()) else {
            return false;
        };
        let pair = (same_team(team, home) && same_team(opponent, away))
            || (same_team(team, away) && same_team(opponent, home));
        pair && slate.is_some() && row.game_date == slate
    })
}

/// "{round} · {status}", or the status alone; only while the playoffs flag is on.
pub fn series_line(result: Option<&RecentGameTeam>, playoffs: bool) -> Option<String> {
    let result = result.filter(|_| playoffs)?;
    let status = result.series_status.as_deref().map(str::trim)?;
    if status.is_empty() {
        return None;
    }
    Some(
        match result
            .series_round
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            Some(round) => format!("{round} · {status}"),
            None => status.to_owned(),
        },
    )
}

/// |mov| from the matching row, else the difference of the final scores.
pub fn margin(result: Option<&RecentGameTeam>, points: (i64, i64)) -> i64 {
    result
        .and_then(|row| row.mov)
        .map_or((points.0 - points.1).abs(), |mov| mov.abs().round() as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scored(home: Option<f64>, away: Option<f64>, winner: Option<&str>) -> Pbp {
        Pbp {
            score_home: home,
            score_away: away,
            winning_team: winner.map(str::to_owned),
            ..Pbp::default()
        }
    }

    fn date(day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2030, 3, day)
    }

    fn result(team: &str, opponent: &str, day: u32, mov: Option<f64>) -> RecentGameTeam {
        RecentGameTeam {
            team: Some(team.into()),
            opponent: Some(opponent.into()),
            game_date: date(day),
            mov,
            series_round: Some("First Round".into()),
            series_status: Some("BOS leads 2-1".into()),
        }
    }

    #[test]
    fn the_final_score_is_the_last_row_with_the_highest_total() {
        let rows = [
            scored(Some(100.0), Some(98.0), None),
            scored(Some(101.0), Some(98.0), Some("BOS")),
            scored(Some(101.0), Some(98.0), Some("LAL")),
            scored(None, None, None),
        ];
        let refs: Vec<&Pbp> = rows.iter().collect();
        let (row, home, away) = final_score(&refs);
        assert_eq!((home, away), (101, 98));
        assert_eq!(
            row.and_then(|r| r.winning_team.as_deref()),
            Some("LAL"),
            "the last of the tied rows"
        );
        assert_eq!(final_score(&[]).1, 0);
    }

    #[test]
    fn the_winner_falls_back_to_the_score_then_the_away_side() {
        let named = scored(Some(90.0), Some(99.0), Some("bos"));
        assert_eq!(winner(Some(&named), "BOS", "LAL", (90, 99)), Side::Home);
        let tie_flag = scored(Some(90.0), Some(99.0), Some("TIE"));
        assert_eq!(winner(Some(&tie_flag), "BOS", "LAL", (90, 99)), Side::Away);
        assert_eq!(winner(None, "BOS", "LAL", (100, 99)), Side::Home);
        assert_eq!(winner(None, "BOS", "LAL", (99, 99)), Side::Away);
    }

    #[test]
    fn a_matching_result_needs_the_pair_and_the_slate_date() {
        let results = [
            result("LAL", "BOS", 1, Some(7.0)),
            result("BOS", "LAL", 2, Some(-9.0)),
        ];
        let found = matching_result(&results, "BOS", "LAL", date(2));
        assert_eq!(found.and_then(|r| r.mov), Some(-9.0));
        assert_eq!(margin(found, (100, 95)), 9);
        assert!(matching_result(&results, "BOS", "LAL", date(3)).is_none());
        assert!(matching_result(&results, "BOS", "MIA", date(1)).is_none());
        // Aliases resolve: BRK is Brooklyn.
        let nets = [result("BRK", "NYK", 1, None)];
        assert!(matching_result(&nets, "NYK", "BKN", date(1)).is_some());
    }

    #[test]
    fn without_a_matching_row_the_margin_comes_from_the_score() {
        assert_eq!(margin(None, (95, 101)), 6);
        let no_mov = result("BOS", "LAL", 1, None);
        assert_eq!(margin(Some(&no_mov), (101, 95)), 6);
    }

    #[test]
    fn the_series_line_needs_the_flag_and_a_status() {
        let row = result("BOS", "LAL", 1, None);
        assert_eq!(
            series_line(Some(&row), true).as_deref(),
            Some("First Round · BOS leads 2-1")
        );
        assert_eq!(series_line(Some(&row), false), None);
        let no_round = RecentGameTeam {
            series_round: None,
            ..row.clone()
        };
        assert_eq!(
            series_line(Some(&no_round), true).as_deref(),
            Some("BOS leads 2-1")
        );
        let blank = RecentGameTeam {
            series_status: Some(" ".into()),
            ..row
        };
        assert_eq!(series_line(Some(&blank), true), None);
    }
}

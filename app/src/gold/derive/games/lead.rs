//! Lead-time shares: how much of the game's clock each side spent ahead, over the real game
//! length (longer in overtime), counting every row, scoring or not.

use crate::format::round_half_away;
use crate::gold::tables::Pbp;
use crate::model::games::LeadShares;

use super::events::REGULATION;

/// `home` and `away` are the game's abbreviations as its rows spell them. Rows are in event
/// order; each row's leader holds the lead until the next row (the last one until `end`).
pub fn lead_shares(rows: &[&Pbp], home: &str, away: &str, end: f64) -> Option<LeadShares> {
    let total = REGULATION - end;
    let timed: Vec<(f64, Option<&str>)> = rows
        .iter()
        .filter_map(|row| {
            Some((
                row.time_remaining_final?,
                row.leading_team.as_deref().map(str::trim),
            ))
        })
        .collect();
    let (first, _) = *timed.first()?;
    if total <= 0.0 {
        return None;
    }

    // Before the first row nobody has scored.
    let mut tie = (REGULATION - first).max(0.0);
    let (mut home_time, mut away_time) = (0.0, 0.0);
    for (index, (t, leader)) in timed.iter().enumerate() {
        let next = timed.get(index + 1).map_or(end, |(t, _)| *t);
        let duration = (t - next).max(0.0);
        match leader {
            Some(team) if team.eq_ignore_ascii_case(home) => home_time += duration,
            Some(team) if team.eq_ignore_ascii_case(away) => away_time += duration,
            _ => tie += duration,
        }
    }
    let share = |time: f64| round_half_away(time / total, 3);
    Some(LeadShares {
        home: share(home_time),
        away: share(away_time),
        tie: share(tie),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pct0;

    fn shares(rows: &[(f64, &str)], end: f64) -> Option<LeadShares> {
        let rows: Vec<Pbp> = rows
            .iter()
            .map(|(t, leader)| Pbp {
                time_remaining_final: Some(*t),
                leading_team: Some((*leader).to_owned()),
                ..Pbp::default()
            })
            .collect();
        lead_shares(&rows.iter().collect::<Vec<_>>(), "HOM", "AWY", end)
    }

    fn shown(shares: Option<LeadShares>) -> Option<(String, String, String)> {
        shares.map(|s| (pct0(s.home), pct0(s.away), pct0(s.tie)))
    }

    #[test]
    fn regulation_example_a1() {
        let result = shares(
            &[
                (48.0, "TIE"),
                (47.5, "HOM"),
                (40.0, "AWY"),
                (12.0, "HOM"),
                (0.0, "HOM"),
            ],
            0.0,
        );
        assert_eq!(
            result,
            Some(LeadShares {
                home: 0.406,
                away: 0.583,
                tie: 0.010
            })
        );
        assert_eq!(
            shown(result),
            Some(("41%".into(), "58%".into(), "1%".into()))
        );
    }

    #[test]
    fn one_overtime_example_a2_divides_by_53_minutes() {
        let result = shares(
            &[
                (48.0, "TIE"),
                (30.0, "HOM"),
                (5.0, "AWY"),
                (0.0, "TIE"),
                (-2.0, "HOM"),
                (-5.0, "HOM"),
            ],
            -5.0,
        );
        assert_eq!(
            result,
            Some(LeadShares {
                home: 0.528,
                away: 0.094,
                tie: 0.377
            })
        );
        assert_eq!(
            shown(result),
            Some(("53%".into(), "9%".into(), "38%".into()))
        );
    }

    #[test]
    fn shares_with_ties_sum_to_the_whole_game() {
        let result = shares(
            &[(46.0, "HOM"), (30.0, "TIE"), (20.0, "AWY"), (10.0, "")],
            -10.0,
        )
        .expect("rows give shares");
        // Tied: 2 minutes before the first row, 10 at TIE, 20 from the last row (no known
        // leader) to E = −10.
        assert_eq!(result.home, round_half_away(16.0 / 58.0, 3));
        assert_eq!(result.tie, round_half_away(32.0 / 58.0, 3));
        assert!((result.home + result.away + result.tie - 1.0).abs() < 0.002);
    }

    #[test]
    fn no_rows_and_out_of_order_rows() {
        assert_eq!(shares(&[], 0.0), None);
        // A clock that goes up again credits nothing for that interval.
        let result =
            shares(&[(40.0, "HOM"), (42.0, "AWY"), (0.0, "HOM")], 0.0).expect("rows give shares");
        assert_eq!(result.home, 0.0);
        assert_eq!(result.away, round_half_away(42.0 / 48.0, 3));
    }
}

//! A game's rows in event order, and the pieces every statistic starts from: which rows are
//! scoring plays, where the game ends on the clock, and the points the chart draws.

use crate::gold::tables::Pbp;

/// Minutes in regulation; the clock column counts down from here.
pub const REGULATION: f64 = 48.0;
/// Minutes in one overtime period.
pub const OVERTIME: f64 = 5.0;

/// Whether a row is a scoring play. `scoring_team` holds the literal `TIE` on rows where
/// nobody scored (period markers, jump balls), whatever the score.
pub fn is_scoring(row: &Pbp) -> bool {
    row.scoring_team
        .as_deref()
        .map(str::trim)
        .is_some_and(|team| !team.is_empty() && !team.eq_ignore_ascii_case("TIE"))
}

/// The end of the game on the clock axis, E: 0 after regulation, −5 after one overtime,
/// −10 after two, from the smallest clock value of any row.
pub fn end_boundary(rows: &[&Pbp]) -> f64 {
    let t_min = rows
        .iter()
        .filter_map(|row| row.time_remaining_final)
        .fold(f64::INFINITY, f64::min);
    if !t_min.is_finite() || t_min >= 0.0 {
        return 0.0;
    }
    // The clock has two decimals; the tolerance keeps −5.00 in the first overtime.
    -OVERTIME * ((-t_min / OVERTIME) - 1e-9).ceil()
}

pub fn overtimes(end: f64) -> u32 {
    (-end / OVERTIME).round().max(0.0) as u32
}

/// A point the chart draws: a scoring play, or the synthetic end that carries the line to
/// the end of the game and is excluded from every statistic.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotEvent<'a> {
    pub row: &'a Pbp,
    pub t: f64,
    pub synthetic: bool,
}

impl PlotEvent<'_> {
    pub fn clock(&self) -> &str {
        if self.synthetic {
            "0:00"
        } else {
            self.row.time_quarter.as_deref().unwrap_or("-")
        }
    }
}

/// The scoring plays with a clock value, in event order, plus one synthetic end event at E
/// copied from the last of them. No scoring plays, no events.
pub fn plot_events<'a>(rows: &[&'a Pbp], end: f64) -> Vec<PlotEvent<'a>> {
    let mut events: Vec<PlotEvent<'a>> = rows
        .iter()
        .filter(|row| is_scoring(row))
        .filter_map(|row| {
            Some(PlotEvent {
                row,
                t: row.time_remaining_final?,
                synthetic: false,
            })
        })
        .collect();
    if let Some(last) = events.last().copied() {
        events.push(PlotEvent {
            t: end,
            synthetic: true,
            ..last
        });
    }
    events
}

/// Home minus away after a play: `margin_score`, else computed from the running scores.
pub fn margin(row: &Pbp) -> Option<f64> {
    row.margin_score
        .or_else(|| Some(row.score_home? - row.score_away?))
}

#[cfg(test)]
pub mod tests {
    use super::*;

    /// A row with a clock value and, when `scorer` is given, a scoring play.
    pub fn row(t: f64, scorer: Option<&str>) -> Pbp {
        Pbp {
            time_remaining_final: Some(t),
            scoring_team: Some(scorer.unwrap_or("TIE").to_owned()),
            ..Pbp::default()
        }
    }

    fn end_of(times: &[f64]) -> f64 {
        let rows: Vec<Pbp> = times.iter().map(|t| row(*t, None)).collect();
        end_boundary(&rows.iter().collect::<Vec<_>>())
    }

    #[test]
    fn the_end_boundary_counts_overtimes() {
        assert_eq!(end_of(&[48.0, 12.0, 0.0]), 0.0);
        assert_eq!(end_of(&[48.0, 0.0, -2.5]), -5.0);
        assert_eq!(end_of(&[48.0, -5.0]), -5.0);
        assert_eq!(end_of(&[48.0, -5.01, -9.5]), -10.0);
        assert_eq!(end_of(&[]), 0.0);
        assert_eq!(overtimes(-10.0), 2);
        assert_eq!(overtimes(0.0), 0);
    }

    #[test]
    fn markers_are_not_scoring_plays() {
        assert!(is_scoring(&row(40.0, Some("BOS"))));
        assert!(!is_scoring(&row(40.0, Some("TIE"))));
        assert!(!is_scoring(&row(40.0, Some(" tie "))));
        assert!(!is_scoring(&Pbp::default()));
    }

    fn plot_times(rows: &[Pbp], end: f64) -> Vec<(f64, bool, String)> {
        let refs: Vec<&Pbp> = rows.iter().collect();
        plot_events(&refs, end)
            .iter()
            .map(|e| (e.t, e.synthetic, e.clock().to_owned()))
            .collect()
    }

    #[test]
    fn the_synthetic_end_reaches_regulation_and_overtime_ends() {
        let mut last = row(0.4, Some("BOS"));
        last.time_quarter = Some("0:24".into());
        let rows = vec![
            row(48.0, None),
            row(30.0, Some("LAL")),
            last,
            row(0.0, None),
        ];
        assert_eq!(
            plot_times(&rows, 0.0),
            vec![
                (30.0, false, "-".into()),
                (0.4, false, "0:24".into()),
                (0.0, true, "0:00".into())
            ]
        );
        let one_ot = vec![row(48.0, None), row(-3.0, Some("BOS")), row(-5.0, None)];
        assert_eq!(plot_times(&one_ot, -5.0).last().map(|p| p.0), Some(-5.0));
        let two_ot = vec![row(-7.5, Some("BOS")), row(-10.0, None)];
        let refs: Vec<&Pbp> = two_ot.iter().collect();
        let end = end_boundary(&refs);
        assert_eq!(end, -10.0);
        assert_eq!(
            plot_times(&two_ot, end),
            vec![(-7.5, false, "-".into()), (-10.0, true, "0:00".into())]
        );
    }

    #[test]
    fn a_game_without_scoring_plays_has_no_plot_events() {
        assert!(plot_times(&[row(48.0, None), row(0.0, None)], 0.0).is_empty());
    }
}

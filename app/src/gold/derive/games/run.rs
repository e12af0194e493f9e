//! The winner's biggest scoring run: the best window of plays, within six minutes and at
//! most 30 points a side, that starts and ends on a winner's basket. The thresholds are the
//! product's definition and must not change.

use std::cmp::Ordering;

use super::events::PlotEvent;

/// A window stops growing once either side has scored more than this.
const MAX_SIDE_POINTS: i64 = 30;
/// A window stops growing once it spans more than this many minutes.
const MAX_SPAN: f64 = 6.0;
/// A qualified run wins by at least this much…
const MIN_NET: i64 = 8;
/// …while the loser scores at most this share of the winner's points.
const MAX_LOSER_SHARE: f64 = 0.40;

/// The run as found: sums over the window and the plays at both ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Run<'a> {
    /// The winner's abbreviation as the rows spell it.
    pub winner: String,
    pub winner_points: i64,
    pub loser_points: i64,
    pub start: PlotEvent<'a>,
    pub end: PlotEvent<'a>,
    pub qualified: bool,
}

#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    w: i64,
    l: i64,
    span: f64,
}

impl Candidate {
    fn net(&self) -> i64 {
        self.w - self.l
    }

    fn strict(&self) -> bool {
        self.net() >= MIN_NET && self.l as f64 <= MAX_LOSER_SHARE * self.w as f64
    }

    /// Better first: higher net, more winner points, fewer loser points, shorter span.
    fn rank(&self, other: &Self) -> Ordering {
        other
            .net()
            .cmp(&self.net())
            .then(other.w.cmp(&self.w))
            .then(self.l.cmp(&other.l))
            .then(self.span.total_cmp(&other.span))
    }
}

/// The winner, from the first non-empty `winning_team` that is not `TIE`.
fn winner(events: &[PlotEvent]) -> Option<String> {
    events.iter().find_map(|event| {
        let team = event.row.winning_team.as_deref()?.trim();
        (!team.is_empty() && !team.eq_ignore_ascii_case("TIE")).then(|| team.to_owned())
    })
}

/// Points each side scored on each event: increases of the forward-filled running scores.
fn points_per_event(events: &[PlotEvent]) -> Vec<(i64, i64)> {
    let (mut home, mut away) = (0.0, 0.0);
    events
        .iter()
        .map(|event| {
            let next_home = event.row.score_home.unwrap_or(home);
            let next_away = event.row.score_away.unwrap_or(away);
            let points = (
                (next_home - home).max(0.0).round() as i64,
                (next_away - away).max(0.0).round() as i64,
            );
            (home, away) = (next_home, next_away);
            points
        })
        .collect()
}

/// Finds the run over a game's plot events (event order). `home` is the game's home
/// abbreviation, which decides the winner's side.
pub fn biggest_run<'a>(events: &[PlotEvent<'a>], home: &str) -> Option<Run<'a>> {
    let winner = winner(events)?;
    let winner_home = winner.eq_ignore_ascii_case(home.trim());
    let scored: Vec<(PlotEvent<'a>, i64, i64)> = events
        .iter()
        .zip(points_per_event(events))
        .map(|(event, (home_pts, away_pts))| {
            if winner_home {
                (*event, home_pts, away_pts)
            } else {
                (*event, away_pts, home_pts)
            }
        })
        .filter(|(_, wp, lp)| *wp > 0 || *lp > 0)
        .collect();

    let mut best: Option<Candidate> = None;
    let mut best_strict: Option<Candidate> = None;
    for (i, (first, wp_i, _)) in scored.iter().enumerate() {
        if *wp_i <= 0 {
            continue;
        }
        let (mut w, mut l) = (0, 0);
        for (j, (event, wp, lp)) in scored.iter().enumerate().skip(i) {
            w += wp;
            l += lp;
            let span = first.t - event.t;
            if w > MAX_SIDE_POINTS || l > MAX_SIDE_POINTS || span > MAX_SPAN {
                break;
            }
            if *wp == 0 {
                continue;
            }
            let candidate = Candidate {
                start: i,
                end: j,
                w,
                l,
                span,
            };
            let better = |current: &Option<Candidate>| {
                current.is_none_or(|c| candidate.rank(&c) == Ordering::Less)
            };
            if better(&best) {
                best = Some(candidate);
            }
            if candidate.strict() && better(&best_strict) {
                best_strict = Some(candidate);
            }
        }
    }

    let (found, qualified) = match best_strict {
        Some(strict) => (strict, true),
        None => (best?, false),
    };
    Some(Run {
        winner,
        winner_points: found.w,
        loser_points: found.l,
        start: scored[found.start].0,
        end: scored[found.end].0,
        qualified,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::tables::Pbp;

    fn game_rows(plays: &[(f64, f64, f64)], winner: &str) -> Vec<Pbp> {
        plays
            .iter()
            .map(|(t, home, away)| Pbp {
                time_remaining_final: Some(*t),
                score_home: Some(*home),
                score_away: Some(*away),
                scoring_team: Some("X".into()),
                winning_team: Some(winner.to_owned()),
                ..Pbp::default()
            })
            .collect()
    }

    fn events(rows: &[Pbp]) -> Vec<PlotEvent<'_>> {
        let refs: Vec<&Pbp> = rows.iter().collect();
        super::super::events::plot_events(&refs, 0.0)
    }

    fn summary(run: &Run) -> (i64, i64, f64, f64, bool) {
        (
            run.winner_points,
            run.loser_points,
            run.start.t,
            run.end.t,
            run.qualified,
        )
    }

    const EXAMPLE_A4: [(f64, f64, f64); 10] = [
        (47.0, 2.0, 0.0),
        (46.0, 2.0, 3.0),
        (45.0, 4.0, 3.0),
        (44.5, 7.0, 3.0),
        (44.0, 7.0, 5.0),
        (43.0, 9.0, 5.0),
        (42.0, 11.0, 5.0),
        (41.0, 14.0, 5.0),
        (34.0, 14.0, 7.0),
        (33.5, 16.0, 7.0),
    ];

    #[test]
    fn example_a4_finds_the_strict_12_2_run() {
        let rows = game_rows(&EXAMPLE_A4, "HOM");
        let run = biggest_run(&events(&rows), "HOM").expect("a run");
        assert_eq!(summary(&run), (12, 2, 45.0, 41.0, true));
        assert_eq!(run.winner, "HOM");
        assert_eq!(run.start.t - run.end.t, 4.0);
    }

    #[test]
    fn the_away_winner_counts_away_points() {
        // The same game with the sides swapped: the away team's run is found.
        let swapped: Vec<(f64, f64, f64)> =
            EXAMPLE_A4.iter().map(|(t, h, a)| (*t, *a, *h)).collect();
        let rows = game_rows(&swapped, "awy");
        let run = biggest_run(&events(&rows), "HOM").expect("a run");
        assert_eq!(summary(&run), (12, 2, 45.0, 41.0, true));
    }

    #[test]
    fn alternating_baskets_give_an_unqualified_fallback() {
        let plays: Vec<(f64, f64, f64)> = (0..12)
            .map(|i| {
                let n = f64::from(i);
                let home = 2.0 * ((n + 2.0) / 2.0).floor();
                let away = 2.0 * ((n + 1.0) / 2.0).floor();
                (47.0 - n * 0.5, home, away)
            })
            .collect();
        let rows = game_rows(&plays, "HOM");
        let run = biggest_run(&events(&rows), "HOM").expect("a fallback run");
        assert!(!run.qualified);
        // Every window nets 2 at best; the one with the most winner points wins the tie:
        // six home baskets against five away ones, within six minutes.
        assert_eq!(summary(&run), (12, 10, 47.0, 42.0, false));
    }

    #[test]
    fn no_winner_or_no_points_means_no_run() {
        let rows_tie = game_rows(&EXAMPLE_A4, "TIE");
        assert_eq!(biggest_run(&events(&rows_tie), "HOM"), None);
        assert_eq!(biggest_run(&[], "HOM"), None);
    }

    #[test]
    fn null_scores_carry_forward_and_windows_stop_at_30_points() {
        let mut rows = game_rows(
            &[(47.0, 2.0, 0.0), (46.0, 0.0, 0.0), (45.0, 5.0, 0.0)],
            "HOM",
        );
        rows[1].score_home = None;
        rows[1].score_away = None;
        let run = biggest_run(&events(&rows), "HOM").expect("a run");
        assert_eq!(summary(&run), (5, 0, 47.0, 45.0, false));

        // 16 straight threes and twos: no window may pass 30 winner points.
        let plays: Vec<(f64, f64, f64)> = (1..=16)
            .map(|i| (48.0 - f64::from(i) * 0.2, f64::from(i * 2), 0.0))
            .collect();
        let rows = game_rows(&plays, "HOM");
        let run = biggest_run(&events(&rows), "HOM").expect("a run");
        assert_eq!((run.winner_points, run.qualified), (30, true));
    }
}

//! When baskets fall: the order of the two sides' baskets within one stretch of the game, with
//! scoring runs, and the whole seconds they fall on.

use super::super::rng::Rng;
use super::Side;

/// Chance, before each basket, that a scoring run starts when none is under way.
const RUN_START: f64 = 0.02;
/// Chance that the running side also scores the next basket while its run lasts.
const RUN_GRIP: f64 = 0.85;
/// How strongly a side behind its pace is favoured to score next (log-odds per unit of
/// progress gap).
const PACE_PULL: f64 = 10.0;
/// Share of runs that belong to the stronger side of the stretch.
const FAVOURITE_RUNS: f64 = 0.6;

/// Interleaves the two sides' baskets, given by their points, and returns who scored each
/// basket in turn. Outside runs the next scorer is drawn by [`home_share`], so the score keeps
/// near the course to the final result; now and then one side goes on a run of four to seven
/// baskets, the `favourite` more often than the other.
///
/// With `guard`, the favourite (whose points must exceed the other's) leads after every
/// basket: it scores first, and the other side scores only while it stays behind. Once the
/// favourite has no baskets left, the rest cannot catch up, because the final margin is
/// positive.
pub fn interleave(
    rng: &mut Rng,
    home: &[u32],
    away: &[u32],
    favourite: Side,
    guard: bool,
) -> Vec<Side> {
    let baskets = |side: Side| match side {
        Side::Home => home,
        Side::Away => away,
    };
    let mut next = [0usize; 2];
    let totals = [home.iter().sum::<u32>(), away.iter().sum::<u32>()];
    let mut left = totals;
    let mut lead = 0i64;
    let mut run: Option<(Side, i64)> = None;
    let mut order = Vec::with_capacity(home.len() + away.len());

    while order.len() < home.len() + away.len() {
        if run.is_none() && rng.chance(RUN_START) {
            let side = if rng.chance(FAVOURITE_RUNS) {
                favourite
            } else {
                favourite.other()
            };
            run = Some((side, rng.between(4, 7)));
        }
        let mut side = match run {
            Some((side, _)) if rng.chance(RUN_GRIP) => side,
            _ => {
                if rng.unit() < home_share(&left, &totals) {
                    Side::Home
                } else {
                    Side::Away
                }
            }
        };
        let points = |side: Side| baskets(side).get(next[side.index()]).copied();
        if guard && side != favourite {
            if let Some(points) = points(side) {
                if lead - i64::from(points) <= 0 {
                    side = favourite;
                }
            }
        }
        if points(side).is_none() {
            side = side.other();
        }
        let Some(scored) = points(side) else {
            break;
        };

        next[side.index()] += 1;
        left[side.index()] -= scored;
        lead += if side == favourite {
            i64::from(scored)
        } else {
            -i64::from(scored)
        };
        order.push(side);
        run = match run {
            Some((side, length)) if length > 1 => Some((side, length - 1)),
            _ => None,
        };
    }
    order
}

/// The chance the home side scores next outside a run: its share of the points still to
/// score, tilted towards whichever side is further behind its own pace, so the score tracks
/// the course to the final result instead of wandering off it.
fn home_share(left: &[u32; 2], totals: &[u32; 2]) -> f64 {
    let remaining = f64::from(left[0] + left[1]);
    if remaining <= 0.0 {
        return 0.5;
    }
    let share = (f64::from(left[0]) / remaining).clamp(0.01, 0.99);
    let done = |i: usize| 1.0 - f64::from(left[i]) / f64::from(totals[i].max(1));
    let tilt = PACE_PULL * (done(1) - done(0));
    let odds = (share / (1.0 - share)).ln() + tilt;
    1.0 / (1.0 + (-odds).exp())
}

/// `count` distinct seconds drawn from `candidates`, in ascending order. Should there be more
/// baskets than seconds, the extra ones share the last second.
pub fn moments(rng: &mut Rng, candidates: &[u32], count: usize) -> Vec<u32> {
    let mut pool = candidates.to_vec();
    let taken = count.min(pool.len());
    for i in 0..taken {
        let j = i + rng.below(pool.len() - i);
        pool.swap(i, j);
    }
    let mut picked = pool[..taken].to_vec();
    picked.sort_unstable();
    let last = picked.last().copied().unwrap_or_default();
    picked.resize(count, last);
    picked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replay(order: &[Side], home: &[u32], away: &[u32]) -> Vec<i64> {
        let (mut h, mut a) = (home.iter(), away.iter());
        let mut margin = 0i64;
        order
            .iter()
            .map(|side| {
                match side {
                    Side::Home => margin += i64::from(*h.next().unwrap_or(&0)),
                    Side::Away => margin -= i64::from(*a.next().unwrap_or(&0)),
                }
                margin
            })
            .collect()
    }

    #[test]
    fn every_basket_is_placed_once() {
        let mut rng = Rng::new(4);
        let home = [2, 3, 2, 1, 2, 2, 3];
        let away = [3, 3, 2, 2];
        let order = interleave(&mut rng, &home, &away, Side::Away, false);
        assert_eq!(order.iter().filter(|s| **s == Side::Home).count(), 7);
        assert_eq!(order.iter().filter(|s| **s == Side::Away).count(), 4);
    }

    #[test]
    fn a_guarded_favourite_leads_after_every_basket() {
        for seed in 0..200 {
            let mut rng = Rng::new(seed);
            let home: Vec<u32> = (0..40).map(|_| rng.between(1, 3) as u32).collect();
            let away: Vec<u32> = (0..34).map(|_| rng.between(1, 3) as u32).collect();
            if home.iter().sum::<u32>() <= away.iter().sum::<u32>() {
                continue;
            }
            let order = interleave(&mut rng, &home, &away, Side::Home, true);
            let margins = replay(&order, &home, &away);
            assert_eq!(order.first(), Some(&Side::Home), "seed {seed}");
            assert!(margins.iter().all(|m| *m > 0), "seed {seed}: {margins:?}");
        }
    }

    #[test]
    fn moments_are_distinct_sorted_and_from_the_candidates() {
        let mut rng = Rng::new(2);
        let candidates: Vec<u32> = (100..400).collect();
        let picked = moments(&mut rng, &candidates, 50);
        assert_eq!(picked.len(), 50);
        assert!(picked.windows(2).all(|w| w[0] < w[1]));
        assert!(picked.iter().all(|s| candidates.contains(s)));
        assert_eq!(moments(&mut rng, &[5, 6], 3), vec![5, 6, 6]);
    }
}

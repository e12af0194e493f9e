//! Scoring plays: how a player's points break into threes, twos and free throws, how a team's
//! points spread over regulation and each overtime, and the play text of each row.

use super::super::rng::Rng;

/// One trip to score. Every row of a trip happens at the same clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shot {
    Three,
    Two,
    /// A two-point basket plus the free throw for the foul on it.
    AndOne,
    /// `made` free throws of a trip of `of`; only the made ones are rows, and they are the
    /// last ones of the trip.
    FreeThrows {
        made: u32,
        of: u32,
    },
}

impl Shot {
    pub fn points(self) -> u32 {
        match self {
            Self::Three | Self::AndOne => 3,
            Self::Two => 2,
            Self::FreeThrows { made, .. } => made,
        }
    }

    fn is_field_goal(self) -> bool {
        !matches!(self, Self::FreeThrows { .. })
    }
}

/// Breaks a player's points into shots. The shares from threes and free throws are drawn each
/// time, so lines differ from night to night.
pub fn shots(rng: &mut Rng, points: u32) -> Vec<Shot> {
    let threes = ((f64::from(points) * rng.range(0.12, 0.5) / 3.0).round() as u32).min(points / 3);
    let rest = points - 3 * threes;
    let mut free_throws = ((f64::from(points) * rng.range(0.05, 0.3)).round() as u32).min(rest);
    // What is left goes in twos, so it must be even.
    if (rest - free_throws) % 2 == 1 {
        free_throws = if free_throws > 0 { free_throws - 1 } else { 1 };
    }
    let mut twos = (rest - free_throws) / 2;

    let mut shots = vec![Shot::Three; threes as usize];
    while free_throws > 0 {
        let shot = if twos > 0 && rng.chance(0.25) {
            twos -= 1;
            Shot::AndOne
        } else if free_throws >= 3 && rng.chance(0.08) {
            Shot::FreeThrows { made: 3, of: 3 }
        } else if free_throws >= 2 && rng.chance(0.7) {
            Shot::FreeThrows { made: 2, of: 2 }
        } else {
            Shot::FreeThrows { made: 1, of: 2 }
        };
        free_throws -= match shot {
            Shot::AndOne => 1,
            other => other.points(),
        };
        shots.push(shot);
    }
    shots.extend(std::iter::repeat_n(Shot::Two, twos as usize));
    rng.shuffle(&mut shots);
    shots
}

/// Each player's points within each stretch of the game (regulation, then each overtime).
/// Row `p` adds up to `points[p]` and column `s` to `stretches[s]`, given that both lists add
/// up to the same team total.
///
/// The points are dealt in shuffled chunks of two and three, and the chunk that straddles the
/// end of a stretch is split, so who scored when looks random and every sum is exact.
pub fn by_stretch(rng: &mut Rng, points: &[u32], stretches: &[u32]) -> Vec<Vec<u32>> {
    let mut chunks = Vec::new();
    for (player, &total) in points.iter().enumerate() {
        let mut left = total;
        while left > 0 {
            let chunk = left.min(if rng.chance(0.5) { 2 } else { 3 });
            chunks.push((player, chunk));
            left -= chunk;
        }
    }
    rng.shuffle(&mut chunks);

    let mut cells = vec![vec![0; stretches.len()]; points.len()];
    let last = stretches.len().saturating_sub(1);
    let mut stretch = 0;
    let mut room = stretches.first().copied().unwrap_or(0);
    for (player, mut chunk) in chunks {
        while chunk > 0 {
            while room == 0 && stretch < last {
                stretch += 1;
                room = stretches[stretch];
            }
            // Past the last stretch only if the totals disagree; the last one takes the rest.
            let dealt = if stretch == last {
                chunk
            } else {
                chunk.min(room)
            };
            if let Some(cell) = cells[player].get_mut(stretch) {
                *cell += dealt;
            }
            chunk -= dealt;
            room = room.saturating_sub(dealt);
        }
    }
    cells
}

/// The rows of one shot, in the order they happen: points and play text. `passer` is credited
/// with an assist on a field goal.
pub fn rows(rng: &mut Rng, shot: Shot, scorer: &str, passer: Option<&str>) -> Vec<(u32, String)> {
    let assist = match passer {
        Some(passer) if shot.is_field_goal() => format!(" ({passer} assists)"),
        _ => String::new(),
    };
    match shot {
        Shot::Three => vec![(3, format!("{scorer} makes {}{assist}", three(rng)))],
        Shot::Two => vec![(2, format!("{scorer} makes {}{assist}", two(rng)))],
        Shot::AndOne => vec![
            (2, format!("{scorer} makes {}{assist}", two(rng))),
            (1, format!("{scorer} makes free throw 1 of 1")),
        ],
        Shot::FreeThrows { made, of } => (of - made + 1..=of)
            .map(|n| (1, format!("{scorer} makes free throw {n} of {of}")))
            .collect(),
    }
}

fn three(rng: &mut Rng) -> String {
    let feet = rng.between(23, 29);
    match rng.below(4) {
        0 => format!("{feet}-foot step back three pointer"),
        1 => format!("{feet}-foot pullup three pointer"),
        _ => format!("{feet}-foot three point jumper"),
    }
}

fn two(rng: &mut Rng) -> String {
    match rng.below(7) {
        0 => "driving layup".to_string(),
        1 => "dunk".to_string(),
        2 => "alley oop dunk shot".to_string(),
        3 => format!("{}-foot hook shot", rng.between(4, 9)),
        4 => format!("{}-foot pullup jump shot", rng.between(10, 21)),
        5 => format!("{}-foot two point shot", rng.between(2, 21)),
        _ => "layup".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shots_add_up_to_the_points() {
        let mut rng = Rng::new(3);
        for points in 0..60 {
            for _ in 0..20 {
                let total: u32 = shots(&mut rng, points).iter().map(|s| s.points()).sum();
                assert_eq!(total, points);
            }
        }
    }

    #[test]
    fn stretches_add_up_both_ways() {
        let mut rng = Rng::new(9);
        let points = [31, 0, 17, 12, 9, 8, 4, 1];
        let stretches = [70, 7, 5];
        let cells = by_stretch(&mut rng, &points, &stretches);
        for (row, total) in cells.iter().zip(points) {
            assert_eq!(row.iter().sum::<u32>(), total);
        }
        for (s, total) in stretches.iter().enumerate() {
            assert_eq!(cells.iter().map(|row| row[s]).sum::<u32>(), *total);
        }
    }

    #[test]
    fn free_throws_share_a_trip_and_assists_only_go_with_field_goals() {
        let mut rng = Rng::new(1);
        let trip = rows(
            &mut rng,
            Shot::FreeThrows { made: 1, of: 2 },
            "Zoë Sørlund",
            Some("X"),
        );
        assert_eq!(
            trip,
            vec![(1, "Zoë Sørlund makes free throw 2 of 2".to_string())]
        );
        let and_one = rows(&mut rng, Shot::AndOne, "Tomás Zelić", Some("Kenji Ashby"));
        assert_eq!(and_one.len(), 2);
        assert!(and_one[0].1.ends_with("(Kenji Ashby assists)"));
        assert_eq!(and_one[1].1, "Tomás Zelić makes free throw 1 of 1");
        let three = rows(&mut rng, Shot::Three, "Idris Vélez-Marin", None);
        assert!(three[0].1.starts_with("Idris Vélez-Marin makes 2"));
        assert!(three[0].1.contains("three"));
    }
}

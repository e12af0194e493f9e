//! Invented players: fourteen per team plus two unattached contracts, each with a skill level
//! that drives scoring, shooting, MVP score and salary.

use super::franchise::Franchise;
use super::names::NameGenerator;
use super::rng::Rng;

pub const ROSTER_SIZE: usize = 14;

/// Players in the first ten roster slots play most nights; the rest fill in.
pub const ROTATION_SIZE: usize = 10;

/// Base skill by roster slot, before each player's own variation.
const SLOT_SKILL: [f64; ROSTER_SIZE] = [
    0.82, 0.63, 0.58, 0.54, 0.52, 0.47, 0.43, 0.39, 0.35, 0.31, 0.27, 0.23, 0.19, 0.15,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Rotation,
    Bench,
    /// A call-up who appears in exactly one game with a freak shooting line, reproducing the
    /// tiny-sample true-shooting outliers gold is known for (0, or above 1).
    Cameo {
        perfect: bool,
    },
    /// On a two-way deal and hurt all season: never in a game, outside the salary tables, and
    /// therefore only on the injury report.
    TwoWay,
    /// On a ten-day deal, used once in garbage time without taking a shot: the one player
    /// whose true shooting has no value.
    TenDay,
}

#[derive(Debug, Clone)]
pub struct Player {
    pub name: String,
    /// Index into the season's teams; `None` for an unattached contract.
    pub team: Option<usize>,
    /// 0 (end of bench) to about 1 (league MVP).
    pub skill: f64,
    /// Relative share of the team's points per minute on the floor; the floor under it keeps
    /// reserves from going scoreless for weeks.
    pub usage: f64,
    /// Nominal minutes per game.
    pub minutes: f64,
    /// True-shooting fraction on an ordinary night.
    pub shooting: f64,
    /// Annual salary in whole dollars.
    pub salary: f64,
    pub age: u32,
    pub role: Role,
    /// Chance a healthy player dresses on a given night.
    pub availability: f64,
}

/// Builds every roster; the order is team by team, best player first, then the free agents.
pub fn players(rng: &Rng, teams: &[Franchise]) -> Vec<Player> {
    let mut draw = rng.fork("roster");
    let mut names = NameGenerator::new(rng.fork("names"));
    let cameo_teams = cameo_teams(&mut draw, teams.len());

    let mut players = Vec::with_capacity(teams.len() * ROSTER_SIZE + 2);
    for (team_index, team) in teams.iter().enumerate() {
        let strength = team.offense + team.defense;
        let mut skills: Vec<f64> = SLOT_SKILL
            .iter()
            .map(|base| (base + draw.normal(0.0, 0.06) + 0.007 * strength).clamp(0.05, 1.0))
            .collect();
        if draw.chance(0.25) {
            skills[0] = (skills[0] + 0.14).min(1.0);
        }
        skills.sort_by(|a, b| b.total_cmp(a));

        for (slot, skill) in skills.into_iter().enumerate() {
            let role = match slot {
                s if s < ROTATION_SIZE => Role::Rotation,
                s if s == ROSTER_SIZE - 1 && cameo_teams.0 == team_index => {
                    Role::Cameo { perfect: true }
                }
                s if s == ROSTER_SIZE - 1 && cameo_teams.1 == team_index => {
                    Role::Cameo { perfect: false }
                }
                _ => Role::Bench,
            };
            players.push(player(
                &mut draw,
                names.next_name(),
                Some(team_index),
                skill,
                role,
            ));
        }
    }

    for _ in 0..2 {
        let skill = draw.range(0.2, 0.4);
        players.push(player(
            &mut draw,
            names.next_name(),
            None,
            skill,
            Role::Bench,
        ));
    }
    players
}

impl Player {
    /// Whether his contract counts in the salary tables; two-way deals do not.
    pub fn on_the_books(&self) -> bool {
        self.role != Role::TwoWay
    }
}

/// Two different teams whose last roster spot is a one-game call-up.
fn cameo_teams(rng: &mut Rng, team_count: usize) -> (usize, usize) {
    let first = rng.below(team_count);
    let second = (first + 1 + rng.below(team_count - 1)) % team_count;
    (first, second)
}

fn player(rng: &mut Rng, name: String, team: Option<usize>, skill: f64, role: Role) -> Player {
    let age = rng.normal(26.5, 3.6).round().clamp(19.0, 38.0) as u32;
    let (minutes, availability) = match role {
        Role::Rotation => (12.0 + 24.0 * skill, 0.97),
        Role::Bench => (5.0 + 12.0 * skill, 0.45),
        Role::Cameo { .. } => (4.0, 0.0),
        Role::TwoWay | Role::TenDay => (0.0, 0.0),
    };

    // Rookie-scale deals pay young players far below their value and veterans are paid for
    // what they used to be, which populates both corners of the contract scatter.
    let market = 1.2e6 + 50.0e6 * skill.powf(2.3) * rng.range(0.6, 1.4);
    let salary = match age {
        0..=22 => market * 0.35,
        31.. => market * rng.range(1.3, 2.2),
        _ => market,
    };

    Player {
        name,
        team,
        skill,
        usage: 0.12 + skill,
        minutes,
        shooting: (0.54 + 0.06 * skill + rng.normal(0.0, 0.018)).clamp(0.45, 0.68),
        salary: (salary.clamp(1_160_000.0, 56_000_000.0) / 1000.0).round() * 1000.0,
        age,
        role,
        availability,
    }
}

#[cfg(test)]
mod tests {
    use super::super::franchise::franchises;
    use super::*;

    #[test]
    fn rosters_have_fourteen_players_two_cameos_and_two_free_agents() {
        let rng = Rng::new(4);
        let teams = franchises(&rng);
        let all = players(&rng, &teams);
        assert_eq!(all.len(), 30 * ROSTER_SIZE + 2);
        for team in 0..30 {
            assert_eq!(
                all.iter().filter(|p| p.team == Some(team)).count(),
                ROSTER_SIZE
            );
        }
        assert_eq!(
            all.iter()
                .filter(|p| matches!(p.role, Role::Cameo { .. }))
                .count(),
            2
        );
        assert_eq!(all.iter().filter(|p| p.team.is_none()).count(), 2);
    }
}

//! Team colours from `team_adv_stats`, turned into badge and marker looks for all 30 teams.

use crate::colour::TeamLook;
use crate::gold::tables::TeamAdvStat;
use crate::teams::{self, TEAMS};

pub fn team_looks(adv: &[TeamAdvStat]) -> Vec<TeamLook> {
    TEAMS
        .iter()
        .map(|team| {
            let row = adv.iter().find(|row| {
                [row.team_acronym.as_deref(), row.team.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(|id| teams::resolve(id).is_some_and(|t| t.abbr == team.abbr))
            });
            let primary = row.and_then(|r| r.primary_color.as_deref());
            let secondary = row.and_then(|r| r.secondary_color.as_deref());
            TeamLook::new(team.abbr, team.name, primary, secondary)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::NEUTRAL;

    #[test]
    fn every_team_gets_a_look_and_invalid_colours_are_ignored() {
        let adv = vec![TeamAdvStat {
            team: Some("Boston Celtics".into()),
            team_acronym: Some("BOS".into()),
            primary_color: Some("#007A33".into()),
            secondary_color: Some("NA".into()),
        }];
        let looks = team_looks(&adv);
        assert_eq!(looks.len(), 30);
        let bos = looks
            .iter()
            .find(|l| l.abbr == "BOS")
            .map(|l| (l.primary.clone(), l.ring.clone()));
        assert_eq!(bos, Some(("#007a33".to_owned(), None)));
        assert!(looks
            .iter()
            .filter(|l| l.abbr != "BOS")
            .all(|l| l.primary == NEUTRAL));
    }
}

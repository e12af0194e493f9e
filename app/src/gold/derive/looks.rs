//! Team colours from `team_adv_stats` (else the play-by-play), turned into badge and marker
//! looks for all 30 teams.

use crate::colour::{Rgb, TeamLook};
use crate::gold::tables::{Pbp, TeamAdvStat};
use crate::teams::{self, TEAMS};

fn valid(colour: Option<&str>) -> Option<&str> {
    colour.filter(|value| Rgb::parse(value).is_some())
}

/// The most recent valid play-by-play colour of a team (rows are in load order).
fn pbp_colour<'a>(pbp: &'a [Pbp], abbr: &str) -> Option<&'a str> {
    let of = |team: Option<&str>| {
        team.and_then(teams::resolve)
            .is_some_and(|t| t.abbr == abbr)
    };
    pbp.iter().rev().find_map(|row| {
        let home =
            valid(row.home_primary_color.as_deref()).filter(|_| of(row.home_team.as_deref()));
        let away =
            valid(row.away_primary_color.as_deref()).filter(|_| of(row.away_team.as_deref()));
        home.or(away)
    })
}

pub fn team_looks(adv: &[TeamAdvStat], pbp: &[Pbp]) -> Vec<TeamLook> {
    TEAMS
        .iter()
        .map(|team| {
            let row = adv.iter().find(|row| {
                [row.team_acronym.as_deref(), row.team.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(|id| teams::resolve(id).is_some_and(|t| t.abbr == team.abbr))
            });
            let primary = valid(row.and_then(|r| r.primary_color.as_deref()))
                .or_else(|| pbp_colour(pbp, team.abbr));
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
            ..TeamAdvStat::default()
        }];
        let looks = team_looks(&adv, &[]);
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

    #[test]
    fn play_by_play_colours_fill_in_for_missing_ones() {
        let adv = vec![TeamAdvStat {
            team_acronym: Some("BOS".into()),
            primary_color: Some("NA".into()),
            ..TeamAdvStat::default()
        }];
        let pbp = vec![
            Pbp {
                home_team: Some("BOS".into()),
                home_primary_color: Some("#111111".into()),
                away_team: Some("LAL".into()),
                away_primary_color: Some("#552583".into()),
                ..Pbp::default()
            },
            Pbp {
                home_team: Some("BOS".into()),
                home_primary_color: Some("#007a33".into()),
                ..Pbp::default()
            },
        ];
        let looks = team_looks(&adv, &pbp);
        let primary = |abbr: &str| {
            looks
                .iter()
                .find(|l| l.abbr == abbr)
                .map(|l| l.primary.clone())
        };
        assert_eq!(primary("BOS").as_deref(), Some("#007a33"));
        assert_eq!(primary("LAL").as_deref(), Some("#552583"));
    }
}

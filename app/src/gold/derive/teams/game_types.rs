//! The optional "Game types" card: a team's games by final margin, from `team_game_types`
//! in whichever shape upstream wrote it.

use crate::gold::tables::{GameTypesLong, GameTypesWide, TeamGameTypes};
use crate::model::teams::GameTypesCard;
use crate::season::SeasonType;
use crate::teams::{self, Team};

/// Margin bands in the Schedule page's game-types order: (gold `game_type`, card label).
const BANDS: [(&str, &str); 4] = [
    ("Clutch Game", "Clutch (≤ 5)"),
    ("10 pt Game", "10 pt (6–10)"),
    ("20 pt Game", "20 pt (11–20)"),
    ("Blowout Game", "Blowout (> 20)"),
];

fn is(team: &Team, raw: Option<&str>) -> bool {
    raw.and_then(teams::resolve)
        .is_some_and(|t| t.abbr == team.abbr)
}

/// Wide shape: the 11–20 band is whatever the other bands leave of the season record,
/// counted separately for wins and losses.
fn records(row: &GameTypesWide) -> Vec<(String, i64, i64)> {
    let n = |v: Option<i64>| v.unwrap_or(0);
    let (clutch, tenpt, blowout) = (
        (n(row.clutch_wins_count), n(row.clutch_losses_count)),
        (n(row.tenpt_wins_count), n(row.tenpt_losses_count)),
        (n(row.blowout_wins_count), n(row.blowout_losses_count)),
    );
    let twenty = (
        (n(row.outcome_wins_count) - clutch.0 - tenpt.0 - blowout.0).max(0),
        (n(row.outcome_losses_count) - clutch.1 - tenpt.1 - blowout.1).max(0),
    );
    [clutch, tenpt, twenty, blowout]
        .into_iter()
        .zip(BANDS)
        .map(|((wins, losses), (_, label))| (label.to_owned(), wins, losses))
        .collect()
}

/// Long shape: the Regular Season rows, in band order.
fn shares(rows: &[&GameTypesLong]) -> Vec<(String, Option<i64>, Option<f64>)> {
    BANDS
        .iter()
        .filter_map(|(game_type, label)| {
            let row = rows.iter().find(|r| {
                r.game_type.as_deref().map(str::trim) == Some(*game_type)
                    && r.season_type.as_deref().and_then(SeasonType::from_gold)
                        == Some(SeasonType::Regular)
            })?;
            Some(((*label).to_owned(), row.n, row.pct_of_total))
        })
        .collect()
}

/// The card, or `None` when the table is absent or has no row for the team.
pub fn game_types_card(table: &TeamGameTypes, team: &Team) -> Option<GameTypesCard> {
    match table {
        TeamGameTypes::Wide(rows) => rows
            .iter()
            .find(|row| is(team, row.team.as_deref()))
            .map(|row| GameTypesCard::Records(records(row))),
        TeamGameTypes::Long(rows) => {
            let mine: Vec<&GameTypesLong> = rows
                .iter()
                .filter(|row| is(team, row.team.as_deref()))
                .collect();
            let shares = shares(&mine);
            (!shares.is_empty()).then_some(GameTypesCard::Shares(shares))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::teams::by_abbr;

    #[test]
    fn the_wide_shape_derives_the_eleven_to_twenty_band() {
        let table = TeamGameTypes::Wide(vec![GameTypesWide {
            team: Some("BOS".into()),
            outcome_wins_count: Some(30),
            outcome_losses_count: Some(12),
            clutch_wins_count: Some(8),
            clutch_losses_count: Some(6),
            tenpt_wins_count: Some(9),
            tenpt_losses_count: Some(3),
            blowout_wins_count: Some(5),
            blowout_losses_count: None,
        }]);
        let card = game_types_card(&table, by_abbr("BOS").expect("BOS"));
        let Some(GameTypesCard::Records(rows)) = card else {
            panic!("a wide card");
        };
        assert_eq!(rows[2], ("20 pt (11–20)".to_owned(), 8, 3));
        assert_eq!(rows[3], ("Blowout (> 20)".to_owned(), 5, 0));
        let total: (i64, i64) = rows.iter().fold((0, 0), |t, r| (t.0 + r.1, t.1 + r.2));
        assert_eq!(total, (30, 12));
        assert_eq!(game_types_card(&table, by_abbr("MIA").expect("MIA")), None);
    }

    #[test]
    fn the_long_shape_lists_regular_season_bands_in_order() {
        let row = |game_type: &str, season: &str, n: i64| GameTypesLong {
            team: Some("bos".into()),
            game_type: Some(game_type.into()),
            season_type: Some(season.into()),
            n: Some(n),
            pct_of_total: Some(0.25),
        };
        let table = TeamGameTypes::Long(vec![
            row("Blowout Game", "Regular Season", 4),
            row("Clutch Game", "Regular Season", 10),
            row("Clutch Game", "Playoffs", 2),
        ]);
        let card = game_types_card(&table, by_abbr("BOS").expect("BOS"));
        let Some(GameTypesCard::Shares(rows)) = card else {
            panic!("a long card");
        };
        let labels: Vec<(&str, Option<i64>)> = rows.iter().map(|r| (r.0.as_str(), r.1)).collect();
        assert_eq!(
            labels,
            [("Clutch (≤ 5)", Some(10)), ("Blowout (> 20)", Some(4))]
        );
        assert_eq!(
            game_types_card(&TeamGameTypes::Long(vec![]), by_abbr("BOS").expect("BOS")),
            None
        );
    }
}

//! The Overview's table rows: display text, links, colour classes and typed sort keys.

use crate::components::data_table::{Cell, Rows};
use crate::format::{fixed, int, parse_ordinal, parse_record, pct1};
use crate::model::OverviewData;
use crate::season::SeasonType;
use crate::table::SortKey;
use crate::teams::Conference;

fn opt_int(value: Option<i64>) -> (String, SortKey) {
    (
        value.map_or("-".to_owned(), int),
        SortKey::opt_num(value.map(|v| v as f64)),
    )
}

/// Standings of one conference, in the default (rank) order.
pub fn standings_rows(data: &OverviewData, conference: Conference) -> Rows {
    let mut rows = Rows::default();
    for row in data.standings_of(conference) {
        let (wins, wins_key) = opt_int(row.wins);
        let (losses, losses_key) = opt_int(row.losses);
        let (played, played_key) = opt_int(row.games_played);
        let (injuries, injuries_key) = opt_int(row.active_injuries.map(|v| v.round() as i64));
        let last_10 = row.last_10.clone();
        let last_10_key = last_10.as_deref().and_then(parse_record);

        rows.push(
            vec![
                Cell::text(row.rank.clone().unwrap_or_else(|| "-".into())),
                Cell::link(row.team.label.clone(), row.team.href())
                    .badge(row.team.abbr.as_deref().and_then(|a| data.look(a)).cloned()),
                Cell::text(wins),
                Cell::text(losses),
                Cell::text(played),
                Cell::text(row.win_pct.map_or("-".into(), pct1)),
                Cell::text(injuries),
                Cell::text(last_10.unwrap_or_else(|| "-".into())),
            ],
            vec![
                SortKey::opt_num(
                    row.rank
                        .as_deref()
                        .and_then(parse_ordinal)
                        .map(|r| r as f64),
                ),
                SortKey::text(&row.team.label),
                wins_key,
                losses_key,
                played_key,
                SortKey::opt_num(row.win_pct),
                injuries_key,
                // Records sort by wins, then by fewer losses.
                SortKey::opt_num(last_10_key.map(|(w, l)| w as f64 - l as f64 / 1000.0)),
            ],
        );
    }
    rows
}

/// Scorers of one season type, in the default (PPG) order.
pub fn scoring_rows(data: &OverviewData, season: SeasonType) -> Rows {
    let mut rows = Rows::default();
    for row in data.scoring_rows(season) {
        let ts_class = match (row.ts, data.league_ts) {
            (Some(ts), Some(league)) if ts >= league => Some("ts-above"),
            (Some(_), _) => Some("ts-below"),
            _ => None,
        };
        let is_candidate = row
            .player_type
            .as_deref()
            .is_some_and(|t| t.contains("Top 5"));
        let (games, games_key) = opt_int(row.games);

        rows.push(
            vec![
                Cell::link(row.player.clone(), Some(format!("/players/{}", row.slug))),
                Cell::link(row.team.label.clone(), row.team.href()),
                Cell::text(fixed(row.ppg, 1)),
                Cell::text(row.ts.map_or("-".into(), pct1)).class(ts_class),
                Cell::text(games),
                Cell::text(row.player_type.clone().unwrap_or_else(|| "-".into()))
                    .class(is_candidate.then_some("mvp-candidate")),
            ],
            vec![
                SortKey::text(&row.player),
                SortKey::text(&row.team.label),
                SortKey::Num(row.ppg),
                SortKey::opt_num(row.ts),
                games_key,
                row.player_type
                    .as_deref()
                    .map_or(SortKey::Null, SortKey::text),
            ],
        );
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ScoringRow, TeamRef};
    use crate::season::SeasonChoice;

    fn data_with(scoring: Vec<ScoringRow>, league_ts: Option<f64>) -> OverviewData {
        OverviewData {
            updated: None,
            kpis: vec![],
            standings: vec![],
            scoring,
            league_ts,
            season: SeasonChoice::for_date(1, 1),
            has_playoff_rows: false,
            ratings: vec![],
            value_teams: vec![],
            value_rows: 0,
            contracts: vec![],
            looks: vec![],
        }
    }

    fn scorer(name: &str, ts: Option<f64>, kind: &str) -> ScoringRow {
        ScoringRow {
            season: SeasonType::Regular,
            player: name.into(),
            slug: name.to_lowercase(),
            team: TeamRef {
                abbr: Some("BOS".into()),
                label: "BOS".into(),
            },
            ppg: 25.04,
            ts,
            games: Some(1234),
            player_type: Some(kind.into()),
        }
    }

    #[test]
    fn ts_is_highlighted_at_or_above_the_league_average() {
        let data = data_with(
            vec![
                scorer("A", Some(0.6), "Top 5 MVP Candidate"),
                scorer("B", Some(0.55), "Other"),
                scorer("C", None, "Other"),
            ],
            Some(0.6),
        );
        let rows = scoring_rows(&data, SeasonType::Regular);
        let classes: Vec<Option<&str>> = rows.cells.iter().map(|r| r[3].class).collect();
        assert_eq!(classes, vec![Some("ts-above"), Some("ts-below"), None]);
        assert_eq!(rows.cells[2][3].text, "-");
        assert_eq!(rows.cells[0][5].class, Some("mvp-candidate"));
        assert_eq!(rows.cells[1][5].class, None);
        assert_eq!(rows.cells[0][2].text, "25.0");
        assert_eq!(rows.cells[0][4].text, "1,234");
        assert_eq!(rows.cells[0][0].href.as_deref(), Some("/players/a"));
    }

    #[test]
    fn without_a_league_average_nothing_is_highlighted() {
        let data = data_with(vec![scorer("A", Some(0.9), "Other")], None);
        assert_eq!(
            scoring_rows(&data, SeasonType::Regular).cells[0][3].class,
            Some("ts-below")
        );
    }
}

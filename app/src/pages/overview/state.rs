//! The Overview's URL state: which season, which value-chart team, and each table's sort and
//! page, validated against the data and written back in canonical order.

use crate::model::OverviewData;
use crate::season::SeasonType;
use crate::table::{Column, Dir, Kind, TableSpec, TableState};
use crate::teams::Conference;
use crate::url::{build_query, query_value};

const STANDINGS_COLUMNS: &[Column] = &[
    Column {
        id: "rank",
        header: "Rank",
        kind: Kind::Rank,
    },
    Column {
        id: "team_full",
        header: "Team",
        kind: Kind::Text,
    },
    Column {
        id: "wins",
        header: "Wins",
        kind: Kind::Number,
    },
    Column {
        id: "losses",
        header: "Losses",
        kind: Kind::Number,
    },
    Column {
        id: "games_played",
        header: "Games Played",
        kind: Kind::Number,
    },
    Column {
        id: "win_pct",
        header: "Win %",
        kind: Kind::Number,
    },
    Column {
        id: "active_injuries",
        header: "Active Injuries",
        kind: Kind::Number,
    },
    Column {
        id: "last_10",
        header: "Last 10",
        kind: Kind::Number,
    },
];

pub const WEST: TableSpec = TableSpec {
    key: "west",
    columns: STANDINGS_COLUMNS,
    default_sort: "rank",
    default_dir: Dir::Asc,
    page_size: 15,
};

pub const EAST: TableSpec = TableSpec {
    key: "east",
    ..WEST
};

pub const SCORING: TableSpec = TableSpec {
    key: "scoring",
    columns: &[
        Column {
            id: "player",
            header: "Player",
            kind: Kind::Text,
        },
        Column {
            id: "team",
            header: "Team",
            kind: Kind::Code,
        },
        Column {
            id: "avg_ppg",
            header: "PPG",
            kind: Kind::Number,
        },
        Column {
            id: "avg_ts_percent",
            header: "True shooting %",
            kind: Kind::Number,
        },
        Column {
            id: "games_played",
            header: "Games",
            kind: Kind::Number,
        },
        Column {
            id: "is_mvp_candidate",
            header: "Player type",
            kind: Kind::Text,
        },
    ],
    default_sort: "avg_ppg",
    default_dir: Dir::Desc,
    page_size: 15,
};

#[derive(Debug, Clone, PartialEq)]
pub struct OverviewState {
    pub season: SeasonType,
    /// The value chart's team option; `None` is "All Teams".
    pub value_team: Option<String>,
    pub west: TableState,
    pub east: TableState,
    pub scoring: TableState,
}

const KNOWN_PARAMS: [&str; 11] = [
    "season",
    "value_team",
    "west_sort",
    "west_dir",
    "west_page",
    "east_sort",
    "east_dir",
    "east_page",
    "scoring_sort",
    "scoring_dir",
    "scoring_page",
];

impl OverviewState {
    /// Reads the state from decoded query pairs. The flag is true when some value was invalid
    /// and fell back to its default.
    pub fn parse(pairs: &[(String, String)], data: &OverviewData) -> (Self, bool) {
        let get = |name: &str| query_value(pairs, name);
        let mut invalid = false;

        let requested = get("season").map(|raw| (raw, SeasonType::from_param(raw)));
        let season = match requested {
            Some((_, parsed)) => match data.season.resolve(parsed, data.has_playoff_rows) {
                Some(season) => season,
                None => {
                    invalid = true;
                    data.season.default
                }
            },
            None => data.season.default,
        };

        let value_team = get("value_team").and_then(|raw| {
            let option = data
                .value_teams
                .iter()
                .find(|option| option.eq_ignore_ascii_case(raw));
            invalid |= option.is_none();
            option.cloned()
        });

        let mut table = |spec: &TableSpec, rows: usize| {
            let (state, bad) = TableState::parse(spec, rows, get);
            invalid |= bad;
            state
        };
        let west = table(&WEST, data.standings_of(Conference::West).count());
        let east = table(&EAST, data.standings_of(Conference::East).count());
        let scoring = table(&SCORING, data.scoring_rows(season).count());

        (
            Self {
                season,
                value_team,
                west,
                east,
                scoring,
            },
            invalid,
        )
    }

    /// The canonical parameters: defaults omitted, except the date-dependent season.
    pub fn params(&self, data: &OverviewData) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if self.season != data.season.default || data.season.date_dependent {
            params.push(("season".to_owned(), self.season.param().to_owned()));
        }
        if let Some(team) = &self.value_team {
            params.push(("value_team".to_owned(), team.clone()));
        }
        params.extend(self.west.params(&WEST));
        params.extend(self.east.params(&EAST));
        params.extend(self.scoring.params(&SCORING));
        params
    }

    /// The canonical URL of this view.
    pub fn href(&self, data: &OverviewData) -> String {
        format!("/{}", build_query(&self.params(data)))
    }

    /// Whether a request's raw query needs a redirect to the canonical URL: something was
    /// invalid, unknown, repeated, out of order, or an explicit default. A missing
    /// date-dependent season is allowed; the client adds it after hydration.
    pub fn needs_redirect(
        &self,
        raw: &[(String, String)],
        invalid: bool,
        data: &OverviewData,
    ) -> bool {
        if invalid
            || raw
                .iter()
                .any(|(name, _)| !KNOWN_PARAMS.contains(&name.as_str()))
        {
            return true;
        }
        let canonical = self.params(data);
        if raw == canonical.as_slice() {
            return false;
        }
        let season_missing = !raw.iter().any(|(name, _)| name == "season");
        let without_season: Vec<(String, String)> = canonical
            .into_iter()
            .filter(|(name, _)| name != "season")
            .collect();
        !(season_missing && self.season == data.season.default && raw == without_season.as_slice())
    }

    /// A change of season resets the scoring table's page, whose rows change.
    pub fn with_season(&self, season: SeasonType) -> Self {
        Self {
            season,
            scoring: self.scoring.with_page(1),
            ..self.clone()
        }
    }

    pub fn with_value_team(&self, value_team: Option<String>) -> Self {
        Self {
            value_team,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ScoringRow, StandingRow, TeamRef};
    use crate::season::SeasonChoice;

    fn data(season: SeasonChoice) -> OverviewData {
        let team = TeamRef {
            abbr: Some("BOS".into()),
            label: "Boston Celtics".into(),
        };
        let standing = |conference| StandingRow {
            conference,
            rank: Some("1st".into()),
            team: team.clone(),
            wins: None,
            losses: None,
            games_played: None,
            win_pct: None,
            active_injuries: None,
            last_10: None,
        };
        let scorer = |season| ScoringRow {
            season,
            player: "A".into(),
            slug: "a".into(),
            team: team.clone(),
            ppg: 25.0,
            ts: None,
            games: None,
            player_type: None,
        };
        OverviewData {
            updated: None,
            kpis: vec![],
            standings: vec![standing(Conference::West), standing(Conference::East)],
            scoring: (0..20).map(|_| scorer(SeasonType::Regular)).collect(),
            league_ts: None,
            season,
            has_playoff_rows: false,
            ratings: vec![],
            value_teams: vec!["BOS".into(), "FA".into()],
            value_rows: 0,
            contracts: vec![],
            looks: vec![],
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn check(query: &[(&str, &str)], data: &OverviewData) -> (OverviewState, bool) {
        let raw = pairs(query);
        let (state, invalid) = OverviewState::parse(&raw, data);
        let redirect = state.needs_redirect(&raw, invalid, data);
        (state, redirect)
    }

    #[test]
    fn canonical_urls_need_no_redirect() {
        let december = data(SeasonChoice::for_date(12, 3));
        assert!(!check(&[], &december).1);
        let (state, redirect) = check(&[("value_team", "BOS"), ("scoring_page", "2")], &december);
        assert!(!redirect);
        assert_eq!(state.href(&december), "/?value_team=BOS&scoring_page=2");
    }

    #[test]
    fn invalid_unknown_and_non_canonical_values_redirect() {
        let december = data(SeasonChoice::for_date(12, 3));
        for query in [
            vec![("season", "playoffs")],
            vec![("season", "regular")],
            vec![("value_team", "XYZ")],
            vec![("value_team", "bos")],
            vec![("west_sort", "nope")],
            vec![("west_sort", "rank")],
            vec![("scoring_page", "3")],
            vec![("utm", "x")],
            vec![("scoring_page", "2"), ("value_team", "BOS")],
        ] {
            assert!(check(&query, &december).1, "{query:?} should redirect");
        }
        let (state, _) = check(&[("value_team", "bos")], &december);
        assert_eq!(state.href(&december), "/?value_team=BOS");
    }

    #[test]
    fn date_dependent_season_is_written_but_may_be_missing() {
        let may = data(SeasonChoice::for_date(5, 1));
        let (state, redirect) = check(&[], &may);
        assert!(!redirect);
        assert_eq!(state.season, SeasonType::Playoffs);
        assert_eq!(state.href(&may), "/?season=playoffs");
        assert!(!check(&[("season", "regular")], &may).1);
        assert!(!check(&[("season", "playoffs")], &may).1);
    }

    #[test]
    fn playoffs_outside_the_window_are_honoured_with_playoff_rows() {
        let mut december = data(SeasonChoice::for_date(12, 3));
        december.has_playoff_rows = true;
        let (state, redirect) = check(&[("season", "playoffs")], &december);
        assert!(!redirect);
        assert_eq!(state.season, SeasonType::Playoffs);
    }

    #[test]
    fn season_change_resets_the_scoring_page() {
        let december = data(SeasonChoice::for_date(12, 3));
        let (state, _) = check(&[("scoring_page", "2")], &december);
        assert_eq!(state.with_season(SeasonType::Playoffs).scoring.page, 1);
    }
}

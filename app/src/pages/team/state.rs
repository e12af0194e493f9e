//! A team page's URL state: the player table's sort and page (`players_sort`, `players_dir`,
//! `players_page`), validated and written back canonically.

use crate::table::{Column, Dir, Kind, TableSpec, TableState};
use crate::url::{build_query, query_value};

pub const PLAYERS: TableSpec = TableSpec {
    key: "players",
    columns: &[
        Column {
            id: "player",
            header: "Player",
            kind: Kind::Text,
        },
        Column {
            id: "games_played",
            header: "GP",
            kind: Kind::Number,
        },
        Column {
            id: "avg_ppg",
            header: "PPG",
            kind: Kind::Number,
        },
        Column {
            id: "avg_ts_percent",
            header: "TS %",
            kind: Kind::Number,
        },
        Column {
            id: "avg_plus_minus",
            header: "+/-",
            kind: Kind::Number,
        },
        Column {
            id: "is_mvp_candidate",
            header: "Player type",
            kind: Kind::Text,
        },
        Column {
            id: "ppg_rank",
            header: "PPG rk",
            kind: Kind::Rank,
        },
        Column {
            id: "scoring_category",
            header: "Scoring tier",
            kind: Kind::Text,
        },
    ],
    default_sort: "avg_ppg",
    default_dir: Dir::Desc,
    page_size: 20,
};

const KNOWN_PARAMS: [&str; 3] = ["players_sort", "players_dir", "players_page"];

#[derive(Debug, Clone, PartialEq)]
pub struct TeamState {
    /// The canonical abbreviation.
    pub abbr: String,
    pub players: TableState,
}

impl TeamState {
    /// Reads the state for a team with `rows` player rows; the flag is true when a value was
    /// invalid and fell back.
    pub fn parse(abbr: &str, pairs: &[(String, String)], rows: usize) -> (Self, bool) {
        let get = |name: &str| query_value(pairs, name);
        let (players, invalid) = TableState::parse(&PLAYERS, rows, get);
        (
            Self {
                abbr: abbr.to_owned(),
                players,
            },
            invalid,
        )
    }

    pub fn params(&self) -> Vec<(String, String)> {
        self.players.params(&PLAYERS)
    }

    pub fn href(&self) -> String {
        format!("/teams/{}{}", self.abbr, build_query(&self.params()))
    }

    pub fn needs_redirect(&self, raw: &[(String, String)], invalid: bool) -> bool {
        invalid
            || raw
                .iter()
                .any(|(name, _)| !KNOWN_PARAMS.contains(&name.as_str()))
            || raw != self.params().as_slice()
    }

    pub fn with_players(&self, players: TableState) -> Self {
        Self {
            players,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn check(query: &[(&str, &str)], rows: usize) -> (TeamState, bool) {
        let raw = pairs(query);
        let (state, invalid) = TeamState::parse("BOS", &raw, rows);
        let redirect = state.needs_redirect(&raw, invalid);
        (state, redirect)
    }

    #[test]
    fn canonical_table_state_round_trips() {
        let (state, redirect) = check(&[("players_sort", "ppg_rank"), ("players_page", "2")], 25);
        assert!(!redirect);
        assert_eq!(
            state.href(),
            "/teams/BOS?players_sort=ppg_rank&players_page=2"
        );
        assert_eq!(check(&[], 3).0.href(), "/teams/BOS");
    }

    #[test]
    fn defaults_unknowns_and_missing_pages_redirect() {
        for query in [
            vec![("players_sort", "avg_ppg")],
            vec![("players_sort", "salary")],
            vec![("players_dir", "sideways")],
            vec![("players_page", "2")],
            vec![("team", "BOS")],
        ] {
            assert!(check(&query, 20).1, "{query:?} should redirect");
        }
    }
}

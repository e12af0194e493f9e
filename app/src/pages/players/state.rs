//! The Players index's URL state: search text, team and season filters, and the table's
//! unprefixed `sort`, `dir` and `page`, validated and written back in canonical order.

use crate::season::SeasonType;
use crate::table::{Column, Dir, Kind, TableSpec, TableState};
use crate::teams;
use crate::url::{build_query, query_value};

/// Search text longer than this is cut: no name is that long, and the URL stays sane.
pub const MAX_QUERY_CHARS: usize = 80;

pub const INDEX: TableSpec = TableSpec {
    key: "",
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
            header: "TS%",
            kind: Kind::Number,
        },
        Column {
            id: "avg_plus_minus",
            header: "+/-",
            kind: Kind::Number,
        },
        Column {
            id: "avg_mvp_score",
            header: "MVP score",
            kind: Kind::Number,
        },
        Column {
            id: "salary",
            header: "Salary",
            kind: Kind::Number,
        },
        Column {
            id: "color_var",
            header: "Value",
            kind: Kind::Text,
        },
        Column {
            id: "injury_status",
            header: "Status",
            kind: Kind::Text,
        },
    ],
    default_sort: "avg_ppg",
    default_dir: Dir::Desc,
    page_size: 25,
};

const KNOWN_PARAMS: [&str; 6] = ["q", "team", "season", "sort", "dir", "page"];

#[derive(Debug, Clone, PartialEq)]
pub struct PlayersState {
    /// Trimmed search text; empty for none.
    pub q: String,
    /// A canonical team abbreviation.
    pub team: Option<&'static str>,
    pub season: SeasonType,
    pub table: TableState,
}

impl Default for PlayersState {
    fn default() -> Self {
        Self {
            q: String::new(),
            team: None,
            season: SeasonType::Regular,
            table: TableState::default_for(&INDEX),
        }
    }
}

/// The search text as the URL carries it: trimmed, inner whitespace collapsed, capped.
pub fn clean_query(raw: &str) -> String {
    raw.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect()
}

impl PlayersState {
    /// Reads the state; the flag is true when something was invalid or not canonical and
    /// fell back. Whether the page exists is checked against the matches separately.
    pub fn parse(pairs: &[(String, String)], has_playoffs: bool) -> (Self, bool) {
        let get = |name: &str| query_value(pairs, name);
        let mut invalid = false;
        let q = get("q").map(clean_query).unwrap_or_default();
        let team = get("team").and_then(|raw| {
            let team = teams::resolve(raw).map(|t| t.abbr);
            invalid |= team.is_none();
            team
        });
        let season = match get("season").map(SeasonType::from_param) {
            None => SeasonType::Regular,
            Some(Some(SeasonType::Playoffs)) if has_playoffs => SeasonType::Playoffs,
            Some(Some(SeasonType::Regular)) => SeasonType::Regular,
            Some(_) => {
                invalid = true;
                SeasonType::Regular
            }
        };
        let (table, bad) = TableState::parse(&INDEX, usize::MAX, get);
        (
            Self {
                q,
                team,
                season,
                table,
            },
            invalid || bad,
        )
    }

    pub fn params(&self) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if !self.q.is_empty() {
            params.push(("q".to_owned(), self.q.clone()));
        }
        if let Some(team) = self.team {
            params.push(("team".to_owned(), team.to_owned()));
        }
        if self.season != SeasonType::Regular {
            params.push(("season".to_owned(), self.season.param().to_owned()));
        }
        params.extend(self.table.params(&INDEX));
        params
    }

    pub fn href(&self) -> String {
        format!("/players{}", build_query(&self.params()))
    }

    /// Whether a raw query must be redirected to the canonical one; `pages` is how many
    /// pages the filters leave.
    pub fn needs_redirect(&self, raw: &[(String, String)], invalid: bool, pages: usize) -> bool {
        invalid
            || self.table.page > pages
            || raw
                .iter()
                .any(|(name, _)| !KNOWN_PARAMS.contains(&name.as_str()))
            || raw != self.params().as_slice()
    }

    /// New filters change the rows, so the page resets.
    pub fn with_filters(&self, q: &str, team: Option<&'static str>, season: SeasonType) -> Self {
        Self {
            q: clean_query(q),
            team,
            season,
            table: self.table.with_page(1),
        }
    }

    /// The canonical state of a URL whose page does not exist: the first page.
    pub fn first_page(&self) -> Self {
        Self {
            table: self.table.with_page(1),
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

    fn check(query: &[(&str, &str)], has_playoffs: bool) -> (PlayersState, bool) {
        let raw = pairs(query);
        let (state, invalid) = PlayersState::parse(&raw, has_playoffs);
        let redirect = state.needs_redirect(&raw, invalid, 3);
        (state, redirect)
    }

    #[test]
    fn canonical_urls_pass_and_keep_their_order() {
        let (state, redirect) = check(
            &[
                ("q", "zoe y"),
                ("team", "TOR"),
                ("season", "playoffs"),
                ("sort", "player"),
                ("page", "2"),
            ],
            true,
        );
        assert!(!redirect);
        assert_eq!(
            state.href(),
            "/players?q=zoe%20y&team=TOR&season=playoffs&sort=player&page=2"
        );
        assert_eq!(PlayersState::default().href(), "/players");
    }

    #[test]
    fn odd_values_redirect_to_their_canonical_form() {
        for (query, has_playoffs) in [
            (vec![("team", "tor")], true),
            (vec![("team", "BRK")], true),
            (vec![("team", "XYZ")], true),
            (vec![("season", "playoffs")], false),
            (vec![("season", "regular")], true),
            (vec![("q", " zoe ")], true),
            (vec![("q", "")], true),
            (vec![("page", "4")], true),
            (vec![("page", "x")], true),
            (vec![("sort", "avg_ppg")], true),
            (vec![("team", "TOR"), ("q", "z")], true),
            (vec![("utm_source", "x")], true),
        ] {
            assert!(check(&query, has_playoffs).1, "{query:?} should redirect");
        }
        let (state, _) = check(&[("team", "brk")], true);
        assert_eq!(state.team, Some("BKN"));
    }

    #[test]
    fn search_text_is_cleaned_and_capped() {
        assert_eq!(clean_query("  Zoë   Yar "), "Zoë Yar");
        let long = "x".repeat(500);
        assert_eq!(clean_query(&long).chars().count(), MAX_QUERY_CHARS);
        let quotes = clean_query("\"O'Neal\" 100%");
        assert_eq!(quotes, "\"O'Neal\" 100%");
        let state = PlayersState::default().with_filters(&quotes, None, SeasonType::Regular);
        assert_eq!(state.href(), "/players?q=%22O%27Neal%22%20100%25");
    }

    #[test]
    fn new_filters_reset_the_page() {
        let (state, _) = check(&[("sort", "salary"), ("page", "3")], false);
        let next = state.with_filters("a", Some("BOS"), SeasonType::Regular);
        assert_eq!(next.href(), "/players?q=a&team=BOS&sort=salary");
    }
}

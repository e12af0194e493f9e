//! The Games page's URL state: the selected game (from the path), the player-lines scope and
//! the lines table's sort and page, validated against the slate and written back canonically.

use crate::model::games::{GameSummary, GamesData, PlayerLine};
use crate::table::{Column, Dir, Kind, TableSpec, TableState};
use crate::url::{build_query, query_value};

pub const LINES: TableSpec = TableSpec {
    key: "lines",
    columns: &[
        Column {
            id: "team",
            header: "Tm",
            kind: Kind::Code,
        },
        Column {
            id: "player",
            header: "Player",
            kind: Kind::Text,
        },
        Column {
            id: "pts",
            header: "PTS",
            kind: Kind::Number,
        },
        Column {
            id: "game_ts_percent",
            header: "TS%",
            kind: Kind::Number,
        },
        Column {
            id: "plus_minus",
            header: "+/-",
            kind: Kind::Number,
        },
        Column {
            id: "outcome",
            header: "W/L",
            kind: Kind::Code,
        },
    ],
    default_sort: "pts",
    default_dir: Dir::Desc,
    page_size: 12,
};

const KNOWN_PARAMS: [&str; 4] = ["players", "lines_sort", "lines_dir", "lines_page"];

/// Which player lines the table shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Lines of the selected game's two teams (the default).
    Game,
    Slate,
}

impl Scope {
    pub fn param(self) -> &'static str {
        match self {
            Self::Game => "game",
            Self::Slate => "slate",
        }
    }

    pub fn from_param(value: &str) -> Option<Self> {
        match value {
            "game" => Some(Self::Game),
            "slate" => Some(Self::Slate),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct GamesState {
    /// The game named in the path; `None` on `/games`, which shows the first game.
    pub game: Option<String>,
    pub players: Scope,
    pub lines: TableState,
}

/// The game a URL shows: the named one, or the first of the slate on `/games`. `None` for an
/// unknown slug or an empty slate.
pub fn selected<'a>(data: &'a GamesData, slug: Option<&str>) -> Option<&'a GameSummary> {
    match slug {
        Some(slug) => data.game(slug),
        None => data.games.first(),
    }
}

/// The lines in scope. Without games (an empty feed) the whole slate is shown.
pub fn lines_in_scope<'a>(
    data: &'a GamesData,
    game: Option<&GameSummary>,
    scope: Scope,
) -> Vec<&'a PlayerLine> {
    data.lines
        .iter()
        .filter(|line| match (scope, game) {
            (Scope::Game, Some(game)) => {
                game.involves(line.team.abbr.as_deref().unwrap_or(&line.team.label))
            }
            _ => true,
        })
        .collect()
}

impl GamesState {
    /// Reads the state; the flag is true when a value was invalid and fell back.
    pub fn parse(slug: Option<&str>, pairs: &[(String, String)], data: &GamesData) -> (Self, bool) {
        let get = |name: &str| query_value(pairs, name);
        let mut invalid = false;
        let players = match get("players") {
            Some(raw) => Scope::from_param(raw).unwrap_or_else(|| {
                invalid = true;
                Scope::Game
            }),
            None => Scope::Game,
        };
        let game = selected(data, slug);
        let rows = lines_in_scope(data, game, players).len();
        let (lines, bad) = TableState::parse(&LINES, rows, get);
        (
            Self {
                game: slug.map(str::to_owned),
                players,
                lines,
            },
            invalid || bad,
        )
    }

    pub fn params(&self) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if self.players != Scope::Game {
            params.push(("players".to_owned(), self.players.param().to_owned()));
        }
        params.extend(self.lines.params(&LINES));
        params
    }

    pub fn href(&self) -> String {
        let path = self
            .game
            .as_deref()
            .map_or_else(|| "/games".to_owned(), |slug| format!("/games/{slug}"));
        format!("{path}{}", build_query(&self.params()))
    }

    /// Whether a raw query must be redirected to the canonical one.
    pub fn needs_redirect(&self, raw: &[(String, String)], invalid: bool) -> bool {
        invalid
            || raw
                .iter()
                .any(|(name, _)| !KNOWN_PARAMS.contains(&name.as_str()))
            || raw != self.params().as_slice()
    }

    /// Another game keeps the scope and the sort; its rows differ, so the page resets.
    pub fn with_game(&self, slug: &str) -> Self {
        Self {
            game: Some(slug.to_owned()),
            lines: self.lines.with_page(1),
            ..self.clone()
        }
    }

    pub fn with_players(&self, players: Scope) -> Self {
        Self {
            players,
            lines: self.lines.with_page(1),
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::TeamLook;
    use crate::model::games::{FlowStats, GameTeam, Side};
    use crate::model::TeamRef;

    fn team(abbr: &str) -> GameTeam {
        GameTeam {
            team: TeamRef {
                abbr: Some(abbr.into()),
                label: abbr.into(),
            },
            name: None,
            score: 100,
            look: TeamLook::new(abbr, abbr, None, None),
        }
    }

    fn line(abbr: &str) -> PlayerLine {
        PlayerLine {
            team: TeamRef {
                abbr: Some(abbr.into()),
                label: abbr.into(),
            },
            player: format!("{abbr} player"),
            slug: "p".into(),
            pts: Some(30.0),
            ts: None,
            plus_minus: None,
            outcome: None,
            pts_code: None,
            ts_code: None,
        }
    }

    fn data() -> GamesData {
        let game = |slug: &str, home: &str, away: &str| GameSummary {
            slug: slug.into(),
            home: team(home),
            away: team(away),
            winner: Side::Home,
            margin: 1,
            series: None,
            description: None,
            lead: None,
            flow: FlowStats::default(),
        };
        let mut lines: Vec<PlayerLine> = (0..13).map(|_| line("MIA")).collect();
        lines.push(line("BOS"));
        GamesData {
            slate: None,
            plays: 0,
            games: vec![game("g1", "BOS", "LAL"), game("g2", "MIA", "ATL")],
            lines,
        }
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn check(slug: Option<&str>, query: &[(&str, &str)]) -> (GamesState, bool) {
        let raw = pairs(query);
        let (state, invalid) = GamesState::parse(slug, &raw, &data());
        let redirect = state.needs_redirect(&raw, invalid);
        (state, redirect)
    }

    #[test]
    fn the_default_game_is_the_first_and_scope_filters_lines() {
        let data = data();
        assert_eq!(selected(&data, None).map(|g| g.slug.as_str()), Some("g1"));
        assert!(selected(&data, Some("nope")).is_none());
        assert_eq!(lines_in_scope(&data, data.game("g1"), Scope::Game).len(), 1);
        assert_eq!(
            lines_in_scope(&data, data.game("g2"), Scope::Game).len(),
            13
        );
        assert_eq!(
            lines_in_scope(&data, data.game("g1"), Scope::Slate).len(),
            14
        );
        assert_eq!(lines_in_scope(&data, None, Scope::Game).len(), 14);
    }

    #[test]
    fn canonical_urls_keep_the_named_game() {
        assert!(!check(Some("g1"), &[]).1);
        let (state, redirect) = check(Some("g2"), &[("players", "slate"), ("lines_page", "2")]);
        assert!(!redirect);
        assert_eq!(state.href(), "/games/g2?players=slate&lines_page=2");
        assert_eq!(check(None, &[]).0.href(), "/games");
    }

    #[test]
    fn invalid_and_default_values_redirect() {
        for query in [
            vec![("players", "game")],
            vec![("players", "all")],
            vec![("lines_sort", "pts")],
            vec![("lines_sort", "nope")],
            vec![("utm", "x")],
            vec![("lines_page", "2"), ("players", "slate")],
        ] {
            assert!(check(Some("g2"), &query).1, "{query:?} should redirect");
        }
        // Page 2 exists for g2's 13 lines but not for g1's single line.
        assert!(!check(Some("g2"), &[("lines_page", "2")]).1);
        assert!(check(Some("g1"), &[("lines_page", "2")]).1);
    }

    #[test]
    fn switching_game_or_scope_keeps_the_sort_and_resets_the_page() {
        let (state, _) = check(
            Some("g2"),
            &[
                ("players", "slate"),
                ("lines_sort", "player"),
                ("lines_page", "2"),
            ],
        );
        assert_eq!(
            state.with_game("g1").href(),
            "/games/g1?players=slate&lines_sort=player"
        );
        assert_eq!(
            state.with_players(Scope::Game).href(),
            "/games/g2?lines_sort=player"
        );
    }
}

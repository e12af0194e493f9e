//! Filtering, sorting and paging the player universe for one request, and the suggestions of
//! the navigation search box. Names compare folded (accents off, lower case).

use crate::gold::slug::fold_name;
use crate::model::players::{IndexRow, PlayersPage, Suggestion};
use crate::pages::players::state::{clean_query, PlayersState, INDEX};
use crate::season::SeasonType;
use crate::table::{sort_and_page, SortKey, TableSpec};
use crate::teams::TEAMS;

use super::PlayerDirectory;

/// Suggestions shown under the search box, at most.
const PLAYER_SUGGESTIONS: usize = 6;
const TEAM_SUGGESTIONS: usize = 3;

/// A row's sort key for each index column, in column order.
fn sort_keys(row: &IndexRow, season: SeasonType) -> Vec<SortKey> {
    let line = row.season(season);
    let num = |value: Option<f64>| SortKey::opt_num(value);
    let int = |value: Option<i64>| SortKey::opt_num(value.map(|v| v as f64));
    let text = |value: Option<&str>| value.map_or(SortKey::Null, SortKey::text);
    INDEX
        .columns
        .iter()
        .map(|column| match column.id {
            "player" => SortKey::text(&row.player),
            "team" => SortKey::text(&row.team.label),
            "games_played" => int(line.and_then(|l| l.games_played)),
            "avg_ppg" => num(line.and_then(|l| l.ppg)),
            "avg_ts_percent" => num(line.and_then(|l| l.ts)),
            "avg_plus_minus" => num(line.and_then(|l| l.plus_minus)),
            "avg_mvp_score" => num(line.and_then(|l| l.mvp_score)),
            "salary" => num(row.salary),
            "color_var" => text(row.category.as_deref()),
            "injury_status" => text(row.status.as_ref().map(|s| s.text.as_str())),
            _ => SortKey::Null,
        })
        .collect()
}

impl PlayerDirectory {
    /// Indices of the rows the filters keep, in base (name) order.
    fn matching(&self, state: &PlayersState) -> Vec<usize> {
        let needle = fold_name(&clean_query(&state.q));
        self.rows
            .iter()
            .enumerate()
            .filter(|(i, row)| {
                (needle.is_empty() || self.folded[*i].contains(&needle))
                    && state
                        .team
                        .is_none_or(|team| row.team.abbr.as_deref() == Some(team))
                    && (state.season == SeasonType::Regular || row.playoffs.is_some())
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// The page of rows the URL asks for, with the match and page counts.
    pub fn page(&self, state: &PlayersState) -> PlayersPage {
        self.page_of(state, &INDEX)
    }

    /// Every row the filters keep, in the URL's sort: what a download holds.
    pub fn all_rows(&self, state: &PlayersState) -> Vec<IndexRow> {
        let everything = TableSpec {
            page_size: usize::MAX,
            ..INDEX
        };
        self.page_of(&state.first_page(), &everything).rows
    }

    fn page_of(&self, state: &PlayersState, spec: &TableSpec) -> PlayersPage {
        let matched = self.matching(state);
        let keys: Vec<Vec<SortKey>> = matched
            .iter()
            .map(|&i| sort_keys(&self.rows[i], state.season))
            .collect();
        let (order, pages) = sort_and_page(spec, &state.table, &keys);
        PlayersPage {
            rows: order
                .into_iter()
                .map(|k| self.rows[matched[k]].clone())
                .collect(),
            matches: matched.len(),
            pages,
            has_playoffs: self.has_playoffs,
        }
    }

    /// Players and teams for the search box: names that start with the text (at any word)
    /// before names that only contain it, then by scoring.
    pub fn suggest(&self, q: &str) -> Vec<Suggestion> {
        let needle = fold_name(&clean_query(q));
        if needle.is_empty() {
            return Vec::new();
        }
        let word_start =
            |folded: &str| folded.starts_with(&needle) || folded.contains(&format!(" {needle}"));
        let mut players: Vec<(bool, f64, usize)> = self
            .folded
            .iter()
            .enumerate()
            .filter(|(_, folded)| folded.contains(&needle))
            .map(|(i, folded)| {
                let ppg = self.rows[i]
                    .regular
                    .as_ref()
                    .and_then(|l| l.ppg)
                    .unwrap_or(-1.0);
                (!word_start(folded), -ppg, i)
            })
            .collect();
        players.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));

        let mut suggestions: Vec<Suggestion> = TEAMS
            .iter()
            .filter(|team| {
                fold_name(team.name).contains(&needle) || team.abbr.eq_ignore_ascii_case(&needle)
            })
            .take(TEAM_SUGGESTIONS)
            .map(|team| Suggestion {
                label: team.name.to_owned(),
                kind: "Team".to_owned(),
                href: format!("/teams/{}", team.abbr),
            })
            .collect();
        suggestions.extend(
            players
                .into_iter()
                .take(PLAYER_SUGGESTIONS)
                .map(|(_, _, i)| {
                    let row = &self.rows[i];
                    Suggestion {
                        label: row.player.clone(),
                        kind: format!("Player · {}", row.team.label),
                        href: format!("/players/{}", row.slug),
                    }
                }),
        );
        suggestions
    }
}

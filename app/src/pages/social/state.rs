//! The Social page's URL state: the team (its default depends on the data, so links always
//! name it), whether the detail tables are open, and both tables' sort, page and filters.

use crate::filter::{FilterColumn, FilterKind, Filters};
use crate::table::{Column, Dir, Kind, TableSpec, TableState};
use crate::teams;
use crate::url::{build_query, query_value};

pub const COMMENTS: TableSpec = TableSpec {
    key: "comments",
    columns: &[
        Column {
            id: "scrape_date",
            header: "Date",
            kind: Kind::Text,
        },
        Column {
            id: "flair",
            header: "Flair",
            kind: Kind::Text,
        },
        Column {
            id: "score",
            header: "Upvotes",
            kind: Kind::Number,
        },
        Column {
            id: "compound",
            header: "Sentiment",
            kind: Kind::Number,
        },
        Column {
            id: "comment",
            header: "Preview",
            kind: Kind::Text,
        },
        Column {
            id: "url",
            header: "Link",
            kind: Kind::Code,
        },
    ],
    default_sort: "score",
    default_dir: Dir::Desc,
    page_size: 12,
};

pub const COMMENT_FILTERS: [FilterColumn; 5] = [
    FilterColumn {
        id: "scrape_date",
        kind: FilterKind::Text,
        label: "Filter by date",
    },
    FilterColumn {
        id: "flair",
        kind: FilterKind::Text,
        label: "Filter by flair",
    },
    FilterColumn {
        id: "score",
        kind: FilterKind::Number,
        label: "Filter by upvotes, e.g. >=100",
    },
    FilterColumn {
        id: "compound",
        kind: FilterKind::Number,
        label: "Filter by sentiment in percent, e.g. <0",
    },
    FilterColumn {
        id: "comment",
        kind: FilterKind::Text,
        label: "Filter by comment text",
    },
];

pub const KEYWORDS: TableSpec = TableSpec {
    key: "keywords",
    columns: &[
        Column {
            id: "word",
            header: "Word",
            kind: Kind::Text,
        },
        Column {
            id: "word_frequency",
            header: "Word Count",
            kind: Kind::Number,
        },
        Column {
            id: "frequency_rank",
            header: "Word Rank",
            kind: Kind::Rank,
        },
        Column {
            id: "nba_team_flairs_using_word",
            header: "# Team Flairs w/ Comment",
            kind: Kind::Number,
        },
        Column {
            id: "top_nba_team_flair",
            header: "Top Team Flair",
            kind: Kind::Code,
        },
        Column {
            id: "avg_sentiment_when_used",
            header: "Avg Sentiment",
            kind: Kind::Number,
        },
    ],
    default_sort: "frequency_rank",
    default_dir: Dir::Asc,
    page_size: 20,
};

pub const KEYWORD_FILTERS: [FilterColumn; 6] = [
    FilterColumn {
        id: "word",
        kind: FilterKind::Text,
        label: "Filter by word",
    },
    FilterColumn {
        id: "word_frequency",
        kind: FilterKind::Number,
        label: "Filter by word count, e.g. >50",
    },
    FilterColumn {
        id: "frequency_rank",
        kind: FilterKind::Number,
        label: "Filter by word rank, e.g. <=10",
    },
    FilterColumn {
        id: "nba_team_flairs_using_word",
        kind: FilterKind::Number,
        label: "Filter by team flairs, e.g. >=5",
    },
    FilterColumn {
        id: "top_nba_team_flair",
        kind: FilterKind::Text,
        label: "Filter by top team flair",
    },
    FilterColumn {
        id: "avg_sentiment_when_used",
        kind: FilterKind::Number,
        label: "Filter by average sentiment, e.g. >0.1",
    },
];

/// A table's state and its filters.
#[derive(Debug, Clone, PartialEq)]
pub struct FilteredTable {
    pub table: TableState,
    pub filters: Filters,
}

impl FilteredTable {
    fn parse<'a>(
        spec: &TableSpec,
        columns: &[FilterColumn],
        get: impl Fn(&str) -> Option<&'a str> + Copy,
    ) -> (Self, bool) {
        let (table, bad_table) = TableState::parse(spec, usize::MAX, get);
        let (filters, bad_filters) = Filters::parse(spec, columns, get);
        (Self { table, filters }, bad_table || bad_filters)
    }

    fn params(&self, spec: &TableSpec) -> Vec<(String, String)> {
        let mut params = self.table.params(spec);
        params.extend(self.filters.params(spec));
        params
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct SocialState {
    /// The team the URL names; `None` shows the data's default (which links then name).
    pub team: Option<&'static str>,
    pub tables_open: bool,
    pub comments: FilteredTable,
    pub keywords: FilteredTable,
}

fn is_known(name: &str) -> bool {
    ["team", "tables"].contains(&name)
        || [&COMMENTS, &KEYWORDS].iter().any(|spec| {
            name.strip_prefix(&format!("{}_", spec.key))
                .is_some_and(|rest| {
                    ["sort", "dir", "page"].contains(&rest) || rest.starts_with("f_")
                })
        })
}

impl SocialState {
    /// Reads the state; the flag is true when a value was invalid or not canonical. Whether a
    /// table's page exists is checked against its filtered rows separately.
    pub fn parse(pairs: &[(String, String)]) -> (Self, bool) {
        let get = |name: &str| query_value(pairs, name);
        let mut invalid = false;
        let team = get("team").and_then(|raw| {
            let team = teams::resolve(raw).map(|t| t.abbr);
            invalid |= team != Some(raw);
            team
        });
        let tables_open = match get("tables") {
            None => false,
            Some("open") => true,
            Some(_) => {
                invalid = true;
                false
            }
        };
        let (comments, bad_comments) = FilteredTable::parse(&COMMENTS, &COMMENT_FILTERS, get);
        let (keywords, bad_keywords) = FilteredTable::parse(&KEYWORDS, &KEYWORD_FILTERS, get);
        (
            Self {
                team,
                tables_open,
                comments,
                keywords,
            },
            invalid || bad_comments || bad_keywords,
        )
    }

    /// The canonical parameters; `default_team` is named when the URL named none.
    pub fn params(&self, default_team: &str) -> Vec<(String, String)> {
        let mut params = vec![(
            "team".to_owned(),
            self.team.unwrap_or(default_team).to_owned(),
        )];
        if self.tables_open {
            params.push(("tables".to_owned(), "open".to_owned()));
        }
        params.extend(self.comments.params(&COMMENTS));
        params.extend(self.keywords.params(&KEYWORDS));
        params
    }

    pub fn href(&self, default_team: &str) -> String {
        format!("/social{}", build_query(&self.params(default_team)))
    }

    /// Whether a raw query must be redirected. A URL without `team` is served as the default
    /// view (the client then writes the team in); `pages` are the tables' page counts.
    pub fn needs_redirect(
        &self,
        raw: &[(String, String)],
        invalid: bool,
        default_team: &str,
        pages: (usize, usize),
    ) -> bool {
        let mut expected = self.params(default_team);
        if self.team.is_none() {
            expected.remove(0);
        }
        invalid
            || self.comments.table.page > pages.0
            || self.keywords.table.page > pages.1
            || raw.iter().any(|(name, _)| !is_known(name))
            || raw != expected.as_slice()
    }

    pub fn with_team(&self, team: &'static str) -> Self {
        Self {
            team: Some(team),
            ..self.clone()
        }
    }

    pub fn with_tables(&self, open: bool) -> Self {
        Self {
            tables_open: open,
            ..self.clone()
        }
    }

    /// The first pages of both tables, for a URL whose page does not exist.
    pub fn first_pages(&self) -> Self {
        let mut next = self.clone();
        next.comments.table = next.comments.table.with_page(1);
        next.keywords.table = next.keywords.table.with_page(1);
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &[(&str, &str)]) -> (SocialState, bool) {
        let raw: Vec<(String, String)> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (state, invalid) = SocialState::parse(&raw);
        let redirect = state.needs_redirect(&raw, invalid, "LAL", (3, 2));
        (state, redirect)
    }

    #[test]
    fn the_team_is_always_named_and_tables_keep_their_order() {
        let (state, redirect) = check(&[
            ("team", "BOS"),
            ("tables", "open"),
            ("comments_sort", "compound"),
            ("comments_page", "2"),
            ("comments_f_flair", "Lakers"),
            ("comments_f_score", ">=10"),
            ("keywords_f_word", "mvp"),
        ]);
        assert!(!redirect);
        assert_eq!(
            state.href("LAL"),
            "/social?team=BOS&tables=open&comments_sort=compound&comments_page=2\
             &comments_f_flair=Lakers&comments_f_score=%3E%3D10&keywords_f_word=mvp"
        );
        let (default, redirect) = check(&[]);
        assert!(!redirect, "the default view is served as it is");
        assert_eq!(default.href("LAL"), "/social?team=LAL");
        assert!(
            !check(&[("team", "LAL")]).1,
            "naming the default is canonical"
        );
    }

    #[test]
    fn odd_values_redirect() {
        for query in [
            vec![("team", "bos")],
            vec![("team", "XYZ")],
            vec![("tables", "closed")],
            vec![("team", "BOS"), ("comments_f_score", "many")],
            vec![("team", "BOS"), ("comments_f_flair", "")],
            vec![("team", "BOS"), ("comments_page", "4")],
            vec![("team", "BOS"), ("keywords_page", "3")],
            vec![("tables", "open"), ("team", "BOS")],
            vec![("team", "BOS"), ("other", "1")],
        ] {
            assert!(check(&query).1, "{query:?} should redirect");
        }
    }
}

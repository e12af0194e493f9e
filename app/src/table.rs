//! Sortable, paged tables: typed sort values, stable sorting with NULLs last, and the
//! per-table URL state (`{key}_sort`, `{key}_dir`, `{key}_page`).

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Dir {
    Asc,
    Desc,
}

impl Dir {
    pub fn param(self) -> &'static str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
        }
    }

    pub fn from_param(value: &str) -> Option<Self> {
        match value {
            "asc" => Some(Self::Asc),
            "desc" => Some(Self::Desc),
            _ => None,
        }
    }

    pub fn reversed(self) -> Self {
        match self {
            Self::Asc => Self::Desc,
            Self::Desc => Self::Asc,
        }
    }

    /// The `aria-sort` value of a header sorted this way.
    pub fn aria(self) -> &'static str {
        match self {
            Self::Asc => "ascending",
            Self::Desc => "descending",
        }
    }
}

/// What a column holds decides its first-click direction and its alignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Ordinal text or integer ranks: ascending first, centred.
    Rank,
    /// Numbers, records and percentages: descending first, centred.
    Number,
    /// Names, words and dates: ascending first, left-aligned.
    Text,
    /// Short codes (team abbreviations): ascending first, centred.
    Code,
}

impl Kind {
    pub fn natural_dir(self) -> Dir {
        match self {
            Self::Number => Dir::Desc,
            Self::Rank | Self::Text | Self::Code => Dir::Asc,
        }
    }

    pub fn align_class(self) -> &'static str {
        match self {
            Self::Text => "cell-text",
            _ => "cell-num",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub id: &'static str,
    pub header: &'static str,
    pub kind: Kind,
}

/// A table's fixed description: its URL key, columns, default sort and page size.
#[derive(Debug, Clone, Copy)]
pub struct TableSpec {
    pub key: &'static str,
    pub columns: &'static [Column],
    pub default_sort: &'static str,
    pub default_dir: Dir,
    pub page_size: usize,
}

impl TableSpec {
    pub fn column(&self, id: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.id == id)
    }

    pub fn page_count(&self, rows: usize) -> usize {
        rows.div_ceil(self.page_size).max(1)
    }

    /// A parameter's name in the URL: `{key}_{name}`, or just `name` for a page's single
    /// table whose key is empty (the Players index).
    pub fn param(&self, name: &str) -> String {
        if self.key.is_empty() {
            name.to_owned()
        } else {
            format!("{}_{name}", self.key)
        }
    }
}

/// The typed value a cell sorts by.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SortKey {
    Num(f64),
    /// Already lower-cased, compared by code point.
    Text(String),
    Null,
}

impl SortKey {
    pub fn text(value: &str) -> Self {
        Self::Text(value.to_lowercase())
    }

    pub fn opt_num(value: Option<f64>) -> Self {
        value.map_or(Self::Null, Self::Num)
    }

    /// Compares two keys in `dir`; NULLs sort last whatever the direction.
    pub fn compare(&self, other: &Self, dir: Dir) -> Ordering {
        let ordered = |ord: Ordering| if dir == Dir::Asc { ord } else { ord.reverse() };
        match (self, other) {
            (Self::Null, Self::Null) => Ordering::Equal,
            (Self::Null, _) => Ordering::Greater,
            (_, Self::Null) => Ordering::Less,
            (Self::Num(a), Self::Num(b)) => ordered(a.total_cmp(b)),
            (Self::Text(a), Self::Text(b)) => ordered(a.cmp(b)),
            (Self::Num(_), Self::Text(_)) => ordered(Ordering::Less),
            (Self::Text(_), Self::Num(_)) => ordered(Ordering::Greater),
        }
    }
}

/// The sort and page a URL asks for, after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableState {
    pub sort: &'static str,
    pub dir: Dir,
    pub page: usize,
}

impl TableState {
    pub fn default_for(spec: &TableSpec) -> Self {
        Self {
            sort: spec.default_sort,
            dir: spec.default_dir,
            page: 1,
        }
    }

    /// Reads the table's parameters with `get`. Returns the state and whether anything was
    /// invalid and had to fall back (which makes the server redirect to the canonical URL).
    pub fn parse<'a>(
        spec: &TableSpec,
        rows: usize,
        get: impl Fn(&str) -> Option<&'a str>,
    ) -> (Self, bool) {
        let mut invalid = false;
        let mut state = Self::default_for(spec);

        let sort_param = get(&spec.param("sort"));
        if let Some(raw) = sort_param {
            match spec.column(raw) {
                Some(column) => {
                    state.sort = column.id;
                    state.dir = column.kind.natural_dir();
                }
                None => invalid = true,
            }
        }
        if let Some(raw) = get(&spec.param("dir")) {
            match Dir::from_param(raw) {
                Some(dir) => state.dir = dir,
                None => invalid = true,
            }
        }
        if let Some(raw) = get(&spec.param("page")) {
            match raw.parse::<usize>() {
                Ok(page) if page >= 1 && page <= spec.page_count(rows) => state.page = page,
                _ => invalid = true,
            }
        }
        (state, invalid)
    }

    /// The parameters that differ from their defaults, in canonical order.
    pub fn params(&self, spec: &TableSpec) -> Vec<(String, String)> {
        let mut params = Vec::new();
        let natural = spec
            .column(self.sort)
            .map_or(spec.default_dir, |c| c.kind.natural_dir());
        let dir_default = if self.sort == spec.default_sort {
            spec.default_dir
        } else {
            natural
        };
        if self.sort != spec.default_sort {
            params.push((spec.param("sort"), self.sort.to_owned()));
        }
        if self.dir != dir_default {
            params.push((spec.param("dir"), self.dir.param().to_owned()));
        }
        if self.page != 1 {
            params.push((spec.param("page"), self.page.to_string()));
        }
        params
    }

    /// The state after a click on `column`'s header: its natural direction first, then
    /// reversed on each further click. Sorting always returns to page 1.
    pub fn clicked(&self, spec: &TableSpec, column: &Column) -> Self {
        let dir = if self.sort == column.id {
            self.dir.reversed()
        } else if column.id == spec.default_sort {
            spec.default_dir
        } else {
            column.kind.natural_dir()
        };
        Self {
            sort: column.id,
            dir,
            page: 1,
        }
    }

    pub fn with_page(&self, page: usize) -> Self {
        Self {
            page,
            ..self.clone()
        }
    }
}

/// Stable-sorts rows (given in the table's default order) by one column, then cuts the page.
/// Returns the page's row indices and the page count.
pub fn sort_and_page(
    spec: &TableSpec,
    state: &TableState,
    keys: &[Vec<SortKey>],
) -> (Vec<usize>, usize) {
    let column = spec
        .columns
        .iter()
        .position(|c| c.id == state.sort)
        .unwrap_or(0);
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| keys[a][column].compare(&keys[b][column], state.dir));

    let pages = spec.page_count(keys.len());
    let page = state.page.clamp(1, pages);
    let start = (page - 1) * spec.page_size;
    let rows = order.into_iter().skip(start).take(spec.page_size).collect();
    (rows, pages)
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[
        Column {
            id: "rank",
            header: "Rank",
            kind: Kind::Rank,
        },
        Column {
            id: "team",
            header: "Team",
            kind: Kind::Text,
        },
        Column {
            id: "wins",
            header: "Wins",
            kind: Kind::Number,
        },
    ];
    const SPEC: TableSpec = TableSpec {
        key: "west",
        columns: COLUMNS,
        default_sort: "rank",
        default_dir: Dir::Asc,
        page_size: 2,
    };

    fn keys() -> Vec<Vec<SortKey>> {
        vec![
            vec![
                SortKey::Num(1.0),
                SortKey::text("Boston"),
                SortKey::Num(10.0),
            ],
            vec![SortKey::Num(2.0), SortKey::text("atlanta"), SortKey::Null],
            vec![
                SortKey::Num(10.0),
                SortKey::text("Chicago"),
                SortKey::Num(10.0),
            ],
            vec![SortKey::Null, SortKey::text("Denver"), SortKey::Num(3.0)],
        ]
    }

    #[test]
    fn ordinal_ranks_sort_by_number_with_nulls_last() {
        let ranks = ["1st", "112nd", "10th", "2nd"]
            .iter()
            .map(|r| {
                vec![SortKey::opt_num(
                    crate::format::parse_ordinal(r).map(|n| n as f64),
                )]
            })
            .chain(std::iter::once(vec![SortKey::Null]))
            .collect::<Vec<_>>();
        let spec = TableSpec {
            page_size: 10,
            ..SPEC
        };
        for dir in [Dir::Asc, Dir::Desc] {
            let (order, _) = sort_and_page(
                &spec,
                &TableState {
                    sort: "rank",
                    dir,
                    page: 1,
                },
                &ranks,
            );
            let expected = if dir == Dir::Asc {
                [0, 3, 2, 1, 4]
            } else {
                [1, 2, 3, 0, 4]
            };
            assert_eq!(order, expected);
        }
    }

    #[test]
    fn ties_keep_default_order_and_text_ignores_case() {
        let spec = TableSpec {
            page_size: 10,
            ..SPEC
        };
        let by_wins = TableState {
            sort: "wins",
            dir: Dir::Desc,
            page: 1,
        };
        assert_eq!(sort_and_page(&spec, &by_wins, &keys()).0, vec![0, 2, 3, 1]);
        let by_team = TableState {
            sort: "team",
            dir: Dir::Asc,
            page: 1,
        };
        assert_eq!(sort_and_page(&spec, &by_team, &keys()).0, vec![1, 0, 2, 3]);
    }

    #[test]
    fn pages_cut_after_sorting() {
        let state = TableState {
            sort: "rank",
            dir: Dir::Asc,
            page: 2,
        };
        assert_eq!(sort_and_page(&SPEC, &state, &keys()), (vec![2, 3], 2));
    }

    #[test]
    fn parses_valid_state_and_flags_invalid_values() {
        let query = [("west_sort", "wins"), ("west_page", "2")];
        let get = |name: &str| query.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
        let (state, invalid) = TableState::parse(&SPEC, 4, get);
        assert_eq!(
            state,
            TableState {
                sort: "wins",
                dir: Dir::Desc,
                page: 2
            }
        );
        assert!(!invalid);

        for bad in [
            ("west_sort", "nope"),
            ("west_dir", "up"),
            ("west_page", "3"),
            ("west_page", "0"),
        ] {
            let get = |name: &str| (name == bad.0).then_some(bad.1);
            assert!(
                TableState::parse(&SPEC, 4, get).1,
                "{bad:?} should be invalid"
            );
        }
    }

    #[test]
    fn canonical_params_omit_defaults() {
        assert!(TableState::default_for(&SPEC).params(&SPEC).is_empty());
        let wins_desc = TableState {
            sort: "wins",
            dir: Dir::Desc,
            page: 1,
        };
        assert_eq!(
            wins_desc.params(&SPEC),
            vec![("west_sort".into(), "wins".into())]
        );
        let rank_desc = TableState {
            sort: "rank",
            dir: Dir::Desc,
            page: 2,
        };
        assert_eq!(
            rank_desc.params(&SPEC),
            vec![
                ("west_dir".into(), "desc".into()),
                ("west_page".into(), "2".into())
            ]
        );
    }

    #[test]
    fn header_clicks_cycle_from_the_natural_direction() {
        let start = TableState::default_for(&SPEC).with_page(2);
        let wins = &COLUMNS[2];
        let first = start.clicked(&SPEC, wins);
        assert_eq!((first.sort, first.dir, first.page), ("wins", Dir::Desc, 1));
        let second = first.clicked(&SPEC, wins);
        assert_eq!(second.dir, Dir::Asc);
        let team = first.clicked(&SPEC, &COLUMNS[1]);
        assert_eq!(team.dir, Dir::Asc);
    }
}

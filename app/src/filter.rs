//! Table filter rows: one expression per column in the URL (`{key}_f_{column id}`). Text
//! columns match a case-insensitive substring; number columns take `N`, `=N`, `>N`, `>=N`,
//! `<N` or `<=N`. An expression that does not parse is dropped.

use crate::table::TableSpec;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKind {
    Text,
    Number,
}

/// A column that has a filter input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FilterColumn {
    pub id: &'static str,
    pub kind: FilterKind,
    /// The input's accessible label.
    pub label: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Gt,
    Ge,
    Lt,
    Le,
}

/// A number filter: `N`, `=N`, `>N`, `>=N`, `<N`, `<=N` (spaces allowed around the parts).
pub fn parse_number(raw: &str) -> Option<(Op, f64)> {
    let text = raw.trim();
    let (op, rest) = [
        (">=", Op::Ge),
        ("<=", Op::Le),
        (">", Op::Gt),
        ("<", Op::Lt),
        ("=", Op::Eq),
    ]
    .into_iter()
    .find_map(|(prefix, op)| text.strip_prefix(prefix).map(|rest| (op, rest)))
    .unwrap_or((Op::Eq, text));
    let number: f64 = rest.trim().parse().ok()?;
    number.is_finite().then_some((op, number))
}

pub fn number_matches(op: Op, bound: f64, value: Option<f64>) -> bool {
    let Some(value) = value else { return false };
    match op {
        Op::Eq => (value - bound).abs() < 1e-9,
        Op::Gt => value > bound,
        Op::Ge => value >= bound,
        Op::Lt => value < bound,
        Op::Le => value <= bound,
    }
}

/// Case-insensitive substring; an empty needle matches everything.
pub fn text_matches(needle: &str, value: Option<&str>) -> bool {
    needle.is_empty() || value.is_some_and(|v| v.to_lowercase().contains(&needle.to_lowercase()))
}

/// One table's filters, in column order, with their canonical (trimmed) expressions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    pub values: Vec<(&'static str, String)>,
}

impl Filters {
    /// Reads `{key}_f_{id}` for each column; the flag is true when a value was dropped or
    /// was not in its canonical form.
    pub fn parse<'a>(
        spec: &TableSpec,
        columns: &[FilterColumn],
        get: impl Fn(&str) -> Option<&'a str>,
    ) -> (Self, bool) {
        let mut invalid = false;
        let mut values = Vec::new();
        for column in columns {
            let Some(raw) = get(&Self::param(spec, column.id)) else {
                continue;
            };
            let trimmed = raw.trim();
            let valid = match column.kind {
                FilterKind::Text => !trimmed.is_empty(),
                FilterKind::Number => parse_number(trimmed).is_some(),
            };
            if valid {
                invalid |= trimmed != raw;
                values.push((column.id, trimmed.to_owned()));
            } else {
                invalid = true;
            }
        }
        (Self { values }, invalid)
    }

    pub fn param(spec: &TableSpec, id: &str) -> String {
        spec.param(&format!("f_{id}"))
    }

    pub fn get(&self, id: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(column, _)| *column == id)
            .map(|(_, value)| value.as_str())
    }

    pub fn params(&self, spec: &TableSpec) -> Vec<(String, String)> {
        self.values
            .iter()
            .map(|(id, value)| (Self::param(spec, id), value.clone()))
            .collect()
    }

    /// Whether a row passes: `value(id)` gives the column's text and number.
    pub fn matches(
        &self,
        columns: &[FilterColumn],
        value: impl Fn(&str) -> (Option<String>, Option<f64>),
    ) -> bool {
        self.values.iter().all(|(id, expr)| {
            let kind = columns
                .iter()
                .find(|c| c.id == *id)
                .map_or(FilterKind::Text, |c| c.kind);
            let (text, number) = value(id);
            match kind {
                FilterKind::Text => text_matches(expr, text.as_deref()),
                FilterKind::Number => {
                    parse_number(expr).is_some_and(|(op, bound)| number_matches(op, bound, number))
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::{Column, Dir, Kind};

    const SPEC: TableSpec = TableSpec {
        key: "comments",
        columns: &[Column {
            id: "score",
            header: "Upvotes",
            kind: Kind::Number,
        }],
        default_sort: "score",
        default_dir: Dir::Desc,
        page_size: 12,
    };
    const COLUMNS: [FilterColumn; 2] = [
        FilterColumn {
            id: "flair",
            kind: FilterKind::Text,
            label: "Filter flair",
        },
        FilterColumn {
            id: "score",
            kind: FilterKind::Number,
            label: "Filter upvotes",
        },
    ];

    #[test]
    fn number_expressions_parse_with_every_operator() {
        assert_eq!(parse_number("5"), Some((Op::Eq, 5.0)));
        assert_eq!(parse_number("=5"), Some((Op::Eq, 5.0)));
        assert_eq!(parse_number(" >= 2.5 "), Some((Op::Ge, 2.5)));
        assert_eq!(parse_number("<-3"), Some((Op::Lt, -3.0)));
        assert_eq!(parse_number("<=0"), Some((Op::Le, 0.0)));
        assert_eq!(parse_number(">10"), Some((Op::Gt, 10.0)));
        for bad in ["", "abc", ">>3", "=>3", "5%", "NaN", "inf"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
        assert!(number_matches(Op::Ge, 2.0, Some(2.0)));
        assert!(!number_matches(Op::Gt, 2.0, Some(2.0)));
        assert!(!number_matches(Op::Lt, 2.0, None), "NULL never matches");
    }

    #[test]
    fn filters_parse_in_column_order_and_drop_what_does_not_parse() {
        let query = [
            ("comments_f_score", ">=10"),
            ("comments_f_flair", " Lakers"),
        ];
        let get = |name: &str| query.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
        let (filters, invalid) = Filters::parse(&SPEC, &COLUMNS, get);
        assert!(invalid, "the untrimmed flair is not canonical");
        assert_eq!(
            filters.params(&SPEC),
            [
                ("comments_f_flair".to_owned(), "Lakers".to_owned()),
                ("comments_f_score".to_owned(), ">=10".to_owned())
            ]
        );
        let bad = [("comments_f_score", "lots")];
        let get = |name: &str| bad.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
        let (filters, invalid) = Filters::parse(&SPEC, &COLUMNS, get);
        assert!(invalid && filters.values.is_empty());

        let row = |id: &str| match id {
            "flair" => (Some("LA Lakers".to_owned()), None),
            _ => (None, Some(12.0)),
        };
        let (filters, _) = Filters::parse(&SPEC, &COLUMNS, |name: &str| {
            query.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
        });
        assert!(filters.matches(&COLUMNS, row));
        assert!(!filters.matches(&COLUMNS, |id: &str| match id {
            "flair" => (None, None),
            _ => (None, Some(12.0)),
        }));
    }
}

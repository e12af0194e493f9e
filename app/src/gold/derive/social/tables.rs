//! The Social page's detail tables for one request: filtered, sorted and cut to the page.

use crate::model::social::{CommentRow, KeywordRow, SocialTables};
use crate::pages::social::state::{
    FilteredTable, SocialState, COMMENTS, COMMENT_FILTERS, KEYWORDS, KEYWORD_FILTERS,
};
use crate::table::{sort_and_page, SortKey, TableSpec};

use super::SocialSnapshot;

fn text_key(value: Option<&str>) -> SortKey {
    value.map_or(SortKey::Null, SortKey::text)
}

fn comment_keys(row: &CommentRow) -> Vec<SortKey> {
    vec![
        text_key(row.date.as_deref()),
        text_key(row.flair.as_deref()),
        SortKey::opt_num(row.score.map(|s| s as f64)),
        SortKey::opt_num(row.compound),
        SortKey::text(&row.full),
        text_key(row.url.as_deref()),
    ]
}

/// A comment's filterable text and number per column; sentiment compares in the percent units
/// the table shows.
fn comment_value(row: &CommentRow, id: &str) -> (Option<String>, Option<f64>) {
    match id {
        "scrape_date" => (row.date.clone(), None),
        "flair" => (row.flair.clone(), None),
        "score" => (None, row.score.map(|s| s as f64)),
        "compound" => (None, row.compound.map(|c| c * 100.0)),
        "comment" => (Some(row.full.clone()), None),
        _ => (None, None),
    }
}

fn keyword_keys(row: &KeywordRow) -> Vec<SortKey> {
    let int = |v: Option<i64>| SortKey::opt_num(v.map(|v| v as f64));
    vec![
        SortKey::text(&row.word),
        int(row.frequency),
        int(row.rank),
        int(row.flairs),
        text_key(row.top_flair.as_deref()),
        SortKey::opt_num(row.sentiment),
    ]
}

fn keyword_value(row: &KeywordRow, id: &str) -> (Option<String>, Option<f64>) {
    let int = |v: Option<i64>| v.map(|v| v as f64);
    match id {
        "word" => (Some(row.word.clone()), None),
        "word_frequency" => (None, int(row.frequency)),
        "frequency_rank" => (None, int(row.rank)),
        "nba_team_flairs_using_word" => (None, int(row.flairs)),
        "top_nba_team_flair" => (row.top_flair.clone(), None),
        "avg_sentiment_when_used" => (None, row.sentiment),
        _ => (None, None),
    }
}

/// The page of rows, the matching row count and the page count of one table.
fn page_of<T: Clone>(
    rows: &[T],
    table: &FilteredTable,
    spec: &TableSpec,
    columns: &[crate::filter::FilterColumn],
    keys: impl Fn(&T) -> Vec<SortKey>,
    value: impl Fn(&T, &str) -> (Option<String>, Option<f64>),
) -> (Vec<T>, usize, usize) {
    let matched: Vec<&T> = rows
        .iter()
        .filter(|row| table.filters.matches(columns, |id| value(row, id)))
        .collect();
    let sort_keys: Vec<Vec<SortKey>> = matched.iter().map(|row| keys(row)).collect();
    let (order, pages) = sort_and_page(spec, &table.table, &sort_keys);
    (
        order.into_iter().map(|i| matched[i].clone()).collect(),
        matched.len(),
        pages,
    )
}

/// A table's spec without paging, for downloads.
fn unpaged(spec: &TableSpec) -> TableSpec {
    TableSpec {
        page_size: usize::MAX,
        ..*spec
    }
}

impl SocialSnapshot {
    /// Every comment the filters keep, in the URL's sort.
    pub fn all_comments(&self, state: &SocialState) -> Vec<CommentRow> {
        let mut table = state.comments.clone();
        table.table = table.table.with_page(1);
        let spec = unpaged(&COMMENTS);
        page_of(
            &self.comments,
            &table,
            &spec,
            &COMMENT_FILTERS,
            comment_keys,
            comment_value,
        )
        .0
    }

    /// Every keyword the filters keep, in the URL's sort.
    pub fn all_keywords(&self, state: &SocialState) -> Vec<KeywordRow> {
        let mut table = state.keywords.clone();
        table.table = table.table.with_page(1);
        let spec = unpaged(&KEYWORDS);
        page_of(
            &self.keyword_rows,
            &table,
            &spec,
            &KEYWORD_FILTERS,
            keyword_keys,
            keyword_value,
        )
        .0
    }

    /// Both tables as the URL asks for them.
    pub fn tables(&self, state: &SocialState) -> SocialTables {
        let (comments, comment_matches, comment_pages) = page_of(
            &self.comments,
            &state.comments,
            &COMMENTS,
            &COMMENT_FILTERS,
            comment_keys,
            comment_value,
        );
        let (keywords, keyword_matches, keyword_pages) = page_of(
            &self.keyword_rows,
            &state.keywords,
            &KEYWORDS,
            &KEYWORD_FILTERS,
            keyword_keys,
            keyword_value,
        );
        SocialTables {
            comments,
            comment_matches,
            comment_pages,
            keywords,
            keyword_matches,
            keyword_pages,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::parse_query;

    fn comment(score: i64, compound: f64, flair: &str, text: &str) -> CommentRow {
        CommentRow {
            date: Some("2030-03-04".into()),
            flair: Some(flair.into()),
            score: Some(score),
            compound: Some(compound),
            preview: text.into(),
            full: text.into(),
            url: None,
        }
    }

    fn snapshot() -> SocialSnapshot {
        SocialSnapshot {
            comments: (0..30)
                .map(|i| {
                    comment(
                        i,
                        f64::from(i as i32 - 15) / 30.0,
                        if i % 2 == 0 { "Lakers" } else { "Celtics" },
                        &format!("comment {i}"),
                    )
                })
                .collect(),
            ..SocialSnapshot::default()
        }
    }

    fn tables(query: &str) -> SocialTables {
        snapshot().tables(&SocialState::parse(&parse_query(query)).0)
    }

    #[test]
    fn filters_sort_and_pages_combine() {
        let all = tables("");
        assert_eq!(
            (all.comment_matches, all.comment_pages, all.comments.len()),
            (30, 3, 12)
        );
        assert_eq!(
            all.comments[0].score,
            Some(29),
            "default: upvotes, most first"
        );

        let lakers = tables("comments_f_flair=lak&comments_f_score=%3E%3D20");
        let scores: Vec<Option<i64>> = lakers.comments.iter().map(|c| c.score).collect();
        assert_eq!(scores, [Some(28), Some(26), Some(24), Some(22), Some(20)]);

        // Sentiment filters in the percent units shown: compound > 0 is "> 0" percent.
        let positive = tables("comments_f_compound=%3E40");
        assert!(positive
            .comments
            .iter()
            .all(|c| c.compound.unwrap_or(0.0) > 0.4));
        assert_eq!(positive.comment_matches, 2);

        let text = tables("comments_f_comment=COMMENT%201&comments_sort=score&comments_dir=asc");
        let scores: Vec<Option<i64>> = text.comments.iter().map(|c| c.score).collect();
        assert_eq!(scores[..3], [Some(1), Some(10), Some(11)]);
    }
}

//! The collapsed detail tables: recent comments (with the whole comment on hover or focus)
//! and trending keywords, each with a filter row, sort and paging in the URL.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::controls::replace_view;
use crate::components::data_table::{Cell, DataTable, Rows};
use crate::error::AppError;
use crate::filter::{FilterColumn, Filters};
use crate::format::{fixed, int, pct1};
use crate::model::social::{CommentRow, KeywordRow, SocialData, SocialTables};
use crate::table::{SortKey, TableSpec, TableState};

use super::state::{SocialState, COMMENTS, COMMENT_FILTERS, KEYWORDS, KEYWORD_FILTERS};

/// The tables' rows for the URL, keyed by its query string.
pub type TablesResource = Resource<Result<SocialTables, AppError>>;

pub(crate) fn comment_rows(rows: &[CommentRow]) -> Rows {
    let mut table = Rows::default();
    let dash = || "-".to_owned();
    for row in rows {
        table.push(
            vec![
                Cell::text(row.date.clone().unwrap_or_else(dash)),
                Cell::text(row.flair.clone().unwrap_or_else(dash)),
                Cell::text(row.score.map_or_else(dash, int)),
                Cell::text(row.compound.map_or_else(dash, pct1)),
                Cell::text(row.preview.clone()).full_text(row.full.clone()),
                match &row.url {
                    Some(url) => Cell::external("Link", Some(url.clone())),
                    None => Cell::text("-"),
                },
            ],
            vec![SortKey::Null; COMMENTS.columns.len()],
        );
    }
    table
}

fn sentiment_class(value: Option<f64>) -> Option<&'static str> {
    match value {
        Some(v) if v > 0.1 => Some("sentiment-positive"),
        Some(v) if v < -0.1 => Some("sentiment-negative"),
        _ => None,
    }
}

pub(crate) fn keyword_rows(rows: &[KeywordRow]) -> Rows {
    let mut table = Rows::default();
    let dash = || "-".to_owned();
    for row in rows {
        table.push(
            vec![
                Cell::text(row.word.clone()).class(Some("cell-strong")),
                Cell::text(row.frequency.map_or_else(dash, int)),
                Cell::text(row.rank.map_or_else(dash, |r| r.to_string())),
                Cell::text(row.flairs.map_or_else(dash, |n| n.to_string())),
                Cell::text(row.top_flair.clone().unwrap_or_else(dash)),
                Cell::text(row.sentiment.map_or_else(dash, |v| fixed(v, 3)))
                    .class(sentiment_class(row.sentiment)),
            ],
            vec![SortKey::Null; KEYWORDS.columns.len()],
        );
    }
    table
}

/// Which of the page's two tables a filter form belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Comments,
    Keywords,
}

impl Which {
    fn spec(self) -> &'static TableSpec {
        match self {
            Self::Comments => &COMMENTS,
            Self::Keywords => &KEYWORDS,
        }
    }

    fn columns(self) -> &'static [FilterColumn] {
        match self {
            Self::Comments => &COMMENT_FILTERS,
            Self::Keywords => &KEYWORD_FILTERS,
        }
    }

    fn form_id(self) -> &'static str {
        match self {
            Self::Comments => "comments-filters",
            Self::Keywords => "keywords-filters",
        }
    }

    fn filters(self, state: &SocialState) -> &Filters {
        match self {
            Self::Comments => &state.comments.filters,
            Self::Keywords => &state.keywords.filters,
        }
    }
}

/// The state after this table's filter inputs are applied: canonical, on page 1.
fn with_filters(
    state: &SocialState,
    which: Which,
    values: &[(String, String)],
    default_team: &str,
) -> SocialState {
    let spec = which.spec();
    let prefix = spec.param("f_");
    let page = spec.param("page");
    let mut pairs: Vec<(String, String)> = state
        .params(default_team)
        .into_iter()
        .filter(|(name, _)| !name.starts_with(&prefix) && *name != page)
        .collect();
    pairs.extend(values.iter().filter(|(_, v)| !v.trim().is_empty()).cloned());
    SocialState::parse(&pairs).0
}

/// The filter form (its inputs sit in the table's filter row and name it as their form).
/// Without JavaScript it is a GET form; hydrated, it navigates to the canonical URL.
#[component]
fn FilterForm(
    which: Which,
    state: Memo<SocialState>,
    values: RwSignal<Vec<(String, String)>>,
    default_team: String,
) -> impl IntoView {
    let navigate = use_navigate();
    let on_submit = {
        let default_team = default_team.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let next = with_filters(
                &state.get_untracked(),
                which,
                &values.get_untracked(),
                &default_team,
            );
            replace_view(&navigate, &next.href(&default_team));
        }
    };
    let hidden = move || {
        let spec = which.spec();
        let prefix = spec.param("f_");
        let page = spec.param("page");
        state
            .get()
            .params(&default_team)
            .into_iter()
            .filter(|(name, _)| !name.starts_with(&prefix) && *name != page)
            .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
            .collect_view()
    };
    view! {
        <form id=which.form_id() method="get" action="/social" class="filter-form" on:submit=on_submit>
            {hidden}
            <button type="submit" class="apply">"Apply filters"</button>
        </form>
    }
}

/// The inputs of a table's filter row, one per column (none for columns without a filter).
fn filter_row(which: Which, values: RwSignal<Vec<(String, String)>>) -> ViewFn {
    ViewFn::from(move || {
        let spec = which.spec();
        spec.columns
            .iter()
            .map(|column| {
                let filter = which.columns().iter().find(|f| f.id == column.id);
                match filter {
                    Some(filter) => {
                        let name = Filters::param(spec, filter.id);
                        let current = values.with_untracked(|v| {
                            v.iter()
                                .find(|(n, _)| *n == name)
                                .map(|(_, v)| v.clone())
                                .unwrap_or_default()
                        });
                        let key = name.clone();
                        let on_input = move |ev: leptos::ev::Event| {
                            let text = event_target_value(&ev);
                            values.update(|v| match v.iter_mut().find(|(n, _)| *n == key) {
                                Some(entry) => entry.1 = text,
                                None => v.push((key.clone(), text)),
                            });
                        };
                        view! {
                            <td>
                                <input
                                    type="text"
                                    form=which.form_id()
                                    name=name
                                    value=current
                                    aria-label=filter.label
                                    placeholder="Filter"
                                    on:input=on_input
                                />
                            </td>
                        }
                        .into_any()
                    }
                    None => view! { <td></td> }.into_any(),
                }
            })
            .collect_view()
            .into_any()
    })
}

#[component]
fn FilteredTable(
    which: Which,
    state: Memo<SocialState>,
    tables: SocialTables,
    default_team: String,
) -> impl IntoView {
    let current = state.get_untracked();
    let spec = which.spec();
    let values = RwSignal::new(which.filters(&current).params(spec));
    let (rows, matches, pages, table_state, caption, empty) = match which {
        Which::Comments => (
            comment_rows(&tables.comments),
            tables.comment_matches,
            tables.comment_pages,
            current.comments.table.clone(),
            "Recent comments",
            "No comments match these filters.",
        ),
        Which::Keywords => (
            keyword_rows(&tables.keywords),
            tables.keyword_matches,
            tables.keyword_pages,
            current.keywords.table.clone(),
            "Trending keywords",
            "No keywords match these filters.",
        ),
    };
    let download_name = match which {
        Which::Comments => "comments",
        Which::Keywords => "keywords",
    };
    let download = crate::csv::csv_href(download_name, &current.params(&default_team), &[]);
    let base = current.clone();
    let team = default_team.clone();
    let href = move |next: &TableState| {
        let mut view = base.clone();
        match which {
            Which::Comments => view.comments.table = next.clone(),
            Which::Keywords => view.keywords.table = next.clone(),
        }
        view.href(&team)
    };
    let class = match which {
        Which::Comments => "detail-table comments-table",
        Which::Keywords => "detail-table keywords-table",
    };
    view! {
        <section class=class aria-label=caption>
            <h3 class="stat-title">{caption}</h3>
            <p class="count-line">{format!("{} rows", int(matches as i64))}</p>
            <FilterForm which state values default_team/>
            <DataTable
                spec
                state=table_state
                rows
                href
                caption=caption.to_owned()
                empty
                server_pages=pages
                filter_row=filter_row(which, values)
                download
            />
        </section>
    }
}

#[component]
pub fn DetailTables(
    data: Arc<SocialData>,
    state: Memo<SocialState>,
    tables: TablesResource,
) -> impl IntoView {
    let navigate = use_navigate();
    let default_team = data.default_team.clone();
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = {
        let default_team = default_team.clone();
        move |_: leptos::ev::Event| {
            let Some(element) = details.get_untracked() else {
                return;
            };
            let current = state.get_untracked();
            if current.tables_open != element.open() {
                replace_view(
                    &navigate,
                    &current.with_tables(element.open()).href(&default_team),
                );
            }
        }
    };
    view! {
        <details class="panel detail-tables" node_ref=details open=move || state.get().tables_open on:toggle=on_toggle>
            <summary>"Detailed tables (full keyword stats & comment preview)"</summary>
            <Transition fallback=|| view! { <p class="loading" role="status">"Loading the tables…"</p> }>
                {move || {
                    let default_team = default_team.clone();
                    Suspend::new(async move {
                        match tables.await {
                            Ok(tables) => view! {
                                <FilteredTable which=Which::Comments state tables=tables.clone() default_team=default_team.clone()/>
                                <FilteredTable which=Which::Keywords state tables default_team/>
                            }
                            .into_any(),
                            Err(error) => view! { <crate::components::load_error::LoadError error what="the tables"/> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </details>
    }
}

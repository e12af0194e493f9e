//! A sortable, paged table whose header and pager are plain links to the URL of the new
//! state, so it works without JavaScript; hydrated, those links replace the history entry.

use leptos::prelude::*;

use crate::colour::TeamLook;
use crate::table::{sort_and_page, SortKey, TableSpec, TableState};

use super::badge::TeamBadge;

/// One cell: its text, and optionally a link, a colour class, a team badge, or a pill (a
/// chip or status badge) the text is shown in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub href: Option<String>,
    pub class: Option<&'static str>,
    pub badge: Option<TeamLook>,
    pub pill: Option<&'static str>,
    /// The whole text, shown on hover or focus when the cell shows a preview of it.
    pub full_text: Option<String>,
    /// The link leaves the app: a new tab, no opener, no referrer, no follow.
    pub external: bool,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    pub fn link(text: impl Into<String>, href: Option<String>) -> Self {
        Self {
            text: text.into(),
            href,
            ..Self::default()
        }
    }

    pub fn class(mut self, class: Option<&'static str>) -> Self {
        self.class = class;
        self
    }

    pub fn badge(mut self, look: Option<TeamLook>) -> Self {
        self.badge = look;
        self
    }

    /// A link out of the app, opened in a new tab.
    pub fn external(text: impl Into<String>, href: Option<String>) -> Self {
        Self {
            external: true,
            ..Self::link(text, href)
        }
    }

    /// Keeps the whole text for the hover and focus tooltip.
    pub fn full_text(mut self, text: String) -> Self {
        self.full_text = Some(text);
        self
    }

    /// Shows the text in a pill with these classes (nothing when the text is empty).
    pub fn pill(mut self, classes: &'static str) -> Self {
        self.pill = Some(classes);
        self
    }
}

/// Rows in the table's default order, with the typed key of each cell.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Rows {
    pub cells: Vec<Vec<Cell>>,
    pub keys: Vec<Vec<SortKey>>,
}

impl Rows {
    pub fn push(&mut self, cells: Vec<Cell>, keys: Vec<SortKey>) {
        self.cells.push(cells);
        self.keys.push(keys);
    }
}

#[component]
pub fn DataTable(
    spec: &'static TableSpec,
    state: TableState,
    rows: Rows,
    /// The URL of the page with this table in another state.
    href: impl Fn(&TableState) -> String,
    caption: String,
    empty: &'static str,
    /// Set when the server already sorted and cut the rows: how many pages there are.
    #[prop(optional)]
    server_pages: Option<usize>,
    /// Plain headers without sort links, for a table of one row.
    #[prop(optional)]
    static_headers: bool,
    /// A second header row of filter inputs.
    #[prop(optional, into)]
    filter_row: Option<ViewFn>,
    /// Where the table's rows download as CSV (all pages, current filters and sort).
    #[prop(optional, into)]
    download: Option<String>,
) -> impl IntoView {
    if rows.cells.is_empty() {
        return view! { <p class="empty-state">{empty}</p> }.into_any();
    }

    let (page_rows, pages) = match server_pages {
        Some(pages) => ((0..rows.cells.len()).collect(), pages),
        None => sort_and_page(spec, &state, &rows.keys),
    };
    let headers = spec
        .columns
        .iter()
        .map(|column| {
            let sorted = state.sort == column.id;
            let aria = sorted.then(|| state.dir.aria());
            let link = href(&state.clicked(spec, column));
            let arrow = match (sorted, state.dir.aria()) {
                (false, _) => "",
                (true, "ascending") => " ▲",
                (true, _) => " ▼",
            };
            let label = if static_headers {
                view! { <span class="th-label">{column.header}</span> }.into_any()
            } else {
                view! {
                    <a href=link prop:replace=true data-noscroll="true">
                        {column.header}
                        <span aria-hidden="true">{arrow}</span>
                    </a>
                }
                .into_any()
            };
            let aria = aria.filter(|_| !static_headers);
            view! { <th scope="col" class=column.kind.align_class() aria-sort=aria>{label}</th> }
        })
        .collect_view();

    let body = page_rows
        .into_iter()
        .map(|index| {
            let cells = rows.cells[index]
                .iter()
                .zip(spec.columns)
                .map(|(cell, column)| {
                    let class =
                        format!("{} {}", column.kind.align_class(), cell.class.unwrap_or(""));
                    let badge = cell
                        .badge
                        .clone()
                        .map(|look| view! { <TeamBadge look size=24/> });
                    let content = match (cell.href.clone(), cell.pill) {
                        (Some(link), _) if cell.external => view! {
                            <a href=link target="_blank" rel="noopener noreferrer nofollow">
                                {cell.text.clone()}
                            </a>
                        }
                        .into_any(),
                        (Some(link), _) => {
                            view! { <a href=link>{cell.text.clone()}</a> }.into_any()
                        }
                        (None, _) if cell.full_text.is_some() => view! {
                            <span class="has-full-text" tabindex="0">
                                {cell.text.clone()}
                                <span class="full-text" role="tooltip">
                                    {cell.full_text.clone()}
                                </span>
                            </span>
                        }
                        .into_any(),
                        (None, Some(_)) if cell.text.is_empty() => ().into_any(),
                        (None, Some(pill)) => {
                            view! { <span class=pill>{cell.text.clone()}</span> }.into_any()
                        }
                        (None, None) => cell.text.clone().into_any(),
                    };
                    view! { <td class=class>{badge}{content}</td> }
                })
                .collect_view();
            view! { <tr>{cells}</tr> }
        })
        .collect_view();

    let pager = (pages > 1).then(|| {
        let prev = (state.page > 1).then(|| href(&state.with_page(state.page - 1)));
        let next = (state.page < pages).then(|| href(&state.with_page(state.page + 1)));
        view! {
            <nav class="pager" aria-label=format!("{caption} pages")>
                {prev.map(|link| view! { <a href=link prop:replace=true data-noscroll="true">"‹ Prev"</a> })}
                <span>{format!("Page {} of {pages}", state.page)}</span>
                {next.map(|link| view! { <a href=link prop:replace=true data-noscroll="true">"Next ›"</a> })}
            </nav>
        }
    });

    view! {
        <div class="table-scroll">
            <table class="data-table">
                <caption class="visually-hidden">{caption.clone()}</caption>
                <thead>
                    <tr>{headers}</tr>
                    {filter_row.map(|row| view! { <tr class="filter-row">{row.run()}</tr> })}
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        {pager}
        {download.map(|href| view! {
            <p class="download-line"><a href=href download="" class="download-link">"Download CSV"</a></p>
        })}
    }
    .into_any()
}

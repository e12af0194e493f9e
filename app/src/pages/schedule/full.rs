//! The remaining season as a sortable, paged table (key `full`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::data_table::{Cell, DataTable, Rows};
use crate::format::int;
use crate::model::schedule::FullRow;
use crate::table::{SortKey, TableState};

use super::state::{ScheduleState, FULL};

/// The rows in their default order (date, then tip-off).
pub fn full_rows(rows: &[FullRow]) -> Rows {
    let mut table = Rows::default();
    let dash = || "-".to_owned();
    for row in rows {
        table.push(
            vec![
                Cell::text(row.date.clone().unwrap_or_else(dash)),
                Cell::text(row.start.clone().unwrap_or_else(dash)),
                Cell::link(row.home.label.clone(), row.home.href()),
                Cell::link(row.away.label.clone(), row.away.href()),
                Cell::text(row.avg_rank.map_or_else(dash, |r| int(r.round() as i64))),
            ],
            vec![
                row.date.as_deref().map_or(SortKey::Null, SortKey::text),
                SortKey::opt_num(row.start_minutes.map(f64::from)),
                SortKey::text(&row.home.label),
                SortKey::text(&row.away.label),
                SortKey::opt_num(row.avg_rank),
            ],
        );
    }
    table
}

#[component]
pub fn FullSchedule(rows: Arc<Vec<FullRow>>, state: Memo<ScheduleState>) -> impl IntoView {
    let rows = full_rows(&rows);
    move || {
        let current = state.get();
        let download = crate::csv::csv_href("full-schedule", &current.params(), &[]);
        let base = current.clone();
        let href = move |next: &TableState| {
            ScheduleState {
                full: next.clone(),
                ..base.clone()
            }
            .href()
        };
        view! {
            <div class="striped">
                <DataTable
                    spec=&FULL
                    state=current.full.clone()
                    rows=rows.clone()
                    href
                    caption="Remaining schedule".to_owned()
                    empty="No remaining games in the schedule."
                    download
                />
            </div>
        }
    }
}

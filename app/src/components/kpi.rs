//! KPI cards: a big accent value, a title and a muted sub-line; optionally a link.

use leptos::prelude::*;

use crate::model::Kpi;

#[component]
pub fn KpiGrid(kpis: Vec<Kpi>) -> impl IntoView {
    let cards = kpis
        .into_iter()
        .map(|kpi| {
            let body = view! {
                <p class="kpi-value">{kpi.value}</p>
                <p class="kpi-title">{kpi.title}</p>
                {kpi.subline.map(|line| view! { <p class="kpi-subline">{line}</p> })}
            };
            match kpi.href {
                Some(href) => {
                    view! { <a class="kpi-card kpi-link" href=href>{body}</a> }.into_any()
                }
                None => view! { <div class="kpi-card">{body}</div> }.into_any(),
            }
        })
        .collect_view();
    view! { <section class="kpi-grid" aria-label="Key figures">{cards}</section> }
}

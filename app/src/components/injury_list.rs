//! Injury report entries: the player, a status badge and the ETA on the first line, the
//! injury and its description on the second.

use leptos::prelude::*;

use crate::model::teams::{InjuryRow, InjuryStatus};

#[component]
pub fn StatusBadge(status: InjuryStatus) -> impl IntoView {
    view! { <span class=status.class.css()>{status.text}</span> }
}

#[component]
pub fn InjuryList(rows: Vec<InjuryRow>) -> impl IntoView {
    let items = rows
        .into_iter()
        .map(|row| {
            let name = match row.href {
                Some(href) => {
                    view! { <a href=href class="injury-player">{row.player}</a> }.into_any()
                }
                None => view! { <span class="injury-player">{row.player}</span> }.into_any(),
            };
            view! {
                <li class="injury-row">
                    <div class="injury-line">
                        {name}
                        {row.status.map(|status| view! { <StatusBadge status/> })}
                        <span class="injury-eta" title="Expected return">{row.eta}</span>
                    </div>
                    {row.detail.map(|detail| view! { <p class="injury-detail">{detail}</p> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="injury-list">{items}</ul> }
}

//! The stat-list card: an upper-case title, then label and right-aligned value rows.

use leptos::prelude::*;

use crate::model::teams::StatCard;

#[component]
pub fn StatListCard(card: StatCard) -> impl IntoView {
    let title = card.title.clone();
    let label = card.title.clone();
    let body = if card.rows.is_empty() {
        view! { <p class="empty-state">"No data available"</p> }.into_any()
    } else {
        let rows = card
            .rows
            .into_iter()
            .map(|row| {
                let class = if row.accent { "stat-value accent" } else { "stat-value" };
                view! {
                    <div class="stat-row">
                        <dt>{row.label}</dt>
                        <dd class=class>
                            {row.value}
                            {row.note.map(|note| view! { " " <span class="stat-note">"("{note}")"</span> })}
                        </dd>
                    </div>
                }
            })
            .collect_view();
        view! { <dl class="stat-list">{rows}</dl> }.into_any()
    };
    view! {
        <section class="stat-card" aria-label=label>
            <h3 class="stat-title">{title}</h3>
            {body}
        </section>
    }
}

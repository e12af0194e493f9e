//! HEALTH & ROSTER: the team's injury report and its recent transactions, side by side.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::injury_list::InjuryList;
use crate::model::teams::{TeamPageData, TransactionRow};

#[component]
fn PanelHead(title: &'static str, count: usize, id: &'static str) -> impl IntoView {
    view! {
        <div class="panel-head">
            <h3 id=id class="panel-title">{title}</h3>
            <span class="panel-count">{format!("{count} listed")}</span>
        </div>
    }
}

#[component]
pub fn HealthPanels(page: Arc<TeamPageData>) -> impl IntoView {
    let injuries = page.injuries.clone();
    let injury_count = injuries.len();
    let injury_body = if injuries.is_empty() {
        view! { <p class="empty-state">"No injuries reported."</p> }.into_any()
    } else {
        view! { <InjuryList rows=injuries/> }.into_any()
    };

    let moves = page.transactions.clone();
    let move_count = moves.len();
    let moves_body = if moves.is_empty() {
        view! { <p class="empty-state">"No recent transactions."</p> }.into_any()
    } else {
        let rows = moves
            .into_iter()
            .map(|row| view! { <TransactionItem row/> })
            .collect_view();
        view! { <ul class="transaction-list">{rows}</ul> }.into_any()
    };

    view! {
        <section class="team-section" aria-labelledby="health-kicker">
            <p id="health-kicker" class="kicker">"HEALTH & ROSTER"</p>
            <div class="health-panels">
                <section class="panel scroll-panel" aria-labelledby="injuries-title">
                    <PanelHead title="ACTIVE INJURY REPORT" count=injury_count id="injuries-title"/>
                    <div class="panel-body">{injury_body}</div>
                </section>
                <section class="panel scroll-panel" aria-labelledby="transactions-title">
                    <PanelHead title="TRANSACTIONS" count=move_count id="transactions-title"/>
                    <div class="panel-body">{moves_body}</div>
                </section>
            </div>
        </section>
    }
}

#[component]
fn TransactionItem(row: TransactionRow) -> impl IntoView {
    let text = row
        .parts
        .into_iter()
        .map(|part| {
            if part.verb {
                view! { <strong class="verb">{part.text}</strong> }.into_any()
            } else {
                part.text.into_any()
            }
        })
        .collect_view();
    view! {
        <li class="transaction-row">
            <time class="transaction-date" datetime=row.date.iso>{row.date.text}</time>
            <span class="transaction-text">{text}</span>
            <span class="transaction-tag">{row.tag}</span>
        </li>
    }
}

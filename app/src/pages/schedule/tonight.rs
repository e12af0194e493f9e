//! Tonight's game cards: time, series line, the two sides with their moneylines and value
//! highlight, and the model's win probabilities.

use leptos::prelude::*;

use crate::model::schedule::{SideLabel, TonightCard, TonightSlate};

#[component]
fn Side(side: SideLabel) -> impl IntoView {
    let class = if side.value {
        "tonight-side value"
    } else {
        "tonight-side"
    };
    let label = match side.href {
        Some(href) => view! { <a href=href>{side.label}</a> }.into_any(),
        None => side.label.into_any(),
    };
    view! {
        <span class=class>
            {label}
            {side.value.then(|| view! { <span class="visually-hidden">" (strong value)"</span> })}
        </span>
    }
}

#[component]
fn Card(card: TonightCard) -> impl IntoView {
    let meta = match card.date {
        Some(date) => format!("{date} · {}", card.time),
        None => card.time,
    };
    view! {
        <li class="tonight-card" id=card.slug>
            <p class="tonight-meta">{meta}</p>
            {card.series.map(|line| view! { <p class="tonight-series">{line}</p> })}
            <p class="tonight-matchup">
                <Side side=card.away/>
                <span class="tonight-at" aria-label="at">"@"</span>
                <Side side=card.home/>
            </p>
            <dl class="tonight-stats">
                <div><dt>"Avg team rank"</dt><dd>{card.avg_rank}</dd></div>
                <div><dt>"Home win %"</dt><dd>{card.home_win}</dd></div>
                <div><dt>"Road win %"</dt><dd>{card.road_win}</dd></div>
            </dl>
        </li>
    }
}

#[component]
pub fn TonightCards(slate: TonightSlate) -> impl IntoView {
    if slate.cards.is_empty() {
        return view! { <p class="empty-state">"No games on the slate for this view."</p> }
            .into_any();
    }
    let cards = slate
        .cards
        .into_iter()
        .map(|card| view! { <Card card/> })
        .collect_view();
    view! {
        {slate.date_line.map(|line| view! { <p class="tonight-date">{line}</p> })}
        <ul class="tonight-grid">{cards}</ul>
    }
    .into_any()
}

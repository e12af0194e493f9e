//! "Contract & value": the contract card and the team's value scatter with this player
//! marked. The chart's points are fetched by the browser, like the Overview's.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::chart::Chart;
use crate::components::charts::value::team_value_chart;
use crate::format::{int, money};
use crate::model::players::{ContractCard, PlayerPageData};
use crate::pages::players::category_chip;

use super::TeamPoints;

fn row(label: &'static str, value: impl IntoView + 'static) -> impl IntoView {
    view! { <div class="stat-row"><dt>{label}</dt><dd class="stat-value">{value}</dd></div> }
}

#[component]
fn ContractStats(card: ContractCard) -> impl IntoView {
    let dash = || "-".to_owned();
    let category = card.category.clone().map_or_else(
        || dash().into_any(),
        |c| view! { <span class=category_chip(&c)>{c.clone()}</span> }.into_any(),
    );
    let games = format!(
        "{} played · {} missed",
        card.games_played.map_or_else(dash, int),
        card.games_missed.map_or_else(dash, int)
    );
    view! {
        <section class="stat-card" aria-labelledby="contract-title">
            <h3 id="contract-title" class="stat-title">"CONTRACT"</h3>
            <dl class="stat-list">
                {row("Salary", card.salary.map_or_else(dash, money))}
                {row("Salary bracket", card.salary_rank.clone().unwrap_or_else(dash))}
                {row("Value category", category)}
                {row("Value percentile", card.percentile.clone().unwrap_or_else(dash))}
                {row("Games", games)}
            </dl>
        </section>
    }
}

#[component]
pub fn ContractSection(
    page: Arc<PlayerPageData>,
    chart_team: RwSignal<Option<String>>,
    points: TeamPoints,
) -> impl IntoView {
    let team = page
        .contract
        .as_ref()
        .and_then(|card| card.chart_team.clone());
    Effect::new(move |_| chart_team.set(team.clone()));
    page.contract
        .clone()
        .map(|card| contract_panel(card, page.slug.clone(), points))
}

fn contract_panel(card: ContractCard, slug: String, points: TeamPoints) -> impl IntoView {
    let team = card.chart_team.clone();
    let chart = team.map(|team| {
        let spec = {
            let team = team.clone();
            Signal::derive(move || {
                points.with(|loaded| match loaded {
                    // Until this team's points arrive the previous player's may be loaded.
                    Some(Ok(points)) if points.iter().any(|p| p.slug == slug) => {
                        team_value_chart(points, &team, &slug)
                    }
                    _ => None,
                })
            })
        };
        let available = Signal::derive(move || !matches!(points.get(), Some(Err(_))));
        view! {
            <Chart
                id="player-value-chart"
                title="Contract value within the team"
                aria_label=format!("Scatter chart: salary against MVP score for {team} players, this player marked")
                height=420
                available
                spec
                placeholder="The team's contract values could not be loaded.".to_owned()
            />
        }
    });
    view! {
        <section class="panel" aria-labelledby="contract-section-title">
            <h2 id="contract-section-title" class="section-title">"Contract & value"</h2>
            <div class="contract-layout">
                <ContractStats card/>
                {chart}
            </div>
        </section>
    }
}

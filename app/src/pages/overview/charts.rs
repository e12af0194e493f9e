//! The Overview's three chart sections.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::chart::{Chart, FiguresLink};
use crate::components::charts::{
    contracts::contracts_chart, ratings::ratings_chart, value::value_chart,
};
use crate::model::{OverviewData, ValuePoint};

use super::state::OverviewState;
use super::{hidden_inputs, ValuePoints};
use crate::components::controls::{push_view, NoScriptSubmit};

#[component]
pub fn RatingsSection(data: Arc<OverviewData>) -> impl IntoView {
    let available = !data.ratings.is_empty();
    let spec = Signal::derive(move || ratings_chart(&data.ratings, &data.looks));
    view! {
        <section class="panel" aria-labelledby="ratings-title">
            <h2 id="ratings-title" class="section-title">"Team Ratings"</h2>
            <p class="helper">"Dashed lines mark league-average offensive and defensive rating."</p>
            <Chart
                id="ratings-chart"
                title="Team Offensive vs Defensive Ratings"
                aria_label="Scatter chart: team offensive rating against defensive rating, better defence at the top".to_owned()
                height=500
                available
                spec
                placeholder="Team ratings are not available yet.".to_owned()
                figures=FiguresLink { href: "#standings-west".into(), text: "Every team is linked in the standings.".into() }
            />
        </section>
    }
}

#[component]
pub fn ContractsSection(data: Arc<OverviewData>) -> impl IntoView {
    let available = !data.contracts.is_empty();
    let spec = Signal::derive(move || contracts_chart(&data.contracts));
    view! {
        <section class="panel" aria-labelledby="contracts-title">
            <h2 id="contracts-title" class="section-title">"Team Contract Efficiency"</h2>
            <Chart
                id="contracts-chart"
                title="Team Contract Efficiency vs Win Percentage"
                aria_label="Bar chart: share of salary value earned by team, coloured by win percentage".to_owned()
                height=500
                available
                spec
                placeholder="Team contract data is not available yet.".to_owned()
            />
        </section>
    }
}

#[component]
pub fn ValueSection(
    data: Arc<OverviewData>,
    state: Memo<OverviewState>,
    points: ValuePoints,
) -> impl IntoView {
    let team = Memo::new(move |_| state.get().value_team);
    let loaded = Signal::derive(move || points.get().and_then(Result::ok));
    let failed = Signal::derive(move || matches!(points.get(), Some(Err(_))));

    // Every team option has rows; "All Teams" has them when any row has a salary and score.
    let has_rows = data.value_rows > 0;
    let available = Signal::derive(move || (has_rows || team.get().is_some()) && !failed.get());
    let spec = Signal::derive(move || loaded.get().and_then(|points| value_chart(&points)));
    let placeholder = Signal::derive(move || match (failed.get(), team.get()) {
        (true, _) => "Player values could not be loaded. Reload the page to try again.".to_owned(),
        (false, Some(team)) => format!("No contract rows for {team}."),
        (false, None) => "Contract data is not available yet.".to_owned(),
    });

    let navigate = use_navigate();
    let on_change = {
        let data = Arc::clone(&data);
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            let choice = (!value.is_empty()).then_some(value);
            push_view(
                &navigate,
                &state.get_untracked().with_value_team(choice).href(&data),
            );
        }
    };
    let options = {
        let data = Arc::clone(&data);
        move || {
            let selected = team.get();
            let all = view! { <option value="" selected=selected.is_none()>"All Teams"</option> };
            let teams = data
                .value_teams
                .iter()
                .map(|option| {
                    let is_selected = selected.as_deref() == Some(option.as_str());
                    view! { <option value=option.clone() selected=is_selected>{option.clone()}</option> }
                })
                .collect_view();
            view! { {all} {teams} }
        }
    };
    let hidden = move || hidden_inputs(&state.get(), &data, "value_team");

    view! {
        <section class="panel" aria-labelledby="value-title">
            <div class="section-head">
                <h2 id="value-title" class="section-title">"Player Value Analysis"</h2>
                <form method="get" action="/" class="control">
                    <label for="value-team-select">"Team"</label>
                    <select id="value-team-select" name="value_team" on:change=on_change>{options}</select>
                    {hidden}
                    <NoScriptSubmit/>
                </form>
            </div>
            <Chart
                id="value-chart"
                title="Player Contract Value vs Performance"
                aria_label="Scatter chart: annual salary against average MVP score, by value category".to_owned()
                height=500
                available
                spec
                placeholder
            />
            <PlayerLinks points=loaded/>
        </section>
    }
}

/// Keyboard-reachable links to every player a click on the chart could open.
#[component]
fn PlayerLinks(points: Signal<Option<Vec<ValuePoint>>>) -> impl IntoView {
    move || {
        let points = points.get().unwrap_or_default();
        (!points.is_empty()).then(|| {
            let count = points.len();
            let links = points
                .into_iter()
                .map(|p| view! { <li><a href=format!("/players/{}", p.slug)>{p.player}</a></li> })
                .collect_view();
            view! {
                <details class="chart-links">
                    <summary>{format!("Players in this chart ({count})")}</summary>
                    <ul>{links}</ul>
                </details>
            }
        })
    }
}

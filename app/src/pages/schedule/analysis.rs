//! "NBA Schedule Analysis": the chart select and the selected chart, which updates in place.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::chart::Chart;
use crate::components::charts::analysis::analysis_chart;
use crate::components::controls::{push_view, NoScriptSubmit};
use crate::model::schedule::{AnalysisKind, ScheduleSummary};

use super::state::ScheduleState;
use super::ChartSignal;

#[component]
pub fn AnalysisSection(
    data: Arc<ScheduleSummary>,
    state: Memo<ScheduleState>,
    bars: ChartSignal,
) -> impl IntoView {
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(kind) = AnalysisKind::from_param(&event_target_value(&ev)) {
            push_view(&navigate, &state.get_untracked().with_chart(kind).href());
        }
    };
    let options = move || {
        let current = state.get().chart;
        AnalysisKind::ALL
            .into_iter()
            .map(|kind| view! { <option value=kind.param() selected=kind == current>{kind.label()}</option> })
            .collect_view()
    };
    // The rest of the view rides along through the no-JavaScript form.
    let hidden = move || {
        state
            .get()
            .params()
            .into_iter()
            .filter(|(name, _)| name != "chart")
            .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
            .collect_view()
    };
    let with_data = data.charts_with_data.clone();
    let available = Signal::derive(move || {
        with_data.contains(&state.get().chart) && !matches!(bars.get(), Some(Err(_)))
    });
    // The previous chart stays drawn until the next one's bars arrive, so ECharts updates
    // the same instance instead of starting over.
    let spec = Signal::derive(move || {
        bars.with(|loaded| match loaded {
            Some(Ok(chart)) => analysis_chart(chart),
            _ => None,
        })
    });

    view! {
        <section class="panel" aria-labelledby="analysis-title">
            <div class="section-head">
                <h2 id="analysis-title" class="section-title">"NBA Schedule Analysis"</h2>
                <form method="get" action="/schedule" class="control">
                    <label for="analysis-select">"Analysis plot"</label>
                    <select
                        id="analysis-select"
                        name="chart"
                        class="wide-select"
                        prop:value=move || state.get().chart.param()
                        on:change=on_change
                    >
                        {options}
                    </select>
                    {hidden}
                    <NoScriptSubmit/>
                </form>
            </div>
            <p class="helper">"League-wide views: strength of schedule, spreads, preseason lines, and more."</p>
            <Chart
                id="analysis-chart"
                title="NBA Schedule Analysis"
                aria_label="Bar chart: the selected schedule analysis, one bar per team".to_owned()
                height=640
                height_css="height:clamp(420px, 70vh, 640px)"
                available
                spec
                placeholder="No data for this chart yet.".to_owned()
            />
            <TeamLinks state bars/>
        </section>
    }
}

/// Keyboard-reachable links to every team page a click on the chart could open.
#[component]
fn TeamLinks(state: Memo<ScheduleState>, bars: ChartSignal) -> impl IntoView {
    move || {
        let current = state.get().chart;
        bars.with(|loaded| {
            let Some(Ok(chart)) = loaded.as_ref().filter(|_| current != AnalysisKind::GameTypes) else {
                return None;
            };
            let mut teams: Vec<String> = chart.bars.iter().filter_map(|b| b.team.clone()).collect();
            teams.sort();
            (!teams.is_empty() && chart.kind == current).then(|| {
                let count = teams.len();
                let links = teams
                    .into_iter()
                    .map(|abbr| view! { <li><a href=format!("/teams/{abbr}")>{abbr.clone()}</a></li> })
                    .collect_view();
                view! {
                    <details class="chart-links">
                        <summary>{format!("Teams in this chart ({count})")}</summary>
                        <ul>{links}</ul>
                    </details>
                }
            })
        })
    }
}

//! "Comments vs prior game result": a team select and that team's daily comments coloured by
//! the previous day's result, updated in place when the team changes.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::chart::Chart;
use crate::components::charts::social::team_chart;
use crate::components::controls::{push_view, NoScriptSubmit};
use crate::model::social::SocialData;
use crate::teams::{self, TEAMS};

use super::state::SocialState;
use super::TimelineSignal;

#[component]
pub fn TeamSection(
    data: Arc<SocialData>,
    state: Memo<SocialState>,
    timeline: TimelineSignal,
) -> impl IntoView {
    let default_team = data.default_team.clone();
    let team = {
        let default_team = default_team.clone();
        Memo::new(move |_| {
            state
                .get()
                .team
                .map_or_else(|| default_team.clone(), str::to_owned)
        })
    };
    let navigate = use_navigate();
    let on_change = {
        let default_team = default_team.clone();
        move |ev: leptos::ev::Event| {
            if let Some(choice) = teams::resolve(&event_target_value(&ev)) {
                push_view(
                    &navigate,
                    &state
                        .get_untracked()
                        .with_team(choice.abbr)
                        .href(&default_team),
                );
            }
        }
    };
    let options = move || {
        let current = team.get();
        TEAMS
            .iter()
            .map(|t| {
                view! {
                    <option value=t.abbr selected=t.abbr == current>{format!("{} — {}", t.abbr, t.name)}</option>
                }
            })
            .collect_view()
    };
    let hidden = {
        let default_team = default_team.clone();
        move || {
            state
                .get()
                .params(&default_team)
                .into_iter()
                .filter(|(name, _)| name != "team")
                .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
                .collect_view()
        }
    };
    let available = Signal::derive(move || {
        !matches!(timeline.get(), Some(Err(_)))
            && timeline.with(|t| match t {
                Some(Ok(t)) => !t.days.is_empty(),
                _ => true,
            })
    });
    let spec = Signal::derive(move || {
        let abbr = team.get();
        timeline.with(|t| match t {
            Some(Ok(t)) => team_chart(&abbr, t),
            _ => None,
        })
    });
    let placeholder = Signal::derive(move || format!("No flair timeline rows for {}", team.get()));

    view! {
        <section class="panel team-comments" aria-labelledby="team-comments-title">
            <div class="section-head">
                <h2 id="team-comments-title" class="section-title">"Comments vs prior game result"</h2>
                <form method="get" action="/social" class="control">
                    <label for="social-team">"Team"</label>
                    <select
                        id="social-team"
                        name="team"
                        class="wide-select"
                        prop:value=move || team.get()
                        on:change=on_change
                    >
                        {options}
                    </select>
                    {hidden}
                    <NoScriptSubmit/>
                </form>
            </div>
            <Chart
                id="team-chart"
                title="Comments by prior game outcome"
                aria_label="Bar chart: the team's daily comments, coloured by the previous day's result, with a 7-day average".to_owned()
                height=460
                available
                spec
                placeholder
            />
        </section>
    }
}

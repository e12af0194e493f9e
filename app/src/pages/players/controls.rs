//! The index's controls: the search box (typing replaces the URL after a pause), the team
//! and season selects (each choice a new history entry). One GET form without JavaScript.

use std::time::Duration;

use leptos::leptos_dom::helpers::debounce;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::controls::{push_view, replace_view, NoScriptSubmit};
use crate::season::SeasonType;
use crate::teams::{self, TEAMS};

use super::state::{clean_query, PlayersState, INDEX, MAX_QUERY_CHARS};
use super::IndexResource;

/// The search box waits this long after the last keystroke before updating the URL.
const TYPING_PAUSE: Duration = Duration::from_millis(300);

#[component]
pub fn IndexControls(state: Memo<PlayersState>, data: IndexResource) -> impl IntoView {
    let navigate = use_navigate();
    let input = NodeRef::<leptos::html::Input>::new();

    // Back and forward change `q` under the box: show it, unless it is what is typed.
    Effect::new(move |_| {
        let q = state.get().q;
        if let Some(input) = input.get() {
            if clean_query(&input.value()) != q {
                input.set_value(&q);
            }
        }
    });

    let search = {
        let navigate = navigate.clone();
        let mut later = debounce(TYPING_PAUSE, move |text: String| {
            let current = state.get_untracked();
            if clean_query(&text) != current.q {
                let next = current.with_filters(&text, current.team, current.season);
                replace_view(&navigate, &next.href());
            }
        });
        move |ev: leptos::ev::Event| later(event_target_value(&ev))
    };
    let team_change = {
        let navigate = navigate.clone();
        move |ev: leptos::ev::Event| {
            let current = state.get_untracked();
            let team = teams::resolve(&event_target_value(&ev)).map(|t| t.abbr);
            push_view(
                &navigate,
                &current
                    .with_filters(&current.q, team, current.season)
                    .href(),
            );
        }
    };
    let season_change = move |ev: leptos::ev::Event| {
        let current = state.get_untracked();
        if let Some(season) = SeasonType::from_param(&event_target_value(&ev)) {
            push_view(
                &navigate,
                &current
                    .with_filters(&current.q, current.team, season)
                    .href(),
            );
        }
    };

    let initial = state.get_untracked();
    let team_options = move || {
        let selected = state.get().team;
        let all = view! { <option value="" selected=selected.is_none()>"All teams"</option> };
        let teams = TEAMS
            .iter()
            .map(|team| view! { <option value=team.abbr selected=selected == Some(team.abbr)>{team.name}</option> })
            .collect_view();
        view! { {all}{teams} }
    };
    // Offered only when the data has Playoffs rows, which the loaded page tells.
    let season_select = move |has_playoffs: bool| {
        let current = state.get_untracked().season;
        (has_playoffs || current == SeasonType::Playoffs).then(|| {
            let options = [SeasonType::Regular, SeasonType::Playoffs]
                .into_iter()
                .map(|season| view! { <option value=season.param() selected=season == current>{season.label()}</option> })
                .collect_view();
            view! {
                <label for="players-season">"Season type"</label>
                <select
                    id="players-season"
                    name="season"
                    prop:value=move || state.get().season.param()
                    on:change=season_change.clone()
                >
                    {options}
                </select>
            }
        })
    };
    // Keeps the sort when the form is submitted without JavaScript.
    let sort_inputs = move || {
        state
            .get()
            .table
            .params(&INDEX)
            .into_iter()
            .filter(|(name, _)| name != "page")
            .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
            .collect_view()
    };

    view! {
        <form method="get" action="/players" class="index-controls" role="search">
            <label for="players-q">"Search"</label>
            <input
                id="players-q"
                type="search"
                name="q"
                node_ref=input
                value=initial.q
                maxlength=MAX_QUERY_CHARS.to_string()
                placeholder="Player name"
                autocomplete="off"
                on:input=search
            />
            <label for="players-team">"Team"</label>
            <select
                id="players-team"
                name="team"
                prop:value=move || state.get().team.unwrap_or("")
                on:change=team_change
            >
                {team_options}
            </select>
            <Transition fallback=|| ()>
                {move || {
                    let season_select = season_select.clone();
                    Suspend::new(async move {
                        let has_playoffs = data.await.is_ok_and(|page| page.has_playoffs);
                        season_select(has_playoffs)
                    })
                }}
            </Transition>
            {sort_inputs}
            <NoScriptSubmit/>
        </form>
    }
}

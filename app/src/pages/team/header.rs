//! The team page header: badge, name, standing, arena, tonight's game and the team switcher.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::badge::TeamBadge;
use crate::components::controls::{push_view, NoScriptSubmit};
use crate::model::teams::{switcher_options, TeamPageData};

#[component]
pub fn TeamHeader(page: Arc<TeamPageData>) -> impl IntoView {
    view! {
        <div class="page-hero team-hero">
            <TeamBadge look=page.look.clone() size=96/>
            <h1>{page.name.clone()}</h1>
            <p class="hero-subtitle">"Per-team trends, health, and roster moves"</p>
            <p class="hero-meta">{page.meta.clone()}</p>
            {page.arena.clone().map(|arena| view! { <p class="hero-meta muted">"Arena: "{arena}</p> })}
            {page.tonight.clone().map(|line| view! {
                <p class="hero-meta"><a href="/schedule" class="tonight-link">{line}</a></p>
            })}
            <TeamSwitcher current=page.abbr.clone()/>
        </div>
    }
}

/// A select of all 30 teams; choosing one opens its page (a new history entry). Without
/// JavaScript it is a GET form that `/teams` redirects to the chosen team.
#[component]
fn TeamSwitcher(current: String) -> impl IntoView {
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        let abbr = event_target_value(&ev);
        if !abbr.is_empty() {
            push_view(&navigate, &format!("/teams/{abbr}"));
        }
    };
    let options = switcher_options()
        .into_iter()
        .map(|(abbr, name)| {
            view! { <option value=abbr selected=abbr == current>{name}</option> }
        })
        .collect_view();
    view! {
        <form method="get" action="/teams" class="control team-switcher">
            <label for="team-switcher">"Team"</label>
            <select id="team-switcher" name="team" on:change=on_change>{options}</select>
            <NoScriptSubmit/>
        </form>
    }
}

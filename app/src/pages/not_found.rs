//! The 404 pages, in the app shell, with a real 404 status.

use leptos::prelude::*;

use crate::components::hero::PageHero;
use crate::components::page_meta::PageMeta;
use crate::components::search::PlayerSearchForm;
use crate::model::teams::switcher_options;

/// Makes the server answer this render with 404.
fn not_found_status() {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    not_found_status();
    view! {
        <PageMeta title="Page not found" description="There is no page at this address."/>
        <PageHero title="Page not found".to_owned()/>
        <section class="panel not-found">
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p><a href="/">"Go to the League Overview"</a></p>
        </section>
    }
}

/// A game slug that is not on the current slate: the feed only keeps the latest game date.
#[component]
pub fn GameNotFound() -> impl IntoView {
    not_found_status();
    view! {
        <PageMeta title="Game not found" description="This game is no longer in the recent-games feed."/>
        <PageHero title="Game not found".to_owned()/>
        <section class="panel not-found">
            <p>"This game is no longer in the recent-games feed."</p>
            <p><a href="/games">"See the latest slate"</a></p>
        </section>
    }
}

/// A team path that names none of the 30 teams, even through an alias.
#[component]
pub fn TeamNotFound() -> impl IntoView {
    not_found_status();
    let teams = switcher_options()
        .into_iter()
        .map(|(abbr, name)| view! { <li><a href=format!("/teams/{abbr}")>{name}</a></li> })
        .collect_view();
    view! {
        <PageMeta title="Team not found" description="No team goes by that name."/>
        <PageHero title="Team not found".to_owned()/>
        <section class="panel not-found">
            <p>"No team goes by that name. These are the 30 teams:"</p>
            <ul class="link-columns">{teams}</ul>
            <p><a href="/">"Go to the League Overview"</a></p>
        </section>
    }
}

/// A player slug that no table in the current data knows.
#[component]
pub fn PlayerNotFound() -> impl IntoView {
    not_found_status();
    view! {
        <PageMeta title="Player not found" description="No player in the current data has that page."/>
        <PageHero title="Player not found".to_owned()/>
        <section class="panel not-found">
            <p>"No player in the current data has that page. Search for a name instead:"</p>
            <PlayerSearchForm id="not-found-search"/>
            <p><a href="/">"Go to the League Overview"</a></p>
        </section>
    }
}

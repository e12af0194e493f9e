//! The 404 pages, in the app shell, with a real 404 status.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::hero::PageHero;

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
        <Title text="Page not found"/>
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
        <Title text="Game not found"/>
        <PageHero title="Game not found".to_owned()/>
        <section class="panel not-found">
            <p>"This game is no longer in the recent-games feed."</p>
            <p><a href="/games">"See the latest slate"</a></p>
        </section>
    }
}

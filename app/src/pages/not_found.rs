//! The 404 page, in the app shell, with a real 404 status.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::hero::PageHero;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }

    view! {
        <Title text="Page not found"/>
        <PageHero title="Page not found".to_owned()/>
        <section class="panel not-found">
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p><a href="/">"Go to the League Overview"</a></p>
        </section>
    }
}

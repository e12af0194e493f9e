//! The page hero: a centred display-font title with optional kicker and meta line.

use leptos::prelude::*;

#[component]
pub fn PageHero(
    title: String,
    #[prop(optional)] kicker: Option<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <div class="page-hero">
            {kicker.map(|k| view! { <p class="kicker">{k}</p> })}
            <h1>{title}</h1>
            {children.map(|meta| view! { <p class="hero-meta">{meta()}</p> })}
        </div>
    }
}

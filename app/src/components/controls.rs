//! Pieces every page's controls share: the history push of a page-level change, and the
//! Apply button that only no-JavaScript visitors need.

use leptos::prelude::*;
use leptos_router::NavigateOptions;

/// A page-level control's change: a new history entry, without scrolling the page.
pub fn push_view(navigate: &impl Fn(&str, NavigateOptions), href: &str) {
    navigate(
        href,
        NavigateOptions {
            scroll: false,
            ..Default::default()
        },
    );
}

/// A table or search change: the current history entry is replaced, without scrolling.
pub fn replace_view(navigate: &impl Fn(&str, NavigateOptions), href: &str) {
    navigate(
        href,
        NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        },
    );
}

/// A submit button for forms whose controls apply themselves once the page is hydrated.
#[component]
pub fn NoScriptSubmit() -> impl IntoView {
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    view! {
        <Show when=move || !hydrated.get()>
            <button type="submit" class="apply">"Apply"</button>
        </Show>
    }
}

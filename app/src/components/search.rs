//! Player search: the navigation box that suggests players and teams as you type (a
//! combobox), and the plain form the 404 page offers. Both are GET forms to `/players`, so
//! they work without JavaScript.

use std::time::Duration;

use leptos::leptos_dom::helpers::debounce;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::api::players::search_suggestions;
use crate::model::players::Suggestion;

/// Typing pauses this long before suggestions are fetched.
const SUGGEST_DELAY: Duration = Duration::from_millis(150);

/// A labelled search form without suggestions.
#[component]
pub fn PlayerSearchForm(id: &'static str) -> impl IntoView {
    view! {
        <form role="search" method="get" action="/players" class="search-form">
            <label for=id>"Search players"</label>
            <input id=id type="search" name="q" maxlength="80" autocomplete="off"/>
            <button type="submit">"Search"</button>
        </form>
    }
}

/// Closes the list once focus leaves the form (not when it moves onto a suggestion).
fn focus_left(event: &leptos::ev::FocusEvent) -> bool {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let node = |target: Option<web_sys::EventTarget>| {
            target.and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        };
        match (node(event.current_target()), node(event.related_target())) {
            (Some(form), Some(next)) => !form.contains(Some(&next)),
            _ => true,
        }
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = event;
        true
    }
}

#[component]
pub fn NavSearch() -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let found = LocalResource::new(move || {
        let q = typed.get();
        async move {
            if q.trim().is_empty() {
                Vec::new()
            } else {
                search_suggestions(q).await.unwrap_or_default()
            }
        }
    });
    let suggestions = Signal::derive(move || found.get().unwrap_or_default());
    let showing = move || open.get() && !suggestions.with(Vec::is_empty);

    let mut fetch_later = debounce(SUGGEST_DELAY, move |text: String| {
        typed.set(text);
        active.set(None);
        open.set(true);
    });
    let on_input = move |ev: leptos::ev::Event| fetch_later(event_target_value(&ev));

    let navigate = use_navigate();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let count = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                ev.prevent_default();
                let down = ev.key() == "ArrowDown";
                open.set(true);
                active.update(|current| {
                    *current = Some(match (*current, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    });
                });
            }
            "Enter" => {
                let chosen = active
                    .get_untracked()
                    .filter(|_| open.get_untracked())
                    .and_then(|i| suggestions.with_untracked(|s| s.get(i).cloned()));
                if let Some(choice) = chosen {
                    ev.prevent_default();
                    open.set(false);
                    navigate(&choice.href, NavigateOptions::default());
                }
            }
            "Escape" => {
                open.set(false);
                active.set(None);
            }
            _ => {}
        }
    };
    let on_focusout = move |ev: leptos::ev::FocusEvent| {
        if focus_left(&ev) {
            open.set(false);
        }
    };
    let active_id = move || {
        active
            .get()
            .filter(|_| showing())
            .map(|i| format!("nav-search-option-{i}"))
    };

    view! {
        <form role="search" method="get" action="/players" class="nav-search" on:focusout=on_focusout>
            <label for="nav-search-input" class="nav-search-label">"Search"</label>
            <input
                id="nav-search-input"
                type="search"
                name="q"
                maxlength="80"
                placeholder="Players or teams"
                autocomplete="off"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="nav-search-list"
                aria-expanded=move || if showing() { "true" } else { "false" }
                aria-activedescendant=active_id
                on:input=on_input
                on:keydown=on_keydown
                on:focus=move |_| open.set(true)
            />
            <button type="submit" class="nav-search-submit">"Go"</button>
            <ul id="nav-search-list" role="listbox" aria-label="Suggestions" class="nav-search-list" hidden=move || !showing()>
                <For
                    each=move || suggestions.get().into_iter().enumerate()
                    key=|(i, s)| (*i, s.href.clone())
                    children=move |(i, suggestion)| view! {
                        <SuggestionItem index=i suggestion active on_pick=move || open.set(false)/>
                    }
                />
            </ul>
        </form>
    }
}

#[component]
fn SuggestionItem(
    index: usize,
    suggestion: Suggestion,
    active: RwSignal<Option<usize>>,
    on_pick: impl Fn() + 'static,
) -> impl IntoView {
    let selected = move || active.get() == Some(index);
    view! {
        <li
            id=format!("nav-search-option-{index}")
            role="option"
            aria-selected=move || if selected() { "true" } else { "false" }
            class:active=selected
        >
            <a href=suggestion.href tabindex="-1" on:click=move |_| on_pick()>
                <span class="suggestion-label">{suggestion.label}</span>
                <span class="suggestion-kind">{suggestion.kind}</span>
            </a>
        </li>
    }
}

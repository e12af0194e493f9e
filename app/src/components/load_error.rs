//! What a page shows when its data could not be loaded: a retry hint, never a blank page.

use leptos::prelude::*;

use crate::error::AppError;

/// `what` names the page's data in the message, e.g. "the overview".
#[component]
pub fn LoadError(error: AppError, what: &'static str) -> impl IntoView {
    let message = match error {
        AppError::Unavailable => "Data is loading. Try again in a moment.".to_owned(),
        _ => format!(
            "{} could not be loaded. Try again in a moment.",
            capitalised(what)
        ),
    };
    view! { <p class="error-state" role="alert">{message}</p> }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

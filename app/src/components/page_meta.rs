//! A page's title and the description tags a shared link previews with.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// `title` is the page's own part ("Boston Celtics"); the shell appends the app name, and an
/// empty title is the Overview's "NBA Dashboard".
#[component]
pub fn PageMeta(#[prop(into)] title: String, #[prop(into)] description: String) -> impl IntoView {
    let og_title = if title.is_empty() {
        "NBA Dashboard".to_owned()
    } else {
        format!("{title} · NBA Dashboard")
    };
    view! {
        <Title text=title/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=og_title/>
        <Meta property="og:description" content=description/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:site_name" content="NBA Dashboard"/>
    }
}

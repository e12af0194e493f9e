//! NBA Dashboard: pages, components, shared types and server functions, compiled twice: for
//! the server (`ssr`) and for the hydrated WASM client (`hydrate`).

// Leptos view types nest deeply; erasing them everywhere would cost clarity.
#![recursion_limit = "256"]

pub mod api;
pub mod colour;
pub mod components;
pub mod csv;
pub mod error;
pub mod filter;
pub mod format;
pub mod model;
pub mod pages;
pub mod season;
pub mod table;
pub mod teams;
pub mod url;
pub mod version;

#[cfg(feature = "ssr")]
pub mod context;
#[cfg(feature = "ssr")]
pub mod csp;
#[cfg(feature = "ssr")]
pub mod downloads;
#[cfg(feature = "ssr")]
pub mod gold;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{OptionalParamSegment, ParamSegment, SsrMode, StaticSegment};

use crate::api::shell::get_shell;
use crate::components::shell::{Footer, Header};
use crate::pages::about::AboutPage;
use crate::pages::games::GamesPage;
use crate::pages::not_found::NotFound;
use crate::pages::overview::OverviewPage;
use crate::pages::player::PlayerPage;
use crate::pages::players::PlayersIndexPage;
use crate::pages::schedule::SchedulePage;
use crate::pages::social::SocialPage;
use crate::pages::team::TeamPage;
use crate::pages::teams::TeamsPage;

/// The name cargo-leptos gives the WASM, JS and CSS bundles.
pub const OUTPUT_NAME: &str = "nba-dashboard";

/// The HTML document around the app, rendered on the server.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    csp::secure_response();

    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="dark"/>
                // ECharts must exist before the WASM starts drawing: deferred scripts run in
                // order, before the hydration module. Served by the app itself.
                <script src="/echarts.min.js" defer></script>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Sets `data-hydrated` on `<html>` once the client has taken over, so tests and styles can
/// tell a hydrated page from server-rendered HTML.
fn mark_hydrated() {
    Effect::new(|_| {
        #[cfg(feature = "hydrate")]
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let shell = Resource::new_blocking(|| (), |_| get_shell());
    mark_hydrated();

    view! {
        <Stylesheet id="leptos" href=format!("/pkg/{OUTPUT_NAME}.css")/>
        // TODO: add the 32px PNG favicon for browsers without SVG icons; it needs a rasteriser
        // in the build, which the offline toolchain does not have yet.
        <Link rel="icon" type_="image/svg+xml" href="/favicon.svg"/>
        <Title formatter=|text: String| {
            if text.is_empty() { "NBA Dashboard".to_owned() } else { format!("{text} · NBA Dashboard") }
        }/>
        <Router>
            <a class="skip-link" href="#main">"Skip to content"</a>
            <Header shell/>
            <main id="main">
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=OverviewPage ssr=SsrMode::Async/>
                    // One route for `/games` and `/games/{game}`, so switching games keeps the
                    // page (and its chart) mounted.
                    <Route
                        path=(StaticSegment("games"), OptionalParamSegment("game"))
                        view=GamesPage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("teams") view=TeamsPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("teams"), ParamSegment("abbr"))
                        view=TeamPage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("players") view=PlayersIndexPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("schedule") view=SchedulePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("social") view=SocialPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("about") view=AboutPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("players"), ParamSegment("slug"))
                        view=PlayerPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <Footer shell/>
        </Router>
    }
}

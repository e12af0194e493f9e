//! The NBA Dashboard server: configuration, telemetry, the data refresh, internal endpoints and
//! the demo-data generator, assembled into one axum router by [`router`].

// Leptos view types nest deeply; erasing them everywhere would cost clarity.
#![recursion_limit = "256"]

pub mod config;
pub mod db;
pub mod demo;
pub mod memory;
pub mod refresh;
pub mod routes;
pub mod state;
pub mod telemetry;

use app::context::AppContext;
use app::gold::SnapshotStore;
use app::{shell, App};
use axum::http::header::{self, HeaderValue};
use axum::{middleware, Router};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sqlx::PgPool;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::CompressionLevel;

use crate::config::Config;
use crate::refresh::Refresher;
use crate::state::{ServerState, Shared};

/// Leptos settings from our configuration, so the binary does not depend on cargo-leptos's
/// environment at run time.
pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name(app::OUTPUT_NAME)
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .build()
}

/// Builds the shared state around a database pool (which may not be reachable yet).
pub fn server_state(config: Config, pool: PgPool) -> ServerState {
    let store = SnapshotStore::default();
    let refresher = Refresher::new(pool, config.gold_schema.clone(), store.clone());
    let app = AppContext {
        snapshots: store,
        league_tz: config.league_tz,
        today_override: config.today_override,
    };
    let leptos = leptos_options(&config);
    ServerState::new(Shared {
        config,
        refresher,
        app,
        leptos,
        pages: Default::default(),
    })
}

/// The whole application: pages, server functions, static files and internal endpoints.
pub fn router(state: ServerState) -> Router {
    let routes = generate_route_list(App);
    let context = state.app.clone();
    let provide = move || provide_context(context.clone());

    let not_found = {
        let options = state.leptos.clone();
        let context = state.app.clone();
        leptos_axum::render_app_to_stream_with_context(
            move || provide_context(context.clone()),
            move || shell(options.clone()),
        )
    };
    // TODO: fingerprint the bundles (cargo-leptos hash-files) and send them with a year-long
    // immutable Cache-Control; until then they revalidate on every load (cheap 304s).
    let static_files = ServeDir::new(&*state.leptos.site_root)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(tower::service_fn(move |request| {
            let render = not_found.clone();
            async move { Ok::<_, std::convert::Infallible>(render(request).await) }
        }));

    let pages: Router<ServerState> = Router::new()
        .leptos_routes_with_context(&state, routes, provide, {
            let options = state.leptos.clone();
            move || shell(options.clone())
        })
        .fallback_service(static_files)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            routes::page_cache::page_cache,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            routes::pages::page_guard,
        ))
        // Pages are compressed per response, so favour speed; static files are precompressed.
        .layer(CompressionLayer::new().quality(CompressionLevel::Fastest))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ));

    Router::new()
        .merge(routes::internal::routes())
        .merge(routes::downloads::routes())
        .merge(pages)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            routes::pages::security_headers,
        ))
        // Outermost: a panic anywhere becomes a 500 that `observe` logs and themes.
        .layer(CatchPanicLayer::new())
        .layer(middleware::from_fn(routes::requests::observe))
        .with_state(state)
}

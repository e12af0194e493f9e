//! The state every handler shares.

use std::sync::Arc;

use app::context::AppContext;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::config::Config;
use crate::refresh::Refresher;
use crate::routes::page_cache::PageCache;

#[derive(Clone)]
pub struct ServerState {
    pub config: Arc<Config>,
    pub refresher: Refresher,
    pub app: AppContext,
    pub leptos: LeptosOptions,
    pub pages: PageCache,
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos.clone()
    }
}

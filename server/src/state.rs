//! The state every handler shares. Cloned for each request by every extractor, so it is one
//! reference-counted pointer.

use std::ops::Deref;
use std::sync::Arc;

use app::context::AppContext;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use crate::config::Config;
use crate::refresh::Refresher;
use crate::routes::page_cache::PageCache;

pub struct Shared {
    pub config: Config,
    pub refresher: Refresher,
    pub app: AppContext,
    pub leptos: LeptosOptions,
    pub pages: PageCache,
}

#[derive(Clone)]
pub struct ServerState(Arc<Shared>);

impl ServerState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }
}

impl Deref for ServerState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl FromRef<ServerState> for LeptosOptions {
    fn from_ref(state: &ServerState) -> Self {
        state.leptos.clone()
    }
}

//! A team page (`/teams/{abbr}`): header with the team switcher, the stat cards, health and
//! roster moves, season trends and, where their data exists, the optional cards.

mod extras;
mod header;
mod health;
pub mod state;
pub(crate) mod trends;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::api::teams::get_team;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::components::stat_card::StatListCard;
use crate::error::AppError;
use crate::model::teams::TeamPageData;
use crate::pages::not_found::TeamNotFound;
use crate::url::parse_query;

use self::extras::ExtraCards;
use self::header::TeamHeader;
use self::health::HealthPanels;
use self::state::TeamState;
use self::trends::SeasonTrends;

#[component]
pub fn TeamPage() -> impl IntoView {
    let params = use_params_map();
    let abbr = Memo::new(move |_| params.read().get("abbr").unwrap_or_default());
    let data = Resource::new_blocking(move || abbr.get(), get_team);

    view! {
        <Transition fallback=|| view! { <p class="loading" role="status">"Loading the team…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(page) => view! { <Team page=Arc::new(page)/> }.into_any(),
                    Err(AppError::NotFound) => view! { <TeamNotFound/> }.into_any(),
                    Err(error) => view! { <LoadError error what="the team"/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Team(page: Arc<TeamPageData>) -> impl IntoView {
    let location = use_location();
    let state = {
        let page = Arc::clone(&page);
        Memo::new(move |_| {
            let pairs = parse_query(&location.search.get());
            TeamState::parse(&page.abbr, &pairs, page.players.len()).0
        })
    };
    let description = format!(
        "{}: {}. Ratings, injuries, transactions, results and player scoring.",
        page.name, page.meta
    );
    let cards = page
        .cards
        .iter()
        .cloned()
        .map(|card| view! { <StatListCard card/> })
        .collect_view();

    view! {
        <PageMeta title=page.name.clone() description/>
        <TeamHeader page=Arc::clone(&page)/>
        <section class="stat-cards" aria-label="Team figures">{cards}</section>
        <HealthPanels page=Arc::clone(&page)/>
        <SeasonTrends page=Arc::clone(&page) state/>
        <ExtraCards page/>
    }
}

//! A player page (`/players/{slug}`): whatever the data knows of him — season figures,
//! injury status, the latest game, last-14-day form and his contract — and, for a slug two
//! players share, the list to choose from.

mod contract;
mod header;
mod sections;
pub mod state;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::api::overview::get_value_points;
use crate::api::players::get_player;
use crate::components::hero::PageHero;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::error::AppError;
use crate::model::players::{PlayerLookup, PlayerPageData, SharedSlug};
use crate::model::ValuePoint;
use crate::pages::not_found::PlayerNotFound;
use crate::url::parse_query;

use self::contract::ContractSection;
use self::header::{PlayerHeader, SeasonKpis};
use self::sections::{InjurySection, LatestGameSection, TrendsSection};
use self::state::PlayerState;

/// The value scatter's points for the player's team, `None` until the browser fetched them.
pub type TeamPoints = ReadSignal<Option<Result<Vec<ValuePoint>, AppError>>>;

#[component]
pub fn PlayerPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let data = Resource::new_blocking(move || slug.get(), get_player);

    // The contract chart's points are fetched by the browser only, outside the page's
    // transition (which must never wait on them), once the page names the team; the
    // previous points stay until the next arrive.
    let chart_team = RwSignal::new(None::<String>);
    let fetched = LocalResource::new(move || {
        let team = chart_team.get();
        async move {
            match team {
                Some(team) => Some(get_value_points(Some(team)).await),
                None => None,
            }
        }
    });
    let (points, set_points) = signal(None);
    Effect::new(move |_| {
        if let Some(Some(latest)) = fetched.get() {
            set_points.set(Some(latest));
        }
    });

    view! {
        <Transition fallback=|| view! { <p class="loading" role="status">"Loading the player…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(PlayerLookup::Player(page)) => {
                        view! { <Player page=Arc::new(*page) chart_team points/> }.into_any()
                    }
                    Ok(PlayerLookup::Shared(shared)) => view! { <SharedName shared/> }.into_any(),
                    Err(AppError::NotFound) => view! { <PlayerNotFound/> }.into_any(),
                    Err(error) => view! { <LoadError error what="the player"/> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn description(page: &PlayerPageData) -> String {
    let team = page
        .team
        .as_ref()
        .map_or_else(String::new, |t| format!(" of the {}", t.name));
    let line = page
        .regular
        .as_ref()
        .and_then(|l| l.ppg)
        .map_or_else(String::new, |ppg| {
            format!(
                ": {} points per game this season",
                crate::format::fixed(ppg, 1)
            )
        });
    format!(
        "{}{team}{line}. Season figures, injury status, recent form and contract value.",
        page.name
    )
}

#[component]
fn Player(
    page: Arc<PlayerPageData>,
    chart_team: RwSignal<Option<String>>,
    points: TeamPoints,
) -> impl IntoView {
    let location = use_location();
    let both = page.regular.is_some() && page.playoffs.is_some();
    let state = {
        let slug = page.slug.clone();
        Memo::new(move |_| PlayerState::parse(&slug, &parse_query(&location.search.get()), both).0)
    };
    view! {
        <PageMeta title=page.name.clone() description=description(&page)/>
        <PlayerHeader page=Arc::clone(&page) state both/>
        <SeasonKpis page=Arc::clone(&page) state/>
        <InjurySection page=Arc::clone(&page)/>
        <LatestGameSection page=Arc::clone(&page)/>
        <TrendsSection page=Arc::clone(&page)/>
        <ContractSection page chart_team points/>
    }
}

/// A bare slug two players share: a 200 page that lists both.
#[component]
fn SharedName(shared: SharedSlug) -> impl IntoView {
    let name = shared
        .players
        .first()
        .map_or_else(|| shared.slug.clone(), |(name, _, _)| name.clone());
    let items = shared
        .players
        .into_iter()
        .map(|(name, team, slug)| {
            view! {
                <li>
                    <a href=format!("/players/{slug}")>{name}</a>
                    <span class="muted">{format!(" · {}", team.label)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=name.clone() description=format!("Several players go by {name}; pick one.")/>
        <PageHero title=name>"Several players share this name. Pick one:"</PageHero>
        <section class="panel">
            <ul class="shared-list">{items}</ul>
        </section>
    }
}

//! Social (`/social`): the r/nba pulse — cards, league comment volume, top threads, keywords
//! and flairs, one team's comments by prior result, and the detail tables, all in the URL.

mod charts;
pub mod state;
pub(crate) mod tables;
mod team;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use crate::api::social::{get_social, get_social_tables, get_team_timeline};
use crate::components::controls::replace_view;
use crate::components::kpi::KpiGrid;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::error::AppError;
use crate::model::social::{SocialData, TeamTimeline};
use crate::url::parse_query;

use self::charts::LeagueCharts;
use self::state::SocialState;
use self::tables::DetailTables;
use self::team::TeamSection;

/// The selected team's timeline, `None` until the browser has fetched it.
pub type TimelineSignal = ReadSignal<Option<Result<TeamTimeline, AppError>>>;

/// The app's own discussion icon: two speech bubbles.
#[component]
fn DiscussionIcon() -> impl IntoView {
    view! {
        <svg class="social-icon" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
            <rect x="4" y="6" width="28" height="20" rx="6" fill="#3fb7d9"></rect>
            <path d="M10 26l-2 8 9-8z" fill="#3fb7d9"></path>
            <rect x="18" y="18" width="26" height="18" rx="6" fill="#ff9f43"></rect>
            <path d="M38 36l2 7-9-7z" fill="#ff9f43"></path>
            <circle cx="25" cy="27" r="2" fill="#0a0c0b"></circle>
            <circle cx="31" cy="27" r="2" fill="#0a0c0b"></circle>
            <circle cx="37" cy="27" r="2" fill="#0a0c0b"></circle>
        </svg>
    }
}

#[component]
pub fn SocialPage() -> impl IntoView {
    let location = use_location();
    let search = Memo::new(move |_| location.search.get());
    let state = Memo::new(move |_| SocialState::parse(&parse_query(&search.get())).0);
    let data = Resource::new_blocking(|| (), |_| get_social());
    let tables = Resource::new_blocking(move || search.get(), get_social_tables);

    // The team chart is fetched by the browser only, outside the page's suspense; the
    // previous team's bars stay until the next arrive, so it updates in place.
    let team = Memo::new(move |_| state.get().team);
    let fetched = LocalResource::new(move || get_team_timeline(team.get().map(str::to_owned)));
    let (timeline, set_timeline) = signal(None);
    Effect::new(move |_| {
        if let Some(latest) = fetched.get() {
            set_timeline.set(Some(latest));
        }
    });

    view! {
        <PageMeta
            title="Social"
            description="What r/nba is talking about: comment volume, top threads, trending keywords, fan flairs and each team's comments after wins and losses."
        />
        <div class="page-hero social-hero">
            <DiscussionIcon/>
            <h1>"r/NBA Social Pulse"</h1>
        </div>
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the social pulse…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Social data=Arc::new(data) state timeline tables/> }.into_any(),
                    Err(error) => view! { <LoadError error what="the social pulse"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Social(
    data: Arc<SocialData>,
    state: Memo<SocialState>,
    timeline: TimelineSignal,
    tables: tables::TablesResource,
) -> impl IntoView {
    keep_team_in_url(Arc::clone(&data), state);
    view! {
        <KpiGrid kpis=data.kpis.clone()/>
        <LeagueCharts data=Arc::clone(&data)/>
        <TeamSection data=Arc::clone(&data) state timeline/>
        <DetailTables data state tables/>
    }
}

/// The team's default depends on the data, so the URL must name it for the link to keep
/// meaning the same view; the server rendered the default, the client writes it in.
fn keep_team_in_url(data: Arc<SocialData>, state: Memo<SocialState>) {
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let named = parse_query(&location.search.get())
            .iter()
            .any(|(name, _)| name == "team");
        if !named {
            replace_view(&navigate, &state.get_untracked().href(&data.default_team));
        }
    });
}

//! Games (`/games`, `/games/{game}`): the latest slate as game cards, the selected game's
//! play-by-play chart with its heading, and the slate's top player lines.

mod cards;
mod heading;
pub mod lines;
pub mod state;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

use crate::api::games::{get_game_plot, get_games};
use crate::components::chart::Chart;
use crate::components::charts::pbp::pbp_chart;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::error::AppError;
use crate::format::{count_phrase, int};
use crate::model::games::{GamePlot, GameSummary, GamesData};
use crate::pages::not_found::GameNotFound;
use crate::url::parse_query;

use self::cards::CardStrip;
use self::heading::ChartHeading;
use self::lines::LinesSection;
use self::state::{selected, GamesState};

/// The selected game's chart data, `None` until the browser has fetched it.
type PlotSignal = ReadSignal<Option<Result<GamePlot, AppError>>>;

#[component]
pub fn GamesPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_games());
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("game"));
    // Chart points are fetched by the browser only (the chart needs JavaScript anyway), and
    // copied into a signal so the page's suspense never waits on them. The previous game's
    // points stay until the next arrive, so the chart updates in place.
    let fetched = LocalResource::new(move || get_game_plot(slug.get()));
    let (plot, set_plot) = signal(None);
    Effect::new(move |_| {
        if let Some(latest) = fetched.get() {
            set_plot.set(Some(latest));
        }
    });

    view! {
        <PageMeta
            title="Games"
            description="Last night's NBA games play by play: score flow, biggest runs, lead time and the top player lines."
        />
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the games…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Games data=Arc::new(data) slug plot/> }.into_any(),
                    Err(error) => view! { <LoadError error what="the games"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Games(data: Arc<GamesData>, slug: Memo<Option<String>>, plot: PlotSignal) -> impl IntoView {
    let location = use_location();
    let state = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            let pairs = parse_query(&location.search.get());
            GamesState::parse(slug.get().as_deref(), &pairs, &data).0
        })
    };
    let game = {
        let data = Arc::clone(&data);
        Memo::new(move |_| selected(&data, slug.get().as_deref()).cloned())
    };
    let known = move || slug.get().is_none() || game.with(Option::is_some);

    view! {
        <Show when=known fallback=|| view! { <GameNotFound/> }>
            <SlateHeader data=Arc::clone(&data)/>
            {(!data.games.is_empty()).then(|| view! {
                <CardStrip data=Arc::clone(&data) state game/>
                <GameSection game plot/>
            })}
            <LinesSection data=Arc::clone(&data) state game/>
        </Show>
    }
}

#[component]
fn SlateHeader(data: Arc<GamesData>) -> impl IntoView {
    let Some(slate) = data.slate.clone().filter(|_| !data.games.is_empty()) else {
        return view! {
            <div class="page-hero">
                <h1>"Recent Games"</h1>
                <p class="hero-meta empty-state">"No games in the play-by-play feed yet."</p>
            </div>
        }
        .into_any();
    };
    let games = count_phrase(data.games.len() as i64, "game on slate", "games on slate");
    let plays = format!("{} plays in feed", int(data.plays as i64));
    view! {
        <div class="page-hero">
            <h1>"Recent Games on " <time datetime=slate.iso>{slate.text}</time></h1>
            <p class="hero-meta">"Pick a game below to view play-by-play."</p>
            <p class="slate-bar">
                <span class="chip chip-accent">{games}</span>
                <span class="chip">{plays}</span>
            </p>
        </div>
    }
    .into_any()
}

/// The selected game's heading and play-by-play chart. The chart stays mounted while the
/// selection changes, so ECharts updates it in place.
#[component]
fn GameSection(game: Memo<Option<GameSummary>>, plot: PlotSignal) -> impl IntoView {
    let has_plays =
        Signal::derive(move || game.with(|g| g.as_ref().is_some_and(|g| g.flow.plays > 0)));
    let spec = Signal::derive(move || {
        plot.with(|plot| match plot {
            Some(Ok(plot)) => pbp_chart(plot),
            _ => None,
        })
    });
    view! {
        <section class="panel game-panel" aria-labelledby="matchup">
            {move || game.get().map(|game| view! { <ChartHeading game/> })}
            <Chart
                id="pbp-chart"
                title="Score differential by play"
                aria_label="Score differential after every scoring play; above zero the home team leads.".to_owned()
                height=560
                height_css="height:clamp(380px, calc(100vh - 320px), 560px)"
                available=has_plays
                spec
                placeholder="No scoring plays recorded for this game.".to_owned()
            />
        </section>
    }
}

//! Schedule (`/schedule`): tonight's games with moneylines and model win probabilities, the
//! remaining season, and the league-wide schedule analysis charts, all in the URL.

mod analysis;
pub(crate) mod full;
pub mod state;
mod tonight;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::api::schedule::{get_analysis_chart, get_full_schedule, get_schedule};
use crate::components::hero::PageHero;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::error::AppError;
use crate::model::schedule::{AnalysisChart, FullRow, ScheduleSummary};
use crate::url::parse_query;

use self::analysis::AnalysisSection;
use self::full::FullSchedule;
use self::state::{ScheduleState, View};
use self::tonight::TonightCards;

/// The full schedule's rows; `None` while the view is not shown.
type FullRowsResource = Resource<Result<Option<Vec<FullRow>>, AppError>>;

/// The selected analysis chart, `None` until the browser has fetched it.
pub type ChartSignal = ReadSignal<Option<Result<AnalysisChart, AppError>>>;

#[component]
pub fn SchedulePage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_schedule());
    let location = use_location();
    // The view and chart need no row count; the table's page is clamped where it is drawn.
    let url_state = Memo::new(move |_| {
        ScheduleState::parse(&parse_query(&location.search.get()), usize::MAX).0
    });
    let chart = Memo::new(move |_| url_state.get().chart);
    let full_view = Memo::new(move |_| url_state.get().view == View::Full);
    // The remaining season is most of the page's data: it is fetched only while its view is
    // shown, so the default view's HTML does not carry it. Created here, outside the suspense,
    // so that it is created once.
    let full_rows = Resource::new_blocking(
        move || full_view.get(),
        |shown| async move {
            if shown {
                get_full_schedule().await.map(Some)
            } else {
                Ok(None)
            }
        },
    );
    // Fetched by the browser only, outside the page's suspense; the previous chart stays
    // until the next arrives, so it updates in place.
    let fetched = LocalResource::new(move || get_analysis_chart(chart.get().param().to_owned()));
    let (bars, set_bars) = signal(None);
    Effect::new(move |_| {
        if let Some(latest) = fetched.get() {
            set_bars.set(Some(latest));
        }
    });

    view! {
        <PageMeta
            title="Schedule"
            description="Tonight's NBA games with moneylines and model win probabilities, the rest of the season, and league-wide schedule analysis."
        />
        <PageHero title="Schedule".to_owned()>"Tonight's games and season-long schedule intel."</PageHero>
        <p class="info-bar">
            "Moneyline odds from the daily sportsbook feed"
            <span class="info-sep" aria-hidden="true">" · "</span>
            <span class="value-dot" aria-hidden="true"></span>
            "Highlight = strong ML value"
        </p>
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the schedule…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Schedule data=Arc::new(data) full_rows bars/> }.into_any(),
                    Err(error) => view! { <LoadError error what="the schedule"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Schedule(
    data: Arc<ScheduleSummary>,
    full_rows: FullRowsResource,
    bars: ChartSignal,
) -> impl IntoView {
    let location = use_location();
    let rows = data.full_count;
    let state =
        Memo::new(move |_| ScheduleState::parse(&parse_query(&location.search.get()), rows).0);
    let full_view = Memo::new(move |_| state.get().view == View::Full);
    let view_link = move |view: View| {
        let href = move || state.get().with_view(view).href();
        let current = move || (state.get().view == view).then_some("true");
        view! { <a href=href aria-current=current data-noscroll="true">{view.label()}</a> }
    };
    let tonight = data.tonight.clone();
    let body = move || {
        if !full_view.get() {
            return view! { <TonightCards slate=tonight.clone()/> }.into_any();
        }
        let loading =
            || view! { <p class="loading" role="status">"Loading the full schedule…"</p> };
        view! {
            <Suspense fallback=loading>
                {move || Suspend::new(async move {
                    match full_rows.await {
                        Ok(Some(rows)) => view! { <FullSchedule rows=Arc::new(rows) state/> }.into_any(),
                        // The view has just switched and its rows are on their way.
                        Ok(None) => loading().into_any(),
                        Err(error) => view! { <LoadError error what="the full schedule"/> }.into_any(),
                    }
                })}
            </Suspense>
        }
        .into_any()
    };

    view! {
        <section class="panel" aria-labelledby="games-odds-title">
            <div class="section-head">
                <h2 id="games-odds-title" class="section-title">"GAMES & ODDS"</h2>
                <div class="segmented control" role="group" aria-label="Schedule view">
                    {view_link(View::Tonight)}
                    {view_link(View::Full)}
                </div>
            </div>
            <p class="helper">
                "Win probabilities shown here come from a logistic-regression model; moneylines come from the sportsbook feed. See the "
                <a href="/about">"About"</a>
                " page for methodology, data sources, and more."
            </p>
            {body}
        </section>
        <AnalysisSection data state bars/>
    }
}

//! Overview (`/`): hero, KPI cards, standings, scoring efficiency, ratings, player value and
//! team contract efficiency. Every control's state is in the URL.

mod charts;
pub mod state;
pub mod tables;

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::api::overview::{get_overview, get_value_points};
use crate::components::controls::{push_view, NoScriptSubmit};
use crate::components::data_table::DataTable;
use crate::components::hero::PageHero;
use crate::components::kpi::KpiGrid;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::error::AppError;
use crate::model::OverviewData;
use crate::season::SeasonType;
use crate::teams::Conference;
use crate::url::parse_query;

use self::charts::{ContractsSection, RatingsSection, ValueSection};
use self::state::{OverviewState, EAST, SCORING, WEST};
use self::tables::{scoring_rows, standings_rows};

/// The value chart's points, `None` until fetched. The browser fetches them (again only when
/// the team filter changes): the chart needs JavaScript anyway, and 400 points would triple
/// the page.
pub type ValuePoints = ReadSignal<Option<Result<Vec<crate::model::ValuePoint>, AppError>>>;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_overview());
    // Created here, outside the suspense, so it is created once per page.
    let location = use_location();
    let value_team = Memo::new(move |_| {
        let pairs = parse_query(&location.search.get());
        pairs
            .into_iter()
            .find(|(name, _)| name == "value_team")
            .map(|(_, value)| value)
    });
    let fetched = LocalResource::new(move || get_value_points(value_team.get()));
    // Copied into a plain signal by an effect, so the page's suspense never waits on (or
    // re-renders for) a resource that only the browser loads.
    let (points, set_points) = signal(None);
    // The previous points stay while new ones load, so the chart updates in place.
    Effect::new(move |_| {
        if let Some(latest) = fetched.get() {
            set_points.set(Some(latest));
        }
    });

    view! {
        <PageMeta
            title=""
            description="The current NBA season at a glance: standings, scoring efficiency, team ratings and contract value."
        />
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the overview…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(data) => view! { <Overview data=Arc::new(data) points/> }.into_any(),
                    Err(error) => view! { <LoadError error what="the overview"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Overview(data: Arc<OverviewData>, points: ValuePoints) -> impl IntoView {
    let location = use_location();
    let state = {
        let data = Arc::clone(&data);
        Memo::new(move |_| OverviewState::parse(&parse_query(&location.search.get()), &data).0)
    };
    keep_date_dependent_season_in_url(Arc::clone(&data), state);

    let updated = data.updated.clone().map_or_else(
        || "Data Last updated: unknown".into_any(),
        |stamp| {
            view! { "Data Last updated: " <time datetime=stamp.iso>{stamp.text}</time> " UTC" }
                .into_any()
        },
    );

    view! {
        <PageHero title="League Overview".to_owned()>{updated}</PageHero>
        <KpiGrid kpis=data.kpis.clone()/>
        <div class="pair">
            <StandingsSection data=Arc::clone(&data) state conference=Conference::West/>
            <StandingsSection data=Arc::clone(&data) state conference=Conference::East/>
        </div>
        <div class="pair">
            <ScoringSection data=Arc::clone(&data) state/>
            <RatingsSection data=Arc::clone(&data)/>
        </div>
        <div class="pair">
            <ValueSection data=Arc::clone(&data) state points/>
            <ContractsSection data=Arc::clone(&data)/>
        </div>
    }
}

/// When the season default depends on the date, the URL must name it so the link keeps
/// meaning the same view; the server rendered the default, the client writes it in.
fn keep_date_dependent_season_in_url(data: Arc<OverviewData>, state: Memo<OverviewState>) {
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let search = location.search.get();
        let named = parse_query(&search)
            .iter()
            .any(|(name, _)| name == "season");
        if data.season.date_dependent && !named {
            let options = NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            };
            navigate(&state.get_untracked().href(&data), options);
        }
    });
}

#[component]
fn StandingsSection(
    data: Arc<OverviewData>,
    state: Memo<OverviewState>,
    conference: Conference,
) -> impl IntoView {
    let (spec, heading_id) = match conference {
        Conference::West => (&WEST, "standings-west"),
        Conference::East => (&EAST, "standings-east"),
    };
    let rows = standings_rows(&data, conference);
    let table = move || {
        let current = state.get();
        let table_state = if conference == Conference::West {
            &current.west
        } else {
            &current.east
        };
        let data = Arc::clone(&data);
        let download_name = match conference {
            Conference::West => "standings-west",
            Conference::East => "standings-east",
        };
        let download = crate::csv::csv_href(download_name, &current.params(&data), &[]);
        let base = current.clone();
        let href = move |next: &crate::table::TableState| {
            let mut view = base.clone();
            match conference {
                Conference::West => view.west = next.clone(),
                Conference::East => view.east = next.clone(),
            }
            view.href(&data)
        };
        view! {
            <DataTable
                spec
                state=table_state.clone()
                rows=rows.clone()
                href
                caption=conference.label().to_owned()
                empty="Standings are not available yet."
                download
            />
        }
    };
    view! {
        <section class="panel" aria-labelledby=heading_id>
            <h2 id=heading_id class="section-title">{conference.label()}</h2>
            {table}
        </section>
    }
}

#[component]
fn ScoringSection(data: Arc<OverviewData>, state: Memo<OverviewState>) -> impl IntoView {
    let navigate = use_navigate();
    let on_change = {
        let data = Arc::clone(&data);
        move |ev: leptos::ev::Event| {
            if let Some(season) = SeasonType::from_param(&event_target_value(&ev)) {
                push_view(
                    &navigate,
                    &state.get_untracked().with_season(season).href(&data),
                );
            }
        }
    };
    let select = {
        let data = Arc::clone(&data);
        move || {
            let current = state.get();
            data.season
                .options_for(current.season)
                .into_iter()
                .map(|season| {
                    view! {
                        <option value=season.param() selected=season == current.season>
                            {season.label()}
                        </option>
                    }
                })
                .collect_view()
        }
    };
    let hidden = {
        let data = Arc::clone(&data);
        move || hidden_inputs(&state.get(), &data, "season")
    };
    let table = move || {
        let current = state.get();
        let rows = scoring_rows(&data, current.season);
        let data = Arc::clone(&data);
        let download = crate::csv::csv_href("scoring", &current.params(&data), &[]);
        let base = current.clone();
        let href = move |next: &crate::table::TableState| {
            OverviewState {
                scoring: next.clone(),
                ..base.clone()
            }
            .href(&data)
        };
        view! {
            <DataTable
                spec=&SCORING
                state=current.scoring.clone()
                rows
                href
                caption="Players averaging 20 or more points".to_owned()
                empty="No players are averaging 20+ PPG for this season type yet."
                download
            />
        }
    };

    view! {
        <section class="panel" aria-labelledby="scoring-title">
            <div class="section-head">
                <h2 id="scoring-title" class="section-title">"Player Scoring Efficiency"</h2>
                <form method="get" action="/" class="control">
                    <label for="season-select">"Season type"</label>
                    <select id="season-select" name="season" on:change=on_change>{select}</select>
                    {hidden}
                    <NoScriptSubmit/>
                </form>
            </div>
            <p class="helper">
                "Players averaging 20+ PPG for the selected season. "
                <span class="accent-word">"highlighted"</span>
                " = above league average."
            </p>
            {table}
        </section>
    }
}

/// Hidden inputs that carry every other parameter through a GET form, so the no-JavaScript
/// submit keeps the rest of the view.
pub(crate) fn hidden_inputs(
    state: &OverviewState,
    data: &OverviewData,
    control: &str,
) -> impl IntoView {
    let reset_scoring_page = control == "season";
    state
        .params(data)
        .into_iter()
        .filter(|(name, _)| name != control && !(reset_scoring_page && name == "scoring_page"))
        .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
        .collect_view()
}

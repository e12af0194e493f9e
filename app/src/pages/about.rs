//! About (`/about`): where the data comes from, how the win probabilities work, a glossary,
//! the data's freshness and the build version, and privacy.

use leptos::prelude::*;

use crate::api::about::get_about;
use crate::components::hero::PageHero;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::model::about::AboutData;
use crate::model::Stamp;

const GLOSSARY: [(&str, &str); 8] = [
    ("ORtg / DRtg", "Points scored / allowed per 100 possessions"),
    ("NRtg", "ORtg − DRtg"),
    ("TS%", "True shooting: points ÷ (2 × (FGA + 0.44 × FTA))"),
    ("SRS", "Simple Rating System: average margin adjusted for schedule strength"),
    ("Pace", "Possessions per 48 minutes"),
    (
        "MVP score",
        "The pipeline's per-game composite of scoring, efficiency and impact, used to rank MVP candidates",
    ),
    ("Clutch / 10 pt / 20 pt / Blowout game", "Final margin ≤ 5 / 6–10 / 11–20 / > 20 points"),
    ("Biggest run", "The winning team's best concentrated scoring burst"),
];

#[component]
pub fn AboutPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_about());
    view! {
        <PageMeta
            title="About"
            description="Where the NBA Dashboard's data comes from, how its win probabilities work, a glossary, and how fresh the data is."
        />
        <PageHero title="About This Dashboard".to_owned()/>
        <section class="panel prose">
            <p>
                "This dashboard follows the current NBA season: standings, last night's games play by play, team and player pages, tonight's schedule with betting lines and model win probabilities, and what fans are saying on r/nba. It is rebuilt from fresh data every day."
            </p>
            <h2>"Where the data comes from"</h2>
            <ul>
                <li>"Box scores, schedules, standings, advanced team statistics, injuries, transactions and play-by-play are collected daily from public basketball statistics websites."</li>
                <li>"Moneyline odds are collected daily from a public sportsbook feed. They are a snapshot taken at collection time; live lines may have moved."</li>
                <li>"Social data is a sample of top comments from popular threads on the r/nba community, collected through Reddit's public interface. Usernames are not shown."</li>
                <li>"A daily data pipeline cleans these sources and builds the tables this dashboard reads. The dashboard reloads as soon as each pipeline run finishes."</li>
            </ul>
            <h2>"How the win probabilities work"</h2>
            <ul>
                <li>"“Home win %” and “Road win %” come from a logistic-regression model trained on past games. Its inputs describe each team's recent form and record, rest and travel, and player availability (injuries)."</li>
                <li>"The model outputs a probability that the home team wins; the road team's probability is the remainder, so the two add up to 100 %."</li>
                <li>
                    <strong>"Strong ML value"</strong>
                    " marks a side where the model's probability is clearly higher than the probability implied by its moneyline. The implied probability of a moneyline:"
                    <ul>
                        <li>"for a negative line −N: N ÷ (N + 100);"</li>
                        <li>"for a positive line +N: 100 ÷ (N + 100)."</li>
                    </ul>
                </li>
                <li>"The pipeline applies the threshold for “clearly higher”; the dashboard only displays the flag."</li>
                <li>"Disclaimer: the probabilities are for entertainment and analysis, not betting advice."</li>
            </ul>
            <h2>"Glossary"</h2>
            <Glossary/>
            <h2>"Data freshness and version"</h2>
            <Suspense fallback=|| view! { <p class="loading" role="status">"Loading…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(data) => view! { <Freshness data/> }.into_any(),
                        Err(error) => view! { <LoadError error what="the data's freshness"/> }.into_any(),
                    }
                })}
            </Suspense>
            <h2>"Privacy"</h2>
            <ul>
                <li>"The dashboard uses no analytics and no third-party requests."</li>
                <li>"Cookies are used only for signing in, once accounts are enabled, plus one CSRF cookie for forms."</li>
            </ul>
        </section>
    }
}

#[component]
fn Glossary() -> impl IntoView {
    let rows = GLOSSARY
        .iter()
        .map(|(term, meaning)| view! { <tr><th scope="row">{*term}</th><td>{*meaning}</td></tr> })
        .collect_view();
    view! {
        <table class="glossary">
            <thead><tr><th scope="col">"Term"</th><th scope="col">"Meaning"</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

fn stamp_view(stamp: Option<Stamp>, missing: &'static str) -> AnyView {
    match stamp {
        Some(stamp) => {
            view! { <time datetime=stamp.iso.clone() title=stamp.iso>{stamp.text}" UTC"</time> }
                .into_any()
        }
        None => missing.into_any(),
    }
}

#[component]
fn Freshness(data: AboutData) -> impl IntoView {
    view! {
        <dl class="stat-list freshness">
            <div class="stat-row"><dt>"Data last refreshed"</dt><dd>{stamp_view(data.refreshed, "Data not loaded yet")}</dd></div>
            <div class="stat-row"><dt>"Upstream data collected"</dt><dd>{stamp_view(data.collected, "-")}</dd></div>
            <div class="stat-row"><dt>"Latest game slate"</dt><dd>{data.slate.unwrap_or_else(|| "-".to_owned())}</dd></div>
            <div class="stat-row"><dt>"Version"</dt><dd>{data.version}</dd></div>
            {data.built.map(|built| view! { <div class="stat-row"><dt>"Built"</dt><dd>{built}" UTC"</dd></div> })}
        </dl>
    }
}

//! Teams (`/teams`): all 30 teams by conference, in standings order, each card a link.

use leptos::prelude::*;

use crate::api::teams::get_teams;
use crate::components::badge::TeamBadge;
use crate::components::hero::PageHero;
use crate::components::load_error::LoadError;
use crate::components::page_meta::PageMeta;
use crate::model::teams::{TeamCard, TeamsIndex};
use crate::teams::Conference;

#[component]
pub fn TeamsPage() -> impl IntoView {
    let data = Resource::new_blocking(|| (), |_| get_teams());
    view! {
        <PageMeta
            title="Teams"
            description="All 30 NBA teams by conference and standing, with records, net rating and injuries."
        />
        <PageHero title="Teams".to_owned()>"All 30 teams, by conference and standing."</PageHero>
        <Suspense fallback=|| view! { <p class="loading" role="status">"Loading the teams…"</p> }>
            {move || Suspend::new(async move {
                match data.await {
                    Ok(index) => view! {
                        <ConferenceGrid index=index.clone() conference=Conference::West/>
                        <ConferenceGrid index conference=Conference::East/>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error what="the teams"/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ConferenceGrid(index: TeamsIndex, conference: Conference) -> impl IntoView {
    let id = match conference {
        Conference::West => "teams-west",
        Conference::East => "teams-east",
    };
    let cards = index
        .conference(conference)
        .iter()
        .cloned()
        .map(|card| view! { <li><TeamCardLink card/></li> })
        .collect_view();
    view! {
        <section class="panel" aria-labelledby=id>
            <h2 id=id class="section-title">{conference.label()}</h2>
            <ul class="team-grid">{cards}</ul>
        </section>
    }
}

#[component]
fn TeamCardLink(card: TeamCard) -> impl IntoView {
    view! {
        <a class="team-card" href=format!("/teams/{}", card.abbr)>
            <TeamBadge look=card.look.clone() size=48/>
            <span class="team-card-body">
                <span class="team-card-name">{card.name.clone()}</span>
                {card.record.map(|r| view! { <span class="team-card-line">{r}</span> })}
                {card.net_rating.map(|r| view! { <span class="team-card-line">{r}</span> })}
                {card.last_10.map(|l| view! { <span class="team-card-line">{format!("Last 10: {l}")}</span> })}
                {card.injured.map(|n| view! {
                    <span class="team-card-line"><span class="danger">{n}</span>" injured"</span>
                })}
            </span>
        </a>
    }
}

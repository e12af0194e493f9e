//! The player header (name, team, games, chips, the season toggle) and the season's KPI
//! cards.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::badge::TeamBadge;
use crate::components::injury_list::StatusBadge;
use crate::format::{fixed, int, pct1, signed};
use crate::model::players::{PlayerPageData, SeasonLine};
use crate::season::SeasonType;

use super::state::PlayerState;

fn meta_line(page: &PlayerPageData, season: SeasonType) -> Option<String> {
    let abbr = page.team.as_ref().and_then(|t| t.team.abbr.clone());
    let games = page
        .season(season)
        .and_then(|l| l.games_played)
        .map(|gp| format!("{gp} GP ({})", season.label()));
    let parts: Vec<String> = [abbr, games].into_iter().flatten().collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[component]
pub fn PlayerHeader(
    page: Arc<PlayerPageData>,
    state: Memo<PlayerState>,
    both: bool,
) -> impl IntoView {
    let team = page.team.clone().map(|team| {
        let link = team.team.href().unwrap_or_else(|| "/teams".to_owned());
        view! {
            <p class="player-team">
                <TeamBadge look=team.look size=40/>
                <a href=link>{team.name}</a>
            </p>
        }
    });
    let meta = {
        let page = Arc::clone(&page);
        move || meta_line(&page, state.get().season).map(|m| view! { <p class="hero-meta">{m}</p> })
    };
    let candidate = {
        let page = Arc::clone(&page);
        move || {
            page.season(state.get().season)
                .and_then(|l| l.mvp_candidate.clone())
                .filter(|c| c.contains("Top 5"))
                .map(|_| view! { <span class="chip chip-mvp">"Top 5 MVP Candidate"</span> })
        }
    };
    let status = page
        .status()
        .cloned()
        .map(|status| view! { <StatusBadge status/> });
    let toggle = both.then(|| {
        let option = move |season: SeasonType| {
            let href = move || state.get().with_season(season).href();
            let current = move || (state.get().season == season).then_some("true");
            view! { <a href=href aria-current=current data-noscroll="true">{season.label()}</a> }
        };
        view! {
            <div class="segmented" role="group" aria-label="Season type">
                {option(SeasonType::Regular)}
                {option(SeasonType::Playoffs)}
            </div>
        }
    });

    view! {
        <div class="page-hero player-hero">
            <h1>{page.name.clone()}</h1>
            {team}
            {meta}
            <p class="player-chips">{candidate}{status}</p>
            {toggle}
        </div>
    }
}

/// One KPI card; the value is in the accent colour unless `plain`.
fn card(value: String, title: &str, subline: Option<String>, plain: bool) -> impl IntoView {
    let class = if plain {
        "kpi-value plain"
    } else {
        "kpi-value"
    };
    view! {
        <div class="kpi-card">
            <p class=class>{value}</p>
            <p class="kpi-title">{title.to_owned()}</p>
            {subline.map(|s| view! { <p class="kpi-subline">{s}</p> })}
        </div>
    }
}

fn cards(line: Option<&SeasonLine>, league_ts: Option<f64>) -> impl IntoView {
    let dash = || "-".to_owned();
    let get = |f: fn(&SeasonLine) -> Option<f64>| line.and_then(f);
    let ts = line.and_then(|l| l.ts);
    let ts_plain = !matches!((ts, league_ts), (Some(ts), Some(league)) if ts >= league);
    let ppg_sub = line.map(|l| {
        let rank = l.ppg_rank.map_or_else(dash, |r| format!("#{r}"));
        let category = l.scoring_category.clone().unwrap_or_else(dash);
        format!("{rank} in league · {category}")
    });
    view! {
        {card(get(|l| l.ppg).map_or_else(dash, |v| fixed(v, 1)), "Points per game", ppg_sub, false)}
        {card(
            ts.map_or_else(dash, pct1),
            "True shooting %",
            Some(format!("League average {}", league_ts.map_or_else(dash, pct1))),
            ts_plain,
        )}
        {card(
            get(|l| l.plus_minus).map_or_else(dash, |v| signed(v, 1)),
            "Plus/minus per game",
            line.map(|l| format!("{} games played", l.games_played.map_or_else(dash, int))),
            false,
        )}
        {card(
            get(|l| l.mvp_score).map_or_else(dash, |v| fixed(v, 1)),
            "Average MVP score",
            line.map(|l| format!("MVP rank #{}", l.mvp_rank.map_or_else(dash, |r| r.to_string()))),
            false,
        )}
        {card(
            line.and_then(|l| l.games_missed).map_or_else(dash, int),
            "Games missed",
            line.map(|l| {
                let penalized = l.penalized_missed.map_or_else(dash, |v| int(v.round() as i64));
                format!("{penalized} count against MVP eligibility")
            }),
            false,
        )}
    }
}

#[component]
pub fn SeasonKpis(page: Arc<PlayerPageData>, state: Memo<PlayerState>) -> impl IntoView {
    move || {
        let season = state.get().season;
        let line = page.season(season);
        let note = line.is_none().then(|| {
            view! {
                <p class="helper">{format!("No {} stats for this player.", season.label())}</p>
            }
        });
        view! {
            <section class="kpi-grid" aria-label="Season figures">{cards(line, page.league_ts)}</section>
            {note}
        }
    }
}

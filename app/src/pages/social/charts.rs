//! The four league charts: comment volume, top threads (with the same links as a list for
//! keyboards), top keywords and top flairs.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::chart::Chart;
use crate::components::charts::social::{counts_chart, threads_chart, volume_chart};
use crate::model::social::SocialData;

#[component]
pub fn LeagueCharts(data: Arc<SocialData>) -> impl IntoView {
    let volume = data.volume.clone();
    let has_volume = !volume.daily.is_empty();
    let threads = data.threads.clone();
    let thread_count = threads.len();
    let has_threads = thread_count > 0;
    let thread_links = threads
        .iter()
        .filter_map(|t| Some((t.label.clone(), t.href.clone()?)))
        .map(|(label, href)| {
            view! { <li><a href=href target="_blank" rel="noopener noreferrer">{label}</a></li> }
        })
        .collect_view();
    let keywords = data.keywords.clone();
    let has_keywords = !keywords.is_empty();
    let flairs = data.flairs.clone();
    let has_flairs = !flairs.is_empty();
    let threads_for_chart = threads.clone();

    view! {
        <div class="chart-grid">
            <section class="panel" aria-labelledby="volume-title">
                <h2 id="volume-title" class="section-title">"League-wide comment volume"</h2>
                <Chart
                    id="volume-chart"
                    title="League-wide comment volume"
                    aria_label="Area chart: league-wide comments per day with a 7-day moving average".to_owned()
                    height=420
                    available=has_volume
                    spec=Signal::derive(move || volume_chart(&volume))
                    placeholder="No daily volume to plot".to_owned()
                />
            </section>
            <section class="panel" aria-labelledby="threads-title">
                <h2 id="threads-title" class="section-title">{if has_threads { format!("Top {thread_count} threads by comments in sample") } else { "Top threads by comments in sample".to_owned() }}</h2>
                <Chart
                    id="threads-chart"
                    title="Top threads by comments in sample"
                    aria_label="Bar chart: the most commented threads in the sample; each bar opens its thread".to_owned()
                    height=420
                    available=has_threads
                    spec=Signal::derive(move || threads_chart(&threads_for_chart))
                    placeholder="Not enough thread URLs in this sample to rank by engagement".to_owned()
                />
                <ol class="visually-hidden" aria-label="Threads in this chart">{thread_links}</ol>
            </section>
            <section class="panel" aria-labelledby="keywords-title">
                <h2 id="keywords-title" class="section-title">"Top keywords in recent threads"</h2>
                <Chart
                    id="keywords-chart"
                    title="Top keywords in recent threads"
                    aria_label="Bar chart: the most mentioned keywords in recent threads".to_owned()
                    height=420
                    available=has_keywords
                    spec=Signal::derive(move || counts_chart(&keywords, "Mentions", "mentions"))
                    placeholder="No keyword rankings".to_owned()
                />
            </section>
            <section class="panel" aria-labelledby="flairs-title">
                <h2 id="flairs-title" class="section-title">"Most common user flairs (sample)"</h2>
                <Chart
                    id="flairs-chart"
                    title="Most common user flairs (sample)"
                    aria_label="Bar chart: the flairs with the most comments in the sample".to_owned()
                    height=420
                    available=has_flairs
                    spec=Signal::derive(move || counts_chart(&flairs, "Comments", "comments"))
                    placeholder="No flair counts".to_owned()
                />
            </section>
        </div>
    }
}

//! The one chart frame: server-rendered title, fallback text or placeholder; in the browser
//! an ECharts instance that is created once, updated in place and disposed on cleanup.

#[cfg(feature = "hydrate")]
mod echarts;

use leptos::prelude::*;

use super::charts::ChartSpec;

/// A link shown with the no-JavaScript sentence, where the chart's figures also appear.
#[derive(Debug, Clone, PartialEq)]
pub struct FiguresLink {
    pub href: String,
    pub text: String,
}

#[component]
pub fn Chart(
    /// A stable, unique element id.
    id: &'static str,
    #[prop(into)] title: String,
    /// The accessible summary of what the chart shows.
    aria_label: String,
    height: u32,
    /// A CSS height rule that replaces the fixed `height`, for charts that follow the window.
    #[prop(optional)]
    height_css: Option<&'static str>,
    /// Whether there is anything to draw; when false the frame shows `placeholder`. Kept
    /// apart from `spec` so the server never builds chart options it does not send.
    #[prop(into)]
    available: Signal<bool>,
    /// The chart to draw, read only in the browser.
    #[prop(into)]
    spec: Signal<Option<ChartSpec>>,
    #[prop(into)] placeholder: Signal<String>,
    #[prop(optional)] figures: Option<FiguresLink>,
) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Div>::new();
    let drawn = RwSignal::new(false);

    #[cfg(feature = "hydrate")]
    echarts::attach(canvas, spec, drawn);
    #[cfg(not(feature = "hydrate"))]
    let _ = spec;

    let figures = StoredValue::new(figures);
    let title = StoredValue::new(title);
    let style = height_css.map_or_else(|| format!("height:{height}px"), str::to_owned);
    view! {
        <div class="chart-frame" style=style role="img" aria-label=aria_label>
            <Show
                when=move || available.get()
                fallback=move || view! { <p class="chart-placeholder">{placeholder}</p> }
            >
                <Show when=move || !drawn.get()>
                    <div class="chart-nojs">
                        <p class="chart-nojs-title">{title.get_value()}</p>
                        <p>
                            "Interactive chart; enable JavaScript to view."
                            {figures.get_value().map(|link| view! {
                                " " <a href=link.href>{link.text}</a>
                            })}
                        </p>
                    </div>
                </Show>
            </Show>
            <div id=id class="chart-canvas" node_ref=canvas></div>
        </div>
    }
}

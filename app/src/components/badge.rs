//! A team badge drawn inline: the app's own SVG in team colours, never a logo file.

use leptos::prelude::*;

use crate::colour::TeamLook;

#[component]
pub fn TeamBadge(look: TeamLook, size: u32) -> impl IntoView {
    let ring = look.ring.clone().map(|ring| {
        view! { <circle cx="32" cy="32" r="26.5" fill="none" stroke=ring stroke-width="3"></circle> }
    });
    let (stroke, stroke_width) = if look.outline {
        (Some("rgba(232,230,227,.7)"), Some("1.5"))
    } else {
        (None, None)
    };
    let font_size = if look.abbr.len() > 3 { "15" } else { "19" };
    view! {
        <svg
            class="team-badge"
            viewBox="0 0 64 64"
            width=size
            height=size
            role="img"
            aria-label=look.name.clone()
        >
            <title>{look.name.clone()}</title>
            <circle cx="32" cy="32" r="30.5" fill=look.primary.clone() stroke=stroke stroke-width=stroke_width></circle>
            {ring}
            <text
                x="32"
                y="32"
                dy="0.35em"
                text-anchor="middle"
                font-weight="800"
                font-size=font_size
                fill=look.text.clone()
            >
                {look.abbr.clone()}
            </text>
        </svg>
    }
}

//! The frame around every page: header with brand, season-phase pill and navigation rail,
//! and the footer with the data refresh time and build version.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::error::AppError;
use crate::model::ShellData;

use super::search::NavSearch;

/// The shell's data, loaded once per page load and shared by header and footer.
pub type ShellResource = Resource<Result<ShellData, AppError>>;

/// Which count a navigation link carries in its badge.
#[derive(Clone, Copy)]
enum Badge {
    None,
    /// Games in the play-by-play feed.
    RecentGames,
    /// Rows of tonight's schedule.
    Tonight,
}

/// The pages in rail order and their badges. A badge is left out when its count is 0; with
/// one the link reads as "Games, 9 games".
const NAV: [(&str, &str, Badge); 7] = [
    ("Overview", "/", Badge::None),
    ("Games", "/games", Badge::RecentGames),
    ("Teams", "/teams", Badge::None),
    ("Players", "/players", Badge::None),
    ("Schedule", "/schedule", Badge::Tonight),
    ("Social", "/social", Badge::None),
    ("About", "/about", Badge::None),
];

fn is_active(route: &str, path: &str) -> bool {
    if route == "/" {
        path == "/"
    } else {
        path == route || path.starts_with(&format!("{route}/"))
    }
}

#[component]
pub fn BasketballIcon(size: u32) -> impl IntoView {
    view! {
        <svg class="brand-icon" viewBox="0 0 32 32" width=size height=size aria-hidden="true">
            <circle cx="16" cy="16" r="14" fill="#ff9f43" stroke="#0a0c0b" stroke-width="1.5"></circle>
            <path
                d="M2 16h28M16 2v28M6 6c5 4 5 16 0 20M26 6c-5 4-5 16 0 20"
                fill="none"
                stroke="#0a0c0b"
                stroke-width="1.5"
            ></path>
        </svg>
    }
}

#[component]
pub fn Header(shell: ShellResource) -> impl IntoView {
    let location = use_location();
    let links = NAV
        .iter()
        .map(|(label, route, badge)| {
            let current = move || is_active(route, &location.pathname.get()).then_some("page");
            let link = move |count: Option<usize>| {
                let name = count.map(|n| format!("{label}, {n} games"));
                let badge = count.map(|n| view! { <span class="nav-badge" aria-hidden="true">{n}</span> });
                view! {
                    <a href=*route aria-current=current aria-label=name class="nav-link">{*label}{badge}</a>
                }
            };
            let badge = *badge;
            let item = if matches!(badge, Badge::None) {
                link(None).into_any()
            } else {
                view! {
                    <Suspense fallback=move || link(None)>
                        {move || Suspend::new(async move {
                            let count = shell.await.ok().and_then(|s| match badge {
                                Badge::RecentGames => s.games,
                                Badge::Tonight => s.tonight,
                                Badge::None => None,
                            });
                            link(count)
                        })}
                    </Suspense>
                }
                .into_any()
            };
            view! { <li>{item}</li> }
        })
        .collect_view();

    view! {
        <header class="site-header">
            <div class="brand-row">
                <a href="/" class="brand">
                    <BasketballIcon size=28/>
                    <span>"NBA Dashboard"</span>
                </a>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        shell.await.ok().map(|s| view! { <span class="phase-pill">{s.phase}</span> })
                    })}
                </Suspense>
            </div>
            <nav class="nav-rail" aria-label="Main">
                <ul>{links}</ul>
            </nav>
            <NavSearch/>
        </header>
    }
}

#[component]
pub fn Footer(shell: ShellResource) -> impl IntoView {
    view! {
        <footer class="site-footer">
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    shell.await.ok().map(|s| {
                        let refreshed = match (s.refreshed, s.refreshed_ago) {
                            (Some(stamp), Some(ago)) => view! {
                                "Data refreshed "
                                <time datetime=stamp.iso title=stamp.text>{ago}</time>
                            }
                            .into_any(),
                            _ => "Data not loaded yet".into_any(),
                        };
                        view! { <a href="/about" class="footer-link">{refreshed}" · "{s.version}</a> }
                    })
                })}
            </Suspense>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::is_active;

    #[test]
    fn active_link_covers_sub_routes_but_overview_only_itself() {
        assert!(is_active("/", "/"));
        assert!(!is_active("/", "/teams"));
        assert!(is_active("/teams", "/teams/BOS"));
        assert!(!is_active("/teams", "/teamsx"));
    }
}

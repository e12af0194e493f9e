//! Canonical URLs: a page whose path or query is not in its canonical form is redirected
//! before rendering — 301 for a path in another case or an alias, 302 for a query with
//! invalid, default or unknown values. Unknown games, teams and players are left to the
//! app's 404 pages.

use app::gold::Snapshot;
use app::pages::games::state::GamesState;
use app::pages::overview::state::OverviewState;
use app::pages::player::state::PlayerState;
use app::pages::players::state::PlayersState;
use app::pages::schedule::state::ScheduleState;
use app::pages::social::state::SocialState;
use app::pages::team::state::TeamState;
use app::url::parse_query;
use axum::http::header::{self, HeaderValue};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use tracing::debug;

/// The redirect a request needs, if any.
pub fn redirect_for(
    path: &str,
    query: Option<&str>,
    snapshot: &Snapshot,
    today: NaiveDate,
) -> Option<Response> {
    let query = query.filter(|q| !q.is_empty());
    let (section, rest) = split_path(path);
    match section {
        "" => overview(query?, snapshot, today),
        "games" => games(rest, query, snapshot),
        "teams" => teams(rest, query, snapshot),
        "players" => players(rest, query, snapshot),
        "schedule" if rest.is_none() => schedule(query?, snapshot),
        "social" if rest.is_none() => social(query?, snapshot),
        _ => None,
    }
}

/// "/teams/BOS" → ("teams", Some("BOS")); "/teams" → ("teams", None). Deeper paths give a
/// section no page has, so they fall through to the 404 page.
fn split_path(path: &str) -> (&str, Option<&str>) {
    let trimmed = path.trim_start_matches('/');
    match trimmed.split_once('/') {
        None => (trimmed, None),
        Some((section, rest)) if !rest.is_empty() && !rest.contains('/') => (section, Some(rest)),
        // A trailing slash or a deeper path: no canonical rule applies.
        Some(_) => ("-", None),
    }
}

fn with_query(path: &str, query: Option<&str>) -> String {
    query.map_or_else(|| path.to_owned(), |q| format!("{path}?{q}"))
}

fn overview(query: &str, snapshot: &Snapshot, today: NaiveDate) -> Option<Response> {
    let raw = parse_query(query);
    let data = snapshot.overview_on(today);
    let (view, invalid) = OverviewState::parse(&raw, &data);
    view.needs_redirect(&raw, invalid, &data).then(|| {
        debug!(query, "redirecting to the canonical overview URL");
        found(&view.href(&data))
    })
}

fn games(slug: Option<&str>, query: Option<&str>, snapshot: &Snapshot) -> Option<Response> {
    if let Some(slug) = slug {
        if slug.chars().any(char::is_uppercase) {
            let path = format!("/games/{}", slug.to_lowercase());
            return Some(moved(&with_query(&path, query)));
        }
        snapshot.games.game(slug)?;
    }
    let raw = parse_query(query?);
    let (view, invalid) = GamesState::parse(slug, &raw, &snapshot.games);
    view.needs_redirect(&raw, invalid).then(|| {
        debug!(?slug, query, "redirecting to the canonical games URL");
        found(&view.href())
    })
}

fn teams(segment: Option<&str>, query: Option<&str>, snapshot: &Snapshot) -> Option<Response> {
    let Some(segment) = segment else {
        // The index takes no parameters; `?team=` is the no-JavaScript team switcher.
        let raw = parse_query(query?);
        let chosen = raw
            .iter()
            .find(|(name, _)| name == "team")
            .and_then(|(_, value)| app::teams::resolve(value));
        return Some(found(&chosen.map_or_else(
            || "/teams".to_owned(),
            |team| format!("/teams/{}", team.abbr),
        )));
    };
    let team = app::teams::resolve(segment)?;
    if segment != team.abbr {
        return Some(moved(&with_query(&format!("/teams/{}", team.abbr), query)));
    }
    let rows = snapshot
        .team_pages
        .get(team.abbr)
        .map_or(0, |p| p.players.len());
    let raw = parse_query(query?);
    let (view, invalid) = TeamState::parse(team.abbr, &raw, rows);
    view.needs_redirect(&raw, invalid).then(|| {
        debug!(
            team = team.abbr,
            query, "redirecting to the canonical team URL"
        );
        found(&view.href())
    })
}

fn players(slug: Option<&str>, query: Option<&str>, snapshot: &Snapshot) -> Option<Response> {
    let directory = &snapshot.players;
    let Some(slug) = slug else {
        let raw = parse_query(query?);
        let (view, invalid) = PlayersState::parse(&raw, directory.has_playoffs());
        // As on the social page: only a later page needs the filtered index counted.
        let pages = if view.table.page > 1 {
            directory.page(&view).pages
        } else {
            1
        };
        return view.needs_redirect(&raw, invalid, pages).then(|| {
            debug!(query, "redirecting to the canonical players URL");
            let canonical = if view.table.page > pages {
                view.first_page()
            } else {
                view
            };
            found(&canonical.href())
        });
    };
    if slug.chars().any(char::is_uppercase) {
        let path = format!("/players/{}", slug.to_lowercase());
        return Some(moved(&with_query(&path, query)));
    }
    let query = query?;
    let Some(page) = directory.player(slug) else {
        // A shared slug's list has no parameters; an unknown slug is the 404 page's.
        return directory
            .is_shared(slug)
            .then(|| found(&format!("/players/{slug}")));
    };
    let raw = parse_query(query);
    let both = page.regular.is_some() && page.playoffs.is_some();
    let (view, invalid) = PlayerState::parse(slug, &raw, both);
    view.needs_redirect(&raw, invalid).then(|| {
        debug!(
            player = slug,
            query, "redirecting to the canonical player URL"
        );
        found(&view.href())
    })
}

fn schedule(query: &str, snapshot: &Snapshot) -> Option<Response> {
    let raw = parse_query(query);
    let (view, invalid) = ScheduleState::parse(&raw, snapshot.schedule.full.len());
    view.needs_redirect(&raw, invalid).then(|| {
        debug!(query, "redirecting to the canonical schedule URL");
        found(&view.href())
    })
}

fn social(query: &str, snapshot: &Snapshot) -> Option<Response> {
    let raw = parse_query(query);
    let (view, invalid) = SocialState::parse(&raw);
    // Every table has a first page. Filtering and sorting every comment to count pages costs
    // more than serving the cached page, so it is done only for a URL asking for a later one.
    let pages = if view.comments.table.page > 1 || view.keywords.table.page > 1 {
        let tables = snapshot.social.tables(&view);
        (tables.comment_pages, tables.keyword_pages)
    } else {
        (1, 1)
    };
    let default_team = snapshot.social.default_team;
    view.needs_redirect(&raw, invalid, default_team, pages)
        .then(|| {
            debug!(query, "redirecting to the canonical social URL");
            let in_range =
                view.comments.table.page <= pages.0 && view.keywords.table.page <= pages.1;
            let canonical = if in_range { view } else { view.first_pages() };
            found(&canonical.href(default_team))
        })
}

/// A 302 to the canonical URL (axum's `Redirect::to` answers 303).
pub fn found(location: &str) -> Response {
    redirect(StatusCode::FOUND, location)
}

/// A 301 for a path in a non-canonical spelling.
fn moved(location: &str) -> Response {
    redirect(StatusCode::MOVED_PERMANENTLY, location)
}

fn redirect(status: StatusCode, location: &str) -> Response {
    match HeaderValue::from_str(location) {
        Ok(value) => (status, [(header::LOCATION, value)]).into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::split_path;

    #[test]
    fn paths_split_into_section_and_one_segment() {
        assert_eq!(split_path("/"), ("", None));
        assert_eq!(split_path("/teams"), ("teams", None));
        assert_eq!(split_path("/teams/bos"), ("teams", Some("bos")));
        assert_eq!(split_path("/teams/"), ("-", None));
        assert_eq!(split_path("/teams/bos/x"), ("-", None));
    }
}

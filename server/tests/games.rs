//! The Games page over the real router and a real Postgres: slates of one and fifteen games,
//! an empty feed, the 404 for unknown games, slug and query redirects, and the chart data.

#[path = "common/router.rs"]
mod router;
mod support;
#[path = "common/config.rs"]
mod test_config;

use app::teams::TEAMS;
use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use router::get;
use sqlx::PgPool;
use tower::ServiceExt;

const SLATE: &str = "2030-01-14";

/// One play-by-play row: clock, running score (home, away) and who scored (`None` for a
/// marker row).
type Play = (f64, i64, i64, Option<usize>);

/// Writes a game between `TEAMS[home]` and `TEAMS[away]`: a tip-off marker, the plays, and
/// an end-of-game marker. The home team wins.
async fn insert_game(pool: &PgPool, home: usize, away: usize, plays: &[Play]) {
    let (h, a) = (&TEAMS[home], &TEAMS[away]);
    let mut rows: Vec<Play> = vec![(48.0, 0, 0, None)];
    rows.extend_from_slice(plays);
    let last = *rows.last().expect("rows");
    rows.push((0.0, last.1, last.2, None));
    for (t, home_pts, away_pts, scorer) in rows {
        let scoring_team = scorer.map_or("TIE", |s| TEAMS[s].abbr);
        let leading = match home_pts.cmp(&away_pts) {
            std::cmp::Ordering::Greater => h.abbr,
            std::cmp::Ordering::Less => a.abbr,
            std::cmp::Ordering::Equal => "TIE",
        };
        sqlx::query(
            "INSERT INTO gold.pbp (game_description, game_date, time_quarter, quarter, \
             time_remaining_final, play, score, home_team, away_team, home_team_full, \
             away_team_full, home_primary_color, away_primary_color, score_home, score_away, \
             margin_score, leading_team, leading_team_text, scoring_team, scoring_team_color, \
             winning_team, losing_team) \
             VALUES ($1, $2::date, '1:00', '4th Quarter', $3, 'A play', $4, $5, $6, $7, $8, \
             '#007a33', '#552583', $9, $10, $11, $12, 'Leading', $13, '#808080', $5, $6)",
        )
        .bind(format!("{} Vs. {}", h.name, a.name))
        .bind(SLATE)
        .bind(t)
        .bind(format!("{away_pts}-{home_pts}"))
        .bind(h.abbr)
        .bind(a.abbr)
        .bind(h.name)
        .bind(a.name)
        .bind(home_pts)
        .bind(away_pts)
        .bind(home_pts - away_pts)
        .bind(leading)
        .bind(scoring_team)
        .execute(pool)
        .await
        .expect("insert pbp row");
    }
}

/// Three scoring plays: home 2-0, away 2-3, home 6-3 (the home team wins by 3).
fn short_game(home: usize, away: usize) -> Vec<Play> {
    vec![
        (40.0, 2, 0, Some(home)),
        (30.0, 2, 3, Some(away)),
        (10.0, 6, 3, Some(home)),
    ]
}

/// A server on a fresh database whose gold tables hold only `games` games of play-by-play.
async fn server_with_games(games: usize) -> Router {
    let (pool, url) = support::fresh_database().await;
    server::demo::create_tables(&pool, "gold")
        .await
        .expect("gold tables");
    for game in 0..games {
        let (home, away) = (2 * game, 2 * game + 1);
        insert_game(&pool, home, away, &short_game(home, away)).await;
    }
    router::loaded_router(pool, &url).await
}

/// The chart-data server function, called as the browser calls it.
async fn game_plot(app: &Router, game: &str) -> (StatusCode, String) {
    let request = Request::builder()
        .method(Method::POST)
        .uri("/api/game_plot")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("game={game}")))
        .expect("request");
    read(app.clone().oneshot(request).await.expect("response")).await
}

async fn read(response: axum::response::Response) -> (StatusCode, String) {
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

fn slug(home: usize, away: usize) -> String {
    format!(
        "{SLATE}-{}-{}",
        TEAMS[away].abbr.to_lowercase(),
        TEAMS[home].abbr.to_lowercase()
    )
}

#[tokio::test]
async fn a_one_game_slate() {
    let app = server_with_games(1).await;
    let (status, _, html) = get(&app, "/games").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Recent Games on <time datetime=\"2030-01-14\">Monday, Jan 14, 2030</time>")
    );
    assert!(html.contains("1 game on slate"));
    assert!(html.contains("3 plays in feed"));
    assert_eq!(html.matches("class=\"game-card\"").count(), 1);
    assert!(
        html.contains("aria-current=\"true\""),
        "the first game is selected"
    );
    assert!(html.contains("class=\"nav-badge\">1</span>"));
    assert!(html.contains("aria-label=\"Games, 1 games\""));
    let (away, home) = (TEAMS[1].name, TEAMS[0].name);
    assert!(html.contains(&format!(
        "{away} at {home}, final 3 to 6, {} by 3",
        TEAMS[0].abbr
    )));
    assert!(html.contains("Max lead ±3"));
    assert!(html.contains("2 lead changes"));
    assert!(html.contains("3 plays"));

    let (status, _, html) = get(&app, &format!("/games/{}", slug(0, 1))).await;
    assert_eq!(status, StatusCode::OK, "a named game is never redirected");
    assert!(html.contains(&format!("{home} (W)")));
}

#[tokio::test]
async fn a_fifteen_game_slate_scrolls_and_names_each_game() {
    let app = server_with_games(15).await;
    let (status, _, html) = get(&app, "/games").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("15 games on slate"));
    assert!(html.contains("45 plays in feed"));
    assert_eq!(html.matches("class=\"game-card\"").count(), 15);
    assert!(html.contains("game-strip scrolling"));
    assert!(html.contains(">15</span>"), "the badge counts 15 games");

    let last = slug(28, 29);
    let (status, _, html) = get(&app, &format!("/games/{last}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        html.matches("aria-current=\"true\"").count(),
        2,
        "card and scope control"
    );
    assert!(html.contains(&format!(">{}</a> @ <a", TEAMS[29].name)));
    assert!(html.contains(&format!(">{} (W)</a>", TEAMS[28].name)));
}

#[tokio::test]
async fn an_empty_feed_shows_its_empty_state_without_a_badge() {
    let app = server_with_games(0).await;
    let (status, _, html) = get(&app, "/games").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Recent Games</h1>"));
    assert!(html.contains("No games in the play-by-play feed yet."));
    assert!(!html.contains("game-card"));
    assert!(!html.contains("nav-badge"));
    assert!(!html.contains("pbp-chart"));
    let (status, _, _) = get(&app, "/games/2030-01-14-bos-lal").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_games_404_and_other_urls_redirect_to_canonical_ones() {
    let app = server_with_games(2).await;
    let (status, _, html) = get(&app, "/games/2029-01-01-bos-lal").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("This game is no longer in the recent-games feed."));
    assert!(html.contains("href=\"/games\""));

    let known = slug(2, 3);
    let (status, location, _) = get(&app, &format!("/games/{}", known.to_uppercase())).await;
    assert_eq!(status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(
        location.as_deref(),
        Some(format!("/games/{known}").as_str())
    );

    for (query, canonical) in [
        ("players=game", format!("/games/{known}")),
        ("players=everyone", format!("/games/{known}")),
        (
            "lines_sort=nope&players=slate",
            format!("/games/{known}?players=slate"),
        ),
        ("lines_page=9", format!("/games/{known}")),
    ] {
        let (status, location, _) = get(&app, &format!("/games/{known}?{query}")).await;
        assert_eq!(status, StatusCode::FOUND, "{query}");
        assert_eq!(location.as_deref(), Some(canonical.as_str()), "{query}");
    }
    let (status, _, _) = get(
        &app,
        &format!("/games/{known}?players=slate&lines_sort=player"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

#[tokio::test]
async fn the_chart_data_is_served_per_game() {
    let app = server_with_games(2).await;
    let known = slug(2, 3);
    let (status, body) = game_plot(&app, &known).await;
    assert_eq!(status, StatusCode::OK);
    let plot: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(plot["slug"], known.as_str());
    assert_eq!(
        plot["points"].as_array().map(Vec::len),
        Some(4),
        "3 plays and the end"
    );
    assert_eq!(plot["end"], 0.0);

    let (status, _) = game_plot(&app, "2029-01-01-bos-lal").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

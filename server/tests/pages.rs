//! Every page over the real router and a real Postgres when the data is thin: an empty gold
//! schema, and one where the optional tables do not exist. Pages answer 200 with their empty
//! states (never a panic or a blank page); the Schedule and Social URLs are canonical; CSV
//! downloads work on empty tables.

#[path = "common/router.rs"]
mod router;
mod support;
#[path = "common/config.rs"]
mod test_config;

use axum::http::StatusCode;
use axum::Router;
use router::get;

/// Every page, and what each shows when its tables are empty.
const PAGES: [(&str, &str); 12] = [
    ("/", "Standings are not available yet."),
    ("/games", "No games in the play-by-play feed yet."),
    ("/teams", "All 30 teams, by conference and standing."),
    ("/teams/BOS", "No injuries reported."),
    ("/players", "No players match these filters."),
    ("/schedule", "No games on the slate for this view."),
    ("/schedule?view=full", "No remaining games in the schedule."),
    (
        "/schedule?chart=team-comebacks",
        "No data for this chart yet.",
    ),
    ("/social?team=BOS", "No daily volume to plot"),
    (
        "/social?team=BOS&tables=open",
        "No comments match these filters.",
    ),
    ("/about", "Data last refreshed"),
    (
        "/social",
        "Not enough thread URLs in this sample to rank by engagement",
    ),
];

async fn server(drop_optional: bool) -> Router {
    let (pool, url) = support::fresh_database().await;
    server::demo::create_tables(&pool, "gold")
        .await
        .expect("gold tables");
    if drop_optional {
        for table in ["schedule", "nba_predictions", "team_game_types"] {
            sqlx::query(&format!("DROP TABLE IF EXISTS gold.{table}"))
                .execute(&pool)
                .await
                .expect("drop optional table");
        }
    }
    router::loaded_router(pool, &url).await
}

async fn every_page_shows_its_empty_state(app: &Router) {
    for (uri, empty) in PAGES {
        let (status, location, html) = get(app, uri).await;
        assert_eq!(status, StatusCode::OK, "{uri} → {location:?}");
        assert!(html.contains(empty), "{uri} should say {empty:?}");
        assert!(
            html.contains("<main id=\"main\">"),
            "{uri} renders in the shell"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_renders_its_empty_states_on_an_empty_schema() {
    let app = server(false).await;
    every_page_shows_its_empty_state(&app).await;

    let (_, _, html) = get(&app, "/social?team=BOS").await;
    for kpi in [
        "Reddit comments in latest scrape",
        "Top flair share",
        "Top trending token",
        "Distinct flairs in sample",
    ] {
        assert!(html.contains(kpi), "{kpi}");
    }
    let (_, _, about) = get(&app, "/about").await;
    assert!(about.contains("Latest game slate"));
    assert!(about.contains(&format!("v{}", env!("CARGO_PKG_VERSION"))));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_renders_without_the_optional_tables() {
    let app = server(true).await;
    every_page_shows_its_empty_state(&app).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schedule_and_social_urls_are_canonical() {
    let app = server(false).await;
    for (uri, location) in [
        ("/schedule?chart=pie", "/schedule"),
        ("/schedule?view=tonight", "/schedule"),
        (
            "/schedule?chart=spread&view=full",
            "/schedule?view=full&chart=spread",
        ),
        ("/schedule?full_page=2", "/schedule"),
        ("/social?team=bos", "/social?team=BOS"),
        ("/social?team=BRK", "/social?team=BKN"),
        ("/social?team=BOS&tables=shut", "/social?team=BOS"),
        ("/social?team=BOS&comments_f_score=lots", "/social?team=BOS"),
        (
            "/social?team=BOS&comments_f_score=%3E%3D5&comments_page=3",
            "/social?team=BOS&comments_f_score=%3E%3D5",
        ),
        ("/social?team=XYZ", "/social?team=ATL"),
    ] {
        let (status, got, _) = get(&app, uri).await;
        assert_eq!(
            (status, got.as_deref()),
            (StatusCode::FOUND, Some(location)),
            "{uri}"
        );
    }
    for canonical in [
        "/schedule?view=full&chart=game-types",
        "/social",
        "/social?team=BOS&tables=open",
    ] {
        let (status, _, _) = get(&app, canonical).await;
        assert_eq!(status, StatusCode::OK, "{canonical}");
    }
}

/// The remaining season is the Schedule page's largest data: only the full view carries it,
/// in its table and in the data the browser hydrates from.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_full_schedule_view_carries_the_remaining_season() {
    let (pool, url) = support::fresh_database().await;
    server::demo::create_tables(&pool, "gold")
        .await
        .expect("gold tables");
    sqlx::query(
        "INSERT INTO gold.schedule_season_remaining \
         (game_date, avg_team_rank, start_time, home_team, away_team) \
         VALUES ('2031-04-11', 7, '8:30 PM', 'Utah Jazz', 'Orlando Magic')",
    )
    .execute(&pool)
    .await
    .expect("a remaining game");
    let app = router::loaded_router(pool, &url).await;

    let (status, _, tonight) = get(&app, "/schedule").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !tonight.contains("2031-04-11"),
        "tonight's view holds the season"
    );
    let (status, _, full) = get(&app, "/schedule?view=full").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        full.contains("<tbody><tr><td class=\"cell-text\"><!>2031-04-11"),
        "the table row"
    );
    assert!(
        full.contains("\\\"date\\\":\\\"2031-04-11\\\""),
        "the hydration data"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tables_download_as_csv_even_when_empty() {
    let app = server(false).await;
    for (uri, header_line) in [
        (
            "/csv/standings-west",
            "Rank,Team,Wins,Losses,Games Played,Win %,Active Injuries,Last 10",
        ),
        (
            "/csv/players?q=%22x%22",
            "Player,Team,GP,PPG,TS%,+/-,MVP score,Salary,Value,Status",
        ),
        (
            "/csv/full-schedule",
            "Date,Start Time (ET),Home Team,Road Team,Average Team Rank",
        ),
        (
            "/csv/comments?comments_f_flair=x",
            "Date,Flair,Upvotes,Sentiment,Preview,Link",
        ),
        (
            "/csv/team-players?team=bos",
            "Player,GP,PPG,TS %,+/-,Player type,PPG rk,Scoring tier",
        ),
        ("/csv/lines", "Tm,Player,PTS,TS%,+/-,W/L"),
    ] {
        let (status, _, body) = get(&app, uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert_eq!(body, format!("{header_line}\r\n"), "{uri}");
    }
    for missing in [
        "/csv/nope",
        "/csv/team-players?team=XYZ",
        "/csv/lines?game=2001-01-01-aaa-bbb",
    ] {
        assert_eq!(
            get(&app, missing).await.0,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}

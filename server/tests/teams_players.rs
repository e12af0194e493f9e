//! Team and player pages over the real router and a real Postgres: empty states, canonical
//! URLs and their redirects, players known to a single table, names with diacritics, shared
//! slugs, and search input that must never break a page.

#[path = "common/router.rs"]
mod router;
mod support;
#[path = "common/config.rs"]
mod test_config;

use axum::http::StatusCode;
use axum::Router;
use router::get;
use sqlx::PgPool;

/// A database with every demo table created empty, then filled by `seed`.
async fn server_with(seed: &[&str]) -> Router {
    let (pool, url) = support::fresh_database().await;
    server::demo::create_tables(&pool, "gold")
        .await
        .expect("gold tables");
    run(&pool, seed).await;
    router::loaded_router(pool, &url).await
}

async fn run(pool: &PgPool, statements: &[&str]) {
    for sql in statements {
        sqlx::query(sql)
            .execute(pool)
            .await
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
}

const PLAYERS: &[&str] = &[
    "INSERT INTO gold.player_stats (player, season_type, team, full_team, avg_ppg, games_played) \
     VALUES ('Zoë Ånder', 'Regular Season', 'TOR', 'Toronto Raptors', 21.5, 30), \
            ('Jon Doe', 'Regular Season', 'BOS', 'Boston Celtics', 12.0, 30), \
            ('Jón Doe', 'Regular Season', 'LAL', 'Los Angeles Lakers', 14.0, 28)",
    "INSERT INTO gold.injuries (player, team_acronym, team, injury_status, injury, \
     injury_description, scrape_date) VALUES \
     ('Émile Kéros', 'BOS', 'Boston Celtics', 'Out', 'Knee', 'Expected to miss 4-6 weeks.', \
      '2030-01-14')",
];

#[tokio::test]
async fn a_team_without_rows_shows_every_empty_state() {
    let app = server_with(&[]).await;

    let (status, _, html) = get(&app, "/teams/UTA").await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<title>Utah Jazz · NBA Dashboard</title>"));
    assert!(html.contains(r#"<meta name="description" content="Utah Jazz: Western Conference."#));
    assert_eq!(
        html.matches("No data available").count(),
        4,
        "all four stat cards"
    );
    for empty in [
        "No injuries reported.",
        "No recent transactions.",
        "No margin-of-victory rows for this team in the current dataset.",
        "No player efficiency rows for this team in the current dataset.",
    ] {
        assert!(html.contains(empty), "{empty}");
    }
    assert!(
        !html.contains("Upcoming games"),
        "optional cards stay hidden"
    );
    assert!(!html.contains("Game types"));

    let (status, _, index) = get(&app, "/teams").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(index.matches(r#"class="team-card""#).count(), 30);
}

#[tokio::test]
async fn team_urls_are_canonical_and_unknown_teams_404() {
    let app = server_with(&[]).await;
    for (uri, status, location) in [
        (
            "/teams/bos",
            StatusCode::MOVED_PERMANENTLY,
            Some("/teams/BOS"),
        ),
        (
            "/teams/BRK",
            StatusCode::MOVED_PERMANENTLY,
            Some("/teams/BKN"),
        ),
        (
            "/teams/Utah",
            StatusCode::MOVED_PERMANENTLY,
            Some("/teams/UTA"),
        ),
        (
            "/teams/bos?players_page=2",
            StatusCode::MOVED_PERMANENTLY,
            Some("/teams/BOS?players_page=2"),
        ),
        ("/teams?team=lal", StatusCode::FOUND, Some("/teams/LAL")),
        ("/teams?team=nobody", StatusCode::FOUND, Some("/teams")),
        ("/teams?x=1", StatusCode::FOUND, Some("/teams")),
        (
            "/teams/BOS?players_sort=avg_ppg",
            StatusCode::FOUND,
            Some("/teams/BOS"),
        ),
        (
            "/teams/BOS?players_page=2",
            StatusCode::FOUND,
            Some("/teams/BOS"),
        ),
        ("/teams/BOS?players_sort=ppg_rank", StatusCode::OK, None),
    ] {
        let (got, got_location, _) = get(&app, uri).await;
        assert_eq!((got, got_location.as_deref()), (status, location), "{uri}");
    }

    let (status, _, html) = get(&app, "/teams/XYZ").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Team not found"));
    assert_eq!(
        html.matches(r#"<li><a href="/teams/"#).count(),
        30,
        "the 404 page lists every team"
    );
}

#[tokio::test]
async fn a_player_known_to_one_table_gets_a_page_and_is_found_without_accents() {
    let app = server_with(PLAYERS).await;

    let (status, _, html) = get(&app, "/players/emile-keros").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Émile Kéros</h1>"));
    assert!(html.contains("Injury status"));
    assert!(html.contains("est. 4–6 wks"));
    assert!(html.contains("No Regular Season stats for this player."));

    let (status, location, _) = get(&app, "/players/Emile-Keros").await;
    assert_eq!(status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(location.as_deref(), Some("/players/emile-keros"));

    for query in ["emile", "KEROS", "%C3%A9mile%20k"] {
        let (status, _, html) = get(&app, &format!("/players?q={query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}");
        assert!(html.contains(r#"href="/players/emile-keros""#), "{query}");
        assert!(html.contains("1 player match"), "{query}");
    }
    let (_, _, html) = get(&app, "/players?q=ander").await;
    assert!(html.contains("Zoë Ånder"));
}

#[tokio::test]
async fn unknown_players_404_with_a_search_box_and_shared_slugs_list_both() {
    let app = server_with(PLAYERS).await;

    let (status, _, html) = get(&app, "/players/no-such").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Player not found"));
    assert!(html.contains(r#"<form role="search" method="get" action="/players""#));

    let (status, _, html) = get(&app, "/players/jon-doe").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(r#"href="/players/jon-doe-bos""#));
    assert!(html.contains(r#"href="/players/jon-doe-lal""#));
    let (status, _, html) = get(&app, "/players/jon-doe-lal").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<h1>Jón Doe</h1>"));
    let (status, location, _) = get(&app, "/players/jon-doe?season=playoffs").await;
    assert_eq!(
        (status, location.as_deref()),
        (StatusCode::FOUND, Some("/players/jon-doe"))
    );
}

#[tokio::test]
async fn odd_search_input_never_breaks_the_index() {
    let app = server_with(PLAYERS).await;
    let long = "a".repeat(5000);
    let queries = [
        "q=%22O%27Neal%22".to_owned(),
        "q=100%25".to_owned(),
        "q=%".to_owned(),
        "q=%FF%FE%80".to_owned(),
        "q=%E2%80".to_owned(),
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned(),
        format!("q={long}"),
        "q=doe&team=..%2F..".to_owned(),
        "page=99999999999999999999999".to_owned(),
        "season=playoffs".to_owned(),
        "sort=salary&dir=up".to_owned(),
    ];
    for query in queries {
        let uri = format!("/players?{query}");
        let (status, location, html) = get(&app, &uri).await;
        match status {
            StatusCode::OK => assert!(html.contains("<h1>Players</h1>"), "{uri}"),
            StatusCode::FOUND => {
                let next = location.unwrap_or_else(|| panic!("{uri}: no location"));
                let (status, _, html) = get(&app, &next).await;
                assert_eq!(status, StatusCode::OK, "{uri} → {next}");
                assert!(
                    !html.contains("<script>alert"),
                    "{uri}: the query is escaped"
                );
            }
            other => panic!("{uri} answered {other}"),
        }
    }
}

/// With the playoffs variant, players with rows of both season types get the season toggle,
/// and the index offers and filters by Playoffs.
#[tokio::test]
async fn playoff_rows_bring_the_season_toggle_and_filter() {
    let (pool, url) = support::fresh_database().await;
    let options = server::demo::DemoOptions {
        schema: "gold".into(),
        seed: 7,
        today: chrono::NaiveDate::from_ymd_opt(2030, 1, 15).expect("date"),
        replace: false,
        playoffs: true,
    };
    server::demo::install(&pool, &options).await.expect("demo");
    let slug: String = sqlx::query_scalar(
        "SELECT player FROM gold.player_stats WHERE season_type = 'Playoffs' \
         ORDER BY avg_ppg DESC NULLS LAST, player LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .map(|name: String| app::gold::slug::player_slug(&name))
    .expect("a playoff player");
    let app = router::loaded_router(pool, &url).await;

    let (status, _, html) = get(&app, &format!("/players/{slug}?season=playoffs")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains(r#"aria-label="Season type""#),
        "the toggle is offered"
    );
    assert!(html.contains("GP (Playoffs)"));

    let (status, _, html) = get(&app, "/players?season=playoffs").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains(&format!(r#"href="/players/{slug}""#)));
    let body = html.split("<tbody>").nth(1).unwrap_or_default();
    let listed = body
        .split("</tbody>")
        .next()
        .unwrap_or_default()
        .matches("<tr>")
        .count();
    assert!(listed > 0 && listed <= 25, "{listed} rows");

    let (status, _, _) = get(&app, "/players?season=regular").await;
    assert_eq!(
        status,
        StatusCode::FOUND,
        "the default is left out of the URL"
    );
}

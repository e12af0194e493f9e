//! The gold loader against a real Postgres: full reads, partial availability, NULLs, an empty
//! schema, and a failed refresh that keeps the previous snapshot.

mod support;

use app::gold::loader::{load, Unavailable};
use app::gold::{Snapshot, SnapshotStore};
use chrono::NaiveDate;
use server::demo::{create_tables, install, DemoOptions};
use server::refresh::{Refresher, Trigger};
use sqlx::PgPool;

/// Every required table the app reads, alphabetically.
/// Every required table the app reads, alphabetically.
const REQUIRED_TABLES: [&str; 28] = [
    "bans",
    "contract_value_analysis",
    "feature_flags",
    "game_types",
    "injuries",
    "injury_tracker",
    "mov",
    "opp_stats",
    "past_schedule_analysis",
    "pbp",
    "player_stats",
    "preseason_odds",
    "recent_games_players",
    "recent_games_teams",
    "reddit_comments",
    "reddit_recent_keywords",
    "reddit_sentiment_time_series",
    "rolling_avg_stats",
    "schedule_season_remaining",
    "schedule_tonights_games",
    "social_media_aggs",
    "standings",
    "team_adv_stats",
    "team_blown_leads",
    "team_contracts_analysis",
    "team_odds_outcomes",
    "team_ratings",
    "transactions",
];

/// Drops a test database while the pool still holds connections, to make loads fail.
async fn drop_database(url: &str) {
    use sqlx::{Connection, Executor};
    let name = url
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .split('?')
        .next()
        .unwrap_or_default();
    let mut admin = sqlx::PgConnection::connect(&support::admin_url())
        .await
        .expect("admin");
    admin
        .execute(format!("DROP DATABASE \"{name}\" WITH (FORCE)").as_str())
        .await
        .expect("drop the test database");
}

async fn demo(pool: &PgPool) -> server::demo::DemoReport {
    let options = DemoOptions {
        schema: "gold".into(),
        seed: 7,
        today: NaiveDate::from_ymd_opt(2030, 1, 15).expect("valid date"),
        replace: false,
        playoffs: false,
    };
    install(pool, &options).await.expect("demo data installs")
}

#[tokio::test]
async fn reads_every_overview_table_in_full() {
    let (pool, _) = support::fresh_database().await;
    let installed = demo(&pool).await;

    let (tables, report) = load(&pool, "gold").await.expect("load succeeds");

    for table in REQUIRED_TABLES {
        let expected = installed.row_counts.get(table).copied();
        assert_eq!(report.row_counts.get(table).copied(), expected, "{table}");
        assert!(expected.unwrap_or(0) > 0, "demo fills {table}");
    }
    assert_eq!(tables.standings.len(), 30);
    for optional in ["schedule", "team_game_types"] {
        let expected = installed.row_counts.get(optional).copied();
        assert_eq!(
            report.row_counts.get(optional).copied(),
            expected,
            "{optional}"
        );
        assert!(
            expected.unwrap_or(0) > 0,
            "demo fills the optional {optional}"
        );
    }
    assert!(report.unavailable.is_empty(), "{:?}", report.unavailable);

    let snapshot = Snapshot::build(tables, report, chrono::Utc::now(), Default::default());
    assert_eq!(snapshot.overview.standings.len(), 30);
    assert_eq!(snapshot.overview.kpis.len(), 4);
    assert!(snapshot.overview.league_ts.is_some());
    assert!(!snapshot.overview.ratings.is_empty());
}

#[tokio::test]
async fn a_missing_column_makes_only_that_table_unavailable() {
    let (pool, _) = support::fresh_database().await;
    demo(&pool).await;
    sqlx::query("ALTER TABLE gold.team_ratings DROP COLUMN drtg")
        .execute(&pool)
        .await
        .expect("alter");
    sqlx::query("DROP TABLE gold.bans")
        .execute(&pool)
        .await
        .expect("drop");

    let (tables, report) = load(&pool, "gold").await.expect("load succeeds");

    assert!(tables.team_ratings.is_empty());
    assert!(tables.bans.is_empty());
    assert!(!report.row_counts.contains_key("team_ratings"));
    assert!(!report.row_counts.contains_key("bans"));
    let unavailable: Vec<&str> = report
        .unavailable
        .iter()
        .map(|u| u.table.as_str())
        .collect();
    assert_eq!(unavailable, vec!["bans", "team_ratings"]);
    assert!(report.unavailable.iter().any(|u| u.reason.contains("drtg")));
    assert_eq!(tables.standings.len(), 30, "other tables still load");
}

#[tokio::test]
async fn values_that_do_not_cast_cost_only_their_table() {
    let (pool, _) = support::fresh_database().await;
    demo(&pool).await;
    sqlx::query("ALTER TABLE gold.standings ALTER COLUMN wins TYPE text")
        .execute(&pool)
        .await
        .expect("alter");
    sqlx::query("UPDATE gold.standings SET wins = 'many' WHERE team = 'BOS'")
        .execute(&pool)
        .await
        .expect("update");

    let (tables, report) = load(&pool, "gold").await.expect("load succeeds");

    assert!(tables.standings.is_empty());
    assert_eq!(report.unavailable.len(), 1);
    assert_eq!(report.unavailable[0].table, "standings");
    assert!(
        !tables.player_stats.is_empty(),
        "the transaction survives the failed read"
    );
}

#[tokio::test]
async fn nulls_in_every_column_load_and_derive_without_panicking() {
    let (pool, _) = support::fresh_database().await;
    create_tables(&pool, "gold").await.expect("tables");
    for table in REQUIRED_TABLES {
        sqlx::query(&format!("INSERT INTO gold.{table} DEFAULT VALUES"))
            .execute(&pool)
            .await
            .expect("insert a row of NULLs");
    }

    let (tables, report) = load(&pool, "gold").await.expect("load succeeds");
    for table in REQUIRED_TABLES {
        assert_eq!(report.row_counts.get(table), Some(&1), "{table}");
    }

    let snapshot = Snapshot::build(tables, report, chrono::Utc::now(), Default::default());
    let overview = &snapshot.overview;
    assert_eq!(overview.updated, None);
    let values: Vec<&str> = overview.kpis.iter().map(|k| k.value.as_str()).collect();
    assert_eq!(values, vec!["-", "-", "0", "-"]);
    assert!(
        overview.standings.is_empty(),
        "a row without a conference is in neither table"
    );
    assert!(overview.scoring.is_empty());
    assert!(overview.ratings.is_empty());
    assert!(overview.contracts.is_empty());
    assert_eq!(overview.league_ts, None);
    assert!(snapshot.value_points(None).is_empty());
    assert_eq!(snapshot.phase, "Off-season");
}

#[tokio::test]
async fn an_empty_schema_marks_required_tables_unavailable() {
    let (pool, _) = support::fresh_database().await;

    let (tables, report) = load(&pool, "gold").await.expect("load succeeds");

    let mut unavailable: Vec<&str> = report
        .unavailable
        .iter()
        .map(|u| u.table.as_str())
        .collect();
    unavailable.sort_unstable();
    assert_eq!(unavailable, REQUIRED_TABLES.to_vec());
    assert!(report
        .unavailable
        .iter()
        .all(|u: &Unavailable| u.reason == "table is missing"));
    assert_eq!(
        report.row_counts.keys().collect::<Vec<_>>(),
        ["schedule", "team_game_types"],
        "only the optional tables are counted"
    );
    let snapshot = Snapshot::build(tables, report, chrono::Utc::now(), Default::default());
    assert!(snapshot.overview.standings.is_empty());
}

#[tokio::test]
async fn a_failed_refresh_keeps_the_previous_snapshot() {
    let (pool, url) = support::fresh_database().await;
    demo(&pool).await;
    let store = SnapshotStore::default();
    let refresher = Refresher::new(pool.clone(), "gold".into(), store.clone());

    let first = refresher.refresh(Trigger::Startup).await;
    assert!(first.succeeded(), "{:?}", first.error);
    let loaded_at = store.current().map(|s| s.refreshed_at);
    assert!(loaded_at.is_some());

    drop_database(&url).await;
    let second = refresher.refresh(Trigger::Endpoint).await;

    assert!(!second.succeeded());
    let detail = second.error.unwrap_or_default();
    assert!(
        !detail.contains("postgres://"),
        "no connection string in {detail}"
    );
    assert_eq!(store.current().map(|s| s.refreshed_at), loaded_at);
    let history = refresher.history();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].trigger, Trigger::Endpoint);
}

#[tokio::test]
async fn concurrent_refreshes_share_one_run() {
    let (pool, _) = support::fresh_database().await;
    demo(&pool).await;
    let refresher = Refresher::new(pool, "gold".into(), SnapshotStore::default());

    let (a, b, c) = tokio::join!(
        refresher.refresh(Trigger::Endpoint),
        refresher.refresh(Trigger::Endpoint),
        refresher.refresh(Trigger::Timer)
    );

    assert!(a.succeeded() && b.succeeded() && c.succeeded());
    assert_eq!(a.started_at, b.started_at);
    assert_eq!(a.started_at, c.started_at);
    assert_eq!(refresher.history().len(), 1);
}

/// `team_game_types` is read in whichever shape its columns have; a table of neither shape
/// counts as absent.
#[tokio::test]
async fn team_game_types_is_read_in_either_shape() {
    use app::gold::tables::TeamGameTypes;

    let (pool, _) = support::fresh_database().await;
    create_tables(&pool, "gold").await.expect("tables");
    let recreate = |columns: &'static str, rows: &'static str| {
        let pool = pool.clone();
        async move {
            for sql in [
                "DROP TABLE IF EXISTS gold.team_game_types".to_owned(),
                format!("CREATE TABLE gold.team_game_types ({columns})"),
                format!("INSERT INTO gold.team_game_types VALUES {rows}"),
            ] {
                sqlx::query(&sql).execute(&pool).await.expect("shape table");
            }
        }
    };

    recreate(
        "team text, outcome_wins_count bigint, outcome_losses_count bigint, \
         clutch_wins_count bigint, clutch_losses_count bigint, tenpt_wins_count bigint, \
         tenpt_losses_count bigint, blowout_wins_count bigint, blowout_losses_count bigint",
        "('BOS', 30, 12, 8, 6, 9, 3, 5, 0)",
    )
    .await;
    let (tables, report) = load(&pool, "gold").await.expect("load");
    assert!(matches!(&tables.team_game_types, TeamGameTypes::Wide(rows) if rows.len() == 1));
    assert_eq!(report.row_counts.get("team_game_types"), Some(&1));

    recreate(
        "team text, game_type text, season_type text, n bigint, pct_of_total numeric",
        "('BOS', 'Clutch Game', 'Regular Season', 14, 0.33), ('BOS', 'Blowout Game', 'Regular Season', 5, 0.12)",
    )
    .await;
    let (tables, _) = load(&pool, "gold").await.expect("load");
    assert!(matches!(&tables.team_game_types, TeamGameTypes::Long(rows) if rows.len() == 2));

    recreate("team text, wins bigint", "('BOS', 30)").await;
    let (tables, report) = load(&pool, "gold").await.expect("load");
    assert!(matches!(&tables.team_game_types, TeamGameTypes::Wide(rows) if rows.is_empty()));
    assert_eq!(report.row_counts.get("team_game_types"), Some(&0));
    assert!(report
        .unavailable
        .iter()
        .all(|u| u.table != "team_game_types"));
}

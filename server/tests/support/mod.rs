//! Shared helpers for integration tests: a fresh Postgres database for every test.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sqlx::postgres::PgPoolOptions;
use sqlx::{Connection, Executor, PgConnection, PgPool};

const DEFAULT_ADMIN_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const PREFIX: &str = "nba_test_";

/// Test databases older than this are leftovers of earlier runs and are dropped.
const STALE_AFTER: Duration = Duration::from_secs(3 * 60 * 60);

static COUNTER: AtomicU32 = AtomicU32::new(0);
static SWEPT: AtomicBool = AtomicBool::new(false);

/// The admin database tests create their databases from (`TEST_DATABASE_URL`).
pub fn admin_url() -> String {
    std::env::var("TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_ADMIN_URL.to_string())
}

/// Creates a uniquely named, empty database and returns a pool to it and its URL.
pub async fn fresh_database() -> (PgPool, String) {
    let admin_url = admin_url();
    let mut admin = PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("cannot reach the test Postgres at {admin_url}: {e}"));
    if !SWEPT.swap(true, Ordering::SeqCst) {
        drop_stale_databases(&mut admin).await;
    }

    let name = format!(
        "{PREFIX}{}_{}_{}",
        std::process::id(),
        now().as_nanos(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    admin
        .execute(format!("CREATE DATABASE \"{name}\"").as_str())
        .await
        .expect("create the test database");
    admin.close().await.ok();

    let url = with_database(&admin_url, &name);
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .connect(&url)
        .await
        .expect("connect to the test database");
    (pool, url)
}

fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// Replaces the database name in a Postgres URL, keeping any query string.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let authority_start = base.find("://").map_or(0, |i| i + 3);
    let root = match base[authority_start..].find('/') {
        Some(slash) => &base[..authority_start + slash],
        None => base,
    };
    match query {
        Some(query) => format!("{root}/{name}?{query}"),
        None => format!("{root}/{name}"),
    }
}

/// Best effort: drops test databases whose creation time (in their name) is long past, so
/// repeated runs do not pile up databases. Recent ones may belong to a run in progress.
async fn drop_stale_databases(admin: &mut PgConnection) {
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT datname::text FROM pg_database WHERE datname LIKE 'nba\\_test\\_%'",
    )
    .fetch_all(&mut *admin)
    .await
    .unwrap_or_default();
    let cutoff = now().saturating_sub(STALE_AFTER).as_nanos();
    for name in names {
        let created = name
            .strip_prefix(PREFIX)
            .and_then(|rest| rest.split('_').nth(1));
        if created
            .and_then(|nanos| nanos.parse::<u128>().ok())
            .is_some_and(|nanos| nanos < cutoff)
        {
            let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            admin.execute(sql.as_str()).await.ok();
        }
    }
}

#[test]
fn database_names_are_swapped_in_urls() {
    assert_eq!(
        with_database("postgres://u@h:5432/postgres", "x"),
        "postgres://u@h:5432/x"
    );
    assert_eq!(
        with_database("postgres://u@h/db?sslmode=disable", "x"),
        "postgres://u@h/x?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@h", "x"), "postgres://u@h/x");
}

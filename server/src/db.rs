//! The connection pool and the app's own migrations. The pool connects lazily, so the server
//! starts (and answers `/healthz`) even while the database is unreachable.

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

pub fn lazy_pool(database_url: &str) -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .acquire_timeout(Duration::from_secs(5))
        .connect_lazy(database_url)
}

/// Applies the migrations in `migrations/`. They create only app-owned objects, never
/// anything in the gold schema.
pub async fn migrate(pool: &PgPool) -> Result<(), sqlx::migrate::MigrateError> {
    sqlx::migrate!("../migrations").run(pool).await
}

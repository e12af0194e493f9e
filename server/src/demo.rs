//! Demo data: a deterministic simulated season written into the gold schema.
//!
//! [`simulate`] plays a season from a seed and a date, with no database. Each mart in
//! `demo/marts` derives one gold table from that season, so all tables agree with each other,
//! and [`install`] writes them in one transaction.

mod ddl;
mod format;
mod franchise;
mod games;
mod identity;
mod injury;
mod marts;
mod moves;
mod names;
mod odds;
mod pbp;
mod rng;
mod roster;
mod schedule;
mod season;
mod slate;
mod social;
mod table;
mod tally;
mod write;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sqlx::PgPool;

pub use franchise::Franchise;
pub use games::{Line, Outcome};
pub use injury::{Injury, Status};
pub use roster::{Player, Role};
pub use season::{simulate, Game, Season};

use marts::MARTS;
use table::{Row, TableSpec};
use tally::Summary;

/// What to install, and where.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    /// Target schema, created if missing (usually `gold`).
    pub schema: String,
    pub seed: u64,
    /// The simulated "today": games before it are played, games from it on are upcoming.
    pub today: NaiveDate,
    /// Drop and recreate the demo's tables even when they hold data.
    pub replace: bool,
    /// Dress last night's slate as playoff games: the `playoffs` flag on, series columns
    /// filled, and a Playoffs row in `player_stats` for everyone who played in it. The
    /// simulated games, and every Regular Season row, are the same either way.
    pub playoffs: bool,
}

/// What an install wrote: rows per table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoReport {
    pub schema: String,
    pub row_counts: BTreeMap<String, i64>,
}

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("schema {0} already holds data; pass --replace to overwrite it")]
    NotEmpty(String),
    #[error("{0:?} is not a usable schema name")]
    InvalidSchema(String),
    /// A mart produced rows that do not fit its table: a bug in the simulator.
    #[error("demo table {table} does not match its contract: {detail}")]
    Contract { table: &'static str, detail: String },
    #[error("database error while installing demo data: {0}")]
    Database(#[from] sqlx::Error),
}

/// The gold tables the demo creates and fills, in alphabetical order.
pub fn table_names() -> Vec<&'static str> {
    MARTS.iter().map(|mart| mart.spec.name).collect()
}

/// Simulates a season and writes every demo table into `options.schema`, all in one
/// transaction. Refuses a schema whose demo tables hold rows unless `options.replace`; other
/// tables in the schema are never touched.
#[tracing::instrument(
    skip_all,
    fields(schema = %options.schema, seed = options.seed, today = %options.today, playoffs = options.playoffs)
)]
pub async fn install(pool: &PgPool, options: &DemoOptions) -> Result<DemoReport, DemoError> {
    let schema = options.schema.as_str();
    // Postgres rejects empty identifiers and silently truncates names past 63 bytes.
    if schema.is_empty() || schema.len() > 63 {
        return Err(DemoError::InvalidSchema(schema.to_string()));
    }

    let mut season = simulate(options.seed, options.today);
    season.playoffs = options.playoffs;
    let tables = build_tables(&season)?;
    let specs: Vec<&TableSpec> = tables.iter().map(|(spec, _)| *spec).collect();

    let mut tx = pool.begin().await?;
    write::lock_schema(&mut tx, schema).await?;
    let filled = write::tables_with_rows(&mut tx, schema, &specs).await?;
    if !filled.is_empty() {
        if !options.replace {
            return Err(DemoError::NotEmpty(schema.to_string()));
        }
        tracing::info!(tables = ?filled, "replacing demo tables that hold data");
    }
    write::recreate(&mut tx, schema, &specs).await?;

    let mut row_counts = BTreeMap::new();
    for (spec, rows) in &tables {
        let written = write::insert(&mut tx, schema, spec, rows).await?;
        tracing::debug!(table = spec.name, rows = written, "demo table written");
        row_counts.insert(spec.name.to_string(), written as i64);
    }
    tx.commit().await?;

    tracing::info!(tables = row_counts.len(), "demo data installed");
    Ok(DemoReport {
        schema: schema.to_string(),
        row_counts,
    })
}

/// Creates the gold tables (empty) in `schema`; used by tests of the loader too. The schema
/// is created if missing; a table that already exists is an error.
pub async fn create_tables(pool: &PgPool, schema: &str) -> Result<(), sqlx::Error> {
    let specs: Vec<&TableSpec> = MARTS.iter().map(|mart| mart.spec).collect();
    let mut tx = pool.begin().await?;
    sqlx::query(&ddl::create_schema(schema))
        .execute(&mut *tx)
        .await?;
    for spec in specs {
        sqlx::query(&ddl::create_table(schema, spec))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await
}

/// Runs every mart over the season and checks each table against its contract.
fn build_tables(season: &Season) -> Result<Vec<(&'static TableSpec, Vec<Row>)>, DemoError> {
    let summary = Summary::new(season);
    MARTS
        .iter()
        .map(|mart| {
            let rows = (mart.build)(&summary);
            mart.spec
                .check(&rows)
                .map_err(|detail| DemoError::Contract {
                    table: mart.spec.name,
                    detail,
                })?;
            Ok((mart.spec, rows))
        })
        .collect()
}

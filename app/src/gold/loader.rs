//! Reads every gold table the app uses in one read-only REPEATABLE READ transaction.
//!
//! Missing tables and columns are found in the catalogue first, because a failing query would
//! abort the transaction; each read also runs under a savepoint, so a column whose values do
//! not cast (upstream type drift) costs only that table, never the refresh.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use sqlx::{PgConnection, PgPool, Postgres, Transaction};
use tracing::{debug, warn};

use super::tables::{
    GameTypesLong, GameTypesWide, GoldTable, Presence, TableDef, Tables, TeamGameTypes,
};

/// Tables larger than this are still read in full, with a warning.
pub const LARGE_TABLE_ROWS: usize = 100_000;

/// What one load produced besides the rows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LoadReport {
    /// Rows per table loaded; a missing optional table counts 0; unavailable ones are absent.
    pub row_counts: BTreeMap<String, i64>,
    /// Required tables that were missing, lacked a used column, or failed to read.
    pub unavailable: Vec<Unavailable>,
    /// Tables over [`LARGE_TABLE_ROWS`] rows.
    pub large: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unavailable {
    pub table: String,
    pub reason: String,
}

/// Quotes an identifier for SQL (the schema name comes from configuration).
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Table name → its column names, from `information_schema`.
type Catalogue = HashMap<String, BTreeSet<String>>;

async fn read_catalogue(conn: &mut PgConnection, schema: &str) -> Result<Catalogue, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, column_name::text FROM information_schema.columns \
         WHERE table_schema = $1",
    )
    .bind(schema)
    .fetch_all(&mut *conn)
    .await?;

    let mut catalogue = Catalogue::new();
    for (table, column) in rows {
        catalogue.entry(table).or_default().insert(column);
    }
    Ok(catalogue)
}

fn select_sql(schema: &str, def: &TableDef) -> String {
    let columns: Vec<String> = def
        .columns
        .iter()
        .map(|(name, ty)| {
            format!(
                "{}::{} AS {}",
                quote_ident(name),
                ty.cast(),
                quote_ident(name)
            )
        })
        .collect();
    format!(
        "SELECT {} FROM {}.{} ORDER BY {}",
        columns.join(", "),
        quote_ident(schema),
        quote_ident(def.name),
        def.order_by
    )
}

/// Reads one table, or records why it cannot be read.
async fn read_table<T: GoldTable>(
    tx: &mut Transaction<'_, Postgres>,
    schema: &str,
    catalogue: &Catalogue,
    report: &mut LoadReport,
) -> Result<Vec<T>, sqlx::Error> {
    let def = T::DEF;
    let mut unavailable = |reason: String| {
        warn!(table = def.name, %reason, "gold table unavailable for this snapshot");
        report.unavailable.push(Unavailable {
            table: def.name.to_owned(),
            reason,
        });
    };

    let Some(present) = catalogue.get(def.name) else {
        match def.presence {
            Presence::Optional => {
                report.row_counts.insert(def.name.to_owned(), 0);
            }
            Presence::Required => unavailable("table is missing".to_owned()),
        }
        return Ok(Vec::new());
    };
    let missing: Vec<&str> = def
        .columns
        .iter()
        .map(|(name, _)| *name)
        .filter(|name| !present.contains(*name))
        .collect();
    if !missing.is_empty() {
        unavailable(format!("missing column(s): {}", missing.join(", ")));
        return Ok(Vec::new());
    }

    sqlx::query("SAVEPOINT gold_read")
        .execute(&mut **tx)
        .await?;
    let rows = match sqlx::query_as::<_, T>(&select_sql(schema, &def))
        .fetch_all(&mut **tx)
        .await
    {
        Ok(rows) => rows,
        Err(sqlx::Error::Database(error)) => {
            sqlx::query("ROLLBACK TO SAVEPOINT gold_read")
                .execute(&mut **tx)
                .await?;
            unavailable(format!("read failed: {}", error.message()));
            return Ok(Vec::new());
        }
        Err(other) => return Err(other),
    };
    sqlx::query("RELEASE SAVEPOINT gold_read")
        .execute(&mut **tx)
        .await?;

    if rows.len() > LARGE_TABLE_ROWS {
        warn!(
            table = def.name,
            rows = rows.len(),
            "large gold table, loaded in full"
        );
        report.large.push(def.name.to_owned());
    }
    debug!(table = def.name, rows = rows.len(), "gold table read");
    report
        .row_counts
        .insert(def.name.to_owned(), rows.len() as i64);
    Ok(rows)
}

/// `team_game_types` exists upstream in two shapes; the columns present decide which one is
/// read. A table that matches neither counts as absent, like a missing optional table.
async fn read_game_types(
    tx: &mut Transaction<'_, Postgres>,
    schema: &str,
    catalogue: &Catalogue,
    report: &mut LoadReport,
) -> Result<TeamGameTypes, sqlx::Error> {
    let present = catalogue.get(GameTypesWide::DEF.name);
    let has_shape = |def: &TableDef| {
        present.is_some_and(|columns| def.columns.iter().all(|(name, _)| columns.contains(*name)))
    };
    if has_shape(&GameTypesWide::DEF) {
        return Ok(TeamGameTypes::Wide(
            read_table(tx, schema, catalogue, report).await?,
        ));
    }
    if has_shape(&GameTypesLong::DEF) {
        return Ok(TeamGameTypes::Long(
            read_table(tx, schema, catalogue, report).await?,
        ));
    }
    if present.is_some() {
        warn!(
            table = GameTypesWide::DEF.name,
            "table matches neither known shape; treated as absent"
        );
    }
    report
        .row_counts
        .insert(GameTypesWide::DEF.name.to_owned(), 0);
    Ok(TeamGameTypes::default())
}

/// Loads every table. Only connection and transaction failures are errors; a missing or
/// unreadable table is reported and left empty.
pub async fn load(pool: &PgPool, schema: &str) -> Result<(Tables, LoadReport), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        .execute(&mut *tx)
        .await?;

    let catalogue = read_catalogue(&mut tx, schema).await?;
    let mut report = LoadReport::default();
    let tables = Tables {
        bans: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        blown_leads: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        contract_value: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        feature_flags: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        game_types: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        injuries: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        injury_tracker: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        keywords: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        mov: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        odds_outcomes: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        opp_stats: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        past_schedule: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        pbp: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        player_stats: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        preseason: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        recent_players: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        recent_teams: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        reddit_comments: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        rolling: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        schedule: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        schedule_remaining: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        sentiment: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        social_aggs: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        standings: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        team_adv_stats: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        team_contracts: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        team_game_types: read_game_types(&mut tx, schema, &catalogue, &mut report).await?,
        team_ratings: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        tonight: read_table(&mut tx, schema, &catalogue, &mut report).await?,
        transactions: read_table(&mut tx, schema, &catalogue, &mut report).await?,
    };
    tx.commit().await?;

    Ok((tables, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gold::tables::Bans;

    #[test]
    fn identifiers_are_quoted() {
        assert_eq!(quote_ident("gold"), "\"gold\"");
        assert_eq!(quote_ident("we\"ird"), "\"we\"\"ird\"");
    }

    #[test]
    fn selects_named_casted_columns_in_contract_order_without_limit() {
        let sql = select_sql("gold", &Bans::DEF);
        assert!(sql.starts_with("SELECT \"upcoming_games\"::int8 AS \"upcoming_games\", "));
        assert!(sql.ends_with("FROM \"gold\".\"bans\" ORDER BY location DESC"));
        assert!(!sql.to_lowercase().contains("limit"));
        assert!(!sql.contains('*'));
    }
}

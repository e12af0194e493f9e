//! Writing the demo tables: find existing data, recreate the tables, bulk-insert the rows.

use chrono::{NaiveDate, NaiveDateTime};
use sqlx::PgConnection;

use super::ddl::{create_schema, create_table, drop_table, qualified, quote_ident};
use super::table::{Row, SqlType, TableSpec, Value};

/// Serialises installs into the same schema, so two concurrent runs cannot interleave.
pub async fn lock_schema(conn: &mut PgConnection, schema: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_advisory_xact_lock(hashtext('nba-demo-data:' || $1))")
        .bind(schema)
        .execute(&mut *conn)
        .await?;
    sqlx::query(&create_schema(schema))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The demo's tables that already exist in `schema` and hold at least one row.
pub async fn tables_with_rows(
    conn: &mut PgConnection,
    schema: &str,
    specs: &[&TableSpec],
) -> Result<Vec<String>, sqlx::Error> {
    let names: Vec<String> = specs.iter().map(|spec| spec.name.to_string()).collect();
    let existing: Vec<String> = sqlx::query_scalar(
        "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = $1 AND c.relname = ANY($2) AND c.relkind IN ('r', 'p') \
         ORDER BY c.relname",
    )
    .bind(schema)
    .bind(&names)
    .fetch_all(&mut *conn)
    .await?;

    let mut filled = Vec::new();
    for table in existing {
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM {})",
            qualified(schema, &table)
        );
        if sqlx::query_scalar::<_, bool>(&sql)
            .fetch_one(&mut *conn)
            .await?
        {
            filled.push(table);
        }
    }
    Ok(filled)
}

/// Drops (if present) and creates each table, leaving every other table in the schema alone.
pub async fn recreate(
    conn: &mut PgConnection,
    schema: &str,
    specs: &[&TableSpec],
) -> Result<(), sqlx::Error> {
    for spec in specs {
        sqlx::query(&drop_table(schema, spec))
            .execute(&mut *conn)
            .await?;
        sqlx::query(&create_table(schema, spec))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Inserts all rows in one statement: one array per column, zipped by `UNNEST`. Rows must
/// have passed [`TableSpec::check`]. Returns the number of rows written.
pub async fn insert(
    conn: &mut PgConnection,
    schema: &str,
    spec: &TableSpec,
    rows: &[Row],
) -> Result<u64, sqlx::Error> {
    if rows.is_empty() {
        return Ok(0);
    }
    let columns: Vec<_> = spec.inserted().collect();
    let names: Vec<String> = columns.iter().map(|c| quote_ident(c.name)).collect();
    let arrays: Vec<String> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| format!("${}::{}", i + 1, array_cast(c.ty)))
        .collect();
    let sql = format!(
        "INSERT INTO {} ({}) SELECT * FROM UNNEST({})",
        qualified(schema, spec.name),
        names.join(", "),
        arrays.join(", ")
    );

    let mut query = sqlx::query(&sql);
    for (index, column) in columns.iter().enumerate() {
        let cells = rows
            .iter()
            .map(|row| row.get(index).map_or(&Value::Null, |cell| &cell.1));
        query = match column.ty {
            SqlType::Text => query.bind(cells.map(as_text).collect::<Vec<_>>()),
            SqlType::Numeric => query.bind(cells.map(as_decimal).collect::<Vec<_>>()),
            SqlType::Integer => query.bind(
                cells
                    .map(|v| as_int(v).and_then(|i| i32::try_from(i).ok()))
                    .collect::<Vec<_>>(),
            ),
            SqlType::BigInt | SqlType::Serial => query.bind(cells.map(as_int).collect::<Vec<_>>()),
            SqlType::Double => query.bind(cells.map(as_float).collect::<Vec<_>>()),
            SqlType::Date => query.bind(cells.map(as_date).collect::<Vec<_>>()),
            SqlType::Timestamp => query.bind(cells.map(as_timestamp).collect::<Vec<_>>()),
        };
    }
    Ok(query.execute(&mut *conn).await?.rows_affected())
}

/// Numerics travel as exact decimal text and are cast in SQL, so no float rounding creeps in
/// (sqlx has no numeric type without an extra decimal crate).
fn array_cast(ty: SqlType) -> &'static str {
    match ty {
        SqlType::Text => "text[]",
        SqlType::Numeric => "text[]::numeric[]",
        SqlType::Integer => "int4[]",
        SqlType::BigInt | SqlType::Serial => "int8[]",
        SqlType::Double => "float8[]",
        SqlType::Date => "date[]",
        SqlType::Timestamp => "timestamp[]",
    }
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::Text(text) => Some(text.clone()),
        _ => None,
    }
}

fn as_decimal(value: &Value) -> Option<String> {
    match value {
        Value::Num { value, scale } => Some(format!("{value:.*}", usize::from(*scale))),
        _ => None,
    }
}

fn as_int(value: &Value) -> Option<i64> {
    match value {
        Value::Int(int) => Some(*int),
        _ => None,
    }
}

fn as_float(value: &Value) -> Option<f64> {
    match value {
        Value::Float(float) => Some(*float),
        _ => None,
    }
}

fn as_date(value: &Value) -> Option<NaiveDate> {
    match value {
        Value::Date(date) => Some(*date),
        _ => None,
    }
}

fn as_timestamp(value: &Value) -> Option<NaiveDateTime> {
    match value {
        Value::Timestamp(timestamp) => Some(*timestamp),
        _ => None,
    }
}

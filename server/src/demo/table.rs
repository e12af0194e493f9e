//! The shape of a gold table: its contract columns, and the labelled rows a mart builder produces.

use chrono::{NaiveDate, NaiveDateTime};

/// The Postgres types the gold contract uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SqlType {
    Text,
    Integer,
    BigInt,
    Numeric,
    Double,
    Date,
    Timestamp,
    /// Filled by Postgres; mart rows leave it out.
    Serial,
}

impl SqlType {
    pub fn ddl(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Integer => "integer",
            Self::BigInt => "bigint",
            Self::Numeric => "numeric",
            Self::Double => "double precision",
            Self::Date => "date",
            Self::Timestamp => "timestamp",
            Self::Serial => "serial",
        }
    }
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    pub ty: SqlType,
}

pub const fn col(name: &'static str, ty: SqlType) -> Column {
    Column { name, ty }
}

/// One gold table as the contract defines it.
#[derive(Debug)]
pub struct TableSpec {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// Table constraints; gold has none except on `feature_flags`.
    pub constraints: &'static [&'static str],
}

/// One cell. Numerics carry their scale so they are written as exact decimal text.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Text(String),
    Int(i64),
    Num { value: f64, scale: u8 },
    Float(f64),
    Date(NaiveDate),
    Timestamp(NaiveDateTime),
}

/// Every cell is labelled with its column name, so a builder that lists columns in the wrong
/// order is caught by [`TableSpec::check`] instead of silently swapping two columns.
pub type Row = Vec<(&'static str, Value)>;

pub fn text(value: impl Into<String>) -> Value {
    Value::Text(value.into())
}

pub fn int(value: impl Into<i64>) -> Value {
    Value::Int(value.into())
}

pub fn num(value: f64, scale: u8) -> Value {
    Value::Num { value, scale }
}

pub fn opt<T>(value: Option<T>, wrap: impl FnOnce(T) -> Value) -> Value {
    value.map_or(Value::Null, wrap)
}

impl TableSpec {
    /// The columns a row supplies, in order (serial columns are left to Postgres).
    pub fn inserted(&self) -> impl Iterator<Item = &Column> {
        self.columns
            .iter()
            .filter(|column| column.ty != SqlType::Serial)
    }

    /// Checks that every row names exactly the inserted columns, in order, with fitting values.
    pub fn check(&self, rows: &[Row]) -> Result<(), String> {
        let expected: Vec<&Column> = self.inserted().collect();
        for (index, row) in rows.iter().enumerate() {
            if row.len() != expected.len() {
                return Err(format!(
                    "row {index} has {} cells, not {}",
                    row.len(),
                    expected.len()
                ));
            }
            for ((name, value), column) in row.iter().zip(&expected) {
                if *name != column.name {
                    return Err(format!(
                        "row {index} has {name} where {} belongs",
                        column.name
                    ));
                }
                if !fits(value, column.ty) {
                    return Err(format!("row {index}: {value:?} does not fit column {name}"));
                }
            }
        }
        Ok(())
    }
}

fn fits(value: &Value, ty: SqlType) -> bool {
    match (value, ty) {
        (Value::Null, _) => true,
        (Value::Text(_), SqlType::Text) => true,
        (Value::Int(v), SqlType::Integer) => i32::try_from(*v).is_ok(),
        (Value::Int(_), SqlType::BigInt) => true,
        (Value::Num { value, .. }, SqlType::Numeric) => value.is_finite(),
        (Value::Float(v), SqlType::Double) => v.is_finite(),
        (Value::Date(_), SqlType::Date) => true,
        (Value::Timestamp(_), SqlType::Timestamp) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: TableSpec = TableSpec {
        name: "example",
        columns: &[
            col("id", SqlType::Serial),
            col("a", SqlType::Text),
            col("b", SqlType::Integer),
        ],
        constraints: &[],
    };

    #[test]
    fn check_accepts_matching_rows_and_skips_serial() {
        let rows = vec![
            vec![("a", text("x")), ("b", int(3))],
            vec![("a", Value::Null), ("b", int(0))],
        ];
        assert_eq!(SPEC.check(&rows), Ok(()));
    }

    #[test]
    fn check_rejects_swapped_missing_or_mistyped_cells() {
        assert!(SPEC
            .check(&[vec![("b", int(3)), ("a", text("x"))]])
            .is_err());
        assert!(SPEC.check(&[vec![("a", text("x"))]]).is_err());
        assert!(SPEC
            .check(&[vec![("a", text("x")), ("b", num(1.0, 1))]])
            .is_err());
        assert!(SPEC
            .check(&[vec![("a", text("x")), ("b", int(i64::MAX))]])
            .is_err());
    }
}

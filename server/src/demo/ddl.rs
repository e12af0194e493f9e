//! SQL text for the demo's tables: quoting, CREATE and DROP statements from the specs.

use super::table::TableSpec;

/// Quotes an SQL identifier: wrapped in double quotes, embedded quotes doubled.
pub fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// `"schema"."table"`.
pub fn qualified(schema: &str, table: &str) -> String {
    format!("{}.{}", quote_ident(schema), quote_ident(table))
}

pub fn create_schema(schema: &str) -> String {
    format!("CREATE SCHEMA IF NOT EXISTS {}", quote_ident(schema))
}

/// The contract's columns and types, and no other constraint than the spec's own: gold has no
/// keys or NOT NULLs except on `feature_flags`.
pub fn create_table(schema: &str, spec: &TableSpec) -> String {
    let columns = spec
        .columns
        .iter()
        .map(|column| format!("{} {}", quote_ident(column.name), column.ty.ddl()))
        .chain(
            spec.constraints
                .iter()
                .map(|constraint| (*constraint).to_string()),
        );
    let body: Vec<String> = columns.collect();
    format!(
        "CREATE TABLE {} ({})",
        qualified(schema, spec.name),
        body.join(", ")
    )
}

pub fn drop_table(schema: &str, spec: &TableSpec) -> String {
    format!("DROP TABLE IF EXISTS {}", qualified(schema, spec.name))
}

#[cfg(test)]
mod tests {
    use super::super::table::{col, SqlType};
    use super::*;

    #[test]
    fn identifiers_are_quoted_and_embedded_quotes_doubled() {
        assert_eq!(quote_ident("gold"), "\"gold\"");
        assert_eq!(quote_ident("we\"ird"), "\"we\"\"ird\"");
        assert_eq!(qualified("demo gold", "mov"), "\"demo gold\".\"mov\"");
    }

    #[test]
    fn create_table_lists_columns_then_constraints() {
        const SPEC: TableSpec = TableSpec {
            name: "flags",
            columns: &[col("id", SqlType::Serial), col("flag", SqlType::Text)],
            constraints: &["UNIQUE (flag)"],
        };
        assert_eq!(
            create_table("gold", &SPEC),
            "CREATE TABLE \"gold\".\"flags\" (\"id\" serial, \"flag\" text, UNIQUE (flag))"
        );
    }
}

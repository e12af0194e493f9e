//! `transactions`: the league's transaction wire, one dated sentence per row.

use super::super::moves::transactions as moves;
use super::super::table::{col, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::Summary;

pub const TRANSACTIONS: TableSpec = TableSpec {
    name: "transactions",
    columns: &[col("date", Date), col("transaction", Text)],
    constraints: &[],
};

pub fn transactions(summary: &Summary) -> Vec<Row> {
    moves(summary.season)
        .into_iter()
        .map(|entry| {
            vec![
                ("date", Value::Date(entry.date)),
                ("transaction", text(entry.text)),
            ]
        })
        .collect()
}

//! Reusable view pieces shared by pages.

pub mod badge;
pub mod chart;
pub mod charts;
pub mod data_table;
pub mod hero;
pub mod kpi;
pub mod load_error;
pub mod shell;

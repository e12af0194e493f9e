//! Reusable view pieces shared by pages.

pub mod badge;
pub mod chart;
pub mod charts;
pub mod controls;
pub mod data_table;
pub mod hero;
pub mod injury_list;
pub mod kpi;
pub mod load_error;
pub mod page_meta;
pub mod search;
pub mod shell;
pub mod stat_card;

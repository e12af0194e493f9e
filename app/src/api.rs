//! Server functions, grouped by page. Their bodies run only on the server.

pub mod about;
pub mod games;
pub mod overview;
pub mod players;
pub mod schedule;
pub mod shell;
pub mod social;
pub mod teams;

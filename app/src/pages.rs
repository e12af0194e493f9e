//! One module per route.

pub mod about;
pub mod games;
pub mod not_found;
pub mod overview;
pub mod player;
pub mod players;
pub mod schedule;
pub mod social;
pub mod team;
pub mod teams;

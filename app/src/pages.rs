//! One module per route.

pub mod games;
pub mod not_found;
pub mod overview;

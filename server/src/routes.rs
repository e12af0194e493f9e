//! HTTP routes besides the Leptos pages: the internal and operational endpoints, and the
//! middleware every page response passes through.

pub mod canonical;
pub mod downloads;
pub mod internal;
pub mod page_cache;
pub mod pages;
pub mod requests;

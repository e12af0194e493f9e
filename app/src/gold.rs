//! The in-memory snapshot of the upstream `gold` schema (server only): the typed tables, the
//! loader that reads them in one consistent transaction, and the data derived from them once
//! per refresh.

pub mod derive;
pub mod loader;
pub mod slug;
pub mod snapshot;
pub mod store;
pub mod tables;

pub use snapshot::Snapshot;
pub use store::SnapshotStore;

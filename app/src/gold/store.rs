//! Where requests find the current snapshot. A refresh swaps in a whole new one atomically.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::Snapshot;

#[derive(Clone)]
pub struct SnapshotStore {
    current: Arc<watch::Sender<Option<Arc<Snapshot>>>>,
}

impl Default for SnapshotStore {
    fn default() -> Self {
        Self {
            current: Arc::new(watch::Sender::new(None)),
        }
    }
}

impl SnapshotStore {
    pub fn current(&self) -> Option<Arc<Snapshot>> {
        self.current.borrow().clone()
    }

    pub fn replace(&self, snapshot: Snapshot) {
        self.current.send_replace(Some(Arc::new(snapshot)));
    }

    /// Waits up to `limit` for the first snapshot (cold start).
    pub async fn wait_for_first(&self, limit: Duration) -> Option<Arc<Snapshot>> {
        let mut receiver = self.current.subscribe();
        let loaded = tokio::time::timeout(limit, receiver.wait_for(Option::is_some)).await;
        match loaded {
            Ok(Ok(snapshot)) => snapshot.clone(),
            _ => None,
        }
    }
}

//! Reloading the gold snapshot: single-flight, timed, recorded in a short history, and never
//! replacing a good snapshot with a failed load.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use app::gold::{loader, Snapshot, SnapshotStore};
use chrono::{DateTime, Utc};
use futures::future::{BoxFuture, FutureExt, Shared};
use serde::Serialize;
use sqlx::PgPool;
use tracing::{error, info, info_span, Instrument};

/// How many attempts the in-memory history keeps.
const HISTORY_LEN: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trigger {
    Startup,
    Endpoint,
    Admin,
    Timer,
}

/// The result of one refresh, shared by every caller that waited for it.
#[derive(Debug, Clone, Serialize)]
pub struct RefreshOutcome {
    pub trigger: Trigger,
    pub started_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    pub duration_seconds: f64,
    pub row_counts: BTreeMap<String, i64>,
    /// `None` on success; otherwise the short error class and message, without credentials.
    pub error: Option<String>,
}

impl RefreshOutcome {
    pub fn succeeded(&self) -> bool {
        self.error.is_none()
    }
}

type InFlight = Shared<BoxFuture<'static, RefreshOutcome>>;

#[derive(Clone)]
pub struct Refresher {
    pool: PgPool,
    schema: String,
    store: SnapshotStore,
    in_flight: Arc<Mutex<Option<InFlight>>>,
    history: Arc<Mutex<VecDeque<RefreshOutcome>>>,
}

impl Refresher {
    pub fn new(pool: PgPool, schema: String, store: SnapshotStore) -> Self {
        Self {
            pool,
            schema,
            store,
            in_flight: Arc::default(),
            history: Arc::default(),
        }
    }

    pub fn store(&self) -> &SnapshotStore {
        &self.store
    }

    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// The most recent attempts, newest last.
    pub fn history(&self) -> Vec<RefreshOutcome> {
        self.history
            .lock()
            .map(|h| h.iter().cloned().collect())
            .unwrap_or_default()
    }

    /// Reloads the snapshot. A call that arrives while a refresh runs waits for that one and
    /// gets its result instead of starting another.
    pub async fn refresh(&self, trigger: Trigger) -> RefreshOutcome {
        let shared = {
            let Ok(mut slot) = self.in_flight.lock() else {
                return self.clone().run(trigger).await;
            };
            match slot.as_ref() {
                Some(running) => running.clone(),
                None => {
                    let this = self.clone();
                    // Spawned, so a caller that goes away does not cancel the refresh.
                    let task = tokio::spawn(async move { this.run(trigger).await });
                    let future = async move {
                        task.await.unwrap_or_else(|join_error| {
                            failure(trigger, Utc::now(), join_error.to_string())
                        })
                    }
                    .boxed()
                    .shared();
                    *slot = Some(future.clone());
                    future
                }
            }
        };

        let outcome = shared.clone().await;
        if let Ok(mut slot) = self.in_flight.lock() {
            if slot.as_ref().is_some_and(|running| running.ptr_eq(&shared)) {
                *slot = None;
            }
        }
        outcome
    }

    async fn run(self, trigger: Trigger) -> RefreshOutcome {
        let span = info_span!("refresh", ?trigger, schema = %self.schema);
        async move {
            let started_at = Utc::now();
            let clock = Instant::now();
            let outcome = match loader::load(&self.pool, &self.schema).await {
                Ok((tables, report)) => {
                    let duration = clock.elapsed();
                    let row_counts = report.row_counts.clone();
                    let refreshed_at = Utc::now();
                    let snapshot = Snapshot::build(tables, report, refreshed_at, duration);
                    self.store.replace(snapshot);
                    info!(seconds = duration.as_secs_f64(), tables = row_counts.len(), "snapshot refreshed");
                    RefreshOutcome {
                        trigger,
                        started_at,
                        finished_at: refreshed_at,
                        duration_seconds: round3(duration.as_secs_f64()),
                        row_counts,
                        error: None,
                    }
                }
                Err(load_error) => {
                    error!(error = %describe(&load_error), "refresh failed; keeping the previous snapshot");
                    failure(trigger, started_at, describe(&load_error))
                }
            };
            self.record(outcome.clone());
            outcome
        }
        .instrument(span)
        .await
    }

    fn record(&self, outcome: RefreshOutcome) {
        if let Ok(mut history) = self.history.lock() {
            if history.len() == HISTORY_LEN {
                history.pop_front();
            }
            history.push_back(outcome);
        }
    }
}

fn failure(trigger: Trigger, started_at: DateTime<Utc>, error: String) -> RefreshOutcome {
    let finished_at = Utc::now();
    let seconds = (finished_at - started_at).num_milliseconds() as f64 / 1000.0;
    RefreshOutcome {
        trigger,
        started_at,
        finished_at,
        duration_seconds: round3(seconds),
        row_counts: BTreeMap::new(),
        error: Some(error),
    }
}

pub fn round3(seconds: f64) -> f64 {
    (seconds * 1000.0).round() / 1000.0
}

/// A short class and message for a database error, never the connection string.
pub fn describe(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Database(db) => format!("DatabaseError: {}", db.message()),
        sqlx::Error::Io(io) => format!("ConnectionError: {}", io.kind()),
        sqlx::Error::PoolTimedOut => {
            "ConnectionError: timed out waiting for a connection".to_owned()
        }
        sqlx::Error::Tls(_) => "ConnectionError: TLS failure".to_owned(),
        sqlx::Error::Configuration(_) => "ConfigurationError: invalid database settings".to_owned(),
        other => format!(
            "DatabaseError: {}",
            other.to_string().lines().next().unwrap_or("unknown")
        ),
    }
}

/// Refreshes every `interval` until the process stops.
pub fn spawn_timer(refresher: Refresher, interval: std::time::Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(interval);
        ticker.tick().await;
        loop {
            ticker.tick().await;
            refresher.refresh(Trigger::Timer).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_round_to_milliseconds() {
        assert_eq!(round3(1.23456), 1.235);
        assert_eq!(round3(0.0004), 0.0);
    }
}

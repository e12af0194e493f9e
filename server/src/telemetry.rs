//! Logging: human-readable lines in development, JSON lines in production.

use tracing_subscriber::EnvFilter;

pub fn init(production: bool) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false);
    let result = if production {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
    // A second initialisation (tests) keeps the first subscriber.
    drop(result);
}

//! The `server` binary: `serve` (the default) runs the dashboard; `demo-data` fills the gold
//! schema with a simulated season; `migrate` applies the app's own migrations.

// Leptos view types nest deeply; erasing them everywhere would cost clarity.
#![recursion_limit = "256"]

use std::process::ExitCode;
use std::time::Duration;

use server::config::Config;
use server::demo::{DemoError, DemoOptions};
use server::refresh::{spawn_timer, Trigger};
use server::{db, router, server_state, telemetry};
use tokio::net::TcpListener;
use tracing::{error, info, warn};

/// How long in-flight requests may drain after SIGTERM or SIGINT.
const DRAIN_LIMIT: Duration = Duration::from_secs(10);

const USAGE: &str =
    "usage: server [serve | migrate | demo-data [--seed N] [--replace] [--if-empty] [--playoffs]]";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(problem) => {
            eprintln!("configuration error: {problem}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(config.production);

    let result = match args.first().map(String::as_str) {
        None | Some("serve") => serve(config).await,
        Some("migrate") => migrate(config).await,
        Some("demo-data") => demo_data(config, &args[1..]).await,
        Some(_) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            error!("{message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: Config) -> Result<(), String> {
    let pool = db::lazy_pool(&config.database_url).map_err(|e| format!("database URL: {e}"))?;
    let interval = config.refresh_interval;
    let address = config.site_addr;
    let state = server_state(config, pool);

    let refresher = state.refresher.clone();
    tokio::spawn(async move {
        if let Err(problem) = db::migrate(refresher.pool()).await {
            warn!(error = %problem, "migrations not applied");
        }
        refresher.refresh(Trigger::Startup).await;
        if let Some(interval) = interval {
            spawn_timer(refresher, interval);
        }
    });

    let listener = TcpListener::bind(address)
        .await
        .map_err(|e| format!("bind {address}: {e}"))?;
    info!(%address, "listening on http://{address}");
    let shutdown = std::sync::Arc::new(tokio::sync::Notify::new());
    let signalled = shutdown.clone();
    let server = axum::serve(listener, router(state)).with_graceful_shutdown(async move {
        wait_for_signal().await;
        info!("shutting down; draining in-flight requests");
        signalled.notify_waiters();
    });

    tokio::select! {
        served = server => served.map_err(|e| format!("server error: {e}")),
        () = async {
            shutdown.notified().await;
            tokio::time::sleep(DRAIN_LIMIT).await;
        } => {
            warn!("requests still open after the drain limit; exiting");
            Ok(())
        }
    }
}

async fn wait_for_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(signal) => signal,
                Err(_) => return std::future::pending().await,
            };
        tokio::select! {
            _ = interrupt => {},
            _ = terminate.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

async fn migrate(config: Config) -> Result<(), String> {
    let pool = db::lazy_pool(&config.database_url).map_err(|e| format!("database URL: {e}"))?;
    db::migrate(&pool)
        .await
        .map_err(|e| format!("migrations failed: {e}"))?;
    info!("migrations applied");
    Ok(())
}

async fn demo_data(config: Config, args: &[String]) -> Result<(), String> {
    let mut options = DemoOptions {
        schema: config.gold_schema.clone(),
        seed: 2030,
        today: config.today_override.unwrap_or_else(|| {
            chrono::Utc::now()
                .with_timezone(&config.league_tz)
                .date_naive()
        }),
        replace: false,
        playoffs: false,
    };
    let mut if_empty = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--replace" => options.replace = true,
            "--if-empty" => if_empty = true,
            "--playoffs" => options.playoffs = true,
            "--seed" => {
                let value = rest.next().ok_or(USAGE)?;
                options.seed = value
                    .parse()
                    .map_err(|_| format!("--seed takes a number, not {value:?}"))?;
            }
            other => return Err(format!("unknown option {other:?}\n{USAGE}")),
        }
    }

    let pool = db::lazy_pool(&config.database_url).map_err(|e| format!("database URL: {e}"))?;
    match server::demo::install(&pool, &options).await {
        Ok(report) => {
            info!(schema = %report.schema, tables = report.row_counts.len(), "demo data installed");
            for (table, rows) in &report.row_counts {
                info!(table = %table, rows, "demo table");
            }
            Ok(())
        }
        Err(DemoError::NotEmpty(schema)) if if_empty => {
            info!(%schema, "gold schema already holds data; leaving it as it is");
            Ok(())
        }
        Err(problem) => Err(format!("demo data: {problem}")),
    }
}

//! Data for the frame around every page.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::ShellData;

#[server(endpoint = "shell")]
pub async fn get_shell() -> Result<ShellData, AppError> {
    use crate::context::app_context;
    use crate::format::relative_time;
    use crate::model::Stamp;

    let context = app_context()?;
    let snapshot = context.snapshots.current();
    let now = chrono::Utc::now();
    Ok(ShellData {
        phase: snapshot
            .as_ref()
            .map_or("Off-season", |s| s.phase)
            .to_owned(),
        refreshed: snapshot.as_ref().map(|s| Stamp {
            iso: s
                .refreshed_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            text: s.refreshed_at.format("%A, %B %d %H:%M UTC").to_string(),
        }),
        refreshed_ago: snapshot
            .as_ref()
            .map(|s| relative_time((now - s.refreshed_at).num_seconds())),
        version: crate::version::version_string(),
        games: snapshot
            .as_ref()
            .map(|s| s.games.games.len())
            .filter(|count| *count > 0),
        tonight: snapshot
            .as_ref()
            .map(|s| s.tables.tonight.len())
            .filter(|count| *count > 0),
    })
}

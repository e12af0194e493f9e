//! The About page's live values: refresh and collection times, the slate and the version.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::about::AboutData;

#[server(endpoint = "about")]
pub async fn get_about() -> Result<AboutData, AppError> {
    use crate::gold::derive::utc_stamp;

    const WHEN: &str = "%A, %B %d %-I:%M %p";
    let context = crate::context::app_context()?;
    let snapshot = context.snapshots.current();
    Ok(AboutData {
        refreshed: snapshot
            .as_ref()
            .map(|s| utc_stamp(s.refreshed_at.naive_utc(), WHEN)),
        collected: snapshot.as_ref().and_then(|s| {
            let time = s.tables.bans.iter().filter_map(|b| b.scrape_time).max()?;
            Some(utc_stamp(time, WHEN))
        }),
        slate: snapshot
            .as_ref()
            .and_then(|s| s.games.slate.as_ref().map(|slate| slate.text.clone())),
        version: crate::version::version_string(),
        built: option_env!("BUILD_TIME")
            .filter(|t| !t.is_empty())
            .map(str::to_owned),
    })
}

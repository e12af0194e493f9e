//! The About page's live values.

use serde::{Deserialize, Serialize};

use super::Stamp;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AboutData {
    /// When this server last loaded the data; `None` before the first load.
    pub refreshed: Option<Stamp>,
    /// When upstream collected it (`bans.scrape_time`, UTC).
    pub collected: Option<Stamp>,
    /// The play-by-play slate date.
    pub slate: Option<String>,
    pub version: String,
    /// The build time (UTC), when the build recorded one.
    pub built: Option<String>,
}

//! Configuration from the environment (there is no configuration file, and no secret in the
//! repository).

use std::net::SocketAddr;
use std::time::Duration;

use chrono_tz::Tz;

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {reason}")]
    Invalid { name: &'static str, reason: String },
}

#[derive(Clone)]
pub struct Config {
    pub database_url: String,
    pub gold_schema: String,
    /// The shared secret of the internal endpoints; `None` when unset or empty.
    pub refresh_token: Option<String>,
    pub refresh_interval: Option<Duration>,
    pub league_tz: Tz,
    /// `LEAGUE_TODAY` (YYYY-MM-DD) pins "today" for demos and tests; unset in production.
    pub today_override: Option<chrono::NaiveDate>,
    pub production: bool,
    pub site_addr: SocketAddr,
    pub site_root: String,
}

impl std::fmt::Debug for Config {
    /// Never prints the database URL (it may carry a password) or the token.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("gold_schema", &self.gold_schema)
            .field("refresh_token_set", &self.refresh_token.is_some())
            .field("refresh_interval", &self.refresh_interval)
            .field("league_tz", &self.league_tz)
            .field("today_override", &self.today_override)
            .field("production", &self.production)
            .field("site_addr", &self.site_addr)
            .field("site_root", &self.site_root)
            .finish()
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

impl Config {
    pub fn from_env() -> Result<Self, ConfigError> {
        let invalid = |name: &'static str, reason: String| ConfigError::Invalid { name, reason };

        let league_tz = match var("LEAGUE_TZ") {
            Some(zone) => zone
                .parse::<Tz>()
                .map_err(|e| invalid("LEAGUE_TZ", e.to_string()))?,
            None => chrono_tz::America::New_York,
        };
        let refresh_interval = match var("DATA_REFRESH_INTERVAL_MINUTES") {
            Some(minutes) => {
                let minutes: u64 = minutes
                    .parse()
                    .map_err(|_| invalid("DATA_REFRESH_INTERVAL_MINUTES", minutes.clone()))?;
                (minutes > 0).then(|| Duration::from_secs(minutes * 60))
            }
            None => None,
        };
        let today_override = match var("LEAGUE_TODAY") {
            Some(day) => Some(
                day.parse()
                    .map_err(|_| invalid("LEAGUE_TODAY", day.clone()))?,
            ),
            None => None,
        };
        let site_addr = var("LEPTOS_SITE_ADDR").unwrap_or_else(|| "127.0.0.1:3000".to_owned());

        Ok(Self {
            database_url: var("DATABASE_URL")
                .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".to_owned()),
            gold_schema: var("GOLD_SCHEMA").unwrap_or_else(|| "gold".to_owned()),
            refresh_token: var("DATA_REFRESH_TOKEN"),
            refresh_interval,
            league_tz,
            today_override,
            production: var("APP_ENV").as_deref() == Some("production"),
            site_addr: site_addr
                .parse()
                .map_err(|_| invalid("LEPTOS_SITE_ADDR", site_addr))?,
            site_root: var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".to_owned()),
        })
    }
}

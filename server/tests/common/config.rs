//! The server configuration tests run with: a fixed "today" and no refresh timer.

use chrono::NaiveDate;
use server::config::Config;

pub fn config(database_url: &str, token: Option<&str>) -> Config {
    Config {
        database_url: database_url.to_owned(),
        gold_schema: "gold".into(),
        refresh_token: token.map(str::to_owned),
        refresh_interval: None,
        league_tz: chrono_tz::America::New_York,
        today_override: NaiveDate::from_ymd_opt(2030, 1, 15),
        production: false,
        site_addr: "127.0.0.1:0".parse().expect("address"),
        site_root: "target/site".into(),
    }
}

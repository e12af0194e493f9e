//! The build version shown in the footer and on About: "v0.1.0 (a1b2c3d)".

/// The first seven characters of `GIT_COMMIT` at build time, or "unknown".
pub fn commit() -> &'static str {
    match option_env!("GIT_COMMIT") {
        Some(commit) if !commit.is_empty() => commit.get(..7).unwrap_or(commit),
        _ => "unknown",
    }
}

pub fn version_string() -> String {
    format!("v{} ({})", env!("CARGO_PKG_VERSION"), commit())
}

//! Data derived from the gold tables once per snapshot, never per request.

pub mod games;
pub mod injuries;
pub mod kpis;
pub mod looks;
pub mod overview;
pub mod players;
pub mod schedule;
pub mod social;
pub mod teams;
pub mod transactions;

use chrono::NaiveDateTime;

use crate::model::{Stamp, TeamRef};
use crate::teams as registry;

/// Resolves the first identifier that names one of the 30 teams; otherwise keeps the first
/// non-empty raw value as plain text.
pub fn team_ref(candidates: &[Option<&str>], label_full_name: bool) -> TeamRef {
    let present: Vec<&str> = candidates
        .iter()
        .flatten()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    match present.iter().find_map(|raw| registry::resolve(raw)) {
        Some(team) => TeamRef {
            abbr: Some(team.abbr.to_owned()),
            label: if label_full_name {
                team.name
            } else {
                team.abbr
            }
            .to_owned(),
        },
        None => TeamRef {
            abbr: None,
            label: present.first().map_or("-", |s| s).to_owned(),
        },
    }
}

/// A naive upstream time, which the contract says is UTC.
pub fn utc_stamp(time: NaiveDateTime, pattern: &str) -> Stamp {
    Stamp {
        iso: time
            .and_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        text: time.format(pattern).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_refs_resolve_the_first_known_identifier() {
        let r = team_ref(&[Some("BRK"), Some("Brooklyn Nets")], false);
        assert_eq!((r.abbr.as_deref(), r.label.as_str()), (Some("BKN"), "BKN"));
        let r = team_ref(&[None, Some("boston celtics")], true);
        assert_eq!(
            (r.abbr.as_deref(), r.label.as_str()),
            (Some("BOS"), "Boston Celtics")
        );
        let r = team_ref(&[Some("FA"), None], false);
        assert_eq!((r.abbr, r.label.as_str()), (None, "FA"));
        assert_eq!(team_ref(&[None], false).label, "-");
    }
}

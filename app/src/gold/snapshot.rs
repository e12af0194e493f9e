//! One immutable snapshot: the gold tables plus everything derived from them.

use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::colour::TeamLook;
use crate::model::{OverviewData, ValuePoint};

use super::derive::{looks::team_looks, overview};
use super::loader::LoadReport;
use super::slug::SlugIndex;
use super::tables::{FeatureFlag, Tables};

#[derive(Debug, Clone)]
pub struct Snapshot {
    pub refreshed_at: DateTime<Utc>,
    pub duration: Duration,
    pub report: LoadReport,
    pub tables: Tables,
    pub looks: Vec<TeamLook>,
    pub slugs: SlugIndex,
    /// The Overview page without its date-dependent season choice.
    pub overview: OverviewData,
    /// The season-phase pill text.
    pub phase: &'static str,
}

impl Snapshot {
    /// Derives everything pages need, once.
    pub fn build(
        tables: Tables,
        report: LoadReport,
        refreshed_at: DateTime<Utc>,
        duration: Duration,
    ) -> Self {
        let looks = team_looks(&tables.team_adv_stats);
        let slugs =
            SlugIndex::build(tables.player_stats.iter().filter_map(|row| {
                Some((row.player.as_deref()?, row.team.as_deref().unwrap_or("")))
            }));
        let overview = overview::overview(&tables, looks.clone(), &slugs);
        let phase = season_phase(&tables.feature_flags);
        Self {
            refreshed_at,
            duration,
            report,
            tables,
            looks,
            slugs,
            overview,
            phase,
        }
    }

    pub fn value_points(&self, team: Option<&str>) -> Vec<ValuePoint> {
        overview::value_points(&self.tables, &self.slugs, team)
    }
}

/// A flag is on only when `is_enabled` holds the integer 1; missing, NULL or junk is off.
pub fn flag_enabled(flags: &[FeatureFlag], name: &str) -> bool {
    flags.iter().any(|row| {
        row.flag.as_deref().map(str::trim) == Some(name)
            && row
                .is_enabled
                .as_deref()
                .and_then(|v| v.trim().parse::<i64>().ok())
                == Some(1)
    })
}

pub fn season_phase(flags: &[FeatureFlag]) -> &'static str {
    if flag_enabled(flags, "playoffs") {
        "Playoffs"
    } else if flag_enabled(flags, "season") {
        "Regular season"
    } else {
        "Off-season"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(name: &str, value: Option<&str>) -> FeatureFlag {
        FeatureFlag {
            flag: Some(name.into()),
            is_enabled: value.map(Into::into),
        }
    }

    #[test]
    fn phase_pill_prefers_playoffs_then_season() {
        assert_eq!(season_phase(&[]), "Off-season");
        assert_eq!(season_phase(&[flag("season", Some("1"))]), "Regular season");
        assert_eq!(
            season_phase(&[flag("season", Some("1")), flag("playoffs", Some("1"))]),
            "Playoffs"
        );
        assert_eq!(
            season_phase(&[flag("season", Some("yes")), flag("playoffs", None)]),
            "Off-season"
        );
    }
}

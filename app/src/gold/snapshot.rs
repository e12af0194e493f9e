//! One immutable snapshot: the gold tables plus everything derived from them.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::colour::TeamLook;
use crate::model::games::{GamePlot, GamesData};
use crate::model::schedule::{AnalysisChart, AnalysisKind, ScheduleData};
use crate::model::teams::{TeamPageData, TeamsIndex};
use crate::model::{OverviewData, ValuePoint};
use crate::season::SeasonChoice;

use super::derive::players::PlayerDirectory;
use super::derive::schedule::schedule;
use super::derive::social::{social, SocialSnapshot};
use super::derive::teams::{team_pages, teams_index};
use super::derive::{games::games, looks::team_looks, overview};
use super::loader::LoadReport;
use super::slug::SlugIndex;
use super::tables::{FeatureFlag, Tables};

#[derive(Debug)]
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
    /// The Games page: the slate, its cards and the top player lines.
    pub games: Arc<GamesData>,
    /// Each slate game's chart data, by slug.
    pub plots: HashMap<String, GamePlot>,
    /// The Teams index.
    pub teams: Arc<TeamsIndex>,
    /// Every team's page, by abbreviation.
    pub team_pages: BTreeMap<&'static str, Arc<TeamPageData>>,
    /// The player universe: index rows, player pages and shared slugs.
    pub players: PlayerDirectory,
    /// The Schedule page: tonight's cards and the remaining schedule.
    pub schedule: Arc<ScheduleData>,
    /// The Schedule page's analysis charts, by kind.
    pub analysis: HashMap<AnalysisKind, AnalysisChart>,
    /// The Social page's cards, charts, timelines and table rows.
    pub social: SocialSnapshot,
    /// The Overview completed for the last date asked, so requests share one copy per day.
    dated_overview: Mutex<Option<(NaiveDate, Arc<OverviewData>)>>,
}

impl Snapshot {
    /// Derives everything pages need, once.
    pub fn build(
        tables: Tables,
        report: LoadReport,
        refreshed_at: DateTime<Utc>,
        duration: Duration,
    ) -> Self {
        let looks = team_looks(&tables.team_adv_stats, &tables.pbp);
        let slugs =
            SlugIndex::build(tables.player_stats.iter().filter_map(|row| {
                Some((row.player.as_deref()?, row.team.as_deref().unwrap_or("")))
            }));
        let overview = overview::overview(&tables, looks.clone(), &slugs);
        let phase = season_phase(&tables.feature_flags);
        let playoffs = flag_enabled(&tables.feature_flags, "playoffs");
        let (games, plots) = games(&tables, &looks, &slugs, playoffs);
        let plots = plots
            .into_iter()
            .map(|plot| (plot.slug.clone(), plot))
            .collect();
        let teams = Arc::new(teams_index(&tables, &looks));
        let team_pages = team_pages(&tables, &looks, &slugs, &games);
        let players = PlayerDirectory::build(&tables, &slugs, &looks, &games, overview.league_ts);
        let (schedule, analysis) = schedule(&tables, playoffs);
        let social = social(&tables);
        Self {
            refreshed_at,
            duration,
            report,
            tables,
            looks,
            slugs,
            overview,
            phase,
            games: Arc::new(games),
            plots,
            teams,
            team_pages,
            players,
            schedule: Arc::new(schedule),
            analysis,
            social,
            dated_overview: Mutex::new(None),
        }
    }

    /// The Overview as of `today`: its season control depends on the date.
    pub fn overview_on(&self, today: NaiveDate) -> Arc<OverviewData> {
        let dated = || {
            let mut data = self.overview.clone();
            data.season = SeasonChoice::for_date(today.month(), today.day());
            Arc::new(data)
        };
        let Ok(mut memo) = self.dated_overview.lock() else {
            return dated();
        };
        match memo.as_ref() {
            Some((date, data)) if *date == today => Arc::clone(data),
            _ => {
                let data = dated();
                *memo = Some((today, Arc::clone(&data)));
                data
            }
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
    fn the_dated_overview_follows_the_date_and_is_shared_within_it() {
        let snapshot = Snapshot::build(
            Tables::default(),
            LoadReport::default(),
            Utc::now(),
            Duration::ZERO,
        );
        let day = |m, d| NaiveDate::from_ymd_opt(2030, m, d).unwrap_or_default();
        let may = snapshot.overview_on(day(5, 1));
        assert!(may.season.date_dependent);
        assert!(Arc::ptr_eq(&may, &snapshot.overview_on(day(5, 1))));
        assert!(!snapshot.overview_on(day(12, 3)).season.date_dependent);
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

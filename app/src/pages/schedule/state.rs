//! The Schedule page's URL state: the view (`view=tonight|full`), the analysis chart
//! (`chart=…`) and the full schedule table's sort and page, written back canonically.

use crate::model::schedule::AnalysisKind;
use crate::table::{Column, Dir, Kind, TableSpec, TableState};
use crate::url::{build_query, query_value};

pub const FULL: TableSpec = TableSpec {
    key: "full",
    columns: &[
        Column {
            id: "game_date",
            header: "Date",
            kind: Kind::Text,
        },
        Column {
            id: "start_time",
            header: "Start Time (ET)",
            kind: Kind::Code,
        },
        Column {
            id: "home_team",
            header: "Home Team",
            kind: Kind::Text,
        },
        Column {
            id: "away_team",
            header: "Road Team",
            kind: Kind::Text,
        },
        Column {
            id: "avg_team_rank",
            header: "Average Team Rank",
            kind: Kind::Rank,
        },
    ],
    default_sort: "game_date",
    default_dir: Dir::Asc,
    page_size: 15,
};

const KNOWN_PARAMS: [&str; 5] = ["view", "chart", "full_sort", "full_dir", "full_page"];

/// Which list the GAMES & ODDS panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Tonight,
    Full,
}

impl View {
    pub fn param(self) -> &'static str {
        match self {
            Self::Tonight => "tonight",
            Self::Full => "full",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Tonight => "Tonight's Games",
            Self::Full => "Full Schedule",
        }
    }

    fn from_param(value: &str) -> Option<Self> {
        [Self::Tonight, Self::Full]
            .into_iter()
            .find(|view| view.param() == value)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScheduleState {
    pub view: View,
    pub chart: AnalysisKind,
    pub full: TableState,
}

impl ScheduleState {
    /// Reads the state for a schedule of `rows` remaining games; the flag is true when a
    /// value was invalid and fell back to its default.
    pub fn parse(pairs: &[(String, String)], rows: usize) -> (Self, bool) {
        let get = |name: &str| query_value(pairs, name);
        let mut invalid = false;
        let view = get("view").map_or(View::Tonight, |raw| {
            View::from_param(raw).unwrap_or_else(|| {
                invalid = true;
                View::Tonight
            })
        });
        let chart = get("chart").map_or(AnalysisKind::StrengthOfSchedule, |raw| {
            AnalysisKind::from_param(raw).unwrap_or_else(|| {
                invalid = true;
                AnalysisKind::StrengthOfSchedule
            })
        });
        let (full, bad) = TableState::parse(&FULL, rows, get);
        (Self { view, chart, full }, invalid || bad)
    }

    pub fn params(&self) -> Vec<(String, String)> {
        let mut params = Vec::new();
        if self.view != View::Tonight {
            params.push(("view".to_owned(), self.view.param().to_owned()));
        }
        if self.chart != AnalysisKind::StrengthOfSchedule {
            params.push(("chart".to_owned(), self.chart.param().to_owned()));
        }
        params.extend(self.full.params(&FULL));
        params
    }

    pub fn href(&self) -> String {
        format!("/schedule{}", build_query(&self.params()))
    }

    pub fn needs_redirect(&self, raw: &[(String, String)], invalid: bool) -> bool {
        invalid
            || raw
                .iter()
                .any(|(name, _)| !KNOWN_PARAMS.contains(&name.as_str()))
            || raw != self.params().as_slice()
    }

    pub fn with_view(&self, view: View) -> Self {
        Self {
            view,
            ..self.clone()
        }
    }

    pub fn with_chart(&self, chart: AnalysisKind) -> Self {
        Self {
            chart,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &[(&str, &str)]) -> (ScheduleState, bool) {
        let raw: Vec<(String, String)> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (state, invalid) = ScheduleState::parse(&raw, 40);
        let redirect = state.needs_redirect(&raw, invalid);
        (state, redirect)
    }

    #[test]
    fn canonical_urls_round_trip() {
        let (state, redirect) = check(&[("view", "full"), ("chart", "spread"), ("full_page", "3")]);
        assert!(!redirect);
        assert_eq!(state.href(), "/schedule?view=full&chart=spread&full_page=3");
        assert_eq!(check(&[]).0.href(), "/schedule");
        assert_eq!(
            check(&[])
                .0
                .with_chart(AnalysisKind::GameTypes)
                .with_view(View::Full)
                .href(),
            "/schedule?view=full&chart=game-types"
        );
    }

    #[test]
    fn unknown_and_default_values_redirect() {
        for query in [
            vec![("chart", "pie")],
            vec![("chart", "strength-of-schedule")],
            vec![("view", "tonight")],
            vec![("view", "week")],
            vec![("full_page", "4")],
            vec![("chart", "spread"), ("view", "full")],
            vec![("x", "1")],
        ] {
            assert!(check(&query).1, "{query:?} should redirect");
        }
    }
}

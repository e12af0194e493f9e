//! Season types and the date window in which the Playoffs option is offered.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SeasonType {
    Regular,
    Playoffs,
}

impl SeasonType {
    /// The URL value.
    pub fn param(self) -> &'static str {
        match self {
            Self::Regular => "regular",
            Self::Playoffs => "playoffs",
        }
    }

    pub fn from_param(value: &str) -> Option<Self> {
        match value {
            "regular" => Some(Self::Regular),
            "playoffs" => Some(Self::Playoffs),
            _ => None,
        }
    }

    /// The label shown in controls.
    pub fn label(self) -> &'static str {
        match self {
            Self::Regular => "Regular Season",
            Self::Playoffs => "Playoffs",
        }
    }

    /// The spelling gold uses in `season_type` columns.
    pub fn from_gold(value: &str) -> Option<Self> {
        match value.trim() {
            "Regular Season" => Some(Self::Regular),
            "Playoffs" => Some(Self::Playoffs),
            _ => None,
        }
    }
}

/// Which season types a season control offers today, and which one it shows by default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeasonChoice {
    pub offered: Vec<SeasonType>,
    pub default: SeasonType,
    /// True when the default depends on the date, so links must carry it explicitly.
    pub date_dependent: bool,
}

impl SeasonChoice {
    /// Between Apr 15 and Jun 30 inclusive (league time zone) both types are offered and
    /// Playoffs is the default; otherwise only the regular season is.
    pub fn for_date(month: u32, day: u32) -> Self {
        let in_window = (month == 4 && day >= 15) || month == 5 || month == 6;
        if in_window {
            Self {
                offered: vec![SeasonType::Regular, SeasonType::Playoffs],
                default: SeasonType::Playoffs,
                date_dependent: true,
            }
        } else {
            Self {
                offered: vec![SeasonType::Regular],
                default: SeasonType::Regular,
                date_dependent: false,
            }
        }
    }

    /// Resolves an explicit request. Playoffs outside the window is honoured (and then
    /// offered) only when there are Playoffs rows to show; anything else falls back.
    pub fn resolve(
        &self,
        requested: Option<SeasonType>,
        has_playoff_rows: bool,
    ) -> Option<SeasonType> {
        let requested = requested?;
        if self.offered.contains(&requested) {
            return Some(requested);
        }
        (requested == SeasonType::Playoffs && has_playoff_rows).then_some(requested)
    }

    /// The options a control lists when `selected` is shown.
    pub fn options_for(&self, selected: SeasonType) -> Vec<SeasonType> {
        let mut options = self.offered.clone();
        if !options.contains(&selected) {
            options.push(selected);
        }
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playoffs_window_runs_from_april_15_to_june_30() {
        let apr14 = SeasonChoice::for_date(4, 14);
        assert_eq!(apr14.offered, vec![SeasonType::Regular]);
        assert_eq!(apr14.default, SeasonType::Regular);

        for (month, day) in [(4, 15), (5, 20), (6, 30)] {
            let choice = SeasonChoice::for_date(month, day);
            assert_eq!(
                choice.offered,
                vec![SeasonType::Regular, SeasonType::Playoffs]
            );
            assert_eq!(choice.default, SeasonType::Playoffs);
            assert!(choice.date_dependent);
        }

        assert_eq!(
            SeasonChoice::for_date(7, 1).offered,
            vec![SeasonType::Regular]
        );
    }

    #[test]
    fn explicit_playoffs_outside_window_needs_playoff_rows() {
        let december = SeasonChoice::for_date(12, 3);
        assert_eq!(december.resolve(Some(SeasonType::Playoffs), false), None);
        assert_eq!(
            december.resolve(Some(SeasonType::Playoffs), true),
            Some(SeasonType::Playoffs)
        );
        assert_eq!(
            december.resolve(Some(SeasonType::Regular), false),
            Some(SeasonType::Regular)
        );
        assert_eq!(december.resolve(None, true), None);
    }
}

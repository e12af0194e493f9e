//! The league's 30 teams: the reference table every identifier in gold is resolved against.
//!
//! Gold mixes three-letter codes, historical aliases and full names; the registry turns any of
//! them into one canonical abbreviation, and never outputs an alias.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Conference {
    East,
    West,
}

impl Conference {
    /// Accepts both spellings gold uses (`Eastern`/`Western` and `East`/`West`).
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "east" | "eastern" => Some(Self::East),
            "west" | "western" => Some(Self::West),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::East => "Eastern Conference",
            Self::West => "Western Conference",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Team {
    pub abbr: &'static str,
    pub name: &'static str,
    pub conference: Conference,
}

const fn team(abbr: &'static str, name: &'static str, conference: Conference) -> Team {
    Team {
        abbr,
        name,
        conference,
    }
}

use Conference::{East, West};

/// Sorted by abbreviation, so lookups can binary-search.
pub const TEAMS: [Team; 30] = [
    team("ATL", "Atlanta Hawks", East),
    team("BKN", "Brooklyn Nets", East),
    team("BOS", "Boston Celtics", East),
    team("CHA", "Charlotte Hornets", East),
    team("CHI", "Chicago Bulls", East),
    team("CLE", "Cleveland Cavaliers", East),
    team("DAL", "Dallas Mavericks", West),
    team("DEN", "Denver Nuggets", West),
    team("DET", "Detroit Pistons", East),
    team("GSW", "Golden State Warriors", West),
    team("HOU", "Houston Rockets", West),
    team("IND", "Indiana Pacers", East),
    team("LAC", "Los Angeles Clippers", West),
    team("LAL", "Los Angeles Lakers", West),
    team("MEM", "Memphis Grizzlies", West),
    team("MIA", "Miami Heat", East),
    team("MIL", "Milwaukee Bucks", East),
    team("MIN", "Minnesota Timberwolves", West),
    team("NOP", "New Orleans Pelicans", West),
    team("NYK", "New York Knicks", East),
    team("OKC", "Oklahoma City Thunder", West),
    team("ORL", "Orlando Magic", East),
    team("PHI", "Philadelphia 76ers", East),
    team("PHX", "Phoenix Suns", West),
    team("POR", "Portland Trail Blazers", West),
    team("SAC", "Sacramento Kings", West),
    team("SAS", "San Antonio Spurs", West),
    team("TOR", "Toronto Raptors", East),
    team("UTA", "Utah Jazz", West),
    team("WAS", "Washington Wizards", East),
];

/// Input-only spellings that resolve to a canonical abbreviation.
const ABBR_ALIASES: [(&str, &str); 10] = [
    ("BRK", "BKN"),
    ("CHO", "CHA"),
    ("PHO", "PHX"),
    ("GS", "GSW"),
    ("NO", "NOP"),
    ("NOR", "NOP"),
    ("NY", "NYK"),
    ("SA", "SAS"),
    ("UTAH", "UTA"),
    ("WSH", "WAS"),
];

const NAME_ALIASES: [(&str, &str); 1] = [("la clippers", "LAC")];

/// The lower-case full-name aliases of a team ("la clippers" for LAC), for matching free text.
pub fn name_aliases(abbr: &str) -> Vec<&'static str> {
    NAME_ALIASES
        .iter()
        .filter(|(_, canonical)| *canonical == abbr)
        .map(|(alias, _)| *alias)
        .collect()
}

/// Looks up a canonical abbreviation exactly (upper case).
pub fn by_abbr(abbr: &str) -> Option<&'static Team> {
    TEAMS
        .binary_search_by(|t| t.abbr.cmp(abbr))
        .ok()
        .map(|i| &TEAMS[i])
}

/// Resolves any identifier gold or a URL may carry: an abbreviation in any case, an alias, a
/// full name in any case, or a full-name alias. `None` means "show the raw value as text".
pub fn resolve(raw: &str) -> Option<&'static Team> {
    let trimmed = raw.trim();
    let upper = trimmed.to_ascii_uppercase();
    if let Some(team) = by_abbr(&upper) {
        return Some(team);
    }
    if let Some((_, canonical)) = ABBR_ALIASES.iter().find(|(alias, _)| *alias == upper) {
        return by_abbr(canonical);
    }
    let lower = trimmed.to_lowercase();
    if let Some(team) = TEAMS.iter().find(|t| t.name.to_lowercase() == lower) {
        return Some(team);
    }
    NAME_ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .and_then(|(_, canonical)| by_abbr(canonical))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(TEAMS.windows(2).all(|w| w[0].abbr < w[1].abbr));
    }

    #[test]
    fn resolves_codes_aliases_and_names_in_any_case() {
        assert_eq!(resolve("bos").map(|t| t.abbr), Some("BOS"));
        assert_eq!(resolve(" BRK ").map(|t| t.abbr), Some("BKN"));
        assert_eq!(resolve("utah").map(|t| t.abbr), Some("UTA"));
        assert_eq!(resolve("boston celtics").map(|t| t.abbr), Some("BOS"));
        assert_eq!(resolve("LA Clippers").map(|t| t.abbr), Some("LAC"));
        assert_eq!(resolve("XYZ"), None);
        assert_eq!(resolve(""), None);
    }

    #[test]
    fn conference_spellings_normalise() {
        assert_eq!(Conference::parse("Eastern"), Some(East));
        assert_eq!(Conference::parse("West"), Some(West));
        assert_eq!(Conference::parse("North"), None);
    }
}

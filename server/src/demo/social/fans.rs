//! Who comments on the simulated r/nba: invented handles, each with one user flair (a team
//! nickname, a defunct team, or none), and how much attention each team draws.

use std::collections::BTreeSet;

use super::super::rng::Rng;
use super::super::season::Season;

/// The nickname fans use as their flair, by abbreviation.
const NICKNAMES: [(&str, &str); 30] = [
    ("ATL", "Hawks"),
    ("BKN", "Nets"),
    ("BOS", "Celtics"),
    ("CHA", "Hornets"),
    ("CHI", "Bulls"),
    ("CLE", "Cavaliers"),
    ("DAL", "Mavericks"),
    ("DEN", "Nuggets"),
    ("DET", "Pistons"),
    ("GSW", "Warriors"),
    ("HOU", "Rockets"),
    ("IND", "Pacers"),
    ("LAC", "Clippers"),
    ("LAL", "Lakers"),
    ("MEM", "Grizzlies"),
    ("MIA", "Heat"),
    ("MIL", "Bucks"),
    ("MIN", "Timberwolves"),
    ("NOP", "Pelicans"),
    ("NYK", "Knicks"),
    ("OKC", "Thunder"),
    ("ORL", "Magic"),
    ("PHI", "76ers"),
    ("PHX", "Suns"),
    ("POR", "Trail Blazers"),
    ("SAC", "Kings"),
    ("SAS", "Spurs"),
    ("TOR", "Raptors"),
    ("UTA", "Jazz"),
    ("WAS", "Wizards"),
];

/// Flairs of teams that no longer exist: free text the app must not map to a team.
const DEFUNCT: [&str; 3] = ["SuperSonics", "Bobcats", "Bullets"];

/// Big markets draw more comments than their record alone would.
const MARKET: [(&str, f64); 8] = [
    ("LAL", 3.0),
    ("GSW", 2.5),
    ("BOS", 2.3),
    ("NYK", 2.2),
    ("PHI", 1.7),
    ("MIA", 1.5),
    ("CHI", 1.5),
    ("DAL", 1.4),
];

const HANDLE_HEADS: [&str; 20] = [
    "Baseline",
    "Stepback",
    "Corner",
    "Fadeaway",
    "Hardwood",
    "Paint",
    "Glass",
    "Buzzer",
    "Lob",
    "Hook",
    "Pivot",
    "Splash",
    "Bench",
    "Sixth",
    "Euro",
    "Floater",
    "Putback",
    "Halfcourt",
    "Rim",
    "Transition",
];

const HANDLE_TAILS: [&str; 16] = [
    "Bandit",
    "Prophet",
    "Enjoyer",
    "Truther",
    "Merchant",
    "Scholar",
    "Goblin",
    "Poet",
    "Wizard",
    "Hermit",
    "Doctor",
    "Alchemist",
    "Skeptic",
    "Gremlin",
    "Oracle",
    "Tourist",
];

pub fn nickname(abbr: &str) -> &'static str {
    NICKNAMES
        .iter()
        .find(|(code, _)| *code == abbr)
        .map_or("Fans", |(_, nickname)| nickname)
}

/// The team a flair names, as upstream maps it: the trimmed nickname, exactly.
pub fn flair_team(season: &Season, flair: &str) -> Option<usize> {
    let flair = flair.trim();
    season
        .teams
        .iter()
        .position(|team| nickname(team.abbr) == flair)
}

/// Relative attention per team: market size, a per-seed mood, and a bonus for winning.
pub fn popularity(season: &Season, win_pct: &[Option<f64>]) -> Vec<f64> {
    let mut rng = Rng::new(season.seed).fork("fandom");
    season
        .teams
        .iter()
        .zip(win_pct)
        .map(|(team, pct)| {
            let market = MARKET
                .iter()
                .find(|(code, _)| *code == team.abbr)
                .map_or(1.0, |(_, weight)| *weight);
            market * rng.range(0.75, 1.25) * (0.8 + 0.4 * pct.unwrap_or(0.5))
        })
        .collect()
}

/// One commenter: an invented handle, a flair as stored, and how often they post.
#[derive(Debug, Clone)]
pub struct Fan {
    pub handle: String,
    /// `None` for no flair; `Some("")` when the user cleared theirs.
    pub flair: Option<String>,
    pub team: Option<usize>,
    pub activity: f64,
}

/// The commenters: most flaired with a team (a few with stray spaces around it), some with
/// no flair or an empty one, a few with a defunct team.
pub fn fans(rng: &mut Rng, season: &Season, popularity: &[f64], count: usize) -> Vec<Fan> {
    let mut taken = BTreeSet::new();
    let total: f64 = popularity.iter().sum();
    (0..count)
        .map(|rank| {
            let handle = handle(rng, &mut taken);
            let draw = rng.unit();
            let (flair, team) = if draw < 0.2 {
                (None, None)
            } else if draw < 0.26 {
                (Some(String::new()), None)
            } else if draw < 0.28 {
                (Some(rng.pick(&DEFUNCT).to_string()), None)
            } else {
                let team = weighted(rng, popularity, total);
                let name = nickname(season.teams[team].abbr);
                let flair = match rng.below(40) {
                    0 => format!(" {name}"),
                    1 => format!("{name} "),
                    _ => name.to_string(),
                };
                // Counted for the team its flair maps to, as upstream counts it.
                let mapped = flair_team(season, &flair);
                (Some(flair), mapped)
            };
            Fan {
                handle,
                flair,
                team,
                // A few regulars write much of the thread, as on any forum.
                activity: 1.0 / (rank as f64 + 8.0),
            }
        })
        .collect()
}

/// An index drawn in proportion to `weights` (which sum to `total`).
pub fn weighted(rng: &mut Rng, weights: &[f64], total: f64) -> usize {
    let mut target = rng.unit() * total;
    for (index, weight) in weights.iter().enumerate() {
        if target < *weight {
            return index;
        }
        target -= weight;
    }
    weights.len().saturating_sub(1)
}

/// A unique invented handle in one of the shapes forum names take.
fn handle(rng: &mut Rng, taken: &mut BTreeSet<String>) -> String {
    loop {
        let head = *rng.pick(&HANDLE_HEADS);
        let tail = *rng.pick(&HANDLE_TAILS);
        let number = rng.between(2, 9_999);
        let handle = match rng.below(4) {
            0 => format!("{head}{tail}{number}"),
            1 => format!("{}_{}_{number}", head.to_lowercase(), tail.to_lowercase()),
            2 => format!("throwaway_{}{number}", tail.to_lowercase()),
            _ => format!("{head}-{tail}"),
        };
        if taken.insert(handle.clone()) {
            return handle;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_team_has_a_nickname_that_maps_back() {
        let today = chrono::NaiveDate::from_ymd_opt(2025, 1, 10).expect("valid test date");
        let season = super::super::super::season::simulate(3, today);
        assert_eq!(season.teams.len(), 30);
        for (index, team) in season.teams.iter().enumerate() {
            let name = nickname(team.abbr);
            assert_ne!(name, "Fans", "{}", team.abbr);
            assert_eq!(flair_team(&season, &format!(" {name} ")), Some(index));
        }
        assert_eq!(flair_team(&season, "SuperSonics"), None);
        assert_eq!(flair_team(&season, ""), None);
    }
}

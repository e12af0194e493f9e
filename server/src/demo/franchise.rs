//! The 30 simulated franchises: identity from the app's team registry, plus invented colours,
//! arenas and the hidden strengths that drive every game.

use app::teams::{Conference, TEAMS};

use super::rng::Rng;

/// League-average points per 100 possessions; team strengths are offsets from it.
pub const LEAGUE_RATING: f64 = 114.5;

/// The neutral grey for a team without a valid primary colour, as the app draws it.
pub const NEUTRAL_COLOUR: &str = "#5e6063";

#[derive(Debug, Clone)]
pub struct Franchise {
    pub abbr: &'static str,
    pub name: &'static str,
    pub conference: Conference,
    pub primary: &'static str,
    /// `NA` for a couple of teams, as the pipeline writes a missing colour.
    pub secondary: &'static str,
    pub third: &'static str,
    pub arena: &'static str,
    /// Points per 100 possessions scored above league average.
    pub offense: f64,
    /// Points per 100 possessions held below league average (positive is better).
    pub defense: f64,
    /// Possessions per 48 minutes.
    pub pace: f64,
    pub previous_wins: u32,
    /// Average home crowd.
    pub crowd: f64,
}

/// Our own palette and invented arena names, one line per abbreviation.
const LOOKS: [(&str, &str, &str, &str, &str); 30] = [
    ("ATL", "#d0263a", "#1d1f24", "#c4d600", "Peachtree Pavilion"),
    ("BKN", "#101010", "NA", "#777d84", "Flatbush Yard Arena"),
    ("BOS", "#0a7a3f", "#b99757", "#ffffff", "Harborside Garden"),
    ("CHA", "#1f1a5e", "#00798c", "#a1a1a4", "Queen City Hall"),
    (
        "CHI",
        "#c8102e",
        "#111111",
        "#ffffff",
        "Lakeshore Fieldhouse",
    ),
    ("CLE", "#7a1f3d", "#0b2d5c", "#fdbb30", "Cuyahoga Court"),
    (
        "DAL",
        "#0060b0",
        "#00285e",
        "#b8c4ca",
        "Trinity River Center",
    ),
    ("DEN", "#0d2240", "#fec524", "#8b2131", "Front Range Arena"),
    ("DET", "#c8102e", "#1d42ba", "#bec0c2", "Motor City Court"),
    ("GSW", "#1d428a", "#ffc72c", "#26282a", "Bayfront Arena"),
    (
        "HOU",
        "#ce1141",
        "#000000",
        "#c4ced4",
        "Ship Channel Center",
    ),
    (
        "IND",
        "#002d62",
        "#fdbb30",
        "#bec0c2",
        "Crossroads Fieldhouse",
    ),
    ("LAC", "#c8102e", "#1d428a", "#bec0c2", "Inglewood Dome"),
    ("LAL", "#552583", "#fdb927", "#000000", "Figueroa Pavilion"),
    ("MEM", "#5d76a9", "#12173f", "#f5b112", "Riverbluff Forum"),
    (
        "MIA",
        "#98002e",
        "#f9a01b",
        "#000000",
        "Biscayne Bayside Arena",
    ),
    ("MIL", "#00471b", "#eee1c6", "#0077c0", "Lakefront Commons"),
    ("MIN", "#0c2340", "#236192", "#9ea2a2", "North Loop Center"),
    ("NOP", "#0c2340", "#c8102e", "#85714d", "Crescent Arena"),
    ("NYK", "#006bb6", "#f58426", "#bec0c2", "Midtown Garden"),
    ("OKC", "#007ac1", "#ef3b24", "#002d62", "Prairie Wind Arena"),
    ("ORL", "#0077c0", "#c4ced4", "#000000", "Citrus Court"),
    (
        "PHI",
        "#006bb6",
        "#ed174c",
        "#002b5c",
        "Liberty Bell Center",
    ),
    ("PHX", "#1d1160", "#e56020", "#63727a", "Desert Sun Arena"),
    ("POR", "#e03a3e", "#000000", "#ffffff", "Willamette Center"),
    ("SAC", "#5a2d81", "#63727a", "#000000", "Capitol Mall Arena"),
    ("SAS", "#1f1f1f", "#c4ced4", "NA", "Riverwalk Center"),
    ("TOR", "#ce1141", "#000000", "#a1a1a4", "Lakeshore Dome"),
    ("UTA", "#002b5c", "NA", "#f9a01b", "Wasatch Arena"),
    ("WAS", "#002b5c", "#e31837", "#c4ced4", "Potomac Center"),
];

/// Builds every franchise; strengths come from the `franchises` stream of the seed.
pub fn franchises(rng: &Rng) -> Vec<Franchise> {
    let mut rng = rng.fork("franchises");
    TEAMS
        .iter()
        .map(|team| {
            let looks = LOOKS.iter().find(|looks| looks.0 == team.abbr);
            let (primary, secondary, third, arena) = match looks {
                Some(&(_, primary, secondary, third, arena)) => (primary, secondary, third, arena),
                None => (NEUTRAL_COLOUR, "NA", "NA", "Municipal Arena"),
            };

            let offense = rng.normal(0.0, 3.2);
            let defense = rng.normal(0.0, 3.2);
            let last_year = 41.0 + 1.6 * (offense + defense) + rng.normal(0.0, 7.0);

            Franchise {
                abbr: team.abbr,
                name: team.name,
                conference: team.conference,
                primary,
                secondary,
                third,
                arena,
                offense,
                defense,
                pace: rng.normal(99.5, 1.8),
                previous_wins: last_year.round().clamp(15.0, 67.0) as u32,
                crowd: rng.range(16_400.0, 20_900.0).round(),
            }
        })
        .collect()
}

impl Franchise {
    /// The primary colour as `#rrggbb`; the neutral grey should the palette lack a valid one,
    /// because columns that must hold a hex colour cannot take the pipeline's `NA`.
    pub fn primary_hex(&self) -> &'static str {
        if is_hex_colour(self.primary) {
            self.primary
        } else {
            NEUTRAL_COLOUR
        }
    }
}

/// `#` followed by six hex digits.
pub fn is_hex_colour(colour: &str) -> bool {
    colour.len() == 7
        && colour.starts_with('#')
        && colour.chars().skip(1).all(|c| c.is_ascii_hexdigit())
}

/// Gold's spelling of a conference in standings and team_adv_stats.
pub fn conference_long(conference: Conference) -> &'static str {
    match conference {
        Conference::East => "Eastern",
        Conference::West => "Western",
    }
}

/// Gold's spelling of a conference in opp_stats.
pub fn conference_short(conference: Conference) -> &'static str {
    match conference {
        Conference::East => "East",
        Conference::West => "West",
    }
}

/// The pipeline's logo path form (not shown by the app, but present in gold).
pub fn logo_path(abbr: &str) -> String {
    format!("logos/{}.png", abbr.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_team_has_looks_and_two_have_no_secondary_colour() {
        let teams = franchises(&Rng::new(1));
        assert_eq!(teams.len(), 30);
        assert!(teams.iter().all(|team| is_hex_colour(team.primary)));
        assert!(!is_hex_colour("NA") && !is_hex_colour("#12345g"));
        assert_eq!(
            teams.iter().filter(|team| team.secondary == "NA").count(),
            2
        );
        assert!(LOOKS
            .iter()
            .all(|looks| TEAMS.iter().any(|team| team.abbr == looks.0)));
    }
}

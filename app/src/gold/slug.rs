//! Player slugs: the URL form of a display name, and the index that resolves collisions.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Letters that compatibility decomposition leaves alone but a reader expects transliterated.
fn transliterate(ch: char) -> Option<&'static str> {
    Some(match ch {
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ı' => "i",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        _ => return None,
    })
}

/// Steps 1–2 of the slug rules: accents and marks dropped, a few letters transliterated,
/// lower case. Search compares names in this form, so "zoe" finds "Zoë".
pub fn fold_name(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    for ch in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        match transliterate(ch) {
            Some(text) => plain.push_str(text),
            None => plain.extend(ch.to_lowercase()),
        }
    }
    plain
}

/// "Émile Example-Name Jr." → `emile-example-name-jr`.
pub fn player_slug(name: &str) -> String {
    let plain = fold_name(name);
    let mut slug = String::with_capacity(plain.len());
    for ch in plain.chars() {
        if ch.is_ascii_lowercase() || ch.is_ascii_digit() {
            slug.push(ch);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
}

/// How a team is compared when joining players: the canonical abbreviation, else the raw
/// value in upper case.
fn team_key(raw: &str) -> String {
    crate::teams::resolve(raw).map_or_else(|| raw.trim().to_uppercase(), |t| t.abbr.to_owned())
}

/// Slugs of every `player_stats` player, with collisions disambiguated by team, and the rules
/// that join a name seen in any other table to one of them.
#[derive(Debug, Clone, Default)]
pub struct SlugIndex {
    /// (exact name, team key) → slug.
    by_name_team: HashMap<(String, String), String>,
    /// exact name → slug (the first team's, for a name on two teams).
    by_name: HashMap<String, String>,
    /// bare slug → slug, when one player has it.
    by_base: HashMap<String, String>,
    /// bare slug → (team key, slug) of every player sharing it.
    shared: BTreeMap<String, Vec<(String, String)>>,
}

impl SlugIndex {
    /// Builds the index from `player_stats` (name, team) pairs. Different players who share a
    /// slug on different teams get `-{team}` appended.
    pub fn build<'a>(players: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut owners_by_base: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
        for (name, team) in players {
            let base = player_slug(name);
            if base.is_empty() {
                continue;
            }
            owners_by_base
                .entry(base)
                .or_default()
                .insert((name.to_owned(), team_key(team)));
        }

        let mut index = Self::default();
        for (base, owners) in owners_by_base {
            let distinct_teams: BTreeSet<&str> = owners.iter().map(|(_, t)| t.as_str()).collect();
            let collided = owners.len() > 1 && distinct_teams.len() > 1;
            for (name, team) in owners {
                let slug = if collided && !team.is_empty() {
                    format!("{base}-{}", team.to_lowercase())
                } else {
                    base.clone()
                };
                if collided {
                    index
                        .shared
                        .entry(base.clone())
                        .or_default()
                        .push((team.clone(), slug.clone()));
                } else {
                    index.by_base.insert(base.clone(), slug.clone());
                }
                index
                    .by_name
                    .entry(name.clone())
                    .or_insert_with(|| slug.clone());
                index.by_name_team.insert((name, team), slug);
            }
        }
        index
    }

    /// The slug for a player seen in any table: exact name and team first, then the exact
    /// name, then an equal slug (for a shared slug, the one on the same team). A player no
    /// table of stats knows keeps the bare slug of his name.
    pub fn slug_for(&self, name: &str, team: &str) -> String {
        let team = team_key(team);
        if let Some(slug) = self
            .by_name_team
            .get(&(name.to_owned(), team.clone()))
            .or_else(|| self.by_name.get(name))
        {
            return slug.clone();
        }
        let base = player_slug(name);
        if let Some(slug) = self.by_base.get(&base) {
            return slug.clone();
        }
        match self.shared.get(&base) {
            Some(owners) => owners
                .iter()
                .find(|(owner_team, _)| *owner_team == team)
                .map(|(_, slug)| slug.clone())
                .unwrap_or_else(|| format!("{base}-{}", team.to_lowercase())),
            None => base,
        }
    }

    /// Bare slugs that several players share, with each player's (team key, slug).
    pub fn shared(&self) -> &BTreeMap<String, Vec<(String, String)>> {
        &self.shared
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_spec_examples() {
        assert_eq!(
            player_slug("Émile Example-Name Jr."),
            "emile-example-name-jr"
        );
        assert_eq!(player_slug("Zëta Ñandú-Øx"), "zeta-nandu-ox");
        assert_eq!(
            player_slug("  Łukasz Æsir-Straße  "),
            "lukasz-aesir-strasse"
        );
        assert_eq!(player_slug("D'Angelo  O'Neal III"), "d-angelo-o-neal-iii");
        assert_eq!(player_slug("---"), "");
    }

    #[test]
    fn colliding_players_on_different_teams_get_a_team_suffix() {
        let index = SlugIndex::build([("Jon Doe", "BOS"), ("Jón Doe", "LAL"), ("Ann Lee", "MIA")]);
        assert_eq!(index.slug_for("Jon Doe", "BOS"), "jon-doe-bos");
        assert_eq!(index.slug_for("Jón Doe", "LAL"), "jon-doe-lal");
        assert_eq!(index.slug_for("Ann Lee", "MIA"), "ann-lee");
        assert_eq!(index.slug_for("Ann Lee", "???"), "ann-lee");
        assert_eq!(index.slug_for("New Guy", "BOS"), "new-guy");
    }

    #[test]
    fn other_tables_join_by_name_then_by_slug_and_team() {
        let index = SlugIndex::build([
            ("Jon Doe", "BOS"),
            ("Jón Doe", "LAL"),
            ("Zoë Yarridge", "TOR"),
            ("Zoë Yarridge", "TOR"),
        ]);
        // Spelled without the diaeresis elsewhere: the same player through the slug.
        assert_eq!(index.slug_for("Zoe Yarridge", "TOR"), "zoe-yarridge");
        assert_eq!(index.slug_for("Zoe Yarridge", ""), "zoe-yarridge");
        // A shared slug joins on the resolved team; an alias resolves first.
        assert_eq!(index.slug_for("JON DOE", "lal"), "jon-doe-lal");
        assert_eq!(index.slug_for("Jon Doe", "Boston Celtics"), "jon-doe-bos");
        assert_eq!(index.slug_for("Jon  Doe", "MIA"), "jon-doe-mia");
        let shared = index.shared();
        assert_eq!(shared.len(), 1);
        assert_eq!(shared["jon-doe"].len(), 2);
        // The same name twice on one team is one player.
        assert!(!shared.contains_key("zoe-yarridge"));
    }
}

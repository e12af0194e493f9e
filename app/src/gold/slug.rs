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

/// "Émile Example-Name Jr." → `emile-example-name-jr`.
pub fn player_slug(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    for ch in name.nfkd().filter(|c| !is_combining_mark(*c)) {
        match transliterate(ch) {
            Some(text) => plain.push_str(text),
            None => plain.extend(ch.to_lowercase()),
        }
    }

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

/// Slugs of every known player, with collisions disambiguated by team.
#[derive(Debug, Clone, Default)]
pub struct SlugIndex {
    /// (exact name, resolved team abbr or "") → slug.
    by_name_team: HashMap<(String, String), String>,
    /// exact name → slug, when the name alone is unambiguous.
    by_name: HashMap<String, String>,
}

impl SlugIndex {
    /// Builds the index from (name, team) pairs. Different players who share a slug get
    /// `-{team}` appended.
    pub fn build<'a>(players: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut teams_by_slug: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
        for (name, team) in players {
            let base = player_slug(name);
            if base.is_empty() {
                continue;
            }
            teams_by_slug
                .entry(base)
                .or_default()
                .insert((name.to_owned(), team.to_owned()));
        }

        let mut index = Self::default();
        for (base, owners) in teams_by_slug {
            let distinct_teams: BTreeSet<&str> = owners.iter().map(|(_, t)| t.as_str()).collect();
            let collided = owners.len() > 1 && distinct_teams.len() > 1;
            for (name, team) in owners {
                let slug = if collided && !team.is_empty() {
                    format!("{base}-{}", team.to_lowercase())
                } else {
                    base.clone()
                };
                index
                    .by_name
                    .entry(name.clone())
                    .or_insert_with(|| slug.clone());
                index.by_name_team.insert((name, team), slug);
            }
        }
        index
    }

    /// The slug for a player seen in any table: exact name and team first, then the name,
    /// then the bare slug of the name.
    pub fn slug_for(&self, name: &str, team: &str) -> String {
        self.by_name_team
            .get(&(name.to_owned(), team.to_owned()))
            .or_else(|| self.by_name.get(name))
            .cloned()
            .unwrap_or_else(|| player_slug(name))
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
}

//! A player page's URL state: the season type of its figures (`season`, default regular),
//! offered only when the player has rows of both types.

use crate::season::SeasonType;
use crate::url::{build_query, query_value};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayerState {
    pub slug: String,
    pub season: SeasonType,
}

impl PlayerState {
    /// `both` is whether the player has Regular Season and Playoffs rows; without both the
    /// only valid season is the default.
    pub fn parse(slug: &str, pairs: &[(String, String)], both: bool) -> (Self, bool) {
        let mut invalid = false;
        let season = match query_value(pairs, "season") {
            None => SeasonType::Regular,
            Some(raw) => match SeasonType::from_param(raw) {
                Some(SeasonType::Playoffs) if both => SeasonType::Playoffs,
                Some(SeasonType::Regular) => SeasonType::Regular,
                _ => {
                    invalid = true;
                    SeasonType::Regular
                }
            },
        };
        (
            Self {
                slug: slug.to_owned(),
                season,
            },
            invalid,
        )
    }

    pub fn params(&self) -> Vec<(String, String)> {
        match self.season {
            SeasonType::Regular => Vec::new(),
            SeasonType::Playoffs => vec![("season".to_owned(), "playoffs".to_owned())],
        }
    }

    pub fn href(&self) -> String {
        format!("/players/{}{}", self.slug, build_query(&self.params()))
    }

    pub fn needs_redirect(&self, raw: &[(String, String)], invalid: bool) -> bool {
        invalid || raw != self.params().as_slice()
    }

    pub fn with_season(&self, season: SeasonType) -> Self {
        Self {
            season,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(query: &[(&str, &str)], both: bool) -> (PlayerState, bool) {
        let raw: Vec<(String, String)> = query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let (state, invalid) = PlayerState::parse("zoe-yarridge", &raw, both);
        let redirect = state.needs_redirect(&raw, invalid);
        (state, redirect)
    }

    #[test]
    fn playoffs_is_valid_only_with_both_season_types() {
        let (state, redirect) = check(&[("season", "playoffs")], true);
        assert!(!redirect);
        assert_eq!(state.href(), "/players/zoe-yarridge?season=playoffs");
        assert!(check(&[("season", "playoffs")], false).1);
        assert!(
            check(&[("season", "regular")], true).1,
            "the default is left out"
        );
        assert!(check(&[("season", "finals")], true).1);
        assert!(check(&[("x", "1")], true).1);
        assert!(!check(&[], false).1);
        assert_eq!(
            check(&[], true).0.with_season(SeasonType::Playoffs).href(),
            "/players/zoe-yarridge?season=playoffs"
        );
    }
}

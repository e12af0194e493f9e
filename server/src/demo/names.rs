//! Invented player names: first names, syllable-built surnames, a few diacritics and suffixes.

use std::collections::BTreeSet;

use super::rng::Rng;

/// Includes accented spellings on purpose: the app must slug and match them correctly.
const FIRST: &[&str] = &[
    "Aldo", "Amari", "Andrés", "Bastian", "Bram", "Caius", "Cato", "Dario", "Deshon", "Elio",
    "Émile", "Ezra", "Fintan", "Garrick", "Idris", "Ismael", "Jaren", "Joël", "Kellan", "Kenji",
    "Kwame", "Laken", "Leandro", "Malik", "Marlo", "Nico", "Odell", "Osei", "Pax", "Quincy",
    "Rafe", "Renzo", "Rowan", "Saul", "Silas", "Tavi", "Teo", "Tobin", "Tomás", "Ulises", "Vance",
    "Wendell", "Xavi", "Yannick", "Zane", "Zoë", "Bodhi", "Chidi",
];

const SURNAME_HEADS: &[&str] = &[
    "Ash", "Bel", "Brack", "Cal", "Dun", "El", "Fair", "Gal", "Hart", "Ives", "Kes", "Lind", "Mar",
    "Nor", "Orr", "Pem", "Quar", "Rad", "Sel", "Thorn", "Ul", "Var", "Wick", "Yar",
];

const SURNAME_TAILS: &[&str] = &[
    "berry", "by", "combe", "dale", "ford", "gate", "ham", "ley", "mont", "more", "ner", "ridge",
    "sby", "ton", "well", "wood",
];

/// Surnames spelled the way gold's diacritic traps need them spelled.
const SPECIAL_SURNAMES: &[&str] = &[
    "Åkerholm",
    "Brønvik",
    "Çelikkan",
    "Dúrcal",
    "Ñañez-Ortu",
    "Sørlund",
    "Vélez-Marin",
    "Zelić",
];

const SUFFIXES: &[&str] = &["Jr.", "II", "III"];

/// Generates unique names; the same stream always yields the same names in the same order.
pub struct NameGenerator {
    rng: Rng,
    used: BTreeSet<String>,
}

impl NameGenerator {
    pub fn new(rng: Rng) -> Self {
        Self {
            rng,
            used: BTreeSet::new(),
        }
    }

    /// Marks a name as taken, so the generator never hands it out.
    pub fn reserve(&mut self, name: &str) {
        self.used.insert(name.to_string());
    }

    pub fn next_name(&mut self) -> String {
        loop {
            let candidate = self.candidate();
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }

    fn candidate(&mut self) -> String {
        let first = *self.rng.pick(FIRST);
        let surname = if self.rng.chance(0.04) {
            (*self.rng.pick(SPECIAL_SURNAMES)).to_string()
        } else {
            format!(
                "{}{}",
                self.rng.pick(SURNAME_HEADS),
                self.rng.pick(SURNAME_TAILS)
            )
        };
        if self.rng.chance(0.05) {
            format!("{first} {surname} {}", self.rng.pick(SUFFIXES))
        } else {
            format!("{first} {surname}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_repeatable() {
        let mut a = NameGenerator::new(Rng::new(9));
        let mut b = NameGenerator::new(Rng::new(9));
        let first: Vec<String> = (0..450).map(|_| a.next_name()).collect();
        let second: Vec<String> = (0..450).map(|_| b.next_name()).collect();
        assert_eq!(first, second);
        assert_eq!(first.iter().collect::<BTreeSet<_>>().len(), first.len());
    }

    #[test]
    fn some_names_carry_diacritics_and_suffixes() {
        let mut names = NameGenerator::new(Rng::new(1));
        let all: Vec<String> = (0..420).map(|_| names.next_name()).collect();
        assert!(all.iter().filter(|n| !n.is_ascii()).count() >= 5);
        assert!(all.iter().any(|n| n.ends_with(" Jr.")));
    }
}

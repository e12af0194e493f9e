//! A team's transactions panel: the sentences naming the team, within 90 days of its newest
//! one, with their verbs highlighted and a tag for the kind of move.

use std::sync::LazyLock;

use chrono::{Days, NaiveDate};
use regex::Regex;

use crate::gold::tables::Transaction;
use crate::model::teams::{TextPart, TransactionRow};
use crate::model::Stamp;
use crate::teams::Team;

/// The window is anchored to the team's newest transaction, not to today, so a quiet team
/// still shows its latest activity.
const WINDOW_DAYS: u64 = 90;

/// The verbs a transaction sentence highlights, matched as whole words in any case.
pub const VERBS: [&str; 10] = [
    "signed",
    "waived",
    "traded",
    "acquired",
    "released",
    "converted",
    "exercised",
    "declined",
    "fired",
    "hired",
];

static VERB_PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(?:{})\b", VERBS.join("|")))
        .unwrap_or_else(|error| panic!("invalid verb pattern: {error}"))
});

/// The names a sentence may use for the team: its full name and any full-name alias.
fn names(team: &Team) -> Vec<String> {
    let mut names = vec![team.name.to_lowercase()];
    names.extend(
        crate::teams::name_aliases(team.abbr)
            .into_iter()
            .map(str::to_owned),
    );
    names
}

/// The tag, from the lower-cased text; the first matching rule wins.
pub fn tag(text: &str) -> &'static str {
    let lower = text.to_lowercase();
    if lower.contains("two-way") || lower.contains("two way") {
        "2-WAY"
    } else if lower.contains("waived") {
        "WAIVE"
    } else if lower.contains("traded") || lower.contains("trade:") {
        "TRADE"
    } else if lower.contains("converted") {
        "CONVERT"
    } else if lower.contains("signed") {
        "SIGN"
    } else if lower.contains("released") {
        "REL"
    } else {
        "NOTE"
    }
}

/// The sentence cut into plain text and verbs (whole words, original case).
pub fn highlight(text: &str) -> Vec<TextPart> {
    let mut parts = Vec::new();
    let mut last = 0;
    for verb in VERB_PATTERN.find_iter(text) {
        if verb.start() > last {
            parts.push(TextPart {
                text: text[last..verb.start()].to_owned(),
                verb: false,
            });
        }
        parts.push(TextPart {
            text: verb.as_str().to_owned(),
            verb: true,
        });
        last = verb.end();
    }
    if last < text.len() {
        parts.push(TextPart {
            text: text[last..].to_owned(),
            verb: false,
        });
    }
    parts
}

/// "Jul 2": short month, day without its leading zero.
pub fn short_date(date: NaiveDate) -> String {
    date.format("%b %-d").to_string()
}

/// The team's rows: newest first (then by text), within the window of its newest date.
pub fn team_transactions(rows: &[Transaction], team: &Team) -> Vec<TransactionRow> {
    let names = names(team);
    let mut mine: Vec<(NaiveDate, &str)> = rows
        .iter()
        .filter_map(|row| Some((row.date?, row.transaction.as_deref()?.trim())))
        .filter(|(_, text)| {
            let lower = text.to_lowercase();
            names.iter().any(|name| lower.contains(name.as_str()))
        })
        .collect();
    let Some(newest) = mine.iter().map(|(date, _)| *date).max() else {
        return Vec::new();
    };
    let start = newest - Days::new(WINDOW_DAYS);
    mine.retain(|(date, _)| *date >= start);
    mine.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));

    mine.into_iter()
        .map(|(date, text)| TransactionRow {
            date: Stamp {
                iso: date.format("%Y-%m-%d").to_string(),
                text: short_date(date),
            },
            parts: highlight(text),
            tag: tag(text).to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::teams::by_abbr;

    #[test]
    fn tags_follow_the_worked_examples() {
        let cases = [
            ("The Boston Celtics signed Al Doe to a two-way contract.", "2-WAY"),
            (
                "The Boston Celtics converted Al Doe from a two-way contract to a standard contract.",
                "2-WAY",
            ),
            ("The Boston Celtics waived Al Doe.", "WAIVE"),
            ("Trade: Boston Celtics receive a 2031 second-round pick", "TRADE"),
            ("The Boston Celtics traded Al Doe.", "TRADE"),
            ("The Boston Celtics converted Al Doe's deal.", "CONVERT"),
            ("The Boston Celtics signed Al Doe to a multi-year contract.", "SIGN"),
            ("The Boston Celtics released Al Doe.", "REL"),
            ("The Boston Celtics hired Bo Lee as an assistant coach.", "NOTE"),
        ];
        for (text, expected) in cases {
            assert_eq!(tag(text), expected, "{text}");
        }
    }

    #[test]
    fn verbs_are_whole_words_in_their_own_case() {
        let parts = highlight("Hired by the club, he SIGNED; unsigned players waived.");
        let verbs: Vec<&str> = parts
            .iter()
            .filter(|p| p.verb)
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(verbs, ["Hired", "SIGNED", "waived"]);
        let joined: String = parts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            joined,
            "Hired by the club, he SIGNED; unsigned players waived."
        );
        assert_eq!(
            highlight("No verbs here"),
            vec![TextPart {
                text: "No verbs here".into(),
                verb: false
            }]
        );
    }

    fn row(day: (i32, u32, u32), text: &str) -> Transaction {
        Transaction {
            date: NaiveDate::from_ymd_opt(day.0, day.1, day.2),
            transaction: Some(text.to_owned()),
        }
    }

    #[test]
    fn the_window_is_ninety_days_back_from_the_teams_newest_row() {
        let rows = [
            row((2030, 3, 31), "The Boston Celtics waived A."),
            row((2029, 12, 31), "The Boston Celtics signed B."),
            row((2029, 12, 30), "The Boston Celtics signed C."),
            row((2030, 3, 31), "The Boston Celtics acquired A."),
            row((2030, 6, 1), "The Miami Heat signed D."),
            Transaction {
                date: None,
                transaction: Some("The Boston Celtics signed E.".into()),
            },
        ];
        let boston = by_abbr("BOS").expect("BOS");
        let shown: Vec<(String, String)> = team_transactions(&rows, boston)
            .into_iter()
            .map(|r| {
                (
                    r.date.text,
                    r.parts.iter().map(|p| p.text.as_str()).collect(),
                )
            })
            .collect();
        // Mar 31 − 90 days = Dec 31, kept; Dec 30 falls outside; Miami's newer row is not
        // Boston's; the undated row is dropped.
        assert_eq!(
            shown,
            vec![
                (
                    "Mar 31".to_owned(),
                    "The Boston Celtics acquired A.".to_owned()
                ),
                (
                    "Mar 31".to_owned(),
                    "The Boston Celtics waived A.".to_owned()
                ),
                (
                    "Dec 31".to_owned(),
                    "The Boston Celtics signed B.".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_trade_shows_under_every_team_it_names_including_aliases() {
        let rows = [row(
            (2030, 2, 5),
            "Trade: LA Clippers receive a pick; the boston celtics receive cash.",
        )];
        for abbr in ["LAC", "BOS"] {
            let team = by_abbr(abbr).expect("team");
            let found = team_transactions(&rows, team);
            assert_eq!(found.len(), 1, "{abbr}");
            assert_eq!(found[0].tag, "TRADE");
        }
        assert!(team_transactions(&rows, by_abbr("MIA").expect("MIA")).is_empty());
    }
}

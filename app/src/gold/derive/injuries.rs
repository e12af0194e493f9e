//! Injury report entries as the team and player pages show them: the normalised status and
//! its badge colour, the ETA read out of the news blurb, and the detail line.

use std::sync::LazyLock;

use regex::Regex;

use crate::gold::tables::Injury;
use crate::model::teams::{InjuryRow, InjuryStatus, StatusClass};

/// Trims, collapses every run of whitespace (non-breaking spaces included) to one space,
/// upper-cases, and spells "DAY TO DAY" with hyphens.
pub fn normalise_status(raw: &str) -> String {
    raw.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_uppercase()
        .replace("DAY TO DAY", "DAY-TO-DAY")
}

/// The badge colour of a normalised status; the first matching rule wins.
pub fn status_class(status: &str) -> StatusClass {
    if status.contains("OUT FOR SEASON") || status == "OUT" {
        StatusClass::Out
    } else if status.contains("QUESTIONABLE") || status.contains("DAY-TO-DAY") {
        StatusClass::Questionable
    } else if status.contains("PROBABLE") {
        StatusClass::Probable
    } else {
        StatusClass::Other
    }
}

pub fn status(raw: Option<&str>) -> Option<InjuryStatus> {
    let text = normalise_status(raw?);
    (!text.is_empty()).then(|| InjuryStatus {
        class: status_class(&text),
        text,
    })
}

fn pattern(source: &str) -> Regex {
    // The patterns are fixed text, checked by the tests below.
    Regex::new(source).unwrap_or_else(|error| panic!("invalid ETA pattern {source}: {error}"))
}

static TODAY: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\btoday\b"));
static DAY_TO_DAY: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)\bday[ -]to[ -]day\b"));
/// "re-evaluat…" then, before the sentence ends, a date: "Jan. 5", "January 5", "3/12".
static RE_EVAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"(?i)re-?evaluat[^.]*?((?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[.,]?\s+\d{1,2}\b)|(?:\b\d{1,2}/\d{1,2}\b))",
    )
});
static WEEK_RANGE: LazyLock<Regex> =
    LazyLock::new(|| pattern(r"(?i)(\d+)\s*[-–]\s*(\d+)\s*weeks?\b"));
static WEEKS: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(\d+)\s*weeks?\b"));
static DAYS: LazyLock<Regex> = LazyLock::new(|| pattern(r"(?i)(\d+)\s*days?\b"));

/// The expected return read from an injury description; "-" when no rule matches. Numbers
/// written as words ("two weeks") deliberately do not count.
pub fn eta(description: Option<&str>) -> String {
    let text = description.map(str::trim).unwrap_or("");
    if text.is_empty() {
        return "-".to_owned();
    }
    if TODAY.is_match(text) {
        return "today".to_owned();
    }
    if DAY_TO_DAY.is_match(text) {
        return "day-to-day".to_owned();
    }
    if let Some(date) = RE_EVAL.captures(text).and_then(|c| c.get(1)) {
        return format!("re-eval {}", date.as_str());
    }
    if let Some(range) = WEEK_RANGE.captures(text) {
        return format!("est. {}–{} wks", &range[1], &range[2]);
    }
    if let Some(weeks) = WEEKS.captures(text) {
        return format!("est. {} wks", &weeks[1]);
    }
    if let Some(days) = DAYS.captures(text) {
        return format!("est. {} days", &days[1]);
    }
    "-".to_owned()
}

fn present(text: Option<&String>) -> Option<&str> {
    text.map(|t| t.trim()).filter(|t| !t.is_empty())
}

/// "{injury} · {description}", or whichever of the two exists.
pub fn detail(row: &Injury) -> Option<String> {
    match (
        present(row.injury.as_ref()),
        present(row.injury_description.as_ref()),
    ) {
        (Some(injury), Some(description)) => Some(format!("{injury} · {description}")),
        (one, other) => one.or(other).map(str::to_owned),
    }
}

/// One report entry; `href` is the player's page when the name resolves to one.
pub fn injury_row(row: &Injury, href: Option<String>) -> InjuryRow {
    InjuryRow {
        player: present(row.player.as_ref()).unwrap_or("-").to_owned(),
        href,
        status: status(row.injury_status.as_deref()),
        eta: eta(row.injury_description.as_deref()),
        detail: detail(row),
    }
}

/// Report order: newest `scrape_date` first, then player name.
pub fn sort_newest_first(rows: &mut [&Injury]) {
    rows.sort_by(|a, b| {
        b.scrape_date.cmp(&a.scrape_date).then_with(|| {
            let name = |r: &Injury| r.player.as_deref().unwrap_or("").to_lowercase();
            name(a).cmp(&name(b))
        })
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eta_follows_the_worked_examples() {
        let cases = [
            ("Will be a game-time decision today.", "today"),
            ("Listed as day to day with a sprain.", "day-to-day"),
            (
                "He will be re-evaluated around Jan. 5 after imaging.",
                "re-eval Jan. 5",
            ),
            ("Re-evaluation set for 3/12.", "re-eval 3/12"),
            ("Expected to miss 4-6 weeks.", "est. 4–6 wks"),
            ("Out at least 2 weeks.", "est. 2 wks"),
            ("Will sit 10 days.", "est. 10 days"),
            ("Re-evaluated in two weeks.", "-"),
        ];
        for (text, expected) in cases {
            assert_eq!(eta(Some(text)), expected, "{text}");
        }
    }

    #[test]
    fn eta_rules_in_order_and_their_edges() {
        assert_eq!(eta(None), "-");
        assert_eq!(eta(Some("   ")), "-");
        // Whole words only: "todays" and "Today's" differ.
        assert_eq!(eta(Some("No update todays")), "-");
        assert_eq!(eta(Some("Today's update: 3 days")), "today");
        assert_eq!(eta(Some("He is Day-To-Day.")), "day-to-day");
        assert_eq!(eta(Some("day-to day, 2 weeks")), "day-to-day");
        assert_eq!(
            eta(Some("Reevaluated on December 12 again")),
            "re-eval December 12"
        );
        assert_eq!(eta(Some("Re-evaluate Mar, 3 weeks out")), "re-eval Mar, 3");
        // A sentence end between the verb and the date: the date belongs to another rule.
        assert_eq!(eta(Some("To be re-evaluated. Back by 3/12")), "-");
        assert_eq!(
            eta(Some("To be re-evaluated. Out 4 – 6 weeks")),
            "est. 4–6 wks"
        );
        assert_eq!(eta(Some("Expected back in 3–5 week")), "est. 3–5 wks");
        assert_eq!(eta(Some("Missed 1week")), "est. 1 wks");
        assert_eq!(eta(Some("Sits 1 day")), "est. 1 days");
        assert_eq!(eta(Some("Weekend rest, 3 weekends")), "-");
    }

    #[test]
    fn statuses_normalise_and_pick_their_badge() {
        assert_eq!(normalise_status("  day \u{a0} to\tday "), "DAY-TO-DAY");
        let class = |raw: &str| status(Some(raw)).map(|s| s.class);
        assert_eq!(class("Out"), Some(StatusClass::Out));
        assert_eq!(class("out for season"), Some(StatusClass::Out));
        assert_eq!(class("Out (personal)"), Some(StatusClass::Other));
        assert_eq!(class("Day To Day"), Some(StatusClass::Questionable));
        assert_eq!(class(" questionable"), Some(StatusClass::Questionable));
        assert_eq!(class("Probable"), Some(StatusClass::Probable));
        assert_eq!(class("Suspended"), Some(StatusClass::Other));
        assert_eq!(status(Some("  ")), None);
        assert_eq!(status(None), None);
    }

    #[test]
    fn rows_carry_the_detail_line_and_sort_newest_first() {
        let entry = |player: &str, day: u32, injury: Option<&str>, text: Option<&str>| Injury {
            player: Some(player.into()),
            injury: injury.map(Into::into),
            injury_description: text.map(Into::into),
            scrape_date: chrono::NaiveDate::from_ymd_opt(2030, 1, day),
            ..Injury::default()
        };
        let both = entry("b", 1, Some("Knee"), Some("Out 2 weeks."));
        assert_eq!(detail(&both).as_deref(), Some("Knee · Out 2 weeks."));
        assert_eq!(
            detail(&entry("c", 1, Some("Knee"), None)).as_deref(),
            Some("Knee")
        );
        assert_eq!(detail(&entry("d", 1, None, Some(" "))), None);
        let row = injury_row(&both, Some("/players/b".into()));
        assert_eq!(
            (row.eta.as_str(), row.href.as_deref()),
            ("est. 2 wks", Some("/players/b"))
        );

        let rows = [
            entry("Zed", 2, None, None),
            entry("amy", 1, None, None),
            entry("Bob", 2, None, None),
        ];
        let mut refs: Vec<&Injury> = rows.iter().collect();
        sort_newest_first(&mut refs);
        let names: Vec<&str> = refs.iter().filter_map(|r| r.player.as_deref()).collect();
        assert_eq!(names, ["Bob", "Zed", "amy"]);
    }
}

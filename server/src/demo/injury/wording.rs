//! How the report words an entry: status spellings and news blurbs in the report's voice, and
//! a last pass that makes sure every way the app reads a return estimate occurs at least once.

use chrono::{Days, NaiveDate};

use super::super::rng::Rng;
use super::{Injury, Status};

/// The status as the report spells it: case and spacing vary, as they do upstream.
pub fn status_text(rng: &mut Rng, status: Status) -> String {
    let spellings: &[&str] = match status {
        Status::Out => &["Out", "Out", "Out", "out", "OUT "],
        Status::OutForSeason => &["Out For Season", "Out For Season", "Out for season"],
        Status::DayToDay => &[
            "Day To Day",
            "Day To Day",
            "day to day",
            "Day-To-Day",
            "Day  To Day",
        ],
        Status::Questionable => &["Questionable", "Questionable", " questionable"],
        Status::Probable => &["Probable", "Probable", "probable"],
    };
    (*rng.pick(spellings)).to_string()
}

/// A news blurb in the report's voice. The variety matters: the app derives a return estimate
/// from week ranges, day counts, re-evaluation dates and "today"/"day to day" wording.
pub fn describe(rng: &mut Rng, status: Status, part: &str, today: NaiveDate) -> String {
    let weeks = rng.between(2, 5);
    let days = rng.between(3, 12);
    let check_in = today + Days::new(rng.between(6, 24) as u64);
    match (status, rng.below(5)) {
        (Status::Out, 0) => format!("Expected to be sidelined {weeks}-{} weeks.", weeks + 2),
        (Status::Out, 1) => format!("Out at least {weeks} weeks after imaging on his {part}."),
        (Status::Out, 2) => format!(
            "He will be re-evaluated around {} once the {part} settles down.",
            check_in.format("%b. %-d")
        ),
        (Status::Out, 3) => format!(
            "Re-evaluation of the {part} is set for {}.",
            check_in.format("%-m/%-d")
        ),
        (Status::Out, _) => format!("Ruled out for the next {days} days ({part})."),
        (Status::OutForSeason, n) if n < 3 => {
            format!("Had surgery on his {part} and will miss the rest of the season.")
        }
        (Status::OutForSeason, _) => {
            "Done for the year; the club has not set a return date.".into()
        }
        (Status::DayToDay, n) if n < 3 => format!("Listed as day to day with {part} soreness."),
        (Status::DayToDay, _) => format!("Day-to-day after tweaking his {part} in practice."),
        (Status::Questionable, n) if n < 2 => {
            format!("Questionable with {part} tightness; a call comes before tip-off today.")
        }
        (Status::Questionable, _) => format!("Questionable; he will test the {part} in warmups."),
        (Status::Probable, n) if n < 3 => format!("Probable after a full practice ({part})."),
        (Status::Probable, _) => format!("Probable; the {part} issue is considered minor."),
    }
}

/// One wording per rule the app applies, in order, to derive a return estimate from a
/// description (see the injury panel of the dashboard spec), plus the traps next to them.
#[derive(Debug, Clone, Copy)]
enum Reading {
    /// "today" as a whole word.
    Today,
    /// "day to day" with spaces, and with hyphens.
    DayToDaySpaced,
    DayToDayHyphen,
    /// "re-evaluated" and then a date in the same sentence: "Jan. 5" or "3/12".
    ReEvalMonth,
    ReEvalNumeric,
    /// Week ranges with a hyphen and with an en dash.
    RangeHyphen,
    RangeEnDash,
    AtLeastWeeks,
    Days,
    /// A number written as a word gives no estimate.
    WordNumber,
    Empty,
}

/// The readings that need a player who sits come first: they are the hardest to place.
const READINGS: [Reading; 11] = [
    Reading::ReEvalMonth,
    Reading::ReEvalNumeric,
    Reading::RangeHyphen,
    Reading::RangeEnDash,
    Reading::AtLeastWeeks,
    Reading::Days,
    Reading::WordNumber,
    Reading::DayToDaySpaced,
    Reading::DayToDayHyphen,
    Reading::Today,
    Reading::Empty,
];

impl Reading {
    /// The status an entry worded this way carries; `None` when any status fits.
    fn status(self) -> Option<Status> {
        match self {
            Self::Today => Some(Status::Questionable),
            Self::DayToDaySpaced | Self::DayToDayHyphen => Some(Status::DayToDay),
            Self::Empty => None,
            _ => Some(Status::Out),
        }
    }

    fn text(self, rng: &mut Rng, part: &str, today: NaiveDate) -> String {
        let weeks = rng.between(2, 4);
        let check_in = today + Days::new(rng.between(6, 24) as u64);
        match self {
            Self::Today => format!("Game-time call today on his {part}; listed as questionable."),
            Self::DayToDaySpaced => format!("Listed as day to day with {part} soreness."),
            Self::DayToDayHyphen => format!("Day-to-day after tweaking his {part} in practice."),
            Self::ReEvalMonth => format!(
                "He will be re-evaluated around {} once the {part} settles down.",
                check_in.format("%b. %-d")
            ),
            Self::ReEvalNumeric => format!(
                "Imaging on the {part} came back clean; he will be reevaluated on {}.",
                check_in.format("%-m/%-d")
            ),
            Self::RangeHyphen => format!(
                "Expected to be sidelined {weeks}-{} weeks with a {part} sprain.",
                weeks + 2
            ),
            Self::RangeEnDash => format!(
                "Expected to miss {weeks}\u{2013}{} weeks after a procedure on his {part}.",
                weeks + 2
            ),
            Self::AtLeastWeeks => {
                format!("Out at least {weeks} weeks after imaging on his {part}.")
            }
            Self::Days => format!("Will sit {} days to rest his {part}.", rng.between(3, 12)),
            Self::WordNumber => {
                format!("Will be re-evaluated in two weeks after a setback with his {part}.")
            }
            Self::Empty => String::new(),
        }
    }
}

/// Rewords entries so that the report holds a season-ending entry spelled "Out For Season",
/// every reading above, and a status with a non-breaking space. An entry moves to "Out" only
/// if its player already sits, so no game changes; other statuses fit any entry.
pub fn cover_every_reading(rng: &mut Rng, report: &mut [Injury], today: NaiveDate) {
    let mut order: Vec<usize> = (0..report.len()).collect();
    rng.shuffle(&mut order);
    let mut claimed = vec![false; report.len()];

    if let Some(index) = claim(report, &order, &mut claimed, Some(Status::OutForSeason)) {
        let entry = &mut report[index];
        if entry.status != Status::OutForSeason {
            entry.description = format!(
                "Had surgery on his {} and will miss the rest of the season.",
                entry.label.to_lowercase()
            );
        }
        entry.status = Status::OutForSeason;
        entry.status_text = Status::OutForSeason.label().to_string();
    }

    for reading in READINGS {
        let Some(index) = claim(report, &order, &mut claimed, reading.status()) else {
            continue;
        };
        let entry = &mut report[index];
        if let Some(status) = reading.status().filter(|status| *status != entry.status) {
            entry.status = status;
            entry.status_text = status_text(rng, status);
        }
        entry.description = reading.text(rng, &entry.label.to_lowercase(), today);
    }

    if let Some(entry) = report.iter_mut().find(|e| e.status == Status::DayToDay) {
        entry.status_text = "Day\u{a0}To Day".into();
    }
}

/// Takes an unclaimed entry for a wording that needs `wanted`: one with that status if there
/// is one, else any that fits (an "Out" wording needs a player who sits).
fn claim(
    report: &[Injury],
    order: &[usize],
    claimed: &mut [bool],
    wanted: Option<Status>,
) -> Option<usize> {
    let must_sit = matches!(wanted, Some(Status::Out | Status::OutForSeason));
    let preferred = wanted.unwrap_or(Status::Probable);
    let fits = |index: usize| !claimed[index] && (report[index].sits || !must_sit);
    let index = order
        .iter()
        .copied()
        .filter(|&index| fits(index))
        .find(|&index| report[index].status == preferred)
        .or_else(|| order.iter().copied().find(|&index| fits(index)))?;
    claimed[index] = true;
    Some(index)
}

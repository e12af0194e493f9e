//! Game-clock geometry: where periods start and end, their names, and the two clock forms gold
//! stores (`M:SS` left in the period, minutes left in regulation).

use super::super::format::{ordinal, round_to};

pub const QUARTER_SECONDS: u32 = 12 * 60;
pub const OVERTIME_SECONDS: u32 = 5 * 60;
pub const REGULATION_SECONDS: u32 = 4 * QUARTER_SECONDS;

/// Periods are numbered from 0: the four quarters, then each overtime.
pub const QUARTERS: u32 = 4;

/// Seconds from tip-off to the start of a period.
pub fn period_start(period: u32) -> u32 {
    if period < QUARTERS {
        period * QUARTER_SECONDS
    } else {
        REGULATION_SECONDS + (period - QUARTERS) * OVERTIME_SECONDS
    }
}

/// Seconds from tip-off to the end of a period.
pub fn period_end(period: u32) -> u32 {
    period_start(period + 1)
}

/// The period a moment belongs to; a boundary counts as the start of the next period.
pub fn period_at(elapsed: u32) -> u32 {
    if elapsed < REGULATION_SECONDS {
        elapsed / QUARTER_SECONDS
    } else {
        QUARTERS + (elapsed - REGULATION_SECONDS) / OVERTIME_SECONDS
    }
}

/// `1st Quarter` … `4th Quarter`, then `1st OT`, `2nd OT` …
pub fn period_name(period: u32) -> String {
    if period < QUARTERS {
        format!("{} Quarter", ordinal(period as usize + 1))
    } else {
        format!("{} OT", ordinal((period - QUARTERS) as usize + 1))
    }
}

/// Clock left in the period, `M:SS`.
pub fn clock_text(period: u32, elapsed: u32) -> String {
    let left = period_end(period).saturating_sub(elapsed);
    format!("{}:{:02}", left / 60, left % 60)
}

/// Minutes left in regulation to two decimals: 48 at tip-off, 0 at the end of the fourth
/// quarter, negative through overtime.
pub fn minutes_left(elapsed: u32) -> f64 {
    round_to(
        (f64::from(REGULATION_SECONDS) - f64::from(elapsed)) / 60.0,
        2,
    )
}

/// Whole seconds strictly inside the periods `first..=last`. Baskets fall only on these, never
/// on a period's first or last instant, so the period markers there sort around them cleanly.
pub fn interior_seconds(first: u32, last: u32) -> Vec<u32> {
    (first..=last)
        .flat_map(|period| period_start(period) + 1..period_end(period))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_tile_regulation_then_five_minute_overtimes() {
        assert_eq!(period_start(0), 0);
        assert_eq!(period_end(3), REGULATION_SECONDS);
        assert_eq!(period_start(4), REGULATION_SECONDS);
        assert_eq!(period_end(5), REGULATION_SECONDS + 600);
        assert_eq!(period_at(719), 0);
        assert_eq!(period_at(720), 1);
        assert_eq!(period_at(REGULATION_SECONDS + 301), 5);
        assert_eq!(interior_seconds(4, 5).len(), 2 * 299);
    }

    #[test]
    fn names_and_clocks_follow_gold() {
        assert_eq!(period_name(0), "1st Quarter");
        assert_eq!(period_name(3), "4th Quarter");
        assert_eq!(period_name(4), "1st OT");
        assert_eq!(period_name(5), "2nd OT");
        assert_eq!(clock_text(0, 0), "12:00");
        assert_eq!(clock_text(1, 720 + 95), "10:25");
        assert_eq!(clock_text(4, REGULATION_SECONDS + 300), "0:00");
        assert_eq!(minutes_left(0), 48.0);
        assert_eq!(minutes_left(3 * QUARTER_SECONDS), 12.0);
        assert_eq!(minutes_left(REGULATION_SECONDS + 300), -5.0);
        assert_eq!(minutes_left(30), 47.5);
        assert_eq!(minutes_left(1), 47.98);
    }
}

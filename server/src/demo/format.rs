//! Text formats gold uses: ordinal ranks (and one upstream misspelling of them), record
//! strings, tip-off times and American moneylines.

/// `1st`, `2nd`, `3rd`, `4th` … with the English exceptions for 11–13 (`11th`, `112th`).
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// An ordinal as some upstream marts spell it: the suffix comes from the last digit alone, so
/// numbers ending in 11–13 get the wrong one (`11st`, `112nd`). Readers parse the digits only.
pub fn ordinal_by_last_digit(n: usize) -> String {
    let suffix = match n % 10 {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Record text with spaces, `W - L`, as most gold tables write it.
pub fn record_spaced(wins: u32, losses: u32) -> String {
    format!("{wins} - {losses}")
}

/// Record text without spaces, `W-L`, as `standings.last_10` writes it.
pub fn record_tight(wins: u32, losses: u32) -> String {
    format!("{wins}-{losses}")
}

/// Minutes after midnight (US Eastern) as `h:mm AM/PM`.
pub fn clock_text(minutes: u16) -> String {
    let hour24 = minutes / 60 % 24;
    let suffix = if hour24 < 12 { "AM" } else { "PM" };
    let hour12 = match hour24 % 12 {
        0 => 12,
        hour => hour,
    };
    format!("{hour12}:{:02} {suffix}", minutes % 60)
}

/// The American moneyline for a win probability, rounded to 5 as books post them. A favourite
/// gets a negative line, an underdog a positive one, and neither is ever inside (−100, +100).
pub fn moneyline(probability: f64) -> i64 {
    let p = probability.clamp(0.02, 0.98);
    let raw = if p >= 0.5 {
        -100.0 * p / (1.0 - p)
    } else {
        100.0 * (1.0 - p) / p
    };
    let rounded = (raw / 5.0).round() as i64 * 5;
    match rounded {
        -99..=-1 => -100,
        0..=99 => 100,
        line => line,
    }
}

/// The win probability a moneyline implies (the book's margin included).
pub fn implied_probability(line: i64) -> f64 {
    let line = line as f64;
    if line < 0.0 {
        -line / (-line + 100.0)
    } else {
        100.0 / (line + 100.0)
    }
}

/// A line as display text: `+140`, `-170`.
pub fn signed(line: i64) -> String {
    if line > 0 {
        format!("+{line}")
    } else {
        line.to_string()
    }
}

/// Rounds to a number of decimals, so derived figures agree with what the tables show.
pub fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_follow_english_suffixes() {
        let cases = [
            (1, "1st"),
            (2, "2nd"),
            (3, "3rd"),
            (4, "4th"),
            (11, "11th"),
            (12, "12th"),
            (13, "13th"),
            (15, "15th"),
            (21, "21st"),
            (22, "22nd"),
            (23, "23rd"),
            (30, "30th"),
            (101, "101st"),
            (112, "112th"),
        ];
        for (n, expected) in cases {
            assert_eq!(ordinal(n), expected);
        }
    }

    #[test]
    fn the_upstream_ordinal_gets_the_teens_wrong_and_the_rest_right() {
        let cases = [
            (1, "1st"),
            (4, "4th"),
            (11, "11st"),
            (12, "12nd"),
            (13, "13rd"),
            (22, "22nd"),
            (100, "100th"),
            (112, "112nd"),
        ];
        for (n, expected) in cases {
            assert_eq!(ordinal_by_last_digit(n), expected);
        }
    }

    #[test]
    fn records_use_both_spellings() {
        assert_eq!(record_spaced(31, 12), "31 - 12");
        assert_eq!(record_tight(7, 3), "7-3");
    }

    #[test]
    fn clock_text_uses_twelve_hour_time() {
        assert_eq!(clock_text(19 * 60 + 30), "7:30 PM");
        assert_eq!(clock_text(12 * 60), "12:00 PM");
        assert_eq!(clock_text(13 * 60 + 5), "1:05 PM");
        assert_eq!(clock_text(30), "12:30 AM");
    }

    #[test]
    fn moneylines_are_signed_and_never_inside_one_hundred() {
        assert_eq!(moneyline(0.5), -100);
        assert_eq!(moneyline(0.6), -150);
        assert_eq!(moneyline(0.4), 150);
        assert_eq!(moneyline(0.75), -300);
        assert_eq!(moneyline(0.49), 105);
        for step in 1..100 {
            assert!(moneyline(f64::from(step) / 100.0).abs() >= 100);
        }
        assert_eq!(signed(140), "+140");
        assert_eq!(signed(-170), "-170");
    }

    #[test]
    fn implied_probability_inverts_the_line() {
        assert!((implied_probability(-150) - 0.6).abs() < 1e-9);
        assert!((implied_probability(150) - 0.4).abs() < 1e-9);
        assert!((implied_probability(-100) - 0.5).abs() < 1e-9);
    }
}

//! Number and text formats shared by every page (the spec's pct0, pct1, signed, int, money).
//!
//! Rounding is half away from zero and happens after any ×100 scaling.

/// Rounds half away from zero to `decimals` places. The tiny nudge absorbs binary
/// representation error, so 0.0125 × 100 rounds to 1.3 at one decimal as a person expects.
pub fn round_half_away(value: f64, decimals: u32) -> f64 {
    let factor = 10f64.powi(decimals as i32);
    let scaled = value * factor;
    let nudged = scaled + scaled.signum() * 1e-9;
    let rounded = nudged.round() / factor;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// Fixed decimals ("1dp", "2dp").
pub fn fixed(value: f64, decimals: u32) -> String {
    format!("{:.*}", decimals as usize, round_half_away(value, decimals))
}

/// A fraction shown as a percentage with `decimals` places: 0.583 → "58.3%".
pub fn pct(fraction: f64, decimals: u32) -> String {
    format!("{}%", fixed(fraction * 100.0, decimals))
}

pub fn pct0(fraction: f64) -> String {
    pct(fraction, 0)
}

pub fn pct1(fraction: f64) -> String {
    pct(fraction, 1)
}

/// Always carries a sign, taken after rounding: −0.04 at 1dp is "+0.0".
pub fn signed(value: f64, decimals: u32) -> String {
    let rounded = round_half_away(value, decimals);
    let sign = if rounded < 0.0 { "-" } else { "+" };
    format!("{sign}{}", fixed(rounded.abs(), decimals))
}

/// A whole number without decimals, anything else with one: 7 → "7", 7.5 → "7.5".
pub fn compact(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        fixed(value, 1)
    }
}

/// Integer with comma thousands separators: 1234 → "1,234".
pub fn int(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// US dollars, whole: 12500000 → "$12,500,000".
pub fn money(value: f64) -> String {
    let whole = round_half_away(value, 0) as i64;
    if whole < 0 {
        format!("-${}", int(-whole))
    } else {
        format!("${}", int(whole))
    }
}

/// "1 game" / "3 games".
pub fn count_phrase(count: i64, singular: &str, plural: &str) -> String {
    let noun = if count == 1 { singular } else { plural };
    format!("{} {noun}", int(count))
}

/// A past moment relative to now, rounded down: "just now", "5 minutes ago", "2 hours ago",
/// "3 days ago".
pub fn relative_time(seconds_ago: i64) -> String {
    let seconds = seconds_ago.max(0);
    if seconds < 60 {
        "just now".to_owned()
    } else if seconds < 3_600 {
        format!("{} ago", count_phrase(seconds / 60, "minute", "minutes"))
    } else if seconds < 86_400 {
        format!("{} ago", count_phrase(seconds / 3_600, "hour", "hours"))
    } else {
        format!("{} ago", count_phrase(seconds / 86_400, "day", "days"))
    }
}

/// An integer with its English ordinal suffix: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
pub fn ordinal(n: i64) -> String {
    let suffix = match (n.rem_euclid(100), n.rem_euclid(10)) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The leading integer of an ordinal rank ("1st", "112nd"); `None` when there is none.
pub fn parse_ordinal(text: &str) -> Option<i64> {
    let digits: String = text
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

/// A record "W - L" or "W-L" as (wins, losses).
pub fn parse_record(text: &str) -> Option<(i64, i64)> {
    let (wins, losses) = text.split_once('-')?;
    Some((wins.trim().parse().ok()?, losses.trim().parse().ok()?))
}

/// Signed text such as "+16", "-12" or "0".
pub fn parse_signed(text: &str) -> Option<i64> {
    let trimmed = text.trim();
    trimmed.strip_prefix('+').unwrap_or(trimmed).parse().ok()
}

/// A tip-off time "h:mm AM/PM" (US Eastern) as minutes after midnight, for sorting;
/// `None` when it does not parse (such games sort last).
pub fn parse_start_time(text: &str) -> Option<u32> {
    let text = text.trim().to_ascii_uppercase();
    let (clock, half) = text
        .strip_suffix("AM")
        .map(|c| (c, 0))
        .or_else(|| text.strip_suffix("PM").map(|c| (c, 12)))?;
    let (hour, minute) = clock.trim().split_once(':')?;
    let (hour, minute): (u32, u32) = (hour.trim().parse().ok()?, minute.trim().parse().ok()?);
    if !(1..=12).contains(&hour) || minute > 59 {
        return None;
    }
    Some((hour % 12 + half) * 60 + minute)
}

/// A UTC calendar day from milliseconds since the epoch, as "Mar 3". Written out by hand
/// because the browser build carries no date library.
pub fn day_label(epoch_ms: f64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm); month and day
    // repeat every 400-year era, so the era itself is not needed.
    let days = (epoch_ms / 86_400_000.0).floor() as i64 + 719_468;
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    format!("{} {day}", MONTHS[(month - 1) as usize])
}

/// Escapes text for use inside HTML (chart tooltips are HTML in ECharts).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // ECharts expands `{a}`-style templates in strings; entities keep braces literal.
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_labels_are_utc_calendar_days() {
        assert_eq!(day_label(0.0), "Jan 1");
        // 2030-03-01 and the last millisecond of 2028-02-29 (a leap day).
        assert_eq!(day_label(1_898_553_600_000.0), "Mar 1");
        assert_eq!(day_label(1_835_481_599_999.0), "Feb 29");
        assert_eq!(day_label(-86_400_000.0), "Dec 31");
    }

    #[test]
    fn compact_numbers_drop_needless_decimals() {
        assert_eq!(compact(7.0), "7");
        assert_eq!(compact(7.5), "7.5");
        assert_eq!(compact(-2.25), "-2.3");
    }

    #[test]
    fn ordinals_take_the_english_suffix() {
        let shown: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 0]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            shown,
            [
                "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd",
                "101st", "111th", "112th", "0th"
            ]
        );
    }

    #[test]
    fn start_times_parse_on_a_twelve_hour_clock() {
        assert_eq!(parse_start_time("7:30 PM"), Some(19 * 60 + 30));
        assert_eq!(parse_start_time("12:00 PM"), Some(12 * 60));
        assert_eq!(parse_start_time("12:05 am"), Some(5));
        assert_eq!(parse_start_time(" 10:00AM "), Some(600));
        assert_eq!(parse_start_time("TBD"), None);
        assert_eq!(parse_start_time("13:00 PM"), None);
        assert_eq!(parse_start_time("7:75 PM"), None);
    }

    #[test]
    fn percentages_round_half_away_after_scaling() {
        assert_eq!(pct0(0.583), "58%");
        assert_eq!(pct1(0.583), "58.3%");
        assert_eq!(pct1(0.0125), "1.3%");
        assert_eq!(pct0(0.005), "1%");
        assert_eq!(pct1(-0.0125), "-1.3%");
    }

    #[test]
    fn signed_takes_sign_after_rounding() {
        assert_eq!(signed(2.6785, 2), "+2.68");
        assert_eq!(signed(-0.04, 1), "+0.0");
        assert_eq!(signed(0.0, 0), "+0");
        assert_eq!(signed(-1.25, 1), "-1.3");
    }

    #[test]
    fn integers_and_money_group_thousands() {
        assert_eq!(int(0), "0");
        assert_eq!(int(999), "999");
        assert_eq!(int(1234), "1,234");
        assert_eq!(int(-1234567), "-1,234,567");
        assert_eq!(money(12_500_000.0), "$12,500,000");
        assert_eq!(money(999.5), "$1,000");
    }

    #[test]
    fn fixed_never_prints_negative_zero() {
        assert_eq!(fixed(-0.01, 1), "0.0");
        assert_eq!(fixed(112.449, 1), "112.4");
    }

    #[test]
    fn count_phrases_use_singular_for_one() {
        assert_eq!(count_phrase(1, "game", "games"), "1 game");
        assert_eq!(count_phrase(12, "game", "games"), "12 games");
    }

    #[test]
    fn relative_times_round_down() {
        assert_eq!(relative_time(59), "just now");
        assert_eq!(relative_time(60), "1 minute ago");
        assert_eq!(relative_time(3_599), "59 minutes ago");
        assert_eq!(relative_time(7_200), "2 hours ago");
        assert_eq!(relative_time(86_399), "23 hours ago");
        assert_eq!(relative_time(3 * 86_400 + 5), "3 days ago");
    }

    #[test]
    fn parses_ranks_records_and_signed_text() {
        assert_eq!(parse_ordinal("1st"), Some(1));
        assert_eq!(parse_ordinal("112nd"), Some(112));
        assert_eq!(parse_ordinal("n/a"), None);
        assert_eq!(parse_record("41 - 12"), Some((41, 12)));
        assert_eq!(parse_record("7-3"), Some((7, 3)));
        assert_eq!(parse_record("x"), None);
        assert_eq!(parse_signed("+16"), Some(16));
        assert_eq!(parse_signed("-12"), Some(-12));
        assert_eq!(parse_signed("0"), Some(0));
    }

    #[test]
    fn escapes_markup_and_template_braces() {
        assert_eq!(
            escape_html("<b>A&B</b> {c}"),
            "&lt;b&gt;A&amp;B&lt;/b&gt; &#123;c&#125;"
        );
    }
}

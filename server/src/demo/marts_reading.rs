//! How the team page reads gold's free text, written out from the dashboard spec so that the
//! demo's tests can check the data exercises every rule: the injury ETA, and the tag and the
//! highlighted verbs of a transaction.

/// The transaction verbs the team page highlights.
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

/// The return estimate for an injury description; the first rule that matches wins.
pub fn eta(description: &str) -> String {
    // ASCII lower-casing keeps every character where it was, so matches index the original.
    let original: Vec<char> = description.chars().collect();
    let text: Vec<char> = description.to_ascii_lowercase().chars().collect();
    if text.iter().all(|c| c.is_whitespace()) {
        return "-".into();
    }
    if (0..text.len()).any(|i| word_at(&text, i, "today")) {
        return "today".into();
    }
    if (0..text.len()).any(|i| day_to_day_at(&text, i)) {
        return "day-to-day".into();
    }
    if let Some((from, to)) = re_evaluation_date(&text) {
        return format!("re-eval {}", original[from..to].iter().collect::<String>());
    }
    for i in 0..text.len() {
        if let Some((a, b)) = week_range_at(&text, i) {
            return format!("est. {a}\u{2013}{b} wks");
        }
    }
    for (unit, label) in [("week", "wks"), ("day", "days")] {
        for i in 0..text.len() {
            if let Some(n) = count_of_at(&text, i, unit) {
                return format!("est. {n} {label}");
            }
        }
    }
    "-".into()
}

/// The tag of a transaction; the first match wins.
pub fn tag(transaction: &str) -> &'static str {
    let text = transaction.to_lowercase();
    let has = |needle: &str| text.contains(needle);
    if has("two-way") || has("two way") {
        "2-WAY"
    } else if has("waived") {
        "WAIVE"
    } else if has("traded") || has("trade:") {
        "TRADE"
    } else if has("converted") {
        "CONVERT"
    } else if has("signed") {
        "SIGN"
    } else if has("released") {
        "REL"
    } else {
        "NOTE"
    }
}

/// The highlighted verbs a transaction contains, as whole words.
pub fn verbs(transaction: &str) -> Vec<&'static str> {
    let text: Vec<char> = transaction.to_lowercase().chars().collect();
    VERBS
        .into_iter()
        .filter(|verb| (0..text.len()).any(|i| word_at(&text, i, verb)))
        .collect()
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn starts_at(text: &[char], i: usize, needle: &str) -> bool {
    let needle: Vec<char> = needle.chars().collect();
    text.get(i..i + needle.len()) == Some(&needle[..])
}

/// A word boundary before `i`.
fn boundary_before(text: &[char], i: usize) -> bool {
    i == 0 || !is_word(text[i - 1])
}

fn word_at(text: &[char], i: usize, word: &str) -> bool {
    let end = i + word.chars().count();
    starts_at(text, i, word)
        && boundary_before(text, i)
        && text.get(end).is_none_or(|c| !is_word(*c))
}

/// "day to day" with a space or a hyphen between each pair of words.
fn day_to_day_at(text: &[char], i: usize) -> bool {
    let separator = |at: usize| matches!(text.get(at), Some(' ' | '-'));
    boundary_before(text, i)
        && starts_at(text, i, "day")
        && separator(i + 3)
        && starts_at(text, i + 4, "to")
        && separator(i + 6)
        && word_at(text, i + 7, "day")
}

/// The span of the first date after "re-evaluat" or "reevaluat" in the same sentence.
fn re_evaluation_date(text: &[char]) -> Option<(usize, usize)> {
    for keyword in ["re-evaluat", "reevaluat"] {
        for start in 0..text.len() {
            if !starts_at(text, start, keyword) {
                continue;
            }
            let mut i = start + keyword.chars().count();
            while i < text.len() && text[i] != '.' {
                if let Some(end) = month_date_at(text, i).or_else(|| numeric_date_at(text, i)) {
                    return Some((i, end));
                }
                i += 1;
            }
        }
    }
    None
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// "Jan. 5", "January 5", "Jan, 5": a month at a word boundary, more letters, an optional
/// "." or ",", whitespace, and a one- or two-digit day. Returns where it ends.
fn month_date_at(text: &[char], i: usize) -> Option<usize> {
    if !boundary_before(text, i) || !MONTHS.iter().any(|m| starts_at(text, i, m)) {
        return None;
    }
    let mut j = i + 3;
    while text.get(j).is_some_and(|c| c.is_ascii_alphabetic()) {
        j += 1;
    }
    if matches!(text.get(j), Some('.' | ',')) {
        j += 1;
    }
    let spaces = j;
    while text.get(j).is_some_and(|c| c.is_whitespace()) {
        j += 1;
    }
    let digits = j;
    while j < digits + 2 && text.get(j).is_some_and(char::is_ascii_digit) {
        j += 1;
    }
    (j > spaces && digits > spaces && j > digits).then_some(j)
}

/// "3/12": one or two digits, a slash, one or two digits.
fn numeric_date_at(text: &[char], i: usize) -> Option<usize> {
    let month = digits_at(text, i)?;
    if month.1 - i > 2 || text.get(month.1) != Some(&'/') {
        return None;
    }
    let day = digits_at(text, month.1 + 1)?;
    (day.1 - (month.1 + 1) <= 2).then_some(day.1)
}

/// A run of digits starting at `i` (and not inside a longer number): its text and end.
fn digits_at(text: &[char], i: usize) -> Option<(String, usize)> {
    if i > 0 && text[i - 1].is_ascii_digit() {
        return None;
    }
    let mut end = i;
    while text.get(end).is_some_and(char::is_ascii_digit) {
        end += 1;
    }
    (end > i).then(|| (text[i..end].iter().collect(), end))
}

fn skip_spaces(text: &[char], mut i: usize) -> usize {
    while text.get(i) == Some(&' ') {
        i += 1;
    }
    i
}

/// "4-6 weeks" or "4–6 weeks", spaces allowed around the dash and before the unit.
fn week_range_at(text: &[char], i: usize) -> Option<(String, String)> {
    let (low, end) = digits_at(text, i)?;
    let dash = skip_spaces(text, end);
    if !matches!(text.get(dash), Some('-' | '\u{2013}')) {
        return None;
    }
    let (high, end) = digits_at(text, skip_spaces(text, dash + 1))?;
    starts_at(text, skip_spaces(text, end), "week").then_some((low, high))
}

/// "2 weeks", "10 days": a number, optional spaces, then the unit.
fn count_of_at(text: &[char], i: usize, unit: &str) -> Option<String> {
    let (count, end) = digits_at(text, i)?;
    starts_at(text, skip_spaces(text, end), unit).then_some(count)
}

#[test]
fn the_eta_reader_gives_the_worked_examples() {
    let cases = [
        ("Will be a game-time decision today.", "today"),
        ("Listed as day to day with a sprain.", "day-to-day"),
        (
            "He will be re-evaluated around Jan. 5 after imaging.",
            "re-eval Jan. 5",
        ),
        ("Re-evaluation set for 3/12.", "re-eval 3/12"),
        ("Expected to miss 4-6 weeks.", "est. 4–6 wks"),
        ("Expected to miss 4 – 6 weeks.", "est. 4–6 wks"),
        ("Out at least 2 weeks.", "est. 2 wks"),
        ("Will sit 10 days.", "est. 10 days"),
        ("Re-evaluated in two weeks.", "-"),
        ("Re-evaluated next week. Hurt on Jan. 5 in practice.", "-"),
        ("Checked on todays film.", "-"),
        ("", "-"),
    ];
    for (description, expected) in cases {
        assert_eq!(eta(description), expected, "{description}");
    }
}

#[test]
fn the_tag_reader_gives_the_worked_examples() {
    let cases = [
        (
            "The Boston Celtics signed A B to a two-way contract.",
            "2-WAY",
        ),
        (
            "The Boston Celtics converted A B from a two-way contract to a standard contract.",
            "2-WAY",
        ),
        ("The Boston Celtics waived A B.", "WAIVE"),
        ("Trade: The Boston Celtics receive cash.", "TRADE"),
        (
            "The Boston Celtics signed A B to a multi-year contract.",
            "SIGN",
        ),
        ("The Boston Celtics released A B.", "REL"),
        (
            "The Boston Celtics hired A B as an assistant coach.",
            "NOTE",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(tag(text), expected, "{text}");
    }
    assert_eq!(
        verbs("The X hired Y after they fired Z."),
        vec!["fired", "hired"]
    );
    assert!(verbs("The X rehired Y.").is_empty());
}

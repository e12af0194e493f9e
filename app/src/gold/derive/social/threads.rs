//! Reddit thread URLs: normalising them so one thread's comments group together, and the
//! short label each thread gets on the chart.

/// Labels longer than this are cut to one less and an ellipsis.
const MAX_LABEL: usize = 52;
/// How much of the post id tells equal labels apart.
const ID_CHARS: usize = 8;

/// Trimmed, cut at the first `#` and `?`, trailing slashes off; `None` for an empty, "nan"
/// or "none" value.
pub fn normalise_url(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() || ["nan", "none"].contains(&trimmed.to_lowercase().as_str()) {
        return None;
    }
    let cut = trimmed.split('#').next().unwrap_or("");
    let cut = cut.split('?').next().unwrap_or("");
    let cut = cut.trim_end_matches('/');
    (!cut.is_empty()).then(|| cut.to_owned())
}

/// Only http and https URLs become links.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// The URL's path segments (after the host), empty ones dropped.
fn segments(url: &str) -> Vec<&str> {
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, path)| path),
        None => url,
    };
    path.split('/').filter(|s| !s.is_empty()).collect()
}

fn percent_decoded(segment: &str) -> String {
    crate::url::decode(&segment.replace('+', "%2B"))
}

fn words(segment: &str) -> String {
    percent_decoded(segment).replace('_', " ")
}

/// The segment after `comments` in an r/nba URL: the post id.
fn post_id<'a>(parts: &[&'a str]) -> Option<&'a str> {
    let at = parts.iter().position(|s| *s == "comments")?;
    parts.get(at + 1).copied()
}

fn is_nba_thread(parts: &[&str]) -> bool {
    parts.len() >= 2
        && parts[0].eq_ignore_ascii_case("r")
        && parts[1].eq_ignore_ascii_case("nba")
        && parts.contains(&"comments")
}

/// A normalised URL's label before duplicates are told apart.
fn base_label(url: &str) -> String {
    let parts = segments(url);
    let label = if is_nba_thread(&parts) {
        let at = parts.iter().position(|s| *s == "comments").unwrap_or(0);
        match (parts.get(at + 2), parts.get(at + 1)) {
            (Some(title), _) => words(title),
            (None, Some(id)) => percent_decoded(id),
            (None, None) => url.to_owned(),
        }
    } else if let Some(last) = parts.last() {
        words(last)
    } else {
        url.to_owned()
    };
    let label = label.trim();
    let label = if label.is_empty() { "thread" } else { label };
    if label.chars().count() > MAX_LABEL {
        let cut: String = label.chars().take(MAX_LABEL - 1).collect();
        format!("{cut}…")
    } else {
        label.to_owned()
    }
}

/// Labels for normalised URLs, in order. Equal labels each get the start of their post id.
pub fn thread_labels(urls: &[String]) -> Vec<String> {
    let labels: Vec<String> = urls.iter().map(|url| base_label(url)).collect();
    labels
        .iter()
        .zip(urls)
        .map(|(label, url)| {
            let shared = labels.iter().filter(|other| *other == label).count() > 1;
            let parts = segments(url);
            match post_id(&parts).filter(|_| shared && is_nba_thread(&parts)) {
                Some(id) => {
                    let short: String = id.chars().take(ID_CHARS).collect();
                    format!("{label} ({short})")
                }
                None => label.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(raw: &str) -> String {
        let url = normalise_url(raw).expect("a url");
        thread_labels(&[url]).remove(0)
    }

    #[test]
    fn the_worked_examples_label_as_the_spec_says() {
        let share = "https://www.reddit.com/r/nba/comments/abc123/post_game_thread_home_beat_away/?utm_source=share#c9";
        assert_eq!(
            normalise_url(share).as_deref(),
            Some("https://www.reddit.com/r/nba/comments/abc123/post_game_thread_home_beat_away")
        );
        assert_eq!(label(share), "post game thread home beat away");
        assert_eq!(
            label("https://www.reddit.com/r/nba/comments/xyz789"),
            "xyz789"
        );
        assert_eq!(label("https://example.org/some/other_page"), "other page");

        let long = format!(
            "https://www.reddit.com/r/nba/comments/id1/{}",
            "a".repeat(60)
        );
        let cut = label(&long);
        assert_eq!(cut.chars().count(), 52);
        assert!(cut.ends_with('…') && cut.starts_with(&"a".repeat(51)));

        let urls: Vec<String> = [
            "https://www.reddit.com/r/nba/comments/abcdefghij/daily_discussion/",
            "https://www.reddit.com/r/nba/comments/k1/daily_discussion/",
        ]
        .iter()
        .filter_map(|u| normalise_url(u))
        .collect();
        assert_eq!(
            thread_labels(&urls),
            ["daily discussion (abcdefgh)", "daily discussion (k1)"]
        );
    }

    #[test]
    fn odd_urls_are_skipped_or_kept_as_text() {
        for skipped in ["", "  ", "nan", "None", "#", "?x=1"] {
            assert_eq!(normalise_url(skipped), None, "{skipped:?}");
        }
        assert_eq!(label("https://host.example/"), "https://host.example");
        assert_eq!(
            label("https://www.reddit.com/r/nba/comments/a1/caf%C3%A9_talk"),
            "café talk"
        );
        assert_eq!(
            label("https://www.reddit.com/r/NBA/comments/a1/___"),
            "thread"
        );
        assert!(is_web_link("HTTPS://x.example") && !is_web_link("javascript:alert(1)"));
        assert!(!is_web_link("ftp://x.example"));
    }
}

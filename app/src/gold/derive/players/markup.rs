//! Plain text out of the HTML some gold columns carry (`injury_tracker.player`): the text of
//! each element, tags stripped and entities decoded. The markup itself is never rendered.

/// Decodes the entities upstream writes: the named five, `&nbsp;`, and numeric ones.
fn decode_entity(entity: &str) -> Option<char> {
    match entity {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = entity.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

fn decode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find(';').filter(|end| *end <= 10) {
            Some(end) => match decode_entity(&after[..end]) {
                Some(ch) => {
                    out.push(ch);
                    rest = &after[end + 1..];
                }
                None => {
                    out.push('&');
                    rest = after;
                }
            },
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The non-empty text runs between tags, in order, trimmed and decoded.
pub fn text_runs(markup: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut rest = markup;
    loop {
        let (text, after) = match rest.find('<') {
            Some(open) => (&rest[..open], Some(&rest[open..])),
            None => (rest, None),
        };
        let text = decode(text);
        let text = text.trim();
        if !text.is_empty() {
            runs.push(text.to_owned());
        }
        match after.and_then(|tag| tag.find('>').map(|close| &tag[close + 1..])) {
            Some(next) => rest = next,
            None => break,
        }
    }
    runs
}

/// (name, team abbr) from the tracker's two spans; a name alone when there is one run.
pub fn tracker_player(markup: &str) -> Option<(String, Option<String>)> {
    let mut runs = text_runs(markup).into_iter();
    let name = runs.next()?;
    Some((name, runs.next()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tracker_markup_gives_name_and_team() {
        let markup = r#"<span style="font-weight:bold">D&#39;Angelo O&apos;Neal &amp; Co</span> <span style="color:#888">BOS</span>"#;
        assert_eq!(
            tracker_player(markup),
            Some(("D'Angelo O'Neal & Co".to_owned(), Some("BOS".to_owned())))
        );
        assert_eq!(
            tracker_player("Plain Name"),
            Some(("Plain Name".to_owned(), None))
        );
        assert_eq!(tracker_player("<span></span>"), None);
    }

    #[test]
    fn broken_markup_and_unknown_entities_stay_text() {
        assert_eq!(text_runs("a &bogus; b &#x41;&#66;"), vec!["a &bogus; b AB"]);
        assert_eq!(text_runs("<b>x</b><i"), vec!["x"]);
        assert_eq!(text_runs("<script>alert(1)</script>"), vec!["alert(1)"]);
        assert_eq!(text_runs("fish & chips"), vec!["fish & chips"]);
    }
}

//! Query strings: parsing and building them in a fixed, canonical order.

/// Splits a raw query string into decoded pairs, keeping order and duplicates.
pub fn parse_query(raw: &str) -> Vec<(String, String)> {
    raw.trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// The first value of a parameter in parsed pairs.
pub fn query_value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// Builds "?a=1&b=2", or "" when there are no pairs.
pub fn build_query(pairs: &[(String, String)]) -> String {
    if pairs.is_empty() {
        return String::new();
    }
    let joined: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{}={}", encode(name), encode(value)))
        .collect();
    format!("?{}", joined.join("&"))
}

pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            other => out.push(other),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_pairs_with_reserved_characters() {
        let pairs = vec![
            ("value_team".to_owned(), "A&B =C".to_owned()),
            ("x".into(), "é".into()),
        ];
        let query = build_query(&pairs);
        assert_eq!(query, "?value_team=A%26B%20%3DC&x=%C3%A9");
        assert_eq!(parse_query(&query), pairs);
    }

    #[test]
    fn tolerates_odd_input() {
        assert_eq!(parse_query(""), vec![]);
        assert_eq!(
            parse_query("a&b=1+2&c=%zz&d=%4"),
            vec![
                ("a".into(), "".into()),
                ("b".into(), "1 2".into()),
                ("c".into(), "%zz".into()),
                ("d".into(), "%4".into()),
            ]
        );
        assert_eq!(build_query(&[]), "");
    }
}

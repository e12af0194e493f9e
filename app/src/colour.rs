//! Team colours: validation, WCAG contrast against the dark theme, and readable variants.

use serde::{Deserialize, Serialize};

/// The neutral colour of a team without a valid primary colour.
pub const NEUTRAL: &str = "#5e6063";
/// `--surface-raised`, the background every badge, dot and marker sits on.
pub const SURFACE_RAISED: &str = "#15171a";
/// Contrast ratio below which a colour needs an outline or a readable variant.
pub const MIN_CONTRAST: f64 = 3.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb`; anything else (gold writes the literal `NA`) is `None`.
    pub fn parse(hex: &str) -> Option<Self> {
        let digits = hex.trim().strip_prefix('#')?;
        if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
        Some(Self(channel(0)?, channel(2)?, channel(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.1 relative luminance.
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let s = f64::from(c) / 255.0;
            if s <= 0.03928 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// Mixes toward white by `share` (0..=1).
    fn toward_white(self, share: f64) -> Self {
        let mix = |c: u8| (f64::from(c) + (255.0 - f64::from(c)) * share).round() as u8;
        Self(mix(self.0), mix(self.1), mix(self.2))
    }
}

fn surface() -> Rgb {
    Rgb(0x15, 0x17, 0x1a)
}

/// Whether a mark in this colour is hard to see on the dark surface and needs an outline.
pub fn needs_outline(colour: Rgb) -> bool {
    colour.contrast(surface()) < MIN_CONTRAST
}

/// White or near-black, whichever contrasts more with the fill.
pub fn text_on(fill: Rgb) -> &'static str {
    let white = Rgb(255, 255, 255);
    let ink = Rgb(0x0a, 0x0c, 0x0b);
    if fill.contrast(white) >= fill.contrast(ink) {
        "#ffffff"
    } else {
        "#0a0c0b"
    }
}

/// For filled areas: the primary if readable, else the secondary if readable, else the
/// primary mixed with white in 10 % steps until it is.
pub fn readable_fill(primary: Rgb, secondary: Option<Rgb>) -> Rgb {
    if !needs_outline(primary) {
        return primary;
    }
    if let Some(secondary) = secondary.filter(|c| !needs_outline(*c)) {
        return secondary;
    }
    (1..=10)
        .map(|step| primary.toward_white(f64::from(step) / 10.0))
        .find(|c| !needs_outline(*c))
        .unwrap_or(Rgb(255, 255, 255))
}

/// Everything needed to draw one team's badge or marks, computed once per snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamLook {
    pub abbr: String,
    pub name: String,
    pub primary: String,
    /// The inner ring colour, when gold has a valid secondary colour.
    pub ring: Option<String>,
    pub text: String,
    /// True when the primary colour needs a light outline on the dark theme.
    pub outline: bool,
    /// A variant of the team colour that is readable as a filled area.
    pub readable: String,
}

impl TeamLook {
    pub fn new(abbr: &str, name: &str, primary: Option<&str>, secondary: Option<&str>) -> Self {
        let primary_rgb = primary.and_then(Rgb::parse).or_else(|| Rgb::parse(NEUTRAL));
        let primary_rgb = primary_rgb.unwrap_or(Rgb(0x5e, 0x60, 0x63));
        let secondary_rgb = secondary.and_then(Rgb::parse);
        Self {
            abbr: abbr.to_owned(),
            name: name.to_owned(),
            primary: primary_rgb.hex(),
            ring: secondary_rgb.map(Rgb::hex),
            text: text_on(primary_rgb).to_owned(),
            outline: needs_outline(primary_rgb),
            readable: readable_fill(primary_rgb, secondary_rgb).hex(),
        }
    }

    /// The badge as a standalone SVG document: a circle in the primary colour, an inner ring
    /// in the secondary colour, the abbreviation centred, and an outline when too dark.
    pub fn badge_svg(&self) -> String {
        let ring = self.ring.as_deref().map_or(String::new(), |ring| {
            format!(
                r#"<circle cx="32" cy="32" r="26.5" fill="none" stroke="{ring}" stroke-width="3"/>"#
            )
        });
        let outline = if self.outline {
            r#" stroke="rgba(232,230,227,.7)" stroke-width="1.5""#
        } else {
            ""
        };
        let font_size = if self.abbr.len() > 3 { 15 } else { 19 };
        format!(
            concat!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">"#,
                "<title>{name}</title>",
                r#"<circle cx="32" cy="32" r="30.5" fill="{primary}"{outline}/>{ring}"#,
                r#"<text x="32" y="32" dy="0.35em" text-anchor="middle" font-family="Inter, system-ui, sans-serif" "#,
                r#"font-weight="800" font-size="{font_size}" fill="{text}">{abbr}</text></svg>"#
            ),
            name = crate::format::escape_html(&self.name),
            primary = self.primary,
            outline = outline,
            ring = ring,
            font_size = font_size,
            text = self.text,
            abbr = crate::format::escape_html(&self.abbr),
        )
    }

    /// The badge as a `data:` URL, usable as an ECharts image symbol.
    pub fn badge_data_url(&self) -> String {
        let mut encoded = String::from("data:image/svg+xml;charset=utf-8,");
        for byte in self.badge_svg().bytes() {
            match byte {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b' ' => {
                    encoded.push(byte as char)
                }
                _ => encoded.push_str(&format!("%{byte:02X}")),
            }
        }
        encoded.replace(' ', "%20")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_six_digit_hex_is_a_colour() {
        assert_eq!(Rgb::parse("#007A33"), Some(Rgb(0, 0x7a, 0x33)));
        assert_eq!(Rgb::parse("NA"), None);
        assert_eq!(Rgb::parse("#fff"), None);
        assert_eq!(Rgb::parse("#gggggg"), None);
    }

    #[test]
    fn contrast_matches_wcag_reference_values() {
        let white = Rgb(255, 255, 255);
        let black = Rgb(0, 0, 0);
        assert!((white.contrast(black) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
    }

    #[test]
    fn dark_colours_get_an_outline_and_a_readable_fill() {
        let navy = Rgb(0x0c, 0x23, 0x40);
        assert!(needs_outline(navy));
        assert!(!needs_outline(readable_fill(navy, None)));
        let gold = Rgb(0xfd, 0xb9, 0x27);
        assert_eq!(readable_fill(navy, Some(gold)), gold);
        assert!(!needs_outline(Rgb(0x3f, 0xb7, 0xd9)));
    }

    #[test]
    fn badge_text_contrasts_with_its_fill() {
        assert_eq!(text_on(Rgb(0x0c, 0x23, 0x40)), "#ffffff");
        assert_eq!(text_on(Rgb(0xfd, 0xb9, 0x27)), "#0a0c0b");
    }

    #[test]
    fn invalid_colours_fall_back_to_neutral_without_ring() {
        let look = TeamLook::new("BOS", "Boston Celtics", Some("NA"), Some("NA"));
        assert_eq!(look.primary, NEUTRAL);
        assert_eq!(look.ring, None);
        assert!(look.badge_svg().contains("<title>Boston Celtics</title>"));
        assert!(look.badge_data_url().starts_with("data:image/svg+xml"));
        assert!(!look.badge_data_url().contains('<'));
    }
}

//! The team page's stat-list cards: ratings, advanced stats, opponent stats and the
//! defensive metrics, each from its source row or marked as having none.

use crate::format::{fixed, pct1};
use crate::gold::tables::{OppStat, TeamAdvStat};
use crate::model::teams::{StatCard, StatRow};

fn row(label: &str, value: Option<String>, accent: bool) -> StatRow {
    StatRow {
        label: label.to_owned(),
        value: value.unwrap_or_else(|| "-".to_owned()),
        accent,
        note: None,
    }
}

fn one_dp(value: Option<f64>) -> Option<String> {
    value.map(|v| fixed(v, 1))
}

fn card(title: &str, rows: Option<Vec<StatRow>>) -> StatCard {
    StatCard {
        title: title.to_owned(),
        rows: rows.unwrap_or_default(),
    }
}

/// The four cards; a card whose row is missing has no rows ("No data available").
pub fn stat_cards(adv: Option<&TeamAdvStat>, opp: Option<&OppStat>) -> Vec<StatCard> {
    let ratings = adv.map(|a| {
        vec![
            row("Net rating", one_dp(a.nrtg), true),
            row("Offensive rating", one_dp(a.ortg), false),
            row("Defensive rating", one_dp(a.drtg), false),
        ]
    });
    let advanced = adv.map(|a| {
        vec![
            row("SRS", one_dp(a.srs), false),
            row("Pace", one_dp(a.pace), false),
            row("True shooting", a.ts_percent.map(pct1), true),
        ]
    });
    // `tov_percent_opp` is already in percent units; `efg_percent_opp` is a fraction.
    let opponent = adv.map(|a| {
        vec![
            row(
                "Opp. turnover rate",
                a.tov_percent_opp.map(|v| format!("{}%", fixed(v, 1))),
                false,
            ),
            row("Opp. effective FG", a.efg_percent_opp.map(pct1), true),
        ]
    });
    let ranked =
        |label: &str, value: Option<String>, rank: Option<&String>, accent: bool| StatRow {
            note: rank
                .map(|r| r.trim())
                .filter(|r| !r.is_empty())
                .map(str::to_owned),
            ..row(label, value, accent)
        };
    let defence = opp.map(|o| {
        vec![
            ranked(
                "Opp. FG %",
                o.fg_percent_opp.map(pct1),
                o.fg_percent_rank.as_ref(),
                false,
            ),
            ranked(
                "Opp. 3P %",
                o.threep_percent_opp.map(pct1),
                o.three_percent_rank.as_ref(),
                false,
            ),
            ranked(
                "Opp. 3PM per game",
                one_dp(o.threep_made_opp),
                o.three_pm_rank.as_ref(),
                false,
            ),
            ranked("Opp. PPG", one_dp(o.ppg_opp), o.ppg_opp_rank.as_ref(), true),
        ]
    });
    vec![
        card("TEAM RATINGS", ratings),
        card("ADVANCED STATS", advanced),
        card("OPPONENT STATS", opponent),
        card("DEFENSIVE METRICS", defence),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_units_and_fractions_are_shown_as_the_contract_says() {
        let adv = TeamAdvStat {
            nrtg: Some(4.25),
            ts_percent: Some(0.5834),
            tov_percent_opp: Some(13.46),
            efg_percent_opp: Some(0.5219),
            ..TeamAdvStat::default()
        };
        let cards = stat_cards(Some(&adv), None);
        let value = |card: usize, row: usize| cards[card].rows[row].value.clone();
        assert_eq!(value(0, 0), "4.3");
        assert!(cards[0].rows[0].accent);
        assert_eq!(value(0, 1), "-");
        assert_eq!(value(1, 2), "58.3%");
        assert_eq!(value(2, 0), "13.5%");
        assert_eq!(value(2, 1), "52.2%");
        assert!(cards[3].rows.is_empty(), "no opp_stats row");
    }

    #[test]
    fn defensive_metrics_carry_their_ranks() {
        let opp = OppStat {
            fg_percent_opp: Some(0.451),
            ppg_opp: Some(108.04),
            ppg_opp_rank: Some("2nd".into()),
            fg_percent_rank: Some(" ".into()),
            ..OppStat::default()
        };
        let cards = stat_cards(None, Some(&opp));
        assert!(cards[..3].iter().all(|c| c.rows.is_empty()));
        let defence = &cards[3].rows;
        assert_eq!(
            (defence[0].value.as_str(), defence[0].note.as_deref()),
            ("45.1%", None)
        );
        assert_eq!(
            (
                defence[3].value.as_str(),
                defence[3].note.as_deref(),
                defence[3].accent
            ),
            ("108.0", Some("2nd"), true)
        );
    }
}

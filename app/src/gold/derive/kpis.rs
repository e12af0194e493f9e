//! The Overview hero time and its four KPI cards, from `bans` and `injuries`.
//!
//! `bans` rows are always chosen by `location` (`H` home, `A` road), never by position.

use std::collections::BTreeSet;

use crate::format::{fixed, pct0, signed};
use crate::gold::slug::player_slug;
use crate::gold::tables::{Bans, Injury};
use crate::model::{Kpi, Stamp};

use super::{team_ref, utc_stamp};

fn by_location<'a>(bans: &'a [Bans], location: &str) -> Option<&'a Bans> {
    bans.iter().find(|row| {
        row.location
            .as_deref()
            .is_some_and(|l| l.trim().eq_ignore_ascii_case(location))
    })
}

/// "Data Last updated: …" time; `None` shows "unknown".
pub fn last_updated(bans: &[Bans]) -> Option<Stamp> {
    let time = by_location(bans, "H")
        .and_then(|row| row.scrape_time)
        .or_else(|| by_location(bans, "A").and_then(|row| row.scrape_time))?;
    Some(utc_stamp(time, "%A, %B %d at %H:%M"))
}

pub fn overview_kpis(bans: &[Bans], injuries: &[Injury]) -> Vec<Kpi> {
    let home = by_location(bans, "H");
    let road = by_location(bans, "A");
    vec![
        home_road_wins(home, road),
        points_per_game(home),
        injured_players(injuries),
        upcoming(home),
    ]
}

fn home_road_wins(home: Option<&Bans>, road: Option<&Bans>) -> Kpi {
    let title = "League wide home vs road wins".to_owned();
    let wins = home
        .and_then(|h| h.tot_wins)
        .zip(road.and_then(|a| a.tot_wins));
    let Some((home_wins, road_wins)) = wins else {
        return Kpi {
            value: "-".into(),
            title,
            subline: None,
            href: None,
        };
    };
    let split = home
        .and_then(|h| h.win_pct)
        .zip(road.and_then(|a| a.win_pct));
    Kpi {
        value: format!("{home_wins} - {road_wins}"),
        title,
        subline: split.map(|(h, a)| format!("{} - {} win percentage splits", pct0(h), pct0(a))),
        href: None,
    }
}

/// Percentage change against last season: (this − last) ÷ last × 100.
pub fn vs_last_season(avg_pts: f64, last_yr_ppg: Option<f64>) -> String {
    match last_yr_ppg.filter(|last| *last != 0.0) {
        Some(last) => {
            format!(
                "{}% difference vs last season",
                signed((avg_pts - last) / last * 100.0, 2)
            )
        }
        None => "No prior-season baseline".to_owned(),
    }
}

fn points_per_game(home: Option<&Bans>) -> Kpi {
    let title = "League average points per game".to_owned();
    match home.and_then(|h| h.avg_pts) {
        Some(avg) => Kpi {
            value: fixed(avg, 1),
            title,
            subline: Some(vs_last_season(avg, home.and_then(|h| h.last_yr_ppg))),
            href: None,
        },
        None => Kpi {
            value: "-".into(),
            title,
            subline: None,
            href: None,
        },
    }
}

/// Distinct (player slug, resolved team) pairs: a player with two entries counts once.
pub fn injured_player_count(injuries: &[Injury]) -> usize {
    injuries
        .iter()
        .filter_map(|row| {
            let slug = player_slug(row.player.as_deref()?);
            let team = team_ref(&[row.team_acronym.as_deref(), row.team.as_deref()], false);
            (!slug.is_empty()).then_some((slug, team.abbr.unwrap_or(team.label)))
        })
        .collect::<BTreeSet<_>>()
        .len()
}

fn injured_players(injuries: &[Injury]) -> Kpi {
    Kpi {
        value: injured_player_count(injuries).to_string(),
        title: "Players on injury report".into(),
        subline: Some("All injury designations".into()),
        href: None,
    }
}

fn upcoming(home: Option<&Bans>) -> Kpi {
    let href = Some("/schedule".to_owned());
    match home.and_then(|h| h.upcoming_game_date) {
        Some(date) => Kpi {
            value: date.format("%B %d").to_string(),
            title: match home.and_then(|h| h.upcoming_games) {
                Some(n) => format!("{n} upcoming {}", if n == 1 { "game" } else { "games" }),
                None => "Upcoming games".into(),
            },
            subline: Some(date.format("%A").to_string()),
            href,
        },
        None => Kpi {
            value: "-".into(),
            title: "Upcoming games".into(),
            subline: None,
            href,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn bans(location: &str, wins: i64, pct: f64) -> Bans {
        Bans {
            location: Some(location.into()),
            tot_wins: Some(wins),
            win_pct: Some(pct),
            avg_pts: Some(115.0),
            last_yr_ppg: Some(112.0),
            upcoming_games: Some(9),
            upcoming_game_date: NaiveDate::from_ymd_opt(2030, 3, 5),
            scrape_time: NaiveDate::from_ymd_opt(2030, 3, 4).and_then(|d| d.and_hms_opt(9, 5, 0)),
        }
    }

    #[test]
    fn rows_are_chosen_by_location_not_position() {
        let rows = [bans("A", 300, 0.45), bans("H", 360, 0.55)];
        let kpis = overview_kpis(&rows, &[]);
        assert_eq!(kpis[0].value, "360 - 300");
        assert_eq!(
            kpis[0].subline.as_deref(),
            Some("55% - 45% win percentage splits")
        );
    }

    #[test]
    fn points_compare_against_last_season_with_sign() {
        assert_eq!(
            vs_last_season(115.0, Some(112.0)),
            "+2.68% difference vs last season"
        );
        assert_eq!(
            vs_last_season(110.0, Some(112.0)),
            "-1.79% difference vs last season"
        );
        assert_eq!(vs_last_season(110.0, Some(0.0)), "No prior-season baseline");
        assert_eq!(vs_last_season(110.0, None), "No prior-season baseline");
        let kpis = overview_kpis(&[bans("H", 1, 0.5)], &[]);
        assert_eq!(kpis[1].value, "115.0");
    }

    #[test]
    fn missing_rows_show_dashes() {
        let kpis = overview_kpis(&[bans("H", 360, 0.55)], &[]);
        assert_eq!(
            (kpis[0].value.as_str(), kpis[0].subline.as_ref()),
            ("-", None)
        );
        let empty = overview_kpis(&[], &[]);
        assert_eq!(empty[1].value, "-");
        assert_eq!(empty[2].value, "0");
        assert_eq!(
            (empty[3].value.as_str(), empty[3].title.as_str()),
            ("-", "Upcoming games")
        );
        assert_eq!(last_updated(&[]), None);
    }

    #[test]
    fn upcoming_card_formats_date_and_weekday() {
        let kpis = overview_kpis(&[bans("H", 1, 0.5)], &[]);
        assert_eq!(kpis[3].value, "March 05");
        assert_eq!(kpis[3].title, "9 upcoming games");
        assert_eq!(kpis[3].subline.as_deref(), Some("Tuesday"));
        assert_eq!(kpis[3].href.as_deref(), Some("/schedule"));
        let stamp = last_updated(&[bans("H", 1, 0.5)]);
        assert_eq!(
            stamp.map(|s| s.text),
            Some("Monday, March 04 at 09:05".to_owned())
        );
    }

    #[test]
    fn injured_players_count_once_per_player_and_team() {
        let injury = |player: &str, team: &str| Injury {
            player: Some(player.into()),
            team_acronym: Some(team.into()),
            ..Injury::default()
        };
        let rows = [
            injury("Zoë Example", "BOS"),
            injury("Zoe Example", "BOS"),
            injury("Zoe Example", "LAL"),
            injury("Ann Lee", "BRK"),
            injury("Ann Lee", "BKN"),
        ];
        assert_eq!(injured_player_count(&rows), 3);
    }
}

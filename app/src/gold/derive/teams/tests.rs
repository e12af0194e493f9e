use chrono::NaiveDate;

use super::*;
use crate::gold::tables::{Injury, Mov, PlayerStat, TeamRating};
use crate::model::games::{FlowStats, GameSummary, GameTeam, Side};
use crate::model::{Stamp, TeamRef};
use crate::teams::by_abbr;

fn standing(team: &str, conference: &str, rank: &str, wins: i64) -> Standing {
    Standing {
        rank: Some(rank.into()),
        team: Some(team.into()),
        conference: Some(conference.into()),
        wins: Some(wins),
        losses: Some(40 - wins),
        last_10: Some("7-3".into()),
        active_injuries: Some(2.0),
        ..Standing::default()
    }
}

#[test]
fn the_index_lists_all_thirty_in_rank_order_then_alphabetically() {
    let tables = Tables {
        standings: vec![
            standing("BOS", "Eastern", "2nd", 28),
            standing("MIA", "Eastern", "10th", 18),
            standing("NYK", "Eastern", "1st", 30),
        ],
        team_ratings: vec![TeamRating {
            team_acronym: Some("NYK".into()),
            nrtg: Some(-0.04),
            ..TeamRating::default()
        }],
        ..Tables::default()
    };
    let index = teams_index(&tables, &[]);
    assert_eq!(index.west.len() + index.east.len(), 30);
    let east: Vec<&str> = index.east.iter().map(|c| c.abbr.as_str()).collect();
    assert_eq!(&east[..4], ["NYK", "BOS", "MIA", "ATL"]);
    let knicks = &index.east[0];
    assert_eq!(knicks.record.as_deref(), Some("30-10 · 1st in East"));
    assert_eq!(knicks.net_rating.as_deref(), Some("Net rating +0.0"));
    assert_eq!(knicks.injured, Some(2));
    // Without standings the reference table still gives every team its conference.
    let empty = teams_index(&Tables::default(), &[]);
    assert_eq!((empty.west.len(), empty.east.len()), (15, 15));
    assert!(empty
        .east
        .iter()
        .all(|c| c.record.is_none() && c.injured.is_none()));
}

#[test]
fn the_meta_line_leaves_out_missing_parts() {
    let boston = by_abbr("BOS").expect("BOS");
    let row = standing("BOS", "Eastern", "2nd", 28);
    assert_eq!(
        meta_line(Some(&row), boston),
        "Eastern Conference · 2nd · 28-12 · Last 10: 7-3"
    );
    let bare = Standing {
        rank: None,
        last_10: Some(" ".into()),
        ..row
    };
    assert_eq!(meta_line(Some(&bare), boston), "Eastern Conference · 28-12");
    assert_eq!(meta_line(None, boston), "Eastern Conference");
}

fn game_team(abbr: &str) -> GameTeam {
    GameTeam {
        team: TeamRef {
            abbr: Some(abbr.into()),
            label: abbr.into(),
        },
        name: None,
        score: 0,
        look: TeamLook::new(abbr, abbr, None, None),
    }
}

#[test]
fn margin_bars_are_in_date_order_and_link_slate_games() {
    let result = |day: u32, id: i64, opp: &str, mov: f64| Mov {
        team: Some("BOS".into()),
        game_id: Some(id),
        game_date: NaiveDate::from_ymd_opt(2030, 3, day),
        outcome: Some(if mov > 0.0 { "W" } else { "L" }.into()),
        opponent: Some(opp.into()),
        pts_scored: Some(100.0),
        pts_scored_opp: Some(100.0 - mov),
        mov: Some(mov),
        ..Mov::default()
    };
    let tables = Tables {
        mov: vec![
            result(2, 7, "LAL", -4.0),
            result(1, 9, "LAL", 6.0),
            result(2, 5, "MIA", 3.0),
            Mov {
                team: Some("MIA".into()),
                ..result(2, 5, "BOS", -3.0)
            },
        ],
        ..Tables::default()
    };
    let games = GamesData {
        slate: Some(Stamp {
            iso: "2030-03-02".into(),
            text: String::new(),
        }),
        games: vec![GameSummary {
            slug: "2030-03-02-bos-lal".into(),
            home: game_team("LAL"),
            away: game_team("BOS"),
            winner: Side::Home,
            margin: 4,
            series: None,
            description: None,
            lead: None,
            flow: FlowStats::default(),
        }],
        ..GamesData::default()
    };
    let bars = mov_bars(&tables, by_abbr("BOS").expect("BOS"), &games);
    let shown: Vec<(&str, &str, bool, Option<&str>)> = bars
        .iter()
        .map(|b| {
            (
                b.date.as_str(),
                b.opponent.as_str(),
                b.won,
                b.game_href.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        vec![
            ("2030-03-01", "LAL", true, None),
            ("2030-03-02", "MIA", true, None),
            (
                "2030-03-02",
                "LAL",
                false,
                Some("/games/2030-03-02-bos-lal")
            ),
        ]
    );
}

#[test]
fn a_team_without_rows_has_every_section_empty() {
    let tables = Tables::default();
    let page = team_page(
        &tables,
        &[],
        &SlugIndex::default(),
        &GamesData::default(),
        by_abbr("UTA").expect("UTA"),
    );
    assert_eq!(page.meta, "Western Conference");
    assert!(page.cards.iter().all(|c| c.rows.is_empty()));
    assert!(page.injuries.is_empty() && page.transactions.is_empty());
    assert!(page.mov.is_empty() && page.players.is_empty() && page.upcoming.is_empty());
    assert_eq!(
        (page.tonight, page.arena, page.game_types),
        (None, None, None)
    );
}

#[test]
fn players_and_injuries_belong_to_the_team_and_link_their_pages() {
    let stat = |name: &str, team: &str, season: &str, ppg: Option<f64>| PlayerStat {
        player: Some(name.into()),
        team: Some(team.into()),
        season_type: Some(season.into()),
        avg_ppg: ppg,
        ..PlayerStat::default()
    };
    let tables = Tables {
        player_stats: vec![
            stat("Al", "BOS", "Regular Season", Some(10.0)),
            stat("bo", "BOS", "Regular Season", Some(10.0)),
            stat("Cy", "BOS", "Regular Season", None),
            stat("Di", "BOS", "Regular Season", Some(22.5)),
            stat("Di", "BOS", "Playoffs", Some(30.0)),
            stat("Ed", "MIA", "Regular Season", Some(40.0)),
        ],
        injuries: vec![Injury {
            player: Some("Cy".into()),
            team: Some("Boston Celtics".into()),
            injury_status: Some("out".into()),
            ..Injury::default()
        }],
        ..Tables::default()
    };
    let slugs = SlugIndex::build(
        tables
            .player_stats
            .iter()
            .filter_map(|r| Some((r.player.as_deref()?, r.team.as_deref()?))),
    );
    let page = team_page(
        &tables,
        &[],
        &slugs,
        &GamesData::default(),
        by_abbr("BOS").expect("BOS"),
    );
    let names: Vec<&str> = page.players.iter().map(|p| p.player.as_str()).collect();
    assert_eq!(names, ["Di", "Al", "bo", "Cy"]);
    assert_eq!(page.injuries[0].href.as_deref(), Some("/players/cy"));
    assert_eq!(
        page.injuries[0].status.as_ref().map(|s| s.text.as_str()),
        Some("OUT")
    );
}

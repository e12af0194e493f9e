use chrono::NaiveDate;

use super::*;
use crate::gold::tables::{BlownLeads, LeagueGameType, PastSchedule, PreseasonOdds, Tables};
use crate::model::schedule::BarColour;

fn date(day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2030, 3, day)
}

fn game(day: u32, start: &str, home: &str, away: &str) -> TonightGame {
    TonightGame {
        game_date: date(day),
        start_time: Some(start.into()),
        home_team: Some(home.into()),
        away_team: Some(away.into()),
        ..TonightGame::default()
    }
}

#[test]
fn one_date_goes_above_the_cards_and_several_go_on_each_card() {
    let same = [
        game(7, "10:00 PM", "Boston Celtics", "Miami Heat"),
        game(7, "7:30 PM", "Utah Jazz", "Chicago Bulls"),
    ];
    let slate = tonight_slate(&same, false);
    assert_eq!(slate.date_line.as_deref(), Some("Thu Mar 7"));
    assert!(slate.cards.iter().all(|c| c.date.is_none()));
    let times: Vec<&str> = slate.cards.iter().map(|c| c.time.as_str()).collect();
    assert_eq!(times, ["7:30 PM", "10:00 PM"]);

    let spanning = [
        game(8, "1:00 AM", "Utah Jazz", "Chicago Bulls"),
        game(7, "TBD", "Boston Celtics", "Miami Heat"),
        game(7, "11:00 PM", "Atlanta Hawks", "Miami Heat"),
    ];
    let slate = tonight_slate(&spanning, false);
    assert_eq!(slate.date_line, None);
    let shown: Vec<(Option<&str>, &str)> = slate
        .cards
        .iter()
        .map(|c| (c.date.as_deref(), c.time.as_str()))
        .collect();
    // Unparseable times go last within their date.
    assert_eq!(
        shown,
        [
            (Some("Thu Mar 7"), "11:00 PM"),
            (Some("Thu Mar 7"), "TBD"),
            (Some("Fri Mar 8"), "1:00 AM")
        ]
    );
    assert_eq!(tonight_slate(&[], false), TonightSlate::default());
}

#[test]
fn labels_prefer_the_moneyline_then_the_odds_text_then_the_name() {
    let mut priced = game(7, "7:30 PM", "Boston Celtics", "LA Clippers");
    priced.home_moneyline = Some(-170.4);
    priced.away_team_odds = Some("LA Clippers (+140)".into());
    priced.away_is_great_value = Some(1);
    priced.avg_team_rank = Some(7.5);
    priced.home_team_predicted_win_pct = Some(0.612);
    let card = &tonight_slate(&[priced], false).cards[0];
    assert_eq!(card.home.label, "Boston Celtics (-170)");
    assert_eq!(card.away.label, "LA Clippers (+140)");
    assert_eq!(card.away.href.as_deref(), Some("/teams/LAC"));
    assert!(card.away.value && !card.home.value);
    assert_eq!(
        (
            card.avg_rank.as_str(),
            card.home_win.as_str(),
            card.road_win.as_str()
        ),
        ("7.5", "61.2%", "-")
    );
    assert_eq!(card.slug, "2030-03-07-lac-bos");

    let mut bare = game(7, " ", "Nowhere Town", "");
    bare.away_team = None;
    bare.avg_team_rank = Some(12.0);
    let card = &tonight_slate(&[bare], false).cards[0];
    assert_eq!(
        (card.home.label.as_str(), card.home.href.as_deref()),
        ("Nowhere Town", None)
    );
    assert_eq!(card.away.label, "-");
    assert_eq!((card.time.as_str(), card.avg_rank.as_str()), ("-", "12"));
}

#[test]
fn the_series_line_needs_the_flag_and_a_round_or_status() {
    let mut playoff = game(7, "7:30 PM", "Boston Celtics", "Miami Heat");
    playoff.series_round = Some("First Round".into());
    playoff.series_game_number = Some(3);
    playoff.series_status = Some("BOS leads 2-0".into());
    let line = |g: &TonightGame, flag| {
        tonight_slate(std::slice::from_ref(g), flag).cards[0]
            .series
            .clone()
    };
    assert_eq!(
        line(&playoff, true).as_deref(),
        Some("First Round · Game 3 · BOS leads 2-0")
    );
    assert_eq!(line(&playoff, false), None);
    playoff.series_round = None;
    assert_eq!(
        line(&playoff, true).as_deref(),
        Some("Game 3 · BOS leads 2-0")
    );
    playoff.series_status = None;
    assert_eq!(
        line(&playoff, true),
        None,
        "a game number alone is not a series line"
    );
}

#[test]
fn the_full_schedule_runs_by_date_then_tip_off() {
    let row = |day: u32, start: &str| ScheduleRemaining {
        game_date: date(day),
        start_time: Some(start.into()),
        home_team: Some("Boston Celtics".into()),
        away_team: Some("Miami Heat".into()),
        avg_team_rank: Some(9.0),
    };
    let rows = full_rows(&[row(9, "7:00 PM"), row(8, "TBD"), row(8, "1:00 PM")]);
    let shown: Vec<(Option<&str>, Option<&str>)> = rows
        .iter()
        .map(|r| (r.date.as_deref(), r.start.as_deref()))
        .collect();
    assert_eq!(
        shown,
        [
            (Some("2030-03-08"), Some("1:00 PM")),
            (Some("2030-03-08"), Some("TBD")),
            (Some("2030-03-09"), Some("7:00 PM"))
        ]
    );
    assert_eq!(rows[0].home.label, "Boston Celtics");
}

fn bars(chart: &AnalysisChart) -> Vec<(&str, f64)> {
    chart
        .bars
        .iter()
        .map(|b| (b.label.as_str(), b.value))
        .collect()
}

#[test]
fn team_charts_sort_ascending_with_ties_by_team_and_skip_nulls() {
    let past = |team: &str, below: Option<f64>| PastSchedule {
        team: Some(team.into()),
        pct_vs_below_500: below,
        record: Some("30 - 12".into()),
        ..PastSchedule::default()
    };
    let tables = Tables {
        past_schedule: vec![
            past("MIA", Some(0.5)),
            past("BOS", Some(0.5)),
            past("LAL", Some(0.41)),
            past("NYK", None),
        ],
        blown_leads: vec![
            BlownLeads {
                team: Some("BOS".into()),
                season_type: Some("Regular Season".into()),
                net_comebacks: Some(-3),
                ..BlownLeads::default()
            },
            BlownLeads {
                team: Some("BOS".into()),
                season_type: Some("Playoffs".into()),
                net_comebacks: Some(9),
                ..BlownLeads::default()
            },
        ],
        preseason: vec![PreseasonOdds {
            team: Some("PHO".into()),
            wins_differential: Some(4.5),
            championship_odds: Some(2500.0),
            ..PreseasonOdds::default()
        }],
        ..Tables::default()
    };
    let charts = analysis_charts(&tables);
    let sos = &charts[&AnalysisKind::StrengthOfSchedule];
    assert_eq!(bars(sos), [("LAL", 0.41), ("BOS", 0.5), ("MIA", 0.5)]);
    assert!(sos.x_percent);
    assert_eq!(sos.bars[0].lines[0], "Record: 30 - 12");
    assert_eq!(sos.bars[0].team.as_deref(), Some("LAL"));

    let comebacks = &charts[&AnalysisKind::Comebacks];
    assert_eq!(bars(comebacks), [("BOS", -3.0)], "Regular Season rows only");
    assert_eq!(
        comebacks.colour,
        BarColour::CentredOnZero("Net Comebacks".into())
    );

    let preseason = &charts[&AnalysisKind::Preseason];
    assert_eq!(bars(preseason), [("PHX", 4.5)], "aliases resolve");
    assert!(preseason.bars[0]
        .lines
        .contains(&"Championship Odds: 2500".to_owned()));
    assert!(charts[&AnalysisKind::Spread].bars.is_empty());
}

#[test]
fn game_types_keep_their_fixed_order_and_explain_themselves() {
    let row = |name: &str, season: &str, n: i64| LeagueGameType {
        game_type: Some(name.into()),
        season_type: Some(season.into()),
        n: Some(n),
        explanation: Some("5 points or less".into()),
    };
    let tables = Tables {
        game_types: vec![
            row("Blowout Game", "Regular Season", 80),
            row("Overtime Game", "Regular Season", 9),
            row("Clutch Game", "Regular Season", 300),
            row("Clutch Game", "Playoffs", 20),
            row("10 pt Game", "Regular Season", 250),
            row("Another Game", "Regular Season", 1),
        ],
        ..Tables::default()
    };
    let chart = &analysis_charts(&tables)[&AnalysisKind::GameTypes];
    // Bottom to top: the reverse of Clutch, 10 pt, (20 pt), Blowout, then the unknown ones.
    let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Overtime Game",
            "Another Game",
            "Blowout Game",
            "10 pt Game",
            "Clutch Game"
        ]
    );
    let clutch = chart.bars.last().expect("bars");
    assert_eq!(clutch.heading, None);
    assert_eq!(clutch.team, None, "game types open no page");
    assert_eq!(
        clutch.lines,
        [
            "Game Type: Clutch Game",
            "# Games: 300",
            "Definition: Clutch Games are games where the Margin of Victory is 5 points or less",
        ]
    );
}

use super::*;
use crate::gold::derive::looks::team_looks;
use crate::gold::tables::RecentGameTeam;
use crate::model::games::Side;

fn slate() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2030, 3, 1)
}

/// A row of the Boston (home) against Los Angeles (away) game.
fn bos_lal(t: f64, home: f64, away: f64, scorer: &str) -> Pbp {
    Pbp {
        game_description: Some("Boston Celtics Vs. Los Angeles Lakers".into()),
        game_date: slate(),
        time_quarter: Some("5:00".into()),
        quarter: Some("2nd Quarter".into()),
        time_remaining_final: Some(t),
        play: Some(format!("{scorer} play")),
        score: Some(format!("{away}-{home}")),
        home_team: Some("BOS".into()),
        away_team: Some("LAL".into()),
        home_team_full: Some("Boston Celtics".into()),
        away_team_full: Some("Los Angeles Lakers".into()),
        home_primary_color: Some("#007a33".into()),
        away_primary_color: Some("#552583".into()),
        score_home: Some(home),
        score_away: Some(away),
        margin_score: Some(home - away),
        leading_team: Some(
            if home > away {
                "BOS"
            } else if away > home {
                "LAL"
            } else {
                "TIE"
            }
            .into(),
        ),
        leading_team_text: Some("Leading".into()),
        scoring_team: Some(scorer.into()),
        scoring_team_color: Some("NA".into()),
        winning_team: Some("LAL".into()),
    }
}

/// A game with only markers: no scoring plays at all.
fn quiet_game() -> Vec<Pbp> {
    [48.0, 0.0]
        .into_iter()
        .map(|t| Pbp {
            game_description: Some("Atlanta Hawks Vs. Miami Heat".into()),
            game_date: slate(),
            time_remaining_final: Some(t),
            home_team: Some("ATL".into()),
            away_team: Some("MIA".into()),
            leading_team: Some("TIE".into()),
            scoring_team: Some("TIE".into()),
            ..Pbp::default()
        })
        .collect()
}

fn tables(pbp: Vec<Pbp>, recent_teams: Vec<RecentGameTeam>) -> Tables {
    Tables {
        pbp,
        recent_teams,
        recent_players: vec![RecentGamePlayer {
            player: Some("Émile Example".into()),
            team: Some("LAL".into()),
            outcome: Some("W".into()),
            pts: Some(41.0),
            game_ts_percent: Some(0.655),
            pts_color: Some(" 1".into()),
            ts_color: Some("0".into()),
            plus_minus: Some("+16".into()),
        }],
        ..Tables::default()
    }
}

fn derive(tables: &Tables) -> (GamesData, Vec<GamePlot>) {
    let looks = team_looks(&tables.team_adv_stats, &tables.pbp);
    games(tables, &looks, &SlugIndex::default(), false)
}

fn two_games() -> Tables {
    let mut pbp = quiet_game();
    pbp.extend([
        bos_lal(47.0, 2.0, 0.0, "BOS"),
        bos_lal(40.0, 2.0, 3.0, "LAL"),
        bos_lal(30.0, 2.0, 3.0, "TIE"),
        bos_lal(0.5, 98.0, 101.0, "LAL"),
    ]);
    tables(pbp, vec![])
}

#[test]
fn games_are_ordered_by_description_and_slugged_away_then_home() {
    let (data, plots) = derive(&two_games());
    let slugs: Vec<&str> = data.games.iter().map(|g| g.slug.as_str()).collect();
    assert_eq!(slugs, ["2030-03-01-mia-atl", "2030-03-01-lal-bos"]);
    assert_eq!(plots.len(), 2);
    assert_eq!(
        data.slate.as_ref().map(|s| s.text.as_str()),
        Some("Friday, Mar 01, 2030")
    );
    assert_eq!(data.plays, 3, "markers are not plays");
}

#[test]
fn card_facts_without_a_matching_team_row() {
    let (data, _) = derive(&two_games());
    let game = data.game("2030-03-01-lal-bos").expect("the game");
    assert_eq!((game.home.score, game.away.score), (98, 101));
    assert_eq!(game.winner, Side::Away);
    assert_eq!(game.margin, 3);
    assert_eq!(game.series, None);
    assert_eq!(
        game.description.as_deref(),
        Some("Boston Celtics @ Los Angeles Lakers")
    );
    assert_eq!(game.flow.plays, 3);
    assert_eq!(game.flow.lead_changes, 1);
}

#[test]
fn a_matching_team_row_gives_margin_and_series_only_on_the_slate_date() {
    let row = |day| RecentGameTeam {
        team: Some("LAL".into()),
        opponent: Some("BOS".into()),
        game_date: NaiveDate::from_ymd_opt(2030, 3, day),
        mov: Some(5.0),
        series_round: None,
        series_status: Some("LAL leads 1-0".into()),
    };
    let mut tables = two_games();
    tables.recent_teams = vec![row(1)];
    let looks = team_looks(&[], &tables.pbp);
    let (data, _) = games(&tables, &looks, &SlugIndex::default(), true);
    let game = data.game("2030-03-01-lal-bos").expect("the game");
    assert_eq!(
        (game.margin, game.series.as_deref()),
        (5, Some("LAL leads 1-0"))
    );

    tables.recent_teams = vec![row(2)];
    let (data, _) = games(&tables, &looks, &SlugIndex::default(), true);
    let game = data.game("2030-03-01-lal-bos").expect("the game");
    assert_eq!((game.margin, game.series.as_deref()), (3, None));
}

#[test]
fn chart_points_colour_by_scorer_and_end_with_the_synthetic_point() {
    let (_, plots) = derive(&two_games());
    let plot = plots
        .iter()
        .find(|p| p.slug == "2030-03-01-lal-bos")
        .expect("a plot");
    assert_eq!(plot.end, 0.0);
    let times: Vec<f64> = plot.points.iter().map(|p| p.t).collect();
    assert_eq!(times, vec![47.0, 40.0, 0.5, 0.0]);
    let first = &plot.points[0];
    assert_eq!(first.fill, "#007a33", "NA falls back to the team colour");
    assert_eq!(first.scorer, "Boston Celtics");
    assert_eq!(first.score, "0-2");
    let end = &plot.points[3];
    assert_eq!(
        (end.clock.as_str(), end.scorer.as_str()),
        ("0:00", "Los Angeles Lakers")
    );
    assert_eq!(end.play, plot.points[2].play);
}

#[test]
fn a_game_without_scoring_plays_has_no_points_and_no_run() {
    let (data, plots) = derive(&two_games());
    let quiet = &data.games[0];
    assert_eq!(quiet.flow.plays, 0);
    assert_eq!((quiet.home.score, quiet.away.score), (0, 0));
    assert_eq!(quiet.winner, Side::Away, "equal scores give the away side");
    assert!(plots[0].points.is_empty());
    assert_eq!(plots[0].run, None);
    let lead = quiet.lead.expect("markers still give lead time");
    assert_eq!(lead.tie, 1.0);
}

#[test]
fn an_empty_feed_keeps_the_player_lines() {
    let (data, plots) = derive(&tables(vec![], vec![]));
    assert!(data.slate.is_none() && data.games.is_empty() && plots.is_empty());
    assert_eq!(data.lines.len(), 1);
    let line = &data.lines[0];
    assert_eq!((line.pts_code, line.ts_code), (Some(1), Some(0)));
    assert_eq!(line.slug, "emile-example");
    assert_eq!(line.team.href().as_deref(), Some("/teams/LAL"));
}

#[test]
fn repeated_pairings_get_distinct_slugs() {
    let mut taken = HashSet::new();
    assert_eq!(unique("a".into(), &mut taken), "a");
    assert_eq!(unique("a".into(), &mut taken), "a-2");
    assert_eq!(unique("a".into(), &mut taken), "a-3");
}

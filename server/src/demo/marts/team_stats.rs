//! `team_adv_stats`: advanced metrics, arena and colours per team.

use super::super::format::round_to;
use super::super::franchise::{conference_long, logo_path, Franchise};
use super::super::rng::Rng;
use super::super::season::Season;
use super::super::table::{col, int, num, opt, text, Row, SqlType::*, TableSpec, Value};
use super::super::tally::{Summary, TeamTally};
use super::rank_by;

pub const TEAM_ADV_STATS: TableSpec = TableSpec {
    name: "team_adv_stats",
    columns: &[
        col("team", Text),
        col("scrape_date", Date),
        col("age", Numeric),
        col("w", Integer),
        col("l", Integer),
        col("pw", Integer),
        col("pl", Integer),
        col("mov", Numeric),
        col("sos", Numeric),
        col("srs", Numeric),
        col("ortg", Numeric),
        col("drtg", Numeric),
        col("nrtg", Numeric),
        col("pace", Numeric),
        col("ftr", Numeric),
        col("three_p_rate", Numeric),
        col("ts_percent", Numeric),
        col("efg_percent", Numeric),
        col("tov_percent", Numeric),
        col("orb_percent", Numeric),
        col("ft_fga", Numeric),
        col("efg_percent_opp", Numeric),
        col("tov_percent_opp", Numeric),
        col("drb_percent_opp", Numeric),
        col("ft_fga_opp", Numeric),
        col("arena", Text),
        col("attendance", Numeric),
        col("att_game", Numeric),
        col("team_acronym", Text),
        col("conference", Text),
        col("primary_color", Text),
        col("secondary_color", Text),
        col("third_color", Text),
        col("previous_season_wins", Integer),
        col("previous_season_rank", Integer),
        col("team_logo", Text),
    ],
    constraints: &[],
};

/// League-typical free-throw rate and free throws made per FGA, for opponents' shooting.
pub const LEAGUE_FTR: f64 = 0.24;
const LEAGUE_FT_FGA: f64 = 0.19;

/// Effective FG% from true shooting, given free-throw rate and free throws made per FGA:
/// points = 2·TS·FGA·(1 + 0.44·FTr), and eFG = (points − FT) / (2·FGA).
fn effective_fg(ts: f64, ftr: f64, ft_fga: f64) -> f64 {
    ts * (1.0 + 0.44 * ftr) - ft_fga / 2.0
}

/// The effective FG% a team's opponents shot, from the points and attempts it allowed.
pub fn opponent_efg(tally: &TeamTally) -> Option<f64> {
    let ts = (tally.attempts_against > 0.0)
        .then(|| tally.points_against as f64 / (2.0 * tally.attempts_against))?;
    Some(effective_fg(ts, LEAGUE_FTR, LEAGUE_FT_FGA))
}

/// Shot-profile details the game model does not track, drawn per team from their own stream.
struct ShotProfile {
    ftr: f64,
    ft_fga: f64,
    three_p_rate: f64,
    tov_percent: f64,
    orb_percent: f64,
    tov_percent_opp: f64,
    drb_percent_opp: f64,
    ft_fga_opp: f64,
}

fn shot_profile(rng: &mut Rng, team: &Franchise) -> ShotProfile {
    let ftr = rng.range(0.19, 0.29);
    ShotProfile {
        ftr,
        ft_fga: ftr * rng.range(0.74, 0.82),
        three_p_rate: rng.range(0.34, 0.50),
        // Good offences turn the ball over less; good defences force more turnovers.
        tov_percent: 13.0 - 0.2 * team.offense + rng.normal(0.0, 0.6),
        orb_percent: rng.range(21.0, 31.0),
        tov_percent_opp: 13.0 + 0.2 * team.defense + rng.normal(0.0, 0.6),
        drb_percent_opp: rng.range(70.0, 78.5),
        ft_fga_opp: rng.range(0.16, 0.22),
    }
}

/// Expected wins from points for and against (exponent 14, the usual basketball choice).
fn pythagorean_wins(tally: &TeamTally) -> u32 {
    let (pf, pa) = (tally.points_for as f64, tally.points_against as f64);
    if tally.games() == 0 {
        return 0;
    }
    let share = pf.powf(14.0) / (pf.powf(14.0) + pa.powf(14.0));
    (share * f64::from(tally.games())).round() as u32
}

/// Average margin of the opponents faced, one entry per game.
fn strength_of_schedule(tally: &TeamTally, margins: &[Option<f64>]) -> Option<f64> {
    let games = tally.games();
    let total: f64 = tally
        .opponents
        .iter()
        .map(|&o| margins[o].unwrap_or(0.0))
        .sum();
    (games > 0).then(|| total / f64::from(games))
}

fn average_age(season: &Season, team: usize) -> f64 {
    let ages: Vec<f64> = season
        .players
        .iter()
        .filter(|p| p.team == Some(team) && p.on_the_books())
        .map(|p| f64::from(p.age))
        .collect();
    ages.iter().sum::<f64>() / ages.len().max(1) as f64
}

pub fn team_adv_stats(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut rng = Rng::new(season.seed).fork("team_adv_stats");
    let previous: Vec<Option<f64>> = season
        .teams
        .iter()
        .map(|t| Some(f64::from(t.previous_wins)))
        .collect();
    let previous_rank = rank_by(&previous, true);
    let margins: Vec<Option<f64>> = summary.teams.iter().map(TeamTally::margin).collect();

    season
        .teams
        .iter()
        .enumerate()
        .map(|(index, team)| {
            let tally = &summary.teams[index];
            let games = tally.games();
            let pw = pythagorean_wins(tally);
            let sos = strength_of_schedule(tally, &margins);
            let ortg = tally.ortg().map(|v| round_to(v, 1));
            let drtg = tally.drtg().map(|v| round_to(v, 1));
            let pace = (games > 0).then(|| tally.possessions / f64::from(games));
            let shots = shot_profile(&mut rng, team);
            let pf = tally.points_for as f64;
            let ts = (tally.attempts_for > 0.0).then(|| pf / (2.0 * tally.attempts_for));
            let efg = ts.map(|v| effective_fg(v, shots.ftr, shots.ft_fga));
            let efg_opp = opponent_efg(tally);

            vec![
                ("team", text(team.name)),
                ("scrape_date", Value::Date(season.today)),
                ("age", num(average_age(season, index), 1)),
                ("w", int(tally.wins)),
                ("l", int(tally.losses)),
                ("pw", int(pw)),
                ("pl", int(games - pw.min(games))),
                ("mov", opt(tally.margin(), |v| num(v, 2))),
                ("sos", opt(sos, |v| num(v, 2))),
                ("srs", opt(tally.margin().zip(sos), |(m, s)| num(m + s, 2))),
                ("ortg", opt(ortg, |v| num(v, 1))),
                ("drtg", opt(drtg, |v| num(v, 1))),
                ("nrtg", opt(ortg.zip(drtg), |(o, d)| num(o - d, 1))),
                ("pace", opt(pace, |v| num(v, 1))),
                ("ftr", num(shots.ftr, 3)),
                ("three_p_rate", num(shots.three_p_rate, 3)),
                ("ts_percent", opt(ts, |v| num(v, 3))),
                ("efg_percent", opt(efg, |v| num(v, 3))),
                ("tov_percent", num(shots.tov_percent, 1)),
                ("orb_percent", num(shots.orb_percent, 1)),
                ("ft_fga", num(shots.ft_fga, 3)),
                ("efg_percent_opp", opt(efg_opp, |v| num(v, 3))),
                ("tov_percent_opp", num(shots.tov_percent_opp, 1)),
                ("drb_percent_opp", num(shots.drb_percent_opp, 1)),
                ("ft_fga_opp", num(shots.ft_fga_opp, 3)),
                ("arena", text(team.arena)),
                (
                    "attendance",
                    num(team.crowd * home_games(summary, index) as f64, 0),
                ),
                ("att_game", num(team.crowd, 0)),
                ("team_acronym", text(team.abbr)),
                ("conference", text(conference_long(team.conference))),
                ("primary_color", text(team.primary)),
                ("secondary_color", text(team.secondary)),
                ("third_color", text(team.third)),
                ("previous_season_wins", int(team.previous_wins)),
                (
                    "previous_season_rank",
                    opt(previous_rank[index], |r| int(r as i64)),
                ),
                ("team_logo", text(logo_path(team.abbr))),
            ]
        })
        .collect()
}

fn home_games(summary: &Summary, team: usize) -> usize {
    summary
        .season
        .played()
        .filter(|(game, _)| game.home == team)
        .count()
}

//! The demo-data generator against a real Postgres: deterministic, refuses to clobber data, and
//! every table agrees with the others.

mod support;

use std::collections::{BTreeMap, HashMap};

use app::gold::slug::player_slug;
use chrono::NaiveDate;
use server::demo::{self, DemoError, DemoOptions};
use sqlx::PgPool;
use support::fresh_database;

/// A Wednesday in the middle of the season.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 22).expect("valid date")
}

/// How many rows a query counts; for the consistency checks below.
async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(pool)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

fn options(schema: &str, seed: u64, replace: bool) -> DemoOptions {
    DemoOptions {
        schema: schema.to_string(),
        seed,
        today: today(),
        replace,
        playoffs: false,
    }
}

fn quoted(schema: &str) -> String {
    format!("\"{}\"", schema.replace('"', "\"\""))
}

/// Every demo table as sorted row texts.
async fn dump(pool: &PgPool, schema: &str) -> BTreeMap<String, Vec<String>> {
    let mut tables = BTreeMap::new();
    for table in demo::table_names() {
        let sql = format!(
            "SELECT t::text FROM {}.\"{table}\" t ORDER BY 1",
            quoted(schema)
        );
        let rows: Vec<String> = sqlx::query_scalar(&sql)
            .fetch_all(pool)
            .await
            .expect("dump table");
        tables.insert(table.to_string(), rows);
    }
    tables
}

#[tokio::test]
async fn the_same_seed_and_date_give_identical_tables() {
    let (first, _) = fresh_database().await;
    let (second, _) = fresh_database().await;

    let a = demo::install(&first, &options("gold", 7, false))
        .await
        .expect("first install");
    let b = demo::install(&second, &options("gold", 7, false))
        .await
        .expect("second install");

    assert_eq!(a.row_counts, b.row_counts);
    assert_eq!(a.row_counts.len(), demo::table_names().len());
    assert!(
        a.row_counts.values().all(|rows| *rows > 0),
        "{:?}",
        a.row_counts
    );
    let dumped = dump(&first, "gold").await;
    assert_eq!(dumped, dump(&second, "gold").await);
    for (table, rows) in &dumped {
        assert_eq!(
            Some(&(rows.len() as i64)),
            a.row_counts.get(table),
            "{table}"
        );
    }
}

#[tokio::test]
async fn a_different_seed_gives_different_data_and_odd_schema_names_work() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 7, false))
        .await
        .expect("seed 7");
    demo::install(&pool, &options("demo \"b\"", 8, false))
        .await
        .expect("seed 8");

    let seven = dump(&pool, "gold").await;
    let eight = dump(&pool, "demo \"b\"").await;
    for table in [
        "mov",
        "player_stats",
        "standings",
        "contract_value_analysis",
        "injuries",
    ] {
        assert_ne!(
            seven[table], eight[table],
            "{table} is the same for both seeds"
        );
    }
}

#[tokio::test]
async fn install_refuses_a_filled_schema_unless_told_to_replace() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 1, false))
        .await
        .expect("first install");
    sqlx::query("CREATE TABLE gold.keep_me (note text)")
        .execute(&pool)
        .await
        .expect("create");
    sqlx::query("INSERT INTO gold.keep_me VALUES ('not ours')")
        .execute(&pool)
        .await
        .expect("insert");
    let before = dump(&pool, "gold").await;

    let refused = demo::install(&pool, &options("gold", 2, false)).await;
    assert!(
        matches!(refused, Err(DemoError::NotEmpty(ref schema)) if schema == "gold"),
        "{refused:?}"
    );
    assert_eq!(
        dump(&pool, "gold").await,
        before,
        "a refused install changed data"
    );

    demo::install(&pool, &options("gold", 2, true))
        .await
        .expect("replacing install");
    let after = dump(&pool, "gold").await;
    assert_ne!(after["mov"], before["mov"]);
    let kept: i64 = sqlx::query_scalar("SELECT count(*) FROM gold.keep_me")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(kept, 1, "a table the demo does not own was touched");
}

#[tokio::test]
async fn create_tables_makes_empty_tables_that_install_may_fill() {
    let (pool, _) = fresh_database().await;
    demo::create_tables(&pool, "gold")
        .await
        .expect("create tables");
    let empty = dump(&pool, "gold").await;
    assert!(empty.values().all(Vec::is_empty));

    let columns: Vec<(String, String)> = sqlx::query_as(
        "SELECT column_name::text, data_type::text FROM information_schema.columns \
         WHERE table_schema = 'gold' AND table_name = 'bans' ORDER BY ordinal_position LIMIT 3",
    )
    .fetch_all(&pool)
    .await
    .expect("columns");
    let expected = [
        ("upcoming_games", "integer"),
        ("upcoming_game_date", "date"),
        ("location", "text"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect();
    assert_eq!(columns, expected);

    demo::install(&pool, &options("gold", 3, false))
        .await
        .expect("empty tables are not data");
}

#[tokio::test]
async fn standings_agree_with_the_results_in_mov() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 11, false))
        .await
        .expect("install");

    let mismatches: Vec<String> = sqlx::query_scalar(
        "WITH games AS ( \
             SELECT team, outcome, \
                    row_number() OVER (PARTITION BY team ORDER BY game_date DESC, game_id DESC) AS back \
             FROM gold.mov), \
         records AS ( \
             SELECT team, \
                    count(*) FILTER (WHERE outcome = 'W') AS wins, \
                    count(*) FILTER (WHERE outcome = 'L') AS losses, \
                    count(*) FILTER (WHERE outcome = 'W' AND back <= 10) AS w10, \
                    count(*) FILTER (WHERE outcome = 'L' AND back <= 10) AS l10 \
             FROM games GROUP BY team) \
         SELECT s.team FROM gold.standings s FULL JOIN records r ON r.team = s.team \
         WHERE s.wins IS DISTINCT FROM r.wins \
            OR s.losses IS DISTINCT FROM r.losses \
            OR s.games_played IS DISTINCT FROM r.wins + r.losses \
            OR s.win_pct IS DISTINCT FROM round(r.wins::numeric / (r.wins + r.losses), 3) \
            OR s.last_10 IS DISTINCT FROM r.w10 || '-' || r.l10",
    )
    .fetch_all(&pool)
    .await
    .expect("compare standings");
    assert!(
        mismatches.is_empty(),
        "standings disagree with mov for {mismatches:?}"
    );

    let teams: i64 = sqlx::query_scalar("SELECT count(*) FROM gold.standings")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(teams, 30);
    let unpaired: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM (SELECT game_id FROM gold.mov GROUP BY game_id \
         HAVING count(*) <> 2 OR sum(mov) <> 0 OR count(*) FILTER (WHERE outcome = 'W') <> 1) g",
    )
    .fetch_one(&pool)
    .await
    .expect("pairs");
    assert_eq!(
        unpaired, 0,
        "every game has one winner and two mirrored rows"
    );
}

#[tokio::test]
async fn bans_agree_with_mov_and_the_remaining_schedule() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 5, false))
        .await
        .expect("install");

    // mov has no home/away column; the simulation itself says who hosted each game id.
    let season = demo::simulate(5, today());
    let hosts: HashMap<i64, &str> = season
        .games
        .iter()
        .map(|g| (g.id, season.teams[g.home].abbr))
        .collect();
    let wins: Vec<(i64, String)> =
        sqlx::query_as("SELECT game_id, team FROM gold.mov WHERE outcome = 'W'")
            .fetch_all(&pool)
            .await
            .expect("winners");
    let home_wins = wins
        .iter()
        .filter(|(id, team)| hosts.get(id) == Some(&team.as_str()))
        .count();
    let road_wins = wins.len() - home_wins;

    let bans: Vec<(String, i32, i32, i32, NaiveDate)> = sqlx::query_as(
        "SELECT location, tot_wins, games_played, upcoming_games, upcoming_game_date \
         FROM gold.bans ORDER BY location DESC",
    )
    .fetch_all(&pool)
    .await
    .expect("bans");
    assert_eq!(bans.len(), 2);
    let side = |location: &str| {
        bans.iter()
            .find(|row| row.0 == location)
            .expect("both sides")
    };
    assert_eq!(side("H").1 as usize, home_wins);
    assert_eq!(side("A").1 as usize, road_wins);
    assert_eq!(side("H").2 as usize, wins.len());

    let shares: f64 = sqlx::query_scalar("SELECT sum(win_pct)::float8 FROM gold.bans")
        .fetch_one(&pool)
        .await
        .expect("shares");
    assert!((shares - 1.0).abs() < 1e-9);

    let (upcoming, date) = (side("H").3, side("H").4);
    let on_that_date: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM gold.schedule_season_remaining WHERE game_date = $1",
    )
    .bind(date)
    .fetch_one(&pool)
    .await
    .expect("count remaining");
    let first_date: Option<NaiveDate> =
        sqlx::query_scalar("SELECT min(game_date) FROM gold.schedule_season_remaining")
            .fetch_one(&pool)
            .await
            .expect("first remaining date");
    assert_eq!(i64::from(upcoming), on_that_date);
    assert_eq!(first_date, Some(date));
    assert_eq!(date, today());
}

#[tokio::test]
async fn last_nights_play_by_play_adds_up_to_the_results_and_the_top_lines() {
    let (pool, _) = fresh_database().await;
    let report = demo::install(&pool, &options("gold", 11, false))
        .await
        .expect("install");
    for table in ["pbp", "recent_games_players", "recent_games_teams"] {
        assert!(report.row_counts.get(table) > Some(&0), "{table} is empty");
    }

    let slate: (NaiveDate, i64) = sqlx::query_as(
        "SELECT max(game_date), count(DISTINCT game_description) FROM gold.pbp \
         HAVING min(game_date) = max(game_date)",
    )
    .fetch_one(&pool)
    .await
    .expect("one slate date");
    let last_played: Option<NaiveDate> = sqlx::query_scalar("SELECT max(game_date) FROM gold.mov")
        .fetch_one(&pool)
        .await
        .expect("last played");
    assert_eq!(Some(slate.0), last_played);
    assert!(slate.0 < today());
    let results = count(&pool, "SELECT count(*) FROM gold.recent_games_teams").await;
    assert_eq!(results, slate.1);

    // Each game's last play in load order carries its final score, which must be the result.
    let disagreeing = count(
        &pool,
        "WITH finals AS ( \
             SELECT DISTINCT ON (game_description) home_team, away_team, game_date, \
                    score_home, score_away, winning_team \
             FROM gold.pbp \
             ORDER BY game_description, time_remaining_final ASC, (score_home + score_away) DESC) \
         SELECT count(*) FROM gold.recent_games_teams r LEFT JOIN finals f \
           ON f.game_date = r.game_date \
          AND ((f.home_team, f.away_team) = (r.team, r.opponent) \
               OR (f.home_team, f.away_team) = (r.opponent, r.team)) \
         WHERE f.home_team IS NULL \
            OR f.winning_team <> r.team \
            OR r.pts_scored <> greatest(f.score_home, f.score_away) \
            OR r.pts_scored_opp <> least(f.score_home, f.score_away) \
            OR r.mov <> abs(f.score_home - f.score_away) \
            OR r.home_team <> f.home_team",
    )
    .await;
    assert_eq!(
        disagreeing, 0,
        "pbp finals disagree with recent_games_teams"
    );

    // The "+N" texts of the scoring rows add up to the same finals.
    let unbalanced = count(
        &pool,
        "SELECT count(*) FROM ( \
             SELECT game_description, \
                    sum(replace(home_score, '+', '')::int) FILTER (WHERE scoring_team = home_team) AS home, \
                    sum(replace(away_score, '+', '')::int) FILTER (WHERE scoring_team = away_team) AS away, \
                    max(score_home) AS final_home, max(score_away) AS final_away \
             FROM gold.pbp GROUP BY game_description) g \
         WHERE g.home <> g.final_home OR g.away <> g.final_away",
    )
    .await;
    assert_eq!(unbalanced, 0);

    // Every top line's points are the scorer's baskets in the feed.
    let misattributed: Vec<(String, String)> = sqlx::query_as(
        "SELECT r.player, r.pts::text FROM gold.recent_games_players r \
         WHERE r.pts IS DISTINCT FROM ( \
             SELECT sum(coalesce(replace(p.home_score, '+', ''), replace(p.away_score, '+', ''))::int) \
             FROM gold.pbp p \
             WHERE p.scoring_team = r.team AND starts_with(p.play, r.player || ' makes '))",
    )
    .fetch_all(&pool)
    .await
    .expect("top lines");
    assert!(misattributed.is_empty(), "{misattributed:?}");

    let overtime = count(
        &pool,
        "SELECT count(*) FROM gold.pbp WHERE time_remaining_final < 0",
    )
    .await;
    assert!(overtime > 0, "no game went to overtime");
    let never_tied = count(
        &pool,
        "SELECT count(*) FROM (SELECT game_description FROM gold.pbp GROUP BY game_description \
         HAVING count(*) FILTER (WHERE scoring_team <> 'TIE' AND margin_score = 0) = 0) g",
    )
    .await;
    assert!(never_tied > 0, "every game was tied after a basket");
    let flags = count(
        &pool,
        "SELECT count(*) FROM gold.feature_flags WHERE flag = 'playoffs' AND is_enabled = 0",
    )
    .await;
    assert_eq!(flags, 1);
    let series = count(
        &pool,
        "SELECT count(*) FROM gold.recent_games_teams \
         WHERE series_round IS NOT NULL OR series_status IS NOT NULL \
            OR series_game_number IS NOT NULL",
    )
    .await;
    assert_eq!(series, 0, "series columns outside the playoffs");
}

#[tokio::test]
async fn the_playoffs_variant_turns_the_flag_on_and_fills_the_series() {
    let (pool, _) = fresh_database().await;
    let playoffs = DemoOptions {
        playoffs: true,
        ..options("gold", 11, false)
    };
    demo::install(&pool, &playoffs).await.expect("install");

    let enabled: Option<i32> =
        sqlx::query_scalar("SELECT is_enabled FROM gold.feature_flags WHERE flag = 'playoffs'")
            .fetch_one(&pool)
            .await
            .expect("flag");
    assert_eq!(enabled, Some(1));

    let series: Vec<(Option<String>, Option<String>, Option<i32>)> = sqlx::query_as(
        "SELECT series_round, series_status, series_game_number FROM gold.recent_games_teams \
         ORDER BY game_date, team",
    )
    .fetch_all(&pool)
    .await
    .expect("series");
    assert!(!series.is_empty());
    for (round, status, game) in &series {
        assert!(round.is_some(), "{series:?}");
        let status = status.as_deref().unwrap_or_default();
        assert!(
            status.starts_with("Series tied ") || status.contains(" leads "),
            "{status}"
        );
        assert!(game.is_some_and(|n| (1..=7).contains(&n)));
    }

    // Last night's players, and only they, get a Playoffs row from their one game.
    let odd_playoff_rows = count(
        &pool,
        "SELECT count(*) FROM gold.player_stats p WHERE p.season_type = 'Playoffs' \
         AND (p.games_played <> 1 OR NOT EXISTS (SELECT 1 FROM gold.recent_games_teams r \
              WHERE p.team IN (r.team, r.opponent)))",
    )
    .await;
    assert_eq!(odd_playoff_rows, 0);
    let playoff_rows = count(
        &pool,
        "SELECT count(*) FROM gold.player_stats WHERE season_type = 'Playoffs'",
    )
    .await;
    assert!(playoff_rows >= 16, "{playoff_rows} Playoffs rows");

    // Playoff rows in the Schedule tables, for last night's teams and games only.
    let off_slate = count(
        &pool,
        "SELECT count(*) FROM ( \
             SELECT team FROM gold.team_blown_leads WHERE season_type = 'Playoffs' \
             UNION ALL SELECT team FROM gold.team_odds_outcomes WHERE season_type = 'Playoffs') p \
         WHERE NOT EXISTS (SELECT 1 FROM gold.recent_games_teams r \
                           WHERE p.team IN (r.team, r.opponent))",
    )
    .await;
    assert_eq!(off_slate, 0);
    let playoff_games = count(
        &pool,
        "SELECT sum(n)::bigint FROM gold.game_types WHERE season_type = 'Playoffs'",
    )
    .await;
    assert_eq!(playoff_games, series.len() as i64);
    let unseries = count(
        &pool,
        "SELECT count(*) FROM gold.schedule_tonights_games \
         WHERE series_round IS NULL OR series_status IS NULL OR series_game_number IS NULL",
    )
    .await;
    assert_eq!(unseries, 0, "tonight's games carry their series");

    let mut plain = dump(&pool, "gold").await;
    let (other, _) = fresh_database().await;
    demo::install(&other, &options("gold", 11, false))
        .await
        .expect("install");
    let regular_only = count(
        &other,
        "SELECT count(*) FROM gold.player_stats WHERE season_type <> 'Regular Season'",
    )
    .await;
    assert_eq!(regular_only, 0, "Playoffs rows without --playoffs");
    let mut regular = dump(&other, "gold").await;
    for tables in [&mut plain, &mut regular] {
        for table in [
            "feature_flags",
            "recent_games_teams",
            "schedule_season_remaining",
            "schedule_tonights_games",
        ] {
            tables.remove(table);
        }
        for table in [
            "game_types",
            "player_stats",
            "team_blown_leads",
            "team_odds_outcomes",
        ] {
            if let Some(rows) = tables.get_mut(table) {
                rows.retain(|row| !row.contains(",Playoffs,"));
            }
        }
    }
    assert_eq!(
        plain, regular,
        "the playoffs variant changed more than its columns and Playoffs rows"
    );
}

/// The text of the injury tracker's two spans (name, team), entities decoded.
fn tracker_spans(markup: &str) -> Vec<String> {
    markup
        .split("</span>")
        .filter_map(|part| part.rsplit_once('>').map(|(_, text)| text))
        .filter(|text| !text.trim().is_empty())
        .map(|text| {
            text.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

#[tokio::test]
async fn the_team_and_player_tables_agree_with_each_other() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 7, false))
        .await
        .expect("install");

    // Every tracked player is on the report, for the same team, and missed no more games
    // than his team has played.
    let reported: Vec<(String, String)> =
        sqlx::query_as("SELECT DISTINCT player, team_acronym FROM gold.injuries")
            .fetch_all(&pool)
            .await
            .expect("injuries");
    let tracked: Vec<(String, i64)> =
        sqlx::query_as("SELECT player, continuous_games_missed FROM gold.injury_tracker")
            .fetch_all(&pool)
            .await
            .expect("tracker");
    let played: HashMap<String, i64> =
        sqlx::query_as::<_, (String, i64)>("SELECT team, games_played FROM gold.standings")
            .fetch_all(&pool)
            .await
            .expect("standings")
            .into_iter()
            .collect();
    assert_eq!(tracked.len(), reported.len());
    for (markup, missed) in &tracked {
        let spans = tracker_spans(markup);
        assert_eq!(spans.len(), 2, "{markup}");
        let (name, team) = (spans[0].clone(), spans[1].clone());
        assert!(*missed <= played[&team], "{name} missed {missed}");
        assert!(
            reported.contains(&(name, team)),
            "{spans:?} is not on the injury report"
        );
    }

    // Rolling players are player_stats players (by slug: one is spelled without accents) of
    // the same team, and that team played in the last 14 days.
    let rolling: Vec<(String, String)> =
        sqlx::query_as("SELECT player, team FROM gold.rolling_avg_stats")
            .fetch_all(&pool)
            .await
            .expect("rolling");
    let seasonal: Vec<(String, String)> = sqlx::query_as(
        "SELECT player, team FROM gold.player_stats WHERE season_type = 'Regular Season'",
    )
    .fetch_all(&pool)
    .await
    .expect("player_stats");
    assert!(rolling.len() > 100, "{} rolling rows", rolling.len());
    let mut exact = 0;
    for (player, team) in &rolling {
        let slug = player_slug(player);
        assert!(
            seasonal
                .iter()
                .any(|(p, t)| t == team && player_slug(p) == slug),
            "{player} ({team})"
        );
        exact += usize::from(seasonal.contains(&(player.clone(), team.clone())));
    }
    assert_eq!(
        exact,
        rolling.len() - 1,
        "one player is spelled differently"
    );
    let idle_teams = count(
        &pool,
        "SELECT count(*) FROM gold.rolling_avg_stats r WHERE NOT EXISTS ( \
             SELECT 1 FROM gold.mov m WHERE m.team = r.team \
               AND m.game_date >= DATE '2025-01-08' AND m.game_date < DATE '2025-01-22')",
    )
    .await;
    assert_eq!(idle_teams, 0, "a rolling player whose team did not play");

    // Game types add up to the standings.
    let off_record = count(
        &pool,
        "SELECT count(*) FROM gold.team_game_types g \
         FULL JOIN gold.standings s ON s.team = g.team \
         WHERE g.outcome_wins_count IS DISTINCT FROM s.wins \
            OR g.outcome_losses_count IS DISTINCT FROM s.losses \
            OR g.clutch_wins_count + g.tenpt_wins_count + g.blowout_wins_count > s.wins \
            OR g.clutch_losses_count + g.tenpt_losses_count + g.blowout_losses_count > s.losses",
    )
    .await;
    assert_eq!(off_record, 0);

    // Points allowed in opp_stats are the results in mov.
    let off_defence = count(
        &pool,
        "SELECT count(*) FROM gold.opp_stats o \
         JOIN (SELECT full_team, round(avg(pts_scored_opp), 1)::float8 AS ppg \
               FROM gold.mov GROUP BY full_team) m ON m.full_team = o.team \
         JOIN gold.standings s ON s.team_full = o.team \
         WHERE abs(o.ppg_opp - m.ppg) > 1e-9 OR left(s.conference, 4) <> o.conference",
    )
    .await;
    assert_eq!(off_defence, 0);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM gold.opp_stats").await,
        30
    );

    // Every transaction names a team by its full name (or the Clippers' alias), and none is
    // dated after today.
    let unnamed = count(
        &pool,
        "SELECT count(*) FROM gold.transactions t \
         WHERE strpos(lower(t.transaction), 'la clippers') = 0 \
           AND NOT EXISTS (SELECT 1 FROM gold.standings s \
                           WHERE strpos(lower(t.transaction), lower(s.team_full)) > 0)",
    )
    .await;
    assert_eq!(unnamed, 0);
    let future = count(
        &pool,
        "SELECT count(*) FROM gold.transactions WHERE date > DATE '2025-01-22'",
    )
    .await;
    assert_eq!(future, 0);
}

/// The contract's table catalogue (gold-schema §3): required tables and optional ones.
const CATALOGUE: [&str; 33] = [
    "bans",
    "contract_value_analysis",
    "feature_flags",
    "game_types",
    "injuries",
    "injury_tracker",
    "mov",
    "nba_predictions",
    "opp_stats",
    "past_schedule_analysis",
    "pbp",
    "player_stats",
    "preseason_odds",
    "recent_games_players",
    "recent_games_teams",
    "reddit_comments",
    "reddit_recent_keywords",
    "reddit_sentiment_time_series",
    "rolling_avg_stats",
    "schedule",
    "schedule_season_remaining",
    "schedule_tonights_games",
    "social_media_aggs",
    "standings",
    "team_adv_stats",
    "team_blown_leads",
    "team_contracts_analysis",
    "team_game_types",
    "team_odds_outcomes",
    "team_ratings",
    "team_record_daily_rollup",
    "transactions",
    "twitter_comments",
];

#[tokio::test]
async fn every_contract_table_exists_after_install_with_the_contract_types() {
    let (pool, _) = fresh_database().await;
    let report = demo::install(&pool, &options("gold", 7, false))
        .await
        .expect("install");

    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = 'gold' ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .expect("tables");
    assert_eq!(tables, CATALOGUE.to_vec());
    for table in CATALOGUE {
        assert!(report.row_counts.get(table) > Some(&0), "{table} is empty");
    }

    // Types the contract singles out, where one table differs from its neighbours.
    let expected = [
        ("schedule", "avg_team_rank", "bigint"),
        ("schedule_tonights_games", "avg_team_rank", "numeric"),
        ("nba_predictions", "home_team_odds", "double precision"),
        ("preseason_odds", "predicted_losses", "double precision"),
        ("reddit_sentiment_time_series", "game_date", "integer"),
        ("social_media_aggs", "reddit_pct_difference", "numeric"),
        (
            "team_record_daily_rollup",
            "running_total_losses",
            "numeric",
        ),
        ("team_record_daily_rollup", "running_total_wins", "bigint"),
        ("team_blown_leads", "blown_lead_rank", "text"),
        (
            "twitter_comments",
            "scrape_ts",
            "timestamp without time zone",
        ),
    ];
    for (table, column, ty) in expected {
        let found: Option<String> = sqlx::query_scalar(
            "SELECT data_type::text FROM information_schema.columns \
             WHERE table_schema = 'gold' AND table_name = $1 AND column_name = $2",
        )
        .bind(table)
        .bind(column)
        .fetch_optional(&pool)
        .await
        .expect("column type");
        assert_eq!(found.as_deref(), Some(ty), "{table}.{column}");
    }
}

#[tokio::test]
async fn the_schedule_analysis_tables_add_up_to_the_standings_and_the_results() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 7, false))
        .await
        .expect("install");

    let off_record = count(
        &pool,
        "WITH p AS ( \
             SELECT team, record, \
                    split_part(home_record, ' - ', 1)::int + split_part(road_record, ' - ', 1)::int AS w, \
                    split_part(home_record, ' - ', 2)::int + split_part(road_record, ' - ', 2)::int AS l, \
                    split_part(above_record, ' - ', 1)::int + split_part(above_record, ' - ', 2)::int \
                  + split_part(below_record, ' - ', 1)::int + split_part(below_record, ' - ', 2)::int AS split, \
                    pct_vs_above_500 + pct_vs_below_500 AS shares, win_pct \
             FROM gold.past_schedule_analysis) \
         SELECT count(*) FROM gold.standings s FULL JOIN p ON p.team = s.team \
         WHERE p.record IS DISTINCT FROM s.wins || ' - ' || s.losses \
            OR p.w IS DISTINCT FROM s.wins::int OR p.l IS DISTINCT FROM s.losses::int \
            OR p.split > s.games_played OR p.shares > 1.001 \
            OR p.win_pct IS DISTINCT FROM s.win_pct",
    )
    .await;
    assert_eq!(
        off_record, 0,
        "past_schedule_analysis disagrees with standings"
    );

    let games = count(&pool, "SELECT count(DISTINCT game_id) FROM gold.mov").await;
    let typed = count(
        &pool,
        "SELECT sum(n)::bigint FROM gold.game_types WHERE season_type = 'Regular Season'",
    )
    .await;
    assert_eq!(typed, games, "game_types count every played game once");
    let off_band = count(
        &pool,
        "WITH bands AS ( \
             SELECT CASE WHEN mov <= 5 THEN 'Clutch Game' WHEN mov <= 10 THEN '10 pt Game' \
                         WHEN mov <= 20 THEN '20 pt Game' ELSE 'Blowout Game' END AS game_type, \
                    count(*) AS n \
             FROM gold.mov WHERE outcome = 'W' GROUP BY 1) \
         SELECT count(*) FROM gold.game_types g FULL JOIN bands b USING (game_type) \
         WHERE g.season_type = 'Regular Season' AND g.n IS DISTINCT FROM coalesce(b.n, 0)",
    )
    .await;
    assert_eq!(off_band, 0, "game_types follow the margins in mov");
    let clutch_wins = count(
        &pool,
        "SELECT sum(clutch_wins_count)::bigint - (SELECT n FROM gold.game_types \
         WHERE game_type = 'Clutch Game' AND season_type = 'Regular Season') \
         FROM gold.team_game_types",
    )
    .await;
    assert_eq!(clutch_wins, 0, "each clutch game has one clutch winner");

    let unbalanced = count(
        &pool,
        "SELECT sum(blown_leads_10pt)::bigint - sum(team_comebacks_10pt)::bigint \
         FROM gold.team_blown_leads WHERE season_type = 'Regular Season'",
    )
    .await;
    assert_eq!(unbalanced, 0, "every blown lead is someone's comeback");
    let comebacks = count(
        &pool,
        "SELECT count(*) FROM gold.team_blown_leads \
         WHERE season_type = 'Regular Season' AND net_comebacks = team_comebacks_10pt - blown_leads_10pt",
    )
    .await;
    assert_eq!(comebacks, 30);

    let over_spread = count(
        &pool,
        "SELECT count(*) FROM gold.team_odds_outcomes o JOIN gold.standings s USING (team) \
         WHERE o.games_played > s.games_played \
            OR o.games_favorite + o.games_underdog > o.games_played \
            OR o.games_covered_spread > o.games_played",
    )
    .await;
    assert_eq!(over_spread, 0);
    let never_underdog = count(
        &pool,
        "SELECT count(*) FROM gold.team_odds_outcomes \
         WHERE games_underdog = 0 AND games_played > 0 AND pct_underdog_covered IS NULL",
    )
    .await;
    assert!(
        never_underdog >= 1,
        "a team the book never made an underdog"
    );

    let preseason = count(
        &pool,
        "SELECT count(*) FROM gold.preseason_odds p JOIN gold.standings s USING (team) \
         WHERE p.predicted_wins + p.predicted_losses::numeric <> 82 \
            OR p.projected_wins + p.projected_losses <> 82 \
            OR p.projected_wins < s.wins OR p.projected_losses < s.losses \
            OR p.wins_differential <> p.projected_wins - p.predicted_wins \
            OR p.championship_odds <= 0",
    )
    .await;
    assert_eq!(preseason, 0);
    let signs = count(
        &pool,
        "SELECT count(DISTINCT sign(wins_differential)) FROM gold.preseason_odds",
    )
    .await;
    assert_eq!(signs, 2, "teams run both over and under their lines");

    let remaining = count(&pool, "SELECT count(*) FROM gold.schedule_season_remaining").await;
    let season = count(&pool, "SELECT count(*) FROM gold.schedule").await;
    assert_eq!(season, games + remaining);
    let unmatched = count(
        &pool,
        "SELECT count(*) FROM ( \
             SELECT game_date, home_team, away_team, start_time, home_moneyline_raw, home_team_odds \
             FROM gold.schedule_season_remaining \
             EXCEPT SELECT game_date, home_team, away_team, start_time, home_moneyline_raw, home_team_odds \
             FROM gold.schedule) r",
    )
    .await;
    assert_eq!(
        unmatched, 0,
        "the remaining schedule is the tail of the season's"
    );

    let stale = count(
        &pool,
        "SELECT count(*) FROM gold.standings s JOIN LATERAL ( \
             SELECT * FROM gold.team_record_daily_rollup r WHERE r.team = s.team \
             ORDER BY r.date DESC LIMIT 1) r ON true \
         WHERE r.running_total_wins <> s.wins OR r.record_as_of_date <> s.wins || '-' || s.losses",
    )
    .await;
    assert_eq!(stale, 0, "the rollup ends on each team's standing");
}

#[tokio::test]
async fn tonights_games_price_all_but_one_game_and_the_predictions_fill_it_in() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 7, false))
        .await
        .expect("install");

    let unpriced: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT home_team, home_team_odds, away_team_odds FROM gold.schedule_tonights_games \
         WHERE home_moneyline IS NULL AND away_moneyline IS NULL \
           AND home_is_great_value IS NULL",
    )
    .fetch_all(&pool)
    .await
    .expect("unpriced");
    assert_eq!(unpriced.len(), 1, "{unpriced:?}");
    assert_eq!(
        unpriced[0].0, unpriced[0].1,
        "no line: the odds text is the name"
    );

    let mispriced = count(
        &pool,
        "SELECT count(*) FROM gold.schedule_tonights_games \
         WHERE home_moneyline IS NOT NULL AND (home_team_odds <> home_team || ' (' || \
               CASE WHEN home_moneyline > 0 THEN '+' ELSE '' END || home_moneyline::bigint || ')' \
            OR abs(home_team_predicted_win_pct + away_team_predicted_win_pct - 1) > 1e-9)",
    )
    .await;
    assert_eq!(mispriced, 0);
    let valued = count(
        &pool,
        "SELECT count(*) FROM gold.schedule_tonights_games \
         WHERE home_is_great_value = 1 OR away_is_great_value = 1",
    )
    .await;
    assert!(valued >= 1, "tonight has a strong-value side");

    let fallback = count(
        &pool,
        "SELECT count(*) FROM gold.schedule_tonights_games t FULL JOIN gold.nba_predictions p \
           ON p.game_date = t.game_date AND p.home_team = t.home_team AND p.away_team = t.away_team \
         WHERE p.home_team IS NULL OR t.home_team IS NULL OR p.home_team_odds IS NULL \
            OR (t.home_moneyline IS NOT NULL AND t.home_moneyline <> p.home_team_odds) \
            OR p.home_team_predicted_win_pct::float8 <> t.home_team_predicted_win_pct",
    )
    .await;
    assert_eq!(
        fallback, 0,
        "nba_predictions holds tonight's games with their lines"
    );
}

#[tokio::test]
async fn the_social_tables_agree_with_the_comments_and_the_results() {
    let (pool, _) = fresh_database().await;
    demo::install(&pool, &options("gold", 7, false))
        .await
        .expect("install");

    let wrong_outcome = count(
        &pool,
        "SELECT count(*) FROM gold.reddit_sentiment_time_series t \
         LEFT JOIN gold.mov m ON m.team = t.team AND m.game_date = t.potential_game_date \
         WHERE t.game_outcome IS DISTINCT FROM coalesce(m.outcome, 'NO GAME') \
            OR t.potential_game_date <> t.scrape_date - 1",
    )
    .await;
    assert_eq!(wrong_outcome, 0, "game_outcome is the result in mov");
    let contradicting = count(
        &pool,
        "SELECT count(*) FROM gold.reddit_sentiment_time_series \
         WHERE (game_date = 1) <> (game_outcome <> 'NO GAME')",
    )
    .await;
    assert_eq!(contradicting, 1, "one flag contradicts its outcome");
    let gaps = count(
        &pool,
        "SELECT (max(scrape_date) - min(scrape_date) + 1) - count(DISTINCT scrape_date) \
         FROM gold.reddit_sentiment_time_series",
    )
    .await;
    assert!(gaps >= 2, "{gaps} days without rows");
    let thin = count(
        &pool,
        "SELECT count(*) FROM (SELECT scrape_date, count(*) AS n FROM gold.reddit_comments GROUP BY 1) c \
         LEFT JOIN (SELECT scrape_date, sum(num_comments) AS n \
                    FROM gold.reddit_sentiment_time_series GROUP BY 1) t USING (scrape_date) \
         WHERE t.n IS NULL OR t.n < c.n",
    )
    .await;
    assert_eq!(thin, 0, "the sample never outnumbers a day's volume");

    let comments = count(&pool, "SELECT count(*) FROM gold.reddit_comments").await;
    assert!((1_500..=2_000).contains(&comments), "{comments} comments");
    let markup = count(
        &pool,
        "SELECT count(*) FROM gold.reddit_comments \
         WHERE comment LIKE '%<script>%' OR comment LIKE '%<b>bold</b>%'",
    )
    .await;
    assert!(markup >= 2);
    let flairs: (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE flair IS NULL), count(*) FILTER (WHERE flair = '') \
         FROM gold.reddit_comments",
    )
    .fetch_one(&pool)
    .await
    .expect("flairs");
    assert!(flairs.0 > 0 && flairs.1 > 0, "{flairs:?}");

    let unnamed = count(
        &pool,
        "SELECT count(*) FROM ( \
             SELECT DISTINCT scrape_date, split_part(split_part(url, '#', 1), '?', 1) AS thread \
             FROM gold.reddit_comments WHERE strpos(url, '/post_game_thread_') > 0) c \
         WHERE NOT EXISTS ( \
             SELECT 1 FROM gold.mov m \
             JOIN gold.standings w ON w.team = m.team JOIN gold.standings l ON l.team = m.opponent \
             WHERE m.outcome = 'W' AND m.game_date = c.scrape_date - 1 \
               AND strpos(c.thread, '/post_game_thread_the_' || lower(replace(w.team_full, ' ', '_')) || '_') > 0 \
               AND strpos(c.thread, '_defeat_the_' || split_part(lower(l.team_full), ' ', 1)) > 0)",
    )
    .await;
    assert_eq!(
        unnamed, 0,
        "every post game thread names a result of the night before"
    );

    let unused = count(
        &pool,
        "SELECT count(*) FROM gold.reddit_recent_keywords k \
         WHERE NOT EXISTS (SELECT 1 FROM gold.reddit_comments c \
                           WHERE strpos(lower(c.comment), k.word) > 0) \
            OR k.word_frequency < 1 \
            OR k.nba_team_flairs_using_word NOT BETWEEN 0 AND 30 \
            OR (k.top_nba_team_flair IS NOT NULL \
                AND NOT EXISTS (SELECT 1 FROM gold.standings s WHERE s.team = k.top_nba_team_flair))",
    )
    .await;
    assert_eq!(unused, 0, "keywords come from the comments");
    assert_eq!(
        count(&pool, "SELECT count(*) FROM gold.reddit_recent_keywords").await,
        100
    );

    let headline = count(
        &pool,
        "SELECT count(*) FROM gold.social_media_aggs a \
         WHERE a.date = (SELECT max(scrape_date) FROM gold.reddit_sentiment_time_series) \
           AND a.reddit_tot_comments = (SELECT sum(num_comments) FROM gold.reddit_sentiment_time_series \
                                        WHERE scrape_date = a.date)",
    )
    .await;
    assert_eq!(headline, 1, "the headline volume is the latest day's total");
}

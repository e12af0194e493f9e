//! The demo-data generator against a real Postgres: deterministic, refuses to clobber data, and
//! every table agrees with the others.

mod support;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use server::demo::{self, DemoError, DemoOptions};
use sqlx::PgPool;
use support::fresh_database;

/// A Wednesday in the middle of the season.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 22).expect("valid date")
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

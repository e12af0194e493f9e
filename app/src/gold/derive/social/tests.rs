use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2030, 3, d).unwrap_or_default()
}

fn averages(points: &[(u32, f64)]) -> Vec<f64> {
    let daily: BTreeMap<NaiveDate, f64> = points.iter().map(|(d, v)| (day(*d), *v)).collect();
    moving_average(&daily)
        .into_iter()
        .map(|p| p.value)
        .collect()
}

#[test]
fn the_moving_average_uses_a_calendar_window() {
    assert_eq!(
        averages(&[(1, 100.0), (2, 200.0), (3, 300.0)]),
        [100.0, 150.0, 200.0]
    );
    // D1 and D2 fall outside D3–D9, and missing days are not zeros.
    assert_eq!(
        averages(&[(1, 100.0), (2, 200.0), (9, 300.0)]),
        [100.0, 150.0, 300.0]
    );
    assert_eq!(
        averages(&[(1, 10.0), (7, 20.0), (8, 60.0)]),
        [10.0, 15.0, 40.0]
    );
    assert!(averages(&[]).is_empty());
}

fn comment(flair: Option<&str>, score: i64, url: &str) -> RedditComment {
    RedditComment {
        scrape_date: Some(day(4)),
        comment: Some("text".into()),
        flair: flair.map(str::to_owned),
        score: Some(score),
        url: Some(url.into()),
        compound: Some(0.5),
    }
}

#[test]
fn flair_kpis_follow_the_worked_example() {
    let mut comments: Vec<RedditComment> = Vec::new();
    for (flair, n) in [
        (Some("Lakers"), 3),
        (Some(" Celtics "), 2),
        (None, 3),
        (Some(""), 2),
    ] {
        comments.extend((0..n).map(|_| comment(flair, 1, "https://x.example/t")));
    }
    let kpis = social_kpis(&[], &comments, &[]);
    assert_eq!(kpis[1].value, "30.0%");
    assert_eq!(
        kpis[1].subline.as_deref(),
        Some("Lakers - share of sampled comments")
    );
    assert_eq!(kpis[3].value, "2");
    assert_eq!(
        (kpis[0].value.as_str(), kpis[0].subline.as_deref()),
        ("-", None)
    );
    assert_eq!(
        (kpis[2].value.as_str(), kpis[2].subline.as_deref()),
        ("-", Some("No keyword table rows"))
    );

    // Flairs compare exactly: "lakers" is another flair, and a tie goes alphabetical.
    let tie = [
        comment(Some("Lakers"), 1, "u"),
        comment(Some("lakers"), 1, "u"),
        comment(Some("Celtics"), 1, "u"),
    ];
    assert_eq!(
        social_kpis(&[], &tie, &[])[1].subline.as_deref(),
        Some("Celtics - share of sampled comments")
    );
}

#[test]
fn volume_and_token_cards_read_the_newest_rows() {
    let aggs = [
        SocialAgg {
            date: Some(day(2)),
            reddit_tot_comments: Some(999),
            reddit_pct_difference: Some(1.0),
        },
        SocialAgg {
            date: Some(day(3)),
            reddit_tot_comments: Some(12_345),
            reddit_pct_difference: Some(-4.04),
        },
    ];
    let keyword = |word: &str, rank: Option<i64>, n: i64| Keyword {
        word: Some(word.into()),
        word_frequency: Some(n),
        frequency_rank: rank,
        ..Keyword::default()
    };
    let words = [
        keyword("ref", None, 900),
        keyword("mvp", Some(1), 400),
        keyword("lebron", Some(1), 1500),
    ];
    let kpis = social_kpis(&aggs, &[], &words);
    assert_eq!(kpis[0].value, "12,345");
    assert_eq!(
        kpis[0].subline.as_deref(),
        Some("-4.0% vs rolling average snapshot")
    );
    assert_eq!(kpis[2].value, "lebron");
    assert_eq!(
        kpis[2].subline.as_deref(),
        Some("1,500 mentions in ranked window")
    );
    assert_eq!(kpis[1].value, "-", "no comments, no share");
    let top: Vec<String> = top_keywords(&words).into_iter().map(|c| c.label).collect();
    assert_eq!(top, ["lebron", "ref", "mvp"]);
}

#[test]
fn threads_group_by_normalised_url_and_rank_by_comments() {
    let base = "https://www.reddit.com/r/nba/comments";
    let mut comments = vec![
        comment(
            None,
            10,
            &format!("{base}/a1/game_thread/?utm_source=share"),
        ),
        comment(None, 20, &format!("{base}/a1/game_thread/#c2")),
        comment(None, 5, &format!("{base}/b2/other/")),
        comment(None, 5, "nan"),
        comment(None, 5, "javascript:alert(1)"),
    ];
    comments[1].compound = Some(-0.5);
    let threads = top_threads(&comments);
    assert_eq!(threads.len(), 3);
    assert_eq!(threads[0].label, "game thread");
    assert_eq!(threads[0].comments, 2);
    assert_eq!(
        (threads[0].avg_score, threads[0].avg_compound),
        (Some(15.0), Some(0.0))
    );
    assert_eq!(
        threads[0].href.as_deref(),
        Some("https://www.reddit.com/r/nba/comments/a1/game_thread")
    );
    let unsafe_link = threads
        .iter()
        .find(|t| t.url.starts_with("javascript"))
        .expect("kept as text");
    assert_eq!(unsafe_link.href, None, "only http and https become links");
}

#[test]
fn the_busiest_team_is_the_default_and_timelines_add_up() {
    let row = |team: &str, d: u32, n: i64, outcome: &str| SentimentDay {
        team: Some(team.into()),
        scrape_date: Some(day(d)),
        num_comments: Some(n),
        game_outcome: Some(outcome.into()),
    };
    let series = [
        row("LAL", 1, 50, "W"),
        row("BOS", 1, 30, "L"),
        row("BOS", 2, 20, "NO GAME"),
        row("MIA", 2, 10, "W"),
    ];
    assert_eq!(
        busiest_team(&series),
        "BOS",
        "a tie at 50 goes alphabetical"
    );
    assert_eq!(busiest_team(&[]), "ATL");
    let timelines = team_timelines(&series);
    let boston = &timelines["BOS"];
    assert_eq!(
        boston
            .days
            .iter()
            .map(|d| d.outcome.as_str())
            .collect::<Vec<_>>(),
        ["L", "NO GAME"]
    );
    assert_eq!(
        boston.average.iter().map(|p| p.value).collect::<Vec<_>>(),
        [30.0, 25.0]
    );
    let league = league_volume(&series, &[]);
    assert_eq!(
        league.daily.iter().map(|p| p.value).collect::<Vec<_>>(),
        [80.0, 30.0]
    );
    let fallback = league_volume(&[], &[comment(None, 1, "u"), comment(None, 2, "u")]);
    assert_eq!(
        fallback.daily.iter().map(|p| p.value).collect::<Vec<_>>(),
        [2.0]
    );
}

#[test]
fn comment_rows_preview_160_characters_and_keep_the_whole_text() {
    let mut long = comment(
        Some("Lakers"),
        3,
        "https://www.reddit.com/r/nba/comments/a1/x",
    );
    long.comment = Some("é".repeat(200));
    let mut short = comment(None, 9, "ftp://files.example/x");
    short.comment = Some("<b>bold</b>".into());
    let rows = comment_rows(&[long, short]);
    assert_eq!(
        rows[0].preview, "<b>bold</b>",
        "stored text, escaped when shown"
    );
    assert_eq!(rows[0].url, None);
    assert_eq!(rows[1].preview.chars().count(), 160);
    assert!(rows[1].preview.ends_with('…'));
    assert_eq!(rows[1].full.chars().count(), 200);
}

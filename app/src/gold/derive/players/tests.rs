use super::*;
use crate::gold::tables::{ContractValue, Injury, InjuryTracker, PlayerStat, RollingAvg};
use crate::model::players::PlayersPage;
use crate::pages::players::state::PlayersState;
use crate::url::parse_query;

fn stat(name: &str, team: &str, season: &str, ppg: f64) -> PlayerStat {
    PlayerStat {
        player: Some(name.into()),
        team: Some(team.into()),
        season_type: Some(season.into()),
        avg_ppg: Some(ppg),
        games_played: Some(40),
        ..PlayerStat::default()
    }
}

fn tables() -> Tables {
    Tables {
        player_stats: vec![
            stat("Zoë Yarridge", "TOR", "Regular Season", 28.0),
            stat("Zoë Yarridge", "TOR", "Playoffs", 31.0),
            stat("Jon Doe", "BOS", "Regular Season", 12.0),
            stat("Jón Doe", "LAL", "Regular Season", 14.0),
            stat("Al Smith Jr.", "MIA", "Regular Season", 20.0),
        ],
        contract_value: vec![ContractValue {
            player: Some("Al Smith Jr.".into()),
            team: Some("MIA".into()),
            salary: Some(9_000_000.0),
            color_var: Some("Great Value".into()),
            percentile_rank: Some(86.6),
            ..ContractValue::default()
        }],
        rolling: vec![RollingAvg {
            player: Some("Zoe Yarridge".into()),
            team: Some("TOR".into()),
            rolling_avg_pts: Some(30.0),
            ..RollingAvg::default()
        }],
        injuries: vec![
            Injury {
                player: Some("Two Way Guy".into()),
                team_acronym: Some("BOS".into()),
                injury_status: Some("Out".into()),
                scrape_date: chrono::NaiveDate::from_ymd_opt(2030, 1, 2),
                ..Injury::default()
            },
            Injury {
                player: Some("Al Smith Jr.".into()),
                team_acronym: Some("MIA".into()),
                injury_status: Some("Probable".into()),
                scrape_date: chrono::NaiveDate::from_ymd_opt(2030, 1, 1),
                ..Injury::default()
            },
            Injury {
                player: Some("Al Smith Jr.".into()),
                team_acronym: Some("MIA".into()),
                injury_status: Some("questionable ".into()),
                scrape_date: chrono::NaiveDate::from_ymd_opt(2030, 1, 3),
                ..Injury::default()
            },
        ],
        injury_tracker: vec![InjuryTracker {
            player: Some("<span>Two Way Guy</span><span>BOS</span>".into()),
            continuous_games_missed: Some(4),
        }],
        ..Tables::default()
    }
}

fn directory(tables: &Tables) -> PlayerDirectory {
    let slugs = SlugIndex::build(
        tables
            .player_stats
            .iter()
            .filter_map(|r| Some((r.player.as_deref()?, r.team.as_deref()?))),
    );
    PlayerDirectory::build(tables, &slugs, &[], &GamesData::default(), Some(0.57))
}

fn page(directory: &PlayerDirectory, slug: &str) -> Arc<PlayerPageData> {
    Arc::clone(
        directory
            .player(slug)
            .unwrap_or_else(|| panic!("no page for {slug}")),
    )
}

#[test]
fn the_universe_groups_spellings_and_keeps_one_table_players() {
    let tables = tables();
    let dir = directory(&tables);
    assert_eq!(dir.len(), 5);
    let zoe = page(&dir, "zoe-yarridge");
    assert_eq!(zoe.name, "Zoë Yarridge");
    assert!(zoe.playoffs.is_some());
    assert_eq!(
        zoe.trends.len(),
        4,
        "rolling row spelt without the diaeresis joins"
    );

    let two_way = page(&dir, "two-way-guy");
    assert!(two_way.regular.is_none() && two_way.contract.is_none());
    assert_eq!(
        two_way.team.as_ref().map(|t| t.name.as_str()),
        Some("Boston Celtics")
    );
    assert_eq!(two_way.missed_streak, Some(4));

    let al = page(&dir, "al-smith-jr");
    assert_eq!(al.status().map(|s| s.text.as_str()), Some("QUESTIONABLE"));
    let contract = al.contract.as_ref().expect("contract");
    assert_eq!(contract.percentile.as_deref(), Some("87th percentile"));
    assert_eq!(contract.chart_team.as_deref(), Some("MIA"));
}

#[test]
fn a_shared_slug_lists_its_players() {
    let tables = tables();
    let dir = directory(&tables);
    assert!(dir.player("jon-doe").is_none());
    let Some(PlayerLookup::Shared(shared)) = dir.lookup("jon-doe") else {
        panic!("a shared slug");
    };
    let listed: Vec<(&str, &str)> = shared
        .players
        .iter()
        .map(|(name, _, slug)| (name.as_str(), slug.as_str()))
        .collect();
    assert_eq!(
        listed,
        [("Jon Doe", "jon-doe-bos"), ("Jón Doe", "jon-doe-lal")]
    );
    assert!(matches!(
        dir.lookup("jon-doe-lal"),
        Some(PlayerLookup::Player(_))
    ));
    assert!(dir.lookup("nobody").is_none());
}

fn query(dir: &PlayerDirectory, raw: &str) -> PlayersPage {
    let (state, _) = PlayersState::parse(&parse_query(raw), dir.has_playoffs());
    dir.page(&state)
}

#[test]
fn search_is_accent_free_and_filters_combine() {
    let tables = tables();
    let dir = directory(&tables);
    let names = |page: PlayersPage| page.rows.into_iter().map(|r| r.player).collect::<Vec<_>>();
    assert_eq!(names(query(&dir, "q=zoe")), ["Zoë Yarridge"]);
    assert_eq!(names(query(&dir, "q=JÓN")), ["Jón Doe", "Jon Doe"]);
    assert_eq!(names(query(&dir, "q=doe&team=BOS")), ["Jon Doe"]);
    assert_eq!(names(query(&dir, "season=playoffs")), ["Zoë Yarridge"]);
    // Default sort: PPG descending, players without a line last, ties by name.
    assert_eq!(
        names(query(&dir, "")),
        [
            "Zoë Yarridge",
            "Al Smith Jr.",
            "Jón Doe",
            "Jon Doe",
            "Two Way Guy"
        ]
    );
    let none = query(&dir, "q=%22%25%27");
    assert_eq!((none.matches, none.pages), (0, 1));
    let long = format!("q={}", "a".repeat(5000));
    assert_eq!(query(&dir, &long).matches, 0);
}

#[test]
fn suggestions_rank_word_starts_and_include_teams() {
    let tables = tables();
    let dir = directory(&tables);
    let labels: Vec<String> = dir.suggest("doe").into_iter().map(|s| s.label).collect();
    assert_eq!(labels, ["Jón Doe", "Jon Doe"]);
    // A team whose name contains the text comes first; word starts beat inner matches.
    let labels: Vec<String> = dir.suggest("do").into_iter().map(|s| s.label).collect();
    assert_eq!(labels, ["Orlando Magic", "Jón Doe", "Jon Doe"]);
    let labels: Vec<String> = dir.suggest("mit").into_iter().map(|s| s.label).collect();
    assert_eq!(labels, ["Al Smith Jr."]);
    let boston = dir.suggest("bos");
    assert_eq!(boston[0].href, "/teams/BOS");
    assert!(dir.suggest("  ").is_empty());
}

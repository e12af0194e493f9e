//! Typed rows of the gold tables the app reads, each with the columns it uses, their types
//! and the load order of the data contract. Every column is optional: gold has no NOT NULL.

use chrono::{NaiveDate, NaiveDateTime};

/// How a column is read. Every read casts to one canonical type, so upstream drift between
/// `numeric`, `double precision` and `integer` does not matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColType {
    Text,
    Int,
    Float,
    Date,
    Timestamp,
}

impl ColType {
    pub fn cast(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Int => "int8",
            Self::Float => "float8",
            Self::Date => "date",
            Self::Timestamp => "timestamp",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Missing means unavailable for this snapshot, logged and listed.
    Required,
    /// Missing means empty, and is not an error.
    Optional,
}

#[derive(Debug, Clone, Copy)]
pub struct TableDef {
    pub name: &'static str,
    pub presence: Presence,
    pub order_by: &'static str,
    pub columns: &'static [(&'static str, ColType)],
}

/// A gold table's row type.
pub trait GoldTable: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin {
    const DEF: TableDef;
}

macro_rules! rust_type {
    (Text) => {
        String
    };
    (Int) => {
        i64
    };
    (Float) => {
        f64
    };
    (Date) => {
        NaiveDate
    };
    (Timestamp) => {
        NaiveDateTime
    };
}

macro_rules! gold_table {
    (
        $(#[$meta:meta])*
        $name:ident = $table:literal, $presence:ident, order_by $order:literal {
            $($col:ident : $ty:ident),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, sqlx::FromRow)]
        pub struct $name {
            $(pub $col: Option<rust_type!($ty)>,)*
        }

        impl GoldTable for $name {
            const DEF: TableDef = TableDef {
                name: $table,
                presence: Presence::$presence,
                order_by: $order,
                columns: &[$((stringify!($col), ColType::$ty)),*],
            };
        }
    };
}

gold_table! {
    /// League-wide KPI figures: one row for home teams (`H`), one for road teams (`A`).
    Bans = "bans", Required, order_by "location DESC" {
        upcoming_games: Int,
        upcoming_game_date: Date,
        location: Text,
        tot_wins: Int,
        avg_pts: Float,
        last_yr_ppg: Float,
        scrape_time: Timestamp,
        win_pct: Float,
    }
}

gold_table! {
    /// Each player's salary against on-court value.
    ContractValue = "contract_value_analysis", Required, order_by "player, team" {
        player: Text,
        team: Text,
        games_played: Int,
        avg_mvp_score: Float,
        salary: Float,
        games_missed: Int,
        color_var: Text,
        salary_rank: Text,
        percentile_rank: Float,
    }
}

gold_table! {
    /// On/off switches shared with the pipeline; read-only for the app.
    FeatureFlag = "feature_flags", Required, order_by "flag" {
        flag: Text,
        is_enabled: Text,
    }
}

gold_table! {
    /// The current injury report; a player may appear more than once.
    Injury = "injuries", Required, order_by "team, player, scrape_date DESC" {
        player: Text,
        team_acronym: Text,
        team: Text,
        injury_status: Text,
        injury: Text,
        injury_description: Text,
        scrape_date: Date,
    }
}

gold_table! {
    /// Play-by-play of the latest slate: scoring plays plus non-scoring markers, one game per
    /// `game_description`, in event order within each game.
    Pbp = "pbp", Required,
    order_by "game_description, time_remaining_final DESC, (score_home + score_away) ASC" {
        game_description: Text,
        game_date: Date,
        time_quarter: Text,
        quarter: Text,
        time_remaining_final: Float,
        play: Text,
        score: Text,
        home_team: Text,
        away_team: Text,
        home_team_full: Text,
        away_team_full: Text,
        home_primary_color: Text,
        away_primary_color: Text,
        score_home: Float,
        score_away: Float,
        margin_score: Float,
        leading_team: Text,
        leading_team_text: Text,
        scoring_team: Text,
        scoring_team_color: Text,
        winning_team: Text,
    }
}

gold_table! {
    /// The slate's best individual scoring lines (the top of the whole slate only).
    RecentGamePlayer = "recent_games_players", Required, order_by "pts DESC, player" {
        player: Text,
        team: Text,
        outcome: Text,
        pts: Float,
        game_ts_percent: Float,
        pts_color: Text,
        ts_color: Text,
        plus_minus: Text,
    }
}

gold_table! {
    /// One row per game of the slate, from the winner's point of view.
    RecentGameTeam = "recent_games_teams", Required, order_by "game_date, team" {
        team: Text,
        opponent: Text,
        game_date: Date,
        mov: Float,
        series_round: Text,
        series_status: Text,
    }
}

gold_table! {
    /// Season averages per player and season type.
    PlayerStat = "player_stats", Required, order_by "player, season_type" {
        player: Text,
        season_type: Text,
        team: Text,
        full_team: Text,
        avg_ppg: Float,
        avg_ts_percent: Float,
        avg_mvp_score: Float,
        avg_plus_minus: Float,
        games_played: Int,
        ppg_rank: Int,
        scoring_category: Text,
        games_missed: Int,
        penalized_games_missed: Float,
        is_mvp_candidate: Text,
        mvp_rank: Int,
    }
}

gold_table! {
    /// Current standings; `rank` is ordinal text within the conference.
    Standing = "standings", Required, order_by "conference, team" {
        rank: Text,
        team: Text,
        team_full: Text,
        conference: Text,
        wins: Int,
        losses: Int,
        games_played: Int,
        win_pct: Float,
        active_injuries: Float,
        last_10: Text,
    }
}

gold_table! {
    /// Advanced team metrics, the arena and the team colours.
    TeamAdvStat = "team_adv_stats", Required, order_by "team" {
        team: Text,
        team_acronym: Text,
        conference: Text,
        arena: Text,
        srs: Float,
        ortg: Float,
        drtg: Float,
        nrtg: Float,
        pace: Float,
        ts_percent: Float,
        efg_percent_opp: Float,
        tov_percent_opp: Float,
        primary_color: Text,
        secondary_color: Text,
    }
}

gold_table! {
    /// Shooting each team allows; `team` is the full name, ranks are ordinal text.
    OppStat = "opp_stats", Required, order_by "team" {
        team: Text,
        fg_percent_opp: Float,
        threep_percent_opp: Float,
        threep_made_opp: Float,
        ppg_opp: Float,
        fg_percent_rank: Text,
        three_percent_rank: Text,
        three_pm_rank: Text,
        ppg_opp_rank: Text,
    }
}

gold_table! {
    /// Every team game of the season, once from each side; playoff games mixed in.
    Mov = "mov", Required, order_by "full_team, game_date, game_id" {
        team: Text,
        full_team: Text,
        game_id: Int,
        game_date: Date,
        outcome: Text,
        opponent: Text,
        pts_scored: Float,
        pts_scored_opp: Float,
        mov: Float,
    }
}

gold_table! {
    /// League transactions as dated sentences naming teams by full name.
    Transaction = "transactions", Required, order_by "date DESC, transaction" {
        date: Date,
        transaction: Text,
    }
}

gold_table! {
    /// Last-14-day form against season averages, per recently active player.
    RollingAvg = "rolling_avg_stats", Required, order_by "player" {
        player: Text,
        team: Text,
        rolling_avg_pts: Float,
        rolling_avg_ts_percent: Float,
        rolling_avg_mvp_score: Float,
        rolling_avg_plus_minus: Float,
        avg_ppg: Float,
        avg_ts_percent: Float,
        avg_plus_minus: Float,
        avg_mvp_score: Float,
        ppg_differential: Float,
        ts_differential: Float,
        plus_minus_differential: Float,
        mvp_calc_differential: Float,
        ppg_diff_rank: Text,
        ts_diff_rank: Text,
        plus_minus_diff_rank: Text,
        mvp_calc_diff_rank: Text,
    }
}

gold_table! {
    /// Currently injured players; `player` is HTML markup (name span, team span).
    InjuryTracker = "injury_tracker", Required, order_by "continuous_games_missed DESC" {
        player: Text,
        continuous_games_missed: Int,
    }
}

gold_table! {
    /// Future games for the rest of the season; teams by full name.
    ScheduleRemaining = "schedule_season_remaining", Required, order_by "game_date, home_team" {
        game_date: Date,
        start_time: Text,
        home_team: Text,
        away_team: Text,
        avg_team_rank: Float,
    }
}

gold_table! {
    /// Tonight's games with moneylines and model win probabilities; teams by full name.
    TonightGame = "schedule_tonights_games", Required, order_by "game_date, home_team" {
        game_date: Date,
        start_time: Text,
        home_team: Text,
        away_team: Text,
        home_moneyline: Float,
        away_moneyline: Float,
        home_team_predicted_win_pct: Float,
        away_team_predicted_win_pct: Float,
        avg_team_rank: Float,
        home_team_odds: Text,
        away_team_odds: Text,
        home_is_great_value: Int,
        away_is_great_value: Int,
        series_round: Text,
        series_status: Text,
        series_game_number: Int,
    }
}

gold_table! {
    /// Strength of schedule played so far, per team.
    PastSchedule = "past_schedule_analysis", Required, order_by "team" {
        team: Text,
        win_pct: Float,
        avg_win_pct_opp: Float,
        home_record: Text,
        road_record: Text,
        above_record: Text,
        below_record: Text,
        pct_vs_above_500: Float,
        pct_vs_below_500: Float,
        record: Text,
    }
}

gold_table! {
    /// Comebacks and collapses from 10 or more points, per team and season type.
    BlownLeads = "team_blown_leads", Required, order_by "season_type, team" {
        team: Text,
        season_type: Text,
        blown_leads_10pt: Int,
        blown_lead_rank: Text,
        team_comebacks_10pt: Int,
        comeback_rank: Text,
        net_comebacks: Int,
    }
}

gold_table! {
    /// Preseason win lines against the current projection, per team.
    PreseasonOdds = "preseason_odds", Required, order_by "team" {
        team: Text,
        wins_differential: Float,
        predicted_stats: Text,
        projected_stats: Text,
        over_under: Text,
        championship_odds: Float,
    }
}

gold_table! {
    /// Betting-spread results per team and season type.
    OddsOutcome = "team_odds_outcomes", Required, order_by "season_type, team" {
        team: Text,
        season_type: Text,
        games_played: Int,
        games_covered_spread: Int,
        games_favorite: Int,
        games_underdog: Int,
        games_favorite_covered: Int,
        games_underdog_covered: Int,
        pct_covered_spread: Float,
        pct_favorite_covered: Float,
        pct_underdog_covered: Float,
    }
}

gold_table! {
    /// League-wide games by final margin and season type.
    LeagueGameType = "game_types", Required, order_by "season_type, game_type" {
        game_type: Text,
        season_type: Text,
        n: Int,
        explanation: Text,
    }
}

gold_table! {
    /// A sample of top r/nba comments; authors are never read.
    RedditComment = "reddit_comments", Required, order_by "scrape_date DESC, score DESC, url" {
        scrape_date: Date,
        comment: Text,
        flair: Text,
        score: Int,
        url: Text,
        compound: Float,
    }
}

gold_table! {
    /// Trending words in recent threads.
    Keyword = "reddit_recent_keywords", Required, order_by "frequency_rank, word" {
        word: Text,
        word_frequency: Int,
        frequency_rank: Int,
        nba_team_flairs_using_word: Int,
        top_nba_team_flair: Text,
        avg_sentiment_when_used: Float,
    }
}

gold_table! {
    /// Daily comment volume per team flair, with the team's previous-day result.
    SentimentDay = "reddit_sentiment_time_series", Required, order_by "team, scrape_date" {
        team: Text,
        scrape_date: Date,
        num_comments: Int,
        game_outcome: Text,
    }
}

gold_table! {
    /// The headline comment volume; the newest `date` is the one shown.
    SocialAgg = "social_media_aggs", Required, order_by "date DESC" {
        date: Date,
        reddit_tot_comments: Int,
        reddit_pct_difference: Float,
    }
}

gold_table! {
    /// Each team's record split by final margin, in the wide shape (optional upstream).
    GameTypesWide = "team_game_types", Optional, order_by "team" {
        team: Text,
        outcome_wins_count: Int,
        outcome_losses_count: Int,
        clutch_wins_count: Int,
        clutch_losses_count: Int,
        tenpt_wins_count: Int,
        tenpt_losses_count: Int,
        blowout_wins_count: Int,
        blowout_losses_count: Int,
    }
}

gold_table! {
    /// Each team's games by margin type, in the long shape (optional upstream).
    GameTypesLong = "team_game_types", Optional, order_by "team, season_type, game_type" {
        team: Text,
        game_type: Text,
        season_type: Text,
        n: Int,
        pct_of_total: Float,
    }
}

/// `team_game_types` in whichever shape upstream wrote it.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamGameTypes {
    Wide(Vec<GameTypesWide>),
    Long(Vec<GameTypesLong>),
}

impl Default for TeamGameTypes {
    fn default() -> Self {
        Self::Wide(Vec::new())
    }
}

gold_table! {
    /// Payroll value earned against value lost to injury, per team.
    TeamContract = "team_contracts_analysis", Required, order_by "team" {
        team: Text,
        win_percentage: Float,
        sum_salary_earned: Float,
        team_pct_salary_earned: Float,
        value_lost_from_injury: Float,
        team_pct_salary_lost: Float,
    }
}

gold_table! {
    /// Offensive and defensive ratings; `team` is the full name here.
    TeamRating = "team_ratings", Required, order_by "team" {
        team: Text,
        team_acronym: Text,
        ortg: Float,
        drtg: Float,
        nrtg: Float,
        nrtg_rank: Text,
        drtg_rank: Text,
        ortg_rank: Text,
    }
}

gold_table! {
    /// The whole season's schedule (optional upstream); the team page's fallback for
    /// upcoming games.
    ScheduleGame = "schedule", Optional, order_by "game_date, home_team" {
        game_date: Date,
        avg_team_rank: Float,
        start_time: Text,
        home_team: Text,
        away_team: Text,
    }
}

/// Every table of one snapshot. A table that was missing or unreadable is empty here and
/// named in `unavailable`.
#[derive(Debug, Clone, Default)]
pub struct Tables {
    pub bans: Vec<Bans>,
    pub blown_leads: Vec<BlownLeads>,
    pub contract_value: Vec<ContractValue>,
    pub feature_flags: Vec<FeatureFlag>,
    pub game_types: Vec<LeagueGameType>,
    pub injuries: Vec<Injury>,
    pub injury_tracker: Vec<InjuryTracker>,
    pub keywords: Vec<Keyword>,
    pub mov: Vec<Mov>,
    pub odds_outcomes: Vec<OddsOutcome>,
    pub opp_stats: Vec<OppStat>,
    pub past_schedule: Vec<PastSchedule>,
    pub pbp: Vec<Pbp>,
    pub player_stats: Vec<PlayerStat>,
    pub preseason: Vec<PreseasonOdds>,
    pub recent_players: Vec<RecentGamePlayer>,
    pub recent_teams: Vec<RecentGameTeam>,
    pub reddit_comments: Vec<RedditComment>,
    pub rolling: Vec<RollingAvg>,
    pub schedule: Vec<ScheduleGame>,
    pub schedule_remaining: Vec<ScheduleRemaining>,
    pub sentiment: Vec<SentimentDay>,
    pub social_aggs: Vec<SocialAgg>,
    pub standings: Vec<Standing>,
    pub team_adv_stats: Vec<TeamAdvStat>,
    pub team_contracts: Vec<TeamContract>,
    pub team_game_types: TeamGameTypes,
    pub team_ratings: Vec<TeamRating>,
    pub tonight: Vec<TonightGame>,
    pub transactions: Vec<Transaction>,
}

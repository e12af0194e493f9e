//! The gold tables the demo owns. Each mart builds one table from the season summary; a new
//! gold table is one more entry in [`MARTS`].

mod comebacks;
mod contracts;
mod game_types;
mod injuries;
mod keywords;
mod league;
mod opp_stats;
mod past_schedule;
mod pbp;
mod players;
mod predictions;
mod preseason;
mod recent_players;
mod recent_teams;
mod reddit;
mod results;
mod rolling;
mod rollup;
mod schedule;
mod sentiment;
mod spreads;
mod standings;
mod team_stats;
mod transactions;
mod twitter;

use super::table::{Row, TableSpec};
use super::tally::Summary;

/// One gold table and the function that fills it.
pub struct Mart {
    pub spec: &'static TableSpec,
    pub build: fn(&Summary) -> Vec<Row>,
}

/// Every table the demo creates, fills and (with `--replace`) drops, in alphabetical order.
pub const MARTS: &[Mart] = &[
    Mart {
        spec: &league::BANS,
        build: league::bans,
    },
    Mart {
        spec: &contracts::CONTRACT_VALUE_ANALYSIS,
        build: contracts::contract_value_analysis,
    },
    Mart {
        spec: &league::FEATURE_FLAGS,
        build: league::feature_flags,
    },
    Mart {
        spec: &game_types::GAME_TYPES,
        build: game_types::game_types,
    },
    Mart {
        spec: &injuries::INJURIES,
        build: injuries::injuries,
    },
    Mart {
        spec: &injuries::INJURY_TRACKER,
        build: injuries::injury_tracker,
    },
    Mart {
        spec: &results::MOV,
        build: results::mov,
    },
    Mart {
        spec: &predictions::NBA_PREDICTIONS,
        build: predictions::nba_predictions,
    },
    Mart {
        spec: &opp_stats::OPP_STATS,
        build: opp_stats::opp_stats,
    },
    Mart {
        spec: &past_schedule::PAST_SCHEDULE_ANALYSIS,
        build: past_schedule::past_schedule_analysis,
    },
    Mart {
        spec: &pbp::PBP,
        build: pbp::pbp,
    },
    Mart {
        spec: &players::PLAYER_STATS,
        build: players::player_stats,
    },
    Mart {
        spec: &preseason::PRESEASON_ODDS,
        build: preseason::preseason_odds,
    },
    Mart {
        spec: &recent_players::RECENT_GAMES_PLAYERS,
        build: recent_players::recent_games_players,
    },
    Mart {
        spec: &recent_teams::RECENT_GAMES_TEAMS,
        build: recent_teams::recent_games_teams,
    },
    Mart {
        spec: &reddit::REDDIT_COMMENTS,
        build: reddit::reddit_comments,
    },
    Mart {
        spec: &keywords::REDDIT_RECENT_KEYWORDS,
        build: keywords::reddit_recent_keywords,
    },
    Mart {
        spec: &sentiment::REDDIT_SENTIMENT_TIME_SERIES,
        build: sentiment::reddit_sentiment_time_series,
    },
    Mart {
        spec: &rolling::ROLLING_AVG_STATS,
        build: rolling::rolling_avg_stats,
    },
    Mart {
        spec: &schedule::SCHEDULE,
        build: schedule::schedule,
    },
    Mart {
        spec: &schedule::SCHEDULE_SEASON_REMAINING,
        build: schedule::schedule_season_remaining,
    },
    Mart {
        spec: &schedule::SCHEDULE_TONIGHTS_GAMES,
        build: schedule::schedule_tonights_games,
    },
    Mart {
        spec: &sentiment::SOCIAL_MEDIA_AGGS,
        build: sentiment::social_media_aggs,
    },
    Mart {
        spec: &standings::STANDINGS,
        build: standings::standings,
    },
    Mart {
        spec: &team_stats::TEAM_ADV_STATS,
        build: team_stats::team_adv_stats,
    },
    Mart {
        spec: &comebacks::TEAM_BLOWN_LEADS,
        build: comebacks::team_blown_leads,
    },
    Mart {
        spec: &contracts::TEAM_CONTRACTS_ANALYSIS,
        build: contracts::team_contracts_analysis,
    },
    Mart {
        spec: &game_types::TEAM_GAME_TYPES,
        build: game_types::team_game_types,
    },
    Mart {
        spec: &spreads::TEAM_ODDS_OUTCOMES,
        build: spreads::team_odds_outcomes,
    },
    Mart {
        spec: &standings::TEAM_RATINGS,
        build: standings::team_ratings,
    },
    Mart {
        spec: &rollup::TEAM_RECORD_DAILY_ROLLUP,
        build: rollup::team_record_daily_rollup,
    },
    Mart {
        spec: &transactions::TRANSACTIONS,
        build: transactions::transactions,
    },
    Mart {
        spec: &twitter::TWITTER_COMMENTS,
        build: twitter::twitter_comments,
    },
];

/// League-table positions: 1 for the best value (the highest when `descending`). Equal values
/// are split by list order, so every rank is distinct; missing values get no rank.
pub fn rank_by(values: &[Option<f64>], descending: bool) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..values.len()).filter(|&i| values[i].is_some()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (values[a].unwrap_or(0.0), values[b].unwrap_or(0.0));
        let by_value = if descending {
            y.total_cmp(&x)
        } else {
            x.total_cmp(&y)
        };
        by_value.then(a.cmp(&b))
    });
    let mut ranks = vec![None; values.len()];
    for (place, index) in order.into_iter().enumerate() {
        ranks[index] = Some(place + 1);
    }
    ranks
}

/// Places in the SQL `rank()` sense, 1 for the highest value: equal values share a place and
/// the places after them are skipped (1, 2, 2, 4).
pub fn shared_rank(values: &[i64]) -> Vec<usize> {
    values
        .iter()
        .map(|value| 1 + values.iter().filter(|other| *other > value).count())
        .collect()
}

/// Gold's colour code for one game's points against a season: `1` a season high (ties count),
/// `2` ten or more above the season average, `3` ten or more below it, `0` otherwise.
pub fn points_code(points: f64, season_high: f64, average: f64) -> &'static str {
    if points >= season_high {
        "1"
    } else if points >= average + 10.0 {
        "2"
    } else if points <= average - 10.0 {
        "3"
    } else {
        "0"
    }
}

#[cfg(test)]
#[path = "marts_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "marts_slate_tests.rs"]
mod slate_tests;

#[cfg(test)]
#[path = "marts_reading.rs"]
mod reading;

#[cfg(test)]
#[path = "marts_team_tests.rs"]
mod team_tests;

#[cfg(test)]
#[path = "marts_player_tests.rs"]
mod player_tests;

#[cfg(test)]
#[path = "marts_injury_tests.rs"]
mod injury_tests;

#[cfg(test)]
#[path = "marts_schedule_tests.rs"]
mod schedule_tests;

#[cfg(test)]
#[path = "marts_social_tests.rs"]
mod social_tests;

#[cfg(test)]
#[path = "marts_calendar_tests.rs"]
mod calendar_tests;

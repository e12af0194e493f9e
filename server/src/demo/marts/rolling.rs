//! `rolling_avg_stats`: each player's last 14 days against his season, both taken from the
//! same box scores as `player_stats`.

use super::super::format::{ordinal_by_last_digit, round_to};
use super::super::table::{col, num, opt, text, Row, SqlType::*, TableSpec};
use super::super::tally::{PlayerTally, Summary};
use super::rank_by;

pub const ROLLING_AVG_STATS: TableSpec = TableSpec {
    name: "rolling_avg_stats",
    columns: &[
        col("player", Text),
        col("rolling_avg_pts", Numeric),
        col("rolling_avg_ts_percent", Numeric),
        col("rolling_avg_mvp_score", Numeric),
        col("rolling_avg_plus_minus", Numeric),
        col("team", Text),
        col("avg_ppg", Numeric),
        col("avg_ts_percent", Numeric),
        col("avg_plus_minus", Numeric),
        col("avg_mvp_score", Numeric),
        col("ppg_differential", Numeric),
        col("ts_differential", Numeric),
        col("plus_minus_differential", Numeric),
        col("mvp_calc_differential", Numeric),
        col("ppg_diff_rank", Text),
        col("ts_diff_rank", Text),
        col("plus_minus_diff_rank", Text),
        col("mvp_calc_diff_rank", Text),
    ],
    constraints: &[],
};

/// The four figures compared, in this order: points, true shooting (a fraction), plus/minus
/// and MVP score, with the decimals `player_stats` shows them at.
const DECIMALS: [u8; 4] = [2, 3, 2, 2];

type Figures = [Option<f64>; 4];

/// The figures of a tally, rounded as shown; true shooting is `None` without a shot attempt.
fn figures(tally: &PlayerTally) -> Figures {
    let raw = [
        tally.ppg(),
        tally.true_shooting(),
        tally.avg_plus_minus(),
        tally.avg_mvp_score(),
    ];
    std::array::from_fn(|k| raw[k].map(|v| round_to(v, i32::from(DECIMALS[k]))))
}

pub fn rolling_avg_stats(summary: &Summary) -> Vec<Row> {
    let season = summary.season;
    let mut recent = vec![PlayerTally::default(); season.players.len()];
    for (_, outcome) in season.recent() {
        for line in outcome.home_lines.iter().chain(&outcome.away_lines) {
            recent[line.player].add(line);
        }
    }
    // In the contract's load order: by the name as this table writes it.
    let written = |p: usize| season.quirks.rolling_name(p, &season.players[p].name);
    let mut active: Vec<usize> = (0..season.players.len())
        .filter(|&p| recent[p].games > 0 && season.players[p].team.is_some())
        .collect();
    active.sort_by(|&a, &b| written(a).cmp(written(b)));

    let rolling: Vec<Figures> = active.iter().map(|&p| figures(&recent[p])).collect();
    let seasonal: Vec<Figures> = active
        .iter()
        .map(|&p| figures(&summary.players[p]))
        .collect();
    // Differences of the shown figures, so a row's columns agree with each other.
    let change: Vec<Figures> = rolling
        .iter()
        .zip(&seasonal)
        .map(|(r, s)| {
            std::array::from_fn(|k| Some(round_to(r[k]? - s[k]?, i32::from(DECIMALS[k]))))
        })
        .collect();
    // 1st is the biggest rise; the upstream mart spells the ranks by their last digit.
    let ranks: [Vec<Option<usize>>; 4] = std::array::from_fn(|k| {
        let column: Vec<Option<f64>> = change.iter().map(|c| c[k]).collect();
        rank_by(&column, true)
    });

    active
        .iter()
        .enumerate()
        .filter_map(|(i, &p)| {
            let player = &season.players[p];
            let team = season.teams[player.team?].abbr;
            let value = |figures: &Figures, k: usize| opt(figures[k], |v| num(v, DECIMALS[k]));
            let rank = |k: usize| opt(ranks[k][i], |r| text(ordinal_by_last_digit(r)));
            let (r, s, c) = (&rolling[i], &seasonal[i], &change[i]);
            Some(vec![
                ("player", text(written(p))),
                ("rolling_avg_pts", value(r, 0)),
                ("rolling_avg_ts_percent", value(r, 1)),
                ("rolling_avg_mvp_score", value(r, 3)),
                ("rolling_avg_plus_minus", value(r, 2)),
                ("team", text(team)),
                ("avg_ppg", value(s, 0)),
                ("avg_ts_percent", value(s, 1)),
                ("avg_plus_minus", value(s, 2)),
                ("avg_mvp_score", value(s, 3)),
                ("ppg_differential", value(c, 0)),
                ("ts_differential", value(c, 1)),
                ("plus_minus_differential", value(c, 2)),
                ("mvp_calc_differential", value(c, 3)),
                ("ppg_diff_rank", rank(0)),
                ("ts_diff_rank", rank(1)),
                ("plus_minus_diff_rank", rank(2)),
                ("mvp_calc_diff_rank", rank(3)),
            ])
        })
        .collect()
}

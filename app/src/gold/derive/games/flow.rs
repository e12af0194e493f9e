//! Flow statistics over a game's scoring plays: the largest lead, true lead changes (a tie in
//! between does not make one), ties, and the number of plays.

use crate::model::games::FlowStats;

/// `margins` are home minus away after each scoring play, in event order.
pub fn flow_stats(margins: &[f64]) -> FlowStats {
    let mut stats = FlowStats {
        plays: margins.len(),
        ..FlowStats::default()
    };
    let mut last_leader: Option<f64> = None;
    for &margin in margins {
        let margin = margin.round();
        stats.max_lead = stats.max_lead.max(margin.abs() as i64);
        if margin == 0.0 {
            stats.ties += 1;
            continue;
        }
        let sign = margin.signum();
        if last_leader.is_some_and(|previous| previous != sign) {
            stats.lead_changes += 1;
        }
        last_leader = Some(sign);
    }
    stats
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_a3_counts_changes_through_ties_once() {
        let stats = flow_stats(&[2.0, 0.0, -3.0, -1.0, 4.0, 4.0, 0.0, 1.0]);
        assert_eq!(
            stats,
            FlowStats {
                max_lead: 4,
                lead_changes: 2,
                ties: 2,
                plays: 8
            }
        );
    }

    #[test]
    fn a_wire_to_wire_game_has_no_ties_or_changes() {
        let stats = flow_stats(&[-2.0, -5.0, -3.0, -14.0, -9.0]);
        assert_eq!((stats.max_lead, stats.lead_changes, stats.ties), (14, 0, 0));
    }

    #[test]
    fn a_lead_lost_through_a_tie_is_one_change() {
        assert_eq!(flow_stats(&[3.0, 0.0, -2.0]).lead_changes, 1);
        assert_eq!(flow_stats(&[3.0, 0.0, 2.0]).lead_changes, 0);
        assert_eq!(flow_stats(&[]), FlowStats::default());
    }
}

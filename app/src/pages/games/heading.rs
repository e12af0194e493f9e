//! Above the chart: the matchup with the winner marked, the two legend chips with each
//! side's share of the lead, and the game's flow statistics.

use leptos::prelude::*;

use crate::format::pct0;
use crate::model::games::{GameSummary, GameTeam, Side};

/// The chips' tooltip, which is also their accessible description.
pub fn legend_text(game: &GameSummary) -> String {
    format!(
        "Legend for the score chart below: each point is colored by the team that scored on \
         that play (home vs away). Lead percentages are clock time spent ahead; tied time was {}.",
        game.lead.map_or("-".to_owned(), |lead| pct0(lead.tie))
    )
}

/// "Max lead ±N", "N lead changes", "N ties", "N plays".
pub fn flow_line(game: &GameSummary) -> [String; 4] {
    let flow = game.flow;
    [
        format!("Max lead ±{}", flow.max_lead),
        format!("{} lead changes", flow.lead_changes),
        format!("{} ties", flow.ties),
        format!("{} plays", flow.plays),
    ]
}

fn team_name(team: &GameTeam, winner: bool) -> impl IntoView {
    let name = team.name.clone().unwrap_or_else(|| team.team.label.clone());
    let name = if winner { format!("{name} (W)") } else { name };
    match team.team.href() {
        Some(href) => view! { <a href=href>{name}</a> }.into_any(),
        None => name.into_any(),
    }
}

fn chip(game: &GameSummary, side: Side) -> impl IntoView {
    let team = game.team(side);
    let (role, share) = match side {
        Side::Home => ("Home", game.lead.map(|lead| lead.home)),
        Side::Away => ("Away", game.lead.map(|lead| lead.away)),
    };
    let dot_style = format!(
        "background:{};{}",
        team.look.primary,
        if team.look.outline {
            "box-shadow:0 0 0 1px rgba(232,230,227,.7)"
        } else {
            ""
        }
    );
    // The readable variant of the team colour at 16 % alpha (0x29 of 0xff).
    let chip_style = format!("background:{}29", team.look.readable);
    view! {
        <span class="legend-chip" style=chip_style title=legend_text(game) aria-describedby="legend-help">
            <span class="legend-dot" style=dot_style aria-hidden="true"></span>
            {format!(
                "{role} ({}) | Led {} of game",
                team.team.label,
                share.map_or("-".to_owned(), pct0)
            )}
        </span>
    }
}

#[component]
pub fn ChartHeading(game: GameSummary) -> impl IntoView {
    let names_missing = game.home.name.is_none()
        && game.away.name.is_none()
        && game.home.team.abbr.is_none()
        && game.away.team.abbr.is_none();
    let matchup = match game.description.clone().filter(|_| names_missing) {
        Some(description) => description.into_any(),
        None => view! {
            {team_name(&game.away, game.winner == Side::Away)}
            " @ "
            {team_name(&game.home, game.winner == Side::Home)}
        }
        .into_any(),
    };
    let stats = flow_line(&game)
        .into_iter()
        .map(|stat| view! { <li>{stat}</li> })
        .collect_view();
    view! {
        <div class="game-heading">
            <h2 id="matchup" class="matchup">{matchup}</h2>
            <div class="legend-chips">
                {chip(&game, Side::Home)}
                {chip(&game, Side::Away)}
                <span id="legend-help" class="visually-hidden">{legend_text(&game)}</span>
            </div>
            <ul class="flow-stats" aria-label="Game flow">{stats}</ul>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::colour::TeamLook;
    use crate::model::games::{FlowStats, LeadShares};
    use crate::model::TeamRef;

    fn game(lead: Option<LeadShares>) -> GameSummary {
        let team = |abbr: &str| GameTeam {
            team: TeamRef {
                abbr: Some(abbr.into()),
                label: abbr.into(),
            },
            name: None,
            score: 0,
            look: TeamLook::new(abbr, abbr, None, None),
        };
        GameSummary {
            slug: "s".into(),
            home: team("BOS"),
            away: team("LAL"),
            winner: Side::Home,
            margin: 1,
            series: None,
            description: None,
            lead,
            flow: FlowStats {
                max_lead: 14,
                lead_changes: 3,
                ties: 2,
                plays: 97,
            },
        }
    }

    #[test]
    fn the_legend_names_the_tied_share_or_a_dash() {
        let lead = LeadShares {
            home: 0.406,
            away: 0.583,
            tie: 0.010,
        };
        assert!(legend_text(&game(Some(lead))).ends_with("tied time was 1%."));
        assert!(legend_text(&game(None)).ends_with("tied time was -."));
    }

    #[test]
    fn flow_stats_read_as_short_phrases() {
        assert_eq!(
            flow_line(&game(None)),
            [
                "Max lead ±14".to_owned(),
                "3 lead changes".to_owned(),
                "2 ties".to_owned(),
                "97 plays".to_owned()
            ]
        );
    }
}

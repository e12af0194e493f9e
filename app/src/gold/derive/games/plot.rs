//! The play-by-play chart's points: one per scoring play plus the synthetic end, each with
//! its marker colour and tooltip facts.

use crate::colour::{Rgb, TeamLook, NEUTRAL};
use crate::model::games::{GamePlot, PlotPoint, ScoringRun};

use super::events::{margin, PlotEvent};
use super::run::Run;

/// The two sides of a game, for naming and colouring the team that scored.
pub struct Sides<'a> {
    /// (abbreviation as the rows spell it, full name, look)
    pub home: (&'a str, &'a str, &'a TeamLook),
    pub away: (&'a str, &'a str, &'a TeamLook),
}

impl Sides<'_> {
    fn scorer(&self, team: &str) -> Option<(&str, &TeamLook)> {
        [&self.home, &self.away]
            .into_iter()
            .find(|(abbr, _, _)| super::card::same_team(abbr, team))
            .map(|(_, name, look)| (*name, *look))
    }
}

fn text(value: Option<&String>) -> String {
    value
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .unwrap_or("-")
        .to_owned()
}

pub fn point(event: &PlotEvent, sides: &Sides) -> PlotPoint {
    let row = event.row;
    let team = row.scoring_team.as_deref().unwrap_or("").trim();
    let scorer = sides.scorer(team);
    let fill = row
        .scoring_team_color
        .as_deref()
        .and_then(Rgb::parse)
        .map(Rgb::hex)
        .or_else(|| scorer.map(|(_, look)| look.primary.clone()))
        .unwrap_or_else(|| NEUTRAL.to_owned());
    PlotPoint {
        t: event.t,
        margin: margin(row).unwrap_or(0.0),
        fill,
        clock: event.clock().to_owned(),
        quarter: text(row.quarter.as_ref()),
        scorer: scorer.map_or_else(|| team.to_owned(), |(name, _)| name.to_owned()),
        scorer_colour: scorer.map_or_else(|| NEUTRAL.to_owned(), |(_, look)| look.readable.clone()),
        score: text(row.score.as_ref()),
        leading: text(row.leading_team_text.as_ref()),
        play: text(row.play.as_ref()),
    }
}

pub fn run_band(run: &Run, sides: &Sides) -> ScoringRun {
    let at = |event: &PlotEvent| {
        format!(
            "{} {}",
            event.row.quarter.as_deref().unwrap_or("-"),
            event.clock()
        )
    };
    let colour = sides
        .scorer(&run.winner)
        .map_or_else(|| NEUTRAL.to_owned(), |(_, look)| look.readable.clone());
    let winner = crate::teams::resolve(&run.winner).map_or_else(
        || run.winner.trim().to_uppercase(),
        |team| team.abbr.to_owned(),
    );
    ScoringRun {
        winner,
        winner_points: run.winner_points,
        loser_points: run.loser_points,
        start: run.start.t,
        end: run.end.t,
        start_at: at(&run.start),
        end_at: at(&run.end),
        qualified: run.qualified,
        colour,
    }
}

pub fn game_plot(
    slug: &str,
    end: f64,
    events: &[PlotEvent],
    run: Option<&Run>,
    sides: &Sides,
) -> GamePlot {
    GamePlot {
        slug: slug.to_owned(),
        end,
        overtimes: super::events::overtimes(end),
        points: events.iter().map(|event| point(event, sides)).collect(),
        run: run.map(|run| run_band(run, sides)),
    }
}

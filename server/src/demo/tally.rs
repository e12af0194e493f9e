//! Season totals per team and per player, and the latest slate told play by play: computed
//! once from the played games and shared by every mart, so that all gold tables tell the same
//! story.

use app::teams::Conference;
use chrono::NaiveDate;

use super::games::Line;
use super::season::Season;
use super::slate::{slate, SlateGame};

#[derive(Debug, Clone, Default)]
pub struct TeamTally {
    pub wins: u32,
    pub losses: u32,
    pub home_wins: u32,
    pub road_wins: u32,
    pub points_for: u64,
    pub points_against: u64,
    pub possessions: f64,
    pub attempts_for: f64,
    pub attempts_against: f64,
    /// Opponent of each game, in date order.
    pub opponents: Vec<usize>,
    /// Win (true) or loss, in date order.
    pub results: Vec<bool>,
    pub last_played: Option<NaiveDate>,
}

impl TeamTally {
    pub fn games(&self) -> u32 {
        self.wins + self.losses
    }

    pub fn win_pct(&self) -> Option<f64> {
        (self.games() > 0).then(|| f64::from(self.wins) / f64::from(self.games()))
    }

    /// Wins and losses over the last ten games.
    pub fn last_ten(&self) -> (u32, u32) {
        let recent = &self.results[self.results.len().saturating_sub(10)..];
        let wins = recent.iter().filter(|won| **won).count() as u32;
        (wins, recent.len() as u32 - wins)
    }

    /// Points scored per 100 possessions.
    pub fn ortg(&self) -> Option<f64> {
        (self.possessions > 0.0).then(|| 100.0 * self.points_for as f64 / self.possessions)
    }

    /// Points allowed per 100 possessions.
    pub fn drtg(&self) -> Option<f64> {
        (self.possessions > 0.0).then(|| 100.0 * self.points_against as f64 / self.possessions)
    }

    /// Average margin per game.
    pub fn margin(&self) -> Option<f64> {
        let games = f64::from(self.games());
        (games > 0.0).then(|| (self.points_for as f64 - self.points_against as f64) / games)
    }
}

#[derive(Debug, Clone, Default)]
pub struct PlayerTally {
    pub games: u32,
    pub points: u32,
    pub attempts: f64,
    pub mvp_score: f64,
    pub plus_minus: i64,
    /// Games his team has played.
    pub team_games: u32,
}

impl PlayerTally {
    /// Counts one game's line.
    pub fn add(&mut self, line: &Line) {
        self.games += 1;
        self.points += line.points;
        self.attempts += line.attempts;
        self.mvp_score += line.mvp_score;
        self.plus_minus += i64::from(line.plus_minus);
    }

    pub fn ppg(&self) -> Option<f64> {
        (self.games > 0).then(|| f64::from(self.points) / f64::from(self.games))
    }

    /// True shooting as a fraction; a one-game call-up can land at 0 or above 1.
    pub fn true_shooting(&self) -> Option<f64> {
        (self.attempts > 0.0).then(|| f64::from(self.points) / (2.0 * self.attempts))
    }

    pub fn avg_mvp_score(&self) -> Option<f64> {
        (self.games > 0).then(|| self.mvp_score / f64::from(self.games))
    }

    pub fn avg_plus_minus(&self) -> Option<f64> {
        (self.games > 0).then(|| self.plus_minus as f64 / f64::from(self.games))
    }

    pub fn games_missed(&self) -> u32 {
        self.team_games.saturating_sub(self.games)
    }
}

/// The season plus its totals: what every mart builder reads.
pub struct Summary<'s> {
    pub season: &'s Season,
    pub teams: Vec<TeamTally>,
    pub players: Vec<PlayerTally>,
    /// 1-based standing within the team's conference.
    pub conference_rank: Vec<usize>,
    /// Distinct players of each team on the injury report.
    pub injured: Vec<usize>,
    /// The latest slate's games with their play-by-play, in tip-off order.
    pub slate: Vec<SlateGame<'s>>,
}

impl<'s> Summary<'s> {
    pub fn new(season: &'s Season) -> Self {
        let mut teams = vec![TeamTally::default(); season.teams.len()];
        let mut players = vec![PlayerTally::default(); season.players.len()];

        for (game, outcome) in season.played() {
            let sides = [
                (
                    game.home,
                    game.away,
                    outcome.home_points,
                    outcome.away_points,
                    &outcome.home_lines,
                ),
                (
                    game.away,
                    game.home,
                    outcome.away_points,
                    outcome.home_points,
                    &outcome.away_lines,
                ),
            ];
            for (team, opponent, scored, allowed, lines) in sides {
                let won = scored > allowed;
                let tally = &mut teams[team];
                tally.wins += u32::from(won);
                tally.losses += u32::from(!won);
                tally.points_for += u64::from(scored);
                tally.points_against += u64::from(allowed);
                tally.possessions += outcome.possessions;
                tally.attempts_for += lines.iter().map(|l| l.attempts).sum::<f64>();
                tally.opponents.push(opponent);
                tally.results.push(won);
                tally.last_played = Some(game.date);
                for line in lines {
                    players[line.player].add(line);
                }
            }
            teams[game.home].home_wins += u32::from(outcome.home_points > outcome.away_points);
            teams[game.away].road_wins += u32::from(outcome.away_points > outcome.home_points);
        }

        for team in 0..teams.len() {
            let against: f64 = teams[team]
                .opponents
                .iter()
                .map(|&o| teams[o].attempts_for)
                .sum();
            let games_against: f64 = teams[team]
                .opponents
                .iter()
                .map(|&o| f64::from(teams[o].games()))
                .sum();
            teams[team].attempts_against = if games_against > 0.0 {
                against / games_against * f64::from(teams[team].games())
            } else {
                0.0
            };
        }
        for (player, tally) in season.players.iter().zip(players.iter_mut()) {
            tally.team_games = player.team.map_or(0, |team| teams[team].games());
        }

        let conference_rank = conference_ranks(season, &teams);
        let injured = injured_counts(season);
        Self {
            season,
            teams,
            players,
            conference_rank,
            injured,
            slate: slate(season),
        }
    }

    /// League-wide points per team per game.
    pub fn league_ppg(&self) -> Option<f64> {
        let games: u32 = self.teams.iter().map(TeamTally::games).sum();
        let points: u64 = self.teams.iter().map(|t| t.points_for).sum();
        (games > 0).then(|| points as f64 / f64::from(games))
    }
}

/// Orders each conference by win percentage, then wins, then abbreviation.
pub fn conference_ranks(season: &Season, teams: &[TeamTally]) -> Vec<usize> {
    let mut ranks = vec![0; teams.len()];
    for conference in [Conference::East, Conference::West] {
        let mut members: Vec<usize> = (0..teams.len())
            .filter(|&t| season.teams[t].conference == conference)
            .collect();
        members.sort_by(|&a, &b| {
            let pct = |t: usize| teams[t].win_pct().unwrap_or(0.0);
            pct(b)
                .total_cmp(&pct(a))
                .then(teams[b].wins.cmp(&teams[a].wins))
                .then(season.teams[a].abbr.cmp(season.teams[b].abbr))
        });
        for (place, team) in members.into_iter().enumerate() {
            ranks[team] = place + 1;
        }
    }
    ranks
}

fn injured_counts(season: &Season) -> Vec<usize> {
    let mut players: Vec<usize> = season.injuries.iter().map(|injury| injury.player).collect();
    players.sort_unstable();
    players.dedup();
    let mut counts = vec![0; season.teams.len()];
    for player in players {
        if let Some(team) = season.players[player].team {
            counts[team] += 1;
        }
    }
    counts
}

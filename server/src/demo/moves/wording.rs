//! The sentences of each kind of move, in the voice of the league's transaction wire: teams by
//! full name (or the Clippers' alias), and the verbs the team page highlights.

use super::super::roster::Role;
use super::{Kind, Writer};

/// The sentences of one move (a coaching change takes two), or `None` when the team has no
/// roster player left to name in it. `names[0]` is the leading team, the rest its partners.
pub(super) fn sentences(
    writer: &mut Writer,
    kind: Kind,
    team: usize,
    names: &[String],
) -> Option<Vec<String>> {
    let lead = &names[0];
    let partner = |n: usize| names.get(n).map_or("", String::as_str);
    let text = match kind {
        Kind::TwoWay => format!(
            "The {lead} signed {} to a two-way contract.",
            writer.outsider()
        ),
        Kind::TwoWaySpaced => format!("The {lead} signed {} to a two way deal.", writer.outsider()),
        Kind::TwoWayConversion => {
            let player = writer.roster_player(team, Role::Bench, |_| true)?;
            format!("The {lead} converted {player} from a two-way contract to a standard contract.")
        }
        Kind::StandardConversion => {
            let player = writer.roster_player(team, Role::Bench, |_| true)?;
            format!("The {lead} converted {player}'s Exhibit 10 deal into a standard contract.")
        }
        Kind::Waiver => format!("The {lead} waived {}.", writer.outsider()),
        Kind::Release => format!("The {lead} released {}.", writer.outsider()),
        Kind::Extension => {
            let player = writer.roster_player(team, Role::Rotation, |age| age >= 24)?;
            format!("The {lead} signed {player} to a multi-year contract.")
        }
        Kind::OptionExercised => {
            let player = writer.roster_player(team, Role::Rotation, |age| age <= 24)?;
            format!("The {lead} exercised the fourth-year option on {player}.")
        }
        Kind::OptionDeclined => format!(
            "The {lead} declined the team option on {}.",
            writer.outsider()
        ),
        Kind::AssistantHired => format!(
            "The {lead} hired {} as an assistant coach.",
            writer.outsider()
        ),
        Kind::CoachChange => {
            let fired = format!("The {lead} fired head coach {}.", writer.outsider());
            let hired = format!("The {lead} hired {} as head coach.", writer.outsider());
            return Some(vec![fired, hired]);
        }
        Kind::Trade => format!(
            "Trade: The {lead} receive a {} second-round pick; the {} receive cash considerations.",
            writer.draft_year(),
            partner(1)
        ),
        Kind::ThreeTeamTrade => format!(
            "Trade: The {lead} receive the draft rights to {}; the {} receive a {} second-round \
             pick; the {} receive cash considerations.",
            writer.outsider(),
            partner(1),
            writer.draft_year(),
            partner(2)
        ),
        Kind::Traded => format!(
            "The {lead} traded the draft rights to {} to the {} for a {} second-round pick.",
            writer.outsider(),
            partner(1),
            writer.draft_year()
        ),
        Kind::Acquired => format!(
            "The {lead} acquired a {} second-round pick from the {} for cash considerations.",
            writer.draft_year(),
            partner(1)
        ),
    };
    Some(vec![text])
}

//! Comment bodies: short takes by thread and mood, with markdown-like symbols and emoji, long
//! rants, and a few planted bodies (HTML-like markup, a copypasta past 4,000 characters) that
//! the app must show as plain text.

use super::super::rng::Rng;
use super::threads::Kind;

/// How the commenter feels about the game the thread is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    Happy,
    Sad,
    Neutral,
}

/// The names a body may mention: nicknames, the star's name, the final score.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub own: String,
    pub winner: String,
    pub loser: String,
    pub star: String,
    pub points: u32,
    pub score: String,
    pub mvp: String,
    pub other: String,
}

const HAPPY: &[&str] = &[
    "{win} in 5. I said what I said 🔥",
    "{star} is HIM. {pts} points and ice in his veins",
    "**{pts}** from {star}. Put some respect on his name",
    "That fourth quarter defense was elite 👏👏",
    "LETS GOOOOO 🔥🔥🔥",
    "Ball movement tonight was beautiful, thirty assists easy",
    "We don't win that game last year. Growth. 🏀",
    "{star} cooking like this is my favourite thing in the world",
    "Bench came to play tonight, huge win",
    "Sweetest win of the season so far 😂",
    "Closed it out like a real team for once",
];

const SAD: &[&str] = &[
    "We blew it again. Same story every night 😭",
    "Refs had money on this one 💀",
    "The {lose} bench is a war crime",
    "Fire everyone. Start over.",
    "I can't keep doing this to myself 😭",
    "Lost {score}. I'm going to bed.",
    "No defense, no rebounding, no heart",
    "At least the draft lottery is fun",
    "Turnovers killed us. Again.",
    "That last possession was embarrassing",
    "Worst loss of the season and it isn't close",
];

const NEUTRAL_POST: &[&str] = &[
    "Final: {score}. {star} finished with {pts}.",
    "Anyone got the full box score?",
    "Good game both sides honestly",
    "{star} with {pts} is going to be in the MVP conversation",
    "Watched this on a delayed stream and my phone spoiled every basket",
    "Both teams shot terribly from three in the second half",
    "The pace in the third quarter was wild",
    "Is it just me or were there like fifty free throws",
    "The {win} are quietly good this year",
    "Refs let them play, I liked it",
];

const IN_GAME: &[&str] = &[
    "Let's go {own}!!",
    "Is {star} playing tonight?",
    "This pace is insane",
    "How is that not a travel 😂",
    "That's a foul every day of the week",
    "Commercial break number 400 🙄",
    "{star} heat check incoming",
    "Defense optional tonight I see",
    "This crowd is LOUD",
    "Timeout {lose}, please",
];

const DAILY: &[&str] = &[
    "Who's your MVP pick right now? I'm going {mvp}.",
    "Unpopular opinion: the {other} are a playoff team",
    "Rank the top 5 point guards right now, go",
    "Trade machine says this works, front offices hate me",
    "What's everyone watching tonight?",
    "Daily reminder that the season is long and nothing matters until April",
    "{mvp} slander will not be tolerated in this thread",
    "Is it me or are refs calling more moving screens this year",
    "League pass is the best money I spend every year",
    "Anyone else go to a game this week? Seats were 🔥",
    "The {other} rebuild is ahead of schedule and nobody is talking about it",
];

const HIGHLIGHT: &[&str] = &[
    "{star} is a bucket 🪣",
    "{pts} is crazy work",
    "That's a travel btw",
    "Broadcast crew lost their minds on that one 😂",
    "{star} has been cooking all month",
    "Defense was nowhere to be found but still, what a shot",
];

const ELSEWHERE: &[&str] = &[
    "Why was this removed?",
    "Mods gonna mod",
    "Power rankings are meaningless but I'm still mad about mine",
    "The {other} at 7 is disrespectful",
    "Source?",
    "This aged well 😂",
];

const RANT: &[&str] = &[
    "I've watched every game this season and the problem is the same every night: we don't get back in transition.",
    "The rotation makes no sense, the best lineup has played maybe forty minutes together all year.",
    "{star} is carrying an insane usage load and it shows in the fourth quarter.",
    "People look at the record and panic but the net rating says we're fine.",
    "The schedule has been brutal too, four back-to-backs in three weeks.",
    "If the front office doesn't make a move before the deadline, I don't know what we're doing.",
    "Also can we talk about how the {win} have quietly figured out their spacing?",
    "Our bigs can't switch onto guards and every team in the league knows it.",
    "Point being: trust the shooting variance, it evens out over 82 games.",
    "Anyway, that's my TED talk. Go {own}.",
];

/// Bodies every sample carries once, so the app's escaping and truncation are exercised.
pub const PLANTED: &[&str] = &[
    "<b>bold</b> prediction: the {win} win it all this year",
    "<script>alert('refs')</script> is my review of the officiating tonight",
    "Bench mob &amp; vibes &lt;3 <i>finally</i> a win",
    "<a href=\"https://example.org/stream\">full highlights here</a>",
    "Markdown check:\n\n**{star}**: {pts} pts\n\n> we are so back\n\n~~tanking~~ contending. [box score](https://www.reddit.com/r/nba/wiki/index) ^^^source: ^^^me",
    "🐐🐐🐐",
];

/// A body for a comment in a thread of this kind.
pub fn body(rng: &mut Rng, kind: Kind, mood: Mood, context: &Context) -> String {
    if rng.chance(0.05) {
        let sentences = rng.between(4, 7) as usize;
        return rant(rng, context, sentences);
    }
    let pool = match (kind, mood) {
        (Kind::PostGame, Mood::Happy) => HAPPY,
        (Kind::PostGame, Mood::Sad) => SAD,
        (Kind::PostGame, Mood::Neutral) => NEUTRAL_POST,
        (Kind::Game, _) => IN_GAME,
        (Kind::Highlight, _) => HIGHLIGHT,
        (Kind::Daily, _) => DAILY,
        (Kind::Removed | Kind::Outside, _) => ELSEWHERE,
    };
    fill(rng.pick::<&str>(pool), context)
}

/// Several rant sentences in paragraphs.
pub fn rant(rng: &mut Rng, context: &Context, sentences: usize) -> String {
    let paragraphs: Vec<String> = (0..sentences)
        .map(|_| fill(rng.pick::<&str>(RANT), context))
        .collect();
    paragraphs.join("\n\n")
}

/// A numbered copypasta longer than the 4,000 characters the app's tooltip shows.
pub fn copypasta(rng: &mut Rng, context: &Context) -> String {
    let mut text = String::from("A complete breakdown of this season, point by point:\n");
    let mut point = 1;
    while text.chars().count() <= 4_200 {
        text.push_str(&format!(
            "\n{point}. {}",
            fill(rng.pick::<&str>(RANT), context)
        ));
        point += 1;
    }
    text
}

/// Puts the context's names into a template.
pub fn fill(template: &str, context: &Context) -> String {
    template
        .replace("{own}", &context.own)
        .replace("{win}", &context.winner)
        .replace("{lose}", &context.loser)
        .replace("{star}", &context.star)
        .replace("{pts}", &context.points.to_string())
        .replace("{score}", &context.score)
        .replace("{mvp}", &context.mvp)
        .replace("{other}", &context.other)
}

/// Sentiment scores as the pipeline's analyser gives them: a compound score from −1 to 1 and
/// the positive, neutral and negative shares, which sum to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sentiment {
    pub compound: f64,
    pub pos: f64,
    pub neu: f64,
    pub neg: f64,
}

/// Scores for a body written in this mood.
pub fn sentiment(rng: &mut Rng, mood: Mood) -> Sentiment {
    let compound: f64 = match mood {
        Mood::Happy => rng.range(0.3, 0.97),
        Mood::Sad => rng.range(-0.97, -0.3),
        Mood::Neutral if rng.chance(0.4) => 0.0,
        Mood::Neutral => rng.range(-0.3, 0.45),
    };
    let compound = (compound * 1000.0).round() / 1000.0;
    let strength = rng.range(0.25, 0.6);
    let pos = (compound.max(0.0) * strength * 1000.0).round() / 1000.0;
    let neg = ((-compound).max(0.0) * strength * 1000.0).round() / 1000.0;
    Sentiment {
        compound,
        pos,
        neu: ((1.0 - pos - neg) * 1000.0).round() / 1000.0,
        neg,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_leave_no_placeholder_and_copypasta_is_long() {
        let context = Context {
            own: "Lakers".into(),
            winner: "Lakers".into(),
            loser: "Celtics".into(),
            star: "A B".into(),
            points: 31,
            score: "110-104".into(),
            mvp: "C D".into(),
            other: "Jazz".into(),
        };
        let pools = [
            HAPPY,
            SAD,
            NEUTRAL_POST,
            IN_GAME,
            DAILY,
            HIGHLIGHT,
            ELSEWHERE,
            RANT,
            PLANTED,
        ];
        for template in pools.iter().flat_map(|pool| pool.iter()) {
            let text = fill(template, &context);
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
        }
        let mut rng = Rng::new(1);
        assert!(copypasta(&mut rng, &context).chars().count() > 4_000);
    }

    #[test]
    fn sentiment_shares_sum_to_one_and_follow_the_mood() {
        let mut rng = Rng::new(2);
        for mood in [Mood::Happy, Mood::Sad, Mood::Neutral] {
            for _ in 0..200 {
                let s = sentiment(&mut rng, mood);
                assert!((s.pos + s.neu + s.neg - 1.0).abs() < 0.0015, "{s:?}");
                assert!((-1.0..=1.0).contains(&s.compound));
                match mood {
                    Mood::Happy => assert!(s.compound > 0.0 && s.neg == 0.0),
                    Mood::Sad => assert!(s.compound < 0.0 && s.pos == 0.0),
                    Mood::Neutral => assert!(s.compound.abs() < 0.5),
                }
            }
        }
    }
}

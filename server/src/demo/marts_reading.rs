//! How the team page reads gold's free text, taken from the app itself, so the demo's tests
//! check that the data exercises every rule the page applies: the injury ETA, and the tag and
//! highlighted verbs of a transaction.

pub use app::gold::derive::transactions::{tag, VERBS};

/// The return estimate the page shows for an injury description.
pub fn eta(description: &str) -> String {
    app::gold::derive::injuries::eta(Some(description))
}

/// The highlighted verbs of a transaction, lower-cased, in order of first use.
pub fn verbs(transaction: &str) -> Vec<&'static str> {
    let mut found = Vec::new();
    for part in app::gold::derive::transactions::highlight(transaction) {
        let verb = VERBS
            .into_iter()
            .find(|verb| part.verb && part.text.eq_ignore_ascii_case(verb));
        if let Some(verb) = verb.filter(|verb| !found.contains(verb)) {
            found.push(verb);
        }
    }
    found
}

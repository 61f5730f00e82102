//! R004: the root cause says little more than the description.

use crate::codes::Code;

use foldhash::HashSet;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(description) = &s.record.description else {
        return;
    };
    let Some(cause) = s.record.cause() else {
        return;
    };
    // Only a negated passive restates the event: a cause without a negation
    // needs no reading (R001, when it is on, has read it already).
    let lower = cause.value.to_lowercase();
    let negated = ["not", "never", "n't", "n\u{2019}t"]
        .iter()
        .any(|w| lower.contains(w));
    if negated
        && s.cause(ctx)
            .is_some_and(|(_, read)| read.restates_event(&description.value))
    {
        out.push(
            Diagnostic::new(
                Code::R004,
                cause.span,
                "the cause only says what did not happen, not why it could not happen",
            )
            .label(description.span, "the description")
            .help("ask why it was not done: name what in the process, ownership, resources or tools let it be missed"),
        );
        return;
    }
    let c: HashSet<String> = content_words(&cause.value).collect();
    if c.len() < 3 {
        return;
    }
    // The description is often the longest text of a record: its words are
    // looked up in the cause's, not gathered into a set of their own.
    let shared = content_words(&description.value)
        .filter_map(|w| c.get(&w).map(String::as_str))
        .collect::<HashSet<&str>>()
        .len();
    if shared * 10 >= c.len() * 7 {
        out.push(
            Diagnostic::new(
                Code::R004,
                cause.span,
                format!("{shared} of the cause's {} words repeat the description: it restates what happened, not why", c.len()),
            )
            .label(description.span, "the description")
            .help("the cause answers \"why was this possible?\": name what in the process, ownership, resources or tools let it happen"),
        );
    }
}

/// Lemmas of the words of four letters or more.
fn content_words(text: &str) -> impl Iterator<Item = String> {
    const STOP: &[&str] = &[
        "that", "this", "with", "from", "were", "have", "been", "their", "there", "which", "when",
        "they", "after", "before", "still", "into", "than",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .map(|w| crate::analysis::text::lemma(&w))
}

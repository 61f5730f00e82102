//! Property tests for the readers of statements (R001's clause reading,
//! R002's ranking, R004, R013, R014): any text, however it is cased or
//! spelled, is read without a panic, and every span a reading reports lies
//! inside the text on character boundaries.
//!
//! The statements are drawn from words that have broken readers before:
//! titles and roles before a capitalised name, names that start with a
//! letter beyond ASCII (whose capital may take more or fewer bytes),
//! contractions, quotes, numbers and punctuation that split clauses; or
//! they are the corpus's own, with words dropped, doubled, put in capitals
//! or swapped for those.

mod common;

use ncreg::analysis::Phrases;
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "Dr",
    "Nurse",
    "Mr",
    "Sgt",
    "senior",
    "the",
    "a",
    "operator",
    "operators",
    "staff",
    "Émile",
    "émile",
    "ßtraße",
    "ſam",
    "İlker",
    "ıldız",
    "Ñandú",
    "Åsa",
    "Tomás",
    "Ω",
    "日本",
    "forgot",
    "didn't",
    "won't",
    "not",
    "no",
    "check",
    "checked",
    "checks",
    "because",
    "so",
    "but",
    ",",
    ";",
    ":",
    ".",
    "—",
    "'",
    "\u{2019}",
    "\"",
    "(",
    ")",
    "/",
    "#4521",
    "@dana",
    "10",
    "3rd",
    "log",
    "system",
    "form",
    "required",
    "made",
    "moved",
    "to",
    "into",
    "from",
    "by",
    "with",
    "without",
    "Reversing",
    "cameras",
    "fitted",
    "remind",
    "retrain",
    "instead",
    "of",
    "wrong",
    "human",
    "error",
    "lack",
    "training",
    "procedure",
    "and",
    "or",
    "e.g.",
    "i.e.",
    "J.",
    "O'Neil",
    "co-worker",
    "re-trained",
    "   ",
    "\n",
    "\t",
];

fn statement() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..24).prop_map(|words| words.join(" "))
}

/// The corpus's statements, each a sentence the readers were written for.
fn corpus() -> Vec<String> {
    ["causes.tsv", "actions.tsv"]
        .iter()
        .flat_map(|f| common::labelled(&format!("{}/tests/corpus/{f}", env!("CARGO_MANIFEST_DIR"))))
        .map(|(_, statement)| statement)
        .collect()
}

/// A corpus statement with some of its words dropped, doubled, cased
/// otherwise or swapped for the words above.
fn mutated() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&CORPUS[..]),
        prop::collection::vec((any::<usize>(), 0..4u8, prop::sample::select(WORDS)), 1..6),
    )
        .prop_map(|(text, edits)| {
            let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
            for (at, how, word) in edits {
                let i = at % (words.len() + 1);
                match how {
                    0 => words.insert(i, word.to_string()),
                    1 if i < words.len() => {
                        words.remove(i);
                    }
                    2 if i < words.len() => words[i] = words[i].to_uppercase(),
                    _ if i < words.len() => words.insert(i, words[i].clone()),
                    _ => {}
                }
            }
            words.join(" ")
        })
}

fn read(text: &str, description: &str) -> Result<(), TestCaseError> {
    let p = Phrases::builtin();
    let judged = p.explain_cause(text).words;
    let ranked = p.explain_action(text).spans;
    for span in judged.iter().chain(&ranked) {
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "{span:?} outside {text:?}"
        );
        prop_assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{span:?} splits a character of {text:?}"
        );
    }
    p.judge_cause(text);
    p.shallow_cause(text);
    p.read_cause(text).restates_event(description);
    p.rank(text);
    p.existence_only(text);
    p.names_owner(text);
    p.decides_resources(text);
    p.trains(text);
    p.automated(text);
    Ok(())
}

static CORPUS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(corpus);

proptest! {
    #[test]
    fn any_statement_is_read_without_a_panic(text in statement(), description in statement()) {
        read(&text, &description)?;
    }

    #[test]
    fn a_corpus_statement_mutated_is_read_without_a_panic(
        text in mutated(),
        description in mutated(),
    ) {
        read(&text, &description)?;
    }
}

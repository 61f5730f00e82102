//! A phrase list that R001 reads a clause with, searched from each word
//! boundary in turn.
//!
//! Unanchored, a list whose lines open with free words (`{person}` is "the
//! night shift operator", "each of the two leads", ...) keeps a thread going
//! from every word it has passed; each new sentence then needs new states of
//! the lazy DFA, and building them was a fifth of lint's time on a register
//! of 10,000 records. Anchored at each start, the DFA only ever meets the
//! beginnings of the lines themselves: a few hundred sentences build those
//! states, and every later sentence reuses them.
//!
//! The matches are those of `find_iter`: a match starts where the pattern's
//! leading word boundary holds, the first start with a match wins, and at
//! that start the anchored search prefers what the unanchored one prefers
//! (leftmost-first); the next search begins where that match ended.

use std::ops::Range;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input};

/// `(?-u:\b)`, with which every list's pattern starts (`expand`,
/// `ascii_words`).
const BOUNDARY: &str = r"(?-u:\b)";

/// The list's lazy DFA, forward only: an anchored search knows where its
/// match starts, so the reverse automaton a regex also builds (and compiles
/// at start-up) would never run. Its caches (one a thread) are taken once a
/// text, which is searched from each of its words.
pub struct List {
    dfa: DFA,
    caches: Pool<Cache, CacheFn>,
}

type CacheFn = Box<dyn Fn() -> Cache + Send + Sync>;

impl List {
    /// A list's pattern, with room for its lazy DFA, as `build` gives the
    /// other lists.
    pub fn new(pattern: &str) -> Result<List, String> {
        if !pattern.starts_with(BOUNDARY) {
            return Err(format!("a phrase list must start at a word: {pattern}"));
        }
        // Neither a quit byte (the boundaries are ASCII) nor a cache given
        // up on (no minimum clear count): the search cannot fail.
        DFA::builder()
            .configure(DFA::config().cache_capacity(super::LAZY_DFA_BYTES))
            .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
            .build(pattern)
            .map(|dfa| {
                let of = dfa.clone();
                List {
                    dfa,
                    caches: Pool::new(Box::new(move || of.create_cache())),
                }
            })
            .map_err(|e| e.to_string())
    }

    /// Where the list matches in the text, in order, without overlaps.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        self.matches(text).collect()
    }

    /// The first match.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.matches(text).next()
    }

    fn matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        let bytes = text.as_bytes();
        let word = |i: usize| {
            bytes
                .get(i)
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        };
        let mut at = 0;
        let mut cache = self.caches.get();
        std::iter::from_fn(move || {
            while at <= bytes.len() {
                let start = at;
                at += 1;
                // Both sides ASCII-decided, so `start` is a char boundary.
                if (start > 0 && word(start - 1)) == word(start) {
                    continue;
                }
                let input = Input::new(text).range(start..).anchored(Anchored::Yes);
                if let Ok(Some(end)) = self.dfa.try_search_fwd(&mut cache, &input) {
                    at = end.offset().max(start + 1);
                    return Some(start..end.offset());
                }
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same matches as `find_iter` of the same pattern, on texts where
    /// the leftmost start, the preferred alternative, `^` and the boundary
    /// between ASCII and other letters decide them.
    #[test]
    fn matches_as_find_iter_does() {
        let patterns = [
            r"(?-u:\b)(?:a|a b|b c)(?-u:\b)",
            r"(?-u:\b)(?:(?:[0-9a-z_]+ ){0,2}?nurse forgot|forgot to [0-9a-z_]+)(?-u:\b)",
            r"(?-u:\b)(?:^they rushed|rushed by [A-Z][0-9a-zA-Z_-]*|, [A-Z][0-9a-zA-Z_-]*)(?-u:\b)",
            r"(?-u:\b)(?:[^0-9a-z_]+x)(?-u:\b)",
        ];
        let texts = [
            "a b c",
            "b c a b",
            "the night nurse forgot to sign, then forgot to log",
            "they rushed it; rushed by Amy, Bo and they rushed",
            "café nurse forgot — é nurse forgot",
            "ab a, x a-x",
            "",
            "naïve a",
        ];
        for pattern in patterns {
            let list = List::new(pattern).unwrap();
            let regex = regex::Regex::new(pattern).unwrap();
            for text in texts {
                let want: Vec<_> = regex.find_iter(text).map(|m| m.range()).collect();
                assert_eq!(list.ranges(text), want, "{pattern} on {text:?}");
                assert_eq!(list.find(text), want.first().cloned());
            }
        }
    }

    #[test]
    fn a_pattern_that_does_not_start_at_a_word_is_refused() {
        assert!(List::new("(?:a|b)").is_err());
    }
}

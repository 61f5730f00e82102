//! The word classes of the judgement rules, compiled to one longest-match
//! automaton over lemmas: a trie whose edges are lemmas, walked from each
//! token, keeping the longest entry that ends on a word. "take more care"
//! wins over "take", and "reminded" finds "remind" because entries go through
//! the same tokeniser and lemmas as the text.

use foldhash::HashMap;
use std::ops::Range;

use super::text::{Text, Token};

/// A word class. One entry may belong to several ("review" is a check and
/// an item); where it stands in the action decides which one counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Exhort,
    Train,
    Attest,
    Care,
    Check,
    Fix,
    Change,
    Create,
    Send,
    Prevent,
    Assign,
    Resource,
    Alert,
    Light,
    People,
    Document,
    Control,
    Owner,
    Means,
    Item,
    /// A way round a control ("override", "workaround"): removing one
    /// removes the hazard.
    Hazard,
    Definite,
    Automated,
    Periodic,
    Fleet,
    /// R001: a noun for a person ("operator"), a given name, a verb of
    /// individual failure ("overlook"), a verb whose negation says what a
    /// person lacked ("have").
    Person,
    Name,
    Failure,
    Capacity,
}

impl Class {
    /// The section of `phrases.txt` that lists the class.
    pub const SECTIONS: [(&'static str, Class); 29] = [
        ("action-exhort", Class::Exhort),
        ("action-train", Class::Train),
        ("action-attest", Class::Attest),
        ("action-care", Class::Care),
        ("action-check", Class::Check),
        ("action-fix", Class::Fix),
        ("action-change", Class::Change),
        ("action-create", Class::Create),
        ("action-send", Class::Send),
        ("action-prevent", Class::Prevent),
        ("action-assign", Class::Assign),
        ("action-resource", Class::Resource),
        ("action-alert", Class::Alert),
        ("action-light", Class::Light),
        ("object-people", Class::People),
        ("object-document", Class::Document),
        ("object-control", Class::Control),
        ("object-owner", Class::Owner),
        ("object-means", Class::Means),
        ("object-item", Class::Item),
        ("object-hazard", Class::Hazard),
        ("modifier-definite", Class::Definite),
        ("modifier-automated", Class::Automated),
        ("modifier-periodic", Class::Periodic),
        ("modifier-fleet", Class::Fleet),
        ("person-word", Class::Person),
        ("first-name", Class::Name),
        ("failure-verb", Class::Failure),
        ("capacity-verb", Class::Capacity),
    ];

    /// Whether the section lists one word an entry, separated by spaces,
    /// rather than entries separated by commas.
    pub fn one_word_entries(self) -> bool {
        matches!(
            self,
            Class::Person | Class::Name | Class::Failure | Class::Capacity
        )
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }

    pub fn name(self) -> &'static str {
        match self {
            Class::Exhort => "exhort",
            Class::Train => "train",
            Class::Attest => "attest",
            Class::Care => "take care",
            Class::Check => "check",
            Class::Fix => "fix",
            Class::Change => "change",
            Class::Create => "create",
            Class::Send => "send",
            Class::Prevent => "prevent",
            Class::Assign => "assign",
            Class::Resource => "resource",
            Class::Alert => "alert",
            Class::Light => "light verb",
            Class::People => "people",
            Class::Document => "document",
            Class::Control => "control",
            Class::Owner => "owner",
            Class::Means => "resources",
            Class::Item => "item",
            Class::Hazard => "hazard",
            Class::Definite => "definite",
            Class::Automated => "automated",
            Class::Periodic => "periodic",
            Class::Fleet => "fleet",
            Class::Person => "person",
            Class::Name => "given name",
            Class::Failure => "failure verb",
            Class::Capacity => "capacity verb",
        }
    }
}

/// A set of classes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Classes(u32);

impl Classes {
    pub fn has(self, c: Class) -> bool {
        self.0 & c.bit() != 0
    }

    /// In no class at all: a word the lists do not know.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether one of the classes is a kind of action (an `action-` section).
    fn is_action(self) -> bool {
        Class::SECTIONS
            .iter()
            .any(|(section, c)| section.starts_with("action-") && self.has(*c))
    }

    /// The first of `order` in the set.
    pub fn first_of(self, order: &[Class]) -> Option<Class> {
        order.iter().copied().find(|c| self.has(*c))
    }
}

/// An entry found in a text: the tokens it covers and its classes.
#[derive(Clone, Debug)]
pub struct Hit {
    pub tokens: Range<usize>,
    pub classes: Classes,
}

#[derive(Default)]
struct Node {
    next: HashMap<String, usize>,
    classes: Classes,
}

pub struct Lexicon {
    nodes: Vec<Node>,
}

impl Lexicon {
    pub fn new() -> Lexicon {
        Lexicon {
            nodes: vec![Node::default()],
        }
    }

    /// Adds an entry: its words, as the text's tokeniser reads them.
    pub fn insert(&mut self, entry: &str, class: Class) {
        let text = Text::new(entry);
        // The stemmer reads a base form that looks inflected as inflected
        // ("shred" as "shr-ed"); its inflected forms meet elsewhere
        // ("shredded", "shreds" at "shred"), so a word is also filed under
        // the lemma of its plural, unless that is a verb form: "i" + "s" is
        // "is", and "be" is no person. (Nor of a word in "-s", whose "plural"
        // is another word: "pas" + "s" is "pass".)
        if let [word] = text.tokens.as_slice()
            && word.is_word()
            && !word.norm.ends_with('s')
        {
            let plural = format!("{}s", word.norm);
            let lemma = super::text::lemma(&plural);
            if lemma != word.lemma() && !super::text::irregular_form(&plural) {
                self.insert_lemmas(&[lemma], class);
            }
        }
        let lemmas: Vec<String> = text.tokens.iter().map(|t| t.lemma().to_string()).collect();
        self.insert_lemmas(&lemmas, class);
    }

    /// A given name, filed under itself: names are not inflected, and by
    /// its lemma "sam" would meet "same".
    pub fn insert_name(&mut self, name: &str) {
        self.insert_lemmas(&[name.to_lowercase()], Class::Name);
    }

    fn insert_lemmas(&mut self, lemmas: &[String], class: Class) {
        if lemmas.is_empty() {
            return;
        }
        let mut node = 0;
        for lemma in lemmas {
            node = match self.nodes[node].next.get(lemma) {
                Some(&n) => n,
                None => {
                    self.nodes.push(Node::default());
                    let n = self.nodes.len() - 1;
                    self.nodes[node].next.insert(lemma.clone(), n);
                    n
                }
            };
        }
        self.nodes[node].classes.0 |= class.bit();
    }

    /// The classes of a one-word entry, by its lemma (or, for a given
    /// name, by the word itself).
    pub fn word(&self, lemma: &str) -> Classes {
        self.nodes[0]
            .next
            .get(lemma)
            .map_or(Classes::default(), |&n| self.nodes[n].classes)
    }

    /// A word the lists do not name, read by a word they do: a verb done
    /// again ("reactivated", "reinstated") is a fix, as the lists' own
    /// "re-enable" and "reinstall" are, when the verb without its "re" is
    /// theirs; a compound verb ("sample-monitor") is read by its last part
    /// (a compound noun, "admin-accounts", is left alone).
    fn unlisted(&self, t: &Token) -> Option<Classes> {
        // (Not "re-entry", a noun: "re-entry gas test results".)
        if let Some(rest) = t.lemma().strip_prefix("re").filter(|r| r.len() >= 4)
            && self.word(rest) != Classes::default()
            && !matches!(t.norm.as_str(), "re-entry" | "reentry")
        {
            return Some(Classes(Class::Fix.bit()));
        }
        // ("Fibre re-spliced": a hyphen says "again" of any verb done.)
        if t.norm.starts_with("re-") && t.norm.len() >= 8 && t.norm.ends_with("ed") {
            return Some(Classes(Class::Fix.bit()));
        }
        // ("Brew controller prompts each hop addition": a machine.)
        if super::a_device(&t.norm) {
            return Some(Classes(Class::Control.bit()));
        }
        let (first, last) = t.norm.rsplit_once('-')?;
        // (Not a kind of thing: "multi-lock hasps", "non-slip mats".)
        if matches!(first, "multi" | "non" | "anti") {
            return None;
        }
        let classes = Some(self.word(&super::text::lemma(last))).filter(|c| c.is_action())?;
        // ("Safe with auto-close", "self-locking door": what it does by
        // itself.)
        Some(if matches!(first, "auto" | "self") {
            Classes(classes.0 | Class::Automated.bit())
        } else {
            classes
        })
    }

    /// A verb whose particle comes after its object, read as the entry of
    /// both: "turned debug logging off" as "turn off", "rolled the config
    /// back" as "roll back", "turn warnings into alerts" as "turn into". The
    /// particle ends a phrase ("switch the users on the old plan" is no
    /// "switch on"); "back" before it puts something back ("turned TLS
    /// verification back on"). "With" takes the people something is shared
    /// or discussed with: "shared the incident with the team"; "from" a
    /// record or a tool that something is taken from ("take start dates from
    /// the signed contract"); "in" a tool something is kept in ("record
    /// treatments in the herd app").
    fn split(&self, text: &Text, i: usize) -> Option<Classes> {
        let words = &text.tokens[i + 1..];
        // (A possessive may be in the object: "log parents' messages in".)
        let k = words
            .iter()
            .take(6)
            .take_while(|t| t.is_word() || matches!(t.norm.as_str(), "'" | "'s"))
            .position(|t| {
                matches!(
                    t.norm.as_str(),
                    "off" | "on" | "down" | "back" | "into" | "with" | "from" | "in"
                )
            })
            .filter(|&k| k > 0)?;
        // ("Back on": the particle is the word after "back"; "scaled the
        // cluster back up" is scaled back.)
        let after_back = (words[k].norm == "back")
            .then(|| words.get(k + 1).map(|n| n.norm.as_str()))
            .flatten();
        let back_up = matches!(after_back, Some("up" | "online"));
        let k = if matches!(after_back, Some("on" | "off")) {
            k + 1
        } else {
            k
        };
        // (Asked at nearly every word: the verb is looked up only when a
        // particle follows.)
        let &verb = self.nodes[0].next.get(text.tokens[i].lemma())?;
        // Whether words of one of `classes` follow the particle.
        let names = |classes: &[Class]| {
            words[k + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.is_word())
                .any(|t| {
                    let word = self.word(t.lemma());
                    classes.iter().any(|&c| word.has(c))
                })
        };
        // ("Into" takes what something becomes: "turn warnings into alerts".)
        // ("In" a tool: "record treatments in the herd app" as "record in",
        // said as an order; "make the toolbox talk record a gate in the job
        // card" names a record.)
        let imperative = || text.opens_clause(i) || text.tokens[i - 1].norm == ",";
        let ends = words[k].norm == "into"
            || back_up
            || (words[k].norm == "with" && names(&[Class::People]))
            || (words[k].norm == "from" && names(&[Class::Control, Class::Document, Class::Item]))
            || (words[k].norm == "in" && names(&[Class::Control]) && imperative())
            || !matches!(words[k].norm.as_str(), "with" | "from" | "in")
                && words.get(k + 1).is_none_or(|n| {
                    !n.is_word()
                        || matches!(
                            n.norm.as_str(),
                            "and"
                                | "in"
                                | "at"
                                | "for"
                                | "from"
                                | "to"
                                | "after"
                                | "before"
                                | "until"
                                | "when"
                                | "again"
                                | "by"
                                | "so"
                                | "as"
                                | "then"
                                | "on"
                        )
                });
        let &entry = self.nodes[verb]
            .next
            .get(words[k].lemma())
            .filter(|_| ends)?;
        let classes = self.nodes[entry].classes;
        if classes == Classes::default() {
            return None;
        }
        Some(if words[k - 1].norm == "back" {
            Classes(Class::Fix.bit())
        } else {
            classes
        })
    }

    /// Every entry of the text, longest first at each word, left to right,
    /// without overlap.
    pub fn scan(&self, text: &Text) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < text.tokens.len() {
            let mut node = 0;
            let mut best: Option<(usize, Classes)> = None;
            for (j, t) in text.tokens[i..].iter().enumerate() {
                // The stem of "note" is "not": the negation begins no entry
                // (it may go on one, as in "can not").
                if j == 0 && t.norm == "not" {
                    break;
                }
                match self.nodes[node].next.get(t.lemma()) {
                    Some(&n) => node = n,
                    None => break,
                }
                if self.nodes[node].classes != Classes::default() {
                    best = Some((i + j + 1, self.nodes[node].classes));
                }
            }
            // A particle after the object outweighs the verb read alone
            // ("put the guard back" is no "put"), not a longer entry.
            let found = match best {
                Some((end, _)) if end > i + 1 => best,
                _ => self
                    .split(text, i)
                    .map(|c| (i + 1, c))
                    .or(best)
                    .or_else(|| self.unlisted(&text.tokens[i]).map(|c| (i + 1, c))),
            };
            match found {
                Some((end, classes)) => {
                    hits.push(Hit {
                        tokens: i..end,
                        classes,
                    });
                    i = end;
                }
                None => i += 1,
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plural_that_is_a_verb_form_is_not_filed() {
        let mut lex = Lexicon::new();
        lex.insert("i", Class::Person);
        lex.insert("engineer", Class::Person);
        assert!(lex.word("i").has(Class::Person));
        assert!(
            !lex.word("be").has(Class::Person),
            "\"i\" + \"s\" is \"is\""
        );
        assert!(
            lex.word(&crate::analysis::text::lemma("engineers"))
                .has(Class::Person)
        );
    }

    #[test]
    fn a_word_in_s_is_not_filed_under_another_word() {
        let mut lex = Lexicon::new();
        lex.insert("pas", Class::Person);
        assert!(
            lex.word(&crate::analysis::text::lemma("pas"))
                .has(Class::Person)
        );
        assert!(
            !lex.word(&crate::analysis::text::lemma("pass"))
                .has(Class::Person),
            "\"pas\" + \"s\" is \"pass\""
        );
    }

    #[test]
    fn the_longest_entry_wins_and_inflections_match() {
        let mut lex = Lexicon::new();
        lex.insert("take", Class::Create);
        lex.insert("take more care", Class::Care);
        lex.insert("remind", Class::Exhort);
        lex.insert("review", Class::Check);
        lex.insert("review", Class::Item);
        let text = Text::new("Staff reminded to take more care; reviews take time.");
        let hits: Vec<(String, Classes)> = lex
            .scan(&text)
            .into_iter()
            .map(|h| (text.norm_of(h.tokens).1.to_string(), h.classes))
            .collect();
        assert_eq!(hits[0].0, "reminded");
        assert_eq!(hits[1].0, "take more care");
        assert!(hits[1].1.has(Class::Care) && !hits[1].1.has(Class::Create));
        assert!(hits[2].1.has(Class::Check) && hits[2].1.has(Class::Item));
        assert_eq!(hits[3].0, "take");
        assert_eq!(hits.len(), 4);
    }

    #[test]
    fn a_base_form_that_looks_inflected_still_matches() {
        let mut lex = Lexicon::new();
        lex.insert("shred", Class::Fix);
        for word in ["Shredded", "shreds", "shred"] {
            let text = Text::new(word);
            assert_eq!(lex.scan(&text).len(), 1, "{word}");
        }
    }
}

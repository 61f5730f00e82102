//! R001 reads a root cause clause by clause, as a lead auditor does.
//!
//! 1. The statement is split into clauses at sentence ends, semicolons,
//!    colons, and causal and contrast markers. Each clause gets a depth in the
//!    causal chain: "A because B" and "why 2: B" put B deeper than A, "A, so
//!    B" puts A deeper than B, "but" and a new sentence keep the depth.
//! 2. In each clause (`cause/clause.rs`): its subject (a person, a thing
//!    the organisation owns, or neither), whether the verb is passive, blame
//!    (the phrase lists, or a person as the active subject of a failure: a
//!    failure verb, a negated duty, "should have", "the wrong ...",
//!    "without ..."), and gaps (the systemic list). A negation before a
//!    blame phrase denies it, as NegEx scopes it; a clause that denies a gap
//!    ("there was no process gap") names none.
//! 3. The deepest clause that says anything decides: a gap there makes the
//!    cause systemic, blame there makes it shallow, and anything else means a
//!    deeper cause explains the blame above it.
//!
//! Lint reads the gaps only of a cause with blame or a negated passive in
//! it: elsewhere they cannot change a decision, and the systemic lists cost
//! more than the rest of the reading.

use foldhash::{HashMap, HashSet};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use super::Phrases;
use super::lexicon::Class;
use super::text::{Text, Token};

mod clause;

/// A root cause read clause by clause, once for all the rules that judge it
/// (R001 decides on it, R004 looks for a restated event in it).
pub struct Cause<'a> {
    original: &'a str,
    text: Text,
    readings: Vec<Reading>,
}

/// R001's reading of one root cause.
#[derive(Debug)]
pub struct Judgement {
    pub shallow: bool,
    /// Bytes of the statement that decided it.
    pub words: Vec<Range<usize>>,
    /// How it was read, a line a step (`ncreg explain R001 --text`).
    pub trace: Vec<String>,
}

impl Phrases {
    /// Whether a word names a person: a noun for one, a capitalised given
    /// name or a handle. An "-ing" or "-ed" form shares its lemma with the
    /// noun ("guarding", "staffed") but is one only when the list names it
    /// ("marketing").
    pub(super) fn is_person(&self, t: &Token) -> bool {
        let verb_form = t.is_verb_form();
        // ("PMS", a property management system, is no plural of "PM",
        // which is written "PMs".)
        let capital_plural = t.acronym
            && t.norm
                .strip_suffix('s')
                .is_some_and(|one| one.len() >= 2 && self.words.word(one).has(Class::Person));
        (!capital_plural && self.words.word(t.lemma()).has(Class::Person)
            && (!verb_form || self.person_forms.contains(&t.norm)))
            || self.is_named(t)
            // "co-instructor", "sub-contractor", "vice-principal". (Not any
            // joined word: a "firewall manager" is software.)
            || ["co-", "sub-", "vice-"].iter().any(|p| {
                t.norm.strip_prefix(p).is_some_and(|rest| {
                    self.words
                        .word(&super::text::lemma(rest))
                        .has(Class::Person)
                })
            })
    }

    /// A word formed as a noun for someone who does something, in "-er" or
    /// "-or" ("shunter", "animator"; with `more`, also "-man" and "-ant":
    /// "draughtsman", "celebrant"), that no list knows as a person or a
    /// thing, nor as any other word class.
    fn agent_form(&self, t: &Token, more: bool) -> bool {
        let w = t.norm.strip_suffix('s').unwrap_or(&t.norm);
        let agent = (w.len() >= 5 && (w.ends_with("er") || w.ends_with("or")))
            || (more
                && w.len() >= 7
                && (w.ends_with("man") || w.ends_with("men") || w.ends_with("ant")));
        agent
            // A hyphen joins the words of software named by a role ("text
            // editor" reads as one token, `THINGS`).
            && !w.contains('-')
            && t.is_word()
            && !self.is_thing(t)
            && self.words.word(t.lemma()).is_empty()
    }

    /// A word that can be the noun a person's noun qualifies ("guide" in
    /// "user guide"): lower case, and neither an adverb, a participle, a
    /// word that stands after a person ("responsible", "themselves"), an
    /// agent noun ("crew scheduler" is a person) nor a verb of the lists.
    fn qualified(&self, t: &Token) -> bool {
        t.could_be_noun()
            && !AFTER_A_PERSON.contains(&t.norm.as_str())
            && !self.is_thing(t)
            && !self.agent_form(t, false)
            && {
                let classes = self.words.word(t.lemma());
                !classes.has(Class::Failure) && !classes.has(Class::Capacity)
            }
    }

    /// `agent_form`, unless the word is one of the devices, organisations
    /// and other words formed alike (`NOT_AGENTS`).
    fn agent_noun(&self, t: &Token) -> bool {
        let w = t.norm.strip_suffix('s').unwrap_or(&t.norm);
        // (Nor any kind of meter: "altimeter", "flowmeter".)
        self.agent_form(t, true) && !NOT_AGENTS.contains(&w) && !w.ends_with("meter")
    }

    /// A given name written with its capital, a surname after a title, a
    /// role after a grade ("senior processor") or a handle ("@dana").
    fn is_named(&self, t: &Token) -> bool {
        t.handle
            || t.titled
            || (t.graded && !self.is_thing(t))
            || ((t.capital || t.uncased && !NAMES_THAT_ARE_WORDS.contains(&t.norm.as_str()))
                && self.words.word(&t.norm).has(Class::Name))
            || practitioner(&t.norm)
    }

    /// "Librarian Ines", "claims handler Leona": a capitalised word that no
    /// list knows, right after a noun for a person, is that person's name,
    /// as one after a title is. (Not a verb in a title-case note:
    /// "Operator Skipped Step".)
    fn name_after_role(&self, text: &mut Text) {
        for i in 1..text.tokens.len() {
            let (role, t) = (&text.tokens[i - 1], &text.tokens[i]);
            if t.capital
                && !t.acronym
                && !t.is_verb_form()
                && self.is_person(role)
                && self.words.word(&t.norm).is_empty()
                && self.words.word(t.lemma()).is_empty()
                && !self.is_thing(t)
            {
                text.tokens[i].titled = true;
            }
        }
    }

    /// A clause's text with the first letter of each word that `is` in
    /// capitals, for the lines that name people (`{person}`) or things
    /// (`{thing}`); of the same length, so that a match's offsets hold in
    /// the clause itself.
    fn marked<'t>(
        &self,
        text: &'t Text,
        clause: Range<usize>,
        is: impl Fn(&Token) -> bool,
    ) -> Cow<'t, str> {
        let (offset, norm) = text.norm_of(clause.clone());
        let mut marked = Cow::Borrowed(norm);
        for i in clause {
            if is(&text.tokens[i]) {
                let at = text.place(i).start - offset;
                // ("Émile": a letter whose capital takes as many bytes.)
                let Some(first) = marked[at..].chars().next() else {
                    continue;
                };
                let mut upper = first.to_uppercase();
                if let (Some(capital), None) = (upper.next(), upper.next())
                    && capital.len_utf8() == first.len_utf8()
                {
                    let end = at + first.len_utf8();
                    marked
                        .to_mut()
                        .replace_range(at..end, capital.encode_utf8(&mut [0; 4]));
                }
            }
        }
        marked
    }

    fn is_thing(&self, t: &Token) -> bool {
        self.things.contains(&t.norm)
    }

    /// A verb of individual failure: "overlook", "misread".
    fn fails(&self, t: &Token) -> bool {
        self.words.word(t.lemma()).has(Class::Failure)
    }

    /// A verb whose negation says what a person lacked: "did not have".
    fn lacked(&self, t: &Token) -> bool {
        self.words.word(t.lemma()).has(Class::Capacity)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Person,
    Thing,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// Same depth as the clause before.
    Sibling,
    /// A cause of the clause before: one deeper.
    Cause,
    /// An effect of the clause before: one shallower.
    Effect,
}

struct Clause {
    tokens: Range<usize>,
    depth: i32,
}

const AUXILIARY: &[&str] = &[
    "be", "been", "being", "am", "is", "are", "was", "were", "has", "have", "had", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
];
/// Words that open a phrase put before the subject ("During the analysis,
/// a research assistant ...").
const FRONTED: &[&str] = &[
    "during",
    "after",
    "before",
    "while",
    "when",
    "following",
    "on",
    "in",
    "at",
    "despite",
    "although",
    "though",
    "whilst",
    "upon",
    "as",
    "from",
    "instead",
    "rather",
    // "Even with the warning on screen, the pharmacist overrode ...".
    "even",
    // "Under pressure from the customer, the account manager promised ...".
    "under",
    "with",
    "once",
];
/// What only a person does or is, by how its forms start: a thing that
/// "did not realise" is a person the lists do not know.
const MINDFUL: &[&str] = &[
    "realiz",
    "realis",
    "know",
    "knew",
    "notic",
    "understand",
    "understood",
    "rememb",
    "bother",
    "care",
    "think",
    "thought",
    "pay",
    "paid",
    "vigilant",
    "attentive",
    "aware",
];
/// What a thing does to bring about what would otherwise be blame.
const INDUCING: &[&str] = &[
    "rewards",
    "rewarded",
    "reward",
    "encourages",
    "encouraged",
    "encourage",
    "incentivizes",
    "incentivized",
    "invites",
    "invited",
    "leads to",
    "led to",
    "results in",
    "resulted in",
    "tempts",
    "tempted",
];

/// Words that stand between a person and the verb without being a noun:
/// "staff sometimes forget", "the engineer responsible did not sign".
#[rustfmt::skip]
const AFTER_A_PERSON: &[&str] = &[
    "also", "then", "still", "just", "never", "often", "always", "sometimes", "again", "already",
    "alone", "both", "all", "each", "too", "once", "twice", "instead", "later", "now", "there",
    "here", "themselves", "himself", "herself", "itself", "ourselves", "myself", "yourself",
    "responsible", "accountable", "concerned", "involved", "unknown", "present", "either", "neither", "not",
    "who", "that", "which", "rarely", "seldom", "usually", "simply", "even", "only",
];
const PREPOSITIONS: &[&str] = &[
    "in", "of", "on", "at", "from", "for", "with", "by", "to", "about", "into", "under", "before",
    "after", "through", "via", "behind", "across", "between",
];
/// A failure named as a noun (or by its adjective), which is a person's
/// when "by" names who failed: "non-observance of the guideline by the
/// employee".
const FAILURE_NOUNS: &[&str] = &[
    "non-observance",
    "nonobservance",
    "non-compliance",
    "noncompliance",
    "non-respect",
    "non-adherence",
    "disregard",
    "deviation",
    "departure",
    "misjudgement",
    "misjudgment",
    "misassessment",
    "misconduct",
    "mishandling",
    "omission",
    "neglect",
    "wrong",
    "incorrect",
    "improper",
    "faulty",
    "careless",
    "poor",
    "sloppy",
];
/// "The key holder left at 4 pm": going home at the end of a shift is no
/// act on anything (the words up to a match, and those after it).
fn went_home(matched: &str, after: &str) -> bool {
    let rest = after.trim_start();
    matched.ends_with(" left")
        && (rest
            .strip_prefix("at ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            || ["for the day", "for home", "on time"]
                .iter()
                .any(|w| rest.starts_with(w)))
}

/// "Database lock does not stop edits by data managers": whose act a
/// control fails to stop names the control's gap, not a person's slip (the
/// words before a match, and the match).
fn unstopped(before: &str, matched: &str) -> bool {
    matched.starts_with("by ")
        && before
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| {
                matches!(w[0], "not" | "never")
                    && matches!(
                        w[1],
                        "stop"
                            | "prevent"
                            | "block"
                            | "catch"
                            | "detect"
                            | "flag"
                            | "restrict"
                            | "limit"
                    )
            })
}

/// "Two analysts share one login": people who share what there is one of
/// say how the work is set up, not what someone did (the words of a match,
/// and those after it).
fn one_between_them(matched: &str, after: &str) -> bool {
    let rest = after.trim_start();
    (matched.ends_with(" share") || matched.ends_with(" shares"))
        && ["one ", "a single ", "the same ", "a common ", "a shared "]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// Whether the words before a match name the one person who could do the
/// work: "the only admin was on leave" is a single point of failure, not
/// someone's absence to blame.
fn sole_one(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(4).collect();
    matches!(
        words.as_slice(),
        [_, "only", "the" | "our" | "their", ..] | [_, _, "only", "the" | "our" | "their", ..]
    )
}

/// Whether one person is said to cover many: "only one nurse covered three
/// wards", "a single engineer supported 400 sites" is a resourcing gap, not
/// someone's act (the words up to a match's end, and those after it).
fn spread_thin(upto: &str, after: &str) -> bool {
    let words: Vec<&str> = upto.split_whitespace().rev().take(5).collect();
    let covered = words.first().is_some_and(|v| {
        matches!(
            *v,
            "covered"
                | "covers"
                | "served"
                | "serves"
                | "supported"
                | "supports"
                | "ran"
                | "runs"
                | "handled"
                | "handles"
                | "staffed"
                | "staffs"
                | "manned"
                | "mans"
        )
    });
    let one = words
        .windows(2)
        .any(|w| w[0] != "of" && matches!(w[1], "one" | "single" | "lone"));
    let many = after.split_whitespace().next().is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                w,
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "twelve"
                    | "twenty"
                    | "all"
                    | "both"
                    | "every"
                    | "several"
                    | "multiple"
            )
    });
    // (Or put on the rota alone: "only one invigilator rostered per room",
    // "one nurse rostered for 30 beds"; not "one engineer assigned the
    // wrong priority".)
    let rostered = words.first().is_some_and(|v| {
        matches!(
            *v,
            "rostered" | "scheduled" | "allocated" | "assigned" | "booked" | "employed"
        )
    }) && after.split_whitespace().next().is_none_or(|w| {
        matches!(
            w.trim_end_matches(['.', ',', ';']),
            "" | "per" | "for" | "across" | "on" | "to" | "at" | "in" | "with"
        )
    });
    one && (covered && many || rostered)
}

/// Whether a match ends with a second duty a person carries: "because he
/// also runs a machine" says why they had no time, not what they did wrong.
/// (Only the duty verbs that [person-cause] matches can end a match.)
fn also_on_duty(matched: &str) -> bool {
    matched
        .rsplit_once(" also ")
        .is_some_and(|(_, verb)| matches!(verb, "run" | "runs" | "drive" | "drives" | "does"))
}

/// Where a short aside in brackets closes, counted from its "(": at most
/// eight words inside, and commas ("(new, still on probation)").
pub(super) fn short_aside(from_open: &[Token]) -> Option<usize> {
    from_open
        .iter()
        .take(10)
        .position(|t| t.norm == ")")
        .filter(|&close| {
            close > 1
                && from_open[1..close]
                    .iter()
                    .all(|t| t.is_word() || t.norm == ",")
        })
}

fn digits(t: &Token) -> bool {
    !t.norm.is_empty() && t.norm.bytes().all(|b| b.is_ascii_digit())
}

/// What numbers a person: "Employee #1", or names one by a letter:
/// "Staff member X", "Employee A" (not the pronoun "I").
fn numbering(t: &Token) -> bool {
    let letter = t.capital && t.norm.len() == 1 && t.norm != "i" && t.is_word();
    t.norm == "#" || digits(t) || letter
}

/// Whether the words end with what happened, as a postmortem opens: "the
/// outage started", "the regression was introduced", "the bug came in"
/// (then "when" and what set it off).
fn set_off(before: &[Token]) -> bool {
    let words: Vec<&str> = before
        .iter()
        .rev()
        .take(2)
        .map(|t| t.norm.as_str())
        .collect();
    match words.as_slice() {
        ["in", "came" | "crept" | "slipped" | "got", ..] => true,
        [last, ..] => matches!(
            *last,
            "started"
                | "began"
                | "occurred"
                | "happened"
                | "arose"
                | "introduced"
                | "triggered"
                // An injury, then what the injured did: "the mechanic was
                // struck when he positioned himself under the raised bed".
                | "struck"
                | "injured"
                | "hurt"
                | "killed"
                | "crushed"
                | "caught"
                | "burned"
                | "burnt"
                | "electrocuted"
                | "trapped"
                | "pinned"
        ),
        [] => false,
    }
}

/// Whether words say how things stand, in the present tense: their first
/// verb is a present one. After "since" or "as" that is a reason
/// ("misread the location since locations use O and 0 interchangeably"),
/// not a time ("since the upgrade went live", "since March") or a manner
/// ("as the others do"); so is a sentence after an act ("The tech skipped
/// step 4. Step 4 is on the back of the sheet").
fn states_how_things_are(words: &[Token]) -> bool {
    let words: Vec<&Token> = words.iter().take(7).take_while(|t| t.is_word()).collect();
    for k in 1..words.len() {
        let (before, t) = (words[k - 1], words[k]);
        let next = words.get(k + 1).map(|n| n.norm.as_str());
        let article = matches!(before.norm.as_str(), "the" | "a" | "an");
        match t.norm.as_str() {
            "was" | "were" | "had" | "did" => return false,
            "is" | "are" | "has" | "have" | "cannot" | "can" => return true,
            "do" | "does" => return next.is_some(),
            _ if t.is_past() && !article => return false,
            _ => {}
        }
        let noun_next = matches!(
            next,
            Some("was" | "were" | "had" | "did" | "is" | "are" | "has" | "have" | "do")
        );
        // "The visor fogs up", and a plural's bare verb before its object:
        // "locations use O" (or two nouns': "production and staging differ").
        let singular = t.s_form() && !article && !noun_next && next.is_some();
        let plural = (before.s_form() || k >= 2 && words[k - 2].norm == "and")
            && before.could_be_noun()
            && next.is_some()
            && !t.s_form()
            && !t.is_ing_form()
            && !PREPOSITIONS.contains(&t.norm.as_str())
            && !matches!(t.norm.as_str(), "and" | "or" | "the" | "a" | "an");
        if singular || plural {
            return true;
        }
    }
    false
}

/// Whether the words up to the next mark hold a verb: an auxiliary, or a
/// past or present form that no article makes an adjective or a noun.
fn has_a_verb(words: &[Token]) -> bool {
    let words: Vec<&Token> = words.iter().take(8).take_while(|t| t.is_word()).collect();
    (0..words.len()).any(|k| {
        let t = words[k];
        let article = k > 0 && matches!(words[k - 1].norm.as_str(), "the" | "a" | "an");
        AUXILIARY.contains(&t.norm.as_str()) || k > 0 && !article && (t.is_past() || t.s_form())
    })
}

/// "Lack", "absence": a failure named as a noun when a person follows "by"
/// or "from".
fn lack(t: &Token) -> bool {
    matches!(t.norm.as_str(), "lack" | "absence")
}

/// Words that say a person did something wrongly or left a step out.
/// ("False" as second-language writers use it: "loaded the false pallet".)
const OMISSION: &[&str] = &[
    "wrong",
    "incorrect",
    "wrongly",
    "incorrectly",
    "without",
    "false",
];
const CONTRAST: &[&str] = &["but", "however", "whereas", "although", "though", "yet"];
const EFFECT: &[&str] = &["so", "therefore", "thus", "hence", "consequently"];

/// The clauses of a statement with their depth in the causal chain.
fn clauses(text: &Text) -> Vec<Clause> {
    let t = &text.tokens;
    let mut out: Vec<Clause> = Vec::new();
    let mut start = 0;
    let mut link = Link::Sibling;
    // A clause that opens with "because" runs to its first comma, and the
    // clause after it is its effect.
    let mut fronted = false;
    // So does one that opens with "although": "Although the system flagged
    // the duplicate, the clerk paid it anyway" goes on with a clause of its
    // own.
    let mut conceded = false;
    let mut i = 0;
    let push = |out: &mut Vec<Clause>, range: Range<usize>, link: Link| {
        if !t[range.clone()].iter().any(Token::is_word) {
            return;
        }
        let before = out.last().map_or(0, |c| c.depth);
        let depth = match link {
            Link::Sibling => before,
            Link::Cause => before + 1,
            Link::Effect => before - 1,
        };
        out.push(Clause {
            tokens: range,
            depth,
        });
    };
    while i < t.len() {
        let word = t[i].norm.as_str();
        let next = t.get(i + 1).map_or("", |t| t.norm.as_str());
        let at_start = i == start;
        // "We believe the engineer rushed": a hedge says how sure the writer
        // is, not who did what; the clause starts after it.
        if at_start && let Some(len) = hedge(&t[i..]) {
            i += len;
            start = i;
            continue;
        }
        // "[RCA] On-call acked the page": a tag in square brackets names
        // the entry, not who did what.
        if at_start
            && word == "["
            && let Some(close) = t[i..].iter().take(5).position(|w| w.norm == "]")
        {
            i += close + 1;
            start = i;
            continue;
        }
        // "It was the operator who typed ...", "it was the scanner that
        // misread ...": a cleft puts its subject after "it was".
        // (An adverb may come first: "it was clearly the on-call SRE who".)
        let adverb = usize::from(t.get(i + 2).is_some_and(|w| {
            w.norm.ends_with("ly") && t.get(i + 3).is_some_and(|d| d.norm != "who")
        }));
        let noun_phrase = t
            .get(i + 2 + adverb)
            .is_some_and(|w| matches!(w.norm.as_str(), "the" | "a" | "an" | "our"));
        if at_start
            && word == "it"
            && matches!(next, "was" | "is")
            // (A possessive too: "it was the contractor's electrician who";
            // or a name and its role: "it was Chloe, our junior, who".)
            && t[i + 2..]
                .iter()
                .take(9)
                .take_while(|w| w.is_word() || w.norm == "'s" || w.norm == ",")
                .any(|w| w.norm == "who" || (noun_phrase && w.norm == "that"))
        {
            i += 2 + adverb;
            start = i;
            continue;
        }
        // "On-call (me) acked the page", "Staff member X (name withheld)
        // shared": a short aside in brackets after a word goes on with its
        // clause (`short_aside`), so the person keeps what they did.
        if word == "("
            && i > start
            && t[i - 1].is_word()
            && let Some(close) = short_aside(&t[i..])
        {
            i += close + 1;
            continue;
        }
        // (marker length, link of the clause it opens)
        let marker: Option<(usize, Link)> = match word {
            // ("At 02:14": a time is no break.)
            ":" if i > 0 && digits(&t[i - 1]) && t.get(i + 1).is_some_and(digits) => None,
            // "Why did the audit find no record? The supervisor never filled
            // in the form": the answer to a question why goes one deeper.
            "?" if asks_why(&t[..i]) => Some((1, Link::Cause)),
            // ("Froze samples at -20": a minus sign is no dash.)
            "-" if t
                .get(i + 1)
                .is_some_and(|n| n.span.start == t[i].span.end && digits(n)) =>
            {
                None
            }
            // ("Root cause = me not reading the alert": "=" as a colon; so
            // is an arrow, "5 Whys -> the clerk signed for it".)
            "." | ";" | ":" | "=" | ">" | "\u{2192}" | "!" | "?" | "(" | ")" | "-" | "\n" => {
                Some((1, Link::Sibling))
            }
            "," if fronted => Some((1, Link::Effect)),
            "," if conceded => Some((1, Link::Sibling)),
            // "Set so low that it fired daily and was ignored": what came of
            // it.
            "that" if i >= start + 2 && t[i - 2].norm == "so" && t[i - 1].is_word() => {
                Some((1, Link::Effect))
            }
            // "..., she shouldn't have done that": a comma before a new
            // subject joins two sentences.
            "," if matches!(next, "he" | "she" | "they" | "we" | "i") => Some((1, Link::Sibling)),
            // "Pt fell, HCA left bed rails down": a short sentence with its
            // verb, then a word and a verb in the past, as notes join two.
            "," if i > start
                && i - start <= 4
                && t[start..i].iter().skip(1).any(Token::is_past)
                && t.get(i + 1).is_some_and(|n| n.capital || n.acronym)
                && t.get(i + 2).is_some_and(Token::is_past) =>
            {
                Some((1, Link::Sibling))
            }
            // "It wasn't a system issue, Raj simply typed ...": after a
            // denial, a comma before a new noun phrase joins two sentences.
            "," if denies(&t[start..i])
                && t.get(i + 1).is_some_and(|n| {
                    n.capital || matches!(n.norm.as_str(), "the" | "a" | "an" | "our")
                }) =>
            {
                Some((1, Link::Sibling))
            }
            // "..., and the sharing dialog does not show": a new subject.
            "," if next == "and"
                && t.get(i + 2).is_some_and(|d| {
                    matches!(
                        d.norm.as_str(),
                        "the" | "a" | "an" | "no" | "our" | "its" | "their"
                    )
                }) =>
            {
                Some((2, Link::Sibling))
            }
            "because" if next == "of" => Some((2, Link::Cause)),
            "because" => Some((1, Link::Cause)),
            "due" | "owing" if next == "to" => Some((2, Link::Cause)),
            "caused" if next == "by" => Some((2, Link::Cause)),
            // "The breach resulted from an employee acting outside their
            // authority".
            "resulted" | "results" | "resulting" | "arose" | "arises" | "stemmed" | "stems"
                if next == "from" =>
            {
                Some((2, Link::Cause))
            }
            // "The complaint was attributed to the packer".
            "attributed" | "attributable" if next == "to" => Some((2, Link::Cause)),
            // "It was by the receiving clerk not checking the ASN": what it
            // was caused by, as some write it.
            "by" if i == start + 2
                && matches!(t[start].norm.as_str(), "it" | "this" | "that")
                && matches!(t[i - 1].norm.as_str(), "was" | "is") =>
            {
                Some((1, Link::Cause))
            }
            // "The wrong pallet was shipped after the loader ignored the
            // beep": what happened then is told as a sentence of its own.
            "after" | "when"
                if i >= start + 3
                    && t.get(i + 1).is_some_and(|d| {
                        matches!(d.norm.as_str(), "the" | "a" | "an" | "his" | "her" | "their")
                    })
                    // (A noun, its verb in the past and what it did it to:
                    // not "when the team changed", "when the handler has
                    // moved on".)
                    && t.get(i + 2).is_some_and(Token::could_be_noun)
                    && t.get(i + 3).is_some_and(Token::is_past)
                    && t.get(i + 4).is_some_and(Token::is_word) =>
            {
                Some((1, Link::Sibling))
            }
            // "It was simply a case of the installer not following the
            // manual."
            "case"
                if next == "of"
                    && i >= start + 3
                    && matches!(t[start].norm.as_str(), "it" | "this" | "that")
                    && t[i - 1].norm == "a"
                    && t[start + 1..i - 1]
                        .iter()
                        .any(|w| matches!(w.norm.as_str(), "was" | "is")) =>
            {
                Some((2, Link::Cause))
            }
            // "It just comes down to the caretaker leaving the door open."
            "down"
                if next == "to"
                    && i > start
                    && matches!(
                        t[i - 1].norm.as_str(),
                        "comes" | "came" | "come" | "boils" | "boiled" | "is" | "was" | "all"
                    ) =>
            {
                Some((2, Link::Cause))
            }
            // "Since" is as often "from the time" as "because": a reason
            // when what follows says how things are.
            "since" | "as"
                if i > start
                    && (word == "since"
                        || t.get(i + 1).is_some_and(|d| {
                            matches!(
                                d.norm.as_str(),
                                "the" | "a" | "an" | "its" | "their" | "there"
                            )
                        }))
                    && states_how_things_are(&t[i + 1..]) =>
            {
                Some((1, Link::Cause))
            }
            // "Picked the vial from a drawer where both strengths sit side
            // by side": the place, then how things are there, in the
            // present, is how the work is set up. Not "where he was not
            // allowed" (past), "in the staff room where visitors could see
            // it" (what may follow), nor "did not know where" (no place).
            "where"
                if i >= start + 2
                    && t[i - 1].could_be_noun()
                    && t[i.saturating_sub(4)..i - 1]
                        .iter()
                        .any(|w| matches!(w.norm.as_str(), "a" | "an" | "the" | "one"))
                    && !t[i + 1..]
                        .iter()
                        .take(6)
                        .any(|w| is_possibility(w) || w.norm == "would")
                    && states_how_things_are(&t[i + 1..]) =>
            {
                Some((1, Link::Cause))
            }
            // ("Since the storm, allowed his team onto the lift": before a
            // noun alone it is a preposition, and breaks nothing.)
            "since" if has_a_verb(&t[i + 1..]) => Some((1, Link::Sibling)),
            // "While the form does have a mandatory field, the clerk typed
            // n/a": an opening "while" concedes, or sets the time, and the
            // main clause after its comma is read on its own.
            "while" | "whilst" if at_start => Some((1, Link::Sibling)),
            // "The outage started when the admin deleted the record": what
            // happened, then the act that set it off.
            "when" if i > start && set_off(&t[start..i]) => Some((1, Link::Cause)),
            "why" if next.starts_with(|c: char| c.is_ascii_digit()) => Some((2, Link::Cause)),
            // "1) Operator loaded the wrong program. 2) Program names differ
            // by one digit": a numbered list of whys, each one deeper.
            w if at_start && w != "1" && digits(&t[i]) && matches!(next, ")" | ".") => {
                Some((2, Link::Cause))
            }
            // "Why? Operator error. Why? The screen shows two buttons ...":
            // each answer goes one deeper.
            "why" if next == "?" => Some((2, Link::Cause)),
            "cause" if matches!(next, "is" | "was") => Some((2, Link::Cause)),
            // "Root cause identified as ...": the hedge opens the clause.
            "cause" if matches!(next, "identified" | "determined" | "found" | "confirmed") => {
                Some((1, Link::Cause))
            }
            // "Root cause on the 8D was ...", "root cause for this finding is".
            "cause" if matches!(next, "on" | "for" | "of" | "in") && i > start => t[i + 1..]
                .iter()
                .take(5)
                .take_while(|w| w.is_word())
                .position(|w| matches!(w.norm.as_str(), "is" | "was"))
                .map(|p| (p + 2, Link::Cause)),
            w if CONTRAST.contains(&w) => Some((1, Link::Sibling)),
            w if EFFECT.contains(&w)
                && (at_start || i == 0 || matches!(t[i - 1].norm.as_str(), "," | "and")) =>
            {
                Some((1, Link::Effect))
            }
            "which" | "leading" | "resulting"
                if matches!(next, "meant" | "led" | "to" | "in" | "caused") =>
            {
                Some((2, Link::Effect))
            }
            _ => None,
        };
        // Line breaks end a clause too.
        let marker = marker.or((t[i].line_start && i > start).then_some((0, Link::Sibling)));
        let Some((len, opens)) = marker else {
            i += 1;
            continue;
        };
        let empty = !t[start..i].iter().any(Token::is_word);
        push(&mut out, start..i, link);
        // "Because B, A": B is a cause of what came before, A its effect.
        fronted = opens == Link::Cause && at_start && !matches!(word, "why" | "cause");
        conceded = matches!(word, "although" | "though" | "while" | "whilst")
            && (at_start || (i == start + 1 && t[start].norm == "even"));
        // "Why 2: the job was disabled": the colon keeps the marker's link.
        link = if empty && opens == Link::Sibling {
            link
        } else {
            opens
        };
        i += len.max(1);
        if len == 0 {
            i -= 1;
        }
        start = i;
    }
    push(&mut out, start..t.len(), link);
    out
}

/// Whether a clause tells of a control switched off, ignored or got round:
/// "turned the metal detector off", "silenced the pager".
fn defeats_a_control(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .enumerate()
        .any(|(k, t)| match t.norm.as_str() {
            "disabled" | "ignored" | "silenced" | "muted" | "bypassed" | "propped" | "overrode"
            | "unplugged" => true,
            "turned" | "switched" => tokens[k + 1..].iter().take(5).any(|o| o.norm == "off"),
            _ => false,
        })
}

/// Whether a clause says only what a person was busy with: "they were
/// only popping out", "he was just finishing".
/// (It may end the clause: "because the client was chasing".)
fn busy_with(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(k, w)| {
        let next = tokens.get(k + 1);
        matches!(w.norm.as_str(), "was" | "were")
            && (next.is_some_and(|n| n.is_ing_form() && n.norm != "being")
                || next.is_some_and(|n| matches!(n.norm.as_str(), "only" | "just"))
                    && tokens.get(k + 2).is_some_and(Token::is_ing_form))
    })
}

/// Whether a clause only makes light of the job: "it was only a short
/// climb", "it was just a quick fix", "it was only for a minute".
fn made_light_of(tokens: &[Token]) -> bool {
    tokens.windows(5).any(|w| {
        matches!(w[0].norm.as_str(), "it" | "this" | "that")
            && matches!(w[1].norm.as_str(), "was" | "is" | "'s")
            && matches!(w[2].norm.as_str(), "only" | "just")
            && w[3..].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "short"
                        | "quick"
                        | "small"
                        | "minor"
                        | "little"
                        | "brief"
                        | "minute"
                        | "moment"
                )
            })
    })
}

/// Whether a word says how something looked: "looked", "seems".
fn appearance(t: &Token) -> bool {
    matches!(
        t.norm.as_str(),
        "looked" | "looks" | "seemed" | "seems" | "appeared" | "appears"
    )
}

/// Whether a clause says only how the thing struck the person: "it looked
/// like noise", "it seemed genuine" ("it looked like the 5 mg pack" names a
/// look-alike, a gap of its own); or how it went before: "it cleared itself
/// last month", "it had always been fine".
fn misjudged(tokens: &[Token]) -> bool {
    let before = tokens.windows(3).any(|w| {
        matches!(w[0].norm.as_str(), "it" | "they")
            && (matches!(
                w[1].norm.as_str(),
                "cleared" | "resolved" | "sorted" | "fixed" | "corrected" | "righted"
            ) && matches!(w[2].norm.as_str(), "itself" | "themselves")
                || matches!(w[1].norm.as_str(), "had" | "has" | "have") && w[2].norm == "always")
    });
    before
        || tokens.windows(2).enumerate().any(|(k, w)| {
            matches!(w[0].norm.as_str(), "it" | "this" | "that" | "they")
                && (appearance(&w[1]) || w[1].norm == "sounded")
                && tokens[k + 2..].iter().take(4).any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "noise"
                            | "spam"
                            | "fine"
                            | "ok"
                            | "okay"
                            | "harmless"
                            | "genuine"
                            | "legitimate"
                            | "normal"
                            | "routine"
                            | "real"
                            | "safe"
                    )
                })
        })
}

/// Whether a clause says only how a control annoyed: "it kept rejecting",
/// "it was noisy", "it kept going off".
fn a_nuisance(tokens: &[Token]) -> bool {
    tokens.windows(2).any(|w| {
        w[0].norm == "kept" && w[1].is_ing_form()
            || matches!(w[0].norm.as_str(), "was" | "were" | "is" | "are")
                && matches!(
                    w[1].norm.as_str(),
                    "noisy"
                        | "annoying"
                        | "stiff"
                        | "loud"
                        | "irritating"
                        | "slow"
                        | "awkward"
                        | "fiddly"
                        | "uncomfortable"
                )
            || w[0].norm == "went" && w[1].norm == "off"
            || w[0].norm == "annoyed"
    })
}

/// Whether a clause opens by denying a kind of cause: "it wasn't a system
/// issue", "there was no process gap", "not a tooling problem".
fn denies(clause: &[Token]) -> bool {
    let w = |k: usize| clause.get(k).map_or("", |t| t.norm.as_str());
    let n = clause.len();
    let last = |k: usize| n.checked_sub(k).map_or("", w);
    // ("No fault with the pump was found", "nothing wrong with the scale",
    // "the system worked as designed", "the equipment was fine".)
    let cleared = w(0) == "no" && matches!(last(1), "found" | "identified")
        || w(0) == "nothing" && w(1) == "wrong"
        || matches!(last(2), "was" | "is" | "were" | "are")
            && matches!(last(1), "fine" | "ok" | "okay")
        || last(3) == "worked" && last(2) == "as" && last(1) == "designed"
        || matches!(last(2), "worked" | "works") && matches!(last(1), "fine" | "correctly");
    cleared
        || matches!(
            (w(0), w(1), w(2)),
            ("it", "was" | "is", "not") | ("there", "was" | "is", "no")
        )
        || w(0) == "not" && matches!(w(1), "a" | "an")
}

/// Whether the sentence that ends at the end of `before` asks why.
fn asks_why(before: &[Token]) -> bool {
    let start = before
        .iter()
        .rposition(|w| matches!(w.norm.as_str(), "." | "?" | "!" | ":" | "\n"))
        .map_or(0, |p| p + 1);
    before.get(start).is_some_and(|w| w.norm == "why")
}

/// Openings that hedge a statement, not part of it, word by word.
const HEDGES: &[&str] = &[
    "it looks like",
    "looks like",
    "seems like",
    "it turns out",
    "it turned out",
    "turns out",
    "turned out",
    "we believe",
    "we think",
    "we suspect",
    "i believe",
    "i think",
    "it appears",
    "it seems",
    "it is likely",
    "it is probable",
    "apparently",
    "presumably",
    "probably",
    // What an investigation reported: "Investigation concluded that the
    // driver switched off the unit" is about the driver.
    "it appeared",
    "it seemed",
    "it is believed",
    "it was believed",
    "it is thought",
    "it was found",
    "it was determined",
    "it was established",
    "it was concluded",
    "investigation concluded",
    "investigation found",
    "investigation showed",
    "the investigation concluded",
    "the investigation found",
    "the investigation showed",
    "we found",
    "we noted",
    "we concluded",
    // What the record of the event shows: "Timeline shows the DBA dropped
    // the table".
    "timeline shows",
    "the timeline shows",
    // An audit's evidence: "Evidence showed the store keeper issued ...".
    "evidence showed",
    "evidence shows",
    "the evidence showed",
    "records show",
    "records showed",
    "the records show",
    "the records showed",
    "the auditor noted",
    "the auditor observed",
    "the auditee stated",
    "the auditee confirmed",
    "per the logbook",
    "the logs show",
    "logs show",
    "cctv shows",
    "cctv showed",
    "footage shows",
    "footage showed",
    "investigation determined",
    "the investigation determined",
    "our investigation determined",
    "investigation established",
    "the investigation established",
    "investigation identified",
    "the investigation identified",
    "investigation revealed",
    "the investigation revealed",
    "evidence suggests",
    "the evidence suggests",
    "our investigation concluded",
    "our investigation found",
    "our investigation showed",
    // The formal openings of complaint and audit write-ups: "Upon review it
    // was noted that ...", "We have established that ...".
    "it would appear",
    "it would seem",
    "per the investigation",
    "per the logs",
    "per the incident report",
    "per the report",
    "according to the incident report",
    "according to the report",
    "according to the investigation",
    // "Root cause was determined to be the inspector accepting ...".
    "determined to be",
    "found to be",
    "identified as",
    "confirmed as",
    "it is understood",
    "it was understood",
    "it is evident",
    "it was evident",
    "it is considered",
    "it was considered",
    "it was identified",
    "it was noted",
    "it was confirmed",
    "it was discovered",
    "it has been identified",
    "it has been established",
    "it has been found",
    "we have established",
    "we have found",
    "we have identified",
    "we established",
    "we identified",
    "upon review",
    "on review",
    "following review",
    "following investigation",
    "following the investigation",
    "following our investigation",
    "on investigation",
    "upon investigation",
    "after investigation",
    "on reflection",
    "in hindsight",
    "with hindsight",
    "on closer inspection",
    "from what i can tell",
    // "The reason is the QC man approve the first piece ...".
    "the reason is",
    "the reason was",
    "the reason for this is",
    "the reason for this was",
    "reason is",
    "reason was",
    "as far as i can tell",
    // How a teller comes to the point: "In the end it was the electrician
    // who ...", "Truth is, Karen never sent ...".
    "in the end",
    "in fact",
    "as it happens",
    "as it turned out",
    "it turns out",
    "truth is",
    "the truth is",
    "truth be told",
    "what happened was",
    "what happened is",
    "long story short",
    "looking back",
    "to be honest",
    "frankly",
    "basically",
    "ultimately",
    "at the end of the day",
    "bottom line",
    "in short",
    "in a nutshell",
    "reading the logs",
    "looking at the logs",
    "from the logs",
    "on balance",
    "all in all",
    "all things considered",
    "in all likelihood",
    "in my view",
    "in our view",
    "in my opinion",
    "in our opinion",
    "honestly",
    "to be fair",
    "pure and simple",
    "long and short of it",
    "the long and short of it is",
];

/// The length of the hedge `tokens` open with, "that" included.
fn hedge(tokens: &[Token]) -> Option<usize> {
    // Asked at every clause's start, so the hedges are looked up by their
    // first word rather than each compared.
    static BY_FIRST_WORD: LazyLock<HashMap<&str, Vec<&str>>> = LazyLock::new(|| {
        let mut by: HashMap<&str, Vec<&str>> = HashMap::default();
        for h in HEDGES {
            by.entry(h.split(' ').next().unwrap_or(h))
                .or_default()
                .push(h);
        }
        by
    });
    let first = tokens.first()?.norm.as_str();
    let len = BY_FIRST_WORD
        .get(first)
        .and_then(|hedges| {
            hedges.iter().find_map(|h| {
                let n = h.split(' ').count();
                (n < tokens.len() && h.split(' ').zip(tokens).all(|(w, t)| t.norm == w))
                    .then_some(n)
            })
        })
        .or_else(|| evidence_frame(tokens))?;
    // ("Because it appears on every invoice": a verb with its place, no
    // hedge.)
    if PREPOSITIONS.contains(&tokens.get(len)?.norm.as_str()) {
        return None;
    }
    Some(len + usize::from(matches!(tokens.get(len)?.norm.as_str(), "that" | ",")))
}

/// What an inquiry found, whatever it is called: "the audit found that",
/// "the evidence suggests that", "interviews indicate", "according to the
/// CCTV". Its length, without "that".
fn evidence_frame(tokens: &[Token]) -> Option<usize> {
    const EVIDENCE: &[&str] = &[
        "audit",
        "audits",
        "investigation",
        "review",
        "evidence",
        "records",
        "cctv",
        "footage",
        "logs",
        "interviews",
        "interview",
        "data",
        "timeline",
        "analysis",
        "inspection",
        "report",
        "rca",
        "findings",
        "statements",
        "witnesses",
        // Who inquired: "the auditor found the lab manager had signed ...".
        "auditor",
        "auditors",
        "assessor",
        "assessors",
        "investigator",
        "investigators",
    ];
    const REPORTS: &[&str] = &[
        "found",
        "finds",
        "shows",
        "showed",
        "show",
        "suggests",
        "suggested",
        "suggest",
        "indicates",
        "indicated",
        "indicate",
        "revealed",
        "reveals",
        "reveal",
        "concluded",
        "confirmed",
        "confirms",
        "confirm",
        "established",
        "noted",
        "identified",
        "demonstrated",
        "demonstrates",
    ];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let according = word(0) == "according" && word(1) == "to";
    let mut k = if according { 2 } else { 0 };
    if matches!(word(k), "the" | "our" | "an" | "a" | "this") {
        k += 1;
    }
    // (Up to two words may say which: "the internal audit", "the site CCTV".)
    let e = (k..k + 3)
        .take_while(|&j| tokens.get(j).is_some_and(Token::is_word))
        .find(|&j| EVIDENCE.contains(&word(j)))?;
    if according {
        Some(e + 1)
    } else {
        REPORTS.contains(&word(e + 1)).then_some(e + 2)
    }
}

struct Reading {
    /// The clause's tokens in `Text::tokens`.
    tokens: Range<usize>,
    depth: i32,
    blame: Vec<Range<usize>>,
    /// Blame that names a person as actor without a blame word: a passive gap
    /// in the same clause excuses it.
    actor: Vec<Range<usize>>,
    /// Blame and actors as first found, which a gap that starts inside them
    /// belongs to (`read_gaps`).
    claimed: Vec<Range<usize>>,
    /// Where the predicate starts (a token of the clause), and what it says
    /// of the person: "by" names one, or a possessive does.
    verb: usize,
    agent: bool,
    possessor: Option<usize>,
    /// Empty until `read_gaps` has looked.
    gap: Vec<Range<usize>>,
    weak_gap: Vec<Range<usize>>,
    says_something: bool,
    /// "The accounts were not disabled": what did not happen, to what.
    negated_passive: bool,
    subject: Vec<String>,
    /// For the trace: the clause in `Text::norm`, and how it was read.
    norm: Range<usize>,
    role: Role,
    passive: bool,
    denies_gap: bool,
}

impl Reading {
    /// One line of `explain R001 --text`.
    fn describe(&self, text: &Text, cause: &str) -> String {
        let mut line = format!(
            "clause {:?} (depth {}): subject {}{}",
            text.norm[self.norm.clone()].trim_end_matches([',', ' ']),
            self.depth,
            match self.role {
                Role::Person => "a person",
                Role::Thing => "a thing",
                Role::Unknown => "unknown",
            },
            if self.passive { ", passive" } else { "" }
        );
        for (label, list) in [
            ("blame", &self.blame),
            ("person as actor", &self.actor),
            ("gap", &self.gap),
            ("passive gap", &self.weak_gap),
        ] {
            if !list.is_empty() {
                line.push_str(&format!("; {label}: {}", quote(cause, list)));
            }
        }
        if self.denies_gap {
            line.push_str("; denies a gap");
        }
        line
    }
}

/// The matches of two lists as if of one: by where they start, a match
/// that overlaps one before it dropped, the longer first where two start
/// together.
fn earliest(mut a: Vec<Range<usize>>, b: Vec<Range<usize>>) -> Vec<Range<usize>> {
    if b.is_empty() {
        return a;
    }
    a.extend(b);
    a.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut end = 0;
    a.retain(|m| {
        let kept = m.start >= end;
        if kept {
            end = m.end;
        }
        kept
    });
    a
}

/// `"a", "b"`: the words of `cause` at `ranges`.
fn quote(cause: &str, ranges: &[Range<usize>]) -> String {
    ranges
        .iter()
        .map(|r| format!("\"{}\"", &cause[r.clone()]))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Phrases {
    /// Reads a root cause clause by clause (see the module documentation).
    /// Reads the gaps only where R001's decision or R004's can turn on
    /// them (`read_cause_fully` reads them everywhere).
    pub fn read_cause<'a>(&self, cause: &'a str) -> Cause<'a> {
        self.read(cause, false)
    }

    /// `read_cause` with every gap looked for, for the words that decided a
    /// systemic cause and for the trace.
    fn read_cause_fully<'a>(&self, cause: &'a str) -> Cause<'a> {
        self.read(cause, true)
    }

    fn read<'a>(&self, cause: &'a str, fully: bool) -> Cause<'a> {
        let mut text = Text::new(cause);
        self.name_after_role(&mut text);
        let mut readings: Vec<Reading> = Vec::new();
        let mut previous = Role::Unknown;
        for clause in &clauses(&text) {
            let r = self.read_clause(&text, clause, previous);
            previous = r.1;
            readings.push(r.0);
        }
        // A gap only outweighs blame (R001) or makes a negated passive more
        // than a restated event (R004): a cause with neither is systemic or
        // silent whatever gaps it names. The systemic lists are the costliest
        // part of the reading, and three causes in four blame no one.
        let decides = |r: &Reading| !r.blame.is_empty() || !r.actor.is_empty() || r.negated_passive;
        if fully || readings.iter().any(decides) {
            for r in &mut readings {
                self.read_gaps(&text, r);
            }
        }
        Cause {
            original: cause,
            text,
            readings,
        }
    }

    /// Judges a root cause (see the module documentation).
    pub fn judge_cause(&self, cause: &str) -> Judgement {
        self.read_cause_fully(cause).judgement()
    }

    /// `judge_cause` with the trace of how it read the cause, for
    /// `ncreg explain R001 --text`; lint does not pay for the trace.
    pub fn explain_cause(&self, cause: &str) -> Judgement {
        self.read_cause_fully(cause).judge(true)
    }
}

impl Cause<'_> {
    /// R001's decision; its words are the blame of a shallow cause, or the
    /// gaps of a systemic one where they were read.
    pub fn judgement(&self) -> Judgement {
        self.judge(false)
    }

    fn judge(&self, traced: bool) -> Judgement {
        let Cause {
            original: cause,
            text,
            readings,
        } = self;
        let mut trace: Vec<String> = Vec::new();
        let mut say = |line: &dyn Fn() -> String| {
            if traced {
                trace.push(line());
            }
        };
        for r in readings {
            say(&|| r.describe(text, cause));
        }
        // "Turned the metal detector off because it kept rejecting": the
        // nuisance that moved a person to defeat a control is their motive,
        // not a deeper cause.
        // (So is what they were about, told of them alone: "... because
        // they were only popping out".)
        // (And a job made light of: "... because it was only a short climb";
        // or how it struck them: "... because it looked like noise".)
        let motive = |r: &Reading| {
            let blamed_above = |defeats: bool| {
                readings.iter().any(|p| {
                    p.depth == r.depth - 1
                        && !(p.blame.is_empty() && p.actor.is_empty())
                        && (!defeats || defeats_a_control(&text.tokens[p.tokens.clone()]))
                })
            };
            let said = &text.tokens[r.tokens.clone()];
            r.depth > 0
                && r.gap.is_empty()
                && r.weak_gap.is_empty()
                && (a_nuisance(said) && blamed_above(true)
                    || (r.role == Role::Person && busy_with(said)
                        || made_light_of(said)
                        || misjudged(said))
                        && blamed_above(false))
        };
        let deepest = readings
            .iter()
            .filter(|r| r.says_something && !motive(r))
            .map(|r| r.depth)
            .max();
        let at = |d: i32| readings.iter().filter(move |r| r.depth == d);
        let Some(d) = deepest else {
            say(&|| "decision: nothing in it blames a person".into());
            return Judgement {
                shallow: false,
                words: Vec::new(),
                trace,
            };
        };
        let gaps: Vec<Range<usize>> = at(d).flat_map(|r| r.gap.iter().cloned()).collect();
        if !gaps.is_empty() {
            say(&|| {
                format!(
                    "decision: systemic, the deepest cause names a gap ({})",
                    quote(cause, &gaps)
                )
            });
            return Judgement {
                shallow: false,
                words: gaps,
                trace,
            };
        }
        // "Engineer marked the job complete although the line was not
        // tested": what a concession says was not done is what the person
        // went past, not a gap that excuses them.
        let conceded = |r: &Reading| {
            r.tokens
                .start
                .checked_sub(1)
                .is_some_and(|b| matches!(text.tokens[b].norm.as_str(), "although" | "though"))
        };
        let excused = at(d).any(|r| !r.weak_gap.is_empty() && !conceded(r));
        let blame: Vec<Range<usize>> = at(d)
            .flat_map(|r| {
                r.blame
                    .iter()
                    .chain(r.actor.iter().filter(|_| !excused))
                    .cloned()
            })
            .collect();
        // "The tech skipped step 4. Step 4 is on the back of the sheet": a
        // later sentence that says how a thing stands explains the act.
        // (So does one after "but" when the blame was only how it looked:
        // "It looked like carelessness, but the label printer prints both
        // strengths alike".)
        let explained = || {
            let blamed = || at(d).filter(|r| !(r.blame.is_empty() && r.actor.is_empty()));
            let last_blamed = blamed().map(|r| r.tokens.end).max().unwrap_or(0);
            let looked = blamed().all(|r| {
                let said = &text.tokens[r.tokens.clone()];
                said.first().is_some_and(|t| t.norm == "it") && said.get(1).is_some_and(appearance)
            });
            at(d).any(|r| {
                r.tokens.start >= last_blamed
                    && r.says_something
                    && r.blame.is_empty()
                    && r.actor.is_empty()
                    && r.role != Role::Person
                    && text.tokens[last_blamed..r.tokens.start].iter().any(|t| {
                        matches!(t.norm.as_str(), "." | ";" | "!")
                            || looked && matches!(t.norm.as_str(), "but" | "yet")
                    })
                    && states_how_things_are(&text.tokens[r.tokens.clone()])
            })
        };
        if !blame.is_empty() && explained() {
            say(&|| "decision: not shallow, a later sentence says how things stand".into());
            return Judgement {
                shallow: false,
                words: Vec::new(),
                trace,
            };
        }
        if blame.is_empty() {
            let blamed_above = readings
                .iter()
                .any(|r| r.depth < d && !(r.blame.is_empty() && r.actor.is_empty()));
            say(&|| {
                if blamed_above {
                    "decision: not shallow, a deeper cause explains the blame".into()
                } else {
                    "decision: nothing in the deepest cause blames a person".into()
                }
            });
            return Judgement {
                shallow: false,
                words: Vec::new(),
                trace,
            };
        }
        say(&|| {
            format!(
                "decision: shallow, the deepest cause blames a person ({})",
                quote(cause, &blame)
            )
        });
        Judgement {
            shallow: true,
            words: blame,
            trace,
        }
    }

    /// Whether a cause only says that something did not happen to what the
    /// description names ("the accounts were not disabled"), with no reason and
    /// no gap (R004).
    pub fn restates_event(&self, description: &str) -> bool {
        let mut saying = self.readings.iter().filter(|r| r.says_something);
        let (Some(only), None) = (saying.next(), saying.next()) else {
            return false;
        };
        if !(only.negated_passive && only.gap.is_empty() && only.blame.is_empty()) {
            return false;
        }
        // The description, often the longest text of a record, is read only
        // when the cause could restate it.
        let description = Text::new(description);
        let described: HashSet<&str> = description.tokens.iter().map(Token::lemma).collect();
        only.subject
            .iter()
            .any(|w| w.len() > 3 && described.contains(w.as_str()))
    }
}

impl Phrases {
    /// The blaming words of a shallow root cause, or `None`.
    pub fn shallow_cause(&self, cause: &str) -> Option<Vec<String>> {
        let j = self.judge_cause(cause);
        j.shallow.then(|| {
            j.words
                .iter()
                .map(|r| cause[r.clone()].to_string())
                .collect()
        })
    }

    /// The gaps a clause names (the systemic lists, and a thing that does
    /// not do its job) that are not its blame; none where it denies a gap.
    fn read_gaps(&self, text: &Text, r: &mut Reading) {
        let tokens = &text.tokens[r.tokens.clone()];
        let (offset, norm) = text.norm_of(r.tokens.clone());
        let to_span = |m: Range<usize>| text.norm_span(offset + m.start..offset + m.end);
        let t0 = r.tokens.start;
        let verb = r.verb;
        let tok_span = |m: Range<usize>| text.span(t0 + m.start..t0 + m.end);
        let predicate = &tokens[verb.min(tokens.len())..];
        let denies_gap = self.gap_denial.is_match(norm);
        let active_person = r.role == Role::Person && !r.passive;
        // The matches are looked for only when the clause does not deny a gap.
        let gap_of = |found: &dyn Fn() -> Vec<Range<usize>>| -> Vec<Range<usize>> {
            if denies_gap {
                return Vec::new();
            }
            found()
                .into_iter()
                .filter(|m| {
                    let words = &norm[m.clone()];
                    let g = to_span(m.clone());
                    let tokens = text.tokens_at(offset + m.start..offset + m.end);
                    // "lack of diligence by the system owner" blames the
                    // owner; "were not reviewed by the analyst" too.
                    let by_person = words.contains(" by ") || norm[m.end..].starts_with(" by ");
                    // "Inadequate supervision of ...": blame that starts
                    // where the gap does is what the clause is about.
                    let blamed = r
                        .claimed
                        .iter()
                        .any(|b| b.start <= g.start && overlaps(b, &g));
                    // "merged without review": the person's failure; and so is
                    // "placed reliance on the report without testing it".
                    // (Or "let the contractor break containment without a
                    // permit".)
                    // (And "did not use all available means, relying on a
                    // single radar": what the person chose to rely on.)
                    // (Not a fronted circumstance: "without a second
                    // checker on nights, the nurse checked it alone".)
                    // (Or what a person's decision went without: "the
                    // conservator's decision to clean the painting without
                    // a test patch".)
                    let decided = r.possessor.is_some() && r.blame.iter().any(|b| b.end <= g.start);
                    let omitted = ((active_person || r.agent) && tokens.start >= t0 + verb
                        || decided)
                        && (words.starts_with("without")
                            || active_person
                                && (words.starts_with("relying")
                                    || words.starts_with("depending"))
                            || words.contains(" without ")
                            || words.starts_with("relian") && norm[m.end..].contains(" without "));
                    // "the admin's inadequate review": the admin's.
                    let possessed = r
                        .possessor
                        .is_some_and(|p| tokens.start >= t0 + p && tokens.start <= t0 + p + 2);
                    // "handed them to an adult who was not on the collection
                    // list": said of a person, not of the list.
                    // So is "to an adult not on the collection list".
                    let of_someone = norm[..m.start]
                        .split_whitespace()
                        .rev()
                        .take(3)
                        .any(|w| w == "who")
                        || (tokens.start > 0
                            && words.starts_with("not ")
                            && self.is_person(&text.tokens[tokens.start - 1]));
                    // "gave the candidate extra time that had not been
                    // approved": what a person did it to, not a gap ("used a
                    // pump that had no alarm" still names one).
                    // (Nor "promised a refund that policy doesn't allow":
                    // what the person did against a rule.)
                    // "signed the register for a supply he had not made":
                    // what he had not done, not what the register lacks.
                    let matched = &text.tokens[tokens.clone()];
                    let someones = matched.windows(3).skip(1).any(|w| {
                        self.is_person(&w[0])
                            && matches!(
                                w[1].norm.as_str(),
                                "has" | "had" | "have" | "does" | "did" | "do"
                            )
                            && matches!(w[2].norm.as_str(), "not" | "no" | "never")
                    });
                    let relative = norm[..m.start]
                        .split_whitespace()
                        .rev()
                        .take(2)
                        .any(|w| matches!(w, "that" | "which"));
                    // ("The rota was full and breaks were given": a word in
                    // "-s" before an auxiliary is the next clause's subject.)
                    let next_word = norm[m.end..].split_whitespace().next();
                    let subject_next = matched.last().is_some_and(Token::s_form)
                        && next_word.is_some_and(|w| {
                            matches!(w, "was" | "were" | "are" | "is" | "have" | "had")
                        });
                    // ("The intern pushed straight to main, nobody reviewed
                    // it": no one's lapse over the one at hand, not a role
                    // no one holds.)
                    let lapse = {
                        let mut w = words.split_whitespace();
                        matches!(w.next(), Some("nobody" | "no-one"))
                            || words.starts_with("no one ")
                    } && words.ends_with("ed")
                        && next_word.is_some_and(|w| matches!(w, "it" | "them" | "this" | "that"));
                    // ("Sam put no label on the box": what the person left
                    // out of their own act.)
                    // (Or took it in with no test date: "accepted a cylinder
                    // with no test date".)
                    // (Not a person missing: "worked the line with no deputy
                    // to cover".)
                    // (Not a way of working that is missing: "set customer
                    // codes on site with no secure way to pass them on".)
                    let a_way = matches!(
                        words.rsplit(' ').next().unwrap_or(""),
                        "way"
                            | "means"
                            | "method"
                            | "mechanism"
                            | "channel"
                            | "process"
                            | "procedure"
                    );
                    let withheld = active_person
                        && !a_way
                        && words.starts_with("no ")
                        && tokens.start > 0
                        && !text
                            .tokens
                            .get(tokens.start + 1)
                            .is_some_and(|t| self.is_person(t))
                        && (text.tokens[tokens.start - 1].is_past()
                            || text.tokens[tokens.start - 1].norm == "with"
                                && text.tokens[tokens.start.saturating_sub(8)..tokens.start - 1]
                                    .iter()
                                    .rev()
                                    .take_while(|t| t.is_word())
                                    .any(Token::is_past));
                    // (Or the wrong thing they used: "consented the patient
                    // using an outdated version of the form".)
                    let used = active_person
                        && text.tokens[tokens.start.saturating_sub(2)..tokens.start]
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), "using" | "used"));
                    // ('typed "no shut" on the wrong interface': words
                    // quoted are what was typed or said.)
                    let quoted = norm[..m.start].matches('"').count() % 2 == 1;
                    let last = words.rsplit(' ').next().unwrap_or("");
                    // (Or a relative told without "that": "agreed a discount
                    // the contract doesn't allow".)
                    let reduced = tokens.start >= 2
                        && matches!(text.tokens[tokens.start - 1].norm.as_str(), "the" | "our")
                        && text.tokens[tokens.start - 2].could_be_noun()
                        && !PREPOSITIONS.contains(&text.tokens[tokens.start - 2].norm.as_str());
                    let forbidden = (relative || reduced)
                        && words.contains(" not ")
                        && (last.starts_with("allow") || last.starts_with("permit"));
                    // (Told without "that" in the match: "signed off brakes
                    // that hadn't been tested".)
                    let described = active_person
                        && ((words.contains(" that ") || words.contains(" which "))
                            && words.ends_with(" not")
                            && norm[m.end..].starts_with(" been ")
                            || forbidden
                            || relative && {
                                // (Or after its auxiliary: "a delivery that
                                // wasn't available"; not a new subject's, "a
                                // refund that the tool does not check".)
                                let mut w = words.split_whitespace();
                                let first = w.next().unwrap_or("");
                                matches!(first, "not" | "never")
                                    || matches!(first, "was" | "were" | "is" | "are")
                                        && matches!(w.next(), Some("not" | "never"))
                            });
                    // "Ops hand-edited the DNS zone and broke the MX record":
                    // the person's second verb, not the thing's.
                    let second_verb =
                        active_person && words.rsplit(' ').nth(1).is_some_and(|w| w == "and");
                    // ("The project manager, knowing the supplier had no ISO
                    // certificate, signed anyway": what a person knew is no
                    // gap that excuses them.)
                    let known = norm[..m.start].rsplit(',').next().is_some_and(|aside| {
                        aside
                            .split_whitespace()
                            .rev()
                            .take(6)
                            .any(|w| matches!(w, "knowing" | "knew" | "aware"))
                    });
                    // ("Raised the limit himself to let the trade through":
                    // a person's own doing.)
                    let own_doing = words
                        .split(' ')
                        .any(|w| matches!(w, "himself" | "herself" | "themselves" | "themself"));
                    // ("The cashier at the petrol station didn't check":
                    // a thing in a person's subject says where they work.)
                    let in_subject = active_person
                        && tokens.start < t0 + verb
                        && (words.contains(" not ") || words.contains(" never "))
                        && text.tokens[t0..tokens.start]
                            .iter()
                            .any(|t| matches!(t.norm.as_str(), "at" | "in" | "on" | "from"))
                        && text.tokens[t0..tokens.start].iter().all(Token::is_word);
                    !(by_person
                        || in_subject
                        || own_doing
                        || known
                        || blamed
                        || omitted
                        || possessed
                        || of_someone
                        || someones
                        || described
                        || second_verb
                        || subject_next
                        || withheld
                        || used
                        || lapse
                        || quoted)
                })
                .map(&to_span)
                .collect()
        };
        let mut gap = gap_of(&|| {
            let things = self.marked(text, r.tokens.clone(), |t| self.is_thing(t));
            earliest(
                self.systemic.ranges(norm),
                self.systemic_thing.ranges(&things),
            )
        });
        // "The responsibility matrix lists neither", "the form does not
        // validate it": a thing that does not do its job.
        // (Not when the thing is a person's own act: "the pilot's inadequate
        // preflight inspection, which did not detect the water".)
        let own_act = r.possessor.is_some() && !r.blame.is_empty();
        if r.role == Role::Thing && !r.passive && !denies_gap && !own_act {
            gap.extend(
                predicate
                    .iter()
                    .enumerate()
                    .filter(|(i, t)| {
                        matches!(t.norm.as_str(), "not" | "never" | "neither" | "nothing" | "none")
                            // "Procedure not followed" is a reduced passive.
                            && !predicate.get(i + 1).is_some_and(|n| n.norm.ends_with("ed"))
                            // "The care plan says they must not be crushed":
                            // what it forbids, not what it fails to do.
                            && !(*i > 0 && matches!(predicate[i - 1].norm.as_str(), "must" | "shall"))
                    })
                    .map(|(i, _)| tok_span(verb + i..verb + i + 1)),
            );
        }
        // "The superintendent ignored the log and never reviewed it": with
        // a person as the active subject, "never reviewed" is what they left
        // undone, not a step that did not happen.
        let weak_gap = gap_of(&|| {
            let mut found = self.systemic_weak.ranges(norm);
            if active_person {
                found.retain(|m| {
                    let words = &norm[m.clone()];
                    !((words.starts_with("not ") || words.starts_with("never "))
                        && !words.contains(" been "))
                });
            }
            found
        });
        gap.retain(|g| !r.blame.iter().any(|b| overlaps(b, g)));
        r.says_something |= !gap.is_empty() || !weak_gap.is_empty();
        r.gap = gap;
        r.weak_gap = weak_gap;
        r.denies_gap = denies_gap;
    }

    /// Where the noun phrase after "by" ends when a person heads it: "the
    /// procurement manager", "the employee concerned" (a modifier after the
    /// person is left out).
    fn agent_end(&self, after_by: &[Token]) -> Option<usize> {
        let start = after_by
            .iter()
            .position(|t| !matches!(t.norm.as_str(), "the" | "a" | "an" | "our" | "their"))?;
        // "Approved by the same engineer who wrote it" says how the work
        // was divided, not who failed.
        if after_by[start].norm == "same" {
            return None;
        }
        let words = after_by[start..]
            .iter()
            .take_while(|t| {
                t.is_word()
                    && !PREPOSITIONS.contains(&t.norm.as_str())
                    && !matches!(
                        t.norm.as_str(),
                        "and" | "or" | "who" | "which" | "that" | "without"
                            // A clause of its own: "by the KYC officer even
                            // though ...".
                            | "even" | "though" | "although" | "because" | "when" | "while"
                            | "since" | "as" | "despite" | "if" | "until" | "so" | "but"
                    )
            })
            .take(4)
            .count();
        let mut end = start + words;
        if end > start + 1
            && matches!(
                after_by[end - 1].norm.as_str(),
                "concerned" | "responsible" | "involved"
            )
        {
            end -= 1;
        }
        // "By the dryliners left offcuts": the noun phrase ends at the person
        // whose verb follows (or what they were doing: "by a network
        // engineer troubleshooting an issue").
        if end > start && !self.is_person(&after_by[end - 1]) {
            end = (start..end - 1)
                .find(|&k| {
                    self.is_person(&after_by[k])
                        && (self.verbish(&after_by[k + 1]) || after_by[k + 1].is_ing_form())
                })
                .map_or(end, |k| k + 1);
        }
        (end > start && self.is_person(&after_by[end - 1])).then_some(end)
    }

    /// Whether a word is (probably) a verb: an auxiliary, a past form, or a
    /// known failure verb.
    fn verbish(&self, t: &Token) -> bool {
        let w = t.norm.as_str();
        AUXILIARY.contains(&w)
            || matches!(w, "not" | "never")
            // A plural subject's bare verb: "pages for the queue go to ...";
            // and "read", "cut" and "put", pasts as often as not ("the
            // advisor read out", "the locksmith cut a spare key"); "used",
            // too short for the test of "-ed" below.
            || matches!(w, "go" | "come" | "read" | "cut" | "put" | "used")
            // What a thing lets people do: "branch protection allows
            // administrators to bypass reviews" is about the protection.
            || matches!(w, "allows" | "lets" | "permits" | "enables")
            || (w.len() > 4 && w.ends_with("ed") && !matches!(w, "need" | "speed" | "feed"))
            || self.fails(t)
            || super::text::irregular_past(w)
            // "mis-sold", "misled".
            || w.strip_prefix("mis-")
                .or_else(|| w.strip_prefix("mis"))
                .is_some_and(super::text::irregular_past)
    }
}

/// Whether the "not" at `i` follows "and did", "but had" and the like: the
/// negation of a second verb of the same subject. (Or of a pronoun, as
/// people write it in a second language: "was in hurry and he not lock out
/// the machine".)
fn second_predicate(predicate: &[Token], i: usize) -> bool {
    i >= 2
        && matches!(
            predicate[i - 1].norm.as_str(),
            "did" | "does" | "do" | "had" | "has" | "have" | "he" | "she" | "they" | "we" | "i"
        )
        && matches!(predicate[i - 2].norm.as_str(), "and" | "but" | "or")
}

/// A noun for someone by what they practise, which no list can hold
/// whole: "journalist", "radiologist", "clinician", "optician". Words that
/// only end so ("checklist", "assist", "exist") are not.
fn practitioner(word: &str) -> bool {
    let w = word.strip_suffix('s').unwrap_or(word);
    (w.len() >= 6 && w.ends_with("ist") && !["list", "sist", "xist"].iter().any(|e| w.ends_with(e)))
        || (w.len() >= 8 && w.ends_with("ician"))
}

/// Given names that are also words ("will", "mark", "max"), which a text
/// typed all in lower case does not make a name.
const NAMES_THAT_ARE_WORDS: &[&str] = &[
    "will", "mark", "pat", "rob", "jack", "frank", "grace", "max", "jan", "nick", "dean", "jo",
    "mo", "ed", "ted", "reg", "del", "dom", "ally", "lou", "lee", "li", "bob", "harry", "matt",
    "mike", "ruby", "jordan", "lily", "heather", "jasmine", "carol", "rosa", "victor", "bella",
    "dan", "kai", "leo", "ken", "ron", "rick", "wes", "vic", "abi", "dai", "jon", "chen", "wei",
];

/// Words formed as agent nouns that name devices, things and other
/// organisations (a supplier's act is not a person's slip), and other words
/// in "-er", "-or", "-men" and "-ant": never a person as a subject.
#[rustfmt::skip]
const NOT_AGENTS: &[&str] = &[
    "specimen", "regimen", "abdomen", "acumen", "ottoman", "restaurant", "pollutant", "coolant",
    "lubricant", "disinfectant", "variant", "constant", "implant", "sealant", "pendant", "elephant",
    "tenant", "sub-tenant", "instant", "relevant", "important", "significant", "dominant",
    "redundant", "compliant", "non-compliant", "abundant", "brilliant", "accountant",
    "employer", "provider", "supplier", "manufacturer", "distributor", "reseller", "wholesaler", "retailer",
    "stabiliser", "stabilizer", "checkweigher",
    "insurer", "reinsurer", "lender", "issuer", "acquirer", "publisher", "broadcaster", "sponsor",
    "processor", "subprocessor", "outsourcer", "partner", "tamper", "paper", "letter", "order",
    // Software named for what it does: "the CV formatter does not strip".
    "formatter", "validator", "linter", "renderer", "uploader", "downloader", "mailer", "scraper",
    "poller", "dialler", "dialer", "exporter",
    "number", "water", "power", "computer", "border", "corner", "layer", "filter", "folder",
    "register", "header", "footer", "chapter", "character", "cluster", "answer", "meter",
    "parameter", "barrier", "carrier", "container", "cover", "error", "floor", "door", "sensor",
    "monitor", "factor", "vendor", "color", "behavior", "mirror", "major", "minor", "sector", "drawer",
    "vector", "detector", "generator", "elevator", "conveyor", "compressor", "motor", "actuator",
    "indicator", "calculator", "reactor", "projector", "connector", "collector", "selector",
    "regulator", "ventilator", "refrigerator", "printer", "scanner", "server", "router", "browser",
    "player", "recorder", "reader", "writer", "timer", "trigger", "buffer", "counter", "marker",
    "locker", "trailer", "charger", "heater", "cooler", "freezer", "boiler", "shredder", "stapler",
    "laminator", "adapter", "adaptor", "installer", "updater", "scheduler", "loader", "encoder",
    "decoder", "compiler", "parser", "debugger", "emulator", "simulator", "validator",
    "aggregator", "orchestrator", "integrator", "authenticator", "accelerator", "tracker",
    "logger", "sender", "receiver", "transmitter", "amplifier", "converter", "inverter",
    "transformer", "breaker", "toner", "tanker", "sticker", "poster", "flyer", "binder", "divider",
    "cutter", "blower", "dryer", "drier", "mixer", "feeder", "dispenser", "extinguisher",
    "detonator", "wrapper", "launcher", "crawler", "scraper", "listener", "watcher", "poller",
    "renderer", "resolver", "balancer", "limiter", "exporter", "importer", "uploader",
    "downloader", "optimizer", "analyzer", "analyser", "anchor", "armor", "odor",
    "favor", "honor", "labor", "rumor", "humor", "tumor", "vapor", "flavor", "neighbor", "terror",
    "horror", "tractor", "matter", "manner", "banner", "center", "fiber", "liter", "theater",
    "winter", "summer", "november", "october", "september", "december", "quarter", "trimester",
    "semester", "disaster", "shower", "tower", "hammer", "ladder", "rubber", "silver", "copper",
    "butter", "chamber", "member", "timber", "cylinder", "remainder", "reminder", "wonder",
    "thunder", "powder", "shoulder", "finger", "ginger", "danger", "hunger", "anger", "other",
    "another", "either", "neither", "whether", "rather", "further", "together", "however",
    "whatever", "whoever", "never", "ever", "after", "under", "over", "later", "earlier", "faster",
    "slower", "longer", "shorter", "bigger", "smaller", "higher", "lower", "newer", "older",
    "easier", "harder", "better", "greater", "lesser", "bitter", "proper", "upper", "inner",
    "outer", "super", "clever", "sober", "tender", "slender", "interior", "exterior", "superior",
    "inferior", "senior", "junior", "prior", "posterior",
    // Kitchen, laboratory and plant equipment.
    "slicer", "grinder", "blender", "toaster", "fryer", "cooker", "steamer", "washer",
    "dishwasher", "peeler", "grater", "roaster", "incubator", "sterilizer", "steriliser",
    "humidifier", "dehumidifier", "purifier", "thermometer", "spectrometer", "separator",
    "condenser", "evaporator", "radiator", "stacker", "sprinkler",
];

/// Whether the word at `at` says a person did as told, which is no
/// failure: "the technician followed the procedure", "complied with the
/// plan" (not "the guard followed a shoplifter out").
fn complied(tokens: &[Token], at: usize) -> bool {
    match tokens[at].norm.as_str() {
        "complied" | "adhered" | "obeyed" => true,
        "followed" => tokens[at + 1..].iter().take(4).any(|t| {
            matches!(
                t.norm.as_str(),
                "procedure"
                    | "procedures"
                    | "instruction"
                    | "instructions"
                    | "process"
                    | "rules"
                    | "plan"
                    | "checklist"
                    | "steps"
                    | "guidance"
                    | "sop"
                    | "policy"
                    | "manual"
                    | "runbook"
                    | "protocol"
                    | "advice"
            )
        }),
        _ => false,
    }
}

/// Words in "-ing" and "-ed" that name no act of the person before them:
/// what they had or were, prepositions, and nouns ("the operators
/// training", "the HR leaver feed").
#[rustfmt::skip]
const NOT_ACTS: &[&str] = &[
    "feed", "need", "speed", "seed", "breed", "deed", "shed", "bed", "red", "needed", "required",
    "having", "being", "needing", "waiting", "trying", "lacking", "during", "including",
    "following", "according", "regarding", "concerning", "pending", "training", "meeting",
    "briefing", "morning", "evening", "nothing", "something", "anything", "everything",
    "building", "setting", "booking", "funding", "staffing", "housekeeping", "ceiling",
    "lighting", "clothing", "wording", "warning", "onboarding", "offboarding", "understanding",
];

/// A state of the weather, the hour or the workload of the moment, or of a
/// person new to the work.
const CIRCUMSTANCES: &[&str] = &[
    "hot",
    "cold",
    "quiet",
    "busy",
    "late",
    "behind",
    "dark",
    "wet",
    "noisy",
    "early",
    "close",
    "near",
    "imminent",
    "tight",
    "urgent",
    "raining",
    "snowing",
    "windy",
    "icy",
    "foggy",
    "freezing",
    "stormy",
    "new",
    "inexperienced",
    "midnight",
    "lunchtime",
];

/// What a person thought of a thing, which explains their act no more than
/// the act itself: "because it was annoying".
const OPINIONS: &[&str] = &[
    "annoying",
    "irritating",
    "tedious",
    "boring",
    "inconvenient",
    "pointless",
    "unnecessary",
    // What was handier: "used a damaged chain because it was nearer".
    "nearer",
    "closer",
    "quicker",
    "easier",
    "faster",
    "handier",
    "cheaper",
];

/// What a person left a thing as, when leaving it so is the failure.
const LEFT_IN_PLACE: &[&str] = &[
    "open",
    "enabled",
    "unlocked",
    "running",
    "active",
    "unattended",
    "behind",
    "on",
    "unencrypted",
    "exposed",
    "logged",
    // What a person left short: "left the babies' room understaffed".
    "understaffed",
    "unstaffed",
    "unsupervised",
];

const POSSESSED_FAILURE: &[&str] = &[
    "failure",
    "inability",
    "refusal",
    "negligence",
    "error",
    "errors",
    "mistake",
    "mistakes",
    "lapse",
    "omission",
    "oversight",
    "carelessness",
    "fault",
    "blunder",
    "inattention",
    "complacency",
    // "The locum's unfamiliarity with our notation": what the person did
    // not know, laid at their door.
    "unfamiliarity",
    "inexperience",
    "ignorance",
    // "The clinician's over-reliance on memory": what the person chose to
    // go by.
    "over-reliance",
    "overreliance",
    "reliance",
    "forgetfulness",
    "haste",
    "impatience",
    "misjudgment",
    // "The cook's disregard of the allergy list": the failure nouns that
    // "by" makes a person's, made so by the possessive.
    "misjudgement",
    "disregard",
    "neglect",
    "non-compliance",
    "noncompliance",
    "non-adherence",
    "mishandling",
    "misconduct",
    "misuse",
];
const POSSESSED_FAULT: &[&str] = &[
    "inadequate",
    "insufficient",
    "poor",
    "incomplete",
    "careless",
    "late",
    "wrong",
    "incorrect",
    "sloppy",
    "lack",
    "improper",
    "inappropriate",
    "unsafe",
    "faulty",
    "hasty",
    "flawed",
    "excessive",
    "reckless",
    "negligent",
    // "The pilot's continued VFR flight into instrument conditions", "the
    // instructor's delayed remedial action".
    "continued",
    "delayed",
];

/// A modal of what can happen rather than what did.
fn is_possibility(t: &Token) -> bool {
    matches!(t.norm.as_str(), "can" | "could" | "may" | "might")
}

fn is_passive(predicate: &[Token]) -> bool {
    let mut words = predicate.iter().filter(|t| t.is_word());
    let Some(mut first) = words.next() else {
        return false;
    };
    // What can be done, and by whom: "can be switched off by any admin".
    if is_possibility(first) {
        let Some(next) = words.next() else {
            return false;
        };
        first = next;
    }
    let be = matches!(
        first.norm.as_str(),
        "be" | "been" | "being" | "is" | "are" | "was" | "were" | "get" | "got" | "gets"
    );
    let have = matches!(first.norm.as_str(), "has" | "have" | "had");
    if !be && !have {
        return false;
    }
    let mut words = words.peekable();
    for _ in 0..3 {
        let Some(t) = words.next() else {
            break;
        };
        let w = t.norm.as_str();
        if matches!(w, "not" | "never" | "been" | "also" | "then" | "still") || w.ends_with("ly") {
            continue;
        }
        // "Was found to have paid": what someone was found doing, not a
        // passive.
        if matches!(
            w,
            "found" | "shown" | "seen" | "observed" | "noted" | "believed" | "thought" | "reported"
        ) && words.peek().is_some_and(|t| t.norm == "to")
        {
            return false;
        }
        // (Nor is a state one puts oneself in: "the lads were not clipped
        // on", "was not strapped in".)
        if matches!(w, "clipped" | "strapped" | "tied" | "belted")
            && words
                .peek()
                .is_some_and(|t| matches!(t.norm.as_str(), "on" | "in" | "off" | "up"))
        {
            return false;
        }
        // (Nor is what one is able to do: "the welder was not qualified",
        // "was inexperienced".)
        if matches!(
            w,
            "qualified" | "unqualified" | "experienced" | "inexperienced" | "skilled" | "unskilled"
        ) {
            return false;
        }
        // After a form of "be", "read" and the like are participles.
        let participle = w.ends_with("ed")
            || w.ends_with("en")
            || super::text::irregular_past(w)
            || (be && matches!(w, "read" | "put" | "set" | "cut" | "shut" | "let"));
        return if have { w == "been" } else { participle };
    }
    false
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Keeps the widest of overlapping ranges, in text order.
fn dedup(ranges: &mut Vec<Range<usize>>) {
    ranges.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges.drain(..) {
        match out.last_mut() {
            Some(last) if overlaps(last, &r) => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    *ranges = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shallow(cause: &str) -> bool {
        Phrases::builtin().judge_cause(cause).shallow
    }

    /// Each cause, and whether R001 reads it as blaming a person.
    fn read_as(causes: &[(&str, bool)]) {
        for &(cause, blames) in causes {
            assert_eq!(shallow(cause), blames, "{cause}");
        }
    }

    #[test]
    fn blame_without_a_blame_word() {
        for cause in [
            "Sam pushed the change without review.",
            "The operators did not inspect the parts as the plan states.",
            "Supervisors let them skip the form.",
            "Technician should have known.",
            "Poor supervision.",
            "Lack of attention by the asset owner.",
            "The driver's failure to check the signal.",
            "The technician’s inadequate inspection.",
            "Lisa approved her own access request.",
            "The warehouse operative left the cage unlocked overnight.",
            "The approver rubber-stamped the request.",
        ] {
            assert!(shallow(cause), "{cause}");
        }
    }

    #[test]
    fn the_person_after_by_in_a_past_passive_is_the_actor() {
        let j = Phrases::builtin()
            .explain_cause("The change was approved by Tom without looking at the test evidence.");
        assert!(j.shallow);
        assert!(
            j.trace.iter().any(|l| l.contains("\"by Tom without\"")),
            "{:?}",
            j.trace
        );
        // In the present tense it says how the process runs.
        assert!(!shallow(
            "Access is approved by managers without a review step."
        ));
        // The agent is the head of its noun phrase, and a tool is no actor.
        assert!(shallow(
            "The transfer was approved by the procurement manager without checking the agreement."
        ));
        assert!(!shallow(
            "The change was approved by the build system without a second review."
        ));
    }

    /// The patterns know every person noun the lexicon knows, with plurals
    /// and possessors: a porter, a locum doctor, the consultant's secretary.
    #[test]
    fn every_person_word_can_be_the_actor() {
        assert!(shallow(
            "Porter took the notes trolley through the public corridor."
        ));
        assert!(shallow(
            "The locum doctor accessed the record of a family member."
        ));
        assert!(shallow(
            "Consultant's secretary sent the clinic letter unencrypted."
        ));
        assert!(shallow("Poor practice by the community team."));
        assert!(shallow("Agency worker was not familiar with the system."));
        assert!(shallow(
            "The journal entry was posted by the preparer and approved by the same preparer."
        ));
        assert!(shallow(
            "The preparer keyed the wrong exchange rate into the template."
        ));
        // Reliance that the person placed, without the test they owed.
        assert!(shallow(
            "Reviewer placed reliance on the report without testing its completeness."
        ));
        assert!(!shallow(
            "The team relies on one person's memory to renew certificates."
        ));
        // A person at work is no blame when the work is what falls short.
        assert!(!shallow(
            "The porter works a 12-hour night shift alone, with no relief rota."
        ));
    }

    /// "It comes down to X" names the cause; "X leaving the door open" is
    /// what X did, however far the state is from the verb.
    #[test]
    fn what_it_comes_down_to_is_the_cause() {
        assert!(shallow(
            "Honestly it just comes down to the caretaker leaving the server room door propped open again."
        ));
        assert!(shallow(
            "Somebody in the admin office must have left the backup drive in an unlocked drawer."
        ));
        assert!(shallow(
            "Mrs Patel emailed the whole parent list in the To field."
        ));
        assert!(shallow(
            "He was rushing, but the bursar paid the invoice without ringing the supplier."
        ));
        assert!(!shallow(
            "Contractor onboarding bypasses HR, so contractors never receive the security induction."
        ));
    }

    #[test]
    fn acting_against_a_rule_is_blame() {
        assert!(shallow(
            "Marketing uploaded the customer list to a personal Dropbox, contrary to the data handling policy."
        ));
        assert!(!shallow(
            "Uploads contrary to the policy were possible because the proxy does not block personal cloud storage."
        ));
    }

    #[test]
    fn a_failure_named_as_a_noun_is_the_persons_that_by_names() {
        for cause in [
            "Non-observance of the password guideline by the employee concerned.",
            "Wrong assessment of the phishing mail by the colleague from purchasing.",
            "Deviation from the change process by the SAP basis administrator, who imported the transport without approval.",
            "Knowledge of the emergency procedure was not present with the on-call employee.",
            "Inattentiveness during data entry in the personnel master data.",
        ] {
            assert!(shallow(cause), "{cause}");
        }
        for cause in [
            "Deviation from the procedure is possible because the form does not require approval.",
            "Incorrect configuration by the vendor's deployment script.",
        ] {
            assert!(!shallow(cause), "{cause}");
        }
    }

    #[test]
    fn a_hedged_perfect_is_still_what_the_person_did() {
        assert!(shallow(
            "It appears that the teller may not have verified the customer's ID properly before releasing the funds."
        ));
        // A passive with an irregular participle has no actor.
        assert!(!shallow(
            "Customers with the same surname are shown in the same list without date of birth, which makes selecting the wrong account easy."
        ));
    }

    #[test]
    fn what_a_person_lacked_is_not_blame() {
        assert!(!shallow(
            "The contractor did not have access to the runbook."
        ));
        assert!(shallow("The contractor did not check the runbook."));
    }

    #[test]
    fn going_against_what_one_was_told_is_blame() {
        assert!(shallow(
            "Group sales manager kept the old guest spreadsheet on his personal laptop after he was told to delete it."
        ));
        assert!(!shallow(
            "Spreadsheets are kept on laptops after projects close because no retention rule says when to delete them."
        ));
    }

    #[test]
    fn a_business_system_is_a_thing_and_a_csr_a_person() {
        assert!(!shallow(
            "The CRM lets agents skip the security questions field, and call targets reward short handling times."
        ));
        assert!(shallow(
            "CSR wrote the caller's card number on a sticky note to key it in after the call."
        ));
    }

    #[test]
    fn a_thing_that_fails_is_how_the_system_works() {
        assert!(!shallow(
            "Laptops not encrypted because the build image skipped the encryption step."
        ));
        assert!(shallow("The engineer skipped the encryption step."));
        assert!(shallow("Procedure not followed."));
    }

    #[test]
    fn a_hedge_is_not_the_subject() {
        assert!(shallow("We believe the engineer rushed the deployment."));
        assert!(shallow("It appears that the operator skipped the check."));
        assert!(!shallow("It appears that the backup job has no owner."));
    }

    #[test]
    fn a_denied_gap_does_not_cancel_the_blame_after_it() {
        assert!(shallow(
            "There was no process gap; the admin simply picked the wrong file."
        ));
        assert!(shallow(
            "There was no mistake in the process; the administrator forgot."
        ));
        assert!(!shallow(
            "This was not human error: the checklist has no step for it."
        ));
    }

    #[test]
    fn the_deepest_cause_decides() {
        assert!(!shallow(
            "Contractors were never trained because enrolment is triggered only by the payroll feed."
        ));
        assert!(!shallow(
            "The operator missed the alarm because it shares a tone with a routine notification."
        ));
        assert!(shallow(
            "The register was not updated because the administrator forgot."
        ));
        assert!(shallow(
            "Why 1: the backup failed. Why 2: the job was disabled. Why 3: John disabled it and forgot to turn it back on."
        ));
        assert!(shallow(
            "Because the analyst was in a hurry, the alert was closed without investigation."
        ));
        assert!(!shallow(
            "No one owned the certificate inventory, so renewals depended on whoever noticed."
        ));
    }

    /// Judges a shallow cause and checks the first words that decided it,
    /// as bytes of the original.
    fn underlines(cause: &str, words: &str) -> Judgement {
        let j = Phrases::builtin().explain_cause(cause);
        assert!(j.shallow, "{cause}");
        assert_eq!(&cause[j.words[0].clone()], words);
        j
    }

    #[test]
    fn the_words_that_decided_are_bytes_of_the_original() {
        let j = underlines(
            "Sadly, the admin’s inadequate review of the list.",
            "admin’s inadequate review",
        );
        assert!(j.trace.last().unwrap().starts_with("decision: shallow"));
    }

    #[test]
    fn going_against_what_one_was_told_underlines_the_telling() {
        underlines(
            "He had been told to isolate the pump but went straight to the valve.",
            "been told to",
        );
    }

    /// The lists that name people see their nouns in capitals, and only
    /// those: "night-shift" and "missed" stay as they were.
    #[test]
    fn marks_the_nouns_for_people() {
        let p = Phrases::builtin();
        let text = Text::new("The night-shift operator's manager missed it");
        let all = 0..text.tokens.len();
        let (_, norm) = text.norm_of(all.clone());
        assert_eq!(
            p.marked(&text, all.clone(), |t| p.person_forms.contains(&t.norm)),
            "the night-shift Operator's Manager missed it"
        );
        assert_eq!(
            p.marked(&text, all, |t| p.is_thing(t)),
            norm,
            "no thing in it"
        );
        // A name that is also a noun for people ("Porter") still names.
        assert!(shallow("Mrs Porter emailed the whole parent list."));
        assert!(shallow("Mr. Porter did not verify the invoice."));
    }

    #[test]
    fn two_lists_match_as_one() {
        // 3..8 overlaps 0..5; of two that start together the longer stays.
        assert_eq!(
            earliest(vec![0..5, 10..12], vec![3..8, 6..9, 10..11, 12..14]),
            vec![0..5, 6..9, 10..12, 12..14]
        );
    }

    /// Round 26, a building site's safety notes: trades are people, a poor
    /// job "by" them is theirs even when a verb follows, and a decision to
    /// skip a step is a slip where a decision to spend less is not.
    #[test]
    fn a_building_sites_trades_and_decisions() {
        assert!(shallow(
            "Banksman lost sight of the reversing dumper and did not stop it."
        ));
        assert!(shallow(
            "Poor housekeeping by the dryliners left offcuts across the stairwell."
        ));
        assert!(shallow(
            "Site manager's decision to skip the weekly scaffold inspection because of the deadline."
        ));
        assert!(!shallow("The board's decision to cut the training budget."));
        assert!(!shallow(
            "The inspection was done by the assigned engineer, but the checklist has no step for guard rails."
        ));
    }

    /// Round 27: a trial site's roles are people.
    #[test]
    fn a_trial_sites_roles_are_people() {
        assert!(shallow(
            "PI delegated dosing to a sub-investigator not listed on the delegation log."
        ));
        assert!(shallow(
            "Sub-I did not review the ECG before the subject was dosed."
        ));
    }

    /// Asserts R001's decision on causes of one kind of register.
    fn judged(shallow_ones: &[&str], systemic: &[&str]) {
        for cause in shallow_ones {
            assert!(shallow(cause), "{cause}");
        }
        for cause in systemic {
            assert!(!shallow(cause), "{cause}");
        }
    }

    #[test]
    fn a_software_teams_chat() {
        judged(
            &[
                "Turns out the intern committed the AWS creds to the public repo.",
                "Someone on the data team shared the bucket link publicly to get around the access request.",
                "On-call ignored the disk space page, assumed it was noise.",
                // A given name written with its capital is a person.
                "Not a tooling problem tbh - Jake just ran the migration against prod instead of staging.",
            ],
            &["Devs merge to main without review because branch protection was never turned on."],
        );
    }

    #[test]
    fn a_public_postmortems_causes() {
        judged(
            &[
                "We messed up: the person on call restarted the primary instead of the replica.",
                "A contributor's PR disabled the signature check and the reviewer approved it without noticing.",
            ],
            &[
                "The approver signed off the change without reading it because the tool shows no diff.",
            ],
        );
    }

    #[test]
    fn not_wanting_to_is_blame_unless_a_gap_explains_it() {
        judged(
            &["Near misses are under-reported because staff can't be bothered to fill in the log."],
            &[
                "Staff are reluctant to report near misses because the form takes 20 minutes and nobody reviews it.",
            ],
        );
    }

    #[test]
    fn a_factorys_setters_and_motives() {
        judged(
            &[
                "Setter loaded the wrong program on the CNC; he's been spoken to.",
                "Moulds were changed over without a first-off check because the shift leader wanted to catch up on output.",
            ],
            &["Output targets are set per shift with no allowance for first-off checks."],
        );
    }

    #[test]
    fn an_issue_threads_handles_and_maintainers() {
        judged(
            &[
                "Looks like @dana merged without waiting for CI to finish.",
                "The bot token leaked because a maintainer echoed it in a debug step.",
                "Issue triager closed the security report as a duplicate without reading it.",
            ],
            &[
                "Merging is allowed while CI is still running because the required status checks were never configured.",
            ],
        );
    }

    #[test]
    fn an_accident_summarys_undone_duties() {
        judged(
            &[
                "Employee #1 entered the trench, which the foreman had not inspected that morning.",
                "The victim fell from the ladder after overreaching to the side.",
            ],
            &[
                // What a person lacked, not what they left undone.
                "The engineer had not received training on the new system.",
                "The system had not flagged the expired certificate because the check was disabled.",
            ],
        );
    }

    #[test]
    fn an_incident_reviews_people_and_plural_subjects() {
        judged(
            &[
                "Developer hard-coded the feature flag to true while debugging and shipped it.",
                "Marketing sent the campaign to the full list rather than the test segment.",
            ],
            &[
                // "Go" is the verb of the pages, so the on-call after it is no subject.
                "Pages for the payments queue go to a single on-call with no secondary, and an acknowledged page never re-alerts.",
                "The payroll system failed to send the leaver file to IT.",
            ],
        );
    }

    #[test]
    fn a_research_groups_surnames_and_postdocs() {
        judged(
            &[
                // A surname after a title names a person as a given name does.
                "Dr Okafor shared the participant spreadsheet with the whole department list instead of the two co-investigators.",
                "Ms. Reyes copied the consent forms to a USB stick.",
                "A postdoc in the imaging group left the lab workstation logged in overnight with the consent forms open.",
            ],
            &[
                "The university offers no approved cloud storage for research recordings, so students fall back on personal accounts to work off campus.",
                "Researchers enter box numbers as free text and nothing checks them against the freezer map.",
                // "DR" is disaster recovery, not a doctor.
                "The DR Runbook was never tested against the new storage.",
            ],
        );
    }

    #[test]
    fn a_law_firms_fee_earners() {
        judged(
            &[
                "The fee earner sent the completion funds to the bank details in a spoofed email without calling the client to confirm them.",
                "Paralegal attached the wrong client's medical report to the bundle served on the other side.",
                "Client due diligence was incomplete because the associate took the client's word that the funds came from a house sale.",
            ],
            &[
                "Limitation dates are kept in each fee earner's own calendar; the case management system has no key-date field or reminder.",
                // A partner is mostly a firm: its process's gap is no one's slip.
                "The payment partner does not validate the IBAN before it pays out.",
            ],
        );
    }

    #[test]
    fn a_person_is_read_past_the_phrase_after_them() {
        judged(
            &[
                "A postdoc in the imaging group copied the recordings to Dropbox.",
                "Someone on the data team shared the bucket link publicly.",
            ],
            &[
                // Records, not people acting: the predicate is no act.
                "The developer's access was not removed because leavers in the contractor system do not reach the identity platform.",
                // The verb is another clause's.
                "The expense system lets a user in finance approve claims they submitted.",
                "Staff in the finance team shared one login because the app supports one user.",
            ],
        );
    }

    #[test]
    fn a_housing_officers_hurry_and_disclosure() {
        judged(
            &[
                "Our contact centre advisor read out the tenant's address to a caller who only gave a name.",
                // Hurry is the person's reason, not a gap that explains them.
                "The surveyor skipped the damp check because he was running late.",
            ],
            &[
                "The caller verification script asks only for a name, so any caller who knows one can get an address.",
                "The read replica does not get the new schema.",
            ],
        );
    }

    #[test]
    fn a_maintenance_shops_crews_and_lapses() {
        assert!(shallow(
            "Tool control lapse by the night shift: a torch was left in the engine intake."
        ));
        assert!(shallow("The crew did not carry out the walk-round check."));
        // The shift and the team only qualify the rota, whose verb it is.
        assert!(!shallow(
            "The night shift rota did not include a licensed engineer."
        ));
        assert!(!shallow(
            "The team rota did not include a licensed engineer."
        ));
        assert!(shallow(
            "The long and short of it is that our technician forgot to renew the licence."
        ));
    }

    #[test]
    fn a_data_centres_long_titles_and_graded_roles() {
        // More words before the person than {person} takes in.
        assert!(shallow(
            "Night shift security guard let a visitor tail him through the mantrap."
        ));
        assert!(!shallow(
            "Night shift security guard rota leaves the mantrap unwatched at 3 am."
        ));
        assert!(!shallow(
            "The vendor portal sends password resets to any users entered."
        ));
        // A grade makes a role of a word that may name a thing.
        assert!(shallow(
            "Senior processor approved the BACS file without looking at the totals."
        ));
        assert!(!shallow(
            "The payment processor does not validate the IBAN."
        ));
        assert!(!shallow("Senior management did not fund the second shift."));
    }

    #[test]
    fn a_councils_caseworkers_and_standing_practices() {
        assert!(shallow(
            "Caseworker attached the wrong resident's letter to the FOI response."
        ));
        assert!(shallow(
            "Councillor forwarded the safeguarding email to his Gmail."
        ));
        // A present passive with its agent says how things are done; a past
        // one, what a person did.
        assert!(!shallow(
            "The gate code is shared by all contractors and never changes."
        ));
        assert!(shallow(
            "The gate code was shared by the contractor and written on the whiteboard."
        ));
    }

    #[test]
    fn an_insurers_adjusters_and_underwriters() {
        assert!(shallow(
            "Loss adjuster uploaded the medical records to the wrong claim file."
        ));
        // "Bound" is the past of "bind": the verb, not the policy, follows
        // the underwriter.
        assert!(shallow(
            "The underwriter bound the policy without the signed proposal form."
        ));
        assert!(!shallow(
            "Policies can be bound in the rating tool without a signed proposal."
        ));
    }

    #[test]
    fn a_port_terminals_drivers_and_harbour_master() {
        assert!(shallow(
            "Straddle carrier driver drove off before the twistlocks were released."
        ));
        // A role of two words is one person; "master data" is no one.
        assert!(shallow(
            "Duty harbour master gave clearance without confirming the tug was on station."
        ));
        assert!(!shallow(
            "The master data gave the wrong berth because the feed is a day late."
        ));
    }

    #[test]
    fn a_ramps_loadmasters_and_phones() {
        assert!(shallow(
            "Fueller started refuelling before the passengers had finished boarding."
        ));
        // Their own phone is the person's reason, not a deeper cause.
        assert!(shallow(
            "Ramp agent drove the belt loader into the cargo door because he was looking at his phone."
        ));
        assert!(!shallow(
            "The agent was on the phone to the airline because the gate system was down."
        ));
    }

    #[test]
    fn a_charitys_fundraisers_and_trustees() {
        assert!(shallow(
            "A trustee took board papers home on a USB stick and lost it."
        ));
        assert!(shallow(
            "Street fundraiser signed people up without explaining the guarantee."
        ));
    }

    #[test]
    fn a_networks_implementers_and_jointers() {
        assert!(shallow(
            "Implementer ran the MOP steps out of order and dropped the BGP sessions."
        ));
        assert!(shallow(
            "The jointer spliced the fibres in the wrong order."
        ));
        assert!(!shallow(
            "Implementers are not given a rollback plan because the MOP template has none."
        ));
    }

    #[test]
    fn a_universitys_data_stewards() {
        assert!(shallow(
            "Data steward approved the data-sharing request without checking the consent forms."
        ));
        assert!(!shallow(
            "The data steward role is vacant, so requests are approved by whoever is free."
        ));
    }

    #[test]
    fn a_retailers_merchandisers_and_tills() {
        assert!(shallow(
            "The web merchandiser published the sale prices a day early."
        ));
        // The till is what allows it, not the supervisor it names.
        assert!(!shallow(
            "The till allows a refund without a receipt with no supervisor override."
        ));
    }

    #[test]
    fn what_a_thing_allows_and_a_second_predicate() {
        assert!(!shallow(
            "Branch protection allows administrators to bypass required reviews."
        ));
        assert!(shallow("The supervisor lets staff skip the form."));
        assert!(shallow(
            "The owner skipped the review because she was on leave and did not delegate it."
        ));
        assert!(!shallow(
            "The contractor was on site and did not have access to the panel."
        ));
    }

    #[test]
    fn the_present_perfect_is_an_act() {
        assert!(shallow(
            "The trainee has deactivated the antivirus for installing a game."
        ));
        assert!(shallow(
            "The external collaborator has copied the client database on his laptop."
        ));
        assert!(!shallow(
            "The contractor has access to every site because badges are never scoped."
        ));
        assert!(shallow(
            "Lack of rigour of the technician during the installation."
        ));
    }

    #[test]
    fn chat_a_pm_and_w_slash_o() {
        assert!(shallow(
            "PM approved the release w/o waiting for QA signoff"
        ));
        assert!(!shallow(
            "The batch job ran at 11 pm and overwrote the file because the schedule overlaps the backup."
        ));
    }

    #[test]
    fn a_care_homes_carers_and_a_plan_not_read() {
        assert!(shallow(
            "Carer gave Mrs B's evening medication to Mrs D, whose room is next door."
        ));
        assert!(shallow(
            "The care plan was not read by the agency carer before the shift."
        ));
        assert!(!shallow(
            "Staff cook meals from a menu sheet that has no allergy column."
        ));
    }

    #[test]
    fn what_can_be_done_by_anyone_and_founders() {
        assert!(!shallow(
            "CloudTrail can be switched off by any admin in a member account."
        ));
        assert!(shallow(
            "Root account keys were created by the founder in 2019 and kept on his laptop."
        ));
        // A counterfactual keeps its blame.
        assert!(shallow(
            "The report should have been reviewed by the manager."
        ));
    }

    #[test]
    fn an_agent_before_a_clause_and_telling_how() {
        assert!(shallow(
            "Onboarding was approved by the KYC officer even though the proof of address was old."
        ));
        assert!(shallow(
            "The relationship manager told the client how to split deposits."
        ));
        assert!(!shallow(
            "The auditor told us the access review has no owner and no due date."
        ));
    }

    #[test]
    fn what_an_investigation_concluded_is_read_for_itself() {
        assert!(shallow(
            "Investigation concluded that the driver switched off the reefer unit to save fuel."
        ));
        assert!(shallow(
            "It is believed that the QA pharmacist released the batch before reviewing the report."
        ));
        assert!(!shallow(
            "Investigation concluded that reefer units can be switched off from the cab with no alert."
        ));
        assert!(shallow(
            "It appears the warehouse operative put the insulin totes in ambient storage."
        ));
    }

    #[test]
    fn a_newsrooms_people_practitioners_and_software_named_by_a_role() {
        read_as(&[
            (
                "The journalist named the anonymous source in the online copy.",
                true,
            ),
            ("Sub-editor changed the headline after sign-off.", true),
            (
                "The text editor saved the file with the wrong line endings.",
                false,
            ),
            ("The Kafka producer sent duplicate messages.", false),
            // Someone by what they practise, which no list holds whole.
            (
                "The radiologist reported the scan without comparing it.",
                true,
            ),
            (
                "Dietician approved the menu without checking the allergy list.",
                true,
            ),
            ("The checklist omits the isolation step.", false),
        ]);
    }

    #[test]
    fn an_exec_who_set_a_sale_live() {
        read_as(&[
            ("Ticketing exec set the pre-sale live a day early.", true),
            (
                "Admins set their own passwords because the vault is not enforced.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_ships_crew_and_what_can_be_bypassed() {
        read_as(&[
            (
                "The master signed the garbage record book without checking it.",
                true,
            ),
            (
                "The master data gave the wrong berth because the feed is late.",
                false,
            ),
            (
                "Cadet entered the enclosed space before the atmosphere was tested.",
                true,
            ),
            (
                "Bosun did not secure the mooring lines before the tug let go.",
                true,
            ),
            (
                "Resourcer kept the candidate database on a USB stick when he left.",
                true,
            ),
            (
                "The detector can be bypassed from the engine control room with no log.",
                false,
            ),
            (
                "The chief engineer bypassed the oil mist detector alarm.",
                true,
            ),
        ]);
    }

    #[test]
    fn what_a_person_can_do_is_how_the_work_is_set_up() {
        read_as(&[
            ("Locksmith cut a spare master key and kept it.", true),
            (
                "Any locksmith can cut from the master without authorisation.",
                false,
            ),
            ("The engineer could have checked the log but did not.", true),
            (
                "It appears that the teller may not have verified the ID.",
                true,
            ),
            (
                "From what I can tell, the assistant copied the register to a USB stick.",
                true,
            ),
            (
                "The power cut caused the outage because the UPS was never tested.",
                false,
            ),
        ]);
    }

    #[test]
    fn an_agent_noun_no_list_knows_is_a_person() {
        read_as(&[
            (
                "The night grader shared the exam answers in a group chat.",
                true,
            ),
            ("Sorter sent the parcel to the wrong depot.", true),
            ("Draughtsman emailed the plans to the wrong link.", true),
            ("Celebrant read out the private notes at the service.", true),
            (
                "A crew scheduler emailed the whole roster to an external hotel.",
                true,
            ),
            // Said of everyone, or of someone else: not one person's act.
            (
                "The booking system has one manager account, shared by all duty managers.",
                false,
            ),
            (
                "The receptionist handed the details to an adult who was not on the list.",
                true,
            ),
            (
                "The tenant shared the storage account with the whole company.",
                false,
            ),
            // Devices and organisations formed alike are not.
            ("The scanner sent the image to the shared folder.", false),
            ("The provider changed the API without notice.", false),
            ("The cluster rebooted during the backup window.", false),
        ]);
    }

    #[test]
    fn a_subject_with_his_own_things_is_a_person() {
        read_as(&[
            // No list knows a "stocker"; a thing has no "his".
            ("The night stocker shared his login with the relief.", true),
            (
                "Stocker used his personal phone to photograph the plans.",
                true,
            ),
            ("The stocker put it on her own laptop.", true),
            // "Her" alone may be someone else's.
            ("The chatbot gave her the wrong balance.", false),
            ("One of the signers rubber-stamped the transaction.", true),
            ("Our support rep reset 2FA for a caller.", true),
            (
                "The designer pushed a debug build to the live servers.",
                true,
            ),
            (
                "The machine minder bypassed the camera check to catch up.",
                true,
            ),
            ("Pit boss overrode the table limit for a regular.", true),
            ("The room attendant turned off the recording.", true),
            (
                "The customer services lady read the account number out.",
                true,
            ),
            ("The form does not ask for his consent.", false),
            (
                "The COSS signed the briefing sheet without reading out the restrictions.",
                true,
            ),
        ]);
    }

    #[test]
    fn trades_no_ending_marks_are_people() {
        read_as(&[
            // Nouns for people with no agent ending (`agent_form`) or an
            // ending shared with devices: the list has to name them.
            ("The locum left the controlled drugs cupboard open.", true),
            ("The barista gave the Wi-Fi password to a stranger.", true),
            ("Sergeant did not sign the evidence log.", true),
            ("The concierge handed the spare key to a caller.", true),
            (
                "Our surveyor emailed the site plans to his own account.",
                true,
            ),
            ("Midwives did not label the samples at the bedside.", true),
            ("The chaplain left the visitor book on the desk.", true),
            // Irregular pasts are acts too.
            (
                "Vet nurse drew up the dose for a 40 kg dog instead of the cat.",
                true,
            ),
            (
                "Mark in accounts paid the invoice to new bank details he got by email.",
                true,
            ),
            // "Guarding" is not a "guard".
            ("Guarding did not cover the rollers.", false),
            ("Staffed desks did not cover the late shift.", false),
            // "Aid" is not an "aide".
            (
                "Gift Aid claims are checked by one clerk with no second check.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_person_before_a_noun_only_qualifies_it() {
        read_as(&[
            (
                "The user guide does not cover the new booking screens.",
                false,
            ),
            ("Staff badges do not expire.", false),
            ("The operator console does not warn at the limit.", false),
            ("The trainer notes do not cover the new screens.", false),
            ("The driver app lets drivers skip the photo.", false),
            // A name, an adverb, a word that follows a person, and an
            // agent noun are no such nouns.
            ("Technician Sam forgot.", true),
            ("Staff sometimes forget the form.", true),
            ("The engineer responsible did not sign.", true),
            (
                "A crew scheduler emailed the roster to the wrong crew.",
                true,
            ),
            ("Users click links in phishing emails.", true),
        ]);
    }

    #[test]
    fn hedged_progressive_and_personal_acts() {
        read_as(&[
            // One person's own things explain nothing.
            (
                "Standby tech didn't pick up the callout because his phone was on silent.",
                true,
            ),
            // "Is" is no plural of "I".
            (
                "The depot supervisor is giving his badge to the agency worker.",
                true,
            ),
            (
                "It appears that the class teacher may have left the SEN folder in the staff room.",
                true,
            ),
            // A possessive past a preposition is not the subject's.
            (
                "Operator overwrote the dosing setpoint with the previous site's value.",
                true,
            ),
            ("A TA read out a pupil's medical condition in class.", true),
            (
                "The head's PA forwarded a safeguarding email to the wrong governor.",
                true,
            ),
            // What a person lacks of their own is a gap, not self-dealing.
            (
                "The telemetry contractor has no SCADA account of his own, and the job needs one.",
                false,
            ),
        ]);
    }

    #[test]
    fn slips_typos_and_what_a_person_left_undone() {
        read_as(&[
            ("SRE typo'd the CIDR in the firewall rule.", true),
            ("Victim stood on the top rung of the stepladder.", true),
            // An active person's "never reviewed" is no passive gap.
            (
                "Superintendent ignored the near-miss log and never reviewed it.",
                true,
            ),
            ("The log was never reviewed after the move.", false),
            // A slip of paper, a slip hazard: no slip-up.
            (
                "Near misses are written on paper slips and nothing brings them together.",
                false,
            ),
            (
                "There was a slip hazard by the door with no sign out.",
                false,
            ),
            ("It was a one-off slip by the new starter.", true),
        ]);
    }

    #[test]
    fn distraction_lending_and_what_a_scheme_rewards() {
        read_as(&[
            (
                "Screener missed the knife because she was talking to a colleague.",
                true,
            ),
            ("The caretaker lent the master key to a resident.", true),
            ("HCA threw the patient list in the general waste bin.", true),
            ("New girl on the till gave change for a fake £50.", true),
            (
                "Our delivery lad dropped a parcel at the wrong address.",
                true,
            ),
            (
                "Site manager built the slab to a drawing marked Preliminary.",
                true,
            ),
            ("The QS uploaded the cost plan to the public folder.", true),
            ("Kit man posted the team photo on Instagram.", true),
            (
                "Scout messaged a 14-year-old player directly on Snapchat.",
                true,
            ),
            (
                "The academy coach gave a player a lift home alone against the safeguarding policy.",
                true,
            ),
            // A present-tense verb before its object, after a subject no
            // list knows: the portal, not the payroll, is the subject.
            (
                "The bank portal accepts the same payroll file twice without warning.",
                false,
            ),
            // Checked against a standard is no breach of one.
            ("Parts are not checked against the drawing standard.", false),
            // What a thing rewards or encourages is how the work is set up.
            (
                "Agents are measured on handle time alone, which rewards skipping the questions.",
                false,
            ),
            ("The bonus scheme encouraged cutting corners.", false),
        ]);
    }

    #[test]
    fn the_formal_openings_of_a_write_up_are_hedges() {
        read_as(&[
            (
                "Upon review it was noted that the account executive renewed the policy without the client's instruction.",
                true,
            ),
            (
                "Following investigation we found that the handler closed the complaint without issuing a final response.",
                true,
            ),
            (
                "We have established that a team member shared a vulnerable customer's details on a group chat.",
                true,
            ),
            (
                "The claims assistant was found to have paid the claim to the third party's account.",
                true,
            ),
            // The openings hide no gap either.
            (
                "It was identified that the suitability letter template has no section for commission.",
                false,
            ),
            ("The backup was found to be incomplete.", false),
        ]);
    }

    #[test]
    fn whose_error_asleep_a_second_sentence_and_an_adjective_participle() {
        read_as(&[
            ("Root cause: driver error.", true),
            (
                "Due to pharmacist error the wrong strength was supplied.",
                true,
            ),
            // The person's noun only says which error.
            (
                "Root cause: printer driver error on the print server.",
                false,
            ),
            (
                "AB on watch was found asleep in the wheelhouse chair.",
                true,
            ),
            (
                "The lookout fell asleep because the watch schedule gives no break in six hours.",
                false,
            ),
            (
                "tbh it was just Priya exporting the whole donor list to her laptop, she shouldn't have done that",
                true,
            ),
            (
                "The authorised person gave the permit without visiting the site.",
                true,
            ),
            ("The delayed report was not reviewed.", false),
            (
                "Access arrangements were not applied because the SENCo did not pass on the list.",
                true,
            ),
        ]);
    }

    #[test]
    fn what_was_collected_and_what_one_did_not_get_reviewed() {
        read_as(&[
            (
                "Why 1: lab sample lost. Why 2: samples wait in an open tray at reception with no log of what has been collected by the courier.",
                false,
            ),
            (
                "The parcel was collected by the courier without a signature.",
                true,
            ),
            // What he lacked ("did not get") gives way to what he left undone.
            ("Tom did not get the change reviewed.", true),
            (
                "The actuary's spreadsheet formula was wrong and nobody noticed because he did not get it reviewed.",
                true,
            ),
            ("The contractor did not get access to the portal.", false),
        ]);
    }

    #[test]
    fn an_aside_between_the_subject_and_its_verb() {
        read_as(&[
            (
                "The principal investigator, despite the data management plan, shared the identifiable dataset with a collaborator abroad by email.",
                true,
            ),
            (
                "During the analysis of the cohort interviews, a research assistant, who had been asked to work only on the secure server, downloaded the transcripts to a personal laptop, which was later stolen from a car.",
                true,
            ),
            (
                "The office manager, in a hurry, sent the whole class's report cards to one parent.",
                true,
            ),
            // A thing's verb past the aside says how it works.
            (
                "During the migration, the export job, which runs nightly, skipped the archive table.",
                false,
            ),
            (
                "After the audit, the procedure, which was out of date, was withdrawn.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_concession_excuses_nothing_and_poor_knowledge() {
        read_as(&[
            (
                "Engineer marked the job complete although the line was not tested.",
                true,
            ),
            // A gap in a clause of its own still excuses the person.
            (
                "Engineer marked the job complete; the line was not tested.",
                false,
            ),
            (
                "Contact centre agent promised a date the engineers could not meet, poor knowledge of the process.",
                true,
            ),
            (
                "Lack of knowledge of the new system, because no training was provided to the night team.",
                false,
            ),
        ]);
    }

    #[test]
    fn how_things_go_a_co_worker_an_agent_in_notes_and_a_new_subject() {
        read_as(&[
            (
                "labels print in batches of 50 and get stuck on the next parcel in the queue when one is skipped",
                false,
            ),
            ("The nurse skipped the check.", true),
            (
                "My co-instructor didn't count the group back onto the minibus.",
                true,
            ),
            ("AML alert closed by analyst w/o investigation", true),
            ("Safe left unlocked overnight by key holder", true),
            (
                "The department mailing lists autocomplete before the co-investigator group, and the sharing dialog does not show how many people a list contains.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_thing_that_did_not_do_its_job() {
        read_as(&[
            ("The system did not record the change.", false),
            (
                "The housing system holds one contact address per case and did not record that the applicant had moved.",
                false,
            ),
            ("The engineer did not record the change.", true),
            // What only a mind does is a person's, whatever the noun.
            (
                "The relief didn't realise the contractor still had VPN access.",
                true,
            ),
            (
                "Assessment: RN administered the IV antibiotic to the wrong patient after failing to check the wristband.",
                true,
            ),
        ]);
    }

    #[test]
    fn what_is_understood_is_a_hedge() {
        read_as(&[
            (
                "It is understood that the handler disclosed medical details to the policyholder's employer.",
                true,
            ),
            (
                "It is considered that the case management system allows a matter to be opened before the conflict check.",
                false,
            ),
        ]);
    }

    #[test]
    fn contrary_to_any_document_mis_sold_and_a_subcontractor() {
        read_as(&[
            (
                "The installer connected the battery with the isolator switched on, contrary to the method statement.",
                true,
            ),
            (
                "The pump was run contrary to the maintenance plan because the plan was out of date.",
                false,
            ),
            (
                "Sales adviser mis-sold the system by quoting a payback the customer could never reach.",
                true,
            ),
            (
                "Scaffold was erected by the subcontractor without a handrail at the eaves.",
                true,
            ),
        ]);
    }

    #[test]
    fn per_the_investigation_is_a_hedge() {
        read_as(&[
            (
                "Per the investigation, the OOW failed to reduce speed in restricted visibility.",
                true,
            ),
            (
                "Per the investigation, the cargo securing manual did not cover the new container stack heights.",
                false,
            ),
        ]);
    }

    #[test]
    fn what_is_said_of_a_person_is_no_gap() {
        read_as(&[
            (
                "Reason for the incident: the room leader released a child to an adult not on the collection list.",
                true,
            ),
            (
                "The firewall manager accepts rule changes without checking for an approved change.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_crew_chief_and_a_role_named_by_an_acronym() {
        read_as(&[
            (
                "Crew chief signed off the aircraft without the duplicate inspection being done.",
                true,
            ),
            ("The chief cause was the missing interlock.", false),
            (
                "why 3: QA signed off the release without running the security tests",
                true,
            ),
            ("CDD not completed - RM onboarded client w/o ID&V", true),
            // A system signs a token, and shares what it is set to share.
            ("The API signed the token with an expired key.", false),
            ("The SSO shared the session with the partner app.", false),
        ]);
    }

    #[test]
    fn a_denied_passive_a_fronted_despite_and_a_head_of_department() {
        read_as(&[
            // The person after "by", though "relied" was read as the verb.
            (
                "Cause: headset not worn by the pushback driver, who relied on hand signals.",
                true,
            ),
            ("Logs are not reviewed by the analyst on nights.", false),
            // A phrase before the subject, and what the person did it to.
            (
                "Despite the guidance, the teacher gave the candidate extra time that had not been approved.",
                true,
            ),
            (
                "Despite the heavy workload, the nurse completed the checks.",
                false,
            ),
            (
                "The engineer installed a patch that had not been tested because the test rig was down.",
                false,
            ),
            ("Poor clinical judgement by the on-call vet.", true),
            (
                "Head of department's inadequate moderation of the coursework marks.",
                true,
            ),
            ("The head of the queue was not served.", false),
            (
                "The tour guide took the group onto the glacier without checking the avalanche forecast.",
                true,
            ),
        ]);
    }

    #[test]
    fn it_was_by_a_kp_and_what_a_plan_forbids() {
        read_as(&[
            (
                "It was by the receiving clerk not checking the ASN against the delivery.",
                true,
            ),
            ("It was by design that the field is optional.", false),
            (
                "KP put the raw meat on the top shelf above the desserts.",
                true,
            ),
            (
                "ATO picked amlodipine 10mg instead of 5mg; the two boxes were side by side.",
                true,
            ),
            // What the plan forbids is no gap in the plan.
            (
                "From my investigation, the nurse crushed the tablets even though the care plan says they must not be crushed.",
                true,
            ),
            (
                "The care plan does not say the tablets can be crushed.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_weather_or_the_hour_explains_no_choice() {
        read_as(&[
            (
                "The deck crew skipped the toolbox talk because they were behind schedule.",
                true,
            ),
            (
                "Sous chef decided not to label the batch because service was quiet.",
                true,
            ),
            (
                "Nurse skipped the pre-anaesthetic check because the list was running late.",
                true,
            ),
            (
                "The vet left the practice without handing over the inpatients.",
                true,
            ),
            (
                "The sub-postmaster accepted the parcel without checking the prohibited items list.",
                true,
            ),
            // A thing's state that is a gap still explains.
            (
                "The nurse skipped the check because the scanner was broken.",
                false,
            ),
            (
                "The engineer skipped the test because the test rig was down.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_role_by_its_acronym_went_on_without_checking() {
        read_as(&[
            (
                "RP released the returned stock without checking the temperature record.",
                true,
            ),
            (
                "AB left the watertight door open during the crossing.",
                true,
            ),
            (
                "Night CRO acknowledged the chlorine low alarm and went back to his paperwork.",
                true,
            ),
            // Systems named by their acronyms are things.
            (
                "The MES released the batch without checking the QC status.",
                false,
            ),
            ("The UPS left the servers without power.", false),
            ("The SCADA does not alarm on low chlorine.", false),
        ]);
    }

    #[test]
    fn a_cleft_a_failing_denied_and_devices() {
        read_as(&[
            (
                "It was the operator who typed the wrong sort code on the CHAPS payment.",
                true,
            ),
            ("It was the scanner that misread the barcode.", false),
            ("The OCR misread the date on the form.", false),
            (
                "There was no failing in the disclosure process; the disclosure officer simply missed the unused material.",
                true,
            ),
            ("There was no failure alert on the queue.", false),
            (
                "The PCSO should have redacted the witness address before sharing the statement.",
                true,
            ),
            ("There was no scanner at the goods-in desk.", false),
        ]);
    }

    #[test]
    fn a_sampler_whoever_and_a_persons_own_work() {
        read_as(&[
            (
                "The sampler did not flush the tap for the required two minutes before sampling.",
                true,
            ),
            (
                "The docs were wrong because whoever wrote them copied the example from v1.",
                true,
            ),
            (
                "Regression introduced by @marta's refactor, which removed the null check.",
                true,
            ),
            (
                "Outage caused by the vendor's update to the firmware.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_employer_is_the_organisation_and_employee_1_a_person() {
        read_as(&[
            (
                "The employer did not provide a lockout procedure for the press, and jams were cleared with the machine running.",
                false,
            ),
            (
                "The interlock could be defeated with a zip tie, and the employer did not check interlocks.",
                false,
            ),
            (
                "The company did not check the contractor's insurance.",
                false,
            ),
            (
                "Employee #1 removed the guard to clear a jam and reached into the press while it was energized.",
                true,
            ),
            ("Operator 2 removed the guard.", true),
            (
                "The forklift driver was travelling too fast and turned with the load raised.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_cause_named_on_a_form_and_a_program() {
        read_as(&[
            (
                "Root cause on the 8D was \"assembler installed the wrong part\".",
                true,
            ),
            (
                "Root cause for this finding is the engineer skipped the test.",
                true,
            ),
            ("Root cause of the failure was a corroded terminal.", false),
            (
                "The contractor safety program did not require fire watches for work on tank roofs.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_pilots_improper_decision_and_own_inspection() {
        read_as(&[
            (
                "The pilot's improper decision to continue visual flight into instrument conditions.",
                true,
            ),
            (
                "The pilot's inadequate preflight inspection, which did not detect the water in the fuel.",
                true,
            ),
            (
                "The system's alert, which did not reach the on-call engineer.",
                false,
            ),
        ]);
    }

    #[test]
    fn attributed_to_found_to_be_and_an_act_in_ing() {
        read_as(&[
            (
                "The complaint was attributed to the packer, who placed the IFU from another product in the box.",
                true,
            ),
            ("The fault was attributed to a worn bearing.", false),
            (
                "Root cause was determined to be the inspector accepting a lot with a cracked housing.",
                true,
            ),
            ("The operator having no access to the manual.", false),
            ("Operator users during the backup configuration.", false),
            (
                "Customer support shared a debug link containing a session token in a public forum.",
                true,
            ),
            (
                "Per the logs, the admin disabled 2FA for his account to debug and never turned it back on.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_change_manager_and_a_feed_that_is_no_act() {
        read_as(&[
            (
                "The change manager approved the emergency change after it was implemented without recording a reason.",
                true,
            ),
            (
                "The permit issuer signed the permit without visiting the plant room.",
                true,
            ),
            (
                "Why 3 - because the seal tester does not record results, so a pass can be written without a test.",
                false,
            ),
            ("The tester did not run the regression suite.", true),
            (
                "The HR leaver feed to the directory runs monthly, so leavers stay active for weeks.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_decision_a_lack_from_a_person_and_the_same_person() {
        read_as(&[
            ("The welder's decision to work without a fire watch.", true),
            (
                "The captain's decision to continue the approach below minimums.",
                true,
            ),
            (
                "The cause was a lack of ownership from the process owner.",
                true,
            ),
            ("Lack of support from the supervisor.", true),
            ("Lack of guidance from the employer.", false),
            (
                "Root cause identified as the supplier's QC person not checking the certificate.",
                true,
            ),
            ("Cause was the operator not checking the level.", true),
            (
                "Hot work permits were issued by the same supervisor who did the work, so no one independent checked for a fire watch.",
                false,
            ),
            (
                "The change was approved by the same engineer who wrote it.",
                false,
            ),
            (
                "The change was approved by the engineer without review.",
                true,
            ),
        ]);
    }

    #[test]
    fn top_management_and_an_author_are_people() {
        read_as(&[
            (
                "Top management failed to attend the management review.",
                true,
            ),
            (
                "Incorrect classification applied by the document author.",
                true,
            ),
            ("Lack of support from senior management.", false),
        ]);
    }

    #[test]
    fn what_set_it_off_and_a_decision_despite_a_known_fault() {
        read_as(&[
            (
                "The regression was introduced when @dkim removed the null check in #2210.",
                true,
            ),
            (
                "The outage started when the admin deleted the DNS record.",
                true,
            ),
            (
                "The incident began when the load balancer failed over, because no one owned the health check.",
                false,
            ),
            // Not every "when" says what set it off.
            (
                "Certificate expiry dates are tracked in a personal spreadsheet that was not handed over when the engineer left.",
                false,
            ),
            (
                "The pilot's decision to depart with a known deficiency in the left magneto.",
                true,
            ),
            // What was never shared excuses who kept it.
            (
                "The pest log was kept by the contractor and never shared with the site, so sightings went unanswered.",
                false,
            ),
            ("The engineer never shared the password.", true),
            (
                "Our investigation concluded the material handler picked from the quarantine rack.",
                true,
            ),
        ]);
    }

    #[test]
    fn plain_words_of_a_second_language_and_a_category_alone() {
        read_as(&[
            (
                "Root cause is man - the worker was not concentrate because end of shift.",
                true,
            ),
            ("Root cause: human.", true),
            (
                "Shift is 12 hours and no break rotation in last 2 hours, fatigue is expected.",
                false,
            ),
        ]);
    }

    #[test]
    fn what_a_timeline_shows_and_someone_not_in_position() {
        read_as(&[
            (
                "Timeline shows the DBA dropped the table at 02:14, believing it was the staging copy.",
                true,
            ),
            (
                "The banksman was not in position when the lorry reversed.",
                true,
            ),
            ("The safety screen was not in position on the press.", false),
        ]);
    }

    #[test]
    fn an_app_accounts_payable_and_an_order_split() {
        read_as(&[
            (
                "The rota had one person on call with no secondary, and the paging app did not escalate unacknowledged pages.",
                false,
            ),
            (
                "Accounts payable processed the invoice without a matching goods receipt.",
                true,
            ),
            (
                "The procurement officer split the order to stay below the tender threshold.",
                true,
            ),
        ]);
    }

    #[test]
    fn markers_marshals_installers_loaders_and_collectors_are_people() {
        read_as(&[
            (
                "Root cause: the marker awarded marks for an answer outside the mark scheme.",
                true,
            ),
            (
                "The yard marshal directed the trailer to the wrong bay.",
                true,
            ),
            (
                "Floor markers were worn away, so the bays could not be told apart.",
                false,
            ),
            (
                "The installer drilled through a power cable in the customer's wall.",
                true,
            ),
            (
                "Loader threw the bags onto the belt, damaging two wheelchairs.",
                true,
            ),
            (
                "The MSI installer failed silently on 40 laptops, so nobody knew the agent was missing.",
                false,
            ),
            (
                "A refuse collector ignored the assisted collection flag.",
                true,
            ),
        ]);
    }

    #[test]
    fn going_home_at_the_end_of_a_shift_is_no_act() {
        read_as(&[
            (
                "Gas monitors were kept in the site office, locked, and the key holder left at 4 pm.",
                false,
            ),
            ("The key holder left the cabinet unlocked.", true),
            (
                "The supervisor left at 3 pm without handing over the permit.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_continued_flight_a_delayed_action_and_what_a_form_let_happen() {
        read_as(&[
            (
                "The pilot's continued VFR flight into instrument conditions.",
                true,
            ),
            (
                "The flight instructor's delayed remedial action when the student flared too high.",
                true,
            ),
            (
                "The PO form let purchasing edit the drawing revision, and changes did not notify engineering.",
                false,
            ),
            (
                "The operator had no weather minima for VFR flights and dispatch did not review forecasts before departure.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_thing_that_does_not_do_its_job_and_what_a_report_says() {
        read_as(&[
            (
                "The catalyst addition was manual and the control system did not record whether it had already been added.",
                false,
            ),
            ("The operator did not record the reading.", true),
            (
                "The process was not followed correctly by the service desk.",
                true,
            ),
            (
                "Per the incident report, the carer gave the resident another resident's medication.",
                true,
            ),
        ]);
    }

    #[test]
    fn an_employee_named_by_number_and_trade_and_what_they_wore() {
        read_as(&[
            (
                "Employee #1, a roofer, stepped onto a skylight and fell 20 feet.",
                true,
            ),
            (
                "Employee #4 wore loose clothing near the rotating shaft.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_hurry_a_want_and_a_dropped_auxiliary_as_people_write_them() {
        read_as(&[
            (
                "Operator was in hurry and he not lock out the machine before clean the rollers.",
                true,
            ),
            (
                "The operator bypass the interlock because he want to finish the batch faster.",
                true,
            ),
            ("Operator was new and he not know the machine.", true),
            // A thing's dropped auxiliary is still the thing's.
            (
                "The label printer was old and it not print the lot number.",
                false,
            ),
            (
                "The operators wanted to finish faster because the bonus scheme pays per batch.",
                false,
            ),
        ]);
    }

    #[test]
    fn whose_fault_and_a_decision_to_step_into_harm() {
        read_as(&[
            (
                "the release was tagged from my local branch instead of main - totally my fault",
                true,
            ),
            ("Sorry all, this one is on me.", true),
            ("The pump tripped through no fault of the operator.", false),
            (
                "The worker's decision to reach into the running conveyor to clear the jam.",
                true,
            ),
            (
                "The board's decision to defer the upgrade for budget reasons.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_concession_first_a_bare_verb_a_reason_and_what_we_shipped() {
        read_as(&[
            (
                "Although the system flagged the duplicate, the clerk paid it anyway.",
                true,
            ),
            (
                "Although the engineer followed the runbook, the runbook did not cover the failover step.",
                false,
            ),
            ("Assembler mix the screws from two bins.", true),
            // A preposition after the person is no verb.
            (
                "Customers with the same surname are shown in the same list without date of birth, which makes selecting the wrong account easy.",
                false,
            ),
            (
                "The reason is the QC man approve the first piece without complete measurement.",
                true,
            ),
            (
                "The reason was the form had no field for the lot number.",
                false,
            ),
            (
                "We shipped without reading the changelog of the upstream dependency.",
                true,
            ),
            (
                "We deployed without testing because there is no staging environment.",
                false,
            ),
        ]);
    }

    #[test]
    fn speeding_is_what_a_driver_did() {
        read_as(&[
            (
                "The bus driver was speeding on the approach to the stop.",
                true,
            ),
            (
                "The speed limiter was not fitted, so drivers were speeding on the approach.",
                false,
            ),
        ]);
    }

    #[test]
    fn too_fast_too_high_and_a_things_failure_after_a_person() {
        read_as(&[
            (
                "Forklift driver go too fast in the corner and hit the rack.",
                true,
            ),
            ("Loader stack the pallets too high.", true),
            ("Staff workload is too high.", false),
            (
                "The reconciliation control had no backup owner and the control calendar did not flag missed reconciliations.",
                false,
            ),
            (
                "The admin and the backup operator did not check the logs.",
                true,
            ),
            (
                "The incident commander delayed declaring a SEV1 for 40 minutes.",
                true,
            ),
        ]);
    }

    #[test]
    fn rudeness_is_a_persons_conduct() {
        read_as(&[
            ("The agent was rude to the customer on the call.", true),
            ("The letter template was unprofessional.", false),
        ]);
    }

    #[test]
    fn a_terse_not_doing() {
        read_as(&[
            ("Not following SOP.", true),
            ("Not wearing gloves.", true),
            (
                "Staff were not using the scanner because it was broken.",
                false,
            ),
        ]);
    }

    #[test]
    fn an_injury_then_the_act_so_that_and_what_could_be_done() {
        read_as(&[
            ("Miner #2 entered an area of unsupported roof.", true),
            (
                "The mechanic was struck when he positioned himself under the raised bed.",
                true,
            ),
            (
                "The pre-shift examination was not recorded in any system and could be skipped without anyone knowing.",
                false,
            ),
            (
                "The capacity alarm threshold was set so low that it fired daily and was ignored.",
                false,
            ),
            ("The operator was so tired that he fell asleep.", true),
            ("The form was so long that staff skipped sections.", false),
            ("We accepted the return without inspecting the goods.", true),
        ]);
    }

    #[test]
    fn a_signature_not_obtained_and_excessive_speed() {
        read_as(&[
            ("The delivery driver didn't get a signature.", true),
            ("The engineer did not get approval for the change.", true),
            ("The delivery driver did not get access to the site.", false),
            (
                "The pilot boat coxswain approached at excessive speed.",
                true,
            ),
            ("The conveyor ran at excessive speed.", false),
        ]);
    }

    #[test]
    fn going_round_the_procedure_instead() {
        read_as(&[
            (
                "We pushed a configuration change to all regions at once instead of following the staged rollout.",
                true,
            ),
            (
                "The engineer restarted the service instead of following the runbook.",
                true,
            ),
            (
                "The pipeline deploys to all regions at once instead of following the staged rollout.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_plurals_possessive_is_not_its_subject() {
        read_as(&[
            (
                "Diversions are passed by radio only, and the drivers' screens do not show them.",
                false,
            ),
            ("The drivers did not check the screens.", true),
        ]);
    }

    #[test]
    fn a_predicate_without_its_own_subject_goes_on_with_the_person() {
        read_as(&[
            (
                "The supervisor sign the permit but not check the area.",
                true,
            ),
            (
                "The engineer approved the change but never tested it.",
                true,
            ),
            ("The system logs the change but not the user.", false),
        ]);
    }

    #[test]
    fn what_a_thing_depended_on_is_no_gap_and_an_academic_is_a_person() {
        read_as(&[
            (
                "Data engineer dropped the column that the model depended on.",
                true,
            ),
            ("The process relies on memory.", false),
            (
                "An academic shared student marks in an email to the whole class.",
                true,
            ),
            ("The academic calendar does not include resit dates.", false),
        ]);
    }

    #[test]
    fn a_passive_without_its_auxiliary_a_second_duty_and_a_slip() {
        read_as(&[
            ("Reviewer not assigned.", false),
            ("Engineer not trained on the new system.", false),
            ("Operator not checked the gauge.", true),
            (
                "Supervisor never looked at the student's data management plan before fieldwork started.",
                true,
            ),
            (
                "Shift leader have no time for checks because he also run a machine.",
                false,
            ),
            ("The engineer ran the script on production.", true),
            ("Nurse slip.", true),
        ]);
    }

    #[test]
    fn discipline_named_by_where_it_lapsed() {
        read_as(&[
            ("Root cause: poor lab discipline.", true),
            ("Poor site discipline led to the fire.", true),
            ("Poor lab ventilation led to the exposure.", false),
        ]);
    }

    #[test]
    fn a_predicate_after_but_goes_on_with_its_person() {
        read_as(&[
            (
                "The nurse knew the pump was faulty but used it anyway.",
                true,
            ),
            (
                "The analyst had access to the right report but pulled the wrong one out of habit.",
                true,
            ),
            (
                "The shift supervisor decided to restart the unit before the cause of the trip was understood.",
                true,
            ),
            (
                "The upgrade eligibility shows on a separate screen that advisors have to open on purpose.",
                false,
            ),
        ]);
    }

    #[test]
    fn people_a_thing_rewards_and_what_a_person_did_not_know() {
        read_as(&[
            (
                "The company's on-time bonus rewards crews who do not divert.",
                false,
            ),
            (
                "Root cause is the locum's unfamiliarity with our notation.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_concession_the_only_one_and_whose_own_it_is() {
        read_as(&[
            (
                "While the form does have a mandatory field, the clerk typed \"n/a\" to get past it.",
                true,
            ),
            (
                "While the engineer was on leave, nobody ran the backup because no deputy was named.",
                false,
            ),
            ("The only admin was on leave.", false),
            ("The admin was on leave.", true),
            (
                "The team lead did not allocate the review because the allocation screen shows only people on her own team.",
                false,
            ),
            (
                "Meter reader photographed customer account details on his own phone.",
                true,
            ),
        ]);
    }

    #[test]
    fn what_a_breach_resulted_from_is_its_cause() {
        read_as(&[
            (
                "Management are satisfied that the breach resulted from an employee acting outside their authority.",
                true,
            ),
            (
                "The outage resulted from a certificate that nobody owned.",
                false,
            ),
        ]);
    }

    #[test]
    fn how_a_shift_works_is_no_act() {
        read_as(&[
            (
                "The night shift works with half the staff of the day shift and the same checklist.",
                false,
            ),
            ("The night shift skipped the checks.", true),
        ]);
    }

    #[test]
    fn a_ledger_is_no_person() {
        read_as(&[
            ("The ledger lets journals post to a closed period.", false),
            (
                "The scheduler skipped the backup because its calendar had no entry.",
                false,
            ),
        ]);
    }

    #[test]
    fn non_respect_and_no_compromise_by_a_person() {
        read_as(&[
            (
                "Non-respect of the instruction by the operator of the line 3.",
                true,
            ),
            (
                "Non-respect of the instruction, which is only in French.",
                false,
            ),
            (
                "Lack of compromise of the personnel with the procedures.",
                true,
            ),
        ]);
    }

    #[test]
    fn an_answer_after_why_goes_one_deeper_and_what_is_not_shown() {
        read_as(&[
            (
                "Why? Operator error. Why? The screen shows two buttons with the same label.",
                false,
            ),
            (
                "Why? Operator error. Why? Operator was not paying attention.",
                true,
            ),
            (
                "The engineer approved it. Test results are not shown on the approval screen.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_person_named_by_a_letter_an_aside_and_a_tag() {
        read_as(&[
            ("Staff member X shared her password with a temp.", true),
            ("Employee #3 shared her password with a temp.", true),
            (
                "Staff member X (name withheld) shared her password with a temp.",
                true,
            ),
            (
                "[RCA] On-call (me) acked the page and went back to sleep.",
                true,
            ),
            ("The form (v2) does not require a reason.", false),
        ]);
    }

    #[test]
    fn reception_is_the_people_at_the_desk() {
        read_as(&[
            ("Reception let the visitor into the server room.", true),
            ("The reception desk has no sign-in book.", false),
        ]);
    }

    #[test]
    fn what_a_pilot_flew() {
        read_as(&[
            ("Drone pilot flew beyond visual line of sight.", true),
            (
                "The mission planner allows routes beyond visual line of sight with no warning.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_launch_close_is_a_circumstance() {
        read_as(&[
            (
                "Release manager skipped the security review because the launch was close.",
                true,
            ),
            (
                "Release manager skipped the security review because the release checklist lets you skip it.",
                false,
            ),
        ]);
    }

    #[test]
    fn what_there_is_one_of_shared() {
        read_as(&[
            (
                "Two analysts share one login on the instrument PC, so results cannot be traced to a person.",
                false,
            ),
            (
                "Two analysts share their passwords with the trainees.",
                true,
            ),
        ]);
    }

    #[test]
    fn not_bothered_is_an_attitude() {
        read_as(&[
            (
                "Colleagues are not bothered about tailgating at the stockroom door.",
                true,
            ),
            (
                "Nobody is bothered by the alarm because it sounds every hour.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_person_past_a_relative_clause_or_a_title() {
        read_as(&[
            (
                "The SRE who was paged silenced the alert and went back to sleep.",
                true,
            ),
            (
                "The engineer who is on call receives pages that have no runbook.",
                false,
            ),
            (
                "Mister Dubois did sign the delivery without to verify the quantity.",
                true,
            ),
            (
                "The responsable of the stock has not made the inventory since two months.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_ticket_s_shorthand() {
        read_as(&[
            ("NOC eng applied config to wrong router. fat finger.", true),
            (
                "Change implemented outside window by field eng w/o CAB approval.",
                true,
            ),
            ("L1 didnt escalate P1 for 40 min", true),
            (
                "P1 criteria not defined in the L1 runbook, so L1 has to judge severity.",
                false,
            ),
            (
                "Planner missed the dependency on the core link when scheduling.",
                true,
            ),
            (
                "The schedule relies on one planner who knows the topology.",
                false,
            ),
        ]);
    }

    #[test]
    fn an_aside_then_an_adverb_then_the_verb() {
        read_as(&[
            (
                "The warehouse operative, who had been told twice, again stacked pallets four high.",
                true,
            ),
            (
                "The racking, which has no height sign, again allowed pallets four high.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_possessor_of_two_words() {
        read_as(&[
            (
                "The M&E subcontractor's fitter drilled through a post-tensioned slab.",
                true,
            ),
            (
                "The localisation vendor's translator forwarded the script to a friend.",
                true,
            ),
            (
                "The M&E subcontractor's permit form has no field for a slab scan.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_responsible_and_a_kitchen_slicer() {
        read_as(&[
            (
                "The responsible for the maintenance did not respected the plan.",
                true,
            ),
            (
                "The person responsible for the maintenance has no time for it.",
                false,
            ),
            (
                "The deli has one slicer for meat and cheese because the second slicer broke in March.",
                false,
            ),
        ]);
    }

    #[test]
    fn kitchen_roles_a_meal_and_an_opinion() {
        read_as(&[
            (
                "Front of house told the guest the dish was gluten free without checking.",
                true,
            ),
            (
                "Pot wash left the chemical pump running into the sink overnight.",
                true,
            ),
            ("The front of house has no allergen screen.", false),
            (
                "Crew took 8 minutes to get to the vehicle because they were finishing a meal.",
                true,
            ),
            (
                "The supervisor turned off the vehicle location because it was \"annoying\".",
                true,
            ),
            (
                "The supervisor turned off the vehicle location because it alerts every few minutes.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_system_in_capitals_is_no_plural_of_a_role() {
        read_as(&[
            (
                "The PMS does not block end-of-day until the audit report has run.",
                false,
            ),
            ("PMs approve their own changes.", true),
        ]);
    }

    #[test]
    fn a_role_s_things_not_checked_and_a_second_language_s_responsible() {
        read_as(&[
            (
                "NC: welder quals not checked vs WPS at job allocation; no matrix.",
                false,
            ),
            ("Welder qualifications not checked against the WPS.", false),
            ("Welder quals not checked by the foreman.", true),
            (
                "The responsible of quality liberated the lot without the results of the laboratory.",
                true,
            ),
            (
                "The driver of the forklift was driving with excess of velocity in the warehouse.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_quant_is_a_person() {
        read_as(&[
            (
                "The quant pushed an untested model change on a Friday evening.",
                true,
            ),
            (
                "Model changes can be deployed without a validation sign-off.",
                false,
            ),
        ]);
    }

    #[test]
    fn remote_hands_and_the_rain() {
        read_as(&[
            ("Remote hands plugged both PSUs into the same PDU.", true),
            (
                "Remote hands have no access to the patching schedule.",
                false,
            ),
            (
                "The shift lead skipped the generator test because it was raining.",
                true,
            ),
            (
                "The generator test was skipped because the test point floods when it is raining.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_shot_firer_and_too_close() {
        read_as(&[
            (
                "Shot-firer fired the blast before the exclusion zone was confirmed clear.",
                true,
            ),
            (
                "Dozer operator got too close to the edge of the dump.",
                true,
            ),
            (
                "There is no windrow at the dump edge, so dozers get too close.",
                false,
            ),
        ]);
    }

    #[test]
    fn writers_and_sales_reps_are_people() {
        read_as(&[
            (
                "Content writer copied paragraphs from a competitor's blog.",
                true,
            ),
            (
                "Our SDR emailed 5,000 prospects from a purchased list without consent.",
                true,
            ),
            ("The content writer has no plagiarism checker.", false),
        ]);
    }

    #[test]
    fn nobody_looked_properly_is_blame() {
        read_as(&[
            (
                "The accounts payable team paid a fake invoice because nobody looked properly.",
                true,
            ),
            (
                "The fake invoice was paid because nobody checks new suppliers against the vendor master.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_numbered_list_of_whys() {
        read_as(&[
            (
                "1) Operator loaded the wrong program. 2) Program names are six digits that differ by one, and the machine does not check them against the traveller barcode.",
                false,
            ),
            (
                "1) Operator loaded the wrong program. 2) He did not check the program number against the traveller.",
                true,
            ),
            (
                "1) Operator not follow the work instruction. 2) Operator was new.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_dogman_is_a_person() {
        read_as(&[
            (
                "Dogman gave the signal to lift before the load was fully slung.",
                true,
            ),
            (
                "There is no pre-lift checklist for slinging, and the dogman works alone.",
                false,
            ),
        ]);
    }

    #[test]
    fn hands_sleep_and_how_things_looked() {
        read_as(&[
            (
                "The kennel hand fed the diabetic dog the standard diet.",
                true,
            ),
            (
                "Night attendant slept through the fire alarm test call.",
                true,
            ),
            (
                "Consultant overruled the sepsis screen because the patient 'looked well'.",
                true,
            ),
            (
                "Consultant overruled the sepsis screen because it fires for every patient on the ward.",
                false,
            ),
        ]);
    }

    #[test]
    fn let_someone_work_without_a_permit() {
        read_as(&[
            (
                "The shift supervisor let the contractor break containment without a permit.",
                true,
            ),
            (
                "The permit system allows containment breaks to start without a permit.",
                false,
            ),
        ]);
    }

    #[test]
    fn what_he_or_she_did_explains_nothing() {
        read_as(&[
            (
                "Screener passed the bag with a knife because she was looking at the next tray.",
                true,
            ),
            (
                "The supervisor let a staff member through without screening because he knew him.",
                true,
            ),
            (
                "The operator skipped the check because he had never been trained on the new machine.",
                false,
            ),
            (
                "The clerk keyed the wrong code because she had no access to the product master.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_fronted_phrase_and_a_longer_aside() {
        read_as(&[
            (
                "Unhappy with the new rota, the nurse left the ward early.",
                true,
            ),
            (
                "Trying to save time, the picker took two orders at once and mixed them.",
                true,
            ),
            (
                "Without asking anyone, the admin changed the firewall rule.",
                true,
            ),
            (
                "Having done it many times, the technician skipped the checklist, which the work order does not require.",
                false,
            ),
            (
                "Our admin (the only one who knew the password) lost it.",
                true,
            ),
            (
                "Procurement's buyer (new, still on probation) placed the order without three quotes.",
                true,
            ),
            (
                "Unhappy with the new rota, the nurse left early; the rota breaks the minimum rest period between shifts.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_tool_that_shows_only_part_and_a_person_unknown() {
        read_as(&[
            (
                "The CFO approved the payment on his phone, where the app shows only the amount and not the invoice.",
                false,
            ),
            (
                "The CFO approved the payment on his phone without reading it.",
                true,
            ),
            (
                "A person unknown removed the fire extinguisher from the corridor.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_colleagues_short_name() {
        read_as(&[
            ("Kev in stores issued the wrong grade of bolts.", true),
            // (The team acts as its people; its system does not.)
            ("Stores issued the wrong grade of bolts.", true),
            ("The stores system issued the wrong grade of bolts.", false),
        ]);
    }

    #[test]
    fn a_deputy_a_temp_a_desk_and_where_someone_went() {
        read_as(&[
            (
                "Returning officer's deputy published the results before the final check.",
                true,
            ),
            ("A temp from the agency threw away spoilt ballots.", true),
            ("Ticket desk sold a child pass to an adult.", true),
            ("The help desk has no script for identity checks.", false),
            (
                "The keeper went into the tiger enclosure while the slide was open.",
                true,
            ),
            (
                "The keeper went into the enclosure because the slide has no lock-off.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_head_of_a_subject_and_notes_with_abbreviations() {
        read_as(&[
            ("Head of maths entered the coursework marks late.", true),
            ("Head of maths has no access to the marks portal.", false),
            (
                "Responsible of warehouse not verify the lot before expedition.",
                true,
            ),
            ("Cause: op. ran m/c w/ guard open.", true),
            (
                "Cause: op. ran m/c as the SOP says; guard interlock is broken.",
                false,
            ),
            // Safeguards and kit that are missing or broken are gaps.
            (
                "The operator ran the machine; there is no guard interlock.",
                false,
            ),
            (
                "The operator ran the machine; the machine has no interlock.",
                false,
            ),
            ("Sam put no label on the box.", true),
            (
                "The security guard allowed a visitor in without an escort.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_name_typed_in_lower_case_and_a_word_that_only_looks_like_one() {
        read_as(&[
            (
                "priya rotated the cert but didn't restart the proxies",
                true,
            ),
            (
                "will rotated the cert but didn't restart the proxies",
                false,
            ),
            (
                "Same rotated the cert but didn't restart the proxies.",
                false,
            ),
            (
                "same rotated the cert but didn't restart the proxies",
                false,
            ),
            ("Sam rotated the cert but didn't restart the proxies.", true),
        ]);
    }

    #[test]
    fn a_relief_milker_and_acts_told_in_irregular_forms() {
        read_as(&[
            ("Relief milker skipped the teat dip.", true),
            ("Contractor spread slurry on frozen ground.", true),
            (
                "Contractor spread slurry on frozen ground because the slurry plan has no frozen-ground check.",
                false,
            ),
            (
                "Commodity codes were typed from the product description, because the ERP product master held no codes.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_support_line_and_what_a_rule_does_not_allow() {
        read_as(&[
            (
                "L2 support closed the ticket without confirming with the customer.",
                true,
            ),
            ("L2 support has no access to the billing system.", false),
            (
                "The outsourced agent promised a refund that policy doesn't allow.",
                true,
            ),
            (
                "The agent approved a refund that the tool does not check.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_shelf_stacker() {
        read_as(&[
            ("Shelf stacker put out out-of-date milk.", true),
            (
                "Shelf stackers have no scanner that flags out-of-date stock.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_colleague_from_somewhere_and_second_language_perfects() {
        read_as(&[
            (
                "Colleague from logistics has loaded the false pallet.",
                true,
            ),
            (
                "Employee has overwritten the parameter in the machine.",
                true,
            ),
            (
                "Mitarbeiter in the Wareneingang booked the delivery without to count.",
                true,
            ),
            ("The operator in charge has no access to the log.", false),
            (
                "The alarm gave a false reading because the sensor is not calibrated.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_answer_to_a_question_why_goes_deeper() {
        read_as(&[
            (
                "Why did the audit find no training record? The supervisor never filled in the form.",
                true,
            ),
            (
                "Why did the audit find no training record? Records are on paper forms that go to a tray nobody owns.",
                false,
            ),
            ("Staff never trained in the new system.", false),
            ("Meter reader recorded last month's reading.", true),
            (
                "Commis used the wrong oil in the fryer for the vegan menu.",
                true,
            ),
            (
                "Database lock in the EDC does not stop edits by data managers.",
                false,
            ),
            ("The report was edited by data managers.", true),
        ]);
    }

    #[test]
    fn fronted_phrases_audit_evidence_and_a_job_that_is_also_a_tool() {
        read_as(&[
            (
                "On the night of the incident the fitter, who had been on shift for eleven hours, decided not to wait for the electrician and removed the motor cover himself, touching a live terminal.",
                true,
            ),
            (
                "After being told twice by the supervisor to use the harness, the roofer again worked on the edge unclipped and fell through the skylight.",
                true,
            ),
            (
                "Instead of following the SOP the technician mixed two lots of reagent to make up the volume.",
                true,
            ),
            (
                "Evidence showed the store keeper issued material from a rejected lot.",
                true,
            ),
            (
                "Evidence showed rejected lots are stored in the same racking as released lots.",
                false,
            ),
            (
                "The work scheduler doesn't detect duplicate jobs on one fault.",
                false,
            ),
            ("The scheduler did not book the slot.", true),
            (
                "Shift leader have no time for checks because he also run a machine.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_hire_desk() {
        read_as(&[
            ("Hire desk sent a crane without the LMI calibrated.", true),
            ("The hire desk has no check of LMI certificates.", false),
        ]);
    }

    #[test]
    fn a_parts_counter() {
        read_as(&[
            ("Parts counter gave out the wrong brake pads.", true),
            (
                "The parts counter has no pictures of the pads in its catalogue.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_report_writer_and_a_rider() {
        read_as(&[
            (
                "Report writer used the wrong exchange rate in the board pack.",
                true,
            ),
            ("Delivery rider rode on the pavement to save time.", true),
            (
                "Riders are paid per drop, which rewards speed over safety.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_drawer_a_trial_monitor_and_a_minus_sign() {
        read_as(&[
            (
                "The drawer doesn't close itself and there's no alarm.",
                false,
            ),
            (
                "The monitor approved the visit report without checking the source documents.",
                true,
            ),
            ("The monitor showed the wrong reading.", false),
            ("Lab tech froze samples at -20 instead of -80.", true),
            (
                "Samples were frozen at -20 because both freezers look identical.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_head_who_signs_off() {
        read_as(&[
            (
                "The head signed off the trip without the risk assessment.",
                true,
            ),
            ("The print head failed.", false),
            (
                "Partner signed off the file review without reading the attendance notes.",
                true,
            ),
        ]);
    }

    #[test]
    fn a_junior() {
        read_as(&[
            ("Junior mixed bleach at the wrong strength.", true),
            ("Juniors have no measuring jugs for bleach.", false),
        ]);
    }

    #[test]
    fn a_bellboy() {
        read_as(&[
            ("Bellboy left luggage unattended in the lobby.", true),
            ("There is no luggage store near the lobby.", false),
        ]);
    }

    #[test]
    fn acts_of_roles_told_by_acronyms_and_what_was_not_done_to_a_thing() {
        read_as(&[
            (
                "Cleaner swept up a spill without checking what it was.",
                true,
            ),
            ("Partner accepted a client without a conflict check.", true),
            ("QA released the batch before the micro results.", true),
            (
                "The MES released the batch before the micro results.",
                false,
            ),
            (
                "The engineer signed off brakes that hadn't been tested.",
                true,
            ),
            ("Pass readers don't check expiry.", false),
            ("The PAs forgot to book the room.", true),
        ]);
    }

    #[test]
    fn the_hour_explains_nothing() {
        read_as(&[
            (
                "the on-call ignored the crash-rate alert because it was 3am",
                true,
            ),
            (
                "The on-call ignored the alert because it pages one person with no backup.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_team_named_as_its_system() {
        read_as(&[
            ("Payroll doesn't block a second final payment.", false),
            ("Payroll paid the leaver twice.", true),
        ]);
    }

    #[test]
    fn a_shelf_filler() {
        read_as(&[
            ("Shelf-filler blocked the fire exit with cages.", true),
            (
                "Deliveries arrive when the stockroom is full, so cages go in the corridor.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_barback() {
        read_as(&[
            (
                "Barback changed the gas cylinder without turning off the valve.",
                true,
            ),
            (
                "The cylinder change procedure isn't posted at the cellar.",
                false,
            ),
        ]);
    }

    #[test]
    fn an_accident_summarys_second_act_and_a_pharmacys_sign_in() {
        read_as(&[
            (
                "Employee #1 was operating the press brake and placed his hand in the point of operation to adjust the part.",
                true,
            ),
            (
                "The locum pharmacist signed the CD register for a supply he had not made.",
                true,
            ),
            (
                "The responsible pharmacist was not signed in for the morning.",
                true,
            ),
            (
                "We pushed a config change that set the pool size to 0 and nobody noticed in review.",
                true,
            ),
            (
                "Employee #1 was operating the press brake when the light curtain failed to stop it.",
                false,
            ),
            ("The driver was reversing when the camera failed.", false),
            (
                "The firewall rule was opened to any/any by a network engineer troubleshooting an issue and never closed.",
                true,
            ),
            (
                "The CD register has no column for the supplier's invoice number.",
                false,
            ),
            (
                "Nobody noticed because the dashboard does not show failed backups.",
                false,
            ),
        ]);
    }

    #[test]
    fn a_watchkeepers_reliance_and_where_a_phone_was_used() {
        read_as(&[
            (
                "The officer of the watch did not use all available means to determine the risk of collision, relying on a single radar.",
                true,
            ),
            (
                "The lookout was on the bridge wing using his mobile phone.",
                true,
            ),
            (
                "The management representative failed to call a management review in the year.",
                true,
            ),
            (
                "Collision avoidance relied on a single radar because the second was unserviceable.",
                false,
            ),
            (
                "The bridge team had no procedure requiring the second radar to be used in restricted visibility.",
                false,
            ),
        ]);
    }

    #[test]
    fn what_an_inquiry_found_and_a_fronted_phrase_without_its_comma() {
        read_as(&[
            (
                "The audit found that the document controller issued the drawing without approval signatures.",
                true,
            ),
            (
                "According to the CCTV the picker dropped the carton and put it back on the pallet.",
                true,
            ),
            (
                "The evidence suggests that the engineer copied the previous report and changed the date.",
                true,
            ),
            (
                "The audit found that the document system allows issue without approval signatures.",
                false,
            ),
            (
                "After the Christmas party the night porter let an unknown man into the residents' corridor.",
                true,
            ),
            (
                "Locum GP prescribed methotrexate daily instead of weekly.",
                true,
            ),
            (
                "The GP lookup in the patient system returns practices with similar names without the address.",
                false,
            ),
            ("A picker ate in the field without washing.", true),
            (
                "Underlying cause: the clinician's over-reliance on memory.",
                true,
            ),
            (
                "Underlying cause: the system's reliance on manual entry.",
                false,
            ),
            ("The flyman let the counterweight run.", true),
            (
                "The manager released the child to an aunt not on the collection list.",
                true,
            ),
            (
                "The collection list does not include aunts or grandparents.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_twenty_first_sessions_rounds() {
        read_as(&[
            ("The lads weren't clipped on, plain and simple.", true),
            ("The ladder wasn't tied in.", false),
            (
                "To be honest the labourer was messing about with the disc cutter.",
                true,
            ),
            (
                "The grader doesn't reject bruised fruit automatically.",
                false,
            ),
            (
                "The operator does not isolate the pump automatically before opening it.",
                true,
            ),
            (
                "It was Chloe, our junior, who sent the statement of account to the wrong client.",
                true,
            ),
            (
                "Our goldsmith hallmarked the ring at 18ct when it was 14ct.",
                true,
            ),
            ("A store hand entered the silo without a permit.", true),
            (
                "Ramesh, the night auditor, ran the end of day with a guest still checked in twice.",
                true,
            ),
            (
                "Livery client fed her horse from another client's bin.",
                true,
            ),
            (
                "The email client proposes addresses from the history without any confirmation.",
                false,
            ),
            (
                "There's no clear-desk rule at clients and no 'do not remove' tray.",
                false,
            ),
            (
                "The climber went up the mast without clipping in because it was only a short climb.",
                true,
            ),
            (
                "Staff used their own phones because it was only a small clinic with no budget for devices.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_twenty_second_sessions_rounds() {
        read_as(&[
            (
                "The operator skipped the check because it had always been fine.",
                true,
            ),
            (
                "Reconciliation analyst ignored a £40k break because it cleared itself last month.",
                true,
            ),
            (
                "The engineer used an outdated drawing because the old revision is never withdrawn.",
                false,
            ),
            (
                "The research nurse consented the patient using an outdated version of the consent form.",
                true,
            ),
            (
                "The annual audit samples 5% of items chosen by the store manager.",
                false,
            ),
            (
                "Marketing published the embargoed review early, not reading the embargo date.",
                true,
            ),
            (
                "Our repo settings allow the author to approve their own pull request.",
                false,
            ),
            (
                "We did not test the restore because there is no test environment.",
                false,
            ),
            (
                "We didn't double-check the DNS change before pushing it.",
                true,
            ),
            (
                "Packing stations handle several customers at once with boxes pre-labelled in batches.",
                false,
            ),
            ("He'd forgotten the key.", true),
            ("Reviewer LGTM'd a diff that dropped the auth check.", true),
            (
                "The registrar sends condition reports by email and the loans system doesn't link each report to its object number.",
                false,
            ),
            (
                "The conservator's decision to clean the painting without a test patch.",
                true,
            ),
            ("The analyst had read the wrong column.", true),
            (
                "Developers have read access to production and no masked copy of the database exists for debugging.",
                false,
            ),
            (
                "The pharmacist picked the 10 mg pack because it looked like the 5 mg pack.",
                false,
            ),
            (
                "NOC operator ignored the BGP flap alarm because it looked like noise.",
                true,
            ),
            (
                "No one reviewed the access list for two years because the review is not scheduled.",
                false,
            ),
            (
                "The person responsible for backups was on leave and nobody checked.",
                true,
            ),
            (
                "The welder was not qualified because the agency checks no tickets.",
                false,
            ),
            ("The welder was not qualified.", true),
            ("The internal auditor was not competent.", true),
            (
                "Performance objectives for staff don't include any security duties, so they are not prioritised.",
                false,
            ),
            (
                "First-off inspection has no cover when QC is on break.",
                false,
            ),
            (
                "cause: QC girl was on break and nobody did the first off",
                true,
            ),
        ]);
    }

    #[test]
    fn the_twentieth_sessions_rounds() {
        read_as(&[
            ("Long story short, finance paid the wrong account.", true),
            ("Finance approval is done by email with no record.", false),
            ("The duty manager held the crew past their shift end.", true),
            (
                "Commodity codes were typed from the product description, because the ERP product master held no codes.",
                false,
            ),
            ("Honestly the supervisor wasn't interested.", true),
            (
                "To be fair, the trainee panicked and pressed the wrong button.",
                true,
            ),
            ("Frankly, IT dropped the ball on the renewal.", true),
            (
                "Customer services promised a refund they weren't allowed to give.",
                true,
            ),
            (
                "The security guard followed a suspected shoplifter out of the store.",
                true,
            ),
            (
                "The CFO's EA forwarded board papers to her personal email.",
                true,
            ),
            (
                "The room leader left the babies' room understaffed during lunch.",
                true,
            ),
            (
                "The babies' room was understaffed during lunch because the rota has no cover.",
                false,
            ),
            ("The promoter oversold the event.", true),
            (
                "They didn't lock the server room because they were only popping out.",
                true,
            ),
            ("We assumed the vendor had encrypted the backups.", true),
            (
                "The sales rep didn't log the call because the CRM's call logging only works on the desktop, and reps are on mobiles.",
                false,
            ),
            (
                "Despite repeated reminders, the sales team still sends quotes from personal Gmail.",
                true,
            ),
            (
                "Despite repeated warnings, the boiler was not replaced.",
                false,
            ),
            (
                "Against the advice of IT, the director installed a browser extension.",
                true,
            ),
            (
                "The engineer hard-reset the production router instead of the lab one.",
                true,
            ),
            (
                "It wasn't a system issue, Raj simply typed the wrong account number.",
                true,
            ),
            ("It was not the operator, the valve failed.", false),
            (
                "The technician followed the procedure, which omits the step for this model.",
                false,
            ),
            ("The technician followed the wrong procedure.", true),
            (
                "Complacency is rewarded: the bonus pays on deliveries with no safety measure.",
                false,
            ),
            (
                "A culture of ignoring alarms because 90% of them are false.",
                false,
            ),
            (
                "Agents skip the verification questions because they want to hit call targets.",
                true,
            ),
            (
                "Staff keep using the old form because they're used to it.",
                true,
            ),
            (
                "Staff keep using the old form because it is still on the intranet.",
                false,
            ),
            ("The rigger slung the load with a damaged sling.", true),
            (
                "Operations didn't chase the failed settlement for a week.",
                true,
            ),
            (
                "Facilities let the cleaning contractor into the server room unescorted.",
                true,
            ),
            ("Operations stopped because the power failed.", false),
            (
                "An operator turned the metal detector off because it kept rejecting.",
                true,
            ),
            (
                "Maintenance engineer disabled the fire door closer because it was stiff.",
                true,
            ),
            (
                "The guard turned the alarm off because it sounded 40 times a night from a faulty sensor that nobody was assigned to fix.",
                false,
            ),
            (
                "The channel manager doesn't sync with the PMS when the connection drops.",
                false,
            ),
            ("Nobody told the new starter about the fire drill.", true),
            ("The bank clerk was fooled by the fake letter.", true),
            (
                "Admin override on branch protection is available to all team leads.",
                false,
            ),
            (
                "The escape room host left a group locked in during the fire alarm.",
                true,
            ),
            (
                "Being short of time, the engineer signed the report unread.",
                true,
            ),
            (
                "Park security let a guest with a knife through the gate.",
                true,
            ),
            (
                "Root cause: leavers reach payroll by email from managers, who often forget.",
                false,
            ),
            (
                "The forms reach payroll from managers, who often forget.",
                false,
            ),
            ("Leavers reach payroll by email from managers.", false),
            (
                "The nurse handed over to the doctor, who forgot to sign it.",
                true,
            ),
            (
                "When the power failed the duty electrician restarted the pumps in the wrong order.",
                true,
            ),
            (
                "When the power failed the pumps restarted in the wrong order.",
                false,
            ),
            (
                "The auditor found the lab manager had signed the calibration certificates in advance.",
                true,
            ),
            (
                "The responsible of the incoming inspection has released the lot without measure.",
                true,
            ),
            (
                "The crew missed three streets because they finished early to go home.",
                true,
            ),
            (
                "Missed bins are reported by residents online but don't reach the round sheets.",
                false,
            ),
            (
                "Limitation dates aren't diarised centrally; each fee earner keeps their own.",
                false,
            ),
            ("Every cashier shares the same till login.", false),
            ("All drivers skip the walk-round check.", true),
            (
                "No-one bothered to update the asset register after the move.",
                true,
            ),
            (
                "Typical of the warehouse lads, cutting corners again.",
                true,
            ),
            ("The booking office sold the same seat twice by hand.", true),
            (
                "Without waiting for approval, the buyer placed the order.",
                true,
            ),
            (
                "Against the advice of IT, browser extensions can still be installed by any user.",
                false,
            ),
            (
                "Against the advice of IT, the director installed a browser extension.",
                true,
            ),
            ("Root cause: the lab tech got the samples mixed up.", true),
            (
                "5 Whys -> the receiving clerk signed for a damaged pallet.",
                true,
            ),
            ("The finance team sat on the invoice for six weeks.", true),
            ("The request sat on the desk for weeks.", false),
            ("The porter mislaid the keys.", true),
            ("The cook's disregard of the allergy list.", true),
            ("The contractor's misuse of the visitor badge.", true),
            (
                "Site contact gave the engineer the wrong machine room key and he used the wrong isolator.",
                true,
            ),
            (
                "The housing system holds one contact address per case.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_nineteenth_sessions_rounds() {
        read_as(&[
            ("cause: sup OK'd rework verbally", true),
            (
                "The panel chair overruled the scores without recording why.",
                true,
            ),
            (
                "Once the audit was over, the team stopped filling in the checklist.",
                true,
            ),
            (
                "Once the audit was over, the checklist was no longer asked for by anyone.",
                false,
            ),
            ("collections agent rang the customer 9 times in a day", true),
            (
                "The project manager, knowing the supplier had no ISO certificate, signed the contract anyway.",
                true,
            ),
            (
                "Let's be honest: the manager knew about the leak and did nothing.",
                true,
            ),
            (
                "Under pressure from the customer, the account manager promised an impossible date.",
                true,
            ),
            (
                "With no second checker on nights, the nurse checked the insulin alone.",
                false,
            ),
            (
                "Without a second checker on nights, the nurse checked the insulin alone.",
                false,
            ),
            (
                "The nurse checked the insulin without a second checker.",
                true,
            ),
            (
                "The mandoline guard is missing and there is no replacement on order.",
                false,
            ),
            (
                "The CV formatter doesn't strip contact details before sending to clients.",
                false,
            ),
            (
                "On balance, the assessor appears to have copied the previous report.",
                true,
            ),
            ("root cause = me not reading the alert properly", true),
            (
                "The tool sent me the wrong file because the filter is off.",
                false,
            ),
            (
                "The investigation established that the ward sister, aware that the patient's allergy band was missing, administered the antibiotic anyway to avoid delaying the round.",
                true,
            ),
            (
                "The contractor's supervisor, knowing the scaffold had not been inspected since the storm, allowed his team onto the top lift to finish before the weekend.",
                true,
            ),
            ("Our sister company's portal does not check leavers.", false),
            (
                "Credit control wrote off the debt on a verbal promise to pay.",
                true,
            ),
            ("The credit control process has no escalation step.", false),
            (
                "The catering buyer bought chicken from an unapproved supplier because it was cheaper.",
                true,
            ),
            (
                "An OT left the patient alone in the kitchen assessment with the hob on.",
                true,
            ),
            ("The OT network allows any laptop to connect.", false),
            (
                "The tech skipped step 4. Step 4 is on the back of the sheet and the front says \"end\".",
                false,
            ),
            (
                "The clerk dismissed the flag. The duplicate flag fires on 30% of invoices, almost all false.",
                false,
            ),
            (
                "The procedure was reviewed in January. The supervisor did not follow it.",
                true,
            ),
            (
                "The engineer deleted the volume. This caused a four-hour outage.",
                true,
            ),
            (
                "The visitor climbed the barrier. The barrier is 80 cm high and the path beyond it is a shortcut to the car park.",
                false,
            ),
            ("The operator took a shortcut to save time.", true),
            ("Security guard slept during the night patrol.", true),
            (
                "Vulnerability manager marked the critical as accepted risk without an owner's sign-off.",
                true,
            ),
            ("The password manager lost the vault entries.", false),
            (
                "Stores assistant accepted a cylinder with no test date.",
                true,
            ),
            (
                "The diary checks were on paper in the office, and the manager worked most shifts on the line with no deputy to cover them.",
                false,
            ),
            (
                "The nurse miscounted the tablets as the blister strips hold 14 and the dose was 12.",
                false,
            ),
            (
                "Picker misread the location since locations use O and 0 interchangeably.",
                false,
            ),
            ("The operator skipped the check, as the others do.", true),
            (
                "The operator missed the alarm, which sounds the same as the routine cycle alarm.",
                false,
            ),
            ("IT forgot the renewal.", true),
            (
                "The magazinier give the wrong reference to production.",
                true,
            ),
            ("The driver of forklift go too fast in the alley.", true),
            (
                "On receipt of the goods, the receiver signed for 12 pallets when 10 had arrived.",
                true,
            ),
            ("Shift sup authorised rework w/o an NCR.", true),
            ("The GPS receiver lost signal under the bridge.", false),
            (
                "ODP took the patient into theatre before the WHO sign-in.",
                true,
            ),
            (
                "The risk manager raised the limit himself to let the trade through.",
                true,
            ),
            (
                "Middle office didn't reconcile the positions on Friday.",
                true,
            ),
            (
                "The back office system does not reconcile positions.",
                false,
            ),
            ("You clicked \"approve all\" without looking.", true),
            (
                "The partner signed the audit opinion before the file review.",
                true,
            ),
            (
                "The handover tool was used correctly by everyone except the night registrar, who left out the bleed.",
                true,
            ),
            (
                "Staff were briefed except the ward manager, who was on leave because no cover is rostered.",
                false,
            ),
            (
                "Even with the warning on screen, the pharmacist overrode the interaction alert.",
                true,
            ),
            (
                "Knowing the guard was off, the maintenance fitter started the conveyor.",
                true,
            ),
            (
                "In the end it was the contractor's electrician who energised the panel with a man inside.",
                true,
            ),
            (
                "Reading the logs, it was clearly the on-call SRE who dropped the table.",
                true,
            ),
            (
                "What happened was that the cashier handed the wrong change to the customer.",
                true,
            ),
            ("Truth is, Karen never sent the renewal notice.", true),
            (
                "In the end it was the panel, which can be energised with the door open because the interlock was bypassed at commissioning.",
                false,
            ),
            (
                "Linked to the forklift driver's excessive speed in the aisle.",
                true,
            ),
            ("Slinger used a damaged chain because it was nearer.", true),
            ("Churchwarden banked the collection a week late.", true),
            (
                "The DJ played the track with the uncleared sample on the breakfast show.",
                true,
            ),
            (
                "The social media scheduler lets clips be posted without legal sign-off.",
                false,
            ),
            (
                "Neither of the two nurses checked the patient's wristband before the transfusion.",
                true,
            ),
            ("None of the staff checked the wristband.", true),
            (
                "Neither of the checkers were trained because training is booked only in January.",
                false,
            ),
            (
                "5 Whys, why 5: the changeover sheet is not at the machine and the setter works from memory.",
                false,
            ),
            ("Alerts reach the engineer without a runbook.", false),
            (
                "Lifeguard on the high chair was looking at her phone.",
                true,
            ),
            ("The groom led the wrong horse into the sedation box.", true),
            (
                "Our SRE skipped the peer approval because the change looked trivial.",
                true,
            ),
        ]);
    }

    #[test]
    fn the_eighteenth_sessions_rounds() {
        read_as(&[
            (
                "He had been told to isolate the pump but went straight to the valve.",
                true,
            ),
            (
                "Staff had been told to use the new form but the old one was still on the intranet.",
                false,
            ),
            (
                "The glass collector left broken glass on the dance floor.",
                true,
            ),
            ("MLA loaded the samples in the wrong rack positions.", true),
            (
                "the intern pushed straight to main, nobody reviewed it",
                true,
            ),
            ("Nobody reviews the access list.", false),
            (
                "X-ray viewer doesn't show the patient's name and photo on screen.",
                false,
            ),
            (
                "The viewer complained that the programme was cut short.",
                true,
            ),
            (
                "Deputy head released the exam results before the embargo.",
                true,
            ),
            (
                "The event was caused by the craftsman deviating from the approved method.",
                true,
            ),
            ("The workman left the gate open.", true),
            (
                "Subcontractor's welder didn't have a valid coded ticket and welded anyway.",
                true,
            ),
            (
                "Underwriter bound the risk above his authority limit.",
                true,
            ),
            (
                "Accounts over their limit aren't flagged in the order system.",
                false,
            ),
            (
                "Customer service shared a customer's details with her ex-partner.",
                true,
            ),
            (
                "The customer service script has no verification step.",
                false,
            ),
            ("The driver gave no warning before reversing.", true),
            ("The form gave no warning before saving.", false),
            (
                "The scheduler takes times in UTC while the UI shows local time, with no label.",
                false,
            ),
            (
                "Clinical screen not done by the ward pharmacist before the chemo was made.",
                true,
            ),
            ("The label was ignored by the packer.", true),
            ("the sparky didn't isolate before opening the panel", true),
            (
                "one of the chippies left the saw running and walked off",
                true,
            ),
            ("The banksman was out of sight of the crane operator.", true),
            (
                "The fitter got called to another job and didn't come back.",
                true,
            ),
            (
                "The nurse was moved to another ward and the checks were not handed over.",
                false,
            ),
            (
                "Ops hand-edited the DNS zone and broke the MX record.",
                true,
            ),
            (
                "Customer service agent promised a next-day delivery that wasn't available.",
                true,
            ),
            (
                "The agent approved a refund that the tool does not check.",
                false,
            ),
            ("The rota breaks the minimum rest period.", false),
            ("Box office refunded the wrong card.", true),
            ("The box office system has no refund check.", false),
            (
                "Branch protection on main allows force pushes by admins.",
                false,
            ),
            (
                "The contractor was allowed on site by the supervisor.",
                true,
            ),
            ("Shift ldr signed off PM w/o doing it.", true),
            ("New starters wait two weeks for their own accounts.", false),
            ("The manager approved her own expenses.", true),
            (
                "Receiving inspector skipped sampling because the supplier is \"always good\".",
                true,
            ),
            (
                "Receiving inspector skipped sampling because the sampling plan is not in the system.",
                false,
            ),
            ("BA wrote the wrong field mapping in the spec.", true),
            (
                "He was told to isolate the pump but went straight to the valve.",
                true,
            ),
            (
                "Staff were told to use the new form but the old one was still on the intranet.",
                false,
            ),
            (
                "We looked at the tooling, the training and the procedure and found them adequate; the deviation came down to the individual.",
                true,
            ),
            ("The system logs the change but not the user.", false),
            (
                "The rota was full and breaks were given; the driver still fell asleep at the wheel.",
                true,
            ),
            (
                "The clerk clicked through the warning because it appears on every invoice, so it is always ignored.",
                false,
            ),
            (
                "It appears that the clerk clicked through the warning.",
                true,
            ),
            (
                "Worker A opened the drum with a screwdriver instead of the proper tool.",
                true,
            ),
            ("A trained operator opened the valve.", true),
            (
                "PC Hughes drove through the red light without sirens.",
                true,
            ),
            ("The PC crashed during the update.", false),
            (
                "The chef de partie used the same board for raw fish and salad.",
                true,
            ),
            (
                "Network engineer typed \"no shut\" on the wrong interface.",
                true,
            ),
            ("Concrete gang poured before the rebar inspection.", true),
            (
                "It wasn't a training issue: the operator knew the rule and broke it.",
                true,
            ),
            (
                "Rather than a tooling problem, this was the fitter choosing the wrong bolt.",
                true,
            ),
            (
                "It had nothing to do with workload; the clerk was chatting and missed the entry.",
                true,
            ),
            (
                "It was not the labels, it was the picker not reading them.",
                true,
            ),
            (
                "It was not the picker, it was two identical labels on different products.",
                false,
            ),
            (
                "It had nothing to do with attitude; the shift had three people doing the work of five.",
                false,
            ),
        ]);
    }

    #[test]
    fn reading_the_gaps_only_where_they_decide_decides_the_same() {
        let p = Phrases::builtin();
        let causes = include_str!("../../tests/corpus/causes.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split('\t').nth(1));
        let mut skipped = 0;
        for cause in causes {
            let (lazy, full) = (p.read_cause(cause), p.read_cause_fully(cause));
            assert_eq!(
                lazy.judgement().shallow,
                full.judgement().shallow,
                "{cause}"
            );
            // The corpus's causes as their own descriptions: every negated
            // passive restates one.
            assert_eq!(
                lazy.restates_event(cause),
                full.restates_event(cause),
                "{cause}"
            );
            skipped += usize::from(
                lazy.readings.iter().all(|r| r.gap.is_empty())
                    && full.readings.iter().any(|r| !r.gap.is_empty()),
            );
        }
        // The laziness is real: systemic causes were decided without their gaps.
        assert!(skipped > 100, "{skipped}");
    }

    #[test]
    fn the_twenty_fourth_sessions_rounds() {
        read_as(&[
            (
                "Went ahead because the permit system was down and nobody could issue one.",
                false,
            ),
            ("Did not have access to the system.", false),
            ("Kept in the office, not at the machine.", false),
            ("Stored together with no labels.", false),
            ("Mixed up the two patients' notes.", true),
            ("Drove off with the hose still attached.", true),
            ("Poured before the inspection.", true),
            ("The overload warning can be muted by the operator.", false),
            ("Overtightened the bolts.", true),
            ("Picked from the wrong bin.", true),
            ("Used and new filters are stored together.", false),
            ("Installed without an interlock.", false),
            ("Used the wrong sling.", true),
            ("Assumed it was isolated.", true),
            ("Took the guard off to clear a jam.", true),
            ("Didn't wait for the all-clear.", true),
            ("Went ahead without a permit.", true),
            ("Left the door open because the closer is broken.", false),
            ("Two people needed, one rostered.", false),
            ("Typed 10 not 1.", true),
            ("Left it running.", true),
            ("Signed without checking.", true),
            (
                "Attention to detail is lacking because the drawing is cluttered.",
                false,
            ),
            ("Ignored by the scanner.", false),
            ("Attention to detail lacking.", true),
            ("Rushed by the fitter to finish early.", true),
            (
                "The account manager agreed a discount the contract doesn't allow, just to close the deal.",
                true,
            ),
            (
                "Operator over-rode the alarm on the autoclave and unloaded early.",
                true,
            ),
            (
                "Anyone could make this mistake: the two options are next to each other with the same icon.",
                false,
            ),
            ("Guilty party has been identified and dealt with.", true),
            (
                "It was a case of not reading the instructions properly.",
                true,
            ),
            (
                "Store keeper issued the material without verifying the MRN.",
                true,
            ),
            ("The cleaner had unplugged the freezer.", true),
            (
                "Contractors have unrestricted admin on our servers and no change is reviewed.",
                false,
            ),
            ("Brain fade.", true),
            (
                "Domain admins use the same account for daily work because there's no password manager.",
                false,
            ),
            (
                "Admin reused his domain admin password on a SaaS tool that was breached.",
                true,
            ),
            (
                "Dr K. prescribed penicillin despite the allergy band.",
                true,
            ),
            ("One of the drivers has been fiddling his mileage.", true),
            ("He knew better.", true),
            ("Down to the design of the form.", false),
            (
                "Responsibility lies with the operator because the procedure gives no guidance.",
                false,
            ),
            ("Blame lies with the subcontractor's foreman.", true),
            ("Operator's fault.", true),
            ("Down to Dave.", true),
            (
                "The investigation determined that the driver had exceeded his hours and falsified the tachograph record.",
                true,
            ),
            (
                "Caused by me merging #4521 before the migration PR landed, sorry all.",
                true,
            ),
            (
                "It looked like carelessness, but the picker was rushing.",
                true,
            ),
            (
                "It looked like carelessness, but the label printer prints both strengths in the same font and colour.",
                false,
            ),
            (
                "The pilot's instructions were not repeated back by the helmsman.",
                true,
            ),
            ("Finger trouble.", true),
            (
                "A rushed job because the weekly target leaves no time for the Friday work.",
                false,
            ),
            ("Rushed job on a Friday afternoon.", true),
            ("One nurse skipped three checks.", true),
            (
                "Only one order picker served three aisles and was often out of service.",
                false,
            ),
            ("A single engineer supported 400 sites.", false),
            ("Only one nurse covered three wards at night.", false),
            ("The goods-in screen did not ask for a temperature.", false),
            (
                "Goods-in has one probe for three doors and it is often missing.",
                false,
            ),
            (
                "Goods-in accepted a pallet of flour with a torn bag and didn't quarantine it.",
                true,
            ),
            ("Stores issued an expired sealant tube to the hangar.", true),
            ("Lack of experience on the new press.", false),
            ("Lack of experience of the banksman.", true),
            ("Inexperience of the banksman.", true),
            (
                "A member of the team had used the RP's smartcard to access the PMR.",
                true,
            ),
            (
                "The scanner worked as designed, the label printer prints codes too small to scan.",
                false,
            ),
            (
                "The operator followed a procedure that omits the torque step.",
                false,
            ),
            (
                "The system worked as designed, the buyer keyed 1000 instead of 100.",
                true,
            ),
            (
                "No fault with the equipment was found, the operator over-tightened the fitting.",
                true,
            ),
            (
                "F1 prescribed enoxaparin at treatment dose rather than prophylactic dose.",
                true,
            ),
            ("Contractor spread slurry on frozen ground.", true),
        ]);
    }

    #[test]
    fn the_twenty_fifth_sessions_rounds() {
        read_as(&[
            ("Checkweigher override has no key or log.", false),
            ("Load lifted over the walkway.", false),
            ("Lifted without the tag line.", true),
            ("Keys are kept at the front desk with no log.", false),
            ("Picture desk used the photo without a credit.", true),
            ("Slip.", true),
            (
                "Support answered the review with the customer's order number.",
                true,
            ),
            ("No ladder ties or stabilisers supplied.", false),
            ("Carried on in the rain on the pitched roof.", true),
            ("Housekeeping has no checklist.", false),
            (
                "Housekeeping threw away the patient's hearing aids with the tray.",
                true,
            ),
            ("Only after the audit, the gap was found.", false),
            (
                "Shortly after the release, the developer force-pushed over the fix.",
                true,
            ),
            ("Believed to be caused by a faulty valve.", false),
            ("Thought someone else had done it.", true),
            ("Smoked in the loading bay.", true),
            (
                "PTO guard missing and no stop within reach of the blockage point.",
                false,
            ),
            ("Sprayed in the wind.", true),
            ("People aren't being careful enough with the labels.", true),
            (
                "The CSO has given the locker key to the wrong customer.",
                true,
            ),
            (
                "Lift controller doesn't time out of independent service.",
                false,
            ),
            ("Put in place without a risk assessment.", false),
            (
                "Read out the customer's balance to her husband on the phone.",
                true,
            ),
            ("Put everyone in the To field instead of BCC.", true),
            ("Tapped into the live main without a permit.", true),
            ("Contracts are signed without reading.", false),
            ("Paid without checking the PO.", true),
            (
                "Payment released to new bank details without calling the supplier back.",
                true,
            ),
            ("One engineer assigned the wrong priority.", true),
            (
                "Only one invigilator rostered per room with no relief.",
                false,
            ),
            (
                "The server was patched during business hours because the admin was impatient.",
                true,
            ),
            (
                "The batch was released because the QP trusted the supplier's certificate and didn't look at the data.",
                true,
            ),
            ("Signed for the task without doing it.", true),
            ("Torqued to the old value.", true),
            ("We had the wrong drawing.", false),
            ("We didn't have a process for it.", false),
            ("We didn't mop up the spill straight away.", true),
            ("We left the back door propped open for the delivery.", true),
            ("Rated 5 bar instead of 10.", false),
            ("Worked as designed.", false),
            ("Stood on the top rung of the stepladder.", true),
            (
                "Started the concrete pump before the banksman was in position.",
                true,
            ),
            ("Worked under the suspended load.", true),
            ("Dug without the CAT scan.", true),
            ("Dispensed 5 mL instead of 0.5 mL.", true),
            ("Carelessness on the night shift.", true),
            ("Twelve-hour shifts with no scheduled breaks.", false),
            ("Washed down with the line still running.", true),
            ("Merged with failing tests.", true),
            ("Pushed to prod on a Friday without telling anyone.", true),
        ]);
    }

    #[test]
    fn the_twenty_sixth_sessions_rounds() {
        read_as(&[
            (
                "Shared accounts exist, so the password has to be shared.",
                false,
            ),
            ("Used needles found in the bin.", false),
            ("Opened vials not dated.", false),
            ("Approved own expense claim.", true),
            ("Opened attachment from unknown sender.", true),
            ("Left ladder against the racking overnight.", true),
            ("Maintenance did not happen on time.", false),
            ("Security didn't search the bag.", true),
            ("Installed without an interlock.", false),
            ("Ran migration on wrong tenant.", true),
            ("Pushed hotfix without QA.", true),
            ("Pt fell, HCA left bed rails down.", true),
            (
                "Account opening screen lets ID be skipped with a reason code.",
                false,
            ),
            (
                "Staging creds were pasted in a public gist by one of our devs",
                true,
            ),
            ("Tins opened and counted by one person.", false),
            ("Security lapsed after the contract change.", false),
            ("Maintenance left the boiler panel off.", true),
            (
                "The manager worked most shifts on the line with no deputy to cover them.",
                false,
            ),
            (
                "Librarian issued the rare book to a reader with no ticket.",
                true,
            ),
        ]);
    }

    #[test]
    fn the_twenty_seventh_sessions_rounds() {
        read_as(&[
            (
                "Screeners do 45-minute stints on the X-ray, over the 20-minute limit, because of short staffing.",
                false,
            ),
            (
                "The ward sister didn't escalate the staffing shortage.",
                true,
            ),
            (
                "There was no system issue, however the coordinator booked the container to the wrong port.",
                true,
            ),
            (
                "Sample freezer left open overnight by the last person out.",
                true,
            ),
        ]);
    }

    #[test]
    fn the_twenty_eighth_sessions_rounds() {
        read_as(&[
            (
                "Water tests are logged on paper and nobody sees a missed one.",
                false,
            ),
            ("The nurse missed a dose.", true),
            ("Seasonal worker drank from the irrigation tap.", true),
            (
                "Legionella temperature checks are on a paper schedule with no sign that one has been missed.",
                false,
            ),
            ("The farrier shod the wrong horse.", true),
            (
                "The cashier at the petrol station didn't check the customer's age for the lottery ticket.",
                true,
            ),
            (
                "The route planner doesn't hold bridge heights for diversions.",
                false,
            ),
            (
                "Our team missed the alert because we were in a planning meeting.",
                true,
            ),
            (
                "In the end it was simply a case of the installer not following the manual.",
                true,
            ),
            (
                "Engineers set customer codes on site with no secure way to pass them on.",
                false,
            ),
            (
                "The wrong pallet was shipped after the loader ignored the scanner beep.",
                true,
            ),
            (
                "Goods were damaged when the driver braked hard to answer his phone.",
                true,
            ),
            (
                "The batch was contaminated after a cleaner used a dirty cloth.",
                true,
            ),
            (
                "PRB-2263: Certificate expiry emails go to a distribution list that was deleted when the team changed.",
                false,
            ),
            (
                "The altimeter is the old three-pointer type that is known to be misread.",
                false,
            ),
            ("The gauge is easy to misread.", false),
            ("PM skipped UAT because the client was chasing", true),
            (
                "The driver hours system can be overridden by any manager without a reason.",
                false,
            ),
            (
                "Stage hand walked under the lighting truss while it was being flown.",
                true,
            ),
        ]);
    }

    #[test]
    fn the_twenty_ninth_sessions_rounds() {
        read_as(&[
            (
                "The mentor left the queen excluder off the new member's hive.",
                true,
            ),
            (
                "The gallery climate controller accepts any set point without limits.",
                false,
            ),
            (
                "The author liaison emailed the wrong author about royalties.",
                true,
            ),
            ("Poor liaison between the teams.", false),
            ("The fault desk closed the fault without a test.", true),
        ]);
    }

    #[test]
    fn the_thirtieth_sessions_rounds() {
        read_as(&[
            ("The callout engineer was too slow getting to site.", true),
            (
                "Engineers were too slow because the patch is too large.",
                false,
            ),
            (
                "Data officer Leah sent the mailing to the whole list instead of the segment.",
                true,
            ),
            (
                "Staff used paper forms instead of the app because the app is down most mornings.",
                false,
            ),
            (
                "Line lead Tomasz switched off the metal detector because it kept rejecting.",
                true,
            ),
            (
                "Refunds are triggered when the courier scan says collected, not when the item arrives.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_thirty_first_sessions_rounds() {
        read_as(&[
            ("Slinger Gav used a damaged chain.", true),
            (
                "Our appointed person signed the lift plan without visiting the site.",
                true,
            ),
            (
                "The nurse used a faulty pump because the spare was never tested.",
                false,
            ),
            (
                "Kim approved the invoice without matching it to the order.",
                true,
            ),
            (
                "Invoices are approved without matching because the three-way match is switched off.",
                false,
            ),
            (
                "Dispenser Nia picked amlodipine instead of amitriptyline.",
                true,
            ),
        ]);
    }

    /// A person's name or role that starts with a letter beyond ASCII is
    /// marked by its capital when that capital takes as many bytes ("É"),
    /// and left as it is when not ("ſ" becomes "S", "ß" becomes "SS"):
    /// marking the first byte alone cut a letter in two and panicked.
    #[test]
    fn a_name_beyond_ascii_is_marked_without_cutting_a_letter() {
        read_as(&[
            ("Dr Émile forgot the form.", true),
            ("Nurse Émile skipped the check.", true),
            ("Barista Tomás used the milk past its use-by date.", true),
            ("Dr ſam forgot the form.", true),
            ("Nurse ßtraße forgot.", true),
            (
                "Senior Ñandú operators share one login because the system has one account.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_thirty_second_sessions_rounds() {
        read_as(&[
            (
                "Librarian Ines deleted the reader records of the whole branch.",
                true,
            ),
            (
                "Claims handler Leona paid the claim before the loss adjuster's report came in.",
                true,
            ),
            (
                "Exam officer Rhona opened the maths paper a day early.",
                true,
            ),
            ("Loader Jamal stack parcel too high on the cage.", true),
            (
                "The nightly job deleted the old log files before the backup ran.",
                false,
            ),
            (
                "Claims are paid before the adjuster's report arrives because the system allows it.",
                false,
            ),
            (
                "The shift log accepts any supervisor's signature without a login.",
                false,
            ),
            (
                "The operator logs the readings without checking them.",
                true,
            ),
            ("Lasher Pavel stood under the suspended load.", true),
            (
                "No barrier stops people walking under suspended loads.",
                false,
            ),
        ]);
    }

    #[test]
    fn the_thirty_third_sessions_rounds() {
        read_as(&[
            (
                "The on-call team runs deletes from a shared shell where production and staging differ only by an environment variable.",
                false,
            ),
            (
                "The nurse picked the vial from a drawer where both strengths sit side by side.",
                false,
            ),
            (
                "The operator worked in an area where he was not authorised.",
                true,
            ),
            (
                "Bucket policies are set by hand in the console and are not checked against any policy as code.",
                false,
            ),
            ("The fitter worked against the site rules.", true),
            (
                "The night supervisor was too lax with call wrap-up times.",
                true,
            ),
            ("The excavator operator undercut the face.", true),
            (
                "Recklessness by the loading shovel driver, who drove over the haul road edge.",
                true,
            ),
            (
                "The form is signed by the nurse, who checked nothing.",
                false,
            ),
            (
                "The camera reject alarm sounds for every misread, so it sounds dozens of times a shift for nothing.",
                false,
            ),
            ("The picker made a misread of the label.", true),
            (
                "A liftie did not lower the safety bar for the passengers before the chair left the station.",
                true,
            ),
        ]);
    }
}

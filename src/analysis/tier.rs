//! The strength of a corrective action, as the hierarchy of controls ranks
//! it (SPEC §5): eliminate > design > process > detect > people >
//! correction. R002 fires when no action of a record reaches `detect`.
//!
//! An action is ranked by what it does, not by the nouns it mentions:
//!
//! 1. The word classes of `phrases.txt` are found in one pass of the
//!    longest-match automaton (`lexicon.rs`).
//! 2. The action is split into clauses that could each be an action ("revise
//!    the procedure, and redo the analysis"); the strongest clause counts.
//! 3. In a clause, the governing word is the first action word in a verb's
//!    place (first, after an auxiliary or a subject, or a participle), or a
//!    message or training named as the subject ("lock screen reminder
//!    added"). A light verb ("carry out") governs through its object.
//! 4. Its object is the head of the noun phrase after it, else the last
//!    one before it (a passive).
//! 5. `table` gives the tier of the verb class against the object class:
//!    remind anything is people-tier, fix anything a correction, change a
//!    document a process change, change a tool a design change.
//! 6. Modifiers (`tier/modifiers.rs`, in a fixed order) adjust it: a check
//!    that runs by itself or through a tool detects, one done weekly by hand
//!    is people-tier however often it runs; fixing every instance through a
//!    tool eliminates; a document updated only "to stress" a rule is
//!    people-tier; "so that it cannot" eliminates; a change made "to alert"
//!    an owner detects.
//!
//! Each step can be traced (`ncreg explain R002 --text`), and the words
//! that decided are kept for the message and for people reading the
//! register.

use std::ops::Range;

use serde::Serialize;

use super::Phrases;
use super::lexicon::{Class, Hit};
use super::text::{Text, Token};
use modifiers::{Governed, MODIFIERS, names_a_time};

mod modifiers;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Correction,
    People,
    Detect,
    Process,
    Design,
    Eliminate,
}

impl Tier {
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Correction => "correction",
            Tier::People => "people",
            Tier::Detect => "detect",
            Tier::Process => "process",
            Tier::Design => "design",
            Tier::Eliminate => "eliminate",
        }
    }

    /// Whether an action of this tier removes or catches the cause (R002).
    pub fn corrects(self) -> bool {
        self >= Tier::Detect
    }
}

/// An action's tier and the words that decided it. `tier` is `None` when
/// nothing in the text says what kind of action it is: R002 then gives it
/// the benefit of the doubt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub tier: Option<Tier>,
    pub words: Vec<String>,
    /// Where those words are in the action, as byte ranges.
    pub spans: Vec<Range<usize>>,
    /// How it was read, a line a step (`ncreg explain R002 --text`).
    pub trace: Vec<String>,
}

/// What an action does to its object: the class of the word that governs it.
const HEADS: [Class; 13] = [
    Class::Exhort,
    Class::Train,
    Class::Attest,
    Class::Care,
    Class::Prevent,
    Class::Alert,
    Class::Assign,
    Class::Resource,
    Class::Check,
    Class::Send,
    Class::Fix,
    Class::Change,
    Class::Create,
];

/// What it acts on, most telling first when a word has several classes.
const OBJECTS: [Class; 11] = [
    Class::Hazard,
    Class::Control,
    Class::Document,
    Class::Owner,
    Class::People,
    Class::Means,
    Class::Exhort,
    Class::Train,
    Class::Check,
    Class::Alert,
    Class::Item,
];

/// The object of an action, as the table's columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Object {
    People,
    Message,
    Document,
    Control,
    Owner,
    Means,
    Instance,
    Check,
    Alert,
    Hazard,
    Other,
}

impl Object {
    fn of(class: Class, definite: bool) -> Object {
        match class {
            Class::People => Object::People,
            Class::Exhort | Class::Train | Class::Attest | Class::Care => Object::Message,
            Class::Document => Object::Document,
            Class::Control => Object::Control,
            Class::Owner => Object::Owner,
            Class::Means => Object::Means,
            Class::Check => Object::Check,
            Class::Alert => Object::Alert,
            Class::Hazard => Object::Hazard,
            Class::Item if definite => Object::Instance,
            _ => Object::Other,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Object::People => "people",
            Object::Message => "a message or training",
            Object::Document => "a document",
            Object::Control => "a tool, form or setting",
            Object::Owner => "an owner or role",
            Object::Means => "resources",
            Object::Instance => "the instance at hand",
            Object::Check => "a check",
            Object::Alert => "an alert",
            Object::Hazard => "a way round a control",
            Object::Other => "something else",
        }
    }
}

/// The hierarchy of controls as a table: the governing verb's class against
/// its object's class. Modifiers then adjust it (`adjust`).
fn table(verb: Class, object: Object) -> Tier {
    use Object as O;
    use Tier as T;
    match verb {
        // Asking people to do better is people-tier, whatever it is about.
        Class::Exhort | Class::Train | Class::Attest | Class::Care => T::People,
        // A check someone has to remember; a tool doing it detects.
        Class::Check => match object {
            O::Control | O::Alert => T::Detect,
            _ => T::People,
        },
        // Removing a way round a control removes the hazard: "remove the
        // reception override". Any other fix mends this instance.
        Class::Fix => match object {
            O::Hazard => T::Eliminate,
            _ => T::Correction,
        },
        Class::Prevent => T::Eliminate,
        Class::Alert => match object {
            O::People | O::Message => T::People,
            _ => T::Detect,
        },
        Class::Assign => match object {
            O::Instance => T::Correction,
            _ => T::Process,
        },
        Class::Resource => match object {
            O::Control => T::Design,
            _ => T::Process,
        },
        Class::Send => match object {
            O::Instance => T::Correction,
            O::Alert => T::Detect,
            O::Control | O::Owner | O::Means => T::Process,
            _ => T::People,
        },
        // Changing or creating: the object decides.
        _ => match object {
            O::Message => T::People,
            O::Instance => T::Correction,
            // A workaround put in place stands in for a fix ("implement a
            // workaround until the vendor patches"); one narrowed is a design
            // change ("restrict the override to supervisors").
            O::Hazard if verb == Class::Create => T::Correction,
            O::Control | O::Hazard => T::Design,
            O::Alert => T::Detect,
            O::People | O::Document | O::Owner | O::Means | O::Check | O::Other => T::Process,
        },
    }
}

/// Words that stand between a subject and its verb, or before an imperative.
const AUXILIARY: &[&str] = &[
    "to",
    "will",
    "shall",
    "must",
    "should",
    "would",
    "can",
    "could",
    "may",
    "might",
    "be",
    "been",
    "being",
    "was",
    "were",
    "is",
    "are",
    "am",
    "has",
    "have",
    "had",
    "get",
    "got",
    "need",
    "needs",
    "please",
    "also",
    "then",
    "now",
    "and",
    "or",
    "not",
    "we",
    "i",
    "they",
    "he",
    "she",
    "it",
    "immediately",
    "all",
    "further",
    "ensure",
    "you",
];

/// Verbs that switch on what a tool does.
const ENABLING: &[&str] = &[
    "enable",
    "enabled",
    "enables",
    "activate",
    "activated",
    "activates",
    "configure",
    "configured",
    "configures",
    "turn on",
    "turned on",
    "turns on",
    "switch on",
    "switched on",
    "switches on",
];

/// Prepositions that introduce the means of a check.
const MEANS: &[&str] = &["in", "via", "through", "using", "with", "by", "from"];

/// Words that end the noun phrase after a verb.
const NP_END: &[&str] = &[
    "to", "for", "of", "on", "in", "with", "by", "from", "into", "at", "so", "that", "which",
    "who", "when", "where", "and", "or", "but", "because", "before", "after", "per", "via",
    "through", "across", "within", "about", "against", "as", "if", "until", "than", "while",
    "once", "unless",
];

struct Reading {
    tier: Tier,
    /// Tokens of the words that decided it.
    words: Vec<Range<usize>>,
    trace: Vec<String>,
}

impl Reading {
    /// A reading decided by the words `said` alone, for `why` (a plan read
    /// whole, without the verb-object table).
    fn said(text: &Text, said: Range<usize>, tier: Tier, why: &str, traced: bool) -> Reading {
        let mut trace = Vec::new();
        if traced {
            trace.push(format!(
                "\"{}\": {why} = {}",
                text.norm_of(said.clone()).1,
                tier.as_str()
            ));
        }
        Reading {
            tier,
            words: vec![said],
            trace,
        }
    }
}

impl Phrases {
    /// Ranks one corrective action.
    pub fn rank(&self, action: &str) -> Ranked {
        self.ranked(action, false)
    }

    /// `rank` with the trace of how it read the action.
    pub fn explain_action(&self, action: &str) -> Ranked {
        self.ranked(action, true)
    }

    fn ranked(&self, action: &str, traced: bool) -> Ranked {
        let text = Text::new(action);
        let mut hits = self.words.scan(&text);
        let declined = turned_down(&text);
        let fields = form_fields(&text);
        let labels = quoted(&text);
        hits.retain(|h| {
            !names_command(&text, h)
                && !declined.iter().any(|d| d.contains(&h.tokens.start))
                && !fields.iter().any(|f| f.contains(&h.tokens.start))
                && !labels.iter().any(|q| q.contains(&h.tokens.start))
        });
        let mut best: Option<Reading> = None;
        let mut trace = Vec::new();
        let segments = segments(&text, &hits);
        for (n, segment) in segments.iter().enumerate() {
            let clause = &hits[segment.clone()];
            let start = clause.first().map_or(0, |h| h.tokens.start);
            let mut end = segments
                .get(n + 1)
                .map_or(text.tokens.len(), |next| hits[next.start].tokens.start);
            // A clause ends at its sentence's end.
            if let Some(stop) = text.tokens[start..end].iter().position(sentence_end) {
                end = start + stop;
            }
            while end > start
                && (!text.tokens[end - 1].is_word()
                    || matches!(text.tokens[end - 1].norm.as_str(), "and" | "then"))
            {
                end -= 1;
            }
            if traced && segments.len() > 1 {
                trace.push(format!("clause: \"{}\"", text.norm_of(start..end).1));
            }
            if not_taken(&text.tokens, start..end) {
                if traced {
                    trace.push("  not taken: it says it was not possible".to_string());
                }
                continue;
            }
            // (A thing's standing change no word list reads: "and a guard
            // now covers that side of the conveyor".)
            let Some(reading) = (match read(&text, clause, traced) {
                Some(r) if r.tier >= Tier::Detect => Some(r),
                weak => standing_change(&text, &hits, start..end, traced)
                    .or_else(|| tool_under_a_label(&text, &hits, start..end, traced))
                    .or_else(|| a_tool_holds_out(&text, &hits, start..end, traced))
                    .or_else(|| a_tool_refuses(&text, &hits, start..end, traced))
                    .or_else(|| picked_from_a_tool(&text, &hits, start..end, traced))
                    .or_else(|| no_this_no_that(&text, start..end, traced))
                    .or_else(|| a_tool_checks_it(&text, &hits, start..end, traced))
                    .or_else(|| a_tool_records(&text, &hits, start..end, traced))
                    .or_else(|| waits_for_another_step(&text, &hits, start..end, traced))
                    .or(weak),
            }) else {
                continue;
            };
            // ("Use scaffold tags on all contracts, checked at the weekly
            // site inspection": a participle opening a clause after a comma
            // says how the thing before it is kept, and a weak reading of
            // it says nothing of the plan.)
            if n > 0 && reading.tier < Tier::Detect && describes_before(&text, start) {
                if traced {
                    trace.push("  only says how the thing before it is kept".to_string());
                }
                continue;
            }
            trace.extend(reading.trace.iter().map(|l| {
                if segments.len() > 1 {
                    format!("  {l}")
                } else {
                    l.clone()
                }
            }));
            if best.as_ref().is_none_or(|b| reading.tier > b.tier) {
                best = Some(reading);
            }
        }
        let best = best.or_else(|| {
            let promised = promise(&text, &hits, traced)
                .or_else(|| after_the_fact(&text, traced))
                .or_else(|| the_right_one(&text, traced))
                .or_else(|| one_off(&text, traced))?;
            trace.extend(promised.trace.iter().cloned());
            Some(promised)
        });
        // A plan with a clause whose verb no list knows may be stronger
        // than what the lists read in it ("Download tachograph data for
        // every agency driver ... and check remaining hours"): below the
        // detect tier, it gets the benefit of the doubt, as a plan no word
        // reads does.
        // (Looked for only then: most plans read at the detect tier or above.)
        let unknown = best
            .as_ref()
            .filter(|b| b.tier < Tier::Detect)
            .and_then(|_| unknown_opening(&text, &hits));
        let best = match unknown {
            Some(p) => {
                if traced {
                    trace.push(format!(
                        "\"{}\" opens a clause, and no list knows it",
                        text.tokens[p].norm
                    ));
                }
                None
            }
            None => best,
        };
        // ("Test done.": no verb to doubt, only a thing done once; nor in
        // "To be addressed in the next upgrade", only a thing put off.)
        let best = best.or_else(|| {
            let done = done_alone(&text, traced).or_else(|| {
                let at = put_off(&text.tokens)?;
                Some(Reading::said(
                    &text,
                    at,
                    Tier::People,
                    "put off, or nothing done",
                    traced,
                ))
            })?;
            trace.extend(done.trace.iter().cloned());
            Some(done)
        });
        let Some(best) = best else {
            if traced {
                trace.push("no word says what kind of action it is".to_string());
            }
            return Ranked {
                tier: None,
                words: Vec::new(),
                spans: Vec::new(),
                trace,
            };
        };
        let spans: Vec<Range<usize>> = best.words.iter().map(|r| text.span(r.clone())).collect();
        Ranked {
            tier: Some(best.tier),
            words: spans
                .iter()
                .map(|r| action[r.clone()].to_lowercase())
                .collect(),
            spans,
            trace,
        }
    }
}

/// Where a clause opens with a verb no list knows, in the imperative,
/// before its object's determiner or number: "Download the tachograph
/// data", "double-score 10% of calls" (not "Port 22 closed").
fn unknown_opening(text: &Text, hits: &[Hit]) -> Option<usize> {
    let t = &text.tokens;
    // (Or a bare noun, when the clause goes on through a tool: "Book cranes
    // through the plant booking app"; not people bound "to" do something,
    // "finance team to ...".)
    // (Nor a noun phrase with a verb or people of its own: "serial number
    // corrected in the system", "control room staff to attend".)
    let through_a_tool = |n: usize| {
        plain_noun(&t[n])
            && (n + 1..t.len())
                .take_while(|&k| !sentence_end(&t[k]))
                .take(6)
                .find(|&k| {
                    matches!(
                        t[k].norm.as_str(),
                        "through" | "via" | "using" | "in" | "into" | "on" | "at"
                    )
                })
                .is_some_and(|k| {
                    !hits.iter().any(|h| {
                        (n..k).contains(&h.tokens.start)
                            && (h.classes.has(Class::People)
                                || h.classes.first_of(&HEADS).is_some())
                    }) && tool_after(hits, k)
                })
    };
    // (Nor one that only gets hold of someone, or of one person's thing:
    // "call the owner", "ring the patient's family", "comp the guest's
    // stay".)
    let reaches_someone = |n: usize| {
        let rest = t[n..]
            .iter()
            .position(|w| sentence_end(w) || matches!(w.norm.as_str(), "and" | ","))
            .map_or(t.len(), |k| n + k);
        let person = |k: usize| {
            hits.iter().any(|h| {
                h.tokens.contains(&k)
                    && (h.classes.has(Class::People) || h.classes.has(Class::Owner))
            })
        };
        let theirs = |k: usize| {
            (k.saturating_sub(2)..k).any(|p| p >= n && t[p].norm == "'s") && plain_noun(&t[k])
        };
        (n..rest).any(person)
            && (n..rest).all(|k| {
                person(k)
                    || theirs(k)
                    || is_determiner(&t[k])
                    || t[k].norm == "'s"
                    || t[k].norm == "back"
            })
    };
    (0..t.len()).find(|&p| {
        let w = &t[p];
        text.opens_clause(p)
            && w.is_word()
            && !w.acronym
            && w.norm.len() >= 3
            && !w.is_past()
            && !w.is_ing_form()
            && !w.s_form()
            && !w.norm.ends_with("ly")
            && !hits.iter().any(|h| h.tokens.contains(&p))
            && !AUXILIARY.contains(&w.norm.as_str())
            && !is_determiner(w)
            && t.get(p + 1).is_some_and(|n| {
                is_determiner(n)
                    || matches!(
                        n.norm.as_str(),
                        "all" | "each" | "every" | "current" | "new" | "latest"
                    )
                    || n.norm.starts_with(|c: char| c.is_ascii_digit())
                        && t.get(p + 2).is_none_or(|a| !a.is_past())
                    || through_a_tool(p + 1)
                    // (Or one thing put in place of another: "use LEI search
                    // instead of the drop-down".)
                    || to_sentence_end(&t[p + 1..])
                        .windows(2)
                        .any(|w| w[0].norm == "instead" && w[1].norm == "of")
            })
            && !reaches_someone(p + 1)
            // (Nor one whose words tell or train people: "launch a discharge
            // awareness campaign on the wards".)
            && !hits.iter().any(|h| {
                h.tokens.start > p
                    && matches!(
                        h.classes.first_of(&HEADS),
                        Some(Class::Exhort | Class::Train)
                    )
                    && !t[p..h.tokens.start].iter().any(|w| {
                        sentence_end(w) || matches!(w.norm.as_str(), "," | "and" | "which" | "that")
                    })
            })
            // (Not what someone is told or bound "to" do, with "and": "please
            // remember to run npm install and commit the lockfile", "operator
            // to do the daily checks and hand the card to the supervisor".)
            && !(p > 0
                && t[p - 1].norm == "and"
                && t[..p]
                    .iter()
                    .rev()
                    .take_while(|w| !sentence_end(w))
                    .any(|w| w.norm == "to"))
    })
}

/// Whether a clause opens, right after a comma, with a participle and no
/// subject of its own: ", checked at the weekly site inspection".
fn describes_before(text: &Text, start: usize) -> bool {
    start > 0 && text.tokens[start - 1].norm == "," && text.tokens[start].is_past()
}

/// "A confirmation sheet that each sentry signs", "on-board weighing that
/// warns the driver": a word in "-s" that a relative clause opens with, or
/// that follows people in one, is its verb, neither an object nor a
/// message.
fn peoples_own_verb(text: &Text, hits: &[Hit], h: &Hit) -> bool {
    let relative = |t: &Token| matches!(t.norm.as_str(), "that" | "which" | "who");
    text.tokens[h.tokens.start].s_form()
        && (h.tokens.start > 0 && relative(&text.tokens[h.tokens.start - 1])
            || after_people_in(text, hits, h, 2, relative))
        || in_a_condition(text, hits, h)
}

/// "A prompt when the same customer buys again": a word in "-s" after
/// people in a clause of when or if is what they do, not an action.
fn in_a_condition(text: &Text, hits: &[Hit], h: &Hit) -> bool {
    text.tokens[h.tokens.start].s_form()
        && after_people_in(text, hits, h, 3, |t| {
            matches!(t.norm.as_str(), "when" | "whenever" | "if" | "once")
        })
}

/// "Clear-outs only in rooms the registrar has signed off": a verb after
/// people and "has", where a noun comes right before them, is what they did
/// in a clause that says which one, not the action.
fn in_a_bare_relative(text: &Text, hits: &[Hit], h: &Hit) -> bool {
    let t = &text.tokens;
    h.tokens.start >= 2
        && matches!(t[h.tokens.start - 1].norm.as_str(), "has" | "have" | "had")
        && hits.iter().any(|p| {
            p.tokens.end == h.tokens.start - 1
                && p.classes.has(Class::People)
                && p.tokens.start >= 2
                && matches!(t[p.tokens.start - 1].norm.as_str(), "the" | "a" | "an")
                && plain_noun(&t[p.tokens.start - 2])
                && !hits
                    .iter()
                    .any(|o| o.tokens.contains(&(p.tokens.start - 2)))
        })
}

/// Whether people stand right before `h`, with an opening word among the
/// `reach` words before them.
fn after_people_in(
    text: &Text,
    hits: &[Hit],
    h: &Hit,
    reach: usize,
    opens: impl Fn(&Token) -> bool,
) -> bool {
    hits.iter().any(|p| {
        p.tokens.end == h.tokens.start
            && p.classes.has(Class::People)
            && text.tokens[p.tokens.start.saturating_sub(reach)..p.tokens.start]
                .iter()
                .any(&opens)
    })
}

/// "PCA: quarantine cage with lock": under an action's label, a clause with
/// no verb that names a tool puts the tool in place.
fn tool_under_a_label(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let tokens = &text.tokens;
    // (A text of no words has no label: `clause.start` is past its end.)
    let label = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "pca" | "ca" | "capa" | "action" | "countermeasure" | "fix" | "prevention"
            )
        }) && tokens.get(k + 1).is_some_and(|t| t.norm == ":")
    };
    // (The label may open the clause, or end the one before.)
    let from = if label(clause.start) {
        clause.start + 2
    } else if clause.start >= 2 && label(clause.start - 2) {
        clause.start
    } else {
        return None;
    };
    let tool = hits
        .iter()
        .find(|h| (from..clause.end).contains(&h.tokens.start) && is_tool(h))?;
    // (No verb up to a comma: "PCA: operator retrained", "Action: licence
    // renewed" have one; "..., keys held by QA" only says how it is kept.)
    let to = tokens[from..clause.end]
        .iter()
        .position(|t| t.norm == ",")
        .map_or(clause.end, |p| from + p);
    // (An "-ing" word after a preposition is a noun: "at packing".)
    let verb = |k: usize| {
        let t = &tokens[k];
        t.is_past()
            || AUXILIARY.contains(&t.norm.as_str())
            || t.is_ing_form()
                && !matches!(
                    tokens[k - 1].norm.as_str(),
                    "at" | "in" | "on" | "for" | "before" | "after"
                )
    };
    let verbless = tool.tokens.start < to
        && !(from..to).any(verb)
        && hits
            .iter()
            .filter(|h| (from..tool.tokens.start).contains(&h.tokens.start))
            .all(|h| h.classes.first_of(&HEADS).is_none());
    verbless.then(|| {
        Reading::said(
            text,
            tool.tokens.clone(),
            Tier::Design,
            "a tool named under the action's label",
            traced,
        )
    })
}

/// "The DCS won't start the pump until purge time is met": a tool that will
/// not go on until, unless or without something is a gate, whatever the
/// verb ("nurses will not close the chart without a check" is a promise).
fn a_tool_holds_out(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    // (Its subject may stand before the clause's first known word: "lane
    // can't clear the next pax until it's entered".)
    let clause = with_words_before(t, clause);
    let not = (clause.start + 2..clause.end).find(|&k| {
        t[k].norm == "not" && matches!(t[k - 1].norm.as_str(), "will" | "does" | "do" | "can")
    })?;
    // (Or a thing no list knows as a tool, with no people named: "the box
    // label won't print without it".)
    let people = hits.iter().any(|h| {
        h.tokens.start < not && h.tokens.end > clause.start && h.classes.has(Class::People)
    });
    let subject = match hits.iter().find(|h| h.tokens.end == not - 1 && is_tool(h)) {
        Some(tool) => tool.tokens.start,
        None if !people && plain_noun(&t[not - 2]) => not - 2,
        None => return None,
    };
    let then = &t[not + 1..clause.end.min(not + 9)];
    // (Or "with" what is still to be done: "the van can't book out with
    // items missing".)
    let with_undone = then.iter().position(|w| w.norm == "with").is_some_and(|k| {
        then[k + 1..].iter().take(3).any(|w| {
            matches!(
                w.norm.as_str(),
                "missing" | "outstanding" | "open" | "unsigned" | "incomplete" | "failing"
            )
        })
    });
    let waits = with_undone
        || then
            .iter()
            .any(|w| matches!(w.norm.as_str(), "until" | "unless" | "without"));
    waits.then(|| {
        Reading::said(
            text,
            subject..not + 2,
            Tier::Design,
            "a tool that holds out",
            traced,
        )
    })
}

/// "The booking form only offers approved firms", "restore tooling refuses
/// a snapshot whose tag differs": a tool that, in the present tense, holds
/// something back is a block, whatever it holds back.
fn a_tool_refuses(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    // The verb, and where its subject ends ("only" may stand between).
    let prevents = hits
        .iter()
        .find(|h| {
            clause.contains(&h.tokens.start)
                && h.classes.has(Class::Prevent)
                // (Or in the negative: "supplier system won't allow
                // earlier slots".)
                && (h.tokens.clone().any(|k| t[k].s_form())
                    || matches!(t[h.tokens.start].norm.as_str(), "will" | "does" | "cannot"))
        })
        .map(|h| {
            let only = h.tokens.start > 0 && t[h.tokens.start - 1].norm == "only";
            (h.tokens.start - usize::from(only), h.tokens.end)
        });
    // (Or any verb that goes on only on a condition: "entry gates open only
    // on a valid scan", "the cabinet only opens with a badge".)
    let on_condition = || {
        let condition = |k: usize| {
            t.get(k).is_some_and(|w| {
                matches!(
                    w.norm.as_str(),
                    "on" | "with" | "when" | "if" | "after" | "once"
                )
            })
        };
        let present = |w: &Token| w.is_word() && !w.is_past() && !w.is_ing_form();
        (clause.start + 1..clause.end).find_map(|k| {
            if t[k].norm != "only" {
                return None;
            }
            if present(&t[k - 1]) && condition(k + 1) {
                Some((k - 1, k + 1))
            } else if t.get(k + 1).is_some_and(present) && condition(k + 2) {
                Some((k, k + 2))
            } else {
                None
            }
        })
    };
    // (Or holds something back until then: "LIMS holds result reporting
    // until the calibration check is entered".)
    let holds_until = || {
        (clause.start..clause.end).find_map(|k| {
            let holds = t[k].s_form()
                && matches!(
                    t[k].lemma(),
                    "hold" | "block" | "lock" | "freez" | "suspend" | "withhold"
                );
            let until = t[k + 1..clause.end.min(k + 7)]
                .iter()
                .any(|w| w.norm == "until");
            (holds && until).then_some((k, k + 1))
        })
    };
    let (at, end) = prevents.or_else(on_condition).or_else(holds_until)?;
    let tool = hits.iter().find(|h| h.tokens.end == at && is_tool(h))?;
    let people = hits.iter().any(|h| {
        h.tokens.start < tool.tokens.start
            && h.tokens.end > clause.start
            && h.classes.has(Class::People)
    });
    (!people).then(|| {
        Reading::said(
            text,
            tool.tokens.start..end,
            Tier::Design,
            "a tool that holds something back",
            traced,
        )
    })
}

/// "Certificate signing done on a tablet that records GPS location and a
/// photo": a tool that records what happened, each time, keeps the evidence
/// no one has to remember to keep.
fn a_tool_records(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    // (Or prompts for it: "the line tablet prompts at each interval".)
    let verb = |k: usize| {
        matches!(
            t[k].norm.as_str(),
            "records" | "logs" | "captures" | "timestamps" | "photographs" | "stamps" | "prompts"
        )
    };
    // (Said of the tool itself, too: "the tablet logs each check".)
    let said_of_tool = |k: usize| {
        hits.iter()
            .find(|h| h.tokens.end == k && is_tool(h))
            .map(|h| h.tokens.start)
    };
    let records = (clause.start + 1..clause.end).find(|&k| {
        verb(k) && (matches!(t[k - 1].norm.as_str(), "that" | "which") || said_of_tool(k).is_some())
    })?;
    let tool = said_of_tool(records)
        .or_else(|| {
            hits.iter()
                .find(|h| h.tokens.end + 1 == records && is_tool(h))
                .map(|h| h.tokens.start)
        })
        // (Or a thing no list knows: "a tablet that records"; not people:
        // "the nurse who records".)
        .or_else(|| {
            let people = hits
                .iter()
                .any(|h| h.tokens.end + 1 == records && h.classes.has(Class::People));
            (records >= 2 && plain_noun(&t[records - 2]) && !people).then_some(records - 2)
        })?;
    Some(Reading::said(
        text,
        tool..records + 1,
        Tier::Detect,
        "a tool that records it each time",
        traced,
    ))
}

/// "Data folders named from the job number, which the upload tool checks
/// against the client's site": what a tool checks, blocks or flags in a
/// relative clause, it does each time.
fn a_tool_checks_it(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    let tool = hits.iter().find(|h| {
        clause.contains(&h.tokens.start)
            && is_tool(h)
            && t[..h.tokens.start]
                .iter()
                .rev()
                .take(3)
                .take_while(|w| w.is_word())
                .any(|w| matches!(w.norm.as_str(), "which" | "that"))
    })?;
    let verb = hits.iter().find(|h| {
        h.tokens.start == tool.tokens.end
            && checks_alerts_or_blocks(h)
            && t[h.tokens.start].s_form()
    })?;
    Some(Reading::said(
        text,
        tool.tokens.start..verb.tokens.end,
        Tier::Detect,
        "a tool checks it each time",
        traced,
    ))
}

/// "No push, no reset", "no coder, no run": the one step cannot happen
/// without the other, however it is kept.
fn no_this_no_that(text: &Text, clause: Range<usize>, traced: bool) -> Option<Reading> {
    let t = &text.tokens;
    let clause = with_words_before(t, clause);
    let word = |k: usize| t.get(k).map_or("", |w| w.norm.as_str());
    (clause.start..clause.end).find_map(|k| {
        if word(k) != "no" {
            return None;
        }
        // (One or two words each side: "no signed permit, no entry".)
        let comma = (k + 2..k + 4).find(|&j| word(j) == ",")?;
        let named = t[k + 1..comma].iter().all(Token::is_word);
        let then = word(comma + 1) == "no" && t.get(comma + 2).is_some_and(Token::is_word);
        (named && then).then(|| {
            Reading::said(
                text,
                k..comma + 3,
                Tier::Design,
                "one step cannot happen without the other",
                traced,
            )
        })
    })
}

/// "Languages picked from a coded list on the booking form": what is picked
/// from a tool's list can only be one of its entries.
fn picked_from_a_tool(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    let clause = with_words_before(t, clause);
    let picked = (clause.start..clause.end.saturating_sub(1)).find(|&k| {
        matches!(t[k].norm.as_str(), "picked" | "selected" | "chosen") && t[k + 1].norm == "from"
    })?;
    let list = hits
        .iter()
        .find(|h| (picked + 2..picked + 6).contains(&h.tokens.start) && is_tool(h))?;
    Some(Reading::said(
        text,
        picked..list.tokens.end,
        Tier::Design,
        "picked from a tool's list",
        traced,
    ))
}

/// "Batch can't be released without a result", "orders can't be shipped
/// until paid", "packaging can't be scheduled before it": what cannot be
/// done without, until or before another thing is a step the next one waits
/// for, whoever keeps it ("can't be completed until Monday" only says when).
fn waits_for_another_step(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    // (Its words may stand before the clause's first known word.)
    let clause = with_words_before(t, clause);
    // (Or what is only done once another thing is: "lenses only released
    // once teaching is signed".)
    if let Some(only) = (clause.start + 1..clause.end.saturating_sub(3)).find(|&k| {
        t[k].norm == "only"
            && t[k + 1].is_past()
            && matches!(t[k + 2].norm.as_str(), "once" | "after" | "when")
            && !names_a_time(&t[k + 3].norm)
            // (Not a rule people are told of: "staff told the kit is only
            // issued after training"; nor what a lock brings about, "so
            // the key is only released when the slide is locked".)
            && !t[..k].iter().any(|w| w.norm == "so")
            && !hits
                .iter()
                .any(|h| h.tokens.end <= k && h.classes.has(Class::Exhort))
    }) {
        return Some(Reading::said(
            text,
            only..only + 3,
            Tier::Process,
            "a step the next one waits for",
            traced,
        ));
    }
    let can = (clause.start + 1..clause.end.saturating_sub(3)).find(|&k| {
        t[k].norm == "can" && t[k + 1].norm == "not" && t[k + 2].norm == "be" && t[k + 3].is_past()
    })?;
    let then = &t[can + 4..clause.end.min(can + 8)];
    let waits = then
        .iter()
        .position(|w| matches!(w.norm.as_str(), "without" | "until" | "before"))?;
    let when = then.get(waits + 1).is_some_and(|w| names_a_time(&w.norm));
    (!when).then(|| {
        Reading::said(
            text,
            can..can + 4,
            Tier::Process,
            "a step the next one waits for",
            traced,
        )
    })
}

/// A clause's range taken back over the words before its first known word,
/// to the last mark: its subject may stand there.
fn with_words_before(t: &[Token], clause: Range<usize>) -> Range<usize> {
    let start = (0..clause.start)
        .rev()
        .take_while(|&k| t[k].is_word())
        .last()
        .unwrap_or(clause.start);
    start..clause.end
}

/// "A guard now covers that side of the conveyor", "the lab now sits on its
/// own VLAN": a thing, not people, that "now" does something in the present
/// tense tells how the work is set up from here on, whatever the verb. (Not
/// what a document says to people: "the SOP now reminds staff".)
fn standing_change(
    text: &Text,
    hits: &[Hit],
    clause: Range<usize>,
    traced: bool,
) -> Option<Reading> {
    let t = &text.tokens;
    // (Its subject may stand before the clause's first known word: "CAD
    // now asks the caller to confirm".)
    let clause = with_words_before(t, clause);
    // (What a thing needs is a standing rule too: "skipped tests need a
    // ticket".)
    let (now, verb_at) = match (clause.start + 1..clause.end).find(|&k| t[k].norm == "now") {
        Some(now) => (now, now + 1),
        None => {
            // (Not the noun: "awareness of the need to review".)
            let k = (clause.start + 1..clause.end).find(|&k| {
                matches!(
                    t[k].norm.as_str(),
                    "need" | "needs" | "require" | "requires"
                ) && t[k - 1].is_word()
                    && !is_determiner(&t[k - 1])
                    && !matches!(t[k - 1].norm.as_str(), "of" | "to" | "no" | "any")
            })?;
            (k, k)
        }
    };
    // (Not what people are told: "update the policy to stress that admin
    // rights need a reason".)
    let told_that = (clause.start + 1..now).any(|k| {
        t[k].norm == "that"
            && hits
                .iter()
                .any(|h| h.tokens.end == k && h.classes.has(Class::Exhort))
    });
    if told_that {
        return None;
    }
    let verb = t.get(verb_at)?;
    // The subject's words: after the last ", and" or "and" before "now"
    // ("driver warned, and tachographs now download daily").
    let clause = (clause.start..now)
        .rev()
        .find(|&k| matches!(t[k].norm.as_str(), "and" | "," | ";"))
        .map_or(clause.start, |k| k + 1)..clause.end;
    // (After a plural the verb is bare: "CD keys now live in a cabinet".)
    let plural = t[now - 1].s_form();
    // (A guard is a person or a tool: the tool when it "covers" something,
    // the people when "guards now patrol".)
    // (A word for people that only says which thing is no subject: "guest
    // Wi-Fi now uses a daily password"; "staff reminded that ..." is told.)
    let qualifies_noun = |k: usize| {
        t[k].is_word()
            && !ends_phrase(&t[k])
            && !t[k].is_past()
            && !AUXILIARY.contains(&t[k].norm.as_str())
            && !hits
                .iter()
                .any(|h| h.tokens.start == k && h.classes.first_of(&HEADS).is_some())
    };
    let people = hits.iter().any(|h| {
        h.tokens.start >= clause.start
            && h.tokens.end <= now
            && h.classes.has(Class::People)
            && (plural || !h.classes.has(Class::Control))
            && !(h.tokens.end < now && qualifies_noun(h.tokens.end))
    }) || t[clause.start..now].iter().any(|w| {
        matches!(
            w.norm.as_str(),
            "he" | "she" | "they" | "we" | "i" | "you" | "everyone" | "staff"
        )
    });
    // (A tool that now asks someone prompts them: "CAD now asks the caller
    // to confirm the address".)
    // (Or a feature no list knows, when no document or people are named:
    // "impersonation now asks the agent to pick the tenant"; "the SOP now
    // asks staff" is a document telling people.)
    let in_subject = |h: &&Hit| h.tokens.start >= clause.start && h.tokens.end <= now;
    let prompts = matches!(verb.norm.as_str(), "asks" | "prompts")
        && (hits
            .iter()
            .filter(in_subject)
            .any(|h| h.classes.has(Class::Control))
            || t[clause.start..now].iter().any(|w| w.acronym)
            || !hits.iter().filter(in_subject).any(|h| {
                h.classes.has(Class::Document)
                    || h.classes.has(Class::People)
                    || h.classes.first_of(&HEADS).is_some()
            }));
    // (A tool reads by itself: "the retention job now reads its cut-off
    // from the policy configuration".)
    let tool_reads = matches!(verb.norm.as_str(), "reads" | "read")
        && hits.iter().filter(in_subject).any(is_tool);
    let told = !prompts
        && !tool_reads
        && hits.iter().any(|h| {
            h.tokens.start == verb_at
                && matches!(
                    h.classes.first_of(&HEADS),
                    Some(Class::Exhort | Class::Train | Class::Attest | Class::Care)
                )
        });
    let present = verb.is_word()
        && !AUXILIARY.contains(&t[now - 1].norm.as_str())
        && (verb.s_form()
            || matches!(verb.norm.as_str(), "has" | "have" | "need" | "require")
            || plural && verb.could_be_noun() && !verb.is_ing_form()
            // ("All parcels now go through the X-ray scanner", "recall
            // letters now run from a scheduled job": too short, or also a
            // participle.)
            || plural && matches!(verb.norm.as_str(), "go" | "run"))
        && !matches!(
            verb.norm.as_str(),
            "says" | "states" | "tells" | "reminds" | "knows" | "is" | "are"
        );
    // (Or a passive that puts it in a tool: "near misses are now recorded
    // on an electronic log".)
    let kept_in_tool = matches!(t[now - 1].norm.as_str(), "is" | "are")
        && verb.is_past()
        && (verb_at + 1..clause.end.min(verb_at + 4)).any(|k| {
            matches!(t[k].norm.as_str(), "on" | "in" | "into" | "through" | "via")
                && tool_after(hits, k)
        });
    if people
        || told
        || !(present || kept_in_tool)
        || !t[clause.start..now].iter().any(Token::is_word)
    {
        return None;
    }
    Some(Reading::said(
        text,
        now..verb_at + 1,
        Tier::Design,
        "a thing's standing change",
        traced,
    ))
}

/// "QA to do the full regression pass from now on": people, or a team
/// named by an acronym, then "to" and a verb that no list knows, is a
/// promise of those people to do their own work better (when nothing else
/// in the action says what kind it is).
fn promise(text: &Text, hits: &[Hit], traced: bool) -> Option<Reading> {
    // ("Won't use the shortcut again.": the writer's own promise, with no
    // one named; or "we'll test lines next time", when no word says more.)
    // (Only of doing better: "we'll validate addresses against the postcode
    // file" names a change no list knows.)
    let better = text.tokens.windows(2).any(|w| {
        matches!(
            (w[0].norm.as_str(), w[1].norm.as_str()),
            ("next", "time")
                | ("in", "future")
                | ("more", "careful")
                | ("from", "now")
                // ("We will always locate before digging.")
                | ("will", "always")
        )
    });
    let writer = usize::from(
        better
            && text
                .tokens
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "we" | "i")),
    );
    if text
        .tokens
        .get(writer)
        .is_some_and(|t| matches!(t.norm.as_str(), "will" | "shall"))
        && text.tokens.get(writer + 1).is_some_and(Token::is_word)
    {
        return Some(Reading::said(
            text,
            0..writer + 2,
            Tier::People,
            "a promise with no one named",
            traced,
        ));
    }
    let (first, to) = promised(text, hits)?;
    if !text.tokens.get(to + 1).is_some_and(Token::is_word) {
        return None;
    }
    Some(Reading::said(
        text,
        first..to + 2,
        Tier::People,
        "people promising to do their own work",
        traced,
    ))
}

/// Where a promise of people opens the action ("QA to", "student vet
/// to"): its first word, and its "to". People, or a team named by an
/// acronym, and up to two words no list knows before "to".
fn promised(text: &Text, hits: &[Hit]) -> Option<(usize, usize)> {
    // (The clause of the first action word: "Action: clerk to refuse".)
    let first_action = hits
        .iter()
        .find(|h| h.classes.first_of(&HEADS).is_some())
        .or(hits.first());
    let from = clause_start(text, first_action.map_or(0, |h| h.tokens.start));
    // ("All MEWP users to": a quantifier first.)
    let first = from
        + text.tokens[from..].iter().position(|t| {
            t.is_word() && !matches!(t.norm.as_str(), "all" | "every" | "each" | "the" | "our")
        })?;
    // ("Cleaning supervisor to", "account manager to": a word before the
    // person may say which.)
    let subject = hits
        .iter()
        .find(|h| h.tokens.start >= first && h.tokens.start <= first + 1)
        .and_then(|h| {
            if h.classes.has(Class::People) {
                Some(h)
            } else {
                hits.iter()
                    .find(|p| p.tokens.start == h.tokens.end && h.tokens.len() == 1)
            }
        });
    // ("Amy to log every cycle": a given name is a person.)
    let named = given_name_at(text, hits, first);
    // ("Dr Lee to": a surname after a title.)
    let titled = text.tokens.get(first + 1).is_some_and(|t| t.titled);
    let subject_end = match subject {
        _ if named => first + 1,
        _ if titled => first + 2,
        // ("Shift supervisors to": people may say which people.)
        Some(h) if h.tokens.start <= first + 1 && h.classes.has(Class::People) => hits
            .iter()
            .find(|p| p.tokens.start == h.tokens.end && p.classes.has(Class::People))
            .map_or(h.tokens.end, |p| p.tokens.end),
        // ("We'll keep the door shut": the writer's team.)
        _ if text.tokens[first].norm == "we" => first + 1,
        // (A tool named by an acronym promises nothing: "the LIMS will flag".)
        _ if text.tokens[first].acronym
            && !hits.iter().any(|h| h.tokens.start == first && is_tool(h)) =>
        {
            // ("MEWP users": an acronym may say which.)
            subject
                .filter(|h| h.tokens.start == first + 1 && h.classes.has(Class::People))
                .map_or(first + 1, |h| h.tokens.end)
        }
        _ => return None,
    };
    // ("Dr Lee to", "nurse Amy to": the role's own name goes with it.)
    let subject_end = subject_end
        + usize::from(
            text.tokens.get(subject_end).is_some_and(|t| t.titled)
                || given_name_at(text, hits, subject_end),
        );
    // ("The planner will check ...": a modal promises as "to" does; so does
    // a new habit: "on-call engineer now uses two alarms". What people now
    // have is given to them: "staff now have their own logins".)
    let to = (subject_end..text.tokens.len().min(subject_end + 3)).find(|&i| {
        match text.tokens[i].norm.as_str() {
            "to" | "will" | "shall" | "must" | "should" => true,
            // (Not "we now use a vault": what the organisation now does;
            // nor a participle, which is done to them: "admin groups now
            // granted only through the PAM tool".)
            "now" => {
                text.tokens[first].norm != "we"
                    && text.tokens.get(i + 1).is_some_and(|v| {
                        v.is_word()
                            && !v.is_past()
                            && !AUXILIARY.contains(&v.norm.as_str())
                            && !matches!(v.lemma(), "get" | "receiv" | "need" | "own")
                    })
            }
            _ => false,
        }
    })?;
    // ("Domain admin will only be grantable through PAM": what they can
    // be made is no promise of theirs.)
    let mut after = text.tokens[to + 1..]
        .iter()
        .filter(|t| !matches!(t.norm.as_str(), "only" | "now" | "also" | "then"));
    // (The writer's team promises only its own care: "we'll keep the door
    // shut"; "we'll manage DNS in Terraform" is the organisation's change.)
    if text.tokens[first].norm == "we"
        && !text.tokens.get(to + 1).is_some_and(|v| {
            matches!(
                v.norm.as_str(),
                "keep" | "check" | "ensure" | "remember" | "try" | "be" | "make" | "take"
            )
        })
    {
        return None;
    }
    let capable = after.next().is_some_and(|t| t.norm == "be")
        && after.next().is_some_and(|t| {
            (t.norm.ends_with("able") || t.norm.ends_with("ible"))
                && !matches!(t.norm.as_str(), "responsible" | "accountable" | "liable")
        });
    (!capable
        && text.tokens[subject_end..to].iter().all(plain_noun)
        && !hits
            .iter()
            .any(|h| h.tokens.start >= subject_end && h.tokens.start < to))
    .then_some((first, to))
}

/// Whether a given name stands at `k`, written as one (capitalised), and
/// not one that is also a word of a plan: "Mark to ...", "will".
fn given_name_at(text: &Text, hits: &[Hit], k: usize) -> bool {
    text.tokens.get(k).is_some_and(|t| {
        t.capital
            && !matches!(
                t.norm.as_str(),
                "will" | "mark" | "rob" | "pat" | "may" | "bill" | "sue"
            )
    }) && hits
        .iter()
        .any(|h| h.tokens == (k..k + 1) && h.classes.has(Class::Name))
}

/// Whether the participle at `at` is a future passive: "will be set up",
/// "to be moved", "must be recorded".
fn future_passive(tokens: &[Token], at: usize) -> bool {
    at >= 2
        && tokens[at - 1].norm == "be"
        && matches!(
            tokens[at - 2].norm.as_str(),
            "will" | "shall" | "to" | "must"
        )
}

/// A tool, form or setting that names no people ("the LIMS", "the PO form").
fn is_tool(h: &Hit) -> bool {
    h.classes.has(Class::Control) && !h.classes.has(Class::People)
}

/// A tool or an alert that names no people: what can act by itself.
fn acts_by_itself(h: &Hit) -> bool {
    (h.classes.has(Class::Control) || h.classes.has(Class::Alert)) && !h.classes.has(Class::People)
}

/// "Procedure update to include ...": the document named first in its
/// clause, right before the word at `at`, as an index into `hits`.
fn document_before(hits: &[Hit], at: usize, clause_start: usize) -> Option<usize> {
    hits.iter().position(|d| {
        d.tokens.end == at
            && d.tokens.start <= clause_start + 1
            && d.classes.has(Class::Document)
            && !d.classes.has(Class::People)
    })
}

/// Whether a word says every one of a kind: "all", "every", "each".
fn says_every(t: &Token) -> bool {
    matches!(t.norm.as_str(), "all" | "every" | "each")
}

/// How many words start with a capital, acronyms aside: a feature called by
/// its name has several ("Safe Links", "Block Public Access").
fn capitalised(tokens: &[Token]) -> usize {
    tokens.iter().filter(|t| t.capital && !t.acronym).count()
}

/// A mark that ends a sentence.
fn sentence_end(t: &Token) -> bool {
    matches!(t.norm.as_str(), "." | ";" | "!" | "?")
}

/// The tokens up to the first sentence end.
fn to_sentence_end(tokens: &[Token]) -> &[Token] {
    &tokens[..tokens.iter().position(sentence_end).unwrap_or(tokens.len())]
}

/// Where the clause of the word at `at` starts: after a sentence's end, a
/// comma or a label ("Preventive action:").
fn clause_start(text: &Text, at: usize) -> usize {
    text.tokens[..at]
        .iter()
        .rposition(|t| matches!(t.norm.as_str(), "." | ";" | "!" | "?" | "," | "|" | ":"))
        .map_or(0, |p| p + 1)
}

/// "New build shipped with the right key": a participle no list knows,
/// with the right one, put the one at hand right (when nothing else says
/// what kind it is).
fn the_right_one(text: &Text, traced: bool) -> Option<Reading> {
    let at = text.tokens.windows(4).position(|w| {
        w[0].is_past()
            && w[1].norm == "with"
            && w[2].norm == "the"
            && matches!(w[3].norm.as_str(), "right" | "correct")
    });
    // (Or given one, told first of whom: "Operator given a face shield",
    // "cleaner given the right vacuum".)
    let given = || {
        (1..text.tokens.len().min(4)).find(|&k| {
            matches!(text.tokens[k].norm.as_str(), "given" | "handed" | "issued")
                && text.tokens[..k]
                    .iter()
                    .all(|t| t.is_word() && !t.is_past() && !AUXILIARY.contains(&t.norm.as_str()))
                && (text
                    .tokens
                    .get(k + 1)
                    .is_some_and(|d| matches!(d.norm.as_str(), "a" | "an" | "the" | "new"))
                    // (Or a refund among what they were given: "extra
                    // passengers given reclining seats and a refund".)
                    || text.tokens[k + 1..]
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "refund" | "refunds")))
        })
    };
    let at = at.or_else(given)?;
    Some(the_one_at_hand(text, at, "the right one put in", traced))
}

/// "Leveraged a one-off rights review for the app account": whatever
/// was done, it was done once (when nothing else says what kind it is).
fn one_off(text: &Text, traced: bool) -> Option<Reading> {
    let at = text.tokens.iter().position(|t| t.norm == "one-off")?;
    Some(the_one_at_hand(text, at, "done once", traced))
}

/// "Lift plan raised retrospectively": whatever was done, it was done after
/// the fact, for the case at hand (when nothing else says what kind it is).
fn after_the_fact(text: &Text, traced: bool) -> Option<Reading> {
    // (Or done late, and nothing more said: "Movement recorded late.")
    // (Or what was done to it: "Logged the dose late.")
    let late = || {
        (1..text.tokens.len()).find(|&k| {
            text.tokens[k].norm == "late"
                && (text.tokens[k - 1].is_past() || k <= 5 && text.tokens[0].is_past())
                && text.tokens.get(k + 1).is_none_or(|t| !t.is_word())
        })
    };
    let at = text.tokens.iter().position(retrospective).or_else(late)?;
    Some(the_one_at_hand(text, at, "done after the fact", traced))
}

/// A correction read from the one word at `at`, which says why.
fn the_one_at_hand(text: &Text, at: usize, why: &str, traced: bool) -> Reading {
    Reading::said(text, at..at + 1, Tier::Correction, why, traced)
}

/// Where words say an action is put off to an unnamed later, or that
/// nothing is done: "added to the backlog", "to be addressed in the next
/// upgrade", "no further action". Such a plan rests on people
/// remembering, or on nothing ("add a barcode check in the next release"
/// is a change with its date).
fn put_off(tokens: &[Token]) -> Option<Range<usize>> {
    let w = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // (Put on one: "added to the backlog"; not "clear the scanning backlog".)
    let onto = |k: usize| matches!(w(k), "to" | "on" | "in" | "into" | "onto");
    (0..tokens.len()).find_map(|k| {
        let len = match (w(k), w(k + 1), w(k + 2)) {
            ("backlog", _, _)
                if k >= 2 && onto(k - 2) && matches!(w(k - 1), "the" | "our" | "a")
                    || k >= 1 && onto(k - 1) =>
            {
                1
            }
            ("no", "further", "action") | ("no", "action", "required" | "needed") => 3,
            ("risk", "accepted", _) | ("isolated", "incident", _) => 2,
            ("to" | "will", "be", "addressed" | "revisited") => 3,
            // ("Dealt with.": done, and nothing says what.)
            ("dealt", "with", "" | "." | ";") => 2,
            // ("NFA.", "Actioned.", "Implemented.": a closure said in one
            // word, with nothing said of what was done.)
            (
                "nfa" | "actioned" | "implemented" | "complete" | "completed" | "done",
                "" | ".",
                _,
            ) if k == 0 => 1,
            // ("Awaiting budget.": waiting, told alone.)
            ("awaiting" | "pending", _, _) if k == 0 && tokens.len() <= 5 => 1,
            _ => return None,
        };
        Some(k..k + len)
    })
}

/// "Test done.", "Incident logged.": a thing named and said to be done, and
/// nothing more, was done once, for the case at hand (when nothing else
/// says what kind it is).
fn done_alone(text: &Text, traced: bool) -> Option<Reading> {
    // (A note may keep its auxiliary, as Indian English writes it: "Site
    // visit is done afterwards.", "Locker key is collected back".)
    let auxiliary = |k: usize| {
        matches!(
            text.tokens[k].norm.as_str(),
            "is" | "are" | "was" | "were" | "been" | "has" | "have"
        ) && text
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.is_past() || n.norm == "been")
    };
    let words: Vec<usize> = (0..text.tokens.len())
        .filter(|&k| text.tokens[k].is_word() && !auxiliary(k))
        .collect();
    // (Not what is now done by a machine: "results transferred to LIMS
    // electronically", nor to each one of a kind: "fuel valves labelled
    // for each generator", nor the one way it is done from now on: "parts
    // ordered by VIN lookup only".)
    if words.iter().any(|&k| {
        matches!(
            text.tokens[k].norm.as_str(),
            "automatically" | "electronically" | "digitally" | "each" | "every" | "only"
        )
    }) {
        return None;
    }
    // (Nor one a tool does: "records time-stamped by the system".)
    let by_a_tool = words.windows(3).any(|w| {
        text.tokens[w[0]].norm == "by"
            && w[1..].iter().any(|&k| {
                matches!(
                    text.tokens[k].norm.as_str(),
                    "system" | "app" | "tool" | "software" | "platform"
                )
            })
    });
    if by_a_tool {
        return None;
    }
    // (Or two, joined: "Bus taken off the road and MOT booked.")
    // (The second may share the first's noun: "Box discharged and
    // restowed.", "Held call picked up and dispatched.")
    let shares =
        |rest: &[usize]| rest.len() <= 2 && rest.first().is_some_and(|&k| text.tokens[k].is_past());
    let done = note(text, &words)
        .or_else(|| did_it(text, &words))
        .or_else(|| did_to_it(text, &words))
        .or_else(|| {
            (1..words.len())
                .filter(|&n| text.tokens[words[n]].norm == "and")
                .find_map(|n| {
                    let rest = &words[n + 1..];
                    note(text, &words[..n]).filter(|_| note(text, rest).is_some() || shares(rest))
                })
        })?;
    Some(the_one_at_hand(
        text,
        done,
        "done once, and nothing more said",
        traced,
    ))
}

/// Words that open what a short note says after its participle: where,
/// with what or by whom ("Complaint answered with compensation", "Parts
/// exchanged at customer", "Exhibit re-booked under the right
/// reference"), or till when ("Recruitment paused until approval").
const NOTE_PLACE: &[&str] = &[
    "with", "by", "through", "via", "for", "from", "in", "on", "at", "off", "out", "back", "to",
    "into", "after", "until", "pending", "under",
];
/// "Maintenance colleague did the lubrication immediately": a task done,
/// told with "did" and nothing more, is the one at hand (the place of
/// "did").
fn did_it(text: &Text, words: &[usize]) -> Option<usize> {
    let norm = |n: usize| text.tokens[words[n]].norm.as_str();
    let did = (0..words.len().min(4)).find(|&n| norm(n) == "did")?;
    let plain = |n: usize| plain_word(&text.tokens[words[n]]);
    // (And perhaps when: "immediately", "again".)
    let end = match words.len() {
        n if n > did + 3 && said_when(norm(n - 1)) => n - 1,
        n => n,
    };
    (words.len() > did + 2
        && matches!(norm(did + 1), "the" | "a" | "an")
        && end - (did + 2) <= 3
        && (0..did).chain(did + 2..end).all(plain))
    .then_some(words[did])
}

/// "Weighed the patient.", "Re-checked the seal.": a note that opens with
/// an act in the past, on the one thing named, and says no more.
fn did_to_it(text: &Text, words: &[usize]) -> Option<usize> {
    let norm = |n: usize| text.tokens[words[n]].norm.as_str();
    // (A particle changes the act: "took the option away".)
    let plain = |n: usize| {
        let t = &text.tokens[words[n]];
        plain_word(t) && !matches!(t.norm.as_str(), "away" | "off" | "out" | "down" | "back")
    };
    (matches!(words.len(), 3 | 4)
        && text.tokens[words[0]].is_past()
        && words[0] == 0
        && matches!(norm(1), "the" | "a" | "an" | "his" | "her" | "their")
        && (2..words.len()).all(plain))
    .then(|| words[0])
}

/// A word of a short note that names or says something, in lower case,
/// three letters or more and no past form (the first may keep its
/// capital, which `norm` has dropped).
fn plain_word(t: &Token) -> bool {
    !t.is_past() && t.norm.len() >= 3 && t.norm.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Whether a word alone after what was done says when, not how often:
/// "later", "immediately" (not "daily").
fn said_when(w: &str) -> bool {
    NOTE_WHEN.contains(&w)
        || w.ends_with("ly")
            && !matches!(
                w,
                "hourly" | "daily" | "nightly" | "weekly" | "monthly" | "quarterly" | "yearly"
            )
}

/// Words that say when, or where to, alone after a note's participle:
/// "Bruise logged later", "Plan obtained late", "Boxes cleared away".
const NOTE_WHEN: &[&str] = &["later", "late", "afterwards", "again", "away", "up"];

/// The participle of a short note in `words`, if they make one.
fn note(text: &Text, words: &[usize]) -> Option<usize> {
    // Any participle: short notes of this shape, "Noticeboard cleared.",
    // "Plant room ventilated.", "Maglock rewired.", are what was done to
    // the one at hand ("Test done.", "Incident logged.", "SOC 2 report
    // requested."). (It may say with what, or how, in a few words:
    // "Complaint answered with compensation.")
    // (Or when, or how well: "Bruise logged later.", "Food reheated
    // properly.")
    let how = |n: usize| {
        let mut after = &words[n + 1..];
        // (An adverb may come first: "ordered urgently from the pharmacy".)
        if after.len() > 1
            && text.tokens[after[0]].norm.ends_with("ly")
            && text.tokens[after[0]].norm != "only"
        {
            after = &after[1..];
        }
        after.len() <= 4
            && after.first().is_some_and(|&k| {
                let w = text.tokens[k].norm.as_str();
                // (Or its particle: "Tank level brought down.")
                NOTE_PLACE.contains(&w) || matches!(w, "free" | "onto" | "down" | "back")
            })
            // ("Backup done daily." is done each day.)
            || after.len() == 1 && said_when(&text.tokens[after[0]].norm)
            // (Or the day after: "Outage logged the next morning.")
            || (2..=3).contains(&after.len())
                && after[..after.len() - 1].iter().all(|&k| {
                    matches!(
                        text.tokens[k].norm.as_str(),
                        "the" | "next" | "following" | "same"
                    )
                })
                && matches!(
                    text.tokens[after[after.len() - 1]].norm.as_str(),
                    "day" | "morning" | "afternoon" | "evening" | "night" | "week" | "shift"
                )
    };
    let last = (1..words.len().min(4))
        .find(|&n| text.tokens[words[n]].is_past() && how(n))
        .unwrap_or(words.len().checked_sub(1)?);
    // (Not a marking scheme: "manifold valves labelled with tank
    // numbers".)
    if matches!(
        text.tokens[words[last]].norm.as_str(),
        "labelled" | "labeled" | "marked" | "coded"
    ) && words
        .get(last + 1)
        .is_some_and(|&k| text.tokens[k].norm == "with")
    {
        return None;
    }
    let before = &words[..last];
    let last = words[last];
    if !text.tokens[last].is_past() || before.is_empty() || before.len() > 3 {
        return None;
    }
    // (Nouns, the first with its capital: "Load test done"; the first may
    // be a participle that says which: "Amended return filed".)
    // (A name may have a number: "SOC 2 report requested".)
    // (Not "now": "Bonus now based on right-first-time" is how it stands
    // from now on.)
    let noun = |t: &Token| {
        t.norm != "now" && (plain_word(t) || t.norm.bytes().all(|b| b.is_ascii_digit()))
    };
    let which = |n: usize, t: &Token| n == 0 && before.len() > 1 && t.is_past();
    // (A possessive's noun may look like a past form: "Dog's cut treated.")
    let owned = |k: usize| k > 0 && text.tokens[k - 1].norm == "'s";
    if !before
        .iter()
        .enumerate()
        .all(|(n, &k)| noun(&text.tokens[k]) || which(n, &text.tokens[k]) || owned(k))
    {
        return None;
    }
    Some(last)
}

/// "Ask the courier to block Friday collections": what someone is asked
/// to do is the action, when an action word says it ("ask staff to take
/// more care" is then people-tier through "take more care").
/// (So is what people are required to do: "require staff to complete the
/// training"; "require the form to include a reason" is the form's.)
fn asks_to_do(text: &Text, hits: &[Hit], i: usize) -> bool {
    let h = &hits[i];
    let required_of_people = text.tokens[h.tokens.start].norm == "require"
        && hits
            .get(i + 1)
            .is_some_and(|p| p.classes.has(Class::People) && p.tokens.start <= h.tokens.end + 1);
    if !(matches!(text.tokens[h.tokens.start].lemma(), "ask" | "request") || required_of_people)
        || h.tokens.len() > 1
    {
        return false;
    }
    let Some(to) = text.tokens[h.tokens.end..]
        .iter()
        .take(5)
        .position(|t| t.norm == "to")
        .map(|p| h.tokens.end + p)
    else {
        return false;
    };
    to > h.tokens.end
        && text.tokens[h.tokens.end..to].iter().all(Token::is_word)
        && hits
            .iter()
            .any(|n| n.tokens.start == to + 1 && n.classes.first_of(&HEADS).is_some())
}

/// The first hit after the one at `after` that starts in the tokens
/// `within` and fits.
fn hit_within(
    hits: &[Hit],
    after: usize,
    within: Range<usize>,
    fits: impl Fn(&Hit) -> bool,
) -> Option<usize> {
    (after + 1..hits.len())
        .take_while(|&k| hits[k].tokens.start < within.end)
        .find(|&k| within.contains(&hits[k].tokens.start) && fits(&hits[k]))
}

/// Where `word` stands among the next `words` words from `from`, with no
/// mark between.
fn word_ahead(text: &Text, from: usize, words: usize, word: &str) -> Option<usize> {
    text.tokens[from..]
        .iter()
        .take(words)
        .take_while(|t| t.is_word())
        .position(|t| t.norm == word)
        .map(|p| from + p)
}

/// The tool something is run through, when the hit at `i` is a light verb
/// that runs it: "run every post through a plagiarism checker".
fn run_through_tool(text: &Text, hits: &[Hit], i: usize) -> Option<usize> {
    let h = &hits[i];
    if !h.classes.has(Class::Light)
        || !matches!(
            text.tokens[h.tokens.start].norm.as_str(),
            "run" | "put" | "pass"
        )
    {
        return None;
    }
    let through = word_ahead(text, h.tokens.end, 6, "through")?;
    hit_within(hits, i, through + 1..phrase_end(text, through + 1), is_tool)
}

/// The tool asked for, when the hit at `i` asks someone for one: "ask the
/// FMS supplier for a confirm prompt" ("ask staff for feedback" asks for
/// no tool).
fn asked_for_tool(text: &Text, hits: &[Hit], i: usize) -> Option<usize> {
    let h = &hits[i];
    // (Asking in the plan, not told in the past: "asked for a corrective
    // action report" is what was done.)
    if !matches!(text.tokens[h.tokens.start].norm.as_str(), "ask" | "request") || h.tokens.len() > 1
    {
        return None;
    }
    let at = word_ahead(text, h.tokens.end, 5, "for")?;
    let end = at
        + text.tokens[at..]
            .iter()
            .take_while(|t| t.is_word() && !matches!(t.norm.as_str(), "that" | "which"))
            .count();
    // (A report asked for is a document someone writes.)
    hit_within(hits, i, at + 1..end, |k| {
        k.classes.has(Class::Control)
            && !k.classes.has(Class::Document)
            && !matches!(
                text.tokens[k.tokens.end - 1].norm.as_str(),
                "report" | "reports"
            )
    })
}

/// Records kept of what there is.
const RECORDS: &[&str] = &[
    "history",
    "file",
    "detail",
    "inventory",
    "register",
    "log",
    "logbook",
    "book",
    "spreadsheet",
    "database",
    "tracker",
    "list",
    "record",
    "matrix",
];

/// A noun for a record ("risk register", "histories").
fn is_record(t: &Token) -> bool {
    // ("Master list": a compound is read by its last word.)
    let last = t.norm.rsplit('-').next().unwrap_or(&t.norm);
    RECORDS.contains(&last.trim_end_matches('s'))
}

/// "The", "a", "its" and the like, which open a noun phrase.
fn is_determiner_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "our" | "this" | "that"
    )
}

fn is_determiner(t: &Token) -> bool {
    is_determiner_word(&t.norm)
}

/// "Retrospectively", "retroactively": done after the fact.
fn retrospective(t: &Token) -> bool {
    matches!(t.norm.as_str(), "retrospectively" | "retroactively")
}

/// The hits of each clause that could be an action of its own: a new one
/// starts after a sentence end or a semicolon, and after "and", "then" or a
/// comma when an action verb follows ("revise the procedure, and redo the
/// analysis").
fn segments(text: &Text, hits: &[Hit]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, h) in hits.iter().enumerate() {
        let first = h.tokens.start;
        let before = text.tokens[..first]
            .iter()
            .rposition(|t| t.norm != "also")
            .map(|p| text.tokens[p].norm.as_str());
        // (A numbered list's items too: "1) Flange re-torqued 2) Torque
        // value added to the work instruction".)
        let sentence_break = i > start && {
            let between = &text.tokens[hits[i - 1].tokens.end..first];
            between.iter().any(sentence_end)
                || between
                    .windows(2)
                    .any(|w| w[1].norm == ")" && w[0].norm.bytes().all(|b| b.is_ascii_digit()))
        };
        // "Operative reminded to knock and show ID": the second verb is
        // still what they were told to do.
        // (Not when someone is asked to do a deed: "ask the manufacturer to
        // split the figure and make the stores system check".)
        let told = before == Some("and")
            && first >= 2
            && text.tokens[first - 2].is_word()
            && !(start..i).any(|n| asks_to_do(text, hits, n))
            && hits[start..i].iter().enumerate().any(|(n, e)| {
                matches!(
                    e.classes.first_of(&HEADS),
                    Some(Class::Exhort | Class::Train)
                ) && (n == 0 || text.tokens[e.tokens.end - 1].is_past())
                    && text.tokens[e.tokens.end..first]
                        .iter()
                        .take(4)
                        .any(|t| t.norm == "to")
                    && !text.tokens[e.tokens.end..first]
                        .iter()
                        .any(|t| t.norm == ",")
            });
        // (Not a second noun of one subject, before the participle they
        // share: "barriers and signs installed around the depot".)
        let shared_participle = hits.get(i + 1).is_some_and(|n| {
            n.tokens.start == h.tokens.end
                && text.tokens[n.tokens.start].is_past()
                && n.classes.first_of(&HEADS).is_some()
        }) && text.tokens[hits[start].tokens.start..first]
            .iter()
            .all(|t| t.is_word() && !t.is_past());
        // (A light verb too: "... and give guides an offline forecast app".)
        let joined = i > start
            && (h.classes.first_of(&HEADS).is_some() || h.classes.has(Class::Light))
            && !told
            && !shared_participle
            && (matches!(before, Some("and" | "then" | "," | "plus"))
                || tool_does(text, hits, h, before));
        // "Analyst reminded to encrypt, and the mail gateway now encrypts
        // ...": a comma, "and" or "but" and a new subject with its own verb
        // start a clause of their own, whatever its first hit is ("remind
        // the analyst, and the team, to encrypt" goes on).
        // (Its verb: an auxiliary, "now", or an action word in the present
        // tense, "the form requires".)
        // (Or a participle, as notes put it: "..., and supplier directors
        // checked against staff in the vendor system".)
        let own_verb = |from: usize| {
            // (A participle of a check, an alert or a block: "a supply of
            // vests put at the gate" stays with what people were told; any
            // other when it reaches every one of a kind or puts a tool in
            // place: "and restraint points fitted to every trailer", "and the
            // magnet switch replaced with a coded interlock".)
            let standing = |k: usize| {
                text.tokens[k + 1..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.is_word())
                    .any(|t| matches!(t.norm.as_str(), "every" | "each" | "all"))
                    || text.tokens.get(k + 1).is_some_and(|t| t.norm == "with")
                        && tool_after(hits, k + 1)
            };
            let present = |k: usize| {
                hits[i..].iter().any(|p| {
                    p.tokens.start == k
                        && match p.classes.first_of(&HEADS) {
                            Some(Class::Check | Class::Alert | Class::Prevent) => {
                                text.tokens[k].s_form() || k > from && text.tokens[k].is_past()
                            }
                            Some(_) => {
                                text.tokens[k].s_form()
                                    || k > from && text.tokens[k].is_past() && standing(k)
                            }
                            None => false,
                        }
                })
            };
            (from..text.tokens.len())
                .take(8)
                .take_while(|&k| text.tokens[k].norm != ",")
                .any(|k| {
                    present(k)
                        || matches!(
                            text.tokens[k].norm.as_str(),
                            "now" | "longer" | "will" | "shall" | "is" | "are" | "has" | "have"
                        )
                })
        };
        // (The subject may have no article: "..., and permits now require
        // a site photo", "..., and bay sensors now show the trailer"; or a
        // participle before its noun: "..., and enclosed spaces have been
        // marked".)
        let new_subject = i > start
            && (hits[i - 1].tokens.end..(first + 1).saturating_sub(2)).any(|k| {
                let w = &text.tokens[k..k + 3];
                let described = w[2].is_past() && text.tokens.get(k + 3).is_some_and(plain_noun);
                w[0].norm == ","
                    && matches!(w[1].norm.as_str(), "and" | "but")
                    && (is_determiner(&w[2]) || plain_noun(&w[2]) || w[2].acronym || described)
                    && own_verb(k + 2)
            });
        // ("DLP on outbound email, PII blocked": after a comma, a noun or
        // two and a participle are a clause of their own, as notes put it.)
        let noted = i > start
            && text.tokens[first].is_past()
            && (2..=4).any(|k| {
                first >= k
                    && text.tokens[first - k].norm == ","
                    && text.tokens[first - k + 1..first]
                        .iter()
                        .all(|t| plain_noun(t) || t.acronym)
                    // (Words a list knows stay with the clause they name:
                    // "..., correct strength supplied".)
                    && !hits[..i]
                        .iter()
                        .any(|p| p.tokens.end > first - k + 1)
            });
        // ("Operator reminded and gauge moved to the front of the machine",
        // "storeman retrained and WMS set to enforce FIFO": after people
        // told, "and" a noun or two with a participle of their own, and a
        // tool named, is a clause of its own; "exam board informed and new
        // paper provided" stays one.)
        // (The people told, looked for last: most hits are no such note.)
        let told_then_tool = i > start
            && text.tokens[first].is_past()
            && (2..=5)
                .find(|&k| {
                    first >= k
                        && text.tokens[first - k].norm == "and"
                        && text.tokens[first - k + 1..first]
                            .iter()
                            .all(|t| plain_noun(t) || t.acronym)
                })
                .is_some_and(|k| {
                    hits.iter().any(|p| {
                        p.tokens.start > first - k && (is_tool(p) || p.classes.has(Class::Document))
                    })
                })
            && hits[start..i].iter().any(|e| {
                matches!(
                    e.classes.first_of(&HEADS),
                    Some(Class::Exhort | Class::Train)
                )
            });
        // ("Kit swapped and pharmacist retrained": people after "and" with
        // a participle of their own open a clause.)
        let person_noted = i > start
            && before == Some("and")
            && h.classes.has(Class::People)
            && hits.get(i + 1).is_some_and(|n| {
                n.tokens.start == h.tokens.end
                    && text.tokens[n.tokens.start].is_past()
                    && n.classes.first_of(&HEADS).is_some()
            });
        // ("Headsets replaced and speakerphone disabled on agent phones":
        // two notes, each a noun and its participle, joined by "and"; or
        // the second sets a thing to behave: "readers repaired and gate set
        // to fail closed".)
        let set_to = text.tokens[first].norm == "set"
            && text.tokens.get(first + 1).is_some_and(|t| t.norm == "to");
        let two_notes = i > start
            && text.tokens[first].is_past()
            && (set_to
                || matches!(
                    h.classes.first_of(&HEADS),
                    Some(Class::Fix | Class::Prevent)
                ))
            && (2..=3).any(|k| {
                first >= k
                    && text.tokens[first - k].norm == "and"
                    && text.tokens[first - k + 1..first].iter().all(plain_noun)
                    // (The noun may be a known word itself: "gate".)
                    && hits[start..i].iter().any(|p| {
                        p.tokens.start > 0
                            && p.tokens.end == first - k
                            && text.tokens[p.tokens.end - 1].is_past()
                    })
            });
        // ("Limit painted on the deck and a rail fitted at that height":
        // "and" with an article, a noun and its own participle is a second
        // note, after a first that has its verb. After people told, what
        // follows is read with them: "operators retrained ... and a photo
        // posted at the fixture", as `told_then_tool` does.)
        let article_noted = i > start
            && hits[start..i]
                .iter()
                .any(|e| e.classes.first_of(&HEADS).is_some())
            && !hits[start..i].iter().any(|e| {
                matches!(
                    e.classes.first_of(&HEADS),
                    Some(Class::Exhort | Class::Train)
                )
            })
            && (2..=4).any(|k| {
                first >= k
                    && hits[i - 1].tokens.end <= first - k
                    && text.tokens[first - k].norm == "and"
                    // (The first a note too, with its participle; after an
                    // order it says what is given: "give transfer bags a
                    // separate chute and a coloured tag printed at check-in".)
                    && text.tokens[hits[start].tokens.start..first - k]
                        .iter()
                        .any(Token::is_past)
                    && matches!(text.tokens[first - k + 1].norm.as_str(), "a" | "an" | "the")
                    && text.tokens[first - k + 2..first]
                        .iter()
                        .all(|t| t.is_word() && !ends_phrase(t))
            })
            && hits[i..].iter().take(3).any(|p| {
                p.tokens.start >= first
                    && p.tokens.start <= first + 4
                    && text.tokens[p.tokens.start].is_past()
                    && p.classes.first_of(&HEADS).is_some()
                    && text.tokens[first..p.tokens.start]
                        .iter()
                        .all(|t| t.is_word() && !ends_phrase(t) && !t.is_past())
            });
        if sentence_break
            || joined
            || new_subject
            || noted
            || person_noted
            || told_then_tool
            || two_notes
            || article_noted
        {
            out.push(start..i);
            start = i;
        }
    }
    out.push(start..hits.len());
    out
}

/// Whether a participle stands at `k`, or after an auxiliary there, as
/// Indian English keeps it: "refund button is disabled".
fn participle_at(text: &Text, k: usize) -> bool {
    let t = &text.tokens;
    t.get(k).is_some_and(Token::is_past)
        || t.get(k)
            .is_some_and(|a| matches!(a.norm.as_str(), "is" | "are" | "was" | "were"))
            && t.get(k + 1).is_some_and(Token::is_past)
}

/// Whether the words between a verb and a later word hold another verb's
/// part: "recount done and stock corrected in WMS".
/// "Replace the visitor book with a kiosk that prints badges": what a
/// noun's relative clause names is that noun's business, not the object.
fn in_a_relative_clause(between: &[Token]) -> bool {
    between.windows(2).any(|w| {
        matches!(w[1].norm.as_str(), "that" | "which")
            && w[0].could_be_noun()
            && !matches!(w[0].norm.as_str(), "so" | "such" | "now")
    })
}

fn past_another_verb(between: &[Token]) -> bool {
    between
        .windows(3)
        .any(|w| w[0].norm == "and" && w[2].is_past())
}

/// "The DNC system, which checks the revision": what a tool does by itself,
/// in a relative clause, is an action of its own. ("Reminded that checks
/// must be recorded": a noun before an auxiliary is no verb.)
/// (Things in the plural too, a participle between: "aisle gates fitted
/// that stop trucks when opened"; not people: "remind drivers that stop
/// signs matter".)
fn tool_does(text: &Text, hits: &[Hit], h: &Hit, before: Option<&str>) -> bool {
    if !matches!(before, Some("which" | "that")) {
        return false;
    }
    let s = h.tokens.start;
    // ("Reminded that ticks mean the tests were run", "told the team
    // that ...": what people were told, not what a tool does.)
    // (A verb of telling, not a message: "a startup warning that blocks".)
    let telling = |p: &Hit| {
        let at = p.tokens.start;
        text.tokens[at].is_past()
            || at == 0
            || matches!(text.tokens[at - 1].norm.as_str(), "to" | "and" | "then")
    };
    let told = hits.iter().any(|p| {
        matches!(
            p.classes.first_of(&HEADS),
            Some(Class::Exhort | Class::Train)
        ) && telling(p)
            && p.tokens.end < s
            && s - p.tokens.end <= 3
            && text.tokens[p.tokens.end..s].iter().all(Token::is_word)
    });
    if told {
        return false;
    }
    let t = &text.tokens[s];
    let plural = || {
        !t.is_past()
            && !t.is_ing_form()
            && checks_alerts_or_blocks(h)
            && (s.saturating_sub(4)..s - 1)
                .rev()
                .find(|&k| !text.tokens[k].is_past())
                .is_some_and(|k| {
                    text.tokens[k].s_form()
                        && text.tokens[k].could_be_noun()
                        && !hits
                            .iter()
                            .any(|p| p.tokens.contains(&k) && p.classes.has(Class::People))
                })
    };
    checks_by_itself(text, h) || plural()
}

/// "The scanner verifies each label": a tool named right before a check,
/// an alert or a block in the present tense is its subject; so is one
/// before what it puts in place ("the form requires a reason").
/// (Or one that a plan has do it: "have the EDC check age against the
/// protocol".)
fn tool_subject(text: &Text, hits: &[Hit], h: &Hit) -> bool {
    // (Or what it sends on: "the POS posts room charges as each item is
    // ordered".)
    let makes = matches!(
        h.classes.first_of(&HEADS),
        Some(Class::Create | Class::Send)
    ) && text.tokens[h.tokens.start].s_form();
    let checks = checks_alerts_or_blocks(h);
    let caused = |p: &Hit| {
        let s = p.tokens.start;
        let before = |k: usize| {
            s >= k && matches!(text.tokens[s - k].norm.as_str(), "have" | "make" | "let")
        };
        checks && (before(1) || before(2) && is_determiner(&text.tokens[s - 1]))
    };
    // (With "now" between: "the dispatch system now checks the account".)
    let next_to = |p: &Hit| {
        p.tokens.end == h.tokens.start
            || p.tokens.end + 1 == h.tokens.start && text.tokens[p.tokens.end].norm == "now"
    };
    hits.iter()
        .any(|p| next_to(p) && is_tool(p) && (checks_by_itself(text, h) || makes || caused(p)))
}

/// Whether a hit is a check, an alert or a block: what a tool does by
/// itself.
fn checks_alerts_or_blocks(h: &Hit) -> bool {
    [Class::Check, Class::Alert, Class::Prevent]
        .into_iter()
        .any(|c| h.classes.has(c))
}

/// Whether a check, an alert or a block (or a fix) is told in the present
/// tense of a subject that does it each time (or cannot let it happen).
fn checks_by_itself(text: &Text, h: &Hit) -> bool {
    let verb = text.tokens[h.tokens.start].norm.as_str();
    // (Or what it does not let happen: "the load sheet, which cannot be
    // signed until ...".)
    let forbids = h.classes.has(Class::Prevent) && matches!(verb, "cannot" | "can");
    // (Or keeps from sight: "the mailing tool, which hides recipients".)
    let hides = matches!(verb, "hides" | "masks" | "redacts" | "encrypts");
    (checks_alerts_or_blocks(h) || h.classes.has(Class::Fix) || hides)
        && (forbids
            || verb.ends_with('s')
                && !text
                    .tokens
                    .get(h.tokens.end)
                    .is_some_and(|n| AUXILIARY.contains(&n.norm.as_str())))
}

/// Whether a hit stands where a verb governs: first in the clause, after an
/// auxiliary, an adverb or a subject acronym ("IT will check", "QA
/// reviews"), or as a participle ("memo issued").
fn verb_position(text: &Text, hits: &[Hit], h: &Hit, clause_start: usize) -> bool {
    let i = h.tokens.start;
    // "Every day, including weekends": a preposition; "the supervising
    // partner": an adjective.
    let role_adjective = matches!(
        text.tokens[i].norm.as_str(),
        "supervising"
            | "prescribing"
            | "dispensing"
            | "admitting"
            | "attending"
            | "managing"
            | "investigating"
            | "commissioning"
            | "consulting"
            | "treating"
    ) && text.tokens.get(i + 1).is_some_and(plain_noun);
    // ("Purchasing to be re-audited": a department, then its passive.)
    let department = text.tokens[i].is_ing_form()
        && text.tokens.get(i + 1).is_some_and(|t| t.norm == "to")
        && text.tokens.get(i + 2).is_some_and(|t| t.norm == "be");
    // ("From a pre-printed set": a word after an article and its
    // adjective is a noun.)
    let after_article = i >= 2
        && matches!(text.tokens[i - 2].norm.as_str(), "a" | "an" | "the")
        // (Or an acronym: "from the HMRC feed".)
        && (text.tokens[i - 1].norm.contains('-')
            || text.tokens[i - 1].is_past()
            || text.tokens[i - 1].acronym)
        && text.tokens.get(h.tokens.end).is_none_or(ends_phrase);
    // One word, first in its clause: where a note's noun stands.
    let one_word_first = i == clause_start && h.tokens.len() == 1;
    // ("Amended return filed": a participle first, before a noun and
    // the participle that ends the clause, says which return.)
    let adjective_first = one_word_first
        && text.tokens[i].is_past()
        && (i + 2..i + 4).any(|j| {
            text.tokens
                .get(i + 1..j)
                .is_some_and(|nouns| nouns.iter().all(plain_noun))
                && text.tokens.get(j).is_some_and(Token::is_past)
                && text.tokens.get(j + 1).is_none_or(|t| !t.is_word())
        });
    // ("Patch tool default target set to the test group": a word first,
    // before the tool it names and a participle said of them, says which
    // tool.)
    // (Nouns only between: not "configure handheld so quantity field is
    // disabled"; nor a message: "e-learning module assigned".)
    let names_a_tool = one_word_first
        && !message_word(h)
        && hits.iter().any(|p| p.tokens.start == i + 1 && is_tool(p))
        && (i + 2..i + 5).any(|k| {
            text.tokens
                .get(i + 2..k)
                .is_some_and(|between| between.iter().all(plain_noun))
                && participle_at(text, k)
        });
    // ("Walk-round made a required step in the tech log": a word first,
    // then "made" and the step it was made, is the note's noun.)
    let made_required = one_word_first
        && text.tokens.get(i + 1).is_some_and(|t| t.norm == "made")
        && text.tokens[i + 2..]
            .iter()
            .take(3)
            .any(|t| matches!(t.norm.as_str(), "required" | "mandatory" | "compulsory"));
    // ("Refund now triggered only by the goods-in scan": a word first,
    // then "now" and a participle, is the note's noun.)
    let noun_now = one_word_first
        && text.tokens.get(i + 1).is_some_and(|t| t.norm == "now")
        && text.tokens.get(i + 2).is_some_and(Token::is_past);
    // ("MOT failed on retest": what failed is no build made to fail.)
    let failed = text.tokens[i].norm == "failed";
    // ("Clean and dirty trays colour-coded": a pair of states says which.)
    let states = text.tokens[i].norm == "clean"
        && text
            .tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "and" | "or" | "/"))
        && text
            .tokens
            .get(i + 2)
            .is_some_and(|t| matches!(t.norm.as_str(), "dirty" | "used" | "soiled"));
    // ("Reversing cameras and sensors fitted across the fleet": an "-ing"
    // word first, before a plural and the participle said of it, says
    // which; "and rear proximity sensors" puts it six words on.)
    // (Or any noun: "cleaning schedule time increased".)
    // (Not a message or training: "e-learning module assigned"; nor what
    // does it by itself: "self-locking hatch fitted".)
    let ing_adjective = i == clause_start
        && text.tokens[i].is_ing_form()
        && !message_word(h)
        && !h.classes.has(Class::Automated)
        && text.tokens.get(i + 1).is_some_and(plain_noun)
        && text.tokens[(i + 2).min(text.tokens.len())..text.tokens.len().min(i + 8)]
            .iter()
            .take_while(|t| t.is_word())
            .any(Token::is_past);
    // ("Delete button moved to a separate menu": a verb before the part of
    // a screen it names, and that part's participle.)
    // (Or of a check: "check owner named in the RACI", "check sheet
    // replaced".)
    let ui_part = i == clause_start
        && text.tokens.get(i + 1).is_some_and(|n| {
            matches!(
                n.norm.as_str(),
                "button"
                    | "buttons"
                    | "menu"
                    | "menus"
                    | "icon"
                    | "icons"
                    | "tab"
                    | "tabs"
                    | "owner"
                    | "owners"
                    | "sheet"
                    | "sheets"
                    | "box"
                    | "boxes"
                    | "digit"
                    | "digits"
                    | "check"
                    | "checks"
                    // (Or of a sequence: "purge step moved into start-up".)
                    | "step"
                    | "steps"
                    // (Or of a form: "return address auto-filled by the OMS".)
                    | "address"
                    | "addresses"
                    | "field"
                    | "fields"
                    | "label"
                    | "labels"
            )
            // (Or any plural, when the participle is no adjective: "sample
            // taps tagged with numbers", not "give scribes written guidance".)
            || n.s_form()
                && plain_noun(n)
                && !hits.iter().any(|p| p.tokens.start == i + 1)
                && text.tokens.get(i + 3).is_none_or(|t| !plain_noun(t))
        })
        && participle_at(text, i + 2);
    // ("Each product given its own code": "own" after a possessive.)
    let its_own = text.tokens[i].norm == "own"
        && i > 0
        && matches!(
            text.tokens[i - 1].norm.as_str(),
            "its" | "their" | "his" | "her" | "our"
        );
    // ("Display clears old readings", "email tool warns": the subject of a
    // verb in the present, with a noun between or none.)
    // (Only verbs that are seldom nouns: "remove holds on the account".)
    let present = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "clears"
                | "warns"
                | "refuses"
                | "rejects"
                | "prevents"
                | "requires"
                | "prompts"
                | "beeps"
                | "opens"
                | "asks"
                | "forces"
                | "enforces"
                // ("Refund tool pulls the order ID from the ticket".)
                | "pulls"
                | "fetches"
                | "populates"
        )
    };
    let subject_first = i == clause_start
        && (text.tokens.get(i + 1).is_some_and(present)
            || text.tokens.get(i + 1).is_some_and(plain_noun)
                && text.tokens.get(i + 2).is_some_and(present));
    // ("Acknowledged tickets escalate after 30 minutes": a participle
    // first, before a plural and the verb it takes, says which.)
    let says_which_first = one_word_first
        && text.tokens[i].is_past()
        && text
            .tokens
            .get(i + 1)
            .is_some_and(|n| n.s_form() && plain_noun(n))
        && hits.iter().any(|p| {
            p.tokens.start == i + 2
                && p.classes.first_of(&HEADS).is_some()
                && !text.tokens[i + 2].is_past()
                && !text.tokens[i + 2].s_form()
        });
    // A plural named first is the subject, not an order (no order starts
    // with an "-s" form): before a preposition ("Refunds above the agent's
    // limit go to a team leader"), or, maybe after a noun or before one,
    // then a participle ("wind warnings pushed to every instructor's
    // radio", "returns deadline shown on the stock screen"). Right before a
    // participle a list knows, the plural is the verb's kind already:
    // "reviews scheduled monthly by the CISO" is a review.
    let unknown_participle = |k: usize| {
        participle_at(text, k) && !hits.iter().any(|p| (k..k + 2).contains(&p.tokens.start))
    };
    let next = text.tokens.get(i + 1);
    let preposition = next.is_some_and(|n| {
        matches!(
            n.norm.as_str(),
            "above"
                | "over"
                | "under"
                | "below"
                | "from"
                | "without"
                | "with"
                | "of"
                | "for"
                | "in"
                | "on"
        )
    });
    let plural_first = h.tokens.len() == 1
        && text.tokens[i].s_form()
        && (i == clause_start
            && (preposition
                || unknown_participle(i + 1)
                || next.is_some_and(plain_noun) && participle_at(text, i + 2))
            || i == clause_start + 1
                && plain_noun(&text.tokens[i - 1])
                && unknown_participle(i + 1));
    // ("Booked from our own trained staff": a participle after a
    // determiner, before the people it says which of, is an adjective.)
    let which_people = i > 0
        && text.tokens[i].is_past()
        && matches!(
            text.tokens[i - 1].norm.as_str(),
            "own" | "our" | "their" | "the" | "its"
        )
        && hits
            .iter()
            .any(|p| p.tokens.start == h.tokens.end && p.classes.has(Class::People));
    // (Or first, before a role and its promise: "appointed person to visit
    // sites before signing".)
    let role_named = i == clause_start
        && text.tokens[i].is_past()
        && hits.iter().any(|p| {
            p.tokens.start == h.tokens.end
                && p.classes.has(Class::People)
                && text
                    .tokens
                    .get(p.tokens.end)
                    .is_some_and(|t| t.norm == "to")
        });
    // ("Account holder name and address shown": a person's name is a noun.)
    let persons_name = matches!(text.tokens[i].norm.as_str(), "name" | "names")
        && hits
            .iter()
            .any(|p| p.tokens.end == i && p.classes.has(Class::People));
    if text.tokens[i].norm == "including"
        || noun_now
        || made_required
        || names_a_tool
        || failed
        || states
        || persons_name
        || ing_adjective
        || ui_part
        || its_own
        || says_which_first
        || subject_first
        || plural_first
        || which_people
        || role_named
        || measured(text, hits, i)
        || role_adjective
        || adjective_first
        || after_article
        || department
        || (text.tokens[i].is_ing_form()
            && hits
                .iter()
                .any(|p| p.tokens.start == h.tokens.end && p.classes.has(Class::People)))
    {
        return false;
    }
    // "Memo issued", "change retro-actively approved".
    let participle = text.tokens[i].is_past() || text.tokens[h.tokens.end - 1].is_past();

    // "Link revoked", "log updated": a noun, then the participle of the
    // action done to it, at the end of the clause.
    let end = h.tokens.end;
    // ("Build rolled back": the participle may take more than one word.)
    // ("Refund made": "made" alone only says it was done.)
    // What may follow a note's participle: nothing, or where, how or when
    // ("Dashboard republished with security on", "painting moved out of the
    // sun", "Plan obtained later", "Parts exchanged at customer").
    let note_tail = |k: usize| {
        text.tokens.get(k).is_none_or(|t| {
            let w = t.norm.as_str();
            !t.is_word() || w == "and" || NOTE_PLACE.contains(&w) || NOTE_WHEN.contains(&w)
        })
    };
    let object_of_participle = !participle
        && text.tokens.get(end).is_some_and(Token::is_past)
        && hits.iter().any(|p| {
            p.tokens.start == end
                // ("Made private" says what was done.)
                && (text.tokens[end].norm != "made" || p.tokens.len() > 1)
                && p.classes.first_of(&HEADS).is_some()
                && note_tail(p.tokens.end)
        });
    // ("Interlock tested.", "mount torqued": a participle no list knows,
    // ending its clause, is what was done to the thing before it; "patch
    // applied" is still a patch.)
    // (Or an alert's: "dashboard unshared".)
    let unknown_participle = !participle
        && matches!(
            h.classes.first_of(&HEADS),
            Some(Class::Prevent | Class::Create | Class::Alert)
        )
        && text
            .tokens
            .get(end)
            .is_some_and(|t| t.is_past() && !hits.iter().any(|p| p.tokens.start == end))
        && note_tail(end + 1);
    // "Funds recovery attempted", "updates applied to all servers": an -s
    // form first in a clause, with a participle after it that no list knows,
    // is a noun, for an imperative is never in the -s form. (A known one is
    // read as the verb already: "reviews scheduled monthly"; but not a fix
    // of the one at hand: "funds recall requested from the bank".)
    // (Or with an auxiliary right after it: "Restarts are blocked by the
    // orchestrator".)
    // (A noun may come first, with its capital: "GP requests logged in the
    // care system".)
    let first = &text.tokens[clause_start];
    let noun_before = i == clause_start + 1
        && !AUXILIARY.contains(&text.tokens[i].norm.as_str())
        && (plain_noun(first) || first.capital && first.is_word() && !first.is_past())
        && !hits
            .iter()
            .any(|p| p.tokens.contains(&clause_start) && p.classes.first_of(&HEADS).is_some());
    let noun_first = (i <= clause_start || noun_before)
        && !participle
        && text.tokens[i].s_form()
        && ((end..text.tokens.len())
            .take_while(|&j| !ends_phrase(&text.tokens[j]))
            .take(4)
            .any(|j| {
                // (Or a block: "reboots outside maintenance windows blocked
                // by the NMS".)
                text.tokens[j].is_past()
                    && !hits.iter().any(|p| {
                        p.tokens.start == j
                            && p.classes
                                .first_of(&HEADS)
                                .is_some_and(|c| !matches!(c, Class::Fix | Class::Prevent))
                    })
            })
            // (Any participle right after a fix's noun: "GP requests logged
            // in the care system".)
            || h.classes.first_of(&HEADS) == Some(Class::Fix)
                && text.tokens.get(end).is_some_and(Token::is_past)
            || text.tokens.get(end).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "are" | "were" | "will" | "can" | "must" | "have" | "now" | "only"
                )
            }));
    // "Limit override reversed": a word first in a clause, a noun and a
    // participle after it make a noun phrase and its verb.
    // ("Disable accounts created by contractors": a participle with more
    // after it says which ones.)
    // (Only a correction's or a change's participle: "correct strength
    // reordered" is a strength corrected, "inspection point lighting
    // upgraded" the lighting changed.)
    // (The noun may end in "-ing", and a place may follow: "audit logging
    // re-enabled on the database".)
    // (Or a record brought up to date: "document register updated".)
    let record_updated = || {
        text.tokens.get(end).is_some_and(is_record)
            && text
                .tokens
                .get(end + 1)
                .is_some_and(|t| t.norm == "updated")
    };
    // (Two nouns may stand between: "audit trail setting restored".)
    let nouns = (end..text.tokens.len())
        .take(2)
        .take_while(|&j| text.tokens[j].could_be_noun())
        .count();
    let at = end + nouns.max(1) - 1;
    // (The participle may take more than one word: "link sharing turned
    // off on the folder".)
    // ("Flag condition fixed": "fix" is a change of what is named, but
    // "fixed" after it says it was mended.)
    // (Or a block: "quarantine status now enforced by the WMS".)
    let fixed = hits.iter().find(|p| {
        p.tokens.start == at + 1
            && (matches!(
                p.classes.first_of(&HEADS),
                Some(Class::Fix | Class::Prevent | Class::Change)
            ) || text.tokens[p.tokens.start].norm == "fixed")
    });
    let after_fixed = fixed.map_or(at + 2, |p| p.tokens.end);
    // (Or people told: "hire desk reminded".)
    let told = || {
        hits.iter().any(|p| {
            p.tokens.start == at + 1
                && matches!(
                    p.classes.first_of(&HEADS),
                    Some(Class::Exhort | Class::Train)
                )
        })
    };
    // (Or a plural, which no imperative takes so bare before a participle:
    // "repair requests logged in the portal".)
    // (Not with its agent after it, which says which ones: "disable
    // accounts created by contractors".)
    let plural = nouns == 1
        && text.tokens[at].s_form()
        && h.tokens.len() == 1
        && text.tokens.get(at + 2).is_none_or(|t| t.norm != "by");
    let compound_first = i <= clause_start
        && !participle
        && nouns > 0
        && text.tokens.get(at + 1).is_some_and(Token::is_past)
        && (fixed.is_some() || record_updated() || told() || plural)
        && text.tokens.get(after_fixed).is_none_or(|t| {
            !t.is_word()
                || matches!(
                    t.norm.as_str(),
                    "and"
                        | "to"
                        | "on"
                        | "in"
                        | "at"
                        | "for"
                        | "with"
                        | "by"
                        | "so"
                        | "of"
                        | "about"
                )
        });
    // "(An index with owners and) review dates will be set up": a word with
    // a noun and a future passive after it is the noun's qualifier, and one
    // with the passive right after it its subject ("budget alerts to be
    // reviewed weekly", "review to be held").
    let passive_at = |k: usize| {
        text.tokens
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "will" | "shall" | "to"))
            && text.tokens.get(k + 1).is_some_and(|t| t.norm == "be")
    };
    // (Care is what is taken: "extra care will be taken".)
    // (A verb that takes what is to be done stays one: "require labels to
    // be checked in the permit process".)
    let takes_a_deed = matches!(
        text.tokens[i].norm.as_str(),
        "require" | "allow" | "expect" | "instruct" | "permit"
    );
    let future_subject = !participle
        && !takes_a_deed
        && (passive_at(end) && !h.classes.has(Class::Care)
            || text.tokens.get(end).is_some_and(plain_noun) && passive_at(end + 1));
    // "Recall system set up for gauges": a word first in the clause before a
    // tool that a participle then puts in place says which tool.
    let tool_first = i <= clause_start
        && !participle
        && hits.iter().any(|p| {
            p.tokens.start == end
                && p.classes.has(Class::Control)
                && hits.iter().any(|v| {
                    v.tokens.start == p.tokens.end
                        && text.tokens[v.tokens.start].is_past()
                        && matches!(v.classes.first_of(&HEADS), Some(Class::Create))
                })
        });
    // ("Count entry becomes a mandatory field": a word first in the clause,
    // a noun and a present tense that puts something in place.)
    let subject_first = i <= clause_start
        && !participle
        && hits.iter().any(|p| {
            (end + 1..=end + 2).contains(&p.tokens.start)
                && text.tokens[end..p.tokens.start]
                    .iter()
                    .all(Token::could_be_noun)
                && puts_in_place_now(text, p)
        });
    if object_of_participle
        || unknown_participle
        || noun_first
        || compound_first
        || subject_first
        || future_subject
        || tool_first
    {
        return false;
    }
    // "With a reviewed plan": a participle after an article is an adjective;
    // so is one between a preposition and its noun ("for flagged items").
    // (So is one after a possessive: "to the tenant's verified account".)
    let article = i > 0
        && matches!(
            text.tokens[i - 1].norm.as_str(),
            "a" | "an" | "the" | "'s" | "their" | "its" | "our"
        );
    // (After "to" only a form in "-ed": "to completed training records";
    // "to run" is the infinitive.)
    let after_preposition = i > 0
        && (matches!(
            text.tokens[i - 1].norm.as_str(),
            "for" | "of" | "on" | "from" | "about" | "against" | "with"
        ) || text.tokens[i - 1].norm == "to" && text.tokens[i].norm.ends_with("ed"))
        && text
            .tokens
            .get(h.tokens.end)
            .is_some_and(Token::could_be_noun);
    // ("Log returned laptops in the asset system": after a verb no list
    // knows, a participle before its noun says which.)
    // (An acronym is no verb: "AV hired last minute".)
    // (Nor a noun for someone who does something, the subject: "Timetabler
    // rebooked one exam".)
    let agent = |t: &Token| {
        (t.norm.ends_with("er") || t.norm.ends_with("or"))
            && t.norm.len() >= 7
            && !matches!(
                t.norm.as_str(),
                "register"
                    | "consider"
                    | "deliver"
                    | "administer"
                    | "remember"
                    | "discover"
                    | "recover"
                    | "transfer"
                    | "monitor"
            )
    };
    let after_unknown_verb = i == clause_start + 1
        && text.tokens[clause_start].is_word()
        && !text.tokens[clause_start].acronym
        && !agent(&text.tokens[clause_start])
        && !hits.iter().any(|p| p.tokens.contains(&clause_start))
        && text.tokens.get(h.tokens.end).is_some_and(plain_noun);
    if participle && (article || after_preposition || after_unknown_verb) && i > clause_start {
        return false;
    }
    // "Amended declaration submitted to customs": a participle before its
    // noun is an adjective when another participle says what was done.
    // (The other may end in its particle: "appointed person spoken to".)
    // (A possessive may stand between: "licensed engineer's authorisation
    // suspended".)
    // (Or what it comes with: "time-locked safe with auto-close installed".)
    let reach = if text
        .tokens
        .get(end + 1)
        .is_some_and(|t| matches!(t.norm.as_str(), "'s" | "with"))
    {
        end + 5
    } else {
        end + 3
    };
    let adjective_first = participle
        && i <= clause_start
        && text.tokens.get(end).is_some_and(plain_noun)
        && hits.iter().any(|p| {
            (end + 1..reach).contains(&p.tokens.start)
                && (text.tokens[p.tokens.end - 1].is_past()
                    || text.tokens[p.tokens.start].is_past())
                && p.classes.first_of(&HEADS).is_some()
        });
    if adjective_first {
        return false;
    }
    if i <= clause_start || participle {
        return true;
    }
    // A noun as the subject of what follows is no verb: "and change
    // retro-actively approved", "review was done". (A bare participle after
    // it proves nothing: "install locked bins".)
    if let Some(next) = text.tokens.get(h.tokens.end)
        && (matches!(
            next.norm.as_str(),
            "was" | "were" | "is" | "are" | "has" | "have" | "had"
        ) || next.norm.ends_with("ly")
            && text
                .tokens
                .get(h.tokens.end + 1)
                .is_some_and(Token::is_past))
    {
        return false;
    }
    // "Procedure update to include the torque value", "drawing update with
    // one table": a document first in the clause, then the change made to
    // it, named as a noun.
    if matches!(
        h.classes.first_of(&HEADS),
        Some(Class::Change | Class::Create)
    ) && document_before(hits, i, clause_start).is_some()
    {
        return true;
    }
    // "Staff follow", "the team reviews": a person as the subject; "manual
    // reconciliation": a check named by how it is done.
    let after = |c: Class| hits.iter().find(|p| p.tokens.end == i && p.classes.has(c));
    // "A monthly report" is a noun, as "monthly reconciliation" is not.
    if let Some(p) = after(Class::Periodic) {
        return !(p.tokens.start > 0
            && matches!(
                text.tokens[p.tokens.start - 1].norm.as_str(),
                "a" | "an" | "the"
            ));
    }
    if after(Class::People).is_some() {
        return true;
    }
    let prev = &text.tokens[i - 1];
    // ("By installing an interlock": the means.)
    if prev.norm == "by" && text.tokens[i].is_ing_form() {
        return true;
    }
    // (A list's marks too: "- [ ] post in #eng", "* add", "1) add".)
    if !prev.is_word() {
        return matches!(
            prev.norm.as_str(),
            ":" | "(" | "-" | "\"" | "]" | "*" | "•" | ")"
        );
    }
    // ("The sprinkler panel now needs a code", "the scanner no longer
    // accepts key-in": a standing change told of its subject.)
    let standing = matches!(text.tokens[i].norm.as_str(), "now" | "no")
        && h.tokens.len() > 1
        && !is_determiner(prev);
    // ("Count entry becomes a mandatory field": a bare noun phrase, then
    // what puts something in place, in the present tense.)
    let told_of_subject = (1..=3).contains(&(i - clause_start))
        && puts_in_place_now(text, h)
        // (The first word may have its capital.)
        && text.tokens[clause_start..i]
            .iter()
            .enumerate()
            .all(|(k, t)| (t.could_be_noun() || k == 0 && t.is_word()) && !is_determiner(t));
    standing
        || told_of_subject
        || prev.norm == "now"
        || prev.norm.ends_with("ly")
        || AUXILIARY.contains(&prev.norm.as_str())
        || prev.acronym
        || tool_does(text, hits, h, Some(prev.norm.as_str()))
        || tool_subject(text, hits, h)
}

/// Whether an action word (and its object) is followed by "by" and another
/// action word in its "-ing" form, which says how it is done: "prevent
/// recurrence by retraining staff".
fn by_doing(text: &Text, hits: &[Hit], h: &Hit) -> bool {
    let Some(by) = text.tokens[h.tokens.end..]
        .iter()
        .take(5)
        .take_while(|t| t.is_word())
        .position(|t| t.norm == "by")
        .map(|p| h.tokens.end + p)
    else {
        return false;
    };
    text.tokens.get(by + 1).is_some_and(Token::is_ing_form)
        && hits
            .iter()
            .any(|p| p.tokens.start == by + 1 && p.classes.first_of(&HEADS).is_some())
}

fn read(text: &Text, hits: &[Hit], traced: bool) -> Option<Reading> {
    let clause_start = clause_start(text, hits.first()?.tokens.start);
    // The governing word: the first action word in a verb's place, or a
    // message or training named as the subject ("lock screen reminder added").
    let mut light: Option<usize> = None;
    let mut recipient: Option<Range<usize>> = None;
    let head = hits.iter().enumerate().find_map(|(i, h)| {
        // A message may govern from anywhere ("lock screen reminder
        // added"), unless a tool is the subject: "the system informs the
        // owner" is not a reminder.
        // (Not what something is taken from: "strip personal data from
        // viewer messages".)
        let message = || {
            let verb = &text.tokens[h.tokens.end - 1].norm;
            let tool = hits[..i].iter().any(acts_by_itself);
            let at = h.tokens.start;
            let from = at.saturating_sub(3);
            let source = text.tokens[from..at].iter().any(|t| t.norm == "from");
            // (Nor what another noun is of: "back-translation of every
            // safety warning added to the QA checklist".)
            let of_another = text.tokens[from..at]
                .iter()
                .position(|t| t.norm == "of")
                .map(|p| from + p)
                .is_some_and(|of| {
                    let noun = &text.tokens[of.saturating_sub(1)];
                    // (The first word may have its capital.)
                    of > clause_start
                        && (plain_noun(noun) || of - 1 == clause_start && noun.is_word())
                        && !hits.iter().any(|p| p.tokens.contains(&(of - 1)))
                });
            // (Nor one a tool makes: "notices now generated by the
            // elections system".)
            let made_by_a_tool = {
                let mut k = h.tokens.end;
                if text.tokens.get(k).is_some_and(|t| t.norm == "now") {
                    k += 1;
                }
                text.tokens.get(k).is_some_and(Token::is_past)
                    && text.tokens.get(k + 1).is_some_and(|t| t.norm == "by")
                    && hits
                        .iter()
                        .any(|p| (k + 2..k + 5).contains(&p.tokens.start) && is_tool(p))
            };
            !(tool && (verb.ends_with('s') || verb.ends_with("ed"))
                || source
                || of_another
                || made_by_a_tool
                || measured(text, hits, at))
        };
        // So may an adverb of care: "on-call to take disk alerts seriously".
        let adverb = || text.tokens[h.tokens.end - 1].norm.ends_with("ly");
        // ("A £20 note limit": a message word before a limit only says
        // which; "a reminder banner", "an e-learning module" are messages.)
        // (Nor does one before a tool: "the model training pipeline".)
        // (Nor one before a noun no list knows: "from the email inbox".)
        // (Nor one that is the subject of a standing change: "the disk
        // warning now fires at 90%".)
        // (Nor a participle after an article, before its noun: "tested by
        // a qualified electrician".)
        let adjective = || {
            let at = h.tokens.start;
            h.tokens.len() == 1
                && at > 0
                && text.tokens[at].is_past()
                && matches!(text.tokens[at - 1].norm.as_str(), "a" | "an")
                && text.tokens.get(at + 1).is_some_and(plain_noun)
        };
        let qualifies = || {
            adjective()
                || hits.iter().any(|p| {
                    p.tokens.start == h.tokens.end
                        && (p.classes.has(Class::Prevent)
                            || p.classes.has(Class::Control)
                            || text.tokens[p.tokens.start].norm == "now")
                })
                || describes(text, hits, h)
        };
        // ("Worked on from home without email": what is done without is
        // no action.)
        // (Nor what it holds off for: "unless renewed"; nor what people
        // in a relative clause do: "held for guests who ask for them".)
        // (Nor what it waits for: "locks the key box until the check is
        // done", "the key is only released when the slide is locked".)
        // (Nor what people do in a condition: "a prompt when the same
        // customer buys again"; nor a word after "all" before its noun:
        // "log all email repair requests".)
        // (Or the second of two such nouns: "photographed at every pickup
        // and return".)
        let at = h.tokens.start;
        let quantified = at > clause_start
            && says_every(&text.tokens[at - 1])
            && text
                .tokens
                .get(h.tokens.end)
                .is_some_and(Token::could_be_noun)
            || at >= clause_start + 3
                && matches!(text.tokens[at - 1].norm.as_str(), "and" | "or")
                && text.tokens[at - 2].could_be_noun()
                && says_every(&text.tokens[at - 3])
                // (Not a second verb: "each morning and log it".)
                && text
                    .tokens
                    .get(h.tokens.end)
                    .is_some_and(|t| matches!(t.norm.as_str(), "in" | "at" | "on"));
        if asks_to_do(text, hits, i)
            || quantified
            || in_a_condition(text, hits, h)
            || in_a_bare_relative(text, hits, h)
            || h.tokens.start > 0
                && matches!(
                    text.tokens[h.tokens.start - 1].norm.as_str(),
                    "without" | "unless" | "who"
                )
            || waited_for(&text.tokens[clause_start..h.tokens.start])
        {
            return None;
        }
        // "Give the seatbelt sign a chime": the sign is who gets it.
        if recipient
            .as_ref()
            .is_some_and(|r| r.contains(&h.tokens.start))
        {
            return None;
        }
        // "Resolved by installing an interlock": what is done "by" doing
        // something else is said by that.
        if by_doing(text, hits, h) {
            return None;
        }
        // (Nor when a tool named by its initials is the subject: "the CNC
        // reads the program from the part barcode".)
        if h.classes.first_of(&HEADS).is_some_and(|c| {
            (message_word(h) && message() && !qualifies())
                || (c == Class::Care && adverb())
                || (verb_position(text, hits, h, clause_start)
                    && !(message_word(h)
                        && text.tokens[h.tokens.end - 1].s_form()
                        && hits[..i].iter().any(acts_by_itself))
                    && !light.is_some_and(|end| says_which(text, h, end)))
        }) {
            return Some(i);
        }
        // A light verb governs through its object: "carry out a review",
        // or, passive, "a one-off review was carried out".
        if h.classes.has(Class::Light) && verb_position(text, hits, h, clause_start) {
            light = Some(h.tokens.end);
            recipient = given(text, h.tokens.end).map(|g| h.tokens.end..g.start);
            return run_through_tool(text, hits, i)
                .map(|_| i)
                .or_else(|| light_object(text, hits, i))
                .or_else(|| given_tool(text, hits, i).map(|_| i));
        }
        None
    })?;
    // "Give gate staff a tablet that checks ...": a tool given puts it in
    // place.
    // (Or asked for from whoever makes it: "ask the FMS supplier for a
    // confirm prompt".)
    let tool_given = run_through_tool(text, hits, head)
        .or_else(|| {
            given_tool(text, hits, head).filter(|_| {
                hits[head].classes.has(Class::Light) || hits[head].classes.has(Class::Send)
            })
        })
        .or_else(|| asked_for_tool(text, hits, head));
    let verb = match tool_given {
        Some(_) => Class::Create,
        None => hits[head].classes.first_of(&HEADS)?,
    };
    let words = |h: &Hit| text.norm_of(h.tokens.clone()).1.to_string();
    let mut trace = Vec::new();
    if traced {
        trace.push(format!(
            "action verb: \"{}\" ({})",
            words(&hits[head]),
            verb.name()
        ));
    }
    // "Procedure update to include ...": the document named first is what
    // the change is made to.
    let (object, object_hit) = match document_before(hits, hits[head].tokens.start, clause_start) {
        _ if tool_given.is_some() => (Object::Control, tool_given),
        Some(d)
            if matches!(verb, Class::Change | Class::Create)
                && !text.tokens[hits[head].tokens.end - 1].is_past() =>
        {
            (Object::Document, Some(d))
        }
        _ => object(text, hits, head),
    };
    // "Remove the override switch": a way round a control that names the
    // tool taken away is what is removed.
    let (object, object_hit) = match object_hit {
        Some(o)
            if verb == Class::Fix
                && object == Object::Control
                && o > 0
                && hits[o - 1].tokens.end == hits[o].tokens.start
                && hits[o - 1].classes.first_of(&OBJECTS) == Some(Class::Hazard) =>
        {
            (Object::Hazard, Some(o - 1))
        }
        // ("Label printing was changed": the work done on a kind of thing,
        // not the one at hand.)
        Some(o)
            if object == Object::Instance
                && text
                    .tokens
                    .get(hits[o].tokens.end)
                    .is_some_and(|t| t.is_ing_form() && o < head) =>
        {
            (Object::Other, Some(o))
        }
        _ => (object, object_hit),
    };
    if traced {
        match object_hit {
            Some(o) => trace.push(format!(
                "object: \"{}\" ({})",
                words(&hits[o]),
                object.name()
            )),
            None => trace.push(format!("object: none named ({})", object.name())),
        }
    }
    // The words to quote: the verb, with its object when it follows
    // directly ("train reception staff").
    let said = match object_hit {
        Some(o)
            if o > head
                && !text.tokens[hits[head].tokens.end..hits[o].tokens.start]
                    .iter()
                    .any(ends_phrase) =>
        {
            hits[head].tokens.start..hits[o].tokens.end
        }
        _ => hits[head].tokens.clone(),
    };
    // "Make the mute key a timed key held by the quality lead": what is
    // made into something else is changed, not put in.
    let made_into = matches!(
        text.tokens[hits[head].tokens.start].norm.as_str(),
        "make" | "makes" | "made"
    ) && object_hit.is_some_and(|o| {
        o > head
            && text
                .tokens
                .get(hits[o].tokens.end)
                .is_some_and(|t| matches!(t.norm.as_str(), "a" | "an"))
    });
    let verb = if made_into && verb == Class::Create {
        Class::Change
    } else {
        verb
    };
    let mut r = Reading {
        tier: table(verb, object),
        words: vec![said],
        trace,
    };
    if traced {
        r.trace.push(format!(
            "table: {} x {} = {}",
            verb.name(),
            object.name(),
            r.tier.as_str()
        ));
    }
    let governed = Governed::new(
        text,
        hits,
        head,
        clause_start,
        verb,
        object,
        object_hit,
        traced,
    );
    for modify in MODIFIERS {
        modify(&governed, &mut r);
    }
    Some(r)
}

/// "Action: retrain storeman. Owner: Stores. Due: 30/11.": the fields of a
/// plan's form that say who and when are no action ("Stores" is no verb).
fn form_fields(text: &Text) -> Vec<Range<usize>> {
    let t = &text.tokens;
    (1..t.len())
        .filter(|&k| {
            t[k].norm == ":"
                && matches!(
                    t[k - 1].norm.as_str(),
                    "owner" | "owners" | "due" | "status" | "responsible" | "deadline" | "by"
                )
                && (k == 1 || sentence_end(&t[k - 2]) || t[k - 2].norm == ",")
        })
        .map(|k| {
            let end = (k + 1..t.len())
                .find(|&e| sentence_end(&t[e]))
                .unwrap_or(t.len());
            k - 1..end
        })
        .collect()
}

/// "Every tie tagged "do not remove"": the words of a label or a sign,
/// quoted inside a plan, are what it says, not what the plan does. (Short
/// quotes after other words; a plan quoted whole is still read.)
fn quoted(text: &Text) -> Vec<Range<usize>> {
    let t = &text.tokens;
    let marks: Vec<usize> = (0..t.len()).filter(|&k| t[k].norm == "\"").collect();
    let mut out: Vec<Range<usize>> = marks
        .chunks_exact(2)
        .filter(|pair| pair[0] > 0 && pair[1] - pair[0] <= 8)
        .map(|pair| pair[0] + 1..pair[1])
        .collect();
    // Single quotes too, told from an apostrophe ("drivers' tablets") by
    // where the spaces are: "gives only 'delivered to patient' or ...".
    let single = |k: usize| t[k].norm == "'";
    let opens = |k: usize| {
        single(k)
            && t[k].space_before
            && t.get(k + 1).is_some_and(|n| n.is_word() && !n.space_before)
    };
    let closes = |j: usize| {
        single(j)
            && !t[j].space_before
            && t.get(j + 1).is_none_or(|n| n.space_before || !n.is_word())
    };
    let mut k = 1;
    while k < t.len() {
        if opens(k)
            && let Some(close) = (k + 2..t.len().min(k + 10)).find(|&j| closes(j))
        {
            out.push(k + 1..close);
            k = close + 1;
        } else {
            k += 1;
        }
    }
    out
}

/// "Instead of retraining, we fitted ...", "Training was not the answer;
/// ...", "Not another briefing: ...", "We considered a reminder but ...": an
/// action named only to be turned down is no part of the plan. The spans of
/// tokens that name one.
fn turned_down(text: &Text) -> Vec<Range<usize>> {
    let t = &text.tokens;
    let word = |k: usize| t.get(k).map_or("", |w| w.norm.as_str());
    let ends = |k: usize| {
        sentence_end(&t[k]) || matches!(t[k].norm.as_str(), "," | ":" | ";" | "but" | "so")
    };
    let clause_end = |from: usize| (from..t.len()).find(|&k| ends(k)).unwrap_or(t.len());
    let mut out = Vec::new();
    for i in 0..t.len() {
        let from = match (word(i), word(i + 1)) {
            ("instead", "of") | ("rather", "than") | ("not", "another") | ("no", "more") => i + 2,
            // (Only when the plan goes on after "but".)
            ("considered" | "considering", _)
                if (i + 1..t.len())
                    .take_while(|&k| !sentence_end(&t[k]))
                    .any(|k| t[k].norm == "but") =>
            {
                i + 1
            }
            // "Training was not the answer": the sentence up to it.
            ("not", "the" | "enough")
                if matches!(word(i.wrapping_sub(1)), "was" | "is" | "would" | "will")
                    && (word(i + 1) == "enough"
                        || matches!(word(i + 2), "answer" | "fix" | "solution")) =>
            {
                let start = (0..i).rev().find(|&k| ends(k)).map_or(0, |k| k + 1);
                out.push(start..i + 1);
                continue;
            }
            _ => continue,
        };
        out.push(i..clause_end(from));
    }
    out
}

/// Whether a tool is named in the four words after the word at `at` (a
/// preposition): "through the plant booking app", "with a coded interlock".
fn tool_after(hits: &[Hit], at: usize) -> bool {
    hits.iter()
        .any(|h| (at + 1..at + 5).contains(&h.tokens.start) && h.classes.has(Class::Control))
}

/// "Run EXPLAIN against a snapshot": a verb in capitals among words in
/// lower case names a command, not what is done.
/// (A tool's name in capitals stays one: "the LIMS".)
fn names_command(text: &Text, h: &Hit) -> bool {
    let i = h.tokens.start;
    h.tokens.len() == 1
        && text.tokens[i].acronym
        && text.tokens[i].norm.len() > 3
        && h.classes.first_of(&HEADS).is_some()
        && !h.classes.has(Class::Control)
        && text.tokens.iter().any(|t| t.is_word() && !t.capital)
}

/// Whether a hit is a present tense that puts something in place and no
/// noun a list also knows ("becomes a mandatory", "requires"; not "give
/// original documents").
fn puts_in_place_now(text: &Text, h: &Hit) -> bool {
    text.tokens[h.tokens.start].s_form()
        && h.classes.first_of(&HEADS) == Some(Class::Create)
        && h.classes.first_of(&OBJECTS).is_none()
}

/// Whether the word at `at` is what comes before or after the action, or
/// the object of a step done then: "require a site photo before signing",
/// "post in #infra before running the script".
fn in_a_step_around(tokens: &[Token], at: usize) -> bool {
    let around = |t: &Token| matches!(t.norm.as_str(), "before" | "after" | "until");
    at.checked_sub(1).is_some_and(|b| around(&tokens[b]))
        || tokens[at.saturating_sub(3)..at]
            .windows(2)
            .any(|w| around(&w[0]) && w[1].is_ing_form())
}

/// Whether words that come before an action make it a condition of what
/// comes first: after "until", or after "when", "once", "after" or "if"
/// with "only" before them, or after "before" with what may be done.
fn waited_for(before: &[Token]) -> bool {
    // (Or what may be done when it may: "state in the risk assessment when
    // cuffs may be removed".)
    let permitted = before.len() >= 2
        && before[before.len() - 1].norm == "be"
        && matches!(
            before[before.len() - 2].norm.as_str(),
            "may" | "can" | "might"
        );
    before.iter().enumerate().any(|(k, t)| {
        t.norm == "until"
            || matches!(t.norm.as_str(), "when" | "once" | "after" | "if")
                && (permitted || before[..k].iter().any(|o| o.norm == "only"))
            // ("A photo needed for each item before it can be closed": what
            // has to come first.)
            || t.norm == "before" && permitted
    })
}

/// Whether the clause in `tokens[clause]` says its action could not be
/// taken: "blocking of the stick's contents not possible" ranks nothing,
/// while "so that it is not possible to export" goes on, and is a block.
fn not_taken(tokens: &[Token], clause: Range<usize>) -> bool {
    clause.clone().any(|i| {
        tokens[i].norm == "not"
            && tokens
                .get(i + 1)
                .is_some_and(|n| matches!(n.norm.as_str(), "possible" | "feasible"))
            && !tokens.get(i + 2).is_some_and(Token::is_word)
    })
}

/// Whether what follows a word leaves it without an object: the end of the
/// text, a mark, or a clause of time or condition. An exhorting word there
/// is a noun ("blocks access to email until the device is enrolled"), not
/// a verb ("to stress that", "to remind engineers").
fn ends_clause(next: Option<&Token>) -> bool {
    next.is_none_or(|t| {
        !t.is_word()
            || matches!(
                t.norm.as_str(),
                "until" | "when" | "unless" | "if" | "before" | "after" | "while" | "once"
            )
    })
}

/// Whether a token ends a noun phrase: a preposition, a conjunction or a
/// mark other than a quote.
fn ends_phrase(t: &Token) -> bool {
    if t.is_word() {
        NP_END.contains(&t.norm.as_str())
    } else {
        // A possessive goes on with its noun: "the comms team's tool".
        !matches!(t.norm.as_str(), "\"" | "'" | "-" | "/" | "'s")
    }
}

/// The action noun a light verb takes its meaning from: in the phrase after
/// it, else the nearest one before it.
fn light_object(text: &Text, hits: &[Hit], light: usize) -> Option<usize> {
    let after = hits[light].tokens.end;
    // What is given, not whom it is given to (`given`).
    let (from, end) = match given(text, after) {
        Some(what) => (what.start, what.end),
        None => (0, phrase_end(text, after)),
    };
    let is_action = |i: &usize| hits[*i].classes.first_of(&HEADS).is_some();
    // A hit that starts in the phrase counts: "run terraform only from CI".
    // (Not a verb that only describes what is given: "a separate sorter
    // chute", "a dedicated line"; a message or a check still names it: "a
    // warning letter", "a review task".)
    // (Nor a participle after an article: "given a written warning".)
    hit_within(hits, light, from..end, |h| {
        h.classes.first_of(&HEADS).is_some()
            && !says_which(text, h, hits[light].tokens.end)
            && !(text.tokens[h.tokens.start].is_past()
                && h.tokens.start > 0
                && matches!(
                    text.tokens[h.tokens.start - 1].norm.as_str(),
                    "a" | "an" | "the"
                )
                && text.tokens.get(h.tokens.end).is_some_and(Token::is_word))
            && !(describes(text, hits, h)
                && matches!(
                    h.classes.first_of(&HEADS),
                    Some(Class::Create | Class::Change | Class::Fix)
                ))
    })
    // (Or the one before it, but not a reading taken: "probe reading made
    // mandatory".)
    .or_else(|| {
        (0..light)
            .rev()
            .find(|&i| is_action(&i) && !measured(text, hits, hits[i].tokens.start))
    })
}

/// Whether the word at `at` is a reading taken, after what took it: "probe
/// reading", "meter readings" (a reading of a document is someone's).
fn measured(text: &Text, hits: &[Hit], at: usize) -> bool {
    // (The word before may have its capital: "Probe reading"; not people:
    // "staff reading the SOP".)
    matches!(text.tokens[at].norm.as_str(), "reading" | "readings")
        && !hits
            .iter()
            .any(|p| p.tokens.end == at && p.classes.has(Class::People))
        && at > 0
        && text.tokens[at - 1].is_word()
        && !text.tokens[at - 1].is_past()
        && !is_determiner(&text.tokens[at - 1])
        && !ends_phrase(&text.tokens[at - 1])
        && !AUXILIARY.contains(&text.tokens[at - 1].norm.as_str())
}

/// Whether a hit, between a determiner and a noun no list knows, only says
/// which thing: "a separate sorter chute", "an email inbox".
fn describes(text: &Text, hits: &[Hit], h: &Hit) -> bool {
    let noun_after = text.tokens.get(h.tokens.end).is_some_and(|n| {
        plain_noun(n)
            && !AUXILIARY.contains(&n.norm.as_str())
            && !hits.iter().any(|p| p.tokens.start == h.tokens.end)
    });
    // (Or before a plural that ends its phrase: "calculate notice periods
    // in the tenancy system".)
    let plural_after = text.tokens.get(h.tokens.end).is_some_and(Token::s_form)
        && text.tokens.get(h.tokens.end + 1).is_none_or(ends_phrase);
    noun_after
        && (h.tokens.start > 0 && is_determiner(&text.tokens[h.tokens.start - 1]) || plural_after)
}

/// Whether a hit is a word for a message or training, which may name what
/// is given or sent ("a warning letter", "a briefing").
fn message_word(h: &Hit) -> bool {
    matches!(
        h.classes.first_of(&HEADS),
        Some(Class::Exhort | Class::Train | Class::Attest)
    )
}

/// Where the noun phrase that goes on at `from` ends.
fn phrase_end(text: &Text, from: usize) -> usize {
    text.tokens[from..]
        .iter()
        .position(ends_phrase)
        .map_or(text.tokens.len(), |p| from + p)
}

/// "Give the seatbelt sign a distinct chime", "give the cleaner and the
/// front desk their own logins": the words of what is given, after whom it
/// is given to, when the light verb ending at `after` gives.
fn given(text: &Text, after: usize) -> Option<Range<usize>> {
    // (Or issued, provided, supplied: "issue every electrician a
    // lock-off kit".)
    if !matches!(
        text.tokens[after - 1].norm.as_str(),
        "give"
            | "gives"
            | "gave"
            | "issue"
            | "issues"
            | "provide"
            | "provides"
            | "supply"
            | "supplies"
    ) {
        return None;
    }
    let clause_end = text.tokens[after..]
        .iter()
        .position(|t| matches!(t.norm.as_str(), "." | ";" | ":" | "," | "!" | "?"))
        .map_or(text.tokens.len(), |p| after + p);
    let start = (after + 1..clause_end).find(|&k| {
        matches!(
            text.tokens[k].norm.as_str(),
            "a" | "an"
                | "their"
                | "his"
                | "her"
                | "its"
                | "our"
                | "two"
                | "three"
                | "four"
                | "extra"
        ) && text.tokens[k - 1].is_word()
    })?;
    Some(start..phrase_end(text, start + 1))
}

/// The tool that the light verb `light` gives, when it gives one: "give
/// data science an anonymised copy of production".
/// (Or where it is given: "give every rule an expiry date in the change
/// tool".)
fn given_tool(text: &Text, hits: &[Hit], light: usize) -> Option<usize> {
    let mut what = given(text, hits[light].tokens.end)?;
    // (What it comes with is given too: "a named admin account with MFA";
    // and a noun joined to its own: "a cable and pipe detector".)
    if text
        .tokens
        .get(what.end)
        .is_some_and(|t| matches!(t.norm.as_str(), "in" | "on" | "with" | "and"))
    {
        what.end = phrase_end(text, what.end + 1);
    }
    hit_within(hits, light, what, |k| k.classes.has(Class::Control))
}

/// "Give bank staff logins issued with their shift booking": a participle
/// right after its noun, past the light verb that ends at `light_end`, says
/// which ones. At the end of its clause it says what was done ("and the
/// old key card deactivated").
/// (A compound that starts with a participle names a thing: "give the PI
/// protected time".)
/// (So does one right after the light verb, before its noun: "hold flagged
/// stories for the lawyer".)
fn says_which(text: &Text, h: &Hit, light_end: usize) -> bool {
    let s = h.tokens.start;
    if s == light_end {
        return h.tokens.len() == 1
            && text.tokens[s].is_past()
            && text.tokens.get(s + 1).is_some_and(plain_noun);
    }
    s > light_end
        && h.tokens.len() == 1
        && text.tokens.get(h.tokens.end).is_some_and(Token::is_word)
        && text.tokens[s].is_past()
        && text.tokens[s - 1].is_word()
        && !AUXILIARY.contains(&text.tokens[s - 1].norm.as_str())
        && !matches!(
            text.tokens[s - 1].norm.as_str(),
            "a" | "an" | "the" | "to" | "and" | "or" | "not"
        )
}

/// A word that can head a noun phrase: lower case, and no adverb, participle
/// or little word ("remind staff today", "the team involved").
fn plain_noun(t: &Token) -> bool {
    t.could_be_noun()
        && !t.is_ing_form()
        && !matches!(
            t.norm.as_str(),
            "today"
                | "tomorrow"
                | "again"
                // When, not what: "deposit protected late".
                | "late"
                | "afterwards"
                // Where, not what: "a poster next to the till".
                | "next"
                | "near"
                | "beside"
                | "opposite"
                | "inside"
                | "outside"
                | "above"
                | "below"
                | "behind"
                | "alongside"
                | "now"
                | "once"
                | "twice"
                | "present"
                | "too"
                | "also"
                | "first"
                | "only"
                | "then"
                | "there"
                | "here"
                | "who"
                | "that"
                | "which"
                | "and"
                | "for"
                | "the"
                | "all"
                | "any"
                | "each"
                | "every"
                | "not"
                | "never"
                | "nor"
                | "but"
                | "yet"
                | "than"
                | "whether"
                // Where to, not what: "tapes sent offsite".
                | "offsite"
                | "off-site"
                | "onsite"
                | "on-site"
                | "overnight"
                | "upstairs"
                | "downstairs"
        )
        && !ends_phrase(t)
}

/// The object of the governing word: the head of the first noun phrase
/// after it that names one, else of the last one before it (a passive: "the
/// key was revoked"). A phrase's head is its last object word; an item is
/// the instance at hand when it ends its phrase after "the", "affected" and
/// the like. A correction that replaces the instance with a tool ("replace
/// the shared mailbox with a queue in the ticketing system") is read by the
/// tool.
fn object(text: &Text, hits: &[Hit], head: usize) -> (Object, Option<usize>) {
    let head_class = hits[head].classes.first_of(&HEADS);
    // ("Label every meter with its flat number": what is done to every one
    // of a kind is no one at hand, whatever it is done with.)
    let every = says_every(&text.tokens[hits[head].tokens.end - 1]);
    // Hits grouped by noun phrase: a phrase ends at a preposition or a mark,
    // and an article starts one ("make the workflow block the start date":
    // the workflow is made to block; the date is the block's).
    // The phrase of each token, counted once (heads are compared pairwise).
    let phrases: Vec<usize> = std::iter::once(0)
        .chain(
            text.tokens
                .iter()
                .zip(text.tokens.iter().skip(1))
                .enumerate()
                .scan(0, |n, (k, (t, next))| {
                    let article = matches!(next.norm.as_str(), "the" | "a" | "an")
                        && t.is_word()
                        && !matches!(t.norm.as_str(), "the" | "a" | "an");
                    // "Make the tracker require evidence": the tracker is
                    // made to require; the evidence is what it requires.
                    // (A check only after "make": "make the duty system
                    // check route training"; not "the weather warning check".)
                    let made = || {
                        text.tokens[k.saturating_sub(4)..=k]
                            .iter()
                            .any(|w| matches!(w.norm.as_str(), "make" | "makes" | "have"))
                    };
                    let made_to = matches!(
                        next.norm.as_str(),
                        "require" | "reject" | "refuse" | "ask" | "prompt" | "warn"
                    ) || matches!(next.norm.as_str(), "check" | "verify") && made();
                    *n += usize::from(ends_phrase(t) || article || made_to);
                    Some(*n)
                }),
        )
        .collect();
    let phrase_of = |token: usize| -> usize { phrases[token] };
    let phrase_end = |token: usize| -> bool { text.tokens.get(token).is_none_or(ends_phrase) };
    let as_object = |i: usize| -> Option<Object> {
        // A participle ("reviewed by the lead") is not a noun, nor is
        // "right" before one ("moved to the right claim").
        let last = &text.tokens[hits[i].tokens.end - 1];
        let adjective = last.norm == "right"
            && text
                .tokens
                .get(hits[i].tokens.end)
                .is_some_and(|n| n.is_word() && !ends_phrase(n));
        if last.norm.ends_with("ed") || adjective {
            return None;
        }
        let class = hits[i].classes.first_of(&OBJECTS)?;
        if peoples_own_verb(text, hits, &hits[i]) {
            return None;
        }
        // "A briefing card", "notes trolleys": a message or people before a
        // noun no list knows only say which card, which trolleys.
        // (So does one before a limit: "a contact limit in the dialler".)
        // (And before a tool: "make the counselling prompt show".)
        let says_which = text
            .tokens
            .get(hits[i].tokens.end)
            .is_some_and(|t| matches!(t.norm.as_str(), "limit" | "limits" | "cap" | "caps"))
            || hits.iter().enumerate().any(|(k, h)| {
                // (Not the verb itself: "Slack reminder set for on-call".)
                k != head && h.tokens.start == hits[i].tokens.end && h.classes.has(Class::Control)
            });
        // (And a person whose thing it is: "show the patient's name",
        // "pushed to drivers' tablets".)
        let possessor = text.tokens.get(hits[i].tokens.end).is_some_and(|t| {
            t.norm == "'s" || t.norm == "'" && text.tokens[hits[i].tokens.end - 1].s_form()
        });
        // (Or a person's details without the "'s": "shows client name".)
        let details = text.tokens.get(hits[i].tokens.end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "name" | "names" | "details" | "address" | "addresses" | "id" | "photo" | "photos"
            )
        });
        if (possessor || details) && Object::of(class, false) == Object::People {
            return None;
        }
        // (And a way round a control before one: "the UPS bypass state".)
        if matches!(
            Object::of(class, false),
            Object::Message | Object::People | Object::Hazard
        ) && (text.tokens.get(hits[i].tokens.end).is_some_and(|n| {
            plain_noun(n) && !hits.iter().any(|h| h.tokens.start == hits[i].tokens.end)
        }) && phrase_end(hits[i].tokens.end + 1)
            || says_which)
        {
            return None;
        }
        let start = hits[i].tokens.start;
        // ("Make the walk-round check part of the booking app": what it is
        // part of is the object.)
        // ("Replace the broken part of the guard" names the part.)
        if matches!(
            text.tokens[hits[i].tokens.end - 1].norm.as_str(),
            "part" | "parts"
        ) && text
            .tokens
            .get(hits[i].tokens.end)
            .is_some_and(|t| t.norm == "of")
            && matches!(
                text.tokens[hits[head].tokens.start].norm.as_str(),
                "make" | "makes" | "made"
            )
        {
            return None;
        }
        // A time limit is no object: "send terminations to IT within 24 hours",
        // "reorder on time"; nor is what something comes before or after:
        // "require a site photo before signing", "post in #infra before
        // running the script".
        // Nor what the action is for: "extra tube sent to site to finish the
        // job" ("changed to include a check digit" says what it becomes).
        let purpose = start >= 3
            && text.tokens[start - 3].norm == "to"
            && matches!(
                text.tokens[start - 2].norm.as_str(),
                "finish" | "complete" | "cover" | "clear" | "meet" | "help"
            )
            && is_determiner(&text.tokens[start - 1]);
        if purpose
            || text.tokens[start.saturating_sub(2)..start]
                .iter()
                .any(|t| t.norm == "within")
            || in_a_step_around(&text.tokens, start)
            // ("Add a sorting table at the back door": where a thing is
            // put is not what is put.)
            || head_class == Some(Class::Create)
                && text.tokens[hits[head].tokens.end.min(start)..start]
                    .iter()
                    .rev()
                    .take(4)
                    .find(|t| ends_phrase(t))
                    .is_some_and(|t| t.norm == "at")
            || (text.tokens[start].norm == "time"
                && start > 0
                && matches!(text.tokens[start - 1].norm.as_str(), "on" | "in"))
        {
            return None;
        }
        // "Pinged the SRE channel about not silencing pages": what a message
        // sent is about is not what it was sent to.
        if head_class == Some(Class::Send)
            && start > hits[head].tokens.end
            && text.tokens[hits[head].tokens.end..start]
                .iter()
                .any(|t| t.norm == "about")
        {
            return None;
        }
        // ("Print the room number on every luggage tag": the one of each.)
        let of_each = text
            .tokens
            .get(hits[i].tokens.end + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "every" | "each"))
            && matches!(
                text.tokens[hits[i].tokens.end].norm.as_str(),
                "on" | "in" | "for" | "at" | "of"
            );
        // ("Shared mailbox permissions": a kind of mailbox, not one leaked.)
        let kind = |h: &Hit| {
            text.tokens[h.tokens.start].norm == "shared"
                && text.tokens.get(h.tokens.end).is_some_and(|n| {
                    matches!(
                        n.norm.as_str(),
                        "mailbox"
                            | "mailboxes"
                            | "inbox"
                            | "drive"
                            | "drives"
                            | "folder"
                            | "folders"
                            | "calendar"
                            | "workspace"
                            | "channel"
                            | "service"
                            | "services"
                    )
                })
        };
        let definite =
            phrase_end(hits[i].tokens.end)
                && !of_each
                && hits[..i].iter().rev().take(3).any(|h| {
                    h.classes.has(Class::Definite) && start - h.tokens.end <= 2 && !kind(h)
                });
        Some(Object::of(class, definite))
    };
    // The head of each phrase, in order.
    let heads = |range: std::ops::Range<usize>| -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        for i in range.filter(|&i| as_object(i).is_some()) {
            match out.last_mut() {
                Some(last)
                    if phrase_of(hits[*last].tokens.start) == phrase_of(hits[i].tokens.start) =>
                {
                    *last = i
                }
                _ => out.push(i),
            }
        }
        out
    };
    // (A tool that replaces the object may be named in its relative clause:
    // "replace the hot hold unit with one that alarms below 63C".)
    let after_all: Vec<usize> = heads(head + 1..hits.len())
        .into_iter()
        .filter(|&i| !past_another_verb(&text.tokens[hits[head].tokens.end..hits[i].tokens.start]))
        .collect();
    let after: Vec<usize> = after_all
        .iter()
        .copied()
        .filter(|&i| {
            !in_a_relative_clause(&text.tokens[hits[head].tokens.end..hits[i].tokens.start])
        })
        .collect();
    // A vague or replaced first object gives way to the tool, document or
    // alert named later: "add a date in the procurement tool", "replace the
    // shared mailbox with a queue in the ticketing system".
    let named_later_where = |first: usize, how: &[&str], fits: &dyn Fn(usize) -> bool| {
        after_all.iter().copied().find(|&i| {
            i > first
                && matches!(
                    as_object(i),
                    Some(Object::Control | Object::Alert | Object::Document)
                )
                && fits(i)
                && text.tokens[hits[first].tokens.end..hits[i].tokens.start]
                    .iter()
                    .any(|t| how.contains(&t.norm.as_str()))
        })
    };
    let named_later = |first: usize, how: &[&str]| named_later_where(first, how, &|_| true);
    let tool_too = |first: usize| {
        named_later_where(first, &["and"], &|i| as_object(i) == Some(Object::Control))
    };
    // The subject of a passive is the one at hand, articles or not: "key
    // safe code changed", unless it is new ("a new form introduced").
    // (What "will be set up" is new, whatever it is.)
    let verb_start = hits[head].tokens.start;
    let future = future_passive(&text.tokens, verb_start);
    // ("NOK box fixed at each station": what is put in place at every
    // station is a standing arrangement, not the one at hand.)
    // (Or said of the subject: "day-dot labels on all prepared food
    // fitted".)
    let everywhere = head_class == Some(Class::Create)
        && (text.tokens[hits[head].tokens.end.min(text.tokens.len())..]
            .iter()
            .take(3)
            .any(says_every)
            || text.tokens[..hits[head].tokens.start]
                .iter()
                .any(says_every));
    // ("Torque tool with data output connected to the MES": what is linked
    // to a tool is a standing link, not the one at hand; and "torque value
    // added to the work instruction" changes the instruction, as "entry
    // added to the CD register" does not change the record.)
    let verb_is = |stems: &[&str]| {
        let verb = &text.tokens[hits[head].tokens.start].norm;
        stems.iter().any(|v| verb.starts_with(v))
    };
    // (So is what a screen is made to show: "trailer number shown on the
    // loading screen".)
    let linked = {
        let link = verb_is(&["connect", "link", "integrat", "sync", "interfac"]);
        named_later(head, &["to", "with", "into"]).is_some_and(|i| {
            as_object(i) == Some(Object::Control) && (link || head_class == Some(Class::Create))
                || as_object(i) == Some(Object::Document)
                    && head_class == Some(Class::Create)
                    && !is_record(&text.tokens[hits[i].tokens.end - 1])
        }) || verb_is(&["show", "display"])
            && named_later(head, &["on", "in"])
                .is_some_and(|i| as_object(i) == Some(Object::Control))
    };
    // (What is introduced is new: "sealed patient medication bags with a
    // handover log introduced".)
    // (So is what is installed somewhere: "oversize shelving installed in
    // the store"; "cotter pin installed" is put back.)
    let introduced = verb_is(&["introduc", "launch"])
        || verb_is(&["install", "mount"])
            && text.tokens.get(hits[head].tokens.end).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "in" | "at" | "on" | "across" | "outside" | "by" | "near" | "beside" | "above"
                )
            });
    // (Nor what is printed with what it now carries: "line labels printed
    // with the patient's name"; "labelled with the right date" is put right.)
    let carries = verb_is(&["print", "reprint", "label", "mark"])
        && text
            .tokens
            .get(hits[head].tokens.end)
            .is_some_and(|t| t.norm == "with")
        && !text.tokens[hits[head].tokens.end..]
            .iter()
            .take(4)
            .any(|t| matches!(t.norm.as_str(), "right" | "correct" | "proper" | "wrong"));
    // (What is masked stays hidden for every one: "phone numbers masked";
    // and a colour code marks every one: "oxygen bottles colour-banded".)
    let masked = verb_is(&["mask", "colour-", "color-"]);
    // (Nor a feature called by its name: "S3 Block Public Access turned on
    // at the account level".)
    let named_feature = capitalised(&text.tokens[..hits[head].tokens.start]) >= 3;
    // (Nor what a tool does to every one: "builder invoices matched
    // automatically to the agreed schedule".)
    let by_itself = text
        .tokens
        .get(hits[head].tokens.end)
        .is_some_and(|t| matches!(t.norm.as_str(), "automatically" | "electronically"));
    let passive_item = |i: usize| {
        i < head
            && !future
            && !everywhere
            && !named_feature
            && !by_itself
            && !linked
            && !introduced
            && !masked
            && !carries
            // (A tool's word may name one too: "Job moved."; not an
            // activity: "Reporting moved to a replica".)
            // (Or a way round a control: "author self-approval disabled in
            // the document system".)
            && (matches!(
                hits[i].classes.first_of(&OBJECTS),
                Some(Class::Item | Class::Hazard)
            ) || hits[i].classes.first_of(&OBJECTS) == Some(Class::Control)
                    && hits[i].classes.has(Class::Item)
                    && !text.tokens[hits[i].tokens.end - 1].is_ing_form())
            && !text.tokens[..hits[i].tokens.start]
                .iter()
                .rev()
                .take_while(|t| !ends_phrase(t))
                .any(|t| matches!(t.norm.as_str(), "a" | "an" | "new"))
    };
    // "Entry added to the CD register": the item before a participle is
    // what was acted on; the phrase after "to" is only where it went, and
    // one after "and" is another clause's ("password changed and the
    // temp's access stopped"). A message it went into still says what it
    // was ("badge etiquette reminder added to the newsletter").
    // (A record changed "for" someone is still the record: "competence
    // records updated for all staff".)
    let moved_to = |first: usize| {
        let verb = &text.tokens[hits[head].tokens.end - 1];
        let changed = head_class == Some(Class::Change);
        as_object(first) != Some(Object::Message)
            && verb.is_past()
            && text.tokens[hits[head].tokens.end..hits[first].tokens.start]
                .first()
                .is_some_and(|t| match t.norm.as_str() {
                    "to" | "into" | "onto" | "in" | "on" | "and" => true,
                    "for" => changed,
                    _ => false,
                })
    };
    // "Add a mandatory read-back of the fuel figure to the procedure",
    // "rewrite the recipe card to show the order": a noun no list knows
    // right after the verb, or before "of", is the object; what follows
    // only says of what, or belongs to another verb.
    let unknown_before = |first: usize| {
        let from = hits[head].tokens.end;
        let at = hits[first].tokens.start;
        // (An action word before a noun names no object: "a sorting
        // table".)
        let unknown = |j: usize| {
            let t = &text.tokens[j];
            t.is_word()
                && !matches!(t.norm.as_str(), "the" | "a" | "an")
                && !hits
                    .iter()
                    .any(|h| h.tokens.contains(&j) && h.classes.first_of(&OBJECTS).is_some())
        };
        // The phrase of the candidate always holds `at` itself.
        let phrase = (from..=at)
            .rev()
            .take_while(|&j| phrase_of(j) == phrase_of(at))
            .last()
            .unwrap_or(at);
        let of_unknown = phrase >= 2
            && phrase - 1 > from
            && text.tokens[phrase - 1].norm == "of"
            && unknown(phrase - 2);
        // The first phrase after the verb, when the object is in a later one.
        let first_phrase = (from..at)
            .take_while(|&j| phrase_of(j) <= phrase_of(from) + 1 && !phrase_end(j))
            .filter(|&j| phrase_of(j) != phrase_of(at))
            .collect::<Vec<usize>>();
        // ("To show": what follows belongs to another verb.)
        let infinitive = (from..at).any(|j| {
            text.tokens[j].norm == "to"
                && text.tokens.get(j + 1).is_some_and(|v| {
                    plain_noun(v)
                        && !matches!(
                            v.norm.as_str(),
                            "all" | "every" | "each" | "its" | "their" | "his" | "her" | "our"
                        )
                })
        });
        // ("Put a seal dispenser at the loading bay": what is put in place
        // is the object, and where it goes only says where.)
        let placed = head_class == Some(Class::Create)
            && (from..at).any(|j| {
                matches!(
                    text.tokens[j].norm.as_str(),
                    "at" | "in" | "on" | "near" | "beside" | "by" | "to" | "from"
                )
            });
        let unknown_first = (infinitive || placed)
            && first_phrase.iter().any(|&j| unknown(j))
            && first_phrase.iter().all(|&j| {
                unknown(j)
                    || !text.tokens[j].is_word()
                    || matches!(text.tokens[j].norm.as_str(), "the" | "a" | "an")
            });
        of_unknown || unknown_first
    };
    // ("Ask the airport to extend the slot": whoever is asked to do it,
    // the asking is not what the change is made to.)
    // (Nor is a label before a colon: "Why-based action: fit a probe".)
    // ("Speed humps and signs installed": of two things joined by "and"
    // before the participle, a tool outweighs a message.)
    let heads_before = heads(0..head);
    let joined_tool = |last: usize| {
        let j = *heads_before.get(heads_before.len().checked_sub(2)?)?;
        let between = &text.tokens[hits[j].tokens.end..hits[last].tokens.start];
        (as_object(last) == Some(Object::Message)
            && as_object(j) == Some(Object::Control)
            && between.first().is_some_and(|t| t.norm == "and")
            && between
                .iter()
                .all(|t| t.is_word() && (t.norm == "and" || !ends_phrase(t))))
        .then_some(j)
    };
    let before = heads_before
        .last()
        .copied()
        .map(|last| joined_tool(last).unwrap_or(last))
        .filter(|&i| {
            let between = &text.tokens[hits[i].tokens.end..hits[head].tokens.start];
            let asked =
                as_object(i) == Some(Object::Message) && between.iter().any(|t| t.norm == "to");
            let label = between.iter().any(|t| t.norm == ":");
            !asked && !label
        });
    let subject = before.filter(|&i| passive_item(i));
    // "Filter replaced by the contractor": after a participle, "by" names
    // the person who did it, not what was done to (a tool named after "by"
    // still says how: "printed by the visitor system").
    let by_agent = |first: usize| {
        text.tokens[hits[head].tokens.end - 1].is_past()
            && text.tokens[hits[head].tokens.end..hits[first].tokens.start]
                .first()
                .is_some_and(|t| t.norm == "by")
    };
    // "An index ... will be set up, with reminders from the PMR": after a
    // passive, what follows a comma is no object.
    let passive = verb_start > 0
        && matches!(
            text.tokens[verb_start - 1].norm.as_str(),
            "be" | "been" | "is" | "are" | "was" | "were"
        );
    let past_comma = |first: usize| {
        text.tokens[hits[head].tokens.end..hits[first].tokens.start]
            .iter()
            .any(|t| t.norm == ",")
    };
    // "Look-alike medicines will be separated on the shelves": in a future
    // passive, the one at hand after "on" or "in" is where the plan puts
    // things, not what it acts on.
    let placed_in = |first: usize| {
        future
            && as_object(first) == Some(Object::Instance)
            && text.tokens[hits[head].tokens.end..hits[first].tokens.start]
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "on" | "in" | "at" | "into" | "onto"))
    };
    // "Flag failures to the site manager": whom an alert goes to is not
    // what it is about, when that is named before.
    let alerted = |first: usize| {
        head_class == Some(Class::Alert)
            && as_object(first) == Some(Object::People)
            && text.tokens[hits[head].tokens.end..hits[first].tokens.start]
                .iter()
                .position(|t| t.norm == "to")
                .is_some_and(|p| p > 0)
    };
    // "Slack reminder set for on-call": a message first in the clause, then
    // a participle that puts it in place, is what was put in place; whom it
    // is for is not.
    // (So is a tool issued to people: "CAT scanner issued to each gang";
    // and an alert sent anywhere: "tyre pressure alerts sent to the
    // workshop".)
    let message_set = |first: usize| {
        let sent = head_class == Some(Class::Send);
        // (From a tool: "alert issued to the inspection team" is a bulletin.)
        let from_tool = || {
            hits[head + 1..].iter().any(|h| {
                h.classes.has(Class::Control)
                    && text.tokens[h.tokens.start.saturating_sub(3)..h.tokens.start]
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "from" | "by" | "via" | "through"))
            })
        };
        let alert =
            sent && before.is_some_and(|b| as_object(b) == Some(Object::Alert)) && from_tool();
        // (Or a tool issued to where it is used: "cable detectors issued to
        // all plumbing vans".)
        let to_where = text
            .tokens
            .get(hits[head].tokens.end)
            .is_some_and(|t| t.norm == "to");
        (alert
            || before.is_some_and(|b| {
                as_object(b) == Some(Object::Message)
                    || as_object(b) == Some(Object::Control) && sent
            }) && matches!(as_object(first), Some(Object::People | Object::Owner))
            || sent && to_where && before.is_some_and(|b| as_object(b) == Some(Object::Control)))
            && text.tokens[hits[head].tokens.end - 1].is_past()
            && matches!(head_class, Some(Class::Create | Class::Send))
    };
    // "Switch to content-hashed asset filenames in the build": what a
    // practice is switched to, when no list knows it, is the object, not
    // where it goes.
    let switched_to = |first: usize| {
        verb_is(&["switch", "mov", "migrat", "chang", "convert"])
            && text
                .tokens
                .get(hits[head].tokens.end)
                .is_some_and(|t| t.norm == "to")
            && phrase_of(hits[first].tokens.start) != phrase_of(hits[head].tokens.end + 1)
    };
    let into_document = |first: usize| {
        named_later_where(first, &["to", "into"], &|i| {
            as_object(i) == Some(Object::Document)
        })
    };
    // "Infusion pumps linked to the patient record": a thing linked to a
    // record is joined to the system that keeps it, not the record changed.
    let linked_to_record = |first: usize| {
        verb_is(&["link", "connect", "integrat"])
            && is_record(&text.tokens[hits[first].tokens.end - 1])
            && before.is_none_or(|b| as_object(b) == Some(Object::Control))
            && hits[head].tokens.start > 0
            && text.tokens[hits[head].tokens.start - 1].could_be_noun()
    };
    // "Issue the guard a written warning": what is given, after whom it is
    // given to, when it is a message.
    let given_message = given(text, hits[head].tokens.end).and_then(|what| {
        after.iter().copied().find(|&i| {
            what.contains(&hits[i].tokens.start) && as_object(i) == Some(Object::Message)
        })
    });
    let chosen = match after.first() {
        Some(&first) if alerted(first) => None,
        Some(_) if given_message.is_some() => given_message,
        Some(&first) if linked_to_record(first) => before,
        Some(&first) if switched_to(first) => None,
        Some(&first) if message_set(first) => before,
        Some(&first) if passive && past_comma(first) => before,
        Some(&first) if placed_in(first) => before,
        Some(&first) if subject.is_some() && moved_to(first) => subject,
        Some(&first) if by_agent(first) && as_object(first) == Some(Object::People) => before,
        Some(&first) => match as_object(first) {
            Some(Object::Control | Object::Alert | Object::Document) => Some(first),
            // (What goes into a message is one: "a slide on tailgating
            // added to the security briefing".)
            Some(Object::Message)
                if unknown_before(first)
                    && text.tokens[..hits[first].tokens.start]
                        .iter()
                        .rev()
                        .take(4)
                        .any(|t| matches!(t.norm.as_str(), "to" | "in" | "into" | "on")) =>
            {
                Some(first)
            }
            _ if unknown_before(first) => named_later(first, &["with", "in", "into", "to", "on"]),
            // "Switch the group email to a mailing tool": what replaces a
            // message is the object; and "show fraud markers as a banner on
            // the reset screen", where a tool shows it (or hides it: "hide
            // the PIN on the agent desktop").
            // (And what is fed into a tool: "feed emergency announcements
            // into the captioning software".)
            Some(Object::Message)
                if verb_is(&[
                    "switch", "mov", "migrat", "replac", "convert", "turn", "feed", "demot", "carr",
                ]) =>
            {
                named_later(first, &["with", "to", "into"]).or(Some(first))
            }
            // ("Show the user and job name in the session list": whom the
            // words name is not who is shown them.)
            Some(Object::Message | Object::Instance | Object::Other | Object::People)
                if verb_is(&["show", "display", "hid", "mask"]) =>
            {
                named_later(first, &["on", "in"]).or(Some(first))
            }
            // ("Add the house number to the delivery app": what is added to
            // a tool changes the tool; one added to a record brings the
            // record up to date.)
            Some(Object::Instance) if head_class == Some(Class::Create) => {
                named_later(first, &["with", "to", "into", "in"])
                    .filter(|&i| !is_record(&text.tokens[hits[i].tokens.end - 1]))
                    .or(Some(first))
            }
            // ("Move the bypass key into a key safe": a thing moved into a
            // tool is kept by it from now on; "move the flap item into the
            // challenge-response part of the checklist" changes the list.)
            Some(Object::Instance) if verb_is(&["mov", "relocat", "transfer"]) => {
                named_later_where(first, &["into", "to", "in"], &|i| {
                    matches!(as_object(i), Some(Object::Control | Object::Document))
                        && !is_record(&text.tokens[hits[i].tokens.end - 1])
                })
                .or_else(|| named_later(first, &["with"]))
                .or(Some(first))
            }
            Some(Object::Instance) => named_later(first, &["with"]).or(Some(first)),
            // ("Put the bypass key in a key safe that logs each removal": a
            // way round a control locked away in a tool is kept by the tool;
            // "implement a workaround in the ERP" still puts one in place.)
            Some(Object::Hazard)
                if verb_is(&["put", "keep", "kept", "stor", "lock", "plac", "mov"]) =>
            {
                named_later_where(first, &["in", "into"], &|i| {
                    as_object(i) == Some(Object::Control)
                })
                .or(Some(first))
            }
            // ("Put liquids rule signs and a measuring template at every
            // lane": of the things put in place, the tool says most.)
            Some(Object::Message)
                if head_class == Some(Class::Create) && tool_too(first).is_some() =>
            {
                tool_too(first)
            }
            // ("Add the briefing to the shift start checklist": a briefing
            // made a step of a checklist changes the checklist; a reminder
            // added to a procedure stays a reminder.)
            Some(Object::Message)
                if head_class == Some(Class::Create)
                    && matches!(
                        text.tokens[hits[first].tokens.end - 1].norm.as_str(),
                        "briefing" | "briefings" | "talk" | "huddle" | "debrief" | "stand-up"
                    )
                    && into_document(first).is_some() =>
            {
                into_document(first)
            }
            // ("Send theatre porters the live list on their handhelds": what
            // it reaches them on says how.)
            Some(Object::People) if head_class == Some(Class::Send) => {
                named_later(first, &["on", "via", "through"]).or(Some(first))
            }
            // ("Send the lightning warning to every handheld with an alarm":
            // a message sent with an alarm, or to a pager, is an alert.)
            Some(Object::Message) if head_class == Some(Class::Send) => {
                named_later_where(first, &["with", "to"], &|i| {
                    as_object(i) == Some(Object::Alert)
                        || matches!(
                            text.tokens[hits[i].tokens.end - 1].norm.as_str(),
                            "alarm"
                                | "alarms"
                                | "siren"
                                | "sirens"
                                | "buzzer"
                                | "pager"
                                | "pagers"
                                | "bleep"
                                | "bleeper"
                        )
                })
                .or(Some(first))
            }
            Some(Object::Other) => {
                named_later(first, &["with", "in", "into", "to", "on"]).or(Some(first))
            }
            _ => Some(first),
        },
        // ("Fitter added the third hinge": a person before a verb in the
        // past with an object of its own did it, and is no object.)
        // ("A tag that the farrier and vet scan before work": people right
        // before a verb in the present do it.)
        None => before.filter(|&b| {
            let verb = &text.tokens[hits[head].tokens.start];
            let people = as_object(b) == Some(Object::People);
            !(people
                && text.tokens[hits[head].tokens.end - 1].is_past()
                && text
                    .tokens
                    .get(hits[head].tokens.end)
                    .is_some_and(is_determiner))
                && !(people
                    && hits[b].tokens.end == verb_start
                    && verb_start > 0
                    && !verb.is_past()
                    && !verb.is_ing_form()
                    && text.tokens[..hits[b].tokens.start]
                        .iter()
                        .rev()
                        .take(4)
                        .any(|t| matches!(t.norm.as_str(), "that" | "which" | "who")))
        }),
    };
    if let Some(i) = chosen.filter(|&i| passive_item(i)) {
        // (Taken away, not undone: "limit override reversed" undoes the
        // one at hand.)
        let hazard = hits[i].classes.first_of(&OBJECTS) == Some(Class::Hazard)
            && matches!(
                text.tokens[hits[head].tokens.start].norm.as_str(),
                "disabled"
                    | "removed"
                    | "deleted"
                    | "withdrawn"
                    | "switched"
                    | "turned"
                    | "blocked"
                    | "replaced"
            );
        let object = if hazard {
            Object::Hazard
        } else {
            Object::Instance
        };
        return (object, Some(i));
    }
    // ("Tune the warning so it only fires on real issues": a warning that
    // fires is an alert.)
    let fires = |i: usize| {
        matches!(
            text.tokens[hits[i].tokens.end - 1].norm.as_str(),
            "warning" | "warnings"
        ) && text.tokens[hits[i].tokens.end..]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "fires" | "fire" | "triggers" | "trigger"))
    };
    match chosen {
        Some(i) if as_object(i) == Some(Object::Message) && fires(i) => (Object::Alert, Some(i)),
        Some(i) if every && as_object(i) == Some(Object::Instance) => (Object::Other, None),
        Some(i) => (as_object(i).unwrap_or(Object::Other), Some(i)),
        None => (Object::Other, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(action: &str) -> Option<Tier> {
        Phrases::builtin().rank(action).tier
    }

    /// Each action with the tier it must be ranked at.
    fn ranks(cases: &[(&str, Option<Tier>)]) {
        for &(action, expected) in cases {
            assert_eq!(tier(action), expected, "{action}");
        }
    }

    #[test]
    fn the_hierarchy_of_controls_of_the_spec() {
        ranks(&[
            (
                "Disable accounts automatically from the HR system.",
                Some(Tier::Eliminate),
            ),
            (
                "Add a mandatory approval field to the change form.",
                Some(Tier::Design),
            ),
            (
                "Name the HR Director as owner of the offboarding procedure.",
                Some(Tier::Process),
            ),
            (
                "Configure the SIEM to alert the on-call rota on failed admin logins.",
                Some(Tier::Detect),
            ),
            ("IT will check the accounts weekly.", Some(Tier::People)),
            (
                "Cage locks checked nightly by the security guard.",
                Some(Tier::People),
            ),
            (
                "Alert the database owner when the nightly export fails, through the job scheduler.",
                Some(Tier::Detect),
            ),
            (
                "Write access removed from the intern's account.",
                Some(Tier::Correction),
            ),
            (
                "Handover to be done more thoroughly in future.",
                Some(Tier::People),
            ),
            ("Restart the service.", Some(Tier::Correction)),
            ("Firewall rule corrected.", Some(Tier::Correction)),
            ("Thank the auditors.", None),
        ]);
    }

    #[test]
    fn a_weak_verb_stays_weak_next_to_technical_nouns() {
        let remind = Phrases::builtin().rank("Remind staff about the backup alerts.");
        assert_eq!(remind.tier, Some(Tier::People));
        assert_eq!(remind.words, ["remind staff"]);
        ranks(&[
            (
                "Remind staff to use the automated tool.",
                Some(Tier::People),
            ),
            (
                "Update the procedure to stress that admins must follow it.",
                Some(Tier::People),
            ),
            (
                "Update the onboarding procedure to email new starters the policy.",
                Some(Tier::People),
            ),
            // "email" with no object after it is a noun, not a message sent.
            (
                "Make MDM enrolment a mandatory step that blocks access to email until the device is enrolled.",
                Some(Tier::Eliminate),
            ),
            // A manual check stays people-tier; an automated one detects.
            ("Review the firewall rules monthly.", Some(Tier::People)),
            (
                "Schedule an automated monthly review of firewall rules that alerts the owner.",
                Some(Tier::Detect),
            ),
        ]);
        assert!(Tier::Detect.corrects() && !Tier::People.corrects());
    }

    #[test]
    fn the_object_and_the_modifiers_set_the_tier() {
        for (action, expected) in [
            // The tool named after "with" is what a replacement puts in place.
            (
                "Replace the shared mailbox with a monitored queue in the ticketing system.",
                Some(Tier::Design),
            ),
            // A passive subject is the one at hand.
            ("Key safe code changed.", Some(Tier::Correction)),
            // A light verb governs through its object.
            (
                "A one-off review of all admin accounts was carried out.",
                Some(Tier::People),
            ),
            // A message that reminds, whatever it is stuck to.
            (
                "Put a sticker on the server rack reminding engineers to log all changes.",
                Some(Tier::People),
            ),
            // A document filled in with what was missing, against one changed.
            (
                "Updated the asset register with the missing 14 laptops.",
                Some(Tier::Correction),
            ),
            (
                "Update the asset register with a field for the disposal date.",
                Some(Tier::Process),
            ),
            // Counting by hand is a check someone has to remember; a
            // standing order is one payment instruction, not a fleet.
            (
                "Teller to count cash in front of customers from now on.",
                Some(Tier::People),
            ),
            (
                "Standing order corrected and the customer compensated.",
                Some(Tier::Correction),
            ),
            (
                "Branch manager to be more diligent about dual control in future.",
                Some(Tier::People),
            ),
            // A relative clause after "with" fills nothing in.
            (
                "Replace the paper dual-control log with badge readers on the vault door that require two different staff badges within 30 seconds.",
                Some(Tier::Design),
            ),
            // An apology is a message to people.
            (
                "Apology sent to the wedding party and the guest list recalled.",
                Some(Tier::People),
            ),
            // Nouns for asking people and for training them.
            (
                "Sensitisation of the employee concerned regarding the password guideline.",
                Some(Tier::People),
            ),
            (
                "Instruction of all shift leaders on visitor badge handover.",
                Some(Tier::People),
            ),
            // An action that could not be taken ranks nothing; "not" is no note.
            (
                "Blocking of the lost USB stick's contents not possible; loss documented.",
                Some(Tier::Correction),
            ),
            (
                "Configure the DLP so that it is not possible to send card numbers by email.",
                Some(Tier::Process),
            ),
            ("Laptop disconnected.", Some(Tier::Correction)),
            // What follows a participle after "with" is not what was filled in.
            (
                "Amend the franchise agreement to make monthly device inspection mandatory, with the inspection app reporting missed checks to head office automatically.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove local admin rights from all laptops through device management.",
                Some(Tier::Eliminate),
            ),
            ("Make staff aware of the new rule.", Some(Tier::People)),
            // A noun before its participle is the subject, not the verb.
            (
                "Firewall rule removed and change retro-actively approved by CAB.",
                Some(Tier::Correction),
            ),
            (
                "Manual reconciliation of privileged accounts each quarter by the IT manager.",
                Some(Tier::People),
            ),
            // A tool as the subject does not remind anyone.
            (
                "The backup system informs the owner when a job fails.",
                None,
            ),
            (
                "Configure the backup tool to alert the service owner when a restore test fails.",
                Some(Tier::Detect),
            ),
            // Removing a way round a control removes the hazard; putting one
            // in mends the instance; a message switched on is a tool's.
            (
                "Remove the reception override from the barrier system.",
                Some(Tier::Eliminate),
            ),
            (
                "Implement a workaround until the vendor patches the portal.",
                Some(Tier::Correction),
            ),
            (
                "Turn on the external recipient warning in the mail client.",
                Some(Tier::Detect),
            ),
            (
                "Send a warning to all staff about external recipients.",
                Some(Tier::People),
            ),
            (
                "DPIA carried out retrospectively for the project.",
                Some(Tier::Correction),
            ),
            (
                "Records manager to diarise the purge each January.",
                Some(Tier::People),
            ),
            (
                "Agency worker shown where to save files.",
                Some(Tier::People),
            ),
            ("Referred to the medical director.", Some(Tier::People)),
            // A time limit is no object.
            (
                "HR to send terminations to IT within 24 hours.",
                Some(Tier::People),
            ),
            (
                "Journal re-reviewed by the controller.",
                Some(Tier::Correction),
            ),
            // A participle redone: "rerun", "rebuilt".
            (
                "Revaluation rerun with the correct rate.",
                Some(Tier::Correction),
            ),
            // "Meeting" criteria is not a meeting.
            (
                "Add criteria to the procedure and a system report that lists transactions meeting them.",
                Some(Tier::Process),
            ),
        ] {
            assert_eq!(tier(action), expected, "{action}");
        }
    }

    #[test]
    fn the_trace_shows_each_step() {
        let r = Phrases::builtin()
            .explain_action("Update the procedure to stress that admins must follow it.");
        assert_eq!(
            r.trace,
            [
                "action verb: \"update\" (change)",
                "object: \"procedure\" (a document)",
                "table: change x a document = process",
                "modifier: \"stress\" (only asks people to do better) = people",
            ]
        );
        assert_eq!(r.words, ["update the procedure", "stress"]);
    }

    /// Round 27: a checklist signed by a second person is a checkpoint; a
    /// procedure staff read and sign is still a message to them.
    #[test]
    fn a_second_persons_signature_is_a_checkpoint() {
        ranks(&[
            (
                "Add an eligibility checklist signed by a second investigator.",
                Some(Tier::Process),
            ),
            (
                "Staff to read and sign the updated procedure.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_software_teams_chat() {
        for (action, expected) in [
            (
                "On-call to take disk alerts seriously going forward.",
                Tier::People,
            ),
            (
                "Ping everyone in #eng that we don't merge on Fridays.",
                Tier::People,
            ),
            ("RM to run smoke tests before every release.", Tier::People),
            ("Run regression tests nightly in CI.", Tier::Detect),
            // A noun before the participle of what was done to it.
            ("Link revoked.", Tier::Correction),
            ("Licence renewed for another year.", Tier::Correction),
            ("Review updated procedures with staff.", Tier::People),
            ("@dana will wait for CI next time.", Tier::People),
            // A participle after an article is an adjective; "only from"
            // gives the light verb its meaning.
            (
                "Run terraform only from CI with a reviewed plan.",
                Tier::Eliminate,
            ),
            ("Flag reverted.", Tier::Correction),
        ] {
            assert_eq!(tier(action), Some(expected), "{action}");
        }
    }

    #[test]
    fn a_public_postmortems_actions() {
        ranks(&[
            (
                "Reviewers to look more closely at config changes.",
                Some(Tier::People),
            ),
            // A flag that turns a control off is a way round it.
            (
                "Remove the flag that disables signature checks.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn a_recurring_chore_of_a_person_is_people_tier() {
        ranks(&[
            (
                "Team leader to update the matrix monthly.",
                Some(Tier::People),
            ),
            (
                "Inspectors to measure all features going forward.",
                Some(Tier::People),
            ),
            ("Update the training matrix.", Some(Tier::Process)),
        ]);
    }

    #[test]
    fn insisting_is_asking_people() {
        ranks(&[
            (
                "Supervisors to insist on written requests in future.",
                Some(Tier::People),
            ),
            (
                "Add urgent setpoint changes to the change procedure, with a written request in the operations log and a second operator's check before the change is applied.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn what_a_tool_is_made_to_do_is_not_its_object() {
        assert_eq!(
            tier(
                "Make the sign-up workflow block the tenancy start date until a right-to-rent result is recorded."
            ),
            Some(Tier::Eliminate)
        );
    }

    #[test]
    fn physical_safeguards_are_engineering_controls() {
        assert_eq!(
            tier("Install permanent roof anchor points and a harness station at the roof access."),
            Some(Tier::Design)
        );
    }

    #[test]
    fn a_preset_tool_and_a_task_card_change_the_process() {
        ranks(&[
            (
                "Issue click-type wrenches preset to the wheel nut torque at line stations.",
                Some(Tier::Process),
            ),
            (
                "Amend the task card to repeat the torque values.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn the_right_one_is_no_access_right() {
        ranks(&[
            ("Records moved to the right claim.", Some(Tier::Correction)),
            (
                "Remove the admin rights from the leaver's account.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn an_item_added_to_a_document_is_the_item_at_hand() {
        ranks(&[
            (
                "Entry added to the CD register and the RVN asked to be more careful.",
                Some(Tier::Correction),
            ),
            (
                "Alert added to the monitoring dashboard.",
                Some(Tier::Detect),
            ),
            ("New step added to the procedure.", Some(Tier::Process)),
            (
                "Badge etiquette reminder added to the monthly newsletter.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_possessive_goes_on_with_its_noun() {
        ranks(&[
            (
                "Post event photos only from the comms team's scheduling tool.",
                Some(Tier::Eliminate),
            ),
            // A check done when someone asks is a chore, not a standing control.
            (
                "Line managers will confirm their team's access lists on request.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn making_sure_is_taking_care() {
        assert_eq!(
            tier("Clerk will make sure the cabinet is locked at the end of each day."),
            Some(Tier::People)
        );
    }

    #[test]
    fn a_document_changed_only_to_mention_a_rule_is_people_tier() {
        ranks(&[
            (
                "Induction checklist updated to mention P60 encryption.",
                Some(Tier::People),
            ),
            (
                "Add an encryption step to the induction checklist.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_verb_done_again_is_a_fix_and_autocomplete_a_way_round() {
        ranks(&[
            (
                "The antivirus was reactivated on the trainee's laptop.",
                Some(Tier::Correction),
            ),
            (
                "Turn off autocomplete for external addresses.",
                Some(Tier::Eliminate),
            ),
            (
                "Sensibilisation of the team on the clean desk rule.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn access_one_person_will_not_have_is_a_correction() {
        ranks(&[
            (
                "intern won't have prod access for a while",
                Some(Tier::Correction),
            ),
            (
                "The form can no longer be submitted without a ticket number.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn a_compound_verb_an_incentive_and_a_dismissal() {
        ranks(&[
            (
                "Sample-monitor relationship manager calls.",
                Some(Tier::People),
            ),
            (
                "Remove deposit volume from their bonus scorecard.",
                Some(Tier::Eliminate),
            ),
            ("Relationship manager dismissed.", Some(Tier::People)),
            (
                "Place labelled plastics bins in the galley.",
                Some(Tier::Design),
            ),
            (
                "Customer's file re-opened and new proof of address obtained.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn a_manual_check_or_a_moved_person_is_people_tier() {
        ranks(&[
            (
                "100% visual inspection of clip orientation added at end of line.",
                Some(Tier::People),
            ),
            // Unless something enforces it.
            (
                "Require a daily inspection recorded in the app, which locks the permit until it is done.",
                Some(Tier::Eliminate),
            ),
            ("Assembler moved to another station.", Some(Tier::People)),
            // The item before the participle, not the next clause's.
            (
                "Branch manager's password changed and the temp's access stopped.",
                Some(Tier::Correction),
            ),
            (
                "Change the approver to the finance lead.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_check_told_in_the_past_was_done_once() {
        ranks(&[
            (
                "The hosting provider's SOC report was reviewed and filed.",
                Some(Tier::People),
            ),
            (
                "Have the GRC tool open a review task and escalate it when overdue.",
                Some(Tier::Detect),
            ),
        ]);
        // A recurring one is a chore, shown by what makes it recur.
        let ranked = Phrases::builtin().rank("Cage locks checked nightly by the guard.");
        assert_eq!(ranked.words, ["checked", "nightly"]);
        // So is a scan done once, and a scan that runs by itself detects.
        ranks(&[
            ("USB stick confiscated and HMI scanned.", Some(Tier::People)),
            (
                "Laptops scanned automatically every night by the EDR agent.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn a_door_contact_is_a_device_not_a_message() {
        ranks(&[
            (
                "Fit a door contact to the fire door that alarms at the security desk.",
                Some(Tier::Design),
            ),
            ("Contact the store manager.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_service_widened_to_every_case_is_a_process_change() {
        ranks(&[
            (
                "Extend the certified wiping service to all grant-funded equipment.",
                Some(Tier::Process),
            ),
            (
                "Extend the deadline for the affected record.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn people_promising_their_own_work_is_people_tier() {
        ranks(&[
            (
                "QA to do the full regression pass before every submission from now on.",
                Some(Tier::People),
            ),
            (
                "Marketing to use the test segment first.",
                Some(Tier::People),
            ),
            // A known verb still decides.
            (
                "IT to enforce MFA on every admin account through conditional access.",
                Some(Tier::Eliminate),
            ),
            // A participle of two words makes the noun before it its object.
            ("Build rolled back.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_permission_taken_from_a_whole_role_removes_the_hazard() {
        ranks(&[
            (
                "Remove admin rights from all developers.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the export permission from the fundraising role.",
                Some(Tier::Eliminate),
            ),
            // One person's, or one person taken out of a group, is a correction.
            (
                "Remove Dave's access from all systems.",
                Some(Tier::Correction),
            ),
            ("Remove Dave from the admin group.", Some(Tier::Correction)),
            // People in the plural are a group.
            (
                "Remove the adjust permission from stock controllers.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn an_hourly_look_is_a_chore_and_a_comparison_a_check() {
        ranks(&[
            (
                "Night shift team leader to check the console for warnings every hour.",
                Some(Tier::People),
            ),
            (
                "Add an automatic comparison of the proof against the data file.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn limiting_refusing_and_defaults_remove_the_hazard() {
        ranks(&[
            (
                "Limit the handheld to meter serial and reading for each property.",
                Some(Tier::Eliminate),
            ),
            (
                "Make the till refuse refunds over 50 pounds without a supervisor card.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove phone numbers from the manifest report by default.",
                Some(Tier::Eliminate),
            ),
            // Removed once, they are a correction.
            (
                "Phone numbers removed from the manifest.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn what_a_tool_does_in_a_relative_clause() {
        ranks(&[
            (
                "Load programs over the network from the DNC system, which checks the revision against the router.",
                Some(Tier::Detect),
            ),
            // A noun before an auxiliary is none of it.
            (
                "Night staff reminded that checks must be recorded at the time.",
                Some(Tier::People),
            ),
            // What has to be scanned from now on was not scanned once.
            (
                "Use the final check step, which has to be scanned before the bag label prints.",
                Some(Tier::Detect),
            ),
            // "A monthly report" is a noun, and an incident module no training.
            (
                "Record near misses in the PMR's incident module, which produces a monthly report automatically.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn removing_a_kind_of_thing_removes_the_hazard() {
        ranks(&[
            (
                "Remove CRM export rights from hosts.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove medical details from the printed register.",
                Some(Tier::Eliminate),
            ),
        ]);
        // The one at hand, or a clean-up of what is left over, is a correction.
        for action in [
            "Remove the leaver's account from the group.",
            "Remove a duplicate from the register.",
            "Remove leavers from the group.",
            "Remove unused accounts from AD.",
        ] {
            assert_eq!(tier(action), Some(Tier::Correction), "{action}");
        }
    }

    #[test]
    fn stopping_a_practice_and_a_participle_that_says_which() {
        assert_eq!(
            tier("Send summaries through the GP messaging service and stop faxing them."),
            Some(Tier::Eliminate)
        );
        for action in [
            "Stop the pump.",
            "Branch manager's password changed and the temp's access stopped.",
        ] {
            assert_eq!(tier(action), Some(Tier::Correction), "{action}");
        }
        // What is given is the logins, not an issuing; "run" is a noun here.
        ranks(&[
            (
                "Give bank staff read-only bed management logins issued with their shift booking.",
                None,
            ),
            (
                "Validation run repeated with in-date reagent.",
                Some(Tier::Correction),
            ),
            (
                "Duty manager given a new key card and the old key card deactivated.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn a_noun_that_only_says_which_and_a_change_made_so_it_cannot_happen() {
        // "Briefing", "notes": which card, which trolleys.
        for action in [
            "Keep gloves and a briefing card at each handling table.",
            "Replace notes trolleys with lidded, locking trolleys.",
        ] {
            assert!(tier(action).is_some_and(|t| t >= Tier::Detect), "{action}");
        }
        ranks(&[
            ("Remind staff today.", Some(Tier::People)),
            (
                "Added a CONTRIBUTING note not to force-push.",
                Some(Tier::People),
            ),
            (
                "Split the celebrant briefing from private notes so celebrants cannot see them.",
                Some(Tier::Eliminate),
            ),
        ]);
        for action in [
            "Remind staff so that they cannot forget.",
            "Permissions corrected on the folder so that staff can no longer see salaries.",
        ] {
            assert!(tier(action).is_some_and(|t| t < Tier::Detect), "{action}");
        }
    }

    #[test]
    fn a_noun_first_a_note_limit_and_what_was_done_after_the_fact() {
        // "Limit override" is a noun phrase, "reversed" its verb.
        ranks(&[
            (
                "Limit override reversed and relationship manager disciplined.",
                Some(Tier::Correction),
            ),
            // "Note" only says which limit.
            (
                "Counterfeit pen at every till and a £20 note limit on the till.",
                None,
            ),
            ("Lift plan raised retrospectively.", Some(Tier::Correction)),
            (
                "DPIA carried out retrospectively for the project.",
                Some(Tier::Correction),
            ),
            // An imperative's object with a participle that says which.
            (
                "Disable accounts created by contractors through the HR-to-directory connector.",
                tier("Disable accounts through the HR-to-directory connector."),
            ),
        ]);
    }

    #[test]
    fn sent_only_one_way_downloads_disabled_and_a_change_reviewed_late() {
        ranks(&[
            (
                "Send all tender documents only through the tender portal.",
                Some(Tier::Eliminate),
            ),
            (
                "Disable drawing downloads except as watermarked PDFs.",
                Some(Tier::Eliminate),
            ),
            (
                "Disable the subcontractor's account.",
                Some(Tier::Correction),
            ),
            (
                "Change retrospectively reviewed by the change manager.",
                Some(Tier::Correction),
            ),
            ("Correct strength reordered.", Some(Tier::Correction)),
            ("Records unmerged.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_thing_taken_back_is_a_correction() {
        ranks(&[
            (
                "Letters taken back to the strongroom.",
                Some(Tier::Correction),
            ),
            ("Files brought back on site.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn asked_to_do_moved_back_and_what_an_unknown_noun_is_of() {
        // What someone is asked to do is the action.
        ranks(&[
            (
                "Preventive action: ask the courier to block Friday collections for the central lab account.",
                Some(Tier::Eliminate),
            ),
            ("Ask staff to take more care.", Some(Tier::People)),
            ("Ask the supplier for a new quote.", Some(Tier::People)),
            // After the fact, wherever it is said.
            (
                "Sub-investigator added to the delegation log retrospectively.",
                Some(Tier::Correction),
            ),
            // Something moved, told in the past, is the one at hand.
            (
                "DG parcel moved to the correct hold.",
                Some(Tier::Correction),
            ),
            ("Procedure moved to the intranet.", Some(Tier::Process)),
            (
                "Move the net check onto the deck crew's checklist.",
                Some(Tier::Process),
            ),
            // The figure is what the read-back is of; it goes into a procedure.
            (
                "Add a mandatory read-back of the fuel figure to the turnaround procedure.",
                Some(Tier::Process),
            ),
            (
                "Staff reminded to complete the temperature log every day, including weekends.",
                Some(Tier::People),
            ),
            ("Circuit re-energised.", Some(Tier::Correction)),
            ("Samples discarded and retaken.", Some(Tier::Correction)),
            ("Control engineer stood down.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_promised_check_a_refund_made_and_an_object_before_an_infinitive() {
        ranks(&[
            (
                "Baker was explained the allergen rules again.",
                Some(Tier::People),
            ),
            (
                "Student vet to wear dosimeter at all times.",
                Some(Tier::People),
            ),
            // A check people promise is theirs to remember, after a label too.
            (
                "AI: PM to check the dashboard before rollouts.",
                Some(Tier::People),
            ),
            (
                "Configure the dashboard to alert the PM.",
                Some(Tier::Detect),
            ),
            (
                "Tax code corrected and refund made.",
                Some(Tier::Correction),
            ),
            ("Address changed back.", Some(Tier::Correction)),
            // The card is rewritten; the order is what it is to show.
            (
                "Rewrite the recipe card to show the order of addition.",
                Some(Tier::Process),
            ),
            (
                "Asked the vendor to fix the vulnerability in the next release.",
                Some(Tier::Correction),
            ),
            // "With the vendor" fills in nothing of the next clause.
            (
                "Tune the RTU alarms with the vendor, suppress known chatter and route any remaining comms alarm to a ticket with an owner.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_second_persons_check_and_words_that_only_say_who() {
        ranks(&[
            (
                "Assemble disclosure bundles from the client's own matter folder only, with a second person checking the index before service.",
                Some(Tier::Process),
            ),
            (
                "A second person to check the index before service.",
                Some(Tier::Process),
            ),
            // A person promising to get one is still a promise.
            (
                "Merchandiser to get a second person to check prices before publishing.",
                Some(Tier::People),
            ),
            (
                "Cleaning supervisor to spot check seat pockets.",
                Some(Tier::People),
            ),
            // A department in "-ing" is the one promising.
            (
                "Marketing to use the test segment first.",
                Some(Tier::People),
            ),
            // "Supervising partner" is no verb.
            (
                "Record limitation dates in the case system, with warnings to the fee earner and supervising partner at 90, 30 and 7 days.",
                Some(Tier::Design),
            ),
            ("Funds recovered through the bank.", Some(Tier::Correction)),
            ("Deputy manager given words of advice.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn banning_raising_reflecting_and_alerts_on_a_periodic_check() {
        ranks(&[
            (
                "Ban the use of personal phones for customer calls in the conduct policy.",
                Some(Tier::Eliminate),
            ),
            ("Player banned.", Some(Tier::Correction)),
            (
                "Raise the warfarin interaction alert to high priority in the PMR.",
                Some(Tier::Detect),
            ),
            ("Raise awareness of the policy.", Some(Tier::People)),
            ("Pharmacist reflected on the incident.", Some(Tier::People)),
            ("Toe board refitted.", Some(Tier::Correction)),
            ("All MEWP users to wear harnesses.", Some(Tier::People)),
            // A periodic check whose lapses a tool reports to someone detects.
            (
                "Assign the access review control to the IAM lead, with quarterly reviews tracked in the GRC tool and overdue alerts to the CISO.",
                Some(Tier::Detect),
            ),
            (
                "Assign the access review control to the IAM lead, with quarterly reviews.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn what_is_shown_and_to_whom_and_what_people_are_told_to_do() {
        ranks(&[
            (
                "show a fragile flag on the pack screen that forces box packing for flagged items",
                Some(Tier::Detect),
            ),
            ("Trainee shown the sharps policy.", Some(Tier::People)),
            (
                "Operative reminded to knock and show ID.",
                Some(Tier::People),
            ),
            // After a comma, another action.
            (
                "Remind staff to lock screens, and configure auto-lock.",
                Some(Tier::Eliminate),
            ),
            // The screens are a tool set to lock.
            (
                "set the meeting room screens to lock after two minutes idle and require a PIN to cast",
                Some(Tier::Design),
            ),
            ("Trip reinstated.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn something_that_alerts_things_set_apart_and_a_role_named_by_a_verb() {
        ranks(&[
            (
                "Use the electronic observation chart that calculates NEWS and pages the nurse in charge when the score reaches 5.",
                Some(Tier::Detect),
            ),
            (
                "On-call engineer walked through the runbook.",
                Some(Tier::People),
            ),
            (
                "D5: pallet segregated and re-labelled.",
                Some(Tier::Correction),
            ),
            (
                "Segregate allergen stock on a separate rack.",
                Some(Tier::Process),
            ),
            (
                "Change manager retrained on the CAB process.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn what_is_put_in_place_not_where_it_goes() {
        ranks(&[
            (
                "Put a seal dispenser at the loading bay that logs each seal to the trailer number.",
                Some(Tier::Design),
            ),
            (
                "Add a sorting table at the back door where every item is checked.",
                Some(Tier::Process),
            ),
            (
                "Require a call-back to the number on file and a second person's approval in the payment system before bank details are changed.",
                Some(Tier::Design),
            ),
            // What goes into a message is one.
            (
                "Added a slide on tailgating to the monthly security briefing.",
                Some(Tier::People),
            ),
            (
                "Set the public PCs to log out and wipe the session automatically after 10 minutes idle.",
                Some(Tier::Eliminate),
            ),
            (
                "Fix the vulnerability in the next release.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn a_record_brought_up_to_date_a_goodwill_payment_and_a_handoff_sent_by_itself() {
        ranks(&[
            ("Inventory updated.", Some(Tier::Correction)),
            ("Risk register updated.", Some(Tier::Correction)),
            ("Procedure updated.", Some(Tier::Process)),
            ("Goodwill payment made.", Some(Tier::Correction)),
            (
                "Pass bereavement notifications to collections automatically.",
                Some(Tier::Detect),
            ),
            ("Send reminders to staff automatically.", Some(Tier::People)),
            ("Pass the message on to all staff.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_part_replaced_is_the_one_at_hand() {
        ranks(&[
            ("Connector replaced.", Some(Tier::Correction)),
            (
                "Gasket replaced with approved type.",
                Some(Tier::Correction),
            ),
            (
                "Paper form replaced with an e-form in the HR system.",
                Some(Tier::Design),
            ),
            ("Procedure replaced.", Some(Tier::Process)),
            (
                "Replace the connectors with one approved type.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn the_agent_after_by_what_was_missing_and_a_promise_of_a_named_role() {
        // After "by", the person who did it; the part is the one at hand.
        ranks(&[
            ("Filter replaced by the contractor.", Some(Tier::Correction)),
            // A tool after "by" still says how.
            (
                "Visitor badges are now printed by the visitor system.",
                Some(Tier::Design),
            ),
            ("Missing line added.", Some(Tier::Correction)),
            ("Add the missing field to the form.", Some(Tier::Design)),
            ("Markings repainted.", Some(Tier::Correction)),
            (
                "Account manager to consult the team before promising deadlines.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn people_promising_to_make_something_no_tool_names() {
        ranks(&[
            ("HRBP to keep grievances confidential", Some(Tier::People)),
            ("Engineers to add comments to the code.", Some(Tier::People)),
            (
                "Developers to add input validation to the form.",
                Some(Tier::Design),
            ),
            ("Narrow delivery windows to one hour.", Some(Tier::Process)),
        ]);
    }

    #[test]
    fn put_right_withdrawn_and_a_history_brought_up_to_date() {
        ranks(&[
            ("Waste moved to the correct bin.", Some(Tier::Correction)),
            (
                "Withdraw printed manuals and give engineers tablets with the current revision only.",
                Some(Tier::Eliminate),
            ),
            ("Withdraw the leaver's badge.", Some(Tier::Correction)),
            ("History updated.", Some(Tier::Correction)),
            ("Delegation log updated.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn an_s_form_before_a_participle_is_a_noun() {
        // Not "fund" (a resource decision): the funds' recovery was tried,
        // once.
        ranks(&[
            ("Funds recovery attempted.", Some(Tier::Correction)),
            // A known participle is the verb already; a recurring review stays
            // a person's chore.
            ("Checks added to the release pipeline.", Some(Tier::Design)),
            ("Reviews scheduled monthly by the CISO.", Some(Tier::People)),
            ("Seed phrase moved to the safe.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn scripts_at_hand_and_lessons_shared() {
        // The exam scripts are what was mended, not a tool that mends.
        ranks(&[
            ("Scripts retrieved.", Some(Tier::Correction)),
            (
                "Fix every affected record with a script.",
                Some(Tier::Eliminate),
            ),
            ("Shared in #eng-all.", Some(Tier::People)),
            ("Lessons shared with the team.", Some(Tier::People)),
            ("Shared accounts disabled.", Some(Tier::Eliminate)),
        ]);
    }

    #[test]
    fn a_compound_before_its_participle_a_tool_made_to_require_a_service_signed_up_to() {
        ranks(&[
            (
                "Audit logging re-enabled on the database.",
                Some(Tier::Correction),
            ),
            (
                "Make the tracker require evidence before a finding can be closed.",
                Some(Tier::Design),
            ),
            (
                "Sign up to the pharmacy's repeat service, which orders automatically.",
                Some(Tier::Eliminate),
            ),
            ("Sign the procedure.", Some(Tier::People)),
            (
                "Out of date medication disposed of.",
                Some(Tier::Correction),
            ),
            // "On time" says when, not what.
            ("Deputy to reorder on time.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn an_alert_on_a_condition_what_is_given_and_a_step_made_required() {
        ranks(&[
            (
                "Alert the duty manager when the fridge temperature goes out of range.",
                Some(Tier::Detect),
            ),
            ("Alert the team before the meeting.", Some(Tier::People)),
            ("Alert the team when", Some(Tier::People)),
            // The sign is given a chime and a light (a tool); it is no
            // sign-off.
            (
                "Give the seatbelt sign a distinct chime and a galley light.",
                Some(Tier::Design),
            ),
            ("Give staff a reminder.", Some(Tier::People)),
            // (A gate before the next step, as "require ... before" is.)
            (
                "Make a contact attempt a required step before the case can be closed.",
                Some(Tier::Design),
            ),
            (
                "Make the refresher training mandatory for all staff.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_stopgap_a_fix_shipped_and_a_kind_locked() {
        ranks(&[
            (
                "Pinned the dependency to 2.3.1 for now.",
                Some(Tier::Correction),
            ),
            (
                "Temporarily block the sender domain.",
                Some(Tier::Correction),
            ),
            (
                "Fixed in #4821 (restored the null check).",
                Some(Tier::Correction),
            ),
            (
                "Lock viewport scales in the CAD template.",
                Some(Tier::Eliminate),
            ),
            ("Lock the leaver's account.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn an_interview_and_a_message_switched_to_a_tool() {
        ranks(&[
            (
                "Driver interviewed and hours infringement recorded.",
                Some(Tier::People),
            ),
            (
                "Switch the group email to a mailing tool that hides addresses by default.",
                Some(Tier::Design),
            ),
            ("Move the newsletter to Thursday.", Some(Tier::People)),
            // A tool shows it; where a poster goes is no object.
            (
                "Show fraud markers as a banner on the reset screen.",
                Some(Tier::Design),
            ),
            ("Put a poster next to the till.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_future_passive_a_review_held_and_an_escalation() {
        ranks(&[
            // "Review" qualifies the dates that will be set up; what is
            // set up is new, and what follows the comma is no object.
            (
                "An SOP index with owners and review dates will be set up, with reminders from the PMR.",
                Some(Tier::Process),
            ),
            ("Management review held in October.", Some(Tier::People)),
            (
                "Schedule quarterly access reviews in the GRC tool with escalation of overdue reviews to the CISO.",
                Some(Tier::Process),
            ),
            (
                "Schedule quarterly access reviews in the GRC tool.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn the_one_at_hand_as_issue_threads_tell_it() {
        ranks(&[
            ("Document register updated.", Some(Tier::Correction)),
            ("Fixed the cron expression.", Some(Tier::Correction)),
            ("Fixed the bug.", Some(Tier::Correction)),
            (
                "Fixed the template so that it validates dates.",
                Some(Tier::Design),
            ),
            (
                "Add a scheduled job that checks expiry dates and alerts the owner.",
                Some(Tier::Eliminate),
            ),
            (
                "Unpublished 3.0.0 and published 3.0.1 with a proper build.",
                Some(Tier::Correction),
            ),
            (
                "Reviewers: please actually run the code before approving.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn drained_refilled_and_submitted() {
        ranks(&[
            (
                "The fuel was drained and the tanks refilled.",
                Some(Tier::Correction),
            ),
            (
                "The notification has now been submitted.",
                Some(Tier::People),
            ),
            // Redone is still a correction.
            (
                "Requester re-submitted the form correctly.",
                Some(Tier::Correction),
            ),
            (
                "Fit tool-less fuel drains to every aircraft.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn made_after_the_fact_and_a_script_of_ones_own() {
        ranks(&[
            (
                "A retrospective change order was raised.",
                Some(Tier::Correction),
            ),
            ("Audit trail setting restored.", Some(Tier::Correction)),
            // The test script is what was fixed, not how.
            (
                "Credentials rotated and the test script fixed.",
                Some(Tier::Correction),
            ),
            (
                "Fix every affected record with a script.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn removing_after_and_identities_ranking_and_sent_electronically() {
        ranks(&[
            (
                "Run the HR leaver feed to the directory daily and disable accounts on the leaving date automatically.",
                Some(Tier::Eliminate),
            ),
            (
                "Replace the shared service account with per-pipeline identities and remove the password.",
                Some(Tier::Design),
            ),
            (
                "Rank access review items by risk in the IGA tool and sample high-risk items for second review.",
                Some(Tier::Design),
            ),
            (
                "Send C. diff results electronically to both the ward and the IPC team.",
                Some(Tier::Detect),
            ),
            (
                "Page taken down and the numbers removed.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn given_to_several_moved_to_a_place_and_resealed() {
        ranks(&[
            (
                "Give the cleaner and the front desk their own logins and remove the shared one.",
                Some(Tier::Process),
            ),
            (
                "Passports deleted from the desktop and moved to the CRM.",
                Some(Tier::Correction),
            ),
            (
                "Meter box resealed on a return visit.",
                Some(Tier::Correction),
            ),
            ("Move the spreadsheet to the CRM.", Some(Tier::Design)),
        ]);
    }

    #[test]
    fn a_training_pipeline_an_app_that_stops_and_a_pallet_restacked() {
        ranks(&[
            // "Training" only says which pipeline.
            (
                "Carry opt-out flags into the warehouse and filter them out in the model training pipeline.",
                Some(Tier::Detect),
            ),
            (
                "Move daily plant checks to the telematics app, which stops the machine starting until the check is done.",
                Some(Tier::Eliminate),
            ),
            ("Stop the pump.", Some(Tier::Correction)),
            ("Pallet restacked.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_light_verb_after_and_rebooked_and_compensated() {
        ranks(&[
            (
                "Store closed files in a separate locked bay with red box labels and have the catalogue refuse requests for them.",
                Some(Tier::Eliminate),
            ),
            (
                "Appointment rebooked in the right clinic.",
                Some(Tier::Correction),
            ),
            (
                "Guest collected by taxi and compensated.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn a_gate_before_the_next_step_and_what_people_wear() {
        ranks(&[
            (
                "Require a resolution note before an alarm can be closed.",
                Some(Tier::Design),
            ),
            (
                "Require staff to read the policy before they can start.",
                Some(Tier::People),
            ),
            (
                "Student vet to wear dosimeter at all times.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn what_a_tool_will_not_let_happen_and_what_a_screen_shows() {
        ranks(&[
            (
                "Put the DG note in the electronic load sheet, which cannot be signed until it is acknowledged.",
                Some(Tier::Eliminate),
            ),
            (
                "Show the raw data on the CoA review screen.",
                Some(Tier::Design),
            ),
            (
                "Show the expired certificate to the team.",
                Some(Tier::Correction),
            ),
            ("Job re-priced.", Some(Tier::Correction)),
            ("Node pool scaled back to 10.", Some(Tier::Correction)),
            // A seal tester is a device.
            (
                "Replace the seal tester with one that records results to the batch record.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn promises_with_a_modal_what_people_undergo_and_keep_their_own() {
        ranks(&[
            (
                "The planner will check the capacity report before each schedule.",
                Some(Tier::People),
            ),
            (
                "Engineers will review the dashboard daily.",
                Some(Tier::People),
            ),
            (
                "The team will set up an alert on the queue depth.",
                Some(Tier::Detect),
            ),
            (
                "The trainee will undergo additional supervision for two weeks.",
                Some(Tier::People),
            ),
            ("They'll keep their phone volume up.", Some(Tier::People)),
            (
                "Obsolete revision withdrawn from the shop floor.",
                Some(Tier::Correction),
            ),
            (
                "A one-off review of the batch records was undertaken.",
                Some(Tier::People),
            ),
            ("Staff taught the new steps.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn sent_from_a_tool_routed_made_to_refuse_integrated_and_required() {
        ranks(&[
            (
                "Send overdue notices from the library system, one per borrower.",
                Some(Tier::Detect),
            ),
            (
                "Issue specifications through the document system with revision control.",
                Some(Tier::Detect),
            ),
            // A message put through a tool is still someone's message.
            (
                "Send the reminder email through the HR portal.",
                Some(Tier::People),
            ),
            (
                "Route expiry warnings to the on-call queue with an owner.",
                Some(Tier::Process),
            ),
            ("Make it refuse an expired lot.", Some(Tier::Eliminate)),
            (
                "Make the supervisor refuse the expired lot.",
                Some(Tier::Process),
            ),
            (
                "Integrate the texting service with the patient record.",
                Some(Tier::Design),
            ),
            (
                "Add the mill certificate to the inspection form as a mandatory upload.",
                Some(Tier::Design),
            ),
            (
                "Add the missing certificate to the file.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn people_who_say_which_people_entries_made_and_a_task_a_tool_raises() {
        ranks(&[
            (
                "Shift supervisors will verify relief valve status before any restart.",
                Some(Tier::People),
            ),
            (
                "Authors should test rollback before merging.",
                Some(Tier::People),
            ),
            (
                "The pharmacist will make entries in the CD register at the time of supply.",
                Some(Tier::People),
            ),
            (
                "Make entries in the CD register mandatory in the PMR.",
                Some(Tier::Process),
            ),
            (
                "Document reclassified and the author advised of the correct level.",
                Some(Tier::Correction),
            ),
            (
                "Add the risk review to the ISMS calendar with the GRC tool raising a task to the owner each quarter.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn done_again_taken_off_a_list_and_a_portal_that_emails() {
        ranks(&[
            (
                "Unpublished the bad version and published again from main.",
                Some(Tier::Correction),
            ),
            (
                "Bumped the version and re-tagged as v5.1.1.",
                Some(Tier::Correction),
            ),
            (
                "Update the checklist so it cannot happen again.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the fuel quantity indication from the MEL so the aircraft cannot be dispatched with it inoperative.",
                Some(Tier::Eliminate),
            ),
            (
                "Permissions corrected so staff can no longer see salaries.",
                Some(Tier::Correction),
            ),
            (
                "Change the pest contract so sightings are logged in a shared portal that emails the site manager within the hour.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_verb_and_its_particle_after_the_object() {
        ranks(&[
            (
                "Turned debug logging off in the deployed config.",
                Some(Tier::Correction),
            ),
            ("Turned TLS verification back on.", Some(Tier::Correction)),
            ("Take the old site down.", Some(Tier::Correction)),
            // A preposition with its noun is no particle.
            (
                "Switch the users on the old plan to the new plan.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_change_told_in_the_past_and_what_a_tool_flags() {
        ranks(&[
            (
                "Cleaned up the disk and extended the volume.",
                Some(Tier::Correction),
            ),
            ("Extended the volume.", Some(Tier::Correction)),
            (
                "Introduce a monthly date-checking routine assigned in the task system, with short-dated stock flagged by the PMR.",
                Some(Tier::Detect),
            ),
            ("Short-dated stock flagged by the PMR.", Some(Tier::Detect)),
            (
                "Short-dated stock flagged by the pharmacist.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_document_changed_named_first_and_things_put_back() {
        ranks(&[
            (
                "Procedure update to include the torque value.",
                Some(Tier::Process),
            ),
            (
                "The procedure update was communicated to staff.",
                Some(Tier::People),
            ),
            ("Master list updated.", Some(Tier::Correction)),
            (
                "Design review repeated with the customer requirement considered.",
                Some(Tier::Correction),
            ),
            ("Rolled the config back to 0%.", Some(Tier::Correction)),
            ("Put the guard back.", Some(Tier::Correction)),
            ("Switch the alarm off at night.", Some(Tier::Correction)),
            (
                "Show the procedure to the new starters.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn an_alert_people_promise_and_a_tool_named_by_an_acronym() {
        ranks(&[
            (
                "Analyst to flag out-of-range results to the supervisor in future.",
                Some(Tier::People),
            ),
            (
                "The LIMS will flag out-of-range results to the supervisor.",
                Some(Tier::Detect),
            ),
            ("IT will check the accounts weekly.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn what_a_message_is_turned_into() {
        ranks(&[
            (
                "Turn capacity warnings into alerts with thresholds that page the on-call team.",
                Some(Tier::Detect),
            ),
            ("Turn the reminder into a poster.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_participle_before_its_noun_and_stock_written_off() {
        ranks(&[
            ("Damaged pallets written off.", Some(Tier::Correction)),
            ("Revised procedure issued to all staff.", Some(Tier::People)),
            (
                "Show fraud markers as a banner on the reset screen.",
                Some(Tier::Design),
            ),
            (
                "Hide the PIN on the agent desktop until the security questions are passed.",
                Some(Tier::Eliminate),
            ),
            ("Hide the keys in the drawer.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_hotfix_a_patch_put_in_and_a_dashboard_made_private() {
        ranks(&[
            ("Hotfix to replace the URL.", Some(Tier::Correction)),
            ("Flag reverted and hotfix deployed.", Some(Tier::Correction)),
            ("Patch deployed to all servers.", Some(Tier::Correction)),
            ("Dashboard made private.", Some(Tier::Correction)),
            ("Refund made.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_gate_done_daily_and_what_is_supplied_thrown_away_or_released() {
        ranks(&[
            (
                "Require a documented daily inspection by a competent person before the excavation permit can be issued.",
                Some(Tier::Design),
            ),
            (
                "Set up the supplier scorecard in the QMS to decide skip-lot status automatically.",
                Some(Tier::Eliminate),
            ),
            (
                "Oil filter safety-wired and the aircraft released to service.",
                Some(Tier::Correction),
            ),
            ("Extension cord thrown away.", Some(Tier::Correction)),
            (
                "Supply a fuel sampling cup in every aircraft, checked on the daily inspection form.",
                Some(Tier::Process),
            ),
            ("QC tech written up.", Some(Tier::People)),
            (
                "Fit a bypass timer with a beacon to the light curtain.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_department_an_analysis_promised_and_guidance_given() {
        ranks(&[
            (
                "Correction: purchasing to be re-audited by another auditor.",
                Some(Tier::Correction),
            ),
            (
                "Corrective action: the quality manager will analyse complaint data quarterly.",
                Some(Tier::People),
            ),
            ("Cook given guidance on thickening.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn shown_in_a_list_done_after_the_event_and_a_personal_checklist() {
        ranks(&[
            (
                "Show the user and job name in the session list.",
                Some(Tier::Design),
            ),
            (
                "Dose change documented after the event.",
                Some(Tier::Correction),
            ),
            (
                "Patient given the warfarin booklet on their next visit.",
                Some(Tier::People),
            ),
            (
                "Die number check added to the setter's personal checklist.",
                Some(Tier::People),
            ),
            (
                "Implement a permit-required confined space program with posted signs.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_version_said_after_a_word_and_a_limit_named_by_what_it_counts() {
        ranks(&[
            (
                "Unpublished the package and published a clean 4.2.1.",
                Some(Tier::Correction),
            ),
            (
                "Released 3.0.0 with the breaking change and deprecated 2.9.1.",
                Some(Tier::Correction),
            ),
            (
                "Set a contact limit in the dialler of three calls per customer per day.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn a_part_taken_out_of_a_tool_is_gone_for_everyone() {
        ranks(&[
            (
                "Remove the verbal card-taking option from the agent script.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the export button from the CRM.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the leaver from the admin group.",
                Some(Tier::Correction),
            ),
            (
                "Remove the old laptop from the asset register.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn shared_with_people_containment_sorting_and_feedback_from_customers() {
        ranks(&[
            (
                "Shared the incident with the team in the weekly sync.",
                Some(Tier::People),
            ),
            ("Discuss the near miss with the crew.", Some(Tier::People)),
            // "With" a tool is how, not whom.
            (
                "Raise the minimum password length with a GPO.",
                Some(Tier::Design),
            ),
            (
                "100% sorting of the parts in stock.",
                Some(Tier::Correction),
            ),
            (
                "Parts sorted and rejects quarantined.",
                Some(Tier::Correction),
            ),
            (
                "Add a sorting table at the back door where every item is checked.",
                Some(Tier::Process),
            ),
            (
                "Add customer feedback and supplier performance to the management review input list in the procedure.",
                Some(Tier::Design),
            ),
            (
                "Give the operator feedback on the error.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_comment_a_stand_down_a_task_done_late_and_what_a_procedure_refers_to() {
        ranks(&[
            ("Added a comment in the config file.", Some(Tier::People)),
            // (Not "comments" anywhere: a comments field is a field.)
            (
                "Add a mandatory comments field to the form.",
                Some(Tier::Design),
            ),
            ("Safety stand-down held.", Some(Tier::People)),
            (
                "Data set classified by the asset owner.",
                Some(Tier::Correction),
            ),
            (
                "SOC 2 report requested and received.",
                Some(Tier::Correction),
            ),
            // "Drain valves" are valves, not a fix; valves labelled are a
            // design change.
            (
                "Label all drain valves with vessel tags and revise the procedure to refer to valve tags.",
                Some(Tier::Design),
            ),
            (
                "Update the procedure to refer staff to the helpdesk.",
                Some(Tier::People),
            ),
            (
                "Require supervisor authorization in the DCS to override the high-level alarm and log each override.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_build_made_to_fail_a_drill_held_and_records_updated_for_people() {
        ranks(&[
            (
                "Baseline the legacy warnings and make new linter warnings fail the build.",
                Some(Tier::Eliminate),
            ),
            ("Fire drill held on 3 May.", Some(Tier::People)),
            ("Gauge calibrated.", Some(Tier::Correction)),
            (
                "Payment recalculated at the correct rate.",
                Some(Tier::Correction),
            ),
            (
                "Nurse reassessed for competence on the pump.",
                Some(Tier::Correction),
            ),
            (
                "Competence records updated for all staff.",
                Some(Tier::Correction),
            ),
            (
                "Schedule quarterly access reviews as recurring tickets in the ITSM with escalation when overdue.",
                Some(Tier::Process),
            ),
            (
                "Schedule quarterly access reviews in the ITSM with reminders to the owner.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn readings_taken_people_notified_a_tool_as_subject_and_plans_for_where_things_go() {
        ranks(&[
            (
                "Fridge temperatures will be recorded daily by the dispenser.",
                Some(Tier::People),
            ),
            (
                "Hold all supplier bank detail changes in the payments system until a call-back to a number on file is recorded.",
                Some(Tier::Eliminate),
            ),
            // (Done late: the task at hand.)
            (
                "The regulator was notified late with an explanation.",
                Some(Tier::Correction),
            ),
            ("Notify staff of the change by email.", Some(Tier::People)),
            (
                "Notify the DPO automatically when a breach ticket is opened.",
                Some(Tier::Detect),
            ),
            ("The scanner verifies each label.", Some(Tier::Detect)),
            (
                "Lock the drawing revision field on the PO form and notify engineering of any change.",
                Some(Tier::Eliminate),
            ),
            ("Lock the door of the server room.", Some(Tier::Correction)),
            (
                "Controlled drugs will be moved into a cabinet with a key log.",
                Some(Tier::Design),
            ),
            ("Parcel moved to the correct hold.", Some(Tier::Correction)),
            (
                "Look-alike medicines will be separated on the shelves with shelf-edge warning labels.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_contract_terminated_a_new_habit_and_a_role_that_promises() {
        ranks(&[
            ("Contractor's contract terminated.", Some(Tier::People)),
            ("On-call engineer now uses two alarms.", Some(Tier::People)),
            (
                "The system now blocks duplicate payments.",
                Some(Tier::Eliminate),
            ),
            (
                "Incident commanders will declare incidents faster.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn storing_things_and_a_store_manager() {
        ranks(&[
            (
                "Store guards on the saw in a bracket fitted to the machine.",
                Some(Tier::Design),
            ),
            (
                "Store manager given a final written warning.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn done_again_with_a_hyphen_a_customer_credited_and_the_right_one_sent() {
        ranks(&[
            (
                "Fibre re-spliced and customer credited.",
                Some(Tier::Correction),
            ),
            ("Bolts re-torqued.", Some(Tier::Correction)),
            (
                "I apologised and sent the right price list.",
                Some(Tier::Correction),
            ),
            (
                "Install the correct guard on every press.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_flag_in_code_removed_from_every_build_moderation_and_a_second_person_with() {
        ranks(&[
            (
                "Remove the certificate validation debug flag from production builds with a build-time check.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the duplicate invoice from payment runs.",
                Some(Tier::Correction),
            ),
            (
                "Head of department moderated the marks late.",
                Some(Tier::People),
            ),
            (
                "Check the room schedule against the board's timetable with a second person before each series.",
                Some(Tier::Process),
            ),
            ("Check the invoice with the supplier.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn takings_banked_a_practice_replaced_and_setting_out() {
        ranks(&[
            ("Takings banked the next day.", Some(Tier::Correction)),
            (
                "Scan cigarette stock with a handheld scanner instead of counting by hand.",
                Some(Tier::Detect),
            ),
            ("Count the stock by hand weekly.", Some(Tier::People)),
            ("Setting out re-checked.", Some(Tier::People)),
            ("Coxswain to reduce speed on approach.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn better_next_time_scaled_back_up_and_a_status_page() {
        ranks(&[
            (
                "We will update the status page faster next time.",
                Some(Tier::People),
            ),
            ("Scaled the cluster back up.", Some(Tier::Correction)),
            ("Centrifuge decontaminated.", Some(Tier::Correction)),
            (
                "Page the on-call engineer when the disk is 90% full.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn compensation_paid_a_bag_rerouted_importing_and_programming() {
        ranks(&[
            (
                "Complaint answered late and compensation paid.",
                Some(Tier::Correction),
            ),
            (
                "Bag rerouted and passenger compensated.",
                Some(Tier::Correction),
            ),
            (
                "Import hearing dates from court notices into the diary automatically.",
                Some(Tier::Eliminate),
            ),
            ("Program AOI to check diode polarity.", Some(Tier::Process)),
            (
                "Revise the audit programme to be risk-based.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn taken_from_a_record_done_late_and_a_participle_after_an_unknown_verb() {
        ranks(&[
            (
                "Take reefer temperatures from the product record when the booking is made.",
                Some(Tier::Process),
            ),
            (
                "Take start dates from the signed contract in the HR system rather than keying them.",
                Some(Tier::Design),
            ),
            (
                "Licence applied for and shipment held.",
                Some(Tier::Correction),
            ),
            (
                "Contributions paid late with interest.",
                Some(Tier::Correction),
            ),
            (
                "Log returned laptops in the asset system with a scanner at the desk.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn warnings_configured_a_number_of_people_late_and_an_inbox() {
        ranks(&[
            (
                "Configure maximum dose warnings in the prescribing system that require an override reason.",
                Some(Tier::Detect),
            ),
            (
                "Change night shifts to 8 hours with two guards and a lone worker device.",
                Some(Tier::Process),
            ),
            (
                "Updated the asset register with the missing 14 laptops.",
                Some(Tier::Correction),
            ),
            ("Box repacked.", Some(Tier::Correction)),
            ("Lot scrapped.", Some(Tier::Correction)),
            (
                "Released again from a fresh checkout.",
                Some(Tier::Correction),
            ),
            (
                "Complaint answered late and compensation paid.",
                Some(Tier::Correction),
            ),
            (
                "Log repair reports from the email inbox into the repairs system automatically.",
                None,
            ),
            (
                "A memo was diffused to all the personnel about the clean desk.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn what_is_given_a_passive_to_come_and_whom_an_alert_reaches() {
        ranks(&[
            (
                "Give transfer bags a separate sorter chute and a coloured tag printed at check-in.",
                None,
            ),
            ("Locum given a copy of the CD policy.", Some(Tier::People)),
            ("Second officer given a warning letter.", Some(Tier::People)),
            (
                "Budget alerts to be reviewed weekly by the FinOps analyst.",
                Some(Tier::People),
            ),
            (
                "Extra care will be taken when granting privileged access.",
                Some(Tier::People),
            ),
            (
                "Patch log to be kept up to date by IT staff.",
                Some(Tier::People),
            ),
            (
                "Flag failures to the site manager the same day.",
                Some(Tier::Detect),
            ),
            ("Alert the team to the change.", Some(Tier::People)),
            (
                "Wrong-mix slab broken out and recast.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn switched_off_by_a_rule_a_printer_and_supply_staff() {
        ranks(&[
            (
                "Disable the refund button once a refund has been issued.",
                Some(Tier::Design),
            ),
            (
                "Lock the account after five failed logins.",
                Some(Tier::Design),
            ),
            (
                "Disable the account once HR confirms.",
                Some(Tier::Correction),
            ),
            // (Automated, as "auto-" says: the SPEC's top tier.)
            (
                "Auto-lock shared terminals after five minutes idle.",
                Some(Tier::Eliminate),
            ),
            ("Auto-locked the account.", Some(Tier::Correction)),
            (
                "Print the returns label with the packing slip on the packing station printer.",
                Some(Tier::Design),
            ),
            (
                "Supply staff given a safeguarding leaflet on arrival.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_second_person_trained_a_translation_and_a_tool_named_first() {
        ranks(&[
            (
                "Second admin trained and given access.",
                Some(Tier::Process),
            ),
            ("Second engineer retrained.", Some(Tier::People)),
            (
                "Translate the work instruction into Polish.",
                Some(Tier::Process),
            ),
            ("Recall system set up for gauges.", Some(Tier::Design)),
        ]);
    }

    #[test]
    fn a_layout_a_device_mounted_simulator_time_and_a_tracker_kept() {
        ranks(&[
            (
                "Print allergy notes in red at the top of the kitchen ticket.",
                Some(Tier::Design),
            ),
            (
                "Show the new procedure to staff at the top of the meeting.",
                Some(Tier::People),
            ),
            (
                "Mount a probe thermometer at the back door.",
                Some(Tier::Design),
            ),
            (
                "Trainee given extra simulator time on the three-pointer altimeter.",
                Some(Tier::People),
            ),
            (
                "Benefits administrator to keep a tracker of changes.",
                Some(Tier::People),
            ),
            (
                "Load sheet corrected before departure.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn a_remedy_offered_people_marked_and_case_notes() {
        ranks(&[
            ("Tenant offered a move.", Some(Tier::Correction)),
            (
                "Flag same-surname patients on the ward board.",
                Some(Tier::Detect),
            ),
            ("Alert the team to the change.", Some(Tier::People)),
            (
                "Give social workers secure remote access to case notes on council laptops.",
                None,
            ),
        ]);
    }

    #[test]
    fn a_safeguard_tested_is_no_new_safeguard() {
        ranks(&[
            (
                "Jumper removed and interlock tested.",
                Some(Tier::Correction),
            ),
            ("Patch applied.", Some(Tier::Correction)),
            ("Interlock the guard with the press.", Some(Tier::Eliminate)),
        ]);
    }

    #[test]
    fn a_log_started_a_contractor_barred_and_a_bypass_state() {
        ranks(&[
            ("Start a refusal log on the POS.", Some(Tier::Process)),
            ("Contractor barred from site.", Some(Tier::Correction)),
            (
                "Add the UPS bypass state to the BMS with an alarm if it stays in bypass for more than an hour.",
                Some(Tier::Design),
            ),
            ("Start date confirmed with HR.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn values_rejected_by_a_rule_and_a_delivery_rejected() {
        ranks(&[
            (
                "Reject values outside the expected range.",
                Some(Tier::Eliminate),
            ),
            ("Reject the delivery.", Some(Tier::Correction)),
            (
                "Delivery rejected and supplier informed.",
                Some(Tier::Correction),
            ),
            ("Drive locked down.", Some(Tier::Correction)),
            (
                "Lock down admin access to the console.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn the_asking_is_not_the_object() {
        ranks(&[
            (
                "Ask the airport to extend the minimum turnaround slot to 25 minutes for our type.",
                Some(Tier::Process),
            ),
            ("Ask staff to be more careful.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_nudge_and_a_role_named_by_a_participle() {
        ranks(&[
            (
                "Account managers nudged to keep keys private.",
                Some(Tier::People),
            ),
            ("Appointed person spoken to.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn turned_back_on_is_a_correction() {
        ranks(&[
            ("Alarm turned back on.", Some(Tier::Correction)),
            ("Turn on MFA for every admin account.", Some(Tier::Design)),
        ]);
    }

    #[test]
    fn a_new_subject_after_and_is_a_clause_of_its_own() {
        ranks(&[
            (
                "Analyst reminded to encrypt, and the mail gateway now encrypts external attachments automatically.",
                Some(Tier::Eliminate),
            ),
            (
                "Engineer reminded of the freeze, and the pipeline now blocks deploys during freeze windows.",
                Some(Tier::Eliminate),
            ),
            (
                "Staff reminded, and the form requires a reason.",
                Some(Tier::Design),
            ),
            (
                "Remind the analyst, and the team, to encrypt files.",
                Some(Tier::People),
            ),
            (
                "Support lead spoken to; tickets now need a reason code to close without a customer reply.",
                Some(Tier::Process),
            ),
            ("Enrol all laptops in Intune.", Some(Tier::Design)),
        ]);
    }

    #[test]
    fn a_culture_a_tool_that_will_not_allow_and_a_but_clause() {
        ranks(&[
            (
                "Create a culture where operators feel able to refuse to override interlocks.",
                Some(Tier::People),
            ),
            (
                "Instead of relying on the inspector, the ERP will not allow release until LIMS results are linked.",
                Some(Tier::Eliminate),
            ),
            (
                "Not only will analysts be reminded, but the instrument will send results to the LIMS directly.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn fixed_and_nothing_more_is_the_one_at_hand() {
        ranks(&[
            ("VLAN fixed.", Some(Tier::Correction)),
            ("Leak fixed and area cleaned.", Some(Tier::Correction)),
            (
                "Template fixed so that it requires a reason.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn what_is_filled_in_and_what_is_fed_into_a_tool() {
        ranks(&[
            ("Missing record filled in.", Some(Tier::Correction)),
            (
                "Feed emergency announcements into the captioning software as a priority caption.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_list_mark_before_the_verb() {
        ranks(&[
            (
                "- [ ] Post in #eng about not pushing to main",
                Some(Tier::People),
            ),
            (
                "- [ ] Enable branch protection on main with required CI checks",
                Some(Tier::Design),
            ),
            ("1) Add a lint rule to the pipeline.", Some(Tier::Process)),
        ]);
    }

    #[test]
    fn training_and_reminders_as_french_speakers_write_them() {
        ranks(&[
            (
                "Formation of the operator of the line 3.",
                Some(Tier::People),
            ),
            (
                "Rappel to the responsible of quality about the audits.",
                Some(Tier::People),
            ),
            (
                "The controller is sensibilised to be more attentive.",
                Some(Tier::People),
            ),
            (
                "Recadrage of the technician by his manager.",
                Some(Tier::People),
            ),
            (
                "Instruction of all shift leaders on visitor badge handover.",
                Some(Tier::People),
            ),
            (
                "Translate the instruction of the line 3 in Portuguese with pictograms.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_reminder_a_tool_sends_its_owner() {
        ranks(&[
            (
                "Set up an automatic reminder to the owner.",
                Some(Tier::Detect),
            ),
            (
                "Migration of the deadlines into the ticket system with automatic reminder to the responsible and his deputy.",
                Some(Tier::Detect),
            ),
            (
                "Send an automated email to all staff reminding them of the clear desk policy.",
                Some(Tier::People),
            ),
            (
                "Socialization of the procedure with the operators.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_plan_only_to_consider_a_control() {
        ranks(&[
            (
                "Consider implementing an automated alert.",
                Some(Tier::People),
            ),
            (
                "Evaluate the feasibility of an interlock.",
                Some(Tier::People),
            ),
            (
                "Investigate options for automated backups.",
                Some(Tier::People),
            ),
            ("We will consider adding a lock.", Some(Tier::People)),
            ("Implement an automated alert.", Some(Tier::Detect)),
            (
                "Research IT will configure download controls on every project space by default.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_new_subject_with_no_article_and_what_comes_before() {
        ranks(&[
            (
                "Support lead coached, and tickets now require a reason to close.",
                Some(Tier::Design),
            ),
            (
                "Site manager spoken to, and permits now require a geotagged site photo before signing.",
                Some(Tier::Design),
            ),
            (
                "Warehouse staff re-briefed, and bay sensors now show the trailer in each bay on the loading screen.",
                Some(Tier::Design),
            ),
            (
                "Remind the analyst, and team leads, to encrypt files.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_look_alike_set_apart_and_a_message_before_a_tool() {
        ranks(&[
            (
                "Move amitriptyline to a separate bay with a shelf-edge warning.",
                Some(Tier::Design),
            ),
            (
                "Make the counselling prompt show for every new medicine, not only new patients.",
                Some(Tier::Design),
            ),
            ("Send a reminder email to all staff.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn notes_moved_into_a_tool_and_a_mount_that_is_a_noun() {
        ranks(&[
            (
                "Move interview notes into the ATS with a structured scorecard.",
                Some(Tier::Design),
            ),
            ("Mount torqued.", Some(Tier::Correction)),
            (
                "Mount a probe thermometer at the back door.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_master_key_is_no_ships_master() {
        ranks(&[
            (
                "Issue master key cards on retractable lanyards clipped to the housekeeper.",
                Some(Tier::Process),
            ),
            ("Master warned.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn a_log_book_written_up() {
        ranks(&[
            ("Log book updated.", Some(Tier::Correction)),
            (
                "Missing temperatures back-filled from courier records.",
                Some(Tier::Correction),
            ),
            (
                "Update the log book template with an isolation column.",
                Some(Tier::Design),
            ),
            ("Grinder taken out of use.", Some(Tier::Correction)),
        ]);
    }
    #[test]
    fn a_plan_written_as_nouns() {
        ranks(&[
            ("Installation of a guard on the press.", Some(Tier::Design)),
            (
                "Creation of a recurring task in the ERP, with alert to the logistics manager if not done.",
                Some(Tier::Detect),
            ),
            (
                "The worker has been recadred by his manager.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_message_and_whom_it_is_for() {
        ranks(&[
            (
                "Pinged the SRE channel about not silencing pages.",
                Some(Tier::People),
            ),
            (
                "Slack reminder set for on-call to hand over open incidents.",
                Some(Tier::People),
            ),
            ("Cap alert silences at 1h.", Some(Tier::Eliminate)),
        ]);
    }
    #[test]
    fn added_to_a_tool_or_to_a_record() {
        ranks(&[
            (
                "Add the house number to the delivery app.",
                Some(Tier::Design),
            ),
            ("Add the invoice to the ledger.", Some(Tier::Correction)),
            (
                "Add the missing entry to the risk register.",
                Some(Tier::Correction),
            ),
            ("NOK box is now fixed at each station.", Some(Tier::Process)),
            (
                "Discussion with shift leader about the importance of the red light.",
                Some(Tier::People),
            ),
        ]);
    }
    #[test]
    fn what_is_done_without_and_what_a_message_goes_with() {
        ranks(&[
            (
                "Give staff a laptop so work can be done from home without email.",
                None,
            ),
            (
                "Send the lightning warning to every crew chief's handheld with an alarm.",
                Some(Tier::Process),
            ),
            (
                "Send a reminder email with the new form attached.",
                Some(Tier::People),
            ),
        ]);
    }
    #[test]
    fn what_a_role_may_do_removed() {
        ranks(&[
            (
                "Remove the RM's ability to override KYC holds.",
                Some(Tier::Eliminate),
            ),
            ("RM reminded not to override KYC holds.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn how_a_message_or_a_check_reaches_people() {
        ranks(&[
            (
                "Card number redacted from the ticket.",
                Some(Tier::Correction),
            ),
            (
                "Send theatre porters the live theatre list on their handhelds.",
                Some(Tier::Process),
            ),
            ("Send staff the policy via email.", Some(Tier::People)),
            (
                "Add a second review of abnormal traces every hour.",
                Some(Tier::People),
            ),
            (
                "Add a second review of abnormal traces, with a fresh-eyes prompt in the CTG system every hour.",
                Some(Tier::Process),
            ),
        ]);
    }
    #[test]
    fn a_tool_given_is_put_in_place() {
        ranks(&[
            (
                "Give data science an anonymised copy of production.",
                Some(Tier::Design),
            ),
            ("Give each picker a handheld scanner.", Some(Tier::Design)),
            ("Give the driver a week off.", None),
        ]);
    }
    #[test]
    fn a_standing_change_after_a_reminder() {
        ranks(&[
            (
                "Night supervisor spoken to, and the sprinkler panel now needs a manager code to silence.",
                Some(Tier::Process),
            ),
            (
                "Pickers re-briefed, and the scanner no longer accepts manual key-in of locations.",
                Some(Tier::Eliminate),
            ),
            (
                "Team leader reminded, and near-miss reports now go to the H&S manager.",
                Some(Tier::Process),
            ),
            (
                "Team leader reminded, and the reports were discussed.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_setting_looked_at_and_a_system_by_its_initials() {
        ranks(&[
            (
                "Alert threshold to be reviewed at some point.",
                Some(Tier::People),
            ),
            (
                "The alarm settings are checked by the SCADA.",
                Some(Tier::Detect),
            ),
            (
                "Recount done and stock corrected in WMS.",
                Some(Tier::People),
            ),
            ("Add a PIN to the HMI.", Some(Tier::Design)),
        ]);
    }
    #[test]
    fn a_tool_a_plan_has_check_and_time_given() {
        ranks(&[
            (
                "Have the EDC check age against the protocol.",
                Some(Tier::Detect),
            ),
            ("Have the supervisor check the logs.", Some(Tier::People)),
            (
                "Give the PI two protected hours a week for oversight.",
                Some(Tier::Process),
            ),
            (
                "Give the PI protected time for oversight.",
                Some(Tier::Process),
            ),
        ]);
    }
    #[test]
    fn where_a_thing_is_given_and_what_it_holds_off_for() {
        ranks(&[
            (
                "Give every firewall rule an expiry date in the change tool that removes it unless renewed.",
                Some(Tier::Design),
            ),
            (
                "Give staff a reminder in the team meeting.",
                Some(Tier::People),
            ),
            ("Certificate renewed.", Some(Tier::Correction)),
        ]);
    }
    #[test]
    fn a_document_controller_is_a_person() {
        ranks(&[
            (
                "Document controller retrained; correct drawings sent.",
                Some(Tier::People),
            ),
            (
                "Document the isolation steps in a procedure.",
                Some(Tier::Process),
            ),
        ]);
    }
    #[test]
    fn a_chat_and_a_practice_switched_to() {
        ranks(&[
            ("lead dev had a chat with the EM", Some(Tier::People)),
            (
                "switch to content-hashed asset filenames in the build",
                Some(Tier::Process),
            ),
            ("Build fixed.", Some(Tier::Correction)),
        ]);
    }
    #[test]
    fn a_zone_painted() {
        ranks(&[(
            "Paint a keep-clear zone at the fire exit.",
            Some(Tier::Process),
        )]);
    }
    #[test]
    fn a_performance_improvement_plan_is_discipline() {
        ranks(&[(
            "Head chef given a performance improvement plan.",
            Some(Tier::People),
        )]);
    }
    #[test]
    fn a_restriction_that_comes_with_a_fix() {
        ranks(&[
            (
                "Close each period in the ledger at day 5, with reopening only by the financial controller.",
                Some(Tier::Eliminate),
            ),
            ("Close the period in the ledger.", Some(Tier::Correction)),
        ]);
    }
    #[test]
    fn a_tool_asked_for_a_kind_redacted_and_a_setting_turned_off() {
        ranks(&[
            (
                "Ask the FMS supplier for a larger font and a confirm prompt that reads back the runway.",
                Some(Tier::Design),
            ),
            (
                "Ask the subcontractor for a corrective action report.",
                Some(Tier::People),
            ),
            ("Ask staff for feedback.", Some(Tier::People)),
            (
                "Redact passwords and tokens in the logging library before anything is written.",
                Some(Tier::Eliminate),
            ),
            (
                "Redact the card number in the ticket.",
                Some(Tier::Correction),
            ),
            (
                "Link sharing turned off on the folder.",
                Some(Tier::Correction),
            ),
        ]);
    }
    #[test]
    fn a_check_for_a_while_a_training_pack_and_an_adverb_after_a_place() {
        ranks(&[
            (
                "Second chemist to check dilutions for the next month.",
                Some(Tier::People),
            ),
            (
                "Second chemist to check every dilution.",
                Some(Tier::Process),
            ),
            (
                "Add this deviation to the reviewer training pack.",
                Some(Tier::People),
            ),
            (
                "Archive previous years' artwork out of the hot folder automatically at year end.",
                Some(Tier::Eliminate),
            ),
            (
                "Print delivery notes from the MIS address.",
                Some(Tier::Process),
            ),
        ]);
    }
    #[test]
    fn what_a_check_is_made_part_of() {
        ranks(&[
            (
                "Make the walk-round check part of the minibus booking app, which won't release the keys until it is completed.",
                Some(Tier::Eliminate),
            ),
            (
                "Replace the broken part of the guard.",
                Some(Tier::Correction),
            ),
        ]);
    }
    #[test]
    fn a_field_required_to_take_a_step_and_people_required_to_act() {
        ranks(&[
            (
                "Require a comment and an attached evidence file to close any surveillance alert.",
                Some(Tier::Detect),
            ),
            (
                "Require a comment before closing any ticket.",
                Some(Tier::Design),
            ),
            (
                "Require supervisors to check the logs weekly.",
                Some(Tier::People),
            ),
            ("Require the form to include a reason.", Some(Tier::Design)),
        ]);
    }
    #[test]
    fn kit_issued_with_every_job() {
        ranks(&[
            (
                "Issue hi-vis vests with every work pack.",
                Some(Tier::Process),
            ),
            ("Send a reminder with every payslip.", Some(Tier::People)),
            ("Track worker given a safety briefing.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn a_marking_put_on() {
        ranks(&[
            (
                "Ask the pharmacy to mark crush-risk medicines on the MAR.",
                Some(Tier::Process),
            ),
            ("Lot marked as rejected.", Some(Tier::Correction)),
        ]);
    }
    #[test]
    fn an_adjective_before_a_possessive_and_a_deed_asked_then_a_tool_made_to_check() {
        ranks(&[
            (
                "Licensed engineer's authorisation suspended.",
                Some(Tier::Correction),
            ),
            (
                "Ask the manufacturer to split the IPC figure and make the stores system check effectivity.",
                Some(Tier::Design),
            ),
            (
                "Operative reminded to knock and show ID.",
                Some(Tier::People),
            ),
        ]);
    }
    #[test]
    fn sent_through_a_tool_named_in_three_words() {
        ranks(&[
            (
                "Send only the adjustment to lecturers through the student record system.",
                Some(Tier::Detect),
            ),
            (
                "Send the reminder through the HR portal.",
                Some(Tier::People),
            ),
        ]);
    }
    #[test]
    fn what_people_do_in_a_relative_clause_is_no_object() {
        ranks(&[
            (
                "Introduce a confirmation sheet that each sentry signs before firing.",
                Some(Tier::Process),
            ),
            ("Put up signs for each sentry.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn a_message_to_a_pager_and_a_code_of_ones_own() {
        ranks(&[
            (
                "Send disk space warnings to the on-call pager with an escalation.",
                Some(Tier::Process),
            ),
            ("Send a reminder to the team.", Some(Tier::People)),
            (
                "Issue individual alarm codes to each keyholder.",
                Some(Tier::Process),
            ),
            ("Issue the procedure to every operator.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn run_through_a_tool_and_a_thing_changed_alone() {
        ranks(&[
            (
                "Run every post through a plagiarism checker before it can be published.",
                Some(Tier::Design),
            ),
            ("Run a briefing for the team.", Some(Tier::People)),
            ("Post rewritten.", Some(Tier::Correction)),
            // (Designed again: a change of design.)
            ("Labels redesigned, colour per product.", Some(Tier::Design)),
        ]);
    }
    #[test]
    fn an_override_switch_removed_and_warnings_demoted() {
        ranks(&[
            ("Remove the override switch.", Some(Tier::Eliminate)),
            ("Remove the switch.", Some(Tier::Correction)),
            (
                "Demote non-actionable warnings from paging to a daily digest.",
                Some(Tier::Detect),
            ),
        ]);
    }
    #[test]
    fn numbered_things_and_a_disclosure_made() {
        ranks(&[
            ("Number the terminals on the harness.", Some(Tier::Process)),
            ("Number of checks increased.", None),
            (
                "Voluntary disclosure made to customs.",
                Some(Tier::Correction),
            ),
        ]);
    }
    #[test]
    fn things_matched_by_a_tool() {
        ranks(&[
            (
                "Match scanned letters to patients by NHS number from the barcode.",
                Some(Tier::Detect),
            ),
            (
                "Configure the key encoder to require a reservation match.",
                Some(Tier::Process),
            ),
        ]);
    }
    #[test]
    fn what_a_tool_now_does_after_a_reminder() {
        ranks(&[
            (
                "On-call reminded, and the disk warning now fires at 90% with an auto-ticket.",
                Some(Tier::Detect),
            ),
            (
                "Ops manager reminded, and approvals now happen in the change tool.",
                Some(Tier::Design),
            ),
            (
                "DBA re-briefed, and the migration tool now asks for the host name to be typed.",
                Some(Tier::Design),
            ),
            (
                "Host reminded, and a people counter at the door now shows a red light.",
                Some(Tier::Design),
            ),
            ("Staff now know to check the board.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn tags_put_on_and_a_reason_required_for_an_override() {
        ranks(&[
            (
                "Tag each dog's collar with a barcode at check-in.",
                Some(Tier::Design),
            ),
            (
                "Require a reason for any sepsis screen override.",
                Some(Tier::Design),
            ),
            (
                "Implement a workaround until the vendor patches.",
                Some(Tier::Correction),
            ),
        ]);
    }
    #[test]
    fn an_alarm_relayed_a_relative_clause_s_verb_and_a_label() {
        ranks(&[
            (
                "Repeat the blast chiller alarm on the kitchen pass and the manager's phone.",
                Some(Tier::Detect),
            ),
            ("Repeat the test.", Some(Tier::Correction)),
            (
                "Fit on-board weighing to the vans that warns the driver when overloaded.",
                Some(Tier::Process),
            ),
            (
                "Why-based action: fit a spindle probe that sets offsets automatically.",
                Some(Tier::Eliminate),
            ),
        ]);
    }
    #[test]
    fn every_one_of_a_kind_labelled() {
        ranks(&[
            (
                "Label every meter with its flat number.",
                Some(Tier::Process),
            ),
            ("Labels replaced at the location.", Some(Tier::Correction)),
        ]);
    }
    #[test]
    fn signs_stored_where_needed() {
        ranks(&[
            (
                "Store warning signs on the floor machine in a holder.",
                Some(Tier::Process),
            ),
            ("Put up warning signs.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn a_tool_among_things_put_in_place_and_a_letter_written() {
        ranks(&[
            (
                "Put liquids rule signs and a measuring template at every lane.",
                Some(Tier::Design),
            ),
            (
                "Put up posters and a reminder on the intranet.",
                Some(Tier::People),
            ),
            ("Client written to.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn standardised_on_one() {
        ranks(&[
            (
                "Use one tooth notation in referral letters and the practice software.",
                Some(Tier::Design),
            ),
            ("Use the same checklist next time.", Some(Tier::People)),
        ]);
    }
    #[test]
    fn the_one_at_hand_put_in_a_tool() {
        ranks(&[
            (
                "Put the admin password in the password vault.",
                Some(Tier::Design),
            ),
            (
                "Add the missing entry in the risk register.",
                Some(Tier::Correction),
            ),
        ]);
    }
    #[test]
    fn a_restriction_right_after_a_fix_and_a_check_noted_as_done() {
        ranks(&[
            (
                "Patching only in the Sunday window, with notices sent from the change tool.",
                Some(Tier::Eliminate),
            ),
            (
                "Declarations required yearly, and supplier directors checked against staff in the vendor system.",
                Some(Tier::Detect),
            ),
            (
                "Agency told to remind workers about hi-vis, and a supply of vests put at the gate.",
                Some(Tier::People),
            ),
        ]);
    }
    #[test]
    fn a_fix_done_so_only_one_thing_stays_possible() {
        ranks(&[
            (
                "Archive old revisions in the DNC system so only the released revision can be sent.",
                Some(Tier::Eliminate),
            ),
            (
                "Reset the password so only he can log in.",
                Some(Tier::Correction),
            ),
        ]);
    }
    #[test]
    fn a_thing_s_standing_change_after_a_reminder() {
        ranks(&[
            (
                "Picker warned, and a guard now covers that side of the conveyor.",
                Some(Tier::Design),
            ),
            (
                "Engineer told, and the lab now sits on its own VLAN.",
                Some(Tier::Design),
            ),
            (
                "Nurse spoken to, and CD keys now live in a key cabinet.",
                Some(Tier::Design),
            ),
            (
                "Trainee re-trained, and the dispatch system now checks the account against the address.",
                Some(Tier::Detect),
            ),
            (
                "Staff reminded, and the SOP now reminds them to check.",
                Some(Tier::People),
            ),
            ("The team now knows the rule.", Some(Tier::People)),
            ("Guards now patrol the car park.", Some(Tier::People)),
            (
                "Driver warned, and tachographs now download daily with breach alerts.",
                Some(Tier::Design),
            ),
            (
                "Staff reminded, and they now check the board.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn what_a_tool_waits_for_and_a_participle_after_a_light_verb() {
        ranks(&[
            // What a lock waits for is no action of its own.
            (
                "Use an app that locks the ignition key box until the check is done.",
                Some(Tier::Eliminate),
            ),
            ("The check is done.", Some(Tier::People)),
            // A tool that mends by itself each time is automated.
            ("A timer that locks the hatch at night.", Some(Tier::Detect)),
            ("Disable leavers' accounts.", Some(Tier::Correction)),
            // A participle right after a light verb says which ones.
            ("Hold flagged stories for the lawyer.", None),
            ("Flag stories for the lawyer.", Some(Tier::Detect)),
        ]);
    }

    #[test]
    fn a_swap_a_choice_taken_out_and_what_a_release_waits_for() {
        ranks(&[
            (
                "Swap the padlock for a self-closing gate.",
                Some(Tier::Design),
            ),
            ("Swap the labels.", Some(Tier::Correction)),
            (
                "Remove N/A from the flatsat test item in the release checklist.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the typo from the checklist.",
                Some(Tier::Correction),
            ),
            (
                "Key-exchange lock on the slide so the keeper door key is only released when the slide is locked shut.",
                None,
            ),
            ("The slide is locked shut.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn training_as_second_language_writers_name_it() {
        ranks(&[
            (
                "Re-formation of the team leader on procedure.",
                Some(Tier::People),
            ),
            (
                "Formation of the operators on the new press.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn only_what_is_named_stays_possible_and_a_thing_moved_into_a_tool() {
        ranks(&[
            (
                "Turn off link sharing for dashboards and allow only named internal users.",
                Some(Tier::Eliminate),
            ),
            (
                "Turn off link sharing for this dashboard.",
                Some(Tier::Correction),
            ),
            (
                "Geofence production data exports to managed devices.",
                Some(Tier::Eliminate),
            ),
            (
                "Move the bypass key into a key safe released only by the shift manager.",
                Some(Tier::Eliminate),
            ),
            (
                "Move the spare key into the drawer.",
                Some(Tier::Correction),
            ),
            // A participle after "with" says which.
            ("Sleeve fill points with dedicated couplings.", None),
            ("Provision managed VDI for labellers.", Some(Tier::Process)),
            ("Caretaker cleared the boxes.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn what_things_in_the_plural_do_and_a_complaint_at_hand() {
        ranks(&[
            (
                "Forklift driver reminded, and aisle gates fitted that stop trucks when opened.",
                Some(Tier::Eliminate),
            ),
            ("Remind drivers that stop signs matter.", Some(Tier::People)),
            ("Complaint re-routed; agent reminded.", Some(Tier::People)),
            ("Re-route complaints to the team queue.", Some(Tier::Design)),
        ]);
    }

    #[test]
    fn money_given_back_mends_the_one_at_hand() {
        ranks(&[
            ("Licence credited back.", Some(Tier::Correction)),
            ("Fee paid back to the client.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn an_exemption_is_a_way_round() {
        ranks(&[
            (
                "Remove the admin exemption from branch protection.",
                Some(Tier::Eliminate),
            ),
            ("Add an exemption for the CEO.", Some(Tier::Correction)),
            ("LUN shrunk back.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_participle_after_a_comma_says_how_the_thing_is_kept() {
        ranks(&[
            (
                "Use scaffold tags on all contracts, checked at the weekly site inspection.",
                None,
            ),
            (
                "Tags checked at the weekly site inspection.",
                Some(Tier::People),
            ),
            (
                "Report corrected, checked by the manager.",
                Some(Tier::Correction),
            ),
            ("Staff reminded, retrained and warned.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn notes_with_a_new_subject_after_a_comma_and_standing_links() {
        ranks(&[
            ("DLP on outbound email, PII blocked.", Some(Tier::Eliminate)),
            ("Lead removed, operator retrained.", Some(Tier::Correction)),
            (
                "Patient contacted, correct strength supplied.",
                Some(Tier::People),
            ),
            (
                "Torque tool with data output connected to the MES, value saved per part.",
                Some(Tier::Design),
            ),
            ("Entry added to the CD register.", Some(Tier::Correction)),
            (
                "Count entry becomes a mandatory field in the SAP goods receipt.",
                Some(Tier::Design),
            ),
            (
                "Give original documents their own locked tray.",
                Some(Tier::Process),
            ),
            (
                "Mitarbeiter got a Schulung about counting.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn numbered_items_and_what_is_added_to_an_instruction() {
        ranks(&[
            (
                "1. Replace the scale with one that reads to 0.1 g. 2. Add the tolerance to the recipe screen.",
                Some(Tier::Design),
            ),
            (
                "1) Flange re-torqued 2) Torque value added to the work instruction 3) torque wrench issued to the fitter crew",
                Some(Tier::Process),
            ),
            (
                "1) Flange re-torqued 2) fitter reminded",
                Some(Tier::People),
            ),
            ("Entry added to the CD register.", Some(Tier::Correction)),
            (
                "Move training records to the LMS with owner sign-off and monthly overdue report.",
                Some(Tier::Process),
            ),
            (
                "Update the asset register with the missing 14 laptops.",
                Some(Tier::Correction),
            ),
            (
                "Rationalise the alarm list so chlorine alarms are priority 1 and nuisance alarms are removed.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn what_a_thing_needs_is_a_standing_rule() {
        ranks(&[
            (
                "skipped tests need a ticket and show on a weekly report to the team lead",
                Some(Tier::Design),
            ),
            (
                "Lock the headline at sign-off so that any edit needs a new approval.",
                Some(Tier::Design),
            ),
            ("Staff need a reminder.", Some(Tier::People)),
            (
                "Raise awareness of the need to review supplier contracts on time.",
                Some(Tier::People),
            ),
            ("Hire desk reminded.", Some(Tier::People)),
            ("ATM reloaded.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_written_warning_a_tool_that_now_asks_and_what_a_review_is_for() {
        ranks(&[
            (
                "Fitter given a written warning and the guard refitted.",
                Some(Tier::People),
            ),
            (
                "Require a reason and second review for manual integration in the CDS.",
                Some(Tier::Process),
            ),
            (
                "Give each technician a named admin account with MFA.",
                Some(Tier::Design),
            ),
            (
                "Dispatcher reminded; CAD now asks the caller to confirm the address every time.",
                Some(Tier::Design),
            ),
            (
                "Staff reminded; the manager now asks them to check.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_clause_opened_by_a_verb_no_list_knows_gets_the_benefit_of_the_doubt() {
        ranks(&[
            (
                "Download the tachograph data for every agency driver and check remaining hours.",
                None,
            ),
            (
                "Hold weekly QA calibration sessions and double-score 10% of calls.",
                None,
            ),
            ("Check remaining hours.", Some(Tier::People)),
            // What someone is told or bound to do stays theirs.
            (
                "Please remember to run npm install and commit the lockfile.",
                Some(Tier::People),
            ),
            (
                "Operator to do the daily checks and hand the card to the supervisor.",
                Some(Tier::People),
            ),
            // A noun and its number is no verb.
            (
                "Port 22 closed; engineers reminded not to open ports.",
                Some(Tier::People),
            ),
            // A strong reading needs no doubt.
            (
                "Ship the example config with a startup warning that blocks the start in production.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn what_a_tool_flags_each_week_and_parts_swapped() {
        ranks(&[
            (
                "Flag long-lead items in MRP with order-by dates and weekly exception reports to the planner lead.",
                Some(Tier::Detect),
            ),
            (
                "Check the accounts weekly in the HR system.",
                Some(Tier::People),
            ),
            ("Pads swapped.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn the_right_part_fitted_an_alert_noun_and_a_mute_key() {
        ranks(&[
            ("Correct sensor fitted.", Some(Tier::Correction)),
            ("New sensor fitted to the line.", Some(Tier::Design)),
            (
                "Dashboard unshared; developer reminded.",
                Some(Tier::People),
            ),
            (
                "Remove the mute key from the machine and hold it with the maintenance lead.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn things_done_to_it_moved_binned_and_personal_data() {
        ranks(&[
            (
                "Installer went back and switched it on.",
                Some(Tier::Correction),
            ),
            ("Made it mandatory.", Some(Tier::Process)),
            ("Flour binned.", Some(Tier::Correction)),
            ("Samples moved to -80.", Some(Tier::Correction)),
            (
                "Reporting moved to a replica refreshed every night.",
                Some(Tier::Design),
            ),
            (
                "Mask personal data in viewer messages before the autocue.",
                Some(Tier::Process),
            ),
            (
                "Check added to the setter's personal checklist.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_disable_flag_auto_escalation_a_record_rewritten_and_training_records() {
        ranks(&[
            (
                "Remove the disable flag from the HTTP client library.",
                Some(Tier::Eliminate),
            ),
            (
                "Auto-escalate pages that are acknowledged but not resolved in 30 minutes.",
                Some(Tier::Detect),
            ),
            (
                "Colour-tag slings by inspection quarter and quarantine untagged ones.",
                Some(Tier::Process),
            ),
            ("Register rewritten.", Some(Tier::Correction)),
            ("Procedure rewritten.", Some(Tier::Process)),
            (
                "Tie packing station logins to completed training records.",
                None,
            ),
            (
                "AI: Priya to run smoke tests after every hotfix",
                Some(Tier::People),
            ),
            (
                "Update the training matrix with the new starters.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn a_thing_added_alone_and_an_unknown_verb_before_an_adjective() {
        ranks(&[
            ("Broker reminded; disclosure added.", Some(Tier::People)),
            ("Check added.", Some(Tier::Process)),
            (
                "Load current rates into the estimating tool each January and lock old rate tables.",
                None,
            ),
            ("Lock old rate tables.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_signature_the_next_step_waits_for_is_a_gate() {
        ranks(&[
            (
                "Require the therapist to sign the consultation review before treatment starts.",
                Some(Tier::Design),
            ),
            (
                "Require staff to read the SOP before each shift.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn an_acronym_is_no_verb_and_a_deal_kept_mends_the_one_at_hand() {
        ranks(&[
            ("AV hired last minute.", Some(Tier::Process)),
            ("Contract renegotiated.", Some(Tier::Correction)),
            ("Rate honoured.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn money_transferred_back() {
        ranks(&[("Money transferred back.", Some(Tier::Correction))]);
    }

    #[test]
    fn a_session_logged_out() {
        ranks(&[
            ("PC logged out.", Some(Tier::Correction)),
            (
                "Log out idle sessions automatically after 10 minutes.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn a_new_subject_that_reaches_every_one_or_puts_a_tool_in_and_a_deed_done_afterwards() {
        ranks(&[
            (
                "Driver warned, and restraint points fitted to every trailer.",
                Some(Tier::Process),
            ),
            (
                "Operator suspended, and the magnet switch replaced with a coded interlock.",
                Some(Tier::Eliminate),
            ),
            (
                "Agency told to remind workers about hi-vis, and a supply of vests put at the gate.",
                Some(Tier::People),
            ),
            ("ECN raised afterwards.", Some(Tier::Correction)),
            (
                "proxies hot-reload certs on change; rotation job checks the served cert afterwards",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn what_is_carried_into_a_tool_and_reflective_practice() {
        ranks(&[
            (
                "Carry allergy notes from the EPOS to the kitchen ticket in bold.",
                Some(Tier::Design),
            ),
            (
                "Carry the agency's legal flags into the CMS.",
                Some(Tier::Detect),
            ),
            ("Staff to carry ID badges.", Some(Tier::People)),
            ("Nurse given reflective practice.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn a_reason_to_dismiss_and_alerts_on_overdue_checks() {
        ranks(&[
            (
                "Require a reason to dismiss an interaction flag.",
                Some(Tier::Detect),
            ),
            (
                "Schedule weekly CD balance checks in the PMR with overdue alerts.",
                Some(Tier::Detect),
            ),
            (
                "Schedule weekly checks of the CD balance.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn alerts_unsilenced() {
        ranks(&[("Alerts unsilenced.", Some(Tier::Correction))]);
    }

    #[test]
    fn done_late_access_downgraded_and_a_personal_data_check() {
        ranks(&[
            ("Deposit protected late.", Some(Tier::Correction)),
            ("Access downgraded.", Some(Tier::Correction)),
            (
                "Add a personal data check to the feature review checklist.",
                Some(Tier::Process),
            ),
            (
                "Check added to the setter's personal checklist.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn a_reading_list_is_a_message() {
        ranks(&[
            (
                "Add the incident to the onboarding reading list.",
                Some(Tier::People),
            ),
            (
                "Add the postmortem to required reading for new on-call engineers.",
                Some(Tier::People),
            ),
            (
                "Add a list of approved grades to the purchasing catalogue.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn a_verb_in_capitals_names_a_command() {
        ranks(&[
            (
                "Run EXPLAIN against a production-sized snapshot in CI and fail on sequential scans of large tables.",
                Some(Tier::Eliminate),
            ),
            ("RETRAIN OPERATOR ON WI-0421.", Some(Tier::People)),
            ("Send results to the LIMS directly.", Some(Tier::Process)),
            (
                "Run the linter in CI and fail on warnings.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn only_some_may_do_it() {
        ranks(&[
            ("Only the duty manager can issue keys.", Some(Tier::Process)),
            (
                "Deliveries can only be signed for by the named goods-in person.",
                Some(Tier::Process),
            ),
            (
                "Only the named goods-in person on the rota can sign deliveries, using the goods-in checklist.",
                Some(Tier::Process),
            ),
            (
                "Staff reminded that only the duty manager can issue keys.",
                Some(Tier::People),
            ),
            ("Duty manager to issue keys.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn kit_that_does_it_by_itself_and_a_new_subject_after_a_comma() {
        ranks(&[
            (
                "Time-locked safe with auto-close installed.",
                Some(Tier::Eliminate),
            ),
            ("UV note checkers fitted at every till.", Some(Tier::Design)),
            (
                "Portable gas detectors are now carried, and enclosed spaces have been marked with entry signs and permit boxes.",
                Some(Tier::Design),
            ),
            (
                "Enclosed spaces have been marked with entry signs.",
                Some(Tier::People),
            ),
            ("Self-locking hatch fitted.", Some(Tier::Eliminate)),
        ]);
    }

    #[test]
    fn kit_issued_to_people_a_step_made_mandatory_and_a_development_plan() {
        ranks(&[
            (
                "Issue every electrician a lock-off kit and a proving unit, checked at the weekly tool audit.",
                Some(Tier::Design),
            ),
            ("Issue staff a reminder.", Some(Tier::People)),
            (
                "Make a recorded customer contact mandatory before a complaint can close.",
                Some(Tier::Design),
            ),
            (
                "Make the refresher training mandatory before staff can work on the line.",
                Some(Tier::People),
            ),
            (
                "Guard spoken to and put on a development plan.",
                Some(Tier::People),
            ),
            (
                "Update the site development plan to include a loading bay.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn people_promising_to_write_it_down() {
        ranks(&[
            (
                "Paramedic to document capacity in future.",
                Some(Tier::People),
            ),
            ("QA to document the procedure.", Some(Tier::Process)),
        ]);
    }

    #[test]
    fn a_kind_removed_as_done_and_a_passive_standing_change() {
        ranks(&[
            (
                "Disabled force pushes to main for everyone, admins included.",
                Some(Tier::Eliminate),
            ),
            (
                "Remediation: key revoked and removed from the repository history.",
                Some(Tier::Correction),
            ),
            (
                "Near misses are now recorded on an electronic log that is reviewed monthly at the team huddle by the pharmacy manager.",
                Some(Tier::Design),
            ),
            ("Results are now entered in LIMS.", Some(Tier::Design)),
            (
                "Staff are now reminded in the newsletter.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn calendar_reminders_lms_modules_and_a_guest_network() {
        ranks(&[
            (
                "Configured a calendar reminder for the admin team about the data policy.",
                Some(Tier::People),
            ),
            (
                "Created a data handling module in the LMS for HR.",
                Some(Tier::People),
            ),
            (
                "Guest Wi-Fi now uses a daily password printed on the visitor badge.",
                Some(Tier::Design),
            ),
            ("Night guards now patrol the yard.", Some(Tier::People)),
            (
                "The DBA was reminded that production changes need a ticket.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn what_is_needed_to_take_a_step_is_a_gate() {
        ranks(&[
            (
                "CMMS config: readings mandatory to close PM.",
                Some(Tier::Design),
            ),
            ("Close the PM.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn escalation_a_verb_no_list_knows_through_a_tool_and_a_joint_check() {
        ranks(&[
            (
                "Escalate acknowledged backup failures that stay open for 30 minutes to the on-call manager; night operator spoken to.",
                Some(Tier::Detect),
            ),
            (
                "Nurses to escalate concerns to the nurse in charge.",
                Some(Tier::People),
            ),
            (
                "1. Book cranes through the plant booking app with written confirmation 2. Planner reminded.",
                None,
            ),
            (
                "Serial number corrected in the system.",
                Some(Tier::Correction),
            ),
            (
                "Control room staff to attend a refresher on alarm response.",
                Some(Tier::People),
            ),
            (
                "Check valuations against a joint site measurement signed by both parties.",
                Some(Tier::Process),
            ),
            ("Check valuations.", Some(Tier::People)),
            (
                "Verify new supplier bank details by call-back before the payment run.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn kit_given_in_two_nouns_and_a_confirmation_sent_by_itself() {
        ranks(&[
            (
                "Issue every installer a cable and pipe detector.",
                Some(Tier::Design),
            ),
            (
                "Send transfer confirmations to the guest by email automatically.",
                Some(Tier::Detect),
            ),
            ("Send reminders to staff.", Some(Tier::People)),
        ]);
    }

    #[test]
    fn work_on_a_kind_of_thing_and_a_part_of_another_design() {
        ranks(&[
            (
                "Label printing was changed to one order at a time, released by the scan of the carton.",
                Some(Tier::Detect),
            ),
            ("Label changed.", Some(Tier::Correction)),
            (
                "The gauge was replaced with a single-scale model.",
                Some(Tier::Process),
            ),
            (
                "Gasket replaced with approved type.",
                Some(Tier::Correction),
            ),
            ("The gauge was replaced.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn a_chat_group_for_lessons_and_an_issue_logged() {
        ranks(&[
            ("Label solvent wash bottles from a pre-printed set.", None),
            ("PC Hughes given management advice.", Some(Tier::People)),
            (
                "Set up a WhatsApp group for reception to share lessons.",
                Some(Tier::People),
            ),
            (
                "Add the issue to the risk register.",
                Some(Tier::Correction),
            ),
            (
                "[Incident 42] Fit a remote readout for the gauge at operator level.",
                Some(Tier::Process),
            ),
        ]);
    }

    #[test]
    fn an_action_turned_down_is_no_part_of_the_plan() {
        ranks(&[
            (
                "Redesign the labels so each product has a distinct colour band.",
                Some(Tier::Design),
            ),
            (
                "Instead of retraining, we fitted a door closer with a lock alarm.",
                Some(Tier::Design),
            ),
            (
                "We considered a reminder but made the final inspection a required step in the routing.",
                Some(Tier::Process),
            ),
            (
                "Not another briefing: dose limits are now set in the pump library.",
                Some(Tier::Eliminate),
            ),
            (
                "Training was not the answer; the vehicle won't start until the check is submitted in the app.",
                Some(Tier::Design),
            ),
            (
                "Implemented a new awareness programme across all sites.",
                Some(Tier::People),
            ),
            (
                "Retrain staff instead of fitting a lock.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn the_eighteenth_sessions_plans() {
        ranks(&[
            (
                "Make the mute key a timed key held by the quality lead.",
                Some(Tier::Design),
            ),
            (
                "Put in a mute key for the cell lead.",
                Some(Tier::Correction),
            ),
            (
                "Calculate notice periods in the tenancy system from the tenancy type.",
                None,
            ),
            ("Email staff about notice periods.", Some(Tier::People)),
            (
                "Lock the till for alcohol sales after licensed hours.",
                Some(Tier::Design),
            ),
            ("Lock the till.", Some(Tier::Correction)),
            ("Boxes checked at receipt.", Some(Tier::People)),
            (
                "turned off self-approval in repo settings",
                Some(Tier::Eliminate),
            ),
            ("Turned off the pump.", Some(Tier::Correction)),
            (
                "Show the patient's name and photo on the X-ray viewer.",
                Some(Tier::Design),
            ),
            (
                "Remind the patient's carer to bring the list.",
                Some(Tier::People),
            ),
            (
                "State in the escort risk assessment when cuffs may be removed, signed by the duty governor.",
                None,
            ),
            (
                "Remove the cuffs when the escort arrives.",
                Some(Tier::Correction),
            ),
            (
                "Strip personal data from viewer messages before they reach the presenter's screen.",
                None,
            ),
            ("Send a memo to all staff.", Some(Tier::People)),
            ("had a word with the lad", Some(Tier::People)),
            (
                "A project to introduce expiry control is being scoped.",
                Some(Tier::People),
            ),
            (
                "Fitting an interlock to the press is under consideration.",
                Some(Tier::People),
            ),
            (
                "Introduce expiry control in the reagent store with a block on issuing expired stock.",
                Some(Tier::Eliminate),
            ),
        ]);
    }

    #[test]
    fn the_nineteenth_sessions_plans() {
        ranks(&[
            ("Painting moved out of the sun.", Some(Tier::Correction)),
            (
                "Record lender material restrictions against the object and show them in the treatment plan.",
                Some(Tier::Process),
            ),
            ("Show them how to use the scanner.", Some(Tier::People)),
            ("Door re-hung.", Some(Tier::Correction)),
            ("Demo VM shut down.", Some(Tier::Correction)),
            (
                "Record at-risk observations on handhelds that prompt when each check is due and alert the supervisor when missed.",
                Some(Tier::Detect),
            ),
            ("Incident logged.", Some(Tier::Correction)),
            ("Test done.", Some(Tier::Correction)),
            ("Load test done.", Some(Tier::Correction)),
            ("Backup done daily.", None),
            ("Timetabler rebooked one exam.", Some(Tier::Correction)),
            (
                "Put liability caps in the negotiation brief with escalation to legal for any change.",
                Some(Tier::Eliminate),
            ),
            (
                "Add the briefing to the shift start checklist.",
                Some(Tier::Process),
            ),
            ("Add a reminder to the procedure.", Some(Tier::People)),
            ("Fitter re-tightened the nuts.", Some(Tier::Correction)),
            ("Token delisted.", Some(Tier::Correction)),
            (
                "Set contract signing limits for trustees in the governance handbook.",
                Some(Tier::Eliminate),
            ),
            ("Card holder repaid the money.", Some(Tier::Correction)),
            (
                "Check the parcel's location against the address before it can be marked delivered.",
                Some(Tier::Process),
            ),
            ("Check the label before shipping.", Some(Tier::People)),
            (
                "Fitter re-made the joint with the new gasket.",
                Some(Tier::Correction),
            ),
            (
                "The nurse in charge will be supported to make staffing decisions.",
                Some(Tier::People),
            ),
            ("Pages swapped back.", Some(Tier::Correction)),
            (
                "Starter bars drilled and resin-fixed.",
                Some(Tier::Correction),
            ),
            (
                "Tune the warning so it only fires on real issues.",
                Some(Tier::Detect),
            ),
            ("Guard bolt-fixed to the frame.", Some(Tier::Design)),
            (
                "Enhance oversight of waste segregation by the technician team.",
                Some(Tier::People),
            ),
            ("Deploy an awareness dashboard.", Some(Tier::People)),
            (
                "Introduce a zero-tolerance policy on running queries without a WHERE clause.",
                Some(Tier::People),
            ),
            (
                "Establish a working group to consider options for monitoring record access.",
                Some(Tier::People),
            ),
            (
                "The controller made the control of dimension 12.",
                Some(Tier::Correction),
            ),
            (
                "Controller made the check of dimension 12.",
                Some(Tier::Correction),
            ),
            (
                "Daily checks made mandatory before start.",
                Some(Tier::People),
            ),
            ("Remote tool uninstalled.", Some(Tier::Correction)),
            (
                "Link the personal dealing tool to the restricted list so restricted names are blocked.",
                Some(Tier::Eliminate),
            ),
            (
                "Hold certificates in the bid system with expiry dates that stop expired ones being attached.",
                Some(Tier::Eliminate),
            ),
            (
                "Make the duty system check route training before a driver can be allocated.",
                Some(Tier::Design),
            ),
            (
                "Add the weather warning check to the activity sign-out app with a go/no-go threshold.",
                Some(Tier::Process),
            ),
            (
                "Staff the garden with two people and lock the shed during play.",
                Some(Tier::Process),
            ),
            ("Rack plugged back in.", Some(Tier::Correction)),
            ("Midwife supported through supervision.", Some(Tier::People)),
            (
                "Dashboard republished with security on.",
                Some(Tier::Correction),
            ),
            ("Gas pipe capped properly.", Some(Tier::Correction)),
            (
                "Issue the asbestos register to site with the job pack.",
                Some(Tier::Process),
            ),
            (
                "Schedule quarterly restore tests in the job scheduler with results sent to the IT manager.",
                Some(Tier::Process),
            ),
            (
                "Security schedule added to this contract by variation.",
                Some(Tier::Correction),
            ),
            (
                "Shelve cat and dog meloxicam in separate colour-coded bays.",
                Some(Tier::Design),
            ),
            (
                "Specify detergents in the cleaning contract and remove the wrong type from the store.",
                Some(Tier::Process),
            ),
            (
                "Quarantine damaged chains in a locked red bin and tag them.",
                Some(Tier::Design),
            ),
            ("Churchwarden banked the money.", Some(Tier::Correction)),
            (
                "Rebuild the dilution worksheet in the LIMS with each step recorded as it is done.",
                Some(Tier::Design),
            ),
            ("Rebuild the LIMS server.", Some(Tier::Correction)),
            (
                "Assign shared mailbox permissions by a named group per mailbox in the provisioning script.",
                Some(Tier::Process),
            ),
            (
                "Send capacity warnings to the service's on-call rota through the paging system.",
                Some(Tier::Detect),
            ),
            ("Analyst more careful with columns now.", Some(Tier::People)),
            (
                "Print the room number on every luggage tag.",
                Some(Tier::Process),
            ),
            ("New operator shadowed for two shifts.", Some(Tier::People)),
            ("Old labels scrapped.", Some(Tier::Correction)),
            (
                "Move the flap item into the challenge-response part of the before-takeoff checklist.",
                Some(Tier::Process),
            ),
            (
                "Run the induction on every agency worker's first shift and lock their badge until it is done.",
                Some(Tier::Eliminate),
            ),
            (
                "Release manager reminded that ticks mean the tests were run.",
                Some(Tier::People),
            ),
            ("Flag condition fixed.", Some(Tier::Correction)),
            ("Auditor replaced for this audit.", Some(Tier::Correction)),
            (
                "Add source document verification for this visit type to the monitoring plan.",
                Some(Tier::Process),
            ),
            (
                "Service drawings laminated and fixed to the wall in each plot.",
                Some(Tier::Process),
            ),
            (
                "Snagging app with a photo needed for each item before it can be closed.",
                None,
            ),
        ]);
    }

    #[test]
    fn the_twentieth_sessions_plans() {
        ranks(&[
            ("Supervisions caught up.", Some(Tier::Correction)),
            ("Retention breach reported.", Some(Tier::Correction)),
            ("Threat model done after release.", Some(Tier::Correction)),
            ("Crane relocated to mats.", Some(Tier::Correction)),
            ("Plan obtained later.", Some(Tier::Correction)),
            (
                "Track referrals in the practice system until a reply is logged.",
                Some(Tier::Eliminate),
            ),
            ("Trainer updated on the process.", Some(Tier::People)),
            ("Procedure updated on the intranet.", Some(Tier::Process)),
            ("Fit an open-door warning in the cab.", Some(Tier::Detect)),
            ("Fit warning signs at the gate.", Some(Tier::People)),
            ("Public moved away.", Some(Tier::Correction)),
            (
                "Close the footpath under the crane in the traffic plan.",
                Some(Tier::Process),
            ),
            ("Correct the typo in the procedure.", Some(Tier::Correction)),
            ("Generator returned to auto.", Some(Tier::Correction)),
            ("Press asked not to publish.", Some(Tier::People)),
            (
                "Delivery matched to a PO afterwards.",
                Some(Tier::Correction),
            ),
            ("Driver taken off driving duties.", Some(Tier::Correction)),
            ("Job moved.", Some(Tier::Correction)),
            ("Bruise logged later.", Some(Tier::Correction)),
            (
                "Fix the test environment certificates and fail builds that disable verification.",
                Some(Tier::Eliminate),
            ),
            ("Supply teacher not used again.", Some(Tier::Correction)),
            (
                "Agency carer not to be booked again.",
                Some(Tier::Correction),
            ),
            (
                "Complaint answered with compensation.",
                Some(Tier::Correction),
            ),
            ("Order reduced with the supplier.", Some(Tier::Correction)),
            ("Trustee's vote set aside.", Some(Tier::Correction)),
            (
                "Plan shutdowns long enough to finish the work dead, with a permit for any live work.",
                Some(Tier::Process),
            ),
            ("Report resent to the right ward.", Some(Tier::Correction)),
            ("Patient's toe dressed.", Some(Tier::Correction)),
            ("Plant room ventilated.", Some(Tier::Correction)),
            ("Customer offboarded.", Some(Tier::Correction)),
            (
                "Permanent roof anchors were installed.",
                Some(Tier::Process),
            ),
            ("Tapes sent offsite.", Some(Tier::People)),
            ("SOC 2 report requested.", Some(Tier::Correction)),
            (
                "Update ticket machines to read and reject expired passes.",
                Some(Tier::Eliminate),
            ),
            (
                "Add a driver messaging feature to the control room system that shows closures on the cab display.",
                Some(Tier::Process),
            ),
            ("Reject expired stock.", Some(Tier::Correction)),
            (
                "Make private replies the default in the social tool.",
                Some(Tier::Design),
            ),
            ("Valve tested.", Some(Tier::Correction)),
            ("Operator given a face shield.", Some(Tier::Correction)),
            (
                "Reception given a list of colic signs.",
                Some(Tier::Correction),
            ),
            (
                "Clear the borrower record after each transaction on the renewal screen.",
                Some(Tier::Process),
            ),
            (
                "Reset public PCs to a locked profile after each session.",
                Some(Tier::Process),
            ),
            (
                "Hide borrower contact details except to supervisors.",
                Some(Tier::Process),
            ),
            (
                "Import the data from the first system into the second automatically.",
                Some(Tier::Eliminate),
            ),
            ("Train two more people on the press.", Some(Tier::Process)),
            ("Train the new starter on the press.", Some(Tier::People)),
            ("New starters trained.", Some(Tier::People)),
            (
                "Stop the payment screen auto-filling account numbers.",
                Some(Tier::Eliminate),
            ),
            ("Stop the job.", Some(Tier::Correction)),
            (
                "Implement a refresher e-learning module for paralegals.",
                Some(Tier::People),
            ),
            (
                "Deploy an updated driving policy to SharePoint.",
                Some(Tier::People),
            ),
            (
                "Launch a discharge awareness campaign on the wards.",
                Some(Tier::People),
            ),
            (
                "Remove the old form from the intranet.",
                Some(Tier::Eliminate),
            ),
            (
                "Remove the old stock from the shelf.",
                Some(Tier::Correction),
            ),
            ("Test database wiped.", Some(Tier::Correction)),
            (
                "Give each keyholder a personal alarm code and log who switches it off.",
                Some(Tier::Design),
            ),
            (
                "Clean up the counterparty list and use LEI search instead of the drop-down.",
                None,
            ),
            (
                "Report failed settlements daily to the operations manager with ageing.",
                Some(Tier::Detect),
            ),
            ("Understudy rehearsal held.", Some(Tier::Correction)),
            (
                "Count pins and needles in and out at each fitting on a tally sheet.",
                Some(Tier::Process),
            ),
            (
                "New build shipped with the right key.",
                Some(Tier::Correction),
            ),
            (
                "Lock the trainee's clearance input unless the mentor is logged in at the position.",
                Some(Tier::Design),
            ),
            ("Guests walked to another hotel.", Some(Tier::Correction)),
            (
                "Pass allergy notes from the booking to the restaurant order system.",
                Some(Tier::Detect),
            ),
            (
                "Send the reminder from the office to the HR system.",
                Some(Tier::People),
            ),
            ("Maglock rewired.", Some(Tier::Correction)),
            ("Subcontractor access reduced.", Some(Tier::Correction)),
            (
                "Issue colour-coded knives and a knife board per task.",
                Some(Tier::Process),
            ),
            (
                "Label the shelves with raw at the bottom.",
                Some(Tier::Process),
            ),
            (
                "Install speed limit signs and humps on the site road.",
                Some(Tier::Eliminate),
            ),
            (
                "Information to the operator about the torque control.",
                Some(Tier::People),
            ),
            ("Extra collection arranged.", Some(Tier::Correction)),
            (
                "Mark privileged emails and warn before sending them outside the firm.",
                Some(Tier::Detect),
            ),
            ("Warn staff before the audit.", Some(Tier::People)),
            (
                "Generate renewal notices from the contract system automatically.",
                Some(Tier::Process),
            ),
            (
                "Print a reminder poster from the HR portal.",
                Some(Tier::People),
            ),
            (
                "Send backup failures to the on-call engineer.",
                Some(Tier::Detect),
            ),
            (
                "Send all entrant emails through the mailing tool, which hides recipients.",
                Some(Tier::Process),
            ),
            ("Set out the cones from a plan.", Some(Tier::Process)),
            ("Skip emptied.", Some(Tier::Correction)),
            (
                "Issue chainsaw boots to every operator and check PPE on the daily vehicle check.",
                Some(Tier::Process),
            ),
            ("Issue the procedure to every operator.", Some(Tier::People)),
            ("Amended return filed.", Some(Tier::Correction)),
            ("Amended return", Some(Tier::Process)),
            ("Penalty appealed.", Some(Tier::Correction)),
            (
                "Action: clerk to refuse damaged pallets.",
                Some(Tier::People),
            ),
            (
                "Reception will refuse entry without a badge.",
                Some(Tier::People),
            ),
            ("Movement recorded late.", Some(Tier::Correction)),
            (
                "Replace the visitor book with a kiosk that prints badges at the entrance.",
                Some(Tier::Process),
            ),
            (
                "Replace the hot hold unit with one that displays the temperature and alarms below 63C.",
                Some(Tier::Design),
            ),
            ("Piano charged to the customer.", Some(Tier::Correction)),
            (
                "Charge the customer for the extra hour.",
                Some(Tier::Correction),
            ),
            (
                "Default the trade currency from the instrument master and warn when it is changed.",
                Some(Tier::Design),
            ),
            (
                "Require a contact note to close a fraud alert.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn the_twenty_first_sessions_plans() {
        ranks(&[
            (
                "Show the account number with the name when keying orders.",
                Some(Tier::Design),
            ),
            (
                "Show the customer the receipt when paying.",
                Some(Tier::People),
            ),
            (
                "Close walkways under crane paths with barriers interlocked to the crane.",
                Some(Tier::Eliminate),
            ),
            (
                "Zip tie removed and the interlock restored.",
                Some(Tier::Correction),
            ),
            ("MOT failed on retest.", Some(Tier::Correction)),
            ("Alert muted for the weekend.", Some(Tier::Correction)),
            ("Block tested at the depot.", Some(Tier::Correction)),
            (
                "Give the backup report an owner and alert them on failures.",
                Some(Tier::Detect),
            ),
            ("Food reheated properly.", Some(Tier::Correction)),
            (
                "Author self-approval disabled in the document system.",
                Some(Tier::Eliminate),
            ),
            ("Limit override reversed.", Some(Tier::Correction)),
            (
                "Quarantine status now enforced by the WMS so picks are refused.",
                Some(Tier::Eliminate),
            ),
            (
                "Batch record sign-off gated on all deviations being closed.",
                Some(Tier::Eliminate),
            ),
            (
                "Visit done late and family apologised to.",
                Some(Tier::Correction),
            ),
            ("Take income figures from the HMRC feed.", None),
            (
                "Retests only possible in the LIMS after a deviation is raised.",
                None,
            ),
            (
                "Restarts are blocked by the orchestrator while a backup runs.",
                Some(Tier::Eliminate),
            ),
            (
                "App account rights are reviewed quarterly by the IAM tool with alerts on excess rights.",
                Some(Tier::Detect),
            ),
            (
                "Domain admin will only be grantable through PAM with two approvers.",
                None,
            ),
            (
                "Supervisors will be responsible for checking the forms.",
                Some(Tier::People),
            ),
            (
                "Deployed an updated access policy document to Confluence.",
                Some(Tier::People),
            ),
            (
                "Enhanced analyst vigilance through coaching.",
                Some(Tier::People),
            ),
            (
                "Leveraged a one-off rights review for the app account.",
                Some(Tier::Correction),
            ),
            (
                "Rotate lifeguards every 20 minutes on the rota.",
                Some(Tier::Process),
            ),
            (
                "Operator to complete the log every shift.",
                Some(Tier::Correction),
            ),
            (
                "Track gas safety expiry per property with reminders at 60 days.",
                Some(Tier::Process),
            ),
            ("Tattoo reworked free of charge.", Some(Tier::Correction)),
            ("Batch blocked in SAP.", Some(Tier::Correction)),
            ("Refunds blocked in the till.", Some(Tier::Eliminate)),
            ("DLP on outbound email, PII blocked.", Some(Tier::Eliminate)),
            ("Parts exchanged at customer.", Some(Tier::Correction)),
            (
                "Held call picked up and dispatched.",
                Some(Tier::Correction),
            ),
            (
                "Lock the triage questions so none can be skipped.",
                Some(Tier::Eliminate),
            ),
            (
                "Sign CD pouches in and out on the station's electronic register.",
                Some(Tier::Process),
            ),
            (
                "Prompt the receptionist in the booking system to confirm the dentist with the patient.",
                Some(Tier::Detect),
            ),
            ("Prompt the team to take more care.", Some(Tier::People)),
            (
                "Attach a tooth chart to every extraction referral in the practice system.",
                Some(Tier::Design),
            ),
            ("Attach a poster to every door.", Some(Tier::People)),
            (
                "Read lorry registrations at the weighbridge with ANPR.",
                Some(Tier::Detect),
            ),
            (
                "Add signage to a fumigation checklist signed before gassing.",
                Some(Tier::Process),
            ),
            ("Push the fix to production.", Some(Tier::People)),
            (
                "Push avalanche warnings to patrollers' radios.",
                Some(Tier::Detect),
            ),
            (
                "Bus taken off the road and MOT booked.",
                Some(Tier::Correction),
            ),
            ("Feed swapped back.", Some(Tier::Correction)),
            (
                "Escalate unacknowledged battery warnings to the duty manager after one orbit.",
                Some(Tier::Detect),
            ),
            ("Overtime paid in the next period.", Some(Tier::Correction)),
            (
                "Send payslips only to the contact on the client's master record.",
                Some(Tier::Eliminate),
            ),
            (
                "Feed leaver dates from the HR system into payroll each day.",
                Some(Tier::Process),
            ),
            (
                "Import tax code notices from the HMRC API.",
                Some(Tier::Process),
            ),
            ("Box discharged and restowed.", Some(Tier::Correction)),
            (
                "Voter allowed to vote with a tendered ballot.",
                Some(Tier::People),
            ),
        ]);
    }

    #[test]
    fn the_twenty_second_sessions_plans() {
        ranks(&[
            ("Check the dose.", Some(Tier::People)),
            (
                "Count floats with two people into sealed, numbered bags.",
                Some(Tier::Process),
            ),
            ("Guards fitted to every press.", Some(Tier::Design)),
            ("Placards fitted and operative briefed.", Some(Tier::People)),
            ("Kit swapped and pharmacist retrained.", Some(Tier::People)),
            (
                "Exhibit re-booked under the right reference.",
                Some(Tier::Correction),
            ),
            (
                "Remove the early-finish bonus and make the toolbox talk record a gate in the job card.",
                Some(Tier::Process),
            ),
            (
                "Record treatments in the herd app with withdrawal dates and reconcile medicine stock weekly.",
                Some(Tier::Design),
            ),
            (
                "Log all email repair requests in the repairs system automatically with due dates.",
                Some(Tier::Eliminate),
            ),
            ("Schedule weekly checks of the fridge.", Some(Tier::People)),
            (
                "The pharmacy will schedule weekly CD balance checks in the PMR with a named pharmacist and an alert when overdue.",
                Some(Tier::Detect),
            ),
            ("Recruitment paused until approval.", Some(Tier::Correction)),
            (
                "Require labels to be checked in the permit process.",
                Some(Tier::Process),
            ),
            ("Remove the reception override.", Some(Tier::Eliminate)),
            ("Override removed.", Some(Tier::Correction)),
            ("Rolled forward with a fix.", Some(Tier::Correction)),
            ("Improve the pre-start check.", Some(Tier::Process)),
            ("Volunteer supervision to be improved.", Some(Tier::People)),
            (
                "Samples relogged under the right client.",
                Some(Tier::Correction),
            ),
            (
                "Funds recall requested from the bank.",
                Some(Tier::Correction),
            ),
            ("Request the SOC 2 report now.", Some(Tier::Correction)),
            ("Firmware upgraded.", Some(Tier::Correction)),
            (
                "Guest moved to another room and upgraded.",
                Some(Tier::People),
            ),
            (
                "Apologise and comp the guest's stay.",
                Some(Tier::Correction),
            ),
            (
                "Supply agency informed of the incident.",
                Some(Tier::People),
            ),
            ("Freeze the account.", Some(Tier::Correction)),
            ("Stop the card.", Some(Tier::Correction)),
            (
                "Deliver results electronically to the patient record and stop the paper tray.",
                Some(Tier::Eliminate),
            ),
            ("Enable the bypass.", Some(Tier::Correction)),
            (
                "Enable 'Require a pull request before merging'.",
                Some(Tier::Design),
            ),
            (
                "Enable \"Do not allow bypassing the above settings\" so admins can't force-push to main.",
                Some(Tier::Eliminate),
            ),
            ("Published a fixed release 2.3.1.", Some(Tier::Correction)),
            (
                "machine reads program from part barcode, no manual program select",
                Some(Tier::Process),
            ),
            ("The CNC reads the program from the part barcode.", None),
            (
                "Rework the procedure to add a hold point.",
                Some(Tier::Process),
            ),
            ("Sort all stock and rework.", Some(Tier::Correction)),
            (
                "Put the bypass key in the control room.",
                Some(Tier::Correction),
            ),
            (
                "Put the bypass key in a key safe that logs each removal and alarms in the control room after 8 hours.",
                Some(Tier::Design),
            ),
            (
                "Manage firewall rules in Terraform with plan output reviewed in the pull request.",
                None,
            ),
            (
                "Post in #infra before running the script.",
                Some(Tier::People),
            ),
            (
                "Record codeine sales at the till with a prompt when the same customer buys again within 30 days.",
                None,
            ),
            (
                "Incident reported to the safeguarding lead.",
                Some(Tier::Correction),
            ),
            (
                "Cancel the duplicate booking and call the owner.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn the_twenty_fourth_sessions_plans() {
        ranks(&[
            ("Samples moved to the -80 freezer.", Some(Tier::Correction)),
            ("Second person rostered.", Some(Tier::Process)),
            ("Step added to memory aid card.", Some(Tier::People)),
            (
                "Changing room ventilated and cleaner told never to mix chemicals.",
                Some(Tier::People),
            ),
            (
                "Log parents' messages in the nursery app, where the key person sees them.",
                Some(Tier::Design),
            ),
            (
                "Image removed and licence fee paid.",
                Some(Tier::Correction),
            ),
            (
                "Store keeper is instructed to verify the MRN before issue.",
                Some(Tier::People),
            ),
            (
                "PCA: remind operators to use the scanner.",
                Some(Tier::People),
            ),
            ("Action: licence renewed.", Some(Tier::Correction)),
            ("PCA: barcode scanner at packing.", Some(Tier::Design)),
            (
                "ICA: stock recovered. PCA: quarantine cage with lock, keys held by QA.",
                Some(Tier::Design),
            ),
            ("Template updated.", Some(Tier::Design)),
            ("Firewall updated.", Some(Tier::Correction)),
            ("Lockable quarantine cage fitted.", Some(Tier::Design)),
            (
                "Lock the cabinet until the check is done.",
                Some(Tier::Eliminate),
            ),
            (
                "Introduce 100% inspection until the interlock is fitted.",
                Some(Tier::People),
            ),
            (
                "Supplier to implement 100% inspection until further notice.",
                Some(Tier::People),
            ),
            (
                "Clear the scanning backlog with a funded temporary team.",
                Some(Tier::Correction),
            ),
            (
                "Add a barcode check to the labeller in the next release.",
                Some(Tier::Process),
            ),
            (
                "To be addressed in the next system upgrade.",
                Some(Tier::People),
            ),
            ("Isolated incident; no further action.", Some(Tier::People)),
            ("Added to the backlog.", Some(Tier::People)),
            ("Look at the dashboard daily.", Some(Tier::People)),
            ("Look at automating the check.", Some(Tier::People)),
            ("Ensure compliance going forward.", Some(Tier::People)),
            (
                "Implement a new process for leavers in the HR system.",
                Some(Tier::Process),
            ),
            (
                "Update the procedure to require a second check.",
                Some(Tier::Process),
            ),
            (
                "Review and update the procedure as needed.",
                Some(Tier::People),
            ),
            ("Strengthen controls.", Some(Tier::People)),
            ("Extra staff rostered.", Some(Tier::Process)),
            (
                "Add a sorting table at the back door where every item is checked.",
                Some(Tier::Process),
            ),
            (
                "Fit a self-locking back door with an alarm if it's left open.",
                Some(Tier::Eliminate),
            ),
            ("Driver's on a final.", Some(Tier::People)),
            ("Dealt with by line manager.", Some(Tier::People)),
            ("Words were had.", Some(Tier::People)),
            ("Won't happen again.", Some(Tier::People)),
            ("Bonus now based on right-first-time, not rate.", None),
            ("Buddy assigned for 4 weeks.", Some(Tier::People)),
            ("Recorded on personnel file.", Some(Tier::People)),
            ("Re-cut the release from main.", Some(Tier::Correction)),
            (
                "Caretaker reminded; door closed; weekly fire door walk by the caretaker added.",
                Some(Tier::People),
            ),
            (
                "Nurses will not close the chart without a second check.",
                Some(Tier::Correction),
            ),
            (
                "The form now won't submit without a PO number.",
                Some(Tier::Design),
            ),
            (
                "EDI from the customer replaces manual entry.",
                Some(Tier::Design),
            ),
            ("Added to the lessons learned log.", Some(Tier::People)),
            (
                "Record out-of-hours messages in the housing system.",
                Some(Tier::Design),
            ),
            (
                "Maintenance colleague did the lubrication immediately.",
                Some(Tier::Correction),
            ),
            (
                "Add the service bulletin's chafe points to the zonal inspection cards for that type.",
                Some(Tier::Process),
            ),
            (
                "Walk-in reorganised and chicken moved to the bottom shelf.",
                Some(Tier::Correction),
            ),
            (
                "Schedule quarterly access reviews in the IAM tool, with owners assigned and escalation if not completed in 14 days.",
                Some(Tier::Process),
            ),
            (
                "Management review scheduled for next month.",
                Some(Tier::Correction),
            ),
            (
                "Give drivers a delivery app that captures a signature or photo and won't close the delivery without one.",
                Some(Tier::Design),
            ),
            (
                "Give each accrual a named owner in the month-end timetable.",
                Some(Tier::Process),
            ),
            ("Mark given a tour of the valve room.", Some(Tier::People)),
            ("Flipped the flag back to off.", Some(Tier::Correction)),
            (
                "Suspension of the account pending review.",
                Some(Tier::Correction),
            ),
            (
                "The mechanic received a three-day suspension.",
                Some(Tier::People),
            ),
            (
                "Configure \"Require approval for external sharing\" in the tenant.",
                Some(Tier::Design),
            ),
            ("Re-weigh the cat and recalculate.", Some(Tier::Correction)),
            ("Account frozen pending review.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn the_twenty_fifth_sessions_plans() {
        ranks(&[
            (
                "Boxes labelled with the right date.",
                Some(Tier::Correction),
            ),
            (
                "Line labels printed with the patient's name at the pump.",
                Some(Tier::Process),
            ),
            (
                "Exam questions moved to a restricted folder with access logging.",
                Some(Tier::Eliminate),
            ),
            (
                "Account disabled until the review is completed.",
                Some(Tier::Correction),
            ),
            (
                "Certificate printing locked until moderation is recorded.",
                Some(Tier::Eliminate),
            ),
            (
                "Seal replaced with a food-grade one.",
                Some(Tier::Correction),
            ),
            (
                "Door mode indicator replaced with a brighter one visible in daylight.",
                Some(Tier::Design),
            ),
            ("Placards fitted.", Some(Tier::Correction)),
            (
                "Hinged slurry pit cover with a lock fitted.",
                Some(Tier::Process),
            ),
            (
                "Sealed patient medication bags with a handover log introduced.",
                Some(Tier::Process),
            ),
            ("Printer moved to the right office.", Some(Tier::Correction)),
            (
                "Siren switch moved to the steering column.",
                Some(Tier::Design),
            ),
            (
                "Restock check added to the vehicle app; vehicle can't go available until it's done.",
                Some(Tier::Design),
            ),
            (
                "Gasket replaced with approved type.",
                Some(Tier::Correction),
            ),
            (
                "Scanner replaced with the latest model.",
                Some(Tier::Design),
            ),
            (
                "Exchange port labels replaced with engraved ones.",
                Some(Tier::Process),
            ),
            (
                "Acknowledged tickets escalate after 30 minutes without an update.",
                None,
            ),
            ("Reviews scheduled monthly.", Some(Tier::People)),
            (
                "Reboots outside maintenance windows blocked by the NMS.",
                Some(Tier::Eliminate),
            ),
            ("Disciplinary action taken.", Some(Tier::People)),
            (
                "Disciplinary notes moved to the HR case system with access limited to HR.",
                Some(Tier::Eliminate),
            ),
            (
                "HACCP log moved to an app with sign-in per user.",
                Some(Tier::Design),
            ),
            (
                "Glass replaced with fire-rated glass.",
                Some(Tier::Correction),
            ),
            ("Tyres replaced with new tyres.", Some(Tier::Correction)),
            (
                "Shared accounts replaced with named accounts.",
                Some(Tier::Process),
            ),
            ("Label reprinted by the nurse.", Some(Tier::Correction)),
            ("Label dates printed by the system.", Some(Tier::Eliminate)),
            (
                "Paper stock codes reissued so no two differ by one letter.",
                Some(Tier::Design),
            ),
            (
                "Exam board informed and new paper provided.",
                Some(Tier::People),
            ),
            (
                "Cashier reminded and float count added to the till opening screen.",
                Some(Tier::Design),
            ),
            (
                "Storeman retrained and WMS set to enforce FIFO.",
                Some(Tier::Eliminate),
            ),
            ("Crate labels printed on all sides.", Some(Tier::Process)),
            (
                "Door arming indicators replaced with illuminated ones.",
                Some(Tier::Design),
            ),
            (
                "Voluntary disclosure made to customs.",
                Some(Tier::Correction),
            ),
            (
                "Fuel cross-check made a challenge-response checklist item.",
                Some(Tier::Process),
            ),
            (
                "Check owner named in the RACI and on the task.",
                Some(Tier::Process),
            ),
            ("Implemented a barcode check.", Some(Tier::Process)),
            ("Implemented.", Some(Tier::People)),
            ("NFA.", Some(Tier::People)),
            ("- -", None),
            ("...", None),
            (
                "Send member emails only through the club's mailing tool.",
                Some(Tier::Eliminate),
            ),
            (
                "E-learning module assigned to the employee.",
                Some(Tier::People),
            ),
            ("Display clears old readings after 5 minutes.", None),
            ("Delete button from the screen.", Some(Tier::Correction)),
            (
                "Delete button moved to a separate menu with a confirmation step.",
                Some(Tier::Design),
            ),
            (
                "Results publishing locked until the exam board sign-off is recorded.",
                Some(Tier::Eliminate),
            ),
            ("Staff reading the SOP.", Some(Tier::People)),
            ("Reading made mandatory.", Some(Tier::People)),
            (
                "Probe reading made mandatory on the goods-in form for frozen deliveries.",
                Some(Tier::Design),
            ),
            ("Took the option away.", None),
            ("Weighed the patient.", Some(Tier::Correction)),
            ("Logged the dose late.", Some(Tier::Correction)),
            (
                "Rota changed so two carers are on the hoist unit at all times.",
                Some(Tier::Design),
            ),
            ("Leaflets issued with every permit.", Some(Tier::People)),
            (
                "Ladder stabilisers issued with every ladder.",
                Some(Tier::Process),
            ),
            (
                "E-obs accepts only readings sent from the monitor.",
                Some(Tier::Eliminate),
            ),
            ("Torque values added to WI.", Some(Tier::Process)),
            ("Latches replaced with new ones.", Some(Tier::Correction)),
            (
                "Kennel latches replaced with ones that spring shut.",
                Some(Tier::Process),
            ),
            (
                "Look-alike drugs moved to separate trays with tall-man labels.",
                Some(Tier::Design),
            ),
            (
                "Force-push disabled on main by branch protection.",
                Some(Tier::Design),
            ),
            ("Overdue reviews completed.", Some(Tier::Correction)),
            ("Training rollout completed.", Some(Tier::People)),
            (
                "Laptop encryption rollout finished with a compliance report to the CIO.",
                Some(Tier::Design),
            ),
            (
                "Action: formulas locked in the spreadsheet. Owner: Finance.",
                Some(Tier::Eliminate),
            ),
            (
                "Drains added to the cleaning schedule with a monthly check.",
                Some(Tier::Process),
            ),
            ("Owner: Stores. Fit an interlock.", Some(Tier::Eliminate)),
            (
                "Action: retrain storeman. Owner: Stores. Due: 30/11.",
                Some(Tier::People),
            ),
            ("Alert sent to the supervisor.", Some(Tier::People)),
            (
                "Tyre pressure alerts sent to the workshop from the telematics.",
                Some(Tier::Detect),
            ),
            ("Retraining staff.", Some(Tier::People)),
            (
                "Reversing cameras and sensors fitted across the fleet.",
                Some(Tier::Design),
            ),
            ("Name an owner for each review.", Some(Tier::Process)),
            (
                "Account holder name and address shown on the discount screen.",
                Some(Tier::Design),
            ),
            (
                "Time entry shows client name and matter description next to the number.",
                Some(Tier::Process),
            ),
            ("No training needed.", Some(Tier::People)),
            (
                "Weather policy set: no outdoor training when lightning is forecast within 10 miles.",
                Some(Tier::Process),
            ),
            (
                "Exit gates alarmed and monitored by CCTV in the control room.",
                Some(Tier::Detect),
            ),
            (
                "Interceptor procedure states tanker disposal only, with a waste transfer note required.",
                Some(Tier::Process),
            ),
            (
                "Call notes made mandatory in the CRM before the call can be wrapped.",
                Some(Tier::Process),
            ),
            (
                "Refund limit shown in the CRM at the point of the call.",
                Some(Tier::Design),
            ),
            ("Will do the second check.", Some(Tier::People)),
            ("Double check the figures.", Some(Tier::People)),
            (
                "Second check can be done by any registered nurse on the ward.",
                Some(Tier::Process),
            ),
            ("Will fit an interlock by Friday.", Some(Tier::Eliminate)),
            ("Won't use the shortcut again.", Some(Tier::People)),
            (
                "Entry points padlocked, keys only issued with a permit.",
                Some(Tier::Process),
            ),
            (
                "Boxes labelled with the right date.",
                Some(Tier::Correction),
            ),
            (
                "Manifold valves labelled with tank numbers and colour coded.",
                None,
            ),
            (
                "High-level alarm with automatic pump shutdown fitted to the tank.",
                Some(Tier::Eliminate),
            ),
            (
                "Account disabled until the check is done.",
                Some(Tier::Correction),
            ),
            (
                "Payment button disabled until the fraud check returns.",
                Some(Tier::Design),
            ),
            ("Leaflet issued with every permit.", Some(Tier::People)),
            (
                "Gas monitors issued with every excavation permit.",
                Some(Tier::Process),
            ),
            ("Batch quarantined.", Some(Tier::Correction)),
            (
                "Uncertified shackles quarantined in a red locked bin and scrapped monthly.",
                Some(Tier::Design),
            ),
            (
                "Public sharing option disabled for the dashboard tool tenant-wide.",
                Some(Tier::Eliminate),
            ),
            (
                "CD register replaced with an electronic record that time-stamps administration.",
                Some(Tier::Process),
            ),
            ("Keys moved to a locked drawer.", Some(Tier::Correction)),
            (
                "Truck keys moved to a key cabinet that only opens with a licensed driver's badge.",
                Some(Tier::Design),
            ),
            (
                "Server rebooted so it won't happen again.",
                Some(Tier::Correction),
            ),
            (
                "SKU slots re-mapped so look-alike cartons are never adjacent.",
                Some(Tier::Design),
            ),
            ("Printer set to the correct tray.", Some(Tier::Correction)),
            (
                "IAM tool set to launch quarterly review campaigns with escalation to the CISO for overdue items.",
                Some(Tier::Design),
            ),
            (
                "Critical checklist items marked and moved to the top, with a hard stop in the app.",
                Some(Tier::Eliminate),
            ),
            (
                "Weld parameters password-locked on the controller.",
                Some(Tier::Eliminate),
            ),
            ("NG bin changed to a red locked cage.", Some(Tier::Design)),
            ("I will lock the van every time.", Some(Tier::Correction)),
            (
                "Repeat labels regenerated from the current prescription each time.",
                Some(Tier::Process),
            ),
            (
                "Amlodipine moved to a separate shelf with a look-alike warning label.",
                Some(Tier::Design),
            ),
            (
                "Dial replaced with a selector that shows its current position.",
                Some(Tier::Process),
            ),
            ("Item replaced with a fridge bag.", Some(Tier::Correction)),
            (
                "The fuel valves have been labelled and colour coded for each generator.",
                None,
            ),
            (
                "Default sharing set to internal only, external links expire after 7 days.",
                Some(Tier::Design),
            ),
            (
                "Nominee update is moved to CBS with maker-checker.",
                Some(Tier::Design),
            ),
            (
                "Signature verification is made mandatory step in CBS before withdrawal.",
                Some(Tier::Process),
            ),
            (
                "Locker key is collected back from the customer.",
                Some(Tier::Correction),
            ),
            ("Site visit is done afterwards.", Some(Tier::Correction)),
            ("Exam papers moved to a safe.", Some(Tier::Correction)),
            (
                "Exam papers moved to a safe with a two-person sign-out log.",
                Some(Tier::Design),
            ),
            (
                "Personal gas monitors issued to every operative, checked at the depot each morning.",
                Some(Tier::Process),
            ),
            (
                "Override removed and the engineer disciplined.",
                Some(Tier::Correction),
            ),
            (
                "Canary skip flag removed from the deploy tool.",
                Some(Tier::Design),
            ),
            (
                "Delete protection and owner tags enforced on all DNS records via Terraform.",
                Some(Tier::Eliminate),
            ),
            (
                "Script access removed for the engineer.",
                Some(Tier::Correction),
            ),
            ("Pipe section replaced.", Some(Tier::Correction)),
            ("Results transferred.", Some(Tier::Correction)),
            (
                "Instrument results transferred to LIMS electronically.",
                None,
            ),
            ("Account locked.", Some(Tier::Correction)),
            (
                "Out-of-cal balances locked out by the LIMS and tagged red.",
                Some(Tier::Design),
            ),
            (
                "Manual integration locked in the CDS unless a reason code is entered and a reviewer approves.",
                Some(Tier::Design),
            ),
            (
                "We will make the form require a reason.",
                Some(Tier::Design),
            ),
            ("We now use a vault for all shared passwords.", None),
            ("We'll keep the door shut.", Some(Tier::People)),
            ("Procedure issued to all staff.", Some(Tier::People)),
            (
                "CAT scanner issued to each gang and booked out against the permit to dig.",
                Some(Tier::Process),
            ),
            ("Awaiting delivery of the interlock.", None),
            ("Awaiting budget.", Some(Tier::People)),
            (
                "Password reset with a new one added to the vault.",
                Some(Tier::Correction),
            ),
            (
                "Job times reset with check time included, agreed with the supervisors.",
                Some(Tier::Process),
            ),
            ("Pallet moved to the right trailer.", Some(Tier::Correction)),
            (
                "Shared admin accounts moved to the PAM vault with checkout.",
                Some(Tier::Design),
            ),
            (
                "Skip route moved to the north gate so the edge protection stays in place.",
                Some(Tier::Design),
            ),
            (
                "Dave's admin removed from the server.",
                Some(Tier::Correction),
            ),
            (
                "Local admin removed from standard users; EDR tamper protection on.",
                Some(Tier::Eliminate),
            ),
            (
                "Resolved by adding a validation rule to the form.",
                Some(Tier::Process),
            ),
            (
                "Prevent recurrence by retraining staff.",
                Some(Tier::People),
            ),
            (
                "This was resolved by installing an interlock.",
                Some(Tier::Eliminate),
            ),
            (
                "Dealt with by installing an interlock.",
                Some(Tier::Eliminate),
            ),
            ("Dealt with.", Some(Tier::People)),
            (
                "Delivery note can't be signed on the handheld.",
                Some(Tier::People),
            ),
            (
                "Delivery note can't be signed on the handheld until the count is entered.",
                Some(Tier::Eliminate),
            ),
            ("Error shown in the log.", Some(Tier::Correction)),
            ("Data shown on sign-off screen.", Some(Tier::Design)),
            (
                "Trailer number shown on the screen and scanned at the dock door before loading is allowed.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn the_twenty_sixth_sessions_plans() {
        ranks(&[
            ("Batch number scanned from the vial.", Some(Tier::Detect)),
            (
                "Clinic booking filtered by the patient's age.",
                Some(Tier::Eliminate),
            ),
            (
                "Stamps replaced with e-signatures in the MIS.",
                Some(Tier::Design),
            ),
            ("Crane relocated to mats.", Some(Tier::Correction)),
            (
                "MOT dates moved into the fleet system with alerts at 60 and 30 days.",
                Some(Tier::Detect),
            ),
            (
                "Trailer numbers reprinted large on both sides.",
                Some(Tier::Design),
            ),
            ("Alarm turned off for the night.", Some(Tier::Correction)),
            (
                "Autocomplete turned off for client emails.",
                Some(Tier::Eliminate),
            ),
            ("Count documented from memory.", Some(Tier::Correction)),
            (
                "Staff will not start work without a permit.",
                Some(Tier::People),
            ),
            ("The box label won't print without it.", Some(Tier::Design)),
            ("Contractors barred from site.", Some(Tier::Correction)),
            (
                "Real knives banned from the rehearsal room.",
                Some(Tier::Eliminate),
            ),
            (
                "Treatment records moved to the herd app.",
                Some(Tier::Design),
            ),
            (
                "Migration tool asks for the tenant each run.",
                Some(Tier::Design),
            ),
            ("The app shows only the amount.", Some(Tier::Eliminate)),
            (
                "Exit check moved to 15 minutes before show with a sign-off by the safety officer.",
                Some(Tier::Design),
            ),
            (
                "Gluten-free labels moved to their own stand.",
                Some(Tier::Design),
            ),
            (
                "Oxygen bottles colour-banded and labelled by type.",
                Some(Tier::Process),
            ),
            ("Switch the analyser to auto.", Some(Tier::Eliminate)),
            ("Analyser switched to auto.", Some(Tier::Correction)),
            (
                "We'll validate addresses against the postcode file at order entry.",
                None,
            ),
            ("We'll test lines next time.", Some(Tier::People)),
            (
                "Order can't be completed until Monday.",
                Some(Tier::Correction),
            ),
            (
                "Discharge can't be completed until the follow-up letter is attached.",
                Some(Tier::Process),
            ),
            (
                "Batch can't be released without a result.",
                Some(Tier::Process),
            ),
            (
                "Asset register updated with the missing 14 laptops.",
                Some(Tier::Correction),
            ),
            (
                "Design templates updated with the current code edition.",
                Some(Tier::Process),
            ),
            (
                "Approved revisions locked read-only in the file store.",
                Some(Tier::Design),
            ),
            ("Duct rerouted.", Some(Tier::Correction)),
            (
                "Fraud scoring toggle removed from the ops console.",
                Some(Tier::Eliminate),
            ),
            (
                "Film stopped and lights switched on.",
                Some(Tier::Correction),
            ),
            (
                "Headsets replaced and speakerphone disabled on agent phones.",
                Some(Tier::Eliminate),
            ),
            ("Account disabled in AD.", Some(Tier::Correction)),
            (
                "Speakerphone disabled on agent phones.",
                Some(Tier::Eliminate),
            ),
            ("Locks changed at the flat.", Some(Tier::Correction)),
            ("Keypad lock fitted on the side gate.", Some(Tier::Design)),
            (
                "Moisture reading field made mandatory on the damp survey.",
                Some(Tier::Process),
            ),
            (
                "Watch list check added to the gate reader.",
                Some(Tier::Design),
            ),
            (
                "Visual docking guidance installed on all contact stands.",
                Some(Tier::Process),
            ),
            (
                "Briefing notes generated from the EHR.",
                Some(Tier::Process),
            ),
            (
                "Files moved from the laptop to the server.",
                Some(Tier::Correction),
            ),
            (
                "Excess values moved into the quote screen from the rating engine.",
                Some(Tier::Design),
            ),
            ("Planogram changed.", Some(Tier::Process)),
            ("Note detector at every till.", None),
            ("Referral rules hard-coded.", Some(Tier::Eliminate)),
            (
                "Phones locked in cab mode via telematics when engine on.",
                Some(Tier::Design),
            ),
            ("eMAR early-dose warning switched on.", Some(Tier::Detect)),
            (
                "Purge step moved into the start-up sequence.",
                Some(Tier::Process),
            ),
            (
                "The DCS won't start the pump until purge time is met.",
                Some(Tier::Design),
            ),
            ("Tank level brought down.", Some(Tier::Correction)),
            ("Test kit issued to each gang.", Some(Tier::Process)),
            ("Payment stopped.", Some(Tier::Correction)),
            ("Paper filing stopped.", Some(Tier::Eliminate)),
            (
                "Payee name matched against the account by the posting system.",
                Some(Tier::Detect),
            ),
            (
                "Signature verification moved to the imaging system.",
                Some(Tier::Design),
            ),
            (
                "Alarm priorities set; overload alarms are top priority.",
                Some(Tier::Design),
            ),
            ("Defaults set.", Some(Tier::Design)),
            ("Timer set.", Some(Tier::Correction)),
            (
                "Link sharing changed to internal only.",
                Some(Tier::Correction),
            ),
            (
                "Inspection point lighting upgraded to 1000 lux.",
                Some(Tier::Process),
            ),
            (
                "Fridge items flagged on the picking list.",
                Some(Tier::Detect),
            ),
            (
                "Pipette removed from use and results repeated.",
                Some(Tier::Correction),
            ),
            ("Supervisor removed from nights.", Some(Tier::Correction)),
            ("Hand copying removed.", Some(Tier::Eliminate)),
            (
                "Nurses will not close the chart without a check.",
                Some(Tier::Correction),
            ),
            (
                "Courier app won't close a delivery without a signature or photo.",
                Some(Tier::Design),
            ),
            ("Keys moved to a locked drawer.", Some(Tier::Correction)),
            (
                "U/S parts moved to a locked quarantine cage with a separate booking in.",
                Some(Tier::Design),
            ),
            ("Setter has received a warning letter.", Some(Tier::People)),
            ("GP requests logged in the care system.", Some(Tier::Design)),
            ("Guard added for this machine.", Some(Tier::Design)),
            ("Tests added for this change.", Some(Tier::Correction)),
            ("Files renamed by Sam.", Some(Tier::Correction)),
            ("X-ray files named by patient ID.", Some(Tier::Process)),
            (
                "Reminder letters generated from the system and sent to staff.",
                Some(Tier::People),
            ),
            (
                "Referral letters generated from the EHR.",
                Some(Tier::Design),
            ),
            (
                "Clean and dirty handpiece trays colour-coded with separate racks.",
                Some(Tier::Design),
            ),
            (
                "Reversing cameras and proximity alarms fitted to all dumpers.",
                Some(Tier::Design),
            ),
            (
                "Support tool exports scoped to the ticket's tenant.",
                Some(Tier::Eliminate),
            ),
            ("Staff given a briefing.", Some(Tier::People)),
            (
                "Production console given a red banner and a different prompt.",
                Some(Tier::Design),
            ),
            (
                "POS posts room charges as each item is ordered.",
                Some(Tier::Detect),
            ),
            (
                "Delivery fee moved to config with a review step on change.",
                Some(Tier::Design),
            ),
            ("Phone numbers masked.", Some(Tier::Process)),
            (
                "Allergen notes printed at the top of every restaurant ticket in bold.",
                Some(Tier::Design),
            ),
            ("Refund screen opens blank and needs an order number.", None),
            (
                "Cotter pin installed and trim tab inspected.",
                Some(Tier::Correction),
            ),
            (
                "Oversize shelving installed in the store.",
                Some(Tier::Process),
            ),
            (
                "Label reprinted with the right date.",
                Some(Tier::Correction),
            ),
            (
                "Loadsheet reprinted with fuel next to the signature box.",
                Some(Tier::Design),
            ),
            (
                "Give scribes written guidance and a briefing before each exam.",
                Some(Tier::People),
            ),
            (
                "Sample taps tagged with numbers that match the sample plan.",
                None,
            ),
        ]);
    }

    #[test]
    fn the_twenty_seventh_sessions_plans() {
        ranks(&[
            ("Alarm volume turned up on chair 6.", Some(Tier::Correction)),
            (
                "Alarm volume locked at a minimum level in the machine config by clinical engineering.",
                Some(Tier::Design),
            ),
            ("Minibar charge added to folio.", Some(Tier::Correction)),
            (
                "Rotated the leaked key and rewrote git history.",
                Some(Tier::Correction),
            ),
            (
                "DROP revoked from the data team role.",
                Some(Tier::Eliminate),
            ),
            (
                "Helm chart versions pinned in the lock file.",
                Some(Tier::Eliminate),
            ),
            (
                "Action: re-torque all bolts on WTG 14.",
                Some(Tier::Correction),
            ),
            (
                "Control room to phone the crew before any restart.",
                Some(Tier::People),
            ),
            (
                "WTMD alarm resolution recorded on the lane tablet; lane can't clear the next pax until it's entered.",
                Some(Tier::Design),
            ),
            (
                "Dense-item alert re-enabled on lane 3 and locked on in the vendor config.",
                Some(Tier::Eliminate),
            ),
            (
                "Pass readers repaired and gate set to fail closed when a reader is down.",
                Some(Tier::Eliminate),
            ),
            (
                "Selectee flag reprinted as a black box with SSSS in bold on the boarding pass.",
                Some(Tier::Design),
            ),
            (
                "Refund button is disabled in OMS until return scan is done.",
                Some(Tier::Eliminate),
            ),
            ("Older versions are rejected.", Some(Tier::Eliminate)),
            ("The deliveries are rejected.", Some(Tier::Correction)),
            ("D5: books rebound.", Some(Tier::Correction)),
            ("Item is regraded as B-grade.", Some(Tier::Correction)),
            ("We will always locate before digging.", Some(Tier::People)),
            (
                "Compaction test result required on the reinstatement form before sign-off.",
                Some(Tier::Process),
            ),
            (
                "The customer was offered a discount.",
                Some(Tier::Correction),
            ),
            (
                "Second pharmacist or ACT rostered on every day so clinical and accuracy checks are split.",
                Some(Tier::Process),
            ),
            (
                "Certificates of origin are tracked in the TMS with due-date alerts to the documentation lead.",
                Some(Tier::Detect),
            ),
            (
                "Modified papers ordered late with a fee.",
                Some(Tier::Correction),
            ),
            ("rider got a strike", Some(Tier::People)),
            (
                "Denomination colour labels fixed to the outside of every cassette.",
                Some(Tier::Process),
            ),
            (
                "refund tool pulls the order ID from the ticket, no default",
                None,
            ),
            ("Lashings checked and tightened.", Some(Tier::People)),
            (
                "Store upload rejects builds with the debug flag set.",
                Some(Tier::Design),
            ),
            ("Customer added to the PSR.", Some(Tier::Correction)),
            (
                "Second nurse added to the night shift.",
                Some(Tier::Process),
            ),
            (
                "Re-entry gas test results are entered into the access control system, which keeps the heading gate locked until they pass.",
                Some(Tier::Eliminate),
            ),
            (
                "Personal locks and multi-lock hasps issued to every worker and contractor at induction.",
                Some(Tier::Process),
            ),
            (
                "Surveyor went back and treated the damp.",
                Some(Tier::Correction),
            ),
            (
                "Contractor sent back to finish the job.",
                Some(Tier::Correction),
            ),
            ("Action item: fix the staging URL.", Some(Tier::Correction)),
            (
                "Fix the booking form so it asks for the date.",
                Some(Tier::Design),
            ),
            (
                "Theatre 2 pipelines refitted with NIST indexed connectors.",
                Some(Tier::Process),
            ),
            (
                "Cage labels changed to full town names with colour by region.",
                Some(Tier::Process),
            ),
            ("Guard refitted with new bolts.", Some(Tier::Correction)),
            ("Password changed to a new one.", Some(Tier::Correction)),
            (
                "Height warning and auto-level fitted on the telehandler.",
                Some(Tier::Detect),
            ),
            (
                "Fraud indicators scored by the claims system, referring high scores to the fraud team queue.",
                Some(Tier::Detect),
            ),
            ("Risk scored by the nurse at admission.", Some(Tier::People)),
            ("Sound adjusted immediately.", Some(Tier::Correction)),
            (
                "Allocation tool greys out jobs already assigned.",
                Some(Tier::Eliminate),
            ),
            (
                "UV bypass valve locked closed with a limit switch alarm to SCADA.",
                Some(Tier::Eliminate),
            ),
            ("Valve locked closed.", Some(Tier::Correction)),
            (
                "Driver insurance checked at sign-up and annually, with expiry alerts to the volunteer coordinator.",
                Some(Tier::Detect),
            ),
            ("Insurance checked annually.", Some(Tier::People)),
            (
                "Domains moved to the company account with auto-renew on and renewal alerts to ops.",
                Some(Tier::Detect),
            ),
            (
                "Sizes re-slotted so look-alikes aren't adjacent, with size printed large on each slot label.",
                Some(Tier::Design),
            ),
        ]);
    }

    #[test]
    fn the_twenty_eighth_sessions_plans() {
        ranks(&[
            (
                "Batch release locked until the lab result is entered as pass.",
                Some(Tier::Eliminate),
            ),
            (
                "Case closure disabled until the final response letter is generated and sent.",
                Some(Tier::Eliminate),
            ),
            (
                "Lock Sam's account until the investigation is complete.",
                Some(Tier::Correction),
            ),
            (
                "Lock the account until the investigation is complete.",
                Some(Tier::Correction),
            ),
            (
                "Approved coach companies list held by the office; the booking form only offers those on it.",
                Some(Tier::Design),
            ),
            (
                "Snapshots tagged with environment; restore tooling refuses a snapshot whose tag differs from the target.",
                Some(Tier::Design),
            ),
            (
                "Domains moved to auto-renew on a company registrar account with two admins.",
                Some(Tier::Eliminate),
            ),
            (
                "Day-dot time labels put on all prepared food.",
                Some(Tier::Process),
            ),
            ("Labels put on the food.", Some(Tier::Correction)),
            (
                "Reception button removed; entry gates open only on a valid scan.",
                Some(Tier::Design),
            ),
            (
                "The key cabinet only opens with a licensed driver's badge.",
                Some(Tier::Design),
            ),
            (
                "Cable detectors issued to all plumbing vans, with a pre-drilling scan step on the job sheet.",
                Some(Tier::Detect),
            ),
            (
                "Infusion pumps linked to the patient record.",
                Some(Tier::Process),
            ),
            (
                "Invoice linked to the client record.",
                Some(Tier::Correction),
            ),
            (
                "Bank detail changes locked until a call-back to a number already on file is logged by a second person.",
                Some(Tier::Eliminate),
            ),
            (
                "Budget model moved to the planning tool with locked formulas.",
                Some(Tier::Design),
            ),
            (
                "Filing deadlines set up in the compliance calendar with reminders to the tax team 14 and 3 days out.",
                Some(Tier::Design),
            ),
            (
                "Lane closure kit loaded from a checklist scanned at the yard gate; the van can't book out with items missing.",
                Some(Tier::Design),
            ),
            (
                "TM layouts redrawn with a 1.2 m safety zone for all operatives.",
                Some(Tier::Design),
            ),
            (
                "Drawing redrawn with the correct dimension.",
                Some(Tier::Correction),
            ),
            (
                "Refuelling point moved to the far side of the paver, away from the heaters.",
                Some(Tier::Design),
            ),
            (
                "Second order picker leased, and picker bookings moved to a shared calendar with one hour slots.",
                Some(Tier::Process),
            ),
            (
                "Picker bookings moved to a shared calendar with one hour slots.",
                Some(Tier::Design),
            ),
            (
                "Passenger seats removed from all dumpers.",
                Some(Tier::Eliminate),
            ),
            ("Outage logged the next morning.", Some(Tier::Correction)),
            (
                "Outage logging moved into the CRM agents already use.",
                Some(Tier::Design),
            ),
            ("Issue the guard a written warning.", Some(Tier::People)),
            (
                "Drop targets cut to 130 a day and pay moved to hourly with a quality bonus.",
                Some(Tier::Process),
            ),
            ("Dog's cut treated.", Some(Tier::Correction)),
            ("Script removed from the page.", Some(Tier::Correction)),
            (
                "Buried services mapped and loaded onto the mower GPS, which warns within 5 m.",
                Some(Tier::Detect),
            ),
            (
                "LIMS holds result reporting until the calibration check is entered as passed.",
                Some(Tier::Design),
            ),
            ("D5: burr removed from stock parts.", Some(Tier::Correction)),
            (
                "self approval blocked in timesheet system",
                Some(Tier::Eliminate),
            ),
            (
                "Role-based account templates in the identity system; copying an existing user is disabled.",
                Some(Tier::Eliminate),
            ),
            ("Batch blocked in SAP.", Some(Tier::Correction)),
            ("Customer offered a free drink.", Some(Tier::Correction)),
            (
                "Each horse given a unique ID on a headcollar tag that the farrier and vet scan before work.",
                Some(Tier::Detect),
            ),
            (
                "Every apprentice circuit tested by a qualified electrician and logged before it can be energised.",
                None,
            ),
            (
                "Allergen changeover purge volume validated and fixed in the filler program, with an ATP swab result required before restart.",
                Some(Tier::Process),
            ),
            ("Bug fixed in release 4.2.", Some(Tier::Correction)),
            ("Lenses reordered.", Some(Tier::Correction)),
            (
                "Calibration due dates set in the equipment register with reminders to the store manager.",
                Some(Tier::Process),
            ),
            (
                "Urgent referrals sent electronically from the test record, with a task in the patient system to confirm the patient was told.",
                Some(Tier::Process),
            ),
            (
                "Referral sharing recorded in the case system, with an alert if the school hasn't been told within 24 hours.",
                Some(Tier::Detect),
            ),
            ("Referral reopened.", Some(Tier::Correction)),
            ("Gate clipped shut.", Some(Tier::Correction)),
            (
                "Assisted-braking belay devices issued for all hire kit.",
                Some(Tier::Process),
            ),
            (
                "A safety alert was issued to all crews on personal locks.",
                Some(Tier::People),
            ),
            (
                "Languages picked from a coded list on the booking form, with the ISO code shown to the coordinator.",
                Some(Tier::Design),
            ),
            ("Stock picked from the wrong bay.", Some(Tier::Correction)),
            (
                "Client delivery button disabled until the review status is complete.",
                Some(Tier::Design),
            ),
            (
                "External and board distribution lists flagged with a warning banner before sending.",
                Some(Tier::Detect),
            ),
            ("We'll stick to our Friday rule.", Some(Tier::People)),
            (
                "Medication ordered urgently from the pharmacy.",
                Some(Tier::Correction),
            ),
            ("Refunds released only on return scan.", None),
            (
                "Bar commission replaced with a flat hourly rate.",
                Some(Tier::Design),
            ),
            (
                "Guidelines accessed from the online source only; printed copies withdrawn.",
                Some(Tier::Eliminate),
            ),
            ("Drawing withdrawn and reissued.", Some(Tier::Correction)),
            ("Lens swapped before implantation.", Some(Tier::Correction)),
            (
                "Letter templates start blank with the current plan pulled from the clinic note; copy-forward switched off.",
                Some(Tier::Eliminate),
            ),
            ("Override removed.", Some(Tier::Correction)),
            (
                "Two-person cash count with sealed bags and a counting sheet signed by both.",
                Some(Tier::Process),
            ),
            (
                "Site marking moved to the pre-op area, done against the consent form with the patient awake.",
                Some(Tier::Process),
            ),
            (
                "Signal 42 repositioned and a repeater signal fitted.",
                Some(Tier::Process),
            ),
            (
                "Automatic route setting from the timetable with a conflict warning.",
                None,
            ),
            ("Customer called about the recall.", Some(Tier::Correction)),
            (
                "Certificate signing done on a tablet that records GPS location and a photo of the consignment.",
                Some(Tier::Detect),
            ),
            (
                "Repair requests logged in the portal with SLAs and escalation to the branch manager.",
                Some(Tier::Design),
            ),
            (
                "Audit findings tracked in the QMS with due dates and reminders to owners.",
                Some(Tier::Process),
            ),
            (
                "Deposit returns paid from the deposit scheme's portal to the tenant's verified account.",
                None,
            ),
            (
                "Safe Links turned on and phishing-resistant FIDO2 keys issued to all admins.",
                Some(Tier::Process),
            ),
            (
                "Lesson bookings moved to the reception tablet; phones stay in the staff room.",
                Some(Tier::Design),
            ),
            (
                "Product name displayed beside the code and the second product's code changed.",
                Some(Tier::Design),
            ),
            (
                "Online tests moved to a proctored centre or remote proctoring with ID check.",
                Some(Tier::Design),
            ),
            (
                "deliveries rebooked for after opening, supplier system won't allow earlier slots",
                Some(Tier::Design),
            ),
            ("Incident logged by the system.", None),
            ("Incident logged.", Some(Tier::Correction)),
            (
                "E-observations calculate NEWS and page the outreach team at 5 and above.",
                Some(Tier::Detect),
            ),
            ("Page the team at 9am.", Some(Tier::People)),
            ("Alert the manager above 90%.", Some(Tier::Detect)),
            (
                "S3 Block Public Access turned on at the account level.",
                Some(Tier::Process),
            ),
            (
                "Root credentials locked in the vault with break-glass alerts.",
                Some(Tier::Detect),
            ),
            ("Keys locked in the drawer.", Some(Tier::Correction)),
            (
                "Passport and visa details made required before a flight can be ticketed.",
                Some(Tier::Design),
            ),
            ("Group brought home.", Some(Tier::Correction)),
            (
                "Annual statement dates scheduled in the admin system with reminders 30 days ahead.",
                Some(Tier::Process),
            ),
            (
                "Killed seats locked in the ticketing system as soon as the production marks them.",
                Some(Tier::Design),
            ),
            ("Account locked in the system.", Some(Tier::Correction)),
            (
                "Builder invoices matched automatically to the agreed schedule of rates.",
                Some(Tier::Eliminate),
            ),
            (
                "Notification dates locked once entered.",
                Some(Tier::Design),
            ),
            (
                "No-claims discount checked against the industry database at renewal.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn the_twenty_ninth_sessions_plans() {
        ranks(&[
            (
                "Each dose checked by a second pharmacist.",
                Some(Tier::Process),
            ),
            (
                "Shortlists to be checked by a second recruiter before sending.",
                Some(Tier::People),
            ),
            (
                "Treatment stock tracked in the shared sheet with a reorder point that emails the apiary manager.",
                Some(Tier::Process),
            ),
            (
                "Recovery handover form gained a pump settings section that the ward nurse must sign.",
                Some(Tier::Process),
            ),
            (
                "The start screen stays locked until the check is done.",
                Some(Tier::Design),
            ),
            (
                "Fragile flag printed on the sort label and sent to a separate chute.",
                Some(Tier::Design),
            ),
            (
                "Refunds above the agent's limit go to a team leader queue.",
                None,
            ),
            (
                "Extra passengers given reclining seats and a refund.",
                Some(Tier::Correction),
            ),
            (
                "Brew controller prompts each hop addition at the recipe's time.",
                Some(Tier::Detect),
            ),
            (
                "Packaging can't be scheduled before the conditioning end date.",
                Some(Tier::Process),
            ),
            ("Manual entry switched off.", Some(Tier::Eliminate)),
            (
                "Payslips published to each employee's own portal account.",
                Some(Tier::Process),
            ),
            (
                "Gas emergency attended and made safe.",
                Some(Tier::Correction),
            ),
            (
                "Climate controller set-point limits locked by the building management system.",
                Some(Tier::Eliminate),
            ),
            (
                "Brew controller prompts each hop addition at the recipe's time and logs when it is confirmed.",
                Some(Tier::Detect),
            ),
            (
                "Event manager to check the weather before each event.",
                Some(Tier::People),
            ),
            (
                "Cremation forms generated from the case record.",
                Some(Tier::Design),
            ),
            (
                "Records regenerated from the backup.",
                Some(Tier::Correction),
            ),
            ("Bearer teams only booked from our own trained staff.", None),
            (
                "Resets verified with a push to the user's registered phone; no push, no reset.",
                Some(Tier::Design),
            ),
            (
                "Returns deadline shown on the stock screen, with a weekly list of items nearing their window.",
                Some(Tier::Design),
            ),
            (
                "Second truck hired at short notice.",
                Some(Tier::Correction),
            ),
            (
                "Data folders named from the job number, which the upload tool checks against the client's site.",
                Some(Tier::Detect),
            ),
            (
                "Extension of time agreed with the applicant.",
                Some(Tier::Correction),
            ),
            (
                "Late application made for extra time.",
                Some(Tier::Correction),
            ),
            (
                "Access arrangement deadlines added to the exams calendar with reminders to the SENCO six weeks before.",
                Some(Tier::Process),
            ),
            (
                "Mock papers checked against the board's list of live papers before they are printed.",
                Some(Tier::Detect),
            ),
            (
                "Train warning system installed on the curve so lookouts aren't relied on.",
                Some(Tier::Process),
            ),
            (
                "Lock the sign-up app outside 9am to 9pm.",
                Some(Tier::Design),
            ),
            (
                "Keys tagged with barcodes and scanned out against the tenancy before posting.",
                Some(Tier::Detect),
            ),
        ]);
    }

    #[test]
    fn the_thirtieth_sessions_plans() {
        ranks(&[
            (
                "Autoclave servicing put on the planned maintenance system with alerts to the practice manager 30 days ahead.",
                Some(Tier::Detect),
            ),
            (
                "Fee table now read from the pricing service that finance maintains.",
                Some(Tier::Design),
            ),
            (
                "Agents read from the approved script on the CRM.",
                Some(Tier::People),
            ),
            (
                "Load sheet reprinted in a larger font with position codes spelled out.",
                Some(Tier::Design),
            ),
            (
                "Knowledge base shows only the wording in force for the policy's start date.",
                Some(Tier::Eliminate),
            ),
            (
                "Playlist checked against the schedule by the server each morning.",
                Some(Tier::Detect),
            ),
            (
                "Extra tube sent to site to finish the job.",
                Some(Tier::People),
            ),
            ("Every tie tagged \"do not remove\".", None),
            (
                "A new \"check twice, pick once\" slogan has been launched in the warehouse.",
                Some(Tier::People),
            ),
            (
                "Elevations checked against the drawing before the quote is issued.",
                Some(Tier::Detect),
            ),
            ("Invoices checked against the contract.", Some(Tier::People)),
            (
                "Visa letters generated from the course record in the student system.",
                Some(Tier::Design),
            ),
            (
                "Overdue notices sent automatically by the library system at 7, 14 and 28 days.",
                Some(Tier::Detect),
            ),
            (
                "Reminders sent to staff about the policy by the HR system.",
                Some(Tier::People),
            ),
            (
                "Tills locked to stop alcohol sales at the licence end time.",
                Some(Tier::Eliminate),
            ),
            ("Tills locked.", Some(Tier::Correction)),
            (
                "Speed humps and 5 mph signs installed around the depot.",
                Some(Tier::Design),
            ),
            (
                "Roof surveys done by drone with measurements taken from the model.",
                Some(Tier::Detect),
            ),
            (
                "Single-use tips dispensed from a sealed holder; used tips go straight into a bin at the chair.",
                None,
            ),
            ("Amy to log every cycle from now on.", Some(Tier::People)),
            ("Mark to show the fill level.", Some(Tier::Process)),
            (
                "Seal checked by a camera at the gate with images stored against the visit.",
                Some(Tier::Detect),
            ),
            (
                "Driver reminded to report all damage, and cameras will be looked into.",
                Some(Tier::People),
            ),
            (
                "Radiologist to always compare with priors.",
                Some(Tier::People),
            ),
            (
                "Box stack height limit painted on the deck and a rail fitted at that height.",
                Some(Tier::Process),
            ),
            (
                "Nurse re-trained on drug checks and a warning letter placed on file.",
                Some(Tier::People),
            ),
            (
                "Jobs-per-day target replaced with a first-time-fix measure.",
                Some(Tier::Process),
            ),
            (
                "Dr Lee to include medication changes in future.",
                Some(Tier::People),
            ),
            (
                "Nurse Amy to include medication changes.",
                Some(Tier::People),
            ),
            (
                "Salary fed from the offer record into payroll with no rekeying.",
                Some(Tier::Design),
            ),
            (
                "The supervisor will file training records going forward.",
                Some(Tier::People),
            ),
            (
                "Refund now triggered only by the goods-in scan at the returns bench.",
                Some(Tier::Detect),
            ),
            ("Old pipe capped on a return visit.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn the_thirty_first_sessions_plans() {
        ranks(&[
            (
                "Muck heap moved 30 metres from the hay barn.",
                Some(Tier::Design),
            ),
            (
                "Winch alarm repeated on a display in the cab.",
                Some(Tier::Detect),
            ),
            ("Alarm repeated.", Some(Tier::Correction)),
            (
                "Back-translation of every safety warning added to the QA checklist for medical jobs.",
                Some(Tier::Process),
            ),
            (
                "Copy of the warning letter sent to all staff.",
                Some(Tier::People),
            ),
            (
                "Walk-round made a required step in the electronic tech log.",
                Some(Tier::Process),
            ),
            (
                "Appointed person to visit sites before signing.",
                Some(Tier::People),
            ),
            ("Tax codes imported from the HMRC feed.", Some(Tier::Design)),
            (
                "Patch tool default target set to the test group, with an approval needed before widening.",
                Some(Tier::Process),
            ),
            (
                "Doses moved into the zoo's animal records system, which calculates each dose from the animal's weight.",
                Some(Tier::Design),
            ),
            (
                "Valve sanitising added to the CIP cycle so it runs automatically.",
                Some(Tier::Eliminate),
            ),
            (
                "Batches with similar codes stored in separate bays.",
                Some(Tier::Design),
            ),
            ("Solvents kept in sealed jars.", Some(Tier::Design)),
            (
                "Delivery app gives the driver only 'delivered to patient' or 'returned to pharmacy'.",
                None,
            ),
            ("Pushed to drivers' tablets.", Some(Tier::Process)),
            ("Parts ordered by VIN lookup only.", None),
            ("Parts ordered.", Some(Tier::Correction)),
        ]);
    }

    #[test]
    fn the_thirty_second_sessions_plans() {
        ranks(&[
            (
                "Reversing cameras and rear proximity sensors fitted to all telehandlers.",
                Some(Tier::Design),
            ),
            (
                "Freeze calendar connected to the pipeline so deploys on Fridays are refused without an exception ticket.",
                Some(Tier::Eliminate),
            ),
            (
                "Promotion labels now printed in store by aisle from the planogram system.",
                Some(Tier::Design),
            ),
            (
                "Shift log moved to the rostering system, signed by each screener's own login.",
                Some(Tier::Design),
            ),
            (
                "Close calendar moved reconciliations to working day two with a third day for review.",
                Some(Tier::Design),
            ),
            (
                "Incompatible chemicals separated into two stores with COSHH sheets at each, and dosing pumps fitted for cleaning solutions.",
                Some(Tier::Design),
            ),
            (
                "Venue booking form in the events system made to require an attached risk assessment before booking.",
                Some(Tier::Design),
            ),
            (
                "Booking form made to require an attached risk assessment.",
                Some(Tier::Process),
            ),
            (
                "Door arming made a challenge-and-response check with the purser, recorded on the cabin panel.",
                Some(Tier::Process),
            ),
            (
                "The supervisor made a check of the store.",
                Some(Tier::Correction),
            ),
        ]);
    }

    #[test]
    fn the_thirty_third_sessions_plans() {
        ranks(&[
            (
                "Night auditors to set a phone alarm for the end-of-day report.",
                Some(Tier::People),
            ),
            (
                "Accessible rooms are held in the booking engine for guests who ask for them and released only 24 hours before arrival.",
                None,
            ),
            (
                "Pocket cards with the dose units issued to every operator.",
                Some(Tier::People),
            ),
            (
                "All accessioned items in storerooms labelled with their number, and clear-outs only in rooms the registrar has signed off as empty.",
                None,
            ),
            ("The registrar has signed off the room.", Some(Tier::People)),
            (
                "Stenter controllers locked to the recipe range, with changes outside it needing a QA login.",
                Some(Tier::Design),
            ),
            (
                "Lock the oven controls to the validated temperature range.",
                Some(Tier::Design),
            ),
            ("Lock the door to the store.", Some(Tier::Correction)),
            (
                "Update the access policy to stress that admin rights need a reason.",
                Some(Tier::People),
            ),
            ("Admin groups now granted only through the PAM tool.", None),
            (
                "The fall arrest rail replaced with a continuous one, removing the gap.",
                Some(Tier::Eliminate),
            ),
            (
                "Hinge replaced with a matching one.",
                Some(Tier::Correction),
            ),
            (
                "Wave buoy data sent to the vessel before each sailing.",
                Some(Tier::Process),
            ),
            (
                "Keys to be kept on the officer at all times.",
                Some(Tier::People),
            ),
            ("Keep the master key in the key safe.", Some(Tier::Design)),
            ("All bags now go through the scanner.", Some(Tier::Design)),
            (
                "Allergen batter moved to red tubs kept in a separate locked store, with the tub barcode checked at the line.",
                Some(Tier::Design),
            ),
            (
                "Allergen batter moved to the allergen store.",
                Some(Tier::Correction),
            ),
            (
                "Use-by dates now set by the label printer from the production date.",
                Some(Tier::Design),
            ),
            (
                "Dates set by the supervisor from the production plan.",
                Some(Tier::Process),
            ),
            (
                "Anti-D now issued from the lab only against the mother's result, with ward stock withdrawn.",
                Some(Tier::Process),
            ),
            (
                "Supervisors to allow more time before reopening.",
                Some(Tier::People),
            ),
            (
                "Allow more time in the schedule for testing.",
                Some(Tier::Process),
            ),
            (
                "Porters now scan the wristband against the list at the ward before moving the patient.",
                Some(Tier::Detect),
            ),
            (
                "Notices now generated by the elections system from the election record, with no hand-typed dates.",
                Some(Tier::Design),
            ),
            ("Porters to check the wristband.", Some(Tier::People)),
            (
                "Damage now photographed at every pickup and return in the app, with the photos attached to the rental.",
                Some(Tier::Design),
            ),
            (
                "Check the setting-out kit against control points each morning and log it in the app.",
                Some(Tier::Design),
            ),
            (
                "Impersonation now asks the agent to pick the tenant each time and shows a coloured banner with the tenant name on every page.",
                Some(Tier::Design),
            ),
            (
                "The procedure now asks staff to check twice.",
                Some(Tier::People),
            ),
            (
                "The retention job now reads its cut-off from the policy configuration, with the free-text argument removed.",
                Some(Tier::Design),
            ),
            ("Staff now read the procedure.", Some(Tier::People)),
            (
                "New wearer teaching added to the fitting template with a longer slot, and lenses only released once teaching is signed.",
                Some(Tier::Process),
            ),
            (
                "Staff told the kit is only issued after training.",
                Some(Tier::People),
            ),
            (
                "Recall letters now run from a scheduled job with a fixed date rule, with the hand-typed filter removed.",
                Some(Tier::Design),
            ),
            (
                "Rounds re-planned so that cul-de-sacs are served by the small truck that can turn in them.",
                Some(Tier::Design),
            ),
            ("Shift re-planned.", Some(Tier::Correction)),
            (
                "Allergies now printed on the parcel label from the referral record, and the packing list leaves out matching items.",
                Some(Tier::Design),
            ),
        ]);
    }
}

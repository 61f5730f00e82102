//! Text analysis behind R001 (shallow-root-cause) and R002 (symptom-fix).
//!
//! The vocabulary is data (`phrases.txt`, documented there); this module only
//! normalises text and applies it. A root cause is shallow when a clause
//! blames a person and nothing in the cause names a gap the organisation can
//! fix; blame that is denied ("not human error") or demoted ("human error is
//! only the symptom") does not count. A corrective action is ranked on the
//! hierarchy of controls by a table of its governing verb's class against its
//! object's class, adjusted by modifiers (`tier.rs`).

mod cause;
mod fit;
mod lexicon;
mod list;
pub mod text;
mod tier;

pub use cause::Cause;
pub use tier::{Ranked, Tier};

use foldhash::{HashMap, HashMapExt, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use crate::model::config::{LISTS, ShallowPhrases};
use list::List;

const DATA: &str = include_str!("phrases.txt");

pub struct Phrases {
    /// The lines of [blame] that name no person, matched against the
    /// clause's text; the lines with `{person}`, and [person-cause], against
    /// the text with its nouns for people marked (`Phrases::marked`).
    blame: List,
    blame_person: List,
    person_cause: List,
    /// The lines of [systemic] with `{thing}`, matched against the clause
    /// with its things marked; [systemic] the others.
    systemic_thing: List,
    /// Every form of the nouns of [person-word] ("nurse", "nurses").
    person_forms: HashSet<String>,
    systemic: List,
    systemic_weak: List,
    negation_before: Regex,
    negation_after: Regex,
    /// The word classes of R001's clause reading and R002's table, as one
    /// automaton (`lexicon.rs`).
    words: lexicon::Lexicon,
    /// Nouns for things the organisation owns: a clause with one as its
    /// subject blames no one. The words of {thing}: a token is one word.
    things: HashSet<String>,
    /// R013 and R014 (`fit.rs`).
    names_owner: Regex,
    resource_decision: Regex,
    training: Regex,
    verification_existence: Regex,
    verification_outcome: Regex,
    /// "There was no process gap": a clause that names no gap however it reads.
    gap_denial: Regex,
}

static BUILTIN: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::new(&ShallowPhrases::default()).expect("the built-in phrase data compiles")
});

/// Compiles the built-in vocabulary (with `builtin`) and `normalise`'s
/// lists of pairs on threads of their own, beside the folder walk, so that
/// the rules that read text find both ready: compiled on first use, each
/// kept the other core waiting at the start of lint.
pub fn compile_in_background(builtin: bool) {
    if builtin {
        std::thread::spawn(Phrases::builtin);
    }
    std::thread::spawn(|| LazyLock::force(&COMPOUND));
}

/// The vocabulary of one register: the built-in one, or one compiled with
/// the config's `shallow_phrases`.
pub enum Vocabulary {
    Builtin,
    Custom(Box<Phrases>),
}

impl Vocabulary {
    pub fn of(extra: &ShallowPhrases) -> Result<Vocabulary, String> {
        if extra.add.is_empty() && extra.remove.is_empty() {
            Ok(Vocabulary::Builtin)
        } else {
            Phrases::new(extra).map(|p| Vocabulary::Custom(Box::new(p)))
        }
    }

    pub fn phrases(&self) -> &Phrases {
        match self {
            Vocabulary::Builtin => Phrases::builtin(),
            Vocabulary::Custom(p) => p,
        }
    }
}

impl Phrases {
    pub fn builtin() -> &'static Phrases {
        &BUILTIN
    }

    /// The built-in lists, extended and trimmed by `shallow_phrases`.
    pub fn new(extra: &ShallowPhrases) -> Result<Phrases, String> {
        let sections = sections(DATA);
        // The nouns for people are marked in the text before the lists that
        // name them are matched (`marked`): as an alternation of every noun
        // after the free words of {person}, they made the regex engines
        // build a state for almost every new sentence.
        let person_words = ("{person-words}".to_string(), MARKED_WORD.to_string());
        let defines: Vec<(String, String)> = sections
            .iter()
            .filter(|(name, _)| name == "define")
            .flat_map(|(_, lines)| lines.iter())
            .filter_map(|l| l.split_once(" = "))
            .map(|(k, v)| {
                let value = v.trim().replace(&person_words.0, &person_words.1);
                (format!("{{{}}}", k.trim()), value)
            })
            .collect();
        // Things are marked in the same way for the lines with {thing}; the
        // things of more than one word stay as they are.
        let thing_defines: Vec<(String, String)> = defines
            .iter()
            .map(|(k, v)| match k.as_str() {
                "{thing}" => (
                    k.clone(),
                    format!("(?:{MARKED_WORD_ANY_CASE}|{})", phrases_of(v)),
                ),
                _ => (k.clone(), v.clone()),
            })
            .collect();
        // The lines of a list that name people or things, for the text with
        // those marked (`Some`), or the others (`None`).
        let part = |name: &str, marked: Option<Marked>| -> String {
            let marker = match marked {
                Some(Marked::People) => Some("{person}"),
                Some(Marked::Things) => Some("{thing}"),
                None => None,
            };
            let mut lines: Vec<String> = sections
                .iter()
                .filter(|(n, _)| n == name)
                .flat_map(|(_, lines)| lines.iter().cloned())
                .filter(|l| {
                    let named = l.contains("{person}") || l.contains("{thing}");
                    !extra.remove.contains(l) && marker.map_or(!named, |m| l.contains(m))
                })
                .collect();
            for phrase in extra.add.iter().filter(|_| marked.is_none()) {
                let (target, words) = match phrase.split_once(':') {
                    Some((t, w)) if LISTS.contains(&t.trim()) => (t.trim(), w),
                    _ => ("blame", phrase.as_str()),
                };
                // An empty phrase would match everywhere (the config reports it).
                if target == name && !words.trim().is_empty() {
                    lines.push(regex::escape(&normalise(words)));
                }
            }
            // One regex a list: compiling a hundred small ones costs more
            // start-up time than the whole analysis of a large register.
            // A list emptied by `remove` must match nothing, not everything.
            let joined = if lines.is_empty() {
                r"\b\B".to_string()
            } else {
                alternation(&lines)
            };
            match marked {
                Some(Marked::People) => pattern_marked(&joined, &defines),
                // The other words of these lines still match marked things.
                Some(Marked::Things) => pattern_marked(&format!("(?i){joined}"), &thing_defines),
                None => pattern(&joined, &defines),
            }
        };
        let list = |name: &str| build(&part(name, None)).map_err(|e| format!("[{name}]: {e}"));
        // The lists R001 reads a clause with.
        let searched = |name: &str, marked: Option<Marked>| {
            List::new(&part(name, marked)).map_err(|e| format!("[{name}]: {e}"))
        };
        let negators: Vec<String> = sections
            .iter()
            .filter(|(n, _)| n == "negation-before")
            .flat_map(|(_, lines)| lines.iter().flat_map(|l| l.split('|').map(str::to_string)))
            .collect();
        // A denial stands right before the blame it denies, with at most
        // little words between: "not human error", "not a case of carelessness".
        let filler = "a|an|the|just|simply|merely|only|really|mainly|primarily|solely|due|to|caused|by|because|of|result|case|about|from|an|one|any|some|matter";
        let negation_before = Regex::new(&ascii_words(&format!(
            r"\b(?:{})\b(?:\W+(?:{filler}))*\W*$",
            negators.join("|")
        )))
        .map_err(|e| e.to_string())?;
        Ok(Phrases {
            blame: searched("blame", None)?,
            blame_person: searched("blame", Some(Marked::People))?,
            person_cause: searched("person-cause", Some(Marked::People))?,
            systemic: searched("systemic", None)?,
            systemic_thing: searched("systemic", Some(Marked::Things))?,
            systemic_weak: searched("systemic-weak", None)?,
            negation_before,
            negation_after: list("negation-after")?,
            names_owner: list("names-owner")?,
            resource_decision: list("resource-decision")?,
            training: list("training")?,
            verification_existence: list("verification-existence")?,
            verification_outcome: list("verification-outcome")?,
            gap_denial: Regex::new(
                r"\b(?:no|not an?|nothing wrong with (?:the|our)|never an?)\b(?:[^.;]*?) ?\b(?:gaps?|problems?|issues?|faults?|flaws?|weakness(?:es)?|defects?|deficienc(?:y|ies)|mistakes?|errors?|shortcomings?|failings?|failures?)\b(?: in| with| on| at| was| were| found| identified| here| ?,| however|$)|\b(?:had|has|have) nothing to do with\b|^(?:it|this|that) (?:was|is) not (?:the|a|an|about)\b",
            )
            .map_err(|e| e.to_string())?,
            things: one_word_things(&defines)?,
            person_forms: person_forms(&sections),
            words: words(&sections, extra),
        })
    }
}

/// The word-class sections as one automaton, with the words that
/// `shallow_phrases` adds to the action lists.
fn words(sections: &[(String, Vec<String>)], extra: &ShallowPhrases) -> lexicon::Lexicon {
    use lexicon::Class;
    let mut lex = lexicon::Lexicon::new();
    // A person is also a person as an object of an action.
    let classes = Class::SECTIONS
        .iter()
        .copied()
        .chain([("person-word", Class::People)]);
    for (section, class) in classes {
        let lines = sections
            .iter()
            .filter(|(n, _)| n == section)
            .flat_map(|(_, lines)| lines)
            .filter(|l| !extra.remove.contains(l));
        for line in lines {
            let entries: Vec<&str> = if class.one_word_entries() || section == "person-word" {
                line.split_whitespace().collect()
            } else {
                line.split(',').collect()
            };
            for entry in entries {
                if class == Class::Name {
                    lex.insert_name(entry.trim());
                } else {
                    lex.insert(entry.trim(), class);
                }
            }
        }
    }
    for (list, words) in extra.add.iter().filter_map(|p| p.split_once(':')) {
        let class = match list.trim() {
            "weak-action" => Class::Exhort,
            "strong-action" => Class::Create,
            _ => continue,
        };
        lex.insert(words.trim(), class);
    }
    lex
}

/// The lines as one alternation, the lines that open with the same words up
/// to a `{name}` sharing one copy of them: `{person}`'s optional leading
/// words, repeated in each line, made the lazy DFA build twice the states
/// for each new sentence. The shared part stands where the first of its
/// lines stood.
fn alternation(lines: &[String]) -> String {
    let heads: Vec<Option<&str>> = lines.iter().map(|l| lead(l).map(|e| &l[..e])).collect();
    let mut parts: Vec<String> = Vec::new();
    let mut done: HashSet<&str> = HashSet::default();
    for (line, head) in lines.iter().zip(&heads) {
        let Some(head) = *head else {
            parts.push(format!("(?:{line})"));
            continue;
        };
        if !done.insert(head) {
            continue;
        }
        let rests: Vec<String> = lines
            .iter()
            .zip(&heads)
            .filter(|(_, h)| **h == Some(head))
            .map(|(l, _)| format!("(?:{})", &l[head.len()..]))
            .collect();
        parts.push(format!("(?:{head}(?:{}))", rests.join("|")));
    }
    parts.join("|")
}

/// Where the words of a line end with its first `{name}`, when that stands
/// outside brackets in a line that is one alternative (no `|` outside them).
fn lead(line: &str) -> Option<usize> {
    let (mut depth, mut escaped, mut end) = (0, false, None);
    for (i, c) in line.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '|' if depth == 0 => return None,
            '{' if depth == 0 && end.is_none() => {
                let name = line[i + 1..].split('}').next().unwrap_or("");
                if line[i + 1..].contains('}') && is_name(name) {
                    end = Some(i + name.len() + 2);
                }
            }
            _ => {}
        }
    }
    end
}

fn is_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

fn pattern(line: &str, defines: &[(String, String)]) -> String {
    ascii_words(&expand(line, defines))
}

/// `pattern` for the marked text, whose words may start with a capital.
fn pattern_marked(line: &str, defines: &[(String, String)]) -> String {
    pattern(line, defines).replace("0-9a-z_", "0-9a-zA-Z_")
}

/// The room each phrase list's lazy DFA has: the default cache fills on a
/// register's worth of statements, and each time it is cleared the states
/// are built again.
const LAZY_DFA_BYTES: usize = 16 << 20;

/// Every one-word string {thing} matches. The definition is a finite list
/// of alternatives, and a regex asked of each token was a tenth of the
/// time R001 spent outside its phrase lists.
fn one_word_things(defines: &[(String, String)]) -> Result<HashSet<String>, String> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let definition = defines
        .iter()
        .find(|(name, _)| name == "{thing}")
        .map(|(_, value)| value.as_str())
        .ok_or("[define] has no {thing}")?;
    let hir = regex_syntax::parse(definition).map_err(|e| e.to_string())?;
    let mut extractor = Extractor::new();
    extractor
        .kind(ExtractKind::Prefix)
        .limit_total(10_000)
        .limit_literal_len(64);
    let seq = extractor.extract(&hir);
    let literals = seq
        .literals()
        .filter(|l| l.iter().all(|l| l.is_exact()))
        .ok_or("{thing} must be a finite list of alternatives")?;
    Ok(literals
        .iter()
        .filter_map(|l| std::str::from_utf8(l.as_bytes()).ok())
        .filter(|w| !w.contains(' '))
        .map(str::to_string)
        .collect())
}

/// A phrase list's pattern, with room for its lazy DFA.
fn build(pattern: &str) -> Result<Regex, String> {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(LAZY_DFA_BYTES)
        .build()
        .map_err(|e| e.to_string())
}

/// A line with its definitions and gaps filled in, between word boundaries.
fn expand(line: &str, defines: &[(String, String)]) -> String {
    let mut pattern = line.to_string();
    for (name, value) in defines {
        pattern = pattern.replace(name, value);
    }
    let pattern = pattern.replace('_', r"(?:[\w'.-]+\W+){0,4}");
    format!(r"\b(?:{pattern})\b")
}

/// Word classes and boundaries as ASCII: the text is lower-cased English,
/// and Unicode word tables made compiling the phrase data the slowest part
/// of linting a small register.
fn ascii_words(pattern: &str) -> String {
    pattern
        .replace(r"\b", r"(?-u:\b)")
        .replace(r"\B", r"(?-u:\B)")
        .replace(r"\w", "[0-9a-z_]")
        .replace(r"\W", "[^0-9a-z_]")
}

/// How {person-words} finds a noun for people in the marked text: a
/// capital, which the lower-cased text has nowhere else (with the letters
/// of Latin-1: "Émile", "Tomás").
const MARKED_WORD: &str = r"[A-ZÀ-ÖØ-Þ](?:[\w-]|[à-öø-ÿ])*";

/// `MARKED_WORD` in lines that otherwise ignore case.
const MARKED_WORD_ANY_CASE: &str = r"(?-i:[A-Z])[\w-]*";

/// Which words a list's lines find marked in the text.
#[derive(Clone, Copy)]
enum Marked {
    People,
    Things,
}

/// The alternatives of more than one word of a `(?:a|b c|d)` definition:
/// `b c`. A marked word is one token; these are not.
fn phrases_of(alternation: &str) -> String {
    let inner = alternation
        .strip_prefix("(?:")
        .and_then(|a| a.strip_suffix(')'))
        .unwrap_or(alternation);
    let mut out: Vec<&str> = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => {
                out.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&inner[start..]);
    out.retain(|a| a.contains(' '));
    if out.is_empty() {
        r"\b\B".to_string()
    } else {
        out.join("|")
    }
}

/// Every noun of [person-word] with its plural ("secretary", "secretaries";
/// "nurse", "nurses", "nursees" as the patterns always allowed).
fn person_forms(sections: &[(String, Vec<String>)]) -> HashSet<String> {
    sections
        .iter()
        .filter(|(name, _)| name == "person-word")
        .flat_map(|(_, lines)| lines.iter().flat_map(|l| l.split_whitespace()))
        .flat_map(|w| match w.strip_suffix('y') {
            // A pronoun has no plural: "i" + "s" is "is".
            _ if matches!(w, "i" | "he" | "she" | "someone" | "somebody") => vec![w.to_string()],
            Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => {
                vec![w.to_string(), format!("{stem}ies")]
            }
            _ => vec![w.to_string(), format!("{w}s"), format!("{w}es")],
        })
        .collect()
}

/// `[section]` -> its non-comment lines, in file order.
fn sections(data: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in data.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push((name.to_string(), Vec::new()));
        } else if let Some((_, lines)) = out.last_mut() {
            lines.push(line.to_string());
        }
    }
    out
}

/// The US spelling of a British word, if it differs.
fn us_word(word: &str) -> Option<&'static str> {
    static WORDS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
        let mut m = HashMap::new();
        let stems = [
            "organ", "recogn", "real", "emphas", "priorit", "author", "util", "synchron", "minim",
            "maxim", "summar", "final", "standard", "categor", "custom", "optim", "familiar",
            "sanit", "formal", "central", "visual", "penal", "special", "apolog", "critic",
        ];
        for stem in stems {
            for suffix in ["e", "ed", "es", "ing", "ation", "ations"] {
                m.insert(format!("{stem}is{suffix}"), format!("{stem}iz{suffix}"));
            }
        }
        for suffix in ["e", "ed", "es", "ing"] {
            m.insert(format!("analys{suffix}"), format!("analyz{suffix}"));
        }
        for stem in [
            "counsel", "cancel", "label", "relabel", "mislabel", "travel", "model", "signal",
        ] {
            for suffix in ["ed", "ing"] {
                m.insert(format!("{stem}l{suffix}"), format!("{stem}{suffix}"));
            }
        }
        let words = [
            ("behaviour", "behavior"),
            ("behaviours", "behaviors"),
            ("behavioural", "behavioral"),
            ("judgement", "judgment"),
            ("judgements", "judgments"),
            ("programme", "program"),
            ("programmes", "programs"),
            ("licence", "license"),
            ("licences", "licenses"),
            ("licenced", "licensed"),
            ("defence", "defense"),
            ("centre", "center"),
            ("centres", "centers"),
            ("catalogue", "catalog"),
            ("catalogues", "catalogs"),
            ("enrolment", "enrollment"),
            ("enrolments", "enrollments"),
            ("fulfil", "fulfill"),
        ];
        for (gb, us) in words {
            m.insert(gb.to_string(), us.to_string());
        }
        m
    });
    WORDS.get(word).map(String::as_str)
}

/// British spellings as US ones, word by word, in one pass over the text.
fn us_spelling(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    // Runs of ASCII letters and runs of anything else: a run ends at an
    // ASCII byte or starts after one, so each is whole characters.
    while i < bytes.len() {
        let start = i;
        let letters = bytes[i].is_ascii_alphabetic();
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() == letters {
            i += 1;
        }
        let run = &text[start..i];
        out.push_str(if letters {
            us_word(run).unwrap_or(run)
        } else {
            run
        });
    }
    out
}

// Compounds that name one thing: a process or a tool, not a change or a
// person ("user access", "change management"), or a team ("service desk").
const COMPOUND_HEAD: &str = "read|write|admin|firewall|certificate|secrets?|device|identity|log|event|patch|vulnerability|change|password|package|task|file|window|download|backup|edr|monitoring|endpoint|software|antivirus|av|security|update|user|staff|employee";
const COMPOUND_TAIL: &str = "management|control|request|agent|accounts?|ids?|access|lists?|directory|records?|turnover|data|numbers?|portal|handbook|overrides?";
/// Roles named in two words ("service desk", "harbour master"), read as
/// one person noun: the words that end each, with the words before them.
const ROLES: &[(&str, &str)] = &[
    (
        "desk",
        "service|help|picture|news|sports|copy|front|fault|duty|trading|dealing",
    ),
    ("office", "box|ticket|booking"),
    ("head|heads", "deputy|assistant"),
    ("issuer|issuers", "permit"),
    ("guide|guides", "tour|mountain|museum"),
    ("support", "customer|technical|tech|it|desktop"),
    ("service", "customer"),
    // Who chairs it, not what is sat on: "the panel chair overruled the scores".
    ("chair|chairs", "panel|board|committee|cab|meeting"),
    // A team named by its work: "credit control wrote off the debt".
    ("control", "credit"),
    // Whom a site names to deal with: "site contact gave the engineer the wrong key".
    ("contact|contacts", "site|named|key|local|branch"),
    // Hosts of a room or a game, not a server: "the escape room host left
    // a group locked in".
    (
        "host|hosts",
        "room|games|game|event|party|floor|quiz|tour|restaurant|club",
    ),
    // Guards named by where they stand: "park security let a guest in".
    (
        "security",
        "park|store|hotel|campus|event|venue|mall|door|gate",
    ),
    ("master|masters", "harbour|harbor|dock|port|station"),
    // Rooms named by what is done in them: "changing room ventilated".
    (
        "room|rooms",
        "changing|waiting|meeting|dining|dressing|drying|sitting|living|sleeping",
    ),
    // "Store keeper issued the material", as the word is often written.
    ("keeper|keepers", "store|stores|shop|gate|book|time"),
    // ISO's word for the leadership ("senior management" may be a level
    // of the organisation).
    ("management", "top"),
    ("payable|receivable", "accounts"),
    (
        "collector|collectors",
        "refuse|bin|waste|debt|tax|rent|fare|ticket|glass",
    ),
];
/// Things named in two words of which one is a role ("text editor", "CI
/// runner", "master data"), read as one thing noun, so that the role is
/// not a person.
const THINGS: &[(&str, &str)] = &[
    ("editor|editors", "text|code|html|rich-text|wysiwyg"),
    (
        "viewer|viewers",
        "x-ray|image|pdf|document|file|log|dicom|pacs|photo",
    ),
    ("producer|producers", "kafka|message|event"),
    // Words for people that also name devices or software: "the installer
    // drilled through a cable", but "the MSI installer".
    (
        "installer|installers",
        "msi|software|package|windows|app|os|setup|silent|offline|web",
    ),
    (
        "loader|loaders",
        "boot|data|class|module|bulk|config|file|front|skid|wheel|front-end",
    ),
    (
        "scheduler|schedulers",
        "job|task|cron|batch|backup|windows|quartz|report|kubernetes|media|social|post|posting|content|campaign|email",
    ),
    (
        "dispenser|dispensers",
        "soap|tape|seal|sanitiser|sanitizer|gel|water|glove|towel|label|paper|cash|ticket|fuel",
    ),
    (
        "marker|markers",
        "fraud|floor|risk|tumour|tumor|genetic|pen|lane|line|board|highlighter",
    ),
    ("reporter|reporters", "crash|error|bug"),
    // A machine's or a network's controller, not a finance one: "lift
    // controller doesn't time out".
    (
        "controller|controllers",
        "lift|elevator|motor|logic|door|temperature|flow|pressure|charge|charging|domain|raid|storage|wireless|boiler|fan|pump|speed|plc|hvac|bms|game|usb|disk|brew|climate|kiln|irrigation|heating|fermentation|environmental|lighting",
    ),
    // What is issued again, not an act done again: "repeat labels
    // regenerated from the current prescription".
    (
        "label|labels|prescription|prescriptions|order|orders|visit|visits|dispensing",
        "repeat",
    ),
    // A limit named by what it limits, not an act: "refund limit shown in
    // the CRM".
    (
        "limit|limits",
        "refund|credit|discount|spend|spending|payment|approval",
    ),
    // A length of pipe, not a part of a document: "pipe section replaced".
    (
        "section|sections",
        "pipe|cable|duct|rail|track|beam|hose|road|fence|wall|roof|floor|kerb|tube|conduit|trench",
    ),
    // What a tool protects against, not an act: "delete protection and owner
    // tags enforced".
    (
        "protection",
        "delete|deletion|tamper|overwrite|write|copy|branch|fall|edge|frost|fire|overload|surge",
    ),
    // A shift told by its length is the roster, not the people on it:
    // "twelve-hour shifts with no scheduled breaks".
    (
        "shift|shifts",
        "8-hour|eight-hour|10-hour|ten-hour|12-hour|twelve-hour|14-hour|fourteen-hour|16-hour|sixteen-hour|long|double|split|back-to-back|extended",
    ),
    // A machine's guard, not a security guard: "the mandoline guard is missing".
    (
        "guard|guards",
        "machine|mandoline|blade|saw|chuck|belt|chain|fixed|interlocked|finger|nip|shaft|fan|lathe|press|drill|grinder|spindle|cutter|slicer|mower|roller|gear|pulley|mesh|perimeter|edge|splash|hand|wheel|pto|auger|conveyor|coupling|drive",
    ),
    // Software named a manager ("the password manager"); a change, security
    // or vulnerability manager is a person.
    (
        "manager|managers",
        "read|write|admin|firewall|certificate|secret|secrets|device|identity|log|event|patch|password|package|task|file|window|download|backup|edr|monitoring|endpoint|software|antivirus|av|update|user|channel|cluster|queue|connection|session|license|licence|display|boot|workload",
    ),
    (
        "receiver|receivers",
        "gps|gnss|radio|satellite|signal|tv|ais|vhf|uhf|wireless|usb|bluetooth|dab|fm|telemetry",
    ),
    // A system's master record, not a ship's master: "the ERP product master".
    (
        "master|masters",
        "product|data|item|vendor|customer|material|supplier|instrument|golden|recipe",
    ),
    (
        "tester|testers",
        "seal|leak|pressure|capacity|battery|pat|insulation|cable|continuity|loop|voltage|brake",
    ),
    (
        "runner|runners",
        "ci|github|gitlab|self-hosted|build|test|job",
    ),
    // Software that a person is the client of: "the email client proposes".
    (
        "client|clients",
        "email|mail|vpn|desktop|thin|web|ftp|sftp|ssh|rdp|api|sync|software|citrix|remote-desktop",
    ),
    (
        "data|copy|copies|branch|key|keys|password|passwords|file|files|record|records|list|lists|plan|schedule|switch|account|accounts|image|template|agreement",
        "master",
    ),
    // A referral's paperwork and rules, not people referred: "referral
    // rules hard-coded".
    (
        "rule|rules|letter|letters|form|forms|pathway|pathways|criteria|step|steps|queue",
        "referral",
    ),
    // A device that checks notes, not a note: "note detector at every till".
    (
        "detector|detectors|checker|checkers|counter|counters",
        "note|banknote",
    ),
    // Where aircraft park, or how someone is reached, not a call to make:
    // "docking guidance installed on all contact stands".
    ("stand|stands|details|number|numbers", "contact"),
    // A list that screens, not a watch kept: "watch list check added to the
    // gate reader".
    ("list|lists", "watch|block|deny|sanctions|exclusion"),
];

/// Whether two words form one of those compounds. Asked of every pair of
/// adjacent words, so the lists are looked up, not matched as a pattern.
fn compound(head: &str, tail: &str) -> bool {
    /// The words of a list of alternatives, `s?` spelt out.
    fn words(list: &'static str) -> HashSet<String> {
        list.split('|')
            .flat_map(|w| match w.strip_suffix("s?") {
                Some(stem) => vec![stem.to_string(), format!("{stem}s")],
                None => vec![w.to_string()],
            })
            .collect()
    }
    static HEADS: LazyLock<HashSet<String>> = LazyLock::new(|| words(COMPOUND_HEAD));
    static TAILS: LazyLock<HashSet<String>> = LazyLock::new(|| words(COMPOUND_TAIL));
    // Each word that ends a role or a piece of software, with the words
    // that may stand before it.
    static PAIRS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| {
        ROLES
            .iter()
            .chain(THINGS)
            .flat_map(|(tails, heads)| tails.split('|').map(move |t| (t, *heads)))
            .collect()
    });
    (TAILS.contains(tail) && HEADS.contains(head))
        || PAIRS
            .get(tail)
            .is_some_and(|heads| heads.split('|').any(|h| h == head))
}

/// Whether a joined word is a machine or software named by what it does: a
/// "brew-controller", a "job-scheduler", a "soap-dispenser" (a pair of
/// `THINGS` whose last word is an agent noun, which alone would be a person).
/// (Not a manager: an "event manager" or a "task manager" may be either.)
pub(super) fn a_device(word: &str) -> bool {
    let Some((head, tail)) = word.rsplit_once('-') else {
        return false;
    };
    ["er", "ers", "or", "ors"].iter().any(|e| tail.ends_with(e))
        && !tail.starts_with("manager")
        && THINGS.iter().any(|(tails, heads)| {
            tails.split('|').any(|t| t == tail) && heads.split('|').any(|h| h == head)
        })
}

/// `normalise`'s lists of pairs joined into one word, and one regex of
/// them all.
static COMPOUND: LazyLock<(Regex, Vec<Regex>)> = LazyLock::new(|| {
    let patterns: Vec<String> =
        std::iter::once(format!(r"\b({COMPOUND_HEAD}) ({COMPOUND_TAIL})\b"))
            .chain(
                ROLES
                    .iter()
                    .chain(THINGS)
                    .map(|(tails, heads)| format!(r"\b({heads}) ({tails})\b")),
            )
            .collect();
    let each = patterns.iter().map(|p| Regex::new(p).expect("valid"));
    (
        Regex::new(&patterns.join("|")).expect("valid"),
        each.collect(),
    )
});

/// Lower case, straight quotes, contractions expanded, US spelling, single spaces.
pub fn normalise(text: &str) -> String {
    // Most statements are ASCII: lower-cased in one pass, not char by char.
    let mut t: String = if text.is_ascii() {
        let t = text.to_ascii_lowercase();
        if t.contains('`') {
            t.replace('`', "'")
        } else {
            t
        }
    } else {
        text.chars()
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => '\'',
                '\u{201C}' | '\u{201D}' => '"',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    };
    for (from, to) in [
        ("won't", "will not"),
        ("can't", "can not"),
        ("cannot", "can not"),
        ("n't", " not"),
    ] {
        if t.contains(from) {
            t = t.replace(from, to);
        }
    }
    let mut t = us_spelling(&t);
    // The lists join pairs one after another, each on the text the ones
    // before it left. A text none of them matches as it stands, as most do
    // not, is left as it is; one regex of them all finds those with one scan
    // instead of one a list.
    let (any, each) = &*COMPOUND;
    if any.is_match(&t) {
        for compound in each {
            if compound.is_match(&t) {
                t = compound.replace_all(&t, "$1-$2").into_owned();
            }
        }
    }
    let mut spaced = String::with_capacity(t.len());
    for word in t.split_whitespace() {
        if !spaced.is_empty() {
            spaced.push(' ');
        }
        spaced.push_str(word);
    }
    spaced
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_that_open_alike_share_their_opening() {
        let lines = |ls: &[&str]| ls.iter().map(|l| l.to_string()).collect::<Vec<_>>();
        assert_eq!(
            alternation(&lines(&[
                "{person} forgot",
                "by {person}$",
                "{person} (?:ran|left)"
            ])),
            "(?:{person}(?:(?: forgot)|(?: (?:ran|left))))|(?:by {person}(?:(?:$)))"
        );
        // A line of several alternatives, a `{name}` inside brackets and
        // a repetition count stay as they are.
        let kept = ["{person} a|b c", "(?:x {person}) y", "a{0,2} b"];
        assert_eq!(
            alternation(&lines(&kept)),
            "(?:{person} a|b c)|(?:(?:x {person}) y)|(?:a{0,2} b)"
        );
    }

    #[test]
    fn a_definitions_phrases_are_its_alternatives_of_more_than_one_word() {
        assert_eq!(
            phrases_of("(?:forms?|job descriptions?|training (?:plan|records?)|tools?)"),
            "job descriptions?|training (?:plan|records?)"
        );
        assert_eq!(phrases_of("(?:forms?|tools?)"), r"\b\B");
    }

    /// Marked things still read as themselves to the other words of a
    /// line ("has no check", "the oversight process"), and a thing of two
    /// words is found whole.
    #[test]
    fn things_are_found_marked() {
        let p = Phrases::builtin();
        for (cause, gap) in [
            (
                "The intake form does not check the date.",
                "form does not check",
            ),
            (
                "There is no oversight process for it.",
                "no oversight process",
            ),
            (
                "The job descriptions do not mention the duty.",
                "job descriptions do not mention",
            ),
            (
                "The training plan has no step for leavers.",
                "training plan has no",
            ),
        ] {
            let j = p.judge_cause(cause);
            assert!(!j.shallow, "{cause}");
            assert_eq!(&cause[j.words[0].clone()], gap, "{cause}");
        }
    }

    #[test]
    fn normalises_quotes_contractions_and_spelling() {
        assert_eq!(normalise("He DIDN’T  realise"), "he did not realize");
        // A team of two words is one noun, as `Text` reads it.
        assert_eq!(
            normalise("The Service Desk ignored the user access list"),
            "the service-desk ignored the user-access list"
        );
        assert!(
            Phrases::builtin()
                .shallow_cause("The service desk ignored the backup failure emails.")
                .is_some()
        );
        assert_eq!(
            normalise("The harbour masters and the master data"),
            "the harbour-masters and the master-data"
        );
        assert_eq!(
            normalise("Judgement of the organisation's behaviour"),
            "judgment of the organization's behavior"
        );
    }

    #[test]
    fn every_line_of_the_data_lies_in_a_section() {
        // `sections` drops what comes before the first header, and a header
        // mistyped reads as a line of the section before it.
        let lines = || {
            DATA.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        assert_eq!(lines().next(), Some("[define]"));
        for line in lines().filter(|l| l.starts_with('[')) {
            assert!(line.ends_with(']'), "{line}");
        }
    }

    #[test]
    fn a_list_trimmed_to_nothing_matches_nothing() {
        let every_line = sections(DATA)
            .into_iter()
            .flat_map(|(_, lines)| lines)
            .collect();
        let p = Phrases::new(&ShallowPhrases {
            add: Vec::new(),
            remove: every_line,
        })
        .unwrap();
        assert!(p.shallow_cause("The administrator forgot.").is_none());
        assert_eq!(p.rank("Remind staff.").tier, None);
    }

    #[test]
    fn an_added_phrase_is_read_as_the_text_is() {
        // The clause's text joins "master data" into one word; the phrase
        // added in the config must be joined the same way to match it.
        let p = Phrases::new(&ShallowPhrases {
            add: vec!["master data edited by hand".into()],
            remove: Vec::new(),
        })
        .unwrap();
        assert!(
            p.shallow_cause("The master data edited by hand again.")
                .is_some()
        );
    }

    #[test]
    fn config_extends_and_trims_the_lists() {
        let p = Phrases::new(&ShallowPhrases {
            add: vec![
                "haphazard filing".into(),
                "weak-action: toolbox chat".into(),
            ],
            remove: vec!["oversights?".into()],
        })
        .unwrap();
        assert!(
            Phrases::builtin()
                .shallow_cause("Haphazard filing.")
                .is_none()
        );
        assert!(p.shallow_cause("Haphazard filing.").is_some());
        assert!(
            Phrases::builtin()
                .shallow_cause("Oversight in the design review.")
                .is_some()
        );
        assert!(p.shallow_cause("Oversight in the design review.").is_none());
        assert_eq!(
            p.rank("Hold a toolbox chat with the team").tier,
            Some(Tier::People)
        );
    }

    /// `{thing}` as a set of words: each spelling its alternatives allow,
    /// none of the alternatives of more than one word.
    #[test]
    fn the_things_are_every_word_thing_matches() {
        let p = Phrases::builtin();
        for word in [
            "tool",
            "tools",
            "organisation",
            "organization",
            "back-up",
            "backups",
        ] {
            assert!(p.things.contains(word), "{word}");
        }
        for word in [
            "seal-tester",
            "brake-testers",
            "password-manager",
            "deputies",
        ] {
            assert!(p.things.contains(word), "{word}");
        }
        for word in ["operator", "toolss", "job descriptions", "password manager"] {
            assert!(!p.things.contains(word), "{word}");
        }
    }
}

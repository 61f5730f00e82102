//! Words with their place in the original text, and clauses with their place
//! in a causal chain. The phrase lists are matched on `Text::norm`, which
//! reads like `normalise` gives, and every match maps back to the bytes of
//! the original statement, so a diagnostic can underline the words that
//! decided it.

use foldhash::HashMap;
use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

/// One word or punctuation mark.
#[derive(Clone, Debug)]
pub struct Token {
    /// Bytes of the original text.
    pub span: Range<usize>,
    /// Lower case, straight apostrophes, US spelling, contractions expanded.
    pub norm: String,
    /// What inflections share (see `lemma`).
    lemma: Lemma,
    /// Capitalised in the original (names).
    pub capital: bool,
    /// Written in capitals, two letters or more ("IT", "QA").
    pub acronym: bool,
    /// A user's handle, "@dana" (the token is "dana"; its span takes in the "@").
    pub handle: bool,
    /// A capitalised word after a title written as one ("Dr Okafor",
    /// "Ms. Reyes"): a surname, which no list of given names holds.
    pub titled: bool,
    /// A word after a grade ("senior processor", "junior associate"): a
    /// role, where the word alone may name a thing ("the payment processor").
    pub graded: bool,
    /// In a text typed with no capital at all, as chat often is: a given
    /// name may be in lower case there ("priya rotated the cert").
    pub uncased: bool,
    /// Whether a space separates it from the token before, in `norm`.
    pub space_before: bool,
    /// Whether a line break came before it.
    pub line_start: bool,
}

/// Where a token's lemma is kept: most often it is the start of its own
/// normalised form ("rotat" of "rotated"), which needs no string of its
/// own; tokenising allocated one for every word of every statement.
#[derive(Clone, Debug)]
enum Lemma {
    /// The first bytes of `norm`.
    Start(usize),
    /// The stem of an irregular form's base ("forget" for "forgot").
    Fixed(&'static str),
    Own(String),
}

impl Lemma {
    fn of(word: &str) -> Lemma {
        if let Some(base) = FORMS.get(word) {
            return match stem(base) {
                Cow::Borrowed(s) => Lemma::Fixed(s),
                Cow::Owned(s) => Lemma::Own(s),
            };
        }
        match lemma_of(word) {
            Cow::Borrowed(s) => Lemma::Start(s.len()),
            Cow::Owned(s) => Lemma::Own(s),
        }
    }

    /// The lemma's text, `word` being the word it was made of.
    fn of_word<'a>(&'a self, word: &'a str) -> &'a str {
        match self {
            Lemma::Start(n) => &word[..*n],
            Lemma::Fixed(s) => s,
            Lemma::Own(s) => s,
        }
    }
}

impl Token {
    /// What inflections share: "forgot", "forgotten" and "forgets" give "forget".
    pub fn lemma(&self) -> &str {
        self.lemma.of_word(&self.norm)
    }

    /// A word in "-s" but not "-ss": a plural, or a verb in the present
    /// tense ("flags", "staff badges"; not "pass").
    pub fn s_form(&self) -> bool {
        self.norm.ends_with('s') && !self.norm.ends_with("ss")
    }

    pub fn is_word(&self) -> bool {
        self.norm.starts_with(|c: char| c.is_alphanumeric())
    }

    /// Whether it looks like a past form: "-ed", or an irregular past
    /// ("sent", "bound"), not the forms of "be" and "have".
    /// ("Feed swapped back": "feed", "need", "proceed" only end so.)
    pub fn is_past(&self) -> bool {
        let base_in_eed = matches!(
            self.norm.as_str(),
            "feed"
                | "need"
                | "seed"
                | "weed"
                | "heed"
                | "deed"
                | "speed"
                | "bleed"
                | "breed"
                | "greed"
                | "proceed"
                | "succeed"
                | "exceed"
                | "indeed"
        );
        self.norm.ends_with("ed") && !base_in_eed || irregular_past(&self.norm)
    }

    /// A lower-case word of three letters or more, neither an adverb in
    /// "-ly" nor a past form: a word that can be a noun.
    pub fn could_be_noun(&self) -> bool {
        let w = self.norm.as_str();
        self.is_word()
            && !self.capital
            && w.len() >= 3
            // ("Near-miss", "hi-vis": a hyphen may join its parts.)
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && !w.starts_with('-')
            && !w.ends_with('-')
            && !w.ends_with("ly")
            && !self.is_past()
    }

    /// Whether it looks like an "-ing" form ("leaving", "reporting"), not a
    /// short word that only ends so ("thing", "bring").
    pub fn is_ing_form(&self) -> bool {
        self.norm.len() > 5 && self.norm.ends_with("ing")
    }

    /// An "-ing" or "-ed" form ("guarding", "staffed"), which may share its
    /// lemma with a noun.
    pub fn is_verb_form(&self) -> bool {
        self.is_ing_form() || self.norm.ends_with("ed")
    }
}

/// A statement as tokens, and their normalised text.
pub struct Text {
    pub tokens: Vec<Token>,
    pub norm: String,
    /// Where each token starts and ends in `norm`.
    places: Vec<Range<usize>>,
}

impl Text {
    pub fn new(original: &str) -> Text {
        let mut tokens = tokenise(original);
        // "user access" is one thing, not a user.
        let mut i = 1;
        while i < tokens.len() {
            if tokens[i].space_before && super::compound(&tokens[i - 1].norm, &tokens[i].norm) {
                let tail = tokens.remove(i);
                let head = &mut tokens[i - 1];
                head.norm = format!("{}-{}", head.norm, tail.norm);
                head.lemma = Lemma::of(&head.norm);
                head.span.end = tail.span.end;
            }
            i += 1;
        }
        let mut norm = String::with_capacity(original.len());
        let mut places = Vec::with_capacity(tokens.len());
        for t in &tokens {
            if t.space_before && !norm.is_empty() {
                norm.push(' ');
            }
            let start = norm.len();
            norm.push_str(&t.norm);
            places.push(start..norm.len());
        }
        Text {
            tokens,
            norm,
            places,
        }
    }

    /// The part of `norm` that tokens `range` cover.
    pub fn norm_of(&self, range: Range<usize>) -> (usize, &str) {
        if range.is_empty() {
            return (0, "");
        }
        let start = self.places[range.start].start;
        let end = self.places[range.end - 1].end;
        (start, &self.norm[start..end])
    }

    /// Whether token `i` opens a clause where an order may begin: first, or
    /// after a stop, a list mark, "and" or "then".
    pub fn opens_clause(&self, i: usize) -> bool {
        i.checked_sub(1).is_none_or(|b| {
            matches!(
                self.tokens[b].norm.as_str(),
                "." | ";" | ":" | "and" | "then" | ")" | "-" | "*" | "\u{2022}"
            )
        })
    }

    /// Where token `i` stands in `norm`.
    pub fn place(&self, i: usize) -> Range<usize> {
        self.places[i].clone()
    }

    /// The tokens a range of `norm` touches.
    pub fn tokens_at(&self, norm: Range<usize>) -> Range<usize> {
        let first = self.places.partition_point(|p| p.end <= norm.start);
        let last = self.places.partition_point(|p| p.start < norm.end);
        first..last.max(first)
    }

    /// The original bytes of the tokens a range of `norm` touches.
    pub fn norm_span(&self, norm: Range<usize>) -> Range<usize> {
        self.span(self.tokens_at(norm))
    }

    /// The original bytes of tokens `range`.
    pub fn span(&self, range: Range<usize>) -> Range<usize> {
        match (self.tokens.get(range.start), range.end.checked_sub(1)) {
            (Some(first), Some(last)) if last >= range.start => {
                first.span.start..self.tokens[last].span.end
            }
            _ => 0..0,
        }
    }
}

/// Splits text into words and punctuation. A dot inside a word ("e.g",
/// "export.csv") or after an initial or a title ("J.", "Mr.") stays in the
/// word; "driver's" gives "driver" and "'s"; "didn't" gives "did" and "not".
fn tokenise(text: &str) -> Vec<Token> {
    // A token takes some five or six bytes of English with its space:
    // sized ahead, the list is not copied as it grows.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    let mut chars = text.char_indices().peekable();
    let mut space = false;
    let mut line = true;
    let mut handle = false;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            space = true;
            line |= c == '\n';
            continue;
        }
        // "@dana", not "bob@example.com".
        if c == '@'
            && (space || out.is_empty())
            && chars.peek().is_some_and(|&(_, d)| d.is_alphanumeric())
        {
            handle = true;
            continue;
        }
        // "w/o", as chat and notes write "without".
        let rest = &text.as_bytes()[i..];
        if rest.len() >= 3
            && rest[..3].eq_ignore_ascii_case(b"w/o")
            && !rest.get(3).is_some_and(u8::is_ascii_alphanumeric)
        {
            out.push(token(i..i + 3, "without".to_string(), false, space, line));
            for _ in 0..2 {
                chars.next();
            }
            space = false;
            line = false;
            continue;
        }
        let mut end = i + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(j, d)) = chars.peek() {
                let joins = matches!(d, '-' | '.' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || joins {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            // A dot after an initial or a title belongs to it.
            // (So does one after a shop-floor abbreviation that a sentence
            // goes on from: "op. ran m/c w/ guard open"; its word stays
            // the abbreviation.)
            let mut abbreviated = false;
            if let Some(&(j, '.')) = chars.peek() {
                let word = text[i..end].to_lowercase();
                // (An initial is a capital letter: "0.1 g." ends its
                // sentence, and "2." numbers the next.)
                let initial = text[i..end].chars().count() == 1 && c.is_uppercase();
                if initial || TITLES.contains(&word.as_str()) {
                    end = j + 1;
                    chars.next();
                } else if ABBREVIATIONS.contains(&word.as_str()) && goes_on_lower(&text[j + 1..]) {
                    abbreviated = true;
                    chars.next();
                }
            }
            let at = out.len();
            push_word(&mut out, text, i..end, space, line);
            if abbreviated && let Some(t) = out.last_mut() {
                t.span.end += 1;
            }
            if std::mem::take(&mut handle)
                && let Some(t) = out.get_mut(at)
            {
                t.handle = true;
                t.span.start -= 1;
            }
        } else {
            let norm = match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '\u{00B4}' => "'".to_string(),
                '\u{201C}' | '\u{201D}' => "\"".to_string(),
                '\u{2013}' | '\u{2014}' => "-".to_string(),
                c => c.to_string(),
            };
            out.push(token(i..end, norm, false, space, line));
        }
        space = false;
        line = false;
    }
    if !out.iter().any(|t| t.capital) {
        for t in &mut out {
            t.uncased = true;
        }
    }
    for i in 1..out.len() {
        let title = &out[i - 1];
        let titled = title.capital
            && (!title.acronym && PERSONAL_TITLES.contains(&title.norm.trim_end_matches('.'))
                || RANKS.contains(&title.norm.trim_end_matches('.')));
        if titled && out[i].capital {
            out[i].titled = true;
        }
        // Senior management decides for the organisation: what it did not
        // fund is a resource decision, not a person's slip.
        let body = matches!(out[i].norm.as_str(), "management" | "leadership");
        if GRADES.contains(&out[i - 1].norm.as_str()) && out[i].is_word() && !body {
            out[i].graded = true;
        }
    }
    out
}

/// Titles that stand before a surname. "DR" (disaster recovery) and "MS"
/// are acronyms, not titles, and "St" names places.
const PERSONAL_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "prof"];

/// Ranks written before a surname, some in capitals: "PC Hughes", "Sgt
/// Patel", "Cllr Jones".
const RANKS: &[&str] = &[
    "pc", "wpc", "dc", "ds", "di", "dci", "sgt", "insp", "supt", "cpl", "pte", "lt", "capt", "cllr",
];

/// Grades that stand before a role.
const GRADES: &[&str] = &["senior", "junior"];

const TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc"];

/// Abbreviations that shop-floor notes end with a dot in mid-sentence
/// ("QC insp. skipped the check").
const ABBREVIATIONS: &[&str] = &[
    "op", "ops", "insp", "tech", "eng", "dept", "approx", "mgr", "supv", "qty", "nos", "ref",
    "spec", "incl", "maint", "prod", "mfg", "cust", "reqd", "std",
];

/// Whether the text after a dot goes on with a word in lower case, as a
/// sentence does after an abbreviation and not after its end.
fn goes_on_lower(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_whitespace)
        && chars
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_lowercase)
}

/// Words that hold a "not", ending in "not" or in "nt" ("didnt": "did",
/// "not").
const NEGATED: &[&str] = &[
    "cannot", "didnt", "dont", "doesnt", "wasnt", "werent", "hasnt", "havent", "hadnt", "isnt",
    "arent", "couldnt", "wouldnt", "shouldnt",
];

fn push_word(out: &mut Vec<Token>, text: &str, span: Range<usize>, space: bool, line: bool) {
    let original = &text[span.clone()];
    let capital = original.starts_with(char::is_uppercase);
    let lower: String = if original.is_ascii() {
        original.to_ascii_lowercase()
    } else {
        original
            .chars()
            .map(|c| match c {
                '\u{2019}' => '\'',
                '\u{2010}' | '\u{2011}' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect()
    };
    // ("Sup OK'd rework verbally": approved, not "ok would"; so is any
    // word but a pronoun: "reviewer LGTM'd the diff", "ack'd the page".)
    if matches!(lower.as_str(), "ok'd" | "okay'd") {
        out.push(token(span, "okayed".to_string(), capital, space, line));
        return;
    }
    if let Some(head) = lower.strip_suffix("'d")
        && head.len() >= 2
        && !matches!(
            head,
            "i" | "you"
                | "he"
                | "she"
                | "it"
                | "we"
                | "they"
                | "who"
                | "that"
                | "there"
                | "what"
                | "where"
                | "how"
                | "why"
                | "when"
        )
    {
        out.push(token(span, format!("{head}ed"), capital, space, line));
        return;
    }
    // Contractions and the possessive become tokens of their own.
    for (suffix, first, second) in [
        ("won't", "will", "not"),
        ("can't", "can", "not"),
        ("n't", "", "not"),
        ("'s", "", "'s"),
        ("'re", "", "are"),
        ("'ve", "", "have"),
        ("'ll", "", "will"),
        ("'d", "", "would"),
        ("'m", "", "am"),
    ] {
        if lower.len() > suffix.len() && lower.ends_with(suffix) || lower == suffix {
            let cut = span.end - suffix.len();
            let head = if first.is_empty() {
                lower[..lower.len() - suffix.len()].to_string()
            } else {
                first.to_string()
            };
            if !head.is_empty() {
                out.push(token(span.start..cut, head, capital, space, line));
            }
            let mut tail = token(cut..span.end, second.to_string(), false, false, false);
            tail.space_before = second != "'s";
            out.push(tail);
            return;
        }
    }
    // "Cannot", and a negation typed without its apostrophe: "L1 didnt
    // escalate".
    if let Some(head) = NEGATED
        .contains(&lower.as_str())
        .then(|| {
            lower
                .strip_suffix("not")
                .or_else(|| lower.strip_suffix("nt"))
        })
        .flatten()
    {
        let cut = head.len();
        out.push(token(
            span.start..span.start + cut,
            head.to_string(),
            capital,
            space,
            line,
        ));
        out.push(token(
            span.start + cut..span.end,
            "not".into(),
            false,
            true,
            false,
        ));
        return;
    }
    let norm = super::us_word(&lower).map_or(lower, str::to_string);
    let mut t = token(span, norm, capital, space, line);
    // Most words are settled by their first letter.
    t.acronym =
        capital && original.chars().nth(1).is_some() && original.chars().all(char::is_uppercase);
    out.push(t);
}

fn token(span: Range<usize>, norm: String, capital: bool, space: bool, line: bool) -> Token {
    Token {
        acronym: false,
        handle: false,
        titled: false,
        graded: false,
        uncased: false,
        lemma: Lemma::of(&norm),
        span,
        norm,
        capital,
        space_before: space,
        line_start: line,
    }
}

/// A crude but consistent stem: the lexicon goes through the same function,
/// so "tidied", "tidies" and "tidy" meet at "tidi", and "rotated" and
/// "rotate" at "rotat". Irregular forms come from a table first.
pub fn lemma(word: &str) -> String {
    Lemma::of(word).of_word(word).to_string()
}

/// `lemma` of a word that is not an irregular form: borrowed when it is the
/// word's start.
fn lemma_of(word: &str) -> Cow<'_, str> {
    // "re-ran", "rebuilt", "re-imaged": the prefix without its hyphen, and
    // the irregular form after it.
    if let Some(rest) = word.strip_prefix("re-").or_else(|| word.strip_prefix("re")) {
        if let Some(base) = FORMS.get(rest) {
            return Cow::Owned(format!("re{}", stem(base)));
        }
        if word.starts_with("re-") {
            return Cow::Owned(stem(&format!("re{rest}")).into_owned());
        }
    }
    stem(word)
}

/// Each irregular form and its base (`IRREGULAR`, one row a base): looked
/// up for every word of every statement, so hashed, not scanned, and with
/// foldhash, as are the analysis's other word tables: std's SipHash, made
/// to resist hostile keys, was 3% of lint, and these keys are our own words.
static FORMS: LazyLock<HashMap<&str, &str>> = LazyLock::new(|| {
    IRREGULAR
        .iter()
        .flat_map(|(forms, base)| forms.split(' ').map(move |f| (f, *base)))
        .collect()
});

/// Whether a word is an irregular form of a verb ("is", "sent").
pub fn irregular_form(word: &str) -> bool {
    FORMS.contains_key(word)
}

/// Whether a word is an irregular past form ("sent", "re-sent", "done").
pub fn irregular_past(word: &str) -> bool {
    // "Re-sent", and without the hyphen "rerun", "rebuilt", "resent".
    let form = word
        .strip_prefix("re-")
        .filter(|w| !w.is_empty())
        .or_else(|| word.strip_prefix("re").filter(|w| FORMS.contains_key(w)))
        .unwrap_or(word);
    !form.ends_with('s')
        && !form.ends_with("ing")
        && FORMS
            .get(form)
            .is_some_and(|base| !matches!(*base, "be" | "have" | "shall" | "will" | "can"))
}

fn stem(word: &str) -> Cow<'_, str> {
    let w = word;
    let n = w.len();
    if n <= 3 || !w.is_ascii() {
        return Cow::Borrowed(w);
    }
    // How much of the word the stem keeps; it only ever drops an ending,
    // except for the "y" that becomes "i".
    let mut k = if let Some(x) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        x.len() + 1
    } else if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        n
    } else if let Some(x) = w.strip_suffix("ing").filter(|x| x.len() >= 3) {
        x.len()
    } else if let Some(x) = w.strip_suffix("ed").filter(|x| x.len() >= 3) {
        x.len()
    } else if let Some(x) = w
        .strip_suffix("es")
        .filter(|x| x.ends_with("sh") || x.ends_with("ch") || x.ends_with('x') || x.ends_with("ss"))
    {
        x.len()
    } else if w.ends_with('s') {
        n - 1
    } else {
        n
    };
    let b = w.as_bytes();
    if k >= 4 && b[k - 1] == b[k - 2] && !matches!(b[k - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        k -= 1;
    }
    if k > 3 && b[k - 1] == b'e' {
        k -= 1;
    }
    // "tidy" meets "tidied" at "tidi".
    if k > 3 && b[k - 1] == b'y' && !matches!(b[k - 2], b'a' | b'e' | b'o' | b'u') {
        return Cow::Owned(format!("{}i", &w[..k - 1]));
    }
    Cow::Borrowed(&w[..k])
}

/// Irregular forms and their base, one base a line.
const IRREGULAR: &[(&str, &str)] = &[
    ("is are was were been being am", "be"),
    ("has had having", "have"),
    ("does did done doing", "do"),
    ("forgot forgotten forgets forgetting", "forget"),
    ("ran run runs running", "run"),
    ("let lets letting", "let"),
    ("left leaves leaving", "leave"),
    ("made makes making", "make"),
    ("took taken takes taking", "take"),
    ("gave given gives giving", "give"),
    ("knew known knows knowing", "know"),
    ("lost loses losing", "lose"),
    ("sent sends sending", "send"),
    ("built builds building", "build"),
    ("threw thrown throws throwing", "throw"),
    ("chose chosen chooses choosing", "choose"),
    ("wrote written writes writing", "write"),
    ("went gone goes going", "go"),
    ("came comes coming", "come"),
    ("got gotten gets getting", "get"),
    ("told tells telling", "tell"),
    ("thought thinks thinking", "think"),
    ("found finds finding", "find"),
    ("kept keeps keeping", "keep"),
    ("bought buys buying", "buy"),
    ("brought brings bringing", "bring"),
    (
        "overrode overridden overrides over-rode over-ridden over-rides",
        "override",
    ),
    ("misread misreads misreading", "misread"),
    ("mistook mistaken mistakes", "mistake"),
    ("saw seen sees", "see"),
    ("shown showed shows showing", "show"),
    ("fed feeds feeding", "feed"),
    ("set sets setting", "set"),
    ("put puts putting", "put"),
    ("cut cuts cutting", "cut"),
    ("shod", "shoe"),
    ("shut shuts shutting", "shut"),
    ("spread spreads spreading", "spread"),
    ("quit quits quitting", "quit"),
    ("hurt hurts hurting", "hurt"),
    ("burst bursts bursting", "burst"),
    ("cast casts casting", "cast"),
    ("spoke spoken speaks", "speak"),
    ("led leads leading", "lead"),
    ("held holds holding", "hold"),
    ("bound binds binding", "bind"),
    ("drove driven drives driving", "drive"),
    ("drew drawn draws drawing", "draw"),
    ("withdrew withdrawn withdraws withdrawing", "withdraw"),
    ("underwent undergone undergoes undergoing", "undergo"),
    ("undertook undertaken undertakes undertaking", "undertake"),
    ("taught teaches teaching", "teach"),
    ("stood stands standing", "stand"),
    ("lent lends lending", "lend"),
    ("overwrote overwritten overwrites overwriting", "overwrite"),
    ("sold sells selling", "sell"),
    ("broke broken breaks breaking", "break"),
    ("met meets meeting", "meet"),
    ("paid pays paying", "pay"),
    ("rang rung rings", "ring"),
    ("began begun begins", "begin"),
    ("fell fallen falls", "fall"),
    ("understood understands", "understand"),
    ("wore worn wears wearing", "wear"),
    ("misunderstood misunderstands", "misunderstand"),
    ("froze frozen freezes freezing", "freeze"),
    ("swept sweeps sweeping", "sweep"),
    ("rode rides riding", "ride"),
    ("dug digs digging", "dig"),
    ("laid lays laying", "lay"),
    ("hung hangs hanging", "hang"),
    ("slid slides sliding", "slide"),
    ("swung swings swinging", "swing"),
    ("spun spins spinning", "spin"),
    ("ate eaten eats eating", "eat"),
    ("flew flown flying", "fly"),
    ("caught catches catching", "catch"),
    ("slept sleeps sleeping", "sleep"),
    ("stole stolen steals stealing", "steal"),
    ("sat sits sitting", "sit"),
    ("hid hides hiding", "hide"),
    ("overslept oversleeps oversleeping", "oversleep"),
    ("mislaid mislays mislaying", "mislay"),
    ("misled misleads misleading", "mislead"),
    ("spent spends spending", "spend"),
    ("sought seeks seeking", "seek"),
    ("dealt deals dealing", "deal"),
    ("heard hears hearing", "hear"),
    ("blew blown blows blowing", "blow"),
    ("grew grown grows growing", "grow"),
    ("sank sunk sinks sinking", "sink"),
    ("fled flees fleeing", "flee"),
    ("tore torn tears tearing", "tear"),
    ("bent bends bending", "bend"),
    ("stuck sticks sticking", "stick"),
    ("slung slings slinging", "sling"),
    // ("Drunk" stays the state: "was drunk on duty".)
    ("drank drinks drinking", "drink"),
    ("swam swum swims swimming", "swim"),
    ("overtook overtaken overtakes overtaking", "overtake"),
    ("shook shaken shakes shaking", "shake"),
    ("crept creeps creeping", "creep"),
    ("leapt leaps leaping", "leap"),
    ("knelt kneels kneeling", "kneel"),
    ("should", "shall"),
    ("would", "will"),
    ("could", "can"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_their_bytes_and_norm_reads_like_normalise() {
        let t = Text::new("The driver’s failure. He didn't check J. Smith's list.");
        let words: Vec<&str> = t.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            [
                "the", "driver", "'s", "failure", ".", "he", "did", "not", "check", "j.", "smith",
                "'s", "list", "."
            ]
        );
        assert_eq!(
            t.norm,
            "the driver's failure. he did not check j. smith's list."
        );
        let m = t.norm.find("failure").unwrap();
        let range = t.tokens_at(m..m + "failure".len());
        assert_eq!(
            &"The driver’s failure. He didn't check J. Smith's list."[t.span(range)],
            "failure"
        );
    }

    #[test]
    fn w_slash_o_is_without() {
        let t = Text::new("Merged W/O review, w/out a test, w/owner.");
        assert_eq!(t.norm, "merged without review, w/out a test, w/owner.");
        assert_eq!(&"Merged W/O review"[t.tokens[1].span.clone()], "W/O");
    }

    #[test]
    fn a_shop_floor_abbreviation_keeps_its_dot_in_mid_sentence() {
        let text = "QC insp. skipped it. Blame the op. Then tech. done.";
        let t = Text::new(text);
        assert_eq!(t.norm, "qc insp skipped it. blame the op. then tech done.");
        assert_eq!(&text[t.tokens[1].span.clone()], "insp.");
    }

    #[test]
    fn a_dot_after_a_capital_initial_belongs_to_it_but_not_after_a_digit_or_a_unit() {
        let t = Text::new("J. Smith read 0.1 g. 2. Add it.");
        let words: Vec<&str> = t.tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            words,
            [
                "j.", "smith", "read", "0.1", "g", ".", "2", ".", "add", "it", "."
            ]
        );
    }

    /// The words of `text` whose tokens have a flag.
    fn flagged(text: &str, flag: fn(&Token) -> bool) -> Vec<String> {
        Text::new(text)
            .tokens
            .into_iter()
            .filter(flag)
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn a_not_typed_without_its_apostrophe_is_split() {
        let text = "L1 didnt escalate; it Cannot wait.";
        let t = Text::new(text);
        assert_eq!(t.norm, "l1 did not escalate; it can not wait.");
        let spans: Vec<&str> = t.tokens.iter().map(|w| &text[w.span.clone()]).collect();
        assert_eq!(&spans[1..3], &["did", "nt"]);
        assert_eq!(&spans[6..8], &["Can", "not"]);
    }

    #[test]
    fn a_capitalised_word_after_a_title_is_titled() {
        let titled = |text: &str| flagged(text, |t| t.titled);
        assert_eq!(
            titled("Dr Okafor and Ms. Reyes met Prof Lin."),
            ["okafor", "reyes", "lin"]
        );
        // Acronyms, a lower-case word and a place are not.
        assert!(titled("The DR Runbook and MS Teams.").is_empty());
        assert!(titled("Dr okafor, St Albans.").is_empty());
    }

    #[test]
    fn a_word_after_a_grade_is_graded() {
        let graded = |text: &str| flagged(text, |t| t.graded);
        assert_eq!(
            graded("The senior processor and a junior associate."),
            ["processor", "associate"]
        );
        assert!(graded("Senior management and senior leadership.").is_empty());
    }

    #[test]
    fn a_handle_is_one_word_with_its_at_sign() {
        let text = "Looks like @dana merged; mail bob@example.com";
        let t = Text::new(text);
        let dana = t.tokens.iter().find(|t| t.norm == "dana").unwrap();
        assert!(dana.handle);
        assert_eq!(&text[dana.span.clone()], "@dana");
        assert!(!t.tokens.iter().any(|t| t.handle && t.norm != "dana"));
    }

    #[test]
    fn a_redone_irregular_past_is_a_past() {
        for word in ["rerun", "rebuilt", "re-sent", "resent", "run", "sent"] {
            assert!(irregular_past(word), "{word}");
        }
        for word in ["read", "rerunning", "reruns", "rest", "remind"] {
            assert!(!irregular_past(word), "{word}");
        }
    }

    #[test]
    fn inflections_share_a_lemma() {
        for (a, b) in [
            ("forgot", "forget"),
            ("tidied", "tidy"),
            ("rotated", "rotate"),
            ("skipping", "skip"),
            ("renewed", "renew"),
            ("republished", "republish"),
            ("operators", "operator"),
        ] {
            assert_eq!(lemma(a), lemma(b), "{a} {b}");
        }
    }
}

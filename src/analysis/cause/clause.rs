//! Step 2 of `cause.rs`: one clause read for its subject, its predicate
//! and the blame in it. The gaps are read later, and only where they could
//! change the decision (`read_gaps`).

use std::ops::Range;

use super::{
    AUXILIARY, CIRCUMSTANCES, Clause, FAILURE_NOUNS, FRONTED, INDUCING, LEFT_IN_PLACE, MINDFUL,
    NOT_ACTS, NOT_AGENTS, OMISSION, OPINIONS, POSSESSED_FAILURE, POSSESSED_FAULT, PREPOSITIONS,
    Reading, Role, also_on_duty, complied, dedup, is_passive, is_possibility, lack, numbering,
    one_between_them, overlaps, second_predicate, short_aside, sole_one, spread_thin, unstopped,
    went_home,
};
use crate::analysis::Phrases;
use crate::analysis::text::{Text, Token};

/// A clause, where it stands in the statement, and its subject and
/// predicate as found.
struct Parts<'a> {
    text: &'a Text,
    tokens: &'a [Token],
    /// The clause's first token in `Text::tokens`.
    t0: usize,
    /// Where the clause's text starts in `Text::norm`, and the text.
    offset: usize,
    norm: &'a str,
    subject: Subject,
    /// A person no list names, known by what the clause says of them.
    inferred: Option<usize>,
    /// The clause opens with an act and no subject: someone's note of what
    /// they did (`acted_unsaid`).
    unsaid: bool,
    passive: bool,
    /// The predicate says what can happen: "can", "could", "may", "might".
    modal: bool,
    /// "By" in a past passive's predicate.
    past_by: Option<usize>,
}

/// The subject: the last person or thing before the verb, ignoring what
/// follows a preposition ("leavers in the contractor system").
struct Subject {
    role: Role,
    head: Option<usize>,
    /// Where the predicate starts (a token of the clause).
    verb: usize,
    /// The person of a possessive: "the driver's failure".
    possessor: Option<usize>,
    /// A preposition ended the subject's phrase.
    closed: bool,
    /// Where an aside between the subject and its verb ends.
    aside_end: usize,
    /// Where the subject's words start: after a fronted phrase's comma.
    from: usize,
}

/// Whether what a person did not get is what their duty was to obtain:
/// "the delivery driver didn't get a signature" (not "did not get access").
fn obtains(after: &[Token]) -> bool {
    after.iter().take(3).take_while(|t| t.is_word()).any(|t| {
        [
            "signature",
            "approv",
            "sign-off",
            "authoris",
            "authoriz",
            "consent",
            "permit",
            "countersign",
        ]
        .iter()
        .any(|w| t.norm.starts_with(w))
    })
}

impl Parts<'_> {
    fn predicate(&self) -> &[Token] {
        &self.tokens[self.subject.verb.min(self.tokens.len())..]
    }

    /// The bytes of the statement that tokens of the clause cover.
    fn tok_span(&self, r: Range<usize>) -> Range<usize> {
        self.text.span(self.t0 + r.start..self.t0 + r.end)
    }

    /// The bytes of the statement that bytes of the clause's `norm` cover.
    fn to_span(&self, r: Range<usize>) -> Range<usize> {
        self.text
            .norm_span(self.offset + r.start..self.offset + r.end)
    }
}

impl Phrases {
    /// One clause: its subject and predicate, then the blame in it, from
    /// the words (`agent`, `person_failures`, `possessed_blame`) and from
    /// the phrase lists (`listed_blame`, `person_cause_bridged`). The role
    /// goes on to the next clause, whose "they" may be its subject.
    pub(super) fn read_clause(
        &self,
        text: &Text,
        clause: &Clause,
        previous: Role,
    ) -> (Reading, Role) {
        let c = self.parts(text, clause, previous);
        let (agent, nominal) = self.agent(&c);
        let mut actor = self.person_failures(&c, agent.as_ref());
        // ("Poured before the inspection.": an act noted with no subject is
        // the person's, as "the operator poured" is a person as the cause;
        // what they did not do is read by `person_failures`.)
        if c.unsaid && actor.is_empty() && !c.tokens.iter().take(2).any(|t| t.norm == "did") {
            actor.push(c.tok_span(0..1));
        }
        let mut blame = self.possessed_blame(&c, nominal.map(|(failure, _)| failure));
        let person_mark = |t: &Token| {
            self.person_forms.contains(&t.norm)
                || self.is_named(t)
                || c.inferred.is_some_and(|i| std::ptr::eq(&c.tokens[i], t))
        };
        let marked = self.marked(text, clause.tokens.clone(), person_mark);
        self.listed_blame(&c, &marked, &mut blame, &mut actor);
        self.person_cause_bridged(&c, &marked, &mut actor);
        let (tokens, offset, norm, passive) = (c.tokens, c.offset, c.norm, c.passive);
        let Subject {
            role,
            verb,
            possessor,
            ..
        } = c.subject;
        let predicate = c.predicate();
        // "He was told to isolate the pump but went straight to the valve":
        // told, and then the contrast, is going against what one was told.
        // (In any tense: "had been told to".)
        let told = predicate.windows(3).take(2).position(|w| {
            AUXILIARY.contains(&w[0].norm.as_str())
                && matches!(
                    w[1].norm.as_str(),
                    "told" | "asked" | "instructed" | "warned" | "reminded" | "advised"
                )
                && w[2].norm == "to"
        });
        if role == Role::Person
            && let Some(at) = told
            && text
                .tokens
                .get(clause.tokens.end)
                .is_some_and(|t| matches!(t.norm.as_str(), "but" | "yet"))
            // (With no subject of its own: "but the old one was still on the
            // intranet" says what was wrong.)
            && text.tokens.get(clause.tokens.end + 1).is_some_and(|t| {
                t.is_past()
                    || matches!(
                        t.norm.as_str(),
                        "did" | "never" | "still" | "instead" | "then" | "carried" | "chose" | "decided"
                    )
            })
        {
            blame.push(c.tok_span(verb + at..verb + at + 3));
        }
        if let Some(named) = self.person_named_alone(tokens) {
            blame.push(c.tok_span(named));
        }
        dedup(&mut blame);
        dedup(&mut actor);
        let claimed: Vec<Range<usize>> = blame.iter().chain(actor.iter()).cloned().collect();
        actor.retain(|a| !blame.iter().any(|b| overlaps(a, b)));
        let words = tokens.iter().filter(|t| t.is_word()).count();
        // "Because his phone was on silent": one person's own things explain
        // nothing about how the work is set up, unless a gap is named.
        // So do the doings of "he" or "she", the person already named:
        // "because she was looking at the next tray", "because he knew
        // him" (a gap they name is read all the same, and so is what was
        // done to them: "because he had never been trained").
        let personal = role != Role::Person
            && tokens
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "his" | "her"))
            || role == Role::Person
                && !passive
                && !tokens.windows(2).any(|w| {
                    matches!(w[0].norm.as_str(), "been" | "be" | "was" | "were") && w[1].is_past()
                })
                && tokens
                    .first()
                    .is_some_and(|t| matches!(t.norm.as_str(), "he" | "she"));
        // "Because it was hot", "because they were behind schedule": the
        // weather or the hour, which explain a person's choice no more than
        // the choice itself.
        let circumstance = predicate
            .first()
            .is_some_and(|t| matches!(t.norm.as_str(), "was" | "were"))
            && {
                let rest: Vec<&str> = predicate[1..]
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.norm.as_str())
                    .filter(|w| !matches!(*w, "too" | "very" | "so" | "really" | "running"))
                    .collect();
                // (Or the hour: "because it was 3am".)
                let hour = |s: &str| {
                    s.starts_with(|c: char| c.is_ascii_digit())
                        && (s.ends_with("am") || s.ends_with("pm"))
                };
                matches!(rest.as_slice(), [s] | [s, "schedule"] if CIRCUMSTANCES.contains(s))
                    || matches!(rest.as_slice(), [s] if OPINIONS.contains(s) || hour(s))
            }
            // ('Because the supplier is "always good"': words in quotation
            // marks after "is" are what someone believed.)
            || predicate
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "is" | "was" | "are" | "were"))
                && predicate.get(1).is_some_and(|t| t.norm == "\"")
            // "Because the patient 'looked well'": how something seemed to a
            // person is their judgement, not a gap.
            || predicate
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "looked" | "seemed" | "appeared"))
                && predicate[1..]
                    .iter()
                    .filter(|t| t.is_word())
                    .all(|t| {
                        matches!(
                            t.norm.as_str(),
                            "well"
                                | "fine"
                                | "ok"
                                | "okay"
                                | "normal"
                                | "good"
                                | "safe"
                                | "right"
                                | "trivial"
                                | "minor"
                                | "harmless"
                                | "routine"
                                | "simple"
                                | "straightforward"
                                | "genuine"
                                | "legitimate"
                                | "empty"
                                | "clean"
                                | "familiar"
                        )
                    });
        // The gaps, when read, may say something too (`read_gaps`).
        let says_something = !blame.is_empty()
            || !actor.is_empty()
            || (!personal
                && !circumstance
                && (verb < tokens.len()
                    || (role != Role::Unknown && words >= 4)
                    // A long clause explains, whatever its verb ("the
                    // warning looks the same as routine pop-ups").
                    || words >= 6));
        (
            Reading {
                tokens: clause.tokens.clone(),
                negated_passive: passive
                    && predicate
                        .iter()
                        .take(4)
                        .any(|t| matches!(t.norm.as_str(), "not" | "never")),
                subject: tokens[..verb.min(tokens.len())]
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.lemma().to_string())
                    .collect(),
                depth: clause.depth,
                blame,
                actor,
                claimed,
                verb,
                agent: agent.is_some(),
                possessor,
                gap: Vec::new(),
                weak_gap: Vec::new(),
                says_something,
                norm: offset..offset + norm.len(),
                role,
                passive,
                denies_gap: false,
            },
            role,
        )
    }

    /// The clause's subject and predicate.
    fn parts<'a>(&self, text: &'a Text, clause: &Clause, previous: Role) -> Parts<'a> {
        let tokens = &text.tokens[clause.tokens.clone()];
        let (offset, norm) = text.norm_of(clause.tokens.clone());
        let mut subject = self.subject(tokens, previous);
        let inferred = self.inferred_person(tokens, &subject);
        if let Some((h, v)) = inferred {
            subject.role = Role::Person;
            subject.head = Some(h);
            subject.verb = v;
        }
        // "The supervisor sign the permit but not check the area": a
        // predicate with no subject of its own goes on with the person
        // before it; so does one that starts with its verb in the past, or
        // an adverb and then it ("but used it anyway", "but still signed").
        // (With something after the verb: a lone "understood" is no act.)
        let past_at = |i: usize| {
            tokens.get(i).is_some_and(|t| t.is_past() && !t.capital)
                && tokens.get(i + 1).is_some_and(Token::is_word)
        };
        if previous == Role::Person
            && (tokens
                .first()
                .is_some_and(|t| matches!(t.norm.as_str(), "not" | "never"))
                || past_at(0)
                || tokens.first().is_some_and(|t| {
                    matches!(
                        t.norm.as_str(),
                        "still" | "then" | "also" | "just" | "simply"
                    )
                }) && past_at(1))
        {
            (subject.role, subject.head, subject.verb) = (Role::Person, None, 0);
        }
        // "Went ahead without a permit.", "Took the guard off", "Didn't wait
        // for the all-clear": a sentence that opens with an act done, with
        // no subject, is someone's note of what they did.
        let sentence_start = clause.tokens.start == 0
            || matches!(
                text.tokens[clause.tokens.start - 1].norm.as_str(),
                "." | ";" | ":" | "\n" | "-"
            );
        // (Whatever subject is found after it is its object's: "assumed it
        // was isolated".)
        // (A person named after the act is in its object or its
        // circumstances: "started the pump before the banksman was in
        // position".)
        let unsaid = previous == Role::Unknown
            && sentence_start
            && (subject.role != Role::Person || subject.head.is_some_and(|h| h > 1))
            && (acted_unsaid(tokens)
                || subject.role == Role::Unknown && done_without_checking(tokens));
        if unsaid {
            (subject.role, subject.head, subject.verb) = (Role::Person, None, 0);
        }
        // ("We left the back door propped open", "we didn't mop up the
        // spill": the writer's team telling what it did is a person's note
        // too; "we have no log" says what the organisation lacks.)
        let we_did = sentence_start
            && subject.role != Role::Person
            && tokens.first().is_some_and(|t| t.norm == "we")
            && tokens
                .get(1)
                .is_some_and(|v| !AUXILIARY.contains(&v.norm.as_str()) || v.norm == "did")
            && acted_unsaid(&tokens[1..]);
        if we_did {
            (subject.role, subject.head, subject.verb) = (Role::Person, Some(0), 1);
        }
        // A verb the word lists do not know ("the agent reset the
        // password"): the predicate starts after the subject.
        if subject.verb == tokens.len()
            && let Some(h) = subject.head
        {
            subject.verb = h + 1;
        }
        let predicate = &tokens[subject.verb.min(tokens.len())..];
        let passive = is_passive(predicate);
        // The person after "by" in a past passive did what it says was done:
        // "was approved by Tom without looking at the evidence". A present
        // one says how things are done ("is approved by managers without a
        // review step"), which is the process.
        let past_by = predicate.iter().position(|t| t.norm == "by").filter(|&by| {
            passive
                && predicate[..by]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "was" | "were"))
        });
        Parts {
            text,
            tokens,
            t0: clause.tokens.start,
            offset,
            norm,
            inferred: inferred.map(|(h, _)| h),
            unsaid: unsaid || we_did,
            passive,
            modal: predicate.first().is_some_and(is_possibility),
            past_by,
            subject,
        }
    }

    fn subject(&self, tokens: &[Token], previous: Role) -> Subject {
        let lex = self;
        let mut role = Role::Unknown;
        let mut head: Option<usize> = None;
        let mut verb = tokens.len();
        let mut possessor: Option<usize> = None;
        let mut closed = false;
        // Where an aside between the subject and its verb ends.
        let mut aside_end = 0;
        // ("Trying to save time, the picker took ...", "unhappy with the
        // rota, the nurse left early": a participle or a feeling fronted
        // before a comma opens the clause too.)
        // (Not a department named in "-ing" that then acts: "Marketing
        // published the embargoed review early, not reading the date".)
        let department = tokens.first().is_some_and(|t| lex.is_person(t))
            && tokens.get(1).is_some_and(Token::is_past);
        // (An adverb may come first: "shortly after the release, ...".)
        let fronted_at = usize::from(
            tokens.first().is_some_and(|t| t.norm.ends_with("ly"))
                && tokens
                    .get(1)
                    .is_some_and(|t| FRONTED.contains(&t.norm.as_str())),
        );
        let mut opening = !department
            && tokens.get(fronted_at).is_some_and(|t| {
                FRONTED.contains(&t.norm.as_str())
                    || (t.is_ing_form()
                        || t.is_past()
                        || matches!(
                            t.norm.as_str(),
                            "without"
                                | "unhappy"
                                | "keen"
                                | "eager"
                                | "unaware"
                                | "unsure"
                                | "sure"
                        ))
                        && tokens.iter().take(12).any(|w| w.norm == ",")
            });
        // A determiner at `k`, after which the word before is a verb in
        // the present ("accepts any", "shows only").
        let determined_at = |k: usize| {
            matches!(
                tokens.get(k).map(|d| d.norm.as_str()),
                Some("the" | "a" | "an" | "any" | "every" | "each" | "its" | "no" | "only")
            )
        };
        // Where the subject's words start: after a fronted phrase's comma.
        let mut from = 0;
        for (i, t) in tokens.iter().enumerate() {
            if i < aside_end {
                continue;
            }
            if opening {
                // ("On the night of the incident the fitter, who ...": a
                // fronted phrase told without its comma ends where a
                // person is named after a noun; "by the supervisor" is
                // still in it.)
                // (A word may say which: "after the Christmas party the
                // night porter let ...".)
                let article = |k: usize| {
                    matches!(
                        tokens[k].norm.as_str(),
                        "the" | "a" | "an" | "our" | "their"
                    )
                };
                // (Not one inside the fronted phrase, which its comma closes
                // after a verb: "knowing the guard was off, the fitter ...".)
                let inside = tokens[i + 1..]
                    .iter()
                    .take(8)
                    .position(|w| w.norm == ",")
                    .is_some_and(|p| tokens[i + 1..i + 1 + p].iter().any(|w| self.verbish(w)));
                let named_after_noun = (1..=2)
                    .filter(|_| lex.is_person(t) && !inside)
                    .find(|&d| {
                        i > d
                            && article(i - d)
                            && tokens[i - d + 1..i]
                                .iter()
                                .all(|q| q.is_word() && !lex.is_person(q))
                    })
                    .filter(|&d| {
                        let before = &tokens[i - d - 1];
                        before.is_word()
                            && !PREPOSITIONS.contains(&before.norm.as_str())
                            && !FRONTED.contains(&before.norm.as_str())
                            && !matches!(before.norm.as_str(), "the" | "a" | "an" | "and")
                    });
                // ("When the power failed the duty electrician restarted
                // ...": the fronted phrase's own verb, told without its
                // comma, before a person who acts.)
                let own_verb = || {
                    self.verbish(t)
                        && (i + 1..tokens.len().min(i + 3)).any(|k| {
                            article(k)
                                && (k + 1..tokens.len().min(k + 3)).any(|p| {
                                    lex.is_person(&tokens[p])
                                        && tokens[k + 1..p].iter().all(|q| q.is_word())
                                        && tokens.get(p + 1).is_some_and(|v| self.verbish(v))
                                })
                        })
                };
                if let Some(d) = named_after_noun {
                    (role, head, possessor, closed, opening) =
                        (Role::Unknown, None, None, false, false);
                    from = i - d;
                } else if t.norm != "," && tokens[i..].iter().take(12).any(|w| w.norm == ",")
                    || own_verb()
                {
                    // ("After being told twice by the supervisor to use the
                    // harness, the roofer ...": no verb of the fronted
                    // phrase is the clause's.)
                    continue;
                }
            }
            // "Staff member X (name withheld) shared": the aside is passed over.
            if t.norm == "("
                && let Some(close) = short_aside(&tokens[i..])
            {
                aside_end = i + close + 1;
                continue;
            }
            if t.norm == "," {
                // "During the analysis, a research assistant ...": what
                // comes before the subject.
                if opening {
                    (role, head, possessor, closed, opening) =
                        (Role::Unknown, None, None, false, false);
                    from = i + 1;
                    continue;
                }
                // "The investigator, despite the plan, shared the dataset":
                // an aside between the subject and the verb.
                // (Its number may come first: "Employee #1, a roofer,
                // stepped onto a skylight".)
                if role != Role::Unknown
                    && head.is_some_and(|h| tokens[h + 1..i].iter().all(numbering))
                    && let Some(j) = tokens[i + 1..tokens.len().min(i + 16)]
                        .iter()
                        .position(|t| t.norm == ",")
                        .map(|p| i + 1 + p)
                {
                    // (An adverb may come first: ", again stacked".)
                    let adverb = tokens.get(j + 1).is_some_and(|a| {
                        matches!(
                            a.norm.as_str(),
                            "again"
                                | "still"
                                | "then"
                                | "also"
                                | "just"
                                | "simply"
                                | "nevertheless"
                        )
                    });
                    let v = j + 1 + usize::from(adverb);
                    if tokens
                        .get(v)
                        .is_some_and(|v| v.is_past() && !AUXILIARY.contains(&v.norm.as_str()))
                    {
                        aside_end = v;
                    }
                }
                continue;
            }
            // "The SRE who was paged silenced the alert": a short relative
            // clause between the person and the verb is passed over.
            if t.norm == "who"
                && role == Role::Person
                && i > 0
                && head == Some(i - 1)
                && tokens
                    .get(i + 1)
                    .is_some_and(|b| matches!(b.norm.as_str(), "was" | "were" | "is" | "are"))
                && let Some(j) = (i + 3..tokens.len().min(i + 8))
                    .take_while(|&j| tokens[j].is_word())
                    .find(|&j| {
                        tokens[j].is_past()
                            && !AUXILIARY.contains(&tokens[j].norm.as_str())
                            && tokens.get(j + 1).is_some_and(Token::is_word)
                    })
            {
                aside_end = j;
                continue;
            }
            // ("The drivers' screens": a plural's possessive.)
            let possessive = t.norm == "'s"
                || t.norm == "'"
                    && i > 0
                    && tokens[i - 1].is_word()
                    && tokens[i - 1].norm.ends_with('s');
            if !t.is_word() && !possessive {
                continue;
            }
            // "The matrix lists neither": a present-tense verb right after
            // its subject.
            // Not before an auxiliary: "staff badges do not expire". After a
            // subject no list knows, one before a determiner: "the bank
            // portal accepts the same file twice" (or "only": "the allocation
            // screen shows only people on her own team").
            let next = tokens.get(i + 1).map(|n| n.norm.as_str());
            let determined =
                role == Role::Unknown && head.is_none() && i >= 2 && determined_at(i + 1);
            // A word that could be the verb: no person, no thing, not past
            // a preposition.
            let open_word = t.is_word() && !lex.is_person(t) && !lex.is_thing(t) && !closed;
            let after_person = role == Role::Person && head == Some(i - 1);
            // (Not a noun before a passive told without its auxiliary:
            // "welder qualifications not checked".)
            let unsaid = matches!(next, Some("not" | "never"))
                && tokens.get(i + 2).is_some_and(Token::is_past);
            // (Nor a plural that says which, before its noun and that
            // noun's auxiliary: "the driver hours system can be overridden".)
            let says_which = tokens.get(i + 1).is_some_and(|n| lex.is_thing(n))
                && tokens
                    .get(i + 2)
                    .is_some_and(|a| AUXILIARY.contains(&a.norm.as_str()));
            let present = (role != Role::Unknown || determined)
                && open_word
                && t.s_form()
                && !unsaid
                && !says_which
                && !next.is_some_and(|n| AUXILIARY.contains(&n));
            // ("Alerts reach the on-call engineer by SMS": a plural thing's
            // bare verb, before its object's determiner.)
            // (Or a verb of going that is seldom a noun: "leavers reach
            // payroll by email".)
            let going = matches!(
                t.norm.as_str(),
                "reach" | "arrive" | "depend" | "rely" | "sit" | "stay" | "land"
            );
            let plural = role == Role::Thing
                && i > 0
                && head == Some(i - 1)
                && tokens[i - 1].s_form()
                && open_word
                && !t.s_form()
                && !PREPOSITIONS.contains(&t.norm.as_str())
                && (going
                    || matches!(
                        next,
                        Some(
                            "the"
                                | "a"
                                | "an"
                                | "any"
                                | "every"
                                | "each"
                                | "no"
                                | "several"
                                | "many"
                                | "multiple"
                                | "both"
                        )
                    ));
            // "Down to the caretaker leaving the door open": a gerund right
            // after its person, with its object ("contractor onboarding
            // bypasses HR" is a process).
            // (Or a name or a number: "me merging PR 4521", "merging #4521".)
            let gerund = after_person
                && t.is_ing_form()
                && tokens.get(i + 1).is_some_and(|n| {
                    n.acronym
                        || n.norm == "#"
                        || n.norm.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            n.norm.as_str(),
                            "the"
                                | "a"
                                | "an"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "it"
                                | "them"
                                | "this"
                                | "that"
                        )
                });
            // "The authorised person gave the permit": a participle after
            // an article is an adjective.
            // ("Worker A opened the drum": a letter that numbers the person is
            // no article.)
            let adjective = i > 0
                && t.norm.ends_with("ed")
                && matches!(tokens[i - 1].norm.as_str(), "the" | "a" | "an")
                && !(i >= 2 && numbering(&tokens[i - 1]) && lex.is_person(&tokens[i - 2]))
                && tokens.get(i + 1).is_some_and(Token::is_word);
            // "Assembler mix the screws from two bins": a bare verb right
            // after its person, before its object, as people write it in a
            // second language.
            let bare = after_person
                && open_word
                && !PREPOSITIONS.contains(&t.norm.as_str())
                && !AUXILIARY.contains(&t.norm.as_str())
                && !matches!(
                    t.norm.as_str(),
                    "and" | "or" | "who" | "that" | "which" | "like" | "near" | "over" | "during"
                )
                && (going
                    || matches!(next, Some("the" | "a" | "an" | "his" | "her" | "their"))
                    // ("Staff keep using the old form".)
                    || matches!(t.norm.as_str(), "keep" | "continue" | "carry")
                        && next.is_some_and(|n| n.ends_with("ing")));
            if ((self.verbish(t) && !adjective) || present || plural || gerund || bare) && i > 0 {
                verb = i;
                break;
            }
            // "With the previous site's value": past a preposition, a
            // possessive is not the subject's.
            if possessive && !closed {
                if role == Role::Person {
                    possessor = Some(i - 1);
                }
                role = Role::Unknown;
                continue;
            }
            // "Head of department's inadequate moderation": a role named by
            // what it heads ("the head of the queue" is no one).
            if !closed
                && matches!(t.norm.as_str(), "head" | "heads")
                && tokens.get(i + 1).is_some_and(|o| o.norm == "of")
                && tokens.get(i + 2).is_some_and(|w| {
                    w.is_word() && !matches!(w.norm.as_str(), "the" | "a" | "an" | "this" | "that")
                })
            {
                role = Role::Person;
                head = Some(i + 2);
                aside_end = i + 3;
                continue;
            }
            // "Front of house told the guest", "pot wash left the pump
            // running", "remote hands plugged both PSUs": roles named by
            // where or how they work.
            let word_at = |k: usize| tokens.get(k).map_or("", |w| w.norm.as_str());
            // (So is "the responsible of quality", as second-language
            // writers name the person in charge.)
            let place = match (t.norm.as_str(), word_at(i + 1), word_at(i + 2)) {
                ("front" | "back", "of", "house") => Some(2),
                ("front" | "middle" | "back", "office", _) => Some(1),
                ("pot", "wash", _) | ("remote", "hands", _) => Some(1),
                ("meter", "reader" | "readers", _) => Some(1),
                ("parts" | "trade" | "service", "counter", _) => Some(1),
                ("content" | "technical" | "bid" | "grant" | "report", "writer" | "writers", _) => {
                    Some(1)
                }
                // ("L2 support closed the ticket": a support line.)
                (
                    "l1" | "l2" | "l3" | "first-line" | "second-line" | "third-line" | "1st-line"
                    | "2nd-line" | "desktop" | "customer" | "it",
                    "support",
                    _,
                ) => Some(1),
                // ("Ticket desk sold a child pass": a desk for who staffs it.)
                (
                    "ticket" | "front" | "help" | "service" | "reception" | "information"
                    | "booking" | "enquiry" | "enquiries" | "hire" | "cash" | "trade" | "returns",
                    "desk",
                    _,
                ) => Some(1),
                (
                    "farm" | "kennel" | "deck" | "ranch" | "stable" | "yard" | "mill" | "store"
                    | "stage" | "stores" | "warehouse" | "factory" | "shop",
                    "hand" | "hands",
                    _,
                ) => Some(1),
                // (Or "responsible of" opening the clause, as notes have it.)
                ("responsible", "of", w) if i == 0 => Some(if w == "the" { 3 } else { 2 }),
                ("responsible", "of" | "for", w) if i > 0 && word_at(i - 1) == "the" => {
                    Some(if w == "the" { 3 } else { 2 })
                }
                _ => None,
            };
            // ("The responsible of the incoming inspection has released":
            // what they are responsible for may take more than one word.)
            let place = place.map(|len| {
                let more = if t.norm == "responsible" {
                    tokens[(i + len + 1).min(tokens.len())..]
                        .iter()
                        .take(2)
                        .take_while(|w| w.could_be_noun() && !self.verbish(w))
                        .count()
                } else {
                    0
                };
                len + more
            });
            if !closed && let Some(len) = place {
                role = Role::Person;
                head = Some(i + len);
                aside_end = i + len + 1;
                continue;
            }
            // ("Performance objectives for staff do not include ...": what
            // is for people is a thing, whatever no list knows of it.)
            let for_people = t.norm == "for"
                && i > from
                && tokens[i - 1].is_word()
                && !tokens[i - 1].is_past()
                && !tokens[i - 1].is_ing_form()
                && !matches!(tokens[i - 1].norm.as_str(), "the" | "a" | "an")
                && !self.verbish(&tokens[i - 1]);
            if PREPOSITIONS.contains(&t.norm.as_str()) && (role != Role::Unknown || for_people) {
                closed = true;
            }
            if closed {
                continue;
            }
            // ("90% of them are false": a share of what came before, which
            // was no one.)
            if t.norm == "them" && i > 0 && tokens[i - 1].norm == "of" && previous != Role::Person {
                continue;
            }
            if matches!(t.norm.as_str(), "they" | "them") {
                role = if previous == Role::Thing {
                    Role::Thing
                } else {
                    Role::Person
                };
            } else if t.norm == "me" {
                // "Me not reading the alert properly".
                role = Role::Person;
            } else if t.norm == "it" {
                // ("IT forgot the renewal": the department, in capitals.)
                role = if t.acronym { Role::Person } else { Role::Thing };
            } else if lex.is_person(t) && !works_as_a_tool(&tokens[i..]) {
                role = Role::Person;
            } else if lex.is_thing(t) {
                role = Role::Thing;
            } else {
                continue;
            }
            head = Some(i);
        }
        // "The user guide does not cover the new screens": the words no list
        // knows between a person and a verb that is surely one name what
        // the person only qualifies ("operator console", "staff badges").
        // (So does a verb in "-s" before its determiner: "the shift log
        // accepts any signature".)
        if let Some(h) = head
            && role == Role::Person
            && !closed
            && h + 1 < verb
            && verb - h <= 3
            && tokens
                .get(verb)
                .is_some_and(|t| self.verbish(t) || t.s_form() && determined_at(verb + 1))
            && tokens[h + 1..verb].iter().all(|t| self.qualified(t))
        {
            role = Role::Unknown;
            head = Some(verb - 1);
        }
        // (And one before a phrase that goes on with a preposition: "the GP
        // lookup in the patient system returns ...".)
        if let Some(h) = head
            && role == Role::Person
            && h + 2 < verb
            && tokens
                .get(h + 1)
                .is_some_and(|t| self.qualified(t) && !self.is_person(t) && !t.is_ing_form())
            && tokens
                .get(h + 2)
                .is_some_and(|t| PREPOSITIONS.contains(&t.norm.as_str()))
        {
            role = Role::Unknown;
            head = Some(h + 1);
        }
        // (So do they before a passive told without its auxiliary: "welder
        // quals not checked against the WPS".)
        if let Some(h) = head
            && role == Role::Person
            && !closed
            && verb == tokens.len()
            && let Some(not) = (h + 2..tokens.len().min(h + 4)).find(|&k| {
                matches!(tokens[k].norm.as_str(), "not" | "never")
                    && tokens.get(k + 1).is_some_and(Token::is_past)
            })
            && tokens[h + 1..not]
                .iter()
                .all(|t| t.could_be_noun() && !self.is_person(t) && !self.agent_noun(t))
        {
            role = Role::Unknown;
            head = Some(not - 1);
            verb = not;
        }
        Subject {
            role,
            head,
            verb,
            possessor,
            closed,
            aside_end,
            from,
        }
    }

    /// A person that no list names, known by what the clause says of them,
    /// with where its predicate starts.
    fn inferred_person(&self, tokens: &[Token], s: &Subject) -> Option<(usize, usize)> {
        let (role, head, verb) = (s.role, s.head, s.verb);
        // "Shunter used his personal phone": a subject that no list knows,
        // whose predicate says "his" (or "herself", "her own"), is a person;
        // a thing has no "his". Plain "her" may be someone else's ("the
        // chatbot gave her the balance"). When no verb was found before it,
        // the verb is the word before "his" ("used" is too short to tell).
        let his = tokens.iter().enumerate().take(10).position(|(i, t)| {
            matches!(t.norm.as_str(), "his" | "himself" | "herself")
                || (t.norm == "her"
                    && tokens
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.norm.as_str(), "own" | "personal")))
        });
        his.filter(|_| role == Role::Unknown && head.is_none())
            .and_then(|p| {
                let v = if verb < p { verb } else { p.checked_sub(1)? };
                let h = v.checked_sub(1)?;
                let subject = &tokens[h];
                // (Not when another person heads a phrase between, whose it
                // may be: "the screen shows only people on her own team";
                // "photographed customer account details on his own phone"
                // names no one.)
                (p - v <= 5
                    && !tokens[v..p].windows(2).any(|w| {
                        self.is_person(&w[0]) && PREPOSITIONS.contains(&w[1].norm.as_str())
                    })
                    && subject.is_word()
                    && !PREPOSITIONS.contains(&subject.norm.as_str())
                    && !matches!(subject.norm.as_str(), "the" | "a" | "an" | "and" | "or"))
                .then_some((h, v))
            })
            // "Animator shared the dev kit password": a subject that no list
            // knows, right before its verb, formed as an agent noun, is a
            // person unless it names a device.
            .or_else(|| {
                let h = verb.checked_sub(1)?;
                (role == Role::Unknown
                    && head.is_none()
                    && verb < tokens.len()
                    && self.agent_noun(&tokens[h])
                    && !not_automatic(&tokens[h..]))
                .then_some((h, verb))
            })
            // "QA signed off the release", "RM onboarded client": an acronym
            // no list knows, before a verb only people do, names a role (a
            // system signs a token, not off a release). So does one that went
            // on "without visiting the worksite", or "left" a door open.
            .or_else(|| {
                let h = verb.checked_sub(1)?;
                let rest = &tokens[verb.min(tokens.len())..];
                let without_doing = rest
                    .windows(2)
                    .any(|w| w[0].norm == "without" && w[1].is_ing_form() && w[1].norm != "being");
                let left_open = rest.first().is_some_and(|v| v.norm == "left")
                    && rest
                        .iter()
                        .take(8)
                        .any(|t| LEFT_IN_PLACE.contains(&t.norm.as_str()));
                (role == Role::Unknown
                    && head.is_none()
                    && tokens[h].acronym
                    && !self.is_thing(&tokens[h])
                    && tokens.get(verb).is_some_and(|v| {
                        only_people_do(&tokens[verb..])
                            || v.norm == "released"
                            || (v.is_past()
                                && !AUXILIARY.contains(&v.norm.as_str())
                                && without_doing)
                            || left_open
                    }))
                .then_some((h, verb))
            })
            // "The monitor approved the visit report", "the head signed off
            // the trip": a word for a thing and a job alike names the person
            // before a verb only people do.
            .or_else(|| {
                let h = verb.checked_sub(1)?;
                let w = tokens[h].norm.strip_suffix('s').unwrap_or(&tokens[h].norm);
                (role == Role::Unknown
                    && head.is_none()
                    && (NOT_AGENTS.contains(&w) || matches!(w, "head" | "chair"))
                    && only_people_do(&tokens[verb.min(tokens.len())..]))
                .then_some((h, verb))
            })
            // "Goods-in accepted a torn pallet", "Stores issued an expired
            // tube": a department that opens its clause, before a verb in
            // the past, acts as its people ("the goods-in screen did not
            // ask", "goods-in has one probe" name none).
            .or_else(|| {
                let h = verb.checked_sub(1)?;
                let opens = tokens[..h]
                    .iter()
                    .all(|t| matches!(t.norm.as_str(), "the" | "our"));
                (role == Role::Unknown
                    && head.is_none()
                    && opens
                    && DEPARTMENTS.contains(&tokens[h].norm.as_str())
                    && tokens.get(verb).is_some_and(|v| {
                        v.is_past() && !AUXILIARY.contains(&v.norm.as_str())
                            // (Or denied, of what people do: "security didn't
                            // search the bag"; "maintenance did not happen"
                            // is the activity.)
                            || v.norm == "did"
                                && tokens
                                    .get(verb + 1)
                                    .is_some_and(|n| matches!(n.norm.as_str(), "not" | "never"))
                                && tokens.get(verb + 2).is_some_and(|d| {
                                    !matches!(
                                        d.norm.as_str(),
                                        "happen" | "occur" | "exist" | "work" | "run" | "take"
                                            | "have" | "start" | "finish" | "apply"
                                    )
                                })
                    })
                    // (With an object: "security lapsed after the change" is
                    // the activity.)
                    && tokens.get(verb + 1).is_some_and(|o| {
                        o.is_word()
                            && !matches!(
                                o.norm.as_str(),
                                "after" | "before" | "during" | "until" | "when" | "while" | "late"
                            )
                    }))
                .then_some((h, verb))
            })
            // "A crew scheduler emailed the roster": an agent noun that no
            // list knows between a person and the verb ends the person's name
            // (after a person, "scheduler" is no software).
            .or_else(|| {
                let h = head?;
                (role == Role::Person
                    && verb == h + 2
                    && verb < tokens.len()
                    && self.agent_form(&tokens[h + 1], false))
                .then_some((h + 1, verb))
            })
    }

    /// Who a passive or a failure named as a noun says did it ("by the
    /// procurement manager"), and the failure noun with it.
    #[allow(clippy::type_complexity)]
    fn agent(&self, c: &Parts) -> (Option<Range<usize>>, Option<(Range<usize>, Range<usize>)>) {
        let (tokens, verb, past_by, predicate) =
            (c.tokens, c.subject.verb, c.past_by, c.predicate());
        let tok_span = |r: Range<usize>| c.tok_span(r);
        // The agent is the head of the noun phrase after "by": "by the
        // procurement manager without checking".
        let agent = past_by.and_then(|by| {
            let end = self.agent_end(&predicate[by + 1..])? + by + 1;
            Some(tok_span(verb + by..verb + end))
        });
        // "Non-observance of the guideline by the employee concerned",
        // "wrong assessment of the mail by the colleague": a failure named
        // as a noun, and after "by" the person who failed.
        let nominal = tokens
            .iter()
            .position(|t| t.is_word() && !matches!(t.norm.as_str(), "the" | "a" | "an"))
            .filter(|&f| {
                FAILURE_NOUNS.contains(&tokens[f].norm.as_str())
                    || lack(&tokens[f])
                    || tokens[f].norm == "inexperience"
            })
            .and_then(|f| {
                // ("Inexperience of the banksman", "lack of experience of
                // the banksman": whose experience it was.)
                let experience = tokens[f].norm == "inexperience"
                    || tokens.get(f + 2).is_some_and(|t| t.norm == "experience");
                let whose = |t: &Token| {
                    t.norm == "from" || experience && matches!(t.norm.as_str(), "of" | "by")
                };
                // ("A lack of ownership from the process owner": what the
                // person did not give; the lack's own words, up to "from".)
                let (by, failure) = if lack(&tokens[f]) || experience {
                    // (Past the "of" of "lack of experience".)
                    let after = if lack(&tokens[f]) && experience {
                        f + 3
                    } else {
                        f + 1
                    };
                    let from = after + tokens.get(after..)?.iter().position(whose)?;
                    (from, f..from.min(f + 3))
                } else {
                    (tokens.iter().position(|t| t.norm == "by")?, f..f + 1)
                };
                let end = self.agent_end(&tokens[by + 1..])? + by + 1;
                Some((tok_span(failure), tok_span(by..end)))
            });
        // "Headset not worn by the pushback driver, who relied on ...": a
        // past passive denied, and after "by" who did not do it, wherever the
        // clause's verb was read (here "relied").
        let denied_by = || {
            let n = tokens
                .windows(2)
                .position(|w| matches!(w[0].norm.as_str(), "not" | "never") && w[1].is_past())?;
            if tokens[..n]
                .iter()
                .any(|t| matches!(t.norm.as_str(), "is" | "are" | "am" | "get" | "gets"))
            {
                return None;
            }
            let by = n
                + 2
                + tokens[n + 2..]
                    .iter()
                    .take(3)
                    .position(|t| t.norm == "by")?;
            let end = self.agent_end(&tokens[by + 1..])? + by + 1;
            Some(tok_span(by..end))
        };
        let agent = agent
            .or_else(|| nominal.as_ref().map(|(_, agent)| agent.clone()))
            .or_else(denied_by);
        (agent, nominal)
    }

    /// What a person did wrong, told without a blame word: the failures
    /// after a passive's agent, or a person as the active subject of a
    /// failure verb, a negated duty, "should have" or "left ... open".
    fn person_failures(&self, c: &Parts, agent: Option<&Range<usize>>) -> Vec<Range<usize>> {
        let lex = self;
        let (verb, role, passive, modal, predicate) = (
            c.subject.verb,
            c.subject.role,
            c.passive,
            c.modal,
            c.predicate(),
        );
        let tok_span = |r: Range<usize>| c.tok_span(r);
        let mut actor: Vec<Range<usize>> = Vec::new();
        // "The on-time bonus rewards crews who do not divert": people a
        // thing brings to act are how the work is set up.
        if c.subject.head.is_some_and(|h| {
            c.tokens[..h]
                .iter()
                .any(|t| INDUCING.contains(&t.norm.as_str()))
        }) {
            return actor;
        }
        if let Some(agent) = agent {
            actor.push(agent.clone());
            for (i, t) in predicate.iter().enumerate() {
                if lex.fails(t) || OMISSION.contains(&t.norm.as_str()) {
                    actor.push(tok_span(verb + i..verb + i + 1));
                }
            }
        }
        // The verb a "not" at `i` negates, and where the blame ends: "did
        // not verify", or with a perfect "may not have verified" (not "did
        // not have access").
        let negated = |i: usize| match predicate.get(i + 1) {
            Some(h) if h.norm == "have" => predicate
                .get(i + 2)
                .filter(|p| p.is_past())
                .map(|p| (p, verb + i + 3)),
            next => next.map(|n| (n, verb + i + 2)),
        };
        // "Any locksmith can cut from the master without authorisation": what
        // a person can do is how the work is set up, not what they did ("could
        // have checked" and "may not have verified" still blame).
        let perfect = |at: usize| predicate.get(at).is_some_and(|t| t.norm == "have");
        let capability = modal
            && !perfect(1)
            && !(predicate.get(1).is_some_and(|t| t.norm == "not") && perfect(2));
        // "The driver was reversing when the camera failed": a failure
        // after "when" and a thing is the thing's.
        // (Nor is what a relative clause tells of someone else: "leavers
        // reach payroll from managers, who often forget".)
        // (Or of a thing: "followed a procedure that omits the step".)
        let of_a_thing = predicate
            .windows(2)
            .position(|w| lex.is_thing(&w[0]) && matches!(w[1].norm.as_str(), "that" | "which"))
            .unwrap_or(predicate.len());
        let own_until = predicate
            .windows(2)
            .position(|w| {
                matches!(w[0].norm.as_str(), "when" | "while" | "whereupon")
                    && (matches!(w[1].norm.as_str(), "the" | "a" | "an" | "it" | "its")
                        || lex.is_thing(&w[1]))
                    || w[0].norm == "," && matches!(w[1].norm.as_str(), "who" | "which")
            })
            .unwrap_or(predicate.len())
            .min(of_a_thing);
        // (A passive person may still have a second predicate of their own:
        // "the fitter got called to another job and didn't come back".)
        if role == Role::Person && !capability {
            for (i, t) in predicate.iter().enumerate() {
                let at = verb + i;
                let next = predicate.get(i + 1);
                if passive && !second_predicate(predicate, i) {
                    continue;
                }
                if lex.fails(t) && i < own_until {
                    actor.push(tok_span(at..at + 1));
                } else if t.lemma() == "leav"
                    && let Some(state) = predicate[i..]
                        .iter()
                        .take(8)
                        .position(|n| LEFT_IN_PLACE.contains(&n.norm.as_str()))
                {
                    // "left the test account enabled", not "left the company".
                    actor.push(tok_span(at..at + state + 1));
                } else if matches!(t.norm.as_str(), "not" | "never")
                    // Near the verb, or opening a second predicate: "was on
                    // leave and did not delegate it".
                    && (i <= 3 || second_predicate(predicate, i))
                    // "cannot export" says what the person could not do, and
                    // "is not on the list" where they stand.
                    && !(i > 0
                        && matches!(predicate[i - 1].norm.as_str(), "can" | "could"))
                    && !(i > 0
                        && matches!(
                            predicate[i - 1].norm.as_str(),
                            "is" | "are" | "was" | "were" | "be" | "been"
                        )
                        // "was not wearing" is still what they did.
                        && !next.is_some_and(|n| n.norm.ends_with("ing")))
                    // (A sign's words in quotes are no one's: "no 'do not
                    // remove' tray".)
                    && !c.tokens[(verb + i).saturating_sub(2)..verb + i]
                        .iter()
                        .any(|q| matches!(q.norm.as_str(), "'" | "\"" | "‘" | "“"))
                    && let Some((n, end)) = negated(i)
                    && n.is_word()
                    && !unsaid_passive(c.tokens, verb + i)
                    && (!lex.lacked(n) || n.norm == "get" && obtains(&predicate[i + 2..]))
                    && !AUXILIARY.contains(&n.norm.as_str())
                    && !n.norm.ends_with("ly")
                    && !matches!(n.norm.as_str(), "a" | "an" | "the" | "enough" | "always")
                {
                    // A second predicate's words start at its auxiliary.
                    let from = if i <= 3 { verb } else { verb + i - 1 };
                    actor.push(tok_span(from..end));
                } else if matches!(t.norm.as_str(), "should" | "could" | "ought")
                    && next.is_some_and(|n| matches!(n.norm.as_str(), "have" | "to"))
                {
                    actor.push(tok_span(at..at + 2));
                } else if OMISSION.contains(&t.norm.as_str()) && i < of_a_thing
                    || (t.norm == "own"
                        && i > 0
                        && matches!(predicate[i - 1].norm.as_str(), "his" | "her" | "their")
                        // "has no account of his own" says what they lack,
                        // and "wait two weeks for their own accounts".
                        && !(i > 1 && PREPOSITIONS.contains(&predicate[i - 2].norm.as_str()))
                        // ("Each fee earner keeps their own": what they
                        // hold or bring, not what they signed for themselves.)
                        && !(i > 1
                            && matches!(
                                predicate[i - 2].norm.as_str(),
                                "keep" | "keeps" | "kept" | "use" | "uses" | "bring" | "brings"
                                    | "have" | "has" | "wear" | "wears" | "buy" | "buys"
                            )))
                {
                    // "approved her own access request"
                    actor.push(tok_span(at..at + 1));
                }
            }
        }
        // "Used by everyone except the registrar, who left out the bleed": a
        // person's own failure told in a relative clause.
        let t = c.tokens;
        for k in 2..t.len().saturating_sub(1) {
            if t[k].norm == "who" && t[k - 1].norm == "," && lex.is_person(&t[k - 2]) {
                let v = &t[k + 1];
                let left_out = v.lemma() == "leav"
                    && t.get(k + 2)
                        .is_some_and(|o| matches!(o.norm.as_str(), "out" | "off"));
                if lex.fails(v) || left_out {
                    actor.push(tok_span(k - 2..k + 2));
                }
            }
        }
        actor
    }

    /// A failure named as a noun ("non-observance ... by the employee"), a
    /// person's failure or fault in the possessive, and "driver error".
    fn possessed_blame(&self, c: &Parts, nominal: Option<Range<usize>>) -> Vec<Range<usize>> {
        let lex = self;
        let (tokens, possessor) = (c.tokens, c.subject.possessor);
        let tok_span = |r: Range<usize>| c.tok_span(r);
        // "The driver's failure to check", "the admin's inadequate review".
        let mut blame: Vec<Range<usize>> = Vec::new();
        blame.extend(nominal);
        if let Some(p) = possessor
            && let Some(next) = tokens.get(p + 2)
        {
            if POSSESSED_FAILURE.contains(&next.norm.as_str()) {
                blame.push(tok_span(p..p + 3));
            } else if matches!(next.norm.as_str(), "decision" | "choice")
                && tokens.get(p + 3).is_some_and(|t| t.norm == "to")
                && tokens.get(p + 4).is_some_and(|t| {
                    lex.fails(t)
                        // "The welder's decision to work without a fire
                        // watch", "to continue the approach", "to depart
                        // with a known deficiency".
                        // (Or to put oneself in harm's way: "the worker's
                        // decision to reach into the running conveyor".)
                        || matches!(
                            t.norm.as_str(),
                            "continue"
                                | "proceed"
                                | "reach"
                                | "enter"
                                | "climb"
                                | "step"
                                | "stand"
                                | "walk"
                                | "jump"
                                | "ride"
                                | "drive"
                                | "lift"
                                | "restart"
                                | "remove"
                                | "go"
                        )
                        || tokens[p + 5..]
                            .iter()
                            .take_while(|w| w.is_word())
                            .any(|w| {
                                OMISSION.contains(&w.norm.as_str())
                                    || matches!(w.norm.as_str(), "despite" | "known")
                            })
                })
            {
                // "The site manager's decision to skip the inspection"; a
                // decision to spend less is a resource decision, not a slip.
                blame.push(tok_span(p..p + 5));
            } else if POSSESSED_FAULT.contains(&next.norm.as_str()) {
                // "the admin's inadequate review": the adjective and its noun.
                let end = if tokens.get(p + 3).is_some_and(Token::is_word) {
                    p + 4
                } else {
                    p + 3
                };
                blame.push(tok_span(p..end));
            }
        }
        // "Driver error", "due to pharmacist error", "nurse slip": whose
        // error it was, unless the person's noun only qualifies another ("the
        // printer driver error").
        blame.extend(
            tokens
                .windows(2)
                .enumerate()
                .filter(|(i, pair)| {
                    matches!(
                        pair[1].norm.as_str(),
                        "error"
                            | "errors"
                            | "slip"
                            | "slips"
                            | "lapse"
                            | "lapses"
                            | "mistake"
                            | "mistakes"
                    ) && lex.is_person(&pair[0])
                        && i.checked_sub(1).is_none_or(|b| {
                            let before = tokens[b].norm.as_str();
                            !tokens[b].is_word()
                                || PREPOSITIONS.contains(&before)
                                || matches!(before, "the" | "a" | "an" | "was" | "is" | "due")
                        })
                })
                .map(|(i, _)| tok_span(i..i + 2)),
        );
        blame
    }

    /// The matches of the phrase lists ([blame], its lines with a person,
    /// [person-cause]) that stand: blame, or what a person did.
    fn listed_blame(
        &self,
        c: &Parts,
        marked: &str,
        blame: &mut Vec<Range<usize>>,
        actor: &mut Vec<Range<usize>>,
    ) {
        let lex = self;
        let (text, norm, offset, t0) = (c.text, c.norm, c.offset, c.t0);
        let (role, verb, passive, modal, past_by) = (
            c.subject.role,
            c.subject.verb,
            c.passive,
            c.modal,
            c.past_by,
        );
        let to_span = |r: Range<usize>| c.to_span(r);
        // The two blame lists' matches as if of one list, except that a
        // match set aside lets one it overlaps be read: "Tom did not get"
        // (what he lacked) and "did not get the change reviewed".
        let mut blamed = self.blame.ranges(norm);
        blamed.extend(self.blame_person.ranges(marked));
        blamed.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        for (found, deniable) in [(blamed, true), (self.person_cause.ranges(marked), false)] {
            let mut taken = 0;
            for m in found {
                if m.start < taken {
                    continue;
                }
                let denied = (deniable && self.negation_before.is_match(&norm[..m.start]))
                    || self.negation_after.is_match(&norm[m.end..]);
                // "The contractor did not have access": what a person
                // lacked, not what they did wrong, whether the match takes
                // in the negation or stops before it.
                let matched = text.tokens_at(offset + m.start..offset + m.end);
                let lacks_at = |not: usize| {
                    text.tokens.get(not).is_some_and(|t| t.norm == "not")
                        && text.tokens.get(not + 1).is_some_and(|t| lex.lacked(t))
                };
                let lacking =
                    (matched.len() >= 2 && lacks_at(matched.end - 2)) || lacks_at(matched.end);
                // "One manager account, shared by all duty managers": what
                // everyone does is how the work is set up, not one person's act.
                // So is "issued by the same supervisor who did the work", and
                // "counted by one person" or "by a single cashier" ("by one
                // of our devs" names one).
                let everyone = norm[m.clone()].starts_with("by ") && {
                    let mut after = norm[m.start + 3..].split_whitespace();
                    match after.next() {
                        Some("all" | "every" | "any" | "each" | "both") => true,
                        Some("one" | "only") => after.next() != Some("of"),
                        Some("the") => after.next() == Some("same"),
                        Some("a") => matches!(after.next(), Some("single" | "lone")),
                        _ => false,
                    }
                };
                // "Measured on handle time, which rewards skipping the
                // questions": blame that a thing brings about is how the
                // work is set up.
                // (Or made to pay: "complacency is rewarded".)
                let induced = deniable && {
                    let before = norm[..m.start].trim_end();
                    let mut after = norm[m.end..].split_whitespace();
                    INDUCING.iter().any(|w| before.ends_with(w))
                        || matches!(after.next(), Some("is" | "are" | "was" | "were" | "gets"))
                            && matches!(
                                after.next(),
                                Some(
                                    "rewarded"
                                        | "encouraged"
                                        | "tolerated"
                                        | "incentivised"
                                        | "incentivized"
                                )
                            )
                };
                // "Branch protection allows force pushes by admins": who does
                // what a thing allows is how the work is set up.
                // (So is who has a part in what a thing does, in the
                // present: "the annual audit samples 5% of items chosen by
                // the store manager".)
                let allowed = norm[m.clone()].starts_with("by ")
                    && (norm[..m.start].split_whitespace().rev().take(5).any(|w| {
                        matches!(w, "allows" | "permits" | "lets" | "enables" | "accepts")
                    }) || role == Role::Thing
                        && !passive
                        && text.tokens.get(t0 + verb).is_some_and(Token::s_form));
                // "Labels get stuck when one is skipped": a present passive
                // says how things go, not what someone did.
                let habitual = deniable
                    && matched.start > 0
                    && text.tokens[matched.start].is_past()
                    && matches!(
                        text.tokens[matched.start - 1].norm.as_str(),
                        "is" | "are" | "get" | "gets"
                    );
                // "Each fee earner keeps their own": what every one of them
                // does, in the present, is how the work is done (not a
                // failure: "all drivers skip the check").
                // "The technician followed the procedure": doing as told is
                // no failure.
                let complied = !deniable && complied(&text.tokens, matched.end - 1);
                let practice = !deniable
                    && ["each ", "every ", "all "]
                        .iter()
                        .any(|q| norm[m.clone()].starts_with(q))
                    && text.tokens[matched.end - 1].s_form()
                    && !lex.fails(&text.tokens[matched.end - 1]);
                // "Anyone could make this mistake": a slip open to everyone
                // says how the work is set up, not who slipped.
                let anyone_could = {
                    let mut before = norm[..m.start].split_whitespace();
                    matches!(before.next(), Some("anyone" | "anybody" | "everyone"))
                        && matches!(before.next(), Some("could" | "would" | "might" | "can"))
                };
                // "Contractors have unrestricted admin on our servers": what
                // they hold, not what they did.
                let held = !deniable
                    && matched.end >= 2
                    && matches!(
                        text.tokens[matched.end - 2].norm.as_str(),
                        "have" | "has" | "had"
                    )
                    && matches!(
                        text.tokens[matched.end - 1].norm.as_str(),
                        "unrestricted"
                            | "unlimited"
                            | "unsupervised"
                            | "unmonitored"
                            | "unfettered"
                            | "uncontrolled"
                            | "unescorted"
                            | "unmanaged"
                    );
                // "Leavers reach payroll by email from managers": how it
                // travels, then whom it is from, names no one who acted.
                let by_means = norm[m.clone()].starts_with("by ")
                    && norm[m.start + 3..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "email"
                                    | "e-mail"
                                    | "post"
                                    | "phone"
                                    | "telephone"
                                    | "fax"
                                    | "text"
                                    | "letter"
                                    | "mail"
                                    | "courier"
                                    | "hand"
                                    | "word"
                                    | "chat"
                            )
                        });
                // "Leavers reach payroll by email from managers, who often
                // forget": a habit told of the people a process leans on,
                // in the present, is the process's weakness.
                let leaned_on = {
                    let w = |k: usize| {
                        (matched.start >= k).then(|| text.tokens[matched.start - k].norm.as_str())
                    };
                    matches!(
                        text.tokens[matched.start].norm.as_str(),
                        "forget" | "forgets"
                    ) && (w(1) == Some("who") && w(2) == Some(",")
                        || w(2) == Some("who")
                            && w(3) == Some(",")
                            && matches!(
                                w(1),
                                Some(
                                    "often" | "sometimes" | "usually" | "frequently" | "regularly"
                                )
                            ))
                };
                // "Against the advice of IT, extensions can still be
                // installed by any user": told first, going against advice
                // is a person's only when a person is the subject.
                let fronted_against = ["against ", "despite "]
                    .iter()
                    .any(|w| norm[m.clone()].starts_with(w))
                    && norm[..m.start].trim().is_empty()
                    && role != Role::Person;
                // "Not checked against any policy as code": what a thing is
                // checked against is a yardstick, not a rule someone broke.
                let yardstick = norm[m.clone()].starts_with("against ")
                    && norm[..m.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            matches!(
                                w,
                                "checked"
                                    | "compared"
                                    | "validated"
                                    | "tested"
                                    | "measured"
                                    | "reconciled"
                                    | "matched"
                                    | "verified"
                                    | "assessed"
                                    | "audited"
                                    | "screened"
                                    | "scanned"
                            )
                        });
                // "Missed bins are reported online": a kind of thing
                // named by what befell it, not what someone missed.
                // (Or after an article of any one: "nobody sees a missed
                // one", "flags any missed dose".)
                let any_one = matched.start > 0
                    && matches!(
                        text.tokens[matched.start - 1].norm.as_str(),
                        "a" | "an" | "any" | "each" | "every" | "no"
                    );
                let a_kind = text.tokens[matched.start].norm == "missed"
                    && matched.len() == 1
                    && text
                        .tokens
                        .get(matched.end)
                        .is_some_and(Token::could_be_noun)
                    && (any_one
                        || text.tokens.get(matched.end + 1).is_some_and(|v| {
                            AUXILIARY.contains(&v.norm.as_str())
                                || matches!(
                                    v.norm.as_str(),
                                    "go" | "get" | "reach" | "appear" | "show"
                                )
                        }));
                // "The alarm sounds for every misread": a slip counted as a
                // kind of event, after an article, with no verb of its own.
                let counted = matched.len() == 1
                    && any_one
                    && text.tokens[matched.start].norm.starts_with("mis")
                    && text
                        .tokens
                        .get(matched.end)
                        .is_none_or(|n| !n.is_word() || PREPOSITIONS.contains(&n.norm.as_str()));
                // "With no sign that one has been missed": what nothing
                // shows, not what someone did.
                // "A type that is known to be misread": a thing's known
                // weakness, not a person's act.
                // ("Easy to misread" too.)
                let last = matched.end - 1;
                let be = usize::from(last >= 1 && text.tokens[last - 1].norm == "be");
                let prone = last >= 2 + be
                    && text.tokens[last - 1 - be].norm == "to"
                    && matches!(
                        text.tokens[last - 2 - be].norm.as_str(),
                        "known" | "likely" | "easy" | "prone" | "liable" | "apt"
                    );
                let unseen = (matched.start.saturating_sub(5)..matched.start).any(|k| {
                    k >= 2
                        && matches!(
                            text.tokens[k].norm.as_str(),
                            "that" | "when" | "if" | "whether"
                        )
                        && matches!(
                            text.tokens[k - 1].norm.as_str(),
                            "sign" | "signs" | "indication" | "alert" | "warning" | "flag" | "way"
                        )
                        && text.tokens[k - 2].norm == "no"
                });
                let unaided = !deniable
                    && matched.end >= matched.start + 3
                    && unsaid_passive(&text.tokens, matched.end - 2);
                if denied
                    || lacking
                    || unaided
                    || everyone
                    || induced
                    || allowed
                    || habitual
                    || a_kind
                    || counted
                    || fronted_against
                    || yardstick
                    || unseen
                    || prone
                    || complied
                    || by_means
                    || leaned_on
                    || practice
                    || anyone_could
                    || held
                    || went_home(&norm[..m.end], &norm[m.end..])
                    || one_between_them(&norm[m.clone()], &norm[m.end..])
                    || also_on_duty(&norm[m.clone()])
                    || sole_one(&norm[..m.start])
                    || spread_thin(&norm[..m.end], &norm[m.end..])
                    || unstopped(&norm[..m.start], &norm[m.clone()])
                {
                    continue;
                }
                let span = to_span(m.clone());
                // "The build image skipped the encryption step": a failure
                // verb whose subject is a thing says how the system works,
                // not what a person slipped on.
                // So does a thing that did not do its job, or a second verb
                // of the thing ("holds one address and did not record the
                // move").
                let at = matched.start;
                // (Not what only a mind does: "did not realise", "was not
                // careful".)
                let negated = |i: usize| {
                    let mindless = text
                        .tokens
                        .get(i + 2)
                        .is_none_or(|v| !MINDFUL.iter().any(|m| v.norm.starts_with(m)));
                    mindless
                        && (AUXILIARY.contains(&text.tokens[i].norm.as_str())
                            && text.tokens.get(i + 1).is_some_and(|n| n.norm == "not")
                            || text.tokens[i].lemma() == "fail"
                                && text.tokens.get(i + 1).is_some_and(|n| n.norm == "to"))
                };
                let second = at > t0 + verb && text.tokens[at - 1].norm == "and";
                // (Or a thing named in the clause as its own subject: "...
                // and the control system did not record whether ...".)
                // (Active only: "the process was not followed" is a thing
                // acted on.)
                let only_thing = |t: &Token| self.is_thing(t) && !lex.is_person(t);
                let own_subject = at > t0
                    && only_thing(&text.tokens[at - 1])
                    && !matches!(
                        text.tokens[at].norm.as_str(),
                        "was" | "were" | "is" | "are" | "been"
                    );
                // (Or named inside the match, after the person: "no backup
                // owner and the control calendar did not flag".)
                let thing_inside = || {
                    (at + 1..matched.end).any(|k| {
                        negated(k)
                            && only_thing(&text.tokens[k - 1])
                            && (at..k - 1).any(|j| lex.is_person(&text.tokens[j]))
                    })
                };
                let by_thing = (role == Role::Thing && !passive && (at == t0 + verb || second)
                    || own_subject)
                    && (lex.fails(&text.tokens[at]) || negated(at))
                    || thing_inside();
                // "The night shift rota did not include an engineer": the
                // person only qualifies the thing whose verb it is.
                let of_thing = role == Role::Thing
                    && !passive
                    && matched.end > t0 + verb
                    && text.tokens[at.min(t0 + verb)..t0 + verb]
                        .iter()
                        .any(|t| lex.is_person(t));
                // "The detector can be bypassed from the control room": what
                // can be done to a thing says how it is built, not who slipped.
                // (So does a second predicate's: "... and could be skipped
                // without anyone knowing".)
                let possible = passive && modal && at >= t0 + verb
                    || at >= 2
                        && is_possibility(&text.tokens[at - 2])
                        && text.tokens[at - 1].norm == "be";
                if deniable && (by_thing || of_thing || possible) {
                    continue;
                }
                let did = if norm[m.clone()].starts_with("by ") {
                    // "The gate code is shared by all contractors": a
                    // present passive says how things are done, not what a
                    // person did. Nor does a clause that names what was
                    // done: "no log of what has been collected by the courier".
                    let what = norm[..m.start]
                        .split_whitespace()
                        .rev()
                        .take(4)
                        .any(|w| w == "what");
                    !(passive && past_by.is_none() || what)
                } else {
                    // A passive subject is what was done to, not who did
                    // it; "the DR plan" is no doctor; and the match must
                    // reach the verb ("one analyst post covers ...").
                    // (Nor a word that names no act: "operator users during
                    // the backup", "the HR leaver feed".)
                    let no_act = norm[m.clone()]
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| NOT_ACTS.contains(&w));
                    !(passive && m.start == 0)
                        && role == Role::Person
                        && matched.end > t0 + verb
                        && !no_act
                };
                if deniable {
                    blame.push(span);
                } else if did {
                    actor.push(span);
                }
                taken = m.end;
            }
        }
    }

    /// A person named as the whole cause: "(came down to) the individual";
    /// or "this was the fitter choosing the wrong bolt", "it was the picker
    /// not reading them". Where the blame ends. (Read from the tokens: as a
    /// line of [blame], `{person}` would be expanded once more.)
    fn person_named_alone(&self, tokens: &[Token]) -> Option<Range<usize>> {
        let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
        let article = |k: usize| matches!(word(k), "the" | "a" | "an" | "this" | "that");
        // The person after an article and at most one word that says which.
        let person_at = |from: usize| {
            (from..(from + 2).min(tokens.len()))
                .find(|&k| self.is_person(&tokens[k]))
                .filter(|&k| tokens[from..k].iter().all(Token::is_word))
        };
        let words = tokens.iter().filter(|t| t.is_word()).count();
        // "Down to Dave.", "Blame lies with the subcontractor's foreman.",
        // "Responsibility rests with the operator, who ...": the person
        // laid at, and nothing more (or an aside after a comma).
        let laid_at = match (word(0), word(1), word(2)) {
            ("down", "to", _) => Some(2),
            ("blame" | "fault" | "responsibility", "lies" | "lay" | "rests" | "rested", "with") => {
                Some(3)
            }
            _ => None,
        };
        if let Some(k) = laid_at {
            let k = k + usize::from(article(k));
            let mut p = person_at(k)?;
            // (Whose they are may come first: "the subcontractor's foreman".)
            if word(p + 1) == "'s" && tokens.get(p + 2).is_some_and(|t| self.is_person(t)) {
                p += 2;
            }
            return tokens
                .get(p + 1)
                .is_none_or(|t| !t.is_word() || t.norm == ",")
                .then_some(0..p + 1);
        }
        if article(0) && words <= 3 {
            let p = person_at(1)?;
            return tokens[p + 1..]
                .iter()
                .all(|t| !t.is_word())
                .then_some(0..p + 1);
        }
        (0..tokens.len().saturating_sub(1)).find_map(|start| {
            if !(matches!(word(start), "this" | "it" | "that")
                && matches!(word(start + 1), "was" | "is"))
            {
                return None;
            }
            let mut k = start + 2;
            if matches!(word(k), "just" | "simply") {
                k += 1;
            } else if word(k) == "down" && word(k + 1) == "to" {
                k += 2;
            }
            if article(k) {
                k += 1;
            }
            let p = person_at(k)?;
            let v = p + 1 + usize::from(word(p + 1) == "not");
            tokens
                .get(v)
                .filter(|t| t.is_ing_form())
                .map(|_| start..v + 1)
        })
    }

    fn person_cause_bridged(&self, c: &Parts, marked: &str, actor: &mut Vec<Range<usize>>) {
        let (text, tokens, offset, t0, passive) = (c.text, c.tokens, c.offset, c.t0, c.passive);
        let Subject {
            role,
            head,
            verb,
            closed,
            aside_end,
            from,
            ..
        } = c.subject;
        // "A postdoc in the imaging group copied the recordings": the lines
        // of [person-cause] read the person with the predicate, without the
        // phrase that stands between them, when the predicate starts with
        // what was done ("leavers in the contractor system do not reach the
        // platform" are records, not people acting). So too a person after
        // more words than {person} takes in ("night shift security guard
        // let a visitor ...").
        // (Or in "-ing" as a cause names it: "the inspector accepting a lot
        // with a cracked housing"; not what the person had or was.)
        let acted = |t: &Token| {
            !AUXILIARY.contains(&t.norm.as_str())
                && !NOT_ACTS.contains(&t.norm.as_str())
                && (t.is_past() || t.is_ing_form())
        };
        // (Or what they were doing: "Employee #1 was operating the press
        // and placed his hand in it".)
        let doing = |v: usize| {
            tokens
                .get(v)
                .is_some_and(|t| matches!(t.norm.as_str(), "was" | "were"))
                && tokens.get(v + 1).is_some_and(Token::is_ing_form)
        };
        // A phrase that follows the person, with no subject of its own
        // ("claims they submitted" is another clause's verb).
        let bridged = |h: usize| {
            closed
                && verb > h + 1
                && PREPOSITIONS.contains(&tokens[h + 1].norm.as_str())
                && !tokens[h + 1..verb].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "i" | "we"
                            | "you"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "who"
                            | "which"
                            | "that"
                    )
                })
        };
        // Only words that can qualify a person before it: no verb, no
        // preposition ("the portal sends resets to any users entered").
        // (A number may follow the person: "Employee #1 removed the guard";
        // so may "who": "the packer, who placed the IFU ...".)
        // (Or an aside in brackets: "on-call (me) acked".)
        // (And an adverb: "the roofer again worked on the edge".)
        let between = |k: usize| {
            let t = &tokens[k];
            matches!(
                t.norm.as_str(),
                "," | "who" | "again" | "still" | "then" | "just"
            ) || t.norm.ends_with("ly") && t.norm.len() > 4
                || numbering(t)
                || (k.saturating_sub(5)..=k).any(|o| {
                    tokens[o].norm == "(" && short_aside(&tokens[o..]).is_some_and(|c| o + c >= k)
                })
        };
        let fronted = |h: usize| {
            !closed
                && verb > h
                && (h + 1..verb).all(between)
                && h <= from + 4
                // (Whose they are may come first: "the contractor's
                // electrician who energised"; or their name: "Ramesh, the
                // night auditor, ran".)
                && tokens[from..h].iter().enumerate().all(|(k, t)| {
                    t.norm == "'s"
                        || t.norm == "," && k == 1 && tokens[from].capital
                        || t.is_word()
                            && !self.verbish(t)
                            && !PREPOSITIONS.contains(&t.norm.as_str())
                })
        };
        // "A research assistant, who had been asked ..., downloaded": the
        // person and the verb, without the aside.
        let aside = |h: usize| {
            let k = h + 1 + tokens[h + 1..].iter().take_while(|t| numbering(t)).count();
            aside_end == verb && verb > k + 1 && tokens.get(k).is_some_and(|t| t.norm == ",")
        };
        if role == Role::Person
            && !passive
            && actor.is_empty()
            && let Some(h) = head
            && (tokens.get(verb).is_some_and(acted) && !complied(tokens, verb) || doing(verb))
            && (bridged(h) || fronted(h) || aside(h))
        {
            // The clause's marked text, cut around the phrase.
            let (person, said) = (text.place(t0 + h), text.place(t0 + verb).start);
            let person = &marked[person.start - offset..person.end - offset];
            let joined = format!("{person} {}", &marked[said - offset..]);
            if let Some(m) = self.person_cause.find(&joined)
                && m.end > person.len() + 1
                && !self.negation_after.is_match(&joined[m.end..])
                && !went_home(&joined[..m.end], &joined[m.end..])
                && !spread_thin(
                    &format!("{} {}", text.norm_of(t0 + from..t0 + h).1, &joined[..m.end]),
                    &joined[m.end..],
                )
            {
                let end = text.tokens_at(said..said + m.end - person.len() - 1).end;
                if aside(h) {
                    actor.push(text.span(t0 + h..t0 + h + 1));
                    actor.push(text.span(t0 + verb..end));
                } else {
                    actor.push(text.span(t0 + h..end));
                }
            }
        }
    }
}

/// "Reviewer not assigned", "engineer not trained on the new system": a
/// passive without its auxiliary, the "not" at `not` right after the person,
/// says what the person was not given. With an object after it, it is what
/// they did not do ("operator not checked the gauge").
fn unsaid_passive(tokens: &[Token], not: usize) -> bool {
    not > 0
        && matches!(tokens[not].norm.as_str(), "not" | "never")
        && !AUXILIARY.contains(&tokens[not - 1].norm.as_str())
        && tokens.get(not + 1).is_some_and(Token::is_past)
        // (What they were not given goes on with its preposition, "trained
        // on", "told about"; "never looked at the plan" is what they did.)
        // ("Never filled in the form" is a verb with its particle.)
        && tokens.get(not + 2).is_none_or(|t| {
            !t.is_word()
                || matches!(t.norm.as_str(), "on" | "for" | "about" | "of" | "to")
                || t.norm == "in"
                    && !matches!(
                        tokens[not + 1].norm.as_str(),
                        "filled" | "handed" | "logged" | "signed" | "keyed" | "typed" | "clocked"
                            | "booked" | "plugged"
                    )
        })
}

/// Whether the words start with a verb only people do: "approved",
/// "forgot", "signed off" (a system signs a token, not off a release).
fn only_people_do(words: &[Token]) -> bool {
    words.first().is_some_and(|v| {
        matches!(
            v.norm.as_str(),
            "onboarded"
                | "approved"
                | "accepted"
                | "decided"
                | "forgot"
                | "agreed"
                | "promised"
                | "chose"
                | "assumed"
                | "acknowledged"
                | "authorised"
                | "authorized"
                | "painted"
        ) || v.norm == "signed" && words.get(1).is_some_and(|o| o.norm == "off")
    })
}

/// Whether a clause opens with an act in the past and its object, with no
/// subject: "did not wait", "went ahead", "took the guard off", "used the
/// wrong sling" (not a participle that only says what was done to a thing:
/// "installed without an interlock").
fn acted_unsaid(tokens: &[Token]) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    let object = |k: usize| {
        matches!(
            word(k),
            "the"
                | "a"
                | "an"
                | "it"
                | "them"
                | "his"
                | "her"
                | "their"
                | "ahead"
                | "wrong"
                | "everyone"
                | "everybody"
        )
    };
    // (Or a particle: "drove off with the hose attached", "mixed up the
    // notes", "poured before the inspection".)
    let particle = |k: usize| {
        matches!(
            word(k),
            "off"
                | "out"
                | "up"
                | "through"
                | "over"
                | "away"
                | "back"
                | "with"
                | "into"
                | "before"
                | "without"
                | "down"
        )
    };
    // (Or a bare noun, as notes drop articles, and then what went wrong:
    // "pushed hotfix without QA", "ran migration on wrong tenant".)
    let bare_then_wrong = tokens
        .get(1)
        .is_some_and(|t| t.could_be_noun() && !PREPOSITIONS.contains(&t.norm.as_str()))
        && (2..5).any(|k| matches!(word(k), "without" | "wrong"));
    // (Or a bare noun after an act only people do, with nothing after it
    // that makes the first word a participle that says which: "Opened
    // attachment from unknown sender.", "Approved own expense claim."; not
    // "Opened vials not dated", "Used needles found in the bin".)
    let bare_act = matches!(
        word(0),
        "left"
            | "used"
            | "opened"
            | "approved"
            | "shared"
            | "emailed"
            | "posted"
            | "copied"
            | "clicked"
            | "stored"
            | "reused"
            | "overrode"
    ) && tokens.get(1).is_some_and(|t| {
        (t.could_be_noun() || matches!(t.norm.as_str(), "own" | "personal"))
            && !PREPOSITIONS.contains(&t.norm.as_str())
    }) && {
        let clause = tokens[1..]
            .iter()
            .position(|t| matches!(t.norm.as_str(), "." | ";" | ","))
            .map_or(tokens.len(), |p| p + 1);
        // (A verb of its own comes right after a noun: "needles found",
        // "oil tank leaking"; "from unknown sender", "against the racking"
        // are not.)
        (2..clause).all(|k| {
            let t = &tokens[k];
            let after_noun = tokens[k - 1].could_be_noun()
                && !PREPOSITIONS.contains(&word(k - 1))
                && !matches!(word(k - 1), "the" | "a" | "an");
            !(after_noun && (t.is_past() || t.is_ing_form()))
                && !AUXILIARY.contains(&t.norm.as_str())
                && !matches!(
                    t.norm.as_str(),
                    "not" | "no" | "missing" | "never" | "exist" | "exists" | "remain" | "remains"
                )
        })
    };
    match word(0) {
        "did" | "didn't" => word(1) == "not" || word(1) == "never",
        // Past forms that are no participles, and participles before an
        // object.
        // (Or code sent on: "pushed to prod", "merged with failing tests".)
        "went" | "took" | "gave" | "threw" | "drove" | "forgot" | "ran" | "cut" | "pushed"
        | "merged" | "washed" | "torqued" | "tapped" | "lifted" => {
            object(1) || particle(1) || word(1) == "to" || bare_then_wrong
        }
        // What only a person does in their head: "thought someone else had
        // done it" (not "believed to be caused by").
        "thought" | "assumed" | "believed" | "presumed" | "reckoned" => {
            word(1) != "to" && !word(1).is_empty()
        }
        // ("Carried on in the rain", "kept going".)
        "carried" | "kept" => matches!(word(1), "on" | "going"),
        // (Past forms spelt as the present: "put everyone in the To
        // field", "read out the balance".)
        "put" | "read" => object(1) || particle(1) && word(1) != "with",
        // ("Signed for the task without doing it.")
        "mixed" | "poured" | "started" | "signed" | "opened" | "switched" | "turned" => {
            object(1)
                || particle(1) && word(1) != "with"
                || word(0) == "signed" && word(1) == "for"
                || bare_act
        }
        // Acts that take no object, and where they were done: "worked under
        // the suspended load", "stood on the top rung", "dug without a scan"
        // (not "worked as designed").
        "dug" | "worked" | "stood" | "climbed" | "walked" | "reversed" | "leaned" | "reached"
        | "stepped" | "jumped" | "sat" | "sprayed" | "smoked" => {
            object(1) || particle(1) || PREPOSITIONS.contains(&word(1)) && word(1) != "as"
        }
        // (Or "the wrong" a word or two on: "picked from the wrong bin"; or
        // an amount: "dispensed 5 mL instead of 0.5 mL".)
        _ => {
            tokens.first().is_some_and(Token::is_past)
                && (object(1)
                    || (2..4).any(|k| word(k) == "wrong")
                    || bare_then_wrong
                    || bare_act
                    || word(1).starts_with(|c: char| c.is_ascii_digit())
                        && !matches!(word(0), "rated" | "sized" | "limited" | "capped"))
        }
    }
}

/// Whether a note says something was done without the check that was due:
/// "Paid without checking the PO.", "payment released to new bank details
/// without calling the supplier back" (a practice, "contracts are signed
/// without reading", has its auxiliary).
fn done_without_checking(tokens: &[Token]) -> bool {
    let Some(done) = tokens.iter().take(4).position(Token::is_past) else {
        return false;
    };
    tokens[..done].iter().all(|t| {
        t.is_word()
            && !AUXILIARY.contains(&t.norm.as_str())
            && !PREPOSITIONS.contains(&t.norm.as_str())
            && t.norm != "not"
    }) && tokens[done + 1..].windows(2).any(|w| {
        w[0].norm == "without"
            && matches!(
                w[1].norm.as_str(),
                "calling"
                    | "checking"
                    | "verifying"
                    | "confirming"
                    | "reading"
                    | "looking"
                    | "testing"
                    | "asking"
                    | "waiting"
                    | "counting"
                    | "scanning"
            )
    })
}

/// Teams named for their place or their work, which are also things.
const DEPARTMENTS: &[&str] = &[
    "goods-in",
    "goods-inward",
    "stores",
    "dispatch",
    "despatch",
    "purchasing",
    "receiving",
    "accounts",
    "housekeeping",
    "catering",
    "support",
    "reception",
    "maintenance",
    "security",
    "finance",
    "payroll",
];

/// Whether the words after an agent noun say it does not do something by
/// itself: "The grader doesn't reject bruised fruit automatically" names a
/// machine ("the operator did not automatically ..." is still a person).
fn not_automatic(words: &[Token]) -> bool {
    words[1..]
        .iter()
        .take(6)
        .take_while(|t| t.is_word())
        .position(|t| t.norm == "not")
        .is_some_and(|n| {
            words[n + 2..]
                .iter()
                .take(6)
                .take_while(|t| t.is_word())
                .any(|t| t.norm == "automatically")
        })
}

/// "The work scheduler doesn't detect duplicate jobs": a word for a job
/// and a tool alike ("scheduler", "installer", "loader") is the tool when
/// what it fails to do is a tool's. (`words` starts with the word.)
/// (So is a team named as its system, when it fails to block: "payroll
/// doesn't block a second final payment".)
fn works_as_a_tool(words: &[Token]) -> bool {
    let w = words[0].norm.strip_suffix('s').unwrap_or(&words[0].norm);
    // Whether one of `verbs` is denied in the next few words.
    let fails_to = |verbs: &[&str]| {
        words[1..]
            .windows(2)
            .take(4)
            .any(|p| p[0].norm == "not" && verbs.contains(&p[1].norm.as_str()))
    };
    matches!(w, "payroll" | "billing" | "ticketing")
        && fails_to(&["block", "prevent", "validate", "enforce", "reject"])
        // (A planner that does not hold what it should is the software: "the
        // route planner doesn't hold bridge heights".)
        || w == "planner" && fails_to(&["hold", "store", "include", "contain", "support"])
        || NOT_AGENTS.contains(&w)
            && fails_to(&[
                "check", "detect", "flag", "validate", "alert", "block", "prevent", "warn",
                "record", "capture", "track", "prompt", "enforce", "reject", "support", "show",
                "display",
            ])
}

//! The modifiers of step 6: once `table` has ranked a clause by its
//! governing verb and its object, each modifier looks at the rest of the
//! clause and may move the tier ("checked weekly by hand" is people-tier, "so
//! that it cannot" eliminates). They run in the order of `MODIFIERS`, and a
//! later one sees the tier the earlier ones left: the order is part of the
//! judgement.

use std::ops::Range;

use super::{
    AUXILIARY, ENABLING, HEADS, MEANS, OBJECTS, Object, Reading, Tier, acts_by_itself, capitalised,
    ends_clause, ends_phrase, future_passive, in_a_step_around, is_determiner, is_determiner_word,
    is_record, is_tool, past_another_verb, peoples_own_verb, plain_noun, promised, put_off,
    retrospective, says_every, sentence_end, to_sentence_end, tool_does, tool_subject,
};
use crate::analysis::lexicon::{Class, Hit};
use crate::analysis::text::{Text, Token};

/// A clause as read so far: its governing word and what it governs.
pub(super) struct Governed<'a> {
    pub text: &'a Text,
    pub hits: &'a [Hit],
    /// The governing word's hit.
    pub head: usize,
    /// Its tokens.
    pub start: usize,
    pub end: usize,
    pub clause_start: usize,
    pub verb: Class,
    pub object: Object,
    pub object_hit: Option<usize>,
    pub traced: bool,
    /// Whether what follows the governing word is marked as the one at hand
    /// ("the", "expired", "leavers").
    definite_next: bool,
    /// The words after the governing one, to the sentence's end.
    rest: Vec<&'a str>,
    /// Where a promise of people ("QA to ...") has its "to".
    promise_to: Option<usize>,
    automated_at: Option<usize>,
    /// "Checked nightly" is how often someone checks; "the nightly export"
    /// is a job that runs by itself.
    periodic: Option<&'a Hit>,
}

/// In the order they apply.
pub(super) const MODIFIERS: &[fn(&Governed, &mut Reading)] = &[
    a_tool_does_it,
    done_after_the_fact,
    a_stopgap_or_a_fix_shipped,
    a_message_switched_on,
    a_setting_switched_on,
    the_right_one_put_in,
    people_promise_it,
    a_second_person_checks,
    signed_by_two,
    a_second_person_made_able,
    asked_for_every_time,
    a_tool_asks,
    filled_from_its_source,
    a_fix_put_in,
    done_again,
    a_persons_own_note,
    tools_joined,
    a_flow_set_up,
    shown_to_people,
    made_to_stand_out,
    laid_out_anew,
    given_to_a_tool,
    named_by_a_key,
    made_for_this_case,
    a_record_brought_up_to_date,
    what_was_missing_put_in,
    the_part_at_hand_replaced,
    changed_alone,
    done_to_it,
    made_once,
    booked_for_a_date,
    kit_kept_where_needed,
    written_to_someone,
    a_way_round_made_to_ask,
    an_alarm_relayed,
    people_marked,
    something_alerts_by_itself,
    an_alert_on_a_condition,
    a_gate_before_the_next_step,
    made_a_required_step,
    the_person_at_hand,
    offered_to_the_one_at_hand,
    the_one_at_hand_moved,
    set_apart,
    widened_to_every_case,
    designed_again,
    set_again_with_room,
    a_tool_set_to_do_it,
    made_so_for_good,
    forbidden_when,
    rolled_out,
    issued_with_every,
    a_kind_of_thing_removed,
    a_setting_locked,
    switched_off_by_a_rule,
    held_back_by_a_tool,
    taken_out_of_a_tool,
    stops_the_one_at_hand,
    checked_against_a_reference,
    a_check_done_once,
    a_setting_looked_at,
    a_check_and_its_means,
    a_manual_check_put_in_place,
    a_chore_given_to_a_person,
    a_check_that_runs_by_itself,
    every_instance_by_a_tool,
    taken_from_a_whole_role,
    sent_by_itself,
    sent_through_a_tool,
    pushed_out,
    made_by_a_tool,
    read_by_a_tool,
    counted_in_and_out,
    failures_sent_on,
    warns_when,
    shown_when,
    moved_by_itself,
    more_people_able,
    done_every_time,
    added_to_every_one,
    reported_alone,
    tracked_in_a_tool,
    messages_kept_in_a_tool,
    people_updated_on,
    product_reworked,
    override_taken_off,
    more_watching,
    written_into_a_plan,
    a_warning_fitted,
    made_the_default,
    names_no_change,
    put_off_for_later,
    a_tool_that_refuses,
    a_tool_flags_it,
    no_one_has_to_remember_it,
    only_asks_people,
    a_reminder_a_tool_sends,
    fills_in_the_instance_at_hand,
    only_some_may,
    can_no_longer_happen,
    detects_what_it_changes,
    better_next_time,
    only_to_be_considered,
    put_where_people_read,
    by_way_of_training,
    training_named_as_a_tool,
];

impl<'a> Governed<'a> {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        text: &'a Text,
        hits: &'a [Hit],
        head: usize,
        clause_start: usize,
        verb: Class,
        object: Object,
        object_hit: Option<usize>,
        traced: bool,
    ) -> Self {
        let (start, end) = (hits[head].tokens.start, hits[head].tokens.end);
        let definite_next = hits
            .iter()
            .any(|d| d.tokens.start == end && d.classes.has(Class::Definite));
        let rest = to_sentence_end(&text.tokens[end..])
            .iter()
            .map(|t| t.norm.as_str())
            .collect();
        // (Nor is how a practice went that the action replaces: "scan the
        // stock instead of counting by hand".)
        // (Nor one that says what is checked: "a second review for manual
        // integration", "checks of weekly reports".)
        let periodic = hits.iter().find(|h| {
            h.classes.has(Class::Periodic)
                && !h.tokens.start.checked_sub(1).is_some_and(|b| {
                    is_determiner(&text.tokens[b])
                        || matches!(text.tokens[b].norm.as_str(), "for" | "of")
                })
                && !text.tokens[..h.tokens.start]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|t| matches!(t.norm.as_str(), "instead" | "rather"))
        });
        Governed {
            text,
            hits,
            head,
            start,
            end,
            clause_start,
            verb,
            object,
            object_hit,
            traced,
            definite_next,
            rest,
            promise_to: promised(text, hits).map(|(_, to)| to),
            // (Not one that only says whose access: "script access removed
            // for the engineer".)
            automated_at: hits.iter().position(|h| {
                h.classes.has(Class::Automated)
                    && !in_a_step_around(&text.tokens, h.tokens.start)
                    && !text.tokens.get(h.tokens.end).is_some_and(|n| {
                        matches!(
                            n.norm.as_str(),
                            "access" | "rights" | "permission" | "permissions"
                        )
                    })
            }),
            periodic,
        }
    }

    /// The tier set by the words of `by` (tokens), and why.
    fn adjust_at(&self, r: &mut Reading, to: Tier, by: Range<usize>, why: &str) {
        if self.traced {
            r.trace.push(format!(
                "modifier: \"{}\" ({why}) = {}",
                self.text.norm_of(by.clone()).1,
                to.as_str()
            ));
        }
        r.tier = to;
        if !r
            .words
            .iter()
            .any(|w| w.start <= by.start && by.end <= w.end)
        {
            r.words.push(by);
        }
    }

    fn adjust(&self, r: &mut Reading, to: Tier, by: &Hit, why: &str) {
        self.adjust_at(r, to, by.tokens.clone(), why);
    }

    /// The tier set by the governing word.
    fn adjust_head(&self, r: &mut Reading, to: Tier, why: &str) {
        self.adjust(r, to, &self.hits[self.head], why);
    }

    fn verb_word(&self) -> &'a Token {
        &self.text.tokens[self.start]
    }

    /// The hits after the governing word.
    fn after(&self) -> &'a [Hit] {
        &self.hits[self.head + 1..]
    }

    /// Whether a hit says the error can no longer happen: not "until"
    /// before a time ("until further notice", "until the end of May"),
    /// which is how long, not what must happen first.
    fn prevents(&self, h: &Hit) -> bool {
        let tokens = &self.text.tokens;
        let until_a_time = tokens[h.tokens.start].norm == "until"
            && tokens.get(h.tokens.end).is_some_and(|n| {
                names_a_time(&n.norm)
                    || n.norm == "the"
                        && tokens.get(h.tokens.end + 1).is_some_and(|e| {
                            matches!(e.norm.as_str(), "end" | "next" | "new" | "audit" | "review")
                        })
            });
        // (Nor a check kept up until something else is done, nor what is
        // done then: "100% inspection until the interlock is fitted" is a
        // stopgap.)
        // (A tool that will not go on until then is a gate: "... app,
        // which won't release the keys until it is completed".)
        let stopgap = self.object == Object::Check
            && tokens[self.end.min(h.tokens.start)..=h.tokens.start]
                .iter()
                .take_while(|t| !matches!(t.norm.as_str(), "not" | "cannot" | "only" | "never"))
                .any(|t| t.norm == "until");
        h.classes.has(Class::Prevent) && !until_a_time && !stopgap
    }

    fn anywhere(&self, c: Class) -> Option<&'a Hit> {
        self.hits.iter().find(|h| h.classes.has(c))
    }

    fn automated(&self) -> Option<&'a Hit> {
        self.automated_at.map(|a| &self.hits[a])
    }

    /// Whether an automated word names a thing rather than how a change
    /// runs by itself ("fixed the cron expression" mends one expression;
    /// "add a scheduled job" creates one). ("With a script" still says how.)
    /// (An adverb names nothing: "out of the hot folder automatically".)
    fn named_thing(&self, a: &Hit) -> bool {
        let text = self.text;
        if text.tokens[a.tokens.end - 1].norm.ends_with("ly") {
            return false;
        }
        let nouns = (0..a.tokens.start)
            .rev()
            .take(2)
            .take_while(|&b| text.tokens[b].could_be_noun() && !is_determiner(&text.tokens[b]))
            .count();
        let word = |back: usize| {
            a.tokens
                .start
                .checked_sub(back + nouns)
                .map(|b| text.tokens[b].norm.as_str())
        };
        word(1).is_some_and(is_determiner_word)
            && !matches!(word(2), Some("with" | "by" | "through" | "via" | "using"))
    }

    /// A participle with the tool that did it: "flagged by the PMR".
    /// (An adverb may come between: "reviewed quarterly by the IAM tool".)
    fn done_by_tool(&self, h: &Hit) -> bool {
        let tokens = &self.text.tokens;
        let by = h.tokens.end
            + tokens[h.tokens.end..]
                .iter()
                .take(2)
                .take_while(|t| t.norm.ends_with("ly"))
                .count();
        // (Or after where: "force-push disabled on main by branch
        // protection"; or against what: "payee name matched against the
        // account by the posting system".)
        let by = match tokens.get(by).map(|t| t.norm.as_str()) {
            Some("on" | "in" | "at" | "against") => tokens[by..]
                .iter()
                .take(4)
                .take_while(|t| t.is_word())
                .position(|t| t.norm == "by")
                .map_or(by, |p| by + p),
            _ => by,
        };
        // ("Locked out by the LIMS": the participle may have its particle.)
        let by = by
            + usize::from(
                tokens
                    .get(by)
                    .is_some_and(|t| matches!(t.norm.as_str(), "out" | "off" | "down" | "up")),
            );
        tokens[h.tokens.end - 1].is_past()
            && tokens.get(by).is_some_and(|t| t.norm == "by")
            && self
                .hits
                .iter()
                .any(|p| (by + 1..by + 4).contains(&p.tokens.start) && is_tool(p))
    }

    /// A participle after its noun with nothing said after it: "VLAN
    /// fixed.", "post rewritten and reposted".
    fn nothing_more_said(&self) -> bool {
        // (Or just before or after what came next: "lens swapped before
        // implantation".)
        let just_then = matches!(self.rest.first(), Some(&("before" | "after")))
            && self.rest.get(1).is_some_and(|w| w.len() > 2)
            && self
                .rest
                .get(2)
                .is_none_or(|w| matches!(*w, "and" | "," | "." | ";"));
        self.start > self.clause_start
            && (just_then
                || self
                    .rest
                    .first()
                    // (Or only when: "sound adjusted immediately".)
                    .is_none_or(|w| {
                        matches!(*w, "and" | "," | "." | ";" | "immediately" | "promptly")
                    }))
    }

    /// Whether it is done only for a while: "temporarily block the sender",
    /// "pinned for now", "second chemist to check dilutions for the next
    /// month".
    fn temporary(&self) -> bool {
        self.for_now() || self.for_a_while()
    }

    fn for_now(&self) -> bool {
        self.start
            .checked_sub(1)
            .is_some_and(|b| self.text.tokens[b].norm == "temporarily")
            || self.rest.contains(&"temporarily")
            || self.rest.windows(2).any(|w| w == ["for", "now"])
            // ("Second truck hired at short notice": for the day at hand.)
            || self.rest.windows(3).any(|w| w == ["at", "short", "notice"])
            // ("Auditor replaced for this audit": the one event at hand; not
            // "for this visit type".)
            || (0..self.rest.len().saturating_sub(2)).any(|k| {
                let w = &self.rest[k..];
                w[0] == "for"
                    && matches!(w[1], "this" | "that")
                    && !w
                        .get(3)
                        .is_some_and(|n| matches!(*n, "type" | "types" | "kind" | "kinds"))
                    && matches!(
                        w[2],
                        "audit"
                            | "batch"
                            | "lot"
                            | "release"
                            | "run"
                            | "shift"
                            | "order"
                            | "shipment"
                            | "delivery"
                            | "occasion"
                            | "incident"
                            | "event"
                            | "visit"
                            | "sprint"
                            | "inspection"
                    )
            })
    }

    /// (A span of time: "for the next month", "for two weeks".)
    fn for_a_while(&self) -> bool {
        let span = |w: &str| {
            matches!(
                w,
                "week" | "weeks" | "month" | "months" | "days" | "quarter" | "fortnight"
            )
        };
        self.rest.windows(4).any(|w| {
            w[0] == "for"
                && matches!(w[1], "the" | "a")
                && matches!(w[2], "next" | "few")
                && span(w[3])
        }) || self.rest.windows(3).any(|w| {
            w[0] == "for" && matches!(w[1], "a" | "the" | "two" | "three" | "four") && span(w[2])
        })
    }

    /// The tool or alert after the verb that says how it is done ("in the HR
    /// system", "through the job scheduler", "by the BMS"), before another
    /// verb's part ("recount done and stock corrected in WMS").
    fn means(&self) -> Option<&'a Hit> {
        let tokens = &self.text.tokens;
        self.after().iter().find(|h| {
            !past_another_verb(&tokens[self.end..h.tokens.start])
                && (h.classes.has(Class::Control) || h.classes.has(Class::Alert))
                && self.text.tokens[..h.tokens.start]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|t| MEANS.contains(&t.norm.as_str()))
        })
    }

    /// "Require a resolution note before an alarm can be closed": a gate
    /// that holds the next step back.
    /// (Or one asked for to take the step, of a thing: "require a comment
    /// to close any alert", "before closing"; "require staff to attend"
    /// asks people.)
    /// Whether the next step waits for this one: "before a complaint can
    /// close"; with `told`, also "before treatment starts", "before signing".
    fn next_step_waits(&self, told: bool) -> bool {
        let rest = self.after_to_sentence_end();
        rest.iter()
            .position(|t| matches!(t.norm.as_str(), "before" | "until"))
            .is_some_and(|b| {
                rest[b + 1..].iter().take(5).any(|t| {
                    matches!(t.norm.as_str(), "can" | "may" | "allowed" | "permitted")
                        || told && matches!(t.norm.as_str(), "starts" | "begins")
                }) || told && rest.get(b + 1).is_some_and(|t| t.is_ing_form())
            })
    }

    fn gated(&self) -> bool {
        let tokens = &self.text.tokens;
        let rest = self.after_to_sentence_end();
        // (Or made mandatory: "make a recorded customer contact mandatory
        // before a complaint can close"; training made so stays training.)
        // (Or told as done: "visa details made required before a flight can
        // be ticketed"; or made to require it: "booking form made to
        // require an attached risk assessment before booking".)
        let made_mandatory = matches!(self.verb_word().norm.as_str(), "make" | "made")
            && !self.teaches()
            && rest.iter().take(8).any(|t| {
                matches!(
                    t.norm.as_str(),
                    "mandatory" | "compulsory" | "required" | "require"
                )
            });
        // ("Lock their badge until the induction is done": withheld until
        // the step before is taken, told as what is to be done.)
        // (Or told as a note, of a step: "batch release locked until the
        // lab result is entered".)
        // (Not a story: "tank entry was suspended until further notice",
        // "disabled until approval was obtained".)
        // (Of a step, not a thing: "account disabled until the review is
        // completed" is one account.)
        let step = |t: &Token| {
            ["ure", "ion", "al", "ment", "ing"]
                .iter()
                .any(|e| t.norm.ends_with(e))
                || matches!(
                    t.norm.as_str(),
                    "release"
                        | "dispatch"
                        | "departure"
                        | "sign-off"
                        | "change"
                        | "changes"
                        | "button"
                        | "buttons"
                )
        };
        let told_done = tokens[self.start].is_past()
            && self.start > self.clause_start
            && (step(&tokens[self.start - 1])
                // (Or kept so by a tool: "which keeps the heading gate
                // locked until they pass"; or so it stays: "the start screen
                // stays locked until the check is done".)
                || tokens[self.clause_start..self.start].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "keeps" | "keep" | "stays" | "stay" | "remains" | "remain"
                    )
                }))
            && !matches!(tokens[self.start - 1].norm.as_str(), "was" | "were")
            && !rest
                .iter()
                .any(|t| matches!(t.norm.as_str(), "was" | "were" | "had"));
        // (Not the one at hand, held until its own case ends: "lock the
        // account until the investigation is complete".)
        let this_one = self.object_hit.is_some_and(|o| {
            let at = self.hits[o].tokens.start;
            let definite = self.object == Object::Instance
                && at > 0
                && matches!(tokens[at - 1].norm.as_str(), "the" | "this" | "that");
            // (Or one named: "Sam's account".)
            let named = at > 1 && tokens[at - 1].norm == "'s" && tokens[at - 2].capital;
            definite || named
        });
        let withheld = !this_one
            && (self.start == self.clause_start
            || told_done
                || matches!(tokens[self.start - 1].norm.as_str(), "and" | "then"))
            && matches!(
                // (Stems, as `lemma` gives them: "disabled" and "disable"
                // meet at "disabl".)
                tokens[self.start].lemma(),
                "lock" | "suspend" | "hold" | "withhold" | "disabl" | "deactivat"
            )
            // (Or unless: "lock the trainee's input unless the mentor is
            // logged in".)
            && rest.iter().any(|t| matches!(t.norm.as_str(), "until" | "unless"));
        if withheld {
            return true;
        }
        if !(tokens[self.start].norm.starts_with("requir") || made_mandatory) {
            return false;
        }
        let held = self.next_step_waits(true);
        let to_take_it = self.object != Object::People
            && rest.windows(2).any(|w| {
                w[0].norm == "to"
                    && matches!(
                        w[1].norm.as_str(),
                        "close"
                            | "submit"
                            | "release"
                            | "approve"
                            | "complete"
                            | "sign"
                            | "proceed"
                            | "dismiss"
                            | "override"
                            | "skip"
                            | "bypass"
                            | "cancel"
                    )
            });
        held || to_take_it
    }

    /// Whether a tool does the governing deed by itself: "a tablet that
    /// checks ...", "the scanner verifies ...".
    fn tool_does_it(&self) -> bool {
        let head = &self.hits[self.head];
        self.start > 0
            && (tool_does(
                self.text,
                self.hits,
                head,
                Some(self.text.tokens[self.start - 1].norm.as_str()),
            ) || tool_subject(self.text, self.hits, head))
    }

    /// Whether the action's words name a reminder or awareness: what a
    /// tool prints or passes on then is still a message to people.
    /// (The governing word too: "reminder letters generated from the
    /// system".)
    fn reminds(&self) -> bool {
        let head = self.text.tokens[self.start..self.end].iter();
        head.map(|t| t.norm.as_str())
            .chain(self.rest.iter().copied())
            .any(|w| {
                matches!(
                    w,
                    "reminder"
                        | "reminders"
                        | "awareness"
                        | "training"
                        | "safety"
                        | "warning"
                        | "warnings"
                )
            })
    }

    /// Whether people are named right before the governing word: "trainee
    /// shown", "trainer updated".
    /// The object's hit when it comes after the governing word ("fit a
    /// guard"; not "guard fitted").
    fn object_after(&self) -> Option<&'a Hit> {
        self.object_hit
            .filter(|&o| o > self.head)
            .map(|o| &self.hits[o])
    }

    /// The object's hit when it comes before the governing word, a note's
    /// subject ("guard fitted").
    fn object_before(&self) -> Option<&'a Hit> {
        self.object_hit
            .filter(|&o| o < self.head)
            .map(|o| &self.hits[o])
    }

    /// The hit that ends right where the governing word starts: its
    /// subject told as a note ("printer asks", "override replaced").
    fn hit_right_before(&self) -> Option<&'a Hit> {
        self.hits[..self.head]
            .last()
            .filter(|h| h.tokens.end == self.start)
    }

    fn person_right_before(&self) -> bool {
        self.hit_right_before()
            .is_some_and(|p| p.classes.has(Class::People))
    }

    /// Whether a tool is named right before the governing word: "migration
    /// tool asks", "tills locked to stop ...".
    fn tool_right_before(&self) -> bool {
        self.hit_right_before().is_some_and(is_tool)
    }

    /// Whether the governing word is done at a step every case goes
    /// through: "at renewal", "at check-in".
    fn at_each_step(&self) -> bool {
        self.rest.windows(2).any(|w| {
            w[0] == "at"
                && matches!(
                    w[1],
                    "renewal"
                        | "booking"
                        | "intake"
                        | "dispatch"
                        | "despatch"
                        | "receipt"
                        | "admission"
                        | "discharge"
                        | "onboarding"
                        | "sign-up"
                        | "check-in"
                )
        })
    }

    /// Whether the governing word is done before a step told in the present
    /// or in "-ing": "before they are printed", "before posting".
    fn before_a_step(&self) -> bool {
        let after = self.after_to_sentence_end();
        after
            .iter()
            .position(|t| t.norm == "before")
            .is_some_and(|b| {
                let then = &after[b + 1..];
                then.first().is_some_and(Token::is_ing_form)
                    || then
                        .windows(2)
                        .take(3)
                        .any(|p| matches!(p[0].norm.as_str(), "is" | "are") && p[1].is_past())
            })
    }

    /// A tool named after the governing word behind one of `words`, a
    /// word or two between ("from the calibration system", "in the
    /// practice system").
    fn tool_after(&self, words: &[&str]) -> Option<&'a Hit> {
        let tokens = &self.text.tokens;
        self.after().iter().find(|h| {
            is_tool(h)
                && tokens[..h.tokens.start]
                    .iter()
                    .rev()
                    .take(4)
                    .take_while(|t| t.is_word())
                    .any(|t| words.contains(&t.norm.as_str()))
        })
    }

    /// Whether training or an attestation follows the governing word: what
    /// is made mandatory then is still training ("make the refresher
    /// training mandatory").
    fn teaches(&self) -> bool {
        self.after()
            .iter()
            .any(|h| h.classes.has(Class::Train) || h.classes.has(Class::Attest))
    }

    /// The clause's words to its sentence's end.
    fn sentence(&self) -> &'a [Token] {
        to_sentence_end(&self.text.tokens[self.clause_start..])
    }

    /// The words after the governing one, to the sentence's end.
    fn after_to_sentence_end(&self) -> &'a [Token] {
        to_sentence_end(&self.text.tokens[self.end..])
    }

    /// Whether one of the `within` words after the first `word` in the rest
    /// of the sentence is one that `is`: "with a two-person sign-out log",
    /// "until the fraud check returns".
    fn soon_after(&self, word: &str, within: usize, is: impl Fn(&str) -> bool) -> bool {
        self.rest
            .iter()
            .position(|w| *w == word)
            .is_some_and(|at| self.rest[at + 1..].iter().take(within).any(|w| is(w)))
    }

    /// Where "from" stands after the governing word, with a word between.
    /// Whether what the governing word is said of is named before it, bare,
    /// with no article: "fridge items flagged", "real knives banned".
    fn named_bare_first(&self) -> bool {
        self.start > self.clause_start
            && self.text.tokens[self.clause_start..self.start]
                .iter()
                .all(|t| t.is_word() && !is_determiner(t))
    }

    fn from(&self) -> Option<usize> {
        self.text.tokens[self.end..]
            .iter()
            .position(|t| t.norm == "from")
            .map(|p| self.end + p)
            .filter(|&f| f > self.end)
    }

    /// Whether something of `class` is what a thing is taken out of: "remove
    /// the card-taking option from the agent script".
    fn out_of(&self, class: Class) -> bool {
        self.from().is_some_and(|f| {
            self.hits
                .iter()
                .any(|h| (f + 1..f + 4).contains(&h.tokens.start) && h.classes.has(class))
        })
    }
}

/// "A tablet that checks each contractor's status": a tool does it.
/// (Or what a tool is said to make: "payee name matched against the account
/// by the posting system".)
fn a_tool_does_it(c: &Governed, r: &mut Reading) {
    let made_by_one = c.verb == Class::Create && c.done_by_tool(&c.hits[c.head]);
    if r.tier < Tier::Detect && (c.tool_does_it() || made_by_one) {
        c.adjust_head(r, Tier::Detect, "a tool does it by itself");
    }
}

/// "Change retrospectively reviewed": done after the fact, to the one at
/// hand; and what is made after the fact ("a retrospective change order was
/// raised").
fn done_after_the_fact(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    // (Or late, told first of a participle: "late application made for
    // extra time".)
    let made_after = tokens[c.clause_start..c.start]
        .iter()
        .any(|t| matches!(t.norm.as_str(), "retrospective" | "retroactive"))
        || tokens[c.clause_start].norm == "late" && tokens[c.end - 1].is_past();
    if r.tier > Tier::Correction
        && (made_after
            || c.start
                .checked_sub(1)
                .is_some_and(|b| retrospective(&tokens[b]))
            || tokens[c.end..]
                .iter()
                .take_while(|t| !matches!(t.norm.as_str(), "." | ";" | "!" | "?" | "," | "and"))
                .any(retrospective)
            // ("Dose change documented after the event".)
            || c.rest
                .windows(3)
                .any(|w| matches!(w, ["after", "the", "event" | "fact" | "incident"]))
            // ("Count documented from memory".)
            || c.rest.windows(2).any(|w| w == ["from", "memory"])
            // ("Old pipe capped on a return visit".)
            || c.rest.windows(2).any(|w| w == ["return", "visit"] || w == ["follow-up", "visit"])
            // ("Deposit protected late": the task at hand, done late; "ECN
            // raised afterwards".)
            // (Or at the end: "Delivery matched to a PO afterwards".)
            || tokens[c.end - 1].is_past()
                && (matches!(c.rest.first(), Some(&("late" | "afterwards")))
                    || matches!(c.rest.last(), Some(&("afterwards" | "later")))))
    {
        c.adjust_head(r, Tier::Correction, "done after the fact");
    }
}

/// "Pinned the dependency to 2.3.1 for now", "temporarily block the
/// sender": a stopgap holds the one at hand; "fixed in #4821" is the bug at
/// hand mended in a release.
fn a_stopgap_or_a_fix_shipped(c: &Governed, r: &mut Reading) {
    let (tokens, start, end) = (&c.text.tokens, c.start, c.end);
    // (People kept an eye on for a few weeks stay people-tier.)
    let stopgap = c.for_now() || (c.for_a_while() && r.tier > Tier::People);
    // ("Fixed the bug", "fixed the cron expression": the one at hand, when
    // no tool, document or check is named.)
    // (So is any change told in the past: "extended the volume".)
    // ("VLAN fixed.", "leak fixed and area cleaned": fixed, and nothing
    // more said of how.)
    // (Not fixed in place: "drawings fixed to the wall".)
    // ("Starter bars drilled and resin-fixed": fixed, however.)
    let fixed = (tokens[start].norm == "fixed" || tokens[start].norm.ends_with("-fixed"))
        && end == start + 1;
    let fixed_alone = fixed && c.nothing_more_said();
    // (Or bidden: "fix the staging URL"; "fix the form so ..." is a change.)
    let fix_the = tokens[start].norm == "fix"
        && end == start + 1
        && !c.rest.iter().any(|w| matches!(*w, "so" | "to"));
    // (Not a value fixed in what runs the work: "purge volume fixed in the
    // filler program".)
    let set_in_a_tool = c.rest.iter().skip(1).take(4).any(|w| {
        matches!(
            *w,
            "program" | "programme" | "recipe" | "controller" | "plc" | "settings" | "template"
        )
    });
    let shipped = fixed_alone
        || (fixed && c.rest.first() == Some(&"in") && !set_in_a_tool)
        || (c.definite_next
            && c.object == Object::Other
            && (fixed
                || fix_the
                || c.verb == Class::Change
                    && (start == c.clause_start || tokens[start - 1].norm == "and")
                    && tokens[start].is_past()));
    // "Published 3.0.1 with a proper build": a version, told in the past,
    // is the release at hand.
    let version = |t: &Token| {
        let v = t.norm.strip_prefix('v').unwrap_or(&t.norm);
        v.contains('.')
            && v.split('.')
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    // ("Published a clean 4.2.1", "published a fixed release 2.3.1": a
    // word or three may say which.)
    let released = tokens[end - 1].is_past()
        && tokens[end..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word())
            .any(version);
    if r.tier > Tier::Correction && (stopgap || shipped || released) {
        c.adjust_head(r, Tier::Correction, "a stopgap or a fix shipped");
    }
}

/// 'Enable "Do not allow bypassing the above settings"': what is switched
/// on by its name in quotes is a tool's setting, whatever its words say.
fn a_setting_switched_on(c: &Governed, r: &mut Reading) {
    let switched_on = ENABLING.contains(&c.text.norm_of(c.hits[c.head].tokens.clone()).1);
    let quoted = c
        .text
        .tokens
        .get(c.end)
        .is_some_and(|t| matches!(t.norm.as_str(), "\"" | "\u{201c}" | "'" | "\u{2018}"));
    if switched_on && quoted && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "a setting named in quotes");
    }
}

/// A message switched on is one a tool gives by itself: "turn on the
/// external recipient warning in the mail client".
fn a_message_switched_on(c: &Governed, r: &mut Reading) {
    let verb = c.text.norm_of(c.hits[c.head].tokens.clone()).1;
    // (Not a reminder in people's calendars, nor one "about" a policy:
    // "configured a calendar reminder for the admin team about the data
    // policy" still asks people to remember.)
    let awareness = c.object_hit.is_some_and(|o| {
        let (_, words) = c.text.norm_of(c.hits[o].tokens.clone());
        words.contains("calendar") || words.contains("diary")
    }) || c.rest.iter().any(|w| matches!(*w, "about" | "regarding"));
    // (Or told as a note: "eMAR early-dose warning switched on".)
    let noted = c.verb == Class::Exhort
        && matches!(
            c.rest.as_slice(),
            ["enabled" | "activated" | "re-enabled", ..] | ["switched" | "turned", "on", ..]
        );
    // (Or sent by a tool, or by itself: "overdue notices sent automatically
    // by the library system".)
    let sent_by_a_tool = c.verb == Class::Exhort
        && matches!(
            c.rest.first(),
            Some(&("sent" | "issued" | "emailed" | "texted" | "generated" | "pushed"))
        )
        && (c.automated().is_some() || c.tool_after(&["by"]).is_some());
    if (c.object == Object::Message && ENABLING.contains(&verb) || noted || sent_by_a_tool)
        && !awareness
    {
        c.adjust_head(r, Tier::Detect, "a tool gives the message");
    }
}

/// "Sent the right price list", "uploaded the correct file": the right one,
/// told in the past, put in place of the wrong one at hand. (Or named before
/// its participle: "correct sensor fitted".)
fn the_right_one_put_in(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let right = |t: &Token| matches!(t.norm.as_str(), "right" | "correct");
    let named_before = c.start > c.clause_start
        && tokens[c.clause_start..c.start].iter().take(2).any(&right)
        && tokens[c.clause_start..c.start]
            .iter()
            .all(|t| t.is_word() && !AUXILIARY.contains(&t.norm.as_str()));
    // (Or sent where it should have gone: "Report resent to the right
    // ward".)
    let to_the_right = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.norm.as_str(), "to" | "into"))
            && tokens.get(k + 1).is_some_and(|t| t.norm == "the")
            && tokens.get(k + 2).is_some_and(right)
    };
    if r.tier > Tier::Correction
        && matches!(c.verb, Class::Send | Class::Create | Class::Change)
        && tokens[c.end - 1].is_past()
        && (tokens.get(c.end).is_some_and(|t| t.norm == "the")
            && tokens.get(c.end + 1).is_some_and(right)
            || named_before
            || to_the_right(c.end))
    {
        c.adjust_head(r, Tier::Correction, "the right one put in");
    }
}

/// "PM to check the dashboard before rollouts": a check people promise to
/// make is theirs to remember; and "HRBP to keep grievances confidential":
/// people promising to make or change something no tool, document or check
/// names do their own work with more care. (So is making entries: "the
/// pharmacist will make entries in the CD register"; and keeping a tracker.)
fn people_promise_it(c: &Governed, r: &mut Reading) {
    let makes_items = c.verb_word().norm == "make"
        && c.hits
            .get(c.head + 1)
            .is_some_and(|h| h.tokens.start == c.end && h.classes.has(Class::Item));
    // (Keeping anything is upkeep: "benefits administrator to keep a
    // tracker of changes".)
    let own_work = matches!(c.verb, Class::Create | Class::Change)
        && (matches!(c.object, Object::Other | Object::People | Object::Message)
            || makes_items
            || c.verb_word().norm == "keep"
            // (And writing things down: "paramedic to document capacity".)
            || c.verb_word().norm == "document"
                && !matches!(c.object, Object::Document | Object::Control)
            // (And giving the work more time themselves: "supervisors to
            // allow more time before reopening".)
            || c.object == Object::Means
                && matches!(c.verb_word().norm.as_str(), "allow" | "take" | "spend")
                && c.rest.first() == Some(&"more"));
    // (So is an alert they will raise themselves: "analyst to flag
    // out-of-range results to the supervisor", and what they will turn away
    // each time: "clerk to refuse damaged pallets".)
    let turned_away = c.verb == Class::Prevent
        && matches!(
            c.verb_word().norm.as_str(),
            "refuse" | "reject" | "deny" | "refuses" | "rejects" | "denies"
        );
    // (Not a scan matched against a list: the scanner checks it.)
    let scanned_against = c.verb_word().lemma() == "scan" && c.rest.contains(&"against");
    if (matches!(c.verb, Class::Check | Class::Alert) && !scanned_against
        || own_work
        || turned_away)
        && r.tier > Tier::People
        && c.promise_to.is_some_and(|to| to + 1 == c.start)
    {
        let why = if own_work {
            "people promising their own work"
        } else {
            "a check people promise"
        };
        c.adjust_head(r, Tier::People, why);
    }
}

/// Whether a word makes a person a second one: "a second nurse", "an
/// independent check", "both", "two people".
fn a_second_one(w: &str) -> bool {
    matches!(w, "second" | "independent" | "another" | "two" | "both")
}

/// "A counting sheet signed by both", "signed by a second pharmacist": a
/// record two people sign is a second person's check. So is one "checked
/// by a second pharmacist" (not checked again: "batch rechecked by another
/// analyst" is the one at hand, and "to be checked by a second recruiter"
/// a promise).
fn signed_by_two(c: &Governed, r: &mut Reading) {
    let verb = c.verb_word();
    let signed = matches!(verb.lemma(), "sign" | "countersign" | "co-sign")
        || (c.verb == Class::Check
            && !verb.norm.starts_with("re")
            && !c.temporary()
            && c.promise_to.is_none()
            && !(c.start >= 2 && c.text.tokens[c.start - 2].norm == "to"));
    let by_two =
        c.rest.first() == Some(&"by") && c.rest[1..].iter().take(2).any(|w| a_second_one(w));
    if signed && by_two && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "a second person checks");
    }
}

/// "With a second person checking the index": a check by a second person
/// is a checkpoint of the process. (Not one a person promises to get:
/// "merchandiser to get a second person to check prices".) So is one done
/// "with a second person" or "with two people" after it.
fn a_second_person_checks(c: &Governed, r: &mut Reading) {
    if c.verb != Class::Check || r.tier >= Tier::Process || c.temporary() {
        return;
    }
    let tokens = &c.text.tokens;
    // ("Count floats with two people": two of them check it.)
    let second = |t: &Token| a_second_one(&t.norm);
    let before = c.hits[..c.head].iter().rev().find(|p| {
        p.classes.has(Class::People)
            && p.tokens.end <= c.start
            && c.start - p.tokens.end <= 1
            && (second(&tokens[p.tokens.start])
                || p.tokens
                    .start
                    .checked_sub(1)
                    .is_some_and(|b| second(&tokens[b])))
            && c.promise_to.is_none_or(|to| to >= p.tokens.start)
    });
    // (After it, the person's words and the few before them.)
    let with = || {
        c.after().iter().find(|p| {
            let words = &tokens[p.tokens.start.saturating_sub(4).max(c.end)..p.tokens.end];
            p.classes.has(Class::People)
                && words.iter().any(second)
                && words.iter().any(|t| t.norm == "with")
        })
    };
    // ("Second check can be done by any registered nurse": the check
    // itself a second one.)
    // (Named first; "will do the second check" is a promise.)
    let second_check = c.start > 0
        && c.start - 1 == c.clause_start
        && matches!(tokens[c.start - 1].norm.as_str(), "second" | "independent");
    if let Some(p) = with().or(before) {
        c.adjust(r, Tier::Process, p, "a second person checks");
    } else if second_check {
        c.adjust_at(
            r,
            Tier::Process,
            c.start - 1..c.end,
            "a second person checks",
        );
    } else if c
        .rest
        .iter()
        .any(|w| matches!(*w, "joint" | "jointly" | "call-back" | "callback"))
        || c.rest
            .windows(2)
            .any(|w| w == ["by", "both"] || w == ["call", "back"])
    {
        // ("Check valuations against a joint site measurement signed by
        // both parties": two check it; and "verify new bank details by
        // call-back": through another channel, to the other party.)
        c.adjust_head(r, Tier::Process, "a second person checks");
    }
}

/// "Second admin trained and given access": a second person made able to
/// do the work is cover where one person was the single point of failure,
/// not a lesson for the one who erred.
fn a_second_person_made_able(c: &Governed, r: &mut Reading) {
    // (Trained again is a lesson: "second engineer retrained".)
    if c.verb != Class::Train
        || c.verb_word().lemma() != "train"
        || c.object != Object::People
        || r.tier >= Tier::Process
    {
        return;
    }
    let tokens = &c.text.tokens;
    let cover = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "second" | "backup" | "additional" | "deputy" | "standby" | "relief"
        )
    };
    if let Some(p) = c.object_hit.map(|o| &c.hits[o]).filter(|p| {
        tokens[p.tokens.clone()].iter().any(cover)
            || p.tokens
                .start
                .checked_sub(1)
                .is_some_and(|b| cover(&tokens[b]))
    }) {
        c.adjust(r, Tier::Process, p, "a second person made able");
    }
}

/// "Add the mill certificate to the inspection form as a mandatory upload":
/// what a tool will now ask for every time, not the one at hand.
fn asked_for_every_time(c: &Governed, r: &mut Reading) {
    let end = c.end;
    if c.verb == Class::Create
        && c.object == Object::Instance
        && let Some(w) = c.text.tokens[end..]
            .windows(3)
            .take_while(|w| !sentence_end(&w[0]))
            .position(|w| {
                w[0].norm == "as"
                    && matches!(w[1].norm.as_str(), "a" | "an")
                    && matches!(w[2].norm.as_str(), "mandatory" | "required" | "compulsory")
            })
    {
        let said = end + w..end + w + 3;
        c.adjust_at(r, Tier::Design, said, "a tool asks for it every time");
    }
}

/// "Cremation forms generated from the case record": what a tool fills from
/// its source each time is not typed by hand. (Not what is done again, nor
/// restored: "records regenerated from the backup".)
/// (Or read from a tool by a thing: "fee table now read from the pricing
/// service"; "agents read from the script" is people reading.)
fn filled_from_its_source(c: &Governed, r: &mut Reading) {
    let verb = &c.verb_word().norm;
    let read = matches!(verb.as_str(), "read" | "reads") && !c.person_right_before();
    let fills = matches!(
        verb.as_str(),
        "generated"
            | "generate"
            | "generates"
            | "populated"
            | "populate"
            | "populates"
            | "pre-filled"
            | "prefilled"
            | "pre-populated"
            | "prepopulated"
            | "auto-filled"
            | "printed"
            | "print"
            | "prints"
            // ("Salary fed from the offer record into payroll".)
            | "fed"
            | "feeds"
            // ("Tax codes imported from the HMRC feed".)
            | "imported"
            | "imports"
    );
    // (In a note, where it is done may come first: "labels now printed in
    // store by aisle from the planogram system"; after an imperative, the
    // words before "from" are its object: "print delivery notes from the
    // MIS address".)
    let reach = if c.verb_word().is_past() { 5 } else { 1 };
    let from = c
        .rest
        .iter()
        .take(reach)
        .take_while(|w| w.starts_with(|ch: char| ch.is_alphanumeric()))
        .position(|w| *w == "from");
    // (A record of any kind, or a feed, after "from": "from the course
    // record", "from the HMRC feed", "printed on the parcel label from the
    // referral record".)
    let a_record = from.is_some_and(|f| {
        c.rest
            .iter()
            .skip(f + 1)
            .take(4)
            .any(|w| matches!(*w, "record" | "records" | "feed" | "feeds"))
    });
    let source = from.is_some_and(|f| {
        a_record
            || c.after().iter().any(|h| {
                h.tokens.start <= c.end + f + 4
                    && (is_tool(h) || !read && h.classes.has(Class::Document))
            })
    }) && !c
        .rest
        .iter()
        .take(4)
        .any(|w| matches!(*w, "backup" | "backups"));
    // (Or any participle, when a tool does it: "use-by dates now set by
    // the labeller from the production date".)
    let by_a_tool = c.verb_word().is_past()
        && c.rest.first() == Some(&"by")
        && c.tool_after(&["by"]).is_some()
        && c.rest.iter().take(6).any(|w| *w == "from");
    if ((fills || read) && source || by_a_tool) && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "filled from its source");
    }
}

/// "Migration tool asks for the tenant each run": a tool that asks, in the
/// present tense, prompts each time ("the manager asks staff" is told).
fn a_tool_asks(c: &Governed, r: &mut Reading) {
    let asks = matches!(c.verb_word().norm.as_str(), "asks" | "prompts");
    let tool_first = c.tool_right_before();
    if asks && tool_first && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "a tool asks for it");
    }
}

/// "Hotfix deployed", "patch applied": a fix named as a noun, then put in,
/// is the fix of the one at hand.
fn a_fix_put_in(c: &Governed, r: &mut Reading) {
    // (Not one added to what runs again and again: "valve sanitising added
    // to the CIP cycle".)
    let into_a_routine = matches!(c.rest.first(), Some(&("to" | "into")))
        && c.rest.iter().take(5).any(|w| {
            matches!(
                *w,
                "cycle" | "cycles" | "routine" | "routines" | "sequence" | "sequences"
            )
        });
    if r.tier > Tier::Correction
        && !into_a_routine
        && matches!(c.verb, Class::Create | Class::Change | Class::Send)
        && c.text.tokens[c.end - 1].is_past()
        && let Some(fix) = c.hit_right_before().filter(|f| {
            f.classes.first_of(&HEADS) == Some(Class::Fix)
                    // (A bin or a drain is a thing: "NG bin changed to a
                    // red locked cage", "drains added to the cleaning
                    // schedule"; so is a lock put in: "keypad lock fitted on
                    // the side gate", not "locks changed at the flat".)
                    && !matches!(
                        c.text.tokens[f.tokens.start].norm.as_str(),
                        "bin" | "bins" | "drain" | "drains"
                    )
                    && (c.verb != Class::Create
                        || !matches!(
                            c.text.tokens[f.tokens.start].norm.as_str(),
                            "lock" | "locks"
                        ))
                    // (Nor what a device does: "alarm with automatic pump
                    // shutdown fitted".)
                    && !c.text.tokens[f.tokens.start.saturating_sub(3)..f.tokens.start]
                        .iter()
                        .any(|t| matches!(t.norm.as_str(), "with" | "automatic" | "auto"))
                    // ("Safe with auto-close installed": what it does by itself.)
                    && !f.classes.has(Class::Automated)
        })
    {
        c.adjust(r, Tier::Correction, fix, "a fix put in");
    }
}

/// "Published again from main", "ran the job again": the same act once
/// more, for the case at hand (not "so it cannot happen again"); or done
/// right this time: "gas pipe capped properly".
fn done_again(c: &Governed, r: &mut Reading) {
    let (tokens, end) = (&c.text.tokens, c.end);
    if tokens[end - 1].is_past()
        && tokens
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "properly" | "correctly"))
        && !matches!(c.verb, Class::Check | Class::Alert)
        && r.tier > Tier::Correction
    {
        c.adjust_at(r, Tier::Correction, end..end + 1, "done again");
        return;
    }
    if matches!(c.verb, Class::Create | Class::Change | Class::Send)
        && let Some(again) = tokens[end..]
            .iter()
            .take(5)
            .take_while(|t| t.is_word())
            .position(|t| t.norm == "again")
            .filter(|&a| {
                !tokens[end..end + a].iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "happen" | "happens" | "occur" | "occurs" | "recur" | "recurs" | "it"
                    )
                })
            })
    {
        c.adjust_at(
            r,
            Tier::Correction,
            end + again..end + again + 1,
            "done again",
        );
    }
}

/// "Check added to the setter's personal checklist": a person's own note
/// is theirs to remember ("their own login" is a tool's; personal data is
/// about a person, not theirs).
fn a_persons_own_note(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let about_a_person = |k: usize| {
        tokens
            .get(k + 1)
            // (Or what it is for: "the personal dealing tool".)
            .is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "data" | "details" | "information" | "dealing" | "trading" | "account"
                    // (Or one's own means in: "a personal alarm code".)
                        | "alarm" | "code" | "codes" | "token" | "tokens" | "login" | "logins"
                        | "fob" | "fobs" | "badge" | "badges" | "pin" | "locker" | "lockers"
                )
            })
    };
    if r.tier > Tier::People
        && matches!(c.verb, Class::Create | Class::Change)
        && let Some(o) = c.object_hit
        && (c.hits[o].tokens.start.saturating_sub(2)..c.hits[o].tokens.start)
            .any(|k| tokens[k].norm == "personal" && !about_a_person(k))
    {
        c.adjust(r, Tier::People, &c.hits[o], "a person's own note");
    }
}

/// "Integrate the texting service with the patient record": joining two
/// tools changes both, even when one reads as the instance at hand.
fn tools_joined(c: &Governed, r: &mut Reading) {
    if c.verb_word().norm.starts_with("integrat") && c.object == Object::Instance {
        c.adjust_head(r, Tier::Design, "tools joined");
    }
}

/// "Route expiry warnings to the on-call queue", "route the DSAR mailbox
/// into the service desk": routing sets how a stream of things flows,
/// whatever flows in it.
fn a_flow_set_up(c: &Governed, r: &mut Reading) {
    if c.verb_word().lemma() == "rout" && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "a flow set up");
    }
}

/// "Trainee shown the sharps policy": what people are shown is told.
fn shown_to_people(c: &Governed, r: &mut Reading) {
    if c.verb_word().lemma() == "show"
        && (c.object == Object::People
            || c.person_right_before()
            // ("Show the procedure to the new starters"; the one at hand
            // shown stays a correction.)
            // (Not whose thing it is: "to the user's cloud space".)
            || c.object != Object::Instance && c.after().iter().any(|p| {
                p.classes.has(Class::People)
                    && c.text.tokens.get(p.tokens.end).is_none_or(|t| t.norm != "'s")
                    && c.text.tokens[..p.tokens.start]
                        .iter()
                        .rev()
                        .take(3)
                        .any(|t| t.norm == "to")
            }))
    {
        c.adjust_head(r, Tier::People, "shown to people");
    }
}

/// "Print allergy notes in red at the top of the kitchen ticket": how a
/// tool lays out what it prints or shows is its design, whoever reads it.
/// (Or told as a note: "allergen notes printed at the top of every ticket in
/// bold".)
fn made_to_stand_out(c: &Governed, r: &mut Reading) {
    let shown = |t: &Token| matches!(t.norm.as_str(), "printed" | "shown" | "displayed");
    let noted = c.verb == Class::Exhort && c.text.tokens.get(c.end).is_some_and(shown);
    let told = matches!(c.verb_word().lemma(), "print" | "show" | "display")
        && !c.text.tokens[c.end - 1].is_past();
    // (Not to people: "show the policy to staff at the top of the meeting".)
    if !(told || noted)
        || r.tier >= Tier::Design
        || c.object == Object::People
        || c.after().iter().any(|p| p.classes.has(Class::People))
    {
        return;
    }
    let laid_out = c.rest.windows(2).any(|w| {
        matches!(
            w,
            [
                "in",
                "red" | "bold" | "colour" | "color" | "large" | "capitals"
            ]
        )
    }) || c.rest.windows(3).any(|w| w == ["at", "the", "top"]);
    if laid_out {
        c.adjust_head(r, Tier::Design, "made to stand out");
    }
}

/// "Loadsheet reprinted with fuel next to the signature box", "shelf labels
/// reprinted with a different barcode type", "trailer numbers reprinted
/// large": a form printed again in a new layout is the form's design ("label
/// reprinted with the right date" is the one at hand put right).
fn laid_out_anew(c: &Governed, r: &mut Reading) {
    // (Or shown beside what it is mistaken for: "product name displayed
    // beside the code".)
    let shown_beside = matches!(c.verb_word().lemma(), "show" | "display")
        && c.verb_word().is_past()
        && matches!(
            c.rest.first(),
            Some(&("beside" | "alongside" | "next" | "above" | "below" | "under"))
        );
    if shown_beside && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "laid out anew");
        return;
    }
    // (Or how it is printed: "trailer numbers reprinted large", "flag
    // reprinted as a black box ... in bold", "reprinted in a larger font".)
    let larger = matches!(
        c.rest.first(),
        Some(&("large" | "larger" | "bigger" | "bold"))
    );
    if !matches!(c.verb_word().lemma(), "reprint" | "re-print" | "reformat")
        || !matches!(c.rest.first(), Some(&("with" | "as" | "in"))) && !larger
        || r.tier >= Tier::Design
    {
        return;
    }
    let then = &c.rest[1..c.rest.len().min(9)];
    let put_right = then
        .iter()
        .any(|w| matches!(*w, "right" | "correct" | "proper" | "wrong" | "missing"));
    let laid_out = then.iter().any(|w| {
        matches!(
            *w,
            "next" | "beside" | "above" | "alongside" | "different" | "larger" | "bigger" | "bold"
        )
    });
    if (laid_out || larger) && !put_right {
        c.adjust_head(r, Tier::Design, "laid out anew");
    }
}

/// "Production console given a red banner and a different prompt": what a
/// tool is given to carry is part of its design ("staff given a briefing"
/// is told to people).
fn given_to_a_tool(c: &Governed, r: &mut Reading) {
    if r.tier >= Tier::Design {
        return;
    }
    let given = (c.clause_start..c.start).find(|&g| c.text.tokens[g].norm == "given");
    let to_a_tool = given.is_some_and(|g| {
        c.hits[..c.head]
            .iter()
            .any(|h| h.tokens.end == g && h.tokens.start <= c.clause_start + 1 && is_tool(h))
    });
    if to_a_tool {
        c.adjust_head(r, Tier::Design, "given to a tool");
    }
}

/// "X-ray files named by patient ID", "sorted by date": what is named or
/// numbered by a key, told with no article and no name, follows a rule for
/// every one ("files named by the clerk", "by Sam" say who).
fn named_by_a_key(c: &Governed, r: &mut Reading) {
    let keyed = matches!(
        c.verb_word().norm.as_str(),
        "named" | "renamed" | "numbered" | "renumbered" | "sorted" | "filed" | "indexed"
    ) && c.rest.first() == Some(&"by")
        && c.text
            .tokens
            .get(c.end + 1)
            .is_some_and(|t| !is_determiner(t) && (!t.capital || t.acronym) && t.is_word());
    if keyed && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "named by a key");
    }
}

/// "Tests added for this change": what is made for this one case is done
/// for the case at hand ("guard added for this machine" stays on it).
fn made_for_this_case(c: &Governed, r: &mut Reading) {
    let case = c.rest.windows(3).next().is_some_and(|w| {
        w[0] == "for"
            && matches!(w[1], "this" | "that")
            && matches!(
                w[2],
                "change"
                    | "release"
                    | "ticket"
                    | "order"
                    | "batch"
                    | "job"
                    | "case"
                    | "incident"
                    | "deployment"
                    | "build"
                    | "patient"
                    | "customer"
                    | "shipment"
                    | "delivery"
                    | "flight"
                    | "event"
                    | "one"
            )
    });
    // (Not a tool or an alert, which stays: "add a monitoring alert for
    // this release".)
    let stays = c.hits[c.head].classes.has(Class::Alert)
        || matches!(c.object, Object::Control | Object::Alert);
    if case && !stays && c.verb == Class::Create && r.tier > Tier::Correction {
        c.adjust_head(r, Tier::Correction, "made for this case");
    }
}

/// "Inventory updated", "risk register updated": a record brought up to
/// date, and nothing more said, is the one at hand corrected.
fn a_record_brought_up_to_date(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    if c.verb == Class::Change
        && r.tier > Tier::Correction
        && tokens[c.start].norm == "updated"
        // (The record's noun may be one no list knows: "history updated".)
        && match c.object_hit {
            Some(o) if o < c.head => Some(c.hits[o].tokens.end - 1),
            Some(_) => None,
            None => c.start.checked_sub(1),
        }
        .is_some_and(|t| is_record(&tokens[t]))
        && c.after_to_sentence_end().iter().all(|t| !t.is_word())
    {
        c.adjust_head(r, Tier::Correction, "a record brought up to date");
    }
}

/// "Missing line added": what was missing, put in, is the one at hand. So
/// is what was put into this one document: "security schedule added to
/// this contract by variation".
fn what_was_missing_put_in(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let into_this = c.object == Object::Document
        && c.object_after().is_some_and(|o| {
            let s = o.tokens.start;
            s >= 2
                && tokens[s - 1].norm == "this"
                && matches!(tokens[s - 2].norm.as_str(), "to" | "in" | "into")
        });
    if c.verb == Class::Create
        && r.tier > Tier::Correction
        && tokens[c.end - 1].is_past()
        && (c.start > c.clause_start && tokens[c.clause_start].norm == "missing" || into_this)
    {
        c.adjust_head(r, Tier::Correction, "what was missing put in");
    }
}

/// "Connector replaced", "gasket replaced with approved type": a part
/// replaced, told in the past with no tool, document or alert named, is the
/// one at hand repaired.
fn the_part_at_hand_replaced(c: &Governed, r: &mut Reading) {
    let verb = c.verb_word().norm.as_str();
    // (So is one refitted with another kind, or changed to another:
    // "pipelines refitted with NIST indexed connectors", "cage labels
    // changed to full town names".)
    let refitted = matches!(verb, "refitted" | "re-fitted" | "retrofitted")
        && replaced_with_another_design(&c.rest, "with");
    let changed_to = verb == "changed"
        && c.rest.first() == Some(&"to")
        && replaced_with_another_design(&c.rest, "to");
    // (A way round a control replaced is gone: "bar commission replaced
    // with a flat hourly rate".)
    // (Named before the participle too, when the object read is what
    // replaced it: "jobs-per-day target replaced with a first-time-fix
    // measure".)
    let hazard_first = c
        .hit_right_before()
        .is_some_and(|h| h.classes.first_of(&OBJECTS) == Some(Class::Hazard));
    if !refitted && !changed_to && (c.verb != Class::Change || verb != "replaced")
        || c.object == Object::Hazard
        || hazard_first
    {
        return;
    }
    // Not with another design: "replaced with a single-scale model", "with
    // a selector that shows its current position", "with illuminated
    // ones", "shared accounts replaced with named accounts"; "with approved
    // type" and "with new ones" are the right part at hand.
    if refitted || changed_to || replaced_with_another_design(&c.rest, "with") {
        // (Raised when the one at hand was read: "exchange port labels
        // replaced with engraved ones".)
        if r.tier < Tier::Process {
            c.adjust_head(r, Tier::Process, "replaced with another design");
        }
        return;
    }
    if r.tier > Tier::Correction
        // (What it was replaced with may be named: "item replaced with a
        // fridge bag".)
        && c.object_hit.is_none_or(|o| {
            o < c.head
                || c.text.tokens[c.end..c.hits[o].tokens.start]
                    .first()
                    .is_some_and(|t| t.norm == "with")
        })
        && c.object != Object::Document
        && !c.after().iter().any(|h| {
            matches!(
                h.classes.first_of(&OBJECTS).map(|k| Object::of(k, false)),
                Some(Object::Document | Object::Control | Object::Alert)
            )
        })
    {
        c.adjust_head(r, Tier::Correction, "the part at hand replaced");
    }
}

/// Whether the words after "replaced" (from `with_word` on: "with", or
/// "to" after "changed") say it was replaced with another kind, a thing
/// that does something, or another model.
fn replaced_with_another_design(rest: &[&str], with_word: &str) -> bool {
    let with_at = rest
        .iter()
        .position(|w| *w == with_word)
        .unwrap_or(rest.len());
    let with = &rest[with_at..rest.len().min(with_at + 5)];
    let same_kind = |w: &str| {
        matches!(
            w,
            "new"
                | "same"
                | "spare"
                | "correct"
                | "right"
                | "identical"
                | "replacement"
                | "the"
                | "clean"
                | "approved"
                | "original"
                | "specified"
                | "proper"
                | "fresh"
                | "working"
                | "matching"
                | "similar"
                | "equivalent"
                | "existing"
                | "good"
                | "two"
                | "three"
                | "four"
                | "their"
                | "its"
        )
    };
    // ("With illuminated ones", or one better: "with a brighter one", "with
    // a continuous one"; not "a new one", nor the right spec, "a food-grade
    // one".)
    let other_kind = with.windows(2).any(|p| {
        (p[1] == "ones"
            || p[1] == "one"
                && (p[0].ends_with("er") || p[0].ends_with("ous") || p[0].ends_with("ing"))
            || p[1].ends_with('s') && !p[1].ends_with("ss") && p[0] != with_word && p[0].len() > 2)
            && !same_kind(p[0])
    });
    let model = with.iter().any(|w| {
        matches!(
            *w,
            "model" | "models" | "type" | "design" | "version" | "variant"
        )
    }) && !with.iter().any(|w| {
        matches!(
            *w,
            "approved" | "correct" | "right" | "specified" | "original" | "same" | "proper"
        )
    });
    other_kind || model || does_something(&rest[with_at..])
}

/// Whether words name a thing by what it does, in a relative clause in
/// the present: "a selector that shows its position", "a key cabinet that
/// only opens with a badge", "one that records results".
fn does_something(words: &[&str]) -> bool {
    // (After "ones", any verb: "latches replaced with ones that spring
    // shut".)
    let words = &words[..words.len().min(10)];
    words.windows(2).enumerate().any(|(k, p)| {
        matches!(p[0], "that" | "which")
            && (p[1].ends_with('s') && !matches!(p[1], "is" | "was" | "has")
                || matches!(p[1], "can" | "cannot" | "will" | "won't" | "only")
                || k > 0 && words[k - 1] == "ones")
    })
}

/// "Went back and switched it on": what was done, told in the past, to
/// "it" or "them" is the one at hand.
fn done_to_it(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    if r.tier > Tier::Correction
        && matches!(c.verb, Class::Create | Class::Change)
        && tokens[c.end - 1].is_past()
        && tokens
            .get(c.end)
            .is_some_and(|t| matches!(t.norm.as_str(), "it" | "them"))
        && tokens.get(c.end + 1).is_none_or(|t| {
            !t.is_word()
                || matches!(
                    t.norm.as_str(),
                    "on" | "off" | "back" | "up" | "out" | "and"
                )
        })
    {
        c.adjust_head(r, Tier::Correction, "done to the one at hand");
    }
}

/// "Post rewritten": a thing no list knows (or a record), changed, told in the past with
/// nothing more said, is the one at hand put right ("labels redesigned" is
/// a design).
fn changed_alone(c: &Governed, r: &mut Reading) {
    // (A record too: "register rewritten".)
    let record = c.object == Object::Document
        && c.object_hit
            .is_some_and(|o| is_record(&c.text.tokens[c.hits[o].tokens.end - 1]));
    // (Or one added, fitted, turned on or rerouted: "disclosure added",
    // "placards fitted and operative briefed", "duct rerouted".)
    // (Not a feature by its name: "Safe Links turned on".)
    let named_feature = capitalised(&c.text.tokens[c.clause_start..c.start]) >= 2;
    let added = c.verb == Class::Create
        && !named_feature
        && matches!(
            c.verb_word().norm.as_str(),
            "added" | "fitted" | "turned" | "rerouted" | "re-routed"
        );
    // (Or kit brought up to date: "firewall updated", "servers patched".)
    let patched = c.object == Object::Control
        && c.object_hit.is_some_and(|o| {
            o < c.head
                && matches!(
                    c.text.tokens[c.hits[o].tokens.end - 1].norm.as_str(),
                    "firewall"
                        | "firewalls"
                        | "server"
                        | "servers"
                        | "router"
                        | "routers"
                        | "switch"
                        | "switches"
                        | "laptop"
                        | "laptops"
                        | "firmware"
                        | "antivirus"
                        | "browser"
                        | "browsers"
                        | "device"
                        | "devices"
                )
        })
        && matches!(
            c.verb_word().norm.as_str(),
            "updated" | "upgraded" | "patched"
        );
    // (Or one tool set, told alone: "Timer set."; "defaults set" is for
    // every one.)
    let set_once = c.verb_word().norm == "set"
        && c.end == c.start + 1
        && c.object_before().is_some()
        && !c.text.tokens[c.start - 1].s_form()
        // (Not a condition: "rejects builds with the debug flag set".)
        && !c.text.tokens[c.clause_start..c.start].iter().any(|t| t.norm == "with")
        && c.rest.iter().all(|w| *w == ".");
    if set_once && r.tier > Tier::Correction {
        c.adjust_head(r, Tier::Correction, "the one at hand set");
        return;
    }
    // (Not a thing fitted with a control of its own: "hinged slurry pit
    // cover with a lock fitted".)
    let named = &c.text.tokens[c.clause_start..c.start];
    let with_a_control = named
        .iter()
        .position(|t| t.norm == "with")
        .is_some_and(|w| {
            named[w + 1..].iter().take(3).any(|t| {
                matches!(
                    t.norm.as_str(),
                    "lock" | "alarm" | "interlock" | "sensor" | "guard" | "timer" | "closer"
                )
            })
        });
    // (Nor a new one put in: "and a repeater signal fitted".)
    let tokens = &c.text.tokens;
    let noun_start = (c.clause_start..c.start)
        .rev()
        .take_while(|&k| tokens[k].could_be_noun() && !is_determiner(&tokens[k]))
        .last()
        .unwrap_or(c.start);
    let a_new_one = added
        && noun_start > 0
        && matches!(
            tokens[noun_start - 1].norm.as_str(),
            "a" | "an" | "new" | "extra" | "additional" | "second"
        );
    if (c.verb == Class::Change || added)
        && !with_a_control
        && !a_new_one
        && r.tier > Tier::Correction
        && (c.object == Object::Other || record || patched)
        && matches!(
            c.verb_word().norm.as_str(),
            "added"
                | "fitted"
                | "turned"
                | "rerouted"
                | "re-routed"
                | "rewritten"
                | "rewrote"
                | "updated"
                | "amended"
                | "adjusted"
                | "changed"
                | "modified"
                | "edited"
                | "revised"
                | "reworded"
                | "tweaked"
                | "swapped"
                | "upgraded"
                | "reorganised"
                | "reorganized"
                | "rearranged"
                | "tightened"
                | "loosened"
                | "reordered"
                | "re-ordered"
        )
        && c.nothing_more_said()
    {
        c.adjust_head(r, Tier::Correction, "the one at hand changed");
    }
}

/// "Repeat the blast chiller alarm on the kitchen pass": an alarm repeated
/// where people are is relayed to them, not redone. (Also told as a note:
/// "winch alarm repeated on a display in the cab".)
fn an_alarm_relayed(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let an_alarm = |o: &Hit| {
        matches!(
            tokens[o.tokens.end - 1].norm.as_str(),
            "alarm" | "alarms" | "alert" | "alerts" | "warning" | "warnings" | "signal"
        )
    };
    let somewhere = |at: usize| {
        tokens
            .get(at)
            .is_some_and(|t| matches!(t.norm.as_str(), "on" | "at" | "to" | "in"))
    };
    let before = c
        .object_before()
        .is_some_and(|o| an_alarm(o) && somewhere(c.end));
    let after = c
        .object_after()
        .is_some_and(|o| an_alarm(o) && somewhere(o.tokens.end));
    if c.verb == Class::Fix
        && r.tier < Tier::Detect
        && c.verb_word().lemma() == "repeat"
        && (before || after)
    {
        c.adjust_head(r, Tier::Detect, "an alarm relayed");
    }
}

/// "Require a reason for any override": a way round a control that now
/// asks for something is harder to take, not a workaround put in place.
fn a_way_round_made_to_ask(c: &Governed, r: &mut Reading) {
    if c.verb == Class::Create
        && c.object == Object::Hazard
        && r.tier < Tier::Design
        && c.verb_word().norm.starts_with("requir")
    {
        c.adjust_head(r, Tier::Design, "a way round made to ask for more");
    }
}

/// "Client written to": a person written to was sent a letter.
fn written_to_someone(c: &Governed, r: &mut Reading) {
    if c.verb == Class::Create
        && c.object == Object::People
        && r.tier > Tier::People
        && matches!(
            c.verb_word().norm.as_str(),
            "write" | "writes" | "wrote" | "written"
        )
        && c.rest.first() == Some(&"to")
    {
        c.adjust_head(r, Tier::People, "a letter to someone");
    }
}

/// "Store warning signs on the floor machine": signs kept where they are
/// needed are kit put in place, not a message to people. Kept on a
/// person, it is as safe as they keep it: "keys to be kept on the officer
/// at all times".
fn kit_kept_where_needed(c: &Governed, r: &mut Reading) {
    let kept = matches!(
        c.verb_word().norm.as_str(),
        "store" | "stores" | "stored" | "keep" | "keeps" | "kept"
    );
    if c.verb == Class::Create
        && kept
        && c.object == Object::People
        && matches!(c.rest.first(), Some(&("on" | "with" | "by")))
        && r.tier > Tier::People
    {
        c.adjust_head(r, Tier::People, "kept on a person");
        return;
    }
    if c.verb == Class::Create
        && c.object == Object::Message
        && r.tier < Tier::Process
        && kept
        && c.rest.first().is_some_and(|w| *w != "to")
    {
        c.adjust_head(r, Tier::Process, "kit kept where it is needed");
    }
}

/// "Voluntary disclosure made to customs": something made, told in the past
/// of a thing no list knows, was done once; so was a check made ("the
/// controller made the check of dimension 12").
fn made_once(c: &Governed, r: &mut Reading) {
    // (Not what is made mandatory on a check: "moisture reading field made
    // mandatory on the damp survey".)
    // (Nor what is made to require it: "booking form made to require a
    // risk assessment".)
    let required = c.text.tokens[c.start..c.end]
        .iter()
        .chain(c.text.tokens.get(c.end))
        .any(|t| matches!(t.norm.as_str(), "mandatory" | "compulsory" | "required"))
        || c.rest.starts_with(&["to", "require"]);
    let check_made = c.object == Object::Check && c.object_after().is_some() && !required;
    // (Not what is made a step of the work: "fuel cross-check made a
    // challenge-response checklist item", "inspection made a hold point".)
    // (Or a check, when no person made it: "door arming made a
    // challenge-and-response check with the purser".)
    let made_by_no_one = c.rest.first() == Some(&"a") && !c.person_right_before();
    let made_a_step = c.rest.iter().take(5).any(|w| {
        matches!(
            *w,
            "item" | "step" | "field" | "point" | "gate" | "checkpoint"
        ) || made_by_no_one && *w == "check"
    });
    if made_a_step && c.verb_word().norm == "made" {
        if r.tier < Tier::Process {
            c.adjust_head(r, Tier::Process, "made a step of the work");
        }
        return;
    }
    if c.verb == Class::Create
        && r.tier > Tier::Correction
        && (c.object == Object::Other && !required || check_made)
        && c.verb_word().norm == "made"
        && c.start > c.clause_start
    {
        c.adjust_head(r, Tier::Correction, "done once");
    }
}

/// Whether a word names a time or a date: "next", "tomorrow", "March",
/// "Q3", "3 May".
pub(super) fn names_a_time(w: &str) -> bool {
    w.starts_with(|ch: char| ch.is_ascii_digit())
        || matches!(
            w,
            "next"
                | "this"
                | "then"
                | "now"
                | "further"
                | "end"
                | "tomorrow"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
        )
}

/// "Management review scheduled for next month": one check booked for a
/// date is the one at hand, done late ("access reviews scheduled quarterly
/// in the IAM tool" is a standing one).
fn booked_for_a_date(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let booked = matches!(
        c.verb_word().norm.as_str(),
        "scheduled" | "booked" | "arranged" | "planned" | "rescheduled" | "re-booked"
    );
    let for_a_date = tokens
        .get(c.end)
        .is_some_and(|t| matches!(t.norm.as_str(), "for" | "on" | "in"))
        && tokens.get(c.end + 1).is_some_and(|t| names_a_time(&t.norm));
    if booked
        && for_a_date
        && c.object == Object::Check
        && c.object_before().is_some()
        && c.periodic.is_none()
        && c.automated().is_none()
        && r.tier > Tier::Correction
    {
        c.adjust_head(r, Tier::Correction, "one booked for a date");
    }
}

/// "Flag same-surname patients on the ward board": people to be flagged or
/// scanned are marked for others to see, not told something. (Told in the
/// past, it was done once.)
fn people_marked(c: &Governed, r: &mut Reading) {
    if c.verb == Class::Alert
        && c.object == Object::People
        && r.tier < Tier::Detect
        && matches!(c.verb_word().lemma(), "flag" | "scan")
        && !c.text.tokens[c.end - 1].is_past()
        && c.object_after().is_some()
    {
        c.adjust_head(r, Tier::Detect, "people marked");
    }
}

/// "The chart that calculates NEWS and pages the nurse": an alert in the
/// present tense is something that alerts by itself.
fn something_alerts_by_itself(c: &Governed, r: &mut Reading) {
    if c.verb == Class::Alert
        && r.tier < Tier::Detect
        && c.text.tokens[c.end - 1].s_form()
        && c.start > c.clause_start
    {
        c.adjust_head(r, Tier::Detect, "something alerts by itself");
    }
}

/// "Alert the duty manager when the fridge goes out of range", "... 30 days
/// before each expires", "when missed": an alert on a condition is a rule
/// that fires by itself, not a person passing word on.
fn an_alert_on_a_condition(c: &Governed, r: &mut Reading) {
    if c.verb != Class::Alert || c.object != Object::People || r.tier >= Tier::Detect {
        return;
    }
    let (tokens, end) = (&c.text.tokens, c.end);
    let on_condition = tokens[end..]
        .iter()
        .take_while(|t| t.is_word())
        .position(|t| {
            matches!(
                t.norm.as_str(),
                "when" | "whenever" | "if" | "before" | "once"
            )
        })
        .is_some_and(|w| {
            tokens
                .get(end + w + 2..)
                .unwrap_or_default()
                .iter()
                .take_while(|t| t.is_word())
                .take(5)
                .any(|t| t.s_form() && t.norm.len() > 1)
                // (Or told in a word: "when missed", "if overdue".)
                || tokens.get(end + w + 1).is_some_and(|t| {
                    t.is_past() || matches!(t.norm.as_str(), "overdue" | "late" | "due")
                })
        });
    // (Or on what goes wrong: "alert them on failures".)
    let on_failures = tokens[end..]
        .windows(2)
        .take_while(|w| w[0].is_word())
        .any(|w| w[0].norm == "on" && names_failure(&w[1].norm));
    // (Or at a threshold: "page the outreach team at 5 and above", "above
    // 90%".)
    // (Not a time: "at 9am", "at 09:00 each day".)
    let level = |w: &[Token]| {
        w[1].norm
            .trim_end_matches('%')
            .bytes()
            .all(|b| b.is_ascii_digit())
            && !w
                .get(2)
                .is_some_and(|n| matches!(n.norm.as_str(), "am" | "pm" | ":" | "o'clock"))
    };
    let at_threshold = tokens[end..]
        .windows(3)
        .take_while(|w| w[0].is_word())
        .any(|w| matches!(w[0].norm.as_str(), "at" | "above" | "over" | "below") && level(w));
    if on_condition || on_failures || at_threshold {
        c.adjust_head(r, Tier::Detect, "an alert on a condition");
    }
}

fn a_gate_before_the_next_step(c: &Governed, r: &mut Reading) {
    // (Or what is needed "to" take it: "readings mandatory to close PM".)
    let needed_to = c.start >= 2
        && c.text.tokens[c.start - 1].norm == "to"
        && matches!(
            c.text.tokens[c.start - 2].norm.as_str(),
            "mandatory" | "compulsory" | "required" | "needed" | "necessary"
        );
    if r.tier < Tier::Design && (c.gated() || needed_to) {
        c.adjust_head(r, Tier::Design, "a gate before the next step");
    } else if r.tier < Tier::Process
        && c.verb == Class::Check
        && c.start == c.clause_start
        && !c.text.tokens[c.start].is_past()
        && c.next_step_waits(false)
    {
        // ("Check the parcel's location against the address before it can
        // be marked delivered": a checkpoint the next step waits for; not
        // "check the label before shipping", a manual extra check.)
        c.adjust_head(r, Tier::Process, "a check the next step waits for");
    }
}

/// "Make a contact attempt a required step": what is made mandatory is a
/// step of the process, whatever it is called. (Training made mandatory is
/// still training.)
fn made_a_required_step(c: &Governed, r: &mut Reading) {
    let made = c.verb_word().norm == "make"
        && c.text.tokens[c.end..]
            .iter()
            .take_while(|t| !ends_phrase(t) || t.norm == "a")
            .take(6)
            .any(|t| matches!(t.norm.as_str(), "required" | "mandatory" | "compulsory"));
    // (Or told as a note of a tool or form: "compaction test result required
    // on the reinstatement form before sign-off".)
    let required_on = c.verb_word().norm == "required" && c.tool_after(&["on", "in"]).is_some();
    if (made || required_on) && !c.teaches() && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "made a required step");
    }
}

/// A person changed in a passive is the one at hand: "assembler moved to
/// another station" changes who does the work, not how it is done.
fn the_person_at_hand(c: &Governed, r: &mut Reading) {
    let named_first = c.object == Object::People && c.object_before().is_some();
    // (Or one person added to a list, told alone: "customer added to the
    // PSR"; "second nurse added to nights" is more people.)
    let one_added = c.verb_word().norm == "added"
        && c.object_hit
            .is_some_and(|o| !c.text.tokens[c.hits[o].tokens.end - 1].s_form())
        && !c.text.tokens[c.clause_start..c.start].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "second" | "extra" | "additional" | "another" | "more" | "backup" | "deputy"
            )
        });
    if named_first && one_added && c.verb == Class::Create && r.tier > Tier::Correction {
        c.adjust_head(r, Tier::Correction, "the one at hand added to a list");
    } else if named_first && c.verb == Class::Change {
        c.adjust_head(r, Tier::People, "the person at hand");
    }
}

/// "Tenant offered a move", "customer offered a replacement": what is
/// offered to the person it happened to is their remedy, not a change to
/// how things are done.
fn offered_to_the_one_at_hand(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    if matches!(c.verb, Class::Change | Class::Create | Class::Fix)
        && r.tier > Tier::Correction
        && c.hits[..c.head].iter().any(|p| {
            p.classes.has(Class::People)
                && tokens
                    .get(p.tokens.end)
                    .is_some_and(|t| t.norm == "offered")
                && p.tokens.end < c.start
        })
    {
        c.adjust_head(r, Tier::Correction, "offered to the one at hand");
    }
}

/// "DG parcel moved to the correct hold", "room moved", "pallet
/// segregated": something moved or set apart, told in the past, is the one
/// at hand put where it belongs.
fn the_one_at_hand_moved(c: &Governed, r: &mut Reading) {
    // (Or locked away in a place: "root credentials locked in the vault
    // with break-glass alerts".)
    let locked_in =
        c.verb_word().norm == "locked" && matches!(c.rest.first(), Some(&("in" | "into" | "away")));
    let moved = locked_in
        || matches!(
            c.verb_word().norm.as_str(),
            "moved" | "segregated" | "separated" | "relocated"
        );
    if !moved {
        return;
    }
    let (tokens, end) = (&c.text.tokens, c.end);
    // (Or put where it should have gone: "waste moved to the correct bin".)
    let put_right = tokens[end..].windows(3).any(|w| {
        w[0].norm == "to"
            && w[1].norm == "the"
            && matches!(w[2].norm.as_str(), "correct" | "right" | "proper")
    });
    // (What follows "to" is where it went: "passports deleted from the
    // desktop and moved to the CRM".)
    let to_place = c.object_after().is_some()
        && tokens
            .get(end)
            .is_some_and(|t| matches!(t.norm.as_str(), "to" | "into"));
    // (What "will be moved" is a plan for where things are kept: "controlled
    // drugs will be moved into a cabinet with a key log".)
    // (Not a part of a document moved within it: "last step moved to the
    // front page" changes the document.)
    let part_of_a_document = c.hits[..c.head]
        .iter()
        .any(|h| h.tokens.start >= c.clause_start && h.classes.has(Class::Document));
    // (Nor a thing kept where a lock, a log or a review keeps it: "exam
    // papers moved to a safe with a two-person sign-out log", "fee moved to
    // config with a review step"; a move made so that something stays so is
    // `made_so_for_good`'s.)
    // (Six words on: "with auto-renew on and renewal alerts to ops".)
    let kept = c.soon_after("with", 6, |k| {
        matches!(
            k,
            "lock"
                | "log"
                | "sign-out"
                | "two-person"
                | "checkout"
                | "check-out"
                | "alarm"
                | "maker-checker"
                | "four-eyes"
                | "stop"
                | "interlock"
                | "sign-in"
                | "login"
                | "mfa"
                | "audit"
                | "logging"
                | "review"
                | "approval"
                | "approver"
                | "booking"
                | "sign-off"
                | "alerts"
                | "reminders"
                | "slots"
                | "locked"
                | "check"
        )
    });
    // (Or set apart: "amlodipine moved to a separate shelf".)
    // (Or one of its own: "labels moved to their own stand".)
    // (Or into more than one: "chemicals separated into two stores".)
    let apart = c.rest.windows(3).any(|w| {
        matches!(w[0], "to" | "into")
            && (w[1] == "a" && matches!(w[2], "separate" | "dedicated" | "restricted")
                || matches!(w[1], "separate" | "dedicated" | "restricted")
                || matches!(w[1], "two" | "three" | "different") && w[2].ends_with('s')
                || matches!(w[1], "their" | "its") && w[2] == "own")
    }) || c.rest.windows(4).any(|w| {
        // (Or into what is kept apart: "moved to red tubs kept in a
        // separate locked store".)
        matches!(w[0], "kept" | "stored" | "held")
            && w[1] == "in"
            && w[2] == "a"
            && matches!(w[3], "separate" | "dedicated")
    });
    // (Or to a place that does something: "a key cabinet that only opens
    // with a licensed driver's badge"; or secrets into a vault.)
    // (Or a check moved into a tool, which makes it from then on:
    // "signature verification moved to the imaging system".)
    // (The lexicon's "verify" has no noun: "verification" would make
    // "add independent verification to routine tasks" a chore.)
    let into_a_tool = c.tool_after(&["to", "into"]).is_some();
    // (Or records kept there from then on: "treatment records moved to the
    // herd app".)
    let check_into_a_tool = into_a_tool
        && (c.hits[..c.head]
            .iter()
            .any(|h| h.tokens.start >= c.clause_start && h.classes.has(Class::Check))
            || c.text.tokens[c.clause_start..c.start].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "verification"
                        | "validation"
                        | "screening"
                        | "record"
                        | "records"
                        | "log"
                        | "logs"
                        | "logging"
                        | "diary"
                        | "bookings"
                )
            }));
    // (Or fed from one tool into another: "excess values moved into the
    // quote screen from the rating engine".)
    let fed = into_a_tool && c.tool_after(&["from"]).is_some();
    // (Or a fixed place moved away from the hazard: "refuelling point
    // moved to the far side of the paver, away from the heaters"; "crates
    // moved away from the exit" are the ones at hand.)
    let a_place = c.start > 0
        && matches!(
            c.text.tokens[c.start - 1].norm.as_str(),
            "point" | "points" | "station" | "stations" | "area" | "bay" | "store" | "zone"
        );
    let away = c.rest.windows(2).any(|w| w == ["away", "from"])
        || c.rest
            .windows(2)
            .any(|w| matches!(w[0], "far" | "other") && w[1] == "side");
    // (Or moved a measured distance from the hazard: "muck heap moved 30
    // metres from the hay barn", a spacing kept from now on.)
    let spaced = c.rest.windows(3).any(|w| {
        w[0].bytes().all(|b| b.is_ascii_digit())
            && matches!(
                w[1],
                "metres" | "meters" | "m" | "feet" | "ft" | "yards" | "km"
            )
            && matches!(w[2], "from" | "away" | "clear")
    });
    // (A step of the work moved is the process changed: "site marking
    // moved to the pre-op area"; "drawing moved" is one.)
    let step_moved = c.start > c.clause_start + 1
        && c.text.tokens[c.start - 1].is_ing_form()
        && !matches!(
            c.text.tokens[c.start - 1].norm.as_str(),
            "drawing" | "painting" | "building" | "clothing" | "bedding" | "packing"
        );
    if step_moved
        && matches!(c.rest.first(), Some(&("to" | "into")))
        && c.tool_after(&["to", "into"]).is_none()
    {
        if r.tier < Tier::Process {
            c.adjust_head(r, Tier::Process, "a step of the work moved");
        }
        return;
    }
    // (Or to a mode that runs by itself: "domains moved to auto-renew".)
    let automatic = c.rest.windows(2).any(|w| {
        matches!(w[0], "to" | "onto") && (w[1].starts_with("auto") || w[1] == "automatic")
    });
    // (Or a kind locked in a tool, for every one: "killed seats locked in
    // the ticketing system".)
    let kind_locked = locked_in
        && c.tool_after(&["in", "into"]).is_some()
        && c.named_bare_first()
        && c.text.tokens[c.start - 1].s_form();
    let for_good = kept
        || kind_locked
        || apart
        || automatic
        || a_place && away
        || spaced
        || check_into_a_tool
        || fed
        || does_something(&c.rest)
        || c.rest.iter().any(|w| matches!(*w, "vault" | "vaults"));
    if for_good && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "moved where it is kept so");
        return;
    }
    // (Nor a fitting of a tool moved, a layout changed: "siren switch
    // moved to the steering column".)
    let fitting = c.tool_right_before();
    if matches!(c.verb, Class::Change | Class::Create)
        && !part_of_a_document
        && !for_good
        && (!fitting || put_right)
        && !future_passive(tokens, c.start)
        // (Things at hand named before: "samples moved to -80"; not a kind
        // of work, "reporting moved to a replica", nor a person or a
        // document.)
        && (c.object == Object::Other
            || put_right
            || to_place
            || matches!(c.object, Object::Instance | Object::Check)
                && c.object_hit.is_some_and(|o| {
                    o < c.head && !tokens[c.hits[o].tokens.end - 1].is_ing_form()
                }))
        && c.object_hit
            .is_none_or(|o| o < c.head || put_right || to_place)
        && c.start > c.clause_start
    {
        c.adjust_head(r, Tier::Correction, "the one at hand moved");
    }
}

/// "Move amitriptyline to a separate bay": a look-alike kept apart from
/// now on is a layout that stops the mix-up, whatever else is said of it.
/// (So is a kind kept so: "quarantine damaged chains in a locked red bin";
/// "quarantined the batch" is the one at hand.)
/// (Told in the past too, with a word between: "uncertified shackles
/// quarantined in a red locked bin".)
fn set_apart(c: &Governed, r: &mut Reading) {
    let kept = matches!(
        c.verb_word().norm.as_str(),
        "quarantine"
            | "segregate"
            | "store"
            | "keep"
            | "shelve"
            | "quarantined"
            | "segregated"
            | "stored"
            | "kept"
            | "shelved"
    );
    // (Or shut away: "textiles moved into sealed cases".)
    let apart = |w: &str| matches!(w, "separate" | "dedicated" | "locked" | "own" | "sealed");
    // (Or routed there: "fragile flag printed on the sort label and sent to
    // a separate chute".)
    let routed = matches!(
        c.verb_word().norm.as_str(),
        "move" | "send" | "sent" | "route" | "routed" | "divert" | "diverted"
    );
    if (routed || kept)
        && r.tier < Tier::Design
        && (0..c.rest.len()).any(|k| {
            let w = |j: usize| c.rest.get(k + j).copied().unwrap_or("");
            (matches!(w(0), "to" | "into") || kept && w(0) == "in")
                // (Plural, without an article: "in separate bays".)
                && (matches!(w(1), "a" | "its" | "their") && (apart(w(2)) || apart(w(3)))
                    || apart(w(1)))
        })
    {
        c.adjust_head(r, Tier::Design, "set apart");
    }
}

/// Widening a service or a step to every case changes how things are done,
/// not the case at hand: "extend the certified wiping service to all
/// grant-funded equipment".
fn widened_to_every_case(c: &Governed, r: &mut Reading) {
    if c.object == Object::Instance
        && matches!(c.verb_word().lemma(), "extend" | "expand" | "widen")
        && c.text.tokens[c.end..]
            .windows(2)
            .any(|w| matches!(w[0].norm.as_str(), "to" | "across") && says_every(&w[1]))
    {
        c.adjust_head(r, Tier::Process, "widened to every case");
    }
}

/// Kit issued with every job, as standard, is how the work is set up:
/// "issue worksite limit boards with every work pack" ("send a reminder
/// with every payslip" is still a message); so is one of their own issued
/// to each person ("issue individual alarm codes to each keyholder").
fn issued_with_every(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    if c.verb != Class::Send || r.tier >= Tier::Process {
        return;
    }
    let own_word = |t: &Token| {
        matches!(
            t.norm.as_str(),
            "individual" | "own" | "personal" | "unique" | "separate" | "named"
        )
    };
    let own = |to: usize| tokens[c.end..to].iter().any(own_word);
    // (The kit may be named first: "personal gas monitors issued to every
    // operative".)
    // (Or as the object, before the verb: "gas monitors issued with every
    // excavation permit".)
    let named_first = tokens[..c.start]
        .iter()
        .rev()
        .take(4)
        .take_while(|t| t.is_word())
        .any(own_word)
        || c.object_before().is_some() && c.object != Object::Message
        // (Or kit no list knows: "ladder stabilisers issued with every
        // ladder".)
        || c.start > c.clause_start
            && plain_noun(&tokens[c.start - 1])
            && (tokens[c.start - 1].s_form()
                // (Or kit by that name: "test kit issued to each gang".)
                || matches!(tokens[c.start - 1].norm.as_str(), "kit" | "equipment" | "ppe"));
    // (Or with the pack that goes with every job: "issue the asbestos
    // register to site with the job pack".)
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    // (Or one of their own to each, after the verb's own "to": "payslips
    // published to each employee's own portal account".)
    let own_to_each = word(c.end - 1) == "to"
        && matches!(word(c.end), "every" | "each")
        && tokens[c.end..].iter().take(5).any(own_word);
    let job_pack = |k: usize| {
        word(k) == "with"
            && word(k + 1) == "the"
            && matches!(word(k + 2), "job" | "work")
            && matches!(word(k + 3), "pack" | "packs" | "package" | "card" | "sheet")
    };
    let Some(with) = (c.end..tokens.len())
        .take_while(|&k| !sentence_end(&tokens[k]))
        .position(|k| {
            // (Or for all: "belay devices issued for all hire kit".)
            matches!(word(k), "with" | "to") && matches!(word(k + 1), "every" | "each")
                || word(k) == "for" && matches!(word(k + 1), "every" | "each" | "all")
                || job_pack(k)
                // (Or one for each: "a knife board per task".)
                || word(k) == "per" && tokens.get(k + 1).is_some_and(plain_noun)
                || k == c.end && own_to_each
        })
        .map(|p| c.end + p)
        // (Or kit no list knows, to every one: "issue chainsaw boots to
        // every operator".)
        .filter(|&p| {
            matches!(tokens[p].norm.as_str(), "with" | "per")
                || own(p)
                || own_to_each
                || named_first
                || p > c.end
                    && !c
                        .hits
                        .iter()
                        .any(|h| h.tokens.start >= c.end && h.tokens.start < p)
        })
    else {
        return;
    };
    let message = c.hits.iter().any(|h| {
        h.tokens.start >= c.end
            && h.tokens.end <= with
            && matches!(
                h.classes.first_of(&HEADS),
                Some(Class::Exhort | Class::Train | Class::Attest)
            )
    });
    if (with > c.end || named_first || own_to_each) && !message {
        c.adjust_head(r, Tier::Process, "issued with every job");
    }
}

/// "Remove CRM export rights from hosts": told to remove a kind of thing,
/// not the one at hand ("remove the leaver's account", "remove a
/// duplicate", "remove Dave"), takes the hazard away for good.
fn a_kind_of_thing_removed(c: &Governed, r: &mut Reading) {
    let (tokens, end) = (&c.text.tokens, c.end);
    let verb = c.verb_word().norm.as_str();
    // (Or turned off: "turned off self-approval in repo settings"; not
    // "for this dashboard".)
    let taking_away = matches!(
        verb,
        "remove"
            | "disable"
            | "withdraw"
            | "lock"
            | "redact"
            | "removed"
            | "disabled"
            | "withdrawn"
    ) || matches!(verb, "turn" | "turned" | "switch" | "switched")
        && tokens[end - 1].norm == "off"
        && !c
            .rest
            .iter()
            .any(|w| matches!(*w, "this" | "that" | "these" | "those"));
    if c.verb != Class::Fix || !taking_away || r.tier >= Tier::Eliminate {
        return;
    }
    // (Told as a note, of a kind named first: "hand copying removed", "local
    // admin removed from kiosk accounts"; "duplicate removed" is the one at
    // hand.)
    // ("Copying an existing user is disabled": an activity named first,
    // then said to be switched off.)
    let activity_off = c.start >= c.clause_start + 2
        && tokens[c.clause_start].is_ing_form()
        && matches!(tokens[c.start - 1].norm.as_str(), "is" | "are")
        && matches!(verb, "removed" | "disabled");
    if activity_off {
        c.adjust_head(r, Tier::Eliminate, "an activity switched off");
        return;
    }
    if c.start != c.clause_start && tokens[c.start - 1].norm != "and" {
        // (Or switched off for every one, but not an activity: "tracking
        // turned off" is the one at hand.)
        let switched_off = matches!(verb, "turned" | "switched")
            && tokens[end - 1].norm == "off"
            && !tokens[c.start - 1].is_ing_form();
        // (What is withdrawn is no activity: "drawing withdrawn and
        // reissued" is one drawing.)
        let withdrawn = verb == "withdrawn" && !tokens[c.start - 1].is_ing_form();
        if (matches!(verb, "removed" | "disabled") || withdrawn || switched_off)
            && a_kind_named_first(c)
        {
            c.adjust_head(r, Tier::Eliminate, "a kind of thing removed");
        }
        return;
    }
    // (Told as done, only with its noun right after: "disabled force
    // pushes to main"; "removed from history" is the one at hand.)
    let past = c.verb_word().is_past();
    let kind = tokens.get(end).is_some_and(|t| {
        t.is_word()
            && (!past || plain_noun(t))
            && !matches!(t.norm.as_str(), "a" | "an" | "one")
            // A name: "remove Dave from the admin group".
            && (!t.capital || t.acronym)
            && tokens.get(end + 1).is_none_or(|p| p.norm != "'s")
            && !c.definite_next
    });
    // "Remove the card-taking option from the agent script": a part taken
    // out of a tool, form or setting is gone for everyone ("remove the
    // leaver from the group" and "the test account from production" are
    // the ones at hand).
    // (Or out of every one of a kind: "remove the debug flag from
    // production builds".)
    let from = c.from();
    let from_every = from.is_some_and(|f| {
        tokens
            .get(f + 1..)
            .unwrap_or_default()
            .iter()
            .take_while(|t| t.is_word() && !is_determiner(t) && !ends_phrase(t))
            .take(3)
            .last()
            .is_some_and(|t| t.s_form())
    });
    let removed = c
        .hits
        .iter()
        .filter(|h| (end..from.unwrap_or(end)).contains(&h.tokens.start));
    let at_hand = |h: &Hit| h.classes.has(Class::People) || h.classes.has(Class::Item);
    // (What is removed, by its head: "the certificate validation debug
    // flag" is a flag.)
    // (A choice taken out of a checklist or a form is gone for everyone
    // too: "remove N/A from the flatsat test item in the release
    // checklist".)
    let choice = from.is_some_and(|f| {
        let (_, words) = c.text.norm_of(end..f);
        // (Or an old version, where people find it: "remove the old form
        // from the intranet".)
        let old = words.split_whitespace().any(|w| {
            matches!(
                w,
                "old" | "obsolete" | "superseded" | "outdated" | "previous"
            )
        });
        let where_found = c.after().iter().any(|h| {
            h.tokens.start > f && (h.classes.has(Class::Document) || h.classes.has(Class::Control))
        });
        (words.contains("n/a") || words.contains("option") || words.contains("choice"))
            && where_found
            || old && matches!(c.object, Object::Document | Object::Control)
    });
    let taken_out = c.out_of(Class::Control) && !removed.clone().any(at_hand)
        || from_every && !removed.clone().next_back().is_some_and(at_hand)
        || choice;
    if kind || taken_out {
        c.adjust_head(r, Tier::Eliminate, "a kind of thing removed");
    }
}

/// Whether what a note says was taken away, named before its participle,
/// is an activity ("hand copying"), is taken from every one of a kind
/// ("from kiosk accounts", "on agent phones"), or is a part of a tool.
fn a_kind_named_first(c: &Governed) -> bool {
    let tokens = &c.text.tokens;
    let subject = &tokens[c.clause_start..c.start];
    // (Not a person taken off work: "picker removed from chilled duties",
    // "Dave removed from admin accounts".)
    let agent = |t: &Token| {
        let w = t.norm.as_str();
        ["er", "or", "ist", "ian"].iter().any(|s| w.ends_with(s))
    };
    let bare = c.named_bare_first()
        && !subject.last().is_some_and(agent)
        && !subject.iter().skip(1).any(|t| t.capital && !t.acronym)
        // (A person's noun may say which thing: "passenger seats".)
        && !c.hits[..c.head]
            .iter()
            .any(|h| h.classes.has(Class::People) && h.tokens.end == c.start);
    let activity = subject.last().is_some_and(Token::is_ing_form);
    // (Or on every one: "speakerphone disabled on agent phones".)
    let from_every = c
        .rest
        .first()
        .is_some_and(|w| matches!(*w, "from" | "on" | "in" | "across" | "for"))
        && tokens
            .get(c.end + 1..)
            .unwrap_or_default()
            .iter()
            // ("From all dumpers".)
            .skip_while(|t| says_every(t))
            .take_while(|t| plain_noun(t) && t.norm != "and")
            .take(3)
            .last()
            // (Not a defect taken off product: "burr removed from stock
            // parts" reworks them.)
            .is_some_and(|t| {
                t.s_form()
                    && !matches!(
                        t.norm.as_str(),
                        "duties"
                            | "nights"
                            | "shifts"
                            | "parts"
                            | "units"
                            | "items"
                            | "products"
                            | "pieces"
                            | "batches"
                            | "castings"
                            | "boards"
                    )
            });
    // (Or a part of a tool taken out of it: "fraud scoring toggle removed
    // from the ops console".)
    let a_part = subject.last().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "toggle"
                | "toggles"
                | "button"
                | "buttons"
                | "option"
                | "options"
                | "checkbox"
                | "tickbox"
        )
    }) && c.rest.first() == Some(&"from")
        && c.tool_after(&["from"]).is_some();
    // (Or copies of a kind that goes out of date: "printed copies
    // withdrawn", "paper forms removed".)
    let copies = subject.first().is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "printed" | "paper" | "uncontrolled" | "handwritten" | "local" | "offline"
        )
    }) && subject.len() >= 2
        && subject.last().is_some_and(Token::s_form);
    bare && (activity || from_every || a_part || copies)
}

/// "Lock the drawing revision field on the PO form": a field or a setting
/// locked cannot be changed by anyone, unlike an account or a door locked.
/// (Or named first: "weld parameters password-locked on the controller".)
fn a_setting_locked(c: &Governed, r: &mut Reading) {
    // (Or anything locked once it is entered, for every one: "notification
    // dates locked once entered".)
    let once_entered = c.verb_word().norm == "locked"
        && matches!(c.rest.first(), Some(&("once" | "after" | "when")))
        && c.rest.get(1).is_some_and(|w| {
            matches!(
                *w,
                "entered" | "submitted" | "signed" | "approved" | "saved" | "recorded"
            )
        });
    // (Or a tool locked to stop what it would let through: "tills locked to
    // stop alcohol sales at the licence end time".)
    let to_stop = c.verb_word().norm == "locked"
        && matches!(
            c.rest.as_slice(),
            ["to", "stop" | "prevent" | "block" | "refuse", ..]
        )
        && c.tool_right_before();
    // (Or held within bounds: "stenter controllers locked to the recipe
    // range", "lock the oven controls to the validated range".)
    let to = c.rest.iter().take(5).position(|w| *w == "to");
    let to_a_range = matches!(c.verb_word().norm.as_str(), "locked" | "lock")
        && to.is_some_and(|to| {
            c.rest.iter().skip(to + 1).take(4).any(|w| {
                matches!(
                    *w,
                    "range"
                        | "ranges"
                        | "limit"
                        | "limits"
                        | "band"
                        | "bands"
                        | "values"
                        | "recipe"
                )
            })
        });
    if (once_entered || to_stop || to_a_range) && r.tier < Tier::Design {
        let why = if once_entered {
            "locked once entered"
        } else if to_stop {
            "locked to stop it"
        } else {
            "locked to a range"
        };
        c.adjust_head(r, Tier::Design, why);
        return;
    }
    let setting = |w: &str| {
        matches!(
            w,
            "field"
                | "fields"
                | "setting"
                | "settings"
                | "column"
                | "columns"
                | "template"
                | "parameter"
                | "parameters"
                | "formula"
                | "formulas"
                | "cell"
                | "cells"
                // ("Set-point limits locked by the building management
                // system".)
                | "limit"
                | "limits"
                | "set-point"
                | "set-points"
                | "setpoint"
                | "setpoints"
        )
    };
    let after = c.verb_word().norm == "lock"
        && c.object == Object::Control
        && c.object_after()
            .is_some_and(|o| setting(&c.text.tokens[o.tokens.end - 1].norm));
    let before = matches!(c.verb_word().norm.as_str(), "locked" | "password-locked")
        && c.start > c.clause_start
        && setting(&c.text.tokens[c.start - 1].norm);
    if c.verb == Class::Fix && (after || before) && r.tier < Tier::Eliminate {
        c.adjust_head(r, Tier::Eliminate, "a setting locked");
    }
}

/// "Disable the refund button once a refund has been issued", "lock the
/// account after five failed logins": switched off on every event of a
/// kind, which only a system can do each time, is a rule, not the one at
/// hand dealt with ("disable the account once HR confirms" is).
fn switched_off_by_a_rule(c: &Governed, r: &mut Reading) {
    let verb = c.verb_word();
    // ("Auto-lock shared terminals after five minutes idle": the tool does
    // it each time, whatever follows.)
    let by_itself = verb.norm.starts_with("auto-");
    if c.verb != Class::Fix
        || !(by_itself
            || matches!(
                verb.norm.as_str(),
                "disable" | "lock" | "suspend" | "deactivate" | "hide"
            ))
        || verb.is_past()
        || r.tier >= Tier::Design
    {
        return;
    }
    let clause: Vec<&str> = c.text.tokens[c.end..]
        .iter()
        .take_while(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    let each_time = clause.windows(2).any(|w| {
        matches!(w[0], "when" | "whenever" | "once" | "after" | "if")
            && (matches!(
                w[1],
                "a" | "an" | "any" | "each" | "every" | "three" | "five"
            ) || w[1].bytes().all(|b| b.is_ascii_digit()))
            // (Or out of hours: "lock the till for alcohol sales after
            // licensed hours".)
            || matches!(w[0], "after" | "outside")
                && matches!(
                    w[1],
                    "hours" | "licensed" | "licensing" | "opening" | "closing" | "office" | "working"
                )
            // (Or outside set times: "lock the sign-up app outside 9am to
            // 9pm".)
            || w[0] == "outside" && w[1].starts_with(|d: char| d.is_ascii_digit())
    });
    if each_time || by_itself {
        c.adjust_head(r, Tier::Design, "switched off by a rule");
    }
}

/// "Manual integration locked in the CDS unless a reason code is entered",
/// "out-of-cal balances locked out by the LIMS": a kind of thing held back
/// by a tool, or unless (or whenever) a condition is met, is a rule the
/// tool keeps, told in the past ("the account locked" is the one at hand).
fn held_back_by_a_tool(c: &Governed, r: &mut Reading) {
    let held = matches!(
        c.text.tokens[c.start].norm.as_str(),
        "locked" | "blocked" | "disabled" | "suspended" | "deactivated" | "hidden"
    );
    if c.verb != Class::Fix || !held || r.tier >= Tier::Design {
        return;
    }
    let named = &c.text.tokens[c.clause_start..c.start];
    let a_kind = !named.is_empty()
        && !named.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "the" | "this" | "that" | "his" | "her" | "their" | "'s"
            )
        });
    // (Or a control of a tool, or a kind of work, held until a check:
    // "payment button disabled until the fraud check returns", "results
    // publishing locked until the exam board sign-off"; "account disabled
    // until the review" is the one at hand.)
    let until_checked = c.soon_after("until", 4, |w| {
        matches!(
            w,
            "check"
                | "checks"
                | "test"
                | "tests"
                | "scan"
                | "approval"
                | "sign-off"
                | "recorded"
                | "approved"
                | "signed"
                | "passed"
                | "verified"
        )
    }) && (c.hits[..c.head].iter().any(|h| {
        h.tokens.start >= c.clause_start && h.classes.first_of(&OBJECTS) == Some(Class::Control)
    }) || c.start > c.clause_start
        && c.text.tokens[c.start - 1].is_ing_form());
    // (Or through a tool, whenever something holds: "phones locked in cab
    // mode via telematics when engine on".)
    let whenever = c.tool_after(&["via", "through", "by"]).is_some()
        && c.rest
            .iter()
            .any(|w| matches!(*w, "when" | "whenever" | "while"));
    // (Or kept read-only: "approved revisions locked read-only in the file
    // store", or at a level: "alarm volume locked at a minimum level".)
    let at_a_level = c.rest.first() == Some(&"at")
        && c.rest.iter().skip(1).take(3).any(|w| {
            matches!(
                *w,
                "minimum" | "maximum" | "min" | "max" | "level" | "limit" | "setpoint"
            ) || w.starts_with(|ch: char| ch.is_ascii_digit())
        });
    // (Or held in place with a device that tells: "UV bypass valve locked
    // closed with a limit switch alarm to SCADA".)
    let in_place = matches!(c.rest.first(), Some(&("closed" | "shut" | "open")))
        && c.rest
            .iter()
            .any(|w| matches!(*w, "alarm" | "alarms" | "interlock" | "interlocked"));
    let kept = c.rest.contains(&"unless")
        || c.rest.first() == Some(&"read-only")
        || at_a_level
        || in_place
        || c.done_by_tool(&c.hits[c.head])
        || until_checked
        || whenever;
    if a_kind && kept {
        c.adjust_head(r, Tier::Design, "held back by a tool");
    }
}

/// "Canary skip flag removed from the deploy tool": a part of a tool, named
/// first, taken out of it is gone for everyone, as "remove the option from
/// the form" is ("override removed" alone is the one at hand).
fn taken_out_of_a_tool(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let part = c.start > c.clause_start
        && matches!(
            tokens[c.start - 1].norm.as_str(),
            "flag"
                | "flags"
                | "option"
                | "options"
                | "button"
                | "buttons"
                | "override"
                | "overrides"
                | "bypass"
                | "feature"
                | "setting"
                | "field"
                | "choice"
                | "shortcut"
        );
    let out_of_a_tool = c.rest.first() == Some(&"from")
        && c.hits[c.head + 1..]
            .iter()
            .any(|h| is_tool(h) && tokens[c.end..h.tokens.start].iter().all(|t| t.is_word()));
    if c.verb == Class::Fix
        && c.verb_word().norm == "removed"
        && part
        && out_of_a_tool
        && r.tier < Tier::Design
    {
        c.adjust_head(r, Tier::Design, "taken out of a tool");
    }
}

/// "Stop printing manifests" ends a practice; "the temp's access stopped",
/// "stop the pump", "reject the delivery", "player banned" and "contractor
/// barred" deal with the one at hand ("ban the use of phones" is a
/// practice). (What a tool "stops" in the present tense it stops each time:
/// "an app which stops the machine starting until ...".)
fn stops_the_one_at_hand(c: &Governed, r: &mut Reading) {
    let verb_word = c.verb_word();
    // (Not what a tool stops: "expiry dates that stop expired ones being
    // attached".)
    // (Nor what a tool is stopped from doing for good: "stop the payment
    // screen auto-filling account numbers".)
    let its_doing = c.text.tokens[c.end..]
        .iter()
        .skip(2)
        .take(4)
        .take_while(|t| t.is_word())
        .any(|t| t.is_ing_form());
    // (A kind is no one at hand: "reject expired passes".)
    let a_kind = c.text.tokens.get(c.end).is_some_and(|d| !is_determiner(d))
        && c.text.tokens.get(c.end + 1).is_some_and(|n| n.s_form());
    // (Nor a way of working on paper or by hand: "stop the paper tray" ends
    // the practice, and so does "paper filing stopped".)
    let by_hand = |t: &Token| matches!(t.norm.as_str(), "paper" | "manual" | "handwritten");
    let on_paper = c.text.tokens[c.end..].iter().take(3).any(by_hand);
    let on_paper_before = c.text.tokens[c.clause_start..c.start].iter().any(by_hand);
    let at_hand = matches!(verb_word.lemma(), "stop" | "ceas" | "reject")
        && c.definite_next
        && !a_kind
        && !on_paper
        && !verb_word.norm.ends_with('s')
        && !c.tool_does_it()
        && !its_doing;
    // Told in the past: "player banned", "contractor barred from site",
    // "delivery rejected", "drive locked down".
    let done = !a_kind_that_is(c)
        && matches!(
        verb_word.lemma(),
        "stop" | "ceas" | "ban" | "bar" | "reject" | "lock"
    ) && verb_word.is_past()
        && !on_paper_before
        // (Not kept on: "alert locked on in the vendor config".)
        && c.text.tokens.get(c.start + 1).is_none_or(|t| t.norm != "on")
        && !a_kind_banned(c);
    if c.verb == Class::Prevent && (at_hand || done) {
        c.adjust_head(r, Tier::Correction, "stops the one at hand");
    }
}

/// Whether a note bans a kind of thing, named bare and plural, from a place
/// ("Real knives banned from the rehearsal room"); "player banned" and
/// "contractors barred from site" are the ones at hand.
fn a_kind_banned(c: &Governed) -> bool {
    c.named_bare_first()
        && c.text.tokens[c.start - 1].s_form()
        && !c.hits[..c.head]
            .iter()
            .any(|h| h.tokens.start >= c.clause_start && h.classes.has(Class::People))
        && c.rest.first() == Some(&"from")
}

/// "Elevations checked against the drawing before the quote is issued": a
/// check against a reference at a step each case goes through is how the
/// work runs, the document being what is checked against, not what is
/// read ("procedure checked" is a review of it).
fn checked_against_a_reference(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let against = c.object == Object::Document
        && c.object_after().is_some_and(|o| {
            let start = o.tokens.start;
            tokens[start.saturating_sub(3)..start]
                .iter()
                .any(|t| t.norm == "against")
        });
    if c.verb == Class::Check
        && against
        && r.tier < Tier::Detect
        && (c.before_a_step() || c.at_each_step())
    {
        c.adjust_head(r, Tier::Detect, "checked against a reference at each step");
    }
}

/// A check told in the past tense was done once: "the hosting provider's
/// SOC report was reviewed and filed" ("checked nightly" is a chore); so was
/// a scan or an alert ("HMI scanned"). One that "has to be" or "is" scanned
/// is how the work goes from now on, and so is one the next step waits
/// for ("scanned at the dock door before loading is allowed").
fn a_check_done_once(c: &Governed, r: &mut Reading) {
    let standing = c
        .start
        .checked_sub(1)
        .is_some_and(|b| matches!(c.text.tokens[b].norm.as_str(), "be" | "is" | "are"));
    // (A flag that a tool carries for a kind stays: "fridge items flagged on
    // the picking list"; "patient flagged in the EHR" is the one at hand.)
    let kind = c.named_bare_first() && c.text.tokens[c.start - 1].s_form();
    let carried = c.verb == Class::Alert && kind && c.tool_after(&["on", "in"]).is_some()
        // (Or what is captured from its source each time: "batch number
        // scanned from the vial".)
        || c.rest.first() == Some(&"from") && c.verb_word().norm == "scanned";
    // (Nor one made at a step every case goes through: "checked against the
    // industry database at renewal".)
    let at_each_step = c.at_each_step();
    // (Nor one the subject makes for each of a kind: "each dose checked by a
    // second pharmacist".)
    let each = c.text.tokens[c.clause_start..c.start]
        .iter()
        .any(says_every);
    // (Nor one made before a step told in the present, or in "-ing": "mock
    // papers checked against the live list before they are printed", "keys
    // scanned out against the tenancy before posting".)
    let before_a_step = c.before_a_step();
    if matches!(c.verb, Class::Check | Class::Alert)
        && !carried
        && !at_each_step
        && !each
        && !before_a_step
        && c.automated().is_none()
        && !c.done_by_tool(&c.hits[c.head])
        && c.periodic.is_none()
        && r.tier > Tier::People
        && c.text.tokens[c.end - 1].is_past()
        && !standing
        && !c.next_step_waits(false)
    {
        c.adjust_head(r, Tier::People, "a check done once");
    }
}

/// A setting that someone is to look at: "alert threshold to be reviewed"
/// is a person's review of a tool, not a check the tool makes.
/// (Once: a repeated one is `a_check_and_its_means`'s.)
fn a_setting_looked_at(c: &Governed, r: &mut Reading) {
    if c.verb == Class::Check
        && c.object == Object::Control
        && c.object_before().is_some()
        && c.text.tokens[c.end - 1].is_past()
        && c.automated().is_none()
        && c.periodic.is_none()
        && !c.done_by_tool(&c.hits[c.head])
        && c.means().is_none()
        && r.tier > Tier::People
    {
        c.adjust_head(r, Tier::People, "a setting someone looks at");
    }
}

/// A check done weekly by hand is a chore someone has to remember; one
/// done by a tool, or through one ("in the HR system", "through the job
/// scheduler"), detects.
fn a_check_and_its_means(c: &Governed, r: &mut Reading) {
    if !matches!(c.verb, Class::Check | Class::Alert) {
        return;
    }
    let tool = c.means();
    // (What a tool flags each week is its report: "flag long-lead items in
    // MRP with weekly exception reports to the planner lead".)
    let tool_flags = c.verb == Class::Alert && tool.is_some();
    // (Or what a tool is said to do: "reviewed quarterly by the IAM tool".)
    let by_tool = c.done_by_tool(&c.hits[c.head]);
    // (Or its alerts go to an owner: "insurance checked annually, with
    // expiry alerts to the volunteer coordinator".)
    let alerted = c.after().iter().any(|h| {
        h.classes.has(Class::Alert)
            && c.text
                .tokens
                .get(h.tokens.end)
                .is_some_and(|t| t.norm == "to")
    });
    if let (Some(p), None, false) = (c.periodic, c.automated(), tool_flags || by_tool || alerted) {
        if r.tier > Tier::People {
            c.adjust(r, Tier::People, p, "a check someone has to remember");
        }
    } else if let Some(a) = c.automated().or(tool).filter(|_| r.tier < Tier::Detect) {
        c.adjust(r, Tier::Detect, a, "a tool does it");
    }
}

/// A manual check put in place is still a chore someone has to do: "100%
/// visual inspection of clip orientation added at end of line"; unless
/// something enforces it ("which locks the permit until it is done").
/// (Nor one whose lapses a tool reports to someone: "quarterly reviews
/// tracked in the GRC tool and overdue alerts to the CISO".) (Or an
/// escalation: "escalation of overdue reviews to the CISO", the "to" after
/// what is escalated, or "with escalation when overdue".)
fn a_manual_check_put_in_place(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let to_someone = |from: usize| {
        tokens[from..]
            .iter()
            .take(5)
            .take_while(|t| t.is_word())
            .any(|t| t.norm == "to")
    };
    // ("With escalation when overdue", "if not completed in 14 days": the
    // tool raises it.)
    let overdue = |from: usize| {
        let words: Vec<&Token> = tokens[from..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word())
            .collect();
        words
            .iter()
            .any(|t| matches!(t.norm.as_str(), "overdue" | "missed" | "late"))
            || words
                .windows(2)
                .any(|w| w[0].norm == "not" && w[1].is_past())
    };
    // (Or alerts on the lapses themselves: "with overdue alerts", "and an
    // alert when overdue".)
    let alerted = || {
        c.hits.iter().any(|h| {
            h.classes.has(Class::Alert)
                && (to_someone(h.tokens.end)
                    || overdue(h.tokens.end)
                    || tokens[..h.tokens.start]
                        .iter()
                        .rev()
                        .take(2)
                        .any(|t| matches!(t.norm.as_str(), "overdue" | "missed" | "late")))
        }) || tokens
            .iter()
            .position(|t| t.norm == "escalation")
            .is_some_and(|e| to_someone(e + 1) || overdue(e + 1))
    };
    // (Nor one a tool prompts for: "with a fresh-eyes prompt in the CTG
    // system every hour".)
    let prompted = || {
        c.hits.iter().any(|h| {
            matches!(
                tokens[h.tokens.end - 1].norm.as_str(),
                "prompt" | "prompts" | "pop-up" | "popup"
            ) && tokens[..h.tokens.start]
                .iter()
                .rev()
                .take(4)
                .any(|t| t.norm == "with")
        })
    };
    // (Nor one a job scheduler runs: "schedule quarterly restore tests in
    // the job scheduler".)
    let run_by_a_scheduler = || {
        tokens[c.end..].iter().any(|t| {
            // (Read as one word with what it schedules: "job-scheduler".)
            let last = t.norm.rsplit('-').next().unwrap_or(&t.norm);
            matches!(last, "scheduler" | "cron" | "crontab")
        })
    };
    // (A check the next step waits for is a gate, however often it is
    // done: "require a daily inspection before the permit can be issued".)
    if c.object == Object::Check
        && !matches!(c.verb, Class::Check | Class::Alert)
        && c.automated().is_none()
        && !alerted()
        && !prompted()
        && !run_by_a_scheduler()
        && !c.gated()
        && !c.hits.iter().any(|h| c.prevents(h))
        && let Some(p) = c.periodic.filter(|_| r.tier > Tier::People)
    {
        c.adjust(r, Tier::People, p, "a check someone has to do");
    }
}

/// A person given a recurring chore: "team leader to update the matrix
/// monthly" lasts as long as they remember it.
/// (Not the chore replaced: "EDI from the customer replaces manual entry".)
fn a_chore_given_to_a_person(c: &Governed, r: &mut Reading) {
    let person_before = c.hits[..c.head]
        .iter()
        .any(|h| h.classes.has(Class::People));
    let replaced =
        |p: &Hit| c.verb_word().norm.starts_with("replac") && p.tokens.start <= c.end + 1;
    if c.verb == Class::Change
        && person_before
        && c.automated().is_none()
        && let Some(p) = c.periodic.filter(|p| r.tier > Tier::People && !replaced(p))
    {
        c.adjust(r, Tier::People, p, "a chore someone has to remember");
    }
}

/// Putting a check in place that runs by itself is how a problem is
/// detected: "schedule an automated review that alerts the owner".
fn a_check_that_runs_by_itself(c: &Governed, r: &mut Reading) {
    if c.object == Object::Check
        && c.verb != Class::Check
        && let Some(a) = c.automated()
    {
        c.adjust(r, Tier::Detect, a, "a check that runs by itself");
    }
}

/// "Redesign the labels so each product has a distinct colour band": what
/// is designed again is changed for every one, not mended. So is what is
/// built again in a tool: "rebuild the dilution worksheet in the LIMS"
/// ("rebuild the LIMS server" mends the server).
fn designed_again(c: &Governed, r: &mut Reading) {
    let verb = c.verb_word().norm.as_str();
    let in_a_tool = c.object == Object::Control
        && c.object_hit.is_some_and(|o| {
            let s = c.hits[o].tokens.start;
            s >= 2
                && c.text.tokens[s - 2..s]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "in" | "into"))
        });
    // (Or drawn again with something new in it: "TM layouts redrawn with a
    // 1.2 m safety zone"; "redrawn with the correct dimension" is mended.)
    let redrawn_with = matches!(
        verb,
        "redraw" | "redrawn" | "redrew" | "re-draw" | "re-drawn"
    ) && c.rest.first() == Some(&"with")
        && !c.rest[1..]
            .iter()
            .take(4)
            .any(|w| matches!(*w, "right" | "correct" | "proper" | "missing"));
    // (Or planned again so that something holds: "rounds re-planned so that
    // cul-de-sacs are served by the small truck".)
    let replanned_so = matches!(verb, "re-planned" | "replanned" | "re-plan" | "replan")
        && c.rest.first() == Some(&"so");
    if r.tier < Tier::Design
        && (matches!(
            verb,
            "redesign" | "re-design" | "redesigned" | "re-designed"
        ) || redrawn_with
            || replanned_so
            || in_a_tool
                && matches!(
                    verb,
                    "rebuild" | "rebuilt" | "recreate" | "re-create" | "recreated" | "re-created"
                ))
    {
        c.adjust_head(r, Tier::Design, "designed again");
    }
}

/// "Job times reset with check time included", "target times re-set with
/// time for checks built in": a plan set again to make room for what was
/// squeezed out changes how the work is planned, not the one at hand.
fn set_again_with_room(c: &Governed, r: &mut Reading) {
    let again = matches!(
        c.verb_word().norm.as_str(),
        "reset" | "re-set" | "recalculated" | "re-calculated" | "revised" | "re-planned"
    );
    let with_room = c.rest.first() == Some(&"with")
        && c.rest[1..].iter().take(6).any(|w| {
            matches!(
                *w,
                "included" | "built" | "allowed" | "added" | "factored" | "allocated"
            )
        });
    if again && with_room && c.object == Object::Means && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "set again with room for it");
    }
}

/// "SKU slots re-mapped so look-alike cartons are never adjacent", "skip
/// route moved to the north gate so the edge protection stays in place": a
/// change made so that something never or always holds is made for good
/// ("rebooted so it won't happen again" only hopes, and "permissions
/// corrected so staff can no longer see salaries" puts the one at hand
/// right).
fn made_so_for_good(c: &Governed, r: &mut Reading) {
    let Some(so) = c.rest.iter().position(|w| *w == "so") else {
        return;
    };
    let put_right = matches!(
        c.verb_word().lemma(),
        "correct" | "fix" | "repair" | "restor" | "rectifi" | "mend"
    );
    let then = &c.rest[so + 1..c.rest.len().min(so + 11)];
    let holds = then.iter().any(|w| {
        matches!(
            *w,
            "never"
                | "always"
                | "cannot"
                | "longer"
                | "stays"
                | "stay"
                | "remains"
                | "remain"
                | "no"
        )
    }) || then.windows(2).any(|w| {
        w == ["all", "times"]
            // (Or a layout that keeps things apart: "re-slotted so
            // look-alikes aren't adjacent".)
            || w[0] == "not" && matches!(w[1], "adjacent" | "together" | "beside" | "side-by-side")
    });
    let hope = then
        .iter()
        .any(|w| matches!(*w, "happen" | "occur" | "recur" | "again"));
    if matches!(c.verb, Class::Fix | Class::Change | Class::Create)
        && holds
        && !hope
        && !put_right
        && r.tier < Tier::Design
    {
        c.adjust_head(r, Tier::Design, "made so for good");
    }
}

/// "Weather policy set: no outdoor training when lightning is forecast": a
/// rule that forbids something in a condition is how the work goes from
/// now on, whatever the forbidden thing is.
fn forbidden_when(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let no = tokens[c.start.saturating_sub(2)..c.start]
        .iter()
        .any(|t| t.norm == "no");
    let when = c.rest.iter().take(4).any(|w| {
        matches!(
            *w,
            "when" | "if" | "unless" | "above" | "below" | "during" | "without"
        )
    });
    if no && when && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "a rule against it");
    }
}

/// "Laptop encryption rollout finished": a change rolled out to every one,
/// finished, is in place ("the overdue reviews completed" is the one at
/// hand; a training rollout is still training).
fn rolled_out(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let finished = matches!(c.verb_word().lemma(), "finish" | "complet");
    let rollout = c.start > c.clause_start
        && matches!(
            tokens[c.start - 1].norm.as_str(),
            "rollout" | "roll-out" | "deployment" | "migration"
        );
    let teaching = || {
        c.hits[..c.head].iter().any(|h| {
            h.tokens.start >= c.clause_start
                && (h.classes.has(Class::Train) || h.classes.has(Class::Exhort))
        })
    };
    if finished && rollout && r.tier < Tier::Design && !teaching() {
        c.adjust_head(r, Tier::Design, "rolled out");
    }
}

/// "IAM tool set to launch quarterly review campaigns": a tool set up to
/// do something does it each time ("alarm set to 5 minutes" is a value).
fn a_tool_set_to_do_it(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let set = matches!(
        c.verb_word().norm.as_str(),
        "set" | "configured" | "reconfigured" | "programmed"
    );
    let to_do = tokens.get(c.end).is_some_and(|t| t.norm == "to")
        && tokens.get(c.end + 1).is_some_and(|v| {
            plain_noun(v)
                && !is_determiner(v)
                && !v.s_form()
                && !v.norm.starts_with(|d: char| d.is_ascii_digit())
        });
    let tool_first = c.tool_right_before();
    if set && to_do && tool_first && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "a tool set to do it");
    }
}

/// Every instance mended, or mended by a tool. ("Scripts retrieved" mends
/// the exam scripts at hand: the object says what was fixed, not how.)
fn every_instance_by_a_tool(c: &Governed, r: &mut Reading) {
    // ("Auto-locked the account": what a tool once did to the one at hand.)
    let by_tool = c
        .automated_at
        .filter(|&a| c.object_hit != Some(a))
        .filter(|&a| !(a == c.head && c.text.tokens[c.end - 1].is_past()))
        .map(|a| &c.hits[a])
        .filter(|a| !c.named_thing(a))
        // (Nor the mode it was put back to: "generator returned to auto".)
        .filter(|a| a.tokens.start == 0 || c.text.tokens[a.tokens.start - 1].norm != "to")
        // (Nor what a note says was mended: "Script removed from the page".)
        .filter(|a| !(a.tokens.end == c.start && c.verb_word().is_past()));
    if c.verb == Class::Fix
        && let Some(f) = c.anywhere(Class::Fleet).or(by_tool)
    {
        c.adjust(r, Tier::Eliminate, f, "every instance, by a tool");
    }
}

/// "Remove admin rights from all developers", "remove the export
/// permission from the fundraising role": what a whole role or group may do
/// is taken away, not one person's access mended.
fn taken_from_a_whole_role(c: &Governed, r: &mut Reading) {
    if c.verb != Class::Fix || r.tier >= Tier::Eliminate {
        return;
    }
    let end = c.end;
    let rest = &c.text.tokens[end..];
    let from = rest
        .iter()
        .take_while(|t| !ends_clause(Some(t)) || t.norm == "'s")
        .position(|t| t.norm == "from");
    // One person's access taken from everywhere is still theirs ("Dave's
    // access").
    // (It may be named first: "local admin removed from standard users".)
    // (Whatever is revoked is a permission: "DROP revoked from the data team
    // role".)
    let revoked = c.verb_word().norm.starts_with("revok");
    let permission = |words: &[Token]| {
        !words.iter().any(|t| t.norm == "'s")
            && (revoked
                || words.iter().any(|t| {
                    matches!(
                        t.norm.as_str(),
                        "access"
                            | "right"
                            | "rights"
                            | "permission"
                            | "permissions"
                            | "privilege"
                            | "privileges"
                            | "admin"
                    )
                }))
    };
    if let Some(from) = from
        && (permission(&rest[..from])
            || c.start > c.clause_start
                && c.text.tokens[c.start - 1].is_word()
                && permission(&c.text.tokens[c.clause_start..c.start]))
        && rest[from + 1..]
            .iter()
            .enumerate()
            .take(4)
            .take_while(|(_, t)| t.is_word())
            .any(|(k, t)| {
                // "From stock controllers": people in the plural.
                let at = end + from + 1 + k;
                let plural_people = t.s_form()
                    && c.hits
                        .iter()
                        .any(|h| h.tokens.end == at + 1 && h.classes.has(Class::People));
                plural_people
                    || matches!(
                        t.norm.as_str(),
                        "all"
                            | "every"
                            | "everyone"
                            | "everybody"
                            | "role"
                            | "roles"
                            | "group"
                            | "groups"
                            | "standard"
                    )
            })
    {
        c.adjust_head(r, Tier::Eliminate, "taken from a whole role or group");
    }
}

/// "Pass bereavement notifications to collections automatically": what a
/// tool sends by itself, other than a message to people, is a handoff no
/// one has to remember.
fn sent_by_itself(c: &Governed, r: &mut Reading) {
    // (People it is sent "to" are whom, not what: "send transfer
    // confirmations to the guest by email automatically".)
    let recipient = c.object == Object::People
        && c.object_hit.is_some_and(|o| {
            c.text.tokens[..c.hits[o].tokens.start]
                .iter()
                .rev()
                .take(2)
                .any(|t| t.norm == "to")
        });
    if c.verb == Class::Send
        && r.tier < Tier::Detect
        && (recipient || !matches!(c.object, Object::Message | Object::People))
        // (However it is joined: "by email automatically".)
        && let Some(a) = c.automated().or_else(|| {
            c.after()
                .iter()
                .find(|h| c.text.tokens[h.tokens.end - 1].norm == "automatically")
        })
    {
        c.adjust(r, Tier::Detect, a, "sent by itself");
    }
}

/// "Send overdue notices from the library system", "issue specifications
/// through the document system": what a tool sends, or a document that goes
/// out through one, goes out the same way each time, not when someone
/// remembers. (A message put through a tool is still someone's: "send the
/// reminder through the HR portal".)
fn sent_through_a_tool(c: &Governed, r: &mut Reading) {
    let on_call = c
        .rest
        .iter()
        .any(|w| matches!(*w, "on-call" | "oncall" | "rota" | "pager" | "pagers"));
    if c.verb == Class::Send
        && r.tier < Tier::Detect
        && let Some(tool) = c.after().iter().find(|h| {
            is_tool(h)
                && c.text.tokens[..h.tokens.start]
                    .iter()
                    .rev()
                    // ("Through the student record system": two words may
                    // say which.)
                    .take(4)
                    .take_while(|t| t.is_word())
                    .any(|t| match t.norm.as_str() {
                        "from" => true,
                        // (Or what one record passes into a tool: "pass
                        // allergy notes from the booking to the order system".)
                        "to" | "into" => {
                            c.object != Object::People
                                && !c.reminds()
                                && c.text.tokens[c.end..h.tokens.start]
                                    .iter()
                                    .any(|w| w.norm == "from")
                        }
                        // (A warning paged to an on-call rota is an alert:
                        // "send capacity warnings to the on-call rota through
                        // the paging system".)
                        "through" | "via" => c.object != Object::Message || on_call,
                        _ => false,
                    })
        })
    {
        c.adjust(r, Tier::Detect, tool, "sent through a tool");
    }
}

/// "Push visit list changes to the nurses' tablets", "push device control
/// to every till": what is pushed goes out from a tool, each time, not when
/// someone remembers (a reminder pushed is still a reminder, and "push the
/// fix to production" pushes the one at hand).
fn pushed_out(c: &Governed, r: &mut Reading) {
    let rest = c.after_to_sentence_end();
    let pushed = rest
        .iter()
        .position(|t| matches!(t.norm.as_str(), "to" | "into" | "through" | "via"))
        .map_or(rest, |to| &rest[..to]);
    let the_one =
        pushed.first().is_some_and(|t| t.norm == "the") && !pushed.iter().any(Token::s_form);
    if r.tier < Tier::Detect
        && !the_one
        && matches!(c.verb_word().norm.as_str(), "push" | "pushes")
        && c.object != Object::Instance
        && !c
            .rest
            .iter()
            .any(|w| matches!(*w, "reminder" | "reminders" | "awareness" | "training"))
    {
        c.adjust_head(r, Tier::Detect, "pushed out by a tool");
    }
}

/// "Import the data from the first system into the second
/// automatically": what a tool carries from one place to another by itself,
/// each time, is no one at hand.
/// (So is what is fed from a tool: "feed leaver dates from the HR system
/// into payroll each day", "import tax code notices from the HMRC API".)
fn moved_by_itself(c: &Governed, r: &mut Reading) {
    let by_itself = c
        .automated()
        .is_some_and(|a| c.text.tokens[a.tokens.end - 1].norm == "automatically");
    let fed = matches!(
        c.verb_word().norm.as_str(),
        "feed" | "feeds" | "sync" | "syncs" | "import" | "imports"
    ) && c.out_of(Class::Control);
    if matches!(c.verb, Class::Create | Class::Send)
        && (c.object == Object::Instance || fed && c.object == Object::Message)
        && r.tier < Tier::Process
        && (by_itself && c.from().is_some() || fed)
    {
        c.adjust_head(r, Tier::Process, "moved by a tool, each time");
    }
}

/// "Fit an open-door warning in the cab": a warning fitted or installed is
/// a device that warns by itself ("fit warning signs" still puts up signs).
fn a_warning_fitted(c: &Governed, r: &mut Reading) {
    let fitted = matches!(
        c.verb_word().norm.as_str(),
        "fit" | "fitted" | "install" | "installed" | "mount" | "mounted"
    );
    let a_warning = c.object_hit.is_some_and(|o| {
        matches!(
            c.text.tokens[c.hits[o].tokens.end - 1].norm.as_str(),
            "warning" | "warnings"
        )
    });
    if fitted && a_warning && r.tier < Tier::Detect {
        c.adjust_head(r, Tier::Detect, "a warning device fitted");
    }
}

/// "Older versions are rejected": a bare plural kind said to be so in the
/// present is a rule for every one, not the ones at hand.
fn a_kind_that_is(c: &Governed) -> bool {
    let tokens = &c.text.tokens;
    c.start >= c.clause_start + 2
        && tokens[c.start - 1].norm == "are"
        && tokens[c.start - 2].s_form()
        && c.named_bare_first()
}

/// "Retention breach reported.": a thing named and said to be reported,
/// sent or passed on, and nothing more, was the one at hand.
/// (So is one thing blocked, wherever: "Batch blocked in SAP.", "Card
/// blocked."; "refunds blocked in the till" stops every one.)
fn reported_alone(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let noun_first = c.named_bare_first();
    let after = || tokens[c.end..].iter().filter(|t| t.is_word());
    // (Or to someone in a role, of one thing: "incident reported to the
    // safeguarding lead"; "near misses reported to the committee" go each
    // time, and "procedure issued to all staff" tells people.)
    let to_someone = || {
        after().next().is_some_and(|t| t.norm == "to")
            && after().count() <= 5
            && c.object == Object::Owner
            && c.object_hit
                .is_some_and(|h| tokens[c.hits[h].tokens.end..].iter().all(|t| !t.is_word()))
            && !tokens[c.start - 1].s_form()
    };
    let sent = c.verb == Class::Send && (after().count() == 0 || noun_first && to_someone());
    // (A note of its own: "DLP on outbound email, PII blocked" says what
    // the DLP does.)
    // (Not an activity: "paper filing stopped" ends a practice.)
    // (Nor a way round a control: "self approval blocked in timesheet
    // system" blocks every one.)
    let one_blocked = c.verb == Class::Prevent
        && c.object != Object::Hazard
        && !a_kind_that_is(c)
        && c.clause_start == 0
        && c.start > 0
        && !tokens[c.start - 1].s_form()
        && !tokens[c.start - 1].is_ing_form()
        && (after().count() == 0
            || after().next().is_some_and(|t| t.norm == "in") && after().count() <= 3);
    if (sent || one_blocked) && c.verb_word().is_past() && noun_first && r.tier > Tier::Correction {
        let what = if sent { "passed on" } else { "blocked" };
        c.adjust_head(r, Tier::Correction, &format!("the one at hand, {what}"));
    }
}

/// "Track referrals in the practice system until a reply is logged": what
/// a tool tracks, it tracks each time.
/// (Or with the reminders a tool sends: "track gas safety expiry per
/// property with reminders at 60 days".)
fn tracked_in_a_tool(c: &Governed, r: &mut Reading) {
    // (The alerts may have a word before them: "with due-date alerts"; or
    // come after what else it keeps: "with due dates and reminders".)
    let with_alerts = || {
        c.rest.iter().enumerate().any(|(k, w)| {
            *w == "with"
                && c.rest[k + 1..]
                    .iter()
                    .take(4)
                    .any(|a| matches!(*a, "reminders" | "alerts"))
        })
    };
    // (Or with something that alerts: "with a reorder point that emails the
    // apiary manager".)
    let tokens = &c.text.tokens;
    let with_what_alerts = || {
        tokens[c.end..].windows(2).enumerate().any(|(k, w)| {
            matches!(w[0].norm.as_str(), "that" | "which")
                && matches!(
                    w[1].norm.as_str(),
                    "emails" | "texts" | "pages" | "notifies" | "alerts" | "warns"
                )
                && tokens[c.end..c.end + k].iter().any(|t| t.norm == "with")
        })
    };
    let alerted = || with_alerts() || with_what_alerts();
    let in_a_tool = c.tool_after(&["in", "through", "on", "onto"]).is_some() || alerted();
    // (Told in the past only with its alerts: "certificates tracked in the
    // TMS with due-date alerts"; "leaver tracked in the sheet" was one.)
    // (Or set, entered, added or kept there with them: "calibration due
    // dates set in the equipment register with reminders to the store
    // manager", "deadlines added to the exams calendar with reminders",
    // "servicing put on the maintenance system with alerts".)
    let tracks = match c.verb_word().norm.as_str() {
        "track" | "tracks" => in_a_tool,
        "tracked" | "set" | "entered" | "recorded" | "held" | "kept" | "logged" | "scheduled"
        | "added" | "put" | "placed" => in_a_tool && alerted(),
        _ => false,
    };
    if tracks && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "tracked in a tool");
    }
}

/// "Log out-of-hours messages in the housing system": messages recorded in
/// a tool are kept where the work is, not sent to people.
fn messages_kept_in_a_tool(c: &Governed, r: &mut Reading) {
    let kept = matches!(
        c.verb_word().lemma(),
        "log" | "record" | "store" | "file" | "keep"
    );
    if kept
        && c.object == Object::Message
        && r.tier < Tier::Design
        && c.tool_after(&["in", "into", "on"]).is_some()
    {
        c.adjust_head(r, Tier::Design, "messages kept in a tool");
    }
}

/// "Added to the backlog", "fix to be addressed in the next release": a
/// plan put off to an unnamed later rests on people remembering it.
fn put_off_for_later(c: &Governed, r: &mut Reading) {
    // (The sentence starts at the clause.)
    if let Some(at) = put_off(c.sentence()).filter(|_| r.tier > Tier::People) {
        let from = c.clause_start;
        c.adjust_at(
            r,
            Tier::People,
            from + at.start..from + at.end,
            "put off for later",
        );
    }
}

/// "Strengthen controls.", "Improve the process.", "Review and update the
/// procedure as needed": a change that names only a kind of thing says
/// what to aim for, not what changes, and rests on people to make it good.
fn names_no_change(c: &Governed, r: &mut Reading) {
    let vague_verb = matches!(
        c.verb_word().lemma(),
        "improv"
            | "strengthen"
            | "enhanc"
            | "implement"
            | "updat"
            | "revis"
            | "tighten"
            | "review"
            | "introduc"
    );
    // (Asked of every action: the words are gathered only for such a verb.)
    if !vague_verb || r.tier <= Tier::People {
        return;
    }
    let words: Vec<&str> = c
        .rest
        .iter()
        .copied()
        .filter(|w| w.chars().all(|ch| ch.is_alphabetic() || ch == '-'))
        .collect();
    let mut k = 0;
    while words.get(k).is_some_and(|w| {
        matches!(
            *w,
            "the"
                | "a"
                | "an"
                | "our"
                | "all"
                | "existing"
                | "current"
                | "new"
                | "relevant"
                | "internal"
                | "its"
                | "their"
                | "of"
        )
    }) {
        k += 1;
    }
    let kinds = words[k.min(words.len())..]
        .iter()
        .take_while(|w| {
            matches!(
                **w,
                "controls"
                    | "control"
                    | "process"
                    | "processes"
                    | "procedure"
                    | "procedures"
                    | "monitoring"
                    | "compliance"
                    | "oversight"
                    | "checks"
                    | "governance"
                    | "documentation"
                    | "practices"
                    | "practice"
                    | "arrangements"
                    | "measures"
                    | "safeguards"
                    | "security"
                    | "quality"
                    | "standards"
                    | "systems"
            )
        })
        .count();
    let tail = &words[(k + kinds).min(words.len())..];
    let said_no_more = matches!(
        tail,
        [] | ["as", "needed" | "necessary" | "required" | "appropriate"]
            | [
                "where" | "if",
                "necessary" | "needed" | "appropriate" | "required"
            ]
            | ["going" | "moving", "forward"]
            | ["accordingly"]
            | ["further"]
            | ["in", "future"]
            | ["in", "the", "future"]
    );
    if kinds > 0 && said_no_more {
        c.adjust_head(r, Tier::People, "a change that names nothing");
    }
}

/// "The form now won't submit without a PO number": a tool, the subject,
/// that will not go on without what is missing is a gate ("nurses will not
/// close the chart without a check" is a promise). (Or what cannot be done
/// in a tool: "delivery note can't be signed on the handheld until the
/// count is entered".)
fn a_tool_that_refuses(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let word = |back: usize| {
        c.start
            .checked_sub(back)
            .map_or("", |k| tokens[k].norm.as_str())
    };
    let passive = word(1) == "be" && word(2) == "not" && word(3) == "can";
    let refuses = passive || word(1) == "not" && matches!(word(2), "will" | "does" | "do" | "can");
    let before = || {
        c.hits[..c.head]
            .iter()
            .filter(|h| h.tokens.start >= c.clause_start)
    };
    let in_a_tool = passive
        && c.hits[c.head + 1..].iter().any(|h| {
            is_tool(h)
                && tokens[h.tokens.start.saturating_sub(2)..h.tokens.start]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "on" | "in"))
        });
    // (People may say whose tool: "courier app won't close a delivery
    // without a signature".)
    let whose = |h: &Hit| before().any(|t| t.tokens.start == h.tokens.end && is_tool(t));
    let subject_tool = (before().any(is_tool) || in_a_tool)
        && !before().any(|h| h.classes.has(Class::People) && !whose(h));
    let wanting = c
        .rest
        .iter()
        .take(8)
        .any(|w| matches!(*w, "without" | "until" | "unless"));
    if refuses && subject_tool && wanting && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "a tool that refuses");
    }
}

/// "Volunteer supervision to be improved", "increase oversight of the
/// night shift": more people watching people is a manual check, however
/// it is worded.
fn more_watching(c: &Governed, r: &mut Reading) {
    let watching = c.object_hit.is_some_and(|o| {
        let last = &c.text.tokens[c.hits[o].tokens.end - 1];
        matches!(last.norm.as_str(), "supervision" | "oversight")
    });
    if c.verb == Class::Change && watching && r.tier > Tier::People {
        c.adjust_head(r, Tier::People, "more people watching people");
    }
}

/// "Override removed and the engineer disciplined": a way round a control
/// taken off, told as a note with nothing more said, is the one at hand put
/// back as it was ("remove the reception override" takes the way round
/// away for good, and "shared accounts disabled" takes away a kind).
fn override_taken_off(c: &Governed, r: &mut Reading) {
    // (A tool's function is a kind, whatever its number: "copy-forward
    // switched off".)
    let before = c.object_hit.is_some_and(|o| {
        let h = &c.hits[o];
        let last = &c.text.tokens[h.tokens.end - 1];
        h.tokens.end <= c.start
            && !last.s_form()
            && !matches!(
                last.norm.as_str(),
                "copy-forward"
                    | "copy-paste"
                    | "forward"
                    | "paste"
                    | "autocomplete"
                    | "auto-complete"
                    | "autofill"
                    | "auto-fill"
                    | "self-approval"
                    // ("Manual entry switched off": a way of working.)
                    | "entry"
                    | "keying"
                    | "input"
            )
    });
    if c.verb == Class::Fix
        && c.object == Object::Hazard
        && before
        && c.verb_word().is_past()
        && c.nothing_more_said()
        && r.tier > Tier::Correction
    {
        c.adjust_head(r, Tier::Correction, "the one at hand taken off");
    }
}

/// "Sort all stock and rework", "cargo reworked into a second container":
/// rework mends the product at hand; a document or a tool reworked is a
/// change that lasts.
fn product_reworked(c: &Governed, r: &mut Reading) {
    if matches!(
        c.verb_word().norm.as_str(),
        "rework" | "reworks" | "reworked" | "re-work" | "re-worked"
    ) && matches!(c.object, Object::Other | Object::Instance)
        && r.tier > Tier::Correction
    {
        c.adjust_head(r, Tier::Correction, "the product mended");
    }
}

/// "Trainer updated on the process": people updated "on" something were
/// told about it ("procedure updated on the intranet" is the document).
fn people_updated_on(c: &Governed, r: &mut Reading) {
    if c.verb_word().norm == "updated"
        && c.person_right_before()
        && c.text.tokens.get(c.end).is_some_and(|t| t.norm == "on")
        && r.tier > Tier::People
    {
        c.adjust_head(r, Tier::People, "people told");
    }
}

/// "Close the footpath under the crane in the traffic plan": a correction
/// written into a plan, a procedure or a checklist is done each time the
/// plan is worked, not once.
fn written_into_a_plan(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let into_a_plan = c.object_hit.is_some_and(|o| {
        let o = &c.hits[o];
        // ("in the traffic plan": a word may say which plan.)
        o.classes.has(Class::Document)
            && tokens[..o.tokens.start]
                .iter()
                .rev()
                .take(3)
                .any(|t| matches!(t.norm.as_str(), "in" | "into"))
    });
    if c.verb == Class::Fix && r.tier < Tier::Process && into_a_plan {
        c.adjust_head(r, Tier::Process, "written into a plan");
    }
}

/// "Make private replies the default in the social tool": what is made
/// the default is how the tool behaves for everyone.
/// (So is a default set, named first: "default sharing set to internal
/// only".)
fn made_the_default(c: &Governed, r: &mut Reading) {
    let default_first = c.start > c.clause_start
        && c.text.tokens[c.clause_start].norm == "default"
        && matches!(
            c.verb_word().norm.as_str(),
            "set" | "changed" | "switched" | "turned"
        );
    if (matches!(c.verb_word().norm.as_str(), "make" | "makes" | "made")
        && c.rest.windows(2).any(|w| w == ["the", "default"])
        || default_first)
        && r.tier < Tier::Design
    {
        c.adjust_head(r, Tier::Design, "made the default");
    }
}

/// "Clear the borrower record after each transaction", "rotate
/// privileged passwords after every use": a correction made every time
/// is a step of the work, not the one at hand.
/// (Or people moved on a clock: "rotate lifeguards every 20 minutes", a
/// rota; "complete the log every shift" is a chore.)
fn done_every_time(c: &Governed, r: &mut Reading) {
    let on_a_clock = |w: &[&str]| {
        c.object == Object::People
            && c.object_hit
                .is_some_and(|o| c.hits[o].tokens.start >= c.end)
            && w[0] == "every"
            && (w[1].bytes().all(|b| b.is_ascii_digit())
                || matches!(
                    w[1],
                    "hour" | "day" | "night" | "week" | "month" | "quarter" | "year" | "shift"
                ))
    };
    // (Or sent before every one: "wave data sent to the vessel before each
    // sailing"; or only ever on a condition: "anti-D now issued from the
    // lab only against the mother's result".)
    let sent_before = c.verb == Class::Send
        && c.promise_to.is_none()
        && c.rest.windows(2).any(|w| {
            w[0] == "before" && matches!(w[1], "each" | "every")
                || w[0] == "only" && matches!(w[1], "against" | "after" | "once" | "when" | "if")
        });
    if sent_before && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "done every time");
        return;
    }
    if c.verb == Class::Fix
        && r.tier < Tier::Process
        && c.rest.windows(2).any(|w| {
            matches!(w[0], "after" | "at") && matches!(w[1], "each" | "every")
                // (Not a person's promise: "I will lock the van every time".)
                || matches!(w, ["each" | "every", "time"]) && c.promise_to.is_none()
                || on_a_clock(w)
        })
    {
        c.adjust_head(r, Tier::Process, "done every time");
    }
}

/// "Attach a tooth chart to every extraction referral": what is added to
/// every one of a kind is part of each, not a fix of the one at hand (a
/// sign or a reminder on every door still only tells people).
fn added_to_every_one(c: &Governed, r: &mut Reading) {
    let told = c.reminds()
        || c.rest.iter().any(|w| {
            matches!(
                *w,
                "sign"
                    | "signs"
                    | "poster"
                    | "posters"
                    | "notice"
                    | "notices"
                    | "sticker"
                    | "stickers"
            )
        });
    let every = |w: &&str| matches!(*w, "each" | "every");
    // (The verb may keep its "to", and a part of each come first: "labels
    // fixed to the outside of every cassette".)
    let to_every = c
        .rest
        .windows(2)
        .any(|w| matches!(w[0], "to" | "onto") && every(&w[1]))
        || matches!(c.text.tokens[c.end - 1].norm.as_str(), "to" | "onto")
            && c.rest.iter().take(5).any(every);
    if c.verb == Class::Create && r.tier < Tier::Process && !told && to_every {
        c.adjust_head(r, Tier::Process, "added to every one");
    }
}

/// "Train two more people on the press": more people able to do the work
/// is a decision about resources, not a lesson for the one who slipped.
fn more_people_able(c: &Governed, r: &mut Reading) {
    // (The object may stand before the verb: "new starters trained".)
    let more = c.object_hit.is_some_and(|o| {
        let between = c.text.tokens.get(c.end..c.hits[o].tokens.start);
        between.unwrap_or_default().iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "more" | "additional" | "extra" | "second" | "another" | "backup" | "deputy"
            )
        })
    });
    if c.verb == Class::Train && c.object == Object::People && more && r.tier < Tier::Process {
        c.adjust_head(r, Tier::Process, "more people able to do it");
    }
}

/// "Show the account number with the name when keying orders": what a
/// screen shows at a moment of the work, it shows each time ("show the
/// customer the receipt" shows a person one thing).
fn shown_when(c: &Governed, r: &mut Reading) {
    let shown = matches!(
        c.verb_word().norm.as_str(),
        "show" | "shows" | "display" | "displays"
    );
    let at_a_moment = c
        .rest
        .windows(2)
        .any(|w| matches!(w[0], "when" | "whenever") && w[1].ends_with("ing"));
    if shown && at_a_moment && c.object != Object::People && r.tier < Tier::Design {
        c.adjust_head(r, Tier::Design, "shown at the moment, each time");
    }
}

/// "Warn before sending them outside the firm", "warn when it is
/// changed": a warning given at the moment, with no one told, is a prompt
/// the tool shows ("warn staff about phishing" tells people).
fn warns_when(c: &Governed, r: &mut Reading) {
    let word = |k: usize| c.text.tokens.get(k).map_or("", |t| t.norm.as_str());
    // (Or flagged with a warning shown then: "board distribution lists
    // flagged with a warning banner before sending".)
    let flagged = c.verb_word().lemma() == "flag"
        && c.soon_after("with", 3, |w| {
            matches!(w, "warning" | "banner" | "prompt" | "pop-up" | "popup")
        })
        && c.rest
            .iter()
            .any(|w| matches!(*w, "before" | "when" | "whenever"));
    if flagged && r.tier < Tier::Detect {
        c.adjust_head(r, Tier::Detect, "a warning at the moment");
        return;
    }
    if r.tier < Tier::Detect
        && matches!(c.verb_word().norm.as_str(), "warn" | "warns")
        && matches!(
            word(c.end),
            "before" | "when" | "whenever" | "if" | "on" | "within"
        )
    {
        c.adjust_head(r, Tier::Detect, "a warning at the moment");
    }
}

/// "Nil-by-mouth signs generated from the electronic record", "print
/// calibration stickers from the calibration system": a notice a tool makes
/// says what the tool holds, each time, not what someone remembers to write.
/// (Or what a tool prints, told in the past: "label dates printed by the
/// system".)
fn made_by_a_tool(c: &Governed, r: &mut Reading) {
    let printed = matches!(
        c.verb_word().norm.as_str(),
        "printed" | "generated" | "populated" | "filled" | "calculated"
    );
    let by_tool = || c.done_by_tool(&c.hits[c.head]) || c.automated().is_some();
    if printed && r.tier < Tier::Design && by_tool() {
        c.adjust_head(r, Tier::Design, "made by a tool");
        return;
    }
    // (The message may be the governing word: "referral letters generated
    // from the EHR".)
    if !(c.object == Object::Message || c.verb == Class::Exhort) || r.tier >= Tier::Process {
        return;
    }
    let made = matches!(
        c.verb_word().norm.as_str(),
        "print" | "prints" | "generate" | "generates"
    ) || c
        .rest
        .iter()
        .any(|w| matches!(*w, "generated" | "printed" | "produced" | "populated"));
    let from_a_tool = c.tool_after(&["from"]);
    // (A reminder printed from a tool is still a reminder: "print a
    // reminder poster from the HR portal".)
    if made
        && !c.reminds()
        && let Some(tool) = from_a_tool
    {
        c.adjust(r, Tier::Process, tool, "made by a tool");
    }
}

/// "Read lorry registrations at the weighbridge with ANPR": what a tool
/// reads, it reads each time, by itself.
fn read_by_a_tool(c: &Governed, r: &mut Reading) {
    if r.tier < Tier::Detect
        && matches!(c.verb_word().norm.as_str(), "read" | "reads")
        && let Some(tool) = c.tool_after(&["with", "by", "using", "via"])
    {
        c.adjust(r, Tier::Detect, tool, "read by a tool");
    }
}

/// "Count pins and needles in and out at each fitting", "count razor
/// blades in and out": a tally kept of every one that goes out and comes
/// back is a step of the work, not an extra look.
/// (Or signed in and out: "sign CD pouches in and out on the register".)
fn counted_in_and_out(c: &Governed, r: &mut Reading) {
    if r.tier < Tier::Process
        && matches!(
            c.verb_word().norm.as_str(),
            "count" | "counts" | "sign" | "signs"
        )
        && c.rest.windows(3).any(|w| w == ["in", "and", "out"])
    {
        c.adjust_head(r, Tier::Process, "counted in and out");
    }
}

/// Whether a word names what a tool reports going wrong: "failures",
/// "errors", "breaches".
fn names_failure(word: &str) -> bool {
    matches!(
        word.strip_suffix("es")
            .filter(|w| w.ends_with("ch"))
            .or_else(|| word.strip_suffix('s'))
            .unwrap_or(word),
        "failure" | "error" | "exception" | "fault" | "breach" | "alarm"
    )
}

/// "Send backup failures to the on-call engineer", "route restore test
/// failures to the backup owner": failures are what a tool reports, so
/// each one sent to whoever acts on it is an alert routed to an owner.
fn failures_sent_on(c: &Governed, r: &mut Reading) {
    let routed = c.verb == Class::Send
        || matches!(c.verb_word().norm.as_str(), "route" | "routes" | "escalate");
    if r.tier >= Tier::Detect || !routed {
        return;
    }
    let rest = c.after_to_sentence_end();
    let Some(to) = rest.iter().take(6).position(|t| t.norm == "to") else {
        return;
    };
    let sent = &rest[..to];
    let failures = c.object != Object::Message && sent.iter().any(|t| names_failure(&t.norm));
    // (Or ones a tool finds in a state, messages too: "report failed
    // settlements daily to the operations manager", "escalate
    // unacknowledged battery warnings to the duty manager".)
    let in_a_state = sent
        .iter()
        .position(|t| {
            matches!(
                t.norm.as_str(),
                "failed" | "overdue" | "unacknowledged" | "unanswered" | "untriaged"
            )
        })
        .is_some_and(|p| sent[p + 1..].iter().any(Token::s_form));
    if failures || in_a_state {
        c.adjust_head(r, Tier::Detect, "failures sent to an owner");
    }
}

/// "With short-dated stock flagged by the PMR": what a tool flags, it flags
/// by itself, whatever else the action asks of people.
fn a_tool_flags_it(c: &Governed, r: &mut Reading) {
    if r.tier < Tier::Detect
        && let Some(flag) = c
            .after()
            .iter()
            .find(|h| h.classes.has(Class::Alert) && c.done_by_tool(h))
    {
        c.adjust(r, Tier::Detect, flag, "a tool flags it");
    }
}

/// A change that makes a step happen by itself: "feed role changes to the
/// identity platform, so that rights follow automatically".
/// ("Analyser switched to auto." is the one at hand put back.)
fn no_one_has_to_remember_it(c: &Governed, r: &mut Reading) {
    let put_back = c.start > c.clause_start
        && c.verb_word().is_past()
        && matches!(
            c.rest.as_slice(),
            ["to" | "back", "auto" | "automatic"] | ["to" | "back", "auto" | "automatic", "."]
        );
    if put_back {
        c.adjust_head(r, Tier::Correction, "put back to automatic");
        return;
    }
    // How a change runs by itself, not a word of what it changes.
    let how_automated = c
        .automated()
        .filter(|a| c.verb != Class::Change || !c.named_thing(a));
    if matches!(c.verb, Class::Change | Class::Create)
        && !matches!(c.object, Object::Check | Object::Message | Object::Alert)
        && matches!(r.tier, Tier::Process | Tier::Design)
        && let Some(a) = how_automated
    {
        c.adjust(r, Tier::Eliminate, a, "no one has to remember it");
    }
}

/// "Set up an automatic reminder to the owner", "automatic reminder to the
/// responsible and his deputy": a reminder a tool sends to the one who owns
/// the task, or before it falls due, is an alert routed to an owner (SPEC
/// §5), not a nudge to people at large ("an automated email reminding all
/// staff of the policy" is).
fn a_reminder_a_tool_sends(c: &Governed, r: &mut Reading) {
    if r.tier >= Tier::Detect {
        return;
    }
    let message = if c.verb == Class::Exhort {
        Some(c.head)
    } else {
        c.object_hit.filter(|_| c.object == Object::Message)
    };
    let Some(m) = message.filter(|&m| m > 0) else {
        return;
    };
    let by_tool = &c.hits[m - 1];
    let tokens = &c.text.tokens;
    // ("14 and 3 days out": a count of days before it falls due.)
    let days_out = c
        .rest
        .windows(2)
        .any(|w| w[0] == "days" && matches!(w[1], "out" | "ahead" | "prior"));
    let owned = c.hits[m + 1..].iter().any(|h| h.classes.has(Class::Owner))
        || days_out
        || c.rest.iter().any(|w| {
            matches!(
                *w,
                "before" | "due" | "overdue" | "expiry" | "expires" | "deadline"
            )
        });
    // (Or kept in a tool "with" its reminders: "filing deadlines set up in
    // the compliance calendar with reminders to the tax team".)
    let at = c.hits[m].tokens.start;
    let kept_with = at >= 1
        && tokens[at - 1].norm == "with"
        && acts_by_itself(by_tool)
        && by_tool.tokens.end + 1 == at;
    if (by_tool.classes.has(Class::Automated) && by_tool.tokens.end == at || kept_with) && owned {
        c.adjust(
            r,
            Tier::Detect,
            by_tool,
            "a reminder a tool sends its owner",
        );
    }
}

/// A document changed only to exhort: "update the procedure to stress that
/// admins must follow it", "a sticker reminding engineers", "make staff
/// aware".
fn only_asks_people(c: &Governed, r: &mut Reading) {
    // (What the next step waits for is a gate: "require the therapist to
    // sign the consultation review before treatment starts".)
    if c.gated()
        || !matches!(c.verb, Class::Change | Class::Create | Class::Send)
        || !matches!(
            c.object,
            Object::Document | Object::Message | Object::Other | Object::People
        )
    {
        return;
    }
    let (text, hits) = (c.text, c.hits);
    let exhorts = c.after().iter().find(|h| {
        let first = &text.tokens[h.tokens.start];
        let before = text.tokens[..h.tokens.start]
            .iter()
            .rev()
            .find(|t| t.is_word() && !t.norm.ends_with("ly"));
        // "A checklist signed by a second investigator" is a checkpoint of
        // a second person, not a document people sign that they read.
        // (So is a checklist signed before the work: "a fumigation
        // checklist signed before gassing".)
        let checklist = h.tokens.start > 0
            && matches!(
                text.tokens[h.tokens.start - 1].norm.as_str(),
                "checklist" | "checklists" | "form" | "forms" | "permit" | "permits" | "sheet"
            );
        let signed_by = matches!(first.lemma(), "sign" | "countersign")
            && text
                .tokens
                .get(h.tokens.end)
                .is_some_and(|t| t.norm == "by" || t.norm == "before" && checklist);
        // "Revise the procedure to refer to valve tags": what a document
        // refers to is what it says, not a referral of people.
        let mentions = first.lemma() == "refer"
            && text
                .tokens
                .get(h.tokens.end)
                .is_some_and(|t| t.norm == "to");
        // "A shared portal that emails the site manager": the tool sends it.
        let tool_sends = before.is_some_and(|t| matches!(t.norm.as_str(), "that" | "which"))
            && hits
                .iter()
                .any(|p| p.tokens.end + 1 == h.tokens.start && acts_by_itself(p));
        // ("Set contract signing limits for trustees": a word in a
        // compound that names a limit says which limit.)
        // (Or a feature named by what it does: "a driver messaging
        // feature".)
        let says_which = text.tokens.get(h.tokens.end).is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "limit"
                    | "limits"
                    | "authority"
                    | "authorities"
                    | "rights"
                    | "threshold"
                    | "thresholds"
                    | "feature"
                    | "function"
                    | "button"
                    | "screen"
                    | "app"
            )
        });
        // ("Update ticket machines to read and reject expired passes": what
        // a machine is made to do.)
        let machine_to = h.tokens.start >= 2
            && text.tokens[h.tokens.start - 1].norm == "to"
            && matches!(
                text.tokens[h.tokens.start - 2].norm.as_str(),
                "machine"
                    | "machines"
                    | "scanner"
                    | "scanners"
                    | "reader"
                    | "readers"
                    | "terminal"
                    | "terminals"
                    | "till"
                    | "tills"
                    | "printer"
                    | "printers"
                    | "device"
                    | "devices"
                    | "sensor"
                    | "sensors"
                    | "kiosk"
                    | "kiosks"
                    | "software"
                    | "system"
                    | "systems"
            );
        !signed_by
            && !mentions
            && !tool_sends
            && !says_which
            && !machine_to
            && !peoples_own_verb(text, hits, h)
            && h.classes
                .first_of(&HEADS)
                .is_some_and(|k| matches!(k, Class::Exhort | Class::Care | Class::Attest))
            // A participle with its people: "reminding engineers" (but
            // "transactions meeting them" satisfy something).
            && ((first.norm.ends_with("ing") && first.norm != "meeting"
                && hits
                    .iter()
                    .any(|p| p.tokens.start == h.tokens.end && p.classes.has(Class::People)))
                || (before.is_some_and(|t| matches!(t.norm.as_str(), "to" | "that" | "so"))
                    && !ends_clause(text.tokens.get(h.tokens.end)))
                || c.object_hit.is_some_and(|o| hits[o].tokens.end == h.tokens.start))
    });
    if let Some(e) = exhorts {
        c.adjust(r, Tier::People, e, "only asks people to do better");
    }
}

/// A document filled in with what was missing is corrected, not changed:
/// "updated the asset register with the missing 14 laptops".
fn fills_in_the_instance_at_hand(c: &Governed, r: &mut Reading) {
    let (text, hits) = (c.text, c.hits);
    // (Not a document of the work named first, which every later job uses:
    // "design templates updated with the current code edition".)
    let of_the_work = hits[..c.head].iter().any(|d| {
        let last = &text.tokens[d.tokens.end - 1];
        d.tokens.start >= c.clause_start
            && (d.classes.has(Class::Document) && !is_record(last)
                || matches!(
                    last.norm.as_str(),
                    "template" | "templates" | "form" | "forms"
                ))
    });
    if c.verb == Class::Change
        && !of_the_work
        && r.tier > Tier::Correction
        && let Some(w) = text.tokens[c.end..]
            .iter()
            .position(|t| t.norm == "with")
            .map(|p| c.end + p)
        && let Some(filled) = c.after().iter().find(|h| {
            h.tokens.start > w
                && h.classes.has(Class::Item)
                // "with the vendor, suppress ... to a ticket": another clause.
                && !text.tokens[w..h.tokens.start]
                    .iter()
                    .any(|t| matches!(t.norm.as_str(), "," | ";"))
                // ("With a monthly overdue report": one that comes each month
                // is no gap filled in.)
                && !hits.iter().any(|p| {
                    p.classes.has(Class::Periodic)
                        && p.tokens.start > w
                        && p.tokens.end <= h.tokens.start
                })
                && hits.iter().any(|d| {
                    d.classes.has(Class::Definite)
                        && d.tokens.start > w
                        && d.tokens.end <= h.tokens.start
                        && !matches!(
                            text.tokens[d.tokens.start].norm.as_str(),
                            "the" | "this" | "that" | "its" | "their"
                            // ("with two guards and a lone worker device": a
                            // number says how many, not which.)
                            | "two" | "three" | "four" | "five" | "both"
                        )
                        // "with the app reporting missed checks", "with
                        // readers that require two badges": a participle or
                        // a relative pronoun opens a clause of its own.
                        && !text.tokens[w + 1..d.tokens.start].iter().any(|t| {
                            t.is_ing_form() || matches!(t.norm.as_str(), "that" | "which" | "who")
                        })
                })
        })
    {
        c.adjust(r, Tier::Correction, filled, "fills in the instance at hand");
    }
}

/// "Only the duty manager can issue keys", "deliveries can only be signed
/// for by the goods-in person": who may do it is restricted, a standing rule
/// with its owner, whatever the deed.
/// (Or told as a note: "keys only issued with a permit".)
fn only_some_may(c: &Governed, r: &mut Reading) {
    let sentence = c.sentence();
    let modal = |t: &Token| matches!(t.norm.as_str(), "can" | "may");
    let only_who =
        sentence.first().is_some_and(|t| t.norm == "only") && sentence.iter().take(12).any(modal);
    let can_only = sentence
        .windows(2)
        .any(|w| modal(&w[0]) && w[1].norm == "only");
    let only_with = c.start > c.clause_start
        && c.text.tokens[c.start - 1].norm == "only"
        && c.text.tokens[c.end - 1].is_past()
        && c.rest.first().is_some_and(|w| {
            matches!(
                *w,
                "with" | "after" | "once" | "to" | "through" | "via" | "against"
            )
        });
    if r.tier < Tier::Process && (only_who || can_only || only_with) {
        c.adjust_head(r, Tier::Process, "only some may do it");
    }
}

/// So does a change of anything made "so (that)" it cannot happen ("split
/// the briefing from private notes so celebrants cannot see them"); what
/// people are told or taught stays theirs to remember, and a fix is still
/// of the one at hand ("permissions corrected so staff can no longer see
/// salaries"). (But what is taken out of a list or a tool is gone for good:
/// "remove the fuel gauge from the MEL so the aircraft cannot be
/// dispatched".)
fn can_no_longer_happen(c: &Governed, r: &mut Reading) {
    let (text, hits, end) = (c.text, c.hits, c.end);
    // (What a tool mends by itself is no one-off: "the app, which locks the
    // permit until it is done".)
    let by_tool = c.tool_does_it();
    let told_or_fixed = matches!(
        c.verb,
        Class::Exhort | Class::Train | Class::Attest | Class::Care
    ) || (c.verb == Class::Fix
        && !by_tool
        && !c.out_of(Class::Document)
        && !c.out_of(Class::Control));
    let so_that = |b: &Hit| {
        text.tokens[end..b.tokens.start]
            .iter()
            .any(|t| t.norm == "so")
    };
    // "Send all tender documents only through the tender portal": what is
    // sent is sent no other way.
    let only = |b: &Hit| c.verb == Class::Send && text.tokens[b.tokens.start].norm == "only";
    // "Make it refuse an expired lot", "have the LIMS block it": what a
    // tool is made to do is a tool's, whatever it acts on; what a person is
    // made to do ("make the supervisor refuse it") stays theirs.
    let causative = matches!(
        c.verb_word().norm.as_str(),
        "make" | "makes" | "made" | "have" | "has"
    );
    let made = |b: &Hit| causative && b.tokens.start <= end + 3;
    let person_between = |b: &Hit| {
        hits.iter().any(|p| {
            p.classes.has(Class::People) && p.tokens.start >= end && p.tokens.end <= b.tokens.start
        })
    };
    let made_to = |b: &Hit| made(b) && !person_between(b);
    let person_made = |b: &Hit| made(b) && person_between(b);
    // "Close each period at day 5, with reopening only by the financial
    // controller": a restriction that comes with what is done to the one
    // at hand stands for every later one.
    // (Or right after it: "patching only in the Sunday window"; or as what
    // it is done for: "archive old revisions so only the released revision
    // can be sent".)
    let restricted_with = |b: &Hit| {
        let word = text.tokens[b.tokens.start].norm.as_str();
        // (Or done with something interlocked, a control that acts:
        // "close walkways with barriers interlocked to the crane"; "the
        // interlock restored" mends the one at hand.)
        c.verb == Class::Fix
            && (word == "so" && c.object != Object::Instance
                || word == "interlocked"
                    && text.tokens[end..b.tokens.start]
                        .iter()
                        .any(|t| t.norm == "with")
                || word == "only"
                    && (b.tokens.start == end
                        || text.tokens[end..b.tokens.start]
                            .iter()
                            .any(|t| t.norm == "with")))
    };
    if let Some(b) = c
        .after()
        .iter()
        .find(|h| c.prevents(h) && !h.classes.has(Class::Automated))
        && !person_made(b)
        && (matches!(r.tier, Tier::Process | Tier::Design)
            || (r.tier < Tier::Process
                && !told_or_fixed
                && (so_that(b) || only(b) || made_to(b) || by_tool))
            || restricted_with(b))
    {
        c.adjust(r, Tier::Eliminate, b, "the error can no longer happen");
    }
}

/// "We will update the status page faster next time": a promise to do one's
/// own work better, whatever the work is.
fn better_next_time(c: &Governed, r: &mut Reading) {
    if r.tier > Tier::People
        && let Some(n) = c.rest.windows(2).position(|w| w == ["next", "time"])
    {
        c.adjust_at(
            r,
            Tier::People,
            c.end + n..c.end + n + 2,
            "better next time",
        );
    }
}

/// A change made to raise an alert detects: "configure the backup tool to
/// alert the service owner".
fn detects_what_it_changes(c: &Governed, r: &mut Reading) {
    if matches!(r.tier, Tier::Process | Tier::Design)
        && let Some(a) = c
            .after()
            .iter()
            .find(|h| h.classes.first_of(&HEADS) == Some(Class::Alert))
    {
        c.adjust(r, Tier::Detect, a, "what the change does is detect");
    }
}

/// "Consider implementing an automated alert", "evaluate the feasibility of
/// an interlock", "investigate options for automated backups": a plan to
/// think about a control puts none in place, so it is no stronger than a
/// check someone has to remember.
fn only_to_be_considered(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    // The clause's first word, past "we will", "to" and the like.
    let first = tokens[c.clause_start..=c.start.max(c.clause_start)]
        .iter()
        .position(|t| {
            t.is_word()
                && !matches!(
                    t.norm.as_str(),
                    "we" | "will" | "shall" | "should" | "to" | "also" | "i" | "team"
                )
        })
        .map(|p| c.clause_start + p);
    let considered = first.filter(|&f| {
        matches!(
            tokens[f].norm.as_str(),
            "consider" | "evaluate" | "investigate" | "explore"
        ) || tokens[f].norm == "look"
            && match tokens.get(f + 1).map(|n| n.norm.as_str()) {
                Some("into") => true,
                // ("Look at automating the check", "look at options for".)
                Some("at") => tokens.get(f + 2).is_some_and(|w| {
                    w.is_ing_form()
                        || matches!(w.norm.as_str(), "options" | "whether" | "how" | "ways")
                }),
                _ => false,
            }
    });
    if let Some(at) = considered.filter(|_| r.tier > Tier::People) {
        c.adjust_at(r, Tier::People, at..at + 1, "only to be considered");
        return;
    }
    // (Or what is still being weighed: "a project to introduce expiry
    // control is being scoped", "under consideration", "a working group to
    // consider options", "cameras will be looked into".)
    let weighed = c.sentence().windows(2).position(|w| {
        w[0].norm == "to" && matches!(w[1].norm.as_str(), "consider" | "explore")
            || matches!(w[0].norm.as_str(), "being" | "under" | "be")
                && matches!(
                    w[1].norm.as_str(),
                    "scoped"
                        | "looked"
                        | "considered"
                        | "explored"
                        | "evaluated"
                        | "investigated"
                        | "consideration"
                        | "discussion"
                )
    });
    if let Some(p) = weighed.filter(|_| r.tier > Tier::People) {
        let at = c.clause_start + p;
        c.adjust_at(r, Tier::People, at..at + 2, "only to be considered");
    }
}

/// "Enhanced analyst vigilance through coaching": whatever is improved,
/// when training is the way, people are taught ("through the training
/// records in the LMS" names a tool).
fn by_way_of_training(c: &Governed, r: &mut Reading) {
    let tokens = c.after_to_sentence_end();
    let taught = tokens.windows(2).enumerate().any(|(k, w)| {
        matches!(w[0].norm.as_str(), "through" | "via" | "by" | "with")
            && matches!(
                w[1].norm.as_str(),
                "coaching" | "training" | "mentoring" | "briefings" | "e-learning" | "retraining"
            )
            && tokens
                .get(k + 2)
                .is_none_or(|n| !n.is_word() || matches!(n.norm.as_str(), "and" | "for" | "on"))
    });
    if taught && r.tier > Tier::People {
        c.adjust_head(r, Tier::People, "taught, whatever it improves");
    }
}

/// "Publish a revised IT policy on the intranet", "deploy an updated
/// driving policy to SharePoint": a document or a notice put where people
/// may read it tells them; nothing makes them.
fn put_where_people_read(c: &Governed, r: &mut Reading) {
    let put = matches!(
        c.verb_word().norm.as_str(),
        "publish"
            | "published"
            | "post"
            | "posted"
            | "upload"
            | "uploaded"
            | "deploy"
            | "deployed"
            | "put"
            | "display"
            | "displayed"
            | "add"
            | "added"
    );
    let read_there = c.rest.iter().any(|w| {
        matches!(
            *w,
            "intranet" | "sharepoint" | "wiki" | "noticeboard" | "confluence"
        )
    }) || c
        .rest
        .windows(2)
        .any(|w| w == ["notice", "board"] || w == ["staff", "room"]);
    if put
        && read_there
        && r.tier > Tier::People
        && matches!(c.object, Object::Document | Object::Message)
    {
        c.adjust_head(r, Tier::People, "put where people may read it");
    }
}

/// "Implement a refresher e-learning module": a module, a package or a
/// video of training is still training, however it is delivered.
fn training_named_as_a_tool(c: &Governed, r: &mut Reading) {
    let tokens = &c.text.tokens;
    let Some(o) = c.object_hit.map(|o| &c.hits[o]) else {
        return;
    };
    let delivered = matches!(
        tokens[o.tokens.end - 1].norm.as_str(),
        "module" | "modules" | "package" | "packages" | "video" | "videos"
    );
    let training = o.tokens.start > c.end
        && tokens[c.end..o.tokens.start].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "refresher" | "e-learning" | "elearning" | "awareness" | "training" | "induction"
            )
        });
    if delivered && training && r.tier > Tier::People {
        c.adjust_head(r, Tier::People, "training, however delivered");
    }
}

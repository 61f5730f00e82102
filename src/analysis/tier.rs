//! The strength of a corrective action, as the hierarchy of controls ranks
//! it (SPEC §5): eliminate > design > process > detect > people >
//! correction. R002 fires when no action of a record reaches `detect`.
//!
//! An action is ranked by what it does, not by the nouns it mentions: a
//! weak verb governs ("remind staff about the backup alerts" is people-tier),
//! a procedure updated only to stress a rule is people-tier, and a check that
//! relies on someone remembering it ("IT will check the accounts weekly") is
//! people-tier however often it runs. What decided the tier is kept, for the
//! message and for people reading the register.

use std::ops::Range;

use serde::Serialize;

use super::text::{Text, Token};
use super::{Phrases, normalise};

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
}

impl Phrases {
    /// The verb an action starts with, after its subject and auxiliaries:
    /// "I renewed", "the requester re-submitted", "Staff to read", "Restart".
    fn governing_verb(&self, action: &str) -> Option<Token> {
        const SKIP: &[&str] = &[
            "we", "it", "they", "the", "a", "an", "our", "all", "will", "shall", "must", "should",
            "to", "have", "has", "had", "been", "was", "were", "is", "are", "be", "already",
            "also", "then", "now", "please",
        ];
        Text::new(action)
            .tokens
            .into_iter()
            .filter(Token::is_word)
            .take(5)
            .find(|t| {
                let skipped = SKIP.contains(&t.norm.as_str())
                    || t.norm.ends_with("ly")
                    || self.lexicon.is_person(t)
                    // "IT will check", "QA to review"
                    || action[t.span.clone()].chars().all(|c| c.is_uppercase());
                !skipped
            })
    }

    /// Ranks one corrective action.
    pub fn rank(&self, action: &str) -> Ranked {
        let text = normalise(action);
        let found = |re: &regex::Regex| -> Vec<Range<usize>> {
            re.find_iter(&text).map(|m| m.range()).collect()
        };
        let words = |ranges: &[Range<usize>]| -> Vec<String> {
            ranges.iter().map(|r| text[r.clone()].to_string()).collect()
        };
        let weak = found(&self.weak);
        let automated = self.automation.is_match(&text);
        // A training object ("on the updated procedure") is not a change.
        let training: Vec<Range<usize>> = found(&self.training_object);
        // A periodic review is a manual check unless something automates it,
        // and then it is how the problem is detected.
        let periodic = found(&self.manual_check);
        let within = |s: &Range<usize>, outer: &[Range<usize>]| {
            outer.iter().any(|o| o.start <= s.start && s.end <= o.end)
        };
        let manual = if automated {
            Vec::new()
        } else {
            periodic.clone()
        };
        // A reminder is people-tier wherever it is added ("add a reminder in
        // the team calendar"), unless something sends it by itself.
        let strong: Vec<Range<usize>> = found(&self.strong)
            .into_iter()
            .filter(|s| !within(s, &training) && !within(s, &manual))
            .filter(|s| automated || !text[s.clone()].contains("remind"))
            .collect();
        let people = |w: &[Range<usize>]| Ranked {
            tier: Some(Tier::People),
            words: words(w),
        };
        let Some(first_strong) = strong.first() else {
            if !weak.is_empty() {
                return people(&weak);
            }
            if !manual.is_empty() {
                return people(&manual);
            }
            // Fixing every instance through a tool is a change, not a correction:
            // "remove local admin rights from all laptops through device management".
            let systemic = found(&self.eliminate);
            if !systemic.is_empty() {
                return Ranked {
                    tier: Some(Tier::Eliminate),
                    words: words(&systemic),
                };
            }
            let mut fixes = found(&self.correction_action);
            // "Restart the logging agent on the affected servers", "I renewed
            // the certificate": a verb that only fixes what is there.
            if fixes.is_empty()
                && let Some(verb) = self.governing_verb(action)
                && self.lexicon.corrects(&verb.lemma)
            {
                return Ranked {
                    tier: Some(Tier::Correction),
                    words: vec![action[verb.span.clone()].to_lowercase()],
                };
            }
            fixes.dedup();
            if !fixes.is_empty() {
                return Ranked {
                    tier: Some(Tier::Correction),
                    words: words(&fixes),
                };
            }
            return Ranked {
                tier: None,
                words: Vec::new(),
            };
        };
        // The verb that governs the action is the first one: "remind staff
        // to use the automated tool" only reminds.
        if weak.first().is_some_and(|w| w.start < first_strong.start) {
            return people(&weak);
        }
        // A procedure rewritten only to exhort ("to stress that admins must
        // follow it") changes nothing people do.
        if !weak.is_empty()
            && strong
                .iter()
                .all(|s| self.rewrite.is_match(&text[s.clone()]))
        {
            return people(&weak);
        }
        let mut best: Option<(Tier, Range<usize>)> = None;
        for s in &strong {
            // What the change is, judged on the words around it.
            let end = text.floor_char_boundary((s.end + 40).min(text.len()));
            let around = &text[s.start..end];
            let tier = if within(s, &periodic) || self.detect.is_match(around) {
                Tier::Detect
            } else if self.eliminate.is_match(around) {
                Tier::Eliminate
            } else if self.design.is_match(around) {
                Tier::Design
            } else {
                Tier::Process
            };
            if best.as_ref().is_none_or(|(b, _)| tier > *b) {
                best = Some((tier, s.clone()));
            }
        }
        let (tier, range) = best.expect("there is a strong match");
        Ranked {
            tier: Some(tier),
            words: words(&[range]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(action: &str) -> Option<Tier> {
        Phrases::builtin().rank(action).tier
    }

    #[test]
    fn the_hierarchy_of_controls_of_the_spec() {
        assert_eq!(
            tier("Disable accounts automatically from the HR system."),
            Some(Tier::Eliminate)
        );
        assert_eq!(
            tier("Add a mandatory approval field to the change form."),
            Some(Tier::Design)
        );
        assert_eq!(
            tier("Name the HR Director as owner of the offboarding procedure."),
            Some(Tier::Process)
        );
        assert_eq!(
            tier("Configure the SIEM to alert the on-call rota on failed admin logins."),
            Some(Tier::Detect)
        );
        assert_eq!(
            tier("IT will check the accounts weekly."),
            Some(Tier::People)
        );
        assert_eq!(tier("Restart the service."), Some(Tier::Correction));
        assert_eq!(tier("Thank the auditors."), None);
    }

    #[test]
    fn a_weak_verb_stays_weak_next_to_technical_nouns() {
        let remind = Phrases::builtin().rank("Remind staff about the backup alerts.");
        assert_eq!(remind.tier, Some(Tier::People));
        assert_eq!(remind.words, ["remind"]);
        assert_eq!(
            tier("Remind staff to use the automated tool."),
            Some(Tier::People)
        );
        assert_eq!(
            tier("Update the procedure to stress that admins must follow it."),
            Some(Tier::People)
        );
        // A manual check stays people-tier; an automated one detects.
        assert_eq!(
            tier("Review the firewall rules monthly."),
            Some(Tier::People)
        );
        assert_eq!(
            tier("Schedule an automated monthly review of firewall rules that alerts the owner."),
            Some(Tier::Detect)
        );
        assert!(Tier::Detect.corrects() && !Tier::People.corrects());
    }
}

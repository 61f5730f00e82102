//! R002: no corrective action reaches the `detect` tier of the hierarchy of
//! controls: every one is people-tier (reminders, training, manual extra
//! checks) or a correction of this instance (`analysis::Tier`).

use crate::codes::Code;

use super::quoted;
use crate::analysis::Tier;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(actions) = &r.actions else { return };
    let described: Vec<_> = actions
        .value
        .iter()
        .filter_map(|a| a.description.as_ref())
        .collect();
    if described.is_empty() || described.len() < actions.value.len() {
        return;
    }
    let correction = r
        .correction
        .as_ref()
        .and_then(|c| c.value.description.as_ref())
        .map(|c| Words::of(&c.value));
    let mut reasons = Vec::new();
    // Where each action is underlined: the words that set its tier where the
    // file has them as they read, the whole description otherwise.
    let mut places = Vec::new();
    for d in &described {
        if correction.as_ref().is_some_and(|c| repeats(&d.value, c)) {
            reasons.push("a correction (it repeats the correction)".to_string());
            places.push(d.span);
            continue;
        }
        let ranked = ctx.phrases().rank(&d.value);
        match ranked.tier {
            Some(tier) if !tier.corrects() => {
                let kind = match tier {
                    Tier::Correction => "a correction",
                    _ => "people-tier",
                };
                reasons.push(format!("{kind} ({})", quoted(&ranked.words)));
                let decided = ranked.spans.first().and_then(|w| d.value.get(w.clone()));
                places.push(
                    decided
                        .and_then(|w| d.span.find(s.source, w))
                        .unwrap_or(d.span),
                );
            }
            // A stronger action, or one nothing marks as weak.
            _ => return,
        }
    }
    let mut d = Diagnostic::new(
        Code::R002,
        places[0],
        if described.len() == 1 {
            format!("the only corrective action is {}: nothing stops the finding coming back", reasons[0])
        } else {
            format!("no corrective action goes beyond people and corrections: {}", reasons.join("; "))
        },
    )
    .help("rank actions as the hierarchy of controls does: eliminate or automate > design (a tool, form or default) > process (a changed procedure with an owner, a checkpoint or a second person) > detect (an automated alert that reaches an owner) > people (remind, retrain, a manual extra check) > correction (fix this instance). Add at least one action at the detect tier or above; training may accompany it. `ncreg explain R002 --text \"...\"` shows how an action was ranked");
    for other in &places[1..] {
        d = d.label(*other, "also a symptom fix");
    }
    out.push(d);
}

/// Whether an action does what the correction already did: most of its
/// words are the correction's.
fn repeats(action: &str, correction: &Words) -> bool {
    let action = Words::of(action);
    let a = action.list();
    !a.is_empty() && a.iter().filter(|w| correction.has(w)).count() * 10 >= a.len() * 7
}

/// The distinct words of more than three letters of a text, lower-cased,
/// without a plural's or a past's ending: slices of one lower-cased copy,
/// not a string a word (R002 compares every action with the correction).
struct Words {
    lower: String,
    words: Vec<(usize, usize)>,
}

impl Words {
    fn of(text: &str) -> Words {
        let lower = text.to_lowercase();
        let mut words: Vec<(usize, usize)> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .map(|w| {
                let start = w.as_ptr() as usize - lower.as_ptr() as usize;
                let stem = w.trim_end_matches('s').trim_end_matches("ed");
                (start, start + stem.len())
            })
            .collect();
        words.sort_by(|a, b| lower[a.0..a.1].cmp(&lower[b.0..b.1]));
        words.dedup_by(|a, b| lower[a.0..a.1] == lower[b.0..b.1]);
        Words { lower, words }
    }

    fn list(&self) -> Vec<&str> {
        self.words.iter().map(|&(s, e)| &self.lower[s..e]).collect()
    }

    fn has(&self, word: &str) -> bool {
        self.words
            .binary_search_by(|&(s, e)| self.lower[s..e].cmp(word))
            .is_ok()
    }
}

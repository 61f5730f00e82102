//! R002: every corrective action only reminds, re-trains or repeats the correction.

use crate::codes::Code;

use std::collections::BTreeSet;

use super::quoted;
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
        .and_then(|c| c.value.description.as_ref());
    let mut reasons = Vec::new();
    for d in &described {
        if let Some(words) = ctx.phrases().weak_action(&d.value) {
            reasons.push(format!(
                "only asks people to do better ({})",
                quoted(&words)
            ));
        } else if correction.is_some_and(|c| repeats(&d.value, &c.value)) {
            reasons.push("repeats the correction".to_string());
        } else {
            return;
        }
    }
    let first = described[0];
    let mut d = Diagnostic::new(
        Code::R002,
        first.span,
        if described.len() == 1 {
            format!("the only corrective action {}", reasons[0])
        } else {
            format!("every corrective action is a symptom fix: {}", reasons.join("; "))
        },
    )
    .help("a corrective action removes the cause so the finding cannot come back when people forget: change the process, the tool, the ownership or the resources (training may accompany such a change)");
    for other in &described[1..] {
        d = d.label(other.span, "also a symptom fix");
    }
    out.push(d);
}

/// Whether an action does what the correction already did: most of its
/// words are the correction's.
fn repeats(action: &str, correction: &str) -> bool {
    let words = |t: &str| -> BTreeSet<String> {
        t.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 3)
            .map(|w| w.trim_end_matches('s').trim_end_matches("ed").to_string())
            .collect()
    };
    let (a, c) = (words(action), words(correction));
    !a.is_empty() && a.intersection(&c).count() * 10 >= a.len() * 7
}

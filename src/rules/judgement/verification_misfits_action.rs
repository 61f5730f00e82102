//! R014: the verification method cannot show the actions worked.

use crate::codes::Code;

use super::quoted;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(method) = r
        .verification
        .as_ref()
        .and_then(|v| v.value.method.as_ref())
    else {
        return;
    };
    let p = ctx.phrases();
    let Some(words) = p.existence_only(&method.value) else {
        return;
    };
    let actions = r.action_texts();
    let attendance = words.iter().any(|w| {
        w.contains("attend")
            || w.contains("completion")
            || w.contains("training")
            || w.contains("sign-in")
    });
    let kind = if attendance && actions.iter().any(|a| p.trains(a)) {
        "training is verified only by attendance, not by what people now do"
    } else if actions.iter().any(|a| p.automated(a)) {
        "an automated control is verified without a test that it fires"
    } else {
        "the verification shows the actions were carried out, not that they worked"
    };
    out.push(
        Diagnostic::new(Code::R014, method.span, format!("{kind} ({})", quoted(&words)))
            .help("verify effectiveness on what happens since: sample the records the changed process produces, trigger the alert or the block and see it fire, or compare the outcome with the finding (no recurrence over a stated period)"),
    );
}

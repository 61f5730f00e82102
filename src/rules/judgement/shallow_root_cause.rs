//! R001: the root cause blames a person instead of naming a systemic cause.

use crate::codes::Code;

use super::quoted;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some((cause, read)) = s.cause(ctx) else {
        return;
    };
    let judgement = read.judgement();
    if !judgement.shallow {
        return;
    }
    let words: Vec<&str> = judgement
        .words
        .iter()
        .map(|r| &cause.value[r.clone()])
        .collect();
    // Underline the words that decided it where the file has them as they
    // read; the whole value otherwise (a folded or escaped scalar).
    let mut places = words.iter().filter_map(|w| cause.span.find(s.source, w));
    let mut d = Diagnostic::new(
        Code::R001,
        places.next().unwrap_or(cause.span),
        format!("the root cause blames a person ({}) rather than a cause the organisation can remove", quoted(&words)),
    )
    .help("ask the next \"why\": why could this be forgotten or done wrong? Name the gap in the process, ownership, resources, training or tools that allowed it (e.g. \"the checklist has no step for it and nothing blocks closure\"). `ncreg explain R001 --text \"...\"` shows how the cause was read");
    for at in places {
        d = d.label(at, "also blames a person");
    }
    out.push(d);
}

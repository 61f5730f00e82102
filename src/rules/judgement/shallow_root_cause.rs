//! R001: the root cause blames a person instead of naming a systemic cause.

use crate::codes::Code;

use super::quoted;
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(cause) = s
        .record
        .root_cause
        .as_ref()
        .and_then(|rc| rc.value.cause.as_ref())
    else {
        return;
    };
    if let Some(words) = ctx.phrases().shallow_cause(&cause.value) {
        out.push(
            Diagnostic::new(
                Code::R001,
                cause.span,
                format!("the root cause blames a person ({}) rather than a cause the organisation can remove", quoted(&words)),
            )
            .help("ask the next \"why\": why could this be forgotten or done wrong? Name the gap in the process, ownership, resources, training or tools that allowed it (e.g. \"the checklist has no step for it and nothing blocks closure\")"),
        );
    }
}

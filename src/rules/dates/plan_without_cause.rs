//! D008: a corrective action plan was submitted without a root cause or an
//! action.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(submitted) = r
        .certification_body
        .as_ref()
        .and_then(|c| c.value.cap_submitted.as_ref())
    else {
        return;
    };
    let cause = r
        .root_cause
        .as_ref()
        .is_some_and(|rc| rc.value.cause.is_some());
    let action = r.actions.as_ref().is_some_and(|a| !a.value.is_empty());
    let missing = match (cause, action) {
        (true, true) => return,
        (false, false) => "no root cause and no corrective action",
        (false, true) => "no root cause",
        (true, false) => "no corrective action",
    };
    out.push(
        Diagnostic::new(Code::D008, submitted.span, format!("a corrective action plan was submitted on {}, but the record has {missing}", submitted.value))
            .help("a certification body judges the plan by its cause analysis and its actions: record `root_cause.cause` and the `actions` that were submitted"),
    );
}

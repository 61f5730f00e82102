//! D009: implemented (or later) with no plan to verify effectiveness.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::reader::Choice;
use crate::rules::judgement::is_ofi;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(status) = &r.status else { return };
    if is_ofi(r) || status.value.stage().is_none_or(|stage| stage < 2) {
        return;
    }
    let v = r.verification.as_ref().map(|v| &v.value);
    let method = v.is_some_and(|v| v.method.is_some());
    // A verification already done needs no date planned for it.
    let when = v.is_some_and(|v| v.due.is_some() || v.date.is_some());
    if method && when {
        return;
    }
    let missing = match (method, when) {
        (false, false) => "`verification.method` and `verification.due`",
        (false, true) => "`verification.method`",
        _ => "`verification.due`",
    };
    let span = r.verification.as_ref().map_or(status.span, |v| v.span);
    let name = status.value.as_str();
    out.push(
        Diagnostic::new(Code::D009, span, format!("the record is `{name}` with no {missing}: nobody has planned how and when to check the actions worked"))
            .help("clause 10.2 d) asks for a review of effectiveness: say how it will be checked (`verification.method`) and by when (`verification.due`), leaving enough time for the change to show"),
    );
}

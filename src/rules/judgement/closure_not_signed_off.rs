//! R011: a nonconformity closed with no `closed_by`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::Status;
use crate::rules::judgement::is_ofi;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(status) = r.status.as_ref().filter(|st| st.value == Status::Closed) else {
        return;
    };
    if is_ofi(r) || r.closed_by.is_some() {
        return;
    }
    let span = r.closed.as_ref().map_or(status.span, |c| c.span);
    out.push(
        Diagnostic::new(Code::R011, span, "the nonconformity is closed, but nobody signed the closure off (`closed_by`)")
            .help("name the person who accepted the closure (usually the ISMS manager or the record owner's manager): an auditor asks who decided it was done"),
    );
}

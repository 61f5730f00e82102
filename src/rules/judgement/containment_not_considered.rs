//! R009: a major nonconformity at `planned` or later with no correction
//! (containment) recorded.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::Classification;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let major = r
        .classification
        .as_ref()
        .filter(|c| c.value == Classification::Major);
    // A finding just logged (`open`) has a moment to react; by the time a
    // plan exists, the containment must be on record.
    let planned = r
        .status
        .as_ref()
        .and_then(|st| st.value.stage())
        .is_some_and(|stage| stage >= 1);
    let (Some(major), None, true) = (major, &r.correction, planned) else {
        return;
    };
    out.push(
        Diagnostic::new(Code::R009, major.span, "a major nonconformity with no `correction`: was anything contained or fixed straight away?")
            .help("clause 10.2 a) 1) asks to react: control and correct it, and deal with the consequences. Record what was done, or `correction: {description: \"none needed: <why>\"}` when there was nothing to contain"),
    );
}

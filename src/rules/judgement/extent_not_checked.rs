//! R012: a major at `planned` or later with no `extent_of_condition`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::Classification;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(major) = r
        .classification
        .as_ref()
        .filter(|c| c.value == Classification::Major)
    else {
        return;
    };
    let planned = r
        .status
        .as_ref()
        .and_then(|st| st.value.stage())
        .is_some_and(|stage| stage >= 1);
    if planned && r.extent_of_condition.is_none() {
        out.push(
            Diagnostic::new(Code::R012, major.span, "a major nonconformity with no `extent_of_condition`: do similar nonconformities exist elsewhere?")
                .help("clause 10.2 b) 3) asks whether similar nonconformities exist or could occur: record where you looked (`scope`), when (`checked`) and what you found (`result`, `related`)"),
        );
    }
}

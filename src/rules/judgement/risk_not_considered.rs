//! R008: a major finding is verified or closed without a `risk` section.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::{Classification, Status};
use crate::reader::Choice;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let major = r
        .classification
        .as_ref()
        .is_some_and(|c| c.value == Classification::Major);
    let Some(status) = &r.status else { return };
    if major && matches!(status.value, Status::Verified | Status::Closed) && r.risk.is_none() {
        out.push(
            Diagnostic::new(Code::R008, status.span, format!("a major finding is `{}` without a `risk` section", status.value.as_str()))
                .help("record whether the risk assessment, Statement of Applicability or treatment plan needed updating: `risk: {update_required: true|false, reference: ..., notes: ...}`"),
        );
    }
}

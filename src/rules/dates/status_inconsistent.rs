//! D005: the status contradicts the data.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::{Status, VerificationResult};
use crate::reader::Choice;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(status) = &r.status else { return };
    let st = status.value;
    let name = st.as_str();
    let mut report = |message: String, help: &str| {
        out.push(Diagnostic::new(Code::D005, status.span, message).help(help.to_string()));
    };
    let actions = r.actions.as_ref().map_or(&[][..], |a| &a.value[..]);
    let ofi = r.classification.as_ref().is_some_and(|c| c.value.is_ofi());
    if matches!(st, Status::Verified | Status::Closed) && !(ofi && st == Status::Closed) {
        for a in actions.iter().filter(|a| a.done.is_none()) {
            report(
                format!("the status is `{name}` but action {} is not done", a.index),
                "record the action's `done` date and evidence, or set the status back to `planned`",
            );
        }
    }
    let result = r
        .verification
        .as_ref()
        .and_then(|v| v.value.result.as_ref());
    if matches!(st, Status::Verified | Status::Closed)
        && result.is_some_and(|res| res.value == VerificationResult::NotEffective)
    {
        report(
            format!(
                "the status is `{name}` but the verification found the actions `not-effective`"
            ),
            "an ineffective correction reopens the analysis: set the status back to `planned` with a new root cause and actions",
        );
    }
    if r.closed.is_some() && !matches!(st, Status::Closed | Status::Withdrawn) {
        report(
            format!("the record has a `closed` date but its status is `{name}`"),
            "set `status: closed`, or remove the `closed` date if the record is still open",
        );
    }
    let all_done = !actions.is_empty() && actions.iter().all(|a| a.done.is_some());
    if matches!(st, Status::Open | Status::Planned) && all_done {
        report(
            format!("every action is done but the status is still `{name}`"),
            "move the record to `implemented` so that verification of effectiveness is planned",
        );
    }
}

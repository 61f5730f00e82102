//! D001: dates that contradict each other.

use crate::codes::Code;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::model::record::Record;
use crate::reader::Sp;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    for (later, earlier) in pairs(s.record) {
        let (Some((lp, l)), Some((ep, e))) = (later, earlier) else {
            continue;
        };
        if l.value < e.value {
            out.push(
                Diagnostic::new(
                    Code::D001,
                    l.span,
                    format!("`{lp}` ({}) is before `{ep}` ({})", l.value, e.value),
                )
                .label(e.span, format!("`{ep}` is {}", e.value))
                .help("one of the two dates is wrong: an event cannot happen before the one it follows"),
            );
        }
    }
}

type Dated<'a> = Option<(String, &'a Sp<NaiveDate>)>;

fn named(path: impl Into<String>, date: &Option<Sp<NaiveDate>>) -> Dated<'_> {
    date.as_ref().map(|d| (path.into(), d))
}

/// (must be on or after, must be on or before) pairs of a record.
fn pairs(r: &Record) -> Vec<(Dated<'_>, Dated<'_>)> {
    let identified = || named("identified", &r.identified);
    let mut out = vec![
        (named("closed", &r.closed), identified()),
        (named("target_date", &r.target_date), identified()),
    ];
    // A correction may precede the record: containment during an incident
    // comes before the nonconformity is written up.
    let mut last_done: Dated = None;
    if let Some(actions) = &r.actions {
        for a in &actions.value {
            let done = named(a.path("done"), &a.done);
            out.push((done.clone(), identified()));
            out.push((named(a.path("due"), &a.due), identified()));
            if done
                .as_ref()
                .is_some_and(|(_, d)| last_done.as_ref().is_none_or(|(_, l)| d.value > l.value))
            {
                last_done = done;
            }
        }
    }
    if let Some(v) = &r.verification {
        let date = || named("verification.date", &v.value.date);
        out.push((date(), identified()));
        out.push((date(), last_done.clone()));
        out.push((named("closed", &r.closed), date()));
    }
    if let Some(cb) = &r.certification_body {
        let cb = &cb.value;
        let received = || named("certification_body.report_received", &cb.report_received);
        out.push((received(), identified()));
        out.push((
            named("certification_body.cap_submitted", &cb.cap_submitted),
            identified(),
        ));
        out.push((named("certification_body.cap_due", &cb.cap_due), received()));
        out.push((
            named(
                "certification_body.closure_confirmed",
                &cb.closure_confirmed,
            ),
            identified(),
        ));
        out.push((
            named(
                "certification_body.closure_confirmed",
                &cb.closure_confirmed,
            ),
            named(
                "certification_body.evidence_submitted",
                &cb.evidence_submitted,
            ),
        ));
    }
    if let Some(d) = &r.dispute {
        out.push((named("dispute.raised", &d.value.raised), identified()));
        out.push((
            named("dispute.decided", &d.value.decided),
            named("dispute.raised", &d.value.raised),
        ));
    }
    out
}

//! D002: a date of a past event lies after `--as-of`.

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::reader::Field;
use crate::record::Record;
use crate::rules::{Context, Subject};

super::super::rule!(
    "D002",
    "future-date",
    Error,
    "a past-event date (identified, done, closed, ...) after `--as-of`"
);

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (path, date) in past_events(s.record) {
        let Some(date) = date else { continue };
        if date.value > ctx.as_of {
            out.push(
                Diagnostic::new(
                    &RULE,
                    date.span,
                    format!("`{path}` is {}, which is after today ({})", date.value, ctx.as_of),
                )
                .help("this field records something that has happened: use the date it happened, or leave it empty until then"),
            );
        }
    }
}

/// Every date that records an event which has already happened (due dates
/// and target dates are plans and may lie ahead). D002 and H004 both judge
/// exactly these.
pub fn past_events(r: &Record) -> Vec<(String, &Field<NaiveDate>)> {
    let mut dates = vec![
        ("identified".to_string(), &r.identified),
        ("closed".to_string(), &r.closed),
    ];
    if let Some(c) = &r.correction {
        dates.push(("correction.date".into(), &c.value.date));
    }
    if let Some(actions) = &r.actions {
        for a in &actions.value {
            dates.push((format!("actions[{}].done", a.index), &a.done));
        }
    }
    if let Some(v) = &r.verification {
        dates.push(("verification.date".into(), &v.value.date));
    }
    if let Some(cb) = &r.certification_body {
        let cb = &cb.value;
        dates.push((
            "certification_body.report_received".into(),
            &cb.report_received,
        ));
        dates.push(("certification_body.cap_submitted".into(), &cb.cap_submitted));
        dates.push((
            "certification_body.evidence_submitted".into(),
            &cb.evidence_submitted,
        ));
        dates.push((
            "certification_body.closure_confirmed".into(),
            &cb.closure_confirmed,
        ));
    }
    if let Some(d) = &r.dispute {
        dates.push(("dispute.raised".into(), &d.value.raised));
        dates.push(("dispute.decided".into(), &d.value.decided));
    }
    if let Some(o) = &r.reopened {
        dates.push(("reopened.date".into(), &o.value.date));
    }
    dates
}

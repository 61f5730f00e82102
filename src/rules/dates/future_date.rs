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
/// and target dates are plans and may lie ahead), by keyed path
/// (`actions[<id>].done`, as `fields` names it). D002, H004 and `history`
/// judge exactly these.
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
            dates.push((format!("actions[{}].done", a.key()), &a.done));
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

/// Whether a keyed field path (`fields`) is one of `past_events`' dates.
pub fn is_past_event(path: &str) -> bool {
    const FIXED: &[&str] = &[
        "identified",
        "closed",
        "correction.date",
        "verification.date",
        "certification_body.report_received",
        "certification_body.cap_submitted",
        "certification_body.evidence_submitted",
        "certification_body.closure_confirmed",
        "dispute.raised",
        "dispute.decided",
        "reopened.date",
    ];
    FIXED.contains(&path)
        || path
            .strip_prefix("actions[")
            .and_then(|rest| rest.strip_suffix("].done"))
            .is_some_and(|id| !id.is_empty() && !id.contains(['[', ']', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_past_event_path_is_recognised_and_plans_are_not() {
        let text = "id: NC-2026-001\nidentified: 2026-01-01\nclosed: 2026-01-01\ncorrection:\n  date: 2026-01-01\nactions:\n  - id: 7\n    done: 2026-01-01\n    due: 2026-01-01\nverification:\n  date: 2026-01-01\n  due: 2026-01-01\ncertification_body:\n  report_received: 2026-01-01\n  cap_submitted: 2026-01-01\n  evidence_submitted: 2026-01-01\n  closure_confirmed: 2026-01-01\n  cap_due: 2026-01-01\ndispute:\n  raised: 2026-01-01\n  decided: 2026-01-01\nreopened:\n  date: 2026-01-01\ntarget_date: 2026-01-01\n";
        let loaded = crate::load::parse(text.to_string());
        let mut sink = crate::reader::Sink::default();
        let record = crate::record::read(loaded.root.as_ref().unwrap(), &mut sink).unwrap();
        let paths: Vec<String> = past_events(&record).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths.len(), 12);
        assert!(paths.contains(&"actions[7].done".to_string()));
        assert!(paths.iter().all(|p| is_past_event(p)), "{paths:?}");
        for plan in [
            "target_date",
            "actions[7].due",
            "verification.due",
            "certification_body.cap_due",
        ] {
            assert!(!is_past_event(plan));
        }
    }
}

//! What a change between two versions of a record means for its audit
//! trail: which dates record events that have happened, when writing one
//! down looks late, which fields are deadlines, and when a closed record was
//! edited or re-opened. `lint --base` (H002, H004) and `history` (its
//! flags) judge by these same definitions, and D002 by the same dates.

use chrono::NaiveDate;

use super::fields::{FieldChange, Fields};
use super::record::{Record, deadline_name};
use crate::reader::Field;

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
            dates.push((a.path("done"), &a.done));
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
        dates.push(("certification_body.cap_accepted".into(), &cb.cap_accepted));
    }
    if let Some(e) = &r.extent_of_condition {
        dates.push(("extent_of_condition.checked".into(), &e.value.checked));
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
        "certification_body.cap_accepted",
        "extent_of_condition.checked",
    ];
    FIXED.contains(&path)
        || path
            .strip_prefix("actions[")
            .and_then(|rest| rest.strip_suffix("].done"))
            .is_some_and(|id| !id.is_empty() && !id.contains(['[', ']', '.']))
}

/// How late a past event may be recorded before it looks backdated.
pub const GRACE_DAYS: i64 = 30;

/// How many days late `date` at `path` is written on `written`, when it is
/// new since `before` and later than the grace period allows. `history`
/// flags the same.
pub fn lateness(
    before: Option<&Fields>,
    path: &str,
    date: NaiveDate,
    written: NaiveDate,
) -> Option<i64> {
    let unchanged = before
        .and_then(|f| f.text(path))
        .is_some_and(|old| crate::reader::parse_date(old).ok() == Some(date));
    let late = (written - date).num_days();
    (!unchanged && late > GRACE_DAYS).then_some(late)
}
/// The first edit of a record that was closed in `old`, unless `new`
/// re-opens it with a reason. `history` flags the same edits.
pub fn closed_edit(old: &Fields, new: &Fields) -> Option<FieldChange> {
    if old.text("status") != Some("closed") || reopened(old, new) {
        return None;
    }
    old.diff(new).into_iter().next()
}

/// Whether `new` re-opens a record closed in `old`, with a reason.
pub fn reopened(old: &Fields, new: &Fields) -> bool {
    old.text("status") == Some("closed")
        && new.text("status").is_some_and(|s| s != "closed")
        && new.text("reopened.reason").is_some()
}

/// The extensions a version's keyed fields record, as (deadline, from, to).
pub fn extensions(fields: &Fields) -> Vec<(String, NaiveDate, NaiveDate)> {
    fields
        .iter()
        .filter(|(path, _, _)| *path == "extensions[]")
        .filter_map(|(_, item, _)| {
            // A set item of `fields` reads "field: x; from: y; to: z; ...".
            let part = |key: &str| {
                item.split("; ")
                    .find_map(|p| p.strip_prefix(key)?.strip_prefix(": "))
            };
            let date = |key| crate::reader::parse_date(part(key)?.trim()).ok();
            Some((
                deadline_name(part("field")?).to_string(),
                date("from")?,
                date("to")?,
            ))
        })
        .collect()
}

/// Whether the recorded extensions move `deadline` from `from` to `to`:
/// one entry, or a chain of them (H006 and `history`'s `deadline-moved`).
pub fn extended(fields: &Fields, deadline: &str, from: NaiveDate, to: NaiveDate) -> bool {
    let recorded = extensions(fields);
    let mut at = from;
    for _ in 0..=recorded.len() {
        if at == to {
            return true;
        }
        match recorded
            .iter()
            .find(|(d, f, t)| d == deadline && *f == at && *t > at)
        {
            Some((_, _, next)) => at = *next,
            None => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_past_event_path_is_recognised_and_plans_are_not() {
        let text = "id: NC-2026-001\nidentified: 2026-01-01\nclosed: 2026-01-01\ncorrection:\n  date: 2026-01-01\nactions:\n  - id: 7\n    done: 2026-01-01\n    due: 2026-01-01\nverification:\n  date: 2026-01-01\n  due: 2026-01-01\ncertification_body:\n  report_received: 2026-01-01\n  cap_submitted: 2026-01-01\n  evidence_submitted: 2026-01-01\n  closure_confirmed: 2026-01-01\n  cap_accepted: 2026-01-01\n  cap_due: 2026-01-01\nextent_of_condition:\n  checked: 2026-01-01\ndispute:\n  raised: 2026-01-01\n  decided: 2026-01-01\nreopened:\n  date: 2026-01-01\ntarget_date: 2026-01-01\n";
        let loaded = crate::load::parse(text.to_string());
        let mut sink = crate::reader::Sink::default();
        let record = crate::model::record::read(loaded.root.as_ref().unwrap(), &mut sink).unwrap();
        let paths: Vec<String> = past_events(&record).into_iter().map(|(p, _)| p).collect();
        assert_eq!(paths.len(), 14);
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

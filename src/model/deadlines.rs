//! Deadline arithmetic, in one place: rule D004, `overdue` and `summary` all
//! ask this module what is due when.
//!
//! - each action's `due`, until it is `done`;
//! - `verification.due`, until `verification.date`;
//! - for certification-body findings, the corrective action plan (CAP):
//!   `certification_body.cap_due`, else `report_received` (or `identified`)
//!   plus `deadlines.cap_days`, until `cap_submitted`;
//! - closure: `target_date`, else `identified` plus `minor_close_days` or
//!   `major_close_days`, until `closed`.
//!
//! OFIs carry no deadlines; closed and withdrawn records are never overdue; a
//! dispute does not stop a certification body's clock.

use chrono::{Days, NaiveDate};

use crate::model::config::Deadlines;
use crate::model::record::{Classification, Record, SourceType, Status};
use crate::span::Span;

/// The kinds of deadline a record has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Action,
    Verification,
    /// The corrective action plan of a certification-body finding.
    Cap,
    Closure,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    pub kind: Kind,
    /// The field that holds the date, as extensions name it (`actions[4].due`).
    pub field: String,
    /// What is due, for people: "action 2", "verification", "corrective action plan", "closure".
    pub what: String,
    pub due: NaiveDate,
    /// Where the date comes from (the date written, or the date it is computed from).
    pub span: Span,
    /// How the date was computed, when the record does not write it:
    /// "30 days after `certification_body.report_received`".
    pub computed: Option<String>,
    /// Who must act: the action's owner, else the record's.
    pub owner: Option<String>,
    /// What must be done, when the record says: the action's description.
    pub detail: Option<String>,
}

impl Deadline {
    /// Days past due as of `as_of` (0 or less: not overdue).
    pub fn days_overdue(&self, as_of: NaiveDate) -> i64 {
        (as_of - self.due).num_days()
    }

    /// "was due 2026-07-29 (`deadlines.cap_days` (30) after
    /// `certification_body.report_received`) and is 5 days overdue": a
    /// computed date says how, since the finding points at the date it
    /// comes from.
    pub fn lateness(&self, as_of: NaiveDate) -> String {
        let days = self.days_overdue(as_of);
        let how = self
            .computed
            .as_ref()
            .map(|c| format!(" ({c})"))
            .unwrap_or_default();
        let late = crate::words::counted(days, "day");
        format!("was due {}{how} and is {late} overdue", self.due)
    }
}

/// The deadlines of a record that are still open (not yet met).
pub fn open(r: &Record, d: &Deadlines) -> Vec<Deadline> {
    let status = r.status.as_ref().map(|s| s.value);
    let classification = r.classification.as_ref().map(|c| c.value);
    if matches!(status, Some(Status::Closed | Status::Withdrawn))
        || classification.is_some_and(Classification::is_ofi)
    {
        return Vec::new();
    }
    let record_owner = r.owner.as_ref().map(|o| o.value.clone());
    let deadline = |kind: Kind, what: String, due: NaiveDate, span: Span| Deadline {
        field: match kind {
            Kind::Action => String::new(),
            Kind::Verification => "verification.due".into(),
            Kind::Cap => "certification_body.cap_due".into(),
            Kind::Closure => "target_date".into(),
        },
        kind,
        what,
        due,
        span,
        computed: None,
        owner: record_owner.clone(),
        detail: None,
    };
    let mut out = Vec::new();
    if let Some(actions) = &r.actions {
        for a in actions.value.iter().filter(|a| a.done.is_none()) {
            if let Some(due) = &a.due {
                let what = format!("action {}", label(a.id.as_ref(), a.index));
                let mut d = deadline(Kind::Action, what, due.value, due.span);
                d.field = a.path("due");
                d.detail = a.description.as_ref().map(|x| x.value.clone());
                if let Some(owner) = &a.owner {
                    d.owner = Some(owner.value.clone());
                }
                out.push(d);
            }
        }
    }
    if let Some(v) = &r.verification
        && v.value.date.is_none()
        && let Some(due) = &v.value.due
    {
        out.push(deadline(
            Kind::Verification,
            "verification".into(),
            due.value,
            due.span,
        ));
    }
    let cb = r.certification_body.as_ref().map(|c| &c.value);
    if let Some((due, span)) = cap_due(r, d) {
        let mut cap = deadline(Kind::Cap, "corrective action plan".into(), due, span);
        if cb.is_none_or(|c| c.cap_due.is_none()) {
            let from = if cb.is_some_and(|c| c.report_received.is_some()) {
                "certification_body.report_received"
            } else {
                "identified"
            };
            cap.computed = Some(format!(
                "`deadlines.cap_days` ({}) after `{from}`",
                d.cap_days
            ));
        }
        out.push(cap);
    }
    if let Some((due, span)) = closure_due(r, d) {
        let mut closure = deadline(Kind::Closure, "closure".into(), due, span);
        if r.target_date.is_none() {
            let (setting, days) = match classification {
                Some(Classification::Major) => ("major_close_days", d.major_close_days),
                _ => ("minor_close_days", d.minor_close_days),
            };
            closure.computed = Some(format!("`deadlines.{setting}` ({days}) after `identified`"));
        }
        out.push(closure);
    }
    out
}

/// A deadline that a version of a record made later than the version before.
pub struct Moved {
    /// As `extensions` name it: `target_date`, `actions[4].due`, ...
    pub field: String,
    pub from: NaiveDate,
    /// `None` when the date was taken out while what it is for is still to do.
    pub to: Option<NaiveDate>,
    /// How each date was computed, when the record does not write it.
    pub from_computed: Option<String>,
    pub to_computed: Option<String>,
    /// Where the new date is written, or what it is computed from.
    pub span: Option<Span>,
    /// The deadline's field before, when an action came back under another
    /// id with the same description (`actions[1].due` now `actions[2].due`).
    pub was: Option<String>,
    /// Whether that description was reworded rather than kept.
    pub reworded: bool,
}

impl Moved {
    /// The old date as messages say it: how it was computed, and under
    /// which id a renumbered action had it.
    pub fn from_said(&self) -> String {
        let date = Moved::said(self.from, &self.from_computed);
        match &self.was {
            Some(was) if self.reworded => format!(
                "{date} (as `{was}`, an action of nearly the same description under another id)"
            ),
            Some(was) => format!("{date} (as `{was}`, the same action under another id)"),
            None => date,
        }
    }

    /// "2026-04-10 (`deadlines.minor_close_days` (90) after `identified`)"
    pub fn said(date: NaiveDate, computed: &Option<String>) -> String {
        match computed {
            Some(how) => format!("{date} ({how})"),
            None => date.to_string(),
        }
    }
}

/// Every open deadline of `old` that `new` makes later, written or
/// computed: a `target_date` written after the computed closure date passed,
/// or an `identified` date moved, moves a deadline as an edited date does.
/// A deadline with no date in `new` while what it is for is still to do was
/// taken out.
pub fn moved(old: &Record, new: &Record, d: &Deadlines) -> Vec<Moved> {
    let after = open(new, d);
    // An action renumbered keeps its text: "action 1" gone and a new "action
    // 2" that says the same is the same action, and its date is compared.
    let old_actions: Vec<String> = old
        .actions
        .iter()
        .flat_map(|a| a.value.iter().map(|a| a.path("due")))
        .collect();
    let same_text = |a: &Option<String>, b: &Option<String>| {
        let norm = |s: &Option<String>| s.as_deref().map(|s| s.trim().to_lowercase());
        norm(a).is_some() && norm(a) == norm(b)
    };
    open(old, d)
        .into_iter()
        .filter_map(|b| {
            let new_actions = || {
                after
                    .iter()
                    .filter(|a| a.kind == Kind::Action && !old_actions.contains(&a.field))
            };
            // Reworded as well ("Automate the leaver feed" now "Automate the
            // leaver feed from HR"): the one new action whose words are
            // nearly those of the old one.
            let reworded = || {
                let mut similar = new_actions().filter(|a| nearly_same(&a.detail, &b.detail));
                similar.next().filter(|_| similar.next().is_none())
            };
            let renumbered = || {
                new_actions()
                    .find(|a| same_text(&a.detail, &b.detail))
                    .or_else(reworded)
            };
            let same = after.iter().find(|a| a.field == b.field);
            let found = same.or_else(|| (b.kind == Kind::Action).then(renumbered).flatten());
            let (to, to_computed, span) = match found {
                Some(a) if a.due > b.due => (Some(a.due), a.computed.clone(), Some(a.span)),
                Some(_) => return None,
                None if still_to_do(new, &b) => (None, None, None),
                None => return None,
            };
            let renamed = found.filter(|a| a.field != b.field);
            Some(Moved {
                field: renamed.map_or(b.field.clone(), |a| a.field.clone()),
                reworded: renamed.is_some_and(|a| !same_text(&a.detail, &b.detail)),
                was: renamed.map(|_| b.field),
                from: b.due,
                to,
                from_computed: b.computed,
                to_computed,
                span,
            })
        })
        .collect()
}

/// Whether two descriptions say nearly the same: at least two words in
/// common, and three in four of the shorter one's words in the other, not
/// counting little words.
fn nearly_same(a: &Option<String>, b: &Option<String>) -> bool {
    let words = |s: &Option<String>| -> Vec<String> {
        let mut w: Vec<String> = s
            .as_deref()
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3)
            .map(str::to_lowercase)
            .filter(|w| !LITTLE_WORDS.contains(&w.as_str()))
            .collect();
        w.sort();
        w.dedup();
        w
    };
    let (a, b) = (words(a), words(b));
    let common = a.iter().filter(|w| b.contains(w)).count();
    common >= 2 && common * 4 >= a.len().min(b.len()) * 3
}

const LITTLE_WORDS: &[&str] = &[
    "the", "and", "for", "all", "with", "from", "into", "that", "this", "each", "any", "our",
    "its", "their", "are", "was", "were", "has", "have", "not", "but", "via", "per",
];

/// Whether a field is one the deadlines a record does not write are computed
/// from, or that decides whether it has them at all.
pub fn computed_from(field: &str) -> bool {
    matches!(
        field,
        "identified" | "classification" | "source.type" | "certification_body.report_received"
    )
}

/// Whether what `deadline` (of an earlier version) is for is still to do in
/// `r`: the record open and not an OFI, and the action still planned and not
/// done, the record not verified, the plan not submitted, or the record not
/// closed.
fn still_to_do(r: &Record, deadline: &Deadline) -> bool {
    let status = r.status.as_ref().map(|s| s.value);
    if matches!(status, Some(Status::Closed | Status::Withdrawn))
        || r.classification.as_ref().is_some_and(|c| c.value.is_ofi())
    {
        return false;
    }
    match deadline.kind {
        Kind::Action => r.actions.as_ref().is_some_and(|actions| {
            actions
                .value
                .iter()
                .any(|a| a.path("due") == deadline.field && a.done.is_none())
        }),
        Kind::Verification => r
            .verification
            .as_ref()
            .is_none_or(|v| v.value.date.is_none()),
        Kind::Cap => {
            from_certification_body(r)
                && r.certification_body
                    .as_ref()
                    .is_none_or(|c| c.value.cap_submitted.is_none())
        }
        Kind::Closure => r.closed.is_none(),
    }
}

/// The open deadlines already past as of `as_of`: what D004, `overdue`,
/// `register` and `summary` all call overdue.
pub fn overdue(r: &Record, d: &Deadlines, as_of: NaiveDate) -> Vec<Deadline> {
    open(r, d)
        .into_iter()
        .filter(|x| x.days_overdue(as_of) > 0)
        .collect()
}

fn label(id: Option<&crate::reader::Sp<String>>, index: usize) -> String {
    id.map_or_else(|| index.to_string(), |i| i.value.clone())
}

/// Whether the finding was raised by the certification body.
pub fn from_certification_body(r: &Record) -> bool {
    r.source
        .as_ref()
        .and_then(|s| s.value.kind.as_ref())
        .is_some_and(|k| k.value == SourceType::CertificationAudit)
}

/// A certification-body major: past its CAP or closure deadline, it puts the
/// certificate at risk (D011 rather than D004).
pub fn certificate_at_stake(r: &Record) -> bool {
    from_certification_body(r)
        && r.classification
            .as_ref()
            .is_some_and(|c| c.value == Classification::Major)
}

/// When the CAP of a certification-body finding is due, if it is not yet submitted.
fn cap_due(r: &Record, d: &Deadlines) -> Option<(NaiveDate, Span)> {
    let submitted = r
        .certification_body
        .as_ref()
        .is_some_and(|c| c.value.cap_submitted.is_some());
    if submitted { None } else { cap_date(r, d) }
}

/// When the CAP of a certification-body finding is or was due: the date
/// written, else `cap_days` after the report was received (or the finding
/// identified). With the date's source, for locations.
pub fn cap_date(r: &Record, d: &Deadlines) -> Option<(NaiveDate, Span)> {
    if !from_certification_body(r) {
        return None;
    }
    let cb = r.certification_body.as_ref().map(|c| &c.value);
    if let Some(due) = cb.and_then(|c| c.cap_due.as_ref()) {
        return Some((due.value, due.span));
    }
    let start = cb
        .and_then(|c| c.report_received.as_ref())
        .or(r.identified.as_ref())?;
    Some((add_days(start.value, d.cap_days), start.span))
}

/// When the record must be closed, if it is not yet closed.
fn closure_due(r: &Record, d: &Deadlines) -> Option<(NaiveDate, Span)> {
    if r.closed.is_some() {
        None
    } else {
        closure_date(r, d)
    }
}

/// When the record is or was to be closed: `target_date`, else the
/// classification's days after it was identified.
pub fn closure_date(r: &Record, d: &Deadlines) -> Option<(NaiveDate, Span)> {
    if let Some(t) = &r.target_date {
        return Some((t.value, t.span));
    }
    let identified = r.identified.as_ref()?;
    let days = match r.classification.as_ref().map(|c| c.value) {
        Some(Classification::Major) => d.major_close_days,
        _ => d.minor_close_days,
    };
    Some((add_days(identified.value, days), identified.span))
}

/// Calendar days later (saturating at chrono's last date).
pub fn add_days(date: NaiveDate, days: u32) -> NaiveDate {
    date.checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::config::Config;
    use crate::reader::Sink;

    fn record(yaml: &str) -> Record {
        let root = crate::yaml::parse(yaml).unwrap();
        crate::model::record::read(&root, &mut Sink::default()).unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn whats(r: &Record) -> Vec<(String, NaiveDate)> {
        open(r, &Config::default().deadlines)
            .into_iter()
            .map(|d| (d.what, d.due))
            .collect()
    }

    const CB: &str = "status: planned\nclassification: minor\nidentified: 2024-01-31\nsource:\n  type: certification-audit\n";

    #[test]
    fn cap_runs_from_report_received_or_identified_until_submitted() {
        let r = record(CB);
        assert!(
            whats(&r).contains(&("corrective action plan".into(), date("2024-03-01"))),
            "leap year: Jan 31 + 30 days"
        );
        let r = record(&format!(
            "{CB}certification_body:\n  report_received: 2026-12-15\n"
        ));
        assert!(whats(&r).contains(&("corrective action plan".into(), date("2027-01-14"))));
        let r = record(&format!(
            "{CB}certification_body:\n  report_received: 2026-12-15\n  cap_due: 2027-01-10\n"
        ));
        assert!(whats(&r).contains(&("corrective action plan".into(), date("2027-01-10"))));
        let r = record(&format!(
            "{CB}certification_body:\n  cap_submitted: 2024-02-20\n"
        ));
        assert!(!whats(&r).iter().any(|w| w.0 == "corrective action plan"));
    }

    #[test]
    fn closure_uses_target_date_else_classification_days() {
        let r = record("status: open\nclassification: major\nidentified: 2025-11-30\n");
        assert_eq!(whats(&r), [("closure".to_string(), date("2026-02-28"))]);
        let r = record(
            "status: open\nclassification: minor\nidentified: 2026-01-01\ntarget_date: 2026-01-31\n",
        );
        assert_eq!(whats(&r), [("closure".to_string(), date("2026-01-31"))]);
        let r = record(
            "status: planned\nclassification: minor\nidentified: 2026-01-01\nclosed: 2026-02-01\n",
        );
        assert_eq!(whats(&r), []);
    }

    #[test]
    fn actions_and_verification_until_done() {
        let r = record(
            "status: implemented\nclassification: minor\nidentified: 2026-01-01\ntarget_date: 2026-06-30\nactions:\n  - id: 1\n    due: 2026-02-01\n  - id: 2\n    due: 2026-03-01\n    done: 2026-02-20\nverification:\n  due: 2026-05-01\n",
        );
        assert_eq!(
            whats(&r),
            [
                ("action 1".to_string(), date("2026-02-01")),
                ("verification".to_string(), date("2026-05-01")),
                ("closure".to_string(), date("2026-06-30")),
            ]
        );
    }

    #[test]
    fn ofis_closed_and_withdrawn_records_have_no_deadlines_but_disputes_keep_the_clock() {
        assert_eq!(
            whats(&record(
                "status: open\nclassification: ofi\nidentified: 2020-01-01\n"
            )),
            []
        );
        assert_eq!(
            whats(&record(
                "status: closed\nclassification: minor\nidentified: 2020-01-01\n"
            )),
            []
        );
        assert_eq!(
            whats(&record(
                "status: withdrawn\nclassification: minor\nidentified: 2020-01-01\n"
            )),
            []
        );
        let disputed = record(&CB.replace("planned", "disputed"));
        assert!(
            whats(&disputed)
                .iter()
                .any(|w| w.0 == "corrective action plan")
        );
    }

    #[test]
    fn add_days_crosses_month_ends_and_leap_days() {
        assert_eq!(add_days(date("2028-02-28"), 1), date("2028-02-29"));
        assert_eq!(add_days(date("2027-02-28"), 1), date("2027-03-01"));
        assert_eq!(add_days(date("2026-12-31"), 90), date("2027-03-31"));
    }
}

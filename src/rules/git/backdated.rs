//! H004: a date of a past event written into git more than 30 days after it.

use chrono::NaiveDate;

use super::at;
use crate::diagnostic::Diagnostic;
use crate::fields::Fields;
use crate::git::review::Review;

super::super::rule!(
    "H004",
    "backdated",
    Warning,
    "(`--base`/history) a date of a past event was written into git more than 30 days after that date"
);

/// How late a past event may be recorded before it looks backdated.
pub const GRACE_DAYS: i64 = 30;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in &r.pairs {
        let Some(n) = n.map(|n| &r.current[n]) else {
            continue;
        };
        let before = b.map(|b| &r.base[b].fields);
        for (path, date, span) in &n.past_events {
            if let Some(late) = lateness(before, path, *date, r.as_of) {
                let d = Diagnostic::new(
                    &RULE,
                    *span,
                    format!("`{path}` {date} is being recorded on {}, {late} days after the event", r.as_of),
                )
                .help("record events when they happen: git dates every change, and an auditor reads a late entry as a possible backdating; if this is a late entry, say why in the record");
                out.push(at(d, n));
            }
        }
    }
    out
}

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

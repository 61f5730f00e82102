//! H004: a date of a past event written into git more than 30 days after it.

use std::sync::LazyLock;

use regex::Regex;

use super::{Change, at};
use crate::diagnostic::Diagnostic;

super::super::rule!(
    "H004",
    "backdated",
    Warning,
    "(`--base`/history) a date of a past event was written into git more than 30 days after that date"
);

/// How late a past event may be recorded before it looks backdated.
pub const GRACE_DAYS: i64 = 30;

pub fn check(c: &Change) -> Vec<Diagnostic> {
    static PAST_EVENT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:identified|closed|correction\.date|actions\[\d+\]\.done|verification\.date|certification_body\.(?:report_received|cap_submitted|evidence_submitted|closure_confirmed)|dispute\.(?:raised|decided)|reopened\.date)$").expect("valid")
    });
    let mut out = Vec::new();
    for now in c.current {
        // The same record at base: by id, or by file when its id changed (H003).
        let base = now
            .id()
            .and_then(|id| c.base_with_id(id))
            .or_else(|| c.base_file(&now.file));
        for (path, value, span) in &now.fields {
            if !PAST_EVENT.is_match(path) {
                continue;
            }
            // Only dates introduced since base are judged.
            if base
                .and_then(|b| b.field(path))
                .is_some_and(|(_, old, _)| old == value)
            {
                continue;
            }
            let Ok(date) = crate::reader::parse_date(value) else {
                continue;
            };
            let late = (c.as_of - date).num_days();
            if late > GRACE_DAYS {
                let d = Diagnostic::new(
                    &RULE,
                    *span,
                    format!("`{path}` {date} is being recorded on {}, {late} days after the event", c.as_of),
                )
                .help("record events when they happen: git dates every change, and an auditor reads a late entry as a possible backdating; if this is a late entry, say why in the record");
                out.push(at(d, now));
            }
        }
    }
    out
}

//! H004: a date of a past event written into git more than 30 days after it.

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
    let mut out = Vec::new();
    for now in c.current {
        // The same record at base: by id, or by file when its id changed (H003).
        let base = now
            .id()
            .and_then(|id| c.base_with_id(id))
            .or_else(|| c.base_file(&now.file));
        for (path, date, span) in &now.past_events {
            // Only dates introduced since base are judged.
            let unchanged = base
                .and_then(|b| b.field(path))
                .is_some_and(|(_, old, _)| crate::reader::parse_date(old).ok() == Some(*date));
            if unchanged {
                continue;
            }
            let late = (c.as_of - *date).num_days();
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

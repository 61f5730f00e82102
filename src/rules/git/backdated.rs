//! H004: a date of a past event written into git more than 30 days after it.

use crate::codes::Code;

use super::at;
use crate::diagnostic::Diagnostic;
use crate::git::review::Review;
use crate::model::events::lateness;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in &r.pairs {
        let Some(i) = *n else {
            continue;
        };
        let n = &r.current[i];
        // A record brought back is judged against its version deleted.
        let before = b.map(|b| &r.base[b].fields).or(r.earlier.get(&i));
        for (path, date, span) in &n.past_events {
            if let Some(late) = lateness(before, path, *date, r.as_of) {
                let d = Diagnostic::new(
                    Code::H004,
                    *span,
                    format!("`{path}` {date} is being recorded on {}, {late} days after the event", r.as_of),
                )
                .keyed(format!("{path} {date}"))
                .help("record events when they happen: git dates every change, and an auditor reads a late entry as a possible backdating; if this is a late entry, say why in the record");
                out.push(at(d, n));
            }
        }
    }
    out
}

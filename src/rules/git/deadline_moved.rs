//! H006: a deadline became later with no `extensions` entry from the old
//! date to the new one, or was taken out while what it is for is still to
//! do (no entry can record that).

use crate::codes::Code;

use super::{at, kept};
use crate::diagnostic::Diagnostic;
use crate::git::review::Review;
use crate::model::deadlines::{self, Moved};
use crate::model::events::extended;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in kept(r) {
        let (Some(old), Some(new)) = (&b.record, &n.record) else {
            continue;
        };
        for m in deadlines::moved(old, new, &r.deadlines) {
            let field = &m.field;
            let from = m.from_said();
            let d = match m.to {
                Some(to) if extended(&n.fields, field, m.from, to) => continue,
                Some(to) => Diagnostic::new(
                    Code::H006,
                    m.span.unwrap_or_else(|| n.anchor()),
                    format!(
                        "`{field}` moved from {from} to {} (since {}) with no extension recorded",
                        Moved::said(to, &m.to_computed),
                        r.base_name
                    ),
                )
                .help(format!(
                    "a deadline is moved by agreement, not by editing it (or the dates it is computed from): add an `extensions` entry (`field: {field}`, `from: {}`, `to: {to}`, `requested`, `approved_by`, `reason`), or put the date back",
                    m.from
                )),
                None => Diagnostic::new(
                    Code::H006,
                    n.anchor(),
                    format!("`{field}` ({from} at {}) was taken out while what it is for is still to do", r.base_name),
                )
                .help(format!(
                    "a deadline is moved by agreement, not by deleting it: put `{field}: {}` back, and record any later date as an `extensions` entry",
                    m.from
                )),
            };
            out.push(at(d, n));
        }
    }
    out
}

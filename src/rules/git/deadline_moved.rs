//! H006: a deadline became later with no `extensions` entry from the old
//! date to the new one, or was taken out while what it is for is still to
//! do (no entry can record that).

use crate::codes::Code;

use super::{at, kept};
use crate::diagnostic::Diagnostic;
use crate::git::review::Review;
use crate::model::events::{deadlines_moved, extended};

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in kept(r) {
        for (field, from, to) in deadlines_moved(&b.fields, &n.fields) {
            let d = match to {
                Some(to) if extended(&n.fields, &field, from, to) => continue,
                Some(to) => Diagnostic::new(
                    Code::H006,
                    n.fields.get(&field).map_or_else(|| n.anchor(), |(_, s)| s),
                    format!("`{field}` moved from {from} to {to} (since {}) with no extension recorded", r.base_name),
                )
                .help(format!(
                    "a deadline is moved by agreement, not by editing it: add an `extensions` entry (`field: {field}`, `from: {from}`, `to: {to}`, `requested`, `approved_by`, `reason`), or put the date back"
                )),
                None => Diagnostic::new(
                    Code::H006,
                    n.anchor(),
                    format!("`{field}` ({from} at {}) was taken out while what it is for is still to do", r.base_name),
                )
                .help(format!(
                    "a deadline is moved by agreement, not by deleting it: put `{field}: {from}` back, and record any later date as an `extensions` entry"
                )),
            };
            out.push(at(d, n));
        }
    }
    out
}

//! H003: a record's id changed, or an id from the merge base now names
//! another record.

use crate::codes::Code;

use super::{added, at, kept};
use crate::diagnostic::Diagnostic;
use crate::git::identity::Versioned;
use crate::git::review::Review;

const HELP: &str = "an id is the record's reference in audit reports and certification-body letters: keep it; a new finding gets a new record (`ncreg new`)";

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in kept(r) {
        let (Some(old), Some((new, span))) = (b.id(), &n.id) else {
            continue;
        };
        if old == new {
            continue;
        }
        let moved = if b.file == n.file {
            String::new()
        } else {
            format!(", and its file moved from `{}`", b.file)
        };
        let d = Diagnostic::new(
            Code::H003,
            *span,
            format!(
                "the id of this record changed from `{old}` (at {}) to `{new}`{moved}",
                r.base_name
            ),
        )
        .help(HELP);
        out.push(at(d, n));
    }
    for n in added(r) {
        let Some((id, span)) = &n.id else { continue };
        // The record that had this id at the merge base no longer has it.
        if let Some((file, false)) = r.base_holder(id) {
            let d = Diagnostic::new(
                Code::H003,
                *span,
                format!("`{id}` named another record at {} (`{file}`); this is a new record taking over its id", r.base_name),
            )
            .help(HELP);
            out.push(at(d, n));
        }
    }
    out
}

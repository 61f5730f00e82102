//! H003: a record's id changed, or an id from base now names another record.

use super::{Change, at};
use crate::diagnostic::Diagnostic;

super::super::rule!(
    "H003",
    "id-changed",
    Error,
    "(`--base`) a record's id changed, or an id from base now names another record"
);

pub fn check(c: &Change) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for b in c.base {
        let Some(old) = b.id() else { continue };
        let Some(now) = c.current_file(&b.file) else {
            continue;
        };
        let Some((new, span)) = &now.id else { continue };
        if new == old {
            continue;
        }
        let elsewhere = c
            .current_with_id(old)
            .map(|v| format!("; `{old}` is now in `{}`", v.file))
            .unwrap_or_default();
        let d = Diagnostic::new(
            &RULE,
            *span,
            format!("the id of this record changed from `{old}` (at `{}`) to `{new}`{elsewhere}", c.base_rev),
        )
        .help("an id is the record's reference in audit reports and certification-body letters: keep it; a new finding gets a new record (`ncreg new`)");
        out.push(at(d, now));
    }
    out
}

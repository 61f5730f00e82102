//! H001: a record that exists at base is gone.

use super::{Change, at};
use crate::diagnostic::Diagnostic;

super::super::rule!(
    "H001",
    "record-deleted",
    Error,
    "(`--base`) a record that exists at base is gone (use `status: withdrawn`)"
);

pub fn check(c: &Change) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for b in c.base {
        let Some(id) = b.id() else { continue };
        // Still there under its id (perhaps renamed or moved), or its file
        // now carries another id (H003 reports that).
        if c.current_with_id(id).is_some() || c.current_file(&b.file).is_some() {
            continue;
        }
        let d = Diagnostic::new(&RULE, b.anchor(), format!("record `{id}` was deleted (at `{}` it is `{}`)", c.base_rev, b.file))
            .help(format!(
                "records are never deleted, they are the audit trail: restore it (`git checkout {} -- {}`) and set `status: withdrawn` with a `withdrawn_reason`",
                c.base_rev, b.file
            ));
        out.push(at(d, b));
    }
    out
}

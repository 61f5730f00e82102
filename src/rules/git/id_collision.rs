//! H005: a new record takes an id that exists at base under another file.

use super::{Change, at};
use crate::diagnostic::Diagnostic;

super::super::rule!(
    "H005",
    "id-collision",
    Error,
    "(`--base`) a new record takes an id that exists at base under another file (two branches picked the same next id)"
);

pub fn check(c: &Change) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for now in c.current {
        // Only files new since base; a file that existed is H003's.
        let (Some((id, span)), None) = (&now.id, c.base_file(&now.file)) else {
            continue;
        };
        let Some(b) = c.base_with_id(id) else {
            continue;
        };
        // The base file still holds that id: this is a second record, not a rename.
        if c.current_file(&b.file).is_some_and(|v| v.id() == Some(id)) {
            let d = Diagnostic::new(
                &RULE,
                *span,
                format!("`{id}` is already taken at `{}` by `{}`", c.base_rev, b.file),
            )
            .help("another branch used the same next id: give this record the next free id (`ncreg new` picks one after rebasing) and rename its file");
            out.push(at(d, now));
        }
    }
    out
}

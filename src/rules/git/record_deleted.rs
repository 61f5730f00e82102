//! H001: a record that exists at the merge base is gone.

use crate::codes::Code;

use super::at;
use crate::diagnostic::Diagnostic;
use crate::git::identity::Versioned;
use crate::git::review::Review;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in &r.pairs {
        let (Some(b), None) = (b, n) else { continue };
        let b = &r.base[*b];
        let Some(id) = b.id() else { continue };
        let d = Diagnostic::new(
            Code::H001,
            b.anchor(),
            format!("record `{id}` was deleted (at {} it is `{}`)", r.base_name, b.file),
        )
        .help(format!(
            "records are never deleted, they are the audit trail: restore it (`git checkout {} -- {}`) and set `status: withdrawn` with a `withdrawn_reason`",
            r.merge_base, b.file
        ));
        out.push(at(d, b));
    }
    out
}

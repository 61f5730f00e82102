//! H005: a new record takes an id that another record already has, at the
//! merge base or on REV since then (two branches took the same next id).

use crate::codes::Code;

use super::{added, at};
use crate::diagnostic::Diagnostic;
use crate::git::identity::Versioned;
use crate::git::review::Review;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for n in added(r) {
        let Some((id, span)) = &n.id else { continue };
        let taken = match r.base_holder(id) {
            Some((file, true)) => Some(format!("at {} by `{file}`", r.base_name)),
            Some((_, false)) => None,
            None => r
                .gained
                .iter()
                .find(|g| g.id() == Some(id.as_str()) && g.text != n.text)
                .map(|g| {
                    format!(
                        "on `{}` by `{}`, added there since this branch started",
                        r.base_rev, g.file
                    )
                }),
        };
        let Some(taken) = taken else { continue };
        let d = Diagnostic::new(Code::H005, *span, format!("`{id}` is already taken {taken}"))
            .help(format!(
                "two branches took the same next id: bring `{}` into this branch (merge or rebase), then give this record the next free id with `ncreg renumber {} --next`",
                r.base_rev, n.file
            ));
        out.push(at(d, n));
    }
    out
}

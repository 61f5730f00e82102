//! H002: a record closed at base was changed other than by re-opening it
//! with a reason.

use super::{Change, at};
use crate::diagnostic::Diagnostic;

super::super::rule!(
    "H002",
    "closed-record-edited",
    Error,
    "(`--base`) a record closed at base was changed other than by re-opening it with a reason"
);

pub fn check(c: &Change) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for b in c.base {
        let closed = b.field("status").is_some_and(|(_, v, _)| v == "closed");
        let (true, Some(id)) = (closed, b.id()) else {
            continue;
        };
        let Some(now) = c.current_with_id(id) else {
            continue;
        };
        let reopened = now.field("status").is_some_and(|(_, v, _)| v != "closed")
            && now
                .field("reopened.reason")
                .is_some_and(|(_, v, _)| !v.trim().is_empty());
        if reopened {
            continue;
        }
        let changed = now
            .fields
            .iter()
            .find(|(p, v, _)| b.field(p).is_none_or(|(_, old, _)| old != v))
            .map(|(p, v, s)| {
                (
                    p.clone(),
                    b.field(p).map(|f| f.1.clone()),
                    Some(v.clone()),
                    *s,
                )
            })
            .or_else(|| {
                b.fields
                    .iter()
                    .find(|(p, _, _)| now.field(p).is_none())
                    .map(|(p, v, _)| (p.clone(), Some(v.clone()), None, now.anchor()))
            });
        let Some((path, old, new, span)) = changed else {
            continue;
        };
        let show = |v: Option<String>| v.filter(|s| !s.is_empty()).unwrap_or_else(|| "-".into());
        let d = Diagnostic::new(
            &RULE,
            span,
            format!("`{id}` was closed at `{}` and has been edited (`{path}`: {} -> {})", c.base_rev, show(old), show(new)),
        )
        .help("a closed record is evidence and stays as it was: to act on it again, re-open it (a status other than closed, with `reopened: {date, reason}`), or raise a new record that refers to it with `related`");
        out.push(at(d, now));
    }
    out
}

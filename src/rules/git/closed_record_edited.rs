//! H002: a record closed at the merge base was changed other than by
//! re-opening it with a reason.

use crate::codes::Code;

use super::{at, kept};
use crate::diagnostic::Diagnostic;
use crate::git::review::Review;
use crate::model::events::closed_edit;
use crate::model::fields::{FieldChange, Fields};
use crate::span::Span;

pub fn check(r: &Review) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (b, n) in kept(r) {
        let Some(change) = closed_edit(&b.fields, &n.fields) else {
            continue;
        };
        let span = where_now(&n.fields, &change).unwrap_or_else(|| n.anchor());
        let show = |v: &Option<String>| {
            v.as_deref()
                .filter(|s| !s.is_empty())
                .unwrap_or("-")
                .to_string()
        };
        let id = b.id.as_ref().map_or(b.file.as_str(), |(i, _)| i.as_str());
        let d = Diagnostic::new(
            Code::H002,
            span,
            format!(
                "`{id}` was closed at {} and has been edited (`{}`: {} -> {})",
                r.base_name,
                change.field,
                show(&change.old),
                show(&change.new)
            ),
        )
        .help("a closed record is evidence and stays as it was: to act on it again, re-open it (a status other than closed, with `reopened: {date, reason}`), or raise a new record that refers to it with `related`");
        out.push(at(d, n));
    }
    out
}

/// Where a change's new value is written, if it still is.
fn where_now(now: &Fields, change: &FieldChange) -> Option<Span> {
    let value = change.new.as_deref()?;
    now.iter()
        .find(|(p, v, _)| *p == change.field && *v == value)
        .map(|(_, _, s)| s)
}

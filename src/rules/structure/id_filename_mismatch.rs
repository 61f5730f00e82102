//! S007: the file name does not start with the record's id.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    let Some(id) = &s.record.id else { return };
    let stem = s.file_stem;
    let matches = stem == id.value
        || stem
            .strip_prefix(id.value.as_str())
            .is_some_and(|rest| rest.starts_with('-'));
    if !matches {
        let message = match stem.strip_prefix(id.value.as_str()) {
            // "NC-2026-001 copy", "NC-2026-0010": the id, then something else.
            Some(rest) => format!(
                "the file name `{stem}` starts with the record's id `{}` but goes on with `{rest}`, not `-` and a title",
                id.value
            ),
            None => format!(
                "the file name `{stem}` does not start with the record's id `{}`",
                id.value
            ),
        };
        out.push(
            Diagnostic::new(Code::S007, id.span, message)
            .help(format!(
                "name the file `{0}.yaml` or `{0}-<short-title>.yaml` (use `git mv` to keep its history)",
                id.value
            )),
        );
    }
}

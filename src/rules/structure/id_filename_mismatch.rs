//! S007: the file name does not start with the record's id.

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

super::super::rule!(
    "S007",
    "id-filename-mismatch",
    Error,
    "the file name does not start with the record's id"
);

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    let Some(id) = &s.record.id else { return };
    let stem = s.file_stem;
    let matches = stem == id.value
        || stem
            .strip_prefix(id.value.as_str())
            .is_some_and(|rest| rest.starts_with('-'));
    if !matches {
        out.push(
            Diagnostic::new(
                &RULE,
                id.span,
                format!("the file name `{stem}` does not start with the record's id `{}`", id.value),
            )
            .help(format!(
                "name the file `{0}.yaml` or `{0}-<short-title>.yaml` (use `git mv` to keep its history)",
                id.value
            )),
        );
    }
}

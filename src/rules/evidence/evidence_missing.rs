//! E001: a relative evidence path does not exist in the repository.

use crate::codes::Code;

use super::{Evidence, classify, items};
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (list, item) in items(s.record) {
        if let Evidence::Missing = classify(&item.value, ctx.root, ctx.repo_root) {
            out.push(
                Diagnostic::new(Code::E001, item.span, format!("`{}` in `{list}` does not exist", item.value))
                    .help("evidence paths are resolved from the register root: add the file to the repository, or fix the path"),
            );
        }
    }
}

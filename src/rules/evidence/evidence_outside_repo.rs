//! E002: an evidence path is absolute or leaves the repository.

use crate::codes::Code;

use super::{Evidence, classify, items};
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (list, item) in items(s.record) {
        if let Evidence::Outside(why) = classify(&item.value, ctx.root, ctx.repo_root) {
            out.push(
                Diagnostic::new(Code::E002, item.span, format!("`{}` in `{list}` is outside the repository: {why}", item.value))
                    .help("keep evidence in the repository (for example evidence/<ID>/...) and give its path from the register root, or link it with an http(s) URL"),
            );
        }
    }
}

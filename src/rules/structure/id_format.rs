//! S009: the id does not match the configured `id_pattern`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let Some(id) = &s.record.id else { return };
    let config = ctx.config;
    if !config.id_pattern.is_match(&id.value) {
        out.push(
            Diagnostic::new(
                Code::S009,
                id.span,
                format!(
                    "the id `{}` does not match the register's id pattern `{}`",
                    id.value,
                    config.id_pattern.as_str()
                ),
            )
            .help(format!(
                "ids look like `{}-{}-001`; `ncreg new` picks the next free one",
                config.id_prefix,
                ctx.as_of.format("%Y")
            )),
        );
    }
}

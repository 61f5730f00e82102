//! D002: a date of a past event lies after `--as-of`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::events::past_events;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    for (path, date) in past_events(s.record) {
        let Some(date) = date else { continue };
        if date.value > ctx.as_of {
            out.push(
                Diagnostic::new(
                    Code::D002,
                    date.span,
                    format!("`{path}` is {}, which is after today ({})", date.value, ctx.as_of),
                )
                .keyed(format!("{path} {}", date.value))
                .help("this field records something that has happened: use the date it happened, or leave it empty until then"),
            );
        }
    }
}

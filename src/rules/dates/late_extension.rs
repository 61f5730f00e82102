//! D007: an extension was requested after the deadline it moves had passed.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    for x in &s.record.extensions {
        let (Some(from), Some(requested)) = (&x.from, &x.requested) else {
            continue;
        };
        if requested.value > from.value {
            let days = (requested.value - from.value).num_days();
            out.push(
                Diagnostic::new(
                    Code::D007,
                    requested.span,
                    format!("the extension was requested on {}, {} after the deadline of {} had passed", requested.value, crate::words::counted(days, "day"), from.value),
                )
                .help("ask for an extension before the deadline: certification bodies expect the request, with a reason, while the date still stands; say in `reason` why it came late"),
            );
        }
    }
}

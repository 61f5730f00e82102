//! D003: effectiveness verified too soon after the last action was done.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(date) = r.verification.as_ref().and_then(|v| v.value.date.as_ref()) else {
        return;
    };
    let Some(last) = r
        .actions
        .iter()
        .flat_map(|a| &a.value)
        .filter_map(|a| a.done.as_ref())
        .max_by_key(|d| d.value)
    else {
        return;
    };
    let days = (date.value - last.value).num_days();
    let min = i64::from(ctx.config.verification_min_days);
    // Before the last action is a contradiction, which D001 reports.
    if (0..min).contains(&days) {
        out.push(
            Diagnostic::new(
                Code::D003,
                date.span,
                format!("effectiveness was verified {days} days after the last action was done (at least {min} expected)"),
            )
            .label(last.span, "last action done here")
            .help("give the change time to show its effect: verify against the records of the following weeks or months (for example the next access review), then record that date"),
        );
    }
}

//! D004: something is past due as of `--as-of`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::deadlines::{self, Kind};
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    // A certification-body major's CAP and closure are D011's, as errors.
    let at_stake = deadlines::certificate_at_stake(s.record);
    for d in deadlines::overdue(s.record, &ctx.config.deadlines, ctx.as_of) {
        if at_stake && matches!(d.kind, Kind::Cap | Kind::Closure) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::D004,
                d.span,
                format!("{} {}", d.what, d.lateness(ctx.as_of)),
            )
            .keyed(overdue_key(&d))
            .help("finish it and record the date, or agree a new date and record it as an extension (`extensions`: from, to, requested, approved_by, reason) rather than editing the date; certification bodies expect extensions to be asked for before a deadline passes"),
        );
    }
}

/// What an overdue finding is about, whatever the day: its deadline field
/// (the kind, for a deadline computed from another date) and its due date.
pub fn overdue_key(d: &deadlines::Deadline) -> String {
    let field = if d.field.is_empty() {
        d.what.as_str()
    } else {
        d.field.as_str()
    };
    format!("{field} {}", d.due)
}

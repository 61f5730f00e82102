//! D011: a certification-body major is past its CAP or closure deadline.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::deadlines::{self, Kind};
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    if !deadlines::certificate_at_stake(s.record) {
        return;
    }
    for d in deadlines::overdue(s.record, &ctx.config.deadlines, ctx.as_of) {
        if !matches!(d.kind, Kind::Cap | Kind::Closure) {
            continue;
        }
        out.push(
            Diagnostic::new(
                Code::D011,
                d.span,
                format!(
                    "this certification-body major's {} {}: the certificate is at risk",
                    d.what,
                    d.lateness(ctx.as_of)
                ),
            )
            .keyed(super::overdue::overdue_key(&d))
            .help("certification bodies suspend or withdraw certificates over overdue majors: submit what is due now, or record the extension the certification body agreed (`extensions`)"),
        );
    }
}

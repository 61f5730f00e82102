//! D010: a dispute undecided for longer than `dispute_days`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::Status;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    if r.status
        .as_ref()
        .is_none_or(|st| st.value != Status::Disputed)
    {
        return;
    }
    let Some(d) = &r.dispute else { return };
    let (Some(raised), None) = (&d.value.raised, &d.value.outcome) else {
        return;
    };
    let days = (ctx.as_of - raised.value).num_days();
    if days > i64::from(ctx.config.dispute_days) {
        out.push(
            Diagnostic::new(Code::D010, raised.span, format!("the dispute raised on {} has been undecided for {days} days (more than {})", raised.value, ctx.config.dispute_days))
                .keyed(format!("dispute.raised {}", raised.value))
                .help("chase the decision (the audit team, or the certification body's appeal process) and record `dispute.outcome` and `dispute.decided`; a certification body's clock does not stop for a dispute"),
        );
    }
}

//! R003: fewer whys than `min_whys` for the classification.

use crate::codes::Code;

use super::is_ofi;
use crate::diagnostic::Diagnostic;
use crate::model::record::{Classification, RcaMethod};
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(rc) = &r.root_cause else { return };
    if is_ofi(r) {
        return;
    }
    // Other methods (fishbone, fault tree) do not count whys.
    let method = rc.value.method.as_ref().map(|m| m.value);
    if !matches!(method, None | Some(RcaMethod::FiveWhys))
        || (method.is_none() && rc.value.whys.is_empty())
    {
        return;
    }
    let min = match r.classification.as_ref().map(|c| c.value) {
        Some(Classification::Major) => ctx.config.min_whys.major,
        _ => ctx.config.min_whys.minor,
    };
    let answered = rc.value.whys.iter().filter(|w| w.because.is_some()).count();
    if answered < min as usize {
        let class = r
            .classification
            .as_ref()
            .map_or("minor", |c| crate::reader::Choice::as_str(c.value));
        out.push(
            Diagnostic::new(
                Code::R003,
                rc.span,
                format!("the five-whys analysis has {} ({min} expected for a {class} finding)", crate::words::counted(answered, "answered why")),
            )
            .help("keep asking \"why?\" of the last answer until the answer is something the organisation can change (a process, an owner, a resource, a tool)"),
        );
    }
}

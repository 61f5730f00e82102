//! R010: the person who verified effectiveness owns every action verified.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(by) = r.verification.as_ref().and_then(|v| v.value.by.as_ref()) else {
        return;
    };
    let actions = r.actions.as_ref().map_or(&[][..], |a| &a.value[..]);
    let same = |owner: &str| crate::model::person::same(owner, &by.value);
    let all_own = !actions.is_empty()
        && actions
            .iter()
            .all(|a| a.owner.as_ref().is_some_and(|o| same(&o.value)));
    if all_own {
        out.push(
            Diagnostic::new(Code::R010, by.span, format!("`{}` verified the effectiveness of {} they own themselves", by.value.trim(), if actions.len() == 1 { "the action" } else { "actions all of which" }))
                .help("effectiveness is best judged by someone who did not do the work (an internal auditor, the record owner, a peer): name an independent verifier, or say in the method why that was not possible"),
        );
    }
}

//! R013: the actions do not answer the cause's category.

use crate::codes::Code;

use crate::analysis::Tier;
use crate::diagnostic::Diagnostic;
use crate::model::record::CauseCategory;
use crate::rules::judgement::is_ofi;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(category) = r
        .root_cause
        .as_ref()
        .and_then(|rc| rc.value.category.as_ref())
    else {
        return;
    };
    let actions = r.action_texts();
    if is_ofi(r) || actions.is_empty() {
        return;
    }
    let p = ctx.phrases();
    let any = |f: &dyn Fn(&str) -> bool| actions.iter().any(|a| f(a));
    // Whether an action reaches one of these tiers. Ranking is done only for
    // the categories that need it, and an action nothing recognises gets
    // the benefit of the doubt.
    let reaches =
        |tiers: &dyn Fn(Tier) -> bool| actions.iter().any(|a| p.rank(a).tier.is_none_or(tiers));
    let misfit = match category.value {
        CauseCategory::Ownership if !any(&|a| p.names_owner(a)) => Some((
            "the cause is a missing or unclear owner, but no action names an accountable owner",
            "name the person (or role holder) accountable for the process, in the document that defines it",
        )),
        CauseCategory::Resource if !any(&|a| p.decides_resources(a)) => Some((
            "the cause is a lack of resources, but no action is a decision to provide them",
            "a resource cause needs a management decision: budget, headcount, time or a tool, with who approved it",
        )),
        CauseCategory::TrainingAwareness => {
            let trains = any(&|a| p.trains(a));
            match (trains, reaches(&|t| t >= Tier::Process)) {
                (true, true) => None,
                (false, _) => Some((
                    "the cause is training or awareness, but no action trains anyone",
                    "train the people concerned on what changed, beside a clearer procedure or tool",
                )),
                (true, false) => Some((
                    "the cause is training or awareness, but the actions only train: nothing makes the procedure clearer",
                    "people forget training: also make the procedure clearer (a checklist step, a form, a default) so the right way is the easy way",
                )),
            }
        }
        CauseCategory::Technology if !reaches(&|t| matches!(t, Tier::Design | Tier::Eliminate)) => {
            Some((
                "the cause is a technology gap, but no action changes the tool",
                "change the tool or its configuration (a block, an automation, a required field), and the process around it",
            ))
        }
        _ => None,
    };
    if let Some((message, help)) = misfit {
        out.push(Diagnostic::new(Code::R013, category.span, message).help(help));
    }
}

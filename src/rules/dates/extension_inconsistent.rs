//! D006: a deadline differs from its last extension's `to`, or its
//! extensions do not chain.

use chrono::NaiveDate;

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::{Extension, Record, deadline_name};
use crate::reader::Field;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _ctx: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let mut deadlines: Vec<&str> = Vec::new();
    for x in &r.extensions {
        let Some(field) = &x.field else { continue };
        let name = deadline_name(&field.value);
        if deadline_of(r, name).is_none() {
            out.push(
                Diagnostic::new(Code::D006, field.span, format!("`{}` is not a deadline of this record", field.value.trim()))
                    .help("name the deadline moved: `target_date`, `certification_body.cap_due`, `verification.due`, or `actions[<action id>].due` of an action this record has"),
            );
        } else if !deadlines.contains(&name) {
            deadlines.push(name);
        }
        if let (Some(from), Some(to)) = (&x.from, &x.to)
            && to.value <= from.value
        {
            out.push(
                Diagnostic::new(
                    Code::D006,
                    to.span,
                    format!(
                        "this extension moves `{}` from {} to {}, which is not later",
                        field.value.trim(),
                        from.value,
                        to.value
                    ),
                )
                .help("an extension gives more time: `to` is the new, later deadline"),
            );
        }
    }
    for name in deadlines {
        let chain: Vec<&Extension> = r
            .extensions
            .iter()
            .filter(|x| x.deadline() == Some(name))
            .collect();
        for pair in chain.windows(2) {
            let (prev, next) = (pair[0], pair[1]);
            if let (Some(to), Some(from)) = (&prev.to, &next.from)
                && to.value != from.value
            {
                out.push(
                    Diagnostic::new(Code::D006, from.span, format!("this extension of `{name}` starts from {}, but the one before it moved the deadline to {}", from.value, to.value))
                        .help("list each deadline's extensions oldest first, each `from` the previous `to`, so the record shows every date the deadline had"),
                );
            }
        }
        let (Some(last), Some(Some(now))) = (chain.last(), deadline_of(r, name)) else {
            continue;
        };
        if let Some(to) = &last.to
            && to.value != now.value
        {
            out.push(
                Diagnostic::new(Code::D006, now.span, format!("`{name}` is {}, but its last extension moved it to {}", now.value, to.value))
                    .help("the deadline is the last extension's `to`: correct whichever is wrong, or record the further extension"),
            );
        }
    }
}

/// The deadline field an extension names: `Some(None)` when the record has
/// that deadline but no date in it, `None` when there is no such deadline.
fn deadline_of<'r>(r: &'r Record, name: &str) -> Option<&'r Field<NaiveDate>> {
    match name {
        "target_date" => Some(&r.target_date),
        "certification_body.cap_due" => Some(
            r.certification_body
                .as_ref()
                .map_or(&None, |c| &c.value.cap_due),
        ),
        "verification.due" => Some(r.verification.as_ref().map_or(&None, |v| &v.value.due)),
        _ => {
            let id = name.strip_prefix("actions[")?.strip_suffix("].due")?;
            r.actions
                .as_ref()?
                .value
                .iter()
                .find(|a| a.key() == id)
                .map(|a| &a.due)
        }
    }
}

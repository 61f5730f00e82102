//! Waivers: a reasoned, approved exception to one rule for one record,
//! written in the record so that the auditor sees it. Checked and applied
//! here, once, for every rule.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::model::record::{Record, Waiver};
use crate::reader::not_a_rule_code;

/// Problems with the waivers themselves: no rule, an unknown rule, a
/// structural rule, or no reason or approver.
pub fn check(record: &Record) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, w) in record.waivers.iter().enumerate() {
        let path = format!("waivers[{}]", i + 1);
        let missing = |field: &str, help: &str| {
            Diagnostic::new(
                Code::S003,
                w.span,
                format!("`{path}.{field}` is required in a waiver"),
            )
            .help(help.to_string())
        };
        match &w.rule {
            None => out.push(missing("rule", "name the rule code this waiver is for, such as `R003`")),
            Some(code) => match Code::find(&code.value) {
                None => out.push(not_a_rule_code(code.span, &code.value)),
                Some(rule) if !rule.waivable() => out.push(
                    Diagnostic::new(
                        Code::S004,
                        code.span,
                        format!("{} {} is a structural rule and cannot be waived", rule, rule.name()),
                    )
                    .help("fix the record instead: structural problems make it unreadable to tools and auditors"),
                ),
                Some(_) => {}
            },
        }
        if w.reason.is_none() {
            out.push(missing(
                "reason",
                "say why the rule does not apply to this record; the auditor will read it",
            ));
        }
        if w.approved_by.is_none() {
            out.push(missing(
                "approved_by",
                "name the person who approved the exception",
            ));
        }
    }
    out
}

/// Whether a record's waivers hold a valid one for the diagnostic's rule.
pub fn waives(waivers: &[Waiver], diagnostic: &Diagnostic) -> bool {
    diagnostic.code.waivable()
        && waivers.iter().any(|w| {
            w.reason.is_some()
                && w.approved_by.is_some()
                && w.rule
                    .as_ref()
                    .is_some_and(|r| Code::find(&r.value) == Some(diagnostic.code))
        })
}

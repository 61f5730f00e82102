//! G001: several minor findings on one clause within twelve months.

use super::{findings, name, year_after};
use crate::diagnostic::Diagnostic;
use crate::record::{Classification, Record};
use crate::rules::Context;

super::super::rule!(
    "G001",
    "repeated-finding",
    Warning,
    "`n` or more minor findings on the same clause within 12 months (default 3): the auditor may raise them to one major"
);

/// How many minor findings on one clause within a year make a pattern.
pub const THRESHOLD: usize = 3;

pub fn check(records: &[(&str, &Record)], ctx: &Context) -> Vec<Diagnostic> {
    let minors: Vec<_> = findings(records, ctx)
        .into_iter()
        .filter(|f| {
            f.record
                .classification
                .as_ref()
                .is_some_and(|c| c.value == Classification::Minor)
        })
        .collect();
    let mut out = Vec::new();
    // Findings are sorted by clause, then date: each finding looks back over
    // the year before it and is reported when it completes a pattern.
    for (i, f) in minors.iter().enumerate() {
        let window: Vec<_> = minors[..=i]
            .iter()
            .filter(|g| g.clause == f.clause && year_after(g.identified) > f.identified)
            .collect();
        if window.len() < THRESHOLD {
            continue;
        }
        let ids: Vec<_> = window.iter().map(|g| name(g)).collect();
        let d = Diagnostic::new(
            &RULE,
            f.clause_span,
            format!("{} minor findings on `{}` within 12 months ({})", window.len(), f.clause_text, ids.join(", ")),
        )
        .help("together they suggest the process does not work: an auditor may raise them to one major nonconformity; consider one root-cause analysis across all of them");
        out.push(d.at(f.file, f.record));
    }
    out
}

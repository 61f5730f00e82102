//! G002: a new finding on a clause within twelve months of one verified effective.

use super::{findings, name, year_after};
use crate::diagnostic::Diagnostic;
use crate::record::{Record, VerificationResult};
use crate::rules::Context;

super::super::rule!(
    "G002",
    "recurrence-after-closure",
    Warning,
    "a new finding on the same clause within 12 months of one verified effective: that verification is in doubt"
);

pub fn check(records: &[(&str, &Record)], ctx: &Context) -> Vec<Diagnostic> {
    let all = findings(records, ctx);
    let mut out = Vec::new();
    for f in &all {
        let earlier = all
            .iter()
            .filter(|g| g.clause == f.clause && !std::ptr::eq(*g, f))
            .find_map(|g| {
                let v = &g.record.verification.as_ref()?.value;
                let effective = v
                    .result
                    .as_ref()
                    .is_some_and(|r| r.value == VerificationResult::Effective);
                let date = v.date.as_ref()?.value;
                (effective && date <= f.identified && f.identified < year_after(date))
                    .then_some((g, date))
            });
        let Some((g, date)) = earlier else { continue };
        let d = Diagnostic::new(
            &RULE,
            f.clause_span,
            format!(
                "`{}` was verified effective in {} on {date}, and this finding followed on {}",
                f.clause_text,
                name(g),
                f.identified
            ),
        )
        .help("the earlier corrective action may not have removed the cause: review its verification and link the records with `related:`");
        out.push(d.at(f.file, f.record));
    }
    out
}

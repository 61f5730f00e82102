//! G002: a new finding on a clause within twelve months of one verified effective.

use crate::codes::Code;

use chrono::NaiveDate;

use super::{name, year_after};
use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Records};

pub fn check(records: &Records, ctx: &Context) -> Vec<Diagnostic> {
    let all = records.findings(ctx);
    let mut out = Vec::new();
    for group in all.chunk_by(|a, b| a.clause == b.clause) {
        // Verifications of effectiveness on this clause, by date.
        let mut verified: Vec<(NaiveDate, usize)> = group
            .iter()
            .enumerate()
            .filter_map(|(i, g)| Some((g.record.verified_effective?, i)))
            .collect();
        verified.sort();
        for (i, f) in group.iter().enumerate() {
            // The latest verification on or before this finding, other than its own.
            let upto = verified.partition_point(|(d, _)| *d <= f.identified);
            let Some(&(date, g)) = verified[..upto].iter().rev().find(|(_, g)| *g != i) else {
                continue;
            };
            if f.identified >= year_after(date) {
                continue;
            }
            let d = Diagnostic::new(
                Code::G002,
                f.clause_span,
                format!(
                    "`{}` was verified effective in {} on {date}, and this finding followed on {}",
                    f.clause_text,
                    name(&group[g]),
                    f.identified
                ),
            )
            .help("the earlier corrective action may not have removed the cause: review its verification and link the records with `related:`");
            out.push(d.at(f.file, f.record.id_text()));
        }
    }
    out
}

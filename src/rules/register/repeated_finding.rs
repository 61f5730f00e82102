//! G001: several minor findings on one clause within twelve months.

use crate::codes::Code;

use super::{Finding, name, year_after};
use crate::diagnostic::Diagnostic;
use crate::model::record::Classification;
use crate::rules::{Context, Records};

pub fn check(records: &Records, ctx: &Context) -> Vec<Diagnostic> {
    let minors: Vec<&Finding> = records
        .findings(ctx)
        .iter()
        .filter(|f| f.record.classification == Some(Classification::Minor))
        .collect();
    // How many minor findings on one clause within a year make a pattern.
    let threshold = ctx.config.repeated_findings as usize;
    let mut out = Vec::new();
    // Findings are sorted by clause, then date: per clause, a window slides
    // over the year before each finding, which is reported when it completes
    // a pattern. Linear in the number of findings.
    for group in minors.chunk_by(|a, b| a.clause == b.clause) {
        let mut start = 0;
        for (i, f) in group.iter().enumerate() {
            while year_after(group[start].identified) <= f.identified {
                start += 1;
            }
            let window = &group[start..=i];
            if window.len() < threshold {
                continue;
            }
            let d = Diagnostic::new(
                Code::G001,
                f.clause_span,
                format!("{} minor findings on `{}` within 12 months ({})", window.len(), f.clause_text, listed(window)),
            )
            .help("together they suggest the process does not work: an auditor may raise them to one major nonconformity; consider one root-cause analysis across all of them");
            out.push(d.at(f.file, f.record.id_text()));
        }
    }
    out
}

/// The first few ids of a window, and how many more.
fn listed(window: &[&Finding]) -> String {
    const SHOWN: usize = 5;
    let mut ids: Vec<String> = window.iter().take(SHOWN).map(|f| name(f)).collect();
    if window.len() > SHOWN {
        ids.push(format!("and {} more", window.len() - SHOWN));
    }
    ids.join(", ")
}

//! Judgement rules: the corrective action reviewed as an experienced ISO
//! 27001 auditor would (domain.md, "The corrective action process").

pub mod cause_restates_finding;
pub mod placeholder_text;
pub mod risk_not_considered;
pub mod shallow_root_cause;
pub mod symptom_fix;
pub mod too_few_whys;
pub mod unverified_closure;
pub mod vague_owner;

use crate::model::record::{Classification, Record};

/// OFIs are not nonconformities: no root cause or verification is owed.
pub fn is_ofi(r: &Record) -> bool {
    r.classification
        .as_ref()
        .is_some_and(|c| c.value == Classification::Ofi)
}

/// Quotes matched words for a message: `"forgot", "human error"`.
pub fn quoted(words: &[String]) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

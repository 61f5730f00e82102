//! Judgement rules: the corrective action reviewed as an experienced ISO
//! 27001 auditor would (domain.md, "The corrective action process").

pub mod action_misfits_cause;
pub mod cause_restates_finding;
pub mod closure_not_signed_off;
pub mod containment_not_considered;
pub mod extent_not_checked;
pub mod placeholder_text;
pub mod risk_not_considered;
pub mod shallow_root_cause;
pub mod symptom_fix;
pub mod too_few_whys;
pub mod unverified_closure;
pub mod vague_owner;
pub mod verification_misfits_action;
pub mod verifier_not_independent;

use crate::model::record::Record;

/// OFIs are not nonconformities: no root cause or verification is owed.
pub fn is_ofi(r: &Record) -> bool {
    r.classification.as_ref().is_some_and(|c| c.value.is_ofi())
}

/// Quotes matched words for a message: `"forgot", "human error"`.
pub fn quoted<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"", w.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

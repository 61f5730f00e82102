//! The rule registry: every rule ncreg knows, with its code, name, default
//! severity and documentation. Each rule lives in its own file, grouped by
//! family; its documentation is `docs/rules/<CODE>.md`, shared by
//! `ncreg explain` and the docs folder.

use std::path::Path;

use chrono::NaiveDate;

use crate::analysis::Phrases;
use crate::catalogue::Catalogues;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::record::Record;

pub mod dates;
pub mod evidence;
pub mod git;
pub mod judgement;
pub mod register;
pub mod structure;

pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// One line: when the rule fires.
    pub summary: &'static str,
    /// Markdown: what it does, why it matters, a bad and a good example.
    pub docs: &'static str,
}

impl Rule {
    /// Structural rules guard the record format itself: a waiver cannot turn
    /// them off for one record.
    pub fn waivable(&self) -> bool {
        !self.code.starts_with('S')
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{} {}", self.code, self.name)
    }
}

/// Declares a rule's static entry with its documentation file.
macro_rules! rule {
    ($code:literal, $name:literal, $severity:ident, $summary:literal) => {
        pub static RULE: $crate::rules::Rule = $crate::rules::Rule {
            code: $code,
            name: $name,
            severity: $crate::diagnostic::Severity::$severity,
            summary: $summary,
            docs: include_str!(concat!("../../../docs/rules/", $code, ".md")),
        };
    };
}
pub(crate) use rule;

pub static RULES: &[&Rule] = &[
    &structure::yaml_syntax::RULE,
    &structure::unknown_field::RULE,
    &structure::missing_field::RULE,
    &structure::invalid_value::RULE,
    &structure::invalid_date::RULE,
    &structure::duplicate_key::RULE,
    &structure::id_filename_mismatch::RULE,
    &structure::duplicate_id::RULE,
    &structure::id_format::RULE,
    &structure::unknown_clause::RULE,
    &dates::date_order::RULE,
    &dates::future_date::RULE,
    &dates::verification_too_soon::RULE,
    &dates::overdue::RULE,
    &dates::status_inconsistent::RULE,
    &judgement::shallow_root_cause::RULE,
    &judgement::symptom_fix::RULE,
    &judgement::too_few_whys::RULE,
    &judgement::cause_restates_finding::RULE,
    &judgement::placeholder_text::RULE,
    &judgement::vague_owner::RULE,
    &judgement::unverified_closure::RULE,
    &judgement::risk_not_considered::RULE,
    &evidence::evidence_missing::RULE,
    &evidence::evidence_outside_repo::RULE,
    &register::unknown_related::RULE,
    &register::repeated_finding::RULE,
    &register::recurrence_after_closure::RULE,
    &git::record_deleted::RULE,
    &git::closed_record_edited::RULE,
    &git::id_changed::RULE,
    &git::backdated::RULE,
    &git::id_collision::RULE,
    &git::unsigned_change::RULE,
];

/// The rule with this code (any case).
pub fn find(code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// What a check of one record may look at.
pub struct Context<'a> {
    pub config: &'a Config,
    pub catalogues: &'a Catalogues,
    pub as_of: NaiveDate,
    /// The register root: evidence paths are resolved from it.
    pub root: &'a Path,
    /// The repository root (the register root outside git): evidence may not leave it.
    pub repo_root: &'a Path,
    /// The R001/R002 vocabulary, with the config's additions.
    pub phrases: &'a Phrases,
}

/// One record with the name of its file (S007 compares them).
pub struct Subject<'a> {
    pub record: &'a Record,
    pub file_stem: &'a str,
}

pub type RecordCheck = fn(&Subject, &Context, &mut Vec<Diagnostic>);

/// The checks that look at one record at a time, in the order they run.
pub static RECORD_CHECKS: &[RecordCheck] = &[
    structure::missing_field::check,
    structure::id_filename_mismatch::check,
    structure::id_format::check,
    structure::unknown_clause::check,
    dates::date_order::check,
    dates::future_date::check,
    dates::verification_too_soon::check,
    dates::overdue::check,
    dates::status_inconsistent::check,
    judgement::shallow_root_cause::check,
    judgement::symptom_fix::check,
    judgement::too_few_whys::check,
    judgement::cause_restates_finding::check,
    judgement::placeholder_text::check,
    judgement::vague_owner::check,
    judgement::unverified_closure::check,
    judgement::risk_not_considered::check,
    evidence::evidence_missing::check,
    evidence::evidence_outside_repo::check,
];

/// A check over the whole register: (file, record) pairs in, diagnostics
/// with their file and record id out.
pub type RegisterCheck = fn(&[(&str, &Record)], &Context) -> Vec<Diagnostic>;

pub static REGISTER_CHECKS: &[RegisterCheck] = &[
    structure::duplicate_id::check,
    register::unknown_related::check,
    register::repeated_finding::check,
    register::recurrence_after_closure::check,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let mut codes: Vec<_> = RULES.iter().map(|r| r.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), RULES.len());
        let mut names: Vec<_> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
        for rule in RULES {
            assert!(
                rule.docs
                    .starts_with(&format!("# {} {}\n", rule.code, rule.name)),
                "{} docs must start with its code and name",
                rule.code
            );
            for part in [
                "## What it does",
                "## Why it matters",
                "## Example",
                "Use instead:",
            ] {
                assert!(rule.docs.contains(part), "{} docs lack {part}", rule.code);
            }
        }
    }
}

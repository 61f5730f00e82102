//! The rules: each in its own file, grouped by family, with its code and
//! metadata in `codes` and its documentation in `docs/rules/<CODE>.md`.
//! `DEFINITIONS` pairs every code with its check.

use std::cell::OnceCell;
use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::analysis::{Cause, Phrases};
use crate::catalogue::Catalogues;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::git::review::Review;
use crate::model::config::Config;
use crate::model::listing::Listing;
use crate::model::record::Record;
use crate::reader::Sp;

pub mod dates;
pub mod evidence;
pub mod git;
pub mod judgement;
pub mod register;
pub mod structure;

/// What a check of one record may look at.
pub struct Context<'a> {
    pub config: &'a Config,
    pub catalogues: &'a Catalogues,
    pub as_of: NaiveDate,
    /// The register root: evidence paths are resolved from it.
    pub root: &'a Path,
    /// The repository root (the register root outside git): evidence may not leave it.
    pub repo_root: &'a Path,
    /// The R001/R002 vocabulary, with the config's additions; `None` when
    /// both rules are off.
    pub phrases: Option<&'a Phrases>,
}

impl Context<'_> {
    /// The R001/R002 vocabulary (the built-in one if it was not compiled).
    pub fn phrases(&self) -> &Phrases {
        self.phrases.unwrap_or_else(|| Phrases::builtin())
    }
}

/// One record with the name of its file (S007 compares them).
pub struct Subject<'a> {
    pub record: &'a Record,
    pub file_stem: &'a str,
    /// The file's text, to point at words inside a value.
    pub source: &'a str,
    /// The root cause as read for R001 and R004, read once by the first.
    cause: OnceCell<Cause<'a>>,
}

impl<'a> Subject<'a> {
    pub fn new(record: &'a Record, file_stem: &'a str, source: &'a str) -> Subject<'a> {
        Subject {
            record,
            file_stem,
            source,
            cause: OnceCell::new(),
        }
    }

    /// The root cause's statement and its reading, if it has one.
    pub fn cause(&self, ctx: &Context) -> Option<(&'a Sp<String>, &Cause<'a>)> {
        let statement = self.record.cause()?;
        let read = self
            .cause
            .get_or_init(|| ctx.phrases().read_cause(&statement.value));
        Some((statement, read))
    }
}

pub type RecordCheck = fn(&Subject, &Context, &mut Vec<Diagnostic>);

/// A check over the whole register: its records in, diagnostics with their
/// file and record id out.
pub type RegisterCheck = fn(&Records, &Context) -> Vec<Diagnostic>;

/// The whole register as the register-wide checks see it.
pub struct Records<'a> {
    /// (file, record) pairs.
    pub pairs: &'a [(&'a str, &'a Listing)],
    /// The findings on clauses, which G001 and G002 both go through: gathered
    /// and sorted once, by whichever asks first.
    findings: OnceLock<Vec<register::Finding<'a>>>,
}

impl<'a> Records<'a> {
    pub fn new(pairs: &'a [(&'a str, &'a Listing)]) -> Records<'a> {
        Records {
            pairs,
            findings: OnceLock::new(),
        }
    }

    /// The records that count as findings on a clause, by clause and date.
    pub fn findings(&self, ctx: &Context) -> &[register::Finding<'a>] {
        self.findings
            .get_or_init(|| register::findings(self.pairs, ctx))
    }
}

/// A check of the change under review (`lint --base`).
pub type GitCheck = fn(&Review) -> Vec<Diagnostic>;

/// How a rule is checked.
#[derive(Clone, Copy)]
pub enum Check {
    /// Reported while a file is read (`load`, `reader`).
    Parse,
    Record(RecordCheck),
    Register(RegisterCheck),
    Git(GitCheck),
}

/// Every rule paired with its check, in the order the checks run. The
/// engine looks up the register's level of each and skips a rule that is
/// off before running it.
pub static DEFINITIONS: &[(Code, Check)] = &[
    (Code::S001, Check::Parse),
    (Code::S002, Check::Parse),
    (Code::S004, Check::Parse),
    (Code::S005, Check::Parse),
    (Code::S006, Check::Parse),
    (Code::S003, Check::Record(structure::missing_field::check)),
    (
        Code::S007,
        Check::Record(structure::id_filename_mismatch::check),
    ),
    (Code::S009, Check::Record(structure::id_format::check)),
    (Code::S010, Check::Record(structure::unknown_clause::check)),
    (Code::D001, Check::Record(dates::date_order::check)),
    (Code::D002, Check::Record(dates::future_date::check)),
    (
        Code::D003,
        Check::Record(dates::verification_too_soon::check),
    ),
    (Code::D004, Check::Record(dates::overdue::check)),
    (Code::D005, Check::Record(dates::status_inconsistent::check)),
    (
        Code::D006,
        Check::Record(dates::extension_inconsistent::check),
    ),
    (Code::D007, Check::Record(dates::late_extension::check)),
    (Code::D008, Check::Record(dates::plan_without_cause::check)),
    (
        Code::D009,
        Check::Record(dates::no_verification_plan::check),
    ),
    (Code::D010, Check::Record(dates::dispute_undecided::check)),
    (Code::D011, Check::Record(dates::certificate_at_risk::check)),
    (
        Code::R001,
        Check::Record(judgement::shallow_root_cause::check),
    ),
    (Code::R002, Check::Record(judgement::symptom_fix::check)),
    (Code::R003, Check::Record(judgement::too_few_whys::check)),
    (
        Code::R004,
        Check::Record(judgement::cause_restates_finding::check),
    ),
    (
        Code::R005,
        Check::Record(judgement::placeholder_text::check),
    ),
    (Code::R006, Check::Record(judgement::vague_owner::check)),
    (
        Code::R007,
        Check::Record(judgement::unverified_closure::check),
    ),
    (
        Code::R008,
        Check::Record(judgement::risk_not_considered::check),
    ),
    (
        Code::R009,
        Check::Record(judgement::containment_not_considered::check),
    ),
    (
        Code::R010,
        Check::Record(judgement::verifier_not_independent::check),
    ),
    (
        Code::R011,
        Check::Record(judgement::closure_not_signed_off::check),
    ),
    (
        Code::R012,
        Check::Record(judgement::extent_not_checked::check),
    ),
    (
        Code::R013,
        Check::Record(judgement::action_misfits_cause::check),
    ),
    (
        Code::R014,
        Check::Record(judgement::verification_misfits_action::check),
    ),
    (Code::E001, Check::Record(evidence::evidence_missing::check)),
    (
        Code::E002,
        Check::Record(evidence::evidence_outside_repo::check),
    ),
    (Code::S008, Check::Register(structure::duplicate_id::check)),
    (
        Code::E003,
        Check::Register(register::unknown_related::check),
    ),
    (
        Code::G001,
        Check::Register(register::repeated_finding::check),
    ),
    (
        Code::G002,
        Check::Register(register::recurrence_after_closure::check),
    ),
    (Code::H001, Check::Git(git::record_deleted::check)),
    (Code::H002, Check::Git(git::closed_record_edited::check)),
    (Code::H003, Check::Git(git::id_changed::check)),
    (Code::H004, Check::Git(git::backdated::check)),
    (Code::H005, Check::Git(git::id_collision::check)),
    (Code::H006, Check::Git(git::deadline_moved::check)),
    (Code::H007, Check::Git(git::unsigned_change::check)),
];

/// The checks of the rules this config does not turn off, in order.
pub fn enabled(config: &Config) -> impl Iterator<Item = Check> + '_ {
    DEFINITIONS
        .iter()
        .filter(|(code, _)| config.severity(*code).is_some())
        .map(|(_, check)| *check)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_one_check_and_every_check_a_code() {
        let mut codes: Vec<Code> = DEFINITIONS.iter().map(|(c, _)| *c).collect();
        codes.sort_unstable();
        let mut all = Code::ALL.to_vec();
        all.sort_unstable();
        assert_eq!(codes, all);
    }

    #[test]
    fn a_rule_turned_off_is_not_run() {
        let mut config = Config::default();
        let all = enabled(&config).count();
        config
            .rules
            .insert(Code::R001, crate::model::config::Level::Off);
        config
            .rules
            .insert(Code::H001, crate::model::config::Level::Off);
        assert_eq!(enabled(&config).count(), all - 2);
        let r001 = judgement::shallow_root_cause::check as RecordCheck;
        assert!(
            !enabled(&config)
                .any(|c| matches!(c, Check::Record(f) if std::ptr::fn_addr_eq(f, r001)))
        );
    }
}

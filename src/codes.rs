//! Every rule's code and what is known of it without running it: name,
//! default severity, family, whether a waiver may turn it off, when it fires
//! and its documentation (`docs/rules/<CODE>.md`). This is the crate's leaf:
//! it depends on nothing, so that spans, YAML reading, the record model and
//! diagnostics can all name a rule without reaching up into the rules.
//!
//! A new rule is one line here, its file under `rules/`, its documentation
//! and its fixtures, and one line pairing the code with its check in
//! `rules::DEFINITIONS`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The families of SPEC §5, by the first letter of their codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// S: the record is readable and has the shape SPEC §2 gives.
    Structure,
    /// D: dates and the lifecycle.
    Dates,
    /// R: the quality of the analysis and the actions.
    Judgement,
    /// E: evidence paths and links.
    Evidence,
    /// G: patterns across the register.
    Register,
    /// H: the change under review and the git history.
    Git,
}

macro_rules! codes {
    ($($code:ident $name:literal $severity:ident $family:ident $waivable:literal $summary:literal;)+) => {
        /// A rule, by its stable code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($code),+
        }

        impl Code {
            /// Every rule, in the order `ncreg rules` and SARIF list them.
            pub const ALL: &[Code] = &[$(Code::$code),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$code => stringify!($code)),+
                }
            }

            /// The kebab-case name.
            pub fn name(self) -> &'static str {
                match self {
                    $(Code::$code => $name),+
                }
            }

            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$code => Severity::$severity),+
                }
            }

            pub fn family(self) -> Family {
                match self {
                    $(Code::$code => Family::$family),+
                }
            }

            /// Whether a record's `waivers:` may turn the rule off for that
            /// record; structural rules guard the format itself and may not.
            pub fn waivable(self) -> bool {
                match self {
                    $(Code::$code => $waivable),+
                }
            }

            /// One line: when the rule fires.
            pub fn summary(self) -> &'static str {
                match self {
                    $(Code::$code => $summary),+
                }
            }

            /// Markdown: what it does, why it matters, a bad and a good example.
            pub fn docs(self) -> &'static str {
                match self {
                    $(Code::$code => include_str!(concat!("../docs/rules/", stringify!($code), ".md"))),+
                }
            }
        }
    };
}

codes! {
    S001 "yaml-syntax" Error Structure false
        "the file is not valid YAML, not UTF-8 text, too large, or not a regular file";
    S002 "unknown-field" Error Structure false
        "a key the schema does not know (the nearest known key is suggested)";
    S003 "missing-field" Error Structure false
        "a field required always or by the record's status is absent or empty";
    S004 "invalid-value" Error Structure false
        "a value outside its enum or type (the nearest valid value is suggested)";
    S005 "invalid-date" Error Structure false
        "not a real YYYY-MM-DD date";
    S006 "duplicate-key" Error Structure false
        "a key appears twice in one mapping (YAML parsers silently keep one)";
    S007 "id-filename-mismatch" Error Structure false
        "the file name does not start with the record's id";
    S008 "duplicate-id" Error Structure false
        "two files carry the same id";
    S009 "id-format" Error Structure false
        "the id does not match `id_pattern`";
    S010 "unknown-clause" Error Structure false
        "the clause is not in the catalogue of the record's standard (27001:2022 and :2013, 27701:2019, 42001:2023 with its Annex A, 9001:2015 built in)";
    D001 "date-order" Error Dates true
        "dates contradict each other (closed before identified, action done before identified, verification before the last action was done, ...)";
    D002 "future-date" Error Dates true
        "a past-event date (identified, done, closed, ...) after `--as-of`";
    D003 "verification-too-soon" Warning Dates true
        "verification dated less than `verification_min_days` after the last action was done";
    D004 "overdue" Warning Dates true
        "something is past due as of `--as-of` (action, verification, CAP, closure deadline)";
    D005 "status-inconsistent" Error Dates true
        "the status contradicts the data (closed but an action not done, verified but result not-effective, ...)";
    D006 "extension-inconsistent" Error Dates true
        "the deadline field differs from its last extension's `to`, or a field's extensions do not chain (each `from` is the previous `to`)";
    D007 "late-extension" Warning Dates true
        "an extension was requested after the deadline it moves had passed";
    D008 "plan-without-cause" Error Dates true
        "`certification_body.cap_submitted` is set but the record has no root cause or no action";
    D009 "no-verification-plan" Warning Dates true
        "`implemented` (or later) with no `verification.method` and `verification.due`";
    D010 "dispute-undecided" Warning Dates true
        "`disputed` for more than `dispute_days` with no `dispute.outcome`";
    D011 "certificate-at-risk" Error Dates true
        "a certification-body major is past its CAP or closure deadline (with extensions applied): certification bodies suspend or withdraw certificates over these";
    R001 "shallow-root-cause" Error Judgement true
        "the root cause blames a person or \"human error\" instead of a process, ownership, resource, training or technology cause";
    R002 "symptom-fix" Warning Judgement true
        "every corrective action is only a reminder, re-training, \"be more careful\", or repeats the correction";
    R003 "too-few-whys" Warning Judgement true
        "fewer whys than `min_whys` for the classification";
    R004 "cause-restates-finding" Warning Judgement true
        "the root cause says little more than the description (high word overlap)";
    R005 "placeholder-text" Error Judgement true
        "TBD, TODO, N/A, \"-\", \"see above\", \"lorem ipsum\" and similar where content is required";
    R006 "vague-owner" Warning Judgement true
        "an owner is a team, role or everyone (\"IT\", \"HR\", \"all staff\", \"management\") rather than a named person; or not in `people`, or has left";
    R007 "unverified-closure" Error Judgement true
        "closed or verified with a verification that is only \"done\"/\"complete\"/\"checked\", or without evidence";
    R008 "risk-not-considered" Warning Judgement true
        "a major finding reaches `verified`/`closed` without a `risk` section (step 5)";
    R009 "containment-not-considered" Warning Judgement true
        "a major at `planned` or later with no `correction` (write `correction: {description: \"none needed: <why>\"}` when there is nothing to contain)";
    R010 "verifier-not-independent" Warning Judgement true
        "`verification.by` is the owner of every action it verifies";
    R011 "closure-not-signed-off" Warning Judgement true
        "a nonconformity is `closed` with no `closed_by`";
    R012 "extent-not-checked" Warning Judgement true
        "a major at `planned` or later has no `extent_of_condition` (clause 10.2 b 3)";
    R013 "action-misfits-cause" Warning Judgement true
        "the actions do not answer the cause's category (a training cause needs training and a clearer procedure; resource needs a management decision; technology needs a change to the tool and the process around it; ownership needs a named accountable owner)";
    R014 "verification-misfits-action" Warning Judgement true
        "the verification method cannot show the actions worked (training verified only by attendance; a procedure change verified without records of its use; an automated control verified without a test that it fires)";
    E001 "evidence-missing" Error Evidence true
        "a relative evidence path does not exist in the repository";
    E002 "evidence-outside-repo" Error Evidence true
        "an evidence path is absolute or escapes the repository (`../`)";
    E003 "unknown-related" Warning Evidence true
        "`related` names an id that is not in the register";
    G001 "repeated-finding" Warning Register true
        "`n` or more minor findings on the same clause within 12 months (default 3): the auditor may raise them to one major";
    G002 "recurrence-after-closure" Warning Register true
        "a new finding on the same clause within 12 months of one verified effective: that verification is in doubt";
    H001 "record-deleted" Error Git true
        "(`--base`) a record that exists at base is gone (use `status: withdrawn`)";
    H002 "closed-record-edited" Error Git true
        "(`--base`) a record closed at base was changed other than by re-opening it with a reason";
    H003 "id-changed" Error Git true
        "(`--base`) a record's id changed, or an id from base now names another record";
    H004 "backdated" Warning Git true
        "(`--base`/history) a date of a past event was written into git more than 30 days after that date";
    H005 "id-collision" Error Git true
        "(`--base`) a new record takes an id that exists at base under another file (two branches picked the same next id)";
    H006 "deadline-moved" Error Git true
        "(`--base`/history) a deadline (`target_date`, `certification_body.cap_due`, `verification.due`, an action's `due`) became later, as written or as computed from `identified` or the report's date, with no `extensions` entry from the old to the new date, or was taken out while what it is for is still to do";
    H007 "unsigned-change" Error Git true
        "(`--base`, only with `require_signed: true`) a commit in the range that touches records has no signature";
}

impl Code {
    /// The rule with this code or name, in any case: `R001`, `r001` and
    /// `shallow-root-cause` are the same rule wherever a rule is named
    /// (waivers, `rules:` in the config, `ncreg explain`).
    pub fn find(text: &str) -> Option<Code> {
        let text = text.trim();
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(text) || c.name().eq_ignore_ascii_case(text))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_documented() {
        let mut codes: Vec<_> = Code::ALL.iter().map(|c| c.as_str()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Code::ALL.len());
        let mut names: Vec<_> = Code::ALL.iter().map(|c| c.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Code::ALL.len());
        for code in Code::ALL {
            assert!(
                code.docs()
                    .starts_with(&format!("# {} {}\n", code.as_str(), code.name())),
                "{code} docs must start with its code and name"
            );
            for part in [
                "## What it does",
                "## Why it matters",
                "## Example",
                "Use instead:",
            ] {
                assert!(code.docs().contains(part), "{code} docs lack {part}");
            }
        }
    }

    #[test]
    fn families_and_waivers_follow_the_codes() {
        for code in Code::ALL {
            let letter = code.as_str().chars().next().unwrap();
            let family = match letter {
                'S' => Family::Structure,
                'D' => Family::Dates,
                'R' => Family::Judgement,
                'E' => Family::Evidence,
                'G' => Family::Register,
                _ => Family::Git,
            };
            assert_eq!(code.family(), family, "{code}");
            assert_eq!(code.waivable(), letter != 'S', "{code}");
        }
    }
}

//! R007: closed or verified without a real effectiveness check or its evidence.

use crate::codes::Code;

use std::sync::LazyLock;

use regex::Regex;

use super::is_ofi;
use crate::diagnostic::Diagnostic;
use crate::model::record::Status;
use crate::rules::{Context, Subject};

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let Some(status) = &r.status else { return };
    if !matches!(status.value, Status::Verified | Status::Closed) || is_ofi(r) {
        return;
    }
    let Some(v) = &r.verification else { return }; // S003 reports the missing section
    if let Some(method) = &v.value.method
        && is_shallow(&method.value)
    {
        out.push(
            Diagnostic::new(Code::R007, method.span, format!("\"{}\" says that the work was done, not how its effect was checked", method.value))
                .help("describe the check that shows the cause is gone: what was looked at, over which period, and what was found (e.g. \"Q3 leaver list compared with active accounts: none active\")"),
        );
    }
    if v.value.evidence.is_none() {
        out.push(
            Diagnostic::new(Code::R007, v.span, format!("the status is `{}` but the verification has no evidence", crate::reader::Choice::as_str(status.value)))
                .help("add `evidence:` with the report, sample or ticket that shows the check (repository path or http(s) link)"),
        );
    }
}

/// A method that only says the action happened.
fn is_shallow(method: &str) -> bool {
    static SHALLOW: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:(?:all|the|corrective|actions?|action|was|were|has|have|been|is|are|fully|now|work|task|tasks|items?|implemented|implementation|complete|completed|done|finished|closed|checked|verified|reviewed|confirmed|ok|okay|yes|effective|in place|signed off|by|manager|owner|and|as|planned|\W)\s*)+$").expect("valid")
    });
    SHALLOW.is_match(&method.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::is_shallow;

    #[test]
    fn only_real_checks_count() {
        for m in [
            "Done",
            "Corrective action complete.",
            "Checked",
            "Actions implemented and verified",
            "OK",
            "Verified by manager",
        ] {
            assert!(is_shallow(m), "{m}");
        }
        for m in [
            "Quarterly leaver access review compared with the HR leavers list",
            "Sample of 20 tickets checked for approval",
        ] {
            assert!(!is_shallow(m), "{m}");
        }
    }
}

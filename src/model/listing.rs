//! A record as the register-wide rules and the waivers read it: its line in
//! the register. Lint keeps this, not the record, once a record's own checks
//! have run, so a register of 50,000 records is not held whole while the
//! rules that compare records run.

use chrono::NaiveDate;

use crate::model::record::{Classification, Record, Status, VerificationResult, Waiver};
use crate::reader::{Field, Sp};
use crate::span::Span;

#[derive(Debug)]
pub struct Listing {
    /// Where a problem with the record as a whole is shown.
    pub span: Span,
    pub id: Field<String>,
    pub status: Option<Status>,
    pub classification: Option<Classification>,
    pub identified: Option<NaiveDate>,
    /// The requirement's standard as written (the config's default applies
    /// when it is absent) and its clause.
    pub standard: Option<String>,
    pub clause: Field<String>,
    /// When effectiveness was verified, for a record verified effective.
    pub verified_effective: Option<NaiveDate>,
    pub related: Vec<Sp<String>>,
    pub waivers: Vec<Waiver>,
}

impl Listing {
    pub fn of(record: &Record) -> Listing {
        let requirement = record.requirement.as_ref().map(|r| &r.value);
        let verification = record.verification.as_ref().map(|v| &v.value);
        Listing {
            span: record.span,
            id: record.id.clone(),
            status: record.status.as_ref().map(|s| s.value),
            classification: record.classification.as_ref().map(|c| c.value),
            identified: record.identified.as_ref().map(|d| d.value),
            standard: requirement
                .and_then(|r| r.standard.as_ref())
                .map(|s| s.value.clone()),
            clause: requirement.and_then(|r| r.clause.clone()),
            verified_effective: verification
                .filter(|v| {
                    v.result
                        .as_ref()
                        .is_some_and(|r| r.value == VerificationResult::Effective)
                })
                .and_then(|v| v.date.as_ref())
                .map(|d| d.value),
            related: record
                .related
                .as_ref()
                .map(|r| r.value.clone())
                .unwrap_or_default(),
            waivers: record.waivers.clone(),
        }
    }

    /// The id as written, if it could be read.
    pub fn id_text(&self) -> Option<&str> {
        self.id.as_ref().map(|i| i.value.as_str())
    }
}

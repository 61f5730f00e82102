//! Register-level rules: what only shows across records.

pub mod recurrence_after_closure;
pub mod repeated_finding;
pub mod unknown_related;

use chrono::NaiveDate;

use crate::catalogue;
use crate::model::listing::Listing;
use crate::model::record::Status;
use crate::rules::Context;
use crate::span::Span;

/// A nonconformity on a requirement: the clause in its standard, and when.
pub struct Finding<'a> {
    pub file: &'a str,
    pub record: &'a Listing,
    pub clause: (String, String),
    /// The clause as written, for messages, and where it is written.
    pub clause_text: &'a str,
    pub clause_span: Span,
    pub identified: NaiveDate,
}

/// The records that count as findings on a clause: not OFIs, not withdrawn.
pub fn findings<'a>(records: &[(&'a str, &'a Listing)], ctx: &Context) -> Vec<Finding<'a>> {
    let mut out: Vec<Finding> = records
        .iter()
        .filter_map(|&(file, record)| {
            let class = record.classification?;
            if class.is_ofi() || record.status == Some(Status::Withdrawn) {
                return None;
            }
            let clause = record.clause.as_ref()?;
            let standard = record
                .standard
                .as_deref()
                .unwrap_or(ctx.config.default_standard.as_str());
            Some(Finding {
                file,
                record,
                clause: (
                    catalogue::key(standard),
                    catalogue::canonical(&clause.value),
                ),
                clause_text: &clause.value,
                clause_span: clause.span,
                identified: record.identified?,
            })
        })
        .collect();
    out.sort_by(|a, b| (&a.clause, a.identified, a.file).cmp(&(&b.clause, b.identified, b.file)));
    out
}

/// Record id (or file) for messages.
pub fn name(f: &Finding) -> String {
    f.record
        .id
        .as_ref()
        .map_or_else(|| f.file.to_string(), |i| i.value.clone())
}

/// Twelve months after `date` (the same day a year later; 28 February for 29 February).
pub fn year_after(date: NaiveDate) -> NaiveDate {
    date.checked_add_months(chrono::Months::new(12))
        .unwrap_or(NaiveDate::MAX)
}

//! Date rules: dates that contradict each other, the calendar, or the status.

pub mod certificate_at_risk;
pub mod date_order;
pub mod dispute_undecided;
pub mod extension_inconsistent;
pub mod future_date;
pub mod late_extension;
pub mod no_verification_plan;
pub mod overdue;
pub mod plan_without_cause;
pub mod status_inconsistent;
pub mod verification_too_soon;

//! Date rules: dates that contradict each other, the calendar, or the status.

pub mod date_order;
pub mod future_date;
pub mod overdue;
pub mod status_inconsistent;
pub mod verification_too_soon;

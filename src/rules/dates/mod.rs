//! Date rules: dates that contradict each other or the calendar.

pub mod future_date;

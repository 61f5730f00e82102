//! S005: a date that is not a real `YYYY-MM-DD` date (reported by `reader`).
super::super::rule!("S005", "invalid-date", Error, "not a real YYYY-MM-DD date");

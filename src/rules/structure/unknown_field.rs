//! S002: a key the record format does not know (reported by `reader`).
super::super::rule!(
    "S002",
    "unknown-field",
    Error,
    "a key the schema does not know (the nearest known key is suggested)"
);

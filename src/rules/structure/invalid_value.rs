//! S004: a value of the wrong kind or outside its set (reported by `reader`).
super::super::rule!(
    "S004",
    "invalid-value",
    Error,
    "a value outside its enum or type (the nearest valid value is suggested)"
);

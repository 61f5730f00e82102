//! S001: the file cannot be read as one YAML document (reported by `load`).
super::super::rule!(
    "S001",
    "yaml-syntax",
    Error,
    "the file is not valid YAML, not UTF-8 text, too large, or not a regular file"
);

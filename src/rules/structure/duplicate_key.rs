//! S006: a key appears twice in one mapping.

use crate::diagnostic::Diagnostic;
use crate::yaml::{Node, duplicate_keys};

super::super::rule!(
    "S006",
    "duplicate-key",
    Error,
    "a key appears twice in one mapping (YAML parsers silently keep one)"
);

pub fn check(root: &Node) -> Vec<Diagnostic> {
    duplicate_keys(root)
        .into_iter()
        .map(|dup| {
            Diagnostic::new(
                &RULE,
                dup.entry.key_span,
                format!("`{}` appears twice in the same mapping", dup.entry.key),
            )
            .label(dup.first, "first written here")
            .help("keep one of the two: other YAML tools would silently use only one of them")
        })
        .collect()
}

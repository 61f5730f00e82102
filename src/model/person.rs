//! People named in records: "José Núñez" typed on a Mac (decomposed) and on
//! Windows (composed), "J.  Admin" with two spaces, and "j. admin" are one
//! person. Names are compared by a key: Unicode NFC, lower case, runs of
//! white space as one space.

use unicode_normalization::UnicodeNormalization;

/// The form two names are compared in.
pub fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .nfc()
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether two names name the same person.
pub fn same(a: &str, b: &str) -> bool {
    key(a) == key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_decomposed_spaced_and_cased_names_are_one_person() {
        let composed = "Jos\u{e9} N\u{fa}\u{f1}ez";
        let decomposed = "Jose\u{301} Nu\u{301}n\u{303}ez";
        assert_ne!(composed, decomposed);
        assert!(same(composed, decomposed));
        assert!(same("J.  Admin ", "j. admin"));
        assert!(!same("J. Admin", "J. Adams"));
    }
}

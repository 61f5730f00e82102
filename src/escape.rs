//! Text made safe for where it goes: a terminal or a CI log (no control
//! characters that could recolour, move the cursor or rewrite a line), and
//! a URI path (percent-encoded).

use std::borrow::Cow;

/// `text` with every control character but newline, tab and carriage return
/// replaced by one that prints, of the same UTF-8 length, so that byte
/// offsets into the text (the spans of diagnostics) stay valid: a C0
/// control (one byte) becomes `?`, a C1 control (two bytes) `¿`.
pub fn terminal(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !matches!(c, '\n' | '\t' | '\r');
    // Every control character starts with a byte below 0x20, 0x7F or (C1,
    // encoded as 0xC2 0x80..=0x9F) 0xC2: most texts are passed on after one
    // pass over their bytes.
    let suspect =
        |b: &u8| (*b < 0x20 && !matches!(b, b'\n' | b'\t' | b'\r')) || matches!(b, 0x7F | 0xC2);
    // Blocks of bytes without an early exit, which the compiler vectorises.
    let clean = text
        .as_bytes()
        .chunks(64)
        .all(|block| !block.iter().fold(false, |seen, b| seen | suspect(b)));
    if clean || !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                c if !unsafe_char(c) => c,
                c if c.len_utf8() == 1 => '?',
                _ => '¿',
            })
            .collect(),
    )
}

/// A relative path as a URI path: only unreserved characters and `/` stay.
pub fn uri_path(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_print_and_offsets_stay() {
        let text = "classification: \u{1b}[31mmayor\u{1b}[0m\u{9b}2J\nnext\tline";
        let safe = terminal(text);
        assert_eq!(safe, "classification: ?[31mmayor?[0m¿2J\nnext\tline");
        assert_eq!(safe.len(), text.len());
        assert!(matches!(terminal("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn uri_paths_are_percent_encoded() {
        assert_eq!(
            uri_path("nonconformities/NC-2026-116 with spaces.yaml"),
            "nonconformities/NC-2026-116%20with%20spaces.yaml"
        );
        assert_eq!(uri_path("a,b:c%d.yaml"), "a%2Cb%3Ac%25d.yaml");
    }
}

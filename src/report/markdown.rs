//! Markdown that renders on GitHub and GitLab whatever people typed: every
//! user string is escaped for a table cell, links are percent-encoded.

use std::path::{Component, Path};

/// Text for a table cell: no `|` can end the cell, no newline the row, no
/// HTML or Markdown markup takes effect.
pub fn cell(text: &str) -> String {
    let text = text.trim();
    let mut out = String::with_capacity(text.len());
    let mut plain = 0;
    for (i, c) in text.char_indices() {
        let escaped = match c {
            '|' => "\\|",
            '\\' => "\\\\",
            '`' => "\\`",
            '*' => "\\*",
            '_' => "\\_",
            '[' => "\\[",
            ']' => "\\]",
            '#' => "\\#",
            '~' => "\\~",
            '!' => "\\!",
            '$' => "\\$",
            '<' => "&lt;",
            '>' => "&gt;",
            '&' => "&amp;",
            '\n' => "<br>",
            '\r' => "",
            c if c.is_control() => " ",
            _ => continue,
        };
        // Runs of ordinary text are copied whole.
        out.push_str(&text[plain..i]);
        out.push_str(escaped);
        plain = i + c.len_utf8();
    }
    out.push_str(&text[plain..]);
    out
}

/// Inline code in a table cell. Between backticks Markdown takes every
/// character as it stands (a backslash escape would show), so only what could
/// end the span, the cell or the row is handled: `|` is escaped, as GitHub's
/// and GitLab's tables require even in code; a line break becomes a space; the
/// fence is one backtick longer than the longest run of them inside.
pub fn code(text: &str) -> String {
    let text = text
        .trim()
        .replace(|c: char| c.is_control(), " ")
        .replace('|', "\\|");
    if text.is_empty() {
        return String::new();
    }
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    // A backtick at either end would join the fence.
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A Markdown link to a file, relative to the folder the report is read from.
pub fn link(text: &str, target: &Path, base: &Path) -> String {
    format!(
        "[{}]({})",
        cell(text),
        crate::escape::uri_path(&relative(target, base))
    )
}

/// `target` relative to the folder `base` (both absolute), with `/`.
pub fn relative(target: &Path, base: &Path) -> String {
    let t: Vec<Component> = target.components().collect();
    let b: Vec<Component> = base.components().collect();
    let common = t.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = std::iter::repeat_n("..".to_string(), b.len() - common).collect();
    parts.extend(
        t[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_shows_its_text_as_typed() {
        // No backslash before `[` or `_`: it would show in a code span.
        assert_eq!(code("actions[1].done"), "`actions[1].done`");
        assert_eq!(
            code("certification_body.cap_due"),
            "`certification_body.cap_due`"
        );
        assert_eq!(code("a|b\nc"), "`a\\|b c`");
        assert_eq!(code("x`y"), "``x`y``");
        assert_eq!(code("`y"), "`` `y ``");
        assert_eq!(code("<b>&amp;"), "`<b>&amp;`");
        assert_eq!(code(" "), "");
    }

    #[test]
    fn hostile_text_cannot_break_a_table() {
        assert_eq!(
            cell("a | <script>alert(1)</script>"),
            "a \\| &lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(cell("line 1\nline 2"), "line 1<br>line 2");
        // Escapes between multi-byte letters; CR dropped, controls blanked.
        assert_eq!(cell(" é|\r\n\u{7}ü~ "), "é\\|<br> ü\\~");
        assert_eq!(
            cell("[x](javascript:alert(1)) **b** `c`"),
            "\\[x\\](javascript:alert(1)) \\*\\*b\\*\\* \\`c\\`"
        );
    }

    #[test]
    fn links_are_relative_and_encoded() {
        let target = Path::new("/repo/reg/nonconformities/NC 1 (x).yaml");
        assert_eq!(
            relative(target, Path::new("/repo/reg")),
            "nonconformities/NC 1 (x).yaml"
        );
        assert_eq!(
            relative(target, Path::new("/repo/reports")),
            "../reg/nonconformities/NC 1 (x).yaml"
        );
        assert_eq!(
            link("NC-1", target, Path::new("/repo/reg")),
            "[NC-1](nonconformities/NC%201%20%28x%29.yaml)"
        );
    }
}

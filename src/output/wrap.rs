//! A finding's message and hint broken into lines as miette breaks them,
//! done before miette draws the finding (which then only indents the lines).
//! A hint shared by thousands of findings is wrapped once, and a message
//! that fits on its line is not wrapped at all: wrapping in miette was a
//! third of the time of drawing a large register's findings. A blank text,
//! or one with line breaks of its own, is left to miette, whose way with
//! blank lines this does not copy.

use std::borrow::Cow;

use miette::{GraphicalTheme, Severity};
use textwrap::core::display_width;
use textwrap::{WordSeparator, WordSplitter};

/// The width of the drawing, as given to miette.
pub const WIDTH: usize = 100;

pub struct Wrap {
    /// The columns miette wraps text into.
    columns: usize,
    /// Display widths of the severity marks' indents ("  ⚠ ").
    error: usize,
    warning: usize,
    advice: usize,
}

impl Wrap {
    pub fn new(theme: &GraphicalTheme) -> Wrap {
        let indent = |mark: &str| display_width(&format!("  {mark} "));
        Wrap {
            columns: WIDTH.saturating_sub(2),
            error: indent(&theme.characters.error),
            warning: indent(&theme.characters.warning),
            advice: indent(&theme.characters.advice),
        }
    }

    /// How lines are broken, here and by miette: at ASCII spaces, never
    /// inside a word (Unicode line-breaking rules cost more than the rest
    /// of the drawing, and record text wraps the same).
    pub const SEPARATOR: WordSeparator = WordSeparator::AsciiSpace;
    pub const SPLITTER: WordSplitter = WordSplitter::NoHyphenation;

    pub fn message<'t>(&self, text: &'t str, severity: Severity) -> Option<Cow<'t, str>> {
        let indent = match severity {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Advice => self.advice,
        };
        self.lines(text, indent)
    }

    pub fn help<'t>(&self, text: &'t str) -> Option<Cow<'t, str>> {
        self.lines(text, "  help: ".len())
    }

    /// `text` broken as miette breaks it after an indent of `indent`
    /// columns, without the indents; `None` for a text with line breaks or
    /// one that would have a blank line.
    fn lines<'t>(&self, text: &'t str, indent: usize) -> Option<Cow<'t, str>> {
        if text.contains(['\n', '\r']) || text.trim().is_empty() {
            return None;
        }
        let plain = !text.contains('\t') && !text.starts_with(' ') && !text.ends_with(' ');
        // No character is wider than its UTF-8 bytes: most texts fit by length.
        if plain
            && (indent + text.len() <= self.columns || indent + display_width(text) <= self.columns)
        {
            return Some(Cow::Borrowed(text));
        }
        let lines = first_fit(text, self.columns.saturating_sub(indent));
        // A blank line (a tab or spaces wrapped onto a line of their own)
        // is miette's to draw.
        if lines.iter().any(|l| l.trim().is_empty()) {
            return None;
        }
        Some(Cow::Owned(lines.join("\n")))
    }
}

/// `text` broken into lines of at most `width` columns as textwrap's first
/// fit breaks it at runs of ASCII spaces, never inside a word: a line ends
/// before the word that would overflow it, and loses the spaces after its
/// last word. Written out because textwrap's general machinery (boxed word
/// iterators, floating-point widths, indents added and stripped again) was
/// a twentieth of lint's time on a register with thousands of findings.
fn first_fit(text: &str, width: usize) -> Vec<&str> {
    let mut lines = Vec::new();
    // The current line's first byte, the end of its last word, its columns.
    let (mut start, mut end, mut used) = (0, 0, 0);
    let mut at = 0;
    while at < text.len() {
        let word_end = memchr::memchr(b' ', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i);
        let next = text.as_bytes()[word_end..]
            .iter()
            .position(|&b| b != b' ')
            .map_or(text.len(), |i| word_end + i);
        let word = &text[at..word_end];
        let columns = if super::printable_ascii(word) {
            word.len()
        } else {
            display_width(word)
        };
        if used + columns > width && at > start {
            lines.push(&text[start..end]);
            (start, used) = (at, 0);
        }
        used += columns + (next - word_end);
        end = word_end;
        at = next;
    }
    lines.push(&text[start..end]);
    lines
}

//! Positions in a source file.
//!
//! Every value read keeps a `Span`: two byte offsets, 8 bytes, since a
//! register holds hundreds of thousands of them. Lines and columns are
//! worked out from the text only when a diagnostic is shown (`Position`):
//! 1-based, with columns counting Unicode characters (not bytes), as SARIF's
//! `unicodeCodePoints` column kind and editors do.

use std::ops::Range;

/// A region of one source file: byte offsets `start..end` into its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    /// The byte range, for slicing the text.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Where `words` stand in `source` within this span, when they are
    /// written there as they read (not folded across lines or escaped).
    pub fn find(self, source: &str, words: &str) -> Option<Span> {
        let within = source.get(self.range())?;
        let at = within.find(words)? + self.start as usize;
        Some(Span {
            start: u32::try_from(at).ok()?,
            end: u32::try_from(at + words.len()).ok()?,
        })
    }
}

/// Where a span lies for people: 1-based lines and character columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// Maps byte offsets of one text to lines and columns.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Found when first needed: most files' spans are only clamped, and
    /// most files' findings are drawn from another index of their lines.
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        LineIndex {
            text,
            line_starts: std::cell::OnceCell::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        })
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// 1-based line and character column of a byte offset (clamped into the text).
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset);
        let start = starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// Byte offset of a 1-based line and character column (clamped into the text).
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts().get(line.max(1) - 1) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        let line_len = rest.find('\n').unwrap_or(rest.len());
        rest[..line_len]
            .char_indices()
            .nth(column.max(1) - 1)
            .map_or(start + line_len, |(i, _)| start + i)
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = self.clamp(start);
        let end = self.clamp(end.max(start));
        // Record files are at most a few megabytes; anything past 4 GiB is clamped.
        let offset = |o: usize| u32::try_from(o).unwrap_or(u32::MAX);
        Span {
            start: offset(start),
            end: offset(end),
        }
    }

    /// The lines and columns of a span of this text.
    pub fn locate(&self, span: Span) -> Position {
        let (line, column) = self.position(span.start as usize);
        let (end_line, end_column) = self.position(span.end as usize);
        Position {
            line,
            column,
            end_line,
            end_column,
        }
    }

    /// Span of the whole line `line` without its line break (used where a
    /// problem belongs to a line rather than to a value).
    pub fn line_span(&self, line: usize) -> Span {
        let start = self.offset(line, 1);
        let rest = &self.text[start..];
        let len = rest.find(['\r', '\n']).unwrap_or(rest.len());
        self.span(start, start + len)
    }

    /// Moves an offset back onto a character boundary so slicing never panics.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let idx = LineIndex::new("a: é\nbé: x\n");
        assert_eq!(idx.position(0), (1, 1));
        assert_eq!(idx.position(3), (1, 4));
        assert_eq!(idx.position(6), (2, 1));
        assert_eq!(idx.position(10), (2, 4));
        assert_eq!(idx.offset(2, 4), 10);
        assert_eq!(idx.offset(9, 1), 13);
    }

    #[test]
    fn line_span_stops_before_crlf() {
        let idx = LineIndex::new("ab\r\ncd");
        let s = idx.line_span(1);
        assert_eq!((s.start, s.end, idx.locate(s).end_column), (0, 2, 3));
    }
}

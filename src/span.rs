//! Positions in a source file.
//!
//! Every diagnostic needs both forms of a position: byte offsets for miette's
//! underlines and 1-based line/character columns for people, JSON, SARIF and
//! GitHub. Columns count Unicode characters (not bytes), as SARIF's
//! `unicodeCodePoints` column kind and editors do.

/// A region of one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets into the source text: `start..end`.
    pub start: usize,
    pub end: usize,
}

/// Maps byte offsets of one text to lines and columns.
pub struct LineIndex<'a> {
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, line_starts }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// 1-based line and character column of a byte offset (clamped into the text).
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// Byte offset of a 1-based line and character column (clamped into the text).
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.max(1) - 1) else {
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
        let (line, column) = self.position(start);
        let (end_line, end_column) = self.position(end);
        Span {
            line,
            column,
            end_line,
            end_column,
            start,
            end,
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
        assert_eq!((s.start, s.end, s.end_column), (0, 2, 3));
    }
}

//! A file's text as miette reads it, with its line starts found once.
//!
//! Miette finds the lines around a span by counting line breaks from the
//! start of the text, for every finding: a file with many findings was read
//! from the top again and again. Here the count starts at the line the
//! context begins on, found by binary search, and the lines before it are
//! added back, so miette sees exactly what a full count would give.

use std::sync::Arc;

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

pub struct Indexed {
    text: Arc<str>,
    /// Byte offsets where lines start; `None` when the text holds a carriage
    /// return without a line feed, which miette counts as a line break too.
    starts: Option<Vec<usize>>,
}

impl Indexed {
    pub fn new(text: Arc<str>) -> Indexed {
        let bytes = text.as_bytes();
        let lone_return =
            memchr::memchr_iter(b'\r', bytes).any(|i| bytes.get(i + 1) != Some(&b'\n'));
        let starts = (!lone_return).then(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
                .collect()
        });
        Indexed { text, starts }
    }

    /// The number (from 0) of the line holding byte `offset`; `None` when
    /// the lines are not known (a lone carriage return).
    pub fn line_at(&self, offset: usize) -> Option<usize> {
        let starts = self.starts.as_ref()?;
        (offset < self.text.len()).then(|| starts.partition_point(|&s| s <= offset) - 1)
    }

    /// Line `n`'s first byte and text, without its line break; `None` past
    /// the last line (a final line break starts no line).
    pub fn line(&self, n: usize) -> Option<(usize, &str)> {
        let starts = self.starts.as_ref()?;
        let start = *starts.get(n).filter(|&&s| s < self.text.len())?;
        let end = starts.get(n + 1).map_or(self.text.len(), |next| next - 1);
        Some((start, &self.text[start..end]))
    }
}

impl SourceCode for Indexed {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let bytes = self.text.as_bytes();
        let Some(starts) = &self.starts else {
            return bytes.read_span(span, context_lines_before, context_lines_after);
        };
        // Miette takes an empty span to end just before it: where its count
        // first looks at the span may be the line before.
        let first = span
            .offset()
            .min((span.offset() + span.len()).saturating_sub(1));
        let line = starts.partition_point(|&s| s <= first) - 1;
        let skipped = line.saturating_sub(context_lines_before);
        let base = starts[skipped];
        let inner = bytes[base..].read_span(
            &(span.offset() - base, span.len()).into(),
            context_lines_before,
            context_lines_after,
        )?;
        Ok(Box::new(MietteSpanContents::new(
            inner.data(),
            (inner.span().offset() + base, inner.span().len()).into(),
            inner.line() + skipped,
            inner.column(),
            inner.line_count() + skipped,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every span of a text with every context reads as miette's own count.
    #[test]
    fn reads_as_a_full_count() {
        let texts = [
            "a: 1\nb: two\n\nc: [3, 4]\nd: |\n  text\n  more\n",
            "a: 1\r\nb: 2\r\nc: 3",
            "a: 1\rb: 2\nc: 3\n",
            "é: ü\nñ: 2\n",
            "",
        ];
        for text in texts {
            let indexed = Indexed::new(Arc::from(text));
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for &start in &bounds {
                for &end in bounds.iter().filter(|&&e| e >= start) {
                    let span: SourceSpan = (start, end - start).into();
                    for context in 0..3 {
                        let ours = indexed.read_span(&span, context, context);
                        let theirs = text.as_bytes().read_span(&span, context, context);
                        match (ours, theirs) {
                            (Ok(a), Ok(b)) => {
                                assert_eq!(a.data(), b.data(), "{text:?} {start}..{end}");
                                assert_eq!(a.span(), b.span());
                                assert_eq!(a.line(), b.line(), "{text:?} {start}..{end}");
                                assert_eq!(a.column(), b.column());
                                assert_eq!(a.line_count(), b.line_count());
                            }
                            (Err(_), Err(_)) => {}
                            (a, b) => {
                                panic!("{text:?} {start}..{end}: {:?} {:?}", a.is_ok(), b.is_ok())
                            }
                        }
                    }
                }
            }
        }
    }
}

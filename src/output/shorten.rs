//! Long lines cut for display: a 40,000-character line (a pasted log, a
//! minified blob) must not flood the terminal. Lines longer than `LIMIT`
//! characters are cut there and end in "…"; spans are moved to match, and a
//! span that starts in a cut-off part cannot be shown (the caller then prints
//! the location without the source).

use std::ops::Range;
use std::sync::Arc;

const LIMIT: usize = 300;
const ELLIPSIS: &str = "…";

pub struct Shortened {
    pub text: Arc<str>,
    /// Original byte ranges cut out, in order.
    cuts: Vec<Range<usize>>,
}

impl Shortened {
    pub fn new(text: &str) -> Shortened {
        let mut cuts = Vec::new();
        let mut start = 0;
        let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
        for end in ends {
            // A line of no more bytes than the limit has no more characters.
            if end - start > LIMIT {
                let body = text[start..end].trim_end_matches('\r');
                if let Some((cut, _)) = body.char_indices().nth(LIMIT) {
                    cuts.push(start + cut..start + body.len());
                }
            }
            start = end + 1;
        }
        if cuts.is_empty() {
            return Shortened {
                text: Arc::from(text),
                cuts,
            };
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for cut in &cuts {
            out.push_str(&text[at..cut.start]);
            out.push_str(ELLIPSIS);
            at = cut.end;
        }
        out.push_str(&text[at..]);
        Shortened {
            text: Arc::from(out),
            cuts,
        }
    }

    /// Where a span of the original text stands in the shortened one; `None`
    /// when it starts in a part that was cut off. A span that runs into a cut
    /// ends where the cut begins.
    pub fn span(&self, span: Range<usize>) -> Option<Range<usize>> {
        let start = self.position(span.start, false)?;
        let end = self.position(span.end, true)?;
        Some(start..end.max(start))
    }

    fn position(&self, pos: usize, clamp: bool) -> Option<usize> {
        let mut removed = 0;
        for cut in &self.cuts {
            if pos <= cut.start {
                break;
            }
            if pos < cut.end {
                return clamp.then_some(cut.start - removed);
            }
            removed += cut.len() - ELLIPSIS.len();
        }
        Some(pos - removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_and_spans_follow() {
        let long = "x".repeat(1000);
        let text = format!("a: 1\nb: {long}\nc: 2\n");
        let s = Shortened::new(&text);
        assert!(s.text.len() < 400);
        assert!(s.text.contains("xx…\nc: 2\n"));
        let c = text.find("c: 2").unwrap();
        let moved = s.span(c..c + 4).unwrap();
        assert_eq!(&s.text[moved], "c: 2");
        // The value of b starts before the cut: shown up to it.
        let b = text.find('x').unwrap();
        let shown = s.span(b..b + 1000).unwrap();
        assert_eq!(shown.start, b);
        assert!(
            s.text[shown]
                .trim_end_matches('…')
                .chars()
                .all(|c| c == 'x')
        );
        // A span inside the cut-off part cannot be shown.
        assert_eq!(s.span(b + 500..b + 510), None);
    }
}

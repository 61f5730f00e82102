//! `--format human`: miette's graphical diagnostics, one per finding, with
//! the source lines and the offending value underlined, then a summary.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::io::Write;
use std::ops::Range;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use super::plain::{self, Plain};
use super::shorten::Shortened;
use super::snippet::Indexed;
use super::wrap::{self, Wrap};
use crate::diagnostic::{Diagnostic, Severity};
use crate::escape::terminal;
use crate::lint::Report;
use crate::span::LineIndex;

pub fn write(
    report: &Report,
    color: bool,
    quiet: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let wrap = Wrap::new(&theme);
    let plain = (!color).then(|| Plain::new(&theme));
    let (drawing, wrapping) = (handler(theme.clone(), false), handler(theme, true));
    // Files are drawn in parallel, a batch at a time, so that a register
    // with many thousands of findings is neither slow nor held in memory.
    let mut by_file: Vec<&[Diagnostic]> = report
        .diagnostics
        .chunk_by(|a, b| a.file == b.file)
        .collect();
    while !by_file.is_empty() {
        let batch: Vec<_> = by_file.drain(..by_file.len().min(1024)).collect();
        // Most hints are a rule's fixed text: each is wrapped once a batch.
        let mut helps: HashMap<&str, Option<String>> = HashMap::new();
        for help in batch
            .iter()
            .flat_map(|g| g.iter())
            .filter_map(|d| d.help.as_deref())
        {
            helps
                .entry(help)
                .or_insert_with(|| wrap.help(&terminal(help)).map(Cow::into_owned));
        }
        let drawing = Drawing {
            drawing: &drawing,
            wrapping: &wrapping,
            wrap: &wrap,
            helps: &helps,
            plain: plain.as_ref(),
        };
        let drawn = crate::parallel::map(batch, |group| drawing.file(report, group));
        for text in drawn {
            out.write_all(text.as_bytes())?;
        }
    }
    if !quiet {
        writeln!(out, "{}", super::summary_line(report))?;
    }
    Ok(())
}

/// A fixed width keeps output identical across terminals (and in CI logs).
/// Miette wraps messages and hints only when `Wrap` leaves them to it.
fn handler(theme: GraphicalTheme, wraps: bool) -> GraphicalReportHandler {
    GraphicalReportHandler::new_themed(theme)
        .with_width(wrap::WIDTH)
        .with_links(false)
        .with_context_lines(1)
        .with_wrap_lines(wraps)
        .with_word_separator(Wrap::SEPARATOR)
        .with_word_splitter(Wrap::SPLITTER)
        .with_break_words(false)
}

struct Drawing<'a> {
    /// Draws findings whose message and hint come wrapped.
    drawing: &'a GraphicalReportHandler,
    /// Draws the others, wrapping them.
    wrapping: &'a GraphicalReportHandler,
    wrap: &'a Wrap,
    /// Each hint of the batch, escaped, and wrapped unless left to miette.
    helps: &'a HashMap<&'a str, Option<String>>,
    /// Draws the common finding without miette, when there is no colour.
    plain: Option<&'a Plain>,
}

impl Drawing<'_> {
    /// The diagnostics of one file, which share its (escaped, shortened) text.
    fn file(&self, report: &Report, group: &[Diagnostic]) -> String {
        let Some(first) = group.first() else {
            return String::new();
        };
        let text = report.sources.text(&first.file);
        let index = LineIndex::new(&text);
        // Same-length replacements keep the spans valid.
        let source = Shortened::new(&terminal(&text));
        let indexed = Arc::new(Indexed::new(Arc::clone(&source.text)));
        // A drawn finding takes some 600 bytes.
        let mut drawn = String::with_capacity(group.len() * 640);
        for d in group {
            self.one(d, &index, &source, &indexed, &mut drawn);
            drawn.push('\n');
        }
        drawn
    }

    /// One diagnostic as miette draws it, with the file's source; with its
    /// location only when its span lies in a part of a long line that was cut.
    fn one(
        &self,
        d: &Diagnostic,
        index: &LineIndex,
        source: &Shortened,
        indexed: &Arc<Indexed>,
        out: &mut String,
    ) {
        let code = format!("{} {}", d.code.as_str(), d.code.name());
        let message = terminal(&d.message);
        let Some(primary) = source.span(d.span.range()) else {
            out.push_str(&format!("{}: {message} [{code}]\n", location(d, index)));
            return;
        };
        let labels: Vec<_> = d
            .labels
            .iter()
            .filter_map(|(span, text)| Some((source.span(span.range())?, text.as_str())))
            .collect();
        let severity = severity(d.severity);
        let help = d
            .help
            .as_deref()
            .map(|h| (h, self.helps.get(h).and_then(Option::as_deref)));
        let wrapped = self.wrap.message(&message, severity);
        let (handler, message, help) = match (wrapped, help) {
            (Some(m), None) => (self.drawing, m, None),
            (Some(m), Some((_, Some(h)))) => (self.drawing, m, Some(Cow::Borrowed(h))),
            (_, help) => (
                self.wrapping,
                message.clone(),
                help.map(|(h, _)| terminal(h)),
            ),
        };
        let name = terminal(&d.file);
        if let Some(plain) = self.plain.filter(|_| labels.is_empty())
            && std::ptr::eq(handler, self.drawing)
        {
            let finding = plain::Finding {
                code: &code,
                severity,
                message: &message,
                help: help.as_deref(),
                name: &name,
                span: primary.clone(),
            };
            if plain.draw(&finding, indexed, out) {
                return;
            }
        }
        let shown = Shown {
            message,
            severity,
            help,
            code,
            source: NamedSource::new(name, Arc::clone(indexed)),
            primary,
            labels,
        };
        let mut drawn = String::new();
        if handler.render_report(&mut drawn, &shown).is_err() {
            let message = terminal(&d.message);
            drawn = format!("{}: {message} [{}]\n", location(d, index), shown.code);
        }
        out.push_str(&drawn);
    }
}

fn severity(severity: Severity) -> miette::Severity {
    match severity {
        Severity::Error => miette::Severity::Error,
        Severity::Warning => miette::Severity::Warning,
        Severity::Info => miette::Severity::Advice,
    }
}

/// `file:line:col`, the form editors and terminals turn into links.
fn location(d: &Diagnostic, index: &LineIndex) -> String {
    let at = index.locate(d.span);
    format!("{}:{}:{}", terminal(&d.file), at.line, at.column)
}

struct Shown<'a> {
    /// Escaped and wrapped, as is the hint.
    message: Cow<'a, str>,
    severity: miette::Severity,
    help: Option<Cow<'a, str>>,
    code: String,
    source: NamedSource<Arc<Indexed>>,
    /// Spans in `source`, which may have had long lines cut.
    primary: Range<usize>,
    labels: Vec<(Range<usize>, &'a str)>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(self.severity)
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_deref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(
            Some("here".into()),
            SourceSpan::from(self.primary.clone()),
        );
        let secondary = self.labels.iter().map(|(s, text)| {
            LabeledSpan::new_with_span(
                Some(terminal(text).into_owned()),
                SourceSpan::from(s.clone()),
            )
        });
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;

    const NAME: &str = "nonconformities/NC-2026-001.yaml";

    fn drawn(
        handler: &GraphicalReportHandler,
        message: Cow<str>,
        help: Option<Cow<str>>,
        severity: miette::Severity,
    ) -> String {
        let source = Arc::new(Indexed::new(Arc::from("id: NC-2026-001\ntitle: x\n")));
        drawn_at(handler, message, help, severity, source, 4..15)
    }

    fn drawn_at(
        handler: &GraphicalReportHandler,
        message: Cow<str>,
        help: Option<Cow<str>>,
        severity: miette::Severity,
        source: Arc<Indexed>,
        primary: Range<usize>,
    ) -> String {
        let shown = Shown {
            message,
            severity,
            help,
            code: "D004 overdue".into(),
            source: NamedSource::new(NAME, source),
            primary,
            labels: Vec::new(),
        };
        let mut out = String::new();
        handler.render_report(&mut out, &shown).unwrap();
        out
    }

    /// A file's text with a span in it, on a character boundary at each end.
    fn source_and_span() -> impl Strategy<Value = (String, Range<usize>)> {
        let piece = prop::sample::select(vec![
            "key: value",
            "x",
            " ",
            "\n",
            "\n",
            "\n",
            "- item",
            "é",
            "\t",
            "\r\n",
            "\r",
            "~",
            "日本",
        ]);
        // Most files are plain ASCII and most spans are short.
        let pieces = prop::collection::vec(piece, 0..40);
        (
            pieces,
            any::<bool>(),
            any::<prop::sample::Index>(),
            0..16usize,
        )
            .prop_map(|(pieces, ascii, at, length)| {
                let text: String = pieces
                    .into_iter()
                    .filter(|p| {
                        !ascii
                            || p.bytes()
                                .all(|b| b.is_ascii_graphic() || b == b' ' || b == b'\n')
                    })
                    .collect();
                let bounds: Vec<usize> = (0..=text.len())
                    .filter(|&i| text.is_char_boundary(i))
                    .collect();
                let start = *at.get(&bounds);
                let end = bounds
                    .iter()
                    .copied()
                    .find(|&b| b >= start + length)
                    .unwrap_or(text.len());
                (text, start..end)
            })
    }

    fn plain_case(
        (text, span): &(String, Range<usize>),
        message: &str,
        help: &str,
        level: u8,
    ) -> (Option<String>, String) {
        let theme = GraphicalTheme::unicode_nocolor();
        let severity = [
            miette::Severity::Error,
            miette::Severity::Warning,
            miette::Severity::Advice,
        ][level as usize];
        let wrap = Wrap::new(&theme);
        let source = Arc::new(Indexed::new(Arc::from(text.as_str())));
        let (message, help) = (wrap.message(message, severity), wrap.help(help));
        let (Some(message), Some(help)) = (message, help) else {
            return (None, String::new());
        };
        let finding = plain::Finding {
            code: "D004 overdue",
            severity,
            message: &message,
            help: Some(&help).filter(|_| level != 1).map(|h| h.as_ref()),
            name: NAME,
            span: span.clone(),
        };
        let mut ours = String::new();
        let ours = Plain::new(&theme)
            .draw(&finding, &source, &mut ours)
            .then_some(ours);
        let help = finding.help.map(Cow::Borrowed);
        let theirs = drawn_at(
            &handler(theme, false),
            message.clone(),
            help,
            severity,
            source,
            span.clone(),
        );
        (ours, theirs)
    }

    /// The property below is not vacuous: most one-line spans of plain
    /// text are drawn without miette.
    #[test]
    fn plain_draws_most_cases() {
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let drawn = (0..1000)
            .filter(|_| {
                let case = source_and_span().new_tree(&mut runner).unwrap().current();
                plain_case(&case, "closure is overdue", "finish it", 0)
                    .0
                    .is_some()
            })
            .count();
        assert!(drawn > 150, "{drawn} of 1000");
    }

    fn text() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "closure",
            "is",
            "`8.2`",
            "NC-2026-0012,",
            "Überprüfung",
            "日本語の説明",
            "a\tb",
            "",
            "https://example.com/a/very/long/path/that/does/not/fit/on/one/line/of/the/drawing/at/all/even/alone",
        ]);
        // Texts with line breaks of their own are left to miette.
        let gap = prop::sample::select(vec![" ", " ", " ", "  ", " \t"]);
        prop::collection::vec((word, gap), 0..60)
            .prop_map(|parts| parts.into_iter().flat_map(|(w, g)| [w, g]).collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// What is drawn without miette is what miette draws.
        #[test]
        fn plain_as_miette_draws(case in source_and_span(), message in text(), help in text(), level in 0..3u8) {
            if let (Some(ours), theirs) = plain_case(&case, &message, &help, level) {
                prop_assert_eq!(ours, theirs);
            }
        }

        /// Wrapping before miette draws gives what miette's own wrapping gives.
        #[test]
        fn wrapped_as_miette_wraps(message in text(), help in text(), color: bool, level in 0..3u8) {
            let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
            let severity = [miette::Severity::Error, miette::Severity::Warning, miette::Severity::Advice][level as usize];
            let wrap = Wrap::new(&theme);
            let by_miette = drawn(&handler(theme.clone(), true), Cow::Borrowed(&message), Some(Cow::Borrowed(&help)), severity);
            if let (Some(m), Some(h)) = (wrap.message(&message, severity), wrap.help(&help)) {
                prop_assert_eq!(by_miette, drawn(&handler(theme, false), m, Some(h), severity));
            }
        }
    }
}

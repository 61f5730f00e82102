//! `--format human`: miette's graphical diagnostics, one per finding, with
//! the source lines and the offending value underlined, then a summary.

use std::fmt;
use std::io::Write;
use std::ops::Range;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use super::shorten::Shortened;
use super::snippet::Indexed;
use crate::diagnostic::{Diagnostic, Severity};
use crate::escape::terminal;
use crate::lint::Report;
use crate::span::{LineIndex, Position};

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
    // A fixed width keeps output identical across terminals (and in CI logs).
    // Wrapping at ASCII spaces, not by Unicode line-break rules: those cost
    // more than the rest of the drawing, and record text wraps the same.
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false)
        .with_context_lines(1)
        .with_word_separator(textwrap::WordSeparator::AsciiSpace)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_break_words(false);
    // Files are drawn in parallel, a batch at a time, so that a register
    // with many thousands of findings is neither slow nor held in memory.
    let mut by_file: Vec<&[Diagnostic]> = report
        .diagnostics
        .chunk_by(|a, b| a.file == b.file)
        .collect();
    while !by_file.is_empty() {
        let batch: Vec<_> = by_file.drain(..by_file.len().min(1024)).collect();
        let drawn = crate::parallel::map(batch, |group| render_file(&handler, report, group));
        for text in drawn {
            out.write_all(text.as_bytes())?;
        }
    }
    if !quiet {
        writeln!(out, "{}", super::summary_line(report))?;
    }
    Ok(())
}

/// The diagnostics of one file, which share its (escaped, shortened) text.
fn render_file(handler: &GraphicalReportHandler, report: &Report, group: &[Diagnostic]) -> String {
    let Some(first) = group.first() else {
        return String::new();
    };
    let text = report.sources.text(&first.file);
    let index = LineIndex::new(&text);
    // Same-length replacements keep the spans valid.
    let source = Shortened::new(&terminal(&text));
    let indexed = Arc::new(Indexed::new(Arc::clone(&source.text)));
    let mut drawn = String::new();
    for d in group {
        let at = index.locate(d.span);
        drawn.push_str(&render_one(handler, d, at, Some((&source, &indexed))));
        drawn.push('\n');
    }
    drawn
}

/// One diagnostic as miette draws it, with the file's source; with its
/// location only when its span lies in a part of a long line that was cut.
fn render_one(
    handler: &GraphicalReportHandler,
    d: &Diagnostic,
    at: Position,
    source: Option<(&Shortened, &Arc<Indexed>)>,
) -> String {
    let spans = source.and_then(|(s, indexed)| {
        let primary = s.span(d.span.range())?;
        let labels = d
            .labels
            .iter()
            .filter_map(|(span, text)| Some((s.span(span.range())?, text.as_str())))
            .collect();
        Some((Arc::clone(indexed), primary, labels))
    });
    let mut out = String::new();
    let code = format!("{} {}", d.code.as_str(), d.code.name());
    let Some((text, primary, labels)) = spans else {
        return format!("{}: {} [{code}]\n", location(d, at), terminal(&d.message));
    };
    let shown = Shown {
        d,
        code,
        source: NamedSource::new(terminal(&d.file), text),
        primary,
        labels,
    };
    if handler.render_report(&mut out, &shown).is_err() {
        out = format!(
            "{}: {} [{}]\n",
            location(d, at),
            terminal(&d.message),
            shown.code
        );
    }
    out
}

/// `file:line:col`, the form editors and terminals turn into links.
fn location(d: &Diagnostic, at: Position) -> String {
    format!("{}:{}:{}", terminal(&d.file), at.line, at.column)
}

struct Shown<'a> {
    d: &'a Diagnostic,
    code: String,
    source: NamedSource<Arc<Indexed>>,
    /// Spans in `source`, which may have had long lines cut.
    primary: Range<usize>,
    labels: Vec<(Range<usize>, &'a str)>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&terminal(&self.d.message))
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&terminal(&self.d.message))
    }
}

impl std::error::Error for Shown<'_> {}

impl miette::Diagnostic for Shown<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.d.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.d
            .help
            .as_ref()
            .map(|h| Box::new(terminal(h).into_owned()) as Box<dyn fmt::Display>)
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

//! `--format human`: miette's graphical diagnostics, one per finding, with
//! the source lines and the offending value underlined, then a summary.

use std::fmt;
use std::io::Write;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::diagnostic::{Diagnostic, Severity};
use crate::escape::terminal;
use crate::lint::Report;
use crate::span::Position;

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
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false)
        .with_context_lines(1);
    // Diagnostics come sorted by file: each file's text is shared by all of
    // its diagnostics, and only files with diagnostics are copied at all.
    let mut source: Option<(&str, Arc<str>)> = None;
    for (d, at) in report.located() {
        if source.as_ref().is_none_or(|(file, _)| *file != d.file) {
            let text = report.sources.get(&d.file).map_or("", String::as_str);
            // Same-length replacements keep the spans valid.
            source = Some((d.file.as_str(), Arc::from(terminal(text).as_ref())));
        }
        let text = source
            .as_ref()
            .map_or_else(|| Arc::from(""), |(_, t)| Arc::clone(t));
        out.write_all(render_one(&handler, d, at, text).as_bytes())?;
        out.write_all(b"\n")?;
    }
    if !quiet {
        writeln!(out, "{}", super::summary_line(report))?;
    }
    Ok(())
}

/// One diagnostic as miette draws it; `text` is the file's source.
fn render_one(
    handler: &GraphicalReportHandler,
    d: &Diagnostic,
    at: Position,
    text: Arc<str>,
) -> String {
    let shown = Shown {
        d,
        code: format!("{} {}", d.code.as_str(), d.code.name()),
        source: NamedSource::new(terminal(&d.file), text),
    };
    let mut out = String::new();
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
    source: NamedSource<Arc<str>>,
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
        let span = |s: crate::span::Span| SourceSpan::from(s.range());
        let primary = LabeledSpan::new_primary_with_span(Some("here".into()), span(self.d.span));
        let secondary = self.d.labels.iter().map(move |(s, text)| {
            LabeledSpan::new_with_span(Some(terminal(text).into_owned()), span(*s))
        });
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}

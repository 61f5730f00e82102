//! `--format human`: miette's graphical diagnostics, one per finding, with
//! the source lines and the offending value underlined, then a summary.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::Report;

pub fn render(report: &Report, color: bool, quiet: bool) -> String {
    let mut out = String::new();
    for d in &report.diagnostics {
        let text = report.sources.get(&d.file).map_or("", String::as_str);
        out.push_str(&render_one(d, text, color));
        out.push('\n');
    }
    if !quiet {
        out.push_str(&super::summary_line(report));
        out.push('\n');
    }
    out
}

/// One diagnostic as miette draws it; `text` is the file's source.
pub fn render_one(d: &Diagnostic, text: &str, color: bool) -> String {
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
    let shown = Shown {
        d,
        code: format!("{} {}", d.rule.code, d.rule.name),
        source: NamedSource::new(&d.file, text.to_string()),
    };
    let mut out = String::new();
    if handler.render_report(&mut out, &shown).is_err() {
        out = format!("{}: {} [{}]\n", location(d), d.message, shown.code);
    }
    out
}

/// `file:line:col`, the form editors and terminals turn into links.
fn location(d: &Diagnostic) -> String {
    format!("{}:{}:{}", d.file, d.span.line, d.span.column)
}

struct Shown<'a> {
    d: &'a Diagnostic,
    code: String,
    source: NamedSource<String>,
}

impl fmt::Debug for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.d.message)
    }
}

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.d.message)
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
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = |s: crate::span::Span| SourceSpan::from(s.start..s.end.max(s.start));
        let primary = LabeledSpan::new_primary_with_span(Some("here".into()), span(self.d.span));
        let secondary = self
            .d
            .labels
            .iter()
            .map(move |(s, text)| LabeledSpan::new_with_span(Some(text.clone()), span(*s)));
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}

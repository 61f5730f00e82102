//! The common finding drawn without miette: one label, on one line of
//! printable ASCII, without colour, its message and hint already wrapped.
//!
//! Miette's drawing is general (many labels, spans across lines, tabs, wide
//! characters, styles) and was a fifth of lint's time on a register with
//! many findings, nearly all of them this simple case. This writes the same
//! bytes for that case, and the tests hold it to miette's drawing; any other
//! finding gets `None` and is miette's to draw.

use std::fmt::Write;
use std::ops::Range;

use miette::{GraphicalTheme, Severity, ThemeCharacters};

use super::snippet::Indexed;

pub struct Plain {
    chars: ThemeCharacters,
}

/// What a finding shows, in the terms miette is given it.
pub struct Finding<'a> {
    /// "D004 overdue".
    pub code: &'a str,
    pub severity: Severity,
    /// Broken into lines as miette would break it (`wrap::Wrap`).
    pub message: &'a str,
    pub help: Option<&'a str>,
    /// The file's name, shown in the snippet's header.
    pub name: &'a str,
    /// The primary label's span in the source, labelled "here".
    pub span: Range<usize>,
}

impl Plain {
    /// For a theme without colour, which is the only one drawn here.
    pub fn new(theme: &GraphicalTheme) -> Plain {
        Plain {
            chars: theme.characters.clone(),
        }
    }

    pub fn draw(&self, finding: &Finding, source: &Indexed) -> Option<String> {
        let c = &self.chars;
        let span = &finding.span;
        if span.is_empty() {
            return None;
        }
        let n = source.line_at(span.start)?;
        let (line_start, line) = source.line(n)?;
        if span.end > line_start + line.len() {
            return None;
        }
        // The line before and the line after, as miette's one line of context.
        let shown: Vec<(usize, &str)> = n
            .checked_sub(1)
            .and_then(|before| source.line(before))
            .map(|(_, text)| (n, text))
            .into_iter()
            .chain([(n + 1, line)])
            .chain(source.line(n + 1).map(|(_, text)| (n + 2, text)))
            .collect();
        let printable = |text: &str| text.bytes().all(|b| (b' '..=b'~').contains(&b));
        if !shown.iter().all(|(_, text)| printable(text)) {
            return None;
        }
        let width = shown
            .last()
            .map_or(1, |(number, _)| number.to_string().len());
        let pad = " ".repeat(width + 2);
        let rule = |n: usize| c.underline.to_string().repeat(n);

        let mut out = String::with_capacity(512);
        let mark = match finding.severity {
            Severity::Error => &c.error,
            Severity::Warning => &c.warning,
            Severity::Advice => &c.advice,
        };
        writeln!(out, "{}\n", finding.code).ok()?;
        for (i, text) in finding.message.split('\n').enumerate() {
            match i {
                0 => writeln!(out, "  {mark} {text}"),
                _ => writeln!(out, "  {} {text}", c.vbar),
            }
            .ok()?;
        }
        let column = span.start - line_start + 1;
        writeln!(
            out,
            "{pad}{}{}[{}:{}:{column}]",
            c.ltop,
            c.hbar,
            finding.name,
            n + 1
        )
        .ok()?;
        for (number, text) in &shown {
            writeln!(out, " {number:>width$} {} {text}", c.vbar).ok()?;
            if *number == n + 1 {
                let (start, end) = (span.start - line_start, span.end - line_start);
                let middle = (start + end) / 2;
                let gutter = format!(" {:width$} {} ", "", c.vbar_break);
                writeln!(
                    out,
                    "{gutter}{:start$}{}{}{}",
                    "",
                    rule(middle - start),
                    c.underbar,
                    rule(end - middle - 1)
                )
                .ok()?;
                writeln!(
                    out,
                    "{gutter}{:middle$}{}{}{} here",
                    "", c.lbot, c.hbar, c.hbar
                )
                .ok()?;
            }
        }
        writeln!(out, "{pad}{}{}", c.lbot, c.hbar.to_string().repeat(4)).ok()?;
        for (i, text) in finding.help.iter().flat_map(|h| h.split('\n')).enumerate() {
            match i {
                0 => writeln!(out, "  help: {text}"),
                _ => writeln!(out, "        {text}"),
            }
            .ok()?;
        }
        Some(out)
    }
}

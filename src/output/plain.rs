//! The common finding drawn without miette: one label, on one line of
//! printable ASCII, without colour, its message and hint already wrapped.
//!
//! Miette's drawing is general (many labels, spans across lines, tabs, wide
//! characters, styles) and was a fifth of lint's time on a register with
//! many findings, nearly all of them this simple case. This writes the same
//! bytes for that case, and the tests hold it to miette's drawing; any other
//! finding gets `None` and is miette's to draw.

use std::ops::Range;

use miette::{GraphicalTheme, Severity, ThemeCharacters};

use super::snippet::Indexed;

pub struct Plain {
    chars: ThemeCharacters,
    /// A message's first indent, by severity, and the indent of its others.
    marks: [String; 3],
    rest: String,
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
        let c = &theme.characters;
        Plain {
            marks: [&c.error, &c.warning, &c.advice].map(|mark| format!("  {mark} ")),
            rest: format!("  {} ", c.vbar),
            chars: c.clone(),
        }
    }

    /// Appends the drawing of `finding` to `out` and says so; leaves `out`
    /// as it was and says no when the finding is not one drawn here.
    pub fn draw(&self, finding: &Finding, source: &Indexed, out: &mut String) -> bool {
        let span = &finding.span;
        let Some(n) = source.line_at(span.start).filter(|_| !span.is_empty()) else {
            return false;
        };
        let Some((line_start, line)) = source.line(n) else {
            return false;
        };
        if span.end > line_start + line.len() {
            return false;
        }
        // The line before and the line after, as miette's one line of context.
        let before = n
            .checked_sub(1)
            .and_then(|b| source.line(b))
            .map(|(_, t)| t);
        let after = source.line(n + 1).map(|(_, t)| t);
        if ![before, Some(line), after]
            .into_iter()
            .flatten()
            .all(super::printable_ascii)
        {
            return false;
        }
        let last = if after.is_some() { n + 2 } else { n + 1 };
        let width = last.to_string().len();
        let (start, end) = (span.start - line_start, span.end - line_start);
        let c = &self.chars;
        let pad = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(' ', n));
        let gutter = |out: &mut String| {
            pad(out, width + 2);
            out.push(c.vbar_break);
            out.push(' ');
        };
        let numbered = |out: &mut String, number: usize, text: &str| {
            let number = number.to_string();
            pad(out, width + 1 - number.len());
            out.push_str(&number);
            out.push(' ');
            out.push(c.vbar);
            out.push(' ');
            out.push_str(text);
            out.push('\n');
        };
        let indented = |out: &mut String, text: &str, first: &str, rest: &str| {
            for (i, line) in text.split('\n').enumerate() {
                out.push_str(if i == 0 { first } else { rest });
                out.push_str(line);
                out.push('\n');
            }
        };

        out.push_str(finding.code);
        out.push_str("\n\n");
        let mark = match finding.severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Advice => 2,
        };
        indented(out, finding.message, &self.marks[mark], &self.rest);
        pad(out, width + 2);
        out.push(c.ltop);
        out.push(c.hbar);
        out.push('[');
        out.push_str(finding.name);
        out.push_str(&format!(":{}:{}]\n", n + 1, start + 1));
        if let Some(before) = before {
            numbered(out, n, before);
        }
        numbered(out, n + 1, line);
        let middle = (start + end) / 2;
        gutter(out);
        pad(out, start);
        out.extend(std::iter::repeat_n(c.underline, middle - start));
        out.push(c.underbar);
        out.extend(std::iter::repeat_n(c.underline, end - middle - 1));
        out.push('\n');
        gutter(out);
        pad(out, middle);
        out.extend([c.lbot, c.hbar, c.hbar]);
        out.push_str(" here\n");
        if let Some(after) = after {
            numbered(out, n + 2, after);
        }
        pad(out, width + 2);
        out.push(c.lbot);
        out.extend(std::iter::repeat_n(c.hbar, 4));
        out.push('\n');
        if let Some(help) = finding.help {
            indented(out, help, "  help: ", "        ");
        }
        true
    }
}

//! The one diagnostic type every rule produces and every output format reads.

use std::fmt;

use crate::rules::Rule;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub message: String,
    /// Path relative to the repository root (or the register root outside git),
    /// with `/` separators. Filled in by the caller that knows the file.
    pub file: String,
    pub span: Span,
    pub record_id: Option<String>,
    pub help: Option<String>,
    /// Secondary locations in the same file ("first defined here").
    pub labels: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn new(rule: &'static Rule, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity: rule.severity,
            message: message.into(),
            file: String::new(),
            span,
            record_id: None,
            help: None,
            labels: Vec::new(),
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Places a register-wide finding in a record's file.
    pub fn at(mut self, file: &str, record: &crate::record::Record) -> Self {
        self.file = file.to_string();
        self.record_id = record.id.as_ref().map(|i| i.value.clone());
        self
    }

    pub fn label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push((span, text.into()));
        self
    }
}

/// The order of every report: by file, position, then rule code.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| (&a.file, a.span, a.rule.code).cmp(&(&b.file, b.span, b.rule.code)));
}

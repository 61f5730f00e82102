//! The one diagnostic type every rule produces and every output format reads.

use crate::codes::Code;
pub use crate::codes::Severity;
use crate::span::Span;
use std::borrow::Cow;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    /// Path relative to the repository root (or the register root outside git),
    /// with `/` separators. Filled in by the caller that knows the file;
    /// shared by the file's findings, which may be thousands.
    pub file: Arc<str>,
    pub span: Span,
    pub record_id: Option<String>,
    /// Most hints are the rule's fixed text: borrowed, not copied into
    /// each of a register's thousands of findings.
    pub help: Option<Cow<'static, str>>,
    /// Secondary locations in the same file ("first defined here").
    pub labels: Vec<(Span, String)>,
    /// What the finding is about when its message changes from day to day
    /// (the field of an overdue deadline): code scanning's fingerprint uses it.
    pub key: Option<String>,
}

/// A message quotes values from the file; a 40,000-character value must
/// not make a 40,000-character message. Cut in the middle, so both the
/// start and the end of what was said stay readable.
fn bounded(message: String) -> String {
    const KEEP: usize = 200;
    let count = message.chars().count();
    if count <= 2 * KEEP + 50 {
        return message;
    }
    let head: String = message.chars().take(KEEP).collect();
    let tail: String = message.chars().skip(count - KEEP).collect();
    format!(
        "{head} … ({} characters left out) … {tail}",
        count - 2 * KEEP
    )
}

impl Diagnostic {
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: code.severity(),
            message: bounded(message.into()),
            file: Arc::from(""),
            span,
            record_id: None,
            help: None,
            labels: Vec::new(),
            key: None,
        }
    }

    pub fn help(mut self, help: impl Into<Cow<'static, str>>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Places a register-wide finding in a record's file.
    pub fn at(mut self, file: &str, record_id: Option<&str>) -> Self {
        self.file = file.into();
        self.record_id = record_id.map(str::to_string);
        self
    }

    /// A stable identity for a finding whose message counts days.
    pub fn keyed(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    pub fn label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push((span, text.into()));
        self
    }
}

/// The order of every report: by file, position, then rule code.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.file, a.span, a.code.as_str()).cmp(&(&b.file, b.span, b.code.as_str()))
    });
}

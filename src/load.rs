//! Reading one file from disk into a YAML tree, refusing what is not a
//! readable YAML text: too large, unreadable, binary, not UTF-8, empty, or
//! not a mapping. Every refusal is an S001 diagnostic with a location.

use std::io::Read;
use std::path::Path;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::LineIndex;
use crate::yaml::{self, Node, NodeKind, duplicate_keys};

/// Records are a page or two of YAML; anything far larger is a mistake or an
/// attack, and is refused before it is parsed.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

pub struct Loaded {
    /// The file's text as far as it could be decoded (for showing source lines).
    pub text: String,
    /// The document's root mapping, when the file is a YAML mapping.
    pub root: Option<Node>,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn load(path: &Path) -> Loaded {
    match read_text(path) {
        Ok(text) => parse(text),
        Err(refusal) => {
            let span = LineIndex::new(&refusal.text).line_span(refusal.line);
            let diagnostic = Diagnostic::new(Code::S001, span, refusal.message).help(refusal.help);
            Loaded {
                text: refusal.text,
                root: None,
                diagnostics: vec![diagnostic],
            }
        }
    }
}

/// The text `load` shows for a file, read again: the same function of the
/// file's bytes, so spans found at load time still point into it.
/// Only a regular file is read: ncreg refuses links, FIFOs and devices at
/// load (a FIFO would block, a link could show a file outside the register).
pub fn text_of(path: &Path) -> String {
    if !std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
        return String::new();
    }
    read_text(path).unwrap_or_else(|refusal| refusal.text)
}

/// Why a file's bytes are not a text ncreg will parse.
struct Refusal {
    /// As much of the file as can be shown.
    text: String,
    line: usize,
    message: String,
    help: &'static str,
}

/// Parses a text already in memory (a file, or a blob from git).
pub fn parse(text: String) -> Loaded {
    let mut diagnostics = Vec::new();
    let root = match yaml::parse(&text) {
        Err(e) => {
            diagnostics.push(Diagnostic::new(Code::S001, e.span, e.message).help(
                "fix the YAML syntax here; indent with spaces, quote values that contain `: ` or start with a special character",
            ));
            None
        }
        Ok(node) => match &node.kind {
            NodeKind::Map(_) => {
                diagnostics.extend(duplicate_key_diagnostics(&node));
                Some(node)
            }
            NodeKind::Null => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::S001,
                        LineIndex::new(&text).line_span(1),
                        "the file holds no YAML document",
                    )
                    .help("start from `ncreg new`, or copy an existing record"),
                );
                None
            }
            NodeKind::Seq(_) | NodeKind::Scalar(_) => {
                let found = if matches!(node.kind, NodeKind::Seq(_)) {
                    "a list"
                } else {
                    "a single value"
                };
                diagnostics.push(
                    Diagnostic::new(
                        Code::S004,
                        node.span,
                        format!("the document must be a mapping of fields, found {found}"),
                    )
                    .help("a record is a mapping such as `id: NC-2026-001` / `title: ...`; one record per file"),
                );
                None
            }
        },
    };
    Loaded {
        text,
        root,
        diagnostics,
    }
}

/// S006: keys written twice in one mapping (YAML parsers silently keep one).
fn duplicate_key_diagnostics(root: &Node) -> Vec<Diagnostic> {
    duplicate_keys(root)
        .into_iter()
        .map(|dup| {
            Diagnostic::new(
                Code::S006,
                dup.entry.key_span,
                format!("`{}` appears twice in the same mapping", dup.entry.key),
            )
            .label(dup.first, "first written here")
            .help("keep one of the two: other YAML tools would silently use only one of them")
        })
        .collect()
}

/// The file's text, or the text to show and the reason it cannot be used.
fn read_text(path: &Path) -> Result<String, Refusal> {
    let refuse = |text: String, line: usize, message: String, help: &'static str| {
        Err(Refusal {
            text,
            line,
            message,
            help,
        })
    };
    let file = std::fs::File::open(path);
    let size = file
        .as_ref()
        .ok()
        .and_then(|f| f.metadata().ok())
        .map_or(0, |m| m.len());
    if size > MAX_FILE_BYTES {
        let message = format!(
            "the file is {:.1} MiB; a record file may be at most {} MiB",
            size as f64 / (1024.0 * 1024.0),
            MAX_FILE_BYTES / (1024 * 1024)
        );
        return refuse(
            String::new(),
            1,
            message,
            "keep evidence in evidence/ and link it; a record holds text only",
        );
    }
    let mut bytes = Vec::with_capacity(size as usize + 1);
    if let Err(e) = file.and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)) {
        return refuse(
            String::new(),
            1,
            format!("cannot read the file: {e}"),
            "check the file's permissions",
        );
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        let text = String::from_utf8_lossy(&bytes[..pos]).into_owned();
        let line = text.matches('\n').count() + 1;
        return refuse(
            text,
            line,
            "the file is binary (it contains a NUL byte)".into(),
            "records are UTF-8 text files",
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let bytes = e.as_bytes();
            let at = e.utf8_error().valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let message = format!(
                "the file is not UTF-8 text (byte 0x{:02X} on line {line})",
                bytes[at]
            );
            let text = String::from_utf8_lossy(bytes).into_owned();
            refuse(
                text,
                line,
                message,
                "save the file as UTF-8 (most editors: \"Save with encoding\")",
            )
        }
    }
}

//! `--format json`: the stable machine-readable form of SPEC §4.

use std::io::Write;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::Report;
use crate::span::Position;
use crate::streamed::Streamed;

#[derive(Serialize)]
struct Document<'a, D> {
    version: u32,
    diagnostics: D,
    summary: Summary<'a>,
}

#[derive(Serialize)]
struct Entry<'a> {
    rule: &'static str,
    name: &'static str,
    severity: &'static str,
    message: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    record_id: Option<&'a str>,
    help: Option<&'a str>,
}

#[derive(Serialize)]
struct Summary<'a> {
    errors: usize,
    warnings: usize,
    infos: usize,
    records: usize,
    files: usize,
    /// Editor lock and backup files that were not read.
    skipped: &'a [String],
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let located = report.located();
    let doc = Document {
        version: 1,
        diagnostics: Streamed(|| located.iter().map(|&(d, at)| entry(d, at))),
        summary: Summary {
            errors: report.count(Severity::Error),
            warnings: report.count(Severity::Warning),
            infos: report.count(Severity::Info),
            records: report.records,
            files: report.files,
            skipped: &report.skipped,
        },
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

fn entry(d: &Diagnostic, at: Position) -> Entry<'_> {
    Entry {
        rule: d.code.as_str(),
        name: d.code.name(),
        severity: d.severity.as_str(),
        message: &d.message,
        file: &d.file,
        line: at.line,
        column: at.column,
        end_line: at.end_line,
        end_column: at.end_column,
        record_id: d.record_id.as_deref(),
        help: d.help.as_deref(),
    }
}

//! `--format codeclimate`: the GitLab Code Quality report (a JSON array of
//! Code Climate issues).

use std::io::Write;

use serde::Serialize;

use crate::diagnostic::Severity;
use crate::lint::Report;
use crate::streamed::Streamed;

#[derive(Serialize)]
struct Issue<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    check_name: String,
    description: String,
    categories: [&'static str; 1],
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let located = report.located();
    let issues = Streamed(|| {
        located
            .iter()
            .zip(super::fingerprint::all(&report.diagnostics))
            .map(|(&(d, at), fingerprint)| Issue {
                kind: "issue",
                check_name: format!("{} {}", d.code.as_str(), d.code.name()),
                description: d.message.clone(),
                categories: ["Bug Risk"],
                fingerprint,
                severity: match d.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                    Severity::Info => "info",
                },
                location: Location {
                    path: &d.file,
                    lines: Lines {
                        begin: at.line,
                        end: at.end_line,
                    },
                },
            })
    });
    serde_json::to_writer_pretty(&mut *out, &issues)?;
    out.write_all(b"\n")
}

//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. The model
//! is a handful of serde structs (as cargo-deny does) rather than a crate
//! generated from the whole schema.

use std::io::Write;

use serde::Serialize;

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::lint::Report;
use crate::span::Position;
use crate::streamed::Streamed;

#[derive(Serialize)]
struct Log<R> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<R>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<R> {
    tool: Tool,
    column_kind: &'static str,
    results: R,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<RuleDescriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleDescriptor {
    id: &'static str,
    name: &'static str,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: &'static str,
    markdown: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    partial_fingerprints: Fingerprints,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
}

#[derive(Serialize)]
struct Fingerprints {
    #[serde(rename = "ncreg/v1")]
    ncreg: String,
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let located = report.located();
    let results = Streamed(|| {
        located
            .iter()
            .zip(super::fingerprint::all(&report.diagnostics))
            .map(|(&(d, at), fingerprint)| result(d, at, fingerprint))
    });
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [Run {
            tool: Tool {
                driver: Driver {
                    name: "ncreg",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: Code::ALL.iter().map(|c| descriptor(*c)).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    out.write_all(b"\n")
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn descriptor(code: Code) -> RuleDescriptor {
    RuleDescriptor {
        id: code.as_str(),
        name: code.name(),
        short_description: Text {
            text: format!("{} {}", code, code.name()),
        },
        full_description: Text {
            text: code.summary().to_string(),
        },
        help: Help {
            text: code.docs(),
            markdown: code.docs(),
        },
        default_configuration: Configuration {
            level: level(code.severity()),
        },
    }
}

fn result(d: &Diagnostic, at: Position, fingerprint: String) -> SarifResult {
    let text = match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    };
    SarifResult {
        rule_id: d.code.as_str(),
        rule_index: Code::ALL.iter().position(|c| *c == d.code).unwrap_or(0),
        level: level(d.severity),
        message: Text { text },
        locations: [Location {
            physical_location: PhysicalLocation {
                artifact_location: ArtifactLocation {
                    uri: crate::escape::uri_path(&d.file),
                },
                region: Region {
                    start_line: at.line,
                    start_column: at.column,
                    end_line: at.end_line,
                    // Exclusive, as SARIF defines it: the column after the last character.
                    end_column: at.end_column,
                },
            },
        }],
        partial_fingerprints: Fingerprints { ncreg: fingerprint },
    }
}

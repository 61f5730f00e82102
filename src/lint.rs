//! `ncreg lint`: load every record, run every check, apply waivers and the
//! configured severities, and hand one list of diagnostics to the outputs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::analysis::Phrases;
use crate::diagnostic::{Diagnostic, Severity};
use crate::discover::{self, Found};
use crate::load::{self, Loaded};
use crate::reader::Sink;
use crate::record::{self, Record};
use crate::register::Register;
use crate::rules::{self, Context, Subject, structure::yaml_syntax};
use crate::span::LineIndex;
use crate::waivers;

pub struct Report {
    /// Sorted by file, position and rule code.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that held a readable record.
    pub records: usize,
    /// Files checked.
    pub files: usize,
    /// Display path -> text, for showing source lines.
    pub sources: BTreeMap<String, String>,
}

impl Report {
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

struct Checked {
    path: PathBuf,
    file: String,
    text: String,
    record: Option<Record>,
    diagnostics: Vec<Diagnostic>,
}

/// Lints the register. `only` restricts the report to those files or folders
/// (absolute paths); register-wide rules still see every record.
pub fn run(register: &Register, as_of: NaiveDate, only: &[PathBuf]) -> Result<Report, String> {
    let dir = register.records_dir();
    if !dir.is_dir() {
        return Err(format!(
            "there is no records folder `{}` in {} (set `records_dir` in ncreg.yaml, or run `ncreg init`)",
            register.config.records_dir,
            register.location.root.display()
        ));
    }
    let mut paths = discover::record_files(&dir);
    let config_file = register.location.config_file.as_deref();
    for extra in only
        .iter()
        .filter(|p| p.is_file() && discover::is_yaml(p) && Some(p.as_path()) != config_file)
    {
        if !paths
            .iter()
            .any(|f| matches!(f, Found::Record(p) if p == extra))
        {
            paths.push(Found::Record(extra.clone()));
        }
    }
    let custom;
    let phrases = if register.config.shallow_phrases.add.is_empty()
        && register.config.shallow_phrases.remove.is_empty()
    {
        Phrases::builtin()
    } else {
        custom = Phrases::new(&register.config.shallow_phrases)?;
        &custom
    };
    let ctx = Context {
        phrases,
        config: &register.config,
        catalogues: &register.catalogues,
        as_of,
        root: &register.location.root,
        repo_root: register
            .location
            .repo_root
            .as_deref()
            .unwrap_or(&register.location.root),
    };
    let mut checked: Vec<Checked> = paths
        .into_iter()
        .map(|f| check_file(register, &ctx, f))
        .collect();

    let pairs: Vec<(&str, &Record)> = checked
        .iter()
        .filter_map(|c| c.record.as_ref().map(|r| (c.file.as_str(), r)))
        .collect();
    let mut register_wide: Vec<Diagnostic> = rules::REGISTER_CHECKS
        .iter()
        .flat_map(|check| check(&pairs, &ctx))
        .collect();
    for c in &mut checked {
        c.diagnostics
            .extend(register_wide.extract_if(.., |d| d.file == c.file));
    }

    let selected = |path: &Path| only.is_empty() || only.iter().any(|o| path.starts_with(o));
    let mut report = Report {
        diagnostics: Vec::new(),
        records: 0,
        files: 0,
        sources: BTreeMap::new(),
    };
    for c in checked.into_iter().filter(|c| selected(&c.path)) {
        report.files += 1;
        report.records += usize::from(c.record.is_some());
        for mut d in c.diagnostics {
            if c.record.as_ref().is_some_and(|r| waivers::waives(r, &d)) {
                continue;
            }
            let Some(severity) = register.config.severity(d.rule) else {
                continue;
            };
            d.severity = severity;
            d.file.clone_from(&c.file);
            d.record_id = c
                .record
                .as_ref()
                .and_then(|r| r.id.as_ref())
                .map(|i| i.value.clone());
            report.diagnostics.push(d);
        }
        report.sources.insert(c.file, c.text);
    }
    crate::diagnostic::sort(&mut report.diagnostics);
    Ok(report)
}

fn check_file(register: &Register, ctx: &Context, found: Found) -> Checked {
    let (path, loaded) = match found {
        Found::Record(path) => {
            let loaded = load::load(&path);
            (path, loaded)
        }
        Found::Symlink(path) => {
            let message =
                "the file is a symbolic link; ncreg does not follow links in the register";
            let help = "a link could lead outside the repository: keep the record itself in the records folder";
            (path, refused(message, help))
        }
        Found::Unreadable(path, reason) => {
            let message = format!("cannot read this part of the register: {reason}");
            (
                path,
                refused(&message, "check the permissions of the folder"),
            )
        }
    };
    let mut sink = Sink {
        diagnostics: loaded.diagnostics,
        ..Sink::default()
    };
    let record = loaded
        .root
        .as_ref()
        .and_then(|root| record::read(root, &mut sink));
    let mut diagnostics = sink.diagnostics;
    if let Some(record) = &record {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy())
            .unwrap_or_default();
        let subject = Subject {
            record,
            file_stem: &stem,
        };
        for check in rules::RECORD_CHECKS {
            check(&subject, ctx, &mut diagnostics);
        }
        diagnostics.extend(waivers::check(record));
    }
    Checked {
        file: register.location.display_path(&path),
        path,
        text: loaded.text,
        record,
        diagnostics,
    }
}

fn refused(message: &str, help: &str) -> Loaded {
    Loaded {
        text: String::new(),
        root: None,
        diagnostics: vec![
            Diagnostic::new(&yaml_syntax::RULE, LineIndex::new("").span(0, 0), message)
                .help(help.to_string()),
        ],
    }
}

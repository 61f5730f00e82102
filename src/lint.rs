//! `ncreg lint`: load every record, run every check, apply waivers and the
//! configured severities, and hand one list of diagnostics to the outputs.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use chrono::NaiveDate;

use crate::analysis::Vocabulary;
use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Severity};
use crate::git::review::{self, Present, Version};
use crate::model::events::past_events;
use crate::model::listing::Listing;
use crate::model::record::Waiver;
use crate::register::{Loaded, Register};
use crate::rules::{self, Check, Context, Subject};
use crate::sources::Sources;
use crate::span::{LineIndex, Position};
use crate::waivers;

/// How much text lint keeps of the files with findings, for showing them.
const KEPT_TEXT_BYTES: usize = 16 * 1024 * 1024;

pub struct Report {
    /// Sorted by file, position and rule code.
    pub diagnostics: Vec<Diagnostic>,
    /// Files that held a readable record.
    pub records: usize,
    /// Files checked.
    pub files: usize,
    /// The texts of the files the diagnostics point into.
    pub sources: Sources,
    /// Editor lock and backup files that were not read (display paths).
    pub skipped: Vec<String>,
    /// Findings a record's waivers set aside: not shown by lint, listed by
    /// the register so that the auditor sees them.
    pub waived: Vec<Diagnostic>,
}

impl Report {
    /// Each diagnostic with its lines and columns, worked out once per file.
    pub fn located(&self) -> Vec<(&Diagnostic, Position)> {
        locate(&self.diagnostics, &self.sources)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Diagnostics sorted by file with their lines and columns, worked out
/// once per file.
pub fn locate<'d>(
    diagnostics: &'d [Diagnostic],
    sources: &Sources,
) -> Vec<(&'d Diagnostic, Position)> {
    // Each file is read again (lint keeps no text), so the files are
    // spread over the cores.
    let groups: Vec<&[Diagnostic]> = diagnostics.chunk_by(|a, b| a.file == b.file).collect();
    crate::parallel::map(groups, |group| {
        let text = sources.text(&group[0].file);
        let index = LineIndex::new(&text);
        group
            .iter()
            .map(|d| (d, index.locate(d.span)))
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// Lints the register. `only` restricts the report to those files or folders
/// (absolute paths); register-wide rules still see every record. With
/// `base`, the change since that git revision is checked too (H001-H005).
pub fn run(
    register: &Register,
    as_of: NaiveDate,
    only: &[PathBuf],
    base: Option<&str>,
) -> Result<Report, String> {
    // The vocabulary is compiled only for the rules that read text.
    let reads_text = [Code::R001, Code::R002, Code::R004, Code::R013, Code::R014]
        .into_iter()
        .any(|c| register.config.severity(c).is_some());
    let vocabulary = if reads_text {
        Some(Vocabulary::of(&register.config.shallow_phrases)?)
    } else {
        None
    };
    // The built-in vocabulary (which `Context::phrases` falls back to)
    // compiles beside the folder walk; the rules that read text wait for it.
    if let Some(v) = &vocabulary {
        crate::analysis::compile_in_background(matches!(v, Vocabulary::Builtin));
    }
    let phrases = match &vocabulary {
        Some(Vocabulary::Custom(custom)) => Some(&**custom),
        _ => None,
    };
    let ctx = Context {
        phrases,
        config: &register.config,
        catalogues: &register.catalogues,
        as_of,
        root: &register.location.root,
        repo_root: register.location.repo_or_root(),
    };
    let enabled: Vec<Check> = rules::enabled(&register.config).collect();
    // Record checks run as each file is read; register checks once all are.
    let mut record_checks: Vec<rules::RecordCheck> = Vec::new();
    let mut register_checks: Vec<rules::RegisterCheck> = Vec::new();
    for check in &enabled {
        match check {
            Check::Record(f) => record_checks.push(*f),
            Check::Register(f) => register_checks.push(*f),
            Check::Parse | Check::Git(_) => {}
        }
    }
    // Each file is checked as soon as it is read. Its text is kept for
    // showing its findings while the texts kept stay under a budget; past
    // it, a file is read again when shown, so that a register of 50,000
    // records is not held in memory (the change under review keeps all).
    let kept = std::sync::atomic::AtomicUsize::new(0);
    let read = register.load_each(only, |mut c| {
        if let Some(record) = &c.record {
            let stem = c
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let subject = Subject::new(record, &stem, &c.text);
            for check in &record_checks {
                check(&subject, &ctx, &mut c.diagnostics);
            }
            c.diagnostics.extend(waivers::check(record));
        }
        let listing = c.record.as_deref().map(Listing::of);
        if base.is_none() {
            let size = c.text.len();
            let within = || kept.fetch_add(size, Ordering::Relaxed) + size <= KEPT_TEXT_BYTES;
            if c.diagnostics.is_empty() || !within() {
                c.text = String::new();
            }
            c.record = None;
        }
        (c, listing)
    })?;
    let checked = read.records;

    let pairs: Vec<(&str, &Listing)> = checked
        .iter()
        .filter_map(|(c, l)| l.as_ref().map(|l| (c.file.as_str(), l)))
        .collect();
    let records = rules::Records::new(&pairs);
    let mut register_wide: Vec<Diagnostic> =
        crate::parallel::each(register_checks, |check| check(&records, &ctx))
            .into_iter()
            .flatten()
            .collect();
    let base_versions = match base {
        Some(rev) => {
            let (found, versions) = since(register, rev, &checked, as_of, &enabled)?;
            register_wide.extend(found);
            versions
        }
        None => Vec::new(),
    };
    // From here on a record is read for its id and waivers only (whole
    // records were kept only for the change under review).
    let mut checked: Vec<Gathered> = checked.into_iter().map(Gathered::of).collect();
    // Files in the order of their display paths, each file's findings sorted
    // on their own, the register-wide ones handed out in the same order: that
    // is the order of `diagnostic::sort`, without a second list of findings.
    checked.sort_by(|a, b| a.loaded.file.cmp(&b.loaded.file));
    // By a key apiece: a stable sort moves the findings themselves, some
    // 150 bytes each, at every pass.
    register_wide.sort_by_cached_key(|d| d.file.clone());
    let selected = |path: &Path| only.is_empty() || only.iter().any(|o| path.starts_with(o));
    let mut report = Report {
        diagnostics: Vec::new(),
        records: 0,
        files: 0,
        sources: Sources::default(),
        waived: Vec::new(),
        skipped: read
            .skipped
            .iter()
            .map(|p| register.location.display_path(p))
            .collect(),
    };
    // Sized once: growing a list of a hundred thousand findings by doubling
    // holds two copies at the peak.
    report.diagnostics.reserve_exact(
        checked
            .iter()
            .filter(|g| selected(&g.loaded.path))
            .map(|g| g.loaded.diagnostics.len())
            .sum::<usize>()
            + register_wide.len(),
    );
    let mut wide = register_wide.into_iter().peekable();
    // Register-wide findings of files that were not read: they are gone (H001).
    let mut gone = Vec::new();
    for g in checked {
        let c = g.loaded;
        while let Some(d) = wide.next_if(|d| *d.file < *c.file) {
            gone.push(d);
        }
        let theirs = std::iter::from_fn(|| wide.next_if(|d| *d.file == *c.file));
        if !selected(&c.path) {
            theirs.for_each(drop);
            continue;
        }
        let start = report.diagnostics.len();
        let waived = report.waived.len();
        report.files += 1;
        report.records += usize::from(g.is_record);
        let file: std::sync::Arc<str> = c.file.as_str().into();
        for mut d in c.diagnostics.into_iter().chain(theirs) {
            let Some(severity) = register.config.severity(d.code) else {
                continue;
            };
            d.severity = severity;
            d.file = file.clone();
            d.record_id.clone_from(&g.id);
            if waivers::waives(&g.waivers, &d) {
                report.waived.push(d);
            } else {
                report.diagnostics.push(d);
            }
        }
        crate::diagnostic::sort(&mut report.diagnostics[start..]);
        // Only a file with findings is ever shown.
        if report.diagnostics.len() == start && report.waived.len() == waived {
            continue;
        }
        if c.text.is_empty() {
            report.sources.on_disk(c.file, c.path);
        } else {
            report.sources.keep(c.file, c.text);
        }
    }
    gone.extend(wide);
    // Shown from their text at the base.
    let gone_from = report.diagnostics.len();
    for mut d in gone {
        let Some(severity) = register.config.severity(d.code) else {
            continue;
        };
        let gone = register.location.repo_or_root().join(&*d.file);
        if selected(&gone) {
            d.severity = severity;
            let text = base_versions
                .iter()
                .find(|v| *v.file == *d.file)
                .map(|v| v.text.clone());
            report
                .sources
                .keep(d.file.to_string(), text.unwrap_or_default());
            report.diagnostics.push(d);
        }
    }
    if report.diagnostics.len() > gone_from {
        crate::diagnostic::sort(&mut report.diagnostics);
    }
    Ok(report)
}

/// A checked file once its record is no longer read whole.
struct Gathered {
    loaded: Loaded,
    is_record: bool,
    id: Option<String>,
    waivers: Vec<Waiver>,
}

impl Gathered {
    fn of((mut loaded, listing): (Loaded, Option<Listing>)) -> Gathered {
        loaded.record = None;
        let is_record = listing.is_some();
        let (id, waivers) =
            listing.map_or((None, Vec::new()), |l| (l.id.map(|i| i.value), l.waivers));
        Gathered {
            loaded,
            is_record,
            id,
            waivers,
        }
    }
}

/// The git rules: the working tree against the merge base of `rev` and
/// HEAD; also the versions at the merge base (deleted files are shown from them).
fn since(
    register: &Register,
    rev: &str,
    checked: &[(Loaded, Option<Listing>)],
    as_of: NaiveDate,
    enabled: &[Check],
) -> Result<(Vec<Diagnostic>, Vec<Version>), String> {
    let repo = crate::git::open(register)?;
    let present = checked
        .iter()
        .map(|(c, _)| Present {
            file: &c.file,
            text: &c.text,
            id: c
                .record
                .as_ref()
                .and_then(|r| r.id.as_ref())
                .map(|i| i.value.as_str()),
            past_events: c
                .record
                .as_deref()
                .map(|r| {
                    past_events(r)
                        .into_iter()
                        .filter_map(|(path, d)| d.as_ref().map(|d| (path, d.value, d.span)))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect();
    let review = review::review(&repo, rev, present, as_of, &register.config)?;
    let found = enabled
        .iter()
        .flat_map(|c| match c {
            Check::Git(check) => check(&review),
            _ => Vec::new(),
        })
        .collect();
    Ok((found, review.base))
}

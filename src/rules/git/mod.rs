//! Git rules (`lint --base REV`): the change since a base revision must not
//! corrupt the audit trail. Records are compared by id, as parsed YAML (so
//! comments and formatting do not count as edits).

pub mod backdated;
pub mod closed_record_edited;
pub mod id_changed;
pub mod id_collision;
pub mod record_deleted;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::record::Record;
use crate::rules::dates::future_date::past_events;
use crate::span::{LineIndex, Span};
use crate::yaml;

/// A record file at one side of the comparison.
pub struct Version {
    pub file: String,
    pub text: String,
    /// The id and where it is written.
    pub id: Option<(String, Span)>,
    /// Every scalar by path (`status`, `actions[2].done`).
    pub fields: Vec<(String, String, Span)>,
    /// The record's past-event dates by path (`dates::future_date::past_events`);
    /// filled for the working tree only.
    pub past_events: Vec<(String, NaiveDate, Span)>,
}

impl Version {
    pub fn parse(file: String, text: String) -> Version {
        let fields = yaml::parse(&text)
            .map(|n| yaml::flatten(&n))
            .unwrap_or_default();
        let id = fields
            .iter()
            .find(|(p, v, _)| p == "id" && !v.is_empty())
            .map(|(_, v, s)| (v.clone(), *s));
        Version {
            file,
            text,
            id,
            fields,
            past_events: Vec::new(),
        }
    }

    /// Adds the past-event dates of the typed record read from this text.
    pub fn with_past_events(mut self, record: Option<&Record>) -> Version {
        if let Some(r) = record {
            self.past_events = past_events(r)
                .into_iter()
                .filter_map(|(path, date)| date.as_ref().map(|d| (path, d.value, d.span)))
                .collect();
        }
        self
    }

    pub fn id(&self) -> Option<&str> {
        self.id.as_ref().map(|(i, _)| i.as_str())
    }

    pub fn field(&self, path: &str) -> Option<&(String, String, Span)> {
        self.fields.iter().find(|(p, _, _)| p == path)
    }

    /// Where to point when no field fits: the id, else the first line.
    pub fn anchor(&self) -> Span {
        self.id
            .as_ref()
            .map_or_else(|| LineIndex::new(&self.text).line_span(1), |(_, s)| *s)
    }
}

/// The register at the base revision and now.
pub struct Change<'a> {
    pub base_rev: &'a str,
    pub base: &'a [Version],
    pub current: &'a [Version],
    pub as_of: NaiveDate,
}

impl Change<'_> {
    pub fn current_with_id(&self, id: &str) -> Option<&Version> {
        self.current.iter().find(|v| v.id() == Some(id))
    }

    pub fn base_with_id(&self, id: &str) -> Option<&Version> {
        self.base.iter().find(|v| v.id() == Some(id))
    }

    pub fn current_file(&self, file: &str) -> Option<&Version> {
        self.current.iter().find(|v| v.file == file)
    }

    pub fn base_file(&self, file: &str) -> Option<&Version> {
        self.base.iter().find(|v| v.file == file)
    }
}

pub type GitCheck = fn(&Change) -> Vec<Diagnostic>;

pub static GIT_CHECKS: &[GitCheck] = &[
    record_deleted::check,
    closed_record_edited::check,
    id_changed::check,
    backdated::check,
    id_collision::check,
];

/// A diagnostic placed in a version's file.
pub fn at(d: Diagnostic, v: &Version) -> Diagnostic {
    let mut d = d;
    d.file = v.file.clone();
    d.record_id = v.id().map(str::to_string);
    d
}

//! ncreg: an ISO 27001 nonconformity and corrective action register kept as
//! YAML files in git, and the checks an auditor would make of it.
//!
//! The path of data: `discover`/`register` (where the register is, its
//! config) -> `load` + `yaml` + `reader` + `record` (files to typed records,
//! structural diagnostics) -> `rules` (one file per rule) -> `lint`
//! (waivers and severities applied once) -> `output` (one module per format).

pub mod analysis;
pub mod app;
pub mod catalogue;
pub mod cli;
pub mod config;
pub mod deadlines;
pub mod diagnostic;
pub mod discover;
pub mod fields;
pub mod git;
pub mod lint;
pub mod load;
pub mod new_record;
pub mod output;
pub mod parallel;
pub mod reader;
pub mod record;
pub mod register;
pub mod renumber;
pub mod report;
pub mod rules;
pub mod scaffold;
pub mod span;
pub mod suggest;
pub mod waivers;
pub mod yaml;

/// The JSON Schema of a record, as shipped in `schema/nonconformity.schema.json`.
pub const SCHEMA: &str = include_str!("../schema/nonconformity.schema.json");

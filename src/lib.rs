//! ncreg: an ISO 27001 nonconformity and corrective action register kept as
//! YAML files in git, and the checks an auditor would make of it.
//!
//! Layers, each using only those below it (`docs/architecture.md`):
//! `codes` (every rule's metadata, the leaf) and `span` -> `yaml`, `load`,
//! `reader`, `diagnostic` (text to typed values with positions) -> `model`
//! (record, config, deadlines, keyed fields, events) -> `discover`,
//! `register`, `git` (where records come from) -> `rules` (one file per
//! rule, paired with its code in `rules::DEFINITIONS`) -> `lint` (waivers
//! and levels applied once) -> `output` and `report` (one module per format
//! or report) -> `app`, `cli`.

pub mod analysis;
pub mod app;
pub mod atomic;
pub mod catalogue;
pub mod cli;
pub mod codes;
pub mod diagnostic;
pub mod discover;
pub mod escape;
pub mod git;
pub mod lint;
pub mod load;
pub mod model;
pub mod new_record;
pub mod output;
pub mod parallel;
pub mod reader;
pub mod register;
pub mod renumber;
pub mod report;
pub mod rules;
pub mod scaffold;
pub mod sources;
pub mod span;
pub mod streamed;
pub mod suggest;
pub mod waivers;
pub mod words;
pub mod yaml;

/// The JSON Schema of a record, as shipped in `schema/nonconformity.schema.json`.
pub const SCHEMA: &str = include_str!("../schema/nonconformity.schema.json");

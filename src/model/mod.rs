//! What a register is, independent of where it is read from or how it is
//! shown: the typed record, the config, deadlines, keyed field paths, and
//! what a change between two versions of a record means (`events`). Rules,
//! git, reports and outputs build on this layer; it builds only on the
//! reading layer below it (`yaml`, `reader`, `codes`).

pub mod config;
pub mod deadlines;
pub mod events;
pub mod fields;
pub mod listing;
pub mod person;
pub mod record;

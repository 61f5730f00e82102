//! Structural rules: the record is readable and has the shape SPEC §2 gives.
//! S001, S002, S004, S005 and S006 are reported while a file is read
//! (`load`, `reader`); their documentation is in `docs/rules/`. The others
//! are checks over the typed record.

pub mod duplicate_id;
pub mod id_filename_mismatch;
pub mod id_format;
pub mod missing_field;
pub mod unknown_clause;

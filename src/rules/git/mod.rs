//! Git rules (`lint --base REV`): the change a branch makes since its merge
//! base with REV must not corrupt the audit trail. Records are followed by
//! identity (`git::identity`) and compared as parsed, keyed fields
//! (`fields`), so comments, formatting and moved files are not edits.

pub mod backdated;
pub mod closed_record_edited;
pub mod deadline_moved;
pub mod id_changed;
pub mod id_collision;
pub mod record_deleted;
pub mod unsigned_change;

use crate::diagnostic::Diagnostic;
use crate::git::identity::Versioned;
use crate::git::review::{Review, Version};

/// The records on both sides: (at the merge base, now).
pub fn kept(r: &Review) -> impl Iterator<Item = (&Version, &Version)> {
    r.pairs
        .iter()
        .filter_map(|(b, n)| Some((&r.base[(*b)?], &r.current[(*n)?])))
}

/// The records that are new since the merge base.
pub fn added(r: &Review) -> impl Iterator<Item = &Version> {
    r.pairs
        .iter()
        .filter(|(b, _)| b.is_none())
        .filter_map(|(_, n)| n.map(|n| &r.current[n]))
}

/// A diagnostic placed in a version's file.
pub fn at(d: Diagnostic, v: &Version) -> Diagnostic {
    let mut d = d;
    d.file = v.file.as_str().into();
    d.record_id = v.id().map(str::to_string);
    d
}

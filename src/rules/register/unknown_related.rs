//! E003: `related` names an id that is not in the register.

use crate::codes::Code;

use std::collections::BTreeSet;

use crate::diagnostic::Diagnostic;
use crate::rules::{Context, Records};
use crate::suggest::nearest;

pub fn check(records: &Records, _: &Context) -> Vec<Diagnostic> {
    let ids: BTreeSet<&str> = records
        .pairs
        .iter()
        .filter_map(|(_, r)| r.id.as_ref())
        .map(|i| i.value.as_str())
        .collect();
    let mut out = Vec::new();
    for &(file, record) in records.pairs {
        for related in &record.related {
            if ids.contains(related.value.as_str()) {
                continue;
            }
            // A record is not related to itself: never suggest its own id.
            let others = ids.iter().copied().filter(|i| Some(*i) != record.id_text());
            let help = match nearest(&related.value, others) {
                Some(near) => format!("did you mean `{near}`? Records are never deleted: withdraw them instead"),
                None => "check the id; records are never deleted, so a related record should still be in the register".into(),
            };
            let d = Diagnostic::new(
                Code::E003,
                related.span,
                format!("`{}` is not a record in this register", related.value),
            )
            .help(help);
            out.push(d.at(file, record.id_text()));
        }
    }
    out
}

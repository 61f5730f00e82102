//! S008: two files carry the same id.

use crate::codes::Code;

use std::collections::BTreeMap;

use crate::diagnostic::Diagnostic;
use crate::model::listing::Listing;
use crate::rules::{Context, Records};

/// `records` are (file, record) pairs of the whole register.
pub fn check(records: &Records, _: &Context) -> Vec<Diagnostic> {
    let mut by_id: BTreeMap<&str, Vec<(&str, &Listing)>> = BTreeMap::new();
    for &(file, record) in records.pairs {
        if let Some(id) = &record.id {
            by_id
                .entry(id.value.as_str())
                .or_default()
                .push((file, record));
        }
    }
    let mut out = Vec::new();
    for (id, holders) in by_id.into_iter().filter(|(_, h)| h.len() > 1) {
        for &(file, record) in &holders {
            let others: Vec<_> = holders
                .iter()
                .filter(|(f, _)| *f != file)
                .map(|(f, _)| format!("`{f}`"))
                .collect();
            let span = record.id.as_ref().map_or(record.span, |i| i.span);
            let d = Diagnostic::new(Code::S008, span, format!("the id `{id}` is also used by {}", others.join(", ")))
                .help("every record needs its own id: give the newer record the next free id (`ncreg new` picks one) and rename its file");
            out.push(d.at(file, record.id_text()));
        }
    }
    out
}

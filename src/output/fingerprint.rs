//! Stable fingerprints for code scanning (SARIF) and GitLab Code Quality:
//! the same finding keeps its fingerprint when unrelated lines move.

use crate::diagnostic::Diagnostic;

/// FNV-1a over rule, file, record and message (or, for a finding whose
/// message counts days, its key: the field it is about): not the line, so an
/// edit elsewhere in the file does not make the finding look new, and an
/// overdue item keeps its fingerprint from one day to the next.
fn hash(d: &Diagnostic) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let parts = [
        d.code.as_str(),
        &d.file,
        d.record_id.as_deref().unwrap_or(""),
        d.key.as_deref().unwrap_or(&d.message),
    ];
    for part in parts {
        for byte in part.bytes().chain([0u8]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Fingerprints of a whole report, in its order, made unique where two
/// findings would otherwise share one (the same message twice in a record).
pub fn all(diagnostics: &[Diagnostic]) -> impl Iterator<Item = String> + '_ {
    let mut seen = std::collections::HashMap::<u64, usize>::new();
    diagnostics.iter().map(move |d| {
        let hash = hash(d);
        let n = seen.entry(hash).or_insert(0);
        *n += 1;
        if *n == 1 {
            format!("{hash:016x}")
        } else {
            format!("{hash:016x}-{n}")
        }
    })
}

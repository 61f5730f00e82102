//! Output formats of `ncreg lint`. Checks know nothing of formats: each
//! format reads the same `lint::Report`.

pub mod codeclimate;
pub mod fingerprint;
pub mod github;
pub mod human;
pub mod json;
mod plain;
pub mod rules;
pub mod sarif;
mod shorten;
mod snippet;
mod wrap;

/// Whether every byte of `text` prints as one column: ASCII, no control
/// characters. Such text needs no display-width tables.
fn printable_ascii(text: &str) -> bool {
    text.bytes().all(|b| (b' '..=b'~').contains(&b))
}

/// `N errors, M warnings in K records (L files)`.
pub fn summary_line(report: &crate::lint::Report) -> String {
    use crate::diagnostic::Severity;
    let plural = |n: usize, noun: &str| crate::words::counted(n, noun);
    let mut line = format!(
        "{}, {} in {} ({})",
        plural(report.count(Severity::Error), "error"),
        plural(report.count(Severity::Warning), "warning"),
        plural(report.records, "record"),
        plural(report.files, "file"),
    );
    let infos = report.count(Severity::Info);
    if infos > 0 {
        line.push_str(&format!("; {}", plural(infos, "note")));
    }
    if let [first, rest @ ..] = report.skipped.as_slice() {
        line.push_str(&format!(
            "; skipped {} ({}{})",
            plural(report.skipped.len(), "editor lock or backup file"),
            crate::escape::terminal(first),
            if rest.is_empty() {
                String::new()
            } else {
                format!(" and {} more", rest.len())
            }
        ));
    }
    line
}

//! Evidence rules: what records point at exists and stays inside the repository.

use std::path::{Component, Path};

use crate::model::record::Record;
use crate::reader::Sp;

pub mod evidence_missing;
pub mod evidence_outside_repo;

/// What an evidence item is, as far as the repository can tell.
pub enum Evidence {
    /// An `http(s)://` link: the tool never touches the network.
    Link,
    /// A path inside the repository that exists.
    Present,
    /// A path inside the repository that does not exist.
    Missing,
    /// Not a repository-relative path: why.
    Outside(&'static str),
}

/// Every evidence item of a record with the path of its list (`actions[2].evidence`).
pub fn items(r: &Record) -> Vec<(String, &Sp<String>)> {
    let mut out = Vec::new();
    if let Some(actions) = &r.actions {
        for a in &actions.value {
            if let Some(list) = &a.evidence {
                let path = a.path("evidence");
                out.extend(list.value.iter().map(|e| (path.clone(), e)));
            }
        }
    }
    let lists = [
        (
            "verification.evidence",
            r.verification
                .as_ref()
                .and_then(|v| v.value.evidence.as_ref()),
        ),
        (
            "dispute.evidence",
            r.dispute.as_ref().and_then(|d| d.value.evidence.as_ref()),
        ),
    ];
    for (path, list) in lists {
        if let Some(list) = list {
            out.extend(list.value.iter().map(|e| (path.to_string(), e)));
        }
    }
    if let Some(cb) = &r.certification_body
        && let Some(letter) = &cb.value.closure_letter
    {
        out.push(("certification_body.closure_letter".to_string(), letter));
    }
    out
}

/// What `item` is, for a register at `root` in a repository at `repo_root`.
pub fn classify(item: &str, root: &Path, repo_root: &Path) -> Evidence {
    let lower = item.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Evidence::Link;
    }
    if lower.contains("://") || lower.starts_with("file:") {
        return Evidence::Outside("it is a link other than http(s)");
    }
    let path = Path::new(item);
    if path.is_absolute()
        || item.starts_with('~')
        || item.starts_with('\\')
        || item.get(1..2) == Some(":")
    {
        return Evidence::Outside("it is an absolute path");
    }
    // `a/../../b` escapes even when every folder exists.
    let mut depth = 0i32;
    for c in path.components() {
        match c {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return Evidence::Outside("it climbs out of the register with `..`");
        }
    }
    let full = root.join(path);
    if std::fs::symlink_metadata(&full).is_err() {
        return Evidence::Missing;
    }
    // A link (or a `..` through one) may still lead elsewhere.
    match (full.canonicalize(), repo_root.canonicalize()) {
        (Ok(target), Ok(repo)) if target.starts_with(&repo) => Evidence::Present,
        (Ok(_), Ok(_)) => Evidence::Outside(
            "it resolves (through a symbolic link) to a place outside the repository",
        ),
        _ => Evidence::Missing,
    }
}

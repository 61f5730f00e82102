//! `ncreg renumber`: give a record another id, the way to resolve two
//! branches having taken the same next id (H005).
//!
//! The only command that edits records, so it edits as little as it can:
//! the id's value, the file name's id prefix, and the `related`,
//! `extent_of_condition.related` and `escalated_to` values that name the old
//! id in other records. Every other byte stays. All files change or none:
//! the new texts are written to temporary files first, and put in place only
//! once all of them are written.

use std::path::{Path, PathBuf};

use crate::register::{Loaded, Register};
use crate::span::Span;
use crate::yaml::{self, Node, NodeKind};

pub enum Target<'a> {
    To(&'a str),
    Next,
}

/// What was done, for the message to the user.
pub struct Outcome {
    pub old_id: String,
    pub new_id: String,
    pub old_path: PathBuf,
    pub new_path: PathBuf,
    /// Other records whose references now name the new id.
    pub references: Vec<PathBuf>,
    /// Whether the rename was staged in git (as `git mv` does).
    pub staged: bool,
    /// Said when references were left alone (the old id stays ambiguous).
    pub note: Option<String>,
}

/// Renumbers the record named by `which`: an id, or the path of a record
/// file (needed when two files carry the id).
pub fn renumber(
    register: &Register,
    cwd: &Path,
    which: &str,
    target: Target,
) -> Result<Outcome, String> {
    let loaded = register.load(&[])?;
    let record = find(&loaded, cwd, which)?;
    let (old_id, id_span) = record
        .record
        .as_ref()
        .and_then(|r| r.id.as_ref())
        .map(|i| (i.value.clone(), i.span))
        .ok_or_else(|| {
            format!(
                "`{}` has no readable id: fix it first (`ncreg lint`)",
                record.file
            )
        })?;
    let carriers = loaded
        .iter()
        .filter(|l| id_of(l) == Some(old_id.as_str()))
        .count();
    let new_id = match target {
        Target::To(id) => id.trim().to_string(),
        Target::Next => next_id(register, &loaded, record)?,
    };
    check_new_id(register, &loaded, &old_id, &new_id)?;

    let old_path = record.path.clone();
    let name = old_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let new_name = match name.strip_prefix(old_id.as_str()) {
        Some(rest) => format!("{new_id}{rest}"),
        None => name.clone(),
    };
    let new_path = old_path.with_file_name(&new_name);
    if new_path != old_path && std::fs::symlink_metadata(&new_path).is_ok() {
        return Err(format!(
            "{} exists; nothing was changed",
            new_path.display()
        ));
    }

    let mut edits = vec![Edit {
        path: old_path.clone(),
        to: new_path.clone(),
        text: replace(&record.text, &[id_span], &old_id, &new_id),
        original: record.text.clone(),
    }];
    let note = if carriers > 1 {
        Some(format!(
            "`{old_id}` is also the id of another record, so references to it were left as they are: check which record each one means"
        ))
    } else {
        for other in loaded.iter().filter(|l| l.path != old_path) {
            let spans = yaml::parse(&other.text)
                .map(|root| references(&root, &old_id))
                .unwrap_or_default();
            if !spans.is_empty() {
                edits.push(Edit {
                    path: other.path.clone(),
                    to: other.path.clone(),
                    text: replace(&other.text, &spans, &old_id, &new_id),
                    original: other.text.clone(),
                });
            }
        }
        None
    };
    apply(&edits)?;
    let staged = stage_rename(register, &old_path, &new_path);
    Ok(Outcome {
        old_id,
        new_id,
        old_path,
        new_path,
        references: edits[1..].iter().map(|e| e.path.clone()).collect(),
        staged,
        note,
    })
}

fn id_of(l: &Loaded) -> Option<&str> {
    l.record
        .as_ref()
        .and_then(|r| r.id.as_ref())
        .map(|i| i.value.as_str())
}

/// The record named by an id or by a file path.
fn find<'a>(loaded: &'a [Loaded], cwd: &Path, which: &str) -> Result<&'a Loaded, String> {
    let as_path = cwd.join(which);
    if which.ends_with(".yaml") || which.ends_with(".yml") || which.contains('/') {
        let wanted = as_path
            .canonicalize()
            .map_err(|e| format!("`{which}`: {e}"))?;
        return loaded
            .iter()
            .find(|l| l.path.canonicalize().ok().as_ref() == Some(&wanted))
            .ok_or_else(|| format!("`{which}` is not a record file of this register"));
    }
    let carriers: Vec<&Loaded> = loaded.iter().filter(|l| id_of(l) == Some(which)).collect();
    match carriers.as_slice() {
        [one] => Ok(one),
        [] => {
            let hint = crate::suggest::nearest(which, loaded.iter().filter_map(id_of))
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            Err(format!("no record has the id `{which}`{hint}"))
        }
        many => {
            let files: Vec<&str> = many.iter().map(|l| l.file.as_str()).collect();
            Err(format!(
                "`{which}` is the id of {} records ({}): name the file to renumber, e.g. `ncreg renumber {} --next`",
                many.len(),
                files.join(", "),
                files[files.len() - 1]
            ))
        }
    }
}

/// The next free id for the record's year, as `ncreg new` would pick it.
fn next_id(register: &Register, loaded: &[Loaded], record: &Loaded) -> Result<String, String> {
    use chrono::Datelike;
    let year = record
        .record
        .as_ref()
        .and_then(|r| r.identified.as_ref())
        .map(|d| d.value.year())
        .ok_or("the record has no valid `identified` date to take the year from: use `--to`")?;
    let prefix = format!("{}-{year}-", register.config.id_prefix);
    let taken = loaded
        .iter()
        .filter_map(id_of)
        .chain(loaded.iter().filter_map(|l| l.path.file_name()?.to_str()))
        .filter_map(|s| crate::new_record::number_after(&prefix, s))
        .max()
        .unwrap_or(0);
    Ok(format!("{prefix}{:03}", taken + 1))
}

fn check_new_id(
    register: &Register,
    loaded: &[Loaded],
    old: &str,
    new: &str,
) -> Result<(), String> {
    if new == old {
        return Err(format!("the record already has the id `{new}`"));
    }
    if !register.config.id_pattern.is_match(new) {
        return Err(format!(
            "`{new}` does not match the register's id pattern `{}`",
            register.config.id_pattern.as_str()
        ));
    }
    if let Some(l) = loaded.iter().find(|l| id_of(l) == Some(new)) {
        return Err(format!(
            "`{new}` is already the id of {}; nothing was changed",
            l.file
        ));
    }
    Ok(())
}

/// The spans of values that name `id` as another record: `related` items,
/// `extent_of_condition.related` items and `escalated_to`.
fn references(root: &Node, id: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let value = |node: &Node, key: &str| -> Option<Node> {
        match &node.kind {
            NodeKind::Map(entries) => entries
                .iter()
                .find(|e| e.key == key)
                .map(|e| e.value.clone()),
            _ => None,
        }
    };
    let mut names = |node: Option<Node>| {
        let Some(node) = node else { return };
        let items = match node.kind {
            NodeKind::Seq(items) => items,
            _ => vec![node],
        };
        for item in items {
            if matches!(&item.kind, NodeKind::Scalar(s) if s.trim() == id) {
                out.push(item.span);
            }
        }
    };
    names(value(root, "related"));
    names(value(root, "escalated_to"));
    names(value(root, "extent_of_condition").and_then(|e| value(&e, "related")));
    out
}

/// `text` with `old` replaced by `new` inside each span (quotes and
/// everything around the value stay as they are).
fn replace(text: &str, spans: &[Span], old: &str, new: &str) -> String {
    let mut spans = spans.to_vec();
    spans.sort_by_key(|s| s.start);
    let mut out = String::with_capacity(text.len() + spans.len() * new.len());
    let mut at = 0;
    for s in spans {
        let Some(value) = text.get(s.range()) else {
            continue;
        };
        let Some(i) = value.find(old) else { continue };
        let start = s.range().start + i;
        out.push_str(&text[at..start]);
        out.push_str(new);
        at = start + old.len();
    }
    out.push_str(&text[at..]);
    out
}

/// One file's new text, and where it goes.
struct Edit {
    path: PathBuf,
    to: PathBuf,
    text: String,
    original: String,
}

/// Writes every edit, or none: each new text goes to a temporary file
/// beside its target; only when all are written (and no file changed since
/// it was read) are they moved into place.
fn apply(edits: &[Edit]) -> Result<(), String> {
    let mut temps: Vec<PathBuf> = Vec::new();
    let cleanup = |temps: &[PathBuf]| {
        for t in temps {
            let _ = std::fs::remove_file(t);
        }
    };
    for e in edits {
        let now = std::fs::read_to_string(&e.path).unwrap_or_default();
        if now != e.original {
            cleanup(&temps);
            return Err(format!(
                "{} changed while ncreg read the register; nothing was changed, try again",
                e.path.display()
            ));
        }
        let temp = crate::atomic::temp_beside(&e.to);
        if let Err(err) = write_new(&temp, &e.text) {
            cleanup(&temps);
            return Err(format!(
                "cannot write {}: {err}; nothing was changed",
                temp.display()
            ));
        }
        temps.push(temp);
    }
    // The record's new name is taken without replacing anything there.
    let first = &edits[0];
    if first.to != first.path
        && let Err(err) = std::fs::hard_link(&temps[0], &first.to)
    {
        cleanup(&temps);
        return Err(format!(
            "cannot create {}: {err}; nothing was changed",
            first.to.display()
        ));
    }
    let mut done: Vec<&Edit> = Vec::new();
    for (e, temp) in edits.iter().zip(&temps).skip(1) {
        if let Err(err) = std::fs::rename(temp, &e.to) {
            // Put back what was already replaced.
            for d in done {
                let _ = std::fs::write(&d.path, &d.original);
            }
            if first.to != first.path {
                let _ = std::fs::remove_file(&first.to);
            }
            cleanup(&temps);
            return Err(format!(
                "cannot replace {}: {err}; nothing was changed",
                e.to.display()
            ));
        }
        done.push(e);
    }
    if first.to == first.path {
        std::fs::rename(&temps[0], &first.path)
            .map_err(|err| format!("cannot replace {}: {err}", first.path.display()))?;
    } else {
        let _ = std::fs::remove_file(&temps[0]);
        std::fs::remove_file(&first.path)
            .map_err(|err| format!("cannot remove {}: {err}", first.path.display()))?;
    }
    Ok(())
}

fn write_new(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(text.as_bytes())?;
    f.sync_all()
}

/// Moves the file's entry in git's index to its new name, as `git mv` does
/// (the content change stays unstaged). False outside git or when the file
/// was not tracked.
fn stage_rename(register: &Register, old: &Path, new: &Path) -> bool {
    let Ok(repo) = git2::Repository::discover(&register.location.root) else {
        return false;
    };
    let Some(workdir) = repo.workdir().and_then(|w| w.canonicalize().ok()) else {
        return false;
    };
    let rel = |p: &Path| -> Option<PathBuf> {
        let dir = p.parent()?.canonicalize().ok()?;
        Some(dir.strip_prefix(&workdir).ok()?.join(p.file_name()?))
    };
    let (Some(old_rel), Some(new_rel)) = (rel(old), rel(new)) else {
        return false;
    };
    let Ok(mut index) = repo.index() else {
        return false;
    };
    let Some(mut entry) = index.get_path(&old_rel, 0) else {
        return false;
    };
    entry.path = new_rel.to_string_lossy().replace('\\', "/").into_bytes();
    index.remove_path(&old_rel).is_ok() && index.add(&entry).is_ok() && index.write().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_id_inside_each_span_changes() {
        let text = "id: \"NC-2026-005\" # keep\nrelated: [NC-2026-005, NC-2026-0050]\n";
        let root = yaml::parse(text).unwrap();
        let mut spans = references(&root, "NC-2026-005");
        assert_eq!(spans.len(), 1);
        if let NodeKind::Map(entries) = &root.kind {
            spans.push(entries[0].value.span);
        }
        assert_eq!(
            replace(text, &spans, "NC-2026-005", "NC-2026-006"),
            "id: \"NC-2026-006\" # keep\nrelated: [NC-2026-006, NC-2026-0050]\n"
        );
    }
}

//! Finding the register: its root, its config and its record files.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::model::config::FILE_NAME;

/// Where the register lives.
pub struct Location {
    /// The folder holding `ncreg.yaml` (or the folder given, without one).
    pub root: PathBuf,
    pub config_file: Option<PathBuf>,
    /// The enclosing git work tree, if any: reported paths are relative to it.
    pub repo_root: Option<PathBuf>,
}

/// The register root: `explicit` if given, else the nearest folder from
/// `cwd` upwards that holds `ncreg.yaml` (as git finds `.git`), else `cwd`.
pub fn locate(explicit: Option<&Path>, cwd: &Path) -> Result<Location, String> {
    let root = match explicit {
        Some(dir) => {
            let dir = cwd.join(dir);
            if !dir.is_dir() {
                return Err(format!(
                    "register folder `{}` does not exist or is not a folder",
                    dir.display()
                ));
            }
            dir
        }
        None => cwd
            .ancestors()
            .find(|d| d.join(FILE_NAME).is_file())
            .unwrap_or(cwd)
            .to_path_buf(),
    };
    let root = std::path::absolute(&root).unwrap_or(root);
    let config_file = Some(root.join(FILE_NAME)).filter(|f| f.is_file());
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    let repo_root = root
        .ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf);
    Ok(Location {
        root,
        config_file,
        repo_root,
    })
}

impl Location {
    /// The path people and CI see: relative to the repository root (or the
    /// register root outside git), with `/` separators on every platform.
    /// The folder reported paths are relative to, and evidence may not leave.
    pub fn repo_or_root(&self) -> &Path {
        self.repo_root.as_deref().unwrap_or(&self.root)
    }

    pub fn display_path(&self, path: &Path) -> String {
        let base = self.repo_or_root();
        let rel = path.strip_prefix(base).unwrap_or(path);
        rel.components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// A file found under the records folder.
pub enum Found {
    Record(PathBuf),
    /// Not followed: a link could lead outside the repository.
    Symlink(PathBuf),
    /// A folder or file that could not be listed.
    Unreadable(PathBuf, String),
}

/// Every `*.yaml` / `*.yml` under `dir`, recursively, sorted by path; and,
/// from the same walk, the editor lock and backup files of records, which
/// are skipped (the summary names them, so nobody wonders where a record
/// went).
pub fn record_files(dir: &Path) -> (Vec<Found>, Vec<PathBuf>) {
    let editor = |path: &Path| {
        path.file_name()
            .is_some_and(|n| is_editor_name(n.to_string_lossy().as_bytes()))
    };
    let (skipped, found): (Vec<Found>, Vec<Found>) = files(dir, |p| is_yaml(p) || editor(p))
        .into_iter()
        .partition(|f| matches!(f, Found::Record(p) | Found::Symlink(p) if editor(p)));
    (found, paths(skipped))
}

/// Every file under `dir` (links listed, not followed), sorted by path: the
/// evidence folder's contents.
pub fn all_files(dir: &Path) -> Vec<PathBuf> {
    paths(files(dir, |_| true))
}

fn paths(found: Vec<Found>) -> Vec<PathBuf> {
    found
        .into_iter()
        .filter_map(|f| match f {
            Found::Record(p) | Found::Symlink(p) => Some(p),
            Found::Unreadable(..) => None,
        })
        .collect()
}

fn files(dir: &Path, wanted: impl Fn(&Path) -> bool) -> Vec<Found> {
    let mut found = Vec::new();
    // Siblings share their parent's path, so their whole paths' bytes sort
    // as their names do, without taking each name out of its path at every
    // comparison (a tenth of the walk of a large folder).
    let walk = WalkDir::new(dir)
        .follow_links(false)
        .sort_by(|a, b| bytes(a.path()).cmp(bytes(b.path())));
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                found.push(Found::Unreadable(path, e.to_string()));
                continue;
            }
        };
        if !wanted(entry.path()) {
            continue;
        }
        let kind = entry.file_type();
        if kind.is_symlink() {
            found.push(Found::Symlink(entry.into_path()));
        } else if kind.is_file() {
            found.push(Found::Record(entry.into_path()));
        } else if !kind.is_dir() {
            // A FIFO or device would block or never end when read.
            found.push(Found::Unreadable(
                entry.into_path(),
                "not a regular file".into(),
            ));
        }
    }
    found
}

fn bytes(path: &Path) -> &[u8] {
    path.as_os_str().as_encoded_bytes()
}

/// Record files end in `.yaml` or `.yml` (in any case).
pub fn is_yaml(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| is_record_name(&n.to_string_lossy()))
}

/// Whether a file name is a record's: `.yaml` or `.yml` in any case, and not
/// an editor's lock or backup file (`.#NC-2026-001.yaml`, `~$NC...`, `...~`).
pub fn is_record_name(name: &str) -> bool {
    is_record_name_bytes(name.as_bytes())
}

/// `is_record_name` on raw bytes (git tree entries), without allocating.
pub fn is_record_name_bytes(name: &[u8]) -> bool {
    yaml_name(name) && !is_editor_name(name)
}

fn yaml_name(name: &[u8]) -> bool {
    let ends = |suffix: &[u8]| {
        name.len() >= suffix.len() && name[name.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    ends(b".yaml") || ends(b".yml")
}

fn is_editor_name(name: &[u8]) -> bool {
    (name.starts_with(b".#") || name.starts_with(b"~$")) && yaml_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_names_ignore_case_and_editor_files() {
        assert!(is_record_name("NC-2026-001.yaml") && is_record_name("NC-2026-001.YML"));
        assert!(!is_record_name(".#NC-2026-001.yaml"));
        assert!(!is_record_name("~$NC-2026-001.yaml"));
        assert!(!is_record_name("NC-2026-001.yaml~"));
        assert!(!is_record_name("NC-2026-001.yaml.swp"));
    }

    /// A folder's files come before its later siblings ("a/" before "a-b"),
    /// in the order of their names, as a walk sorted by name gives them.
    #[test]
    fn walk_is_sorted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "a-b.yaml",
            "a/z.yaml",
            "a/b/c.yaml",
            "a.yaml",
            "B.yaml",
            "é.yaml",
            "a/a.yaml",
        ];
        for name in names {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "id: x\n").unwrap();
        }
        let by_name: Vec<PathBuf> = WalkDir::new(dir.path())
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| e.into_path())
            .collect();
        assert_eq!(paths(record_files(dir.path()).0), by_name);
        let shown: Vec<_> = by_name
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap())
            .collect();
        let expected = [
            "B.yaml",
            "a/a.yaml",
            "a/b/c.yaml",
            "a/z.yaml",
            "a-b.yaml",
            "a.yaml",
            "é.yaml",
        ];
        assert_eq!(shown, expected.map(Path::new));
    }
}

//! The register's git repository: records as they were at a revision, and
//! the one-pass history walk (`history`). Only read: ncreg never writes to
//! the repository and never touches the network.

pub mod history;
pub mod identity;
pub mod review;
pub mod tree_diff;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use git2::{ObjectType, Oid, Repository, TreeWalkMode, TreeWalkResult};

use crate::model::fields::Fields;
use crate::model::record::Record;
use crate::reader::Sink;
use crate::register::Register;

pub struct Repo {
    pub repo: Repository,
    /// The records folder relative to the work tree, with `/`.
    pub records: String,
    /// The work tree (the folder reported paths are relative to).
    pub workdir: PathBuf,
}

/// A version of a record file as the git features compare it: its keyed
/// fields, and the record lint reads (for the deadlines it computes).
fn read(text: &str) -> (Fields, Option<Record>) {
    let node = crate::yaml::parse(text).ok();
    let fields = node.as_ref().map(Fields::of).unwrap_or_default();
    let record = node
        .as_ref()
        .and_then(|n| crate::model::record::read(n, &mut Sink::default()));
    (fields, record)
}

pub fn open(register: &Register) -> Result<Repo, String> {
    // Objects are read from the local repository only; re-hashing every
    // object on read (libgit2's default) doubles the cost of a history walk.
    git2::opts::strict_hash_verification(false);
    let root = &register.location.root;
    let repo = Repository::discover(root).map_err(|_| {
        format!(
            "{} is not in a git repository: history and --base need the register's git history (run `git init`, or clone the repository)",
            root.display()
        )
    })?;
    let workdir = repo
        .workdir()
        .ok_or("the repository is bare: ncreg needs a work tree")?
        .to_path_buf();
    let records_dir = register.records_dir();
    let canonical = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let rel = canonical(&records_dir)
        .strip_prefix(canonical(&workdir))
        .map(Path::to_path_buf)
        .map_err(|_| {
            format!(
                "{} is outside the repository at {}",
                records_dir.display(),
                workdir.display()
            )
        })?;
    let records = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Ok(Repo {
        repo,
        records,
        workdir,
    })
}

impl Repo {
    /// Every record file (path in the repository, blob) at a commit.
    pub fn entries_at(&self, commit: Oid) -> Result<Vec<(String, Oid)>, String> {
        let fail = |e: git2::Error| e.message().to_string();
        let tree = self
            .repo
            .find_commit(commit)
            .and_then(|c| c.tree())
            .map_err(fail)?;
        match self.subtree(&tree) {
            Some(sub) => self.blobs(sub),
            None => Ok(Vec::new()),
        }
    }

    /// The records folder's tree within a commit's tree.
    pub fn subtree(&self, tree: &git2::Tree) -> Option<Oid> {
        if self.records.is_empty() {
            return Some(tree.id());
        }
        let entry = tree.get_path(Path::new(&self.records)).ok()?;
        (entry.kind() == Some(ObjectType::Tree)).then(|| entry.id())
    }

    /// The YAML files (not links) of a records-folder tree, recursively.
    fn blobs(&self, tree_id: Oid) -> Result<Vec<(String, Oid)>, String> {
        let tree = self
            .repo
            .find_tree(tree_id)
            .map_err(|e| e.message().to_string())?;
        let mut found = Vec::new();
        tree.walk(TreeWalkMode::PreOrder, |dir, entry| {
            let name = entry.name().unwrap_or("");
            let yaml = crate::discover::is_yaml(Path::new(name));
            if entry.kind() == Some(ObjectType::Blob) && yaml && entry.filemode() != 0o120000 {
                found.push((self.path_of(&format!("{dir}{name}")), entry.id()));
            }
            TreeWalkResult::Ok
        })
        .map_err(|e| e.message().to_string())?;
        Ok(found)
    }

    /// The record files that differ between two records-folder trees.
    pub fn changed_paths(&self, old: Option<Oid>, new: Option<Oid>) -> Result<Vec<String>, String> {
        let fail = |e: git2::Error| e.message().to_string();
        let tree = |t: Option<Oid>| t.map(|t| self.repo.find_tree(t)).transpose();
        let (old, new) = (tree(old).map_err(fail)?, tree(new).map_err(fail)?);
        let diff = self
            .repo
            .diff_tree_to_tree(old.as_ref(), new.as_ref(), None)
            .map_err(fail)?;
        let mut out: Vec<String> = diff
            .deltas()
            .filter_map(|d| {
                d.new_file()
                    .path()
                    .or(d.old_file().path())
                    .map(Path::to_path_buf)
            })
            .filter(|p| crate::discover::is_yaml(p))
            .map(|p| self.path_of(&p.to_string_lossy()))
            .collect();
        out.sort();
        Ok(out)
    }

    pub fn text(&self, oid: Oid) -> Result<String, String> {
        let blob = self
            .repo
            .find_blob(oid)
            .map_err(|e| e.message().to_string())?;
        Ok(String::from_utf8_lossy(blob.content()).into_owned())
    }

    /// A path inside the records folder as a repository path.
    pub fn path_of(&self, rel: &str) -> String {
        if self.records.is_empty() {
            rel.to_string()
        } else {
            format!("{}/{rel}", self.records)
        }
    }

    /// The commits at which a shallow clone's history is cut off.
    pub fn shallow_boundary(&self) -> BTreeSet<Oid> {
        if !self.repo.is_shallow() {
            return BTreeSet::new();
        }
        let file = self.repo.commondir().join("shallow");
        std::fs::read_to_string(file)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| Oid::from_str(l.trim()).ok())
            .collect()
    }
}

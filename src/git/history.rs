//! `ncreg history`: each record's audit trail from git, in one walk.
//!
//! One revision walk, oldest first. A commit whose records-folder tree is
//! the same as its first parent's is skipped without diffing; otherwise only
//! the two records-folder trees are compared. Records are followed by their
//! `id`, across renames and moves, better than git's rename guessing.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use git2::{Delta, Oid, Sort};
use serde::Serialize;

use super::Repo;
use crate::report::markdown::cell;
use crate::yaml;

#[derive(Serialize)]
pub struct Trail {
    pub version: u32,
    /// False in a shallow clone: older commits are missing.
    pub complete: bool,
    pub head: Option<String>,
    pub records: Vec<RecordTrail>,
}

#[derive(Serialize)]
pub struct RecordTrail {
    pub id: String,
    /// Where the record is at HEAD (or was last seen).
    pub file: String,
    pub changes: Vec<Change>,
}

#[derive(Serialize, Clone)]
pub struct Change {
    pub commit: String,
    pub short: String,
    /// Author date, RFC 3339 with the author's offset.
    pub date: String,
    pub author: String,
    pub author_email: String,
    pub committer: String,
    pub committer_email: String,
    /// Whether the commit carries a signature (not whether it verifies).
    pub signed: bool,
    pub subject: String,
    /// created | modified | renamed | deleted | present (first seen at a shallow clone's boundary)
    pub change: &'static str,
    pub file: String,
    pub previous_file: Option<String>,
    pub fields: Vec<FieldChange>,
}

#[derive(Serialize, Clone)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// One version of a record file.
struct Version {
    path: String,
    id: Option<String>,
    fields: BTreeMap<String, String>,
}

fn version(path: String, text: &str) -> Version {
    let fields: BTreeMap<String, String> = yaml::parse(text)
        .map(|n| {
            yaml::flatten(&n)
                .into_iter()
                .map(|(p, v, _)| (p, v))
                .collect()
        })
        .unwrap_or_default();
    let id = fields.get("id").filter(|v| !v.is_empty()).cloned();
    Version { path, id, fields }
}

/// Walks the history of HEAD and returns the trail of every record.
pub fn trail(repo: &Repo) -> Result<Trail, String> {
    let r = &repo.repo;
    let head = match r.head().ok().and_then(|h| h.target()) {
        Some(oid) => oid,
        None => {
            return Ok(Trail {
                version: 1,
                complete: true,
                head: None,
                records: Vec::new(),
            });
        }
    };
    let boundary = repo.shallow_boundary();
    let mut walk = r.revwalk().map_err(|e| e.message().to_string())?;
    walk.push(head).map_err(|e| e.message().to_string())?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::REVERSE)
        .map_err(|e| e.message().to_string())?;
    let mut trails: BTreeMap<String, RecordTrail> = BTreeMap::new();
    for oid in walk {
        let oid = oid.map_err(|e| e.message().to_string())?;
        let commit = r.find_commit(oid).map_err(|e| e.message().to_string())?;
        let tree = commit.tree().map_err(|e| e.message().to_string())?;
        let sub = repo.subtree(&tree);
        let shallow_root = boundary.contains(&oid);
        let parents: Vec<Option<Oid>> = if shallow_root {
            Vec::new()
        } else {
            commit
                .parents()
                .map(|p| p.tree().ok().and_then(|t| repo.subtree(&t)))
                .collect()
        };
        let first = parents.first().copied().flatten();
        if !parents.is_empty() && first == sub {
            continue;
        }
        if parents.is_empty() && sub.is_none() {
            continue;
        }
        let changed = changed_files(repo, first, sub)?;
        let mut olds: BTreeMap<String, Version> = BTreeMap::new();
        let mut news: BTreeMap<String, Version> = BTreeMap::new();
        for (old, new) in changed {
            // In a merge, a file counts only if it differs from every parent:
            // the branch's own commits already show its changes.
            if parents.len() > 1
                && parents[1..].iter().any(|p| {
                    same_blob(
                        repo,
                        *p,
                        new.as_ref().map(|n| n.1),
                        &new_or_old_path(&old, &new),
                    )
                })
            {
                continue;
            }
            let old_v = old
                .map(|(path, id)| repo.text(id).map(|t| version(repo.path_of(&path), &t)))
                .transpose()?;
            let new_v = new
                .map(|(path, id)| repo.text(id).map(|t| version(repo.path_of(&path), &t)))
                .transpose()?;
            let key = |v: &Version| v.id.clone().unwrap_or_else(|| v.path.clone());
            if let Some(v) = old_v {
                olds.insert(key(&v), v);
            }
            if let Some(v) = new_v {
                news.insert(key(&v), v);
            }
        }
        let ids: BTreeSet<String> = olds.keys().chain(news.keys()).cloned().collect();
        for id in ids {
            let (old, new) = (olds.get(&id), news.get(&id));
            let change = match (old, new) {
                (None, Some(_)) if shallow_root => "present",
                (None, Some(_)) => "created",
                (Some(_), None) => "deleted",
                (Some(o), Some(n)) if o.path != n.path => "renamed",
                _ => "modified",
            };
            let fields = diff(old.map(|o| &o.fields), new.map(|n| &n.fields));
            let file = new.or(old).map(|v| v.path.clone()).unwrap_or_default();
            let previous_file = old
                .filter(|o| new.is_some_and(|n| n.path != o.path))
                .map(|o| o.path.clone());
            let entry = trails.entry(id.clone()).or_insert_with(|| RecordTrail {
                id: id.clone(),
                file: file.clone(),
                changes: Vec::new(),
            });
            entry.file = file.clone();
            entry.changes.push(Change {
                change,
                file,
                previous_file,
                fields,
                ..describe(repo, &commit)
            });
        }
    }
    Ok(Trail {
        version: 1,
        complete: boundary.is_empty(),
        head: Some(head.to_string()),
        records: trails.into_values().collect(),
    })
}

type Side = Option<(String, Oid)>;

fn new_or_old_path(old: &Side, new: &Side) -> String {
    new.as_ref()
        .or(old.as_ref())
        .map(|(p, _)| p.clone())
        .unwrap_or_default()
}

/// Whether a parent's records tree holds `blob` at `path`.
fn same_blob(repo: &Repo, parent: Option<Oid>, blob: Option<Oid>, path: &str) -> bool {
    let at_parent = parent
        .and_then(|t| repo.repo.find_tree(t).ok())
        .and_then(|t| t.get_path(std::path::Path::new(path)).ok())
        .map(|e| e.id());
    at_parent == blob
}

/// (old, new) of every YAML file that differs between two records trees.
fn changed_files(
    repo: &Repo,
    old: Option<Oid>,
    new: Option<Oid>,
) -> Result<Vec<(Side, Side)>, String> {
    let find = |id: Option<Oid>| id.map(|i| repo.repo.find_tree(i)).transpose();
    let (old_tree, new_tree) = (
        find(old).map_err(|e| e.message().to_string())?,
        find(new).map_err(|e| e.message().to_string())?,
    );
    let diff = repo
        .repo
        .diff_tree_to_tree(old_tree.as_ref(), new_tree.as_ref(), None)
        .map_err(|e| e.message().to_string())?;
    let yaml = |p: &str| p.ends_with(".yaml") || p.ends_with(".yml");
    let side = |f: git2::DiffFile, present: bool| -> Side {
        let path = f.path()?.to_string_lossy().replace('\\', "/");
        (present && yaml(&path) && f.mode() != git2::FileMode::Link).then_some((path, f.id()))
    };
    Ok(diff
        .deltas()
        .map(|d| {
            let old_present = !matches!(d.status(), Delta::Added);
            let new_present = !matches!(d.status(), Delta::Deleted);
            (
                side(d.old_file(), old_present),
                side(d.new_file(), new_present),
            )
        })
        .filter(|(o, n)| o.is_some() || n.is_some())
        .collect())
}

fn diff(
    old: Option<&BTreeMap<String, String>>,
    new: Option<&BTreeMap<String, String>>,
) -> Vec<FieldChange> {
    let empty = BTreeMap::new();
    let (old, new) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let keys: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    keys.into_iter()
        .filter(|k| old.get(*k) != new.get(*k))
        .map(|k| FieldChange {
            field: k.clone(),
            old: old.get(k).cloned(),
            new: new.get(k).cloned(),
        })
        .collect()
}

fn describe(repo: &Repo, commit: &git2::Commit) -> Change {
    let author = commit.author();
    let committer = commit.committer();
    let time = author.when();
    let offset = FixedOffset::east_opt(time.offset_minutes() * 60)
        .unwrap_or(FixedOffset::east_opt(0).expect("zero offset"));
    let date = DateTime::from_timestamp(time.seconds(), 0)
        .map(|d| d.with_timezone(&offset).to_rfc3339())
        .unwrap_or_default();
    let id = commit.id().to_string();
    Change {
        short: id[..7].to_string(),
        commit: id,
        date,
        author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
        author_email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
        committer: String::from_utf8_lossy(committer.name_bytes()).into_owned(),
        committer_email: String::from_utf8_lossy(committer.email_bytes()).into_owned(),
        signed: repo.repo.extract_signature(&commit.id(), None).is_ok(),
        subject: commit
            .summary_bytes()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default(),
        change: "modified",
        file: String::new(),
        previous_file: None,
        fields: Vec::new(),
    }
}

impl Trail {
    /// Keeps only the records with these ids (all when empty).
    pub fn only(mut self, ids: &[String]) -> Trail {
        if !ids.is_empty() {
            self.records.retain(|r| ids.contains(&r.id));
        }
        self
    }

    pub fn json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("plain data always serialises");
        text.push('\n');
        text
    }

    pub fn markdown(&self) -> String {
        let mut md = String::from("# Audit trail\n\n");
        if let Some(head) = &self.head {
            md += &format!("From the git history of HEAD ({}).\n\n", &head[..7]);
        }
        if !self.complete {
            md += "> **This is a shallow clone: the history is incomplete.** Records marked `present` existed before the oldest commit here. Fetch the full history with `git fetch --unshallow` (GitHub Actions: `actions/checkout` with `fetch-depth: 0`).\n\n";
        }
        for r in &self.records {
            md += &format!("## {} ({})\n\n", cell(&r.id), cell(&r.file));
            md += "| Date | Author | Committer | Commit | Signed | Subject | Change |\n|---|---|---|---|---|---|---|\n";
            for c in &r.changes {
                let mut what = vec![match &c.previous_file {
                    Some(p) => format!("renamed from {} to {}", cell(p), cell(&c.file)),
                    None => format!("{} {}", c.change, cell(&c.file)),
                }];
                what.extend(c.fields.iter().map(|f| {
                    let show = |v: &Option<String>| {
                        v.as_deref()
                            .filter(|s| !s.is_empty())
                            .map_or("-".to_string(), cell)
                    };
                    format!("{}: {} -> {}", cell(&f.field), show(&f.old), show(&f.new))
                }));
                md += &format!(
                    "| {} | {} | {} | {} | {} | {} | {} |\n",
                    cell(&c.date),
                    cell(&format!("{} <{}>", c.author, c.author_email)),
                    cell(&c.committer),
                    cell(&c.short),
                    if c.signed { "yes" } else { "no" },
                    cell(&c.subject),
                    what.join("<br>")
                );
            }
            md += "\n";
        }
        md
    }
}

//! `ncreg history`: each record's audit trail from git, in one walk.
//!
//! One revision walk, oldest first. A commit whose records-folder tree is
//! the same as its first parent's is skipped without diffing; otherwise only
//! the two records-folder trees are compared. Records are followed by their
//! `id`, across renames and moves, better than git's rename guessing.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use chrono::{DateTime, FixedOffset};
use git2::{Oid, Sort};
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

/// What a record file says, parsed once per blob.
struct Parsed {
    id: Option<String>,
    fields: BTreeMap<String, String>,
}

/// One version of a record file.
struct Version {
    path: String,
    parsed: Rc<Parsed>,
}

impl Version {
    fn key(&self) -> String {
        self.parsed.id.clone().unwrap_or_else(|| self.path.clone())
    }
}

/// Objects read during the walk. In a linear history each commit's parent
/// tree is the tree just seen, and each file's old blob the one just parsed:
/// keeping them saves most reads, inflations and parses.
struct Cache<'r> {
    odb: &'r git2::Odb<'r>,
    trees: Vec<(Oid, Rc<git2::OdbObject<'r>>)>,
    /// The last version parsed at each path: the old side of the next change there.
    parsed: HashMap<String, (Oid, Rc<Parsed>)>,
}

impl<'r> Cache<'r> {
    /// The raw tree object (its bytes are read in place, not copied).
    fn tree(&mut self, id: Oid) -> Result<Rc<git2::OdbObject<'r>>, String> {
        if let Some((_, t)) = self.trees.iter().find(|(o, _)| *o == id) {
            return Ok(Rc::clone(t));
        }
        let data = Rc::new(self.odb.read(id).map_err(|e| e.message().to_string())?);
        if self.trees.len() >= 4 {
            self.trees.remove(0);
        }
        self.trees.push((id, Rc::clone(&data)));
        Ok(data)
    }

    fn version(&mut self, repo: &Repo, path: &str, blob: Oid) -> Result<Version, String> {
        let cached = self
            .parsed
            .get(path)
            .filter(|(id, _)| *id == blob)
            .map(|(_, p)| Rc::clone(p));
        let parsed = match cached {
            Some(p) => p,
            None => {
                let text = repo.text(blob)?;
                let fields: BTreeMap<String, String> = yaml::parse(&text)
                    .map(|n| {
                        yaml::flatten(&n)
                            .into_iter()
                            .map(|(p, v, _)| (p, v))
                            .collect()
                    })
                    .unwrap_or_default();
                let id = fields.get("id").filter(|v| !v.is_empty()).cloned();
                let parsed = Rc::new(Parsed { id, fields });
                self.parsed
                    .insert(path.to_string(), (blob, Rc::clone(&parsed)));
                parsed
            }
        };
        Ok(Version {
            path: repo.path_of(path),
            parsed,
        })
    }
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
    let oids: Vec<Oid> = walk
        .collect::<Result<_, _>>()
        .map_err(|e| e.message().to_string())?;
    // Commits are independent once listed: each thread reads its share of
    // the history through its own handle on the repository.
    let (workdir, records) = (&repo.workdir, &repo.records);
    let parts = crate::parallel::chunks(oids, |chunk| -> Result<Vec<(String, Change)>, String> {
        let repo = Repo {
            repo: git2::Repository::open(workdir).map_err(|e| e.message().to_string())?,
            records: records.clone(),
            workdir: workdir.clone(),
        };
        let odb = repo.repo.odb().map_err(|e| e.message().to_string())?;
        let mut cache = Cache {
            odb: &odb,
            trees: Vec::new(),
            parsed: HashMap::new(),
        };
        let mut out = Vec::new();
        for oid in chunk {
            out.extend(commit_changes(&repo, &mut cache, &boundary, oid)?);
        }
        Ok(out)
    });
    let mut trails: BTreeMap<String, RecordTrail> = BTreeMap::new();
    for part in parts {
        for (id, change) in part? {
            let entry = trails.entry(id.clone()).or_insert_with(|| RecordTrail {
                id,
                file: change.file.clone(),
                changes: Vec::new(),
            });
            entry.file.clone_from(&change.file);
            entry.changes.push(change);
        }
    }
    Ok(Trail {
        version: 1,
        complete: boundary.is_empty(),
        head: Some(head.to_string()),
        records: trails.into_values().collect(),
    })
}

/// What one commit did to the records, by record id (or path, without one).
fn commit_changes<'r>(
    repo: &'r Repo,
    cache: &mut Cache<'r>,
    boundary: &BTreeSet<Oid>,
    oid: Oid,
) -> Result<Vec<(String, Change)>, String> {
    let commit = repo
        .repo
        .find_commit(oid)
        .map_err(|e| e.message().to_string())?;
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
    if (!parents.is_empty() && first == sub) || (parents.is_empty() && sub.is_none()) {
        return Ok(Vec::new());
    }
    let mut olds: BTreeMap<String, Version> = BTreeMap::new();
    let mut news: BTreeMap<String, Version> = BTreeMap::new();
    for (old, new) in changed_files(cache, first, sub)? {
        // In a merge, a file counts only if it differs from every parent:
        // the branch's own commits already show its changes.
        let path = new_or_old_path(&old, &new);
        if parents.len() > 1
            && parents[1..]
                .iter()
                .any(|p| same_blob(repo, *p, new.as_ref().map(|n| n.1), &path))
        {
            continue;
        }
        if let Some(v) = old
            .map(|(path, id)| cache.version(repo, &path, id))
            .transpose()?
        {
            olds.insert(v.key(), v);
        }
        if let Some(v) = new
            .map(|(path, id)| cache.version(repo, &path, id))
            .transpose()?
        {
            news.insert(v.key(), v);
        }
    }
    let ids: BTreeSet<String> = olds.keys().chain(news.keys()).cloned().collect();
    let about = describe(repo, &commit);
    Ok(ids
        .into_iter()
        .map(|id| {
            let (old, new) = (olds.get(&id), news.get(&id));
            let change = match (old, new) {
                (None, Some(_)) if shallow_root => "present",
                (None, Some(_)) => "created",
                (Some(_), None) => "deleted",
                (Some(o), Some(n)) if o.path != n.path => "renamed",
                _ => "modified",
            };
            let fields = diff(old.map(|o| &o.parsed.fields), new.map(|n| &n.parsed.fields));
            let file = new.or(old).map(|v| v.path.clone()).unwrap_or_default();
            let previous_file = old
                .filter(|o| new.is_some_and(|n| n.path != o.path))
                .map(|o| o.path.clone());
            let change = Change {
                change,
                file,
                previous_file,
                fields,
                ..about.clone()
            };
            (id, change)
        })
        .collect())
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
///
/// A merge-join over the two sorted entry lists, descending only into
/// subtrees whose ids differ: most entries are compared by id and skipped,
/// which is what makes a walk over thousands of commits cheap.
fn changed_files<'r>(
    cache: &mut Cache<'r>,
    old: Option<Oid>,
    new: Option<Oid>,
) -> Result<Vec<(Side, Side)>, String> {
    let mut out = Vec::new();
    diff_trees(cache, old, new, "", &mut out)?;
    Ok(out)
}

/// An entry of a raw git tree object: (is a tree, is a YAML file, name, id).
type RawEntry<'a> = (bool, bool, &'a [u8], &'a [u8]);

/// The entries of a raw git tree object, parsed in place from its bytes
/// ("<mode> <name>\0<20-byte id>") without allocating: each commit compares
/// thousands of them. `rest` is what is left to read.
struct Entries<'a> {
    rest: &'a [u8],
}

impl<'a> Entries<'a> {
    /// The next entry that is a subtree or a YAML file.
    fn next_relevant(&mut self) -> Option<RawEntry<'a>> {
        loop {
            let nul = memchr::memchr(0, self.rest)?;
            let space = memchr::memchr(b' ', &self.rest[..nul])?;
            let (mode, name) = (&self.rest[..space], &self.rest[space + 1..nul]);
            let id = self.rest.get(nul + 1..nul + 21)?;
            self.rest = &self.rest[nul + 21..];
            let tree = mode == b"40000";
            let yaml = (mode == b"100644" || mode == b"100755")
                && (name.ends_with(b".yaml") || name.ends_with(b".yml"));
            if tree || yaml {
                return Some((tree, yaml, name, id));
            }
        }
    }

    /// Skips the entries that lie wholly within the first `len` bytes.
    fn skip_within(&mut self, len: usize) {
        let start = self.rest;
        while let Some(nul) = memchr::memchr(0, self.rest) {
            let consumed = start.len() - self.rest.len() + nul + 21;
            if consumed > len || self.rest.len() < nul + 21 {
                break;
            }
            self.rest = &self.rest[nul + 21..];
        }
    }
}

/// How many leading and trailing bytes two slices share.
fn common_ends(a: &[u8], b: &[u8]) -> (usize, usize) {
    const CHUNK: usize = 256;
    let n = a.len().min(b.len());
    let mut p = 0;
    while p + CHUNK <= n && a[p..p + CHUNK] == b[p..p + CHUNK] {
        p += CHUNK;
    }
    while p < n && a[p] == b[p] {
        p += 1;
    }
    let mut q = 0;
    while q + CHUNK <= n - p
        && a[a.len() - q - CHUNK..a.len() - q] == b[b.len() - q - CHUNK..b.len() - q]
    {
        q += CHUNK;
    }
    while q < n - p && a[a.len() - q - 1] == b[b.len() - q - 1] {
        q += 1;
    }
    (p, q)
}

/// Git's order of tree entries: by name, a subtree's name as if it ended in '/'.
fn git_order(a: (bool, &[u8]), b: (bool, &[u8])) -> std::cmp::Ordering {
    let n = a.1.len().min(b.1.len());
    a.1[..n].cmp(&b.1[..n]).then_with(|| {
        let next = |(tree, name): (bool, &[u8])| {
            name.get(n).copied().unwrap_or(if tree { b'/' } else { 0 })
        };
        next(a).cmp(&next(b))
    })
}

fn diff_trees<'r>(
    cache: &mut Cache<'r>,
    old: Option<Oid>,
    new: Option<Oid>,
    prefix: &str,
    out: &mut Vec<(Side, Side)>,
) -> Result<(), String> {
    if old == new {
        return Ok(());
    }
    let old_data = old.map(|id| cache.tree(id)).transpose()?;
    let new_data = new.map(|id| cache.tree(id)).transpose()?;
    let (a_data, b_data) = (
        old_data.as_deref().map_or(&[][..], |d| d.data()),
        new_data.as_deref().map_or(&[][..], |d| d.data()),
    );
    // Most of two consecutive trees is the same bytes: skip the entries in
    // the shared prefix, and stop once what is left is the shared suffix.
    let (prefix_len, suffix_len) = common_ends(a_data, b_data);
    let mut a = Entries { rest: a_data };
    a.skip_within(prefix_len);
    let mut b = Entries {
        rest: &b_data[a_data.len() - a.rest.len()..],
    };
    // Bytes left from the start of each pending entry.
    let (mut a_left, mut b_left) = (a.rest.len(), b.rest.len());
    let (mut l_next, mut r_next) = (a.next_relevant(), b.next_relevant());
    loop {
        let order = match (l_next, r_next) {
            (None, None) => break,
            (Some(l), Some(r)) => git_order((l.0, l.2), (r.0, r.2)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
        };
        let l = if order.is_le() { l_next.take() } else { None };
        let r = if order.is_ge() { r_next.take() } else { None };
        if l.is_some() {
            a_left = a.rest.len();
            l_next = a.next_relevant();
        }
        if r.is_some() {
            b_left = b.rest.len();
            r_next = b.next_relevant();
        }
        if let (Some(l), Some(r)) = (l, r)
            && l.3 == r.3
        {
            if a_left == b_left && a_left <= suffix_len {
                // The pending entries and all after them are the shared suffix.
                break;
            }
            continue;
        }
        let name_bytes = l.or(r).map_or(&[][..], |e| e.2);
        let name = format!("{prefix}{}", String::from_utf8_lossy(name_bytes));
        let oid = |e: RawEntry| Oid::from_bytes(e.3).ok();
        let subtree = |e: Option<RawEntry>| e.filter(|e| e.0).and_then(oid);
        if subtree(l).is_some() || subtree(r).is_some() {
            diff_trees(cache, subtree(l), subtree(r), &format!("{name}/"), out)?;
        }
        let file =
            |e: Option<RawEntry>| e.filter(|e| e.1).and_then(oid).map(|id| (name.clone(), id));
        let (old_file, new_file) = (file(l), file(r));
        if old_file.is_some() || new_file.is_some() {
            out.push((old_file, new_file));
        }
    }
    Ok(())
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

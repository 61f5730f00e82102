//! `ncreg history`: each record's audit trail from git.
//!
//! One revision walk, oldest first (by commit date, never a child before its
//! parent). The commits are independent, so each one's changes are worked
//! out in parallel: a commit whose records-folder tree equals its first
//! parent's is skipped without diffing; otherwise only the record files that
//! differ are read, and matched by identity (`identity::pair`), so a record
//! is followed across moves and id changes. A merge shows only what it did
//! beyond all of its parents. One sequential pass then threads the changes
//! into records: which record a file is depends on the commit's ancestry.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use chrono::{DateTime, FixedOffset, NaiveDate};
use git2::{Oid, Sort};
use serde::Serialize;

use super::Repo;
use super::identity::{self, Versioned};
use super::tree_diff::{Side, Trees, changed_files};
use crate::model::config::{Config, Deadlines};
use crate::model::deadlines::{self, Moved};
use crate::model::events::{closed_edit, extended, is_past_event, lateness, reopened};
use crate::model::fields::{FieldChange, Fields, is_set};
use crate::model::record::Record;

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
    /// The id at HEAD (or when last seen, for a deleted record).
    pub id: String,
    /// Ids the record had before, oldest first.
    pub former_ids: Vec<String>,
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
    /// Committer date: when the change was written into the history.
    pub committed: String,
    /// Whether the commit carries a signature (not whether it verifies).
    pub signed: bool,
    pub subject: String,
    /// created | modified | renamed | deleted | restored (back after its
    /// deletion, shown against the version deleted) | present (first seen at
    /// a shallow clone's boundary)
    pub change: &'static str,
    pub file: String,
    pub previous_file: Option<String>,
    pub fields: Vec<FieldChange>,
    pub flags: Vec<Flag>,
}

/// An event an auditor should look at.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Flag {
    /// deadline-moved | backdated | closed-record-edited | reopened | unsigned
    pub flag: &'static str,
    pub field: Option<String>,
    pub detail: String,
}

/// What a record file says, parsed once per blob.
struct Parsed {
    id: Option<String>,
    fields: Fields,
    /// The record as lint reads it, for its deadlines.
    record: Option<Record>,
}

/// One version of a record file; `path` within the records folder.
struct Version {
    path: String,
    parsed: Rc<Parsed>,
}

impl Versioned for Version {
    fn path(&self) -> &str {
        &self.path
    }
    fn id(&self) -> Option<&str> {
        self.parsed.id.as_deref()
    }
    fn fields(&self) -> &Fields {
        &self.parsed.fields
    }
}

/// Parsed record files: the last version parsed at each path is the old
/// side of the next change there.
struct Parses {
    last: HashMap<String, (Oid, Rc<Parsed>)>,
}

impl Parses {
    fn version(&mut self, repo: &Repo, path: &str, blob: Oid) -> Result<Version, String> {
        let cached = self
            .last
            .get(path)
            .filter(|(id, _)| *id == blob)
            .map(|(_, p)| Rc::clone(p));
        let parsed = match cached {
            Some(p) => p,
            None => {
                let (fields, record) = super::read(&repo.text(blob)?);
                let id = fields.text("id").map(str::to_string);
                let parsed = Rc::new(Parsed { id, fields, record });
                self.last
                    .insert(path.to_string(), (blob, Rc::clone(&parsed)));
                parsed
            }
        };
        Ok(Version {
            path: path.to_string(),
            parsed,
        })
    }
}

/// What one commit did to one record.
struct Step {
    /// Where the record was: a parent (by position) and its path there;
    /// `None` for a record new in this commit.
    before: Option<(usize, String)>,
    /// Where it is now; `None` once deleted.
    after: Option<String>,
    id: Option<String>,
    /// What the trail shows; `None` for bookkeeping (a merge taking a
    /// parent's version as it was).
    shown: Option<Shown>,
}

struct Shown {
    change: &'static str,
    previous: Option<String>,
    fields: Vec<FieldChange>,
    flags: Vec<Flag>,
}

/// One commit's steps, with what to say about the commit.
struct CommitSteps {
    parents: Vec<Oid>,
    about: Change,
    steps: Vec<Step>,
}

/// Walks the history of HEAD and returns the trail of every record. The
/// config's `require_signed` adds the `unsigned` flag to unsigned changes;
/// its deadline settings compute the deadlines records do not write.
pub fn trail(repo: &Repo, config: &Config) -> Result<Trail, String> {
    let (require_signed, deadlines) = (config.require_signed, config.deadlines);
    let r = &repo.repo;
    let Some(head) = r.head().ok().and_then(|h| h.target()) else {
        return Ok(Trail {
            version: 1,
            complete: true,
            head: None,
            records: Vec::new(),
        });
    };
    let boundary = repo.shallow_boundary();
    let fail = |e: git2::Error| e.message().to_string();
    let mut walk = r.revwalk().map_err(fail)?;
    walk.push(head).map_err(fail)?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME | Sort::REVERSE)
        .map_err(fail)?;
    let oids: Vec<Oid> = walk.collect::<Result<_, _>>().map_err(fail)?;
    // Each thread reads its share of the commits through its own handle.
    let (workdir, records) = (&repo.workdir, &repo.records);
    let parts =
        crate::parallel::chunks(oids.clone(), |chunk| -> Result<Vec<CommitSteps>, String> {
            let repo = Repo {
                repo: git2::Repository::open(workdir).map_err(fail)?,
                records: records.clone(),
                workdir: workdir.clone(),
            };
            let odb = repo.repo.odb().map_err(fail)?;
            let mut work = Work {
                repo: &repo,
                trees: Trees::new(&odb),
                parses: Parses {
                    last: HashMap::new(),
                },
                require_signed,
                deadlines,
            };
            chunk
                .into_iter()
                .map(|oid| work.commit(&boundary, oid))
                .collect()
        });
    let mut commits = Vec::with_capacity(oids.len());
    for part in parts {
        commits.extend(part?);
    }
    let mut records = thread(&oids, commits);
    for t in &mut records {
        t.file = repo.path_of(&t.file);
        for c in &mut t.changes {
            c.file = repo.path_of(&c.file);
            c.previous_file = c.previous_file.as_deref().map(|p| repo.path_of(p));
        }
    }
    records.sort_by(|a, b| (&a.id, &a.file).cmp(&(&b.id, &b.file)));
    Ok(Trail {
        version: 1,
        complete: boundary.is_empty(),
        head: Some(head.to_string()),
        records,
    })
}

/// The sequential pass: which record each step belongs to, following every
/// commit's ancestry. A record is known in a commit by its path there; each
/// commit's map of paths to records starts as its first parent's.
fn thread(oids: &[Oid], commits: Vec<CommitSteps>) -> Vec<RecordTrail> {
    type Map = HashMap<String, (usize, Option<String>)>;
    let position: HashMap<Oid, usize> = oids.iter().enumerate().map(|(i, o)| (*o, i)).collect();
    let mut children = vec![0usize; oids.len()];
    for c in &commits {
        for p in &c.parents {
            if let Some(&i) = position.get(p) {
                children[i] += 1;
            }
        }
    }
    let mut maps: Vec<Option<Rc<Map>>> = vec![None; oids.len()];
    let mut trails: Vec<RecordTrail> = Vec::new();
    let mut ids: Vec<Vec<String>> = Vec::new();
    // A deleted record leaves a tombstone in the map under its id, and its
    // last version here, so that bringing it back (a revert, a checkout of
    // the old file) continues its trail instead of starting another.
    let mut deleted: HashMap<usize, Vec<FieldChange>> = HashMap::new();
    for (at, c) in commits.into_iter().enumerate() {
        let mut parent_maps: Vec<Rc<Map>> = Vec::new();
        for p in &c.parents {
            let Some(&i) = position.get(p) else {
                parent_maps.push(Rc::default());
                continue;
            };
            parent_maps.push(maps[i].clone().unwrap_or_default());
            children[i] -= 1;
            if children[i] == 0 {
                maps[i] = None;
            }
        }
        // Each step's record and id as the parent it comes from knew them.
        let known: Vec<Option<(usize, Option<String>)>> = c
            .steps
            .iter()
            .map(|s| {
                let (k, path) = s.before.as_ref()?;
                parent_maps.get(*k)?.get(path).cloned()
            })
            .collect();
        let mut map = if parent_maps.is_empty() {
            Rc::default()
        } else {
            parent_maps.swap_remove(0)
        };
        drop(parent_maps);
        if !c.steps.is_empty() {
            let m = Rc::make_mut(&mut map);
            for s in &c.steps {
                if let Some((0, path)) = &s.before {
                    m.remove(path);
                }
            }
            for (mut s, known) in c.steps.into_iter().zip(known) {
                let (record, known_id) = known.unzip();
                let id = s.id.take().or(known_id.flatten());
                let back = match (&s.before, &id) {
                    (None, Some(id)) => restores(m, id),
                    _ => None,
                };
                if let Some(record) = back {
                    m.remove(&tombstone(id.as_deref().unwrap_or_default()));
                    if let Some(shown) = &mut s.shown {
                        restored(deleted.remove(&record).unwrap_or_default(), shown);
                    }
                }
                let record = record.or(back).unwrap_or_else(|| {
                    trails.push(RecordTrail {
                        id: String::new(),
                        former_ids: Vec::new(),
                        file: String::new(),
                        changes: Vec::new(),
                    });
                    ids.push(Vec::new());
                    trails.len() - 1
                });
                if let Some(id) = &id
                    && ids[record].last() != Some(id)
                {
                    ids[record].push(id.clone());
                }
                match (&s.after, &id) {
                    (Some(path), _) => {
                        m.insert(path.clone(), (record, id.clone()));
                    }
                    (None, Some(id)) if s.before.is_some() => {
                        m.insert(tombstone(id), (record, Some(id.clone())));
                        if let Some(shown) = &s.shown {
                            deleted.insert(record, shown.fields.clone());
                        }
                    }
                    _ => {}
                }
                let t = &mut trails[record];
                if let Some(path) = s.after.as_ref().or(s.before.as_ref().map(|b| &b.1)) {
                    t.file.clone_from(path);
                }
                if let Some(shown) = s.shown {
                    t.changes.push(Change {
                        change: shown.change,
                        file: s.after.or(s.before.map(|b| b.1)).unwrap_or_default(),
                        previous_file: shown.previous,
                        fields: shown.fields,
                        flags: shown.flags,
                        ..c.about.clone()
                    });
                }
            }
        }
        maps[at] = Some(map);
    }
    // Records at HEAD are named and placed as HEAD has them.
    if let Some(Some(head)) = maps.last() {
        for (path, (record, id)) in head.iter().filter(|(p, _)| !p.starts_with('\0')) {
            trails[*record].file.clone_from(path);
            if let Some(id) = id {
                ids[*record].retain(|i| i != id);
                ids[*record].push(id.clone());
            }
        }
    }
    for (t, mut seen) in trails.iter_mut().zip(ids) {
        t.id = seen.pop().unwrap_or_else(|| t.file.clone());
        t.former_ids = seen;
    }
    trails.retain(|t| !t.changes.is_empty());
    trails
}

impl Work<'_> {
    /// The flags of one change: `fields` is what it changed from `old` to
    /// `new` (`None` once deleted).
    fn flags(
        &self,
        old: Option<&Version>,
        new: Option<&Version>,
        fields: &[FieldChange],
    ) -> Vec<Flag> {
        let mut out = Vec::new();
        let Some(old) = old else {
            return out;
        };
        // A deletion changes every field: it is named as what it is, not by
        // the first field it took away.
        let Some(new) = new else {
            if old.fields().text("status") == Some("closed") {
                out.push(Flag {
                    flag: "closed-record-edited",
                    field: None,
                    detail: "deleted while closed".into(),
                });
            }
            return out;
        };
        if let (Some(before), Some(after)) = (&old.parsed.record, &new.parsed.record) {
            // Only what this change did (a merge shows nothing a parent did):
            // the date, or a date it is computed from.
            let changed = |deadline: &str| {
                fields
                    .iter()
                    .any(|c| c.field == deadline || deadlines::computed_from(&c.field))
            };
            let moved = deadlines::moved(before, after, &self.deadlines);
            for m in moved.into_iter().filter(|m| changed(&m.field)) {
                let from = m.from_said();
                let detail = match m.to {
                    Some(to) => format!(
                        "{from} -> {}, {}",
                        Moved::said(to, &m.to_computed),
                        if extended(new.fields(), &m.field, m.from, to) {
                            "extension recorded"
                        } else {
                            "no extension recorded"
                        }
                    ),
                    None => format!("{from} -> taken out while still to do"),
                };
                out.push(Flag {
                    flag: "deadline-moved",
                    field: Some(m.field),
                    detail,
                });
            }
        }
        let (old, new) = (old.fields(), new.fields());
        if let Some(c) = closed_edit(old, new) {
            out.push(Flag {
                flag: "closed-record-edited",
                field: Some(c.field),
                detail: "edited while closed, without re-opening it".into(),
            });
        }
        if reopened(old, new) {
            out.push(Flag {
                flag: "reopened",
                field: Some("status".into()),
                detail: new.text("reopened.reason").unwrap_or_default().to_string(),
            });
        }
        out
    }
}

/// Where a deleted record waits in a commit's map of paths to records: no
/// path starts with a NUL.
fn tombstone(id: &str) -> String {
    format!("\0{id}")
}

/// The deleted record that a new file with `id` brings back, if no record
/// has that id meanwhile (then the file is a new record taking it).
fn restores(map: &HashMap<String, (usize, Option<String>)>, id: &str) -> Option<usize> {
    let (record, _) = map.get(&tombstone(id))?;
    let taken = map
        .iter()
        .any(|(p, (_, i))| !p.starts_with('\0') && i.as_deref() == Some(id));
    (!taken).then_some(*record)
}

/// A record brought back, shown against the version deleted: only what
/// differs from it is a change, and a date it already had was not written
/// late.
fn restored(deleted: Vec<FieldChange>, shown: &mut Shown) {
    let was = Fields::side(&deleted, true);
    let now = Fields::side(&shown.fields, false);
    shown.change = "restored";
    shown.fields = was.diff(&now);
    let fields = &shown.fields;
    shown.flags.retain(|f| {
        f.flag != "backdated"
            || fields
                .iter()
                .any(|c| Some(&c.field) == f.field.as_ref() && c.new.is_some())
    });
}

/// One thread's view of the repository.
struct Work<'r> {
    repo: &'r Repo,
    trees: Trees<'r>,
    parses: Parses,
    require_signed: bool,
    deadlines: Deadlines,
}

impl Work<'_> {
    fn commit(&mut self, boundary: &BTreeSet<Oid>, oid: Oid) -> Result<CommitSteps, String> {
        let fail = |e: git2::Error| e.message().to_string();
        let repo = self.repo;
        let commit = repo.repo.find_commit(oid).map_err(fail)?;
        let sub = repo.subtree(&commit.tree().map_err(fail)?);
        let shallow_root = boundary.contains(&oid);
        let parents: Vec<Oid> = if shallow_root {
            Vec::new()
        } else {
            commit.parent_ids().collect()
        };
        let parent_trees: Vec<Option<Oid>> = parents
            .iter()
            .map(|p| {
                repo.repo
                    .find_commit(*p)
                    .and_then(|c| c.tree())
                    .ok()
                    .and_then(|t| repo.subtree(&t))
            })
            .collect();
        let about = describe(repo, &commit);
        let first = parent_trees.first().copied().flatten();
        let unchanged = match parent_trees.first() {
            Some(_) => first == sub,
            None => sub.is_none(),
        };
        let steps = if unchanged {
            Vec::new()
        } else {
            let files = changed_files(&mut self.trees, first, sub)?;
            let mut steps = if parent_trees.len() > 1 {
                self.merge(&parent_trees, sub, files)?
            } else {
                self.plain(files, shallow_root)?
            };
            let written = committed_date(&commit);
            for shown in steps.iter_mut().filter_map(|s| s.shown.as_mut()) {
                if let Some(written) = written {
                    shown.flags.extend(backdated(&shown.fields, written));
                }
                if self.require_signed && !about.signed {
                    shown.flags.push(Flag {
                        flag: "unsigned",
                        field: None,
                        detail: "the commit carries no signature".into(),
                    });
                }
            }
            steps
        };
        Ok(CommitSteps {
            parents,
            about,
            steps,
        })
    }

    /// A commit with one parent (or none): its changed files, matched.
    fn plain(&mut self, files: Vec<(Side, Side)>, shallow_root: bool) -> Result<Vec<Step>, String> {
        let empty = Fields::default();
        Ok(self
            .matched(files)?
            .into_iter()
            .map(|(old, new)| {
                let change = match (&old, &new) {
                    (None, _) if shallow_root => "present",
                    (None, _) => "created",
                    (_, None) => "deleted",
                    (Some(o), Some(n)) if o.path != n.path => "renamed",
                    _ => "modified",
                };
                let before = old.as_ref().map_or(&empty, |o| o.fields());
                let after = new.as_ref().map_or(&empty, |n| n.fields());
                let fields = before.diff(after);
                let previous = old
                    .as_ref()
                    .filter(|o| new.as_ref().is_some_and(|n| n.path != o.path))
                    .map(|o| o.path.clone());
                Step {
                    before: old.as_ref().map(|o| (0, o.path.clone())),
                    after: new.as_ref().map(|n| n.path.clone()),
                    id: new
                        .as_ref()
                        .or(old.as_ref())
                        .and_then(|v| v.parsed.id.clone()),
                    shown: Some(Shown {
                        change,
                        previous,
                        flags: self.flags(old.as_ref(), new.as_ref(), &fields),
                        fields,
                    }),
                }
            })
            .collect())
    }

    /// A merge: a file the merge took as one parent had it is that parent's
    /// record, unchanged; any other file shows only the fields whose value
    /// differs from every parent's version of the record, wherever each
    /// parent keeps it (a clean merge shows nothing). A record is deleted by
    /// the merge only if every parent still had it.
    fn merge(
        &mut self,
        parents: &[Option<Oid>],
        merged: Option<Oid>,
        first: Vec<(Side, Side)>,
    ) -> Result<Vec<Step>, String> {
        // Each parent's changed files against the merge, matched by identity.
        let mut sides = vec![self.matched(first)?];
        for tree in &parents[1..] {
            let files = changed_files(&mut self.trees, *tree, merged)?;
            sides.push(self.matched(files)?);
        }
        let mut steps = Vec::new();
        for (old, new) in &sides[0] {
            let Some(new) = new else {
                let old = old.as_ref().map(|o| o.path.clone()).unwrap_or_default();
                // Gone from the merge: the merge's own deletion only if
                // every other parent still has the file.
                let everywhere = parents[1..]
                    .iter()
                    .all(|t| blob_at(self.repo, *t, &old).is_some());
                steps.push(Step {
                    before: Some((0, old)),
                    after: None,
                    id: None,
                    shown: everywhere.then(|| Shown {
                        change: "deleted",
                        previous: None,
                        fields: Vec::new(),
                        flags: Vec::new(),
                    }),
                });
                continue;
            };
            // Each parent's version of this record: None where the file is
            // as that parent has it (not among its changed files).
            let mut versions: Vec<Option<Option<&Version>>> = Vec::new();
            for side in &sides {
                versions.push(
                    side.iter()
                        .find(|(_, n)| n.as_ref().is_some_and(|n| n.path == new.path))
                        .map(|(o, _)| o.as_ref()),
                );
            }
            if let Some(k) = versions.iter().position(Option::is_none) {
                steps.push(Step {
                    before: Some((k, new.path.clone())),
                    after: Some(new.path.clone()),
                    id: None,
                    shown: None,
                });
                continue;
            }
            let versions: Vec<Option<&Version>> = versions.into_iter().flatten().collect();
            let empty = Fields::default();
            let diffs: Vec<Vec<FieldChange>> = versions
                .iter()
                .map(|v| v.map_or(&empty, |v| v.fields()).diff(new.fields()))
                .collect();
            let beyond: Vec<FieldChange> = diffs[0]
                .iter()
                .filter(|c| {
                    diffs[1..].iter().all(|d| {
                        d.iter()
                            .any(|o| o.field == c.field && (!is_set(&c.field) || o == *c))
                    })
                })
                .cloned()
                .collect();
            let before = versions
                .iter()
                .enumerate()
                .find_map(|(k, v)| v.map(|v| (k, v.path.clone())));
            let shown = if before.is_none() {
                Some(Shown {
                    change: "created",
                    previous: None,
                    fields: beyond,
                    flags: Vec::new(),
                })
            } else {
                (!beyond.is_empty()).then(|| Shown {
                    change: "modified",
                    previous: None,
                    flags: self.flags(versions[0], Some(new), &beyond),
                    fields: beyond,
                })
            };
            steps.push(Step {
                before,
                after: Some(new.path.clone()),
                id: new.parsed.id.clone(),
                shown,
            });
        }
        Ok(steps)
    }

    /// Changed files parsed and matched by identity: (old, new) pairs.
    fn matched(&mut self, files: Vec<(Side, Side)>) -> Result<Vec<VersionPair>, String> {
        let (mut olds, mut news) = (Vec::new(), Vec::new());
        for (old, new) in files {
            if let Some((path, blob)) = old {
                olds.push(self.parses.version(self.repo, &path, blob)?);
            }
            if let Some((path, blob)) = new {
                news.push(self.parses.version(self.repo, &path, blob)?);
            }
        }
        let pairs = identity::pair(&olds, &news);
        let mut olds: Vec<Option<Version>> = olds.into_iter().map(Some).collect();
        let mut news: Vec<Option<Version>> = news.into_iter().map(Some).collect();
        Ok(pairs
            .into_iter()
            .map(|(i, j)| {
                (
                    i.and_then(|i| olds[i].take()),
                    j.and_then(|j| news[j].take()),
                )
            })
            .collect())
    }
}

/// A record's version before and after a change.
type VersionPair = (Option<Version>, Option<Version>);

/// The blob at `path` in a records-folder tree.
fn blob_at(repo: &Repo, tree: Option<Oid>, path: &str) -> Option<Oid> {
    let tree = repo.repo.find_tree(tree?).ok()?;
    let entry = tree.get_path(std::path::Path::new(path)).ok()?;
    Some(entry.id())
}

/// Past-event dates that a change wrote into git long after the event (H004's test).
fn backdated(fields: &[FieldChange], written: NaiveDate) -> Vec<Flag> {
    fields
        .iter()
        .filter(|c| is_past_event(&c.field))
        .filter_map(|c| {
            let date = crate::reader::parse_date(c.new.as_deref()?.trim()).ok()?;
            let late = lateness(None, &c.field, date, written)?;
            Some(Flag {
                flag: "backdated",
                field: Some(c.field.clone()),
                detail: format!("{date} written on {written}, {late} days after the event"),
            })
        })
        .collect()
}

fn committed_date(commit: &git2::Commit) -> Option<NaiveDate> {
    let t = commit.committer().when();
    let offset = FixedOffset::east_opt(t.offset_minutes() * 60)?;
    DateTime::from_timestamp(t.seconds(), 0).map(|d| d.with_timezone(&offset).date_naive())
}

fn rfc3339(time: git2::Time) -> String {
    let offset = FixedOffset::east_opt(time.offset_minutes() * 60)
        .unwrap_or(FixedOffset::east_opt(0).expect("zero offset"));
    DateTime::from_timestamp(time.seconds(), 0)
        .map(|d| d.with_timezone(&offset).to_rfc3339())
        .unwrap_or_default()
}

fn describe(repo: &Repo, commit: &git2::Commit) -> Change {
    let author = commit.author();
    let committer = commit.committer();
    let id = commit.id().to_string();
    Change {
        short: id[..7].to_string(),
        commit: id,
        date: rfc3339(author.when()),
        author: String::from_utf8_lossy(author.name_bytes()).into_owned(),
        author_email: String::from_utf8_lossy(author.email_bytes()).into_owned(),
        committer: String::from_utf8_lossy(committer.name_bytes()).into_owned(),
        committer_email: String::from_utf8_lossy(committer.email_bytes()).into_owned(),
        committed: rfc3339(committer.when()),
        signed: repo.repo.extract_signature(&commit.id(), None).is_ok(),
        subject: commit
            .summary_bytes()
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default(),
        change: "modified",
        file: String::new(),
        previous_file: None,
        fields: Vec::new(),
        flags: Vec::new(),
    }
}

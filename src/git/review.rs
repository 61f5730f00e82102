//! The change under review (`lint --base REV`): the working tree against the
//! merge base of REV and HEAD, as a pull request shows it. A branch that is
//! merely behind REV is not blamed for what REV gained meanwhile; what REV
//! gained is kept apart, to find ids that both sides took (H005).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use git2::{ObjectType, Oid, Sort};

use super::Repo;
use super::identity::{self, Pair, Versioned};
use crate::codes::Code;
use crate::model::config::{Config, Deadlines};
use crate::model::events::lateness;
use crate::model::fields::Fields;
use crate::model::record::Record;
use crate::span::{LineIndex, Span};

/// A record file as it is now, as the caller read it.
pub struct Present<'a> {
    /// Path in the repository, with `/`.
    pub file: &'a str,
    pub text: &'a str,
    pub id: Option<&'a str>,
    /// The record's past-event dates by keyed path (H004 judges the new ones).
    pub past_events: Vec<(String, NaiveDate, Span)>,
}

/// A record file at one side of the comparison.
pub struct Version {
    pub file: String,
    pub text: String,
    /// The id and where it is written.
    pub id: Option<(String, Span)>,
    pub fields: Fields,
    /// The record as lint reads it, for its deadlines (H006).
    pub record: Option<Record>,
    pub past_events: Vec<(String, NaiveDate, Span)>,
}

impl Version {
    pub fn parse(file: String, text: String) -> Version {
        let (fields, record) = super::read(&text);
        let id = fields
            .get("id")
            .filter(|(v, _)| !v.trim().is_empty())
            .map(|(v, s)| (v.trim().to_string(), s));
        Version {
            file,
            text,
            id,
            fields,
            record,
            past_events: Vec::new(),
        }
    }

    /// Where to point when no field fits: the id, else the first line.
    pub fn anchor(&self) -> Span {
        self.id
            .as_ref()
            .map_or_else(|| LineIndex::new(&self.text).line_span(1), |(_, s)| *s)
    }
}

impl Versioned for Version {
    fn path(&self) -> &str {
        &self.file
    }
    fn id(&self) -> Option<&str> {
        self.id.as_ref().map(|(i, _)| i.as_str())
    }
    fn fields(&self) -> &Fields {
        &self.fields
    }
}

/// A commit under review that touches records and carries no signature.
pub struct Unsigned {
    pub short: String,
    pub subject: String,
    /// Record files it changed, as they are named now or were last named.
    pub files: Vec<String>,
}

pub struct Review {
    /// The base as messages name it: "`main` (merge base 1a2b3c4)".
    pub base_name: String,
    /// The revision given (`main`).
    pub base_rev: String,
    /// The merge base's short id, for commands in help texts.
    pub merge_base: String,
    /// Files at the merge base that differ from now (changed, moved or gone).
    pub base: Vec<Version>,
    /// Files now that differ from the merge base (changed, moved or new).
    pub current: Vec<Version>,
    /// `base` and `current` matched by identity (`identity::pair`).
    pub pairs: Vec<Pair>,
    /// Records the same on both sides: id -> file.
    pub unchanged: HashMap<String, String>,
    /// Every id at the merge base: its file there, and whether that record
    /// still has it now.
    holders: HashMap<String, (String, bool)>,
    /// Records REV added or changed since the merge base, under ids the
    /// merge base does not have.
    pub gained: Vec<Version>,
    /// Unsigned commits that touch records (read only when asked for).
    pub unsigned: Vec<Unsigned>,
    /// For a record new since the merge base, by its place in `current`: its
    /// last version in the history before, when it was deleted and is back.
    pub earlier: HashMap<usize, Fields>,
    /// The register's deadline settings, for deadlines it computes (H006).
    pub deadlines: Deadlines,
    pub as_of: NaiveDate,
}

impl Review {
    /// Who holds `id` at the merge base, and whether it still does now.
    pub fn base_holder(&self, id: &str) -> Option<(&str, bool)> {
        self.holders
            .get(id)
            .map(|(file, kept)| (file.as_str(), *kept))
    }
}

/// Compares `present` (the working tree's records) with the merge base of
/// `spec` (`REV`, `REV...` or `REV...HEAD`) and HEAD.
pub fn review(
    repo: &Repo,
    spec: &str,
    present: Vec<Present>,
    as_of: NaiveDate,
    config: &Config,
) -> Result<Review, String> {
    let r = &repo.repo;
    let rev = match spec.split_once("...") {
        Some((rev, "" | "HEAD")) => rev,
        Some(_) => {
            return Err(format!(
                "`--base {spec}`: ncreg checks the working tree against the merge base, so the right side of `...` must be HEAD (or nothing)"
            ));
        }
        None => spec,
    };
    let rev_commit = r
        .revparse_single(rev)
        .and_then(|o| o.peel_to_commit())
        .map_err(|e| {
            let fetch = if r.is_shallow() {
                "; this is a shallow clone, which may lack it: fetch it (`git fetch origin <branch>`) or clone with the full history (GitHub Actions: actions/checkout with `fetch-depth: 0`)"
            } else {
                ""
            };
            format!("cannot find revision `{rev}`: {}{fetch}", e.message())
        })?;
    let head = r.head().ok().and_then(|h| h.target()).ok_or(
        "the repository has no commit yet, so there is no change to compare: commit first",
    )?;
    let merge_base = r.merge_base(rev_commit.id(), head).map_err(|_| {
        if r.is_shallow() {
            format!(
                "the merge base of `{rev}` and HEAD is not in this shallow clone; fetch the history first: `git fetch --unshallow` (GitHub Actions: actions/checkout with `fetch-depth: 0`; GitLab CI: `GIT_DEPTH: 0`)"
            )
        } else {
            format!("`{rev}` and HEAD have no common history, so there is no change to compare")
        }
    })?;
    let short = |oid: Oid| oid.to_string()[..7].to_string();
    let base_name = if merge_base == rev_commit.id() {
        format!("`{rev}`")
    } else {
        format!("`{rev}` (merge base {})", short(merge_base))
    };
    let at_base = repo.entries_at(merge_base)?;
    let mut base_changed: HashMap<&str, Oid> =
        at_base.iter().map(|(p, o)| (p.as_str(), *o)).collect();
    let mut unchanged = HashMap::new();
    let mut current = Vec::new();
    for p in present {
        let blob = Oid::hash_object(ObjectType::Blob, p.text.as_bytes()).ok();
        if blob.is_some() && base_changed.get(p.file).copied() == blob {
            base_changed.remove(p.file);
            if let Some(id) = p.id {
                unchanged.insert(id.to_string(), p.file.to_string());
            }
            continue;
        }
        let mut v = Version::parse(p.file.to_string(), p.text.to_string());
        v.past_events = p.past_events;
        current.push(v);
    }
    let mut base: Vec<Version> = Vec::new();
    for (path, oid) in &at_base {
        if base_changed.contains_key(path.as_str()) {
            base.push(Version::parse(path.clone(), repo.text(*oid)?));
        }
    }
    let pairs = identity::pair(&base, &current);
    let mut holders: HashMap<String, (String, bool)> = unchanged
        .iter()
        .map(|(id, file)| (id.clone(), (file.clone(), true)))
        .collect();
    for (b, n) in &pairs {
        let Some(b) = b.map(|b| &base[b]) else {
            continue;
        };
        if let Some(id) = b.id() {
            let kept = n.is_some_and(|n| current[n].id() == Some(id));
            holders
                .entry(id.to_string())
                .or_insert((b.file.clone(), kept));
        }
    }
    let gained = gained(repo, &at_base, rev_commit.id(), &holders)?;
    // Only a record that H004 would find late is looked for in the past.
    let late: Vec<(usize, &Version)> = pairs
        .iter()
        .filter(|(b, _)| b.is_none())
        .filter_map(|(_, n)| n.map(|n| (n, &current[n])))
        .filter(|(_, v)| {
            v.past_events
                .iter()
                .any(|(path, date, _)| lateness(None, path, *date, as_of).is_some())
        })
        .collect();
    let earlier = earlier(repo, merge_base, late)?;
    // Commits are read for their signatures only when H007 is asked for and on.
    let unsigned = if config.require_signed && config.severity(Code::H007).is_some() {
        unsigned(repo, head, merge_base)?
    } else {
        Vec::new()
    };
    Ok(Review {
        base_name,
        base_rev: rev.to_string(),
        merge_base: short(merge_base),
        base,
        current,
        pairs,
        unchanged,
        holders,
        gained,
        unsigned,
        earlier,
        deadlines: config.deadlines,
        as_of,
    })
}

/// The last version before `merge_base` of each record in `wanted`, where
/// the history had it at the same path with the same id: a record deleted
/// and brought back (as H001's help says to) was written when it was first
/// committed, not now. One walk back for all of them, newest first, looking
/// into each distinct records folder once. `file` is the path in the
/// repository.
fn earlier(
    repo: &Repo,
    merge_base: Oid,
    mut wanted: Vec<(usize, &Version)>,
) -> Result<HashMap<usize, Fields>, String> {
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return Ok(found);
    }
    let r = &repo.repo;
    let fail = |e: git2::Error| e.message().to_string();
    let mut walk = r.revwalk().map_err(fail)?;
    walk.push(merge_base).map_err(fail)?;
    walk.set_sorting(Sort::TOPOLOGICAL | Sort::TIME)
        .map_err(fail)?;
    let mut seen = HashSet::new();
    for oid in walk {
        let tree = r
            .find_commit(oid.map_err(fail)?)
            .and_then(|c| c.tree())
            .map_err(fail)?;
        if !repo.subtree(&tree).is_some_and(|sub| seen.insert(sub)) {
            continue;
        }
        let mut left = Vec::new();
        for (i, v) in wanted {
            match tree.get_path(Path::new(&v.file)) {
                Ok(entry) if entry.kind() == Some(ObjectType::Blob) => {
                    let old = Version::parse(v.file.clone(), repo.text(entry.id())?);
                    if old.id().is_some() && old.id() == v.id() {
                        found.insert(i, old.fields);
                    }
                }
                _ => left.push((i, v)),
            }
        }
        if left.is_empty() {
            break;
        }
        wanted = left;
    }
    Ok(found)
}

/// The records at REV that are new or changed since the merge base and
/// carry an id the merge base does not have.
fn gained(
    repo: &Repo,
    at_base: &[(String, Oid)],
    rev: Oid,
    holders: &HashMap<String, (String, bool)>,
) -> Result<Vec<Version>, String> {
    let before: HashMap<&str, Oid> = at_base.iter().map(|(p, o)| (p.as_str(), *o)).collect();
    let mut out = Vec::new();
    for (path, oid) in repo.entries_at(rev)? {
        if before.get(path.as_str()) == Some(&oid) {
            continue;
        }
        let v = Version::parse(path, repo.text(oid)?);
        if v.id().is_some_and(|id| !holders.contains_key(id)) {
            out.push(v);
        }
    }
    Ok(out)
}

/// Commits from the merge base to HEAD whose records differ from every
/// parent's, and that carry no signature.
fn unsigned(repo: &Repo, head: Oid, merge_base: Oid) -> Result<Vec<Unsigned>, String> {
    let r = &repo.repo;
    let fail = |e: git2::Error| e.message().to_string();
    let mut walk = r.revwalk().map_err(fail)?;
    walk.push(head).map_err(fail)?;
    walk.hide(merge_base).map_err(fail)?;
    walk.set_sorting(git2::Sort::TOPOLOGICAL | git2::Sort::REVERSE)
        .map_err(fail)?;
    let mut out = Vec::new();
    for oid in walk {
        let commit = r.find_commit(oid.map_err(fail)?).map_err(fail)?;
        let records = |c: &git2::Commit| c.tree().ok().and_then(|t| repo.subtree(&t));
        let mine = records(&commit);
        let parents: Vec<Option<Oid>> = commit.parents().map(|p| records(&p)).collect();
        if parents.contains(&mine) || (parents.is_empty() && mine.is_none()) {
            continue;
        }
        if r.extract_signature(&commit.id(), None).is_ok() {
            continue;
        }
        let before = parents.first().copied().flatten();
        let files = repo.changed_paths(before, mine)?;
        out.push(Unsigned {
            short: commit.id().to_string()[..7].to_string(),
            subject: String::from_utf8_lossy(commit.summary_bytes().unwrap_or_default())
                .into_owned(),
            files,
        });
    }
    Ok(out)
}

//! Which record files differ between two records-folder trees, read from
//! the raw tree objects: the inner loop of `history`.

use std::rc::Rc;

use git2::Oid;

/// A file on one side of a difference: its path within the records folder
/// and its blob.
pub type Side = Option<(String, Oid)>;

/// Tree objects read recently. In a linear history each commit's parent tree
/// is the tree just seen: keeping a few saves most reads and inflations.
pub struct Trees<'r> {
    odb: &'r git2::Odb<'r>,
    trees: Vec<(Oid, Rc<git2::OdbObject<'r>>)>,
}

impl<'r> Trees<'r> {
    pub fn new(odb: &'r git2::Odb<'r>) -> Self {
        Trees {
            odb,
            trees: Vec::new(),
        }
    }

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
}

/// (old, new) of every YAML file that differs between two records trees.
///
/// A merge-join over the two sorted entry lists, descending only into
/// subtrees whose ids differ: most entries are compared by id and skipped,
/// which is what makes a walk over thousands of commits cheap.
pub fn changed_files<'r>(
    cache: &mut Trees<'r>,
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
                && crate::discover::is_record_name_bytes(name);
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
    cache: &mut Trees<'r>,
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

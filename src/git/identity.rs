//! Which version of a record at one side of a change is which at the other:
//! the one matching pass behind `lint --base` (H001-H005) and `history`.
//!
//! A record is followed by what it is, not by where its file lies. Versions
//! are paired in this order, each step among those still unpaired:
//! 1. same path and same id;
//! 2. same id (the file moved);
//! 3. same path (the id changed);
//! 4. the rest by content: the same `identified` date and mostly the same
//!    words in title and description.
//!
//! A pair from steps 1-3 whose contents are plainly two different findings is
//! re-examined together with the unpaired versions: two records that swapped
//! ids, with or without their files, pair by content, and each shows its id
//! change. Only the versions that differ between the two sides take part:
//! an unchanged file is its own pair.

use std::collections::{BTreeSet, HashMap};

use crate::model::fields::Fields;

/// One side's version of a record, as the matcher sees it.
pub trait Versioned {
    fn path(&self) -> &str;
    fn id(&self) -> Option<&str>;
    fn fields(&self) -> &Fields;
}

/// Indices into the old and the new side: both for a record on both sides,
/// one for a record that is only on one.
pub type Pair = (Option<usize>, Option<usize>);

/// How much of title and description two versions must share to be one record.
const SAME_RECORD: f64 = 0.5;

#[derive(Clone, Copy, PartialEq)]
enum By {
    IdAndPath,
    Id,
    Path,
}

pub fn pair<T: Versioned>(old: &[T], new: &[T]) -> Vec<Pair> {
    let mut m = Matching {
        new_of_old: vec![None; old.len()],
        old_of_new: vec![None; new.len()],
    };
    let mut by_path: HashMap<&str, usize> = HashMap::new();
    let mut by_id: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, o) in old.iter().enumerate() {
        by_path.insert(o.path(), i);
        if let Some(id) = o.id() {
            by_id.entry(id).or_default().push(i);
        }
    }
    let mut tentative: Vec<(usize, usize, By)> = Vec::new();
    for (j, n) in new.iter().enumerate() {
        if let Some(&i) = by_path.get(n.path())
            && n.id().is_some()
            && old[i].id() == n.id()
        {
            m.link(i, j);
            tentative.push((i, j, By::IdAndPath));
        }
    }
    for (j, n) in new.iter().enumerate() {
        let Some(id) = n.id().filter(|_| m.old_of_new[j].is_none()) else {
            continue;
        };
        let free = by_id
            .get(id)
            .and_then(|is| is.iter().copied().find(|&i| m.new_of_old[i].is_none()));
        if let Some(i) = free {
            m.link(i, j);
            tentative.push((i, j, By::Id));
        }
    }
    for (j, n) in new.iter().enumerate() {
        if m.old_of_new[j].is_none()
            && let Some(&i) = by_path.get(n.path())
            && m.new_of_old[i].is_none()
        {
            m.link(i, j);
            tentative.push((i, j, By::Path));
        }
    }
    // Pairs whose two sides are plainly different findings go back to the pool.
    let mut suspects = Vec::new();
    for &(i, j, by) in &tentative {
        if similarity(&old[i], &new[j]) < SAME_RECORD {
            m.unlink(i, j);
            suspects.push((i, j, by));
        }
    }
    m.by_content(old, new);
    // An id is strong evidence: a pair by id that nothing matched better stands.
    for (i, j, by) in suspects {
        if by != By::Path && m.new_of_old[i].is_none() && m.old_of_new[j].is_none() {
            m.link(i, j);
        }
    }
    m.pairs()
}

struct Matching {
    new_of_old: Vec<Option<usize>>,
    old_of_new: Vec<Option<usize>>,
}

impl Matching {
    fn link(&mut self, i: usize, j: usize) {
        self.new_of_old[i] = Some(j);
        self.old_of_new[j] = Some(i);
    }

    fn unlink(&mut self, i: usize, j: usize) {
        self.new_of_old[i] = None;
        self.old_of_new[j] = None;
    }

    /// Pairs the unpaired versions by content, most similar first. Only
    /// versions with the same `identified` date are compared, which keeps
    /// the work small however many records changed.
    fn by_content<T: Versioned>(&mut self, old: &[T], new: &[T]) {
        let mut buckets: HashMap<&str, (Vec<usize>, Vec<usize>)> = HashMap::new();
        for (i, o) in old.iter().enumerate() {
            if self.new_of_old[i].is_none() {
                buckets.entry(identified(o)).or_default().0.push(i);
            }
        }
        for (j, n) in new.iter().enumerate() {
            if self.old_of_new[j].is_none() {
                buckets.entry(identified(n)).or_default().1.push(j);
            }
        }
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for (date, (is, js)) in buckets {
            if date.is_empty() {
                continue;
            }
            for &i in &is {
                for &j in &js {
                    let s = similarity(&old[i], &new[j]);
                    if s >= SAME_RECORD {
                        candidates.push((s, i, j));
                    }
                }
            }
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        for (_, i, j) in candidates {
            if self.new_of_old[i].is_none() && self.old_of_new[j].is_none() {
                self.link(i, j);
            }
        }
    }

    /// Every version once: pairs and old-only in old order, then new-only.
    fn pairs(&self) -> Vec<Pair> {
        let mut out: Vec<Pair> = self
            .new_of_old
            .iter()
            .enumerate()
            .map(|(i, j)| (Some(i), *j))
            .collect();
        out.extend(
            self.old_of_new
                .iter()
                .enumerate()
                .filter(|(_, i)| i.is_none())
                .map(|(j, _)| (None, Some(j))),
        );
        out
    }
}

fn identified<T: Versioned>(v: &T) -> &str {
    v.fields().text("identified").unwrap_or("")
}

/// Jaccard similarity of the words of title and description; 0 when the
/// finding was raised on another date, or when there are no words to compare.
fn similarity<T: Versioned>(a: &T, b: &T) -> f64 {
    if identified(a) != identified(b) {
        return 0.0;
    }
    let (x, y) = (words(a.fields()), words(b.fields()));
    let union = x.union(&y).count();
    if union == 0 {
        return 0.0;
    }
    x.intersection(&y).count() as f64 / union as f64
}

fn words(f: &Fields) -> BTreeSet<String> {
    ["title", "description"]
        .iter()
        .filter_map(|k| f.text(k))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        // Short words ("the", "of", "and") say nothing about which finding it is.
        .filter(|w| w.chars().count() > 3)
        .map(str::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct V(&'static str, Fields);

    impl Versioned for V {
        fn path(&self) -> &str {
            self.0
        }
        fn id(&self) -> Option<&str> {
            self.1.text("id")
        }
        fn fields(&self) -> &Fields {
            &self.1
        }
    }

    fn v(path: &'static str, id: &str, title: &str) -> V {
        let text = format!(
            "id: {id}\ntitle: {title}\nidentified: 2026-03-01\ndescription: Found in the {title} review.\n"
        );
        V(path, Fields::of(&crate::yaml::parse(&text).unwrap()))
    }

    fn paired(old: &[V], new: &[V]) -> Vec<String> {
        pair(old, new)
            .into_iter()
            .map(|(i, j)| {
                let o = i.map_or("-".into(), |i| {
                    format!("{}:{}", old[i].0, old[i].id().unwrap())
                });
                let n = j.map_or("-".into(), |j| {
                    format!("{}:{}", new[j].0, new[j].id().unwrap())
                });
                format!("{o} => {n}")
            })
            .collect()
    }

    #[test]
    fn moves_id_changes_and_new_records() {
        let old = [
            v("a", "X", "leavers access"),
            v("b", "Y", "backup restore tests"),
            v("c", "Z", "visitor badges"),
        ];
        let new = [
            v("a2", "X", "leavers access"),
            v("b", "Y2", "backup restore tests"),
            v("d", "W", "firewall rule reviews"),
        ];
        assert_eq!(
            paired(&old, &new),
            ["a:X => a2:X", "b:Y => b:Y2", "c:Z => -", "- => d:W"]
        );
    }

    #[test]
    fn swapped_ids_pair_by_content_with_and_without_the_files() {
        let old = [
            v("a", "X", "leavers access"),
            v("b", "Y", "backup restore tests"),
        ];
        let with_files = [
            v("b", "Y", "leavers access"),
            v("a", "X", "backup restore tests"),
        ];
        assert_eq!(paired(&old, &with_files), ["a:X => b:Y", "b:Y => a:X"]);
        let ids_only = [
            v("a", "Y", "leavers access"),
            v("b", "X", "backup restore tests"),
        ];
        assert_eq!(paired(&old, &ids_only), ["a:X => a:Y", "b:Y => b:X"]);
    }

    #[test]
    fn a_renamed_record_with_a_new_id_is_found_by_content() {
        let old = [v("a", "X", "leavers access")];
        let new = [v("z", "Q", "leavers access still")];
        assert_eq!(paired(&old, &new), ["a:X => z:Q"]);
    }

    #[test]
    fn a_rewritten_record_keeps_its_id_and_a_replaced_file_is_not_an_id_change() {
        let old = [
            v("a", "X", "leavers access"),
            v("b", "Y", "backup restore tests"),
        ];
        let new = [
            v("a", "X", "entirely new wording here"),
            v("b", "Q", "visitor badges"),
        ];
        assert_eq!(paired(&old, &new), ["a:X => a:X", "b:Y => -", "- => b:Q"]);
    }
}

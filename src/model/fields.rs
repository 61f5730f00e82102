//! A record's values by field path, keyed so that two versions of a record
//! can be compared field by field: what `history` shows and what the git
//! rules (`lint --base`) judge.
//!
//! List items are named by what they are, not where they stand: an item of a
//! list whose items all carry a distinct `id` (actions) is `actions[<id>]`, so
//! removing action 5 never reads as action 9's due date moving; any other
//! list is a set, each item one entry under `list[]` (`related[]`,
//! `actions[2].evidence[]`, `root_cause.whys[]`), so moving an item is no
//! change and adding one is one added entry.

use std::cmp::Ordering;

use crate::span::Span;
use crate::yaml::{Node, NodeKind};

/// Every value of a tree by keyed path, sorted by path and value.
#[derive(Debug, Default, Clone)]
pub struct Fields {
    entries: Vec<(String, String, Span)>,
}

/// One difference between two versions: `old` is absent for an added value
/// or list item, `new` for a removed one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl Fields {
    pub fn of(node: &Node) -> Fields {
        let mut entries = Vec::new();
        walk(node, String::new(), &mut entries);
        entries.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        Fields { entries }
    }

    /// The values one side of `changes` holds (`old` or `new`), as the
    /// version they were read from: a record's trail keeps its deleted
    /// version so, not as parsed.
    pub fn side(changes: &[FieldChange], old: bool) -> Fields {
        let mut entries: Vec<(String, String, Span)> = changes
            .iter()
            .filter_map(|c| {
                let value = if old { &c.old } else { &c.new };
                Some((c.field.clone(), value.clone()?, Span::default()))
            })
            .collect();
        entries.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
        Fields { entries }
    }

    /// The value of a single-valued path (not a `[]` set path).
    pub fn get(&self, path: &str) -> Option<(&str, Span)> {
        let i = self.entries.partition_point(|e| e.0.as_str() < path);
        self.entries
            .get(i)
            .filter(|e| e.0 == path)
            .map(|e| (e.1.as_str(), e.2))
    }

    /// The non-empty value of a path, trimmed.
    pub fn text(&self, path: &str) -> Option<&str> {
        self.get(path)
            .map(|(v, _)| v.trim())
            .filter(|v| !v.is_empty())
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str, Span)> {
        self.entries
            .iter()
            .map(|e| (e.0.as_str(), e.1.as_str(), e.2))
    }

    /// What changed from `self` to `new`, in path order.
    pub fn diff(&self, new: &Fields) -> Vec<FieldChange> {
        let (a, b) = (&self.entries, &new.entries);
        let (mut i, mut j) = (0, 0);
        let mut out = Vec::new();
        let change = |field: &str, old: Option<&str>, new: Option<&str>| FieldChange {
            field: field.to_string(),
            old: old.map(str::to_string),
            new: new.map(str::to_string),
        };
        while i < a.len() || j < b.len() {
            let order = match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if is_set(&x.0) && x.0 == y.0 => x.1.cmp(&y.1),
                (Some(x), Some(y)) => x.0.cmp(&y.0),
                (Some(_), None) => Ordering::Less,
                _ => Ordering::Greater,
            };
            match order {
                Ordering::Less => {
                    out.push(change(&a[i].0, Some(&a[i].1), None));
                    i += 1;
                }
                Ordering::Greater => {
                    out.push(change(&b[j].0, None, Some(&b[j].1)));
                    j += 1;
                }
                Ordering::Equal => {
                    if a[i].1 != b[j].1 {
                        out.push(change(&a[i].0, Some(&a[i].1), Some(&b[j].1)));
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        out
    }
}

/// Whether a path names an item of a list compared as a set.
pub fn is_set(path: &str) -> bool {
    path.ends_with("[]")
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn walk(node: &Node, path: String, out: &mut Vec<(String, String, Span)>) {
    match &node.kind {
        NodeKind::Map(entries) => {
            for e in entries {
                walk(&e.value, join(&path, &e.key), out);
            }
        }
        NodeKind::Seq(items) => match item_ids(items) {
            Some(ids) => {
                for (item, id) in items.iter().zip(ids) {
                    walk(item, format!("{path}[{id}]"), out);
                }
            }
            None => {
                for item in items {
                    out.push((format!("{path}[]"), render(item), item.span));
                }
            }
        },
        NodeKind::Scalar(s) => out.push((path, s.clone(), node.span)),
        NodeKind::Null => out.push((path, String::new(), node.span)),
    }
}

/// The ids of a list whose items are all mappings with a distinct,
/// non-empty scalar `id`.
fn item_ids(items: &[Node]) -> Option<Vec<&str>> {
    let ids: Vec<&str> = items
        .iter()
        .map(|item| match &item.kind {
            NodeKind::Map(entries) => entries.iter().find(|e| e.key == "id").and_then(|e| match &e
                .value
                .kind
            {
                NodeKind::Scalar(s) if !s.trim().is_empty() => Some(s.as_str()),
                _ => None,
            }),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    (!ids.is_empty() && sorted.len() == ids.len()).then_some(ids)
}

/// A list item as one line of text: `why: ...; because: ...`.
fn render(node: &Node) -> String {
    match &node.kind {
        NodeKind::Null => String::new(),
        NodeKind::Scalar(s) => s.clone(),
        NodeKind::Seq(items) => {
            let inner: Vec<String> = items.iter().map(render).collect();
            format!("[{}]", inner.join(", "))
        }
        NodeKind::Map(entries) => entries
            .iter()
            .map(|e| format!("{}: {}", e.key, render(&e.value)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Fields {
        Fields::of(&crate::yaml::parse(text).unwrap())
    }

    fn shown(changes: &[FieldChange]) -> Vec<String> {
        changes
            .iter()
            .map(|c| {
                format!(
                    "{}: {} -> {}",
                    c.field,
                    c.old.as_deref().unwrap_or("-"),
                    c.new.as_deref().unwrap_or("-")
                )
            })
            .collect()
    }

    #[test]
    fn actions_are_keyed_by_id_and_other_lists_are_sets() {
        let f = fields(
            "id: NC-1\nactions:\n  - id: 5\n    due: 2026-02-01\n    evidence: [a, b]\n  - id: 9\n    due: 2026-03-01\nrelated: [NC-2, NC-3]\n",
        );
        let paths: Vec<String> = f.iter().map(|(p, v, _)| format!("{p}={v}")).collect();
        assert_eq!(
            paths,
            [
                "actions[5].due=2026-02-01",
                "actions[5].evidence[]=a",
                "actions[5].evidence[]=b",
                "actions[5].id=5",
                "actions[9].due=2026-03-01",
                "actions[9].id=9",
                "id=NC-1",
                "related[]=NC-2",
                "related[]=NC-3",
            ]
        );
        assert_eq!(f.get("actions[9].due").unwrap().0, "2026-03-01");
        assert_eq!(f.get("actions[1].due"), None);
    }

    #[test]
    fn removing_one_action_and_completing_another_is_exactly_that() {
        let old =
            fields("actions:\n  - id: 5\n    due: 2026-02-01\n  - id: 9\n    due: 2026-03-01\n");
        let new = fields("actions:\n  - id: 9\n    due: 2026-03-01\n    done: 2026-02-20\n");
        assert_eq!(
            shown(&old.diff(&new)),
            [
                "actions[5].due: 2026-02-01 -> -",
                "actions[5].id: 5 -> -",
                "actions[9].done: - -> 2026-02-20",
            ]
        );
    }

    #[test]
    fn reordered_sets_are_unchanged_and_items_are_added_or_removed() {
        let old =
            fields("related: [NC-2, NC-3]\nroot_cause:\n  whys:\n    - why: A\n      because: B\n");
        let new =
            fields("related: [NC-4, NC-2]\nroot_cause:\n  whys:\n    - why: A\n      because: B\n");
        assert_eq!(
            shown(&old.diff(&new)),
            ["related[]: NC-3 -> -", "related[]: - -> NC-4"]
        );
        assert_eq!(
            fields("w:\n  - why: A\n    because: B\n")
                .iter()
                .next()
                .unwrap()
                .1,
            "why: A; because: B"
        );
    }

    #[test]
    fn lists_without_distinct_ids_are_sets() {
        let f = fields("actions:\n  - id: 1\n  - id: 1\n");
        assert!(f.iter().all(|(p, _, _)| p == "actions[]"));
        assert_eq!(fields("a: []\n").iter().count(), 0);
    }
}

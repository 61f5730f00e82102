//! `ncreg evidence`: the evidence index an auditor samples from. Each file
//! and link that records cite, with the records and fields that cite it;
//! what is cited but missing or outside the repository; and the orphans:
//! files under `evidence/` that no record cites.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use serde::Serialize;

use super::markdown::{cell, link};
use super::{Entry, id};
use crate::rules::evidence::{Evidence, classify, items};

/// The folder whose files should each be cited by some record.
pub const FOLDER: &str = "evidence";

#[derive(Serialize)]
pub struct Index {
    pub version: u32,
    pub evidence: Vec<Item>,
    /// Files under `evidence/` that no record cites (register-relative).
    pub orphans: Vec<String>,
}

#[derive(Serialize)]
pub struct Item {
    /// As the records write it (a register-relative path, or a URL).
    pub evidence: String,
    pub kind: &'static str,
    /// Why it is outside the repository, for `outside`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'static str>,
    pub cited_by: Vec<Citation>,
}

#[derive(Serialize)]
pub struct Citation {
    pub id: String,
    pub file: String,
    /// The list it is in: `actions[2].evidence`, `verification.evidence`.
    pub field: String,
    #[serde(skip)]
    path: PathBuf,
}

/// `a/./b` and `a/b`, `./evidence/x` and `evidence/x` are one file.
fn normal(path: &str) -> String {
    Path::new(path)
        .components()
        .filter_map(|c| match c {
            Component::Normal(p) => Some(p.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

pub fn index(entries: &[Entry], root: &Path, repo_root: &Path) -> Index {
    let mut cited: BTreeMap<String, Item> = BTreeMap::new();
    for e in entries {
        for (field, item) in items(e.record) {
            let kind = classify(&item.value, root, repo_root);
            let (kind, why, key) = match kind {
                Evidence::Link => ("link", None, item.value.clone()),
                Evidence::Present => ("file", None, normal(&item.value)),
                Evidence::Missing => ("missing", None, normal(&item.value)),
                Evidence::Outside(why) => ("outside", Some(why), item.value.clone()),
            };
            cited
                .entry(key.clone())
                .or_insert_with(|| Item {
                    evidence: key,
                    kind,
                    why,
                    cited_by: Vec::new(),
                })
                .cited_by
                .push(Citation {
                    id: id(e.record).to_string(),
                    file: e.file.to_string(),
                    field,
                    path: e.path.to_path_buf(),
                });
        }
    }
    let files: BTreeSet<&str> = cited
        .values()
        .filter(|i| i.kind == "file")
        .map(|i| i.evidence.as_str())
        .collect();
    let orphans = walk(root, &root.join(FOLDER))
        .into_iter()
        .filter(|f| !files.contains(f.as_str()))
        .collect();
    Index {
        version: 1,
        evidence: cited.into_values().collect(),
        orphans,
    }
}

/// Register-relative paths of the files under `dir`, sorted.
fn walk(root: &Path, dir: &Path) -> Vec<String> {
    crate::discover::all_files(dir)
        .iter()
        .filter_map(|p| p.strip_prefix(root).ok())
        .map(|p| normal(&p.to_string_lossy()))
        .collect()
}

pub fn markdown(index: &Index, root: &Path, base: &Path) -> String {
    let target = |item: &str| -> PathBuf { root.join(item) };
    let cited_by = |item: &Item| -> String {
        item.cited_by
            .iter()
            .map(|c| format!("{} {}", link(&c.id, &c.path, base), cell(&c.field)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let mut md = String::from("# Evidence index\n\n");
    let count = |kind: &str| index.evidence.iter().filter(|i| i.kind == kind).count();
    let plural = |n: usize, noun: &str| crate::words::counted(n, noun);
    md += &format!(
        "{} and {} cited; {} missing; {} outside the repository; {} under `{FOLDER}/`.\n\n",
        plural(count("file"), "file"),
        plural(count("link"), "link"),
        count("missing"),
        count("outside"),
        plural(index.orphans.len(), "orphan file")
    );
    md += "## Cited\n\n";
    let cited: Vec<&Item> = index
        .evidence
        .iter()
        .filter(|i| matches!(i.kind, "file" | "link"))
        .collect();
    if cited.is_empty() {
        md += "Nothing.\n\n";
    } else {
        md += "| Evidence | Kind | Cited by |\n|---|---|---|\n";
        for i in cited {
            // A link is shown, not linked: the register does not vouch for it.
            let shown = if i.kind == "file" {
                link(&i.evidence, &target(&i.evidence), base)
            } else {
                cell(&i.evidence)
            };
            md += &format!("| {shown} | {} | {} |\n", i.kind, cited_by(i));
        }
        md += "\n";
    }
    for (kind, title, note) in [
        (
            "missing",
            "Missing",
            "Cited, but not in the repository (rule E001).",
        ),
        (
            "outside",
            "Outside the repository",
            "Cited, but absolute, a non-http link, or escaping the repository (rule E002).",
        ),
    ] {
        let items: Vec<&Item> = index.evidence.iter().filter(|i| i.kind == kind).collect();
        md += &format!("## {title}\n\n");
        if items.is_empty() {
            md += "Nothing.\n\n";
            continue;
        }
        md += &format!("{note}\n\n| Evidence | Cited by |\n|---|---|\n");
        for i in items {
            md += &format!("| {} | {} |\n", cell(&i.evidence), cited_by(i));
        }
        md += "\n";
    }
    md += &format!("## Orphans\n\nFiles under `{FOLDER}/` that no record cites.\n\n");
    if index.orphans.is_empty() {
        md += "Nothing.\n";
    } else {
        for o in &index.orphans {
            md += &format!("- {}\n", link(o, &target(o), base));
        }
    }
    md
}

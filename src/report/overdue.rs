//! `ncreg overdue`: everything past due as of `--as-of`, and what falls due
//! within `deadlines.due_soon_days`. The deadlines are `deadlines::open`'s.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::markdown::{cell, link};
use super::{Entry, id};
use crate::model::config::Config;
use crate::model::deadlines::{self, Deadline};
use crate::model::person;
use crate::reader::Choice;

pub struct Overdue<'a> {
    pub overdue: Vec<(&'a Entry<'a>, Vec<Deadline>)>,
    pub due_soon: Vec<(&'a Entry<'a>, Vec<Deadline>)>,
}

pub fn compute<'a>(entries: &'a [Entry<'a>], config: &Config, as_of: NaiveDate) -> Overdue<'a> {
    let soon = i64::from(config.deadlines.due_soon_days);
    let mut out = Overdue {
        overdue: Vec::new(),
        due_soon: Vec::new(),
    };
    for e in entries {
        let (late, open): (Vec<Deadline>, Vec<Deadline>) =
            deadlines::open(e.record, &config.deadlines)
                .into_iter()
                .partition(|d| d.days_overdue(as_of) > 0);
        let coming: Vec<Deadline> = open
            .into_iter()
            .filter(|d| -d.days_overdue(as_of) <= soon)
            .collect();
        if !late.is_empty() {
            out.overdue.push((e, late));
        }
        if !coming.is_empty() {
            out.due_soon.push((e, coming));
        }
    }
    out
}

impl<'a> Overdue<'a> {
    pub fn is_empty(&self) -> bool {
        self.overdue.is_empty()
    }

    /// The people who must act, each once however their name is typed
    /// (`model::person`), spelled as first met, in name order.
    pub fn owners(&self) -> Vec<String> {
        let mut owners: BTreeMap<String, String> = BTreeMap::new();
        for (_, ds) in self.overdue.iter().chain(&self.due_soon) {
            for d in ds {
                let name = owner_of(d);
                owners.entry(person::key(&name)).or_insert(name);
            }
        }
        owners.into_values().collect()
    }

    /// Only what `owner` must act on.
    pub fn of(&self, owner: &str) -> Overdue<'a> {
        let key = person::key(owner);
        let keep = |items: &[(&'a Entry<'a>, Vec<Deadline>)]| {
            items
                .iter()
                .filter_map(|(e, ds)| {
                    let mine: Vec<Deadline> = ds
                        .iter()
                        .filter(|d| person::key(&owner_of(d)) == key)
                        .cloned()
                        .collect();
                    (!mine.is_empty()).then_some((*e, mine))
                })
                .collect()
        };
        Overdue {
            overdue: keep(&self.overdue),
            due_soon: keep(&self.due_soon),
        }
    }
}

fn owner_of(d: &Deadline) -> String {
    d.owner.clone().unwrap_or_else(|| NO_OWNER.into())
}

const NO_OWNER: &str = "(no owner)";

/// Grouped by the person who must act, so each owner sees their list.
/// `owner` names the one person a report was cut for (`--by-owner`).
pub fn markdown(
    o: &Overdue,
    config: &Config,
    as_of: NaiveDate,
    base: &Path,
    owner: Option<&str>,
) -> String {
    let mut md = match owner {
        Some(name) => format!("# Overdue report for {}\n\nAs of {as_of}.\n\n", cell(name)),
        None => format!("# Overdue report\n\nAs of {as_of}.\n\n"),
    };
    md += &section("Overdue", &o.overdue, base, "Days overdue", |d| {
        d.days_overdue(as_of)
    });
    md += &section(
        &format!("Due within {} days", config.deadlines.due_soon_days),
        &o.due_soon,
        base,
        "Days left",
        |d| -d.days_overdue(as_of),
    );
    md
}

fn section(
    title: &str,
    items: &[(&Entry, Vec<Deadline>)],
    base: &Path,
    days: &str,
    count: impl Fn(&Deadline) -> i64,
) -> String {
    let mut md = format!("## {title}\n\n");
    if items.is_empty() {
        md += "Nothing.\n\n";
        return md;
    }
    // One section a person however their name is typed (`model::person`),
    // headed by the spelling met first.
    type Rows<'a> = Vec<(&'a Entry<'a>, &'a Deadline)>;
    let mut by_owner: BTreeMap<String, (String, Rows)> = BTreeMap::new();
    for (e, ds) in items {
        for d in ds {
            let owner = owner_of(d);
            by_owner
                .entry(crate::model::person::key(&owner))
                .or_insert_with(|| (owner, Vec::new()))
                .1
                .push((e, d));
        }
    }
    for (owner, mut rows) in by_owner.into_values() {
        rows.sort_by_key(|(e, d)| (d.due, id(e.record).to_string()));
        md += &format!(
            "### {}\n\n| Record | Title | Class | CB | Record owner | Item | Due | {days} |\n|---|---|---|---|---|---|---|---:|\n",
            cell(&owner)
        );
        for (e, d) in rows {
            let r = e.record;
            let title = r.title.as_ref().map_or("", |t| t.value.as_str());
            let mut item = d.what.clone();
            if let Some(text) = &d.detail {
                item = format!("{item}: {text}");
            }
            if let Some(x) = r.extended(&d.field) {
                item = format!("{item} ({})", x.note());
            }
            md += &format!(
                "| {} | {} | {} | {} | {} | {} | {} | {} |\n",
                link(id(r), e.path, base),
                cell(title),
                r.classification.as_ref().map_or("", |c| c.value.as_str()),
                cb_flag(r),
                cell(r.owner.as_ref().map_or("", |o| o.value.as_str())),
                cell(&item),
                d.due,
                count(d)
            );
        }
        md += "\n";
    }
    md
}

/// "yes" for a certification-body finding, "yes, certificate at stake" for
/// its majors: these deadlines are the auditor's, not the organisation's.
fn cb_flag(r: &crate::model::record::Record) -> &'static str {
    if deadlines::certificate_at_stake(r) {
        "yes, certificate at stake"
    } else if deadlines::from_certification_body(r) {
        "yes"
    } else {
        ""
    }
}

/// The JSON of the issue: `{"as_of", "overdue": [...], "due_soon": [...]}`.
pub fn json(o: &Overdue, as_of: NaiveDate) -> String {
    let group = |items: &[(&Entry, Vec<Deadline>)],
                 key: &str,
                 count: &dyn Fn(&Deadline) -> i64|
     -> Vec<Value> {
        items
            .iter()
            .map(|(e, ds)| {
                let r = e.record;
                json!({
                    "id": id(r),
                    "title": r.title.as_ref().map(|t| t.value.clone()),
                    "owner": r.owner.as_ref().map(|o| o.value.clone()),
                    "classification": r.classification.as_ref().map(|c| c.value.as_str()),
                    "certification_body": deadlines::from_certification_body(r),
                    "certificate_at_stake": deadlines::certificate_at_stake(r),
                    "file": e.file,
                    "items": ds.iter().map(|d| json!({"what": d.what, "text": d.detail, "due": d.due.to_string(), "owner": d.owner, key: count(d), "extended": r.extended(&d.field)})).collect::<Vec<_>>(),
                })
            })
            .collect()
    };
    let doc = json!({
        "version": 1,
        "as_of": as_of.to_string(),
        "overdue": group(&o.overdue, "days_overdue", &|d| d.days_overdue(as_of)),
        "due_soon": group(&o.due_soon, "days_left", &|d| -d.days_overdue(as_of)),
    });
    let mut text = serde_json::to_string_pretty(&doc).expect("plain data always serialises");
    text.push('\n');
    text
}

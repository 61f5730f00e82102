//! The audit trail (`ncreg history`) as a report: markdown for people,
//! JSON (every field of every change) for tools.

use std::io::Write;

use chrono::NaiveDate;

use super::markdown::{cell, code};
use crate::git::history::{Change, Trail};
use crate::model::fields::{FieldChange, is_set};

/// Keeps the records asked for (all when `ids` is empty; a record is found
/// by its id or a former one) and the changes dated within `since..=until`.
/// An id that no record ever had is an error, with the nearest one.
pub fn select(
    mut trail: Trail,
    ids: &[String],
    since: Option<NaiveDate>,
    until: Option<NaiveDate>,
) -> Result<Trail, String> {
    for id in ids {
        let known = trail
            .records
            .iter()
            .any(|r| &r.id == id || r.former_ids.contains(id));
        if !known {
            let all = trail
                .records
                .iter()
                .flat_map(|r| std::iter::once(&r.id).chain(&r.former_ids))
                .map(String::as_str);
            let hint = crate::suggest::nearest(id, all)
                .map(|n| format!("; did you mean `{n}`?"))
                .unwrap_or_default();
            return Err(format!("no record `{id}` in the git history of HEAD{hint}"));
        }
    }
    if !ids.is_empty() {
        trail.records.retain(|r| {
            ids.iter()
                .any(|id| &r.id == id || r.former_ids.contains(id))
        });
    }
    if since.is_some() || until.is_some() {
        let within = |c: &Change| {
            let day = c
                .date
                .get(..10)
                .and_then(|d| crate::reader::parse_date(d).ok());
            day.is_some_and(|d| since.is_none_or(|s| d >= s) && until.is_none_or(|u| d <= u))
        };
        for r in &mut trail.records {
            r.changes.retain(within);
        }
        trail.records.retain(|r| !r.changes.is_empty());
    }
    Ok(trail)
}

pub fn json(trail: &Trail, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, trail)?;
    out.write_all(b"\n")
}

/// The trail in Markdown, written one record at a time.
pub fn markdown(trail: &Trail, out: &mut dyn Write) -> std::io::Result<()> {
    let mut md = String::from("# Audit trail\n\n");
    match &trail.head {
        Some(head) => {
            md += &format!(
                "From the git history of HEAD ({}), oldest change first.\n\n",
                &head[..7]
            );
        }
        None => {
            md += "The repository has no commits yet: the audit trail starts with the first commit.\n\n"
        }
    }
    if !trail.complete {
        md += "> **This is a shallow clone: the history is incomplete.** Records marked `present` existed before the oldest commit here. Fetch the full history with `git fetch --unshallow` (GitHub Actions: `actions/checkout` with `fetch-depth: 0`).\n\n";
    }
    for r in &trail.records {
        out.write_all(md.as_bytes())?;
        md.clear();
        md += &format!("## {} ({})\n\n", cell(&r.id), cell(&r.file));
        if !r.former_ids.is_empty() {
            let former: Vec<String> = r.former_ids.iter().map(|i| cell(i)).collect();
            md += &format!("Formerly {}.\n\n", former.join(", "));
        }
        md += "| Date | Author | Committer | Commit | Signed | Subject | Change |\n|---|---|---|---|---|---|---|\n";
        for c in &r.changes {
            md += &format!(
                "| {} | {} | {} | {} | {} | {} | {} |\n",
                cell(&c.date),
                cell(&format!("{} <{}>", c.author, c.author_email)),
                cell(&c.committer),
                cell(&c.short),
                if c.signed { "yes" } else { "no" },
                cell(&c.subject),
                what(c).join("<br>")
            );
        }
        md += "\n";
    }
    out.write_all(md.as_bytes())
}

/// The Change cell: what happened, then each flag and field change.
fn what(c: &Change) -> Vec<String> {
    let mut lines = Vec::new();
    match (c.change, &c.previous_file) {
        ("created" | "present", _) => {
            // A new record is summed up; the JSON has every field.
            let value = |name: &str| {
                c.fields
                    .iter()
                    .find(|f| f.field == name)
                    .and_then(|f| f.new.as_deref())
                    .filter(|v| !v.trim().is_empty())
                    .map(cell)
            };
            let summary: Vec<String> = ["status", "classification", "requirement.clause"]
                .into_iter()
                .filter_map(value)
                .collect();
            lines.push(format!("{}: {}", c.change, summary.join(", ")));
        }
        (_, Some(previous)) => {
            lines.push(format!(
                "renamed from {} to {}",
                cell(previous),
                cell(&c.file)
            ));
        }
        (change, None) => lines.push(format!("{change} {}", cell(&c.file))),
    }
    for f in &c.flags {
        let field = f
            .field
            .as_deref()
            .map(|p| format!(" {}", code(p)))
            .unwrap_or_default();
        lines.push(format!("**{}**{field}: {}", f.flag, cell(&f.detail)));
    }
    if !matches!(c.change, "created" | "present") {
        lines.extend(c.fields.iter().map(field_change));
    }
    lines
}

fn field_change(f: &FieldChange) -> String {
    let show = |v: &Option<String>| {
        v.as_deref()
            .filter(|s| !s.is_empty())
            .map_or("-".to_string(), cell)
    };
    let name = cell(&f.field);
    match (is_set(&f.field), &f.old, &f.new) {
        (true, None, new) => format!("{name} added: {}", show(new)),
        (true, old, None) => format!("{name} removed: {}", show(old)),
        _ => format!("{name}: {} -> {}", show(&f.old), show(&f.new)),
    }
}

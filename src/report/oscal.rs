//! `register --format oscal`: the register as an OSCAL Plan of Action and
//! Milestones (POA&M, OSCAL 1.1.2 JSON), for GRC tools that read OSCAL.
//!
//! Each record gives one `poam-item` (title, the finding as description,
//! props for classification, clause, status and source) linked to:
//! - an `observation`: the finding as observed, when and by whom;
//! - a `risk`: its status, and its corrective actions as one remediation
//!   whose milestone tasks are the actions (due date, done date, tier);
//! - a `finding` against the clause, satisfied once the record is closed.
//!
//! The origin of each item is the party that raised it. UUIDs are version 5,
//! from the record id and the part's role, so exporting again gives the
//! same document and diffs show only what changed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Value, json};
use uuid::Uuid;

use super::{Entry, id};
use crate::analysis::Phrases;
use crate::model::config::Config;
use crate::model::deadlines;
use crate::model::record::{Record, Status};
use crate::reader::Choice;

/// ncreg's namespace for name-based UUIDs (itself a v5 UUID of the URL).
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://github.com/ncreg/ncreg")
}

fn uuid(name: &str) -> String {
    Uuid::new_v5(&namespace(), name.as_bytes()).to_string()
}

/// Where ncreg's own property names live (OSCAL requires a namespace for
/// names it does not define).
const NS: &str = "https://github.com/ncreg/ncreg/ns/oscal";

fn prop(name: &str, value: &str) -> Value {
    json!({"name": name, "ns": NS, "value": value})
}

/// A date as the OSCAL date-time it stands for (midnight UTC).
fn at(date: NaiveDate) -> String {
    format!("{date}T00:00:00Z")
}

fn text(f: &crate::reader::Field<String>) -> Option<String> {
    f.as_ref()
        .map(|v| v.value.clone())
        .filter(|v| !v.trim().is_empty())
}

/// OSCAL's risk status for a record's status.
fn risk_status(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Open) | None => "investigating",
        Some(Status::Planned | Status::Implemented | Status::Verified) => "remediating",
        Some(Status::Disputed) => "deviation-requested",
        Some(Status::Closed | Status::Withdrawn) => "closed",
    }
}

/// Who raised a finding: the name given, else the kind of source.
fn raised_by(r: &Record) -> String {
    let source = r.source.as_ref().map(|s| &s.value);
    source
        .and_then(|s| text(&s.raised_by))
        .or_else(|| {
            source
                .and_then(|s| s.kind.as_ref())
                .map(|k| k.value.as_str().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}

/// One record's parts of the document.
struct Parts {
    observation: Value,
    risk: Value,
    finding: Value,
    item: Value,
}

fn parts(e: &Entry, config: &Config, as_of: NaiveDate, phrases: &Phrases) -> Parts {
    let r = e.record;
    let rid = id(r);
    let title = text(&r.title).unwrap_or_else(|| rid.to_string());
    let description = text(&r.description).unwrap_or_else(|| title.clone());
    let status = r.status.as_ref().map(|s| s.value);
    let who = raised_by(r);
    let party = uuid(&format!("party/{who}"));
    let origin = json!([{"actors": [{"type": "party", "actor-uuid": party}]}]);

    let observation = uuid(&format!("{rid}/observation"));
    let mut o = json!({
        "uuid": observation,
        "title": title,
        "description": description,
        "methods": ["EXAMINE"],
        "collected": at(r.identified.as_ref().map_or(as_of, |d| d.value)),
        "origins": origin,
    });
    if let Some(reference) = r.source.as_ref().and_then(|s| text(&s.value.reference)) {
        o["remarks"] = json!(format!("Source: {reference}"));
    }

    let risk = uuid(&format!("{rid}/risk"));
    let tasks: Vec<Value> = r
        .actions
        .iter()
        .flat_map(|a| &a.value)
        .map(|a| {
            let mut t = json!({
                "uuid": uuid(&format!("{rid}/action/{}", a.key())),
                "type": "milestone",
                "title": format!("Action {}", a.key()),
                "description": text(&a.description).unwrap_or_else(|| format!("Action {}", a.key())),
            });
            let mut props = Vec::new();
            if let Some(d) = &a.description
                && let Some(tier) = phrases.rank(&d.value).tier
            {
                props.push(prop("tier", tier.as_str()));
            }
            if let Some(owner) = text(&a.owner) {
                props.push(prop("owner", &owner));
            }
            if let Some(done) = &a.done {
                props.push(prop("done", &done.value.to_string()));
            }
            if !props.is_empty() {
                t["props"] = Value::Array(props);
            }
            if let Some(due) = &a.due {
                t["timing"] = json!({"on-date": {"date": at(due.value)}});
            }
            t
        })
        .collect();
    let cause = r
        .root_cause
        .as_ref()
        .and_then(|rc| text(&rc.value.cause))
        .unwrap_or_else(|| "Root cause not yet determined.".into());
    let mut k = json!({
        "uuid": risk,
        "title": title,
        "description": description,
        "statement": cause,
        "status": risk_status(status),
    });
    if let Some((due, _)) = deadlines::closure_date(r, &config.deadlines) {
        k["deadline"] = json!(at(due));
    }
    if !tasks.is_empty() {
        let lifecycle = if matches!(
            status,
            Some(Status::Closed | Status::Verified | Status::Implemented)
        ) {
            "completed"
        } else {
            "planned"
        };
        k["remediations"] = json!([{
            "uuid": uuid(&format!("{rid}/remediation")),
            "lifecycle": lifecycle,
            "title": "Corrective actions",
            "description": "The corrective actions of the record, in order.",
            "tasks": tasks,
        }]);
    }

    let clause = r
        .requirement
        .as_ref()
        .and_then(|q| q.value.clause.as_ref())
        .map(|c| c.value.clone());
    let standard = r
        .requirement
        .as_ref()
        .and_then(|q| text(&q.value.standard))
        .unwrap_or_else(|| config.default_standard.clone());
    let finding = uuid(&format!("{rid}/finding"));
    // A token starts with a letter: "clause-9.2.2".
    let target: String = format!("clause-{}", clause.clone().unwrap_or_default())
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let f = json!({
        "uuid": finding,
        "title": title,
        "description": description,
        "target": {
            "type": "objective-id",
            "target-id": target,
            "status": {"state": if status == Some(Status::Closed) { "satisfied" } else { "not-satisfied" }},
        },
        "related-observations": [{"observation-uuid": observation}],
        "related-risks": [{"risk-uuid": risk}],
    });

    let mut props = vec![prop("record-id", rid)];
    if let Some(c) = &r.classification {
        props.push(prop("classification", c.value.as_str()));
    }
    if let Some(s) = status {
        props.push(prop("status", s.as_str()));
    }
    if let Some(c) = &clause {
        props.push(prop("clause", &format!("{standard} {c}")));
    }
    if let Some(kind) = r.source.as_ref().and_then(|s| s.value.kind.as_ref()) {
        props.push(prop("source", kind.value.as_str()));
    }
    if let Some(owner) = text(&r.owner) {
        props.push(prop("owner", &owner));
    }
    let mut item = json!({
        "uuid": uuid(&format!("{rid}/poam-item")),
        "title": title,
        "description": description,
        "props": props,
        "origins": origin,
        "related-findings": [{"finding-uuid": finding}],
        "related-observations": [{"observation-uuid": observation}],
        "related-risks": [{"risk-uuid": risk}],
    });
    if let Some(closed) = &r.closed {
        item["remarks"] = json!(format!("Closed {}.", closed.value));
    }
    Parts {
        observation: o,
        risk: k,
        finding: f,
        item,
    }
}

/// Writes the document a part at a time: at 50,000 records it would not fit
/// the memory budget as one JSON value. Each part is rendered on its own
/// and indented to its place, so the output reads as one pretty document.
pub fn poam(
    entries: &[Entry],
    config: &Config,
    as_of: NaiveDate,
    phrases: &Phrases,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut parties: BTreeMap<String, Value> = BTreeMap::new();
    for e in entries {
        let who = raised_by(e.record);
        let party = uuid(&format!("party/{who}"));
        parties
            .entry(who.clone())
            .or_insert_with(|| json!({"uuid": party, "type": "person", "name": who}));
    }
    let mut metadata = json!({
        "title": "Corrective action register (ISO/IEC 27001 clause 10.2)",
        "last-modified": at(as_of),
        "version": as_of.to_string(),
        "oscal-version": "1.1.2",
    });
    // OSCAL lists hold at least one item: an empty one is left out.
    if !parties.is_empty() {
        metadata["parties"] = json!(parties.into_values().collect::<Vec<_>>());
    }
    let indented = |v: &Value, depth: usize| -> std::io::Result<String> {
        let text = serde_json::to_string_pretty(v)?;
        Ok(text.replace('\n', &format!("\n{}", "  ".repeat(depth))))
    };
    write!(
        out,
        "{{\n  \"plan-of-action-and-milestones\": {{\n    \"uuid\": \"{}\",\n    \"metadata\": {}",
        uuid("poam"),
        indented(&metadata, 2)?
    )?;
    type Pick = fn(Parts) -> Value;
    let lists: [(&str, Pick); 4] = [
        ("observations", |p| p.observation),
        ("risks", |p| p.risk),
        ("findings", |p| p.finding),
        ("poam-items", |p| p.item),
    ];
    for (key, pick) in lists {
        if entries.is_empty() && key != "poam-items" {
            continue;
        }
        write!(out, ",\n    \"{key}\": [")?;
        for (i, e) in entries.iter().enumerate() {
            let part = pick(parts(e, config, as_of, phrases));
            write!(
                out,
                "{}\n      {}",
                if i == 0 { "" } else { "," },
                indented(&part, 3)?
            )?;
        }
        write!(out, "{}]", if entries.is_empty() { "" } else { "\n    " })?;
    }
    out.write_all(b"\n  }\n}\n")
}

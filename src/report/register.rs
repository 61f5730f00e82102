//! `ncreg register`: the corrective action register (CAR log) that auditors
//! ask for first, as Markdown, CSV or JSON.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::Entry;
use super::markdown::{cell, link};
use crate::analysis::{Phrases, Vocabulary};
use crate::model::config::Config;
use crate::model::deadlines;
use crate::model::record::{Action, Classification, Record, Status};
use crate::reader::{Choice, Field, Sp};
use crate::streamed::Streamed;

/// One record flattened to the texts of the register's columns.
pub struct Row {
    pub id: String,
    pub title: String,
    pub status: String,
    pub classification: String,
    pub identified: String,
    pub source: String,
    pub requirement: String,
    pub description: String,
    pub correction: String,
    pub root_cause: String,
    pub actions: Vec<String>,
    pub owner: String,
    pub target_date: String,
    /// Each action's evidence, as "action 1" and the item.
    pub action_evidence: Vec<(String, String)>,
    pub verification_evidence: Vec<String>,
    pub verification: String,
    pub closed: String,
    /// The fields beside the 10.2 path that an auditor reads: risk, extent
    /// of condition, certification-body dates, related records, dispute,
    /// OFI decision, withdrawal, reopening, waivers.
    pub notes: Vec<(&'static str, String)>,
    /// Overdue items as of the report date, for people.
    pub overdue: Vec<String>,
}

pub(super) fn text(f: &Field<String>) -> String {
    f.as_ref().map_or_else(String::new, |v| v.value.clone())
}

fn date(f: &Field<NaiveDate>) -> String {
    f.as_ref().map_or_else(String::new, |v| v.value.to_string())
}

fn choice<C: Choice>(f: &Field<C>) -> String {
    f.as_ref()
        .map_or_else(String::new, |v| v.value.as_str().to_string())
}

/// The non-empty parts, joined; a part's own full stop gives way to the
/// separator ("attributable; result: effective", not "attributable.; ...").
fn joined(parts: &[String], sep: &str) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.as_str())
        .filter(|p| !p.is_empty())
        .collect();
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| if i < last { p.trim_end_matches('.') } else { p })
        .collect::<Vec<_>>()
        .join(sep)
}

pub fn row(r: &Record, config: &Config, as_of: NaiveDate) -> Row {
    let source = r.source.as_ref().map_or_else(String::new, |s| {
        let s = &s.value;
        let kind = joined(&[choice(&s.kind), choice(&s.audit_stage)], ", ");
        joined(&[kind, text(&s.reference), text(&s.raised_by)], "; ")
    });
    let requirement = r.requirement.as_ref().map_or_else(String::new, |q| {
        let q = &q.value;
        let standard = q
            .standard
            .as_ref()
            .map_or(config.default_standard.clone(), |s| s.value.clone());
        let clause = q
            .clause
            .as_ref()
            .map(|c| format!("{standard} {}", c.value))
            .unwrap_or_default();
        joined(&[clause, text(&q.document)], "; ")
    });
    let correction = r.correction.as_ref().map_or_else(String::new, |c| {
        let c = &c.value;
        let when = joined(&[date(&c.date), text(&c.by)], ", ");
        let what = text(&c.description);
        if when.is_empty() {
            what
        } else {
            format!("{what} ({when})")
        }
    });
    let root_cause = r.root_cause.as_ref().map_or_else(String::new, |rc| {
        let how = joined(
            &[choice(&rc.value.category), choice(&rc.value.method)],
            ", ",
        );
        let cause = text(&rc.value.cause);
        if how.is_empty() {
            cause
        } else {
            format!("{cause} ({how})")
        }
    });
    let actions: Vec<String> = r
        .actions
        .iter()
        .flat_map(|a| &a.value)
        .map(|a| {
            let mut facts = vec![text(&a.owner)];
            if let Some(due) = &a.due {
                facts.push(format!("due {}", due.value));
                if let Some(x) = r.extended(&a.path("due")) {
                    facts.push(x.note());
                }
            }
            if let Some(done) = &a.done {
                facts.push(format!("done {}", done.value));
            }
            format!(
                "{}. {} ({})",
                a.index,
                text(&a.description),
                joined(&facts, ", ")
            )
        })
        .collect();
    let action_evidence: Vec<(String, String)> = r
        .actions
        .iter()
        .flat_map(|a| &a.value)
        .flat_map(|a| {
            list(&a.evidence)
                .into_iter()
                .map(|e| (format!("action {}", a.key()), e))
        })
        .collect();
    let mut verification_evidence = Vec::new();
    let verification = r.verification.as_ref().map_or_else(String::new, |v| {
        let v = &v.value;
        verification_evidence = list(&v.evidence);
        let when = joined(&[date(&v.date), text(&v.by)], ", ");
        let result = choice(&v.result);
        let outcome = match (result.is_empty(), when.is_empty()) {
            (true, _) => String::new(),
            (false, true) => format!("result: {result}"),
            (false, false) => format!("result: {result} ({when})"),
        };
        joined(
            &[
                text(&v.method),
                outcome,
                v.due
                    .as_ref()
                    .map(|d| format!("due {}", d.value))
                    .unwrap_or_default(),
            ],
            "; ",
        )
    });
    let overdue = deadlines::overdue(r, &config.deadlines, as_of)
        .into_iter()
        .map(|d| format!("{} due {}", d.what, d.due))
        .collect();
    Row {
        id: text(&r.id),
        title: text(&r.title),
        status: choice(&r.status),
        classification: choice(&r.classification),
        identified: date(&r.identified),
        source,
        requirement,
        description: text(&r.description),
        correction,
        root_cause,
        actions,
        owner: text(&r.owner),
        target_date: match r.extended("target_date") {
            Some(x) => format!("{} ({})", date(&r.target_date), x.note()),
            None => date(&r.target_date),
        },
        action_evidence,
        verification_evidence,
        verification,
        notes: notes(r),
        closed: match &r.closed_by {
            Some(by) if r.closed.is_some() => {
                format!("{} (signed off by {})", date(&r.closed), by.value)
            }
            _ => date(&r.closed),
        },
        overdue,
    }
}

fn list(f: &Field<Vec<Sp<String>>>) -> Vec<String> {
    f.iter()
        .flat_map(|l| &l.value)
        .map(|e| e.value.clone())
        .collect()
}

/// An action's tier in the hierarchy of controls, or "unranked".
fn tier(action: &Action, phrases: &Phrases) -> &'static str {
    action
        .description
        .as_ref()
        .and_then(|d| phrases.rank(&d.value).tier)
        .map_or("unranked", |t| t.as_str())
}

/// Findings set aside by waivers, as "CODE message", by display path.
pub type Waived = BTreeMap<String, Vec<String>>;

/// The row of a record, with the findings its waivers set aside.
fn full_row(e: &Entry, config: &Config, as_of: NaiveDate, waived: &Waived) -> Row {
    let mut r = row(e.record, config, as_of);
    if let Some(findings) = waived.get(e.file) {
        r.notes.push(("Waived findings", findings.join("; ")));
    }
    r
}

/// Where the Markdown register is read from and how much it shows.
pub struct Markdown<'a> {
    /// The folder the report will be read from: links are relative to it.
    pub base: &'a Path,
    /// The register root: evidence paths are resolved from it.
    pub root: &'a Path,
    /// Files that could not be read (the report says so).
    pub unreadable: usize,
    /// Add a section per record with every field.
    pub detailed: bool,
    /// Ranks each action for the detailed section (the built-in vocabulary
    /// is compiled only when that section is written).
    pub vocabulary: &'a Vocabulary,
    pub waived: &'a Waived,
}

/// The Markdown register, written one row at a time.
pub fn markdown(
    entries: &[Entry],
    config: &Config,
    as_of: NaiveDate,
    how: &Markdown,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let (base, root) = (how.base, how.root);
    out.write_all(b"# Corrective action register\n\n")?;
    write!(
        out,
        "As of {as_of}: {} (ISO/IEC 27001:2022 clause 10.2 documented information).\n\n",
        crate::words::counted(entries.len(), "record")
    )?;
    if how.unreadable > 0 {
        write!(
            out,
            "> **{} file(s) could not be read and are missing from this register:** run `ncreg lint`.\n\n",
            how.unreadable
        )?;
    }
    out.write_all(summary(entries, config, as_of).as_bytes())?;
    out.write_all(b"## Register\n\n")?;
    out.write_all(b"| Ref | Identified | Source | Requirement | Class | Status | Finding | Root cause | Corrective actions | Owner | Target | Evidence | Verification | Closed | Notes |\n")?;
    out.write_all(b"|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")?;
    let row = |e: &Entry| full_row(e, config, as_of, how.waived);
    in_batches(entries, out, |e| table_row(e, &row(e), base, root))?;
    if how.detailed {
        out.write_all(b"\n## Records\n")?;
        in_batches(entries, out, |e| {
            detail(e, &row(e), base, root, how.vocabulary.phrases())
        })?;
    }
    Ok(())
}

/// `make` of every entry, written in order. The texts are made on every
/// core a batch at a time, so that only a batch, not the whole register,
/// is held in memory.
fn in_batches(
    entries: &[Entry],
    out: &mut dyn Write,
    make: impl Fn(&Entry) -> String + Sync,
) -> std::io::Result<()> {
    const BATCH: usize = 1024;
    for batch in entries.chunks(BATCH) {
        let made = crate::parallel::map(batch.iter().collect(), &make);
        made.iter().try_for_each(|m| out.write_all(m.as_bytes()))?;
    }
    Ok(())
}

/// A record's line of the register table.
fn table_row(e: &Entry, r: &Row, base: &Path, root: &Path) -> String {
    let finding = format!("**{}**<br>{}", cell(&r.title), cell(&r.description));
    let actions = r
        .actions
        .iter()
        .map(|a| cell(a))
        .collect::<Vec<_>>()
        .join("<br>");
    let evidence = evidence_lines(r, base, root).join("<br>");
    let notes = r
        .notes
        .iter()
        .map(|(k, v)| format!("**{k}:** {}", cell(v)))
        .collect::<Vec<_>>()
        .join("<br>");
    let status = if r.overdue.is_empty() {
        cell(&r.status)
    } else {
        format!("{} (overdue)", cell(&r.status))
    };
    format!(
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
        link(&r.id, e.path, base),
        cell(&r.identified),
        cell(&r.source),
        cell(&r.requirement),
        cell(&r.classification),
        status,
        finding,
        cell(&r.root_cause),
        actions,
        cell(&r.owner),
        cell(&r.target_date),
        evidence,
        cell(&r.verification),
        cell(&r.closed),
        notes,
    )
}

/// "action 1: <link>", "verification: <link>".
fn evidence_lines(r: &Row, base: &Path, root: &Path) -> Vec<String> {
    r.action_evidence
        .iter()
        .map(|(action, ev)| format!("{}: {}", cell(action), evidence_cell(ev, base, root)))
        .chain(
            r.verification_evidence
                .iter()
                .map(|ev| format!("verification: {}", evidence_cell(ev, base, root))),
        )
        .collect()
}

fn evidence_cell(item: &str, base: &Path, root: &Path) -> String {
    let lower = item.to_ascii_lowercase();
    if lower.starts_with("http://")
        || lower.starts_with("https://")
        || item.contains("..")
        || Path::new(item).is_absolute()
    {
        cell(item)
    } else {
        link(item, &root.join(item), base)
    }
}

/// Counts by status and classification, overdue records, and a chart.
fn summary(entries: &[Entry], config: &Config, as_of: NaiveDate) -> String {
    let mut counts: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for e in entries {
        let s = e
            .record
            .status
            .as_ref()
            .and_then(|s| Status::ALL.iter().position(|x| *x == s.value));
        let c = e
            .record
            .classification
            .as_ref()
            .map(|c| c.value.counted_as())
            .and_then(|c| Classification::ALL.iter().position(|x| *x == c));
        if let (Some(s), Some(c)) = (s, c) {
            *counts.entry((s, c)).or_default() += 1;
        }
    }
    let mut md = String::from(
        "## Summary\n\n| Status | Major | Minor | OFI | Total |\n|---|---:|---:|---:|---:|\n",
    );
    // Columns in the order people read them: major, minor, OFI.
    let columns = [
        Classification::Major,
        Classification::Minor,
        Classification::Ofi,
    ]
    .map(|c| {
        Classification::ALL
            .iter()
            .position(|x| *x == c)
            .unwrap_or(0)
    });
    let mut totals = [0usize; 3];
    for (si, status) in Status::VALUES.iter().enumerate() {
        let n: Vec<usize> = columns
            .iter()
            .map(|&ci| counts.get(&(si, ci)).copied().unwrap_or(0))
            .collect();
        for (t, v) in totals.iter_mut().zip(&n) {
            *t += v;
        }
        md += &format!(
            "| {status} | {} | {} | {} | {} |\n",
            n[0],
            n[1],
            n[2],
            n.iter().sum::<usize>()
        );
    }
    md += &format!(
        "| **Total** | {} | {} | {} | {} |\n\n",
        totals[0],
        totals[1],
        totals[2],
        totals.iter().sum::<usize>()
    );
    let overdue: Vec<usize> = entries
        .iter()
        .map(|e| deadlines::overdue(e.record, &config.deadlines, as_of).len())
        .filter(|n| *n > 0)
        .collect();
    let items: usize = overdue.iter().sum();
    md += &format!(
        "Overdue: {} record(s) with {items} overdue item(s).\n\n",
        overdue.len()
    );
    md += "```mermaid\npie showData title Records by status\n";
    for (si, status) in Status::VALUES.iter().enumerate() {
        let n: usize = counts
            .iter()
            .filter(|((s, _), _)| *s == si)
            .map(|(_, n)| n)
            .sum();
        if n > 0 {
            md += &format!("    \"{status}\" : {n}\n");
        }
    }
    md += "```\n\n";
    md
}

fn detail(e: &Entry, r: &Row, base: &Path, root: &Path, phrases: &Phrases) -> String {
    let mut md = format!(
        "\n### {}: {}\n\n",
        link(&r.id, e.path, base),
        cell(&r.title)
    );
    let mut item = |name: &str, value: String| {
        if !value.is_empty() {
            md += &format!("- **{name}:** {value}\n");
        }
    };
    item("Status", cell(&r.status));
    item("Classification", cell(&r.classification));
    item("Identified", cell(&r.identified));
    item("Source", cell(&r.source));
    item("Requirement", cell(&r.requirement));
    item("Description", cell(&r.description));
    item("Correction", cell(&r.correction));
    item("Root cause", cell(&r.root_cause));
    item(
        "Corrective actions",
        r.actions
            .iter()
            .map(|a| cell(a))
            .collect::<Vec<_>>()
            .join("<br>"),
    );
    let tiers: Vec<String> = e
        .record
        .actions
        .iter()
        .flat_map(|a| &a.value)
        .map(|a| format!("{} {}", a.key(), tier(a, phrases)))
        .collect();
    item("Action tiers", cell(&tiers.join("; ")));
    item("Owner", cell(&r.owner));
    item("Target date", cell(&r.target_date));
    item("Evidence", evidence_lines(r, base, root).join("<br>"));
    item("Verification", cell(&r.verification));
    item("Closed", cell(&r.closed));
    item("Overdue", cell(&r.overdue.join("; ")));
    for (name, value) in &r.notes {
        item(name, cell(value));
    }
    item("Five whys", cell(&whys(e.record)));
    item("Extensions", cell(&extensions(e.record)));
    md
}

/// The fields beside the 10.2 path (`Row::notes`), those present.
fn notes(r: &Record) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(risk) = &r.risk {
        let risk = &risk.value;
        let update = risk.update_required.as_ref().map_or(String::new(), |u| {
            if u.value {
                "risk assessment update required".into()
            } else {
                "no risk assessment update required".into()
            }
        });
        out.push((
            "Risk",
            joined(&[update, text(&risk.reference), text(&risk.notes)], "; "),
        ));
    }
    if let Some(x) = &r.extent_of_condition {
        let x = &x.value;
        let related = list(&x.related).join(", ");
        let parts = [date(&x.checked), text(&x.scope), text(&x.result), related];
        out.push(("Extent of condition", joined(&parts, "; ")));
    }
    if let Some(cb) = &r.certification_body {
        let cb = &cb.value;
        let facts = [
            ("finding", text(&cb.finding_ref)),
            ("report received", date(&cb.report_received)),
            ("CAP due", date(&cb.cap_due)),
            ("CAP submitted", date(&cb.cap_submitted)),
            ("CAP accepted", date(&cb.cap_accepted)),
            ("follow-up visit", date(&cb.follow_up_visit)),
            ("evidence submitted", date(&cb.evidence_submitted)),
            ("closure confirmed", date(&cb.closure_confirmed)),
            ("closure", text(&cb.closure_reference)),
            ("closure letter", text(&cb.closure_letter)),
        ];
        let shown: Vec<String> = facts
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        out.push(("Certification body", shown.join("; ")));
    }
    out.push(("Related", list(&r.related).join(", ")));
    out.push(("Escalated to", text(&r.escalated_to)));
    if let Some(d) = &r.dispute {
        let d = &d.value;
        let outcome = text(&d.outcome);
        let outcome = if outcome.is_empty() {
            outcome
        } else {
            format!("outcome: {outcome}")
        };
        let evidence = list(&d.evidence).join(", ");
        let evidence = if evidence.is_empty() {
            evidence
        } else {
            format!("evidence: {evidence}")
        };
        let parts = [
            date(&d.raised),
            choice(&d.channel),
            text(&d.rationale),
            evidence,
            outcome,
            date(&d.decided),
        ];
        out.push(("Dispute", joined(&parts, "; ")));
    }
    out.push(("Decision", text(&r.decision)));
    out.push(("Withdrawn", text(&r.withdrawn_reason)));
    if let Some(x) = &r.reopened {
        out.push((
            "Reopened",
            joined(&[date(&x.value.date), text(&x.value.reason)], "; "),
        ));
    }
    let waivers: Vec<String> = r
        .waivers
        .iter()
        .map(|w| {
            let by = text(&w.approved_by);
            let by = if by.is_empty() {
                by
            } else {
                format!(" (approved by {by})")
            };
            format!("{}: {}{by}", text(&w.rule), text(&w.reason))
        })
        .collect();
    out.push(("Waivers", waivers.join("; ")));
    out.retain(|(_, v)| !v.is_empty());
    out
}

/// The five-whys chain, one "why? because" a step.
fn whys(r: &Record) -> String {
    r.root_cause
        .iter()
        .flat_map(|rc| &rc.value.whys)
        .enumerate()
        .map(|(i, w)| format!("{}. {} {}", i + 1, text(&w.why), text(&w.because)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn extensions(r: &Record) -> String {
    r.extensions
        .iter()
        .map(|x| {
            let reference = text(&x.reference);
            format!(
                "{} {} -> {} (requested {}, approved by {}: {}{})",
                x.deadline().unwrap_or_default(),
                date(&x.from),
                date(&x.to),
                date(&x.requested),
                text(&x.approved_by),
                text(&x.reason),
                if reference.is_empty() {
                    reference
                } else {
                    format!("; {reference}")
                }
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// CSV (RFC 4180): a header row, then one row per record, written as made.
pub fn csv(
    entries: &[Entry],
    config: &Config,
    as_of: NaiveDate,
    waived: &Waived,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    const NOTES: [(&str, &str); 11] = [
        ("Risk", "risk"),
        ("Extent of condition", "extent_of_condition"),
        ("Certification body", "certification_body"),
        ("Related", "related"),
        ("Escalated to", "escalated_to"),
        ("Dispute", "dispute"),
        ("Decision", "decision"),
        ("Withdrawn", "withdrawn_reason"),
        ("Reopened", "reopened"),
        ("Waivers", "waivers"),
        ("Waived findings", "waived_findings"),
    ];
    let header = [
        "id",
        "title",
        "status",
        "classification",
        "identified",
        "source",
        "requirement",
        "description",
        "correction",
        "root_cause",
        "whys",
        "corrective_actions",
        "owner",
        "target_date",
        "extensions",
        "action_evidence",
        "verification",
        "verification_evidence",
        "closed",
    ]
    .into_iter()
    .chain(NOTES.iter().map(|(_, column)| *column))
    .chain(["overdue", "file"]);
    out.write_all(super::csv::line(header.map(str::to_string)).as_bytes())?;
    for e in entries {
        let r = full_row(e, config, as_of, waived);
        let note = |label: &str| {
            r.notes
                .iter()
                .find(|(k, _)| *k == label)
                .map_or(String::new(), |(_, v)| v.clone())
        };
        let notes: Vec<String> = NOTES.iter().map(|(label, _)| note(label)).collect();
        let line = super::csv::line(
            [
                r.id.clone(),
                r.title.clone(),
                r.status.clone(),
                r.classification.clone(),
                r.identified.clone(),
                r.source.clone(),
                r.requirement.clone(),
                r.description.clone(),
                r.correction.clone(),
                r.root_cause.clone(),
                whys(e.record),
                r.actions.join("\n"),
                r.owner.clone(),
                r.target_date.clone(),
                extensions(e.record),
                r.action_evidence
                    .iter()
                    .map(|(a, ev)| format!("{a}: {ev}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                r.verification.clone(),
                r.verification_evidence.join("\n"),
                r.closed.clone(),
            ]
            .into_iter()
            .chain(notes)
            .chain([r.overdue.join("\n"), e.file.to_string()]),
        );
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// JSON: every record in full (as the model serialises it), with its file
/// and overdue items. Written one record at a time: the register is never
/// held as one JSON document.
pub fn json(
    entries: &[Entry],
    config: &Config,
    as_of: NaiveDate,
    phrases: &Phrases,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    #[derive(serde::Serialize)]
    struct Doc<R> {
        as_of: String,
        records: R,
        version: u32,
    }
    let doc = Doc {
        as_of: as_of.to_string(),
        records: Streamed(|| {
            entries
                .iter()
                .map(|e| record_json(e, config, as_of, phrases))
        }),
        version: 1,
    };
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    out.write_all(b"\n")
}

/// One record as a JSON object with sorted keys; each action with its tier.
pub(crate) fn record_json(
    e: &Entry,
    config: &Config,
    as_of: NaiveDate,
    phrases: &Phrases,
) -> Value {
    let overdue: Vec<Value> = deadlines::overdue(e.record, &config.deadlines, as_of)
        .into_iter()
        .map(|d| json!({"what": d.what, "due": d.due.to_string(), "days_overdue": d.days_overdue(as_of)}))
        .collect();
    let mut v = serde_json::to_value(e.record).expect("a record always serialises");
    if let Value::Object(map) = &mut v {
        if let Some(Value::Array(actions)) = map.get_mut("actions") {
            let ranked = e.record.actions.iter().flat_map(|a| &a.value);
            for (json, action) in actions.iter_mut().zip(ranked) {
                json["tier"] = json!(tier(action, phrases));
            }
        }
        // What ncreg knows rather than null: the standard a requirement is
        // read against, and the deadlines it computes.
        if let Some(Value::Object(q)) = map.get_mut("requirement")
            && q.get("standard").is_none_or(Value::is_null)
        {
            q.insert("standard".into(), json!(config.default_standard));
        }
        let cap = deadlines::cap_date(e.record, &config.deadlines).map(|(d, _)| d.to_string());
        if let Some(Value::Object(cb)) = map.get_mut("certification_body")
            && cb.get("cap_due").is_none_or(Value::is_null)
        {
            cb.insert("cap_due".into(), json!(cap));
        }
        map.insert("cap_due".into(), json!(cap));
        map.insert(
            "closure_due".into(),
            json!(deadlines::closure_date(e.record, &config.deadlines).map(|(d, _)| d.to_string())),
        );
        map.insert("file".into(), json!(e.file));
        map.insert("overdue".into(), Value::Array(overdue));
    }
    v
}

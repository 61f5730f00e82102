//! `ncreg summary`: the nonconformity figures management review needs
//! (ISO/IEC 27001 9.3.2 c and f): what was opened and closed in the period,
//! what is open and how old, what is overdue, the causes and the clauses
//! that keep coming back.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::markdown::cell;
use super::review::{self, Named, Review};
use super::{Entry, id};
use crate::model::config::Config;
use crate::model::deadlines;
use crate::model::record::{Classification, Status};
use crate::reader::Choice;

#[derive(Serialize)]
pub struct Summary {
    /// The JSON format's version, as every JSON output of ncreg carries.
    pub version: u32,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub as_of: NaiveDate,
    /// Identified in the period, by classification.
    pub opened: BTreeMap<&'static str, usize>,
    /// Identified in the period, by source type.
    pub opened_by_source: BTreeMap<&'static str, usize>,
    /// Closed in the period, by classification.
    pub closed: BTreeMap<&'static str, usize>,
    /// Mean days from identified to closed, of the nonconformities (OFIs
    /// apart) closed in the period.
    pub mean_days_to_close: Option<f64>,
    /// Open as of `as_of`, by classification and age band.
    pub open_by_age: BTreeMap<&'static str, BTreeMap<&'static str, usize>>,
    pub overdue_records: usize,
    pub overdue_items: usize,
    /// Root-cause categories of the findings identified in the period.
    pub root_cause_categories: BTreeMap<&'static str, usize>,
    /// Clauses with two or more findings identified in the period.
    pub repeated_clauses: Vec<Repeated>,
    /// Deadlines extended by agreement in the period (requested within it).
    pub extensions: Vec<ExtendedDeadline>,
    #[serde(flatten)]
    pub review: Review,
}

#[derive(Serialize)]
pub struct ExtendedDeadline {
    pub record: String,
    pub deadline: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub requested: NaiveDate,
    pub approved_by: Option<String>,
}

#[derive(Serialize)]
pub struct Repeated {
    pub clause: String,
    pub records: Vec<String>,
}

pub const AGE_BANDS: [&str; 4] = ["0-30 days", "31-90 days", "91-180 days", "over 180 days"];

fn band(days: i64) -> &'static str {
    match days {
        ..=30 => AGE_BANDS[0],
        31..=90 => AGE_BANDS[1],
        91..=180 => AGE_BANDS[2],
        _ => AGE_BANDS[3],
    }
}

pub fn compute(
    entries: &[Entry],
    config: &Config,
    as_of: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> Summary {
    let within = |d: NaiveDate| from <= d && d <= to;
    let mut s = Summary {
        version: 1,
        from,
        to,
        as_of,
        opened: BTreeMap::new(),
        opened_by_source: BTreeMap::new(),
        closed: BTreeMap::new(),
        mean_days_to_close: None,
        open_by_age: BTreeMap::new(),
        overdue_records: 0,
        overdue_items: 0,
        root_cause_categories: BTreeMap::new(),
        repeated_clauses: Vec::new(),
        extensions: Vec::new(),
        review: super::review::compute(entries, config, as_of, from, to),
    };
    let mut close_days = Vec::new();
    let mut clauses: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for e in entries {
        let r = e.record;
        for x in &r.extensions {
            let Some(requested) = x.requested.as_ref().filter(|d| within(d.value)) else {
                continue;
            };
            s.extensions.push(ExtendedDeadline {
                record: super::id(r).to_string(),
                deadline: x.deadline().unwrap_or_default().to_string(),
                from: x.from.as_ref().map(|d| d.value),
                to: x.to.as_ref().map(|d| d.value),
                requested: requested.value,
                approved_by: x.approved_by.as_ref().map(|a| a.value.clone()),
            });
        }
        let (Some(class), Some(identified)) = (&r.classification, &r.identified) else {
            continue;
        };
        let class_name = class.value.counted_as().as_str();
        let status = r.status.as_ref().map(|s| s.value);
        if status == Some(Status::Withdrawn) {
            continue;
        }
        if within(identified.value) {
            *s.opened.entry(class_name).or_default() += 1;
            if let Some(kind) = r.source.as_ref().and_then(|src| src.value.kind.as_ref()) {
                *s.opened_by_source.entry(kind.value.as_str()).or_default() += 1;
            }
            if let Some(cat) = r
                .root_cause
                .as_ref()
                .and_then(|rc| rc.value.category.as_ref())
            {
                *s.root_cause_categories
                    .entry(cat.value.as_str())
                    .or_default() += 1;
            }
            if !class.value.is_ofi()
                && let Some(key) = review::clause_of(r, config)
            {
                clauses.entry(key).or_default().push(id(r).to_string());
            }
        }
        match (&r.closed, status) {
            (Some(closed), _) if within(closed.value) => {
                *s.closed.entry(class_name).or_default() += 1;
                // An OFI closes when it is decided, which says nothing of how
                // fast nonconformities are corrected.
                if !class.value.is_ofi() {
                    close_days.push((closed.value - identified.value).num_days());
                }
            }
            (None, Some(st)) if st != Status::Closed && identified.value <= as_of => {
                let age = (as_of - identified.value).num_days();
                *s.open_by_age
                    .entry(class_name)
                    .or_default()
                    .entry(band(age))
                    .or_default() += 1;
            }
            _ => {}
        }
        let late = deadlines::overdue(r, &config.deadlines, as_of).len();
        if late > 0 {
            s.overdue_records += 1;
            s.overdue_items += late;
        }
    }
    if !close_days.is_empty() {
        let mean = close_days.iter().sum::<i64>() as f64 / close_days.len() as f64;
        s.mean_days_to_close = Some((mean * 10.0).round() / 10.0);
    }
    s.repeated_clauses = clauses
        .into_iter()
        .filter(|(_, ids)| ids.len() >= 2)
        .map(|((_, clause), records)| Repeated { clause, records })
        .collect();
    s
}

pub fn markdown(s: &Summary) -> String {
    let classes = [
        Classification::Major,
        Classification::Minor,
        Classification::Ofi,
    ]
    .map(Choice::as_str);
    let count = |m: &BTreeMap<&str, usize>, k: &str| m.get(k).copied().unwrap_or(0);
    let mut md = format!(
        "# Nonconformities: management review input\n\nPeriod {} to {} (ISO/IEC 27001:2022 9.3.2 c, f); open and overdue as of {}.\n\n",
        s.from, s.to, s.as_of
    );
    md += "## Opened and closed in the period\n\n| | Major | Minor | OFI | Total |\n|---|---:|---:|---:|---:|\n";
    for (name, m) in [("Opened", &s.opened), ("Closed", &s.closed)] {
        let n: Vec<usize> = classes.iter().map(|c| count(m, c)).collect();
        md += &format!(
            "| {name} | {} | {} | {} | {} |\n",
            n[0],
            n[1],
            n[2],
            n.iter().sum::<usize>()
        );
    }
    md += &match s.mean_days_to_close {
        Some(days) => {
            format!("\nMean time to close (nonconformities, OFIs apart): {days} days.\n\n")
        }
        None => "\nNothing was closed in the period.\n\n".into(),
    };
    md += "### Opened by source\n\n| Source | Findings |\n|---|---:|\n";
    for (source, n) in &s.opened_by_source {
        md += &format!("| {source} | {n} |\n");
    }
    md += "\n## Open, by age\n\n| | ";
    md += &AGE_BANDS.join(" | ");
    md += " | Total |\n|---|---:|---:|---:|---:|---:|\n";
    for c in classes {
        let m = s.open_by_age.get(c);
        let n: Vec<usize> = AGE_BANDS
            .iter()
            .map(|b| m.and_then(|m| m.get(b)).copied().unwrap_or(0))
            .collect();
        md += &format!(
            "| {c} | {} | {} | {} | {} | {} |\n",
            n[0],
            n[1],
            n[2],
            n[3],
            n.iter().sum::<usize>()
        );
    }
    md += &format!(
        "\nOverdue: {} record(s) with {} overdue item(s).\n\n## Root-cause categories\n\n| Category | Findings |\n|---|---:|\n",
        s.overdue_records, s.overdue_items
    );
    for (cat, n) in &s.root_cause_categories {
        md += &format!("| {cat} | {n} |\n");
    }
    md += "\n## Clauses with repeated findings\n\n";
    if s.repeated_clauses.is_empty() {
        md += "None in the period.\n";
    } else {
        md += "| Clause | Findings |\n|---|---|\n";
        for r in &s.repeated_clauses {
            md += &format!(
                "| {} | {} |\n",
                cell(&r.clause),
                cell(&r.records.join(", "))
            );
        }
    }
    md += "\n## Deadlines extended in the period\n\n";
    if s.extensions.is_empty() {
        md += "None.\n";
    } else {
        md += "| Record | Deadline | From | To | Requested | Approved by |\n|---|---|---|---|---|---|\n";
        let day = |d: &Option<NaiveDate>| d.map_or_else(|| "-".to_string(), |d| d.to_string());
        for x in &s.extensions {
            md += &format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                cell(&x.record),
                cell(&x.deadline),
                day(&x.from),
                day(&x.to),
                x.requested,
                cell(x.approved_by.as_deref().unwrap_or("-"))
            );
        }
    }
    md += &review_markdown(&s.review);
    md
}

fn review_markdown(r: &Review) -> String {
    let pct = |p: Option<f64>| p.map_or_else(|| "-".to_string(), |p| format!("{p}%"));
    let span = |f: &review::Figures| match (f.from, f.to) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => String::new(),
    };
    let (p, c) = (&r.previous, &r.current);
    let mut md = format!(
        "\n## This period against the previous one\n\nNonconformities, OFIs apart.\n\n| | Previous ({}) | This period ({}) |\n|---|---:|---:|\n",
        span(p),
        span(c)
    );
    for (name, a, b) in [
        ("Opened", p.opened.to_string(), c.opened.to_string()),
        ("Closed", p.closed.to_string(), c.closed.to_string()),
        (
            "Closed on time",
            pct(p.on_time_percent),
            pct(c.on_time_percent),
        ),
        (
            "Verified effective at the first attempt",
            pct(p.effective_first_time_percent),
            pct(c.effective_first_time_percent),
        ),
        (
            "Recurrences",
            p.recurrences.to_string(),
            c.recurrences.to_string(),
        ),
    ] {
        md += &format!("| {name} | {a} | {b} |\n");
    }
    md += "\n### Days to close, by classification\n\n";
    if r.days_to_close.is_empty() {
        md += "Nothing was closed in the period.\n";
    } else {
        md += "| Classification | Mean days |\n|---|---:|\n";
        for (class, days) in &r.days_to_close {
            md += &format!("| {class} | {days} |\n");
        }
    }
    md += "\n## Trend by quarter\n\n```mermaid\nxychart-beta\n    title \"Nonconformities opened (bars) and closed (line)\"\n";
    let labels: Vec<String> = r
        .quarters
        .iter()
        .map(|q| format!("\"{}\"", q.quarter))
        .collect();
    let opened: Vec<String> = r.quarters.iter().map(|q| q.opened.to_string()).collect();
    let closed: Vec<String> = r.quarters.iter().map(|q| q.closed.to_string()).collect();
    md += &format!(
        "    x-axis [{}]\n    y-axis \"Nonconformities\"\n    bar [{}]\n    line [{}]\n```\n\n| Quarter | Opened | Closed |\n|---|---:|---:|\n",
        labels.join(", "),
        opened.join(", "),
        closed.join(", ")
    );
    for q in &r.quarters {
        md += &format!("| {} | {} | {} |\n", q.quarter, q.opened, q.closed);
    }
    md += "\n## By clause\n\n";
    if r.by_clause.is_empty() {
        md += "None in the period.\n";
    } else {
        md += "| Clause | Nonconformities |\n|---|---:|\n";
        for (clause, n) in &r.by_clause {
            md += &format!("| {} | {n} |\n", cell(clause));
        }
    }
    md += "\n## By Annex A theme\n\n";
    if r.by_theme.is_empty() {
        md += "None in the period.\n";
    } else {
        md += "| Theme | Nonconformities |\n|---|---:|\n";
        for (theme, n) in &r.by_theme {
            md += &format!("| {theme} | {n} |\n");
        }
    }
    for (title, list, what) in [
        ("Open major nonconformities", &r.open_majors, "Closure"),
        (
            "Open certification-body findings",
            &r.certification_body_open,
            "Report",
        ),
        ("Overdue items", &r.overdue, "Overdue"),
        ("Disputes", &r.disputes, "Dispute"),
        ("OFI decisions", &r.ofi_decisions, "Decision"),
    ] {
        md += &named_table(title, list, what);
    }
    md += "\n## Decisions for management\n\n";
    if r.decisions_for_management.is_empty() {
        md += "None asked.\n";
    } else {
        for d in &r.decisions_for_management {
            md += &format!("- {}\n", cell(d));
        }
    }
    md
}

fn named_table(title: &str, list: &[Named], what: &str) -> String {
    let mut md = format!("\n## {title}\n\n");
    if list.is_empty() {
        md += "None.\n";
        return md;
    }
    md += &format!(
        "| Record | Title | Class | Status | Owner | {what} |\n|---|---|---|---|---|---|\n"
    );
    for n in list {
        md += &format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            cell(&n.id),
            cell(&n.title),
            cell(&n.classification),
            cell(&n.status),
            cell(&n.owner),
            cell(&n.detail)
        );
    }
    md
}

pub fn json(s: &Summary) -> String {
    let mut text = serde_json::to_string_pretty(s).expect("plain data always serialises");
    text.push('\n');
    text
}

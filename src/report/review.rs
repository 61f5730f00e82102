//! The management-review pack that `summary` adds to its counts (ISO/IEC
//! 27001 9.3.2 c 1): this period against the previous one, trends by
//! quarter, findings by clause and by Annex A theme, the named lists
//! management must look at, OFI decisions, and the decisions asked of it.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::register::text;
use super::{Entry, id};
use crate::catalogue;
use crate::model::config::Config;
use crate::model::deadlines;
use crate::model::record::{CauseCategory, Classification, Record, Status, VerificationResult};
use crate::reader::Choice;

/// The figures of one period, to set against the previous one.
#[derive(Serialize, Clone, Copy, Default, PartialEq, Debug)]
pub struct Figures {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Nonconformities (OFIs apart) identified in the period.
    pub opened: usize,
    /// Nonconformities closed in the period.
    pub closed: usize,
    /// Of those closed, the share closed by their closure date, in percent.
    pub on_time_percent: Option<f64>,
    /// Of those closed, the share verified effective and never reopened.
    pub effective_first_time_percent: Option<f64>,
    /// Findings identified in the period on a clause where an earlier
    /// finding had been closed: the corrective action did not hold.
    pub recurrences: usize,
}

#[derive(Serialize)]
pub struct Quarter {
    pub quarter: String,
    pub opened: usize,
    pub closed: usize,
}

/// A record management must know by name.
#[derive(Serialize)]
pub struct Named {
    pub id: String,
    pub title: String,
    pub classification: String,
    pub status: String,
    pub owner: String,
    /// What makes it worth naming: the overdue item, the dispute, the decision.
    pub detail: String,
}

#[derive(Serialize)]
pub struct Review {
    pub current: Figures,
    pub previous: Figures,
    /// Mean days from identified to closed by classification (OFIs apart),
    /// of those closed in the period.
    pub days_to_close: BTreeMap<&'static str, f64>,
    pub quarters: Vec<Quarter>,
    /// Nonconformities identified in the period per clause, most first.
    pub by_clause: Vec<(String, usize)>,
    /// The same by Annex A theme (ISO/IEC 27001:2022), and the clauses 4-10.
    pub by_theme: BTreeMap<&'static str, usize>,
    pub open_majors: Vec<Named>,
    pub certification_body_open: Vec<Named>,
    pub overdue: Vec<Named>,
    pub disputes: Vec<Named>,
    pub ofi_decisions: Vec<Named>,
    pub decisions_for_management: Vec<String>,
}

fn percent(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| (part as f64 * 1000.0 / whole as f64).round() / 10.0)
}

fn named(r: &Record, detail: String) -> Named {
    Named {
        id: id(r).to_string(),
        title: text(&r.title),
        classification: r
            .classification
            .as_ref()
            .map_or("", |c| c.value.as_str())
            .to_string(),
        status: r
            .status
            .as_ref()
            .map_or("", |s| s.value.as_str())
            .to_string(),
        owner: text(&r.owner),
        detail,
    }
}

/// The clause a finding is about, comparable across spellings.
pub fn clause_of(r: &Record, config: &Config) -> Option<(String, String)> {
    let q = &r.requirement.as_ref()?.value;
    let clause = q.clause.as_ref()?;
    let standard = q
        .standard
        .as_ref()
        .map_or(config.default_standard.as_str(), |s| s.value.as_str());
    Some((
        catalogue::key(standard),
        catalogue::canonical(&clause.value),
    ))
}

/// ISO/IEC 27001:2022 Annex A's four themes; clauses 4-10 are the
/// management system itself.
pub fn theme(clause: &str) -> &'static str {
    let c = clause.trim_start_matches("a.").trim_start_matches("A.");
    let annex = clause.to_ascii_lowercase().starts_with("a.");
    match (annex, c.split('.').next()) {
        (true, Some("5")) => "organisational controls (A.5)",
        (true, Some("6")) => "people controls (A.6)",
        (true, Some("7")) => "physical controls (A.7)",
        (true, Some("8")) => "technological controls (A.8)",
        (false, Some("4" | "5" | "6" | "7" | "8" | "9" | "10")) => {
            "management system (clauses 4-10)"
        }
        _ => "other",
    }
}

fn is_nc(r: &Record) -> bool {
    r.classification.as_ref().is_some_and(|c| !c.value.is_ofi())
        && r.status
            .as_ref()
            .is_none_or(|s| s.value != Status::Withdrawn)
}

fn figures(entries: &[Entry], config: &Config, from: NaiveDate, to: NaiveDate) -> Figures {
    let within = |d: NaiveDate| from <= d && d <= to;
    let mut f = Figures {
        from: Some(from),
        to: Some(to),
        ..Figures::default()
    };
    let (mut on_time, mut effective) = (0, 0);
    // When each clause last had a finding closed.
    let mut closed_on: BTreeMap<(String, String), Vec<NaiveDate>> = BTreeMap::new();
    for e in entries.iter().filter(|e| is_nc(e.record)) {
        if let (Some(c), Some(k)) = (&e.record.closed, clause_of(e.record, config)) {
            closed_on.entry(k).or_default().push(c.value);
        }
    }
    for e in entries.iter().filter(|e| is_nc(e.record)) {
        let r = e.record;
        if let Some(identified) = r.identified.as_ref().filter(|d| within(d.value)) {
            f.opened += 1;
            let recurs = clause_of(r, config)
                .and_then(|k| closed_on.get(&k))
                .is_some_and(|dates| dates.iter().any(|d| *d < identified.value));
            f.recurrences += usize::from(recurs);
        }
        let Some(closed) = r.closed.as_ref().filter(|d| within(d.value)) else {
            continue;
        };
        f.closed += 1;
        let due = deadlines::closure_date(r, &config.deadlines).map(|(d, _)| d);
        on_time += usize::from(due.is_some_and(|d| closed.value <= d));
        let verified = r
            .verification
            .as_ref()
            .and_then(|v| v.value.result.as_ref())
            .is_some_and(|x| x.value == VerificationResult::Effective);
        effective += usize::from(verified && r.reopened.is_none());
    }
    f.on_time_percent = percent(on_time, f.closed);
    f.effective_first_time_percent = percent(effective, f.closed);
    f
}

fn quarter_of(d: NaiveDate) -> (i32, u32) {
    (d.year(), (d.month() - 1) / 3 + 1)
}

/// When a nonconformity was opened and, if it was, closed, as the quarters
/// count it: OFIs, withdrawn records and undated ones are not counted.
pub fn counted(r: &Record) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let identified = r.identified.as_ref()?.value;
    is_nc(r).then(|| (identified, r.closed.as_ref().map(|d| d.value)))
}

/// Nonconformities opened and closed in each quarter of a period (the
/// review's and the site's chart), from what `counted` says of each record.
pub struct QuarterCounts(BTreeMap<(i32, u32), (usize, usize)>);

impl QuarterCounts {
    /// Every quarter of the period, so that an empty one still shows.
    pub fn new(from: NaiveDate, to: NaiveDate) -> QuarterCounts {
        let mut quarters = BTreeMap::new();
        let mut q = quarter_of(from);
        while q <= quarter_of(to) {
            quarters.insert(q, (0, 0));
            q = if q.1 == 4 {
                (q.0 + 1, 1)
            } else {
                (q.0, q.1 + 1)
            };
        }
        QuarterCounts(quarters)
    }

    pub fn add(&mut self, (opened, closed): (NaiveDate, Option<NaiveDate>)) {
        if let Some(q) = self.0.get_mut(&quarter_of(opened)) {
            q.0 += 1;
        }
        if let Some(q) = closed.and_then(|c| self.0.get_mut(&quarter_of(c))) {
            q.1 += 1;
        }
    }

    pub fn quarters(self) -> Vec<Quarter> {
        self.0
            .into_iter()
            .map(|((y, q), (opened, closed))| Quarter {
                quarter: format!("{y}-Q{q}"),
                opened,
                closed,
            })
            .collect()
    }
}

pub fn compute(
    entries: &[Entry],
    config: &Config,
    as_of: NaiveDate,
    from: NaiveDate,
    to: NaiveDate,
) -> Review {
    let within = |d: NaiveDate| from <= d && d <= to;
    let length = (to - from).num_days();
    let previous_to = from.pred_opt().unwrap_or(from);
    let previous_from = previous_to - chrono::Duration::days(length);
    let current = figures(entries, config, from, to);
    let previous = figures(entries, config, previous_from, previous_to);

    let mut days: BTreeMap<&'static str, Vec<i64>> = BTreeMap::new();
    let mut clauses: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_theme: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut quarters = QuarterCounts::new(from, to);
    let mut review = Review {
        current,
        previous,
        days_to_close: BTreeMap::new(),
        quarters: Vec::new(),
        by_clause: Vec::new(),
        by_theme: BTreeMap::new(),
        open_majors: Vec::new(),
        certification_body_open: Vec::new(),
        overdue: Vec::new(),
        disputes: Vec::new(),
        ofi_decisions: Vec::new(),
        decisions_for_management: Vec::new(),
    };
    let mut resource_causes = 0;
    for e in entries {
        let r = e.record;
        let status = r.status.as_ref().map(|s| s.value);
        let open = !matches!(status, Some(Status::Closed | Status::Withdrawn));
        let ofi = r.classification.as_ref().is_some_and(|c| c.value.is_ofi());
        if ofi {
            if let Some(decision) = r.decision.as_ref()
                && r.closed.as_ref().is_some_and(|c| within(c.value))
            {
                review.ofi_decisions.push(named(r, decision.value.clone()));
            } else if open {
                review
                    .ofi_decisions
                    .push(named(r, "open: no decision yet".into()));
            }
            continue;
        }
        if !is_nc(r) {
            continue;
        }
        if let Some(counted) = counted(r) {
            quarters.add(counted);
        }
        if let Some(identified) = r.identified.as_ref().map(|d| d.value) {
            if within(identified) {
                if let Some((_, clause)) = clause_of(r, config) {
                    let shown = r
                        .requirement
                        .as_ref()
                        .and_then(|q| q.value.clause.as_ref())
                        .map_or(clause.clone(), |c| c.value.clone());
                    *clauses.entry(shown.clone()).or_default() += 1;
                    *by_theme.entry(theme(&shown)).or_default() += 1;
                }
                let resource = r
                    .root_cause
                    .as_ref()
                    .and_then(|rc| rc.value.category.as_ref())
                    .is_some_and(|c| c.value == CauseCategory::Resource);
                resource_causes += usize::from(resource);
            }
            if let Some(closed) = r.closed.as_ref().map(|d| d.value)
                && within(closed)
                && let Some(c) = &r.classification
            {
                days.entry(c.value.as_str())
                    .or_default()
                    .push((closed - identified).num_days());
            }
        }
        if !open {
            continue;
        }
        let major = r
            .classification
            .as_ref()
            .is_some_and(|c| c.value == Classification::Major);
        if major {
            let target = deadlines::closure_date(r, &config.deadlines)
                .map_or(String::new(), |(d, _)| format!("closure due {d}"));
            review.open_majors.push(named(r, target));
        }
        if deadlines::from_certification_body(r) {
            let reference = r
                .source
                .as_ref()
                .and_then(|s| s.value.reference.as_ref())
                .map_or(String::new(), |x| x.value.clone());
            review.certification_body_open.push(named(r, reference));
        }
        for d in deadlines::overdue(r, &config.deadlines, as_of) {
            let detail = format!(
                "{} due {} ({} days overdue)",
                d.what,
                d.due,
                d.days_overdue(as_of)
            );
            review.overdue.push(named(r, detail));
        }
        if status == Some(Status::Disputed)
            && let Some(d) = &r.dispute
        {
            let raised = d
                .value
                .raised
                .as_ref()
                .map_or(String::new(), |x| format!("raised {}", x.value));
            review.disputes.push(named(r, raised));
        }
    }
    review.days_to_close = days
        .into_iter()
        .map(|(class, d)| {
            let mean = d.iter().sum::<i64>() as f64 / d.len() as f64;
            (class, (mean * 10.0).round() / 10.0)
        })
        .collect();
    review.quarters = quarters.quarters();
    let mut by_clause: Vec<(String, usize)> = clauses.into_iter().collect();
    by_clause.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    review.by_clause = by_clause;
    review.by_theme = by_theme;
    review.decisions_for_management = decisions(&review, resource_causes);
    review
}

/// What management is asked to decide, from what the figures show.
fn decisions(r: &Review, resource_causes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    if !r.overdue.is_empty() {
        out.push(format!(
            "{} past due: agree new dates (as recorded extensions) or add resources",
            plural(r.overdue.len(), "item is", "items are")
        ));
    }
    if !r.open_majors.is_empty() {
        out.push(format!(
            "{} open: confirm the corrective actions are resourced to close on time",
            plural(
                r.open_majors.len(),
                "major nonconformity is",
                "major nonconformities are"
            )
        ));
    }
    if !r.disputes.is_empty() {
        out.push(format!(
            "{} awaiting a decision: decide whether to pursue or accept",
            plural(r.disputes.len(), "dispute is", "disputes are")
        ));
    }
    if resource_causes > 0 {
        out.push(format!(
            "{} in the period traced to resources: decide on the resources (9.3.3)",
            plural(resource_causes, "finding", "findings")
        ));
    }
    if r.current.recurrences > 0 {
        out.push(format!(
            "{} recurred on a clause already corrected: review whether those corrective actions were effective",
            plural(r.current.recurrences, "finding", "findings")
        ));
    }
    let pending = r
        .ofi_decisions
        .iter()
        .filter(|o| o.detail.starts_with("open"))
        .count();
    if pending > 0 {
        out.push(format!(
            "{} without a decision: accept or decline each",
            plural(
                pending,
                "opportunity for improvement",
                "opportunities for improvement"
            )
        ));
    }
    out
}

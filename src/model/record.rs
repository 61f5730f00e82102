//! The nonconformity record of SPEC §2, typed, with the span of every value.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::reader::{Field, Map, Sink, Sp, choice};
use crate::span::Span;
use crate::yaml::{Node, NodeKind};

choice!(Status {
    Open = "open",
    Planned = "planned",
    Implemented = "implemented",
    Verified = "verified",
    Closed = "closed",
    Disputed = "disputed",
    Withdrawn = "withdrawn",
});

impl Status {
    /// Position on the main path open -> planned -> implemented -> verified ->
    /// closed, where each status needs everything the earlier ones need.
    /// Disputed and withdrawn leave that path.
    pub fn stage(self) -> Option<u8> {
        match self {
            Status::Open => Some(0),
            Status::Planned => Some(1),
            Status::Implemented => Some(2),
            Status::Verified => Some(3),
            Status::Closed => Some(4),
            Status::Disputed | Status::Withdrawn => None,
        }
    }
}

choice!(Classification {
    Minor = "minor",
    Major = "major",
    Ofi = "ofi",
    Observation = "observation",
});

impl Classification {
    /// An opportunity for improvement: `ofi`, or `observation` as some
    /// certification bodies write it. Neither obliges the organisation to act.
    pub fn is_ofi(self) -> bool {
        matches!(self, Classification::Ofi | Classification::Observation)
    }

    /// The class a record is counted in: an observation is counted with
    /// the OFIs it is.
    pub fn counted_as(self) -> Classification {
        if self.is_ofi() {
            Classification::Ofi
        } else {
            self
        }
    }
}

choice!(DisputeChannel {
    ClosingMeeting = "closing-meeting",
    Appeal = "appeal",
});

choice!(SourceType {
    CertificationAudit = "certification-audit",
    InternalAudit = "internal-audit",
    SelfIdentified = "self-identified",
    Incident = "incident",
    ManagementReview = "management-review",
    MetricReview = "metric-review",
    Supplier = "supplier",
    Other = "other",
});

choice!(AuditStage {
    Stage1 = "stage-1",
    Stage2 = "stage-2",
    Surveillance = "surveillance",
    Recertification = "recertification",
});

choice!(Basis {
    Standard = "standard",
    Policy = "policy",
    Legal = "legal",
});

choice!(RcaMethod {
    FiveWhys = "five-whys",
    Fishbone = "fishbone",
    FaultTree = "fault-tree",
    Other = "other",
});

choice!(CauseCategory {
    ProcessDesign = "process-design",
    TrainingAwareness = "training-awareness",
    Resource = "resource",
    Technology = "technology",
    Ownership = "ownership",
    Other = "other",
});

choice!(VerificationResult {
    Effective = "effective",
    NotEffective = "not-effective",
});

#[derive(Debug, Default, Serialize)]
pub struct Record {
    /// Where a problem with the record as a whole is shown: its first key.
    #[serde(skip)]
    pub span: Span,
    #[serde(serialize_with = "text_or_empty")]
    pub id: Field<String>,
    pub title: Field<String>,
    pub status: Field<Status>,
    pub classification: Field<Classification>,
    pub identified: Field<NaiveDate>,
    // Sections are boxed where many records lack them: an absent one then
    // costs a pointer, not its size, in each of a large register's records.
    pub source: Option<Box<Sp<Source>>>,
    pub requirement: Option<Sp<Requirement>>,
    pub description: Field<String>,
    pub correction: Option<Box<Sp<Correction>>>,
    pub root_cause: Option<Box<Sp<RootCause>>>,
    #[serde(serialize_with = "list_or_empty")]
    pub actions: Option<Sp<Vec<Action>>>,
    pub verification: Option<Sp<Verification>>,
    pub risk: Option<Box<Sp<Risk>>>,
    pub certification_body: Option<Box<Sp<CertificationBody>>>,
    pub extent_of_condition: Option<Box<Sp<ExtentOfCondition>>>,
    pub owner: Field<String>,
    pub target_date: Field<NaiveDate>,
    pub extensions: Vec<Extension>,
    pub closed: Field<NaiveDate>,
    pub closed_by: Field<String>,
    #[serde(serialize_with = "list_or_empty")]
    pub related: Field<Vec<Sp<String>>>,
    pub escalated_to: Field<String>,
    pub waivers: Vec<Waiver>,
    pub dispute: Option<Box<Sp<Dispute>>>,
    pub decision: Field<String>,
    pub withdrawn_reason: Field<String>,
    pub reopened: Option<Box<Sp<Reopened>>>,
    /// Paths of values present but invalid (already reported), so that
    /// rules do not also call them missing.
    #[serde(skip)]
    pub invalid: BTreeSet<String>,
    /// Where present but empty values stand (`reader::Sink::empty`).
    #[serde(skip)]
    pub empty: std::collections::BTreeMap<String, Span>,
}

#[derive(Debug, Default, Serialize)]
pub struct Source {
    #[serde(rename = "type")]
    pub kind: Field<SourceType>,
    pub audit_stage: Field<AuditStage>,
    pub reference: Field<String>,
    pub raised_by: Field<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Requirement {
    pub basis: Field<Basis>,
    pub standard: Field<String>,
    pub clause: Field<String>,
    pub document: Field<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Correction {
    pub description: Field<String>,
    pub date: Field<NaiveDate>,
    pub by: Field<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct RootCause {
    pub method: Field<RcaMethod>,
    pub whys: Vec<Why>,
    pub cause: Field<String>,
    pub category: Field<CauseCategory>,
}

#[derive(Debug, Default, Serialize)]
pub struct Why {
    #[serde(skip)]
    pub span: Span,
    pub why: Field<String>,
    pub because: Field<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Action {
    /// The span of the list item (its first key).
    #[serde(skip)]
    pub span: Span,
    /// 1-based position in the list, for messages (`actions[2]`).
    #[serde(skip)]
    pub index: usize,
    pub id: Field<String>,
    pub description: Field<String>,
    pub owner: Field<String>,
    pub due: Field<NaiveDate>,
    pub done: Field<NaiveDate>,
    #[serde(serialize_with = "list_or_empty")]
    pub evidence: Field<Vec<Sp<String>>>,
}

/// An absent text as `""` (the register's JSON has always given an id).
fn text_or_empty<S: Serializer>(f: &Field<String>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(f.as_ref().map_or("", |v| v.value.as_str()))
}

/// An absent list as `[]`.
fn list_or_empty<T: Serialize, S: Serializer>(
    f: &Option<Sp<Vec<T>>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(f.iter().flat_map(|l| &l.value))
}

/// How often a deadline was extended, and its first date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extended {
    pub times: usize,
    pub first_due: Option<NaiveDate>,
}

impl Extended {
    /// For people: "extended twice, first due 2026-05-31".
    pub fn note(&self) -> String {
        let times = match self.times {
            1 => "once".to_string(),
            2 => "twice".to_string(),
            n => format!("{n} times"),
        };
        match self.first_due {
            Some(first) => format!("extended {times}, first due {first}"),
            None => format!("extended {times}"),
        }
    }
}

impl Record {
    /// The extensions of one deadline (`target_date`, `actions[4].due`, ...),
    /// if it has any.
    pub fn extended(&self, deadline: &str) -> Option<Extended> {
        let chain: Vec<&Extension> = self
            .extensions
            .iter()
            .filter(|x| x.deadline() == Some(deadline))
            .collect();
        let first = chain.first()?;
        Some(Extended {
            times: chain.len(),
            first_due: first.from.as_ref().map(|f| f.value),
        })
    }

    /// The descriptions of the actions that have one.
    pub fn action_texts(&self) -> Vec<&str> {
        self.actions
            .iter()
            .flat_map(|a| &a.value)
            .filter_map(|a| a.description.as_ref().map(|d| d.value.as_str()))
            .collect()
    }

    /// The root cause's statement (`root_cause.cause`), if it has one.
    pub fn cause(&self) -> Option<&Sp<String>> {
        self.root_cause.as_ref()?.value.cause.as_ref()
    }

    /// The id as written, if it could be read.
    pub fn id_text(&self) -> Option<&str> {
        self.id.as_ref().map(|i| i.value.as_str())
    }
}

impl Action {
    /// The path of one of this action's fields, as every rule, `history` and
    /// the reports name it: `actions[<id>].due` (by position without an id).
    pub fn path(&self, field: &str) -> String {
        format!("actions[{}].{field}", self.key())
    }

    /// How field paths name this action: by its id, else by position.
    pub fn key(&self) -> String {
        match &self.id {
            Some(id) if !id.value.trim().is_empty() => id.value.trim().to_string(),
            _ => self.index.to_string(),
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct Verification {
    pub method: Field<String>,
    pub due: Field<NaiveDate>,
    pub date: Field<NaiveDate>,
    pub by: Field<String>,
    pub result: Field<VerificationResult>,
    #[serde(serialize_with = "list_or_empty")]
    pub evidence: Field<Vec<Sp<String>>>,
}

#[derive(Debug, Default, Serialize)]
pub struct Risk {
    pub update_required: Field<bool>,
    pub reference: Field<String>,
    pub notes: Field<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct CertificationBody {
    pub report_received: Field<NaiveDate>,
    pub cap_due: Field<NaiveDate>,
    pub cap_submitted: Field<NaiveDate>,
    pub evidence_submitted: Field<NaiveDate>,
    pub closure_confirmed: Field<NaiveDate>,
    pub closure_reference: Field<String>,
    /// The certification body's own number for the finding.
    pub finding_ref: Field<String>,
    /// When the certification body accepted the corrective action plan.
    pub cap_accepted: Field<NaiveDate>,
    /// A follow-up visit or evidence review (majors).
    pub follow_up_visit: Field<NaiveDate>,
    /// The closure letter: an evidence path or link (E001/E002).
    pub closure_letter: Field<String>,
}

/// Clause 10.2 b) 3): do similar nonconformities exist, or could they occur?
#[derive(Debug, Default, Serialize)]
pub struct ExtentOfCondition {
    pub checked: Field<NaiveDate>,
    pub scope: Field<String>,
    pub result: Field<String>,
    #[serde(serialize_with = "list_or_empty")]
    pub related: Field<Vec<Sp<String>>>,
}

/// A deadline moved by agreement: every later date is recorded here (H006).
#[derive(Debug, Default, Serialize)]
pub struct Extension {
    #[serde(skip)]
    pub span: Span,
    /// `target_date`, `certification_body.cap_due`, `verification.due` or
    /// `actions[<id>].due`.
    pub field: Field<String>,
    pub from: Field<NaiveDate>,
    pub to: Field<NaiveDate>,
    pub requested: Field<NaiveDate>,
    pub approved_by: Field<String>,
    pub reason: Field<String>,
    pub reference: Field<String>,
}

impl Extension {
    /// The deadline this extension moves (`deadline_name`).
    pub fn deadline(&self) -> Option<&str> {
        self.field.as_ref().map(|f| deadline_name(&f.value))
    }
}

/// The deadline an `extensions` entry names, as `fields` names it
/// (`cap_due` is accepted for `certification_body.cap_due`).
pub fn deadline_name(field: &str) -> &str {
    match field.trim() {
        "cap_due" => "certification_body.cap_due",
        other => other,
    }
}

#[derive(Debug, Default, Clone, Serialize)]
pub struct Waiver {
    #[serde(skip)]
    pub span: Span,
    pub rule: Field<String>,
    pub reason: Field<String>,
    pub approved_by: Field<String>,
}

/// Why a closed record was opened again (rule H002 allows that edit).
#[derive(Debug, Default, Serialize)]
pub struct Reopened {
    pub date: Field<NaiveDate>,
    pub reason: Field<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct Dispute {
    pub raised: Field<NaiveDate>,
    pub rationale: Field<String>,
    pub outcome: Field<String>,
    pub decided: Field<NaiveDate>,
    pub channel: Field<DisputeChannel>,
    #[serde(serialize_with = "list_or_empty")]
    pub evidence: Field<Vec<Sp<String>>>,
}

pub const RECORD_KEYS: &[&str] = &[
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
    "actions",
    "verification",
    "risk",
    "certification_body",
    "extent_of_condition",
    "owner",
    "target_date",
    "extensions",
    "closed",
    "closed_by",
    "related",
    "escalated_to",
    "waivers",
    "dispute",
    "decision",
    "withdrawn_reason",
    "reopened",
];
pub const SOURCE_KEYS: &[&str] = &["type", "audit_stage", "reference", "raised_by"];
pub const REQUIREMENT_KEYS: &[&str] = &["basis", "standard", "clause", "document"];
pub const CORRECTION_KEYS: &[&str] = &["description", "date", "by"];
pub const ROOT_CAUSE_KEYS: &[&str] = &["method", "whys", "cause", "category"];
pub const WHY_KEYS: &[&str] = &["why", "because"];
pub const ACTION_KEYS: &[&str] = &["id", "description", "owner", "due", "done", "evidence"];
pub const VERIFICATION_KEYS: &[&str] = &["method", "due", "date", "by", "result", "evidence"];
pub const RISK_KEYS: &[&str] = &["update_required", "reference", "notes"];
pub const CERTIFICATION_BODY_KEYS: &[&str] = &[
    "report_received",
    "cap_due",
    "cap_submitted",
    "evidence_submitted",
    "closure_confirmed",
    "closure_reference",
    "finding_ref",
    "cap_accepted",
    "follow_up_visit",
    "closure_letter",
];
pub const EXTENT_KEYS: &[&str] = &["checked", "scope", "result", "related"];
pub const EXTENSION_KEYS: &[&str] = &[
    "field",
    "from",
    "to",
    "requested",
    "approved_by",
    "reason",
    "reference",
];
pub const WAIVER_KEYS: &[&str] = &["rule", "reason", "approved_by"];
pub const DISPUTE_KEYS: &[&str] = &[
    "raised",
    "rationale",
    "outcome",
    "decided",
    "channel",
    "evidence",
];
pub const REOPENED_KEYS: &[&str] = &["date", "reason"];

/// Reads a record from a document's root node. `None` when the root is not a
/// mapping (already reported).
pub fn read(root: &Node, sink: &mut Sink) -> Option<Record> {
    let m = sink.as_map(root, String::new(), root.span, RECORD_KEYS)?;
    sink.check_keys(&m);
    let section = |sink: &mut Sink, key: &str, known| {
        let inner = sink.map(&m, key, known)?;
        sink.check_keys(&inner);
        Some(inner)
    };
    let source = section(sink, "source", SOURCE_KEYS).map(|s| Sp {
        span: s.span,
        value: Source {
            kind: sink.choice(&s, "type"),
            audit_stage: sink.choice(&s, "audit_stage"),
            reference: sink.text(&s, "reference"),
            raised_by: sink.text(&s, "raised_by"),
        },
    });
    let requirement = section(sink, "requirement", REQUIREMENT_KEYS).map(|r| Sp {
        span: r.span,
        value: Requirement {
            basis: sink.choice(&r, "basis"),
            standard: sink.text(&r, "standard"),
            clause: sink.text(&r, "clause"),
            document: sink.text(&r, "document"),
        },
    });
    let correction = section(sink, "correction", CORRECTION_KEYS).map(|c| Sp {
        span: c.span,
        value: Correction {
            description: sink.text(&c, "description"),
            date: sink.date(&c, "date"),
            by: sink.text(&c, "by"),
        },
    });
    let root_cause = section(sink, "root_cause", ROOT_CAUSE_KEYS).map(|r| Sp {
        span: r.span,
        value: RootCause {
            method: sink.choice(&r, "method"),
            whys: list_of(sink, &r, "whys", WHY_KEYS)
                .map_or_else(Vec::new, |l| l.value)
                .into_iter()
                .map(|(w, _)| Why {
                    span: w.span,
                    why: sink.text(&w, "why"),
                    because: sink.text(&w, "because"),
                })
                .collect(),
            cause: sink.text(&r, "cause"),
            category: sink.choice(&r, "category"),
        },
    });
    let actions = list_of(sink, &m, "actions", ACTION_KEYS).map(|items| Sp {
        span: items.span,
        value: items
            .value
            .into_iter()
            .map(|(a, index)| Action {
                span: a.span,
                index,
                id: sink.text(&a, "id"),
                description: sink.text(&a, "description"),
                owner: sink.text(&a, "owner"),
                due: sink.date(&a, "due"),
                done: sink.date(&a, "done"),
                evidence: sink.text_list(&a, "evidence"),
            })
            .collect(),
    });
    let verification = section(sink, "verification", VERIFICATION_KEYS).map(|v| Sp {
        span: v.span,
        value: Verification {
            method: sink.text(&v, "method"),
            due: sink.date(&v, "due"),
            date: sink.date(&v, "date"),
            by: sink.text(&v, "by"),
            result: sink.choice(&v, "result"),
            evidence: sink.text_list(&v, "evidence"),
        },
    });
    let risk = section(sink, "risk", RISK_KEYS).map(|r| Sp {
        span: r.span,
        value: Risk {
            update_required: sink.boolean(&r, "update_required"),
            reference: sink.text(&r, "reference"),
            notes: sink.text(&r, "notes"),
        },
    });
    let certification_body =
        section(sink, "certification_body", CERTIFICATION_BODY_KEYS).map(|c| Sp {
            span: c.span,
            value: CertificationBody {
                report_received: sink.date(&c, "report_received"),
                cap_due: sink.date(&c, "cap_due"),
                cap_submitted: sink.date(&c, "cap_submitted"),
                evidence_submitted: sink.date(&c, "evidence_submitted"),
                closure_confirmed: sink.date(&c, "closure_confirmed"),
                closure_reference: sink.text(&c, "closure_reference"),
                finding_ref: sink.text(&c, "finding_ref"),
                cap_accepted: sink.date(&c, "cap_accepted"),
                follow_up_visit: sink.date(&c, "follow_up_visit"),
                closure_letter: sink.text(&c, "closure_letter"),
            },
        });
    let extent_of_condition = section(sink, "extent_of_condition", EXTENT_KEYS).map(|e| Sp {
        span: e.span,
        value: ExtentOfCondition {
            checked: sink.date(&e, "checked"),
            scope: sink.text(&e, "scope"),
            result: sink.text(&e, "result"),
            related: sink.text_list(&e, "related"),
        },
    });
    let extensions = list_of(sink, &m, "extensions", EXTENSION_KEYS)
        .map_or_else(Vec::new, |l| l.value)
        .into_iter()
        .map(|(x, _)| Extension {
            span: x.span,
            field: sink.text(&x, "field"),
            from: sink.date(&x, "from"),
            to: sink.date(&x, "to"),
            requested: sink.date(&x, "requested"),
            approved_by: sink.text(&x, "approved_by"),
            reason: sink.text(&x, "reason"),
            reference: sink.text(&x, "reference"),
        })
        .collect();
    let waivers = list_of(sink, &m, "waivers", WAIVER_KEYS)
        .map_or_else(Vec::new, |l| l.value)
        .into_iter()
        .map(|(w, _)| Waiver {
            span: w.span,
            rule: sink.text(&w, "rule"),
            reason: sink.text(&w, "reason"),
            approved_by: sink.text(&w, "approved_by"),
        })
        .collect();
    let dispute = section(sink, "dispute", DISPUTE_KEYS).map(|d| Sp {
        span: d.span,
        value: Dispute {
            raised: sink.date(&d, "raised"),
            rationale: sink.text(&d, "rationale"),
            outcome: sink.text(&d, "outcome"),
            decided: sink.date(&d, "decided"),
            channel: sink.choice(&d, "channel"),
            evidence: sink.text_list(&d, "evidence"),
        },
    });
    let reopened = section(sink, "reopened", REOPENED_KEYS).map(|d| Sp {
        span: d.span,
        value: Reopened {
            date: sink.date(&d, "date"),
            reason: sink.text(&d, "reason"),
        },
    });
    Some(Record {
        span: m.entries().first().map_or(root.span, |e| e.key_span),
        id: sink.text(&m, "id"),
        title: sink.text(&m, "title"),
        status: sink.choice(&m, "status"),
        classification: sink.choice(&m, "classification"),
        identified: sink.date(&m, "identified"),
        source: source.map(Box::new),
        requirement,
        description: sink.text(&m, "description"),
        correction: correction.map(Box::new),
        root_cause: root_cause.map(Box::new),
        actions,
        verification,
        risk: risk.map(Box::new),
        certification_body: certification_body.map(Box::new),
        extent_of_condition: extent_of_condition.map(Box::new),
        owner: sink.text(&m, "owner"),
        target_date: sink.date(&m, "target_date"),
        extensions,
        closed: sink.date(&m, "closed"),
        closed_by: sink.text(&m, "closed_by"),
        related: sink.text_list(&m, "related"),
        escalated_to: sink.text(&m, "escalated_to"),
        waivers,
        dispute: dispute.map(Box::new),
        decision: sink.text(&m, "decision"),
        withdrawn_reason: sink.text(&m, "withdrawn_reason"),
        reopened: reopened.map(Box::new),
        invalid: sink.invalid.clone(),
        empty: std::mem::take(&mut sink.empty),
    })
}

/// The mappings of a list of mappings, each checked for unknown keys, with
/// its 1-based position.
fn list_of<'n>(
    sink: &mut Sink,
    parent: &Map<'n>,
    key: &str,
    known: &'static [&'static str],
) -> Option<Sp<Vec<(Map<'n>, usize)>>> {
    let items = sink.seq(parent, key)?;
    let path = parent.path_of(key);
    let value = items
        .value
        .iter()
        .enumerate()
        .filter_map(|(i, node)| {
            // Point at the item's first key: the mapping node itself has no width.
            let span = match &node.kind {
                NodeKind::Map(entries) => entries.first().map_or(node.span, |e| e.key_span),
                _ => node.span,
            };
            let item = sink.as_map(node, format!("{path}[{}]", i + 1), span, known)?;
            sink.check_keys(&item);
            Some((item, i + 1))
        })
        .collect();
    Some(Sp {
        value,
        span: items.span,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_are_named_by_their_id_else_their_position() {
        let sp = |v: &str| {
            Some(Sp {
                value: v.to_string(),
                span: Span::default(),
            })
        };
        let with_id = Action {
            index: 1,
            id: sp("7"),
            ..Action::default()
        };
        assert_eq!(with_id.path("due"), "actions[7].due");
        let without = Action {
            index: 2,
            ..Action::default()
        };
        assert_eq!(without.path("done"), "actions[2].done");
    }
}

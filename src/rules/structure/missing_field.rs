//! S003: a field required always, or by the record's status, is absent or empty.
//!
//! The lifecycle table of SPEC §2 lives here, in one place: `open` needs the
//! always-required fields (the clause or document of the requirement may
//! still be unknown); `planned`, `implemented`, `verified` and `closed`
//! each add to what the status before needs; `disputed` and `withdrawn` leave
//! the path with their own fields. OFIs need no root cause or verification and
//! may close with only a `decision`.

use crate::codes::Code;

use crate::diagnostic::Diagnostic;
use crate::model::record::{Basis, Record, SourceType, Status};
use crate::reader::Choice;
use crate::rules::{Context, Subject};
use crate::span::Span;

pub fn check(s: &Subject, _: &Context, out: &mut Vec<Diagnostic>) {
    let r = s.record;
    let mut need = Need { record: r, out };
    always(&mut need);
    let Some(status) = &r.status else { return };
    let why = format!("when status is `{}`", status.value.as_str());
    let at = status.span;
    if !matches!(status.value, Status::Open | Status::Withdrawn) {
        requirement_detail(&mut need);
    }
    let ofi = r.classification.as_ref().is_some_and(|c| c.value.is_ofi());
    match status.value {
        Status::Disputed => {
            let dispute = r.dispute.as_ref().map(|d| (d.span, &d.value));
            need.section("dispute", dispute.map(|d| d.0), at, &why);
            if let Some((span, d)) = dispute {
                need.field("dispute.raised", d.raised.is_some(), span, &why);
                need.field("dispute.rationale", d.rationale.is_some(), span, &why);
            }
        }
        Status::Withdrawn => need.field("withdrawn_reason", r.withdrawn_reason.is_some(), at, &why),
        Status::Closed if ofi => {
            need.field("closed", r.closed.is_some(), at, &why);
            need.field("decision", r.decision.is_some(), at, &why);
        }
        _ => {
            let stage = status.value.stage().unwrap_or(0);
            if stage >= 1 {
                planned(&mut need, at, &why, ofi);
            }
            if stage >= 2 {
                // Past `implemented`, an action not done contradicts the
                // status: D005 reports it.
                implemented(&mut need, &why, stage == 2);
            }
            if stage >= 3 && !ofi {
                verified(&mut need, at, &why);
            }
            if stage >= 4 {
                need.field("closed", r.closed.is_some(), at, &why);
                if is_certification_audit(r) {
                    let cb = r.certification_body.as_ref();
                    need.section("certification_body", cb.map(|c| c.span), at, &why);
                    if let Some(cb) = cb {
                        let confirmed = cb.value.closure_confirmed.is_some();
                        need.field(
                            "certification_body.closure_confirmed",
                            confirmed,
                            cb.span,
                            &why,
                        );
                    }
                }
            }
        }
    }
}

fn always(need: &mut Need) {
    let r = need.record;
    let why = "in every record";
    let at = r.span;
    need.field("id", r.id.is_some(), at, why);
    need.field("title", r.title.is_some(), at, why);
    need.field("status", r.status.is_some(), at, why);
    need.field("classification", r.classification.is_some(), at, why);
    need.field("identified", r.identified.is_some(), at, why);
    need.field("description", r.description.is_some(), at, why);
    need.section("source", r.source.as_ref().map(|s| s.span), at, why);
    if let Some(source) = &r.source {
        need.field("source.type", source.value.kind.is_some(), source.span, why);
    }
    need.section(
        "requirement",
        r.requirement.as_ref().map(|q| q.span),
        at,
        why,
    );
    if let Some(req) = &r.requirement {
        need.field(
            "requirement.basis",
            req.value.basis.is_some(),
            req.span,
            why,
        );
    }
    // An extension is only evidence with every part of the agreement.
    for (i, x) in r.extensions.iter().enumerate() {
        let path = |field: &str| format!("extensions[{}].{field}", i + 1);
        let why = "in every extension";
        need.field(&path("field"), x.field.is_some(), x.span, why);
        need.field(&path("from"), x.from.is_some(), x.span, why);
        need.field(&path("to"), x.to.is_some(), x.span, why);
        need.field(&path("requested"), x.requested.is_some(), x.span, why);
        need.field(&path("approved_by"), x.approved_by.is_some(), x.span, why);
        need.field(&path("reason"), x.reason.is_some(), x.span, why);
    }
}

/// Once the finding is analysed, the requirement must be pinned down: a
/// clause for a standard, a document for a policy or a law. A record just
/// logged (`open`) may not know it yet.
fn requirement_detail(need: &mut Need) {
    let Some(req) = &need.record.requirement else {
        return;
    };
    let (span, q) = (req.span, &req.value);
    match q.basis.as_ref().map(|b| b.value) {
        Some(Basis::Standard) => need.field(
            "requirement.clause",
            q.clause.is_some(),
            span,
            "when the basis is `standard`",
        ),
        Some(basis @ (Basis::Policy | Basis::Legal)) => need.field(
            "requirement.document",
            q.document.is_some(),
            span,
            &format!("when the basis is `{}`", basis.as_str()),
        ),
        None => {}
    }
}

fn planned(need: &mut Need, at: Span, why: &str, ofi: bool) {
    let r = need.record;
    if !ofi {
        need.section("root_cause", r.root_cause.as_ref().map(|c| c.span), at, why);
        if let Some(rc) = &r.root_cause {
            need.field("root_cause.cause", rc.value.cause.is_some(), rc.span, why);
            need.field(
                "root_cause.category",
                rc.value.category.is_some(),
                rc.span,
                why,
            );
        }
    }
    need.section("actions", r.actions.as_ref().map(|a| a.span), at, why);
    if let Some(actions) = &r.actions {
        let planned = actions
            .value
            .iter()
            .any(|a| a.owner.is_some() && a.due.is_some());
        if !planned && !actions.value.is_empty() {
            need.report(
                "actions[].owner and actions[].due",
                actions.span,
                &format!("at least one action needs an `owner` and a `due` date {why}"),
            );
        }
        for a in &actions.value {
            let path = a.path("description");
            need.field(&path, a.description.is_some(), a.span, why);
        }
    }
    need.field("owner", r.owner.is_some(), at, why);
    need.field("target_date", r.target_date.is_some(), at, why);
}

fn implemented(need: &mut Need, why: &str, done_required: bool) {
    let Some(actions) = &need.record.actions else {
        return;
    };
    for a in &actions.value {
        if done_required {
            let path = a.path("done");
            need.field(&path, a.done.is_some(), a.span, why);
        }
        let evidence = a.evidence.is_some();
        need.field(&a.path("evidence"), evidence, a.span, why);
    }
}

fn verified(need: &mut Need, at: Span, why: &str) {
    let r = need.record;
    let v = r.verification.as_ref();
    need.section("verification", v.map(|v| v.span), at, why);
    let Some(v) = v else { return };
    need.field("verification.method", v.value.method.is_some(), v.span, why);
    need.field("verification.date", v.value.date.is_some(), v.span, why);
    need.field("verification.result", v.value.result.is_some(), v.span, why);
    // Evidence of the verification is R007's (unverified-closure).
}

fn is_certification_audit(r: &Record) -> bool {
    r.source
        .as_ref()
        .and_then(|s| s.value.kind.as_ref())
        .is_some_and(|k| k.value == SourceType::CertificationAudit)
}

struct Need<'a> {
    record: &'a Record,
    out: &'a mut Vec<Diagnostic>,
}

impl Need<'_> {
    fn field(&mut self, path: &str, present: bool, at: Span, why: &str) {
        if present || self.record.invalid.contains(path) {
            return;
        }
        match self.record.empty.get(path) {
            Some(&empty) => self.report(
                path,
                empty,
                &format!("`{path}` is empty; it is required {why}"),
            ),
            None => self.report(path, at, &format!("`{path}` is required {why}")),
        }
    }

    fn section(&mut self, path: &str, present: Option<Span>, at: Span, why: &str) {
        self.field(path, present.is_some(), at, why);
    }

    fn report(&mut self, path: &str, at: Span, message: &str) {
        self.out
            .push(Diagnostic::new(Code::S003, at, message).help(help_for(path)));
    }
}

/// What to write, for the fields people most often leave out.
fn help_for(path: &str) -> String {
    let field = path.rsplit('.').next().unwrap_or(path);
    let field = field.split('[').next().unwrap_or(field);
    match (path, field) {
        ("root_cause.cause", _) => "state the cause that, once removed, stops the nonconformity recurring (a process, ownership, resource, training or technology gap)".into(),
        ("root_cause.category", _) => "one of process-design | training-awareness | resource | technology | ownership | other".into(),
        ("actions", _) => "list the corrective actions that remove the cause, each with a `description`, an `owner` and a `due` date".into(),
        ("owner", _) => "name the person accountable for the whole record".into(),
        ("target_date", _) => "the agreed closure date, YYYY-MM-DD".into(),
        ("closed", _) => "the date the record was closed, YYYY-MM-DD".into(),
        ("decision", _) => "say whether the OFI was accepted or declined, and why".into(),
        ("withdrawn_reason", _) => "say why the record is withdrawn; records are never deleted".into(),
        ("certification_body.closure_confirmed", _) => "the date of the certification body's written confirmation of closure".into(),
        ("verification", _) | ("verification.method", _) => "say how effectiveness was checked (for example, the next quarterly access review compared with the leavers list)".into(),
        ("verification.evidence", _) | (_, "evidence") => "list evidence files (repository-relative paths) or http(s) links".into(),
        (_, "done") => "the date the action was completed, YYYY-MM-DD".into(),
        (_, "source") | ("source.type", _) => "certification-audit | internal-audit | self-identified | incident | management-review | metric-review | supplier | other".into(),
        (_, "audit_stage") => "stage-1 | stage-2 | surveillance | recertification".into(),
        (_, "basis") | (_, "requirement") => "the requirement broken: `basis: standard` with a `clause`, or `basis: policy`/`legal` with a `document`".into(),
        (_, "clause") => "the clause (\"9.2\") or Annex A control (\"A.5.18\") not fulfilled".into(),
        (_, "document") => "name the policy, law or contract and its section".into(),
        _ => "see `ncreg explain S003` and the record format in the README".into(),
    }
}

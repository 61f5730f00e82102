//! `register`, `overdue` and `summary` on the built binary: exact bytes on
//! the example register, hostile titles, CSV shape, atomic output files.

mod common;

use std::path::Path;

use common::{ncreg, stderr, stdout};
use serde_json::Value;

const AS_OF: &str = "--as-of=2026-11-28";

fn example() -> tempfile::TempDir {
    common::copy_register("example-register")
}

#[test]
fn every_report_format_on_the_example_register() {
    let reg = example();
    let cases: [(&str, &[&str]); 10] = [
        ("evidence.md", &["evidence", AS_OF]),
        ("evidence.json", &["evidence", "--format=json", AS_OF]),
        ("register.md", &["register", AS_OF]),
        ("register-detailed.md", &["register", "--detailed", AS_OF]),
        ("register.csv", &["register", "--format=csv", AS_OF]),
        ("register.json", &["register", "--format=json", AS_OF]),
        ("overdue.md", &["overdue", AS_OF]),
        ("overdue.json", &["overdue", "--format=json", AS_OF]),
        ("summary.md", &["summary", AS_OF]),
        (
            "summary.json",
            &[
                "summary",
                "--format=json",
                "--from=2026-01-01",
                "--to=2026-06-30",
                AS_OF,
            ],
        ),
    ];
    for (name, args) in cases {
        let out = ncreg(reg.path(), args);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        let again = ncreg(reg.path(), args);
        assert_eq!(out.stdout, again.stdout, "{name} is deterministic");
        common::snapshot(name, &stdout(&out));
    }
}

const RECORD: &str = "id: ID\ntitle: TITLE\nstatus: STATUS\nclassification: minor\nidentified: 2026-01-10\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.5.18\ndescription: Something was found.\nowner: Q. Manager\n";

fn register(records: &[(&str, String)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    for (name, text) in records {
        std::fs::write(dir.join(name), text).unwrap();
    }
    tmp
}

fn record(id: &str, title: &str, status: &str, extra: &str) -> String {
    RECORD
        .replace("ID", id)
        .replace("TITLE", title)
        .replace("STATUS", status)
        + extra
}

#[test]
fn hostile_titles_cannot_break_the_markdown_table() {
    let hostile = "\"a | <script>alert(1)</script> [x](javascript:y) **b**\\nsecond line\"";
    let reg = register(&[(
        "NC-2026-001.yaml",
        record("NC-2026-001", hostile, "open", "target_date: 2027-01-31\n"),
    )]);
    let out = ncreg(reg.path(), &["register", "--detailed", AS_OF]);
    let md = stdout(&out);
    assert!(!md.contains("<script"), "{md}");
    assert!(
        md.contains("\\[x\\](javascript:y)") && !md.contains(" [x]("),
        "no live link: {md}"
    );
    let row = md
        .lines()
        .find(|l| l.starts_with("| [NC-2026-001]"))
        .unwrap();
    let unescaped_pipes = row
        .match_indices('|')
        .filter(|(i, _)| *i == 0 || row.as_bytes()[i - 1] != b'\\')
        .count();
    assert_eq!(unescaped_pipes, 16, "15 cells: {row}");
    assert!(
        row.contains("\\| &lt;script&gt;") && row.contains("<br>second line"),
        "{row}"
    );
}

/// A small RFC 4180 reader: records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field, mut quoted) = (Vec::new(), Vec::new(), String::new(), false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut field)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => field.push(c),
        }
    }
    rows
}

#[test]
fn csv_has_one_row_per_record() {
    let reg = example();
    let out = ncreg(reg.path(), &["register", "--format=csv", AS_OF]);
    let text = stdout(&out);
    assert!(text.ends_with("\r\n") && text.lines().next().unwrap().starts_with("id,title,status"));
    let rows = parse_csv(&text);
    assert_eq!(rows.len(), 15, "header and 14 records");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    assert_eq!(rows[1][0], "NC-2025-014");
    let hostile = register(&[(
        "NC-2026-001.yaml",
        record(
            "NC-2026-001",
            "\"=HYPERLINK(\\\"x\\\"), \\\"quoted\\\"\"",
            "open",
            "",
        ),
    )]);
    let rows = parse_csv(&stdout(&ncreg(
        hostile.path(),
        &["register", "--format=csv", AS_OF],
    )));
    assert_eq!(rows[1][1], "'=HYPERLINK(\"x\"), \"quoted\"");
}

#[test]
fn overdue_lists_exactly_what_is_past_due_and_due_soon() {
    let reg = register(&[
        // closure (target) passed 2026-11-01; action 1 due in 5 days
        (
            "NC-2026-001.yaml",
            record(
                "NC-2026-001",
                "Late",
                "planned",
                "target_date: 2026-11-01\nactions:\n  - id: 1\n    description: Fix it.\n    owner: J. Admin\n    due: 2026-12-03\n",
            ),
        ),
        // action done, verification due today
        (
            "NC-2026-002.yaml",
            record(
                "NC-2026-002",
                "Soon",
                "implemented",
                "target_date: 2027-03-01\nactions:\n  - id: 1\n    description: Fix it.\n    owner: J. Admin\n    due: 2026-10-01\n    done: 2026-09-30\nverification:\n  due: 2026-11-28\n",
            ),
        ),
        // closed and withdrawn records are never overdue; OFIs carry no deadlines
        (
            "NC-2026-003.yaml",
            record("NC-2026-003", "Closed", "closed", "closed: 2026-03-01\n"),
        ),
        (
            "NC-2026-004.yaml",
            record(
                "NC-2026-004",
                "Withdrawn",
                "withdrawn",
                "withdrawn_reason: duplicate\n",
            ),
        ),
        (
            "NC-2026-005.yaml",
            record("NC-2026-005", "OFI", "open", "").replace("minor", "ofi"),
        ),
        // no target: identified 2026-01-10 + 90 days = 2026-04-10
        (
            "NC-2026-006.yaml",
            record("NC-2026-006", "Default closure", "open", ""),
        ),
    ]);
    let out = ncreg(reg.path(), &["overdue", "--format=json", AS_OF]);
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["as_of"], "2026-11-28");
    let items = |key: &str, days: &str| -> Vec<String> {
        doc[key]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|r| {
                r["items"].as_array().unwrap().iter().map(move |i| {
                    format!(
                        "{} {} {} {}",
                        r["id"].as_str().unwrap(),
                        i["what"].as_str().unwrap(),
                        i["due"].as_str().unwrap(),
                        i[days]
                    )
                })
            })
            .collect()
    };
    assert_eq!(
        items("overdue", "days_overdue"),
        [
            "NC-2026-001 closure 2026-11-01 27",
            "NC-2026-006 closure 2026-04-10 232"
        ]
    );
    assert_eq!(
        items("due_soon", "days_left"),
        [
            "NC-2026-001 action 1 2026-12-03 5",
            "NC-2026-002 verification 2026-11-28 0"
        ]
    );
    assert_eq!(
        ncreg(reg.path(), &["overdue", "--fail-if-any", AS_OF])
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        ncreg(
            reg.path(),
            &["overdue", "--fail-if-any", "--as-of=2026-03-01"]
        )
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn overdue_by_owner_writes_one_file_per_person_with_each_item_in_full() {
    let reg = register(&[
        (
            "NC-2026-001.yaml",
            record(
                "NC-2026-001",
                "Leavers keep access",
                "planned",
                "target_date: 2027-03-01\nactions:\n  - id: 1\n    description: Connect the HR system to the directory.\n    owner: Jos\u{e9} N\u{fa}\u{f1}ez\n    due: 2026-11-01\n  - id: 2\n    description: Name an owner for offboarding.\n    owner: J. Admin\n    due: 2026-12-01\n",
            ),
        ),
        (
            "NC-2026-002.yaml",
            record(
                "NC-2026-002",
                "Backups untested",
                "planned",
                "target_date: 2027-03-01\nactions:\n  - id: 1\n    description: Schedule a restore test.\n    owner: \"jose\u{301}  nu\u{301}n\u{303}ez\"\n    due: 2026-10-01\n",
            )
            .replace("classification: minor", "classification: major")
            .replace("type: internal-audit", "type: certification-audit\n  audit_stage: surveillance"),
        ),
    ]);
    let dir = reg.path().join("to-send");
    std::fs::create_dir(&dir).unwrap();
    let out = ncreg(reg.path(), &["overdue", "--by-owner", "to-send", AS_OF]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    // One person however the name is typed; J. Admin's only item is due
    // soon; the record owner answers for the certification body's CAP.
    assert_eq!(
        files,
        ["j-admin.md", "jose-nunez.md", "q-manager.md"],
        "{}",
        stdout(&out)
    );
    let manager = std::fs::read_to_string(dir.join("q-manager.md")).unwrap();
    assert!(manager.contains("| corrective action plan |"), "{manager}");
    assert!(
        stdout(&out).contains("jose-nunez.md: 2 overdue, 0 due soon"),
        "{}",
        stdout(&out)
    );
    let jose = std::fs::read_to_string(dir.join("jose-nunez.md")).unwrap();
    assert!(
        jose.starts_with("# Overdue report for Jos\u{e9} N\u{fa}\u{f1}ez\n"),
        "{jose}"
    );
    assert!(
        jose.contains("action 1: Connect the HR system to the directory."),
        "{jose}"
    );
    assert!(
        jose.contains("| [NC-2026-002](../nonconformities/NC-2026-002.yaml) | Backups untested | major | yes, certificate at stake | Q. Manager | action 1: Schedule a restore test. | 2026-10-01 | 58 |"),
        "{jose}"
    );
    assert!(!jose.contains("Name an owner"), "{jose}");
    let admin = std::fs::read_to_string(dir.join("j-admin.md")).unwrap();
    assert!(admin.contains("## Overdue\n\nNothing."), "{admin}");
    assert!(
        admin.contains("action 2: Name an owner for offboarding."),
        "{admin}"
    );

    // Again: the files are replaced whole, and nothing else is left behind.
    let again = ncreg(
        reg.path(),
        &["overdue", "--by-owner", "to-send", "--format=json", AS_OF],
    );
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 6);
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("jose-nunez.json")).unwrap())
            .unwrap();
    assert_eq!(
        json["overdue"][0]["items"][0]["text"],
        "Connect the HR system to the directory."
    );
    assert_eq!(json["overdue"][1]["certificate_at_stake"], true);

    let missing = ncreg(reg.path(), &["overdue", "--by-owner", "nowhere", AS_OF]);
    assert_eq!(missing.status.code(), Some(2));
    let into_records = ncreg(
        reg.path(),
        &["overdue", "--by-owner", "nonconformities", AS_OF],
    );
    assert_eq!(
        into_records.status.code(),
        Some(2),
        "{}",
        stderr(&into_records)
    );
}

#[test]
fn evidence_index_lists_citations_missing_files_and_orphans() {
    let reg = register(&[
        (
            "NC-2026-001.yaml",
            record(
                "NC-2026-001",
                "One",
                "implemented",
                "actions:\n  - id: 1\n    description: Fix.\n    owner: J. Admin\n    due: 2026-10-01\n    done: 2026-10-01\n    evidence: [evidence/shared.pdf, evidence/gone.pdf, \"https://tickets.example.com/1\"]\n",
            ),
        ),
        (
            "NC-2026-002.yaml",
            record(
                "NC-2026-002",
                "Two",
                "verified",
                "verification:\n  evidence: [./evidence/shared.pdf, /etc/passwd]\n",
            ),
        ),
    ]);
    let evidence = reg.path().join("evidence");
    std::fs::create_dir_all(evidence.join("old")).unwrap();
    for f in ["shared.pdf", "old/forgotten.pdf", "stray.txt"] {
        std::fs::write(evidence.join(f), "x").unwrap();
    }
    let out = ncreg(reg.path(), &["evidence", "--format=json", AS_OF]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: Vec<(String, String, usize)> = doc["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["evidence"].as_str().unwrap().to_string(),
                i["kind"].as_str().unwrap().to_string(),
                i["cited_by"].as_array().unwrap().len(),
            )
        })
        .collect();
    let expected: Vec<(String, String, usize)> = [
        ("/etc/passwd", "outside", 1),
        ("evidence/gone.pdf", "missing", 1),
        // Cited by both records, once as `./evidence/shared.pdf`.
        ("evidence/shared.pdf", "file", 2),
        ("https://tickets.example.com/1", "link", 1),
    ]
    .iter()
    .map(|(e, k, n)| (e.to_string(), k.to_string(), *n))
    .collect();
    assert_eq!(kinds, expected);
    assert_eq!(
        doc["evidence"][2]["cited_by"][1],
        serde_json::json!({"id": "NC-2026-002", "file": "nonconformities/NC-2026-002.yaml", "field": "verification.evidence"})
    );
    assert_eq!(
        doc["orphans"],
        serde_json::json!(["evidence/old/forgotten.pdf", "evidence/stray.txt"])
    );
    let md = stdout(&ncreg(reg.path(), &["evidence", AS_OF]));
    assert!(md.contains("1 file and 1 link cited; 1 missing; 1 outside the repository; 2 orphan files under `evidence/`."), "{md}");
    assert!(
        md.contains("- [evidence/stray.txt](evidence/stray.txt)\n"),
        "{md}"
    );
}

/// A record with every field the format has, each text a marker.
const FULL: &str = r#"id: NC-2026-001
title: T-title
status: disputed
classification: major
identified: 2026-01-10
source:
  type: certification-audit
  audit_stage: surveillance
  reference: T-source-ref
  raised_by: T-raised-by
requirement:
  basis: standard
  standard: ISO/IEC 27001:2022
  clause: A.5.18
  document: T-document
description: T-description
correction:
  description: T-correction
  date: 2026-01-11
  by: T-correction-by
root_cause:
  method: five-whys
  whys:
    - why: T-why-1
      because: T-because-1
    - why: T-why-2
      because: T-because-2
  cause: T-cause
  category: ownership
actions:
  - id: 1
    description: T-action
    owner: T-action-owner
    due: 2026-02-01
    done: 2026-02-02
    evidence: [T-action-evidence.md]
verification:
  method: T-verification-method
  due: 2026-03-01
  date: 2026-03-02
  by: T-verifier
  result: effective
  evidence: [T-verification-evidence.md]
risk:
  update_required: true
  reference: T-risk-ref
  notes: T-risk-notes
certification_body:
  report_received: 2026-01-12
  cap_due: 2026-01-13
  cap_submitted: 2026-01-14
  cap_accepted: 2026-01-15
  follow_up_visit: 2026-01-16
  evidence_submitted: 2026-01-17
  closure_confirmed: 2026-01-18
  closure_reference: T-closure-ref
  finding_ref: T-finding-ref
  closure_letter: T-closure-letter.md
extent_of_condition:
  checked: 2026-01-19
  scope: T-extent-scope
  result: T-extent-result
  related: [NC-2026-002]
owner: T-owner
target_date: 2026-04-01
extensions:
  - field: target_date
    from: 2026-03-20
    to: 2026-04-01
    requested: 2026-03-10
    approved_by: T-extension-approver
    reason: T-extension-reason
    reference: T-extension-ref
related: [NC-2026-003]
escalated_to: NC-2026-004
waivers:
  - rule: R003
    reason: T-waiver-reason
    approved_by: T-waiver-approver
dispute:
  raised: 2026-01-20
  rationale: T-dispute-rationale
  outcome: T-dispute-outcome
  decided: 2026-01-21
  channel: appeal
  evidence: [T-dispute-evidence.md]
decision: T-decision
withdrawn_reason: T-withdrawn
reopened:
  date: 2026-01-22
  reason: T-reopened
"#;

#[test]
fn every_field_a_record_holds_appears_in_the_csv_register() {
    let reg = register(&[("NC-2026-001.yaml", FULL.to_string())]);
    let csv = stdout(&ncreg(reg.path(), &["register", "--format=csv", AS_OF]));
    // Markdown escapes `_` and `[`: compare what a reader sees.
    let markdown = stdout(&ncreg(reg.path(), &["register", "--detailed", AS_OF])).replace('\\', "");
    let values: Vec<&str> = FULL
        .lines()
        .filter_map(|l| l.split_once(": ").map(|(_, v)| v.trim()))
        .flat_map(|v| v.trim_matches(['[', ']']).split(", "))
        // `basis: standard` shows as the standard it names, action id 1 as
        // "1.", `update_required: true` as "risk assessment update required".
        .filter(|v| !v.is_empty() && !["1", "standard", "true"].contains(v))
        .collect();
    assert!(values.len() > 60, "{values:?}");
    for v in values {
        assert!(csv.contains(v), "the CSV register leaves out `{v}`:\n{csv}");
        assert!(
            markdown.contains(v),
            "the detailed register leaves out `{v}`:\n{markdown}"
        );
    }
    assert!(csv.contains("risk assessment update required"), "{csv}");
    // The finding the waiver sets aside is listed, for the auditor.
    assert!(
        csv.contains("R003 the five-whys analysis"),
        "the waived finding is missing:\n{csv}"
    );
    assert!(
        markdown.contains("**Waived findings:** R003 the five-whys analysis"),
        "{markdown}"
    );
    // The deadlines ncreg computes, in JSON.
    let json = stdout(&ncreg(reg.path(), &["register", "--format=json", AS_OF]));
    let doc: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["records"][0]["closure_due"], "2026-04-01");
}

#[test]
fn links_on_standard_output_are_relative_to_the_register_root_wherever_ncreg_runs() {
    let reg = example();
    let elsewhere = tempfile::tempdir().unwrap();
    let root = reg.path().to_str().unwrap();
    for (cwd, args) in [
        (
            elsewhere.path().to_path_buf(),
            vec!["-C", root, "overdue", AS_OF],
        ),
        (reg.path().join("nonconformities"), vec!["overdue", AS_OF]),
        (
            elsewhere.path().to_path_buf(),
            vec!["-C", root, "register", AS_OF],
        ),
    ] {
        let out = ncreg(&cwd, &args);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let md = stdout(&out);
        assert!(md.contains("](nonconformities/NC-2026-"), "{args:?}:\n{md}");
        assert!(!md.contains("](../"), "{args:?}:\n{md}");
    }
}

#[test]
fn output_files_are_written_atomically_and_never_over_records() {
    let reg = example();
    let out = ncreg(
        reg.path(),
        &["register", "-o", "reports/register.md", AS_OF],
    );
    assert_eq!(out.status.code(), Some(2), "the folder must exist");
    std::fs::create_dir(reg.path().join("reports")).unwrap();
    let out = ncreg(
        reg.path(),
        &["register", "-o", "reports/register.md", AS_OF],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let md = std::fs::read_to_string(reg.path().join("reports/register.md")).unwrap();
    assert!(
        md.contains(
            "[NC-2026-001](../nonconformities/NC-2026-001-no-internal-audit-programme.yaml)"
        ),
        "links are relative to the report"
    );
    let leftovers: Vec<_> = std::fs::read_dir(reg.path().join("reports"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["register.md"]);
    let record = "nonconformities/NC-2026-001-no-internal-audit-programme.yaml";
    let before = std::fs::read(reg.path().join(record)).unwrap();
    let out = ncreg(reg.path(), &["register", "-o", record, AS_OF]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("part of the register"));
    assert_eq!(before, std::fs::read(reg.path().join(record)).unwrap());
    // Nor through a symbolic link to the records folder.
    std::os::unix::fs::symlink(
        reg.path().join("nonconformities"),
        reg.path().join("nclink"),
    )
    .unwrap();
    let out = ncreg(reg.path(), &["register", "-o", "nclink/x.md", AS_OF]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("part of the register"));
    assert!(!reg.path().join("nonconformities/x.md").exists());
}

/// `summary --format=json` over January to June 2026.
fn first_half_of_2026(register: &Path) -> std::process::Output {
    ncreg(
        register,
        &[
            "summary",
            "--format=json",
            "--from=2026-01-01",
            "--to=2026-06-30",
            AS_OF,
        ],
    )
}

#[test]
fn summary_counts_the_period() {
    let reg = example();
    let out = first_half_of_2026(reg.path());
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["opened"]["major"], 1);
    assert_eq!(
        s["opened"]["minor"], 5,
        "NC-2026-012 is withdrawn and left out"
    );
    assert_eq!(s["closed"]["ofi"], 1);
    assert_eq!(s["overdue_records"], 3);
    let bad = ncreg(
        Path::new("."),
        &["summary", "--from=2026-06-30", "--to=2026-01-01"],
    );
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn summary_compares_periods_and_names_what_management_must_see() {
    // Period 2026-01-01..2026-06-30 (181 days); the previous one 2025-07-04..2025-12-31.
    let closed = |id: &str, identified: &str, target: &str, closed: &str, verified: &str| {
        record(id, id, "closed", "").replace("2026-01-10", identified)
            + &format!(
                "target_date: {target}\nclosed: {closed}\nverification:\n  method: Sampled.\n  date: {closed}\n  by: Q. Manager\n  result: {verified}\n"
            )
    };
    let reg = register(&[
        // Previous period: opened and closed on time, effective, on A.5.18.
        (
            "NC-2025-001.yaml",
            closed("NC-2025-001", "2025-08-01", "2025-10-01", "2025-09-15", "effective"),
        ),
        // This period: closed late; closed on time but reopened; closed on
        // time, not effective; and a recurrence on A.5.18.
        (
            "NC-2026-001.yaml",
            closed("NC-2026-001", "2026-01-05", "2026-02-01", "2026-03-01", "effective"),
        ),
        (
            "NC-2026-002.yaml",
            closed("NC-2026-002", "2026-01-06", "2026-04-01", "2026-03-01", "effective")
                + "reopened:\n  date: 2026-02-01\n  reason: Found again.\n",
        ),
        (
            "NC-2026-003.yaml",
            closed("NC-2026-003", "2026-01-07", "2026-04-01", "2026-03-02", "not-effective"),
        ),
        // Open: a certification-body major, overdue, and a disputed minor.
        (
            "NC-2026-004.yaml",
            record("NC-2026-004", "Big one", "planned", "target_date: 2026-05-01\n")
                .replace("2026-01-10", "2026-02-01")
                .replace("classification: minor", "classification: major")
                .replace("type: internal-audit", "type: certification-audit\n  audit_stage: surveillance\n  reference: CB-1")
                .replace("clause: A.5.18", "clause: A.8.13"),
        ),
        (
            "NC-2026-005.yaml",
            record("NC-2026-005", "Argued", "disputed", "target_date: 2027-01-01\ndispute:\n  raised: 2026-03-01\n  rationale: We disagree.\n")
                .replace("clause: A.5.18", "clause: 9.2.2"),
        ),
        // An OFI declined in the period, and one still open.
        (
            "NC-2026-006.yaml",
            record("NC-2026-006", "Idea", "closed", "closed: 2026-04-01\ndecision: \"Declined: no benefit.\"\n")
                .replace("classification: minor", "classification: ofi"),
        ),
        (
            "NC-2026-007.yaml",
            record("NC-2026-007", "Other idea", "open", "").replace("classification: minor", "classification: ofi"),
        ),
    ]);
    let out = first_half_of_2026(reg.path());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &s["current"];
    assert_eq!(
        (c["opened"].as_u64(), c["closed"].as_u64()),
        (Some(5), Some(3))
    );
    // NC-2026-002 and -003 on time; only -001 effective and never reopened.
    assert_eq!(c["on_time_percent"], 66.7);
    assert_eq!(c["effective_first_time_percent"], 33.3);
    // A.5.18 was closed (NC-2025-001) before -001, -002 and -003 were found.
    assert_eq!(c["recurrences"], 3);
    let p = &s["previous"];
    assert_eq!(
        (p["from"].as_str(), p["to"].as_str()),
        (Some("2025-07-04"), Some("2025-12-31"))
    );
    assert_eq!(
        (p["opened"].as_u64(), p["closed"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(p["on_time_percent"], 100.0);
    // The declined OFI does not count in the time to close.
    // (55 + 54 + 54) / 3
    assert_eq!(s["mean_days_to_close"], 54.3);
    assert_eq!(s["days_to_close"], serde_json::json!({"minor": 54.3}));
    let ids = |key: &str| -> Vec<String> {
        s[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("open_majors"), ["NC-2026-004"]);
    assert_eq!(ids("certification_body_open"), ["NC-2026-004"]);
    assert_eq!(ids("disputes"), ["NC-2026-005"]);
    assert_eq!(ids("ofi_decisions"), ["NC-2026-006", "NC-2026-007"]);
    assert_eq!(s["ofi_decisions"][0]["detail"], "Declined: no benefit.");
    assert!(ids("overdue").contains(&"NC-2026-004".to_string()));
    assert_eq!(
        s["by_theme"],
        serde_json::json!({"management system (clauses 4-10)": 1, "organisational controls (A.5)": 3, "technological controls (A.8)": 1})
    );
    assert_eq!(
        s["quarters"][0],
        serde_json::json!({"quarter": "2026-Q1", "opened": 5, "closed": 3})
    );
    let md = stdout(&ncreg(
        reg.path(),
        &["summary", "--from=2026-01-01", "--to=2026-06-30", AS_OF],
    ));
    assert!(md.contains("xychart-beta\n"), "{md}");
    assert!(md.contains("| Closed on time | 100% | 66.7% |"), "{md}");
    assert!(md.contains("- 1 dispute is awaiting a decision"), "{md}");
}

#[test]
fn reports_name_the_files_they_leave_out() {
    let reg = example();
    std::fs::write(
        reg.path().join("nonconformities/NC-2026-099-broken.yaml"),
        "id: [unclosed\n",
    )
    .unwrap();
    let out = ncreg(reg.path(), &["register", AS_OF]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("1 file(s) could not be read as records and are left out (`nonconformities/NC-2026-099-broken.yaml`)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn site_writes_one_self_contained_page_the_same_each_time() {
    let reg = common::copy_register("example-register");
    let first = ncreg(reg.path(), &["site", AS_OF, "-o", "one"]);
    assert!(first.status.success(), "{}", stderr(&first));
    // Outside git the page is made without timelines, and says why.
    assert!(
        stderr(&first).contains("no timelines"),
        "{}",
        stderr(&first)
    );
    let second = ncreg(reg.path(), &["site", AS_OF, "-o", "two"]);
    assert!(second.status.success());
    let html = std::fs::read_to_string(reg.path().join("one/index.html")).unwrap();
    assert_eq!(
        html,
        std::fs::read_to_string(reg.path().join("two/index.html")).unwrap()
    );
    // Nothing is fetched: no src attributes, no stylesheet links, and a
    // policy that forbids everything but the page's own script and style.
    assert!(!html.contains(" src="));
    assert!(!html.contains("<link"));
    assert!(html.contains("content=\"default-src 'none'; script-src 'sha256-"));
    assert!(html.contains("No git history"));
    // Every record travels in the page, with its actions' tiers.
    for id in ["NC-2026-002", "NC-2026-013", "NC-2025-014"] {
        assert!(html.contains(&format!("\"id\":\"{id}\"")), "{id}");
    }
    assert!(html.contains("\"tier\":\"eliminate\""));
    // The quarters are summary's: the eight up to --as-of, nonconformities only.
    assert!(html.contains("Nonconformities opened and closed by quarter"));
    assert!(html.contains(">2025-Q1</text>") && html.contains(">2026-Q4</text>"));
    assert!(!html.contains(">2024-Q4</text>"));
}

#[test]
fn site_refuses_a_records_folder_and_makes_nothing_there() {
    let reg = common::copy_register("example-register");
    let out = ncreg(reg.path(), &["site", AS_OF, "-o", "nonconformities/site"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("inside the records folder"));
    assert!(!reg.path().join("nonconformities/site").exists());
}

#[test]
fn site_in_a_shallow_clone_says_the_history_is_incomplete() {
    use common::repo::{Repo, record};
    let repo = Repo::new();
    repo.write("ncreg.yaml", "records_dir: nonconformities\n");
    repo.put("NC-2026-001.yaml", &record("NC-2026-001", "open", ""));
    repo.commit("Raise a finding");
    repo.put(
        "NC-2026-001.yaml",
        &record("NC-2026-001", "open", "").replace("Q. Manager", "R. Owner"),
    );
    repo.commit("Hand it over");
    let full = ncreg(repo.path(), &["site", AS_OF, "-o", "out"]);
    assert!(full.status.success(), "{}", stderr(&full));
    let html = std::fs::read_to_string(repo.path().join("out/index.html")).unwrap();
    assert!(!html.contains("shallow clone"));

    let clone = repo.shallow_clone(&[]);
    let out = ncreg(clone.path(), &["site", AS_OF, "-o", "out"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(clone.path().join("out/index.html")).unwrap();
    assert!(html.contains("This is a shallow clone: the history is incomplete"));
    assert!(html.contains("git fetch --unshallow"));
    assert!(stderr(&out).contains("shallow clone"), "{}", stderr(&out));
}

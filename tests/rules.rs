//! Every rule fires on its fixtures and stays silent on the others.
//!
//! `tests/fixtures/rules/<CODE>/fires/*` and `.../passes/*` hold records (or
//! folders of records, for register-wide rules). The git rules (H) compare
//! two revisions and are tested on scripted repositories in `tests/git.rs`. Each one is linted alone as
//! a register as of 2026-11-28. A `fires` case lists what it must produce as
//! `# expect: CODE LINE:COL` comments; a `passes` case must produce no
//! diagnostic of its rule.

mod common;

use std::path::Path;

use ncreg::codes::Code;

const FIXTURES: &str = "tests/fixtures/rules";

struct Found {
    code: String,
    file: String,
    line: usize,
    column: usize,
}

fn run_case(case: &Path) -> Vec<Found> {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_into(case, &tmp.path().join("nonconformities"));
    let report = common::lint(tmp.path());
    report
        .located()
        .into_iter()
        .map(|(d, at)| Found {
            code: d.code.to_string(),
            file: d.file.to_string(),
            line: at.line,
            column: at.column,
        })
        .collect()
}

/// (file name, code, line, column) of every `# expect:` comment in a case.
fn expectations(case: &Path) -> Vec<(String, String, usize, usize)> {
    let files: Vec<_> = if case.is_dir() {
        std::fs::read_dir(case)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect()
    } else {
        vec![case.to_path_buf()]
    };
    let mut out = Vec::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let Some(rest) = line.trim().strip_prefix("# expect: ") else {
                continue;
            };
            let (code, pos) = rest.split_once(' ').unwrap();
            let (l, c) = pos.split_once(':').unwrap();
            out.push((
                name.clone(),
                code.into(),
                l.parse().unwrap(),
                c.parse().unwrap(),
            ));
        }
    }
    out
}

fn cases(code: &str, kind: &str) -> Vec<std::path::PathBuf> {
    let dir = common::repo_dir().join(FIXTURES).join(code).join(kind);
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|_| panic!("{} has no {kind} fixtures", code))
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "{code} has no {kind} fixtures");
    cases
}

#[test]
fn every_rule_fires_where_its_fixtures_say() {
    let mut failures = Vec::new();
    for rule in Code::ALL.iter().filter(|c| !c.as_str().starts_with('H')) {
        for case in cases(rule.as_str(), "fires") {
            let expected = expectations(&case);
            if !expected.iter().any(|e| e.1 == rule.as_str()) {
                failures.push(format!(
                    "{}: no `# expect: {}` comment",
                    case.display(),
                    rule
                ));
            }
            let found = run_case(&case);
            for (file, code, line, column) in expected {
                let hit = found.iter().any(|f| {
                    f.code == code
                        && f.file.ends_with(&file)
                        && f.line == line
                        && f.column == column
                });
                if !hit {
                    let got: Vec<_> = found
                        .iter()
                        .map(|f| format!("{} {}:{}", f.code, f.line, f.column))
                        .collect();
                    failures.push(format!(
                        "{}: expected {code} at {line}:{column}, got {got:?}",
                        case.display()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_rule_stays_silent_on_its_passing_fixtures() {
    let mut failures = Vec::new();
    for rule in Code::ALL.iter().filter(|c| !c.as_str().starts_with('H')) {
        for case in cases(rule.as_str(), "passes") {
            let found = run_case(&case);
            for f in found.iter().filter(|f| f.code == rule.as_str()) {
                failures.push(format!(
                    "{}: {} fired at {}:{}",
                    case.display(),
                    f.code,
                    f.line,
                    f.column
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Every finding of every fixture, in one file: a finding a fixture gains
/// or loses (an extra false positive in a `fires` case, too) changes it.
#[test]
fn every_fixture_gives_exactly_its_snapshot() {
    let mut text = String::new();
    for rule in Code::ALL.iter().filter(|c| !c.as_str().starts_with('H')) {
        for kind in ["fires", "passes"] {
            for case in cases(rule.as_str(), kind) {
                let tmp = tempfile::tempdir().unwrap();
                common::copy_into(&case, &tmp.path().join("nonconformities"));
                let name = case.strip_prefix(common::repo_dir()).unwrap();
                text += &format!("## {}\n", name.display());
                for (d, at) in common::lint(tmp.path()).located() {
                    text += &format!(
                        "{} {}:{}:{} {} {}\n",
                        d.severity, d.file, at.line, at.column, d.code, d.message
                    );
                }
            }
        }
    }
    common::snapshot("fixtures.txt", &text);
}

#[test]
fn the_example_register_is_clean_of_errors() {
    let report = common::lint(&common::repo_dir().join("example-register"));
    let errors: Vec<_> = report
        .located()
        .into_iter()
        .filter(|(d, _)| d.severity == ncreg::diagnostic::Severity::Error)
        .map(|(d, at)| format!("{}:{} {} {}", d.file, at.line, d.code, d.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(report.records >= 10);
}

const SHALLOW: &str = "id: NC-2026-001\ntitle: Leavers keep access\nstatus: planned\nclassification: minor\nidentified: 2026-03-14\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.5.18\ndescription: Three leavers kept access.\nroot_cause:\n  method: fishbone\n  cause: The administrator forgot.\n  category: other\nactions:\n  - description: Automate account disabling from the HR system.\n    owner: J. Admin\n    due: 2026-12-15\nowner: Q. Manager\ntarget_date: 2026-12-31\n";

fn codes_for(text: &str) -> Vec<String> {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("NC-2026-001.yaml"), text).unwrap();
    common::lint(tmp.path())
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.message))
        .collect()
}

#[test]
fn a_waiver_with_reason_and_approver_silences_its_rule_only() {
    assert!(codes_for(SHALLOW).iter().any(|c| c.starts_with("R001")));
    let waived = format!(
        "{SHALLOW}waivers:\n  - rule: R001\n    reason: The cause is stated in full in incident report INC-88.\n    approved_by: Q. Manager\n"
    );
    assert_eq!(codes_for(&waived), Vec::<String>::new());
    // A rule may be named as `explain` names it.
    let by_name = waived.replace("rule: R001", "rule: shallow-root-cause");
    assert_eq!(codes_for(&by_name), Vec::<String>::new());
}

#[test]
fn a_waiver_without_reason_or_for_a_structural_rule_is_an_error_and_waives_nothing() {
    let no_reason = format!("{SHALLOW}waivers:\n  - rule: R001\n    approved_by: Q. Manager\n");
    let found = codes_for(&no_reason);
    assert!(found.iter().any(|c| c.starts_with("R001")), "{found:?}");
    assert!(
        found
            .iter()
            .any(|c| c.starts_with("S003") && c.contains("waivers[1].reason")),
        "{found:?}"
    );
    let structural = format!(
        "{SHALLOW}waivers:\n  - rule: S002\n    reason: x y z\n    approved_by: Q. Manager\n"
    );
    let found = codes_for(&structural);
    assert!(
        found
            .iter()
            .any(|c| c.starts_with("S004") && c.contains("cannot be waived")),
        "{found:?}"
    );
    let unknown = format!(
        "{SHALLOW}waivers:\n  - rule: R0001\n    reason: x y z\n    approved_by: Q. Manager\n"
    );
    assert!(
        codes_for(&unknown)
            .iter()
            .any(|c| c.starts_with("S004") && c.contains("not a rule code"))
    );
}

#[test]
fn e003_never_suggests_the_record_itself() {
    let tmp = tempfile::tempdir().unwrap();
    let case = common::repo_dir()
        .join(FIXTURES)
        .join("E003/fires/NC-2026-004-near-itself.yaml");
    common::copy_into(&case, &tmp.path().join("nonconformities"));
    let report = common::lint(tmp.path());
    let e003 = report
        .diagnostics
        .iter()
        .find(|d| d.code == Code::E003)
        .expect("E003 fires");
    let help = e003.help.as_deref().unwrap();
    assert!(!help.contains("NC-2026-004"), "{help}");
}

/// A computed deadline's finding points at the date it is computed from,
/// and says so: the CAP date from `report_received`, closure from `identified`.
#[test]
fn an_overdue_computed_deadline_says_how_it_was_computed() {
    let register = tempfile::tempdir().unwrap();
    common::copy_into(
        &common::repo_dir().join("tests/fixtures/rules/D004/fires"),
        &register.path().join("nonconformities"),
    );
    let report = common::lint(register.path());
    let messages: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::D004)
        .map(|d| d.message.as_str())
        .collect();
    assert!(
        messages.contains(&"corrective action plan was due 2026-11-19 (`deadlines.cap_days` (30) after `certification_body.report_received`) and is 9 days overdue"),
        "{messages:?}"
    );
    // A date the record writes needs no explanation.
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("action ") && !m.contains('(')),
        "{messages:?}"
    );
}

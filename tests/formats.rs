//! The CI formats: SARIF validates against the OASIS schema, GitHub workflow
//! commands are well formed and escaped, GitLab Code Quality has what GitLab
//! reads; all on a register full of errors. Exact bytes are snapshotted.

mod common;

use serde_json::Value;

fn broken() -> tempfile::TempDir {
    common::copy_register("tests/fixtures/registers/broken")
}

fn lint(format: &str) -> (Option<i32>, String) {
    let reg = broken();
    let out = common::ncreg(
        reg.path(),
        &["lint", "--format", format, "--as-of=2026-11-28"],
    );
    (out.status.code(), common::stdout(&out))
}

#[test]
fn sarif_validates_against_the_oasis_schema() {
    let (code, text) = lint("sarif");
    assert_eq!(code, Some(1));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::repo_dir().join("tests/schemas/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let sarif: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<_> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &sarif["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), ncreg::codes::Code::ALL.len());
    assert!(rules.iter().all(|r| {
        r["help"]["text"]
            .as_str()
            .is_some_and(|t| t.contains("## Why it matters"))
    }));
    let results = run["results"].as_array().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let index = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .starts_with("nonconformities/")
        );
        assert!(loc["region"]["startLine"].as_u64().unwrap() >= 1);
        assert!(r["partialFingerprints"]["ncreg/v1"].as_str().is_some());
    }
    common::snapshot("broken.sarif", &text);
}

#[test]
fn sarif_fingerprints_survive_unrelated_edits_and_the_next_day() {
    let reg = broken();
    let on = |dir: &std::path::Path, as_of: &str| -> Vec<String> {
        let out = common::ncreg(dir, &["lint", "--format=sarif", as_of]);
        let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut f: Vec<String> = sarif["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r["partialFingerprints"]["ncreg/v1"]
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        f.sort();
        f
    };
    let fingerprints = |dir: &std::path::Path| on(dir, "--as-of=2026-11-28");
    let before = fingerprints(reg.path());
    // An overdue item's message counts the days; its fingerprint does not change.
    assert_eq!(before, on(reg.path(), "--as-of=2026-11-29"));
    let file = reg.path().join("nonconformities/NC-2026-001-leavers.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        format!("# A comment that moves every line down.\n\n{text}"),
    )
    .unwrap();
    assert_eq!(before, fingerprints(reg.path()));
    let unique: std::collections::BTreeSet<_> = before.iter().collect();
    assert_eq!(unique.len(), before.len(), "fingerprints are unique");
}

#[test]
fn github_annotations_are_well_formed() {
    let (code, text) = lint("github");
    assert_eq!(code, Some(1));
    for line in text.lines() {
        let (command, rest) = line.strip_prefix("::").unwrap().split_once(' ').unwrap();
        assert!(["error", "warning", "notice"].contains(&command), "{line}");
        let (props, message) = rest.split_once("::").unwrap();
        let keys: Vec<_> = props
            .split(',')
            .map(|p| p.split_once('=').unwrap().0)
            .collect();
        assert_eq!(
            keys,
            ["file", "line", "endLine", "col", "endColumn", "title"],
            "{line}"
        );
        assert!(!message.contains('\n') && !message.is_empty());
    }
    assert!(
        text.contains(",title=S010 unknown-clause::`A5.18` is not a clause"),
        "{text}"
    );
    assert!(
        text.contains("%0Ahelp: "),
        "the help line is escaped, not a raw newline"
    );
    common::snapshot("broken.github", &text);
}

#[test]
fn gitlab_code_quality_has_what_gitlab_reads() {
    let (code, text) = lint("codeclimate");
    assert_eq!(code, Some(1));
    let issues: Value = serde_json::from_str(&text).unwrap();
    let issues = issues.as_array().unwrap();
    assert!(!issues.is_empty());
    let mut fingerprints = std::collections::BTreeSet::new();
    for i in issues {
        assert!(i["description"].as_str().is_some_and(|d| !d.is_empty()));
        assert!(i["check_name"].as_str().is_some());
        assert!(
            ["info", "minor", "major", "critical", "blocker"]
                .contains(&i["severity"].as_str().unwrap())
        );
        assert!(
            i["location"]["path"]
                .as_str()
                .unwrap()
                .starts_with("nonconformities/")
        );
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
        assert!(fingerprints.insert(i["fingerprint"].as_str().unwrap().to_string()));
    }
    common::snapshot("broken.codeclimate.json", &text);
}

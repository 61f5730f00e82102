//! End-to-end tests of the built `ncreg` binary: exit codes, output formats,
//! register discovery.

mod common;

use ncreg::codes::Code;

use std::path::Path;

use common::{ncreg, stderr, stdout};

const AS_OF: &str = "--as-of=2026-11-28";

fn example() -> std::path::PathBuf {
    common::repo_dir().join("example-register")
}

/// A register in a temporary folder with the given record files.
fn register(files: &[(&str, &str)]) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("nonconformities")).unwrap();
    for (name, text) in files {
        let path = tmp.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    tmp
}

const BROKEN: &str = "id: NC-2026-001\ntitle: Leavers keep access\nstatus: open\nclassification: mayor\nidentified: 2026-03-14\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.5.18\ndescription: Three leavers kept access.\ntarget_date: 2027-06-30\n";

#[test]
fn example_register_has_no_errors_only_what_needs_attention() {
    let out = ncreg(&example(), &["lint", "--format=json", AS_OF]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<_> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    // As of 2026-11-28: four deadlines have passed, a dispute has waited too
    // long, and the certification body found again what NC-2026-002 fixed.
    assert_eq!(
        rules,
        ["D004", "D004", "D004", "D010", "D004", "G002"],
        "{doc:#}"
    );
    let out = ncreg(&example(), &["lint", AS_OF]);
    assert!(stdout(&out).ends_with("0 errors, 6 warnings in 14 records (14 files)\n"));
}

#[test]
fn check_is_an_alias_of_lint_and_quiet_drops_the_summary() {
    let out = ncreg(&example(), &["check", "-q", AS_OF]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("D004 overdue"));
    assert!(!stdout(&out).contains("records ("), "no summary with -q");
}

#[test]
fn human_output_locates_shows_the_line_and_helps() {
    let reg = register(&[("nonconformities/NC-2026-001.yaml", BROKEN)]);
    let out = ncreg(reg.path(), &["lint", "--color=never", AS_OF]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("S004 invalid-value"), "{text}");
    assert!(
        text.contains("nonconformities/NC-2026-001.yaml:4:17"),
        "{text}"
    );
    assert!(text.contains("4 │ classification: mayor"), "{text}");
    assert!(text.contains("did you mean `major`?"), "{text}");
    assert!(
        text.ends_with("1 error, 0 warnings in 1 record (1 file)\n"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "no colour with --color=never");
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let reg = register(&[("nonconformities/NC-2026-001.yaml", BROKEN)]);
    let out = ncreg(reg.path(), &["lint", "--color=always", AS_OF]);
    assert!(stdout(&out).contains('\u{1b}'));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ncreg"))
        .args(["lint", AS_OF])
        .current_dir(reg.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!stdout(&out).contains('\u{1b}'));
}

#[test]
fn json_output_has_the_documented_shape() {
    let reg = register(&[("nonconformities/NC-2026-001.yaml", BROKEN)]);
    let out = ncreg(reg.path(), &["lint", "--format", "json", AS_OF]);
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["version"], 1);
    let d = &doc["diagnostics"][0];
    let keys: Vec<_> = d.as_object().unwrap().keys().cloned().collect();
    let mut expected = [
        "rule",
        "name",
        "severity",
        "message",
        "file",
        "line",
        "column",
        "end_line",
        "end_column",
        "record_id",
        "help",
    ];
    expected.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(d["rule"], "S004");
    assert_eq!(d["name"], "invalid-value");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "nonconformities/NC-2026-001.yaml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(4), Some(17))
    );
    assert_eq!(
        (d["end_line"].as_u64(), d["end_column"].as_u64()),
        (Some(4), Some(22))
    );
    assert_eq!(d["record_id"], "NC-2026-001");
    assert_eq!(doc["summary"]["errors"], 1);
    assert_eq!(doc["summary"]["records"], 1);
    assert_eq!(doc["summary"]["files"], 1);
}

#[test]
fn output_is_deterministic() {
    let reg = register(&[
        ("nonconformities/NC-2026-001.yaml", BROKEN),
        ("nonconformities/b/NC-2026-002.yaml", "id: NC-2026-002\n"),
    ]);
    let a = ncreg(reg.path(), &["lint", "--format=json", AS_OF]);
    let b = ncreg(reg.path(), &["lint", "--format=json", AS_OF]);
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn register_is_found_from_a_subfolder_and_with_dash_c() {
    let sub = example().join("nonconformities");
    let out = ncreg(&sub, &["lint", AS_OF]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("14 records"));
    let tmp = tempfile::tempdir().unwrap();
    let out = ncreg(
        tmp.path(),
        &["lint", "-C", example().to_str().unwrap(), AS_OF],
    );
    assert!(stdout(&out).contains("14 records"));
    let out = ncreg(
        tmp.path(),
        &["lint", "--register", example().to_str().unwrap(), AS_OF],
    );
    assert!(stdout(&out).contains("14 records"));
}

#[test]
fn paths_restrict_the_report() {
    let reg = register(&[
        ("nonconformities/NC-2026-001.yaml", BROKEN),
        (
            "nonconformities/NC-2026-002.yaml",
            &BROKEN.replace("NC-2026-001", "NC-2026-002"),
        ),
    ]);
    let out = ncreg(
        reg.path(),
        &[
            "lint",
            "nonconformities/NC-2026-002.yaml",
            "--format=json",
            AS_OF,
        ],
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<_> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].clone())
        .collect();
    assert_eq!(files, ["nonconformities/NC-2026-002.yaml"]);
    assert_eq!(doc["summary"]["files"], 1);
    std::fs::write(reg.path().join("README.md"), "# not a record\n").unwrap();
    let out = ncreg(reg.path(), &["lint", "README.md", "--format=json", AS_OF]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a non-YAML path is not linted: {}",
        stdout(&out)
    );
    let out = ncreg(reg.path(), &["lint", "nonconformities/missing.yaml"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn as_of_moves_today() {
    let closed = "id: NC-2026-001\ntitle: t\nstatus: closed\nclassification: ofi\nidentified: 2026-03-14\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.8.16\ndescription: d\ndecision: declined\nclosed: 2026-12-01\n";
    let reg = register(&[("nonconformities/NC-2026-001.yaml", closed)]);
    let before = ncreg(
        reg.path(),
        &["lint", "--format=json", "--as-of", "2026-11-28"],
    );
    assert_eq!(before.status.code(), Some(1));
    assert!(stdout(&before).contains("\"D002\""));
    let after = ncreg(reg.path(), &["lint", "--as-of", "2026-12-01"]);
    assert_eq!(after.status.code(), Some(0), "{}", stdout(&after));
    let bad = ncreg(reg.path(), &["lint", "--as-of", "2026-13-01"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn config_relevels_rules_and_deny_warnings_fails_on_them() {
    let reg = register(&[
        ("ncreg.yaml", "rules:\n  S007: warning\n"),
        (
            "nonconformities/leavers.yaml",
            &BROKEN.replace("mayor", "minor"),
        ),
    ]);
    let out = ncreg(reg.path(), &["lint", "--color=never", AS_OF]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).contains("0 errors, 1 warning"));
    let out = ncreg(reg.path(), &["lint", "--deny", "warnings", AS_OF]);
    assert_eq!(out.status.code(), Some(1));
    std::fs::write(reg.path().join("ncreg.yaml"), "rules:\n  S007: off\n").unwrap();
    let out = ncreg(reg.path(), &["lint", AS_OF]);
    assert_eq!(stdout(&out), "0 errors, 0 warnings in 1 record (1 file)\n");
}

#[test]
fn a_bad_config_is_located_and_exits_2() {
    let reg = register(&[
        (
            "ncreg.yaml",
            "records_dir: nonconformities\ndeadlines:\n  cap_dys: 30\nrules:\n  R999: error\n  S007: loud\nid_pattern: '(['\n",
        ),
        ("nonconformities/NC-2026-001.yaml", BROKEN),
    ]);
    let out = ncreg(reg.path(), &["lint", "--format=json", AS_OF]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found: Vec<_> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}:{}",
                d["rule"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"],
                d["column"]
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            "S002 ncreg.yaml:3:3",
            "S004 ncreg.yaml:5:3",
            "S004 ncreg.yaml:6:9",
            "S004 ncreg.yaml:7:13",
        ]
    );
    assert!(stderr(&out).contains("config"));
}

#[test]
fn a_missing_register_or_records_folder_exits_2() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ncreg(tmp.path(), &["lint"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("records folder `nonconformities`"),
        "{}",
        stderr(&out)
    );
    let out = ncreg(tmp.path(), &["lint", "-C", "nowhere"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2() {
    let out = ncreg(Path::new("."), &["lint", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    let out = ncreg(Path::new("."), &["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn schema_command_prints_the_shipped_schema() {
    let out = ncreg(Path::new("."), &["schema"]);
    assert_eq!(out.status.code(), Some(0));
    let shipped =
        std::fs::read(common::repo_dir().join("schema/nonconformity.schema.json")).unwrap();
    assert_eq!(out.stdout, shipped);
}

#[test]
fn rules_lists_every_rule_and_explain_prints_its_docs() {
    let out = ncreg(Path::new("."), &["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for code in Code::ALL {
        assert!(
            text.lines()
                .any(|l| l.starts_with(code.as_str()) && l.contains(code.name())),
            "{code}"
        );
    }
    for query in ["S003", "s003", "missing-field"] {
        let out = ncreg(Path::new("."), &["explain", query]);
        assert_eq!(out.status.code(), Some(0));
        assert!(stdout(&out).starts_with("# S003 missing-field\n"));
    }
    let out = ncreg(Path::new("."), &["explain", "S0003"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `S003`?"),
        "{}",
        stderr(&out)
    );
}

/// An empty statement, or one with a name that starts beyond ASCII after
/// a title, is read and explained: both once panicked.
#[test]
fn explain_reads_an_empty_statement_and_a_name_beyond_ascii() {
    let tmp = tempfile::tempdir().unwrap();
    for (code, text, last) in [
        ("R002", "", "R002 gives it the benefit of the doubt)\n"),
        ("R001", "", "R001 does not fire\n"),
        ("R001", "Dr Émile forgot the form.", "R001 fires: shallow\n"),
    ] {
        let out = ncreg(tmp.path(), &["explain", code, "--text", text]);
        assert_eq!(out.status.code(), Some(0), "{text:?}: {}", stderr(&out));
        assert!(stdout(&out).ends_with(last), "{text:?}: {}", stdout(&out));
    }
}

#[test]
fn explain_text_shows_how_a_statement_was_read() {
    let tmp = tempfile::tempdir().unwrap();
    let cause = "There was no process gap; the admin simply picked the wrong file.";
    let out = ncreg(tmp.path(), &["explain", "R001", "--text", cause]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("denies a gap"), "{text}");
    assert!(text.contains("\"wrong\""), "{text}");
    assert!(text.ends_with("R001 fires: shallow\n"), "{text}");

    let out = ncreg(
        tmp.path(),
        &[
            "explain",
            "shallow-root-cause",
            "--text",
            "The form accepts any date, so the admin forgot.",
        ],
    );
    assert!(
        stdout(&out).ends_with("R001 does not fire\n"),
        "{}",
        stdout(&out)
    );

    let out = ncreg(
        tmp.path(),
        &[
            "explain",
            "R002",
            "--text",
            "Remind staff to use the automated tool.",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    // The trace shows the table: the verb, its object, then the tier.
    assert!(
        stdout(&out).starts_with(
            "action verb: \"remind\" (exhort)\nobject: \"staff\" (people)\ntable: exhort x people = people\ntier: people (decided by \"remind staff\")"
        ),
        "{}",
        stdout(&out)
    );

    // A plan pasted as a list may start with a dash.
    let out = ncreg(
        tmp.path(),
        &[
            "explain",
            "R002",
            "--text",
            "- Staff reminded\n- Stock recounted",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).ends_with("R002 fires when no action of the record reaches it\n"),
        "{}",
        stdout(&out)
    );

    // A register's own vocabulary counts.
    std::fs::write(
        tmp.path().join("ncreg.yaml"),
        "shallow_phrases:\n  add: [\"weak-action: toolbox chat\"]\n",
    )
    .unwrap();
    std::fs::create_dir(tmp.path().join("nonconformities")).unwrap();
    let out = ncreg(
        tmp.path(),
        &["explain", "R002", "--text", "Hold a toolbox chat."],
    );
    assert!(stdout(&out).contains("\ntier: people"), "{}", stdout(&out));

    let out = ncreg(tmp.path(), &["explain", "S003", "--text", "x"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("works with R001 and R002"));
}

#[test]
fn the_readme_rules_table_matches_the_registry() {
    let readme = std::fs::read_to_string(common::repo_dir().join("README.md")).unwrap();
    for code in Code::ALL {
        let row = format!("| {} | {} | {} |", code, code.name(), code.severity());
        assert!(readme.contains(&row), "README lacks the row `{row}`");
    }
    let rows = readme.lines().filter(|l| {
        l.starts_with("| ")
            && l.split('|').nth(1).is_some_and(|c| {
                let c = c.trim();
                c.len() == 4
                    && c.chars().next().unwrap().is_ascii_uppercase()
                    && c[1..].chars().all(|d| d.is_ascii_digit())
            })
    });
    assert_eq!(
        rows.count(),
        Code::ALL.len(),
        "README lists rules the binary lacks"
    );
}

#[test]
fn an_empty_shallow_phrase_is_a_located_config_error_not_a_match_for_everything() {
    let tmp = register(&[
        (
            "ncreg.yaml",
            "shallow_phrases:\n  add: [\"blame:\", \"blame: sloppy work\"]\n",
        ),
        ("nonconformities/NC-2026-001.yaml", BROKEN),
    ]);
    let out = ncreg(tmp.path(), &["lint", "--format=json", AS_OF]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let d = &doc["diagnostics"][0];
    assert_eq!(d["rule"], "S004");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(9))
    );
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("`blame:` names no words")
    );
}

#[test]
fn paths_and_folders_outside_the_register_are_refused() {
    let reg = register(&[("nonconformities/NC-2026-001.yaml", BROKEN)]);
    let outside = tempfile::tempdir().unwrap();
    let stray = outside.path().join("NC-2026-009.yaml");
    std::fs::write(&stray, BROKEN).unwrap();
    for path in ["/etc/passwd", stray.to_str().unwrap()] {
        let out = ncreg(reg.path(), &["lint", path]);
        assert_eq!(out.status.code(), Some(2), "{path}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("is outside the register"),
            "{}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty());
    }
    std::fs::write(
        reg.path().join("ncreg.yaml"),
        "records_dir: ../../elsewhere\n",
    )
    .unwrap();
    let out = ncreg(reg.path(), &["lint", "--format=json"]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["diagnostics"][0]["rule"], "S004");
    assert_eq!(doc["diagnostics"][0]["line"], 1);
    assert!(
        doc["diagnostics"][0]["message"]
            .as_str()
            .unwrap()
            .contains("records_dir")
    );
}

#[test]
fn lint_writes_to_a_file_and_rules_and_reports_speak_json_with_a_version() {
    let reg = register(&[("nonconformities/NC-2026-001.yaml", BROKEN)]);
    let to_stdout = ncreg(reg.path(), &["lint", "--format=sarif", AS_OF]);
    let out = ncreg(
        reg.path(),
        &["lint", "--format=sarif", "-o", "lint.sarif", AS_OF],
    );
    assert_eq!(out.status.code(), to_stdout.status.code());
    assert!(stdout(&out).is_empty());
    assert_eq!(
        std::fs::read(reg.path().join("lint.sarif")).unwrap(),
        to_stdout.stdout
    );
    let out = ncreg(reg.path(), &["lint", "-o", "nonconformities/x.txt", AS_OF]);
    assert_eq!(out.status.code(), Some(2), "never into the records folder");
    let rules: serde_json::Value =
        serde_json::from_slice(&ncreg(reg.path(), &["rules", "--format=json"]).stdout).unwrap();
    assert_eq!(rules["version"], 1);
    let list = rules["rules"].as_array().unwrap();
    assert_eq!(list.len(), Code::ALL.len());
    assert_eq!(list[0]["code"], "S001");
    assert_eq!(list[0]["waivable"], false);
    for command in ["summary", "overdue"] {
        let doc: serde_json::Value =
            serde_json::from_slice(&ncreg(&example(), &[command, "--format=json", AS_OF]).stdout)
                .unwrap();
        assert_eq!(doc["version"], 1, "{command}");
    }
}

#[test]
fn upper_case_extensions_count_and_editor_lock_files_do_not() {
    let reg = register(&[
        ("nonconformities/NC-2026-001.YAML", BROKEN),
        ("nonconformities/.#NC-2026-001.yaml", "not yaml: [\n"),
        ("nonconformities/~$NC-2026-002.yml", "\u{0}binary"),
    ]);
    let out = ncreg(reg.path(), &["lint", "--format=json", AS_OF]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["files"], 1, "{doc:#}");
    assert_eq!(
        doc["summary"]["skipped"],
        serde_json::json!([
            "nonconformities/.#NC-2026-001.yaml",
            "nonconformities/~$NC-2026-002.yml"
        ])
    );
    let human = stdout(&ncreg(reg.path(), &["lint", "--color=never", AS_OF]));
    assert!(
        human.contains("; skipped 2 editor lock or backup files (nonconformities/.#NC-2026-001.yaml and 1 more)"),
        "{human}"
    );
    let files: std::collections::BTreeSet<_> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        files.into_iter().collect::<Vec<_>>(),
        ["nonconformities/NC-2026-001.YAML"]
    );
}

#[test]
fn config_errors_name_the_config_and_not_a_record() {
    let reg = register(&[
        ("ncreg.yaml", "records_dri: nonconformities\n"),
        ("nonconformities/NC-2026-001.yaml", BROKEN),
    ]);
    let out = ncreg(reg.path(), &["lint", "--format=json", AS_OF]);
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let message = doc["diagnostics"][0]["message"].as_str().unwrap();
    assert_eq!(message, "unknown field `records_dri` in ncreg.yaml");
}

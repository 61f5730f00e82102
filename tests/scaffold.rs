//! `init`, `new` and `completions` on the built binary.

mod common;

use std::path::Path;

use common::{ncreg, stderr, stdout};

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().display().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn init_scaffolds_and_then_refuses_to_overwrite() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ncreg(tmp.path(), &["init", "isms"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let root = tmp.path().join("isms");
    for f in [
        "ncreg.yaml",
        "nonconformities/README.md",
        "evidence/.gitkeep",
        "schema/nonconformity.schema.json",
        ".github/workflows/ncreg.yml",
    ] {
        assert!(root.join(f).is_file(), "{f}");
        assert!(stdout(&out).contains(f), "{f} is reported");
    }
    assert_eq!(
        std::fs::read_to_string(root.join("schema/nonconformity.schema.json")).unwrap(),
        ncreg::SCHEMA
    );
    let before = files(&root);
    let again = ncreg(tmp.path(), &["init", "isms"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stdout(&again).contains("left alone"));
    assert!(stderr(&again).contains("already holds a register"));
    assert_eq!(before, files(&root), "nothing was overwritten");
}

#[test]
fn init_leaves_existing_files_alone() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join(".github/workflows")).unwrap();
    std::fs::write(tmp.path().join(".github/workflows/ncreg.yml"), "mine\n").unwrap();
    let out = ncreg(tmp.path(), &["init"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("left alone  ./.github/workflows/ncreg.yml"));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join(".github/workflows/ncreg.yml")).unwrap(),
        "mine\n"
    );
    assert!(tmp.path().join("ncreg.yaml").is_file());
}

#[test]
fn new_records_take_the_next_ids_and_lint_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(ncreg(tmp.path(), &["init"]).status.code(), Some(0));
    let first = ncreg(
        tmp.path(),
        &[
            "new",
            "--title",
            "Leavers keep access",
            "--classification",
            "minor",
            "--source",
            "internal-audit",
            "--as-of",
            "2026-11-28",
        ],
    );
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert_eq!(
        stdout(&first),
        "nonconformities/NC-2026-001-leavers-keep-access.yaml\n"
    );
    let second = ncreg(
        tmp.path(),
        &[
            "new",
            "--title",
            "Audit: \"plan\" # missing",
            "--classification",
            "major",
            "--source",
            "certification-audit",
            "--clause",
            "9.2",
            "--owner",
            "Q. Manager",
            "--as-of",
            "2026-11-28",
        ],
    );
    assert_eq!(
        stdout(&second),
        "nonconformities/NC-2026-002-audit-plan-missing.yaml\n"
    );
    let lint = ncreg(tmp.path(), &["lint", "--as-of", "2026-11-28"]);
    assert_eq!(
        stdout(&lint),
        "0 errors, 0 warnings in 2 records (2 files)\n"
    );
    assert_eq!(lint.status.code(), Some(0));

    let text = std::fs::read_to_string(
        tmp.path()
            .join("nonconformities/NC-2026-002-audit-plan-missing.yaml"),
    )
    .unwrap();
    let node = ncreg::yaml::parse(&text).unwrap();
    let ncreg::yaml::NodeKind::Map(entries) = &node.kind else {
        panic!()
    };
    let title = entries.iter().find(|e| e.key == "title").unwrap();
    assert!(
        matches!(&title.value.kind, ncreg::yaml::NodeKind::Scalar(t) if t == "Audit: \"plan\" # missing")
    );

    let old = ncreg(
        tmp.path(),
        &[
            "new",
            "--title",
            "Old one",
            "--classification",
            "ofi",
            "--source",
            "other",
            "--identified",
            "2025-05-01",
        ],
    );
    assert_eq!(stdout(&old), "nonconformities/NC-2025-001-old-one.yaml\n");
}

#[test]
fn concurrent_new_calls_never_share_an_id() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(ncreg(tmp.path(), &["init"]).status.code(), Some(0));
    let children: Vec<_> = (0..8)
        .map(|i| {
            std::process::Command::new(env!("CARGO_BIN_EXE_ncreg"))
                .args([
                    "new",
                    "--title",
                    &format!("Finding {i}"),
                    "--classification",
                    "minor",
                    "--source",
                    "internal-audit",
                    "--as-of",
                    "2026-11-28",
                ])
                .current_dir(tmp.path())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ids: Vec<String> = children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            assert!(out.status.success());
            String::from_utf8(out.stdout).unwrap()[16..27].to_string()
        })
        .collect();
    ids.sort();
    let expected: Vec<String> = (1..=8).map(|n| format!("NC-2026-{n:03}")).collect();
    assert_eq!(ids, expected);
    let lint = ncreg(tmp.path(), &["lint", "--as-of", "2026-11-28"]);
    assert_eq!(lint.status.code(), Some(0), "{}", stdout(&lint));
    assert!(!tmp.path().join("nonconformities/.ncreg-new.lock").exists());
}

#[test]
fn new_outside_a_register_folder_tree_fails_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ncreg(
        tmp.path(),
        &[
            "new",
            "--title",
            "x",
            "--classification",
            "minr",
            "--source",
            "internal-audit",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("minor"),
        "clap suggests the valid value"
    );
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = ncreg(Path::new("."), &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(stdout(&out).contains("lint"), "{shell}");
    }
}

#[test]
fn init_respects_dash_c_quiet_and_the_repository_and_never_nests_a_register() {
    let tmp = tempfile::tempdir().unwrap();
    let out = ncreg(tmp.path(), &["-C", "target", "init", "-q"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "quiet: {}", stdout(&out));
    assert!(tmp.path().join("target/ncreg.yaml").is_file());
    assert!(!tmp.path().join("ncreg.yaml").exists());
    // Inside the records folder of a register: refused, nothing written.
    let nested = tmp.path().join("target/nonconformities/inner");
    let out = ncreg(tmp.path(), &["init", nested.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("inside the records folder"),
        "{}",
        stderr(&out)
    );
    assert!(!nested.exists());
    // In a repository's subfolder the workflow goes where GitHub reads it.
    let repo = tmp.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    let out = ncreg(&repo, &["init", "docs/isms"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let workflow = std::fs::read_to_string(repo.join(".github/workflows/ncreg.yml")).unwrap();
    assert!(workflow.contains("ncreg -C docs/isms lint"), "{workflow}");
    assert!(workflow.contains("ncreg -C docs/isms overdue"));
    assert!(!repo.join("docs/isms/.github").exists());
}

#[test]
fn new_refuses_what_would_not_lint_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(ncreg(tmp.path(), &["init", "-q"]).status.code(), Some(0));
    let records = || {
        std::fs::read_dir(tmp.path().join("nonconformities"))
            .unwrap()
            .count()
    };
    let before = records();
    let new = |extra: &[&str]| {
        let mut args = vec![
            "new",
            "--classification",
            "minor",
            "--source",
            "internal-audit",
            "--as-of",
            "2026-11-28",
        ];
        args.extend_from_slice(extra);
        ncreg(tmp.path(), &args)
    };
    for (extra, says) in [
        (&["--title", "  "][..], "S003"),
        (&["--title", "Leavers", "--clause", "99.9"][..], "S010"),
        (
            &["--title", "Leavers", "--clause", "a5.18"][..],
            "write it as `A.5.18`",
        ),
        (
            &["--title", "Leavers", "--identified", "2026-12-01"][..],
            "D002",
        ),
    ] {
        let out = new(extra);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        assert!(stderr(&out).contains(says), "{extra:?}: {}", stderr(&out));
    }
    std::fs::write(tmp.path().join("ncreg.yaml"), "id_prefix: CAR\n").unwrap();
    let out = new(&["--title", "Leavers"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("S009") && stderr(&out).contains("id_pattern"));
    assert_eq!(records(), before, "nothing was written");
}

//! `ncreg renumber`: the id, the file name and the references change, and
//! nothing else; refusals change nothing at all.

mod common;

use std::path::Path;

use common::repo::{Repo, plain_register, record};
use common::{ncreg, stderr, stdout};

/// Every file under the records folder with its text.
fn snapshot(dir: &Path) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = walkdir::WalkDir::new(dir.join("nonconformities"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().display().to_string(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

fn register() -> Repo {
    let repo = Repo::new();
    repo.write(
        "nonconformities/NC-2026-001-leavers.yaml",
        &format!(
            "# The leaver finding.\n{}",
            record("NC-2026-001", "open", "")
        ),
    );
    repo.write(
        "nonconformities/NC-2026-002.yaml",
        &record(
            "NC-2026-002",
            "open",
            "related: [NC-2026-0010, \"NC-2026-001\"]   # see also\n",
        ),
    );
    repo.write(
        "nonconformities/NC-2026-003.yaml",
        &record(
            "NC-2026-003",
            "open",
            "escalated_to: NC-2026-001\nextent_of_condition:\n  related:\n    - NC-2026-001\n",
        ),
    );
    repo.commit("Three records");
    repo
}

#[test]
fn renumbering_changes_the_id_the_file_name_and_the_references_only() {
    let repo = register();
    let before = snapshot(repo.path());
    let out = ncreg(
        repo.path(),
        &["renumber", "NC-2026-001", "--to", "NC-2026-101"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "NC-2026-001 -> NC-2026-101\nrenamed nonconformities/NC-2026-001-leavers.yaml -> nonconformities/NC-2026-101-leavers.yaml (staged in git, as `git mv` does)\nupdated the reference in nonconformities/NC-2026-002.yaml\nupdated the reference in nonconformities/NC-2026-003.yaml\n"
    );
    let expected: Vec<(String, String)> = before
        .into_iter()
        .map(|(file, text)| {
            let file = file.replace("NC-2026-001-leavers", "NC-2026-101-leavers");
            let text = text
                .replace("id: NC-2026-001\n", "id: NC-2026-101\n")
                .replace("\"NC-2026-001\"", "\"NC-2026-101\"")
                .replace("escalated_to: NC-2026-001", "escalated_to: NC-2026-101")
                .replace("    - NC-2026-001\n", "    - NC-2026-101\n");
            (file, text)
        })
        .collect();
    let mut expected = expected;
    expected.sort();
    assert_eq!(snapshot(repo.path()), expected);
    let status = repo.git(&["status", "--porcelain"]);
    assert!(status.contains("RM nonconformities/NC-2026-001-leavers.yaml -> nonconformities/NC-2026-101-leavers.yaml"), "{status}");
    assert!(
        !repo
            .path()
            .join("nonconformities")
            .read_dir()
            .unwrap()
            .any(|e| e.unwrap().file_name().to_string_lossy().ends_with(".tmp"))
    );
}

#[test]
fn next_takes_the_next_free_number_of_the_records_year() {
    let repo = register();
    let out = ncreg(repo.path(), &["renumber", "NC-2026-002", "--next"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        repo.path()
            .join("nonconformities/NC-2026-004.yaml")
            .is_file()
    );
    assert!(
        !repo
            .path()
            .join("nonconformities/NC-2026-002.yaml")
            .exists()
    );
}

#[test]
fn refusals_change_nothing() {
    let repo = register();
    let before = snapshot(repo.path());
    let refused = |args: &[&str], says: &str| {
        let out = ncreg(repo.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
        assert!(stderr(&out).contains(says), "{args:?}: {}", stderr(&out));
        assert_eq!(snapshot(repo.path()), before, "{args:?} changed files");
    };
    refused(
        &["renumber", "NC-2026-001", "--to", "NC-2026-002"],
        "already the id of",
    );
    refused(&["renumber", "NC-2026-001", "--to", "CAR-1"], "id pattern");
    refused(
        &["renumber", "NC-2026-0001", "--next"],
        "did you mean `NC-2026-001`?",
    );
    refused(&["renumber", "NC-2026-001"], "--to");
    std::fs::create_dir(repo.path().join("nonconformities/NC-2026-101-leavers.yaml")).unwrap();
    refused(
        &["renumber", "NC-2026-001", "--to", "NC-2026-101"],
        "exists",
    );
    std::fs::remove_dir(repo.path().join("nonconformities/NC-2026-101-leavers.yaml")).unwrap();
    // Two records with one id: the file must be named, and references stay.
    repo.write(
        "nonconformities/NC-2026-001-copy.yaml",
        &record("NC-2026-005", "open", "").replace("id: NC-2026-005", "id: NC-2026-001"),
    );
    let before = snapshot(repo.path());
    let out = ncreg(repo.path(), &["renumber", "NC-2026-001", "--next"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("name the file"), "{}", stderr(&out));
    assert_eq!(snapshot(repo.path()), before);
    let out = ncreg(
        repo.path(),
        &[
            "renumber",
            "nonconformities/NC-2026-001-copy.yaml",
            "--next",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("references to it were left as they are"));
    assert!(
        repo.path()
            .join("nonconformities/NC-2026-004-copy.yaml")
            .is_file()
    );
    let two =
        std::fs::read_to_string(repo.path().join("nonconformities/NC-2026-002.yaml")).unwrap();
    assert!(two.contains("\"NC-2026-001\""));
}

#[test]
fn outside_git_the_file_is_renamed_without_staging() {
    let tmp = plain_register(&[("NC-2026-001.yaml", record("NC-2026-001", "open", ""))]);
    let out = ncreg(
        tmp.path(),
        &["renumber", "NC-2026-001", "--to", "NC-2026-009"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stdout(&out).contains("staged"));
    let text =
        std::fs::read_to_string(tmp.path().join("nonconformities/NC-2026-009.yaml")).unwrap();
    assert_eq!(
        text,
        record("NC-2026-001", "open", "").replace("id: NC-2026-001", "id: NC-2026-009")
    );
}

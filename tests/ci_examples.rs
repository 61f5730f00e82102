//! The CI examples in docs/ci/ work when pasted in: their commands run here
//! against a scripted remote, as the CI services would run them (a full
//! clone, the GitLab merge request's head detached, GitHub's merge commit).

mod common;

use std::path::Path;
use std::process::Command;

use common::repo::{Repo, record};
use common::stdout;

/// A remote whose `main` gained NC-2026-002 after `feature` branched off
/// and took the same id for another finding.
fn remote() -> Repo {
    let repo = Repo::new();
    repo.write(
        "nonconformities/NC-2026-001.yaml",
        &record("NC-2026-001", "open", ""),
    );
    repo.commit("Register");
    repo.git(&["checkout", "-q", "-b", "feature"]);
    repo.write(
        "nonconformities/NC-2026-002-laptops.yaml",
        &record("NC-2026-006", "open", "").replace("id: NC-2026-006", "id: NC-2026-002"),
    );
    repo.commit("Log the laptop finding");
    repo.git(&["checkout", "-q", "main"]);
    repo.write(
        "nonconformities/NC-2026-002-backups.yaml",
        &record("NC-2026-002", "open", ""),
    );
    repo.commit("Log the backup finding");
    repo
}

/// A full clone of `remote`, as `fetch-depth: 0` / `GIT_DEPTH: 0` give.
fn clone(remote: &Repo) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("file://{}", remote.path().display());
    let ok = Command::new("git")
        .args(["clone", "-q", &url, "."])
        .current_dir(dir.path())
        .status()
        .unwrap()
        .success();
    assert!(ok);
    dir
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "CI")
        .env("GIT_AUTHOR_EMAIL", "ci@example.com")
        .env("GIT_COMMITTER_NAME", "CI")
        .env("GIT_COMMITTER_EMAIL", "ci@example.com")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A shell whose `ncreg` is the binary under test.
fn shell(dir: &Path, script: &str) -> std::process::Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_ncreg")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("bash")
        .args(["-euo", "pipefail", "-c", script])
        .current_dir(dir)
        .env("PATH", path)
        .env("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main")
        .output()
        .unwrap()
}

/// The GitLab job's script, less the install step.
fn gitlab_script() -> String {
    let text = std::fs::read_to_string(common::repo_dir().join("docs/ci/gitlab-ci.yml")).unwrap();
    let script = text
        .split("  script:\n")
        .nth(1)
        .unwrap()
        .split("  artifacts:")
        .next()
        .unwrap();
    let mut lines = Vec::new();
    for line in script.lines() {
        if line.contains("cargo install") || line.trim() == "- |" {
            continue;
        }
        lines.push(
            line.trim_start_matches("    - ")
                .trim_start_matches("      "),
        );
    }
    lines.join("\n")
}

#[test]
fn the_gitlab_job_catches_an_id_taken_on_both_branches() {
    let remote = remote();
    let work = clone(&remote);
    // GitLab runs a merge request pipeline on the source branch's head, detached.
    git(
        work.path(),
        &["checkout", "-q", "--detach", "origin/feature"],
    );
    let script = gitlab_script();
    assert!(script.contains("ncreg lint $BASE"), "{script}");
    let out = shell(work.path(), &script);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}\n{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    let report = std::fs::read_to_string(work.path().join("gl-code-quality-report.json")).unwrap();
    assert!(report.contains("H005"), "{report}");
}

#[test]
fn the_github_lint_step_works_on_the_pull_request_merge_commit() {
    let remote = remote();
    let work = clone(&remote);
    // actions/checkout of a pull request: the merge of the branch into the base.
    git(work.path(), &["checkout", "-q", "--detach", "origin/main"]);
    git(
        work.path(),
        &[
            "merge",
            "-q",
            "--no-ff",
            "-m",
            "Merge pull request",
            "origin/feature",
        ],
    );
    let workflow =
        std::fs::read_to_string(common::repo_dir().join("docs/ci/github-workflow.yml")).unwrap();
    assert!(workflow.contains("fetch-depth: 0"));
    assert!(workflow.contains("format('--base origin/{0}', github.base_ref)"));
    let out = shell(work.path(), "ncreg lint --format github --base origin/main");
    assert_eq!(out.status.code(), Some(1));
    let annotations = stdout(&out);
    assert!(
        annotations.contains("title=H005 id-collision"),
        "{annotations}"
    );
    assert!(
        annotations.contains("title=S008 duplicate-id"),
        "{annotations}"
    );
}

//! `history` and `lint --base` on repositories scripted here with fixed
//! dates: renames, deletions, edits of closed records, id collisions,
//! backdating, signed commits, merges, shallow clones, worktrees, no git.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{ncreg, stderr, stdout};
use serde_json::Value;

struct Repo {
    dir: tempfile::TempDir,
    /// Seconds since the first commit, so every commit has its own date.
    clock: std::cell::Cell<u32>,
}

impl Repo {
    fn new() -> Repo {
        let repo = Repo {
            dir: tempfile::tempdir().unwrap(),
            clock: std::cell::Cell::new(0),
        };
        repo.git(&["init", "-q", "-b", "main"]);
        repo.git(&["config", "user.name", "A. Person"]);
        repo.git(&["config", "user.email", "a.person@example.com"]);
        repo.git(&["config", "commit.gpgsign", "false"]);
        std::fs::create_dir(repo.path().join("nonconformities")).unwrap();
        repo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn git(&self, args: &[&str]) -> String {
        let t = self.clock.get();
        let date = format!("2026-03-{:02}T10:{:02}:00+01:00", 1 + t / 60, t % 60);
        let out = Command::new("git")
            .args(args)
            .current_dir(self.path())
            .env("GIT_AUTHOR_DATE", &date)
            .env("GIT_COMMITTER_DATE", &date)
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn commit(&self, message: &str) {
        self.clock.set(self.clock.get() + 1);
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }
}

/// Adds a signature header to HEAD (ncreg reports its presence; it does not verify it).
fn sign_head(repo: &Repo) {
    let raw = repo.git(&["cat-file", "commit", "HEAD"]);
    let (head, body) = raw.split_once("\n\n").unwrap();
    let signed = format!(
        "{head}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n -----END PGP SIGNATURE-----\n\n{body}"
    );
    let path = repo.path().join("signed-commit");
    std::fs::write(&path, signed).unwrap();
    let oid = repo.git(&["hash-object", "-t", "commit", "-w", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    repo.git(&["update-ref", "HEAD", oid.trim()]);
}

/// A record whose finding depends on its id's number, as real findings differ.
fn record(id: &str, status: &str, extra: &str) -> String {
    const FINDINGS: [&str; 10] = [
        "Leavers keep access to the payroll system",
        "Backups were never restored in a test",
        "Visitor badges are not returned at reception",
        "Firewall rules lack a yearly review",
        "Supplier contracts omit security clauses",
        "Phishing reports wait days for triage",
        "Laptop disks are not encrypted",
        "Privileged accounts are shared by administrators",
        "Change tickets skip the approval step",
        "Incident lessons are not recorded",
    ];
    let n: usize = id
        .rsplit('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let title = FINDINGS[n % FINDINGS.len()];
    format!(
        "id: {id}\ntitle: {title}\nstatus: {status}\nclassification: minor\nidentified: 2026-03-01\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.5.18\ndescription: {title}, as the March audit found.\nowner: Q. Manager\ntarget_date: 2026-12-31\n{extra}"
    )
}

const CLOSED_EXTRA: &str = "root_cause:\n  method: other\n  cause: The offboarding checklist has no step to notify IT.\n  category: process-design\nactions:\n  - id: 1\n    description: Add a notify-IT step to the offboarding checklist.\n    owner: H. Director\n    due: 2026-03-10\n    done: 2026-03-05\n    evidence: [https://tickets.example.com/1]\nverification:\n  method: Leaver list compared with active accounts for two months.\n  date: 2026-03-20\n  result: effective\n  evidence: [https://tickets.example.com/2]\nclosed: 2026-03-21\n";

fn history(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["history", "--format=json"];
    all.extend_from_slice(args);
    let out = ncreg(dir, &all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// (change, file, "field: old -> new" ...) of a record's trail.
fn changes(trail: &Value, id: &str) -> Vec<String> {
    let record = trail["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap();
    record["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let fields: Vec<String> = c["fields"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| {
                    f["field"] == "status"
                        || f["field"] == "id"
                        || f["field"].as_str().unwrap().ends_with(".done")
                })
                .map(|f| {
                    format!(
                        "{}: {} -> {}",
                        f["field"].as_str().unwrap(),
                        f["old"].as_str().unwrap_or("-"),
                        f["new"].as_str().unwrap_or("-")
                    )
                })
                .collect();
            format!(
                "{} {} [{}] {}",
                c["change"].as_str().unwrap(),
                c["file"].as_str().unwrap(),
                fields.join(", "),
                c["subject"].as_str().unwrap()
            )
        })
        .collect()
}

fn scripted() -> Repo {
    let repo = Repo::new();
    repo.write("ncreg.yaml", "records_dir: nonconformities\n");
    repo.write(
        "nonconformities/NC-2026-001-leavers.yaml",
        &record("NC-2026-001", "open", ""),
    );
    repo.write(
        "nonconformities/NC-2026-002.yaml",
        &record("NC-2026-002", "open", ""),
    );
    repo.commit("Log two findings");
    repo.write("nonconformities/NC-2026-001-leavers.yaml", &record("NC-2026-001", "planned", "actions:\n  - id: 1\n    description: Automate.\n    owner: J. Admin\n    due: 2026-06-01\n"));
    repo.write("README.md", "unrelated\n");
    repo.commit("Plan NC-2026-001");
    std::fs::create_dir(repo.path().join("nonconformities/2026")).unwrap();
    repo.git(&[
        "mv",
        "nonconformities/NC-2026-001-leavers.yaml",
        "nonconformities/2026/NC-2026-001.yaml",
    ]);
    repo.commit("Move records into year folders");
    repo.write(
        "nonconformities/2026/NC-2026-001.yaml",
        &record("NC-2026-001", "implemented", "actions:\n  - id: 1\n    description: Automate.\n    owner: J. Admin\n    due: 2026-06-01\n    done: 2026-05-20\n    evidence: [https://tickets.example.com/IT-1]\n"),
    );
    repo.commit("Implement NC-2026-001");
    repo
}

#[test]
fn history_follows_records_by_id_across_moves() {
    let repo = scripted();
    let trail = history(repo.path(), &[]);
    assert_eq!(trail["complete"], true);
    assert_eq!(
        changes(&trail, "NC-2026-001"),
        [
            "created nonconformities/NC-2026-001-leavers.yaml [id: - -> NC-2026-001, status: - -> open] Log two findings",
            "modified nonconformities/NC-2026-001-leavers.yaml [status: open -> planned] Plan NC-2026-001",
            "renamed nonconformities/2026/NC-2026-001.yaml [] Move records into year folders",
            "modified nonconformities/2026/NC-2026-001.yaml [actions[1].done: - -> 2026-05-20, status: planned -> implemented] Implement NC-2026-001",
        ]
    );
    let first = &trail["records"][0]["changes"][0];
    assert_eq!(first["author"], "A. Person");
    assert_eq!(first["author_email"], "a.person@example.com");
    assert_eq!(first["date"], "2026-03-01T10:01:00+01:00");
    assert_eq!(first["signed"], false);
    assert_eq!(first["commit"].as_str().unwrap().len(), 40);
    assert_eq!(
        trail["records"][0]["file"],
        "nonconformities/2026/NC-2026-001.yaml"
    );
    let only = history(repo.path(), &["NC-2026-002"]);
    assert_eq!(only["records"].as_array().unwrap().len(), 1);
    let md = stdout(&ncreg(repo.path(), &["history", "NC-2026-001"]));
    assert!(md.contains("status: open -> planned"), "{md}");
    assert!(md.contains("renamed from nonconformities/NC-2026-001-leavers.yaml to nonconformities/2026/NC-2026-001.yaml"));
}

#[test]
fn history_shows_deletions_merges_once_and_signatures() {
    let repo = scripted();
    repo.git(&["checkout", "-q", "-b", "branch"]);
    repo.write(
        "nonconformities/NC-2026-002.yaml",
        &record("NC-2026-002", "planned", ""),
    );
    repo.commit("Plan NC-2026-002 on a branch");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("other.txt", "x\n");
    repo.commit("Unrelated work on main");
    repo.clock.set(repo.clock.get() + 1);
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge branch", "branch"]);
    repo.git(&["rm", "-q", "nonconformities/2026/NC-2026-001.yaml"]);
    repo.commit("Delete a record");

    let trail = history(repo.path(), &[]);
    let two = changes(&trail, "NC-2026-002");
    assert_eq!(
        two.len(),
        2,
        "the merge does not repeat the branch's change: {two:?}"
    );
    assert!(two[1].starts_with("modified nonconformities/NC-2026-002.yaml [status: open -> planned] Plan NC-2026-002 on a branch"));
    let one = changes(&trail, "NC-2026-001");
    assert!(
        one.last()
            .unwrap()
            .starts_with("deleted nonconformities/2026/NC-2026-001.yaml"),
        "{one:?}"
    );
    assert!(trail["records"].as_array().unwrap().iter().all(|r| {
        r["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["signed"] == false)
    }));
    sign_head(&repo);
    let trail = history(repo.path(), &[]);
    let one = trail["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "NC-2026-001")
        .unwrap();
    assert_eq!(
        one["changes"].as_array().unwrap().last().unwrap()["signed"],
        true
    );
}

#[test]
fn a_shallow_clone_says_its_history_is_incomplete() {
    let repo = scripted();
    let clone = tempfile::tempdir().unwrap();
    let url = format!("file://{}", repo.path().display());
    let out = Command::new("git")
        .args(["clone", "-q", "--depth", "1", &url, "c"])
        .current_dir(clone.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dir = clone.path().join("c");
    let out = ncreg(&dir, &["history", "--format=json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("git fetch --unshallow") && stderr(&out).contains("fetch-depth: 0")
    );
    let trail: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(trail["complete"], false);
    let first = &trail["records"][0]["changes"][0];
    assert_eq!(
        first["change"], "present",
        "not 'created': the record is older than the clone"
    );
    let md = stdout(&ncreg(&dir, &["history"]));
    assert!(md.contains("shallow clone"));
}

#[test]
fn outside_git_history_and_base_exit_2_and_the_rest_works() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("nonconformities")).unwrap();
    std::fs::write(
        tmp.path().join("nonconformities/NC-2026-001.yaml"),
        record("NC-2026-001", "open", ""),
    )
    .unwrap();
    let out = ncreg(tmp.path(), &["history"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not in a git repository"),
        "{}",
        stderr(&out)
    );
    let out = ncreg(tmp.path(), &["lint", "--base", "main"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        ncreg(tmp.path(), &["lint", "--as-of=2026-11-28"])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn worktrees_and_registers_in_a_subfolder_work() {
    let repo = Repo::new();
    repo.write("isms/ncreg.yaml", "records_dir: ncs\n");
    repo.write(
        "isms/ncs/NC-2026-001.yaml",
        &record("NC-2026-001", "open", ""),
    );
    repo.commit("Register in a subfolder");
    repo.write(
        "isms/ncs/NC-2026-001.yaml",
        &record("NC-2026-001", "planned", ""),
    );
    repo.commit("Plan it");
    let trail = history(&repo.path().join("isms"), &[]);
    assert_eq!(
        changes(&trail, "NC-2026-001")[1],
        "modified isms/ncs/NC-2026-001.yaml [status: open -> planned] Plan it"
    );
    let wt = tempfile::tempdir().unwrap();
    let wt_dir: PathBuf = wt.path().join("wt");
    repo.git(&[
        "worktree",
        "add",
        "-q",
        wt_dir.to_str().unwrap(),
        "-b",
        "wt",
    ]);
    let trail = history(&wt_dir.join("isms"), &[]);
    assert_eq!(changes(&trail, "NC-2026-001").len(), 2);
}

/// The finding codes and files of `lint --base main`.
fn base_findings(repo: &Repo) -> Vec<String> {
    let out = ncreg(
        repo.path(),
        &[
            "lint",
            "--base",
            "main",
            "--format=json",
            "--as-of=2026-04-15",
        ],
    );
    assert!(
        out.status.code() == Some(0) || out.status.code() == Some(1),
        "{}",
        stderr(&out)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"].as_str().unwrap().starts_with('H'))
        .map(|d| {
            format!(
                "{} {}",
                d["rule"].as_str().unwrap(),
                d["file"].as_str().unwrap()
            )
        })
        .collect()
}

fn base_repo() -> Repo {
    let repo = Repo::new();
    repo.write(
        "nonconformities/NC-2026-001.yaml",
        &record("NC-2026-001", "open", ""),
    );
    repo.write(
        "nonconformities/NC-2026-002.yaml",
        &record("NC-2026-002", "closed", CLOSED_EXTRA),
    );
    repo.write(
        "nonconformities/NC-2026-003.yaml",
        &record("NC-2026-003", "open", ""),
    );
    repo.write(
        "nonconformities/NC-2026-004.yaml",
        &record("NC-2026-004", "open", ""),
    );
    repo.commit("Register on main");
    repo.git(&["checkout", "-q", "-b", "change"]);
    repo
}

#[test]
fn base_without_changes_reports_nothing() {
    let repo = base_repo();
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    // Comments and a rename are not edits.
    let text =
        std::fs::read_to_string(repo.path().join("nonconformities/NC-2026-002.yaml")).unwrap();
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-002.yaml"),
        format!("# reviewed\n{text}"),
    )
    .unwrap();
    repo.git(&[
        "mv",
        "nonconformities/NC-2026-003.yaml",
        "nonconformities/NC-2026-003-moved.yaml",
    ]);
    assert_eq!(base_findings(&repo), Vec::<String>::new());
}

#[test]
fn base_reports_each_kind_of_damage_exactly() {
    let repo = base_repo();
    std::fs::remove_file(repo.path().join("nonconformities/NC-2026-001.yaml")).unwrap();
    let closed =
        std::fs::read_to_string(repo.path().join("nonconformities/NC-2026-002.yaml")).unwrap();
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-002.yaml"),
        closed.replace("closed: 2026-03-21", "closed: 2026-03-25"),
    )
    .unwrap();
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-003.yaml"),
        record("NC-2026-003", "open", "").replace("id: NC-2026-003", "id: NC-2026-030"),
    )
    .unwrap();
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-004-second.yaml"),
        record("NC-2026-007", "open", "")
            .replace("id: NC-2026-007", "id: NC-2026-004")
            .replace("identified: 2026-03-01", "identified: 2026-04-10"),
    )
    .unwrap();
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-005.yaml"),
        record("NC-2026-005", "open", "")
            .replace("identified: 2026-03-01", "identified: 2026-01-02"),
    )
    .unwrap();
    let mut found = base_findings(&repo);
    found.sort();
    assert_eq!(
        found,
        [
            "H001 nonconformities/NC-2026-001.yaml",
            "H002 nonconformities/NC-2026-002.yaml",
            "H003 nonconformities/NC-2026-003.yaml",
            "H004 nonconformities/NC-2026-005.yaml",
            "H005 nonconformities/NC-2026-004-second.yaml",
        ]
    );
    let human = stdout(&ncreg(
        repo.path(),
        &[
            "lint",
            "--base",
            "main",
            "--color=never",
            "--as-of=2026-04-15",
        ],
    ));
    assert!(
        human.contains("record `NC-2026-001` was deleted"),
        "{human}"
    );
    assert!(
        human.contains("`closed`: 2026-03-21 -> 2026-03-25"),
        "{human}"
    );
}

#[test]
fn reopening_a_closed_record_with_a_reason_is_allowed() {
    let repo = base_repo();
    let closed =
        std::fs::read_to_string(repo.path().join("nonconformities/NC-2026-002.yaml")).unwrap();
    let reopened = closed
        .replace("status: closed", "status: planned")
        .replace("closed: 2026-03-21\n", "reopened:\n  date: 2026-04-10\n  reason: The finding recurred in the April access review.\n");
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-002.yaml"),
        &reopened,
    )
    .unwrap();
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    let no_reason = reopened.replace(
        "  reason: The finding recurred in the April access review.\n",
        "",
    );
    std::fs::write(
        repo.path().join("nonconformities/NC-2026-002.yaml"),
        no_reason,
    )
    .unwrap();
    assert_eq!(
        base_findings(&repo),
        ["H002 nonconformities/NC-2026-002.yaml"]
    );
    let bad_rev = ncreg(repo.path(), &["lint", "--base", "no-such-branch"]);
    assert_eq!(bad_rev.status.code(), Some(2));
    assert!(stderr(&bad_rev).contains("no-such-branch"));
}

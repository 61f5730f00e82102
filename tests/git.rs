//! `history` on repositories scripted here with fixed dates: moves, id
//! changes, deletions, merges clean and conflicted, octopus merges, action
//! lists edited in the middle, flags, signed commits, shallow clones,
//! worktrees, no git.

mod common;

use std::path::{Path, PathBuf};

use common::repo::{Repo, plain_register, record, sign_head};
use common::{ncreg, stderr, stdout};
use serde_json::Value;

fn history(dir: &Path, args: &[&str]) -> Value {
    let mut all = vec!["history", "--format=json"];
    all.extend_from_slice(args);
    let out = ncreg(dir, &all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
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
        trail_of(&trail, "NC-2026-001"),
        [
            "Log two findings: created nonconformities/NC-2026-001-leavers.yaml",
            "Plan NC-2026-001: modified nonconformities/NC-2026-001-leavers.yaml; actions[1].description: - -> Automate.; actions[1].due: - -> 2026-06-01; actions[1].id: - -> 1; actions[1].owner: - -> J. Admin; status: open -> planned",
            "Move records into year folders: renamed nonconformities/2026/NC-2026-001.yaml",
            "Implement NC-2026-001: modified nonconformities/2026/NC-2026-001.yaml; actions[1].done: - -> 2026-05-20; actions[1].evidence[]: - -> https://tickets.example.com/IT-1; status: planned -> implemented",
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
    assert_eq!(
        trail_of(&trail, "NC-2026-002"),
        [
            "Log two findings: created nonconformities/NC-2026-002.yaml",
            "Plan NC-2026-002 on a branch: modified nonconformities/NC-2026-002.yaml; status: open -> planned",
        ],
        "the merge does not repeat the branch's change"
    );
    let one = trail_of(&trail, "NC-2026-001");
    assert!(
        one.last()
            .unwrap()
            .starts_with("Delete a record: deleted nonconformities/2026/NC-2026-001.yaml"),
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
    let clone = repo.shallow_clone(&[]);
    let dir = clone.path();
    let out = ncreg(dir, &["history", "--format=json"]);
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
    let md = stdout(&ncreg(dir, &["history"]));
    assert!(md.contains("shallow clone"));
}

#[test]
fn outside_git_history_and_base_exit_2_and_the_rest_works() {
    let tmp = plain_register(&[("NC-2026-001.yaml", record("NC-2026-001", "open", ""))]);
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
        trail_of(&trail, "NC-2026-001")[1],
        "Plan it: modified isms/ncs/NC-2026-001.yaml; status: open -> planned"
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
    assert_eq!(trail_of(&trail, "NC-2026-001").len(), 2);
}

/// Each change of a record's trail as "subject: change file; field: old -> new; ...; !flag
/// field", with every field (but those of a creation).
fn trail_of(trail: &Value, id: &str) -> Vec<String> {
    let record = trail["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no trail for {id}: {trail:#}"));
    record["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let mut parts = vec![format!(
                "{}: {} {}",
                c["subject"].as_str().unwrap(),
                c["change"].as_str().unwrap(),
                c["file"].as_str().unwrap()
            )];
            if c["change"] != "created" {
                parts.extend(c["fields"].as_array().unwrap().iter().map(|f| {
                    format!(
                        "{}: {} -> {}",
                        f["field"].as_str().unwrap(),
                        f["old"].as_str().unwrap_or("-"),
                        f["new"].as_str().unwrap_or("-")
                    )
                }));
            }
            parts.extend(c["flags"].as_array().unwrap().iter().map(|f| {
                format!(
                    "!{} {}",
                    f["flag"].as_str().unwrap(),
                    f["field"].as_str().unwrap_or("")
                )
            }));
            parts.join("; ")
        })
        .collect()
}

/// Merges `branch` into the current branch; on a conflict, writes `resolved`
/// to `file` and commits the merge.
fn merge_resolving(repo: &Repo, branch: &str, file: &str, resolved: &str) {
    let date = "2026-03-20T12:00:00+01:00";
    let out = repo.try_git(
        date,
        &[
            "merge",
            "-q",
            "--no-ff",
            "-m",
            &format!("Merge {branch}"),
            branch,
        ],
    );
    if !out.status.success() {
        repo.put(file, resolved);
        repo.git_on(date, &["add", "-A"]);
        repo.git_on(date, &["commit", "-q", "--no-edit"]);
    }
}

#[test]
fn a_clean_merge_shows_nothing_and_a_resolved_conflict_only_its_own_choice() {
    let repo = Repo::new();
    let one = record("NC-2026-001", "open", "");
    repo.commit_file(
        "2026-03-01T09:00:00+01:00",
        "Log NC-2026-001",
        "NC-2026-001.yaml",
        &one,
    );
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.put(
        "NC-2026-001.yaml",
        &one.replace("owner: Q. Manager", "owner: R. Owner"),
    );
    repo.put("NC-2026-002.yaml", &record("NC-2026-002", "open", ""));
    repo.commit_on(
        "2026-03-03T09:00:00+01:00",
        "Side: new owner, log NC-2026-002",
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.commit_file(
        "2026-03-02T09:00:00+01:00",
        "Main: dispute",
        "NC-2026-001.yaml",
        &one.replace("status: open", "status: disputed"),
    );
    merge_resolving(&repo, "side", "", "");
    let trail = history(repo.path(), &[]);
    assert_eq!(
        trail_of(&trail, "NC-2026-001"),
        [
            "Log NC-2026-001: created nonconformities/NC-2026-001.yaml",
            "Main: dispute: modified nonconformities/NC-2026-001.yaml; status: open -> disputed",
            "Side: new owner, log NC-2026-002: modified nonconformities/NC-2026-001.yaml; owner: Q. Manager -> R. Owner",
        ]
    );
    assert_eq!(
        trail_of(&trail, "NC-2026-002"),
        ["Side: new owner, log NC-2026-002: created nonconformities/NC-2026-002.yaml"]
    );

    // Both sides set the owner; the merge chose a third name.
    let merged =
        std::fs::read_to_string(repo.path().join("nonconformities/NC-2026-001.yaml")).unwrap();
    repo.git(&["checkout", "-q", "-b", "other"]);
    repo.commit_file(
        "2026-03-05T09:00:00+01:00",
        "Other: owner S",
        "NC-2026-001.yaml",
        &merged.replace("owner: R. Owner", "owner: S. Owner"),
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.commit_file(
        "2026-03-06T09:00:00+01:00",
        "Main: owner T",
        "NC-2026-001.yaml",
        &merged.replace("owner: R. Owner", "owner: T. Owner"),
    );
    merge_resolving(
        &repo,
        "other",
        "NC-2026-001.yaml",
        &merged.replace("owner: R. Owner", "owner: U. Owner"),
    );
    let trail = history(repo.path(), &["NC-2026-001"]);
    let last = trail_of(&trail, "NC-2026-001").pop().unwrap();
    assert_eq!(
        last,
        "Merge other: modified nonconformities/NC-2026-001.yaml; owner: T. Owner -> U. Owner"
    );
}

#[test]
fn an_octopus_merge_shows_nothing_of_its_branches() {
    let repo = Repo::new();
    repo.put("NC-2026-001.yaml", &record("NC-2026-001", "open", ""));
    repo.commit("Log NC-2026-001");
    for (n, branch) in ["a", "b", "c"].iter().enumerate() {
        repo.git(&["checkout", "-q", "-b", branch, "main"]);
        let id = format!("NC-2026-00{}", n + 2);
        repo.put(&format!("{id}.yaml"), &record(&id, "open", ""));
        repo.commit(&format!("Log {id}"));
    }
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["merge", "-q", "-m", "Octopus", "a", "b", "c"]);
    let trail = history(repo.path(), &[]);
    assert_eq!(trail["records"].as_array().unwrap().len(), 4);
    for id in ["NC-2026-002", "NC-2026-003", "NC-2026-004"] {
        assert_eq!(
            trail_of(&trail, id),
            [format!("Log {id}: created nonconformities/{id}.yaml")]
        );
    }
}

#[test]
fn removing_one_action_and_completing_another_reads_as_exactly_that() {
    let repo = Repo::new();
    let action = |id: u32, due: &str, done: &str| {
        format!(
            "  - id: {id}\n    description: Step {id}.\n    owner: J. Admin\n    due: {due}\n{done}"
        )
    };
    let plan = |actions: String| record("NC-2026-001", "planned", &format!("actions:\n{actions}"));
    repo.put(
        "NC-2026-001.yaml",
        &plan(action(5, "2026-02-01", "") + &action(9, "2026-03-01", "")),
    );
    repo.commit("Plan two actions");
    repo.put(
        "NC-2026-001.yaml",
        &plan(action(9, "2026-03-01", "    done: 2026-03-01\n")),
    );
    repo.commit("Drop action 5, complete action 9");
    let trail = history(repo.path(), &[]);
    assert_eq!(
        trail_of(&trail, "NC-2026-001")[1],
        "Drop action 5, complete action 9: modified nonconformities/NC-2026-001.yaml; actions[5].description: Step 5. -> -; actions[5].due: 2026-02-01 -> -; actions[5].id: 5 -> -; actions[5].owner: J. Admin -> -; actions[9].done: - -> 2026-03-01"
    );
}

#[test]
fn changes_come_oldest_first_across_branches() {
    let repo = Repo::new();
    let one = record("NC-2026-001", "open", "");
    repo.commit_file("2026-03-01T09:00:00+01:00", "Log", "NC-2026-001.yaml", &one);
    repo.git(&["checkout", "-q", "-b", "side"]);
    repo.commit_file(
        "2026-03-02T09:00:00+01:00",
        "Side 1",
        "NC-2026-001.yaml",
        &one.replace("owner: Q. Manager", "owner: R. Owner"),
    );
    repo.commit_file(
        "2026-03-04T09:00:00+01:00",
        "Side 2",
        "NC-2026-001.yaml",
        &one.replace("owner: Q. Manager", "owner: S. Owner"),
    );
    repo.git(&["checkout", "-q", "main"]);
    repo.commit_file(
        "2026-03-03T09:00:00+01:00",
        "Main",
        "NC-2026-001.yaml",
        &one.replace("status: open", "status: disputed"),
    );
    merge_resolving(&repo, "side", "", "");
    let trail = history(repo.path(), &[]);
    let subjects: Vec<String> = trail_of(&trail, "NC-2026-001")
        .iter()
        .map(|c| c.split(':').next().unwrap().to_string())
        .collect();
    assert_eq!(subjects, ["Log", "Side 1", "Main", "Side 2"]);
}

#[test]
fn a_record_is_followed_through_id_changes_and_swaps() {
    let repo = Repo::new();
    repo.put("NC-2026-003.yaml", &record("NC-2026-003", "open", ""));
    repo.put("NC-2026-004.yaml", &record("NC-2026-004", "open", ""));
    repo.commit("Log two");
    let three = record("NC-2026-003", "open", "");
    let four = record("NC-2026-004", "open", "");
    repo.put(
        "NC-2026-003.yaml",
        &four.replace("id: NC-2026-004", "id: NC-2026-003"),
    );
    repo.put(
        "NC-2026-004.yaml",
        &three.replace("id: NC-2026-003", "id: NC-2026-004"),
    );
    repo.commit("Swap the two records' files");
    repo.git(&[
        "mv",
        "nonconformities/NC-2026-004.yaml",
        "nonconformities/NC-2026-030.yaml",
    ]);
    repo.put(
        "NC-2026-030.yaml",
        &three.replace("id: NC-2026-003", "id: NC-2026-030"),
    );
    repo.commit("Renumber the badge finding");
    let trail = history(repo.path(), &[]);
    let badges = trail["records"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "NC-2026-030")
        .unwrap();
    assert_eq!(badges["file"], "nonconformities/NC-2026-030.yaml");
    assert_eq!(
        badges["former_ids"],
        serde_json::json!(["NC-2026-003", "NC-2026-004"])
    );
    assert_eq!(
        trail_of(&trail, "NC-2026-030"),
        [
            "Log two: created nonconformities/NC-2026-003.yaml",
            "Swap the two records' files: renamed nonconformities/NC-2026-004.yaml; id: NC-2026-003 -> NC-2026-004",
            "Renumber the badge finding: renamed nonconformities/NC-2026-030.yaml; id: NC-2026-004 -> NC-2026-030",
        ]
    );
    // Asked for by a former id, the record is found.
    let by_former = history(repo.path(), &["NC-2026-004"]);
    let ids: Vec<&str> = by_former["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["NC-2026-003", "NC-2026-030"]);
}

#[test]
fn changes_carry_flags_an_auditor_looks_for() {
    let repo = Repo::new();
    repo.write("ncreg.yaml", "require_signed: true\n");
    let open = record("NC-2026-001", "open", "");
    repo.commit_file(
        "2026-03-01T09:00:00+01:00",
        "Log",
        "NC-2026-001.yaml",
        &open,
    );
    repo.commit_file(
        "2026-03-02T09:00:00+01:00",
        "Move the deadline",
        "NC-2026-001.yaml",
        &open.replace("target_date: 2026-12-31", "target_date: 2027-03-31"),
    );
    let extended = "extensions:\n  - field: target_date\n    from: 2027-03-31\n    to: 2027-06-30\n    requested: 2026-03-03\n    approved_by: H. Director\n    reason: Waiting for the HR system upgrade.\n";
    repo.commit_file(
        "2026-03-03T09:00:00+01:00",
        "Extend the deadline",
        "NC-2026-001.yaml",
        &format!(
            "{}{extended}",
            open.replace("target_date: 2026-12-31", "target_date: 2027-06-30")
        ),
    );
    let closed = format!(
        "{}closed: 2026-03-04\n",
        open.replace("status: open", "status: closed")
    );
    repo.commit_file(
        "2026-05-20T09:00:00+01:00",
        "Close, weeks later",
        "NC-2026-001.yaml",
        &closed,
    );
    repo.commit_file(
        "2026-05-21T09:00:00+01:00",
        "Edit while closed",
        "NC-2026-001.yaml",
        &closed.replace("Q. Manager", "R. Owner"),
    );
    let reopened = format!(
        "{}reopened:\n  date: 2026-05-22\n  reason: The finding recurred.\n",
        open.replace("Q. Manager", "R. Owner")
    );
    repo.commit_file(
        "2026-05-22T09:00:00+01:00",
        "Re-open",
        "NC-2026-001.yaml",
        &reopened,
    );
    sign_head(&repo);
    let trail = history(repo.path(), &[]);
    let flags: Vec<String> = trail_of(&trail, "NC-2026-001")
        .iter()
        .map(|c| {
            let (subject, rest) = c.split_once(':').unwrap();
            let flags: Vec<&str> = rest.split("; ").filter(|p| p.starts_with('!')).collect();
            format!("{subject}: {}", flags.join(", "))
        })
        .collect();
    assert_eq!(
        flags,
        [
            "Log: !unsigned ",
            "Move the deadline: !deadline-moved target_date, !unsigned ",
            "Extend the deadline: !deadline-moved target_date, !unsigned ",
            "Close, weeks later: !backdated closed, !unsigned ",
            "Edit while closed: !closed-record-edited owner, !unsigned ",
            "Re-open: !reopened status",
        ]
    );
    let details: Vec<String> = trail["records"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["flags"].as_array().unwrap().iter())
        .filter(|f| f["flag"] == "deadline-moved")
        .map(|f| f["detail"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        details,
        [
            "2026-12-31 -> 2027-03-31, no extension recorded",
            "2027-03-31 -> 2027-06-30, extension recorded",
        ]
    );
    let md = stdout(&ncreg(repo.path(), &["history"]));
    assert!(md.contains("created: open, minor, A.5.18"), "{md}");
    assert!(
        md.contains(
            "**deadline-moved** `target_date`: 2026-12-31 -&gt; 2027-03-31, no extension recorded"
        ),
        "{md}"
    );
}

#[test]
fn a_record_brought_back_continues_its_trail() {
    let repo = Repo::new();
    let closed = format!(
        "{}closed: 2026-03-04\n",
        record("NC-2026-001", "closed", "")
    );
    repo.commit_file(
        "2026-03-05T09:00:00+01:00",
        "Log",
        "NC-2026-001.yaml",
        &closed,
    );
    repo.git_on(
        "2026-05-01T09:00:00+01:00",
        &["rm", "-q", "nonconformities/NC-2026-001.yaml"],
    );
    repo.commit_on("2026-05-01T09:00:00+01:00", "Delete it");
    // Months later, as H001's help says: the file comes back from history.
    repo.git_on(
        "2026-06-01T09:00:00+01:00",
        &["revert", "--no-edit", "HEAD"],
    );
    repo.commit_file(
        "2026-06-02T09:00:00+01:00",
        "Change the owner while closed",
        "NC-2026-001.yaml",
        &closed.replace("Q. Manager", "R. Owner"),
    );
    let trail = history(repo.path(), &[]);
    assert_eq!(trail["records"].as_array().unwrap().len(), 1, "{trail:#}");
    assert_eq!(
        trail_of(&trail, "NC-2026-001"),
        [
            "Log: created nonconformities/NC-2026-001.yaml",
            "Delete it: deleted nonconformities/NC-2026-001.yaml; classification: minor -> -; closed: 2026-03-04 -> -; description: Backups were never restored in a test, as the March audit found. -> -; id: NC-2026-001 -> -; identified: 2026-03-01 -> -; owner: Q. Manager -> -; requirement.basis: standard -> -; requirement.clause: A.5.18 -> -; source.type: internal-audit -> -; status: closed -> -; target_date: 2026-12-31 -> -; title: Backups were never restored in a test -> -; !closed-record-edited ",
            // Its dates were written in March, not now: no backdating.
            "Revert \"Delete it\": restored nonconformities/NC-2026-001.yaml",
            "Change the owner while closed: modified nonconformities/NC-2026-001.yaml; owner: Q. Manager -> R. Owner; !closed-record-edited owner",
        ]
    );
    let md = stdout(&ncreg(repo.path(), &["history"]));
    assert!(
        md.contains("**closed-record-edited**: deleted while closed"),
        "{md}"
    );
    assert!(
        md.contains("restored nonconformities/NC-2026-001.yaml |"),
        "{md}"
    );
}

#[test]
fn a_deadline_computed_from_other_dates_moves_with_them() {
    let repo = Repo::new();
    // No target date: closure is due 90 days after `identified` (2026-05-30).
    let open = record("NC-2026-001", "open", "").replace("target_date: 2026-12-31\n", "");
    repo.put("NC-2026-002.yaml", &record("NC-2026-002", "open", ""));
    let steps = [
        ("Log", open.clone()),
        (
            "Write a later target date",
            format!("{open}target_date: 2026-12-31\n"),
        ),
        ("Drop it again", open.clone()),
        (
            "Say it was found a month later",
            open.replace("identified: 2026-03-01", "identified: 2026-04-01"),
        ),
    ];
    for (day, (subject, text)) in steps.iter().enumerate() {
        let date = format!("2026-04-{:02}T09:00:00+01:00", day + 1);
        repo.commit_file(&date, subject, "NC-2026-001.yaml", text);
    }
    repo.git_on(
        "2026-04-10T09:00:00+01:00",
        &["rm", "-q", "nonconformities/NC-2026-001.yaml"],
    );
    repo.commit_on("2026-04-10T09:00:00+01:00", "Delete it");
    let trail = history(repo.path(), &["NC-2026-001"]);
    let flags: Vec<String> = trail["records"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let f: Vec<String> = c["flags"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["flag"] == "deadline-moved")
                .map(|f| {
                    format!(
                        "{}: {}",
                        f["field"].as_str().unwrap(),
                        f["detail"].as_str().unwrap()
                    )
                })
                .collect();
            format!("{}: {}", c["subject"].as_str().unwrap(), f.join("; "))
        })
        .collect();
    let computed = "(`deadlines.minor_close_days` (90) after `identified`)";
    assert_eq!(
        flags,
        [
            "Log: ".to_string(),
            format!(
                "Write a later target date: target_date: 2026-05-30 {computed} -> 2026-12-31, no extension recorded"
            ),
            // Back to the computed date, which is earlier.
            "Drop it again: ".to_string(),
            format!(
                "Say it was found a month later: target_date: 2026-05-30 {computed} -> 2026-06-30 {computed}, no extension recorded"
            ),
            // A deletion is not a deadline moved.
            "Delete it: ".to_string(),
        ]
    );
}

#[test]
fn history_selects_by_id_and_dates_and_refuses_unknown_ids() {
    let repo = scripted();
    let out = ncreg(repo.path(), &["history", "NC-2026-0001"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `NC-2026-001`?"),
        "{}",
        stderr(&out)
    );
    let out = ncreg(repo.path(), &["history", "NC-9999-999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    // The scripted commits are a minute apart on 2026-03-01.
    let day = history(
        repo.path(),
        &["--since", "2026-03-01", "--until", "2026-03-01"],
    );
    assert_eq!(trail_of(&day, "NC-2026-001").len(), 4);
    let later = history(repo.path(), &["--since", "2026-03-02"]);
    assert!(later["records"].as_array().unwrap().is_empty());
}

#[test]
fn an_empty_repository_says_it_has_no_history_yet() {
    let repo = Repo::new();
    let out = ncreg(repo.path(), &["history"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("no commits yet"), "{}", stdout(&out));
    assert!(stderr(&out).contains("no commits yet"));
}

#[test]
fn a_merge_of_a_move_with_an_edit_shows_each_once() {
    let repo = Repo::new();
    let one = record("NC-2026-001", "open", "");
    repo.commit_file("2026-03-01T09:00:00+01:00", "Log", "NC-2026-001.yaml", &one);
    repo.git(&["checkout", "-q", "-b", "side"]);
    std::fs::create_dir(repo.path().join("nonconformities/2026")).unwrap();
    repo.git(&[
        "mv",
        "nonconformities/NC-2026-001.yaml",
        "nonconformities/2026/NC-2026-001.yaml",
    ]);
    repo.commit_on("2026-03-02T09:00:00+01:00", "Side: year folders");
    repo.git(&["checkout", "-q", "main"]);
    repo.commit_file(
        "2026-03-03T09:00:00+01:00",
        "Main: new owner",
        "NC-2026-001.yaml",
        &one.replace("owner: Q. Manager", "owner: R. Owner"),
    );
    merge_resolving(&repo, "side", "", "");
    // A new finding later takes the old path: it is another record.
    repo.commit_file(
        "2026-03-21T09:00:00+01:00",
        "Log NC-2026-009 in the old place",
        "NC-2026-001.yaml",
        &record("NC-2026-009", "open", ""),
    );
    let trail = history(repo.path(), &[]);
    assert_eq!(
        trail_of(&trail, "NC-2026-001"),
        [
            "Log: created nonconformities/NC-2026-001.yaml",
            "Side: year folders: renamed nonconformities/2026/NC-2026-001.yaml",
            "Main: new owner: modified nonconformities/NC-2026-001.yaml; owner: Q. Manager -> R. Owner",
        ]
    );
    assert_eq!(
        trail_of(&trail, "NC-2026-009"),
        ["Log NC-2026-009 in the old place: created nonconformities/NC-2026-001.yaml"]
    );
    assert_eq!(
        trail["records"][0]["file"],
        "nonconformities/2026/NC-2026-001.yaml"
    );
}

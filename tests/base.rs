//! `lint --base` on repositories scripted here with fixed dates: branches
//! behind their base, two branches taking the same id, swaps, renames with
//! new ids, edits of closed records, backdating, unsigned commits, shallow
//! clones.

mod common;

use common::repo::{Repo, record, sign_head};
use common::{ncreg, stderr, stdout};
use serde_json::Value;

const CLOSED_EXTRA: &str = "root_cause:\n  method: other\n  cause: The offboarding checklist has no step to notify IT.\n  category: process-design\nactions:\n  - id: 1\n    description: Add a notify-IT step to the offboarding checklist.\n    owner: H. Director\n    due: 2026-03-10\n    done: 2026-03-05\n    evidence: [https://tickets.example.com/1]\nverification:\n  method: Leaver list compared with active accounts for two months.\n  date: 2026-03-20\n  result: effective\n  evidence: [https://tickets.example.com/2]\nclosed: 2026-03-21\n";

/// The git findings of `lint --base main`, as "code file", sorted.
fn base_findings(repo: &Repo) -> Vec<String> {
    findings_against(repo, "main")
}

/// The git findings of `lint --base REV`, as "code file", sorted.
fn findings_against(repo: &Repo, rev: &str) -> Vec<String> {
    let mut found: Vec<String> = git_diagnostics(repo, rev)
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["rule"].as_str().unwrap(),
                d["file"].as_str().unwrap()
            )
        })
        .collect();
    found.sort();
    found
}

/// The H diagnostics of `lint --base REV --format=json`.
fn git_diagnostics(repo: &Repo, rev: &str) -> Vec<Value> {
    let out = ncreg(
        repo.path(),
        &["lint", "--base", rev, "--format=json", "--as-of=2026-04-15"],
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
        .cloned()
        .collect()
}

/// The one git finding of `lint --base main`, which must have this rule and file.
fn only_finding(repo: &Repo, rule: &str, file: &str) -> Value {
    let found = git_diagnostics(repo, "main");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["rule"], rule);
    assert_eq!(found[0]["file"], format!("nonconformities/{file}"));
    found[0].clone()
}

/// The text of a diagnostic's field.
fn said(d: &Value, field: &str) -> String {
    d[field].as_str().unwrap().to_string()
}

/// A record raised just before the checks' `--as-of` (not backdated).
fn fresh(id: &str, as_id: &str) -> String {
    renamed(id, as_id).replace("identified: 2026-03-01", "identified: 2026-04-10")
}

/// The record of `id`'s finding, carrying the id `as_id`.
fn renamed(id: &str, as_id: &str) -> String {
    record(id, "open", "").replace(&format!("id: {id}"), &format!("id: {as_id}"))
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
    assert_eq!(
        base_findings(&repo),
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

#[test]
fn a_branch_behind_its_base_is_not_blamed_for_what_the_base_gained() {
    let repo = base_repo();
    repo.git(&["checkout", "-q", "main"]);
    repo.put("NC-2026-006.yaml", &record("NC-2026-006", "open", ""));
    repo.git(&["rm", "-q", "nonconformities/NC-2026-004.yaml"]);
    repo.commit("Main gains a record (and loses one)");
    // Merely behind main: nothing of main's is this branch's doing.
    repo.git(&["checkout", "-q", "-b", "behind", "main~1"]);
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    for spec in ["main...HEAD", "main..."] {
        assert_eq!(
            findings_against(&repo, spec),
            Vec::<String>::new(),
            "{spec}"
        );
    }
    // Its own damage is still seen, against the merge base.
    std::fs::remove_file(repo.path().join("nonconformities/NC-2026-001.yaml")).unwrap();
    let found = only_finding(&repo, "H001", "NC-2026-001.yaml");
    assert!(
        said(&found, "message").contains("`main` (merge base "),
        "{found}"
    );
    let bad = ncreg(repo.path(), &["lint", "--base", "main...other"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("must be HEAD"), "{}", stderr(&bad));
}

#[test]
fn two_branches_taking_the_same_next_id_collide() {
    let repo = base_repo();
    repo.git(&["checkout", "-q", "-b", "first", "main"]);
    repo.put(
        "NC-2026-005-phishing.yaml",
        &fresh("NC-2026-005", "NC-2026-005"),
    );
    repo.commit("Log the phishing finding as NC-2026-005");
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["merge", "-q", "--no-ff", "-m", "Merge first", "first"]);
    repo.git(&["checkout", "-q", "change"]);
    repo.put(
        "NC-2026-005-laptops.yaml",
        &fresh("NC-2026-006", "NC-2026-005"),
    );
    repo.commit("Log the laptop finding as NC-2026-005");
    // On the branch's own head (no merged checkout): main gained the id.
    let found = only_finding(&repo, "H005", "NC-2026-005-laptops.yaml");
    assert!(said(&found, "message").contains("nonconformities/NC-2026-005-phishing.yaml"));
    assert!(found["help"].as_str().unwrap().contains("ncreg renumber"));
    // With main merged in, the id is taken at the merge base itself.
    repo.git(&["merge", "-q", "--no-edit", "main"]);
    assert_eq!(
        base_findings(&repo),
        ["H005 nonconformities/NC-2026-005-laptops.yaml"]
    );
    // `renumber` resolves it: next free id, file renamed, lint clean.
    let out = ncreg(
        repo.path(),
        &[
            "renumber",
            "nonconformities/NC-2026-005-laptops.yaml",
            "--next",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("NC-2026-005 -> NC-2026-006"),
        "{}",
        stdout(&out)
    );
    let status = repo.git(&["status", "--porcelain"]);
    assert!(
        status.contains("RM nonconformities/NC-2026-005-laptops.yaml -> nonconformities/NC-2026-006-laptops.yaml"),
        "{status}"
    );
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    let lint = ncreg(
        repo.path(),
        &["lint", "--as-of=2026-04-15", "--format=json"],
    );
    let doc: Value = serde_json::from_slice(&lint.stdout).unwrap();
    assert!(
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["rule"] != "S008"),
        "{doc:#}"
    );
    repo.commit("Renumber the laptop finding");
    assert_eq!(base_findings(&repo), Vec::<String>::new());

    // The same record added on both sides (a cherry-pick) is no collision.
    repo.git(&["checkout", "-q", "-b", "picked", "first~1"]);
    repo.git(&["cherry-pick", "first"]);
    assert_eq!(base_findings(&repo), Vec::<String>::new());
}

#[test]
fn swapped_ids_are_id_changes_of_both_records_with_or_without_their_files() {
    let repo = base_repo();
    repo.put("NC-2026-003.yaml", &renamed("NC-2026-003", "NC-2026-004"));
    repo.put("NC-2026-004.yaml", &renamed("NC-2026-004", "NC-2026-003"));
    let both = [
        "H003 nonconformities/NC-2026-003.yaml",
        "H003 nonconformities/NC-2026-004.yaml",
    ];
    assert_eq!(base_findings(&repo), both);
    // Each finding moved to the other's file along with the other's id.
    repo.put("NC-2026-004.yaml", &renamed("NC-2026-003", "NC-2026-004"));
    repo.put("NC-2026-003.yaml", &renamed("NC-2026-004", "NC-2026-003"));
    assert_eq!(base_findings(&repo), both);
    let messages: Vec<String> = git_diagnostics(&repo, "main")
        .iter()
        .map(|d| d["message"].as_str().unwrap().to_string())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("from `NC-2026-003`") && m.contains("to `NC-2026-004`")),
        "{messages:?}"
    );
}

#[test]
fn a_record_renamed_with_a_new_id_is_an_id_change_not_a_deletion() {
    let repo = base_repo();
    std::fs::remove_file(repo.path().join("nonconformities/NC-2026-003.yaml")).unwrap();
    repo.put(
        "NC-2026-031-badges.yaml",
        &renamed("NC-2026-003", "NC-2026-031"),
    );
    assert_eq!(
        base_findings(&repo),
        ["H003 nonconformities/NC-2026-031-badges.yaml"]
    );
    // A file replaced by a different finding is a deletion and a new record.
    repo.put(
        "NC-2026-031-badges.yaml",
        &fresh("NC-2026-031", "NC-2026-031"),
    );
    assert_eq!(
        base_findings(&repo),
        ["H001 nonconformities/NC-2026-003.yaml"]
    );
}

#[test]
fn an_action_inserted_at_the_top_leaves_the_other_dates_alone() {
    let repo = Repo::new();
    let action = |id: u32, done: &str| {
        format!(
            "  - id: {id}\n    description: Automate the leaver feed.\n    owner: J. Admin\n    due: 2026-06-01\n{done}"
        )
    };
    let done = "    done: 2026-03-05\n    evidence: [https://tickets.example.com/1]\n";
    repo.put(
        "NC-2026-001.yaml",
        &record(
            "NC-2026-001",
            "planned",
            &format!("actions:\n{}", action(1, done)),
        ),
    );
    repo.commit("Plan NC-2026-001");
    repo.git(&["checkout", "-q", "-b", "change"]);
    repo.put(
        "NC-2026-001.yaml",
        &record(
            "NC-2026-001",
            "planned",
            &format!("actions:\n{}{}", action(2, ""), action(1, done)),
        ),
    );
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    // A done date written now, weeks after the event, is still seen.
    repo.put(
        "NC-2026-001.yaml",
        &record(
            "NC-2026-001",
            "planned",
            &format!(
                "actions:\n{}{}",
                action(2, "    done: 2026-03-02\n"),
                action(1, done)
            ),
        ),
    );
    let found = only_finding(&repo, "H004", "NC-2026-001.yaml");
    assert!(
        said(&found, "message").contains("actions[2].done"),
        "{found}"
    );
}

#[test]
fn a_record_brought_back_after_its_deletion_is_not_backdated() {
    let repo = base_repo();
    repo.git(&["checkout", "-q", "main"]);
    repo.git(&["rm", "-q", "nonconformities/NC-2026-003.yaml"]);
    repo.commit("Delete NC-2026-003 by mistake");
    repo.git(&["checkout", "-q", "-B", "change"]);
    // As H001's help says: bring the file back from history.
    repo.git(&["revert", "--no-edit", "HEAD"]);
    // Its dates were written when it was first committed, not now.
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    // A date changed as it comes back is new, and so is a new record's.
    repo.put(
        "NC-2026-003.yaml",
        &record("NC-2026-003", "open", "")
            .replace("identified: 2026-03-01", "identified: 2026-02-20"),
    );
    repo.put("NC-2026-005.yaml", &renamed("NC-2026-004", "NC-2026-005"));
    assert_eq!(
        base_findings(&repo),
        [
            "H004 nonconformities/NC-2026-003.yaml",
            "H004 nonconformities/NC-2026-005.yaml"
        ]
    );
}

#[test]
fn a_shallow_clone_without_the_merge_base_exits_2_and_says_how_to_fetch() {
    let repo = base_repo();
    repo.put("NC-2026-005.yaml", &record("NC-2026-005", "open", ""));
    repo.commit("Branch work");
    repo.git(&["checkout", "-q", "main"]);
    repo.write("README.md", "main moves on\n");
    repo.commit("Main moves on");
    let clone = repo.shallow_clone(&["--no-single-branch", "--branch", "change"]);
    let out = ncreg(clone.path(), &["lint", "--base", "origin/main"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(stderr(&out).contains("shallow clone"), "{}", stderr(&out));
    assert!(stderr(&out).contains("fetch-depth: 0"), "{}", stderr(&out));
}

#[test]
fn with_require_signed_every_commit_that_touches_records_must_be_signed() {
    let repo = base_repo();
    repo.git(&["checkout", "-q", "main"]);
    repo.write("ncreg.yaml", "require_signed: true\n");
    repo.commit("Require signed commits");
    repo.git(&["checkout", "-q", "change"]);
    repo.git(&["merge", "-q", "--no-edit", "main"]);
    repo.put("NC-2026-005.yaml", &fresh("NC-2026-005", "NC-2026-005"));
    repo.commit("Log NC-2026-005");
    repo.write("README.md", "no records touched\n");
    repo.commit("Docs only");
    let found = only_finding(&repo, "H007", "NC-2026-005.yaml");
    assert!(
        said(&found, "message").contains("Log NC-2026-005"),
        "{found}"
    );
    // Signed, the same change passes.
    repo.git(&["reset", "-q", "--hard", "HEAD~1"]);
    sign_head(&repo);
    assert_eq!(base_findings(&repo), Vec::<String>::new());
}

#[test]
fn a_deadline_moved_without_an_extension_fails_and_with_one_passes() {
    let repo = base_repo();
    let planned = |target: &str, extra: &str| {
        record("NC-2026-003", "open", "")
            .replace("target_date: 2026-12-31", &format!("target_date: {target}"))
            + extra
    };
    repo.git(&["checkout", "-q", "main"]);
    repo.put("NC-2026-003.yaml", &planned("2026-05-31", ""));
    repo.commit("NC-2026-003 due end of May");
    repo.git(&["checkout", "-q", "change"]);
    repo.git(&["merge", "-q", "--no-edit", "main"]);
    repo.put("NC-2026-003.yaml", &planned("2026-06-30", ""));
    let found = only_finding(&repo, "H006", "NC-2026-003.yaml");
    assert!(
        said(&found, "message").contains("`target_date` moved from 2026-05-31 to 2026-06-30"),
        "{found}"
    );
    let extension = |from: &str, to: &str| {
        format!(
            "  - field: target_date\n    from: {from}\n    to: {to}\n    requested: 2026-04-10\n    approved_by: H. Director\n    reason: The HR system upgrade moved to June.\n"
        )
    };
    let one = format!("extensions:\n{}", extension("2026-05-31", "2026-06-30"));
    repo.put("NC-2026-003.yaml", &planned("2026-06-30", &one));
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    // Two agreed steps in one change are a chain from the old date to the new.
    let two = format!(
        "extensions:\n{}{}",
        extension("2026-05-31", "2026-06-30"),
        extension("2026-06-30", "2026-07-31")
    );
    repo.put("NC-2026-003.yaml", &planned("2026-07-31", &two));
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    // An extension that does not reach the new date does not cover it.
    repo.put("NC-2026-003.yaml", &planned("2026-08-31", &two));
    assert_eq!(
        base_findings(&repo),
        ["H006 nonconformities/NC-2026-003.yaml"]
    );
    // Bringing a deadline forward needs no extension.
    repo.put("NC-2026-003.yaml", &planned("2026-05-15", ""));
    assert_eq!(base_findings(&repo), Vec::<String>::new());
}

#[test]
fn a_computed_deadline_moves_with_the_dates_it_is_computed_from() {
    let repo = base_repo();
    // No target date: closure is due 90 days after `identified` (2026-05-30).
    let open = record("NC-2026-003", "open", "").replace("target_date: 2026-12-31\n", "");
    repo.git(&["checkout", "-q", "main"]);
    repo.put("NC-2026-003.yaml", &open);
    repo.commit("NC-2026-003 without a target date");
    repo.git(&["checkout", "-q", "change"]);
    repo.git(&["merge", "-q", "--no-edit", "main"]);
    let extension = "extensions:\n  - field: target_date\n    from: 2026-05-30\n    to: 2026-12-31\n    requested: 2026-04-10\n    approved_by: H. Director\n    reason: The HR system upgrade moved to December.\n";
    for (text, expected) in [
        // A target date written later than the computed one moves it.
        (
            format!("{open}target_date: 2026-12-31\n"),
            Some(
                "`target_date` moved from 2026-05-30 (`deadlines.minor_close_days` (90) after `identified`) to 2026-12-31",
            ),
        ),
        (format!("{open}target_date: 2026-12-31\n{extension}"), None),
        // An earlier one is no move.
        (format!("{open}target_date: 2026-05-15\n"), None),
        // So does the date it is computed from.
        (
            open.replace("identified: 2026-03-01", "identified: 2026-04-01"),
            Some("to 2026-06-30 (`deadlines.minor_close_days` (90) after `identified`)"),
        ),
    ] {
        repo.put("NC-2026-003.yaml", &text);
        match expected {
            Some(expected) => {
                let found = only_finding(&repo, "H006", "NC-2026-003.yaml");
                assert!(said(&found, "message").contains(expected), "{found}");
            }
            None => assert_eq!(base_findings(&repo), Vec::<String>::new()),
        }
    }
}

#[test]
fn an_action_due_date_moved_is_found_by_the_action_id() {
    let repo = Repo::new();
    let actions = |first_due: &str| {
        format!(
            "actions:\n  - id: 4\n    description: Automate the leaver feed.\n    owner: J. Admin\n    due: {first_due}\n  - id: 7\n    description: Review the checklist.\n    owner: H. Director\n    due: 2026-06-30\n"
        )
    };
    repo.put(
        "NC-2026-001.yaml",
        &record("NC-2026-001", "planned", &actions("2026-05-31")),
    );
    repo.commit("Plan");
    repo.git(&["checkout", "-q", "-b", "change"]);
    // Reordering the actions is no move; a later due date on action 4 is.
    let swapped = record(
        "NC-2026-001",
        "planned",
        "actions:\n  - id: 7\n    description: Review the checklist.\n    owner: H. Director\n    due: 2026-06-30\n  - id: 4\n    description: Automate the leaver feed.\n    owner: J. Admin\n    due: 2026-05-31\n",
    );
    repo.put("NC-2026-001.yaml", &swapped);
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    // Later, or taken out (which moves it further than any date: action 7
    // keeps one, so the record still has the due date its status needs).
    for (due, said_) in [
        ("    due: 2026-06-15\n", "`actions[4].due` moved"),
        ("", "`actions[4].due` (2026-05-31 at `main`) was taken out"),
    ] {
        repo.put(
            "NC-2026-001.yaml",
            &swapped.replace("    due: 2026-05-31\n", due),
        );
        let found = only_finding(&repo, "H006", "NC-2026-001.yaml");
        assert!(said(&found, "message").contains(said_), "{found}");
    }
    // Done, or gone with its action, it is no longer a deadline.
    let done = swapped.replace(
        "    due: 2026-05-31\n",
        "    done: 2026-04-01\n    evidence: [https://tickets.example.com/4]\n",
    );
    let gone = record(
        "NC-2026-001",
        "planned",
        "actions:\n  - id: 7\n    description: Review the checklist.\n    owner: H. Director\n    due: 2026-06-30\n",
    );
    for text in [done, gone] {
        repo.put("NC-2026-001.yaml", &text);
        assert_eq!(base_findings(&repo), Vec::<String>::new());
    }
    // Renumbered, the same action (the same text) is followed: its date
    // may not move with its id.
    let renumbered = |due: &str| {
        swapped
            .replace("id: 4", "id: 9")
            .replace("due: 2026-05-31", due)
    };
    repo.put("NC-2026-001.yaml", &renumbered("due: 2026-05-31"));
    assert_eq!(base_findings(&repo), Vec::<String>::new());
    repo.put("NC-2026-001.yaml", &renumbered("due: 2026-07-31"));
    let found = only_finding(&repo, "H006", "NC-2026-001.yaml");
    assert!(
        said(&found, "message").contains(
            "`actions[9].due` moved from 2026-05-31 (as `actions[4].due`, the same action under another id) to 2026-07-31"
        ),
        "{found}"
    );
    // Reworded as well, it is still followed; an action that says something
    // else is another action.
    let reworded = |description: &str| {
        renumbered("due: 2026-07-31").replace("Automate the leaver feed.", description)
    };
    repo.put(
        "NC-2026-001.yaml",
        &reworded("Automate the leaver feed from the HR system."),
    );
    let found = only_finding(&repo, "H006", "NC-2026-001.yaml");
    assert!(
        said(&found, "message").contains(
            "moved from 2026-05-31 (as `actions[4].due`, an action of nearly the same description under another id) to 2026-07-31"
        ),
        "{found}"
    );
    repo.put(
        "NC-2026-001.yaml",
        &reworded("Buy a cross-cut shredder for the office."),
    );
    assert_eq!(base_findings(&repo), Vec::<String>::new());
}

#[test]
fn a_single_branch_shallow_clone_says_how_to_fetch_the_base() {
    let repo = base_repo();
    repo.put("NC-2026-005.yaml", &fresh("NC-2026-005", "NC-2026-005"));
    repo.commit("Branch work");
    let clone = repo.shallow_clone(&["--branch", "change"]);
    let out = ncreg(clone.path(), &["lint", "--base", "origin/main"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("fetch-depth: 0"), "{}", stderr(&out));
}

//! A register full of hostile files: each bad file gets a located
//! diagnostic, good files get none, nothing panics, nothing is written.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{ncreg, stdout};

const GOOD: &str = "id: NC-2026-001\ntitle: Leavers keep access\nstatus: open\nclassification: minor\nidentified: 2026-03-14\nsource:\n  type: internal-audit\nrequirement:\n  basis: standard\n  clause: A.5.18\ndescription: Three leavers kept access.\ntarget_date: 2027-06-30\n";

/// A good record; each id on its own control, so register-wide rules
/// (G001 repeated findings) stay out of this test.
fn record(id: &str) -> String {
    let n: u32 = id[id.len() - 2..].parse().unwrap();
    GOOD.replace("NC-2026-001", id)
        .replace("A.5.18", &format!("A.5.{n}"))
}

/// Every file under `dir` with its bytes and modification time.
fn snapshot(dir: &Path) -> BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| {
            let bytes = std::fs::read(e.path()).ok()?;
            let mtime = e.metadata().ok()?.modified().ok()?;
            Some((e.path().display().to_string(), (bytes, mtime)))
        })
        .collect()
}

#[test]
fn every_hostile_file_is_diagnosed_and_the_good_ones_are_not() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let dir = root.join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    let write = |name: &str, bytes: &[u8]| std::fs::write(dir.join(name), bytes).unwrap();

    write("NC-2026-001-good.yaml", GOOD.as_bytes());
    let bom_crlf = format!("\u{feff}{}", record("NC-2026-002")).replace('\n', "\r\n");
    write("NC-2026-002-bom-crlf.yaml", bom_crlf.as_bytes());
    write(
        "NC-2026-003-tab.yaml",
        record("NC-2026-003")
            .replace("  type:", "\ttype:")
            .as_bytes(),
    );
    write(
        "NC-2026-004-duplicate-key.yaml",
        format!("{}status: closed\n", record("NC-2026-004")).as_bytes(),
    );
    let mut bomb = String::from("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (name, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        bomb += &format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{prev}"); 9].join(", ")
        );
    }
    write("NC-2026-005-alias-bomb.yaml", bomb.as_bytes());
    let mut latin1 = record("NC-2026-006").into_bytes();
    latin1.extend_from_slice(b"owner: Jos\xe9\n");
    write("NC-2026-006-latin1.yaml", &latin1);
    write("NC-2026-007-empty.yaml", b"");
    write("NC-2026-008-list.yaml", b"- id: NC-2026-008\n- title: x\n");
    let deep = "a: ".to_string() + &"[".repeat(20_000) + &"]".repeat(20_000) + "\n";
    write("NC-2026-009-deep.yaml", deep.as_bytes());
    let mut huge = record("NC-2026-010");
    huge.push_str("description: |\n");
    let line = "  lorem ipsum dolor sit amet, consectetur adipiscing elit\n";
    while huge.len() < 30 * 1024 * 1024 {
        huge.push_str(line);
    }
    write("NC-2026-010-huge.yaml", huge.as_bytes());
    write(
        "NC-2026-011-bad-date.yaml",
        record("NC-2026-011")
            .replace("2026-03-14", "2026-02-31")
            .as_bytes(),
    );
    write(
        "NC-2026-012-typo.yaml",
        format!("{}root_casue: x\n", record("NC-2026-012")).as_bytes(),
    );
    write("NC-2026-013-binary.yaml", b"id: NC-2026-013\n\0\0\x01\x02");
    write("NC-2026-014-scalar.yaml", b"just some words\n");
    std::os::unix::fs::symlink("/etc/passwd", dir.join("NC-2026-015-symlink.yaml")).unwrap();
    let fifo = dir.join("NC-2026-016-fifo.yaml");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    write("NC-2026-017-good.yml", record("NC-2026-017").as_bytes());
    std::os::unix::fs::symlink("/etc", root.join("evidence-link")).unwrap();
    let cites_link = record("NC-2026-018").replace(
        "status: open",
        "status: open\nactions:\n  - description: d\n    evidence: [evidence-link/passwd]",
    );
    write("NC-2026-018-evidence-symlink.yaml", cites_link.as_bytes());

    let before = snapshot(root);
    let out = ncreg(root, &["lint", "--format=json", "--as-of=2026-11-28"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "stderr: {}",
        common::stderr(&out)
    );
    assert_eq!(
        before,
        snapshot(root),
        "lint must not write to the register"
    );

    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in doc["diagnostics"].as_array().unwrap() {
        assert!(
            d["line"].as_u64().unwrap() >= 1 && d["column"].as_u64().unwrap() >= 1,
            "{d}"
        );
        let file = d["file"]
            .as_str()
            .unwrap()
            .trim_start_matches("nonconformities/")
            .to_string();
        by_file.entry(file).or_default().push(format!(
            "{} {}:{}",
            d["rule"].as_str().unwrap(),
            d["line"],
            d["column"]
        ));
    }
    let expect = [
        ("NC-2026-003-tab.yaml", "S001 7:1"),
        ("NC-2026-004-duplicate-key.yaml", "S006 13:1"),
        ("NC-2026-005-alias-bomb.yaml", "S001"),
        ("NC-2026-006-latin1.yaml", "S001 13:1"),
        ("NC-2026-007-empty.yaml", "S001 1:1"),
        ("NC-2026-008-list.yaml", "S004 1:1"),
        ("NC-2026-009-deep.yaml", "S001 1:"),
        ("NC-2026-010-huge.yaml", "S001 1:1"),
        ("NC-2026-011-bad-date.yaml", "S005 5:13"),
        ("NC-2026-012-typo.yaml", "S002 13:1"),
        ("NC-2026-013-binary.yaml", "S001 2:1"),
        ("NC-2026-014-scalar.yaml", "S004 1:1"),
        ("NC-2026-015-symlink.yaml", "S001 1:1"),
        ("NC-2026-016-fifo.yaml", "S001 1:1"),
        ("NC-2026-018-evidence-symlink.yaml", "E002 6:16"),
    ];
    for (file, first) in expect {
        let got = by_file
            .get(file)
            .unwrap_or_else(|| panic!("{file} was not diagnosed: {by_file:#?}"));
        assert!(
            got.iter().any(|g| g.starts_with(first)),
            "{file}: expected {first}, got {got:?}"
        );
    }
    for good in [
        "NC-2026-001-good.yaml",
        "NC-2026-002-bom-crlf.yaml",
        "NC-2026-017-good.yml",
    ] {
        assert!(!by_file.contains_key(good), "{good}: {:?}", by_file[good]);
    }
    assert_eq!(doc["summary"]["files"], 18);

    let human = ncreg(root, &["lint", "--color=never", "--as-of=2026-11-28"]);
    assert_eq!(human.status.code(), Some(1));
    assert!(stdout(&human).contains("nonconformities/NC-2026-006-latin1.yaml:13:1"));
}

#[test]
fn an_unreadable_file_is_reported_when_permissions_apply() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    let path = dir.join("NC-2026-001.yaml");
    std::fs::write(&path, record("NC-2026-001")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = ncreg(tmp.path(), &["lint", "--format=json", "--as-of=2026-11-28"]);
    let readable_anyway = std::fs::read(&path).is_ok(); // root reads everything
    if readable_anyway {
        assert_eq!(out.status.code(), Some(0));
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(stdout(&out).contains("cannot read the file"));
    }
}

#[test]
fn terminal_escapes_never_reach_a_terminal_or_a_log_and_uris_are_encoded() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    let hostile = record("NC-2026-116").replace(
        "classification: minor",
        "classification: \"\\e[31mmayor\\e[0m\\x9b2J\"",
    );
    std::fs::write(dir.join("NC-2026-116 with spaces.yaml"), &hostile).unwrap();
    for format in ["human", "github"] {
        let out = ncreg(
            tmp.path(),
            &["lint", "--color=never", &format!("--format={format}")],
        );
        let text = stdout(&out);
        assert!(text.contains("mayor"), "{format}: {text}");
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{9b}'),
            "{format} lets a control character through:\n{text}"
        );
    }
    let sarif = stdout(&ncreg(tmp.path(), &["lint", "--format=sarif"]));
    assert!(
        sarif.contains("\"uri\": \"nonconformities/NC-2026-116%20with%20spaces.yaml\""),
        "{sarif}"
    );
}

#[test]
fn a_huge_line_is_cut_in_messages_and_source_excerpts() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    let huge = "B".repeat(40_000);
    // The value starts early on its line; in the flow mapping, `status`
    // only after 40,000 characters, where no excerpt can reach.
    let early = record("NC-2026-001").replace("status: open", &format!("status: {huge}"));
    let late = format!(
        "{{id: NC-2026-002, title: \"{huge}\", status: bogus, classification: minor, identified: 2026-03-14, source: {{type: internal-audit}}, requirement: {{basis: standard, clause: A.5.18}}, description: Leavers, target_date: 2027-06-30}}\n"
    );
    std::fs::write(dir.join("NC-2026-001-early.yaml"), early).unwrap();
    std::fs::write(dir.join("NC-2026-002-late.yaml"), &late).unwrap();
    let out = ncreg(tmp.path(), &["lint", "--color=never"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.len() < 8_000, "{} bytes:\n{text}", text.len());
    assert!(text.contains("characters left out"), "{text}");
    assert!(text.contains("status: BBBB"), "{text}");
    assert!(text.contains('…'), "{text}");
    // Where the excerpt cannot show the value, the location still does.
    let column = late.find("bogus").unwrap() + 1;
    assert!(
        text.contains(&format!(
            "nonconformities/NC-2026-002-late.yaml:1:{column}: `bogus` is not"
        )),
        "{text}"
    );
    let json = stdout(&ncreg(tmp.path(), &["lint", "--format=json"]));
    assert!(json.len() < 8_000, "{} bytes", json.len());
}

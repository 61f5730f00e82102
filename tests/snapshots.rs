//! Exact-bytes snapshots of the lint outputs on a fixed register. Run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, and review
//! the diff.

mod common;

fn check(name: &str, args: &[&str]) {
    // A copy outside any git repository: paths are then relative to the register root.
    let tmp = tempfile::tempdir().unwrap();
    let src = common::repo_dir().join("tests/fixtures/registers/broken");
    common::copy_into(&src.join("ncreg.yaml"), tmp.path());
    common::copy_into(
        &src.join("nonconformities"),
        &tmp.path().join("nonconformities"),
    );
    let out = common::ncreg(tmp.path(), args);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    let path = common::repo_dir().join("tests/snapshots").join(name);
    let actual = common::stdout(&out);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(actual == expected, "{name} changed; got:\n{actual}");
}

#[test]
fn json_output() {
    check(
        "broken.json",
        &["lint", "--format=json", "--as-of=2026-11-28"],
    );
}

#[test]
fn human_output() {
    check(
        "broken.txt",
        &["lint", "--color=never", "--as-of=2026-11-28"],
    );
}

//! Exact-bytes snapshots of the lint outputs on a fixed register. Run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, and review
//! the diff.

mod common;

fn check(name: &str, args: &[&str]) {
    let reg = common::copy_register("tests/fixtures/registers/broken");
    let out = common::ncreg(reg.path(), args);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    common::snapshot(name, &common::stdout(&out));
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

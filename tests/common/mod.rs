//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod repo;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use chrono::NaiveDate;
use ncreg::lint::{self, Report};
use ncreg::register::{self, OpenError};

pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

pub fn repo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Lints the register at `root` through the library.
pub fn lint(root: &Path) -> Report {
    match register::open(Some(root), root) {
        Ok(reg) => lint::run(&reg, as_of(), &[], None).expect("register opens"),
        Err(OpenError::Fatal(m)) => panic!("cannot open {}: {m}", root.display()),
        Err(OpenError::Config { diagnostics, .. }) => panic!("bad config: {diagnostics:?}"),
    }
}

/// Copies a file or a folder's files into `dest`.
pub fn copy_into(src: &Path, dest: &Path) {
    std::fs::create_dir_all(dest).unwrap();
    if src.is_dir() {
        for entry in std::fs::read_dir(src).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dest.join(path.file_name().unwrap())).unwrap();
        }
    } else {
        std::fs::copy(src, dest.join(src.file_name().unwrap())).unwrap();
    }
}

/// Runs the built binary in `cwd`.
pub fn ncreg(cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ncreg"))
        .args(args)
        .current_dir(cwd)
        .env_remove("NO_COLOR")
        .output()
        .expect("the binary runs")
}

/// The `(label, statement)` rows of a corpus file (`tests/corpus/*.tsv`):
/// label<TAB>statement, then optionally <TAB>origin; `#` lines and blank
/// lines are comments.
pub fn labelled(path: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let mut fields = line.split('\t');
            let (Some(label), Some(statement)) = (fields.next(), fields.next()) else {
                panic!("label<TAB>text: {line}");
            };
            (label.to_string(), statement.to_string())
        })
        .collect()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Compares `actual` with `tests/snapshots/<name>`; `UPDATE_SNAPSHOTS=1`
/// rewrites the file instead (review the diff).
pub fn snapshot(name: &str, actual: &str) {
    let path = repo_dir().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(actual == expected, "{name} changed; got:\n{actual}");
}

/// A copy of a register folder of the project, outside any git repository,
/// so that paths in outputs do not depend on where the project is checked out.
pub fn copy_register(rel: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let src = repo_dir().join(rel);
    for entry in walkdir::WalkDir::new(&src)
        .into_iter()
        .filter_map(Result::ok)
    {
        let dest = tmp.path().join(entry.path().strip_prefix(&src).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&dest).unwrap();
        } else {
            std::fs::copy(entry.path(), &dest).unwrap();
        }
    }
    tmp
}

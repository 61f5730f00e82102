//! Property tests: records from the example register, mutated the way files
//! get damaged (bytes flipped, lines dropped or doubled, values retyped,
//! Unicode swapped in), never make ncreg panic, and every finding's span lies
//! inside its file and on character boundaries, so every output can show it.
//!
//! `PROPTEST_CASES` sets the number of cases (256 by default); `.ci/run` runs
//! this target at scale, in place of a coverage-guided fuzzer that would need
//! a nightly toolchain.

mod common;

use std::path::Path;

use proptest::prelude::*;

/// The example register's records, as seeds.
fn seeds() -> Vec<String> {
    let dir = common::repo_dir().join("example-register/nonconformities");
    let mut seeds: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    seeds.sort();
    seeds
}

#[derive(Clone, Debug)]
enum Mutation {
    /// Replaces the byte at (position % len) with this one.
    Byte(usize, u8),
    DropLine(usize),
    DoubleLine(usize),
    /// Gives the value on a line another YAML type.
    Retype(usize, &'static str),
    /// Inserts text at a char boundary near a position.
    Insert(usize, &'static str),
}

const RETYPED: &[&str] = &[
    "~",
    "[]",
    "{}",
    "[a, [b]]",
    "{a: 1}",
    "123",
    "1e9",
    "true",
    "2026-02-30",
    "-",
    "&a x",
    "*a",
    "!!binary aGk=",
    "'",
    "\"\\u0000\"",
    "|\n  block",
    "? complex",
];

const UNICODE: &[&str] = &[
    "é",
    "e\u{301}",
    "\u{202e}",
    "\u{2028}",
    "\u{feff}",
    "🙂",
    "\u{1b}[31m",
    "\t",
    "\r",
    "\0",
    "ǅ",
    "ß",
    // A name beyond ASCII after a title, in a statement R001 reads.
    " Dr Émile forgot ",
    "\u{10ffff}",
    "𝔘",
    "  ",
    "\n- ",
    ": ",
    "#",
];

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(p, b)| Mutation::Byte(p, b)),
        any::<usize>().prop_map(Mutation::DropLine),
        any::<usize>().prop_map(Mutation::DoubleLine),
        (any::<usize>(), prop::sample::select(RETYPED)).prop_map(|(l, v)| Mutation::Retype(l, v)),
        (any::<usize>(), prop::sample::select(UNICODE)).prop_map(|(p, t)| Mutation::Insert(p, t)),
    ]
}

fn apply(mut bytes: Vec<u8>, m: &Mutation) -> Vec<u8> {
    if bytes.is_empty() {
        return bytes;
    }
    let lines =
        |b: &[u8]| -> Vec<Vec<u8>> { b.split(|c| *c == b'\n').map(<[u8]>::to_vec).collect() };
    match *m {
        Mutation::Byte(p, b) => {
            let i = p % bytes.len();
            bytes[i] = b;
            bytes
        }
        Mutation::DropLine(l) | Mutation::DoubleLine(l) => {
            let mut ls = lines(&bytes);
            let i = l % ls.len();
            if matches!(m, Mutation::DropLine(_)) {
                ls.remove(i);
            } else {
                let line = ls[i].clone();
                ls.insert(i, line);
            }
            ls.join(&b'\n')
        }
        Mutation::Retype(l, value) => {
            let mut ls = lines(&bytes);
            let i = l % ls.len();
            if let Some(colon) = ls[i].windows(2).position(|w| w == b": ") {
                ls[i].truncate(colon + 2);
                ls[i].extend_from_slice(value.as_bytes());
            }
            ls.join(&b'\n')
        }
        Mutation::Insert(p, text) => {
            let s = String::from_utf8_lossy(&bytes).into_owned();
            let mut i = p % (s.len() + 1);
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            let mut s = s;
            s.insert_str(i, text);
            s.into_bytes()
        }
    }
}

fn check(root: &Path) -> Result<(), TestCaseError> {
    let report = common::lint(root);
    for d in &report.diagnostics {
        let text = report.sources.text(&d.file);
        for span in std::iter::once(d.span).chain(d.labels.iter().map(|(s, _)| *s)) {
            let (start, end) = (span.start as usize, span.end as usize);
            prop_assert!(
                start <= end && end <= text.len(),
                "{} span {start}..{end} outside a {}-byte file",
                d.code,
                text.len()
            );
            prop_assert!(
                text.is_char_boundary(start) && text.is_char_boundary(end),
                "{} span {start}..{end} splits a character",
                d.code
            );
        }
    }
    let mut out = Vec::new();
    ncreg::output::human::write(&report, false, false, &mut out).unwrap();
    ncreg::output::json::write(&report, &mut out).unwrap();
    ncreg::output::sarif::write(&report, &mut out).unwrap();
    ncreg::output::github::write(&report, &mut out).unwrap();
    ncreg::output::codeclimate::write(&report, &mut out).unwrap();
    Ok(())
}

proptest! {
    #[test]
    fn mutated_records_never_panic_and_spans_stay_in_their_file(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let seeds = seeds();
        let mut bytes = seed.get(&seeds).clone().into_bytes();
        for m in &mutations {
            bytes = apply(bytes, m);
        }
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("nonconformities");
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("NC-2026-001-mutated.yaml"), &bytes).unwrap();
        check(tmp.path())?;
    }
}

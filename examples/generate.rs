//! Writes a synthetic but valid register for benchmarks:
//!
//!     cargo run --release --example generate -- DIR --records 10000 [--commits 10000]
//!
//! With `--commits M`, DIR becomes a git repository whose history has M
//! commits: one that adds every record, then M-1 that each edit one record
//! (status moves, actions done, dates). History is written with
//! `git fast-import`, so 10,000 commits take seconds. Output is the same for
//! the same arguments (a fixed pseudo-random sequence).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const CLAUSES: &[&str] = &[
    "A.5.18", "A.5.22", "A.8.13", "A.8.8", "A.5.15", "9.2.2", "9.3.2", "7.2", "8.2", "A.6.3",
    "A.5.9", "A.8.16",
];
const OWNERS: &[&str] = &[
    "Q. Manager",
    "H. Director",
    "J. Admin",
    "P. Buyer",
    "R. Analyst",
    "S. Trainer",
];
const SOURCES: &[&str] = &[
    "internal-audit",
    "self-identified",
    "incident",
    "management-review",
    "metric-review",
];
/// Causes and action plans are the labelled statements of `tests/corpus`,
/// so that the rules that read text meet sentences as varied as in a real
/// register (five causes repeated ten thousand times let the regex engines'
/// caches answer from memory). One cause in five blames a person and one
/// plan in five is weak, as in a register that needs work; each statement
/// then has two words swapped for others of the corpus (`varied`).
const CAUSES: &str = include_str!("../tests/corpus/causes.tsv");
const ACTIONS: &str = include_str!("../tests/corpus/actions.tsv");

/// The statements of a corpus file: (good, bad) by their label.
fn statements(tsv: &'static str, bad: &str) -> (Vec<&'static str>, Vec<&'static str>) {
    let mut split = (Vec::new(), Vec::new());
    for line in tsv.lines().filter(|l| !l.starts_with('#')) {
        let mut columns = line.split('\t');
        let (Some(label), Some(text)) = (columns.next(), columns.next()) else {
            continue;
        };
        if label == bad {
            split.1.push(text);
        } else {
            split.0.push(text);
        }
    }
    split
}

/// A YAML double-quoted string.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic and good enough for test data.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

struct Texts {
    causes: (Vec<&'static str>, Vec<&'static str>),
    actions: (Vec<&'static str>, Vec<&'static str>),
    /// The corpus's longer lower-case words, for `varied`.
    words: Vec<&'static str>,
}

impl Texts {
    fn new() -> Texts {
        let mut words: Vec<&'static str> = [CAUSES, ACTIONS]
            .iter()
            .flat_map(|tsv| tsv.lines().filter(|l| !l.starts_with('#')))
            .filter_map(|l| l.split('\t').nth(1))
            .flat_map(|text| text.split(' '))
            .filter(|w| swappable(w))
            .collect();
        words.sort_unstable();
        words.dedup();
        Texts {
            causes: statements(CAUSES, "shallow"),
            actions: statements(ACTIONS, "weak"),
            words,
        }
    }
}

fn swappable(word: &str) -> bool {
    word.len() >= 5 && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// One of a corpus's statements: a bad one once in five.
fn statement(rng: &mut Rng, (good, bad): &(Vec<&'static str>, Vec<&'static str>)) -> &'static str {
    if rng.below(5) == 0 {
        rng.pick(bad)
    } else {
        rng.pick(good)
    }
}

/// One of a corpus's statements with two of its words swapped for others of the corpus: a
/// real register repeats no sentence, and the rules that read text cost
/// most on sentences they have not met (the swap may turn a statement's
/// label, so the share of findings is near, not exactly, one in five).
fn varied(
    rng: &mut Rng,
    statements: &(Vec<&'static str>, Vec<&'static str>),
    texts: &Texts,
) -> String {
    let mut words: Vec<&str> = statement(rng, statements).split(' ').collect();
    for _ in 0..2 {
        let at = rng.below(words.len() as u64) as usize;
        if swappable(words[at]) {
            words[at] = rng.pick(&texts.words);
        }
    }
    words.join(" ")
}

/// A record at stage 0 (open) to 4 (closed).
fn record(id: &str, n: usize, stage: u64, texts: &Texts, rng: &mut Rng) -> String {
    let year: i32 = id[3..7].parse().unwrap();
    let month = 1 + (n % 6) as u32;
    let day = 1 + (n % 27) as u32;
    let status = ["open", "planned", "implemented", "verified", "closed"][stage as usize];
    let class = if rng.below(10) == 0 { "major" } else { "minor" };
    let owner = rng.pick(OWNERS);
    let mut t = format!(
        "id: {id}\ntitle: Finding {n} on {clause}\nstatus: {status}\nclassification: {class}\nidentified: {year}-{month:02}-{day:02}\nsource:\n  type: {source}\n  reference: REF-{n}\nrequirement:\n  basis: standard\n  clause: \"{clause}\"\ndescription: |\n  Synthetic finding number {n}, written by the benchmark generator.\n  It stands for a real nonconformity of the same shape.\nowner: {owner}\ntarget_date: {year}-{m2:02}-{day:02}\n",
        clause = rng.pick(CLAUSES),
        source = rng.pick(SOURCES),
        m2 = month + 6,
    );
    if stage >= 1 {
        t += &format!(
            "root_cause:\n  method: five-whys\n  whys:\n    - why: Why did it happen?\n      because: The control was not designed for this case.\n    - why: Why was it not designed?\n      because: Nobody owned the design.\n    - why: Why did nobody own it?\n      because: Ownership was never assigned.\n  cause: {}\n  category: process-design\n",
            quoted(&varied(rng, &texts.causes, texts))
        );
        t += "actions:\n";
        let plan = varied(rng, &texts.actions, texts);
        for (i, action) in plan.split(" || ").enumerate() {
            t += &format!(
                "  - id: {}\n    description: {}\n    owner: {owner}\n    due: {year}-{:02}-{day:02}\n",
                i + 1,
                quoted(action),
                month + 2
            );
            if stage >= 2 {
                t += &format!(
                    "    done: {year}-{:02}-{day:02}\n    evidence: [https://tickets.example.com/{n}-{}]\n",
                    month + 1,
                    i + 1
                );
            }
        }
    }
    if stage >= 3 {
        t += &format!(
            "verification:\n  method: Records of the following quarter checked for the control operating.\n  date: {year}-{:02}-{day:02}\n  by: Q. Manager\n  result: effective\n  evidence: [https://tickets.example.com/v{n}]\nrisk:\n  update_required: false\n",
            month + 5
        );
    }
    if stage >= 4 {
        t += &format!("closed: {year}-{:02}-{day:02}\n", month + 6);
    }
    t
}

fn id_of(n: usize) -> String {
    format!("NC-{}-{:04}", 2015 + n % 11, n + 1)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .map(|v| v.parse::<usize>().expect("a number"))
    };
    let dir = PathBuf::from(
        args.first()
            .filter(|a| !a.starts_with("--"))
            .expect("usage: generate DIR --records N [--commits M]"),
    );
    let records = value("--records").unwrap_or(1000);
    let commits = value("--commits").unwrap_or(0);
    std::fs::create_dir_all(dir.join("nonconformities")).unwrap();
    std::fs::write(dir.join("ncreg.yaml"), "records_dir: nonconformities\n").unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut stages: Vec<u64> = (0..records).map(|_| rng.below(5)).collect();
    let corpus = Texts::new();
    let texts: Vec<String> = (0..records)
        .map(|n| record(&id_of(n), n, stages[n], &corpus, &mut rng))
        .collect();
    if commits == 0 {
        for (n, text) in texts.iter().enumerate() {
            std::fs::write(dir.join(format!("nonconformities/{}.yaml", id_of(n))), text).unwrap();
        }
        println!("{records} records in {}", dir.display());
        return;
    }
    history(&dir, &texts, &corpus, &mut stages, commits, &mut rng);
    println!(
        "{records} records and {commits} commits in {}",
        dir.display()
    );
}

/// The records' history through `git fast-import`, then a checkout.
fn history(
    dir: &Path,
    texts: &[String],
    corpus: &Texts,
    stages: &mut [u64],
    commits: usize,
    rng: &mut Rng,
) {
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(args)
            .current_dir(dir)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q", "-b", "main"]);
    let mut child = Command::new("git")
        .args(["fast-import", "--quiet"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = std::io::BufWriter::new(child.stdin.take().unwrap());
    let start: u64 = 1_735_689_600; // 2025-01-01
    let commit = |out: &mut dyn Write, mark: usize, message: &str, files: &[(String, &str)]| {
        let when = start + mark as u64 * 3600;
        writeln!(out, "commit refs/heads/main\nmark :{mark}").unwrap();
        writeln!(out, "author Generator <gen@example.com> {when} +0000\ncommitter Generator <gen@example.com> {when} +0000").unwrap();
        writeln!(out, "data {}\n{message}", message.len()).unwrap();
        if mark > 1 {
            writeln!(out, "from :{}", mark - 1).unwrap();
        }
        for (path, text) in files {
            writeln!(out, "M 100644 inline {path}\ndata {}\n{text}", text.len()).unwrap();
        }
        writeln!(out).unwrap();
    };
    let config = "records_dir: nonconformities\n";
    let mut all: Vec<(String, &str)> = vec![("ncreg.yaml".into(), config)];
    all.extend(
        texts
            .iter()
            .enumerate()
            .map(|(n, t)| (format!("nonconformities/{}.yaml", id_of(n)), t.as_str())),
    );
    commit(&mut out, 1, "Import the register", &all);
    for mark in 2..=commits {
        let n = rng.below(texts.len() as u64) as usize;
        stages[n] = (stages[n] + 1) % 5;
        let text = record(&id_of(n), n, stages[n], corpus, rng);
        commit(
            &mut out,
            mark,
            &format!("Update {}", id_of(n)),
            &[(format!("nonconformities/{}.yaml", id_of(n)), &text)],
        );
    }
    out.flush().unwrap();
    drop(out);
    assert!(child.wait().unwrap().success());
    git(&["checkout", "-q", "-f", "main"]);
}

//! Precision and recall of R001 and R002 on a labelled corpus of root-cause
//! statements and corrective-action sets (`tests/corpus/*.tsv`), including the
//! hard cases: negation, contrast, passive voice, curly apostrophes and
//! systemic causes that mention a person. The figures are printed (see them
//! with `cargo test -- --show-output`) and must stay above the targets.

mod common;

use ncreg::analysis::Phrases;

struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
    wrong: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
}

fn score(file: &str, positive: &str, predict: impl Fn(&str) -> bool) -> Score {
    // NCREG_CORPUS scores another folder of the same files: an unseen round
    // is scored this way before anyone reads its misses.
    let dir = std::env::var("NCREG_CORPUS")
        .unwrap_or_else(|_| format!("{}/tests/corpus", env!("CARGO_MANIFEST_DIR")));
    let path = format!("{dir}/{file}");
    let mut s = Score {
        tp: 0,
        fp: 0,
        fn_: 0,
        wrong: Vec::new(),
    };
    for (label, statement) in common::labelled(&path) {
        let actual = label == positive;
        let predicted = predict(&statement);
        match (actual, predicted) {
            (true, true) => s.tp += 1,
            (false, true) => s.fp += 1,
            (true, false) => s.fn_ += 1,
            (false, false) => {}
        }
        if actual != predicted {
            s.wrong.push(format!("{label}: {statement}"));
        }
    }
    s
}

fn report(rule: &str, s: &Score) {
    println!(
        "{rule}: precision {:.2}, recall {:.2} ({} true positives, {} false positives, {} missed)",
        s.precision(),
        s.recall(),
        s.tp,
        s.fp,
        s.fn_
    );
    for w in &s.wrong {
        println!("  misclassified {w}");
    }
    assert!(
        s.precision() >= 0.97 && s.recall() >= 0.97,
        "{rule} below target"
    );
}

#[test]
fn r001_classifies_root_causes() {
    let p = Phrases::builtin();
    let s = score("causes.tsv", "shallow", |c| p.shallow_cause(c).is_some());
    report("R001 shallow-root-cause", &s);
    assert!(s.tp + s.fn_ >= 40, "the corpus needs enough shallow causes");
}

#[test]
fn r002_classifies_action_sets() {
    let p = Phrases::builtin();
    let s = score("actions.tsv", "weak", |set| {
        set.split(" || ")
            .all(|a| p.rank(a).tier.is_some_and(|t| !t.corrects()))
    });
    report("R002 symptom-fix", &s);
    assert!(
        s.tp + s.fn_ >= 30,
        "the corpus needs enough weak action sets"
    );
}

//! `register --format oscal` checked by compliance-trestle, a real OSCAL
//! client, on the example register and on a 1,000-record one.
//!
//! trestle is found as `$NCREG_TRESTLE`, else `trestle` on the PATH.
//! `.ci/run` installs it into a virtual environment and sets
//! `NCREG_REQUIRE_TRESTLE=1`, so that in CI a missing trestle fails the test
//! instead of skipping the validation.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{ncreg, stdout};
use serde_json::Value;

const AS_OF: &str = "--as-of=2026-11-28";

fn trestle() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("NCREG_TRESTLE") {
        return Some(PathBuf::from(path));
    }
    let found = Command::new("trestle").arg("version").output().is_ok();
    if found {
        return Some(PathBuf::from("trestle"));
    }
    assert!(
        std::env::var_os("NCREG_REQUIRE_TRESTLE").is_none(),
        "NCREG_REQUIRE_TRESTLE is set but trestle was not found (set NCREG_TRESTLE)"
    );
    eprintln!("SKIPPED: compliance-trestle not found; the OSCAL output was not validated");
    None
}

/// Validates a POA&M with `trestle validate` in a fresh trestle workspace.
fn validate(trestle: &Path, poam: &str) {
    let ws = tempfile::tempdir().unwrap();
    let init = Command::new(trestle)
        .arg("init")
        .current_dir(ws.path())
        .output()
        .unwrap();
    assert!(init.status.success(), "{init:?}");
    let dir = ws.path().join("plan-of-action-and-milestones/ncreg");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plan-of-action-and-milestones.json");
    std::fs::write(&file, poam).unwrap();
    let out = Command::new(trestle)
        .args(["validate", "-f"])
        .arg(&file)
        .current_dir(ws.path())
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success() && said.contains("VALID"), "{said}");
}

fn example() -> tempfile::TempDir {
    common::copy_register("example-register")
}

#[test]
fn the_example_register_is_a_valid_poam_with_stable_uuids() {
    let reg = example();
    let out = ncreg(reg.path(), &["register", "--format=oscal", AS_OF]);
    assert_eq!(out.status.code(), Some(0));
    let again = ncreg(reg.path(), &["register", "--format=oscal", AS_OF]);
    assert_eq!(out.stdout, again.stdout, "re-exports diff cleanly");
    let text = stdout(&out);
    let doc: Value = serde_json::from_str(&text).unwrap();
    let poam = &doc["plan-of-action-and-milestones"];
    let records = std::fs::read_dir(reg.path().join("nonconformities"))
        .unwrap()
        .count();
    let items = poam["poam-items"].as_array().unwrap();
    assert_eq!(items.len(), records, "one poam-item per record");
    let mut uuids: Vec<&str> = items.iter().map(|i| i["uuid"].as_str().unwrap()).collect();
    uuids.sort();
    uuids.dedup();
    assert_eq!(uuids.len(), records);
    // NC-2026-002's two actions are its risk's milestones, with due dates.
    let item = items
        .iter()
        .find(|i| i["props"][0]["value"] == "NC-2026-002")
        .unwrap();
    assert!(
        item["props"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "classification" && p["value"] == "minor")
    );
    let risk_uuid = &item["related-risks"][0]["risk-uuid"];
    let risk = poam["risks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| &r["uuid"] == risk_uuid)
        .unwrap();
    let tasks = risk["remediations"][0]["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 2);
    assert_eq!(
        tasks[1]["timing"]["on-date"]["date"],
        "2026-05-31T00:00:00Z"
    );
    assert!(
        tasks[1]["props"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "tier" && p["value"] == "eliminate")
    );
    if let Some(t) = trestle() {
        validate(&t, &text);
    }
}

#[test]
fn a_thousand_records_validate_too() {
    // The example's records, copied under new ids, 1,000 in all.
    let reg = tempfile::tempdir().unwrap();
    let example = common::repo_dir().join("example-register");
    std::fs::copy(example.join("ncreg.yaml"), reg.path().join("ncreg.yaml")).unwrap();
    let dir = reg.path().join("nonconformities");
    std::fs::create_dir(&dir).unwrap();
    let seeds: Vec<String> = std::fs::read_dir(example.join("nonconformities"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for n in 0..1000 {
        let seed = &seeds[n % seeds.len()];
        let id = format!("NC-2030-{:04}", n + 1);
        let text = seed
            .lines()
            .map(|l| {
                if l.starts_with("id: ") {
                    format!("id: {id}")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(dir.join(format!("{id}.yaml")), text).unwrap();
    }
    let out = ncreg(reg.path(), &["register", "--format=oscal", AS_OF]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let doc: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        doc["plan-of-action-and-milestones"]["poam-items"]
            .as_array()
            .unwrap()
            .len(),
        1000
    );
    if let Some(t) = trestle() {
        validate(&t, &text);
    }
}

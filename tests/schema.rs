//! The JSON Schema for editors agrees with what ncreg reads, and every
//! example record validates against it with an independent validator.

mod common;

use ncreg::model::record::{
    self, AuditStage, Basis, CauseCategory, Classification, DisputeChannel, RcaMethod, SourceType,
    Status, VerificationResult,
};
use ncreg::reader::Choice;
use ncreg::yaml::{self, Node, NodeKind};
use serde_json::{Value, json};

fn schema() -> Value {
    serde_json::from_str(ncreg::SCHEMA).unwrap()
}

/// YAML 1.2 core-schema reading of a node, as an editor's validator sees it.
fn to_json(node: &Node) -> Value {
    match &node.kind {
        NodeKind::Null => Value::Null,
        NodeKind::Scalar(s) => match s.as_str() {
            "true" => json!(true),
            "false" => json!(false),
            _ => s
                .parse::<i64>()
                .map(Value::from)
                .or_else(|_| s.parse::<f64>().map(Value::from))
                .unwrap_or_else(|_| Value::from(s.as_str())),
        },
        NodeKind::Seq(items) => items.iter().map(to_json).collect(),
        NodeKind::Map(entries) => entries
            .iter()
            .map(|e| (e.key.clone(), to_json(&e.value)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

fn example_records() -> Vec<(String, String)> {
    let dir = common::repo_dir().join("example-register/nonconformities");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_record_validates_against_the_schema() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    for (path, text) in example_records() {
        assert!(
            text.starts_with(
                "# yaml-language-server: $schema=../../schema/nonconformity.schema.json\n"
            ),
            "{path} lacks the schema comment"
        );
        let instance = to_json(&yaml::parse(&text).unwrap());
        let errors: Vec<_> = validator
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
}

#[test]
fn the_schema_rejects_what_lint_rejects() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let (_, text) = &example_records()[0];
    let mut record = to_json(&yaml::parse(text).unwrap());
    record["root_casue"] = json!("x");
    assert!(!validator.is_valid(&record));
    let mut record = to_json(&yaml::parse(text).unwrap());
    record["status"] = json!("clsoed");
    assert!(!validator.is_valid(&record));
    // Misspelt new fields are flagged too.
    let mut record = to_json(&yaml::parse(text).unwrap());
    record["closed_bye"] = json!("H. Director");
    assert!(!validator.is_valid(&record));
    let mut record = to_json(&yaml::parse(text).unwrap());
    record["extensions"] = json!([{"field": "target_date", "from": "2026-05-31", "to": "2026-06-30", "requested": "2026-05-20", "approved_by": "H. Director", "reason": "r", "reasn": "typo"}]);
    assert!(!validator.is_valid(&record));
    record["extensions"][0]
        .as_object_mut()
        .unwrap()
        .remove("reasn");
    assert!(validator.is_valid(&record));
    record["extensions"][0]["field"] = json!("target_dat");
    assert!(!validator.is_valid(&record));
    let mut record = to_json(&yaml::parse(text).unwrap());
    record["extent_of_condition"] = json!({"checked": "2026-03-25", "scop": "x"});
    assert!(!validator.is_valid(&record));
    let mut record = to_json(&yaml::parse(text).unwrap());
    record["requirement"]["clause"] = json!(9.2);
    assert!(
        validator.is_valid(&record),
        "an unquoted clause is a number to editors"
    );
}

fn keys(props: &Value) -> Vec<String> {
    let mut keys: Vec<_> = props.as_object().unwrap().keys().cloned().collect();
    keys.sort();
    keys
}

fn sorted(known: &[&str]) -> Vec<String> {
    let mut k: Vec<_> = known.iter().map(|s| s.to_string()).collect();
    k.sort();
    k
}

#[test]
fn schema_fields_are_the_fields_ncreg_reads() {
    let s = schema();
    let p = &s["properties"];
    assert_eq!(keys(p), sorted(record::RECORD_KEYS));
    let sections = [
        ("source", record::SOURCE_KEYS),
        ("requirement", record::REQUIREMENT_KEYS),
        ("correction", record::CORRECTION_KEYS),
        ("root_cause", record::ROOT_CAUSE_KEYS),
        ("verification", record::VERIFICATION_KEYS),
        ("risk", record::RISK_KEYS),
        ("certification_body", record::CERTIFICATION_BODY_KEYS),
        ("dispute", record::DISPUTE_KEYS),
        ("reopened", record::REOPENED_KEYS),
        ("extent_of_condition", record::EXTENT_KEYS),
    ];
    for (name, known) in sections {
        assert_eq!(keys(&p[name]["properties"]), sorted(known), "{name}");
    }
    assert_eq!(
        keys(&p["actions"]["items"]["properties"]),
        sorted(record::ACTION_KEYS)
    );
    assert_eq!(
        keys(&p["waivers"]["items"]["properties"]),
        sorted(record::WAIVER_KEYS)
    );
    assert_eq!(
        keys(&p["extensions"]["items"]["properties"]),
        sorted(record::EXTENSION_KEYS)
    );
    assert_eq!(
        keys(&p["root_cause"]["properties"]["whys"]["items"]["properties"]),
        sorted(record::WHY_KEYS)
    );
}

#[test]
fn schema_enums_are_the_values_ncreg_accepts() {
    let s = schema();
    let p = &s["properties"];
    let values = |v: &Value| -> Vec<String> {
        v["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let list = |v: &[&str]| -> Vec<String> { v.iter().map(|s| s.to_string()).collect() };
    assert_eq!(values(&p["status"]), list(Status::VALUES));
    assert_eq!(values(&p["classification"]), list(Classification::VALUES));
    assert_eq!(
        values(&p["source"]["properties"]["type"]),
        list(SourceType::VALUES)
    );
    assert_eq!(
        values(&p["source"]["properties"]["audit_stage"]),
        list(AuditStage::VALUES)
    );
    assert_eq!(
        values(&p["requirement"]["properties"]["basis"]),
        list(Basis::VALUES)
    );
    assert_eq!(
        values(&p["root_cause"]["properties"]["method"]),
        list(RcaMethod::VALUES)
    );
    assert_eq!(
        values(&p["root_cause"]["properties"]["category"]),
        list(CauseCategory::VALUES)
    );
    assert_eq!(
        values(&p["verification"]["properties"]["result"]),
        list(VerificationResult::VALUES)
    );
    assert_eq!(
        values(&p["dispute"]["properties"]["channel"]),
        list(DisputeChannel::VALUES)
    );
}

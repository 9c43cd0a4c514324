//! Each rule against crafted cases: a valid fixture, changed by a few JSON edits, must make the
//! rule fire at the expected pointer (or stay quiet). Assertions are on rule id and pointer,
//! not on wording.

mod common;

use asylum_forms::finding::Finding;
use asylum_forms::schema::SchemaSet;
use chrono::NaiveDate;
use serde_json::Value;
use std::sync::OnceLock;

fn schemas() -> &'static SchemaSet {
    static S: OnceLock<SchemaSet> = OnceLock::new();
    S.get_or_init(|| SchemaSet::load().expect("schemas"))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn fixture(name: &str) -> Value {
    let path = common::root().join("fixtures/valid").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).expect("fixture JSON")
}

/// An edit: set the value at a pointer (creating the last key), or remove it (`None`).
type Edit<'a> = (&'a str, Option<Value>);

fn apply(mut doc: Value, edits: &[Edit]) -> Value {
    for (ptr, val) in edits {
        let (parent, key) = ptr.rsplit_once('/').expect("pointer");
        let target = doc
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("no {parent}"));
        match (target, val) {
            (Value::Object(o), Some(v)) => {
                o.insert(key.to_string(), v.clone());
            }
            (Value::Object(o), None) => {
                o.remove(key);
            }
            (Value::Array(a), Some(v)) => {
                if key == "-" {
                    a.push(v.clone());
                } else {
                    let i: usize = key.parse().expect("index");
                    a[i] = v.clone();
                }
            }
            (Value::Array(a), None) => {
                let i: usize = key.parse().expect("index");
                a.remove(i);
            }
            _ => panic!("{ptr}: parent is not a container"),
        }
    }
    doc
}

fn findings(doc: &Value) -> Vec<Finding> {
    let bytes = serde_json::to_vec(doc).expect("json");
    let out = asylum_forms::validate::check_bytes(&bytes, schemas(), today());
    let schema_errors: Vec<&Finding> = out
        .findings
        .iter()
        .filter(|f| f.code.starts_with("schema.") || f.code.starts_with("json."))
        .collect();
    assert!(
        schema_errors.is_empty(),
        "the crafted case must pass the schema: {schema_errors:#?}"
    );
    out.findings
}

struct Case<'a> {
    name: &'a str,
    fixture: &'a str,
    edits: Vec<Edit<'a>>,
    rule: &'a str,
    /// Some(pointer): the rule fires there. None: the rule stays quiet.
    fires_at: Option<&'a str>,
}

fn check(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in cases {
        let doc = apply(fixture(c.fixture), &c.edits);
        let got = findings(&doc);
        let of_rule: Vec<&Finding> = got.iter().filter(|f| f.code == c.rule).collect();
        match c.fires_at {
            Some(ptr) => {
                if !of_rule.iter().any(|f| f.pointer == ptr) {
                    failures.push(format!(
                        "{}: expected {} at {ptr}, got {:?}",
                        c.name,
                        c.rule,
                        of_rule
                            .iter()
                            .map(|f| (&f.pointer, &f.message))
                            .collect::<Vec<_>>()
                    ));
                }
            }
            None => {
                let loud: Vec<&&Finding> = of_rule
                    .iter()
                    .filter(|f| f.severity != asylum_forms::finding::Severity::Info)
                    .collect();
                if !loud.is_empty() {
                    failures.push(format!(
                        "{}: expected {} quiet, got {:?}",
                        c.name,
                        c.rule,
                        loud.iter()
                            .map(|f| (&f.pointer, &f.message))
                            .collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

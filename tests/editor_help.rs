//! What an editor shows for a case file: VS Code's JSON engine (the npm package
//! vscode-json-languageservice, run by tests/tools/hover.js) hovering over a sample of keys
//! shows each key's own question and description, not its type's generic text, and an enum
//! value's own meaning; and the schema's examples make a case that validates.

mod common;

use asylum_forms::schema::generate;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

/// The folder holding node_modules/vscode-json-languageservice, or None (the test then skips,
/// saying why) outside CI.
fn language_service() -> Option<PathBuf> {
    let tools = common::root().join("tests/tools");
    let ci = std::env::var_os("CI").is_some_and(|v| v == "true");
    let skip = |why: String| {
        assert!(!ci, "CI needs {why}");
        eprintln!("skipped: {why} (.ci/run installs it)");
        None
    };
    match Command::new("node").arg("--version").output() {
        Ok(o) if o.status.success() => {}
        _ => return skip("node (Node.js)".into()),
    }
    let found = Command::new("node")
        .args(["-e", "require.resolve('vscode-json-languageservice')"])
        .env("NODE_PATH", tools.join("node_modules"))
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        return skip(format!(
            "the npm package vscode-json-languageservice in {}/node_modules",
            tools.display()
        ));
    }
    Some(tools)
}

/// The property schema at `path` (a list of keys under `properties`) of a schema file, with
/// `$ref`s into other files followed.
fn property<'a>(docs: &'a [(&str, Value)], file: &str, path: &[&str]) -> &'a Value {
    let doc = |f: &str| {
        &docs
            .iter()
            .find(|(n, _)| *n == f)
            .unwrap_or_else(|| panic!("{f}"))
            .1
    };
    let mut file = file.to_string();
    let mut node = doc(&file);
    for (i, key) in path.iter().enumerate() {
        // Follow the node to the object that has the key.
        loop {
            if let Some(r) = node.get("$ref").and_then(Value::as_str) {
                let (f, frag) = r.split_once('#').unwrap_or((r, ""));
                if !f.is_empty() {
                    file = f.to_string();
                }
                node = if frag.is_empty() {
                    doc(&file)
                } else {
                    doc(&file).pointer(frag).expect("ref")
                };
            } else if let Some(items) = node.get("items") {
                node = items;
            } else {
                break;
            }
        }
        node = node
            .get("properties")
            .and_then(|p| p.get(*key))
            .unwrap_or_else(|| panic!("{key} at {i} of {path:?}"));
    }
    node
}

#[test]
fn hover_shows_each_keys_own_question_and_each_values_meaning() {
    let Some(tools) = language_service() else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tempdir");
    let case = tmp.path().join("case.json");
    let schemas = tmp.path().join("schemas");
    let out = common::bin()
        .args(["init", "--form", "i589", "--form", "i730", "--form", "i485"])
        .arg(&case)
        .arg("--schemas")
        .arg(&schemas)
        .output()
        .expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Values in the skeleton's enum keys, so that hover can name their meaning.
    let mut doc: Value =
        serde_json::from_slice(&std::fs::read(&case).expect("case")).expect("json");
    doc["forms"]["i730"][0]["status"] = Value::String("asylee".into());
    doc["forms"]["i589"]["filing"]["status"] = Value::String("intended".into());
    doc["people"][0]["marital_status"] = Value::String("separated".into());
    std::fs::write(&case, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");

    let docs = generate::generate_all();
    // (pointer in the case, schema file, property path): properties written as `$ref` plus
    // their own title and description (YesNo questions, person ids, filings, enums, dates).
    let sample: &[(&str, &str, &[&str])] = &[
        (
            "/forms/i589/part_b/past_harm",
            generate::I589_FILE,
            &["part_b", "past_harm"],
        ),
        (
            "/forms/i589/part_b/fear_of_torture",
            generate::I589_FILE,
            &["part_b", "fear_of_torture"],
        ),
        (
            "/forms/i589/part_c/returned",
            generate::I589_FILE,
            &["part_c", "returned"],
        ),
        ("/forms/i589/applicant", generate::I589_FILE, &["applicant"]),
        ("/forms/i589/filing", generate::I589_FILE, &["filing"]),
        ("/forms/i589/filing/status", generate::COMMON, &["status"]),
        (
            "/forms/i730/0/beneficiary",
            generate::I730_FILE,
            &["beneficiary"],
        ),
        ("/forms/i730/0/status", generate::I730_FILE, &["status"]),
        (
            "/forms/i730/0/late_filing",
            generate::I730_FILE,
            &["late_filing"],
        ),
        ("/forms/i485/0/category", generate::I485_FILE, &["category"]),
        (
            "/forms/i485/0/eligibility/criminal/arrested",
            generate::I485_FILE,
            &["eligibility", "criminal", "arrested"],
        ),
        ("/people/0/sex", generate::COMMON, &["sex"]),
        (
            "/people/0/marital_status",
            generate::COMMON,
            &["marital_status"],
        ),
        ("/people/0/a_number", generate::COMMON, &["a_number"]),
        ("/people/0/name", generate::COMMON, &["name"]),
    ];
    let person_path = |p: &[&str]| -> Vec<String> { p.iter().map(|s| s.to_string()).collect() };
    let mut pointers = Vec::new();
    let mut expected = Vec::new();
    for (pointer, file, path) in sample {
        let node = if *file == generate::COMMON && pointer.starts_with("/people/") {
            let defs = &docs
                .iter()
                .find(|(n, _)| *n == generate::COMMON)
                .expect("common")
                .1;
            defs.pointer(&format!(
                "/$defs/Person/properties/{}",
                person_path(path).join("/")
            ))
            .expect("person property")
        } else if *file == generate::COMMON {
            let defs = &docs
                .iter()
                .find(|(n, _)| *n == generate::COMMON)
                .expect("common")
                .1;
            defs.pointer("/$defs/Filing/properties/status")
                .expect("filing status")
        } else {
            property(&docs, file, path)
        };
        let title = node["title"].as_str().expect("title").to_string();
        let description = node["description"]
            .as_str()
            .expect("description")
            .to_string();
        pointers.push(pointer.to_string());
        expected.push((pointer.to_string(), title, description));
    }
    let out = Command::new("node")
        .arg(tools.join("hover.js"))
        .arg(&case)
        .args(&pointers)
        .env("NODE_PATH", tools.join("node_modules"))
        .output()
        .expect("node");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let hovers: Value = serde_json::from_slice(&out.stdout).expect("json");
    // The schema resolved (file:// only, no network): no "unable to load schema" problem.
    let problems = hovers["$problems"].as_array().expect("problems");
    assert!(
        !problems
            .iter()
            .any(|p| p.as_str().is_some_and(|m| m.contains("load"))),
        "{problems:?}"
    );
    let plain = |s: &str| -> String {
        s.replace('\\', "")
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    };
    for (pointer, title, description) in &expected {
        let hover = hovers[pointer.as_str()]
            .as_str()
            .unwrap_or_else(|| panic!("no hover at {pointer}"));
        let first_line = hover.lines().next().unwrap_or("");
        assert_eq!(
            plain(first_line),
            plain(title),
            "{pointer}: the title shown is not the key's own:\n{hover}"
        );
        let first_sentence = description.split("\n\n").next().unwrap_or("");
        assert!(
            plain(hover).contains(&plain(first_sentence)),
            "{pointer}: the description shown is not the key's own ({first_sentence}):\n{hover}"
        );
        assert!(!hover.starts_with("YesNo"), "{pointer}: {hover}");
    }
    // An enum value shows its own meaning under the key's text.
    let status = hovers["/forms/i730/0/status"].as_str().expect("hover");
    assert!(
        status.contains("Granted asylum in the United States"),
        "{status}"
    );
    let marital = hovers["/people/0/marital_status"].as_str().expect("hover");
    assert!(marital.contains("Legally separated"), "{marital}");
}

/// The case the schema's own examples make (`case_id`, `people`, `forms`) validates without
/// errors: an editor's example is a family that exists.
#[test]
fn the_schema_examples_make_a_valid_case() {
    let docs = generate::generate_all();
    let case_schema = &docs
        .iter()
        .find(|(n, _)| *n == generate::CASE)
        .expect("case schema")
        .1;
    let mut case = serde_json::Map::new();
    for (key, p) in case_schema["properties"].as_object().expect("properties") {
        if key == "$schema" {
            continue;
        }
        if let Some(ex) = p.get("examples").and_then(|e| e.get(0)) {
            if ["case_id", "people", "forms"].contains(&key.as_str()) {
                case.insert(key.clone(), ex.clone());
            }
        }
    }
    let bytes = serde_json::to_vec(&Value::Object(case)).expect("json");
    let schemas = asylum_forms::schema::SchemaSet::load().expect("schemas");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let outcome = asylum_forms::validate::check_bytes(&bytes, &schemas, today);
    let errors: Vec<String> = outcome
        .findings
        .iter()
        .filter(|f| f.severity == asylum_forms::finding::Severity::Error)
        .map(|f| format!("{} at {}: {}", f.code, f.pointer, f.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The marriage example is one that could exist: it ends after it began.
    let common = &docs
        .iter()
        .find(|(n, _)| *n == generate::COMMON)
        .expect("common")
        .1;
    let marriage = &common["$defs"]["Marriage"]["properties"];
    let began = marriage["date"]["examples"][0].as_str().expect("date");
    let ended = marriage["ended"]["examples"][0].as_str().expect("ended");
    assert!(began < ended, "{began} {ended}");
}

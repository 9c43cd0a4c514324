//! Golden field maps: for each valid fixture and each form it calls for, the list of
//! (field → value) the official blank receives, kept in tests/golden/ and reviewed by a person.
//! A wrong box shows up as a readable diff. `UPDATE_GOLDEN=1 cargo test --test golden_fields`
//! rewrites the files after a deliberate change.

mod common;

use asylum_forms::forms::fieldmap;
use asylum_forms::forms::values::{evaluate, FieldValue};
use serde_json::Value;

fn map_rows(form: &str) -> Option<Vec<fieldmap::Row>> {
    let path = common::root().join(format!(
        "form-templates/{form}/{}/fields.tsv",
        common::EDITION
    ));
    let text = std::fs::read_to_string(path).ok()?;
    Some(fieldmap::parse_map(&text).expect("map parses"))
}

/// (golden file name, form key, form JSON) for every form instance of a case.
fn instances(case: &Value) -> Vec<(String, &'static str, Value)> {
    let mut out = Vec::new();
    if let Some(f) = case.pointer("/forms/i589") {
        out.push(("i-589".to_string(), "i-589", f.clone()));
    }
    for (key, form) in [("i730", "i-730"), ("i485", "i-485")] {
        for (n, f) in case
            .pointer(&format!("/forms/{key}"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            out.push((format!("{form}-{}", n + 1), form, f.clone()));
        }
    }
    out
}

#[test]
fn field_values_match_the_reviewed_golden_files() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut diffs = Vec::new();
    let mut checked = 0;
    let dir = common::root().join("fixtures/valid");
    let mut fixtures: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    fixtures.sort();
    for path in fixtures {
        let case: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("case")
            .to_string();
        for (name, form, instance) in instances(&case) {
            let Some(rows) = map_rows(form) else { continue };
            let values = evaluate(&rows, &case, &instance);
            let mut text = String::from("field\tvalue\n");
            for (field, v) in &values {
                let shown = match v {
                    FieldValue::Text(s) => s.replace('\n', "\\n"),
                    FieldValue::Check(true) => "[X]".into(),
                    FieldValue::Check(false) => continue,
                };
                text.push_str(&format!("{field}\t{shown}\n"));
            }
            let golden = common::root()
                .join("tests/golden")
                .join(&stem)
                .join(format!("{name}.tsv"));
            if update {
                std::fs::create_dir_all(golden.parent().expect("dir")).expect("mkdir");
                std::fs::write(&golden, &text).expect("write golden");
            } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(text.as_str()) {
                diffs.push(format!(
                    "{} differs (UPDATE_GOLDEN=1 to accept after review)",
                    golden.display()
                ));
            }
            checked += 1;
        }
    }
    assert!(checked >= 2, "no golden file was checked");
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}

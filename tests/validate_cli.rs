//! `asylum-forms validate` as a user runs it: every seeded error of the invalid fixtures is
//! reported with its pointer and form location, valid fixtures pass, exit codes are 0/1/2.

mod common;

use serde_json::Value;
use std::path::Path;

/// `validate` in the readable format: its stdout.
fn human(path: &Path) -> String {
    let out = common::bin()
        .arg("validate")
        .arg(path)
        .output()
        .expect("run");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn ndjson(args: &[&str]) -> (i32, Vec<Value>) {
    let out = common::bin()
        .arg("validate")
        .arg("--format")
        .arg("json")
        .args(args)
        .output()
        .expect("run");
    let records = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}")))
        .collect();
    (out.status.code().unwrap_or(-1), records)
}

#[test]
fn every_seeded_error_is_reported_with_pointer_and_location() {
    let dir = common::root().join("fixtures/invalid");
    let table = std::fs::read_to_string(dir.join("EXPECTED.tsv")).expect("EXPECTED.tsv");
    let mut checked = 0;
    for line in table
        .lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, code, pointer, location) = (
            cols[0],
            cols[1],
            cols.get(2).copied().unwrap_or(""),
            cols.get(3).copied().unwrap_or(""),
        );
        let path = dir.join(file);
        let (status, records) = ndjson(&[path.to_str().expect("utf8 path")]);
        assert_eq!(status, 1, "{file}: exit code");
        // A pointer ending in '*' is a prefix (deep nesting's pointer is 65 levels long).
        let pointer_ok = |p: &Value| match pointer.strip_suffix('*') {
            Some(prefix) => p.as_str().is_some_and(|p| p.starts_with(prefix)),
            None => p == pointer,
        };
        let hit = records
            .iter()
            .find(|r| r["type"] == "finding" && r["code"] == code && pointer_ok(&r["pointer"]));
        let Some(hit) = hit else {
            panic!("{file}: no finding {code} at {pointer:?}; got {records:#?}");
        };
        assert_eq!(hit["severity"], "error", "{file}");
        assert!(
            hit["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{file}: message"
        );
        assert!(
            hit["hint"].as_str().is_some_and(|m| !m.is_empty()),
            "{file}: hint says what to write instead"
        );
        if !location.is_empty() {
            let loc = hit["location"].as_str().unwrap_or("");
            assert!(
                loc.contains(location),
                "{file}: location {loc:?} lacks {location:?}"
            );
        }
        let summary = records.last().expect("summary");
        assert_eq!(summary["type"], "summary");
        assert_eq!(summary["valid"], false);
        checked += 1;
    }
    let fixtures = std::fs::read_dir(&dir)
        .expect("dir")
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json"))
        })
        .count();
    assert_eq!(
        checked, fixtures,
        "every invalid fixture has a row in EXPECTED.tsv"
    );
}

#[test]
fn valid_fixtures_exit_zero() {
    let dir = common::root().join("fixtures/valid");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures/valid") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let (status, records) = ndjson(&[path.to_str().expect("utf8")]);
        let errors: Vec<&Value> = records
            .iter()
            .filter(|r| r["severity"] == "error")
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        assert_eq!(status, 0, "{}", path.display());
        n += 1;
    }
    assert!(n >= 5, "expected at least five valid fixtures, found {n}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_clearly() {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("big.json");
    let big = format!(
        "{{\"case_id\": \"x\", \"pad\": \"{}\"}}",
        "a".repeat(11 * 1024 * 1024)
    );
    std::fs::write(&path, big).expect("write");
    let (status, records) = ndjson(&[path.to_str().expect("utf8")]);
    assert_eq!(status, 1);
    assert_eq!(records[0]["code"], "input.too_large");
    assert!(records[0]["message"]
        .as_str()
        .unwrap_or("")
        .contains("10 MB"));
}

#[test]
fn unreadable_file_and_bad_arguments_exit_two() {
    let (status, records) = ndjson(&["/nonexistent/case.json"]);
    assert_eq!(status, 2);
    assert_eq!(records[0]["code"], "input.unreadable");
    let out = common::bin()
        .args(["validate", "--no-such-flag", "x.json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let out = common::bin().arg("validate").output().expect("run");
    assert_eq!(out.status.code(), Some(2), "no file given");
}

#[test]
fn human_output_names_file_line_and_column() {
    let path = common::root().join("fixtures/invalid/duplicate-key.json");
    let text = human(&path);
    let first = text.lines().next().unwrap_or("");
    assert!(
        first.contains("duplicate-key.json:7:55: error[json.duplicate_key]"),
        "{text}"
    );
    assert!(!text.contains("\u{1b}["), "no colour when not a terminal");
}

#[test]
fn a_misspelt_key_names_the_closest_valid_key() {
    let path = common::root().join("fixtures/invalid/misspelt-key.json");
    let (_, records) = ndjson(&[path.to_str().expect("utf8")]);
    let hit = records
        .iter()
        .find(|r| r["code"] == "schema.additionalProperties")
        .expect("unknown-key finding");
    assert_eq!(hit["hint"], "did you mean \"date_of_birth\"?");
    assert_eq!(hit["line"], 12, "points at the misspelt key's line");
}

#[test]
fn identifiers_never_appear_in_findings() {
    let path = common::root().join("fixtures/invalid/bad-ssn.json");
    let text = human(&path);
    assert!(text.contains("schema.pattern"), "{text}");
    assert!(
        !text.contains("666-12-3456") && !text.contains("12-3456"),
        "SSN leaked: {text}"
    );
}

/// `validate` tells the three states apart, in both formats: a valid fixture is ready to file;
/// without its residence and marital status it is incomplete and says which questions; with a
/// seeded error it is invalid.
#[test]
fn validate_prints_invalid_incomplete_or_ready() {
    let root = common::root();
    let ready = root.join("fixtures/valid/i589-defensive.json");
    let text = human(&ready);
    assert!(text.contains("— ready to file"), "{text}");
    let (_, records) = ndjson(&[ready.to_str().expect("utf8")]);
    assert_eq!(records.last().expect("summary")["state"], "ready_to_file");

    let dir = tempfile::tempdir().expect("tmp");
    let mut case: Value =
        serde_json::from_str(&std::fs::read_to_string(&ready).expect("read")).expect("json");
    let applicant = case["people"][0].as_object_mut().expect("person");
    applicant.remove("residence");
    applicant.remove("marital_status");
    let incomplete = dir.path().join("incomplete.json");
    std::fs::write(&incomplete, serde_json::to_vec(&case).expect("json")).expect("write");
    let text = human(&incomplete);
    assert!(
        text.contains("— incomplete (2 questions to answer)"),
        "{text}"
    );
    assert!(
        text.contains("to answer: I-589 Part A.I, item 8: the current physical address"),
        "{text}"
    );
    assert!(
        text.contains("to answer: I-589 Part A.I, item 11: marital status"),
        "{text}"
    );
    let (status, records) = ndjson(&[incomplete.to_str().expect("utf8")]);
    assert_eq!(status, 0, "an incomplete case is still valid");
    let summary = records.last().expect("summary");
    assert_eq!(summary["state"], "incomplete");
    assert_eq!(summary["questions"].as_array().map(Vec::len), Some(2));
    assert_eq!(summary["questions"][0]["location"], "Part A.I, item 8");

    let invalid = root.join("fixtures/invalid/future-birth.json");
    assert!(human(&invalid).contains("— invalid (1 error)"));
    let (_, records) = ndjson(&[invalid.to_str().expect("utf8")]);
    assert_eq!(records.last().expect("summary")["state"], "invalid");
}

/// A misspelt document kind names the closest kind; a date written MM/DD/YYYY gets the same
/// date written the case file's way, from the user's own values.
#[test]
fn unknown_kinds_and_us_dates_say_what_to_write() {
    let dir = common::root().join("fixtures/invalid");
    let hint_of = |file: &str, code: &str| {
        let (_, records) = ndjson(&[dir.join(file).to_str().expect("utf8")]);
        records
            .iter()
            .find(|r| r["code"] == code)
            .and_then(|r| r["hint"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("{file}: no {code} in {records:#?}"))
    };
    let kind = hint_of("unknown-evidence-kind.json", "schema.enum");
    assert!(kind.starts_with("did you mean \"passport\"?"), "{kind}");
    let date = hint_of("us-style-date.json", "schema.format");
    assert!(date.ends_with("write 1978-11-02"), "{date}");
}

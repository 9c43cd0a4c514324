//! `asylum-forms rules` and `asylum-forms deadline` as a user runs them.

mod common;

use serde_json::Value;

#[test]
fn docs_rules_md_is_current() {
    let out = common::bin()
        .args(["rules", "--format", "markdown"])
        .output()
        .expect("run");
    let committed =
        std::fs::read_to_string(common::root().join("docs/rules.md")).unwrap_or_default();
    assert!(
        committed == String::from_utf8_lossy(&out.stdout),
        "docs/rules.md is stale: run `cargo run -- rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn every_legal_rule_is_listed_with_its_citation() {
    let out = common::bin()
        .args(["rules", "--format", "json"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let rules: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    // Consistency checks of the file itself need no law.
    let no_law = [
        "case.person-ref",
        "case.duplicate-person-id",
        "case.date-in-future",
        "person.document-expiry-after-issue",
        "person.listed-twice",
        "person.a-number-shared",
        "text.control-character",
        "text.bidi-control",
    ];
    for r in &rules {
        let id = r["id"].as_str().unwrap_or("");
        if !no_law.contains(&id) {
            assert!(
                r["citation"].as_str().is_some_and(|c| !c.is_empty()),
                "{id} has no citation"
            );
        }
        assert!(["error", "warning", "info"].contains(&r["severity"].as_str().unwrap_or("")));
    }
    for id in [
        "i589.one-year-deadline",
        "i589.child-included-eligible",
        "i730.two-year-deadline",
        "i730.beneficiary-relationship",
        "i485.one-year-presence",
        "case.grant-dates-agree",
        "fees.for-filing-date",
    ] {
        assert!(rules.iter().any(|r| r["id"] == id), "{id} missing");
    }
}

fn deadline_json(args: &[&str]) -> Value {
    let mut all: Vec<&std::ffi::OsStr> = vec!["deadline".as_ref()];
    all.extend(args.iter().map(std::ffi::OsStr::new));
    all.extend(["--format", "json"].map(std::ffi::OsStr::new));
    common::json_output(&all)
}

#[test]
fn i589_deadline_rolls_past_independence_day_and_the_weekend() {
    let v = deadline_json(&["i589", "--arrival", "2024-07-04", "--filed", "2025-07-07"]);
    assert_eq!(v["deadline"], "2025-07-07");
    assert_eq!(v["timely"], true);
    let rolled: Vec<&str> = v["rolled_over"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|r| r["date"].as_str())
        .collect();
    assert_eq!(rolled, ["2025-07-04", "2025-07-05", "2025-07-06"]);
    // A late filing prints the same record and exits 1.
    let out = common::bin()
        .args([
            "deadline",
            "i589",
            "--arrival",
            "2024-07-04",
            "--filed",
            "2025-07-08",
        ])
        .args(["--format", "json"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let late: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(late["timely"], false);
    assert_eq!(late["days_late"], 1);
}

#[test]
fn i589_deadline_observed_new_year_warns() {
    // 2021-12-31 (Friday) is the observed New Year's Day 2022.
    let v = deadline_json(&["i589", "--arrival", "2020-12-31"]);
    assert_eq!(v["deadline"], "2022-01-03");
    assert!(v["rolled_over"][0]["observed_holiday"]
        .as_bool()
        .unwrap_or(false));
    assert!(!v["warnings"].as_array().expect("list").is_empty());
}

#[test]
fn i589_deadline_before_april_1997_and_leap_day() {
    assert_eq!(
        deadline_json(&["i589", "--arrival", "1990-06-15"])["deadline"],
        "1998-04-01"
    );
    assert_eq!(
        deadline_json(&["i589", "--arrival", "2024-02-29"])["anniversary"],
        "2025-02-28"
    );
}

#[test]
fn i730_and_i485_deadlines() {
    assert_eq!(
        deadline_json(&["i730", "--granted", "2023-03-10"])["deadline"],
        "2025-03-10"
    );
    let v = deadline_json(&[
        "i485",
        "--granted",
        "2024-01-10",
        "--absence",
        "2024-03-01:2024-03-10",
    ]);
    assert_eq!(v["deadline"], "2025-01-20");
    assert_eq!(v["days_abroad"], 10);
}

#[test]
fn deadline_rejects_a_bad_absence() {
    let out = common::bin()
        .args([
            "deadline",
            "i485",
            "--granted",
            "2024-01-10",
            "--absence",
            "2024-03-10",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("FROM:TO"));
}

#[test]
fn every_rule_has_a_table_test() {
    let table = std::fs::read_to_string(common::root().join("tests/rules_table.rs"))
        .expect("rules_table.rs");
    let missing: Vec<&str> = asylum_forms::rules::RULES
        .iter()
        .map(|r| r.id)
        .filter(|id| !table.contains(&format!("\"{id}\"")))
        .collect();
    assert!(
        missing.is_empty(),
        "rules without a case in tests/rules_table.rs: {missing:?}"
    );
}

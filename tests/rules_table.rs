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

const FAM: &str = "i589-affirmative-family.json";
const DEF: &str = "i589-defensive.json";

fn j(s: &str) -> Option<Value> {
    Some(serde_json::from_str(s).expect("edit JSON"))
}

#[test]
fn i589_one_year_deadline() {
    let late_filing = ("/forms/i589/filing/date", j("\"2027-03-11\""));
    check(vec![
        Case {
            name: "on time",
            fixture: FAM,
            edits: vec![],
            rule: "i589.one-year-deadline",
            fires_at: None,
        },
        Case {
            name: "one day late, C.5 says no",
            fixture: FAM,
            edits: vec![late_filing.clone()],
            rule: "i589.one-year-deadline",
            fires_at: Some("/forms/i589/part_c/filed_after_one_year"),
        },
        Case {
            name: "late but explained: a warning, not an error",
            fixture: FAM,
            edits: vec![
                late_filing.clone(),
                (
                    "/forms/i589/part_c/filed_after_one_year",
                    j(
                        r#"{"answer": true, "explanation": "I was hospitalized from 2026-04 to 2027-02."}"#,
                    ),
                ),
            ],
            rule: "i589.one-year-deadline",
            fires_at: Some("/forms/i589/part_c/filed_after_one_year/explanation"),
        },
        Case {
            name: "on time but C.5 says yes",
            fixture: FAM,
            edits: vec![(
                "/forms/i589/part_c/filed_after_one_year",
                j(r#"{"answer": true, "explanation": "x"}"#),
            )],
            rule: "i589.one-year-deadline",
            fires_at: Some("/forms/i589/part_c/filed_after_one_year/answer"),
        },
        Case {
            // Under 18 at the last arrival (2026-03-10): an adult's claim is no exemption.
            name: "unaccompanied child is exempt",
            fixture: FAM,
            edits: vec![
                late_filing,
                ("/forms/i589/unaccompanied_child", j("true")),
                ("/people/0/date_of_birth", j("\"2009-01-01\"")),
            ],
            rule: "i589.one-year-deadline",
            fires_at: None,
        },
        Case {
            // arrival 2024-07-04 → Friday 2025-07-04 holiday → Monday 2025-07-07 is still on time
            name: "holiday and weekend roll forward",
            fixture: DEF,
            edits: vec![
                ("/people/0/us_entries/0/date", j("\"2024-07-04\"")),
                ("/forms/i589/filing/date", j("\"2025-07-07\"")),
                ("/people/0/left_home_country", j("\"2024-06-01\"")),
            ],
            rule: "i589.one-year-deadline",
            fires_at: None,
        },
        Case {
            name: "the day after the rolled deadline is late",
            fixture: DEF,
            edits: vec![
                ("/people/0/us_entries/0/date", j("\"2024-07-04\"")),
                ("/forms/i589/filing/date", j("\"2025-07-08\"")),
                ("/people/0/left_home_country", j("\"2024-06-01\"")),
            ],
            rule: "i589.one-year-deadline",
            fires_at: Some("/forms/i589/part_c/filed_after_one_year"),
        },
    ]);
}

#[test]
fn i589_dates_and_family() {
    check(vec![
        Case {
            name: "filed after arrival",
            fixture: FAM,
            edits: vec![],
            rule: "i589.filed-after-arrival",
            fires_at: None,
        },
        Case {
            name: "filed before the last arrival",
            fixture: DEF,
            edits: vec![("/forms/i589/filing/date", j("\"2026-01-10\""))],
            rule: "i589.filed-after-arrival",
            fires_at: Some("/forms/i589/filing/date"),
        },
        Case {
            name: "spouse in US included",
            fixture: FAM,
            edits: vec![],
            rule: "i589.spouse-included-in-us",
            fires_at: None,
        },
        Case {
            name: "spouse abroad included",
            fixture: FAM,
            edits: vec![(
                "/people/1/whereabouts",
                j(r#"{"in_us": false, "location": "Erbil, Iraq"}"#),
            )],
            rule: "i589.spouse-included-in-us",
            fires_at: Some("/forms/i589/spouse/include"),
        },
        Case {
            name: "eligible child included",
            fixture: FAM,
            edits: vec![],
            rule: "i589.child-included-eligible",
            fires_at: None,
        },
        Case {
            name: "22-year-old included",
            fixture: FAM,
            edits: vec![
                ("/forms/i589/children/0/include", j("true")),
                ("/people/2/whereabouts", j(r#"{"in_us": true}"#)),
            ],
            rule: "i589.child-included-eligible",
            fires_at: Some("/forms/i589/children/0/include"),
        },
        Case {
            name: "married child included",
            fixture: FAM,
            edits: vec![
                ("/forms/i589/children/1/include", j("true")),
                ("/people/3/whereabouts", j(r#"{"in_us": true}"#)),
            ],
            rule: "i589.child-included-eligible",
            fires_at: Some("/forms/i589/children/1/include"),
        },
        // child-3 born 2014-02-27; filing on the 21st birthday: not under 21
        Case {
            name: "turns 21 on the filing date",
            fixture: FAM,
            edits: vec![("/people/4/date_of_birth", j("\"2005-12-15\""))],
            rule: "i589.child-included-eligible",
            fires_at: Some("/forms/i589/children/2/include"),
        },
        Case {
            name: "one day before the 21st birthday",
            fixture: FAM,
            edits: vec![("/people/4/date_of_birth", j("\"2005-12-16\""))],
            rule: "i589.child-included-eligible",
            fires_at: None,
        },
        Case {
            name: "every child listed",
            fixture: FAM,
            edits: vec![],
            rule: "i589.every-child-listed",
            fires_at: None,
        },
        Case {
            name: "a child left off",
            fixture: FAM,
            edits: vec![("/forms/i589/children/1", None)],
            rule: "i589.every-child-listed",
            fires_at: Some("/people/3"),
        },
        Case {
            name: "three children: no supplement",
            fixture: FAM,
            edits: vec![],
            rule: "i589.supplement-a",
            fires_at: None,
        },
        Case {
            name: "at least one ground",
            fixture: FAM,
            edits: vec![],
            rule: "i589.ground-claimed",
            fires_at: None,
        },
        Case {
            name: "no ground",
            fixture: FAM,
            edits: vec![("/forms/i589/part_b/grounds", j("{}"))],
            rule: "i589.ground-claimed",
            fires_at: Some("/forms/i589/part_b/grounds"),
        },
        Case {
            name: "yes answers explained",
            fixture: FAM,
            edits: vec![],
            rule: "form.yes-explained",
            fires_at: None,
        },
        Case {
            name: "yes without explanation",
            fixture: FAM,
            edits: vec![("/forms/i589/part_c/returned", j(r#"{"answer": true}"#))],
            rule: "form.yes-explained",
            fires_at: Some("/forms/i589/part_c/returned/explanation"),
        },
    ]);
}

#[test]
fn supplement_a_for_a_fifth_child() {
    let mut edits: Vec<Edit> = Vec::new();
    let kids = ["k4", "k5"];
    for k in kids {
        edits.push(("/people/-", j(&format!(r#"{{"id": "{k}", "name": {{"family": "Haddad", "given": "{k}"}}, "date_of_birth": "2016-01-01", "birth_country": "Syria", "nationality": "Syria", "mother": "applicant"}}"#))));
        edits.push((
            "/forms/i589/children/-",
            j(&format!(r#"{{"person": "{k}", "include": false}}"#)),
        ));
    }
    let doc = apply(fixture(FAM), &edits);
    let got = findings(&doc);
    assert!(
        got.iter()
            .any(|f| f.code == "i589.supplement-a" && f.pointer == "/forms/i589/children/4"),
        "{got:#?}"
    );
}

#[test]
fn people_rules() {
    check(vec![
        Case {
            name: "birth before entries",
            fixture: FAM,
            edits: vec![],
            rule: "person.birth-before-entries",
            fires_at: None,
        },
        Case {
            name: "entry before birth",
            fixture: FAM,
            edits: vec![("/people/0/us_entries/1/date", j("\"1979-01-01\""))],
            rule: "person.birth-before-entries",
            fires_at: Some("/people/0/us_entries/1/date"),
        },
        Case {
            name: "marriage after spouse's birth",
            fixture: FAM,
            edits: vec![],
            rule: "person.marriage-after-spouse-birth",
            fires_at: None,
        },
        Case {
            name: "marriage before spouse's birth",
            fixture: FAM,
            edits: vec![("/people/1/date_of_birth", j("\"2004-01-01\""))],
            rule: "person.marriage-after-spouse-birth",
            fires_at: Some("/people/0/marriages/0/date"),
        },
        Case {
            name: "passport dates",
            fixture: FAM,
            edits: vec![],
            rule: "person.document-expiry-after-issue",
            fires_at: None,
        },
        Case {
            name: "passport expires before issue",
            fixture: FAM,
            edits: vec![("/people/0/documents/0/expires", j("\"2019-05-13\""))],
            rule: "person.document-expiry-after-issue",
            fires_at: Some("/people/0/documents/0/expires"),
        },
        Case {
            name: "distinct people",
            fixture: FAM,
            edits: vec![],
            rule: "person.listed-twice",
            fires_at: None,
        },
        Case {
            name: "same person twice",
            fixture: FAM,
            edits: vec![
                (
                    "/people/7/name",
                    j(r#"{"family": "Mansour", "given": "Adel"}"#),
                ),
                ("/people/7/date_of_birth", j("\"1950-07-07\"")),
            ],
            rule: "person.listed-twice",
            fires_at: Some("/people/7"),
        },
        Case {
            name: "same person twice, written in another letter case",
            fixture: FAM,
            edits: vec![
                (
                    "/people/7/name",
                    j(r#"{"family": "MANSOUR", "given": "adel"}"#),
                ),
                ("/people/7/date_of_birth", j("\"1950-07-07\"")),
            ],
            rule: "person.listed-twice",
            fires_at: Some("/people/7"),
        },
        Case {
            name: "same name, born another day",
            fixture: FAM,
            edits: vec![
                (
                    "/people/7/name",
                    j(r#"{"family": "Mansour", "given": "Adel"}"#),
                ),
                ("/people/7/date_of_birth", j("\"1950-07-08\"")),
            ],
            rule: "person.listed-twice",
            fires_at: None,
        },
        Case {
            name: "own A-Numbers",
            fixture: DEF,
            edits: vec![],
            rule: "person.a-number-shared",
            fires_at: None,
        },
        Case {
            name: "shared A-Number",
            fixture: DEF,
            edits: vec![("/people/1/a_number", j("\"A098765432\""))],
            rule: "person.a-number-shared",
            fires_at: Some("/people/1/a_number"),
        },
        Case {
            name: "entries most recent first",
            fixture: FAM,
            edits: vec![],
            rule: "person.entries-most-recent-first",
            fires_at: None,
        },
        Case {
            name: "entries out of order",
            fixture: FAM,
            edits: vec![("/people/0/us_entries/1/date", j("\"2026-05-01\""))],
            rule: "person.entries-most-recent-first",
            fires_at: Some("/people/0/us_entries/1"),
        },
        Case {
            name: "ids resolve",
            fixture: FAM,
            edits: vec![],
            rule: "case.person-ref",
            fires_at: None,
        },
        Case {
            name: "unknown spouse id",
            fixture: FAM,
            edits: vec![("/forms/i589/spouse/person", j("\"spouse-x\""))],
            rule: "case.person-ref",
            fires_at: Some("/forms/i589/spouse/person"),
        },
        Case {
            name: "unique ids",
            fixture: FAM,
            edits: vec![],
            rule: "case.duplicate-person-id",
            fires_at: None,
        },
        Case {
            name: "duplicate id",
            fixture: FAM,
            edits: vec![
                ("/people/7/id", j("\"father\"")),
                ("/forms/i589/siblings/0", j("\"father\"")),
            ],
            rule: "case.duplicate-person-id",
            fires_at: Some("/people/7/id"),
        },
        Case {
            name: "no future dates",
            fixture: FAM,
            edits: vec![],
            rule: "case.date-in-future",
            fires_at: None,
        },
        Case {
            name: "filed date in the future",
            fixture: DEF,
            edits: vec![("/forms/i589/filing/date", j("\"2026-12-01\""))],
            rule: "case.date-in-future",
            fires_at: Some("/forms/i589/filing/date"),
        },
        Case {
            name: "intended date ahead",
            fixture: FAM,
            edits: vec![],
            rule: "case.intended-filing-date-passed",
            fires_at: None,
        },
        Case {
            name: "intended date already past (today 2026-11-22)",
            fixture: FAM,
            edits: vec![("/forms/i589/filing/date", j("\"2026-11-02\""))],
            rule: "case.intended-filing-date-passed",
            fires_at: Some("/forms/i589/filing/date"),
        },
        Case {
            name: "a past date marked filed",
            fixture: FAM,
            edits: vec![
                ("/forms/i589/filing/date", j("\"2026-11-02\"")),
                ("/forms/i589/filing/status", j("\"filed\"")),
            ],
            rule: "case.intended-filing-date-passed",
            fires_at: None,
        },
    ]);
}

#[test]
fn fees_follow_the_filing_date() {
    let before = findings(&apply(
        fixture(DEF),
        &[
            ("/forms/i589/filing/date", j("\"2025-07-21\"")),
            ("/people/0/us_entries/0/date", j("\"2025-03-01\"")),
            ("/people/0/left_home_country", j("\"2025-02-01\"")),
        ],
    ));
    let fee = |fs: &[Finding]| {
        fs.iter()
            .filter(|f| f.code == "fees.for-filing-date")
            .map(|f| f.message.clone())
            .collect::<Vec<_>>()
    };
    assert!(
        fee(&before).iter().any(|m| m.starts_with("I-589: $0 ")),
        "{:?}",
        fee(&before)
    );
    let after = findings(&fixture(DEF));
    assert!(
        fee(&after).iter().any(|m| m.starts_with("I-589: $100 ")),
        "{:?}",
        fee(&after)
    );
}

/// A fee finding cites the law or the form's instructions that set the fee, never the file
/// the tool keeps its fee table in.
#[test]
fn fee_findings_cite_the_law() {
    let mut seen = 0;
    for name in [DEF, I730F, ASY, REF] {
        for f in findings(&fixture(name))
            .iter()
            .filter(|f| f.code == "fees.for-filing-date")
        {
            seen += 1;
            let c = f.citation.as_deref().unwrap_or_default();
            assert!(
                ["CFR", "instructions", "Public Law", "FR ", "Policy Manual"]
                    .iter()
                    .any(|law| c.contains(law)),
                "{name}: {c:?}"
            );
            assert!(
                !c.contains(".json") && !c.contains("src/") && !c.contains("fee table"),
                "{name}: {c:?}"
            );
        }
        if name == ASY {
            assert!(
                findings(&fixture(name))
                    .iter()
                    .any(|f| f.code == "fees.for-filing-date"
                        && f.citation
                            .as_deref()
                            .is_some_and(|c| c.contains("8 CFR 106.2"))),
                "the asylee I-485 fee cites 8 CFR 106.2"
            );
        }
    }
    assert!(seen >= 4, "every fixture states its fees ({seen})");
}

const I730F: &str = "i730-asylee-spouse-stepchild.json";
const ASY: &str = "i485-asylee.json";
const REF: &str = "i485-refugee.json";

#[test]
fn i730_rules() {
    check(vec![
        Case {
            name: "principal petitioner",
            fixture: I730F,
            edits: vec![],
            rule: "i730.petitioner-eligible",
            fires_at: None,
        },
        Case {
            name: "derivative petitioner",
            fixture: I730F,
            edits: vec![("/forms/i730/0/petitioner_was_principal", j("false"))],
            rule: "i730.petitioner-eligible",
            fires_at: Some("/forms/i730/0/petitioner_was_principal"),
        },
        Case {
            name: "naturalized petitioner",
            fixture: I730F,
            edits: vec![("/forms/i730/0/petitioner_naturalized", j("true"))],
            rule: "i730.petitioner-eligible",
            fires_at: Some("/forms/i730/0/petitioner_naturalized"),
        },
        Case {
            name: "spouse and stepchild",
            fixture: I730F,
            edits: vec![],
            rule: "i730.beneficiary-relationship",
            fires_at: None,
        },
        Case {
            name: "a parent as beneficiary",
            fixture: I730F,
            edits: vec![("/people/0/mother", j("\"spouse\""))],
            rule: "i730.beneficiary-relationship",
            fires_at: Some("/forms/i730/0/beneficiary"),
        },
        Case {
            name: "a married child",
            fixture: I730F,
            edits: vec![("/people/2/marital_status", j("\"married\""))],
            rule: "i730.beneficiary-relationship",
            fires_at: Some("/forms/i730/1/beneficiary"),
        },
        Case {
            name: "married before the grant",
            fixture: I730F,
            edits: vec![],
            rule: "i730.spouse-married-before-grant",
            fires_at: None,
        },
        Case {
            name: "married after the grant",
            fixture: I730F,
            edits: vec![("/people/0/marriages/0/date", j("\"2025-10-01\""))],
            rule: "i730.spouse-married-before-grant",
            fires_at: Some("/people/0/marriages/0/date"),
        },
        Case {
            name: "child born before the grant, under 21",
            fixture: I730F,
            edits: vec![],
            rule: "i730.child-eligible",
            fires_at: None,
        },
        Case {
            name: "child born 400 days after the grant",
            fixture: I730F,
            edits: vec![("/people/2/date_of_birth", j("\"2026-10-20\""))],
            rule: "i730.child-eligible",
            fires_at: Some("/people/2/date_of_birth"),
        },
        Case {
            name: "child 21 on the I-589 filing date",
            fixture: I730F,
            edits: vec![("/people/2/date_of_birth", j("\"2003-02-01\""))],
            rule: "i730.child-eligible",
            fires_at: Some("/people/2/date_of_birth"),
        },
        Case {
            name: "child 20 on the I-589 filing date",
            fixture: I730F,
            edits: vec![("/people/2/date_of_birth", j("\"2003-02-02\""))],
            rule: "i730.child-eligible",
            fires_at: None,
        },
        Case {
            name: "stepchild: marriage before 18",
            fixture: I730F,
            edits: vec![],
            rule: "i730.stepchild-adopted",
            fires_at: None,
        },
        Case {
            name: "stepchild: marriage after 18",
            fixture: I730F,
            edits: vec![("/people/2/date_of_birth", j("\"1996-01-01\""))],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/child_relationship"),
        },
        Case {
            name: "adopted at 17",
            fixture: I730F,
            edits: vec![
                ("/forms/i730/1/child_relationship", j("\"adopted\"")),
                ("/people/2/mother", j("\"applicant\"")),
                (
                    "/forms/i730/1/adoption",
                    j(
                        r#"{"adopted": "2027-05-01", "custody_since": "2020-01-01", "residence_since": "2020-01-01"}"#,
                    ),
                ),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/adoption/adopted"),
        },
        Case {
            name: "adopted young, custody too short",
            fixture: I730F,
            edits: vec![
                ("/forms/i730/1/child_relationship", j("\"adopted\"")),
                ("/people/2/mother", j("\"applicant\"")),
                (
                    "/forms/i730/1/adoption",
                    j(
                        r#"{"adopted": "2020-05-01", "custody_since": "2020-01-01", "residence_since": "2025-06-01"}"#,
                    ),
                ),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/adoption/custody_since"),
        },
        Case {
            name: "stepchild: no out-of-wedlock question",
            fixture: I730F,
            edits: vec![],
            rule: "i730.father-out-of-wedlock",
            fires_at: None,
        },
        Case {
            name: "born out of wedlock to the petitioning father, no evidence yet",
            fixture: I730F,
            edits: vec![
                (
                    "/forms/i730/1/child_relationship",
                    j("\"born_out_of_wedlock\""),
                ),
                ("/people/2/father", j("\"applicant\"")),
            ],
            rule: "i730.father-out-of-wedlock",
            fires_at: Some("/forms/i730/1/child_relationship"),
        },
        Case {
            name: "born out of wedlock, bona fide relationship shown",
            fixture: I730F,
            edits: vec![
                (
                    "/forms/i730/1/child_relationship",
                    j("\"born_out_of_wedlock\""),
                ),
                ("/people/2/father", j("\"applicant\"")),
                ("/forms/i730/1/father_bona_fide_relationship", j("true")),
            ],
            rule: "i730.father-out-of-wedlock",
            fires_at: None,
        },
        Case {
            name: "within two years",
            fixture: I730F,
            edits: vec![],
            rule: "i730.two-year-deadline",
            fires_at: None,
        },
        Case {
            name: "late, unexplained",
            fixture: I730F,
            edits: vec![("/forms/i730/0/filing/date", j("\"2027-09-16\""))],
            rule: "i730.two-year-deadline",
            fires_at: Some("/forms/i730/0/filing/date"),
        },
        Case {
            name: "numbered 1 and 2 of 2",
            fixture: I730F,
            edits: vec![],
            rule: "i730.numbering",
            fires_at: None,
        },
        Case {
            name: "total says 3",
            fixture: I730F,
            edits: vec![("/forms/i730/0/form_total", j("3"))],
            rule: "i730.numbering",
            fires_at: Some("/forms/i730/0/form_total"),
        },
        Case {
            name: "number used twice",
            fixture: I730F,
            edits: vec![("/forms/i730/1/form_number", j("1"))],
            rule: "i730.numbering",
            fires_at: Some("/forms/i730/1/form_number"),
        },
    ]);
}

#[test]
fn i485_and_cross_form_rules() {
    check(vec![
        Case {
            name: "refugee admitted on the grant date",
            fixture: REF,
            edits: vec![],
            rule: "i485.category-facts",
            fires_at: None,
        },
        Case {
            name: "refugee date that is no entry",
            fixture: REF,
            edits: vec![("/forms/i485/0/granted", j("\"2025-08-21\""))],
            rule: "i485.category-facts",
            fires_at: Some("/forms/i485/0/granted"),
        },
        Case {
            name: "last arrival agrees",
            fixture: ASY,
            edits: vec![],
            rule: "i485.last-arrival-matches",
            fires_at: None,
        },
        Case {
            name: "last arrival differs",
            fixture: ASY,
            edits: vec![(
                "/forms/i485/0/about_you/last_arrival/date",
                j("\"2026-01-06\""),
            )],
            rule: "i485.last-arrival-matches",
            fires_at: Some("/forms/i485/0/about_you/last_arrival/date"),
        },
        Case {
            name: "year of presence complete",
            fixture: ASY,
            edits: vec![],
            rule: "i485.one-year-presence",
            fires_at: None,
        },
        // granted 2025-06-02 + 17 days abroad (2025-12-20..2026-01-05) → complete 2026-06-19
        Case {
            name: "filed before the year is complete",
            fixture: ASY,
            edits: vec![("/forms/i485/0/filing/date", j("\"2026-06-18\""))],
            rule: "i485.one-year-presence",
            fires_at: Some("/forms/i485/0/filing/date"),
        },
        Case {
            name: "filed the day it is complete",
            fixture: ASY,
            edits: vec![("/forms/i485/0/filing/date", j("\"2026-06-19\""))],
            rule: "i485.one-year-presence",
            fires_at: None,
        },
        Case {
            name: "medical exam reminder on every I-485",
            fixture: REF,
            edits: vec![],
            rule: "i485.medical-exam",
            fires_at: Some("/forms/i485/1"),
        },
        Case {
            name: "no I-485, no reminder",
            fixture: FAM,
            edits: vec![],
            rule: "i485.medical-exam",
            fires_at: None,
        },
        Case {
            name: "same grant date",
            fixture: REF,
            edits: vec![],
            rule: "case.grant-dates-agree",
            fires_at: None,
        },
        Case {
            name: "derivative's grant date differs",
            fixture: REF,
            edits: vec![("/forms/i485/1/granted", j("\"2025-08-21\""))],
            rule: "case.grant-dates-agree",
            fires_at: Some("/forms/i485/1/granted"),
        },
    ]);
}

#[test]
fn beneficiaries_appear_on_the_i589() {
    let petition = fixture(I730F)["forms"]["i730"][0].clone();
    let with = |beneficiary: &str| {
        let mut p = petition.clone();
        p["beneficiary"] = Value::String(beneficiary.into());
        p["form_total"] = Value::from(1);
        p["relationship"] = Value::String("child".into());
        apply(
            fixture(FAM),
            &[("/forms/i730", Some(Value::Array(vec![p])))],
        )
    };
    let fires = |doc: &Value| {
        findings(doc).into_iter().any(|f| {
            f.code == "case.beneficiary-on-i589" && f.pointer == "/forms/i730/0/beneficiary"
        })
    };
    assert!(!fires(&with("child-1")), "a listed child");
    assert!(fires(&with("sibling-1")), "a relative not on the I-589");
}

/// The (pointer, severity) of each finding of `rule` on the fixture after the edits.
fn fired(fixture_name: &str, edits: &[Edit], rule: &str) -> Vec<(String, Severity)> {
    findings(&apply(fixture(fixture_name), edits))
        .into_iter()
        .filter(|f| f.code == rule)
        .map(|f| (f.pointer, f.severity))
        .collect()
}

use asylum_forms::finding::Severity;

#[test]
fn unaccompanied_child_needs_the_age() {
    const R: &str = "i589.unaccompanied-child";
    let uac = ("/forms/i589/unaccompanied_child", j("true"));
    let determined = (
        "/forms/i589/uac_determination",
        j(r#"{"agency": "orr", "date": "2026-03-12"}"#),
    );
    let late = ("/forms/i589/filing/date", j("\"2027-03-11\""));
    let ptr = "/forms/i589/unaccompanied_child".to_string();
    // Under 18 at arrival and at filing, determination recorded: nothing but the exemption.
    let minor = ("/people/0/date_of_birth", j("\"2009-01-01\""));
    assert_eq!(
        fired(FAM, &[uac.clone(), determined.clone(), minor.clone()], R),
        []
    );
    // Same child, determination not recorded: a warning.
    assert_eq!(
        fired(FAM, &[uac.clone(), minor.clone()], R),
        [(ptr.clone(), Severity::Warning)]
    );
    // Under 18 at the last arrival (2026-03-10), 18 on the filing date: a warning.
    let turned_18 = ("/people/0/date_of_birth", j("\"2008-06-01\""));
    assert_eq!(
        fired(
            FAM,
            &[uac.clone(), determined.clone(), turned_18.clone()],
            R
        ),
        [(ptr.clone(), Severity::Warning)]
    );
    // 18 or over at the last arrival: an error, and the deadline applies (late → C.5 error).
    assert_eq!(
        fired(FAM, &[uac.clone(), determined.clone()], R),
        [(ptr.clone(), Severity::Error)]
    );
    let deadline = fired(
        FAM,
        &[uac.clone(), determined.clone(), late.clone()],
        "i589.one-year-deadline",
    );
    assert!(
        deadline.contains(&(
            "/forms/i589/part_c/filed_after_one_year".into(),
            Severity::Error
        )),
        "{deadline:?}"
    );
    // A real unaccompanied child filing late: exempt.
    let exempt = fired(
        FAM,
        &[uac, determined, minor, late],
        "i589.one-year-deadline",
    );
    assert!(
        exempt.iter().all(|(_, s)| *s == Severity::Info),
        "{exempt:?}"
    );
}

#[test]
fn who_can_be_included_on_the_i589() {
    check(vec![
        Case {
            name: "current spouse",
            fixture: FAM,
            edits: vec![],
            rule: "i589.spouse-is-current",
            fires_at: None,
        },
        Case {
            name: "a divorced spouse listed",
            fixture: FAM,
            edits: vec![
                ("/people/0/marriages/0/ended", j("\"2020-01-01\"")),
                ("/people/0/marriages/0/ended_by", j("\"divorce\"")),
                ("/people/0/marital_status", j("\"divorced\"")),
            ],
            rule: "i589.spouse-is-current",
            fires_at: Some("/forms/i589/spouse"),
        },
        Case {
            name: "a widowed applicant lists a spouse",
            fixture: FAM,
            edits: vec![("/people/0/marital_status", j("\"widowed\""))],
            rule: "i589.spouse-is-current",
            fires_at: Some("/forms/i589/spouse"),
        },
        Case {
            name: "a legally separated applicant lists the spouse",
            fixture: FAM,
            edits: vec![("/people/0/marital_status", j("\"separated\""))],
            rule: "i589.spouse-is-current",
            fires_at: None,
        },
        Case {
            name: "married, no spouse listed",
            fixture: FAM,
            edits: vec![("/forms/i589/spouse", None)],
            rule: "i589.spouse-is-current",
            fires_at: Some("/people/0/marital_status"),
        },
        Case {
            name: "a legally separated child included",
            fixture: FAM,
            edits: vec![("/people/4/marital_status", j("\"separated\""))],
            rule: "i589.child-included-eligible",
            fires_at: Some("/forms/i589/children/2/include"),
        },
        Case {
            name: "a divorced child included",
            fixture: FAM,
            edits: vec![("/people/4/marital_status", j("\"divorced\""))],
            rule: "i589.child-included-eligible",
            fires_at: None,
        },
    ]);
    // Missing facts are findings (warnings), not silent defaults.
    let no_status = fired(
        FAM,
        &[("/people/4/marital_status", None)],
        "i589.child-included-eligible",
    );
    assert_eq!(
        no_status,
        [("/forms/i589/children/2/include".into(), Severity::Warning)]
    );
    let nowhere = fired(
        FAM,
        &[("/people/4/whereabouts", None)],
        "i589.child-included-eligible",
    );
    assert_eq!(
        nowhere,
        [("/forms/i589/children/2/include".into(), Severity::Warning)]
    );
    let spouse_nowhere = fired(
        FAM,
        &[("/people/1/whereabouts", None)],
        "i589.spouse-included-in-us",
    );
    assert_eq!(
        spouse_nowhere,
        [("/forms/i589/spouse/include".into(), Severity::Warning)]
    );
}

#[test]
fn i730_relationship_at_the_grant_and_own_status() {
    let adopted = |decree: &str, sibling: &str| {
        j(&format!(
            r#"{{"adopted": "{decree}", "custody_since": "2018-01-01", "residence_since": "2018-01-01"{sibling}}}"#
        ))
    };
    let as_adopted = ("/forms/i730/1/child_relationship", j("\"adopted\""));
    let mother = ("/people/2/mother", j("\"applicant\""));
    check(vec![
        Case {
            name: "stepchild of a marriage before the grant",
            fixture: I730F,
            edits: vec![],
            rule: "i730.stepchild-adopted",
            fires_at: None,
        },
        Case {
            name: "stepchild of a marriage after the grant",
            fixture: I730F,
            edits: vec![
                ("/people/0/marriages/0/date", j("\"2025-10-01\"")),
                ("/people/1/marriages/1/date", j("\"2025-10-01\"")),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/child_relationship"),
        },
        Case {
            name: "adopted at 15, before the grant",
            fixture: I730F,
            edits: vec![
                as_adopted.clone(),
                mother.clone(),
                ("/forms/i730/1/adoption", adopted("2025-05-01", "")),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: None,
        },
        Case {
            name: "adopted after the grant",
            fixture: I730F,
            edits: vec![
                as_adopted.clone(),
                mother.clone(),
                ("/forms/i730/1/adoption", adopted("2025-10-01", "")),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/adoption/adopted"),
        },
        Case {
            name: "adopted at 16 without the sibling exception",
            fixture: I730F,
            edits: vec![
                as_adopted.clone(),
                mother.clone(),
                ("/people/2/date_of_birth", j("\"2009-01-01\"")),
                ("/forms/i730/1/adoption", adopted("2025-05-01", "")),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/adoption/adopted"),
        },
        Case {
            name: "adopted at 16 with a sibling adopted under 16",
            fixture: I730F,
            edits: vec![
                as_adopted.clone(),
                mother.clone(),
                ("/people/2/date_of_birth", j("\"2009-01-01\"")),
                (
                    "/forms/i730/1/adoption",
                    adopted("2025-05-01", r#", "sibling_adopted_under_16": true"#),
                ),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: None,
        },
        Case {
            name: "adopted at 18 even with the sibling exception",
            fixture: I730F,
            edits: vec![
                as_adopted,
                mother,
                ("/people/2/date_of_birth", j("\"2007-01-01\"")),
                (
                    "/forms/i730/1/adoption",
                    adopted("2025-05-01", r#", "sibling_adopted_under_16": true"#),
                ),
            ],
            rule: "i730.stepchild-adopted",
            fires_at: Some("/forms/i730/1/adoption/adopted"),
        },
        Case {
            name: "beneficiary without status of their own",
            fixture: I730F,
            edits: vec![],
            rule: "i730.beneficiary-already-granted",
            fires_at: None,
        },
        Case {
            name: "beneficiary already an asylee",
            fixture: I730F,
            edits: vec![("/people/1/current_status", j(r#"{"status": "asylee"}"#))],
            rule: "i730.beneficiary-already-granted",
            fires_at: Some("/people/1/current_status/status"),
        },
        Case {
            name: "beneficiary already a refugee",
            fixture: I730F,
            edits: vec![("/people/2/current_status", j(r#"{"status": "refugee"}"#))],
            rule: "i730.beneficiary-already-granted",
            fires_at: Some("/people/2/current_status/status"),
        },
        Case {
            name: "beneficiary a parolee",
            fixture: I730F,
            edits: vec![("/people/1/current_status", j(r#"{"status": "parolee"}"#))],
            rule: "i730.beneficiary-already-granted",
            fires_at: None,
        },
        Case {
            name: "a legally separated child",
            fixture: I730F,
            edits: vec![("/people/2/marital_status", j("\"separated\""))],
            rule: "i730.beneficiary-relationship",
            fires_at: Some("/forms/i730/1/beneficiary"),
        },
    ]);
}

#[test]
fn i730_deadline_rolls_past_a_weekend() {
    const R: &str = "i730.two-year-deadline";
    // Granted 2025-09-11: the second anniversary is Saturday 2027-09-11, so the period runs to
    // Monday 2027-09-13 (8 CFR 1.2).
    let granted = ("/forms/i730/0/granted", j("\"2025-09-11\""));
    let on = |d: &str| ("/forms/i730/0/filing/date", j(&format!("\"{d}\"")));
    let ptr = "/forms/i730/0/filing/date".to_string();
    assert_eq!(fired(I730F, &[granted.clone(), on("2027-09-10")], R), []);
    assert_eq!(
        fired(I730F, &[granted.clone(), on("2027-09-13")], R),
        [(ptr.clone(), Severity::Warning)]
    );
    assert_eq!(
        fired(I730F, &[granted, on("2027-09-14")], R),
        [(ptr, Severity::Error)]
    );
}

#[test]
fn i485_trip_back_to_the_country_of_persecution() {
    check(vec![
        Case {
            name: "a trip to Canada",
            fixture: ASY,
            edits: vec![],
            rule: "i485.trip-to-persecution-country",
            fires_at: None,
        },
        Case {
            name: "a trip to Nepal",
            fixture: ASY,
            edits: vec![(
                "/forms/i485/0/trips_abroad/0/destination",
                j("\"Kathmandu, Nepal\""),
            )],
            rule: "i485.trip-to-persecution-country",
            fires_at: Some("/forms/i485/0/trips_abroad/0/destination"),
        },
        Case {
            name: "trips, no country of claimed persecution",
            fixture: ASY,
            edits: vec![("/forms/i485/0/persecution_country", None)],
            rule: "i485.trip-to-persecution-country",
            fires_at: Some("/forms/i485/0/trips_abroad"),
        },
        Case {
            name: "a refugee's trip is not this rule's",
            fixture: REF,
            edits: vec![],
            rule: "i485.trip-to-persecution-country",
            fires_at: None,
        },
    ]);
}

#[test]
fn answers_that_must_agree() {
    check(vec![
        Case {
            name: "CAT boxes agree",
            fixture: FAM,
            edits: vec![],
            rule: "i589.cat-boxes-agree",
            fires_at: None,
        },
        Case {
            name: "CAT on page 1 and item 4, not in item 1",
            fixture: FAM,
            edits: vec![("/forms/i589/part_b/grounds/torture", j("false"))],
            rule: "i589.cat-boxes-agree",
            fires_at: Some("/forms/i589/part_b/grounds/torture"),
        },
        Case {
            name: "CAT boxes without a fear of torture",
            fixture: FAM,
            edits: vec![(
                "/forms/i589/part_b/fear_of_torture",
                j(r#"{"answer": false}"#),
            )],
            rule: "i589.cat-boxes-agree",
            fires_at: Some("/forms/i589/part_b/fear_of_torture/answer"),
        },
        Case {
            name: "3.B yes without 3.A",
            fixture: FAM,
            edits: vec![
                (
                    "/forms/i589/part_b/organizations",
                    j(r#"{"answer": false}"#),
                ),
                (
                    "/forms/i589/part_b/organizations_continuing",
                    j(r#"{"answer": true, "explanation": "x"}"#),
                ),
            ],
            rule: "i589.organizations-continuing",
            fires_at: Some("/forms/i589/part_b/organizations/answer"),
        },
        Case {
            name: "I-485 asylee with asylee status",
            fixture: ASY,
            edits: vec![],
            rule: "case.status-agrees",
            fires_at: None,
        },
        Case {
            name: "I-485 asylee whose status says refugee",
            fixture: ASY,
            edits: vec![("/people/0/current_status", j(r#"{"status": "refugee"}"#))],
            rule: "case.status-agrees",
            fires_at: Some("/people/0/current_status/status"),
        },
        Case {
            name: "I-730 asylee petitioner marked LPR but status asylee",
            fixture: I730F,
            edits: vec![("/forms/i730/0/petitioner_became_lpr", j("true"))],
            rule: "case.status-agrees",
            fires_at: Some("/people/0/current_status/status"),
        },
        Case {
            name: "spouse petition with a kind of child",
            fixture: I730F,
            edits: vec![("/forms/i730/0/child_relationship", j("\"stepchild\""))],
            rule: "i730.child-kind-for-child",
            fires_at: Some("/forms/i730/0/child_relationship"),
        },
    ]);
}

#[test]
fn questions_the_forms_require() {
    use asylum_forms::validate::readiness::{Readiness, State};
    let state = |fixture_name: &str, edits: &[Edit]| {
        Readiness::of(&findings(&apply(fixture(fixture_name), edits))).state()
    };
    // Every valid fixture is ready to file.
    for f in [FAM, DEF, I730F, ASY, REF, "i589-multiscript.json"] {
        assert_eq!(state(f, &[]), State::ReadyToFile, "{f}");
    }
    check(vec![
        Case {
            name: "no residence",
            fixture: DEF,
            edits: vec![("/people/0/residence", None)],
            rule: "complete.i589",
            fires_at: Some("/people/0/residence"),
        },
        Case {
            name: "no marital status",
            fixture: DEF,
            edits: vec![("/people/0/marital_status", None)],
            rule: "complete.i589",
            fires_at: Some("/people/0/marital_status"),
        },
        Case {
            name: "no nationality at birth",
            fixture: DEF,
            edits: vec![("/people/0/nationality_at_birth", None)],
            rule: "complete.i589",
            fires_at: Some("/people/0/nationality_at_birth"),
        },
        Case {
            name: "no father",
            fixture: DEF,
            edits: vec![("/people/0/father", None)],
            rule: "complete.i589",
            fires_at: Some("/people/0/father"),
        },
        Case {
            name: "mother's location not given",
            fixture: DEF,
            edits: vec![("/people/1/whereabouts", None)],
            rule: "complete.i589",
            fires_at: Some("/people/1/whereabouts"),
        },
        Case {
            name: "no last address abroad",
            fixture: DEF,
            edits: vec![("/forms/i589/addresses_before_us", j("[]"))],
            rule: "complete.i589",
            fires_at: Some("/forms/i589/addresses_before_us"),
        },
        Case {
            name: "residences short of five years",
            fixture: DEF,
            edits: vec![("/people/0/residences/1/from", j("\"2024-01-01\""))],
            rule: "complete.i589",
            fires_at: Some("/people/0/residences"),
        },
        Case {
            name: "no schools",
            fixture: DEF,
            edits: vec![("/people/0/education", None)],
            rule: "complete.i589",
            fires_at: Some("/people/0/education"),
        },
        Case {
            name: "a child without a marital status",
            fixture: FAM,
            edits: vec![("/people/2/marital_status", None)],
            rule: "complete.i589",
            fires_at: Some("/people/2/marital_status"),
        },
        Case {
            name: "a nonimmigrant spouse without the class",
            fixture: FAM,
            edits: vec![("/people/1/current_status/detail", None)],
            rule: "complete.i589",
            fires_at: Some("/people/1/current_status"),
        },
        Case {
            name: "I-730 child without its kind",
            fixture: I730F,
            edits: vec![("/forms/i730/1/child_relationship", None)],
            rule: "complete.i730",
            fires_at: Some("/forms/i730/1/child_relationship"),
        },
        Case {
            name: "I-730 beneficiary without whereabouts",
            fixture: I730F,
            edits: vec![("/people/1/whereabouts", None)],
            rule: "complete.i730",
            fires_at: Some("/people/1/whereabouts"),
        },
        Case {
            name: "I-485 without a physical description",
            fixture: ASY,
            edits: vec![("/people/0/biographic", None)],
            rule: "complete.i485",
            fires_at: Some("/people/0/biographic"),
        },
        Case {
            name: "I-485 without the date at the current address",
            fixture: REF,
            edits: vec![("/people/0/residence_since", None)],
            rule: "complete.i485",
            fires_at: Some("/people/0/residence_since"),
        },
    ]);
    // A missing answer makes the case incomplete, not invalid; an error makes it invalid.
    assert_eq!(
        state(DEF, &[("/people/0/residence", None)]),
        State::Incomplete
    );
    assert_eq!(
        state(DEF, &[("/forms/i589/filing/date", j("\"2027-06-01\""))]),
        State::Invalid
    );
    let r = Readiness::of(&findings(&apply(
        fixture(DEF),
        &[
            ("/people/0/residence", None),
            ("/people/0/marital_status", None),
        ],
    )));
    assert_eq!(r.describe(), "incomplete (2 questions to answer)");
    let places: Vec<_> = r
        .questions()
        .iter()
        .map(|q| q.location.as_ref().map(|l| l.label()))
        .collect();
    assert_eq!(
        places,
        [Some("Part A.I, item 8"), Some("Part A.I, item 11")]
    );
}

#[test]
fn language_and_script() {
    check(vec![
        Case {
            name: "Latin names and places",
            fixture: DEF,
            edits: vec![],
            rule: "case.latin-script",
            fires_at: None,
        },
        Case {
            name: "a Cyrillic city of birth",
            fixture: DEF,
            edits: vec![("/people/0/birth_city", j("\"Гондэр\""))],
            rule: "case.latin-script",
            fires_at: Some("/people/0/birth_city"),
        },
        Case {
            name: "an Ethiopic parent's name",
            fixture: DEF,
            edits: vec![("/people/1/name/given", j("\"ፀሐይ\""))],
            rule: "case.latin-script",
            fires_at: Some("/people/1/name/given"),
        },
        Case {
            name: "the native-alphabet name box takes the native script",
            fixture: DEF,
            edits: vec![("/people/0/native_name", j("\"ዳዊት ተስፋዬ\""))],
            rule: "case.latin-script",
            fires_at: None,
        },
        Case {
            name: "an English narrative",
            fixture: DEF,
            edits: vec![],
            rule: "case.english-narrative",
            fires_at: None,
        },
        Case {
            name: "a Spanish narrative",
            fixture: DEF,
            edits: vec![(
                "/forms/i589/part_b/past_harm",
                j(
                    r#"{"answer": true, "explanation": "En 2019 fui detenido durante tres días por la policía a causa de mi trabajo para el partido."}"#,
                ),
            )],
            rule: "case.english-narrative",
            fires_at: Some("/forms/i589/part_b/past_harm/explanation"),
        },
    ]);
    // The multiscript fixture's Cyrillic, Chinese and Ethiopic places and names are no longer
    // printed silently.
    let multi = fired("i589-multiscript.json", &[], "case.latin-script");
    assert!(multi.len() >= 5, "{multi:?}");
    assert!(multi.iter().all(|(_, s)| *s == Severity::Warning));
}

/// Control and bidi characters in any text are errors at their pointer; a line break is text
/// only in an explanation (issue 17).
#[test]
fn invisible_characters_in_texts() {
    check(vec![
        Case {
            name: "plain texts",
            fixture: FAM,
            edits: vec![],
            rule: "text.control-character",
            fires_at: None,
        },
        Case {
            name: "BEL in a family name",
            fixture: FAM,
            edits: vec![("/people/0/name/family", j("\"Ali\\u0007\""))],
            rule: "text.control-character",
            fires_at: Some("/people/0/name/family"),
        },
        Case {
            name: "an escape sequence in a city",
            fixture: DEF,
            edits: vec![("/people/0/birth_city", j("\"\\u001b[31mKabul\""))],
            rule: "text.control-character",
            fires_at: Some("/people/0/birth_city"),
        },
        Case {
            name: "a C1 control",
            fixture: DEF,
            edits: vec![("/people/0/birth_city", j("\"Kabul\\u0085\""))],
            rule: "text.control-character",
            fires_at: Some("/people/0/birth_city"),
        },
        Case {
            name: "a line break in a name",
            fixture: FAM,
            edits: vec![("/people/0/name/given", j("\"Amina\\nX\""))],
            rule: "text.control-character",
            fires_at: Some("/people/0/name/given"),
        },
        Case {
            name: "a line break and a tab in an explanation",
            fixture: FAM,
            edits: vec![(
                "/forms/i589/part_b/past_harm/explanation",
                j("\"First line.\\n\\tSecond line.\""),
            )],
            rule: "text.control-character",
            fires_at: None,
        },
        Case {
            name: "no bidi controls",
            fixture: FAM,
            edits: vec![],
            rule: "text.bidi-control",
            fires_at: None,
        },
        Case {
            name: "a right-to-left override in a name",
            fixture: FAM,
            edits: vec![("/people/0/name/family", j("\"\\u202eilA\""))],
            rule: "text.bidi-control",
            fires_at: Some("/people/0/name/family"),
        },
        Case {
            name: "an isolate in a city",
            fixture: DEF,
            edits: vec![("/people/0/birth_city", j("\"\\u2067Kabul\\u2069\""))],
            rule: "text.bidi-control",
            fires_at: Some("/people/0/birth_city"),
        },
    ]);
}

#[test]
fn i485_source_of_support_for_unemployment_or_retirement() {
    const RULE: &str = "complete.i485-support";
    check(vec![
        Case {
            name: "an unemployed period with its support (the fixture)",
            fixture: ASY,
            edits: vec![],
            rule: RULE,
            fires_at: None,
        },
        Case {
            name: "an unemployed period (Part 14 entry 2) without a support",
            fixture: ASY,
            edits: vec![("/people/0/employment/1/support", None)],
            rule: RULE,
            fires_at: Some("/people/0/employment/1/support"),
        },
        Case {
            name: "retired now (item 7) without a support",
            fixture: REF,
            edits: vec![
                ("/people/0/employment/0/occupation", j("\"Retired\"")),
                ("/people/0/employment/0/employer", j("\"Retired\"")),
            ],
            rule: RULE,
            fires_at: Some("/people/0/employment/0/support"),
        },
        Case {
            name: "self-employed is not unemployed",
            fixture: REF,
            edits: vec![(
                "/people/0/employment/0/occupation",
                j("\"Self-employed tailor\""),
            )],
            rule: RULE,
            fires_at: None,
        },
        Case {
            name: "unemployed abroad (item 8) without a support",
            fixture: ASY,
            edits: vec![(
                "/forms/i485/0/additional/abroad/occupation",
                j("\"Unemployed\""),
            )],
            rule: RULE,
            fires_at: Some("/forms/i485/0/additional/abroad/support"),
        },
        Case {
            name: "unemployed abroad (item 8) with a support",
            fixture: ASY,
            edits: vec![
                (
                    "/forms/i485/0/additional/abroad/occupation",
                    j("\"Unemployed\""),
                ),
                ("/forms/i485/0/additional/abroad/support", j("\"Savings\"")),
            ],
            rule: RULE,
            fires_at: None,
        },
    ]);
    // The finding sits under the exact item: the Part 14 entry the period is continued in.
    let got = findings(&apply(
        fixture(ASY),
        &[("/people/0/employment/1/support", None)],
    ));
    let f = got.iter().find(|f| f.code == RULE).expect("the finding");
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        f.location.as_ref().map(|l| l.label().to_string()).as_deref(),
        Some("Part 4, item 7, additional entry 2 (if unemployed or retired, source of financial support)")
    );
}

#[test]
fn addresses_the_forms_ask_in_the_united_states() {
    let abroad = j(
        r#"{"street": "New Road 5", "city": "Kathmandu", "province": "Bagmati Province", "country": "Nepal"}"#,
    );
    check(vec![
        Case {
            name: "the I-589 fixture's US residence",
            fixture: FAM,
            edits: vec![],
            rule: "i589.us-addresses",
            fires_at: None,
        },
        Case {
            name: "an I-589 residence abroad (Part A.I item 8)",
            fixture: FAM,
            edits: vec![("/people/0/residence", abroad.clone())],
            rule: "i589.us-addresses",
            fires_at: Some("/people/0/residence"),
        },
        Case {
            name: "an I-589 preparer abroad (Part E)",
            fixture: FAM,
            edits: vec![("/preparer/address", abroad.clone())],
            rule: "i589.us-addresses",
            fires_at: Some("/preparer/address"),
        },
        Case {
            name: "the I-485 fixture's US residence",
            fixture: ASY,
            edits: vec![],
            rule: "i485.us-addresses",
            fires_at: None,
        },
        Case {
            name: "an I-485 mailing address abroad (Part 1 item 18)",
            fixture: ASY,
            edits: vec![("/people/0/mailing_address", abroad.clone())],
            rule: "i485.us-addresses",
            fires_at: Some("/people/0/mailing_address"),
        },
        Case {
            name: "an I-730 petitioner's preparer abroad: the I-730 has a Province box",
            fixture: "i730-asylee-spouse-stepchild.json",
            edits: vec![("/preparer/address", abroad)],
            rule: "i589.us-addresses",
            fires_at: None,
        },
    ]);
}

/// Facts the case file cannot state, which the I-589 would otherwise fill silently: no
/// children listed ("I do not have any children" gets checked) and no passport or travel
/// document (items 20-22 stay empty). Each is a warning at the list, quiet once listed.
#[test]
fn i589_facts_the_case_does_not_state_are_warnings() {
    check(vec![
        Case {
            name: "no children listed",
            fixture: DEF,
            edits: vec![],
            rule: "i589.children-unstated",
            fires_at: Some("/forms/i589/children"),
        },
        Case {
            name: "children listed",
            fixture: FAM,
            edits: vec![],
            rule: "i589.children-unstated",
            fires_at: None,
        },
        Case {
            name: "no passport or travel document",
            fixture: DEF,
            edits: vec![],
            rule: "i589.no-travel-document",
            fires_at: Some("/people/0/documents"),
        },
        Case {
            name: "a passport listed",
            fixture: FAM,
            edits: vec![],
            rule: "i589.no-travel-document",
            fires_at: None,
        },
        Case {
            name: "only a national identity card",
            fixture: FAM,
            edits: vec![(
                "/people/0/documents",
                j(r#"[{"kind": "national_id", "number": "123", "country": "Syria"}]"#),
            )],
            rule: "i589.no-travel-document",
            fires_at: Some("/people/0/documents"),
        },
    ]);
    let warned = findings(&fixture(DEF))
        .into_iter()
        .filter(|f| f.code == "i589.children-unstated")
        .count();
    assert_eq!(warned, 1);
}

//! The checklist asks for what the form instructions ask, for the right people.

mod common;

use serde_json::Value;

fn checklist(fixture: &str) -> Value {
    let path = common::root().join("fixtures/valid").join(fixture);
    common::json_output(&[
        "checklist".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        path.as_os_str(),
    ])
}

fn items<'a>(c: &'a Value, rule: &str) -> Vec<&'a Value> {
    c["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["rule"] == rule)
        .collect()
}

fn people(c: &Value, rule: &str) -> Vec<String> {
    items(c, rule)
        .iter()
        .map(|i| i["person"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn i589_family_evidence_follows_who_is_included() {
    let c = checklist("i589-affirmative-family.json");
    assert_eq!(
        people(&c, "i589-marriage"),
        ["spouse"],
        "included spouse: marriage certificate"
    );
    // Of three children only the included one needs a birth certificate for the I-589.
    assert_eq!(people(&c, "i589-child-birth"), ["child-3"]);
    assert_eq!(people(&c, "i589-declaration"), ["applicant"]);
    assert_eq!(items(&c, "i589-declaration")[0]["status"], "provided");
    assert_eq!(items(&c, "i589-child-birth")[0]["status"], "missing");
    let passport = items(&c, "i589-identity")[0];
    assert_eq!(passport["status"], "provided");
    assert_eq!(
        passport["translation_needed"], true,
        "an Arabic passport needs a certified translation"
    );
    assert!(
        people(&c, "i589-prior-marriages").is_empty(),
        "no prior marriages in this family"
    );
    let fees: Vec<u64> = c["fees"]
        .as_array()
        .expect("fees")
        .iter()
        .filter(|f| f["form"] == "I-589")
        .filter_map(|f| f["amount"].as_u64())
        .collect();
    assert_eq!(fees, [100], "the I-589 fee for a filing after 2025-07-22");
}

#[test]
fn i730_evidence_follows_the_relationship() {
    let c = checklist("i730-asylee-spouse-stepchild.json");
    assert_eq!(
        people(&c, "i730-status"),
        ["applicant"],
        "the petitioner's status, once"
    );
    assert_eq!(people(&c, "i730-marriage"), ["spouse"]);
    assert_eq!(people(&c, "i730-stepchild"), ["child-1"]);
    assert_eq!(
        people(&c, "i730-photo").len(),
        2,
        "a photo of each beneficiary"
    );
    assert!(
        people(&c, "i730-birth-mother").is_empty() && people(&c, "i730-birth-father").is_empty(),
        "a stepchild is not the petitioner's own child"
    );
    assert!(
        people(&c, "i730-prior-marriages").contains(&"spouse".to_string()),
        "the spouse's earlier marriage ended in divorce"
    );
}

#[test]
fn i485_evidence_for_asylee_and_derivative() {
    let asy = checklist("i485-asylee.json");
    for rule in [
        "i485-status",
        "i485-i94",
        "i485-photos",
        "i485-photo-id",
        "i485-medical",
        "i485-presence",
    ] {
        assert_eq!(people(&asy, rule), ["applicant"], "{rule}");
    }
    assert!(
        items(&asy, "i485-birth")[0]["optional"]
            .as_bool()
            .unwrap_or(false),
        "birth certificate optional under INA 209"
    );
    let fees: Vec<u64> = asy["fees"]
        .as_array()
        .expect("fees")
        .iter()
        .filter_map(|f| f["amount"].as_u64())
        .collect();
    assert_eq!(fees, [1440]);
    let refugee = checklist("i485-refugee.json");
    assert_eq!(
        people(&refugee, "i485-derivative-birth"),
        ["child-1"],
        "the derivative child's birth certificate"
    );
    assert_eq!(
        people(&refugee, "i485-medical").len(),
        2,
        "each applicant files an I-693"
    );
    let fees: Vec<u64> = refugee["fees"]
        .as_array()
        .expect("fees")
        .iter()
        .filter_map(|f| f["amount"].as_u64())
        .collect();
    assert_eq!(fees, [0, 0], "refugees pay no I-485 fee");
}

#[test]
fn markdown_lists_missing_documents() {
    let path = common::root().join("fixtures/valid/i589-affirmative-family.json");
    let out = common::bin()
        .arg("checklist")
        .arg(path)
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("**MISSING** | Marriage certificate | Omar Haddad"),
        "{text}"
    );
    assert!(text.contains("## Fees for the filing dates"));
}

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

/// A narrative written in Spanish: the checklist asks for its certified English translation
/// (8 CFR 103.2(b)(3)) until the case lists one as provided.
#[test]
fn a_non_english_narrative_needs_a_certified_translation() {
    assert!(items(&checklist("i589-defensive.json"), "narrative-translation").is_empty());
    let mut case: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("fixtures/valid/i589-defensive.json"))
            .expect("read"),
    )
    .expect("json");
    case["forms"]["i589"]["part_b"]["past_harm"] = serde_json::json!({
        "answer": true,
        "explanation": "En 2019 fui detenido durante tres días por la policía a causa de mi trabajo para el partido."
    });
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("spanish.json");
    std::fs::write(&path, serde_json::to_vec(&case).expect("json")).expect("write");
    let run = |p: &std::path::Path| {
        common::json_output(&[
            "checklist".as_ref(),
            "--format".as_ref(),
            "json".as_ref(),
            p.as_os_str(),
        ])
    };
    let c = run(&path);
    let asked = items(&c, "narrative-translation");
    assert_eq!(asked.len(), 1, "{c:#}");
    assert_eq!(asked[0]["person"], "applicant");
    assert_eq!(asked[0]["status"], "missing");
    assert!(asked[0]["document"]
        .as_str()
        .is_some_and(|d| d.contains("Spanish")));
    case["evidence"] = serde_json::json!([
        {"document": "narrative_translation", "person": "applicant", "status": "provided"}
    ]);
    std::fs::write(&path, serde_json::to_vec(&case).expect("json")).expect("write");
    let c = run(&path);
    assert_eq!(items(&c, "narrative-translation")[0]["status"], "provided");
}

/// An asylee applicant under 14 on the I-485's filing date: the checklist's fee line is the
/// child's fee, the same category as the fee finding (it took the adult's fee before).
#[test]
fn an_asylee_child_under_14_gets_the_childs_i485_fee() {
    let mut case: Value = serde_json::from_slice(
        &std::fs::read(common::root().join("fixtures/valid/i485-asylee.json")).expect("fixture"),
    )
    .expect("json");
    let filed = case["forms"]["i485"][0]["filing"]["date"]
        .as_str()
        .expect("filing date")
        .to_string();
    let year: i32 = filed[..4].parse().expect("year");
    let applicant = case["forms"]["i485"][0]["applicant"]
        .as_str()
        .expect("applicant")
        .to_string();
    for p in case["people"].as_array_mut().expect("people") {
        if p["id"] == applicant.as_str() {
            p["date_of_birth"] = format!("{}{}", year - 10, &filed[4..]).into();
        }
    }
    let dir = tempfile::tempdir().expect("tmp");
    let file = dir.path().join("case.json");
    std::fs::write(&file, serde_json::to_vec(&case).expect("json")).expect("write");
    let out = common::bin()
        .args(["checklist", "--format", "json"])
        .arg(&file)
        .output()
        .expect("run");
    let c: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    let fees: Vec<u64> = c["fees"]
        .as_array()
        .expect("fees")
        .iter()
        .filter(|f| f["form"] == "I-485")
        .filter_map(|f| f["amount"].as_u64())
        .collect();
    assert_eq!(fees, [950], "{}", c["fees"]);
}

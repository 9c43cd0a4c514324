//! What the I-589 instructions call for beyond the evidence of the claim: photos and copies per
//! included family member, the G-28 of a representative, the court filing and service on DHS of
//! a defensive case, parole documents, and a translation for every document not in English.

mod common;

use serde_json::Value;

fn checklist_of(json: &Value) -> Value {
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("case.json");
    std::fs::write(&path, serde_json::to_vec(json).expect("json")).expect("write");
    common::json_output(&[
        "checklist".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
        path.as_os_str(),
    ])
}

fn fixture(name: &str) -> Value {
    let text =
        std::fs::read_to_string(common::root().join("fixtures/valid").join(name)).expect("fixture");
    serde_json::from_str(&text).expect("json")
}

fn rule<'a>(c: &'a Value, id: &str) -> Vec<&'a Value> {
    c["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|i| i["rule"] == id)
        .collect()
}

fn people(c: &Value, id: &str) -> Vec<String> {
    rule(c, id)
        .iter()
        .map(|i| i["person"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn affirmative_family_photos_copies_g28_and_translations() {
    let case = fixture("i589-affirmative-family.json");
    let c = checklist_of(&case);
    // One photo each of the applicant and the included family members (optional since the 2023
    // USCIS announcement, which the checklist says).
    assert_eq!(people(&c, "i589-photo"), ["applicant"]);
    let family = people(&c, "i589-photo-family");
    assert!(family.contains(&"spouse".to_string()) && family.contains(&"child-3".to_string()));
    assert_eq!(people(&c, "i589-copy-family").len(), family.len());
    assert!(rule(&c, "i589-photo")[0]["citation"]
        .as_str()
        .is_some_and(|s| s.contains("instructions")));
    // The preparer is an attorney: the G-28.
    assert_eq!(case["preparer"]["is_attorney"], true);
    assert_eq!(people(&c, "i589-g28"), ["applicant"]);
    // The Arabic birth certificate, not yet on hand, needs a translation from Arabic.
    let birth = rule(&c, "i589-child-birth")[0];
    assert_eq!(birth["translation"], "yes, from Arabic");
    // A document of unknown language: "if not in English"; an I-94 is a US record: no.
    assert_eq!(
        rule(&c, "i589-marriage")[0]["translation"],
        "if not in English"
    );
    assert_eq!(rule(&c, "i589-i94")[0]["translation"], "no");
    assert!(people(&c, "i589-court-filing").is_empty());
}

#[test]
fn a_defensive_case_files_with_the_court_and_serves_dhs() {
    let c = checklist_of(&fixture("i589-defensive.json"));
    assert_eq!(people(&c, "i589-court-filing"), ["applicant"]);
    assert_eq!(people(&c, "i589-dhs-service"), ["applicant"]);
    assert_eq!(people(&c, "i589-photo-court"), ["applicant"]);
    assert_eq!(rule(&c, "i589-photo-court")[0]["optional"], false);
    assert!(people(&c, "i589-photo").is_empty());
}

#[test]
fn a_parolee_is_asked_for_the_parole_document() {
    let mut case = fixture("i589-affirmative-family.json");
    assert!(people(&checklist_of(&case), "i589-parole").is_empty());
    let applicant = case["people"]
        .as_array_mut()
        .expect("people")
        .iter_mut()
        .find(|p| p["id"] == "applicant")
        .expect("applicant");
    applicant["us_entries"][0]["status"] = "parolee".into();
    let c = checklist_of(&case);
    assert_eq!(people(&c, "i589-parole"), ["applicant"]);
    assert!(rule(&c, "i589-parole")[0]["citation"]
        .as_str()
        .is_some_and(|s| s.contains("212(d)(5)")));
}

/// Issue 15 (review): a form the case records as filed (`filing.status: filed`) has its
/// filing-packet items (copies, court filing, photos) as part of that filing, not MISSING;
/// the same case with the form still intended lists them as missing.
#[test]
fn a_filed_form_has_no_filing_packet_item_missing() {
    let mut case = fixture("i589-defensive.json");
    assert_eq!(case["forms"]["i589"]["filing"]["status"], "filed");
    let c = checklist_of(&case);
    for id in [
        "i589-copies-court",
        "i589-court-filing",
        "i589-dhs-service",
        "i589-photo-court",
    ] {
        let items = rule(&c, id);
        assert!(!items.is_empty(), "{id}");
        for it in items {
            assert_eq!(it["status"], "provided", "{id}: {it}");
            assert!(
                it["note"].as_str().is_some_and(|n| n.contains("filed on")),
                "{id}: {it}"
            );
        }
    }
    // The evidence of the claim is still asked for after filing.
    assert!(rule(&c, "i589-declaration")
        .iter()
        .chain(rule(&c, "i589-country-conditions").iter())
        .any(|i| i["status"] == "missing"));
    case["forms"]["i589"]["filing"]["status"] = "intended".into();
    let c = checklist_of(&case);
    assert_eq!(rule(&c, "i589-court-filing")[0]["status"], "missing");
}

/// Issue 15 (review of the checklist pages): photographs need no translation; each person's
/// items stand together, in the form's order; the I-730 and I-485 ask the G-28 whose box
/// their page 1 checks for an attorney preparer; a document that is not required and is
/// unavailable asks no secondary evidence.
#[test]
fn photos_people_g28_and_optional_unavailable() {
    for name in [
        "i589-affirmative-family.json",
        "i730-asylee-spouse-stepchild.json",
        "i485-asylee.json",
        "i485-refugee.json",
    ] {
        let case = fixture(name);
        let c = checklist_of(&case);
        let items = c["items"].as_array().expect("items");
        for it in items {
            if it["rule"]
                .as_str()
                .is_some_and(|r| r.contains("photo") && !r.contains("photo-id"))
            {
                assert_eq!(it["translation"], "no", "{name}: {it}");
            }
        }
        // Each (form, person) is one run: a heading per person, never repeated.
        let mut seen: Vec<(String, String)> = Vec::new();
        let mut last: Option<(String, String)> = None;
        for it in items {
            let key = (it["form"].to_string(), it["person"].to_string());
            if last.as_ref() != Some(&key) {
                assert!(!seen.contains(&key), "{name}: {key:?} appears twice");
                seen.push(key.clone());
                last = Some(key);
            }
        }
        for it in items.iter().filter(|i| i["optional"] == true) {
            if it["status"] == "unavailable" {
                assert!(
                    !it["note"]
                        .as_str()
                        .unwrap_or("")
                        .contains("secondary evidence or"),
                    "{name}: {it}"
                );
            }
        }
        if case["preparer"]["is_attorney"] == true && name.starts_with("i730") {
            assert_eq!(
                rule(&c, "i730-g28").len(),
                2,
                "{name}: one G-28 per petition"
            );
        }
    }
}
